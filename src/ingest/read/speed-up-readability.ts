// Four of Readability's helpers, answered the same way with less work. As it walks a page it
// asks, of every element, whether it is a byline and whether it is empty, and both questions
// start by joining the text of the element's whole subtree (`textContent`): for the <body> that
// is the page's whole text, and over a page it adds up to the text times its depth. On linkedom
// that was a tenth of Readability's time. The byline check now looks at the cheap signs (rel,
// itemprop, class and id) before the text, and the emptiness check stops at the first character
// of text that is not white space. The visibility check reads an element's style only when it
// has a style attribute: linkedom builds a style object for every element it is asked about.
// And the elements of some tags are collected in one walk, as `querySelectorAll('p,div')` would,
// without compiling a CSS selector for each of the hundreds of times Readability asks (a seventh
// of its time on linkedom).

/** The part of a Readability instance these checks replace (its own methods, not its types). */
interface ReadabilityChecks {
  REGEXPS: { byline: RegExp };
  ELEMENT_NODE: number;
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Element): boolean;
  _isProbablyVisible(node: Element): boolean;
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): ArrayLike<Element>;
}

/**
 * The elements below `root` whose tag is one of `tagNames`, in document order: what an HTML
 * document's `root.querySelectorAll(tagNames.join(','))` returns (tag names in any case; a
 * <template>'s content is not searched).
 */
export function elementsWithTag(root: Element | Document, tagNames: string[]): Element[] {
  const wanted = new Set(tagNames.map((name) => name.toLowerCase()));
  const found: Element[] = [];
  const links = listLinksOf(root);
  if (links !== null) {
    // linkedom keeps a document as one list of start, text, attribute and end nodes in document
    // order: the walk its own querySelectorAll makes, here without a selector to match.
    const end = (root as unknown as Record<symbol, unknown>)[links.end] ?? null;
    let node = (root as unknown as Record<symbol, Record<symbol, unknown> | null>)[links.next] ?? null;
    while (node !== null && node !== end) {
      if ((node as unknown as Node).nodeType === 1) {
        const name = (node as unknown as Element).localName.toLowerCase();
        if (wanted.has(name)) found.push(node as unknown as Element);
        if (name === 'template') node = node[links.end] as Record<symbol, unknown>;
      }
      node = (node[links.next] as Record<symbol, unknown> | undefined) ?? null;
    }
    return found;
  }
  // In document order, without recursion (a page may nest deeply): down to the first child, else
  // along to the next sibling of the nearest ancestor that has one.
  let node: Element | null = root.firstElementChild;
  while (node !== null) {
    const name = node.localName.toLowerCase();
    if (wanted.has(name)) found.push(node);
    let next: Element | null = name === 'template' ? null : node.firstElementChild;
    for (let up: Element | null = node; next === null && up !== null && up !== root; up = up.parentElement) next = up.nextElementSibling;
    node = next;
  }
  return found;
}

/** linkedom's own keys, found on its nodes: from a node to the next in document order, and from an element to its end. */
let linkedomLinks: { next: symbol; end: symbol } | null | undefined;

/** The keys of a document-order list when `node` is one of linkedom's nodes; else null. */
function listLinksOf(node: object): { next: symbol; end: symbol } | null {
  if (linkedomLinks === undefined) {
    const symbols = Object.getOwnPropertySymbols(node);
    const next = symbols.find((symbol) => symbol.description === 'next');
    const end = symbols.find((symbol) => symbol.description === 'end');
    if (next === undefined || end === undefined) return null; // another DOM, or a node without children
    linkedomLinks = { next, end };
  }
  return linkedomLinks !== null && linkedomLinks.next in node && linkedomLinks.end in node ? linkedomLinks : null;
}

/** Whether an element's text holds anything but white space: `node.textContent.trim() !== ''`, stopping early. */
export function hasText(root: Node): boolean {
  // Every node below `root` in document order, without recursion (as in elementsWithTag).
  let node: Node | null = root.firstChild;
  while (node !== null) {
    // Text and CDATA are what textContent joins; `\s` is the set `trim()` removes.
    if ((node.nodeType === 3 || node.nodeType === 4) && /\S/.test(node.nodeValue ?? '')) return true;
    let next: Node | null = node.nodeType === 1 ? node.firstChild : null;
    for (let up: Node | null = node; next === null && up !== null && up !== root; up = up.parentNode) next = up.nextSibling;
    node = next;
  }
  return false;
}

