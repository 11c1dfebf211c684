// The CLI's nodes make their listener maps on demand (src/cli/dom-events.ts): events must still work.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { lazyListeners } from '../../src/cli/dom-events';

const page = () => parseHtml('<div id="outer"><p id="inner">正文</p></div>');

describe("the CLI document's events", () => {
  it('found linkedom’s base class to swap', () => {
    expect(lazyListeners(page().body)).toBe(true);
  });

  it('calls a listener at its target with the target and current target set, once for `once`', () => {
    const doc = page();
    const inner = doc.getElementById('inner') as HTMLElement;
    const seen: string[] = [];
    inner.addEventListener('ping', (event) =>
      seen.push(`${(event.target as Element).id}/${(event.currentTarget as Element).id}`),
    );
    inner.addEventListener('ping', () => seen.push('once'), { once: true });
    inner.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('ping'));
    inner.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('ping'));
    expect(seen).toEqual(['inner/inner', 'once', 'inner/inner']);
  });

  it('bubbles to ancestors only for a bubbling event, and removes a listener', () => {
    const doc = page();
    const Event = (doc.defaultView as unknown as typeof globalThis).Event;
    const outer = doc.getElementById('outer') as HTMLElement;
    const inner = doc.getElementById('inner') as HTMLElement;
    const seen: string[] = [];
    const onOuter = () => seen.push('outer');
    outer.addEventListener('ping', onOuter);
    inner.dispatchEvent(new Event('ping'));
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    outer.removeEventListener('ping', onOuter);
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(seen).toEqual(['outer']);
  });
});
