// The words news uses to report speech (`said`, `told`, `according to`, `in his view` ...) and
// the phrase that names who spoke: before the cue (`Jane Roe, head of the port, said`), after it
// (`said spokesman John Doe`), or as a transcript label (`Jane Roe: …`). Pure text work: who the
// phrase refers to is decided by the caller.
import { isOrganisationName, isTitleWord, listNameRuns, NAME_RUN, nameRunPattern, opensWithGivenName, parseName, TITLED_NAME_RUN } from './find-people.ts';
import { guardPattern } from '../../util/guard-pattern.ts';
import { listMatches } from '../../util/list-matches.ts';

/** Speech verbs in every tense news writes them. */
const VERBS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'adding', 'noted', 'notes', 'noting',
  'stressed', 'stresses', 'stressing', 'emphasi[sz]ed', 'emphasi[sz]es', 'emphasi[sz]ing', 'explained', 'explains', 'explaining',
  'recalled', 'recalls', 'recalling', 'tweeted', 'tweets', 'tweeting', 'wrote', 'writes', 'writing', 'asked', 'asks',
  'countered', 'counters', 'warned', 'warns', 'warning', 'argued', 'argues', 'arguing', 'claimed', 'claims', 'claiming',
  'contended', 'contends', 'insisted', 'insists', 'insisting', 'acknowledged', 'acknowledges', 'admitted', 'admits',
  'announced', 'announces', 'announcing', 'declared', 'declares', 'estimated', 'estimates', 'predicted', 'predicts',
  'reported', 'reports', 'continued', 'continues', 'concluded', 'replied', 'replies', 'responded', 'responds', 'answered',
  'observed', 'pointed out', 'points out', 'pointing out', 'suggested', 'suggests', 'boasted', 'boasts', 'bragged',
  'complained', 'complains', 'conceded', 'concedes', 'confirmed', 'confirms', 'cautioned', 'joked', 'promised', 'promises',
  'vowed', 'vows', 'pledged', 'pledges', 'revealed', 'reveals', 'remarked', 'mentioned', 'testified', 'stated', 'states',
  'asserted', 'asserts', 'maintained', 'maintains', 'recounted', 'underscored', 'underscores', 'underlined', 'underlines',
  'highlighted', 'highlights', 'touted', 'touts', 'emailed', 'texted', 'wondered', 'disclosed', 'affirmed', 'quipped',
  'mused', 'cited', 'cites', 'posted', 'projected', 'calculated', 'touched (?:up)?on', 'expressed', 'voiced', 'spoke',
  'put it', 'puts it', 'agreed', 'agrees', 'conceded', 'charged', 'charges', 'accused', 'accuses', 'described', 'describes',
  'indicated', 'indicates', 'proclaimed', 'shouted', 'yelled', 'reiterated', 'reiterates', 'repeated', 'denied', 'denies',
  'blamed', 'blames', 'answers', 'urged', 'urges', 'called for', 'calls for', 'called on', 'calls on', 'called upon', 'calls upon', 'calling on', 'calling upon', 'fumed', 'scoffed', 'retorted', 'groused', 'grumbled', 'confided', 'demanded', 'demands', 'forecast', 'forecasts', 'projects',
  'promising', 'vowing', 'pledging', 'asking', 'confirming', 'citing', 'responding', 'replying', 'remembered', 'remembers', 'echoed', 'echoes',
  'worried', 'worries', 'feared', 'fears', 'believes', 'believed', 'thinks', 'hopes', 'hoped', 'imagined',
  'stating', 'remarking', 'advocates', 'advocated', 'advocating', 'proposed', 'proposes', 'proposing',
  'assured', 'assures', 'reassured',
  // Last, so that `called for` above is read whole: `Roe called the plan "a scam"`.
  'called', 'calls', 'calling', 'labeled', 'labelled', 'labeling', 'labelling', 'dubbed', 'branded',
  'criticized', 'criticised', 'criticizes', 'criticizing', 'blasted', 'blasts', 'slammed', 'slams', 'condemned', 'condemns', 'praised', 'praises',
  'thanked', 'lamented', 'laments', 'dismissed', 'dismisses', 'denounced', 'denounces', 'denouncing', 'mocked', 'mocks', 'derided', 'ridiculed',
];
/** Verbs that report speech only as an infinitive (`held a briefing to brag that …`, `used the question to demand …`). */
const INFINITIVES = ['brag', 'boast', 'demand', 'argue', 'insist', 'warn', 'announce', 'declare', 'note', 'suggest', 'explain', 'tell', 'ask', 'state', 'acknowledge', 'admit', 'point out', 'mention', 'predict', 'complain', 'stress', 'remind'];
/**
 * Verbs that report speech only when speech follows (`Roe continued: "…"`, `Roe maintains that …`,
 * `"…," Roe continued`), not in `Roe continues to lead` or `adding to her lead`.
 */
const WEAK = new Set(
  ('continued continues maintains maintained states spoke expressed voiced touched put puts answers answered cited cites posted described describes indicated indicates remembered remembers echoed echoes ' +
    'worried worries feared fears believes believed thinks hopes hoped imagined advocates advocated proposed proposes ' +
    'assured assures reassured').split(' '),
);
/** Verbs that label (`Roe called the plan "a scam"`): speech only when a quotation or `that` follows; `called for` is a cue of its own. */
const LABELS = new Set(
  ('called calls calling labeled labelled labeling labelling dubbed branded criticized criticised criticizes criticizing blasted blasts slammed slams condemned condemns ' +
    'praised praises thanked lamented laments dismissed dismisses denounced denounces denouncing mocked mocks derided ridiculed').split(' '),
);
/** Participles that report speech whatever follows them (`saying`, `telling`); other participles are weak. */
const STRONG_PARTICIPLES = new Set(['saying', 'stating', 'telling', 'noting', 'arguing', 'insisting', 'warning', 'promising', 'vowing', 'pledging', 'confirming', 'announcing', 'calling on', 'calling upon']);
/** Participles of a promise, a cue only before what is promised (`by promising to cut …`), not in `a promising start`. */
const PROMISING = new Set(['promising', 'vowing', 'pledging']);

