// A counted noun is read in lower case ("americans" -> `american`) so that figures of the same
// thing match; but the claim shows its unit to readers ("4 Americans"), and names, nationalities
// and acronyms keep the capitals the text gives them. Only a capital that says nothing is dropped:
// in a headline where every word is capitalised, the case of a word tells no name.

/** Share of capitalised words above which a sentence is written in headline case. */
const HEADLINE_SHARE = 0.6;

/**
 * The counted-noun unit of a claim in the text's own casing: `american` for "4 Americans" ->
 * `American`, `ceo` for "3 CEOs" -> `CEO`. `unitWords` are the words of the sentence that gave the
 * unit and `sentence` the sentence around them. Any other unit (a symbol, a currency code, a noun
 * the text writes in lower case, a word in a headline) is returned as it is.
 */
export function keepUnitCase(unit: string, unitWords: string, sentence: string): string {
  if (!/^[a-z][a-z'’-]*$/.test(unit) || unitWords === '' || isHeadlineCased(sentence)) return unit;
  // The word the unit was read from: its singular is the start of it (`Americans`, `CEOs`).
  const written = unitWords.split(/\s+/).reverse().find((word) => word.toLowerCase().startsWith(unit));
  // A word in capitals throughout is shouted, not named (an acronym's plural has its `s` in lower case).
  if (written === undefined || !/^\p{Lu}/u.test(written) || !/\p{Ll}/u.test(written)) return unit;
  const kept = written.slice(0, unit.length);
  // Three capitals would read as a currency code (`USD`) in a rate: not worth the doubt.
  return /^[A-Z]{3}$/.test(kept) ? unit : kept;
}

/** True when most words of the sentence start with a capital (`4 Americans Hurt In Crash`). */
function isHeadlineCased(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length > HEADLINE_SHARE;
}
