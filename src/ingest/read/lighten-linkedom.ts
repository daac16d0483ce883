// linkedom (0.18) gives every node it builds an entry in a WeakMap holding an empty Map for event
// listeners, in the EventTarget constructor. The ingest never listens to a page's events, yet on
// Readability's test pages that constructor was a tenth of the reading time, and the WeakMap
// (an ephemeron table the garbage collector must trace with care) added to the collections, which
// are a quarter of it. This keeps the listener map of a target only once it has a listener: the
// three listener methods keep their behaviour (same order, `once`, bubbling, stopping), read from
// a map made on the first addEventListener, and nodes are built without the eager map.
// Likewise the parser sets `className` for every class attribute, which builds the element's
// classList (a Set of its classes) only to write the attribute back without repeated classes or
// spaces; Readability then reads `className` of most elements, each time joining that Set. Here
// an element without a classList keeps the attribute the same way and answers `className` from
// it; a classList is built, as before, when something asks for it.
// This changes linkedom's classes for the whole process; the DOM it builds is the same.

/** Listener options as linkedom keeps them (only `once` is read). */
type Options = { once?: boolean } | boolean | undefined;
type Listener = ((event: object) => void) | { handleEvent(event: object): void };
/** The fields of linkedom's Event that dispatching reads and writes. */
interface DispatchedEvent {
  type: string;
  bubbles: boolean;
  cancelBubble: boolean;
  defaultPrevented: boolean;
  eventPhase: number;
  currentTarget?: unknown;
  target?: unknown;
  _stopImmediatePropagationFlag: boolean;
  _path: { currentTarget: Target; target: Target }[];
}
/** An event target as linkedom builds it (a node's parent, the document's window, or none). */
interface Target {
  dispatchEvent?: unknown;
  _getParent?: () => Target | null | undefined;
}
type Constructor = abstract new (...args: never[]) => object;

/** The listeners of each target that has had one, by event type, in the order they were added. */
const listenerMaps = new WeakMap<object, Map<string, Map<Listener, Options>>>();
const lightened = new WeakSet<object>();

/**
 * Makes linkedom's nodes skip the per-node listener map (idempotent). `linkedom` is the module's
 * exports; a version shaped otherwise (no `Node` class built on its `EventTarget`) is left as it is.
 */
export function lightenLinkedom(linkedom: { EventTarget: Constructor; Node: Constructor; parseHTML(html: string): { document: Document } }): void {
  const EventTarget = linkedom.EventTarget;
  if (lightened.has(EventTarget)) return;
  // The exported Node is a façade over the internal class that extends EventTarget.
  let node: unknown = linkedom.Node;
  while (typeof node === 'function' && Object.getPrototypeOf(node) !== EventTarget) node = Object.getPrototypeOf(node);
  if (typeof node !== 'function') return;
  lightened.add(EventTarget);
  Object.defineProperties(EventTarget.prototype, {
    addEventListener: { configurable: true, writable: true, value: addEventListener },
    removeEventListener: { configurable: true, writable: true, value: removeEventListener },
    dispatchEvent: { configurable: true, writable: true, value: dispatchEvent },
  });
  // `super()` in Node's constructor calls whatever its prototype is at the time: a constructor
  // that does nothing, whose own prototype keeps EventTarget's statics in reach.
  class WithoutListenerMap {}
  Object.setPrototypeOf(WithoutListenerMap, EventTarget);
  Object.setPrototypeOf(node, WithoutListenerMap);
  lightenClassNames(linkedom.parseHTML('<p class="a">').document.querySelector('p')!);
}

/** `className` without a classList until one is asked for (`sample`: an element with a class). */
function lightenClassNames(sample: Element): void {
  let owner: object | null = sample;
  while (owner !== null && !Object.getOwnPropertyDescriptor(owner, 'className')) owner = Object.getPrototypeOf(owner);
  const own = owner === null ? undefined : Object.getOwnPropertyDescriptor(owner, 'className');
  void sample.classList; // builds the sample's, to learn the key linkedom keeps it under
  const key = Object.getOwnPropertySymbols(sample).find((symbol) => symbol.description === 'classList');
  if (own?.get === undefined || own.set === undefined || key === undefined) return; // another version: left as it is
  const { get, set } = own;
  type Classed = Element & Record<symbol, unknown>;
  Object.defineProperty(owner, 'className', {
    configurable: true,
    enumerable: own.enumerable ?? false,
    get(this: Classed): string {
      if (this[key]) return get.call(this) as string;
      return normalizeClasses(this.getAttributeNode('class')?.value ?? '');
    },
    set(this: Classed, value: unknown): void {
      const attribute = this.getAttributeNode('class');
      // Without an attribute linkedom's setter creates one through its classList: kept as it is.
      if (this[key] || attribute === null) set.call(this, value);
      else attribute.value = normalizeClasses(String(value));
    },
  });
}

/** Class attributes with spaces seen lately, as normalizeClasses writes them: a page repeats a few dozen many times. */
const normalized = new Map<string, string>();

/** A class attribute as linkedom's classList writes it: each class once, in order, single-spaced. */
export function normalizeClasses(value: string): string {
  if (!/\s/.test(value)) return value;
  let classes = normalized.get(value);
  if (classes === undefined) {
    if (normalized.size >= 4096) normalized.clear(); // bounded: a long run meets many pages' classes
    classes = [...new Set(value.split(/\s+/).filter((name) => name !== ''))].join(' ');
    normalized.set(value, classes);
  }
  return classes;
}

function addEventListener(this: object, type: string, listener: Listener, options?: Options): void {
  let map = listenerMaps.get(this);
  if (map === undefined) listenerMaps.set(this, (map = new Map()));
  if (!map.has(type)) map.set(type, new Map());
  map.get(type)!.set(listener, options);
}

function removeEventListener(this: object, type: string, listener: Listener): void {
  const listeners = listenerMaps.get(this)?.get(type);
  if (listeners?.delete(listener) && listeners.size === 0) listenerMaps.get(this)!.delete(type);
}

// As linkedom dispatches: the target, then (for a bubbling event) its ancestors up to the window.
function dispatchEvent(this: Target, event: DispatchedEvent): boolean {
  event.eventPhase = 1; // CAPTURING_PHASE
  for (let node: Target | null | undefined = this; node; node = event.bubbles ? node._getParent?.() : null) {
    if (node.dispatchEvent) event._path.push({ currentTarget: node, target: this });
  }
  event._path.some(invokeListeners, event);
  event._path = [];
  event.eventPhase = 0; // NONE
  return !event.defaultPrevented;
}

/** Calls one target's listeners for the event; true when propagation was stopped. */
function invokeListeners(this: DispatchedEvent, { currentTarget, target }: { currentTarget: Target; target: Target }): boolean | undefined {
  const listeners = listenerMaps.get(currentTarget)?.get(this.type);
  if (listeners === undefined) return undefined;
  this.eventPhase = currentTarget === target ? 2 : 3; // AT_TARGET : BUBBLING_PHASE
  this.currentTarget = currentTarget;
  this.target = target;
  for (const [listener, options] of listeners) {
    if (typeof options === 'object' && options.once) listeners.delete(listener);
    if (typeof listener === 'function') listener.call(target, this);
    else listener.handleEvent(this);
    if (this._stopImmediatePropagationFlag) break;
  }
  delete this.currentTarget;
  delete this.target;
  return this.cancelBubble;
}
