// An old content script after the extension was updated or removed (the tab stayed open): Chrome
// leaves it running with `runtime.id` gone, and runtime calls throw at once. It must stop cleanly:
// no error reaches the page or undoes the cleaning, and its observers, listener and panel go.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentHandlers } from '../../src/content/messages';
import { fakeHandlers } from '../helpers/content-handlers';

type Listener = (...args: never[]) => unknown;
const runtime = vi.hoisted(() => {
  const listeners = (): {
    added: Listener[];
    addListener(f: Listener): void;
    removeListener(f: Listener): void;
  } => ({
    added: [],
    addListener(f) {
      this.added.push(f);
    },
    removeListener(f) {
      this.added = this.added.filter((each) => each !== f);
    },
  });
  return { id: 'our-extension-id' as string | undefined, onMessage: listeners(), onConnect: listeners() };
});
vi.mock('../../src/common/native', () => ({
  native: { runtime },
  fromOurselves: (sender: { id?: string }) => sender.id !== undefined && sender.id === runtime.id,
}));

const { extensionAlive, lifetime, stillAlive } = await import('../../src/content/lifetime');
const { listen } = await import('../../src/content/messages');

const MODEL = { status: 'ready', result: null, cleaned: true, error: null } as const;

beforeEach(() => {
  runtime.id = 'our-extension-id';
});

/** A side panel's port as the content script receives it from runtime.onConnect. */
function sidePanelPort() {
  const disconnects: (() => void)[] = [];
  const port = {
    name: 'sina-clean/panel',
    sender: { id: 'our-extension-id' },
    postMessage: vi.fn(),
    disconnect: vi.fn(),
    onMessage: { addListener: vi.fn() },
    onDisconnect: { addListener: (f: () => void) => disconnects.push(f) },
    close: () => {
      for (const f of disconnects) f();
    },
  };
  for (const onConnect of runtime.onConnect.added) (onConnect as (p: typeof port) => void)(port);
  return port;
}

function listening(signal = new AbortController().signal, detector?: ContentHandlers['detector']) {
  const handlers = fakeHandlers(MODEL);
  return listen(detector ? { ...handlers, detector } : handlers, signal);
}

describe('the content script after its extension is gone', () => {
  it('reads a missing runtime id as gone', () => {
    expect(extensionAlive()).toBe(true);
    runtime.id = undefined;
    expect(extensionAlive()).toBe(false);
  });

  it('ends the one lifetime once, the first time it finds out, and never lets an error of a listener out', () => {
    const first = vi.fn();
    const second = vi.fn();
    lifetime.addEventListener('abort', first);
    lifetime.addEventListener('abort', second);
    const served = listening(lifetime);
    // Browsers report a throwing listener and run the rest; the test DOM stops there: it goes last.
    lifetime.addEventListener('abort', () => {
      throw new Error('Extension context invalidated.');
    });
    expect(stillAlive()).toBe(true);
    expect(lifetime.aborted).toBe(false);
    expect(runtime.onConnect.added).toHaveLength(1);
    runtime.id = undefined;
    expect(() => stillAlive()).not.toThrow();
    expect(stillAlive()).toBe(false);
    expect(lifetime.aborted).toBe(true);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    // what listened with the lifetime has stopped listening
    expect(runtime.onConnect.added).toEqual([]);
    expect(runtime.onMessage.added).toEqual([]);
    served.stop();
  });

  it('posts nothing (a call that would throw at once) and does not throw', async () => {
    const served = listening();
    const port = sidePanelPort();
    await vi.waitFor(() => expect(port.postMessage).toHaveBeenCalledTimes(1));
    served.publish(MODEL);
    expect(port.postMessage).toHaveBeenCalledTimes(2);
    runtime.id = undefined;
    port.postMessage.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => served.publish(MODEL)).not.toThrow();
    expect(port.postMessage).toHaveBeenCalledTimes(2);
    served.stop();
  });
});

describe('the side panel port', () => {
  it('gets the model when it connects and after each change, and nothing once it is closed', async () => {
    const served = listening();
    served.publish(MODEL); // no side panel open: nobody to send to
    const port = sidePanelPort();
    await vi.waitFor(() =>
      expect(port.postMessage).toHaveBeenCalledWith({ type: 'sina-clean/model', model: MODEL }),
    );
    served.publish({ ...MODEL, cleaned: false });
    expect(port.postMessage).toHaveBeenLastCalledWith({
      type: 'sina-clean/model',
      model: { ...MODEL, cleaned: false },
    });
    port.close();
    served.publish(MODEL);
    expect(port.postMessage).toHaveBeenCalledTimes(2);
    served.stop();
    expect(runtime.onConnect.added).toEqual([]);
    expect(runtime.onMessage.added).toEqual([]);
  });

  it('hears a message that is none of ours without an unhandled rejection, and stays open', async () => {
    // The lazy half refuses what its validator does not accept, as the real one does.
    const served = listening(undefined, () => Promise.reject(new Error('not a message of ours')));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const port = sidePanelPort();
      await vi.waitFor(() => expect(port.postMessage).toHaveBeenCalledTimes(1));
      const onMessage = port.onMessage.addListener.mock.calls[0]?.[0] as (message: unknown) => void;
      onMessage({ type: 'sina-clean/correct', correction: 'delete-page' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
      served.publish(MODEL);
      expect(port.postMessage).toHaveBeenCalledTimes(2);
    } finally {
      process.off('unhandledRejection', unhandled);
      served.stop();
    }
  });

  it('refuses a port from anyone but ourselves, and a port of another name', () => {
    const served = listening();
    const port = {
      name: 'sina-clean/panel',
      sender: { id: 'another-extension' },
      postMessage: vi.fn(),
      onMessage: { addListener: vi.fn() },
      onDisconnect: { addListener: vi.fn() },
    };
    for (const onConnect of runtime.onConnect.added) (onConnect as (p: typeof port) => void)(port);
    const named = { ...port, name: 'other', sender: { id: 'our-extension-id' } };
    for (const onConnect of runtime.onConnect.added) (onConnect as (p: typeof named) => void)(named);
    served.publish(MODEL);
    expect(port.postMessage).not.toHaveBeenCalled();
    expect(port.onMessage.addListener).not.toHaveBeenCalled();
    served.stop();
  });
});
