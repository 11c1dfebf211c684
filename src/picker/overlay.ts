// The element picker of 隐藏此块: an outline follows the pointer over the page, a click chooses, Esc
// cancels, ↑ widens to the parent and ↓ narrows back, Enter chooses by keyboard. The outline and its
// hint are drawn in a shadow root of one element of our own at the end of <html>, which is taken out
// when the picking ends: the page's own elements get no class, no attribute and no style. While it
// picks, the page's clicks and keys are held back (capture phase), so choosing follows no link.

import type { Lang } from '../common/lang';

const HOST_TAG = 'sina-clean-picker';

const CSS = `
:host { all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; }
.box { position: fixed; box-sizing: border-box; border: 2px solid #b7410e; background: rgb(183 65 14 / 0.15); display: none; }
.tip { position: fixed; left: 50%; bottom: 1em; transform: translateX(-50%); max-width: 90vw; padding: 0.5em 0.875em;
  background: #1f1f1f; color: #fff; font: 14px/1.5 system-ui, sans-serif; border-radius: 0.375em; box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.3); }
.tip code { font: 12px/1.5 ui-monospace, monospace; color: #ffd27a; overflow-wrap: anywhere; }
`;

const HINT: Record<Lang, string> = {
  zh: '点击要隐藏的块 · ↑ 扩大到外层 · ↓ 缩回 · Enter 选定 · Esc 取消',
  en: 'Click the block to hide · ↑ wider · ↓ narrower · Enter chooses · Esc cancels',
};

export interface PickOptions {
  lang: Lang;
  /** Elements of our own (the panel's host) that can never be chosen. */
  ours: (el: Element) => boolean;
  /** Describes the element under the outline for the hint (its selector). */
  describe: (el: Element) => string;
  signal: AbortSignal;
}

/** Lets the reader choose an element of `doc`; null where they cancelled. */
export function pickElement(doc: Document, options: PickOptions): Promise<Element | null> {
  const win = doc.defaultView;
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'status');
  const hint = doc.createElement('div');
  hint.textContent = HINT[options.lang];
  const what = doc.createElement('code');
  tip.append(hint, what);
  root.append(style, box, tip);
  doc.documentElement.append(host);

  /** What the outline shows now, and the narrower elements ↑ came from (for ↓). */
  let current: Element | null = null;
  let narrower: Element[] = [];
  const choosable = (el: Element | null): el is Element =>
    el !== null && el !== doc.documentElement && el !== doc.body && el !== host && !options.ours(el);

  const show = (el: Element | null) => {
    current = el;
    if (!el) {
      box.style.display = 'none';
      what.textContent = '';
      return;
    }
    const rect = el.getBoundingClientRect();
    box.style.display = 'block';
    box.style.left = `${rect.left}px`;
    box.style.top = `${rect.top}px`;
    box.style.width = `${rect.width}px`;
    box.style.height = `${rect.height}px`;
    what.textContent = options.describe(el);
  };

  return new Promise((resolve) => {
    const finish = (chosen: Element | null) => {
      for (const [type, listener] of listeners) win?.removeEventListener(type, listener, true);
      host.remove();
      resolve(chosen);
    };
    const isOurs = (event: Event) => event.target instanceof Element && options.ours(event.target);
    const hold = (event: Event) => {
      // Our own panel keeps its clicks (a click there ends the picking, below).
      if (isOurs(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const over = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!choosable(target) || target === current) return;
      narrower = [];
      show(target);
    };
    const click = (event: Event) => {
      if (isOurs(event)) return finish(null);
      hold(event);
      const target = event.target instanceof Element ? event.target : null;
      finish(choosable(target) && !narrower.length ? target : current);
    };
    // The picker's keys are its own, wherever the focus is (the panel's Esc would close the panel).
    const key = (event: Event) => {
      const { key } = event as KeyboardEvent;
      const up = key === 'ArrowUp' && current?.parentElement;
      if (key === 'Escape') finish(null);
      else if (key === 'Enter' && current) finish(current);
      else if (up && choosable(up)) {
        narrower.push(current as Element);
        show(up);
      } else if (key === 'ArrowDown' && narrower.length) show(narrower.pop() ?? null);
      else if (!['ArrowUp', 'ArrowDown', 'Enter'].includes(key)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const listeners: [string, (event: Event) => void][] = [
      ['mouseover', over],
      ['click', click],
      ['mousedown', hold],
      ['mouseup', hold],
      ['pointerdown', hold],
      ['pointerup', hold],
      ['auxclick', hold],
      ['keydown', key],
      ['scroll', () => show(current)],
    ];
    for (const [type, listener] of listeners) win?.addEventListener(type, listener, true);
    options.signal.addEventListener('abort', () => finish(null), { once: true });
    // A start for keyboard use: the element in the middle of the window.
    const middle = win ? doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 2) : null;
    show(choosable(middle) ? middle : null);
  });
}
