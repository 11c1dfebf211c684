// Shared by the panel tests: realistic models built by running the real core on a saved page, and a
// mount that records the actions the panel asks for and is taken down after each test by itself.
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { Lang } from '../../src/common/lang';
import type { CopyFormat, PanelActions, PanelModel, ResultData } from '../../src/common/model';
import { run } from '../../src/core/pipeline';
import type { Clause, Result } from '../../src/core/types';
import { mountPanel, type PanelPlace } from '../../src/panel/mount';
import { EN } from '../../src/panel/strings-en';
import { ZH } from '../../src/panel/strings-zh';
import { removeAfterTest } from '../helpers/after-test';
import { DEMO_HTML, DEMO_URL } from '../helpers/fixtures';

export { DEMO_HTML, DEMO_URL };

/** Parse a page with the test DOM, run the pipeline, and keep only what crosses to the panel. */
export function resultFrom(html: string, url = DEMO_URL): ResultData {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const { page, removed, document } = run(doc, { url }).result;
  return structuredClone({ page, removed, document });
}

/** The whole analysis of a page (blocks included), as the content script's copy half gets it. */
export function analysisFrom(html: string, url = DEMO_URL): Result {
  return run(new DOMParser().parseFromString(html, 'text/html'), { url }).result;
}

/** The demo page's result, as the panel gets it. */
export const DEMO_RESULT = resultFrom(DEMO_HTML);

export function ready(result: ResultData, cleaned = true): PanelModel {
  return { status: 'ready', result, cleaned, error: null };
}

export function fakeActions(copy: (format: CopyFormat) => Promise<void> = async () => {}) {
  return {
    copy: vi.fn(copy),
    copyClause: vi.fn(async (_clause: Clause) => {}),
    toggleOriginal: vi.fn(),
    jumpTo: vi.fn(),
    collapse: vi.fn(),
  } satisfies PanelActions;
}

/** Each language's words, as the panel loads them (src/panel/strings.ts). */
export const WORDS = { zh: ZH, en: EN };

/**
 * Mount into an open shadow root, as the content script does (in Chinese unless told); unmounted
 * after the test.
 */
export function mountInShadow<Actions extends PanelActions = ReturnType<typeof fakeActions>>(
  model: PanelModel,
  actions: Actions = fakeActions() as PanelActions as Actions,
  { lang = 'zh', ...place }: Partial<PanelPlace> & { lang?: Lang } = {},
) {
  const hostElement = document.createElement('div');
  document.body.append(hostElement);
  const root = hostElement.attachShadow({ mode: 'open' });
  const panel = mountPanel(root, model, actions, {
    side: 'right',
    inPage: true,
    ...place,
    words: WORDS[lang],
  });
  const cleanup = removeAfterTest(() => {
    panel.unmount();
    hostElement.remove();
  });
  return { root, panel, actions, cleanup };
}

export function aside(root: ParentNode): HTMLElement {
  const found = root.querySelector<HTMLElement>('aside');
  if (!found) throw new Error('no <aside> rendered');
  return found;
}

/** The accessible name of a button as a browser computes it for these simple cases. */
export function nameOf(element: Element): string {
  return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
}

export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => nameOf(b) === name);
  if (!found) {
    const names = [...root.querySelectorAll('button')].map(nameOf);
    throw new Error(`no button named ${JSON.stringify(name)}; buttons: ${JSON.stringify(names)}`);
  }
  return found;
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click();
  });
}

/** Lets settled promises reach the component and its effects run. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Click the button named `name` and let what it started settle, as a reader's press. */
export async function press(root: ParentNode, name: string): Promise<void> {
  await click(buttonNamed(root, name));
  await settle();
}
