// Any article: source and date, and its headline where the document above has a different title.
import type { PageInfo } from '../core/types';
import { formatDate } from './dates';
import type { Strings } from './strings';

export function Summary({
  page,
  headline,
  words,
}: {
  page: PageInfo;
  headline: string | null;
  words: Strings;
}) {
  return (
    <section class="sc-section">
      <h3 class="sc-h3">{words.article}</h3>
      {headline ? <p class="sc-headline">{headline}</p> : null}
      <dl class="sc-facts">
        <dt>{words.source}</dt>
        <dd>{page.source ?? words.missing}</dd>
        <dt>{words.published}</dt>
        <dd>{page.publishedAt ? formatDate(page.publishedAt, words) : words.missing}</dd>
      </dl>
    </section>
  );
}
