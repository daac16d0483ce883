// remark plugin: marks every claim's sentence in an article body, in place, as
// `<mark class="claim" id="<claim-id>">`, and links each claim's figure to its permalink page.
// Claims come from the entry's front-matter (`file.data.astro.frontmatter.claims`, which Astro's
// unified pipeline hands to every plugin). Two claims in one sentence share one mark: the first
// claim id is the mark's, each further one is a span wrapping the same words, so every
// `#<claim-id>` lands on (and `:target` highlights) the sentence.
import type { Emphasis, Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Options for remarkMarkClaims. */
export interface MarkClaimsOptions {
  /** Base path the site is served under (`/` or `/sub/`); claim links start with it. */
  base: string;
  /** Where to report claims whose sentence is not in the body (besides `file.message`); default: nowhere. */
  log?: (line: string) => void;
  /** Unused by the plugin: a hash of its source that makes Astro's content cache notice plugin changes. */
  pluginsDigest?: string;
}

/** The claim fields the plugin reads from the front-matter. */
interface ClaimRef {
  id: string;
  text: string;
  quantity: string | null;
}

/**
 * Key under which the plugin lists, on the entry's front-matter, the ids of claims whose
 * sentence it could not find; Astro hands it back as `rendered.metadata.frontmatter`.
 */
export const UNMARKED_KEY = 'unmarkedClaimIds';

/** Character that stands for an already-marked sentence, so no later match can run across it. */
const BARRIER = '\uFFFF';

/** Reads the claims from raw front-matter, ignoring anything malformed (the schema reports it). */
function readClaims(frontmatter: unknown): ClaimRef[] {
  const claims = (frontmatter as { claims?: unknown } | undefined)?.claims;
  if (!Array.isArray(claims)) return [];
  return claims.flatMap((claim: unknown) => {
    const { id, text, quantity } = (claim ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || typeof text !== 'string' || text.trim() === '') return [];
    return [{ id, text: unclip(text), quantity: typeof quantity === 'string' && quantity.trim() !== '' ? quantity : null }];
  });
}

/**
 * A long sentence is stored as the stretch around its figure with `…` where the ingest cut it
 * (src/ingest/extract/bound-claim-text.ts); the stretch without the marks is what the body holds.
 */
function unclip(text: string): string {
  return text.replace(/^…/, '').replace(/…$/, '');
}

/** True for the white space characters that `\s` matches (checked by code, not by a regex per character). */
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Collapses whitespace runs to one space, keeping a map from each kept character to its source index. */
function normalise(source: string): { text: string; map: Int32Array } {
  // One pass over character codes into a typed array; building arrays of one-character strings
  // made this the plugin's hottest function on large sites.
  const map = new Int32Array(source.length);
  const pieces: string[] = [];
  let length = 0;
  let runStart = -1; // start of the current run of non-space characters
  let pendingSpace = false; // a space is owed before the next kept character (never leading)
  for (let index = 0; index < source.length; index++) {
    if (isSpace(source.charCodeAt(index))) {
      if (runStart !== -1) {
        pieces.push(source.slice(runStart, index));
        runStart = -1;
      }
      if (length > 0 && !pendingSpace) {
        pendingSpace = true;
        map[length] = index; // the space stands at the first white space character of its run
      }
      continue;
    }
    if (pendingSpace) {
      pieces.push(' ');
      length++;
      pendingSpace = false;
    }
    if (runStart === -1) runStart = index;
    map[length++] = index;
  }
  if (runStart !== -1) pieces.push(source.slice(runStart));
  return { text: pieces.join(''), map: map.subarray(0, length) };
}

/** Groups claims by sentence, in order of first appearance. */
function groupBySentence(claims: ClaimRef[]): ClaimRef[][] {
  const groups = new Map<string, ClaimRef[]>();
  for (const claim of claims) {
    const key = normalise(claim.text).text;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return [...groups.values()];
}

/** True for nodes this plugin created, which no later sentence may match across. */
function isMark(node: PhrasingContent): boolean {
  return node.type === 'emphasis' && (node.data as { recountMark?: boolean } | undefined)?.recountMark === true;
}

/** The paragraph's text as one string, with where each child starts; non-text children are atomic. */
function flatten(paragraph: Paragraph): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  for (const child of paragraph.children) {
    starts.push(text.length);
    text += child.type === 'text' ? child.value : isMark(child) ? BARRIER : toString(child);
  }
  return { text, starts };
}

/**
 * Splits the paragraph's children so that [from, to) of its flattened text is exactly a run of
 * whole children, returning that run's child indices; null when a boundary falls inside a
 * non-text child (emphasis, a link), where the sentence cannot be marked cleanly.
 */
function isolate(paragraph: Paragraph, from: number, to: number): [number, number] | null {
  const cut = (offset: number): number | null => {
    const { starts } = flatten(paragraph);
    for (let index = 0; index < paragraph.children.length; index++) {
      const start = starts[index] ?? 0;
      const child = paragraph.children[index] as PhrasingContent;
      const length = child.type === 'text' ? child.value.length : isMark(child) ? 1 : toString(child).length;
      if (offset === start) return index;
      if (offset > start && offset < start + length) {
        if (child.type !== 'text') return null;
        const head: Text = { type: 'text', value: child.value.slice(0, offset - start) };
        const tail: Text = { type: 'text', value: child.value.slice(offset - start) };
        paragraph.children.splice(index, 1, head, tail);
        return index + 1;
      }
    }
    return offset >= flatten(paragraph).text.length ? paragraph.children.length : null;
  };
  const first = cut(from);
  if (first === null) return null;
  const end = cut(to);
  return end === null ? null : [first, end];
}

/** Finds a (normalised) sentence in a paragraph, whitespace-insensitively; returns source offsets or null. */
function findSentence(paragraph: Paragraph, sentence: string, cache: WeakMap<Paragraph, { text: string; map: Int32Array }>): [number, number] | null {
  // Every sentence is looked for in every paragraph: normalise each paragraph once, not per sentence.
  let normalised = cache.get(paragraph);
  if (!normalised) {
    normalised = normalise(flatten(paragraph).text);
    cache.set(paragraph, normalised);
  }
  const { text, map } = normalised;
  const needle = sentence;
  const at = text.indexOf(needle);
  if (at === -1 || needle === '') return null;
  const from = map[at];
  const last = map[at + needle.length - 1];
  return from === undefined || last === undefined ? null : [from, last + 1];
}

/** A link to a claim's permalink page around the given children. */
function claimLink(claimId: string, base: string, children: PhrasingContent[]): Link {
  return {
    type: 'link',
    url: `${base}claims/${encodeURIComponent(claimId)}/`,
    children,
    data: { hProperties: { className: ['claim-link'] } },
  };
}

/** A letter or digit: a figure must not be found inside a longer number or word (`324` in `1324`). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where a figure as written occurs in a text, white space insensitively and not inside a longer
 * number or word; [start, end) in the text, or null. Plain string search: a regular expression
 * built per claim (with Unicode classes) cost more to compile than the whole rest of the plugin.
 */
function findFigure(value: string, quantity: string, ignoreCase: boolean): [number, number] | null {
  const { text, map } = normalise(value);
  const needle = normalise(quantity).text;
  if (needle === '') return null;
  const haystack = ignoreCase ? text.toLowerCase() : text;
  const target = ignoreCase ? needle.toLowerCase() : needle;
  const guardHead = WORD_CHAR.test(needle[0]!);
  const guardTail = WORD_CHAR.test(needle[needle.length - 1]!);
  for (let at = haystack.indexOf(target); at !== -1; at = haystack.indexOf(target, at + 1)) {
    const end = at + target.length;
    if (guardHead && at > 0 && WORD_CHAR.test(text[at - 1]!)) continue;
    if (guardTail && end < text.length && WORD_CHAR.test(text[end]!)) continue;
    return [map[at]!, map[end - 1]! + 1];
  }
  return null;
}

/** Links each claim's figure inside the marked words; returns the claims whose figure was not found. */
function linkFigures(children: PhrasingContent[], claims: ClaimRef[], base: string): ClaimRef[] {
  const missing: ClaimRef[] = [];
  for (const claim of claims) {
    let linked = false;
    for (const ignoreCase of claim.quantity === null ? [] : [false, true]) {
      for (let index = 0; index < children.length && !linked; index++) {
        const child = children[index];
        if (child?.type !== 'text') continue;
        const found = findFigure(child.value, claim.quantity!, ignoreCase);
        if (!found) continue;
        const [start, end] = found;
        const pieces: PhrasingContent[] = [];
        if (start > 0) pieces.push({ type: 'text', value: child.value.slice(0, start) });
        pieces.push(claimLink(claim.id, base, [{ type: 'text', value: child.value.slice(start, end) }]));
        if (end < child.value.length) pieces.push({ type: 'text', value: child.value.slice(end) });
        children.splice(index, 1, ...pieces);
        linked = true;
      }
      if (linked) break;
    }
    if (!linked) missing.push(claim);
  }
  return missing;
}

/** A phrasing wrapper rendered as `tagName` with the given properties (an emphasis node renamed via hName). */
function wrapper(tagName: string, properties: Record<string, unknown>, children: PhrasingContent[]): Emphasis {
  return { type: 'emphasis', children, data: { hName: tagName, hProperties: properties, recountMark: true } as Emphasis['data'] };
}

/** True when any of the nodes is or holds a link (a link may not be wrapped in another). */
function containsLink(nodes: PhrasingContent[]): boolean {
  let found = false;
  for (const node of nodes) {
    visit(node, (child) => {
      if (child.type !== 'link' && child.type !== 'linkReference') return CONTINUE;
      found = true;
      return EXIT;
    });
  }
  return found;
}

/** Builds the mark for one sentence and the claims it carries. */
function buildMark(words: PhrasingContent[], claims: ClaimRef[], base: string): Emphasis {
  const [first, ...others] = claims as [ClaimRef, ...ClaimRef[]];
  const missing = linkFigures(words, claims, base);
  let content = words;
  if (missing.length === claims.length && claims.length === 1 && !containsLink(words)) {
    // The figure is not in the sentence as written: the whole sentence is the link.
    content = [claimLink(first.id, base, words)];
  } else {
    for (const claim of missing) {
      content.push({ type: 'text', value: ' ' }, claimLink(claim.id, base, [{ type: 'text', value: `[${claim.quantity ?? 'claim'}]` }]));
    }
  }
  for (const claim of others.reverse()) {
    content = [wrapper('span', { id: claim.id, className: ['claim-anchor'] }, content)];
  }
  return wrapper('mark', { id: first.id, className: ['claim'] }, content);
}

/** remark plugin: marks claim sentences and links their figures (see the file comment). */
export default function remarkMarkClaims(options: MarkClaimsOptions) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  return (tree: Root, file: VFile) => {
    const astro = (file.data as { astro?: { frontmatter?: unknown } }).astro;
    const claims = readClaims(astro?.frontmatter);
    if (claims.length === 0) return;
    const unmarked: string[] = [];
    const normalised = new WeakMap<Paragraph, { text: string; map: Int32Array }>();
    for (const group of groupBySentence(claims)) {
      const sentence = normalise((group[0] as ClaimRef).text).text;
      let marked = false;
      visit(tree, 'paragraph', (paragraph: Paragraph) => {
        if (marked) return false;
        const found = findSentence(paragraph, sentence, normalised);
        if (!found) return undefined;
        const run = isolate(paragraph, found[0], found[1]);
        if (!run) return undefined;
        const words = paragraph.children.slice(run[0], run[1]);
        paragraph.children.splice(run[0], run[1] - run[0], buildMark(words, group, base));
        normalised.delete(paragraph); // its text now has a barrier where the sentence was
        marked = true;
        return false;
      });
      if (!marked) {
        for (const claim of group) {
          unmarked.push(claim.id);
          const reason = `claim ${claim.id}: its sentence is not in the article body, so it is not marked`;
          file.message(reason, { ruleId: 'unmatched-claim', source: 'recount-mark-claims' });
          options.log?.(`${file.path ?? 'article'}: ${reason}`);
        }
      }
    }
    if (astro?.frontmatter && typeof astro.frontmatter === 'object') {
      (astro.frontmatter as Record<string, unknown>)[UNMARKED_KEY] = unmarked;
    }
  };
}
