// The metadata a page declares for machines: JSON-LD (schema.org NewsArticle and kin), Open Graph
// and other meta tags, <time> elements. Readability reads the common ones; this reads them all,
// as the fallback for pages that use the rarer names (`dc.date`, `itemprop="datePublished"`,
// a JSON-LD `@graph` whose article type Readability does not know).

/** Metadata found in a page's markup; each field undefined when the page does not state it. */
export interface HtmlMetadata {
  title?: string;
  date?: string;
  outlet?: string;
  author?: string;
  url?: string;
}

// Meta names and properties, most specific first.
const DATE_METAS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued',
  'publish-date', 'publish_date', 'pubdate', 'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime',
];
const OUTLET_METAS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'dcterms.publisher', 'twitter:site'];
const TITLE_METAS = ['og:title', 'twitter:title', 'dc.title', 'parsely-title'];
// schema.org types whose fields describe the article itself.
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|WebPage|LiveBlogPosting)$/;

/** The elements a page's metadata is read from, found in one walk of the page. */
export interface MetadataElements {
  /** `script[type="application/ld+json"]`, in document order. */
  jsonLd: Element[];
  /** Every <meta>, in document order. */
  metas: Element[];
  /** The first `link[rel~="canonical"]`. */
  canonical: Element | null;
  /** The first `[itemprop~="datePublished"][datetime], [itemprop~="datePublished"][content], time[datetime]`. */
  dated: Element | null;
  /** The first <h1>. */
  h1: Element | null;
}

/**
 * Finds what the metadata readers look at in one walk, in document order and outside <template>
 * content, as the CSS selectors in MetadataElements would (`type` and `rel` compared without case,
 * as HTML's selectors do). One walk instead of a selector compiled and matched over the whole
 * page for each: on a large page each such query is a walk of every node.
 */
export function findMetadataElements(document: Document): MetadataElements {
  const found: MetadataElements = { jsonLd: [], metas: [], canonical: null, dated: null, h1: null };
  let element: Element | null = document.firstElementChild;
  while (element !== null) {
    const name = element.localName.toLowerCase();
    if (name === 'meta') found.metas.push(element);
    else if (name === 'script') {
      if (element.getAttribute('type')?.toLowerCase() === 'application/ld+json') found.jsonLd.push(element);
    } else if (name === 'link') {
      if (found.canonical === null && hasWord(element.getAttribute('rel')?.toLowerCase(), 'canonical')) found.canonical = element;
    } else if (name === 'h1') found.h1 ??= element;
    if (found.dated === null) {
      const dated = hasWord(element.getAttribute('itemprop'), 'datePublished')
        ? element.hasAttribute('datetime') || element.hasAttribute('content')
        : name === 'time' && element.hasAttribute('datetime');
      if (dated) found.dated = element;
    }
    // Down to the first child, else along to the next sibling of the nearest ancestor that has one.
    let next: Element | null = name === 'template' ? null : element.firstElementChild;
    for (let up: Element | null = element; next === null && up !== null; up = up.parentElement) next = up.nextElementSibling;
    element = next;
  }
  return found;
}

/** Whether a space-separated list holds a word (CSS `~=`). */
function hasWord(list: string | null | undefined, word: string): boolean {
  return list !== null && list !== undefined && list.includes(word) && list.split(/\s+/).includes(word);
}

/**
 * Reads JSON-LD, meta tags, the canonical link and the first <time> of a parsed page (`ld`: the
 * page's JSON-LD fields, and `found`: its metadata elements, when the caller has them already).
 */
export function readHtmlMetadata(
  document: Document,
  ld: Omit<HtmlMetadata, 'url'> = readJsonLd(document),
  found: MetadataElements = findMetadataElements(document),
): HtmlMetadata {
  const metas = new Map<string, string>();
  for (const meta of found.metas) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const key of [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop')]) {
      for (const name of key?.toLowerCase().split(/\s+/) ?? []) if (name && !metas.has(name)) metas.set(name, content);
    }
  }
  const first = (names: string[]) => names.map((name) => metas.get(name)).find((value) => value !== undefined);
  const time = found.dated;
  const canonical = found.canonical?.getAttribute('href') ?? metas.get('og:url');

  const metadata: HtmlMetadata = {};
  const title = ld.title ?? first(TITLE_METAS) ?? found.h1?.textContent ?? document.title;
  const date = ld.date ?? first(DATE_METAS) ?? time?.getAttribute('datetime') ?? time?.getAttribute('content') ?? undefined;
  const outlet = ld.outlet ?? first(OUTLET_METAS)?.replace(/^@(?=\w)/, '');
  const author = ld.author ?? first(['author', 'article:author', 'dc.creator', 'parsely-author']);
  for (const [key, value] of [['title', title], ['date', date], ['outlet', outlet], ['author', author]] as const) {
    const text = value?.replace(/\s+/g, ' ').trim();
    if (text) metadata[key] = text;
  }
  if (canonical && /^https?:\/\/[^\s]+$/.test(canonical.trim())) metadata.url = canonical.trim();
  return metadata;
}

/** The article fields of the page's JSON-LD: the first node of an article type, `@graph` included. */
export function readJsonLd(document: Document, found: MetadataElements = findMetadataElements(document)): Omit<HtmlMetadata, 'url'> {
  for (const script of found.jsonLd) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // Broken JSON-LD is common; the meta tags still speak.
    }
    for (const node of nodesOf(data)) {
      const types = ([] as unknown[]).concat(node['@type']).filter((type): type is string => typeof type === 'string');
      if (!types.some((type) => ARTICLE_TYPE.test(type))) continue;
      const fields = {
        title: titleOf(node, types, document.title),
        date: text(node['datePublished']) ?? text(node['dateCreated']),
        outlet: nameOf(node['publisher']) ?? nameOf(node['sourceOrganization']),
        author: nameOf(node['author']),
      };
      if (fields.date || fields.title) return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    }
  }
  return {};
}

/**
 * The article's headline. Some sites put a description in `headline` and the headline in `name`
 * (Wikipedia); the one closer to the page's <title> wins. A WebPage's `name` alone is often the
 * <title>, site name and all, so it is not used.
 */
function titleOf(node: Record<string, unknown>, types: string[], pageTitle: string): string | undefined {
  const headline = text(node['headline']);
  const name = types.some((type) => type.endsWith('Article')) ? text(node['name']) : undefined;
  if (headline === undefined || name === undefined || name === headline) return headline ?? name;
  const words = new Set(pageTitle.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const overlap = (candidate: string) => {
    const own = candidate.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return own.filter((word) => words.has(word)).length / Math.max(1, own.length);
  };
  // The publisher's name in `name` is the site, not a headline (Readability's rule: 0.75 of the words).
  if (name === nameOf(node['publisher'])) return headline;
  return overlap(name) >= 0.75 && overlap(headline) < 0.75 ? name : headline;
}

/** Every object in a JSON-LD document: top-level arrays and `@graph` lists flattened. */
function nodesOf(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(nodesOf);
  if (data === null || typeof data !== 'object') return [];
  const node = data as Record<string, unknown>;
  return Array.isArray(node['@graph']) ? [node, ...node['@graph'].flatMap(nodesOf)] : [node];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** `"Reuters"`, `{ "name": "Reuters" }` or the first of a list. */
function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value !== null && typeof value === 'object') return text((value as Record<string, unknown>)['name']);
  return text(value);
}
