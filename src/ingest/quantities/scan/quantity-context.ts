// Words around a number that decide what it is: a date, a code name, a reference ("the two
// countries"), a change ("rose from 5 to 7") or a rank. Word lists only, all lowercase.

/** Month names and abbreviations; a number next to one is a date. `may` counts only when capitalised. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Words before a four-digit number that make it a year even when a plural noun follows (`in 2023`,
 * `the 2020 elections`). Without one of these, a four-digit number is a year unless a plural noun
 * follows (`1500 students`).
 */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'before', 'after', 'during', 'through', 'throughout', 'the', 'mid', 'early',
  'late', 'end', 'start', 'fiscal', 'fy', 'year', 'vision', 'circa', 'spring', 'summer', 'autumn', 'fall',
  'winter',
]);

/** Words before a number that make it a label, not an amount (`Article 5`, `page 12`, `aged 15`). */
export const CODE_WORDS: ReadonlySet<string> = new Set([
  'article', 'articles', 'chapter', 'chapters', 'section', 'sections', 'page', 'pages', 'p', 'pp', 'paragraph',
  'paragraphs', 'para', 'clause', 'clauses', 'item', 'items', 'resolution', 'resolutions', 'decree', 'law',
  'order', 'protocol', 'amendment', 'rule', 'regulation', 'directive', 'act', 'bill', 'annex', 'appendix',
  'table', 'figure', 'fig', 'exhibit', 'part', 'volume', 'vol', 'issue', 'edition', 'episode', 'season',
  'flight', 'route', 'highway', 'platform', 'gate', 'room', 'building', 'block', 'apartment', 'apt', 'lot',
  'level', 'phase', 'stage', 'grade', 'round', 'step', 'tier', 'category', 'type', 'model', 'version', 'v',
  'verse', 'code', 'zone', 'sector', 'no', 'nos', 'tel', 'phone', 'fax', 'ext', 'call', 'dial', 'aged', 'ages',
  'age', 'number', 'numbers', 'id', 'ref', 'line', 'lines', 'km', 'exit', 'unit', 'units', 'group', 'squad',
  'point', 'points', 'formula', 'top',
  // stock indices and products named with a number, often written in lower case (`sp 500`)
  'sp', 'ftse', 'stoxx', 'nasdaq', 'russell', 'nikkei', 'dax', 'cac', 'kospi', 'sensex', 'nifty', 'asx', 'tsx',
  'fortune', 'iphone', 'galaxy', 'pixel', 'windows', 'boeing', 'airbus', 'interstate',
]);

/** Words before a small spelled-out number that make it a reference (`the two countries`, `its two`). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'these', 'those', 'this', 'that', 'our', 'its', 'their', 'his', 'her', 'my', 'your', 'whose', 'all',
  'both', 'each', 'every', 'first', 'last', 'next', 'past', 'previous', 'other', 'another', 'same', 'such',
  'any', 'which', 'what', 'whichever', 'remaining', 'latter', 'former', 'final', 'following', 'top',
]);

/** Function words: a count's noun never starts with one (`340 here`, `15,000 were`). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without',
  'into', 'onto', 'upon', 'over', 'under', 'above', 'below', 'about', 'around', 'across', 'after', 'before',
  'since', 'until', 'during', 'through', 'between', 'among', 'against', 'per', 'via', 'as', 'than', 'that',
  'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'there', 'here', 'where', 'when', 'while', 'is',
  'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'it', 'its', 'they', 'them', 'their', 'we', 'our',
  'you', 'your', 'he', 'him', 'his', 'she', 'her', 'i', 'me', 'my', 'not', 'no', 'so', 'such', 'also', 'only',
  'just', 'more', 'most', 'less', 'least', 'each', 'every', 'all', 'both', 'either', 'neither', 'some', 'any',
  'other', 'another', 'very', 'too', 'yet', 'still', 'already', 'even', 'ever', 'never', 'now', 'then', 'thus',
  'however', 'if', 'whether', 'because', 'although', 'though', 'out', 'up', 'down', 'off', 'again', 'further',
  'once', 'what', 'how', 'why', 'respectively', 'including', 'like', 'versus', 'vs', 'ago', 'earlier', 'later',
  'apiece', 'alone', 'together', 'altogether', 'last', 'next', 'according', 'compared', 'plus',
  'minus', 'times', 'behind', 'ahead', 'mark', 'level', 'threshold', 'milestone', 'barrier', 'figure', 'worth', 'total',
]);

/** Adjectives a count may put before its noun (`340 new schools`, `5,000 more troops`). */
export const COUNT_ADJECTIVES: ReadonlySet<string> = new Set([
  'more', 'new', 'additional', 'other', 'extra', 'further', 'different', 'separate', 'individual', 'fewer',
]);

