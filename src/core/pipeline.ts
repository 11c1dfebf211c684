// The table of contents: detect → clean, then analyse (blocks → parse), then format (the text, the
// summary and the Markdown), returning one Result.
import { analyse } from './analyse';
import { withCiteUrl } from './cite/desktop-url';
import { apply, plan } from './clean';
import { describePage } from './describe';
import { identify } from './detect';
import { fallbackBody } from './detect-fallback';
import { withText } from './format';
import { withMarkdown } from './markdown';
import { type Profile, timed } from './profile';
import { BODY_RULES } from './rules';
import type { Applied, Matcher, Result, Step } from './types';

export interface RunOptions {
  /** The page's address where the caller knows it; else the page's own og:url / canonical. */
  url?: string | null;
  /** The body rules to apply (the options page can switch rules off). */
  rules?: readonly Matcher[];
  /** Times each stage (the benchmark's per-stage figures). */
  profile?: Profile;
  /** Sees the cleaning's plan before it is applied, while its nodes still hold their text (`--explain`). */
  onPlan?: (steps: readonly Step[]) => void;
}

export interface Run {
  result: Result;
  /** The applied cleaning, to undo it; null where nothing was cleaned (not an article). */
  applied: Applied | null;
}

/**
 * Run the whole pipeline on `doc`, cleaning its article body in place. The caller keeps `applied`
 * to restore the original.
 */
export function run(doc: Document, options: RunOptions = {}): Run {
  const { profile } = options;
  const { page, body } = timed(profile, 'detect', () => identify(doc, options.url ?? null, fallbackBody));
  if (page.kind !== 'article' || !body) {
    return {
      result: {
        page: describePage(doc, page),
        removed: [],
        blocks: [],
        text: '',
        markdown: '',
        summary: '',
        document: null,
      },
      applied: null,
    };
  }
  const steps = timed(profile, 'plan', () => plan(body, options.rules ?? BODY_RULES));
  options.onPlan?.(steps);
  const applied = timed(profile, 'apply', () => apply(steps));
  // The output carries the citation, so the page's desktop address too.
  const cited = withCiteUrl(page, doc);
  const analysis = analyse(cited, body, applied.removed, profile);
  return { result: withMarkdown(withText(analysis, profile), profile), applied };
}