/**
 * Gives a Readability instance the early-stopping checks (same answers as its own, 0.6). A
 * version without these methods is left as it is.
 */
export function speedUpReadability(reader: object): void {
  const checks = reader as Partial<ReadabilityChecks>;
  const names = ['_isValidByline', '_isElementWithoutContent', '_isProbablyVisible', '_getAllNodesWithTag'] as const;
  if (names.some((name) => typeof checks[name] !== 'function')) return;
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
  self._getAllNodesWithTag = elementsWithTag;
}

/** The part of a Readability instance that resolves the article's links (its own methods, not its types). */
interface ReadabilityLinks {
  TEXT_NODE: number;
  _doc: Document;
  _fixRelativeUris(articleContent: Element): void;
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): ArrayLike<Element>;
}

/**
 * Makes a Readability instance leave the article's link and image addresses as the page wrote
 * them: it resolves each against the page's address (a URL parsed per link and image, 3% of the
 * reading time), for a reader that will follow them. The ingest reads the article's text, and of
 * a link only whether its address holds a `#`, which resolving neither adds nor takes away.
 * `javascript:` links are still unwrapped into their text, as Readability does. A version
 * without the method is left as it is.
 */
export function leaveLinksUnresolved(reader: object): void {
  const links = reader as Partial<ReadabilityLinks>;
  if (typeof links._fixRelativeUris !== 'function' || typeof links._getAllNodesWithTag !== 'function') return;
  const self = links as ReadabilityLinks;
  self._fixRelativeUris = (articleContent) => {
    for (const link of Array.from(self._getAllNodesWithTag(articleContent, ['a']))) {
      // Readability 0.6's own unwrapping of a `javascript:` link, unchanged.
      if (link.getAttribute('href')?.indexOf('javascript:') !== 0) continue;
      if (link.childNodes.length === 1 && link.childNodes[0]!.nodeType === self.TEXT_NODE) {
        link.parentNode!.replaceChild(self._doc.createTextNode(link.textContent ?? ''), link);
      } else {
        const container = self._doc.createElement('span');
        while (link.firstChild) container.appendChild(link.firstChild);
        link.parentNode!.replaceChild(container, link);
      }
    }
  };
}

/** The part of a Readability instance that logs the article it found (its own fields, not its types). */
interface ReadabilityLog {
  _debug: boolean;
  _grabArticle(page?: Element): Element | null;
  parse(): unknown;
}

/** The line in Readability's parse() that serialises the article only to build a log message. */
const LOGGED_SERIALISATION = '"Grabbed: " + articleContent.innerHTML';

/**
 * Makes a Readability instance skip serialising the article it found for a log line it drops:
 * its parse() builds `"Grabbed: " + articleContent.innerHTML` whether or not it is debugging,
 * and on linkedom that writes out the whole article as HTML on every page (2% of the reading
 * time). Outside debug mode the article's first `innerHTML` read after `_grabArticle` returns,
 * which is that line's, now answers '' and the element reads as before from then on. A version
 * whose parse() has no such line, or a reader in debug mode, is left as it is.
 */
export function skipLoggedSerialisation(reader: object): void {
  const self = reader as Partial<ReadabilityLog>;
  if (self._debug || typeof self._grabArticle !== 'function' || !String(self.parse).includes(LOGGED_SERIALISATION)) return;
  const grab = self._grabArticle;
  self._grabArticle = function (this: unknown, page?: Element) {
    const article = grab.call(this, page) as (Element & { innerHTML: string }) | null;
    if (article) {
      Object.defineProperty(article, 'innerHTML', {
        configurable: true,
        get: () => {
          delete (article as Partial<typeof article>).innerHTML; // once: later reads serialise as usual
          return '';
        },
        set: (value: string) => {
          delete (article as Partial<typeof article>).innerHTML;
          article.innerHTML = value;
        },
      });
    }
    return article;
  };
}
