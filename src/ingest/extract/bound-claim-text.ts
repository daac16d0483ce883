// Bounds on what an entry stores per claim and per source. A claim stores its sentence and the
// sentences around it; one endless sentence of figures (a table pasted as a paragraph) made that
// claims × sentence length: a 25 KB paragraph gave a 31 MB entry, 200 KB crashed the ingest.
// So a long sentence is stored as the stretch around each figure (the article page still shows
// it whole, with the stretch marked), context is cut to a few hundred characters, and each
// source has a budget of stored claim bytes proportional to its own size.
import { findQuantities } from '../quantities/find-quantities.ts';
import type { Sentence } from '../text/split-sentences.ts';
import { jsonLength } from '../../util/json-length.ts';

/** How a clipped end is written, so readers see the sentence goes on (and `mark-claims` can trim it). */
export const CLIP_MARK = '…';

/** Limits on stored claim text, in one place so the checks, messages and tests agree. */
export const CLAIM_TEXT_LIMITS = {
  /** Longest sentence stored whole; longer ones are stored as the stretch around each figure. */
  maxText: 600,
  /** Longest context sentence (before or after) stored whole; longer ones keep the side nearest the claim. */
  maxContext: 300,
  /** Stored claims (serialised) may take this many bytes per character of article text… */
  bytesPerChar: 4,
  /** …but never less than this, so an ordinary short article with many figures keeps them all. */
  minBudget: 32 * 1024,
  /** And never more claims than this for one source: each is a page and a share card on the site. */
  maxClaims: 1_000,
} as const;

/** One stretch of a sentence, as the claim extractor works on it. */
export interface Stretch {
  /** The stretch, with its offsets in the paragraph (the whole sentence when it is short). */
  sentence: Sentence;
  /** The whole sentence's text: claim ids hash it, so they do not depend on where it was cut. */
  whole: string;
  /** The text claims of this stretch store: the stretch, with `…` at each end that was cut. */
  stored: string;
}

/**
 * Cuts a long sentence into consecutive stretches of at most `maxText` characters, only at white
 * space outside any figure. Short sentences come back whole. Claims are then extracted per
 * stretch, so the work per claim (and the text stored) is bounded by the stretch, not by the
 * sentence; stretches do not overlap, so claims of one stretch share one text and one mark on
 * the article page, and each stretch is found as it is in the article body.
 */
export function splitLongSentence(sentence: Sentence, maxText: number = CLAIM_TEXT_LIMITS.maxText): Stretch[] {
  const text = sentence.text;
  if (text.length <= maxText) return [{ sentence, whole: text, stored: text }];
  const inFigure = new Uint8Array(text.length);
  for (const { start, end } of findQuantities(text)) inFigure.fill(1, start, end);
  const cutAt = (index: number) => inFigure[index] === 0 && SPACE.test(text[index]!);
  const stretches: Stretch[] = [];
  let from = 0;
  while (from < text.length) {
    while (from < text.length && SPACE.test(text[from]!)) from++;
    if (from >= text.length) break;
    let to = Math.min(text.length, from + maxText);
    if (to < text.length) {
      // Back to the last white space outside a figure; failing that, forward to the next one.
      let back = to;
      while (back > from && !cutAt(back)) back--;
      if (back > from) to = back;
      else while (to < text.length && !cutAt(to)) to++;
    }
    let end = to;
    while (end > from && SPACE.test(text[end - 1]!)) end--;
    const part = text.slice(from, end);
    stretches.push({
      sentence: { text: part, start: sentence.start + from, end: sentence.start + end },
      whole: text,
      stored: `${from > 0 ? CLIP_MARK : ''}${part}${to < text.length ? CLIP_MARK : ''}`,
    });
    from = to;
  }
  return stretches;
}

/** White space, tested per character above: made once, as a literal would be a new RegExp each time. */
const SPACE = /\s/;

/**
 * A context sentence as stored: whole when short, else the part nearest the claim (the end of
 * the sentence before it, the start of the one after it), cut at a word, with `…` where cut.
 */
export function clipContext(sentence: string | null | undefined, side: 'before' | 'after', maxContext: number = CLAIM_TEXT_LIMITS.maxContext): string | null {
  if (sentence === null || sentence === undefined) return null;
  if (sentence.length <= maxContext) return sentence;
  if (side === 'after') {
    const head = sentence.slice(0, maxContext);
    const space = head.lastIndexOf(' ');
    return `${(space > maxContext / 2 ? head.slice(0, space) : head).trimEnd()}${CLIP_MARK}`;
  }
  const tail = sentence.slice(-maxContext);
  const space = tail.indexOf(' ');
  return `${CLIP_MARK}${(space !== -1 && space < maxContext / 2 ? tail.slice(space + 1) : tail).trimStart()}`;
}

/** The stored-claims budget of one source: spend per claim, ask whether it is spent. */
export interface ClaimBudget {
  /** True while another claim may be stored; false once spent (and the refusal is remembered for the warning). */
  admit(): boolean;
  /** True once spent: the caller may skip looking for figures (after noting, with `admit`, that some were left). */
  isFull(): boolean;
  /** Counts one stored claim against the budget. */
  spend(claim: unknown): void;
  /** The warning to give when claims were left out, or null when everything fitted. */
  warning(): string | null;
}

/** A budget for a source whose article text is `textLength` characters long. */
export function createClaimBudget(textLength: number, limits: typeof CLAIM_TEXT_LIMITS = CLAIM_TEXT_LIMITS): ClaimBudget {
  const bytes = Math.max(limits.minBudget, limits.bytesPerChar * textLength);
  let spent = 0;
  let claims = 0;
  let full = false;
  let refused = false;
  return {
    admit() {
      refused ||= full;
      return !full;
    },
    isFull: () => full,
    spend(claim) {
      spent += jsonLength(claim); // the length of its JSON, without writing it
      claims++;
      if (spent >= bytes || claims >= limits.maxClaims) full = true;
    },
    warning: () =>
      refused
        ? `kept the first ${claims} claims only: an article this size may store ${claims >= limits.maxClaims ? `at most ${limits.maxClaims} claims` : `about ${Math.round(bytes / 1024)} KB of claims`}; split a pasted table or list into its own articles`
        : null,
  };
}

/** Most warnings kept for one source; a pasted table can leave out thousands of figures. */
const MAX_WARNINGS = 20;

/** The warnings as stored: the first few, then one line counting the rest. */
export function boundWarnings(warnings: string[], max: number = MAX_WARNINGS): string[] {
  if (warnings.length <= max) return warnings;
  return [...warnings.slice(0, max - 1), `and ${warnings.length - max + 1} more warnings like these`];
}
