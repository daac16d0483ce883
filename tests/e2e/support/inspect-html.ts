// Reading built HTML the way a browser does (parse5, through rehype-parse) and asking it the
// questions the quality gates ask: which URLs does it reference, which ids does it define,
// which scripts and event-handler attributes does it carry.
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(rehypeParse);

/** Parses a whole HTML document into a hast tree. */
export function parseHtml(html: string): Root {
  return parser.parse(html);
}

/** Every element of a tree, in document order. */
export function elements(tree: Root | Element): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

/** Elements with a given tag name. */
export function elementsByTag(tree: Root | Element, tagName: string): Element[] {
  return elements(tree).filter((element) => element.tagName === tagName);
}

/** An attribute's value as text (token lists joined with spaces), or null when absent. */
export function attribute(element: Element, name: string): string | null {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return null;
  if (Array.isArray(value)) return value.join(name === 'srcSet' ? ', ' : ' ');
  return String(value);
}

/** The text inside an element (script and style text included). */
export function textOf(node: Root | Element): string {
  let text = '';
  visit(node, 'text', (child: { value: string }) => {
    text += child.value;
  });
  return text;
}

/** A URL an element points at, with where it was found: `<a href>`, `<meta property="og:image">`. */
export interface Reference {
  /** Where it came from, for messages: `a[href]`, `meta[og:image]`. */
  source: string;
  url: string;
}

/** Meta tags whose `content` is a URL of the site. */
const URL_METAS = new Set([
  'og:url',
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'og:audio',
  'og:video',
  'twitter:image',
  'twitter:image:src',
  'twitter:url',
]);

/** URL-valued attributes (hast property names) by tag; `*` applies to every tag. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'ping'],
  area: ['href', 'ping'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  iframe: ['src'],
  embed: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formAction'],
  input: ['src', 'formAction'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
  use: ['href', 'xLinkHref'],
  image: ['href', 'xLinkHref'],
  '*': ['background'],
};

/** The URLs in a srcset (hast hands it over as a list of candidates): `a.png 1x, b.png 2x` -> `a.png`, `b.png`. */
export function splitSrcset(srcset: string | string[]): string[] {
  const candidates = Array.isArray(srcset) ? srcset : srcset.split(/,\s+/);
  return candidates.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter((url) => url !== '');
}

/** Every URL a page references through markup: links, sources, forms, URL meta tags. */
export function collectReferences(tree: Root): Reference[] {
  const references: Reference[] = [];
  for (const element of elements(tree)) {
    if (element.tagName === 'link') {
      const rel = attribute(element, 'rel') ?? '';
      // preconnect/dns-prefetch name an origin to warm up, not a resource.
      if (/\b(?:preconnect|dns-prefetch)\b/.test(rel)) continue;
    }
    if (element.tagName === 'meta') {
      const key = attribute(element, 'property') ?? attribute(element, 'name');
      const content = attribute(element, 'content');
      if (key && content && URL_METAS.has(key.toLowerCase())) references.push({ source: `meta[${key}]`, url: content });
      const refresh = attribute(element, 'httpEquiv');
      if (refresh?.toLowerCase() === 'refresh' && content) {
        const target = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
        if (target) references.push({ source: 'meta[http-equiv=refresh]', url: target });
      }
      continue;
    }
    for (const name of [...(URL_ATTRIBUTES[element.tagName] ?? []), ...(URL_ATTRIBUTES['*'] ?? [])]) {
      const value = attribute(element, name);
      if (value === null) continue;
      const label = `${element.tagName}[${name.toLowerCase()}]`;
      const raw = element.properties[name];
      let urls = [value];
      if (name === 'srcSet') urls = splitSrcset(Array.isArray(raw) ? raw.map(String) : value);
      else if (name === 'ping') urls = value.split(/\s+/).filter(Boolean);
      for (const url of urls) references.push({ source: label, url });
    }
  }
  return references;
}

/** Every fragment target a page defines: `id` attributes and the legacy `<a name>`. */
export function collectIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  for (const element of elements(tree)) {
    const id = attribute(element, 'id');
    if (id !== null) ids.add(id);
    if (element.tagName === 'a') {
      const name = attribute(element, 'name');
      if (name !== null) ids.add(name);
    }
  }
  return ids;
}

/** A URL as a browser would read its scheme: ASCII whitespace and control characters removed, lowercased. */
function normaliseScheme(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
}

/** True for a URL that runs script when followed or loaded (`javascript:`, `vbscript:`, HTML `data:`). */
export function isScriptUrl(url: string): boolean {
  const normal = normaliseScheme(url);
  return normal.startsWith('javascript:') || normal.startsWith('vbscript:') || normal.startsWith('data:text/html');
}

/** One line per `on*` event-handler attribute in a page: `img[onerror]`. */
export function findEventHandlers(tree: Root): string[] {
  const found: string[] = [];
  for (const element of elements(tree)) {
    for (const name of Object.keys(element.properties)) {
      if (/^on/i.test(name)) found.push(`<${element.tagName} ${name.toLowerCase()}="${attribute(element, name) ?? ''}">`);
    }
  }
  return found;
}

/** One line per URL in a page that would run script: `a[href]: javascript:alert(1)`. */
export function findScriptUrls(tree: Root): string[] {
  return collectReferences(tree)
    .filter((reference) => isScriptUrl(reference.url))
    .map((reference) => `${reference.source}: ${reference.url}`);
}

/** A `<script>` element of a page, described. */
export interface ScriptInfo {
  /** `application/ld+json`, `module`, or `classic` when no type is given. */
  type: string;
  /** The `src`, when the script is a file. */
  src: string | null;
  /** Inline text (empty for file scripts). */
  text: string;
}

/** Every `<script>` element of a page. */
export function findScripts(tree: Root): ScriptInfo[] {
  return elementsByTag(tree, 'script').map((element) => ({
    type: (attribute(element, 'type') ?? '').trim().toLowerCase() || 'classic',
    src: attribute(element, 'src'),
    text: textOf(element),
  }));
}

/** The JSON-LD blocks of a page, parsed; a block that is not valid JSON throws, naming it. */
export function parseJsonLd(tree: Root): unknown[] {
  return findScripts(tree)
    .filter((script) => script.type === 'application/ld+json')
    .map((script, index) => {
      try {
        return JSON.parse(script.text) as unknown;
      } catch (error) {
        throw new Error(`JSON-LD block ${index + 1} is not valid JSON (${(error as Error).message}): ${script.text.slice(0, 120)}`);
      }
    });
}

/** The `content` of the first `<meta>` with this `property` or `name`, or null. */
export function metaContent(tree: Root, key: string): string | null {
  const meta = elementsByTag(tree, 'meta').find((element) => (attribute(element, 'property') ?? attribute(element, 'name')) === key);
  return meta ? attribute(meta, 'content') : null;
}
