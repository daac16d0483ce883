// The people an article names, found from the shape of the text rather than from a list of
// titles: a run of capitalised name words (`Michael P. McDonald`, `Siobhan O'Neill`,
// `Jan van der Berg`, `Ahmed al-Sayed`, `Douglas Holtz-Eakin`) with at least a given name and a
// surname, that is not an organisation or a place. The titles the text gives them are kept as
// roles, so that later references ("the head of state", "the senator", "Mr. Trump") can be
// resolved to a full name; a person is never given a title or a gender by guess.

import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../../vocabulary/first-names.ts';
import { PLACE_NAMES } from '../../vocabulary/places.ts';
import { guardPattern } from '../../util/guard-pattern.ts';
import { listMatches } from '../../util/list-matches.ts';

/** A person named in an article. */
export interface Person {
  /** Full name as first written with a given name (`Ilham Aliyev`). */
  name: string;
  /** Role classes from the titles the text gives them (`head-of-state`, `minister`...). */
  roles: Set<string>;
  /** Nationality adjectives the text attaches to them (`azerbaijani`). */
  nationalities: Set<string>;
  /** From an honorific the text uses (`Mr.`, `Mrs.`, `Ms.`); null when the text never says. */
  gender: 'm' | 'f' | null;
}

/** Title words and the role class each gives. */
const TITLES: [string, string][] = [
  ['vice president', 'vice-president'], ['vice-president', 'vice-president'], ['president', 'head-of-state'],
  ['prime minister', 'head-of-government'], ['premier', 'head-of-government'], ['chancellor', 'head-of-government'],
  ['king', 'head-of-state'], ['queen', 'head-of-state'], ['emir', 'head-of-state'], ['sultan', 'head-of-state'],
  ['foreign minister', 'minister'], ['defence minister', 'minister'], ['defense minister', 'minister'],
  ['finance minister', 'minister'], ['economy minister', 'minister'], ['minister', 'minister'],
  ['secretary-general', 'secretary-general'], ['secretary general', 'secretary-general'], ['secretary', 'secretary'],
  ['governor', 'governor'], ['mayor', 'mayor'], ['senator', 'senator'], ['ambassador', 'ambassador'],
  ['spokesperson', 'spokesperson'], ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'],
  ['chairman', 'chair'], ['chairwoman', 'chair'], ['chair', 'chair'], ['ceo', 'chief-executive'],
  ['chief executive', 'chief-executive'], ['director', 'director'],
  ['expert', 'expert'], ['analyst', 'analyst'], ['economist', 'economist'], ['professor', 'professor'],
  ['commissioner', 'commissioner'], ['counterpart', 'counterpart'], ['official', 'official'], ['general', 'general'], ['speaker', 'speaker'],
  ['congressman', 'representative'], ['congresswoman', 'representative'], ['representative', 'representative'],
  ['manager', 'manager'], ['candidate', 'candidate'], ['nominee', 'candidate'], ['adviser', 'adviser'], ['advisor', 'adviser'],
  ['councilman', 'council-member'], ['councilwoman', 'council-member'], ['alderman', 'council-member'], ['strategist', 'strategist'], ['pollster', 'pollster'], ['diplomat', 'diplomat'], ['judge', 'judge'], ['justice', 'judge'],
];
const TITLE_ROLE = new Map(TITLES);
// Titles match capitalised (`President`) or not (`counterpart`), word by word, longest first.
// Grouped by first letter (`[Ss](?:ecretary[- ][Gg]eneral|…)|[Ff](?:…)`), keeping that order within
// each group: a position whose letter opens no title fails at once instead of against each of them,
// and the same title is found, as titles of other first letters can never match there.
const TITLE_PATTERN = [...Map.groupBy([...TITLE_ROLE.keys()].sort((a, b) => b.length - a.length), (title) => title[0]!)]
  .map(([first, titles]) => `[${first.toUpperCase()}${first}](?:${titles.map((title) => title.split(/[- ]/).map((word, index) => (index === 0 ? word.slice(1) : `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)).join('[- ]')).join('|')})`)
  .join('|');
/** Abbreviated titles and honorifics before a name, with the role or gender they state. */
const HONORIFICS: Record<string, { role?: string; gender?: 'm' | 'f' }> = {
  mr: { gender: 'm' }, mrs: { gender: 'f' }, ms: { gender: 'f' }, miss: { gender: 'f' }, dr: {}, prof: { role: 'professor' },
  sen: { role: 'senator' }, rep: { role: 'representative' }, gov: { role: 'governor' }, pres: { role: 'head-of-state' },
  gen: { role: 'general' }, lt: {}, col: {}, sgt: {}, capt: {}, adm: {}, rev: {}, atty: {}, amb: { role: 'ambassador' },
};

/** Descriptions that refer to a role class without a name ("the head of state"). */
const DESCRIPTION_ROLES: [RegExp, string[]][] = [
  [/^head of (?:the )?state$/, ['head-of-state']],
  [/^head of (?:the )?government$/, ['head-of-government']],
  [/^(?:country's |nation's )?leader$/, ['head-of-state', 'head-of-government']],
  [/^(?:congressman|congresswoman|lawmaker|legislator)$/, ['representative', 'senator']],
  ...TITLES.map(([title, role]): [RegExp, string[]] => [new RegExp(`^${title.replace(/[- ]/g, '[- ]')}$`), [role]]),
];

/**
 * A capitalised name word: `Aliyev`, `McDonald`, `DeSantis`, `O'Neill`, `Holtz-Eakin`,
 * `al-Sayed`, `Kassym-Jomart`.
 */
