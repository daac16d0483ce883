// Removes what a scraper picks up besides the article (date widgets, font-size controls, photo
// credits and captions, share buttons, a dangling outlet sign-off) while keeping what those
// lines tell us: the date, the outlet, the people named in captions.
import { pickPublicationDate, readDateLine } from './pick-publication-date.ts';
import { openingStraightQuotes } from '../text/find-quotes.ts';

/** What cleaning removed, kept for metadata detection. */
export interface Furniture {
  /** The removed lines, as they were. */
  lines: string[];
  /** Outlets named by photo credits (`© APA | …`) or a trailing sign-off (`News.Az`). */
  outlets: string[];
  /** The publication date the page's furniture shows (ISO 8601; see pickPublicationDate). */
  date: string | null;
}

/** The article text after cleaning. */
export interface CleanBlocks {
  /** Article paragraphs, glued sentences repaired, white space normalised. */
  paragraphs: string[];
  furniture: Furniture;
}

// Controls and widgets: font-size buttons (`+ ↺ − 16 px`), share/print rows, "read more" links.
const WIDGET = /(?:\b\d{1,2}\s?px\b|[↺⟲↻]|^\s*(?:share|tweet|print|e-?mail|comments?|read more|related|advertisement|subscribe|follow us\b.*|listen to (?:this )?article|font size)\s*:?\s*$)/i;
// Interface text a scraper copies with the page: buttons, menus, section links, notices. A line
// that is only this is never a headline, an outlet or article text.
const INTERFACE_PHRASES = [
  'all news', 'latest news', 'top news', 'breaking news', 'news feed', 'more news', 'other news', 'related news', 'related articles', 'related stories',
  'most read', 'most popular', 'popular', 'trending', 'editor\'s picks?', 'recommended', 'you may also like', 'read also', 'see also', 'also read',
  'see more', 'show more', 'load more', 'view more', 'more', 'read full (?:story|article)', 'continue reading', 'next article', 'previous article',
  'back to top', 'home', 'homepage', 'menu', 'search', 'main menu', 'sections', 'close', 'open', 'toggle navigation', 'skip to (?:main )?content',
  'post a comment', 'leave a comment', 'add a comment', 'write a comment', '\\d+ comments?', 'no comments', 'comments? \\(\\d+\\)',
  'link copied', 'copy link', 'copied', 'copy', 'share (?:this|on|via)\\b.*', 'share this (?:article|story|page)', 'click here.*', 'tap here.*',
  'sign in', 'sign up', 'log ?in', 'log ?out', 'register', 'subscribe now', 'newsletter', 'get the app', 'download (?:the|our) app',
  'cookies?(?: policy| settings)?', 'accept(?: all)?(?: cookies)?', 'privacy policy', 'terms of (?:use|service)', 'contact us', 'about us',
  'tags?', 'topics?', 'photo', 'video', 'gallery', 'print this (?:article|page)', 'report an error', 'loading', 'whatsapp', 'telegram', 'facebook', 'twitter', 'x',
];
const INTERFACE = new RegExp(`^[\\s|•·>»›-]*(?:${INTERFACE_PHRASES.join('|')})[\\s|•·>»›:!.…-]*$`, 'i');

/** True for a line that is only interface text (`See more`, `Post a Comment`, `Link copied`). */
export function isInterfaceText(block: string): boolean {
  return block.length <= 60 && INTERFACE.test(block);
}
const CREDIT = /^\s*(?:©|\(c\)|copyright\b|photos?\s*(?:credit)?\s*:|image\s*:|credit\s*:|pictured\s*:)/i;
const CREDITS_LINE = /^\s*(?:(?:additional\s+)?reporting|writing|editing|edited|compiled)\s+by\b.{0,120}$/i;
const BYLINE = /^\s*[Bb]y\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*$/;

/** Splits furniture from article text and repairs the paragraphs that remain. */
export function cleanBlocks(blocks: string[]): CleanBlocks {
  const furniture: Furniture = { lines: [], outlets: [], date: null };
  const captions = new Set<string>();
  for (const block of blocks) {
    const credit = parseCredit(block);
    if (credit?.caption) captions.add(normaliseForCompare(credit.caption));
  }

  const kept: string[] = [];
  for (const raw of blocks) {
    const block = normaliseSpace(raw);
    if (block === '') continue;
    const credit = parseCredit(block);
    const isFurniture =
      credit !== null ||
      WIDGET.test(block) ||
      isInterfaceText(block) ||
      BYLINE.test(block) ||
      CREDITS_LINE.test(block) ||
      readDateLine(block) !== null ||
      (captions.size > 0 && block.length < 200 && captions.has(normaliseForCompare(block)));
    if (isFurniture) {
      furniture.lines.push(block);
      if (credit?.outlet) furniture.outlets.push(credit.outlet);
      continue;
    }
    kept.push(block);
  }

  // A short last line with no sentence punctuation is the outlet signing off (`News.Az`).
  const last = kept.at(-1);
  if (last !== undefined && kept.length > 1 && isSignOff(last)) {
    kept.pop();
    furniture.lines.push(last);
    furniture.outlets.push(last);
  }
  furniture.date = pickPublicationDate(blocks.map(normaliseSpace));
  return { paragraphs: kept.map(repairGluedSentences), furniture };
}

