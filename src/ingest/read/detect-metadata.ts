// Headline, outlet and language, detected from the cleaned text when the source does not declare
// them. A missing headline is derived from the lede and marked as derived, never invented.
import { franc } from 'franc-min';

const MAX_TITLE_WORDS = 25;
const DERIVED_TITLE_CHARS = 130;

/** True when a block reads as a headline: short, one line, not ending like a sentence. */
function isHeadline(block: string): boolean {
  const words = block.split(/\s+/).length;
  return words >= 2 && words <= MAX_TITLE_WORDS && block.length <= 200 && !/[.,;…]$/.test(block) && !/^["“«]/.test(block);
}

/** A masthead line: the site's name alone (`Riverside Courier`, `News.Az`), up to three capitalised words. */
function isMasthead(block: string): boolean {
  const words = block.split(/\s+/);
  return words.length <= 3 && words.every((word) => /^[\p{Lu}\d]/u.test(word)) && !/[.!?:;,]$/.test(block);
}

/**
 * Where a scrape's headline is: the first block when it reads as one, or the second when the
 * first is the site's masthead over a longer headline. `masthead` is that site name, if any.
 */
export function findHeadline(paragraphs: readonly string[]): { index: number; masthead: string | null } | null {
  const [first, second] = paragraphs;
  if (paragraphs.length < 2 || first === undefined) return null;
  if (paragraphs.length > 2 && second !== undefined && isMasthead(first) && isHeadline(second) && second.split(/\s+/).length > first.split(/\s+/).length) {
    return { index: 1, masthead: KICKER.test(first) ? null : first };
  }
  return isHeadline(first) ? { index: 0, masthead: null } : null;
}
// A section label above a headline (`Analysis`, `Exclusive`): neither headline nor masthead.
const KICKER = /^(?:exclusive|analysis|opinion|breaking(?: news)?|update[ds]?|live|explainer|interview|editorial|feature|commentary|fact ?check|news|world|business|politics|economy|sport|sports)$/i;

// `LONDON (AP) — `, `BAKU, Sept 24 (Reuters) - `: a wire dateline opens the lede but is no part of a headline.
const LEDE_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[^()]{3,30}?)?\s*\([^()]{2,30}\)\s*[-–—]+\s*/u;

/**
 * A short, honest title from the lede: its first sentence without the trailing attribution
 * (`, News.Az reports`), cut at a word boundary. The caller marks it as derived.
 */
export function deriveTitle(firstSentence: string): string {
  let text = firstSentence
    .replace(LEDE_DATELINE, '')
    .replace(/,\s*(?:\p{Lu}[\p{L}.&-]*\s*){1,4}(?:reports?|said|says|writes|informs)\.?$/u, '')
    .replace(/[.!?]+$/, '');
  // "…, Prime Minister X said on Wednesday": the attribution is not part of a headline.
  const attribution = /,\s+[^,]*\b(?:said|says|stated|noted|told|announced|added|stressed|emphasi[sz]ed)\b[^,]*$/.exec(text);
  if (attribution && text.slice(0, attribution.index).split(/\s+/).length >= 5) text = text.slice(0, attribution.index);
  text = text
    .replace(/^["“«]|["”»]$/g, '')
    .trim();
  if (text.length <= DERIVED_TITLE_CHARS) return text;
  const cut = text.slice(0, DERIVED_TITLE_CHARS + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

const REPORTS = /(?:^|[,(–—-]\s*)((?:\p{Lu}[\p{L}\d.&'’-]*)(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3})\s+(?:reports|reported|informs)\b/u;
const REPORTS_BY = /\b(?:reports|according to)\s+((?:\p{Lu}[\p{L}\d.&'’-]*)(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,2})\s*\.?$/u;
// `BAKU, Sept 24 (Reuters) -`
const WIRE = /^[^()]{0,40}\(([\p{Lu}][\p{L}.&-]+)\)\s*[-–—]/u;

// `told Reuters`, `told the AP`: a wire agency's own copy names itself this way. Other outlets'
// interviews (`told CNN`, `told The New York Times`) are mostly cited by a third outlet, so only
// agencies count (on PolNeAR's articles any `told X` named the publisher one time in three).
const TOLD = /\btold\s+(?:[Tt]he\s+)?(Reuters|Associated Press|AP|AFP|Agence France-Presse|UPI|Bloomberg News|Bloomberg|Interfax|Xinhua|TASS|Anadolu(?: Agency)?|Yonhap|Kyodo|dpa|APA|AZERTAC|Trend|\p{Lu}[\p{L}\d&-]*\.(?:Az|az|Ru|ru|Ge|ge))(?=[\s,.;:]|$)/u;
const NOT_OUTLETS = /^(?:He|She|It|They|We|The|This|Media|Parliament|Congress|Senate|Cabinet|Council|Court|Assembly|Lawmakers|Reporters|Journalists|US|USA|UK|EU|UN|UAE|NATO|IMF|WHO|OPEC)$/;

/** The outlet an article names for itself: `…, APA reports.`, `(Reuters) -`, `reports Trend.`, `told Reuters`. */
export function findOutlet(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs.slice(0, 3)) {
    const match = REPORTS.exec(paragraph) ?? REPORTS_BY.exec(paragraph) ?? WIRE.exec(paragraph);
    if (match && !NOT_OUTLETS.test(match[1]!)) return match[1]!;
  }
  for (const paragraph of paragraphs.slice(0, 3)) {
    const match = TOLD.exec(paragraph);
    if (match && !NOT_OUTLETS.test(match[1]!)) return match[1]!;
  }
  return null;
}

// The commonest English function words. In English news they make up a quarter or more of the
// words; in other languages, even ones written in Latin letters, a few per cent at most.
const ENGLISH_FUNCTION_WORDS = new Set('the of and to in a is that for on with as was by at it from he said has have are be this were which an not its their will has been'.split(' '));

/** How much of a text detectLanguage reads: its start. */
export const LANGUAGE_SAMPLE_LENGTH = 800;

/** ISO 639-3 language of the text (`eng`), or `und` when the text is too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE_LENGTH);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return 'und';
  // Most articles are plainly English: count function words and skip the trigram model.
  const english = words.reduce((count, word) => count + (ENGLISH_FUNCTION_WORDS.has(word) ? 1 : 0), 0);
  if (english / words.length >= 0.15) return 'eng';
  // Otherwise ask franc; trigram scoring costs time in proportion to the text, so keep it short.
  const guess = franc(sample.slice(0, 700), { minLength: 40 });
  return guess === 'und' && english / words.length >= 0.08 ? 'eng' : guess;
}
