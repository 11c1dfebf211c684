// The picker's overlay on its own: the outline follows the pointer, ↑ widens to the parent and ↓
// narrows back, Enter or a click chooses, Esc cancels; the page's own click never arrives while it
// picks, our panel can never be chosen, and nothing of the picker stays in the page afterwards.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickElement } from '../../src/picker/overlay';

const PAGE = `<div id="outer" class="side"><ul class="hot-list"><li class="hot-item"><a href="#x">one</a></li></ul></div>`;

function setUp() {
  document.body.innerHTML = PAGE;
  const panel = document.createElement('sina-clean-root');
  document.documentElement.append(panel);
  const before = document.documentElement.outerHTML;
  const lifetime = new AbortController();
  const picked = pickElement(document, {
    lang: 'zh',
    ours: (el) => el === panel,
    describe: (el) => el.className,
    signal: lifetime.signal,
  });
  const hint = () =>
    document.querySelector('sina-clean-picker')?.shadowRoot?.querySelector('code')?.textContent;
  const at = (selector: string) => document.querySelector(selector) as Element;
  const over = (el: Element) => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  const key = (name: string) =>
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  return { picked, hint, at, over, key, panel, lifetime, before };
}

afterEach(() => {
  document.body.innerHTML = '';
  for (const el of document.querySelectorAll('sina-clean-root, sina-clean-picker')) el.remove();
});

describe('pickElement', () => {
  it('widens with ↑, narrows back with ↓, chooses with Enter, and leaves nothing behind', async () => {
    const { picked, hint, at, over, key } = setUp();
    over(at('.hot-item'));
    expect(hint()).toBe('hot-item');
    key('ArrowUp');
    expect(hint()).toBe('hot-list');
    key('ArrowUp');
    expect(hint()).toBe('side');
    key('ArrowDown');
    expect(hint()).toBe('hot-list');
    key('Enter');
    expect(await picked).toBe(at('.hot-list'));
    expect(document.querySelector('sina-clean-picker')).toBeNull();
  });

  it('never widens to <body>', async () => {
    const { picked, hint, at, over, key } = setUp();
    over(at('#outer'));
    key('ArrowUp');
    expect(hint()).toBe('side');
    key('Enter');
    expect(await picked).toBe(at('#outer'));
  });

  it('Esc cancels: null, and the page is as it was', async () => {
    const { picked, at, over, key, before } = setUp();
    over(at('.hot-item'));
    key('Escape');
    expect(await picked).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('a click chooses the element under it, and the page never sees that click', async () => {
    const { picked, at } = setUp();
    const pageClick = vi.fn();
    at('a').addEventListener('click', pageClick);
    at('a').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(await picked).toBe(at('a'));
    expect(pageClick).not.toHaveBeenCalled();
  });

  it('our panel is never outlined, and a click on it ends the picking without a choice', async () => {
    const { picked, hint, at, over, panel } = setUp();
    over(at('.hot-item'));
    over(panel);
    expect(hint()).toBe('hot-item');
    panel.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(await picked).toBeNull();
  });

  it('ends without a choice when the content script’s lifetime ends', async () => {
    const { picked, lifetime } = setUp();
    lifetime.abort();
    expect(await picked).toBeNull();
    expect(document.querySelector('sina-clean-picker')).toBeNull();
  });
});
