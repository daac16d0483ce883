// The people an article names, with the titles it gives them, so that later references
// ("the head of state", "the Azerbaijani leader", "President Aliyev") can be resolved to a full
// name. Roles come only from titles the text states: a person is never given a title by guess.

/** A person named in an article. */
export interface Person {
  /** Full name as first written with a given name (`Ilham Aliyev`). */
  name: string;
  /** Role classes from the titles the text gives them (`head-of-state`, `minister`...). */
  roles: Set<string>;
  /** Nationality adjectives the text attaches to them (`azerbaijani`). */
  nationalities: Set<string>;
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
  ['chief executive', 'chief-executive'], ['director', 'director'], ['governor', 'governor'],
  ['expert', 'expert'], ['analyst', 'analyst'], ['economist', 'economist'], ['professor', 'professor'],
  ['commissioner', 'commissioner'], ['counterpart', 'counterpart'], ['official', 'official'], ['general', 'general'], ['speaker', 'speaker'],
];
const TITLE_ROLE = new Map(TITLES);
// Titles match capitalised (`President`) or not (`counterpart`), word by word.
const TITLE_PATTERN = [...TITLE_ROLE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((title) => title.split(/[- ]/).map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('[- ]'))
  .join('|');

/** Descriptions that refer to a role class without a name ("the head of state"). */
export const DESCRIPTION_ROLES: [RegExp, string[]][] = [
  [/^head of (?:the )?state$/, ['head-of-state']],
  [/^head of (?:the )?government$/, ['head-of-government']],
  [/^(?:country's |nation's )?leader$/, ['head-of-state', 'head-of-government']],
  ...TITLES.map(([title, role]): [RegExp, string[]] => [new RegExp(`^${title.replace(/[- ]/g, '[- ]')}$`), [role]]),
];

/** A capitalised name word, hyphenated parts included (`Kassym-Jomart`). */
export const NAME_WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}`;
// One pass finds every title word; the three ways a text ties a name to a title are then
// checked around each hit on short slices (one big pattern per form, with optional groups at
// the front, was the slowest part of the ingest):
//   `Azerbaijani President Ilham Aliyev`, `his Russian counterpart Vladimir Putin`
//   `Igor Korotchenko, a military expert`
//   `The director of the port, Taleh Ziyadov,`
const TITLE_SCAN = new RegExp(`\\b(?:${TITLE_PATTERN})\\b`, 'g');
const NAME_AFTER = new RegExp(`\\s+(${NAME})`, 'uy');
const NATIONALITY_BEFORE = /(?:\b(\p{Lu}\p{Ll}+(?:an|ani|ese|ish|ian|i|ic|ch))\s+)?(?:[\p{Ll}-]+\s+)?$/u;
const APPOSITIVE_BEFORE = new RegExp(`\\b(${NAME_WORD}\\s+${NAME_WORD}),\\s+(?:the|a|an)\\s+(?:(\\p{Lu}\\p{Ll}+)\\s+)?(?:[\\p{Ll}-]+\\s+)?$`, 'u');
const ROLE_FIRST_BEFORE = /\b[Tt]he\s+(?:(\p{Lu}\p{Ll}+)\s+)?(?:[\p{Ll}-]+\s+)?$/u;
const ROLE_FIRST_AFTER = new RegExp(`[^,.;]{0,40},\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}),`, 'uy');

/** Words that look like names at the start of a sentence but are not. */
const NOT_NAMES = new Set('The This That These Those He She It We They His Her Its Our Their In On At As And But Of For With From By To Today Currently'.split(' '));

/** Finds the people named with a title in the given texts (headline, captions, paragraphs). */
export function findPeople(texts: string[]): Person[] {
  const people: Person[] = [];
  for (const text of texts) {
    for (const hit of text.matchAll(TITLE_SCAN)) {
      const title = hit[0].toLowerCase().replace(/[\s-]+/g, ' ');
      const role = TITLE_ROLE.get(title) ?? TITLE_ROLE.get(title.replace(' ', '-'));
      const end = hit.index + hit[0].length;
      const before = text.slice(Math.max(0, hit.index - 80), hit.index);
      NAME_AFTER.lastIndex = end;
      const named = NAME_AFTER.exec(text);
      if (named) addPerson(people, cleanName(named[1]!), role, NATIONALITY_BEFORE.exec(before.slice(-40))?.[1]);
      const appositive = APPOSITIVE_BEFORE.exec(before);
      if (appositive) addPerson(people, cleanName(appositive[1]!), role, appositive[2]);
      const roleFirst = ROLE_FIRST_BEFORE.exec(before.slice(-40));
      if (roleFirst) {
        ROLE_FIRST_AFTER.lastIndex = end;
        const name = ROLE_FIRST_AFTER.exec(text);
        if (name) addPerson(people, cleanName(name[1]!), role, roleFirst[1]);
      }
    }
  }
  return people;
}

/** Registers a person (or merges what is learned about one already known by name or surname). */
export function addPerson(people: Person[], name: string, role?: string, nationality?: string): Person | null {
  if (name === '' || NOT_NAMES.has(name.split(' ')[0]!)) return null;
  let person = findByName(people, name);
  if (!person) {
    person = { name, roles: new Set(), nationalities: new Set() };
    people.push(person);
  } else if (name.includes(' ') && !person.name.includes(' ')) {
    person.name = name; // a surname seen first, the full name later
  }
  if (role) person.roles.add(role);
  if (nationality) person.nationalities.add(nationality.toLowerCase());
  return person;
}

/** The person with this full name or surname, if the article names exactly one. */
export function findByName(people: Person[], name: string): Person | undefined {
  const exact = people.find((person) => person.name === name);
  if (exact) return exact;
  const surname = name.split(' ').at(-1)!;
  const matches = people.filter((person) => person.name.split(' ').at(-1) === surname);
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * Resolves a description such as `the Azerbaijani leader` or `the head of the state` to the one
 * person whose stated titles fit it; undefined when none or several fit (never a guess).
 */
export function resolveDescription(people: Person[], description: string): Person | undefined {
  const words = description.toLowerCase().replace(/^(?:the|a|an|his|her|their|our)\s+/, '').trim();
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

/** Trims trailing words that are not part of a name (`Ilham Aliyev In` never happens, but `Putin News` might). */
function cleanName(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && NOT_NAMES.has(words.at(-1)!)) words.pop();
  return words.join(' ');
}
