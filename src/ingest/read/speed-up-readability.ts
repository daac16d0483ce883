// Three of Readability's checks, answered the same way with less work. As it walks a page it
// asks, of every element, whether it is a byline and whether it is empty, and both questions
// start by joining the text of the element's whole subtree (`textContent`): for the <body> that
// is the page's whole text, and over a page it adds up to the text times its depth. On linkedom
// that was a tenth of Readability's time. The byline check now looks at the cheap signs (rel,
// itemprop, class and id) before the text, and the emptiness check stops at the first character
// of text that is not white space. The visibility check reads an element's style only when it
// has a style attribute: linkedom builds a style object for every element it is asked about.

/** The part of a Readability instance these checks replace (its own methods, not its types). */
interface ReadabilityChecks {
  REGEXPS: { byline: RegExp };
  ELEMENT_NODE: number;
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Element): boolean;
  _isProbablyVisible(node: Element): boolean;
}

/** Whether an element's text holds anything but white space: `node.textContent.trim() !== ''`, stopping early. */
export function hasText(node: Node): boolean {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      // `\s` is the set `trim()` removes.
      if (/\S/.test(child.nodeValue ?? '')) return true;
    } else if (child.nodeType === 1 && hasText(child)) {
      return true;
    }
  }
  return false;
}

/**
 * Gives a Readability instance the early-stopping checks (same answers as its own, 0.6). A
 * version without these methods is left as it is.
 */
export function speedUpReadability(reader: object): void {
  const checks = reader as Partial<ReadabilityChecks>;
  if (typeof checks._isValidByline !== 'function' || typeof checks._isElementWithoutContent !== 'function' || typeof checks._isProbablyVisible !== 'function') return;
  const self = checks as ReadabilityChecks;
  self._isValidByline = (node, matchString) => {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || itemprop?.includes('author') || self.REGEXPS.byline.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  };
  self._isElementWithoutContent = (node) =>
    node.nodeType === self.ELEMENT_NODE &&
    !hasText(node) &&
    (node.children.length === 0 || node.children.length === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length);
  self._isProbablyVisible = (node) => {
    // Without a style attribute the style is empty: neither display nor visibility is set.
    const style = node.hasAttribute('style') ? (node as Partial<HTMLElement>).style : undefined;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
    // Wikimedia's math images are aria-hidden "fallback-image"s that show.
    return !node.hasAttribute('hidden') && (node.getAttribute('aria-hidden') !== 'true' || Boolean(node.className?.includes?.('fallback-image')));
  };
}
