// The small notices for the states that have no result to show: loading, not an article, our error.
import type { Strings } from './strings';

export function Loading({ words }: { words: Strings }) {
  return <p class="sc-notice">{words.loading}</p>;
}

export function NotArticle({ words }: { words: Strings }) {
  return <p class="sc-notice">{words.notArticle}</p>;
}

export function ErrorNotice({ words, message }: { words: Strings; message: string | null }) {
  return (
    <div class="sc-notice sc-error" role="alert">
      <p class="sc-strong">{words.error}</p>
      {message ? <p class="sc-small">{message}</p> : null}
    </div>
  );
}
