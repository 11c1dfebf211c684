// The small notices for the states that have no result to show: loading, not an article, our error.
import type { Strings } from './strings';

export function Loading({ t }: { t: Strings }) {
  return <p class="sc-notice">{t.loading}</p>;
}

export function NotArticle({ t }: { t: Strings }) {
  return <p class="sc-notice">{t.notArticle}</p>;
}

export function ErrorNotice({ t, message }: { t: Strings; message: string | null }) {
  return (
    <div class="sc-notice sc-error" role="alert">
      <p class="sc-strong">{t.error}</p>
      {message ? <p class="sc-small">{message}</p> : null}
    </div>
  );
}
