// Which way a clause points in time, for a time phrase that names no year ("in June"): "will vote
// in June" looks ahead, "raised $5 million in June" looks back, "the convention in June" says
// nothing. A time phrase attaches to the verb beside it ("said in June that he will …" is about a
// past June), so the nearest verb in its clause decides, and else the sentence's main verb.
// Participles that are adjectives ("a contested convention") or passives after `be` ("will be
// held") are no past signal.
import { listMatches } from '../../util/list-matches.ts';

/** Where a clause points: to the future, to the past, or nowhere in particular. */
export type Tense = 'future' | 'past' | null;

/** Clause boundaries: a verb on the other side of one belongs to another clause. */
const BOUNDARY = /[;:()“”"«»—–]|\s-\s|,\s*(?:but|while|whereas|which|who|although|though|when|as)\s|\s(?:but|while|whereas|although|after|before|because|since|until)\s/gi;

/** Words that look ahead: a future auxiliary, a schedule, a plan, an expectation. */
const FUTURE =
  /\b(?:will|won['’]t|shall|(?:is|are|am)\s+(?:set|due|going|about|slated|scheduled|expected|poised)|next(?!\s+to\b)|upcoming|(?:the|this|in the)\s+coming|forthcoming|scheduled|slated|(?<!\b(?:than|as)\s)expected|expects?|plans?\s+to|planned|planning|hopes?\s+to|aims?\s+to)\b|['’]ll\b/gi;

/** Words that look back: past auxiliaries, irregular past forms and participles, time words. */
const PAST =
  /\b(?:was|were|did|had|said|told|ago|earlier|previously|rose|fell|grew|won|lost|took|taken|made|gave|given|came|went|began|begun|spent|paid|sold|saw|seen|met|led|ran|held|left|sent|brought|bought|thought|found|shot|struck|wrote|written|spoke|spoken|broke|broken|chose|chosen|drove|flew|knew|known|became|got|kept|stood|sat|heard|felt|shown|hit\s+(?:a|an|the|\$|\d))\b/gi;

/** Present-tense verbs: a clause in the present says nothing about which way a month lies. */
const PRESENT = /\b(?:is|are|am|has|have|does|says|shows|finds|suggests|leads|trails|needs|wants|remains|stands|holds|lists)\b/gi;

/** A regular past form (`raised`, `announced`); whether it is a verb is judged by the word before it. */
const ED_WORD = /\b[a-z]{3,}ed\b/gi;

/** Words before a past form that make it an adjective or a passive (`will be held`), not a past verb. */
const NOT_PAST_BEFORE = /(?:\b(?:a|an|the|its|his|her|their|our|your|this|that|these|those|be|being|been|is|are|am|will|to|newly|well|so-called|most|more|less|very)\s+|-)$/i;

/** Words ending in `-ed` that are no past verb. */
const NOT_VERBS = new Set(['need', 'feed', 'seed', 'speed', 'breed', 'bleed', 'greed', 'deed', 'embed', 'shed', 'bed', 'red', 'hundred', 'united', 'limited', 'indeed', 'proceed', 'exceed', 'succeed', 'creed', 'weed', 'steed', 'sled', 'expected', 'scheduled', 'slated', 'planned']);

/** How many words away a verb may stand and still govern a time phrase. */
const NEAR_WORDS = 6;

/** A tense signal in the sentence. */
interface Signal {
  start: number;
  end: number;
  tense: Tense | 'present';
}

/**
 * Finds which way the clause around [from, to) of the sentence points. The nearest verb within a
 * few words in the phrase's own clause decides; failing that, the sentence's first verb (its main
 * clause, usually) does. A verb in the present, or none, gives null.
 */
export function findTense(sentence: string, from: number, to: number): Tense {
  const signals = findSignals(sentence).filter((signal) => signal.end <= from || signal.start >= to);
  const [clauseStart, clauseEnd] = clauseAround(sentence, from, to);
  let nearest: Signal | null = null;
  let nearestWords = Infinity;
  for (const signal of signals) {
    if (signal.start < clauseStart || signal.end > clauseEnd) continue;
    const between = signal.end <= from ? sentence.slice(signal.end, from) : sentence.slice(to, signal.start);
    const words = between.split(/\s+/).filter(Boolean).length;
    if (words <= NEAR_WORDS && words < nearestWords) [nearest, nearestWords] = [signal, words];
  }
  const deciding = nearest ?? signals[0] ?? null;
  return deciding === null || deciding.tense === 'present' ? null : deciding.tense;
}

/** Every tense signal of the sentence, in reading order. */
function findSignals(sentence: string): Signal[] {
  const signals: Signal[] = [];
  const add = (match: RegExpExecArray | RegExpMatchArray, tense: Signal['tense']) => signals.push({ start: match.index!, end: match.index! + match[0].length, tense });
  for (const match of listMatches(FUTURE, sentence)) add(match, 'future');
  for (const match of listMatches(PRESENT, sentence)) add(match, 'present');
  for (const match of listMatches(PAST, sentence)) if (!NOT_PAST_BEFORE.test(sentence.slice(0, match.index))) add(match, 'past');
  for (const match of listMatches(ED_WORD, sentence)) {
    if (NOT_VERBS.has(match[0].toLowerCase()) || NOT_PAST_BEFORE.test(sentence.slice(0, match.index))) continue;
    add(match, 'past');
  }
  // A future phrase (`is expected`) holds a present verb: the longer signal stands for both.
  const kept = signals.filter((signal) => !signals.some((other) => other !== signal && other.start <= signal.start && other.end >= signal.end && other.end - other.start > signal.end - signal.start));
  return kept.sort((a, b) => a.start - b.start);
}

/** The clause of the sentence that holds [from, to): from the boundary before it to the one after. */
function clauseAround(sentence: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = sentence.length;
  for (const match of listMatches(BOUNDARY, sentence)) {
    const boundaryEnd = match.index + match[0].length;
    if (boundaryEnd <= from) start = boundaryEnd;
    else if (match.index >= to) {
      end = match.index;
      break;
    }
  }
  return [start, end];
}
