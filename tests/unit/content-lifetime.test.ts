// An old content script after the extension was updated or removed (the tab stayed open): Chrome
// leaves it running with `runtime.id` gone, and runtime calls throw at once. It must stop cleanly:
// no error reaches the page or undoes the cleaning, and its observers, listener and panel go.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = vi.hoisted(() => ({
  id: 'our-extension-id' as string | undefined,
  sendMessage: vi.fn((_message: unknown): Promise<unknown> => Promise.resolve()),
}));
vi.mock('../../src/common/native', () => ({
  native: { runtime },
  fromOurselves: (sender: { id?: string }) => sender.id !== undefined && sender.id === runtime.id,
}));

const { extensionAlive, onEnd, stillAlive } = await import('../../src/content/lifetime');
const { announce } = await import('../../src/content/messages');

const MODEL = { status: 'ready', result: null, cleaned: true, error: null } as const;

beforeEach(() => {
  runtime.id = 'our-extension-id';
  runtime.sendMessage.mockClear();
});

describe('the content script after its extension is gone', () => {
  it('reads a missing runtime id as gone', () => {
    expect(extensionAlive()).toBe(true);
    runtime.id = undefined;
    expect(extensionAlive()).toBe(false);
  });

  it('stops everything once, the first time it finds out, and never lets an error of a stop out', () => {
    const first = vi.fn();
    const second = vi.fn();
    onEnd(first);
    onEnd(second);
    expect(stillAlive()).toBe(true);
    expect(first).not.toHaveBeenCalled();
    runtime.id = undefined;
    expect(stillAlive()).toBe(false);
    expect(stillAlive()).toBe(false);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    onEnd(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => stillAlive()).not.toThrow();
  });

  it('announces nothing (a call that would throw at once) and does not throw', () => {
    announce(MODEL);
    expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
    runtime.id = undefined;
    runtime.sendMessage.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => announce(MODEL)).not.toThrow();
    expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
  });
});
