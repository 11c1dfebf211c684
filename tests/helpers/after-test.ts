// What a test leaves behind (a panel on the page, a content script's lifetime), taken away after it
// (also where it failed half-way) by the one afterEach of every test file that imports this.
import { afterEach } from 'vitest';

const leftovers = new Set<() => void>();
afterEach(() => {
  for (const remove of [...leftovers]) remove();
});

/** Run `remove` after this test (once: the function returned may also be called before that). */
export function removeAfterTest(remove: () => void): () => void {
  const once = () => {
    if (leftovers.delete(once)) remove();
  };
  leftovers.add(once);
  return once;
}

/** A content script's lifetime that ends after this test, as the extension going away would end it. */
export function testLifetime(): AbortController {
  const lifetime = new AbortController();
  removeAfterTest(() => lifetime.abort());
  return lifetime;
}
