// Vote tallies: `the Senate voted 52-48`, `a 5-to-4 decision`, `a court that could end up 4-4`.
// A tally is a figure a fact-checker checks, but the quantity layer reads it as no quantity (a
// range written high to low, or a sports score), and rightly so there: only the words around it
// make it a count of votes. Each side becomes a count of its own, the side written first (news
// writes the winning side first) as the majority, the other as the minority, a tie's two sides
// alike; a score (`won 3-1`), a ratio (`outspent them 5-1`) or a poll (`leads 48-42`) has no vote
// word beside it and stays out.
import type { QuantityMention } from '../quantities/find-quantities.ts';

/** One side of a tally: a count of votes, and what it counts. */
export interface TallySide {
  mention: QuantityMention;
  /** `votes in the majority`, `votes in the minority`, or `votes on each side` for a tie. */
  subject: string;
}

/** The unit of every side of a tally. */
export const VOTE_UNIT = 'vote';

// Two numbers of at most three digits joined by a dash or `to`, high to low or equal; no percent,
// decimal or further number after them (`5-4-1`, `52-48%`).
const TALLY = /(?<![\d.,$£€-])(\d{1,3})(-to-|\s*[-–]\s*|\s+to\s+)(\d{1,3})(?!\d|[.,]\d|\s*(?:%|percent\b|per cent\b)|[-–]\d)/g;
// Words that make a tally a count of votes; `voters` is not one of them (`leads 48-42 among voters` is a poll).
const VOTE_WORDS = /\b(?:vot(?:e|es|ed|ing)|ballots?|decisions?|decided|rul(?:ed|ing|ings)|majority|split|divided|deadlock(?:ed)?|passed|approved|rejected|confirmed|upheld|overturned|justices|court)\b/i;
/** Punctuation that ends a clause. */
const CLAUSE_BREAK = /[,;:.!?()—–"“”]/;
/** How far before and after a tally its vote word may stand. */
const BEFORE = 60;
const AFTER = 30;

/** Finds the vote tallies of a sentence, each side as a count of votes. */
export function findVoteTallies(sentence: string): TallySide[] {
  const sides: TallySide[] = [];
  for (const match of sentence.matchAll(TALLY)) {
    const high = Number(match[1]);
    const low = Number(match[3]);
    if (low > high) continue; // a range (`5-10`), not a tally
    // The vote word stands in the tally's own clause (`asking where to vote, it was like 3 to 1` is no tally).
    const before = sentence.slice(Math.max(0, match.index - BEFORE), match.index).split(CLAUSE_BREAK).at(-1)!;
    // `fell from 5 to 4 seats`, `between 9 and 7`: a change or a range of one quantity.
    if (match[2]!.trim() === 'to' && /\b(?:from|between)\s+$/i.test(before)) continue;
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + AFTER).split(CLAUSE_BREAK)[0]!;
    if (!VOTE_WORDS.test(before) && !VOTE_WORDS.test(after)) continue;
    const secondAt = match.index + match[0].length - match[3]!.length;
    const tie = high === low;
    sides.push(
      { mention: side(sentence, match.index, match[1]!, high), subject: tie ? 'votes on each side' : 'votes in the majority' },
      { mention: side(sentence, secondAt, match[3]!, low), subject: tie ? 'votes on each side' : 'votes in the minority' },
    );
  }
  return sides;
}

function side(sentence: string, start: number, text: string, value: number): QuantityMention {
  return { start, end: start + text.length, text: sentence.slice(start, start + text.length), value, min: value, max: value, qualifier: 'exact', kind: 'count', unit: VOTE_UNIT, per: null, unitStart: null, unitEnd: null };
}