/** Finite verbs of a promise: speech only before what is promised. */
const PROMISED = new Set(['promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges']);
/** What follows a promise that is speech: `to`, `that` or a quotation, after a time word or two (`promised Monday to …`). */
const PROMISE_FOLLOWS = /^(?:\s+(?:on\s+|last\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|again|also|repeatedly|publicly|week|night|year|month|[a-z]+ly))*(?:\s+(?:to|that)\b|\s*[:,]?\s*["“])/i;

/** Nouns that report speech after a possessive (`Roe's claim that`, `Doe's estimate`). */
const NOUNS = [
  'claim', 'claims', 'comment', 'comments', 'remark', 'remarks', 'statement', 'assertion', 'argument', 'promise', 'pledge',
  'estimate', 'prediction', 'warning', 'tweet', 'words', 'account', 'testimony', 'calculation', 'projection',
  'announcement', 'conclusion', 'contention', 'criticism', 'accusation', 'accusations', 'allegation',
  'allegations', 'admission', 'denial', 'insistence', 'suggestion', 'plea', 'vow', 'vows', 'demands',
];
// One scan finds every cue (a verb, a noun after a possessive, `according to`) and every `in`
// or `to` before `his`, `her` or a capital, which may open `in his view` or `in Roe's view`.
// Plain ASCII (no `u` flag): the verbs are ASCII, and a unicode scan of every paragraph cost twice as much.
// The words are grouped by first letter (`s(?:aid|ays|…)|t(?:old|…)`): a word that starts with
// none of them fails at once instead of against each of some 250 alternatives (a third of the cost).
const CUE_WORDS = [...Map.groupBy([...VERBS, ...NOUNS], (word) => word[0]!)].map(([first, words]) => `${first}(?:${words.map((word) => word.slice(1)).join('|')})`).join('|');
const CUE_SCAN = new RegExp(`\\b(?:(?:${CUE_WORDS}|[Aa]ccording to|[Ii]n the words of|Asked(?= by\\b))\\b|to (?:${INFINITIVES.join('|')})\\b|(?:[Ii]n|[Tt]o) (?=his |her |[A-Z]))`, 'g');
const INFINITIVE_SET = new Set(INFINITIVES);
const INSIDE = guardPattern(new RegExp(`^(?:[Ii]n|[Tt]o) (?:(his|her)|(${TITLED_NAME_RUN})['’]s?) (?:view|mind|words|opinion|estimation)\\b`, 'u'), / (?:view|mind|words|opinion|estimation)\b/);
const NOUN_SET = new Set(NOUNS);
/** A possessive, then up to two lower-case words, right before a speech noun (`Roe's `, `Roe's most explosive `). */
const POSSESSIVE_BEFORE = /['’]s?\s(?:[\p{Ll}-]+\s){0,2}$/u;
const VERB_SET = new Set(VERBS);

/** A speech cue in a paragraph. */
export interface SpeechCue {
  start: number;
  end: number;
  /** The cue as written, lower-cased (`said`, `according to`, `in his view`). */
  text: string;
  /** How the speaker is found: before the cue, after it, or inside it (`in Roe's view`). */
  look: 'before' | 'after' | 'inside';
  /** The name or pronoun the cue itself holds (`his`, `Jane Roe`), for `inside` cues. */
  inner: string | null;
  /** A participle (`adding`, `saying`): its speaker is the subject of the clause it hangs on. */
  participle: boolean;
  /** A noun after a possessive (`Roe's claim`): its speaker is the possessor. */
  noun: boolean;
  /** A cue that reports speech only when speech follows it (`continued:` but not `continued to lead`). */
  weak: boolean;
}

const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:not|also|already|widely|previously|officially|publicly|first|later)\s+)?$/i;

/** Finds every speech cue in a paragraph. */
export function findSpeechCues(text: string): SpeechCue[] {
  const cues: SpeechCue[] = [];
  for (const match of listMatches(CUE_SCAN, text)) {
    // A sentence may open with `According to`; the cue is kept lower-cased, like the verbs.
    let written = CAPITALISED_CUE.test(match[0]) ? match[0].toLowerCase() : match[0];
    let start = match.index;
    // `to brag`: the cue is the verb; `to` is matched with it so that the scan needs no look-behind.
    if (written.startsWith('to ') && written.length > 3) [written, start] = [written.slice(3), start + 3];
    if (IN_OR_TO.test(written)) {
      const inside = INSIDE.exec(text.slice(start, start + 80));
      if (inside) cues.push({ start, end: start + inside[0].length, text: inside[0].toLowerCase(), look: 'inside', inner: inside[1] ?? inside[2]!, participle: false, noun: false, weak: false });
      continue;
    }
    // A word that is both (`claims`) is a noun after a possessive (`Roe's claims`) and a verb elsewhere (`Roe claims`); a
    // participle stays a noun (`warning signs`).
    // An adjective or two may stand between (`Roe's most explosive claim`, `Roe's fire-breathing vows`).
    // (`Roe's campaign account` is no account of anything: that noun takes its possessive right before it.)
    const possessed = NOUN_SET.has(written) && (written === 'account' ? /['’]s?\s$/ : POSSESSIVE_BEFORE).test(text.slice(Math.max(0, start - 40), start));
    const noun = NOUN_SET.has(written) && (!VERB_SET.has(written) || written.endsWith('ing') || possessed);
    if (noun && !possessed) continue;
    // `so-called`: a label, not speech.
    if (text[start - 1] === '-') continue;
    const look = written === 'according to' || written === 'in the words of' ? 'after' : 'before';
    // A verb in the passive (`have been admitted`, `was estimated`) reports no speech by its subject;
    // its agent may (`Roe was asked by moderator John Doe whether …`).
    // `When asked by Jane Roe …`: a passive without its auxiliary, after a subordinating word.
    // `Asked by Jane Roe whether …, Doe said`: a sentence may open with that passive, its auxiliary left out too.
    const passive =
      PASSIVE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
      (written === 'asked' && (match[0] === 'Asked' || /\b(?:[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter|[Bb]eing)\s+$/.test(text.slice(Math.max(0, start - 8), start))));
    if (!noun && look === 'before' && !/ing\b/.test(written) && passive) {
      const agent = BY_AFTER.exec(text.slice(start + written.length, start + written.length + 5));
      if (agent) cues.push({ start, end: start + written.length + agent[0].length, text: `${written} by`, look: 'after', inner: null, participle: false, noun: false, weak: false });
      continue;
    }
    if (PROMISING.has(written) && !/^\s+(?:to|that)\b/.test(text.slice(start + written.length, start + written.length + 6))) continue;
    // `promised mass deportation`: a promise of a thing, not speech; `promised to …`, `promised that …`, `promised: "…"` are.
    if (PROMISED.has(written) && !PROMISE_FOLLOWS.test(text.slice(start + written.length, start + written.length + 40))) continue;
    // An infinitive hangs on its clause's subject, as a participle does.
    const participle = look === 'before' && (PARTICIPLE.test(written) || INFINITIVE_SET.has(written) || TO_BEFORE.test(text.slice(Math.max(0, start - 3), start)));
    const weak = WEAK.has(written.split(' ')[0]!) || LABELS.has(written) || (participle && !STRONG_PARTICIPLES.has(written));
    cues.push({ start, end: start + written.length, text: written, look, inner: null, participle, noun, weak });
  }
  return cues;
}

/** Who a source phrase names, before any resolution: a pronoun, a written name, a description, or nobody in particular. */
export type SourcePhrase =
  | { kind: 'pronoun'; gender: 'm' | 'f' }
  | { kind: 'name'; written: string }
  | { kind: 'description'; text: string }
  /** People who speak together (`Roe and Doe wrote`): no one speaker, but each of them spoke. */
  | { kind: 'group'; written: string[] }
  | { kind: 'nobody' };

// Words between a subject and its verb that are not part of the subject (`Trump has also said`).
const TRAILING_FILLER =
  /(?:\s+(?:a|one|two|three|four|several|a few) (?:day|week|month|year)s? (?:later|earlier|before|after)|\s*,\s*(?:however|meanwhile|too|though|in turn|for (?:his|her) part|in an interview|in a statement)\s*,?|\s+(?:also|both|later|then|further|again|previously|recently|repeatedly|once|often|has|have|had|would|will|could|can|may|might|did|does|do|long|publicly|privately|separately|earlier|flatly|simply|not|never|always|since|already|just|even|still|[a-z]+ly|(?:on |late |early |earlier |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)|(?:in|at|on|during) (?:an?|the|his|her) [a-z]+(?: [a-z]+)?))+\s*$/;
const END_PRONOUN = /(?:^|[\s,(])([Hh]e|[Ss]he)$/;
// (A hyphen that opens a line is a bullet, not part of a name: `-Jane Roe explains …`.)
const END_NAME = nameRunPattern(new RegExp(`(?<![\\p{L}\\d.'’]|[\\p{L}\\d.'’]-)(${NAME_RUN})$`, 'uy'));
const NAME_IN_TEXT = new RegExp(`(?<![\\p{L}\\d.'’]|[\\p{L}\\d.'’]-)${TITLED_NAME_RUN}(?![\\p{L}\\d])`, 'uy'); // for listNameRuns
const OPENING_APPOSITIVE = guardPattern(
  new RegExp(`^(${TITLED_NAME_RUN}),\\s+(?:the|a|an|another|one|his|her|its|their)\\s[^,;:"“”]{1,100}[\\p{Ll}]$`, 'u'),
  /,\s+(?:the|a|an|another|one|his|her|its|their)\s/,
);
const NAME_OF_PLACE = guardPattern(
  nameRunPattern(new RegExp(`(?<![\\p{L}\\d.'’-])(${TITLED_NAME_RUN})\\s+(?:of|from)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*,?\\s*){1,3}(?:(?:for|of|on|and)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,3})?$`, 'uy')),
  /\s(?:of|from)\s/,
);
/** A name, a comma and the first word of its appositive, opening the text (`Jane Roe, president of …`). */
const UNCLOSED_APPOSITIVE = new RegExp(`^(${TITLED_NAME_RUN}),\\s+(?:the|a|an|[\\p{Ll}-]+)\\s`, 'u');
const COORDINATED = /\p{Lu}[\p{L}'’-]*,?\s+(?:and|&)\s+$/u;
const WHO_NAME = guardPattern(nameRunPattern(new RegExp(`(?<![\\p{L}\\d.'’-])(${NAME_RUN}),?\\s+who$`, 'uy')), /who$/);
const WHO_DESCRIBED = nameRunPattern(
  new RegExp(`(?<![\\p{L}\\d.'’-])(${NAME_RUN})(?:\\s+(?:of|from)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,3})?(?:,\\s+(?:the|a|an|his|her|its)\\s+[^,;()"“”]{1,80})?,\\s+who$`, 'uy'),
);
const CLAUSE_NAME = new RegExp(`(?<![\\p{L}\\d.'’-])(${TITLED_NAME_RUN})(?:\\s+(?:of|from|at)\\s+[^,]{1,50})?,`, 'uy'); // for listNameRuns
const POSSESSOR = nameRunPattern(new RegExp(`(?<![\\p{L}\\d.'’-])(${NAME_RUN})['’]s?$`, 'uy'));
const END_DESCRIPTION = /(?:^|\s)((?:[Tt]he|[Tt]his|[Hh]is|[Hh]er)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{Ll}-]+)$/u;
const END_NOBODY =
  /(?:^|\s)(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]ome|[Mm]any|[Oo]ther|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{Ll}-]+|[Tt]hey|[Ww]e|I|[Yy]ou|[Ii]t|[Ww]ho|[Tt]hat|[Ww]hich|[Pp]eople|[Oo]fficials|[Cc]ritics|[Aa]nalysts|[Ee]xperts|[Aa]ides|[Ss]ources|[Rr]eports?|[Pp]olls?|[Ss]tudies|[Dd]ata)$/u;
/** Nouns that describe groups, documents or organisations rather than one person. */
const NOT_ONE_PERSON = /(?:s|campaign|committee|report|statement|study|survey|poll|memo|letter|company|agency|department|government|administration|group|organi[sz]ation|office|website|paper|newspaper|network|party|team|article|book|ad|release|analysis|data|document|filing|complaint|lawsuit|court|website|post|video|tweet)$/;
const START_PRONOUN = /^\s*([Hh]e|[Ss]he)\b/;
const START_NAME = new RegExp(`^\\s*(?:(?:the|a|an|his|her|their|its)\\s+)?((?:[\\p{Ll}-]+\\s+){0,4}?)(${TITLED_NAME_RUN})(?![\\p{L}\\d])`, 'u');
const TITLE_THEN_NAME = new RegExp(`^\\s+((?:[\\p{Ll}-]+\\s+){1,3})(${TITLED_NAME_RUN})(?![\\p{L}\\d])`, 'u');
const START_DESCRIPTION = /^\s*((?:the|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{Ll}-]+)(?=\s*(?:[,.;:!?)—–-]|$|\s+(?:in|on|at|during|after|before|when|who|of|from|to|about|as)\b))/u;
const START_NOBODY = /^\s*(?:(?:an?|one|another|some|other|two|three|several|many)\s+[\p{Ll}-]+|(?:officials|aides|sources|analysts|experts|critics|people|reports?|polls?|data|estimates))\b/u;
/** Lower-case words that may stand as titles before a name after the verb (`said campaign manager Jane Roe`). */
const FUNCTION_WORDS = /^(?:that|this|these|those|it|in|on|at|to|of|for|with|by|about|from|as|and|or|but|if|when|while|his|her|their|its|our|my|your|he|she|they|we|there|what|how|why|which|who|a|an|the|was|is|were|are|be|been|had|has|have|would|will|not|no|so|than|then|just|also)$/;

/** The source phrase that ends a text (the text before a cue), or null when none does. */
export function sourceBefore(text: string, participle: boolean, noun = false): SourcePhrase | null {
  // Party labels and places in brackets (`Sen. Jane Roe (D-N.Y.)`) are not part of the subject.
  // Only the end of a long clause can hold its subject's name; the patterns below scan no more.
  const tail = text.length > 240 ? text.slice(-240) : text;
  const trimmed = tail.replace(/\s*\([^()]{1,30}\)/g, '').replace(TRAILING_FILLER, '').replace(TRAILING_SPACE, '').trimStart();
  if (noun) {
    const owner = POSSESSOR.exec(trimmed) ?? POSSESSOR.exec(trimmed.replace(/(?:\s+[\p{Ll}-]+){1,2}$/u, ''));
    return owner ? { kind: 'name', written: owner[1]! } : /(?:^|\s)(?:his|her)$/i.test(trimmed) ? pronounPhrase(/his$/i.test(trimmed) ? 'he' : 'she') : null;
  }
  if (participle) {
    // `Mr. Roe claiming that …`, or `Roe attacked Doe, adding that …`: the name right before, else the clause's subject.
    const close = END_NAME.exec(trimmed);
    // …but not a name a preposition makes an object (`tweeted back at Trump, pointing out …`; `with Roe noting` keeps Roe).
    const object = close && PREPOSITION_AT_END.test(trimmed.slice(Math.max(0, close.index - 10), close.index));
    return close && !object ? { kind: 'name', written: close[1]! } : clauseSubject(trimmed);
  }
  // `Roe blasted Congress and said …`, `Roe put off the ruling but said …`: the subject of both verbs.
  // (Tested on the last four characters: an end-anchored pattern is otherwise tried at every position.)
  if (AND_OR_BUT_AT_END.test(trimmed.slice(-4))) return clauseSubject(trimmed);
  const pronoun = END_PRONOUN.exec(trimmed);
  if (pronoun) return pronounPhrase(pronoun[1]!);
  let who = WHO_NAME.exec(trimmed);
  // (`Jane Roe of Ohio, the ranking member of the Senate Committee, who said`: not the place or the body, but the name before them.)
  if (trimmed.endsWith(', who') && (!who || isOrganisationName(parseName(who[1]!)?.name ?? who[1]!))) who = WHO_DESCRIBED.exec(trimmed) ?? who;
  // (`the director of the Partnership for Conservative Principles, who said`: `who` is not the body's.)
  if (who) return isObjectName(wordsBefore(trimmed, who.index), who[1]!) ? null : { kind: 'name', written: who[1]! };
  // `Senator Jane Roe of Arizona said`: the place after the name is not the speaker.
  // (Not `County Supervisor of Elections Jane Roe said`: a run that ends in a title names an office, and its holder follows.)
  const ofPlace = NAME_OF_PLACE.exec(trimmed);
  if (ofPlace && isFullPersonName(ofPlace[1]!) && !isTitleWord(ofPlace[1]!.slice(ofPlace[1]!.lastIndexOf(' ') + 1))) return { kind: 'name', written: ofPlace[1]! };
  const name = END_NAME.exec(trimmed);
  // An outlet's name after its kind (`Portuguese newspaper Correio de Manha reports`): a source, not a person.
  if (name && OUTLET_KIND_AT_END.test(wordsBefore(trimmed, name.index))) return { kind: 'nobody' };
  // `Roe and Doe agreed`: a joint statement has no one speaker.
  if (name && COORDINATED.test(trimmed.slice(0, name.index))) {
    const first = END_NAME.exec(trimmed.slice(0, name.index).replace(/,?\s+(?:and|&)\s+$/, ''));
    // `the Organization for Economic Cooperation and Development said`: one body's name, not two people.
    const body = !first || /\b(?:of|for|the|on|at)\s+$/i.test(trimmed.slice(0, first.index)) || [first[1]!, name[1]!].some((written) => isOrganisationName(parseName(written)?.name ?? 'of'));
    return body ? { kind: 'nobody' } : { kind: 'group', written: [first[1]!, name[1]!] };
  }
  // `Jane Roe, the director of the Iowa Democratic Party said`, `Jane Roe, president of the Roe Company stated`: the appositive's closing comma is missing.
  const opening = name && isOrganisationName(parseName(name[1]!)?.name ?? '') ? UNCLOSED_APPOSITIVE.exec(trimmed) : null;
  if (opening) return { kind: 'name', written: opening[1]! };
  // The end of a body's name after its preposition (`the American Society of Civil Engineers estimates`) is no person.
  if (name) return isObjectName(wordsBefore(trimmed, name.index), name[1]!) ? { kind: 'nobody' } : { kind: 'name', written: name[1]! };
  // `Jane Roe, another Iowa strategist said`: an appositive without its closing comma.
  const unclosed = OPENING_APPOSITIVE.exec(trimmed);
  if (unclosed) return { kind: 'name', written: unclosed[1]! };
  if (trimmed.endsWith(',')) {
    // `Jane Roe, head of the freight department of the national railway, told …`: the name
    // that opens the clause (after a leading phrase such as `On Monday,`), then its appositive.
    for (const candidate of listNameRuns(CLAUSE_NAME, trimmed)) {
      // A leading time phrase, place phrase or adverb is no name (`On Wednesday, however, the director …, Jane Roe, said`,
      // `At Boca West, …, Jane Roe, said`, `However, Jane Roe, …, said`).
      if (CALENDAR_PHRASE.test(candidate[1]!) || LEADING_PREPOSITION.test(candidate[1]!) || parseName(candidate[1]!) === null) continue;
      const before = trimmed.slice(0, candidate.index);
      // Before the name: nothing, a leading phrase (`On Monday,`), or its title (`Washington Post columnist`),
      // but not a verb or a preposition that makes it an object (`One pastor supporting Mr. Roe, Jane Doe of …, said`,
      // `And on Tuesday, Jane Roe, …, said`, `… in its dealings with Central Asia, said Jane Roe`), nor an article that makes
      // it a body (`The leader of the Anti-Defamation League, Jane Roe, warned`).
      // A new clause after `, and` may open with the speaker (`…, and Jane Roe, the adviser, said`), unless a name the
      // clause before holds as an object is one of a list with it (`aides to Gov. Jim Doe, …, and Gov. Jane Roe, …, said`).
      const newClause = /,\s*(?:and|but|while|as|so)\s+$/.test(before) && !OBJECT_NAME.test(before);
      if (before === '' || /(?:,|\s[—–-])\s*$/.test(before) || newClause || (/^(?:[\p{L}\d'’.-]+\s+){0,6}$/u.test(before) && !/(?:\p{Ll}(?:ing|ed)|(?:^|\s)(?:[Aa]t|[Ii]n|[Oo]n|[Ff]rom|[Ff]or|[Tt]o|[Bb]y|[Ww]ith|[Aa]fter|[Bb]efore|[Dd]uring|[Tt]he|[Aa]n?))\s+$/u.test(before))) {
        // `Xinhua, the official Chinese news agency, wrote`: an outlet, described as one.
        if (OUTLET_APPOSITIVE.test(trimmed.slice(candidate.index + candidate[0].length - 1))) return { kind: 'nobody' };
        // `Sens. Jane Roe of Ohio and John Doe of Utah, both …, said`: two people speak together.
        const partner = PARTNER.exec(candidate[0].slice(candidate[1]!.length));
        return partner && isFullPersonName(partner[1]!) ? { kind: 'group', written: [candidate[1]!, partner[1]!] } : { kind: 'name', written: candidate[1]! };
      }
    }
    const lead = /^\s*((?:[Tt]he|[Hh]is|[Hh]er)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{Ll}-]+),/u.exec(trimmed);
    if (lead) return describe(lead[1]!);
    return null;
  }
  const description = END_DESCRIPTION.exec(trimmed);
  if (description) return describe(description[1]!);
  if (END_NOBODY.test(trimmed)) return { kind: 'nobody' };
  // An organisation or outlet as subject (`News.Az reports`, `CNN reported`): a source, but not a person.
  if (/(?:^|\s)(?:[\p{Lu}\d][\p{L}\d.&'’-]*\s*){1,4}$/u.test(trimmed)) return { kind: 'nobody' };
  return null;
}

/** What kind of outlet a name is, right before it (`the Dutch newspaper `, `news agency `). */
const OUTLET_KIND = '(?:newspaper|daily|tabloid|broadsheet|weekly|magazine|journal|news agency|wire service|broadcaster|news site|website|outlet|publication|newsletter)';
const OUTLET_KIND_AT_END = new RegExp(`\\b${OUTLET_KIND}\\s+$`, 'i');
/** An appositive that describes an outlet (`, the official Chinese news agency,`), after a name's comma. */
const OUTLET_APPOSITIVE = new RegExp(`^,\\s+(?:the|an?)\\s+(?:[\\p{L}-]+\\s+){0,3}${OUTLET_KIND},`, 'iu');
/** A title and its preposition right before a name (`Secretary of `), or with the office between (`Secretary of State `: the run holds it). */
const TITLE_OFFICE = /\b(?:Secretary|Minister|Ambassador|Director|Administrator|Commissioner|Governor|Mayor|Chairman|Chairwoman|Chair|President|Speaker)\s+(?:of|to|for)\s+(?:the\s+)?$/;
/** A second name joined to the first, after its place (`… of Ohio and John Doe`). */
const PARTNER = guardPattern(new RegExp(`^(?:\\s+(?:of|from|at)\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,3})?\\s+and\\s+(${TITLED_NAME_RUN})(?![\\p{L}\\d])`, 'u'), /\sand\s/);
/** A name after a preposition: an object, not a subject. */
const OBJECT_NAME = /\b(?:to|of|for|with|by|from)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}/u;
/** A preposition opening a capitalised run: a leading phrase (`At Boca West,`), not a name. */
const LEADING_PREPOSITION = /^(?:At|In|On|From|For|By|With|After|Before|During|Since|Until|Near|Outside|Inside|Across|Throughout|Under|Over|Like|Unlike|Despite|Among|Amid|Beyond|Behind|Within|Without|Through|To)\s/;
/** A capitalised run that is only a day or month, with a preposition before it (`On Wednesday`, `In March`). */
const CALENDAR_PHRASE = /^(?:(?:On|In|By|Since|Until|Last|This|Early|Earlier|Late|Later|Next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The person a sentence is about: the name that is its subject (`Like her sister, Ms. Roe worked …`), as written, or null. */
export function sentenceSubject(sentence: string): string | null {
  // Anchored at the sentence's start and read once: this runs for every sentence of an article.
  // Its leading phrase ends at the sentence's first comma, within 61 characters: most sentences
  // have none there, and a comma search is cheaper than the pattern.
  const comma = sentence.indexOf(',');
  if (comma < 1 || comma > 60 || !LEAD_THEN_CAPITAL.test(sentence)) return null;
  const lead = LEAD_THEN_NAME.exec(sentence);
  if (lead && isPersonName(lead[1]!)) return lead[1]!;
  // `One superdelegate, Alabama Democratic Party chairwoman Jane Roe, pledged …`: a body's name and a title before the name.
  const titled = LEAD_THEN_TITLED_NAME.exec(sentence);
  return titled && isTitleWord(titled[1]!) && isFullPersonName(titled[2]!) ? titled[2]! : null;
}
/**
 * What both patterns below need after the leading phrase's comma: an article or possessive, or the
 * start of a name (a capital, or a particle such as `al-`). Tested first: most sentences have none
 * there, and the name patterns are large.
 */
const LEAD_THEN_CAPITAL = /^[^,"“”]{1,60},\s+(?:\p{Lu}|(?:al|el|ad|ar|as|at|an|bin|ibn|abu|abd|ben)-|(?:the|a|an|his|her|their)\s)/u;
/** A leading phrase, a comma, capitalised words and a lower-case title, then a name and a comma. */
const LEAD_THEN_TITLED_NAME = new RegExp(`^[^,"“”]{1,60},\\s+(?:(?:the|a|an|his|her|their)\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}([\\p{Ll}-]+)\\s+(${TITLED_NAME_RUN}),\\s+\\p{Ll}`, 'u');
/**
 * A leading phrase, a comma, then a name (a title with its article, an age, an appositive or a comma after it) and its
 * verb: `Like her sister, Ms. Roe worked …`, `On Monday, Jane Roe, the mayor, called …`, `Ruritania's foreign minister,
 * Jan Roe, plays down …`, `One voter, Jane Roe, 35, showed up …`, `The other man, his cousin John Doe, 40, cited …`,
 * `One early supporter, Representative John Doe, Republican of Ohio, gave …`.
 */
const LEAD_THEN_NAME = new RegExp(
  `^[^,"“”]{1,60},\\s+(?:(?:the|a|an|his|her|their)\\s+[\\p{Ll}-]+\\s+(?:[\\p{Ll}-]+\\s+)?)?(${TITLED_NAME_RUN})(?:,\\s+\\d{1,3},)?(?:,\\s+(?:the|a|an|his|her|Democrat|Republican|Independent)\\s[^,"“”]{1,80},|,(?=\\s+\\p{Ll}))?\\s+(?:(?:has|have|had|also|then|later|again|once|now)\\s+)*\\p{Ll}`,
  'u',
);

/** The subject that opens a clause, after a leading phrase such as `In a statement,`. */
function clauseSubject(whole: string): SourcePhrase | null {
  // `Roe signed an order, while Doe proposed … and said …`: the subject of the last clause.
  const boundary = listMatches(CLAUSE_BOUNDARY, whole).at(-1);
  const clause = boundary ? whole.slice(boundary.index + boundary[0].length) : whole;
  // `Roe, who endorsed Doe in May and said …`: the subject is the name the relative clause hangs on.
  const relative = clause.includes(' who ') ? RELATIVE_SUBJECT.exec(clause) : null;
  if (relative && isPersonName(relative[1]!)) return { kind: 'name', written: relative[1]! };
  const pronoun = CLAUSE_PRONOUN.exec(clause);
  // The first person named in the clause who is not the object of a preposition
  // (`At a rally in Iowa, Mr. Roe was blunt, claiming …`).
  for (const run of listNameRuns(NAME_IN_TEXT, clause)) {
    if (pronoun && pronoun.index < run.index) break;
    // …but a title's own preposition makes no object (`Secretary of State Jane Roe`, `Ambassador to France John Doe`).
    const lead = clause.slice(Math.max(0, run.index - 24), run.index);
    if (OBJECT_LEAD.test(lead.slice(-10)) && !TITLE_OFFICE.test(lead)) continue;
    // A subject is followed by its verb (`Mr. Roe was`), or by an appositive after a full name.
    const next = clause.slice(run.index + run[0].length, run.index + run[0].length + 3);
    // `Roe press secretary Jane Doe tweeted …`: a name before title words is the title's, not the subject.
    const rest = clause.slice(run.index + run[0].length, run.index + run[0].length + 80);
    // (The name pattern is large: tried only where lower-case words and a capital follow.)
    const titled = LOWER_THEN_CAPITAL.test(rest) ? TITLE_THEN_NAME_AFTER.exec(rest) : null;
    const titleWords = titled ? titled[1]!.trim().split(/\s+/) : [];
    if (titled && isTitleWord(titleWords.at(-1)!) && titleWords.every((word) => !TITLE_NOT_VERB.test(word)) && isFullPersonName(titled[2]!)) return { kind: 'name', written: titled[2]! };
    if (isPersonName(run[0]) && (LOWER_NEXT.test(next) || (next.startsWith(',') && run[0].includes(' ')))) {
      // `Senator Jane Roe of Ohio and Senator John Doe of Utah do it by proposing …`: two subjects.
      const partner = PARTNER.exec(rest);
      return partner && isFullPersonName(partner[1]!) && isFullPersonName(run[0]) ? { kind: 'group', written: [run[0], partner[1]!] } : { kind: 'name', written: run[0] };
    }
  }
  return pronoun ? pronounPhrase(pronoun[1]!) : null;
}

/** A comma and a conjunction that opens a clause of its own (`…, while Doe proposed …`). */
const CLAUSE_BOUNDARY = /,\s+(?:while|whereas|but|although|though)\s+(?=(?:\p{Lu}|[Hh]e\b|[Ss]he\b))/gu;
/** A clause that opens with a name and a relative clause on it (`Roe, who endorsed Doe …`). */
const RELATIVE_SUBJECT = new RegExp(`^\\s*(${TITLED_NAME_RUN}),\\s+who\\s`, 'u');

/** One to three lower-case words, then a capital. */
const LOWER_THEN_CAPITAL = /^\s+(?:[\p{Ll}-]+\s+){1,3}\p{Lu}/u;
/** Lower-case title words, then a name (`press secretary Jane Doe`), right after a name. */
const TITLE_THEN_NAME_AFTER = new RegExp(`^\\s+((?:[\\p{Ll}-]+\\s+){1,3})(${TITLED_NAME_RUN})(?![\\p{L}\\d])`, 'u');
/** Words that make what follows a name its verb or object, not its title (`Roe attacked Jane Doe`, `Roe and Jane Doe`). */
const TITLE_NOT_VERB = /^(?:[\p{Ll}-]*ed|is|was|are|were|has|have|had|will|would|says|said|told|tells|met|meets|hit|hits|beat|beats|and|or|but|to|of|for|with|by|at|in|on|from|the|a|an|than|as|like|against|about)$/u;

/** Whether a written name is a person's full name or a titled one (`Senator Roe`), not an organisation. */
function isFullPersonName(written: string): boolean {
  const parsed = parseName(written);
  return parsed !== null && !isOrganisationName(parsed.name) && (parsed.titled || parsed.name.includes(' '));
}

/**
 * Whether a name a preposition makes an object (`an article in the journal Decision Making`,
 * `the director of the Partnership for Conservative Principles`) names a body or a work rather
 * than a person: it does unless a title or a known given name shows a person (`the head of the
 * freight department John Doe`).
 */
function isObjectName(before: string, written: string): boolean {
  const phrase = PREPOSITION_PHRASE_AT_END.exec(before);
  // (`Minister of Economy`, `Secretary of State`: the preposition is the title's own.)
  if (!phrase || (phrase[1] !== undefined && isTitleWord(phrase[1]))) return false;
  const parsed = parseName(written);
  return parsed === null || (!parsed.titled && !opensWithGivenName(parsed.name));
}
// A preposition and its determiner, up to three lower-case words after it (`in the academic journal `), or a preposition
// inside a capitalised name (`Partnership for `): not a title's own (`master of ceremonies `, `Secretary of State `).
const PREPOSITION_PHRASE_AT_END = /(?:\b(?:of|for|in|at|from|with|on|about)\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{Ll}\d-]+\s+){0,3}|(\p{Lu}[\p{L}'’-]*)\s+(?:of|for|in|at|from|on)\s+)$/u;

/**
 * The last words of a text before `end`, whole words only: what a preposition phrase before a name
 * can span. (An end-anchored pattern is tried at every position of what it is given: given the
 * whole clause, the HTML ingest ran ~15% slower in alternated runs.)
 */
function wordsBefore(text: string, end: number): string {
  const start = Math.max(0, end - 80);
  if (start === 0) return text.slice(0, end);
  const space = text.indexOf(' ', start);
  return space === -1 || space >= end ? text.slice(start, end) : text.slice(space + 1, end);
}

/** Whether a written name parses to a person's name (not an organisation or a lone common word). */
function isPersonName(written: string): boolean {
  const parsed = parseName(written);
  // A single surname after a conjunction or adverb (`But Obama`) is still one; after an article it is a modifier (`The Roe campaign`).
  return (
    parsed !== null &&
    !isOrganisationName(parsed.name) &&
    (parsed.titled || parsed.name.includes(' ') || written === parsed.name || (written.endsWith(` ${parsed.name}`) && !/^(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our)\s/.test(written)))
  );
}

/** The source phrase that opens a text (the text after a cue), or null when none does. */
export function sourceAfter(text: string): SourcePhrase | null {
  const pronoun = START_PRONOUN.exec(text);
  if (pronoun) return pronounPhrase(pronoun[1]!);
  const name = START_NAME.exec(text);
  if (name && name[1]!.split(/\s+/).every((word) => word === '' || !FUNCTION_WORDS.test(word)) && isPersonName(name[2]!)) {
    // `asked by Fox Business moderator Jane Roe`: an outlet or a place, a title, then the person.
    const titled = TITLE_THEN_NAME.exec(text.slice(name.index + name[0].length));
    if (titled && titled[1]!.split(/\s+/).every((word) => word === '' || !FUNCTION_WORDS.test(word)) && isFullPersonName(titled[2]!)) return { kind: 'name', written: titled[2]! };
    const possessive = /^['’]s?\s/.test(text.slice(name.index + name[0].length)) ? possessedSource(text.slice(name.index + name[0].length)) : undefined;
    if (possessive !== undefined) return possessive ?? { kind: 'name', written: name[2]! };
    return { kind: 'name', written: name[2]! };
  }
  // `said Florida-based Republican strategist Jane Roe`: a title of several words, capitalised or not, then the name.
  // Up to the first punctuation, an initial's period aside (`by John F. Doe`).
  // (A head cut at its length limit inside a word ends at the word before: `…by Edison Re|search` names nobody.)
  let head = SOURCE_HEAD.exec(text)![0];
  if (WORD_CHAR.test(text[head.length] ?? '')) head = head.slice(0, Math.max(0, head.search(LAST_WORD)));
  // …but not past a word that opens a clause or an object (`asked by a reporter whether this differed from Nazi Germany`).
  if (!CLAUSE_WORD.test(head)) {
    for (const run of listNameRuns(NAME_IN_TEXT, head)) {
      if (!isPersonName(run[0]) || !run[0].includes(' ') || isObjectName(head.slice(0, run.index), run[0])) continue;
      // `according to economists Jane Roe and John Doe`: two people speak together.
      const partner = PARTNER.exec(head.slice(run.index + run[0].length));
      return partner && isFullPersonName(partner[1]!) ? { kind: 'group', written: [run[0], partner[1]!] } : { kind: 'name', written: run[0] };
    }
  }
  const description = START_DESCRIPTION.exec(text);
  if (description) {
    // `said the bureau's director, Jane Roe, …`: the appositive names the person the description describes.
    const named = APPOSITIVE_NAME.exec(text.slice(description.index + description[0].length));
    if (named && isFullPersonName(named[1]!)) return { kind: 'name', written: named[1]! };
    return describe(description[1]!);
  }
  if (START_NOBODY.test(text) || /^\s*(?:the|a|an)\s/.test(text) || /^\s*[\p{Lu}]/u.test(text)) return { kind: 'nobody' };
  return null;
}

// `'s deputy campaign manager, Jane Roe`: the title may stand as an appositive before the name.
const POSSESSED_NAME = new RegExp(`^['’]s?\\s+((?:[\\p{Ll}-]+,?\\s+){0,4})(${TITLED_NAME_RUN})(?![\\p{L}\\d])`, 'u');
/** A name in apposition after a description (`the bureau's director, Jane Roe`). */
const APPOSITIVE_NAME = new RegExp(`^,\\s+(${TITLED_NAME_RUN})(?![\\p{L}\\d])`, 'u');
/** What a person's own words come in: after `according to Roe's`, Roe is the source. */
const OWN_WORDS = /^['’]s?\s+(?:own\s+|latest\s+|new\s+|recent\s+)?(?:statements?|remarks?|comments?|words|tweets?|posts?|book|memoir|estimates?|testimony|speech|letter|account|interview|column|op-ed|analysis|calculations?|figures|numbers|count|tally|projections?|predictions?)\b/u;

/**
 * The source after a possessor (`said Florida's Jane Roe`, `according to Roe's aide`): the person
 * the possessive introduces, null (the possessor) when the words are the possessor's own
 * (`Roe's own estimate`), and nobody when it is someone or something else of theirs (`Roe's spokesman`).
 */
function possessedSource(rest: string): SourcePhrase | null {
  const named = POSSESSED_NAME.exec(rest);
  if (named && named[1]!.split(/\s+/).every((word) => word === '' || !FUNCTION_WORDS.test(word)) && isFullPersonName(named[2]!)) return { kind: 'name', written: named[2]! };
  return OWN_WORDS.test(rest) ? null : { kind: 'nobody' };
}

/** A transcript label opening a paragraph (`Jane Roe: …`, `ROE: …`), as written. */
export function labelledSpeaker(paragraph: string): string | null {
  const label = /^["“]?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*):\s+\S/u.exec(paragraph);
  if (!label || label[1]!.length > 40) return null;
  const written = label[1]!;
  // Transcripts write labels in capitals (`JANE ROE:`).
  return written === written.toUpperCase() ? written.toLowerCase().replace(/(?:^|[\s'’-])\p{L}/gu, (first) => first.toUpperCase()) : written;
}

function pronounPhrase(word: string): SourcePhrase {
  return { kind: 'pronoun', gender: HE.test(word) ? 'm' : 'f' };
}

function describe(text: string): SourcePhrase {
  const head = text.toLowerCase().split(/\s+/).at(-1)!;
  if (NOT_ONE_PERSON.test(head) && !/(?:ss|us|is)$/.test(head)) return { kind: 'nobody' };
  return { kind: 'description', text };
}

// Patterns of the per-cue and per-name tests above, made once: a regex literal in a function is a
// new RegExp object each time it is evaluated.
const HE = /^he$/i;
/** Cues that may open a sentence capitalised. */
const CAPITALISED_CUE = /^(?:According|In the words|Asked)/;
const IN_OR_TO = /^(?:in|to) $/i;
const BY_AFTER = /^\s+by\b/;
const PARTICIPLE = /^\p{L}+ing\b/u;
const TO_BEFORE = /\bto $/;
const TRAILING_SPACE = /\s+$/;
/** A preposition right before a name: the name is its object. */
const PREPOSITION_AT_END = /\b(?:at|to|of|for|from|by|on|about|against|than|toward|towards)\s+$/i;
const AND_OR_BUT_AT_END = /\b(?:and|but)$/;
const CLAUSE_PRONOUN = /(?:^|,\s*)([Hh]e|[Ss]he)\s+\p{Ll}/u;
/** A word before a name that makes it an object or part of a body's name. */
const OBJECT_LEAD = /\b(?:in|at|of|from|to|with|by|for|on|about|against|than|like|the|an?|and)\s+$/i;
const LOWER_NEXT = /^\s+\p{Ll}/u;
/** A letter, digit or apostrophe: a character inside a word. */
const WORD_CHAR = /[\p{L}\d'’]/u;
/** The last word of a text and the spaces before it. */
const LAST_WORD = /\s*[^\s]*$/;
/** The words after a cue up to the first punctuation, an initial's or abbreviation's period aside. */
const SOURCE_HEAD = /^\s*(?:[^,.;:!?"“”()]|(?<=(?:^|\s)(?:\p{Lu}|Gov|Sen|Rep|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Rev|St))\.){0,100}/u;
/** A word that opens a clause or an object. */
const CLAUSE_WORD = /\b(?:that|who|which|whether|if|than|because|when|while|what|how)\b/;
