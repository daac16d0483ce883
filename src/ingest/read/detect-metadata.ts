// Headline, outlet and language, detected from the cleaned text when the source does not declare
// them. A missing headline is derived from the lede and marked as derived, never invented.
import { franc } from 'franc-min';

const MAX_TITLE_WORDS = 25;
const DERIVED_TITLE_CHARS = 130;

/** True when a block reads as a headline: short, one line, not ending like a sentence. */
export function isHeadline(block: string): boolean {
  const words = block.split(/\s+/).length;
  return words >= 2 && words <= MAX_TITLE_WORDS && block.length <= 200 && !/[.,;…]$/.test(block) && !/^["“«]/.test(block);
}

/**
 * A short, honest title from the lede: its first sentence without the trailing attribution
 * (`, News.Az reports`), cut at a word boundary. The caller marks it as derived.
 */
export function deriveTitle(firstSentence: string): string {
  let text = firstSentence
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

/** The outlet an article names for itself: `…, APA reports.`, `(Reuters) -`, `reports Trend.` */
export function findOutlet(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs.slice(0, 3)) {
    const match = REPORTS.exec(paragraph) ?? REPORTS_BY.exec(paragraph) ?? WIRE.exec(paragraph);
    if (match && !/^(?:He|She|It|They|We|The|This|Media)$/.test(match[1]!)) return match[1]!;
  }
  return null;
}

// The commonest English function words. In English news they make up a quarter or more of the
// words; in other languages, even ones written in Latin letters, a few per cent at most.
const ENGLISH_FUNCTION_WORDS = new Set('the of and to in a is that for on with as was by at it from he said has have are be this were which an not its their will has been'.split(' '));

/** ISO 639-3 language of the text (`eng`), or `und` when the text is too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 800);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return 'und';
  // Most articles are plainly English: count function words and skip the trigram model.
  const english = words.reduce((count, word) => count + (ENGLISH_FUNCTION_WORDS.has(word) ? 1 : 0), 0);
  if (english / words.length >= 0.15) return 'eng';
  // Otherwise ask franc; trigram scoring costs time in proportion to the text, so keep it short.
  const guess = franc(sample.slice(0, 700), { minLength: 40 });
  return guess === 'und' && english / words.length >= 0.08 ? 'eng' : guess;
}
