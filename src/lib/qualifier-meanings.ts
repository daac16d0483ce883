// What each qualifier and kind of figure means, in plain words, for the methodology page and
// the claim pages. Typed as complete records: a new qualifier or kind will not compile until
// it is explained here.
import type { Kind, Qualifier } from '../schemas/claim.ts';

/** Each qualifier: what the words say about the figure, and the interval recorded for it. */
export const QUALIFIER_MEANINGS: Record<Qualifier, string> = {
  exact: 'A plain figure (“324 schools”). Recorded as that number; the speaker may still have rounded.',
  about: 'An approximation (“about”, “around”, “approximately”, “nearly”). Recorded as the number given; the words set no exact bounds.',
  'more-than': 'A lower bound the figure exceeds (“more than”, “over”). Recorded as a minimum with no upper bound.',
  'at-least': 'A lower bound the figure reaches (“at least”, “… and more”). Recorded as a minimum with no upper bound.',
  'less-than': 'An upper bound the figure stays under (“less than”, “under”, “fewer than”). Recorded as a maximum with no lower bound.',
  'at-most': 'An upper bound the figure reaches (“at most”, “up to”). Recorded as a maximum with no lower bound.',
  range: 'Two figures (“between 10 and 20”, “10–20”). Recorded as both bounds; there is no single value.',
  vague: 'Words rather than a number (“tens of thousands”, “hundreds”). Recorded as the range those words allow, with no single value.',
};

/** Each kind of figure: what it covers. Only figures of the same kind are ever compared. */
export const KIND_MEANINGS: Record<Kind, string> = {
  count: 'How many of something: schools, students, people.',
  money: 'An amount of money, recorded in its currency (ISO 4217 code); never converted.',
  measure: 'A physical quantity with a unit: tonnes, kilometres, megawatts.',
  percent: 'A share or percentage, including words such as “half” or “two-thirds”.',
  rate: 'Anything per unit of time or per person: “15 million tonnes per year”.',
  rank: 'A position in an order: “third-largest”.',
};