const NAME_WORD =
  "(?:(?:al|el|ad|ar|as|at|an|bin|ibn|abu|abd|ben)-)?\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?)*";
/** Lower-case particles inside names (`van der Berg`, `de Gaulle`, `bin Salman`). */
const PARTICLE = '(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|bin|ibn|al|el|ben|ter|ten)';
const INITIAL = '\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)?';
const HONORIFIC = `(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Pres|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Atty|Amb)\\.|Miss|Mr|Mrs|Ms|Dr)`;
/** A name as written, honorific and initials included: `Mr. Holtz-Eakin`, `Donald J. Trump`, `Jan van der Berg`. */
export const NAME_RUN = `(?:${HONORIFIC}\\s+)?(?:${INITIAL}\\s+)?${NAME_WORD}(?:\\s+(?:${INITIAL}\\s+)?(?:${PARTICLE}\\s+){0,2}${NAME_WORD}){0,5}(?:,?\\s+(?:Jr|Sr)\\.|\\s+I{2,3}\\b)?`;
/** A name with a place or office before its honorific (`Florida Gov. Rick Scott`), for short texts around a cue. */
export const TITLED_NAME_RUN = `(?:(?:${NAME_WORD}\\s+){0,2}${HONORIFIC}\\s+)?${NAME_RUN}`;
const LABEL = guardPattern(new RegExp(`^["“]?(${NAME_RUN}):\\s`, 'u'), /:\s/);
// A hyphen joins a name to the word before it (`Holtz-Eakin`), but one that opens a line is a list's bullet (`-Jane Roe explains …`).
// Sticky: listNameRuns tries it only where a name can start.
const NAME_SCAN = new RegExp(`(?<![\\p{L}\\d'’.]|[\\p{L}\\d'’.]-)${NAME_RUN}(?![\\p{L}\\d])`, 'uy');

/**
 * Every match of a sticky name pattern in `text`, exactly as a global scan with it finds them. The
 * pattern must open like NAME_SCAN: a look-behind for no letter, digit, `'`, `’` or `.` before, then
 * a name, which starts with a capital or a particle's `a`, `b`, `e` or `i` (`al-`, `bin-`, `el-`,
 * `ibn-`). A global scan tests the look-behind's Unicode classes at every position of the text (a
 * call out of the compiled pattern for each character of most paragraphs); this tries the pattern
 * only where an ASCII test cannot rule a start out.
 */
export function listNameRuns(sticky: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let at = 0; at < text.length; ) {
    if (!mayStartName(text, at)) {
      at++;
      continue;
    }
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match) found.push(match);
    at = match ? sticky.lastIndex : at + 1;
  }
  sticky.lastIndex = 0;
  return found;
}

/** The first match of a sticky name pattern in `text`, as `exec` without the sticky flag finds it (see listNameRuns). */
export function findNameRun(sticky: RegExp, text: string): RegExpExecArray | null {
  let match: RegExpExecArray | null = null;
  for (let at = 0; at < text.length && match === null; at++) {
    if (!mayStartName(text, at)) continue;
    sticky.lastIndex = at;
    match = sticky.exec(text);
  }
  sticky.lastIndex = 0;
  return match;
}