/** Words before "from X to Y" that make it a change, two figures, not a range. */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'fell', 'fall', 'falls', 'falling', 'fallen', 'increased',
  'increase', 'increases', 'increasing', 'decreased', 'decrease', 'decreases', 'decreasing', 'grew', 'grow',
  'grows', 'growing', 'grown', 'growth', 'dropped', 'drop', 'drops', 'dropping', 'declined', 'decline',
  'declines', 'declining', 'jumped', 'jump', 'jumps', 'climbed', 'climb', 'surged', 'surge', 'soared',
  'plunged', 'plunge', 'slipped', 'slumped', 'shrank', 'shrunk', 'expanded', 'expand', 'reduced', 'reduce',
  'cut', 'raised', 'raise', 'lowered', 'doubled', 'tripled', 'went', 'gone', 'moved', 'changed', 'boosted',
  'up', 'down', 'upgraded', 'downgraded', 'revised', 'adjusted', 'sharply', 'steadily', 'slightly',
]);

/** Verbs that put a rank after them (`ranked third`, `came second`). */
export const RANK_VERBS: ReadonlySet<string> = new Set([
  'rank', 'ranks', 'ranked', 'ranking', 'placed', 'place', 'places', 'came', 'comes', 'finished', 'finishes',
  'stood', 'stands', 'rated', 'rates', 'occupies', 'occupied', 'took', 'takes',
]);

/** Verbs whose rank needs a place word after it (`took third place`, not `took the first step`). */
export const PLACE_RANK_VERBS: ReadonlySet<string> = new Set(['took', 'takes', 'occupies', 'occupied']);

/** Verbs after which bare digits are a rank too (`ranked 3 in the world`). */
export const RANK_DIGIT_VERBS: ReadonlySet<string> = new Set(['rank', 'ranks', 'ranked', 'ranking']);

/** Filler words allowed between a rank verb and the rank (`ranked in third place`, `ranks as the No. 1`). */
export const RANK_FILLERS: ReadonlySet<string> = new Set(['in', 'at', 'as', 'the', 'a']);

/** Superlatives that turn an ordinal into a rank (`third-largest`, `second biggest`). */
export const SUPERLATIVES: ReadonlySet<string> = new Set([
  'largest', 'biggest', 'highest', 'lowest', 'smallest', 'most', 'least', 'best', 'worst', 'richest', 'poorest',
  'fastest', 'busiest', 'strongest', 'longest', 'greatest', 'leading', 'wealthiest', 'heaviest', 'ranked',
  'top', 'deepest', 'tallest', 'cheapest', 'costliest', 'safest', 'weakest', 'slowest', 'populous',
]);

/** Nouns that turn an ordinal into a rank (`third place`). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(['place', 'position', 'spot', 'rank']);

/** Words before a fraction that make it a time reference (`the first half of the year`). */
export const FRACTION_BLOCKERS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'fourth', 'last', 'latter', 'former', 'next', 'other', 'previous', 'past', 'final',
  'opening', 'closing', 'a', 'and', 'the',
]);

/** Words after a number that make it a time of day (`3 pm`, `10 o'clock`). */
export const TIME_OF_DAY: ReadonlySet<string> = new Set([
  'am', 'pm', "o'clock", 'o’clock', 'gmt', 'utc', 'cet', 'msk', 'est', 'edt', 'pst', 'bst', 'hrs', 'local',
]);
