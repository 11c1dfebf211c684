// linkedom makes every node (each attribute too) an event target with its own listener map, made when
// the node is: a WeakMap entry and a Map per node, most of a parsed Sina page's garbage. The CLI's
// documents never get a listener. So the nodes' base class is swapped for one that makes a node's
// listener map when its first listener is added, and keeps the EventTarget methods:
// adding, removing, and dispatching to the target and, for a bubbling event, its ancestors.
// The swap finds linkedom's base through a node's prototype chain; where it cannot (a linkedom that is
// built otherwise), nothing changes and parsing is only slower. Its gain depends on V8's feedback being
// given from a function's first call (scripts/extract.mjs sets that): 6 against 17 ms a shared page
// then; without it the swap made parsing slower (23 ms).

interface Listener {
  listener: EventListenerOrEventListenerObject;
  once: boolean;
}

/** Listeners by node and type; a node is in it only once a listener was added. */
const registry = new WeakMap<object, Map<string, Listener[]>>();

/** The target-phase and bubbling dispatch of the DOM standard, without capture. */
class LazyEventTarget {
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    if (!listener) return;
    const byType = registry.get(this) ?? new Map<string, Listener[]>();
    registry.set(this, byType);
    const list = byType.get(type) ?? [];
    if (list.some((l) => l.listener === listener)) return;
    list.push({ listener, once: typeof options === 'object' && options.once === true });
    byType.set(type, list);
  }

  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    const list = registry.get(this)?.get(type);
    const at = list?.findIndex((l) => l.listener === listener) ?? -1;
    if (list && at >= 0) list.splice(at, 1);
  }

  dispatchEvent(event: Event): boolean {
    const path: object[] = [];
    for (let node: object | null = this; node; node = event.bubbles ? parentOf(node) : null) path.push(node);
    Object.defineProperty(event, 'target', { value: this, configurable: true });
    for (const node of path) {
      Object.defineProperty(event, 'currentTarget', { value: node, configurable: true });
      for (const entry of [...(registry.get(node)?.get(event.type) ?? [])]) {
        if (entry.once) (node as LazyEventTarget).removeEventListener(event.type, entry.listener);
        if (typeof entry.listener === 'function') entry.listener.call(node, event);
        else entry.listener.handleEvent(event);
      }
      if (event.cancelBubble) break;
    }
    return !event.defaultPrevented;
  }
}

const parentOf = (node: object): object | null => (node as Node).parentNode ?? null;

/** Gives linkedom's nodes listener maps made on demand; true where its base class was found. */
export function lazyListeners(someNode: object): boolean {
  let proto: object | null = Object.getPrototypeOf(someNode);
  while (proto) {
    const base = Object.getPrototypeOf(proto) as { constructor?: { name?: string } } | null;
    if (base?.constructor === LazyEventTarget) return true;
    if (base?.constructor?.name === 'DOMEventTarget') {
      const nodeClass = (proto as { constructor: object }).constructor;
      Object.setPrototypeOf(nodeClass, LazyEventTarget);
      Object.setPrototypeOf(proto, LazyEventTarget.prototype);
      return true;
    }
    proto = base;
  }
  return false;
}