/** A sticky name pattern as a pattern of its own, found by findNameRun. */
export function nameRunPattern(sticky: RegExp): { exec(text: string): RegExpExecArray | null } {
  return { exec: (text) => findNameRun(sticky, text) };
}

/**
 * Whether a name may start at `at`: false only when ASCII characters there, or before it, rule it out.
 * A name opens with a capital and then a lower-case letter, `.` (`J.`) or an apostrophe (`O'Neill`),
 * or with a particle and its hyphen (`al-`, `bin-`).
 */
function mayStartName(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // A global scan under the `u` flag never starts inside a surrogate pair.
  if (code >= 0xdc00 && code <= 0xdfff && at > 0 && isLeadSurrogate(text.charCodeAt(at - 1))) return false;
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) {
      const next = text.charCodeAt(at + 1);
      if (next < 0x80 && !(next >= 0x61 && next <= 0x7a) && next !== 0x2e && next !== 0x27) return false;
    } else if (code === 0x61 || code === 0x62 || code === 0x65 || code === 0x69) {
      if (text.charCodeAt(at + 2) !== 0x2d && text.charCodeAt(at + 3) !== 0x2d) return false;
    } else return false;
  }
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  // A letter, digit, `'` or `.` before: the look-behind fails.
  return !(before < 0x80 && ((before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a) || (before >= 0x30 && before <= 0x39) || before === 0x27 || before === 0x2e));
}

function isLeadSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Last words that make a capitalised run an organisation, a place or an event, never a person. */
const NOT_PERSON_HEADS = new Set(
  ('Party Committee Department Ministry Agency Administration Commission Council Association Institute Foundation University College School ' +
    'Center Centre Inc Corp Corporation Company Co Group Bank Fund Trust Times Post News Journal Network Press Service Services Office Board ' +
    'Court Senate House Congress Assembly Parliament Campaign Club Union Church Coalition Alliance Project Society Caucus Federation Organization ' +
    'Organisation Reserve Street Avenue Square Park County City State States Island Islands Valley River Beach Hall Airport Station Hotel Tower ' +
    'Review Magazine Tribune Herald Gazette Daily Weekly Radio Television Channel Media Studios Records Books Report Reports Poll Polls Survey ' +
    'Act Law Plan Care Security Day Night Week Month Year Summit Forum Conference Convention Debate Primary Caucuses Games Cup War Order ' +
    'Army Navy Force Forces Guard Police Fire Bureau Authority Council Commission Exchange Market Industries Holdings Partners Capital Airlines ' +
    'Republicans Democrats Americans Conservatives Liberals Mountains Sea Ocean Gulf Coast Bay Lake Mount Province Region Republic Kingdom Empire ' +
    'Watch Politics Research Studies Promotions Pac PAC Examiner Sentinel Institution Census Road Belt Policy Affairs Analytics Strategies ' +
    'Consulting Communications Associates Labs Initiative Action Pollster Monitor Observer Standard Chronicle Courier Register Inquirer ' +
    'Insider Beacon Heights Springs Falls Harbor Port Village Town Township District Mall Center Plaza Resort Club Doral Tour Rally Directorate ' +
    'Chamber Economics Amendment Fathers Scout Scouts')
    .split(' '),
);
/** First words that make a run a place or a calendar term (`New Hampshire`, `South Carolina`, `Super Tuesday`). */
const NOT_PERSON_FIRSTS = new Set(
  ('New North South East West Northern Southern Eastern Western Central Los Las San Santa Puerto Fort Port Saint Lake Mount United Great Upper Lower ' +
    'Super Election Labor Memorial Independence Christmas Easter Thanksgiving January February March April May June July August September ' +
    'October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Capitol Wall Supreme Federal National International ' +
    'American British Democratic Republican Islamic Middle Planned Social Medicare Medicaid Affordable Black White Latino Hispanic Asian Native')
    .split(' '),
);
/** Capitalised words that open sentences or stand before names but are never part of one. */
const NOT_NAME_WORDS = new Set(
  ('The A An This That These Those He She It We They I You His Her Its Our Their My Your In On At As And But Or Of For With From By To ' +
    'If When While After Before Since Because Although Though So Yet Then Now Today Yesterday Tomorrow Currently Naturally Therefore ' +
    'Undoubtedly However Meanwhile Also Still Even Just Only Both Either Neither Each Every All Some Many Most Several Such Former Then ' +
    'One Two Three Young Old Presumptive Speaking Outside Pro Public Real Gov Gen Lt Col Sgt Capt Adm Rev Atty Amb Pres Mr Mrs Ms Dr ' +
    'Under Over Asked Says Said Told Like Unlike Despite During Among About Against Without Within Through Instead Last Next Here There ' +
    // Days that follow a name in a leading phrase (`Roe Sunday said`), and sentence adverbs.
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Whether Significantly ' +
    'Moreover Furthermore Additionally Nonetheless Nevertheless Indeed Likewise Similarly Ultimately Finally Besides Otherwise Thus Hence ' +
    'Accordingly Consequently Specifically Notably Separately Earlier Later Overall Initially Previously Recently ' +
    'Seconds Minutes Hours Days Weeks Months Years Decades Moments ' +
    'What Who Whom Whose Which Where Why How Mister Madam Sir Dear Democrat Republican Presidential Vice Deputy Acting Chief Senior Junior ' +
    'Lieutenant Sergeant Captain Colonel Admiral Reverend Father Sister Brother Rabbi Imam Pope Prince Princess Sheikh Lord Lady Dame ' +
    'President Prime Minister Premier Chancellor Professor Governor Mayor Ambassador Senator Sen Representative Rep Congressman Congresswoman ' +
    'Commissioner Director Chairman Chairwoman Chair Secretary General Speaker Leader Judge Justice Attorney Candidate Nominee Spokesman ' +
    'Spokeswoman Spokesperson Councilman Councilwoman Alderman Foreign Finance Defence Defense Energy Education Health Economy Fisheries Executive King Queen Emir Sultan ' +
    // Offices between a title and its holder (`Secretary of Transportation Jane Roe`, `Supervisor of Elections Jane Roe`).
    'Elections Agriculture Transportation Transport Commerce Treasury Interior Labour Housing Veterans Trade Tourism Culture Environment ' +
    'Homeland Immigration Intelligence Infrastructure Industry Revenue Welfare ' +
    // Directions to the reader ("See Roe's timeline below", "Read Roe's full letter") open a sentence before a name.
    'See Read Click Listen Follow Subscribe Visit')
    .split(' '),
);

