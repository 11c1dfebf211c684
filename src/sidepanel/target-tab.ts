// Which tab the side panel speaks for. In the browser's side panel: the active tab of its window.
// Opened as an ordinary tab (tests, or a user who bookmarks it): the tab named by `?tab=ID`, else the
// most recently used other tab, since the active tab is then the panel itself.
import { browser } from '../common/browser';

export async function targetTab(): Promise<number | null> {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) return pinned;
  const self = await browser.tabs.getCurrent();
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active?.id ?? null;
  }
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}

/** Is the side panel following the active tab (rather than one pinned tab)? */
export const followsActiveTab = (): boolean => !new URLSearchParams(location.search).has('tab');
