import * as linkedom from 'linkedom';
import { describe, expect, it } from 'vitest';
import { lightenLinkedom, normalizeClasses } from '../../src/ingest/read/lighten-linkedom.ts';

lightenLinkedom(linkedom as unknown as Parameters<typeof lightenLinkedom>[0]);
lightenLinkedom(linkedom as unknown as Parameters<typeof lightenLinkedom>[0]); // a second call changes nothing

/** A linkedom event, typed as the DOM's. */
const newEvent = (type: string, init?: EventInit) => new linkedom.Event(type, init) as unknown as Event;

/** A small page and a log that listeners write to. */
function setUp() {
  const { document } = linkedom.parseHTML('<html><body><div id="box"><p id="para">Text</p></div></body></html>');
  const log: string[] = [];
  return { document, log, box: document.getElementById('box')!, para: document.getElementById('para')! };
}

describe('lightenLinkedom', () => {
  it('still builds the same DOM', () => {
    const { document } = setUp();
    expect(document.body.innerHTML).toBe('<div id="box"><p id="para">Text</p></div>');
    expect(document.querySelector('p')).toBeInstanceOf(linkedom.Node);
    expect(document.querySelector('p')).toBeInstanceOf(linkedom.EventTarget);
  });

  it('calls listeners in the order they were added, on the target and then up the tree for a bubbling event', () => {
    const { document, log, box, para } = setUp();
    para.addEventListener('ping', (event) => log.push(`para first ${event.eventPhase}`));
    para.addEventListener('ping', { handleEvent: () => log.push('para second') });
    box.addEventListener('ping', (event) => log.push(`box ${event.eventPhase} ${event.target === para} ${event.currentTarget === box}`));
    document.defaultView!.addEventListener('ping', () => log.push('window'));
    expect(para.dispatchEvent(newEvent('ping', { bubbles: true }))).toBe(true);
    expect(log).toEqual(['para first 2', 'para second', 'box 3 true true', 'window']);
  });

  it('keeps a non-bubbling event on its target', () => {
    const { log, box, para } = setUp();
    box.addEventListener('ping', () => log.push('box'));
    para.addEventListener('ping', () => log.push('para'));
    para.dispatchEvent(newEvent('ping'));
    expect(log).toEqual(['para']);
  });

  it('removes listeners, calls a `once` listener once, and stops where a listener stops the event', () => {
    const { log, box, para } = setUp();
    const removed = () => log.push('removed');
    para.addEventListener('ping', removed);
    para.removeEventListener('ping', removed);
    para.addEventListener('ping', () => log.push('once'), { once: true });
    para.addEventListener('ping', (event) => {
      log.push('stopper');
      event.stopImmediatePropagation();
    });
    para.addEventListener('ping', () => log.push('after the stopper'));
    box.addEventListener('ping', () => log.push('box'));
    para.dispatchEvent(newEvent('ping', { bubbles: true }));
    para.dispatchEvent(newEvent('ping', { bubbles: true }));
    expect(log).toEqual(['once', 'stopper', 'stopper']);
  });

  it('reports a cancelled event and runs an element’s `on…` handler', () => {
    const { log, para } = setUp();
    (para as unknown as { onclick: () => void }).onclick = () => log.push('clicked');
    para.addEventListener('ping', (event) => event.preventDefault());
    expect(para.dispatchEvent(newEvent('ping', { cancelable: true }))).toBe(false);
    (para as unknown as { click(): void }).click();
    expect(log).toEqual(['clicked']);
  });
});

describe('class names after lightenLinkedom', () => {
  const element = (html: string) => linkedom.parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild!;

  it.each([
    ['<p class="lead  story lead">x</p>', 'lead story', '<p class="lead story">x</p>'],
    ['<p class=" \t spaced\n">x</p>', 'spaced', '<p class="spaced">x</p>'],
    ['<p class="">x</p>', '', '<p>x</p>'], // an empty class attribute is not written out
    ['<p>x</p>', '', '<p>x</p>'],
  ])('reads %s as linkedom does: className %j, written back as %s', (html, className, written) => {
    const p = element(html);
    expect(p.className).toBe(className);
    expect(p.outerHTML).toBe(written);
    expect([...p.classList]).toEqual(className === '' ? [] : className.split(' '));
  });

  it('keeps className, the attribute and classList in step through every way of setting them', () => {
    const p = element('<p class="a b">x</p>');
    p.className = 'c  d c';
    expect([p.className, p.getAttribute('class')]).toEqual(['c d', 'c d']);
    p.setAttribute('class', 'e f');
    expect([p.className, p.getAttribute('class'), [...p.classList]]).toEqual(['e f', 'e f', ['e', 'f']]);
    p.classList.add('g');
    p.className = 'h e';
    expect([p.className, p.getAttribute('class'), [...p.classList]]).toEqual(['h e', 'h e', ['h', 'e']]);
    p.removeAttribute('class');
    expect([p.className, p.hasAttribute('class')]).toEqual(['', false]);
    const q = element('<p>x</p>');
    q.className = 'made here';
    expect([q.className, q.outerHTML]).toEqual(['made here', '<p class="made here">x</p>']);
  });

  it('copies a class with its attribute node', () => {
    const from = element('<p class="kept  kept">x</p>');
    const to = from.ownerDocument.createElement('div');
    to.setAttributeNode(from.getAttributeNode('class')!.cloneNode() as Attr);
    expect([to.className, to.getAttribute('class')]).toEqual(['kept', 'kept']);
  });
});

describe('normalizeClasses', () => {
  it.each([
    ['a', 'a'],
    ['a b a', 'a b'],
    ['  a\t\nb  ', 'a b'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (value, expected) => expect(normalizeClasses(value)).toBe(expected));
});