const TITLE_SCAN = new RegExp(`\\b(?:${TITLE_PATTERN})\\b`, 'g');
const NAME_AFTER = new RegExp(`\\s+(${NAME_RUN})`, 'uy');
const OFFICE_AFTER = new RegExp(`\\s+(?:to|of|for)\\s+(?:the\\s+)?(${NAME_RUN})`, 'uy');
/** What OFFICE_AFTER needs first: the preposition (the name pattern is large, and most titles have none after them). */
const OFFICE_HINT = /\s+(?:to|of|for)\s/y;
const NATIONALITY_BEFORE = /(?:\b(\p{Lu}\p{Ll}+(?:an|ani|ese|ish|ian|i|ic|ch))\s+)?(?:[\p{Ll}-]+\s+)?$/u;
const APPOSITIVE_BEFORE = guardPattern(new RegExp(`(${NAME_RUN}),\\s+(?:the|a|an|his|her)\\s+(?:(\\p{Lu}\\p{Ll}+)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$`, 'u'), /,\s+(?:the|a|an|his|her)\s/);
const ROLE_FIRST_BEFORE = /\b[Tt]he\s+(?:(\p{Lu}\p{Ll}+)\s+)?(?:[\p{Ll}-]+\s+)?$/u;
const ROLE_FIRST_AFTER = new RegExp(`[^,.;]{0,40},\\s+(${NAME_RUN}),`, 'uy');
/** What ROLE_FIRST_AFTER needs first: a comma soon, then the start of a name (a capital, or a particle such as `al-`). */
const ROLE_FIRST_HINT = /[^,.;]{0,40},\s+(?:\p{Lu}|(?:al|el|ad|ar|as|at|an|bin|ibn|abu|abd|ben)-)/uy;
/** Places come after these; a run right after one is not taken as a person by its shape alone. */
const PLACE_PREPOSITION = /\b(?:in|at|near|across|throughout|into|outside|inside)\s+$/;

