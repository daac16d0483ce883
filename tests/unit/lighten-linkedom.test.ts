import * as linkedom from 'linkedom';
import { describe, expect, it } from 'vitest';
import { lightenLinkedom } from '../../src/ingest/read/lighten-linkedom.ts';

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
