// Whether a figure is what happened or what is expected. News states forecasts, plans and
// targets in the same sentences as outcomes ("trade is expected to reach $5 billion", "the
// government plans to build 40 schools", "10 GW of wind by 2030"); a comparison must never read
// such a figure as a change from the actual one. The cue has to govern the figure: it stands in
// the figure's own clause, before it (or right after it, "$5 billion is expected"), and a past
// outcome ("exceeded the forecast of 3%") is not a forecast.
import type { Modality, Period } from '../../schemas/claim.ts';
import { listMatches } from '../../util/list-matches.ts';

/** Clause boundaries: a cue on the other side of one speaks about something else. */
const BOUNDARY = /[;:()“”"«»]|,\s*(?:but|while|whereas|and|which|although|though)\s|\.\s|\s(?:but|while|whereas|although)\s/gi;

/** Verbs that put a figure on what is counted: "to reach", "will rise to", "would cost". */
const QUANTITY_VERBS =
  '(?:reach|rise|grow|increase|exceed|hit|top|total|climb|fall|drop|decline|decrease|amount|cost|double|triple|surpass|remain|stay|stand|average|jump|soar|slow|shrink|contract|expand|be (?:about|around|at|over|under|above|below|some|roughly|nearly|almost|more|less|up|down|\\$|\\d))';

// `hint` holds a word every `before` match contains: tested first, it spares most figures the
// long patterns (they ran on every claim's clause and cost more than the claim's id).
const CUES: ReadonlyArray<{ modality: Exclude<Modality, 'actual'>; hint: RegExp; before: RegExp; after?: RegExp }> = [
  {
    modality: 'target',
    hint: /target|goal|ambition|aim|seek|sought|pledg|promis|vow|committed|agreed/i,
    // "aims to raise trade to", "a target of", "pledged to cut … by": the cue sets the figure itself;
    // "pledged to ban all Muslims — 1.6 billion people" does not.
    before: new RegExp(
      `\\b(?:target(?:s|ed|ing)?(?: (?:of|at|is|was))?|goal (?:of|is|was)|ambition (?:of|to)|(?:aims?|aimed|aiming|seeks?|sought|pledged?|pledging|promised?|promising|vows?|vowed|committed|agreed) to (?:${QUANTITY_VERBS}|raise|cut|bring|boost|reduce|lift|increase|double|triple|halve|create|build|hire|plant|train)(?: [\\p{L}-]+){0,4} (?:to|by|at|of)?)\\s*$`,
      'iu',
    ),
  },
  {
    modality: 'plan',
    hint: /plan|intend|will|is to|budgeted|earmarked|propos|would/i,
    before: /\b(?:plans? to|planned|planning to|intends? to|intended|will (?:build|allocate|invest|spend|open|hire|create|construct|provide|send|deploy|add|buy|purchase)|is to (?:build|allocate|invest|spend|open)|budgeted|earmarked for next|proposed|proposes? to|would (?:cost|spend|provide|create))\b/i,
  },
  {
    modality: 'forecast',
    hint: /expect|project|forecast|predict|estimat|likely|set|poised|on track|due|outlook|could|may|might|will|would|should|possibility|potential|capacity/i,
    // The cue must govern the figure: "expected to reach", "will grow by", "forecasts growth of";
    // "expected to cruise past the 1,237 delegates needed" names a fixed threshold, not a forecast.
    before: new RegExp(
      `\\b(?:(?:expected|projected|forecast|predicted|estimated|likely|set|poised|on track|due) to ${QUANTITY_VERBS}|expects? (?:[\\p{L}-]+ ){0,3}(?:to \\p{L}+|of|at)|(?:is|are|was|were) expected to \\p{L}+|forecasts?|forecasted|projections?|projected (?:at|to)|predicts?|predicted|outlook|(?:could|may|might|will|would|should) (?:(?:likely|probably|eventually) )?${QUANTITY_VERBS}|possibility of|potential(?:ly)?|capacity to)\\b`,
      'iu',
    ),
    after: /^\s*(?:[\p{L}-]+\s+){0,3}?(?:is|are) (?:expected|projected|forecast|predicted|likely|set)\b/iu,
  },
];

/** Past outcomes measured against an expectation: not themselves forecasts. */
const PAST_AGAINST = /\b(?:exceed(?:ed|s)?|beat|beats|missed|surpass(?:ed|es)?|above|below|than)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:forecast|expectations?|target|projections?|estimates?)\b/iu;

/** The text of the figure's own clause before it, and a little after it. */
function clauseAround(sentence: string, start: number, end: number): { before: string; after: string } {
  let from = 0;
  for (const match of listMatches(BOUNDARY, sentence.slice(0, start))) from = match.index + match[0].length;
  const rest = sentence.slice(end);
  BOUNDARY.lastIndex = 0;
  const stop = rest.search(BOUNDARY);
  return { before: sentence.slice(from, start), after: stop < 0 ? rest : rest.slice(0, stop) };
}

/**
 * The modality of the figure at [start, end) of `sentence` (see the header). A period after the
 * article's year read from `by 2030` is a target, from other words (`next year`) a forecast.
 */
export function findModality(sentence: string, start: number, end: number, period: Pick<Period, 'when' | 'basis' | 'phrase'>, articleDate: string | null): Modality {
  const { before, after } = clauseAround(sentence, start, end);
  const window = before.slice(-120);
  // "the 1,237 delegates needed", "the 30,000 emails": a figure already known, whatever is expected of it.
  const known = /\bthe\s+(?:[\p{L}-]+\s+)?$/iu.test(window);
  if (!known && !PAST_AGAINST.test(`${window} ${after}`)) {
    for (const cue of CUES) {
      if ((cue.hint.test(window) && cue.before.test(window)) || (cue.after?.test(after) ?? false)) return cue.modality;
    }
  }
  const articleYear = articleDate === null ? null : Number(articleDate.slice(0, 4));
  if (period.basis === 'text' && period.when !== null && articleYear !== null && Number(period.when.slice(0, 4)) > articleYear) {
    return /^by\b/i.test(period.phrase ?? '') ? 'target' : 'forecast';
  }
  return 'actual';
}