/** `© APA | Azerbaijani President Ilham Aliyev` -> outlet `APA`, caption `Azerbaijani President Ilham Aliyev`. */
export function parseCredit(block: string): { outlet: string | null; caption: string | null } | null {
  if (!CREDIT.test(block)) return null;
  const body = block.replace(CREDIT, '').trim();
  const [left, ...rest] = body.split(/\s*[|/]\s*/);
  // `© 2023 Example News. All rights reserved.`: the year and the notice are not the outlet's name.
  const name = left?.replace(/^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+/, '').replace(/[.,]?\s*all rights reserved\.?$/i, '');
  const outlet = name && name.length <= 40 && /^[A-Z0-9]/.test(name) ? name.replace(/[.,;:]+$/, '') : null;
  const caption = rest.join(' | ').trim() || null;
  return { outlet, caption };
}

function isSignOff(block: string): boolean {
  return block.length <= 40 && block.split(/\s+/).length <= 3 && !/[.!?…"”»:]$/.test(block) && /^[A-Z0-9]/.test(block) && !/\d{3,}/.test(block);
}

function normaliseSpace(text: string): string {
  // Most text has none of these: test once, and only then rewrite.
  const spaced = UNUSUAL_SPACE.test(text) ? text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ').replace(/[\u200b\ufeff]/g, '') : text;
  return (spaced.includes('  ') || spaced.includes('\t') ? spaced.replace(/[ \t]+/g, ' ') : spaced).trim();
}
const UNUSUAL_SPACE = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

function normaliseForCompare(text: string): string {
  return normaliseSpace(text).toLowerCase().replace(/[.:;,]+$/, '');
}

// Words that start sentences: after one of these a missing space is always a sentence break.
const SENTENCE_STARTERS = new Set(
  'a an the he she it we they i you this that these those there here his her its our their my your in on at as if but and or so no yes to by for of from with after before when while since during today currently meanwhile however also mr ms mrs dr president prime minister'.split(' '),
);
// Short name endings that follow a dot inside brand and domain names (`News.Az`, `Trend.Az`).
const DOMAIN_ENDINGS = new Set('az ru com org net info io ge kz uz tr ua uk us de fr tv am by kg tj tm md lt lv ee pl cn jp in me co biz news'.split(' '));

/**
 * Inserts the missing space in sentences glued together by scraping (`emphasized.President`,
 * `Russia.The`, `cooperation."The`), leaving initials (`M.V.`, `U.S.`), decimals and names with a
 * dot (`News.Az`) alone.
 */
export function repairGluedSentences(text: string): string {
  const openers = text.includes('"') ? openingStraightQuotes(text) : new Set<number>();
  // The pattern starts at the stop itself (the word before is a look-behind), so the regex
  // engine only tries positions with a full stop, question or exclamation mark.
  return text.replace(
    /(?<=[\p{L}\d%)\]]{2})([.!?])(["”’»]?)(?=(["“«‘]?)(\p{Lu}\p{L}*))/gu,
    (whole: string, stop: string, closing: string, opening: string, nextWord: string, offset: number) => {
      const previousWord = wordBefore(text, offset);
      // Initialisms (`U.S`, `M.V`): the word before the dot already contains dots.
      if (previousWord.includes('.')) return whole;
      // A straight quote right after the stop may open the next sentence's quotation.
      if (closing === '"' && openers.has(offset + stop.length)) return `${stop} "`;
      const lower = nextWord.toLowerCase();
      const isBrand =
        closing === '' && opening === '' && DOMAIN_ENDINGS.has(lower) && !SENTENCE_STARTERS.has(lower) && /^\p{Lu}/u.test(previousWord);
      return isBrand ? whole : `${stop}${closing} `;
    },
  );
}

/** The run of letters, digits and dots that ends at `end`. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\d.]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}