/** A name split into its honorific, its name words and what the honorific says. */
interface ParsedName {
  /** The name without honorifics or titles: `Donald J. Trump`, `Trump`. */
  name: string;
  /** Role from an abbreviated title (`Sen.`), if any. */
  role?: string;
  gender: 'm' | 'f' | null;
  /** The honorific or title word stood before the name (`Mr. Trump`, `Senator Cruz`). */
  titled: boolean;
}

// Patterns of the per-name and per-word tests below, made once: a regex literal in a function is a
// new RegExp object each time it is evaluated.
/** `Jr.`, `Sr.` or `II` ending a name. */
const SUFFIX = /,?\s+(?:Jr\.|Sr\.|I{2,3})$/;
const TRAILING_COMMAS = /[,]+$/;
const SPACES = /\s+/;
const FINAL_PERIOD = /\.$/;
const CAPITAL_FIRST = /^\p{Lu}/u;
const PARTICLE_PREFIX = /^(?:al|el|ad|bin|ibn|abu|abd|ben)-/;
const POSSESSIVE_S = /[’']s$/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Honorifics that are titles without their period (`Mr Roe`). */
const PLAIN_HONORIFIC = /^(?:mr|mrs|ms|dr|miss)$/;
/** What joins a letter to a word before it (`'`, `’`, `-`), or a letter. */
const WORD_JOINER = /[\p{L}'’-]/u;
const LETTER = /\p{L}/u;

/** Splits a written name into honorific and name; null when nothing of it is a name. */
export function parseName(written: string, isCommon?: (word: string) => boolean): ParsedName | null {
  // Articles repeat the same names many times; each article's common-word test keys its own cache.
  let cache = isCommon ? parsedFor.get(isCommon) : parsedPlain;
  if (!cache) parsedFor.set(isCommon!, (cache = new Map()));
  if (cache.has(written)) return cache.get(written)!;
  if (cache === parsedPlain && parsedPlain.size > 10_000) parsedPlain.clear();
  const parsed = parseNameUncached(written, isCommon);
  cache.set(written, parsed);
  return parsed;
}
const parsedFor = new WeakMap<(word: string) => boolean, Map<string, ParsedName | null>>();
const parsedPlain = new Map<string, ParsedName | null>();

function parseNameUncached(written: string, isCommon?: (word: string) => boolean): ParsedName | null {
  let words = written.trim().replace(SUFFIX, '').replace(TRAILING_COMMAS, '').split(SPACES);
  let gender: 'm' | 'f' | null = null;
  let role: string | undefined;
  let titled = false;
  // A title inside the run ends everything before it: `National Security Adviser Susan Rice`,
  // `Campaign Chairman Paul Manafort`, `U.S. Sen. Jeff Sessions`.
  for (let i = words.length - 2; i >= 0; i--) {
    if (!isTitleWord(words[i]!)) continue;
    for (const word of words.slice(0, i + 1)) {
      const key = word.replace(FINAL_PERIOD, '').toLowerCase();
      role = TITLE_ROLE.get(key) ?? HONORIFICS[key]?.role ?? role;
      gender = HONORIFICS[key]?.gender ?? gender;
    }
    words = words.slice(i + 1);
    titled = true;
    break;
  }
  // Then words that open a sentence or are the article's common words (`But`, `Campaign`),
  // as long as a full name remains.
  while (words.length > 1 && (NOT_NAME_WORDS.has(words[0]!) || NOT_PERSON_HEADS.has(words[0]!) || (words.length > 2 && isCommon?.(words[0]!)))) words.shift();
  while (words.length > 1 && NOT_NAME_WORDS.has(words.at(-1)!) && !isSurnameTitle(words)) words.pop();
  // A description before a name (`Missouri Republican Roy Blunt`, `Fox News Sean Hannity`): the name opens at its
  // given name, when whole capitalised words stand before it and a surname follows it.
  if (words.length >= 3 && !isGivenName(words[0]!)) {
    const at = words.findIndex((word, i) => i > 0 && i < words.length - 1 && isGivenName(word));
    if (at > 0 && words.slice(0, at).every((word) => CAPITALISED_WORD.test(word))) words = words.slice(at);
  }
  if (words.length === 1 && NOT_NAME_WORDS.has(words[0]!)) return null;
  if (words.length === 0 || (!CAPITAL_FIRST.test(words[0]!) && !PARTICLE_PREFIX.test(words[0]!))) return null;
  return { name: words.join(' ').replace(POSSESSIVE_S, ''), role, gender, titled };
}

// Titles and other words that are also surnames: after a given name they end the name (`Amy Pope`, `Neil Young`).
const SURNAME_TITLES = new Set(['Pope', 'King', 'Prince', 'Judge', 'Lord', 'Speaker', 'Chancellor', 'Sultan', 'Rabbi', 'Father', 'Brother', 'Sister', 'Dame', 'Lady', 'Queen', 'Young']);

/** Whether the run ends in a title that is here a surname: one given name, not itself a title or sentence word, before it. */
function isSurnameTitle(words: string[]): boolean {
  return words.length === 2 && SURNAME_TITLES.has(words[1]!) && !NOT_NAME_WORDS.has(words[0]!) && !NOT_PERSON_HEADS.has(words[0]!) && CAPITALISED_WORD.test(words[0]!);
}

/** A title or honorific word (`Senator`, `Sen.`, `Mr.`, `Adviser`). */
export function isTitleWord(word: string): boolean {
  const key = word.replace(FINAL_PERIOD, '').toLowerCase();
  if (Object.hasOwn(HONORIFICS, key)) return word.endsWith('.') || PLAIN_HONORIFIC.test(key);
  return TITLE_ROLE.has(key) || TITLE_EXTRA.has(key);
}
/** Capitalised words that stand in titles before names, beyond those that give a role class. */
const TITLE_EXTRA = new Set(
  ('aide whip counsel officer founder host moderator co-moderator anchor reporter editor columnist correspondent fellow leader executive lieutenant sergeant captain colonel admiral reverend father sister rabbi imam pope prince princess sheikh lord lady dame attorney ' +
    // Local offices (`County Supervisor Jane Roe`, `State Treasurer John Doe`).
    'supervisor clerk treasurer comptroller auditor sheriff prosecutor superintendent registrar assessor coroner').split(' '),
);

/** Whether a name (without honorific) is an organisation, a place or an event by its own words. */
export function isOrganisationName(name: string): boolean {
  // Asked again for every mention of the same few names: each name is judged once.
  let judged = organisationJudged.get(name);
  if (judged === undefined) {
    if (organisationJudged.size >= 10_000) organisationJudged.clear();
    organisationJudged.set(name, (judged = judgeOrganisationName(name)));
  }
  return judged;
}
const organisationJudged = new Map<string, boolean>();

function judgeOrganisationName(name: string): boolean {
  const words = name.split(/\s+/);
  // `Steven Law`, `Kristen Day`: a given name before a head word that is also a surname.
  const surnameHead = words.length === 2 && SURNAME_HEADS.has(words[1]!) && isGivenName(words[0]!);
  return (NOT_PERSON_HEADS.has(words.at(-1)!) && !surnameHead) || NOT_PERSON_FIRSTS.has(words[0]!) || words.some((word) => /^(?:of|and|for|the|&)$/.test(word)) || PLACE_NAMES.has(name);
}

/** Head words of places and bodies that are also common surnames. */
const SURNAME_HEADS = new Set(['Law', 'Day', 'Hall', 'Park', 'Church', 'Beach', 'Post', 'Press', 'Bank', 'Banks', 'Lake', 'Street', 'Rice', 'Wood', 'Woods']);

/** Whether a run of two or more words opens with a given name the tables know (`Hillary Roe`, not `Santa Clara`). */
export function opensWithGivenName(run: string): boolean {
  const space = run.indexOf(' ');
  return space > 0 && isGivenName(run.slice(0, space));
}

/** Whether a word is a given name the name tables know (`Steven`, `Kristen`). */
function isGivenName(word: string): boolean {
  const key = word.toLowerCase();
  return MALE_FIRST_NAMES.has(key) || FEMALE_FIRST_NAMES.has(key);
}

/**
 * Finds the people named in the given texts (headline, captions, paragraphs): every name with
 * a given name and a surname, and every name a title or honorific introduces (`Mr. Trump`).
 */
export function findPeople(texts: string[]): Person[] {
  const people: Person[] = [];
  const isCommon = commonWordTest(texts);
  for (const text of texts) {
    // Titles first: they tie a role (and a nationality) to the name next to them.
    for (const hit of listMatches(TITLE_SCAN, text)) {
      const title = hit[0].toLowerCase().replace(/[\s-]+/g, ' ');
      const role = TITLE_ROLE.get(title) ?? TITLE_ROLE.get(title.replace(' ', '-'));
      const end = hit.index + hit[0].length;
      const before = text.slice(Math.max(0, hit.index - 100), hit.index);
      NAME_AFTER.lastIndex = end;
      let named = NAME_AFTER.exec(text);
      // `Ambassador to France John Doe`, `Minister of Economy Jane Roe`: the name is the run's last two words.
      if (!named) {
        const office = execAt(OFFICE_AFTER, OFFICE_HINT, text, end);
        const words = office?.[1]!.split(/\s+/) ?? [];
        if (words.length >= 3) named = Object.assign([office![0], words.slice(-2).join(' ')], { index: office!.index, input: text }) as RegExpExecArray;
      }
      if (named) addWrittenName(people, named[1]!, role, NATIONALITY_BEFORE.exec(before.slice(-40))?.[1], true, isCommon);
      const appositive = APPOSITIVE_BEFORE.exec(before);
      if (appositive) addWrittenName(people, appositive[1]!, role, appositive[2], true, isCommon);
      const roleFirst = ROLE_FIRST_BEFORE.exec(before.slice(-40));
      if (roleFirst) {
        const name = execAt(ROLE_FIRST_AFTER, ROLE_FIRST_HINT, text, end);
        if (name) addWrittenName(people, name[1]!, role, roleFirst[1], true, isCommon);
      }
    }
    // Then every name by its shape, except in headlines and captions written in title case,
    // where every word looks like a name.
    if (isTitleCase(text)) {
      // …but a headline may open with its speaker's name (`Jane Roe: ‘We Will Win’`).
      const label = LABEL.exec(text);
      if (label) addWrittenName(people, label[1]!, undefined, undefined, false, isCommon);
      continue;
    }
    for (const hit of listNameRuns(NAME_SCAN, text)) {
      // `in Hillary Roe’s emails`: a given name the tables know opens a person's name, not a place's.
      if (PLACE_PREPOSITION.test(text.slice(Math.max(0, hit.index - 12), hit.index)) && !opensWithGivenName(hit[0])) continue;
      addWrittenName(people, hit[0], undefined, undefined, false, isCommon);
    }
    // A person the article names by one name only (`a CIA officer known only as Bob`).
    for (const hit of listMatches(ONE_NAME, text)) {
      if (!NOT_NAME_WORDS.has(hit[1]!) && PERSON_NOUN_BEFORE.test(text.slice(Math.max(0, hit.index - 40), hit.index))) addPerson(people, hit[1]!);
    }
  }
  return people;
}

/** A sticky pattern's match at `at`, tried only when its sticky `hint` (what every match of it starts with) matches there. */
function execAt(pattern: RegExp, hint: RegExp, text: string, at: number): RegExpExecArray | null {
  hint.lastIndex = at;
  if (!hint.test(text)) return null;
  pattern.lastIndex = at;
  return pattern.exec(text);
}

const PERSON_NOUN_BEFORE = /\b(?:man|woman|chief|officer|agent|operative|contractor|source|official|member|soldier|worker|employee|guard|boy|girl|resident|victim|witness|director|leader|commander|spokes(?:man|woman|person)|person|father|mother|son|daughter|husband|wife|analyst|veteran|student|teacher|doctor|nurse|pilot|driver)\b[^.;]{0,20}$/i;
const ONE_NAME = /\b(?:known|identified|referred to)(?: only)? as (\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/gu;

/** Adds a name as written when it is a person's: a full name, or a surname an honorific introduces. */
function addWrittenName(
  people: Person[],
  written: string,
  role: string | undefined,
  nationality: string | undefined,
  titled: boolean,
  isCommon: (word: string) => boolean,
): void {
  const parsed = parseName(written, isCommon);
  if (!parsed || isOrganisationName(parsed.name)) return;
  const full = parsed.name.includes(' ');
  // `France John Doe` after `Ambassador to`: the person is already known by the name's end.
  if (!titled && parsed.name.split(' ').length >= 3 && people.some((person) => parsed.name.endsWith(` ${person.name}`) && person.name.includes(' '))) return;
  // A run cut short after a given name (`… Minister Jane` | `Roe`) is no new person.
  if (!full && people.some((person) => person.name.startsWith(`${parsed.name} `))) return;
  if (!full && !(parsed.titled || titled)) {
    // A bare surname adds nothing but what it tells about someone already known.
    const known = findByName(people, parsed.name);
    if (known && role) known.roles.add(role);
    return;
  }
  const person = addPerson(people, parsed.name, role ?? parsed.role, nationality);
  if (person && parsed.gender) person.gender ??= parsed.gender;
}

/**
 * The article's own test for a capitalised word that is not a name: the article also writes it
 * in lower case (`President` beside `the president`, `Campaign` beside `the campaign`).
 */
export function commonWordTest(texts: string[]): (word: string) => boolean {
  return commonWordTestOf(texts.join('\n'));
}

/** commonWordTest of texts already joined with line breaks. */
export function commonWordTestOf(joined: string): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let common = known.get(word);
    if (common === undefined) {
      // Looked up on demand: only the few words that open a name are ever asked about.
      const lower = word.toLowerCase();
      common = false;
      for (let at = joined.indexOf(lower); at >= 0 && !common; at = joined.indexOf(lower, at + 1)) {
        common = !WORD_JOINER.test(joined[at - 1] ?? ' ') && !LETTER.test(joined[at + lower.length] ?? ' ');
      }
      known.set(word, common);
    }
    return common;
  };
}

/** A headline or caption written in title case. */
function isTitleCase(text: string): boolean {
  if (text.length > 200) return false;
  // Title case: no word of four letters or more starts in lower case.
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 2 && words.every((word) => CAPITAL_FIRST.test(word));
}

/** Registers a person (or merges what is learned about one already known by name or surname). */
export function addPerson(people: Person[], name: string, role?: string, nationality?: string): Person | null {
  if (name === '' || NOT_NAME_WORDS.has(name.split(' ')[0]!)) return null;
  let person = findByName(people, name);
  if (!person) {
    person = { name, roles: new Set(), nationalities: new Set(), gender: null };
    people.push(person);
  } else if (name.includes(' ') && !person.name.includes(' ')) {
    person.name = name; // a surname seen first, the full name later
  }
  if (role) person.roles.add(role);
  if (nationality) person.nationalities.add(nationality.toLowerCase());
  return person;
}

/** The surname of a full name: its last word (`Jan van der Berg` -> `Berg`, `Donald J. Trump` -> `Trump`). */
function surnameOf(name: string): string {
  // Asked for every person at every lookup: a slice, not a split into words.
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** Whether a full name ends in this surname (`Jane Roe` and `Roe`), without splitting it into words. */
function hasSurname(name: string, surname: string): boolean {
  return name.endsWith(surname) && (name.length === surname.length || name[name.length - surname.length - 1] === ' ');
}

/** The person with this full name or surname, if the article names exactly one. */
export function findByName(people: Person[], name: string): Person | undefined {
  const exact = people.find((person) => person.name === name);
  if (exact) return exact;
  const surname = surnameOf(name);
  const given = name.length === surname.length ? null : name.slice(0, name.indexOf(' '));
  let match: Person | undefined;
  for (const person of people) {
    if (!hasSurname(person.name, surname)) continue;
    if (given !== null && person.name.includes(' ') && person.name.slice(0, person.name.indexOf(' ')) !== given) continue;
    if (match) return undefined; // two people fit: the name alone cannot tell which
    match = person;
  }
  return match;
}

/** Everyone the article names with this surname (a bare `Clinton` may be either of two). */
export function findBySurname(people: Person[], surname: string): Person[] {
  return people.filter((person) => hasSurname(person.name, surname));
}

/**
 * Resolves a description such as `the Azerbaijani leader` or `the head of the state` to the one
 * person whose stated titles fit it; undefined when none or several fit (never a guess).
 */
export function resolveDescription(people: Person[], description: string): Person | undefined {
  const words = description.toLowerCase().replace(/^(?:the|a|an|his|her|their|our)\s+/, '').replace(/^former\s+/, '').trim();
  const nationality = /^(\p{L}+(?:an|ani|ese|ish|ian|i|ic|ch))\s+(.*)$/u.exec(words);
  const roleText = nationality && DESCRIPTION_ROLES.some(([pattern]) => pattern.test(nationality[2]!)) ? nationality[2]! : words;
  const roles = DESCRIPTION_ROLES.find(([pattern]) => pattern.test(roleText))?.[1];
  if (!roles) return undefined;
  const wanted = roleText === words ? undefined : nationality?.[1];
  const fits = people.filter(
    (person) =>
      roles.some((role) => person.roles.has(role)) &&
      (wanted === undefined || person.nationalities.size === 0 || person.nationalities.has(wanted)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}
