// The keyboard commands from the manifest to the tab: the background passes each of ours on to the
// active tab's content script as a typed request (and nothing else), and the content script routes
// it to its handler only when it comes from our own extension.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isCommandRequest } from '../../src/common/messages';
import { fakeHandlers } from '../helpers/content-handlers';

type Listener = (...args: never[]) => unknown;
const api = vi.hoisted(() => ({
  sent: [] as [number, unknown][],
  activeTab: { id: 7 } as { id?: number } | undefined,
  commandListeners: [] as ((command: string, tab?: { id?: number }) => void)[],
  messageListeners: [] as Listener[],
}));

vi.mock('../../src/common/browser', () => ({
  browser: {
    tabs: {
      query: async () => (api.activeTab ? [api.activeTab] : []),
      sendMessage: async (tabId: number, message: unknown) => {
        api.sent.push([tabId, message]);
        return { ok: true };
      },
    },
    commands: {
      onCommand: { addListener: (f: (typeof api.commandListeners)[number]) => api.commandListeners.push(f) },
    },
  },
}));
vi.mock('../../src/common/native', () => ({
  native: {
    runtime: {
      id: 'ours',
      onMessage: {
        addListener: (f: Listener) => api.messageListeners.push(f),
        removeListener: () => {},
      },
      onConnect: { addListener: () => {}, removeListener: () => {} },
    },
  },
  fromOurselves: (sender: { id?: string }) => sender.id === 'ours',
}));

const { listenForCommands, runCommand } = await import('../../src/background/keyboard-commands');
const { listen } = await import('../../src/content/messages');

beforeEach(() => {
  api.sent = [];
  api.activeTab = { id: 7 };
});

describe('the background', () => {
  it.each(['open-panel', 'toggle-original', 'pick-block'])(
    'passes %s on to the tab it was pressed in',
    async (command) => {
      await runCommand(command, { id: 3 } as never);
      expect(api.sent).toEqual([[3, { type: 'sina-clean/command', command }]]);
      expect(isCommandRequest(api.sent[0]?.[1])).toBe(true);
    },
  );

  it('asks the active tab where the browser names none', async () => {
    await runCommand('open-panel');
    expect(api.sent).toEqual([[7, { type: 'sina-clean/command', command: 'open-panel' }]]);
  });

  it.each([
    ['copy-text', 'copy-commands.ts answers it'],
    ['_execute_action', 'the browser runs it'],
    ['_execute_sidebar_action', 'the browser runs it'],
    ['something-else', 'it is not ours'],
  ])('sends nothing for %s (%s)', async (command) => {
    await runCommand(command, { id: 3 } as never);
    expect(api.sent).toEqual([]);
  });

  it('sends nothing where there is no tab to ask (a devtools window: id -1)', async () => {
    await runCommand('open-panel', { id: -1 } as never);
    api.activeTab = undefined;
    await runCommand('toggle-original');
    expect(api.sent).toEqual([]);
  });

  it('handles the command the browser fires, through the listener it registers', async () => {
    listenForCommands();
    const fire = api.commandListeners.at(-1);
    fire?.('toggle-original', { id: 5 });
    await vi.waitFor(() =>
      expect(api.sent).toEqual([[5, { type: 'sina-clean/command', command: 'toggle-original' }]]),
    );
  });
});

describe('the content script', () => {
  const handlers = fakeHandlers();
  listen(handlers, new AbortController().signal);
  const onMessage = api.messageListeners.at(-1) as unknown as (
    message: unknown,
    sender: { id?: string },
    reply: (value: unknown) => void,
  ) => true | undefined;

  beforeEach(() => vi.clearAllMocks());

  it('runs a command from our extension and answers ok', async () => {
    const reply = vi.fn();
    expect(onMessage({ type: 'sina-clean/command', command: 'open-panel' }, { id: 'ours' }, reply)).toBe(
      true,
    );
    expect(handlers.command).toHaveBeenCalledWith('open-panel');
    expect(handlers.copy).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith({ ok: true }));
  });

  it('answers a failed command with its reason', async () => {
    handlers.command.mockImplementationOnce(() => Promise.reject(new Error('no panel')));
    const reply = vi.fn();
    onMessage({ type: 'sina-clean/command', command: 'open-panel' }, { id: 'ours' }, reply);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith({ ok: false, error: 'no panel' }));
  });

  it('still routes copy requests to copy', () => {
    onMessage({ type: 'sina-clean/copy', format: 'default' }, { id: 'ours' }, vi.fn());
    expect(handlers.copy).toHaveBeenCalledWith('default');
    expect(handlers.command).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { type: 'sina-clean/command', command: 'toggle-original' }, { id: 'theirs' }],
    ['an unknown command', { type: 'sina-clean/command', command: 'copy-text' }, { id: 'ours' }],
    ['a panel message sent as a request', { type: 'sina-clean/toggle-original' }, { id: 'ours' }],
  ])('ignores %s', (_name, message, sender) => {
    expect(onMessage(message, sender, vi.fn())).toBeUndefined();
    expect(handlers.command).not.toHaveBeenCalled();
    expect(handlers.copy).not.toHaveBeenCalled();
  });
});
