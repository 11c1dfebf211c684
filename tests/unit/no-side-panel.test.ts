// Firefox for Android has no side panel (neither chrome.sidePanel nor sidebarAction), no context menus
// and no keyboard commands (MDN browser-compat-data: sidebarAction, menus and commands are not
// supported on firefox_android). The background must start there all the same, and its toolbar button
// (a menu item on Android) opens the in-page panel in the tab; the content script opens it when asked.
// Chrome and Firefox desktop keep their native side panels.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeHandlers } from '../helpers/content-handlers';

type Listener = (...args: never[]) => unknown;

/** An event as the polyfill gives it: listeners added are kept, so the test can fire them. */
function event() {
  const added: Listener[] = [];
  return { added, addListener: (f: Listener) => added.push(f), removeListener: vi.fn() };
}

/** The `browser` of a context: what every browser has, plus `extra` (the APIs that differ). */
function fakeBrowser(extra: Record<string, unknown> = {}) {
  return {
    runtime: { id: 'our-extension-id', onInstalled: event(), onMessage: event() },
    action: { onClicked: event() },
    tabs: { sendMessage: vi.fn(() => Promise.resolve()), query: vi.fn(() => Promise.resolve([])) },
    i18n: { getMessage: (name: string) => name },
    ...extra,
  };
}

type FakeBrowser = ReturnType<typeof fakeBrowser>;

/** Start the background on `api` (a fresh module graph each time: it registers at the top level). */
async function startBackground(api: FakeBrowser): Promise<void> {
  vi.resetModules();
  vi.doMock('../../src/common/browser', () => ({ browser: api }));
  await import('../../src/background/index');
}

const fire = async (listeners: Listener[], ...args: unknown[]) => {
  for (const f of listeners) await (f as (...a: unknown[]) => unknown)(...args);
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('../../src/common/browser');
});

describe('the background where there is no side panel (Firefox for Android)', () => {
  it('starts without context menus, commands or a side panel, and the button opens the in-page panel', async () => {
    vi.stubGlobal('chrome', undefined);
    const api = fakeBrowser();
    await startBackground(api);
    // Installing makes no menus (there are none) and throws nothing.
    await fire(api.runtime.onInstalled.added);
    expect(api.action.onClicked.added).toHaveLength(1);
    await fire(api.action.onClicked.added, { id: 7 });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, {
      type: 'sina-clean/command',
      command: 'open-panel',
    });
  });

  it('asks no tab when the click names none', async () => {
    vi.stubGlobal('chrome', undefined);
    const api = fakeBrowser();
    await startBackground(api);
    await fire(api.action.onClicked.added, {});
    expect(api.tabs.sendMessage).not.toHaveBeenCalled();
  });
});

describe('the background where there is a side panel', () => {
  const withMenus = () => ({
    contextMenus: { removeAll: vi.fn(() => Promise.resolve()), create: vi.fn(), onClicked: event() },
    commands: { onCommand: event() },
  });

  it('Firefox desktop: the button toggles the sidebar and asks the tab nothing', async () => {
    vi.stubGlobal('chrome', undefined);
    const toggle = vi.fn(() => Promise.resolve());
    const api = fakeBrowser({ ...withMenus(), sidebarAction: { toggle } });
    await startBackground(api);
    await fire(api.action.onClicked.added, { id: 7 });
    expect(toggle).toHaveBeenCalledOnce();
    expect(api.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('Chrome: the side panel opens on the button by itself; the background adds no click listener', async () => {
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    vi.stubGlobal('chrome', { sidePanel: { setPanelBehavior } });
    const api = fakeBrowser(withMenus());
    await startBackground(api);
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(api.action.onClicked.added).toHaveLength(0);
  });
});

describe('the content script, asked to open its panel', () => {
  async function listening(runtimeId: string) {
    vi.resetModules();
    const runtime = { id: runtimeId, onMessage: event(), onConnect: event() };
    vi.doMock('../../src/common/native', () => ({
      native: { runtime },
      fromOurselves: (sender: { id?: string }) => sender.id === runtime.id,
    }));
    const { listen } = await import('../../src/content/messages');
    const handlers = fakeHandlers();
    listen(handlers, new AbortController().signal);
    const deliver = (message: unknown, senderId: string) =>
      (runtime.onMessage.added[0] as (m: unknown, s: { id: string }, reply: () => void) => unknown)(
        message,
        { id: senderId },
        () => {},
      );
    return { handlers, deliver };
  }

  afterEach(() => {
    vi.doUnmock('../../src/common/native');
  });

  it('opens it for our own background, and copies nothing', async () => {
    const { handlers, deliver } = await listening('our-extension-id');
    deliver({ type: 'sina-clean/command', command: 'open-panel' }, 'our-extension-id');
    expect(handlers.command).toHaveBeenCalledExactlyOnceWith('open-panel');
    expect(handlers.copy).not.toHaveBeenCalled();
  });

  it('ignores the same message from another extension, and other messages', async () => {
    const { handlers, deliver } = await listening('our-extension-id');
    deliver({ type: 'sina-clean/command', command: 'open-panel' }, 'someone-else');
    deliver({ type: 'sina-clean/open' }, 'our-extension-id');
    deliver({ type: 'sina-clean/command', command: 'open' }, 'our-extension-id');
    deliver(null, 'our-extension-id');
    expect(handlers.command).not.toHaveBeenCalled();
  });
});
