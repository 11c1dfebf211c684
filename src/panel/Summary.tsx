// Any article: source and date, and its headline where the document above has a different title.
import type { PageInfo } from '../core/types';
import { formatDate } from './dates';
import type { Strings } from './strings';

export function Summary({ page, headline, t }: { page: PageInfo; headline: string | null; t: Strings }) {
  return (
    <section class="sc-section">
      <h3 class="sc-h3">{t.article}</h3>
      {headline ? <p class="sc-headline">{headline}</p> : null}
      <dl class="sc-facts">
        <dt>{t.source}</dt>
        <dd>{page.source ?? t.missing}</dd>
        <dt>{t.published}</dt>
        <dd>{page.publishedAt ? formatDate(page.publishedAt, t) : t.missing}</dd>
      </dl>
    </section>
  );
}
