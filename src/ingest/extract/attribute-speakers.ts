// Who says what. A quotation takes the speaker its cue names, after it (`"…," Roe said`,
// `"…," said spokesman John Doe`) or before it (`Roe told reporters: "…"`); a quotation that runs
// over several sentences or paragraphs takes the cue that closes it, and a quotation without a
// cue continues the one before it. Reported speech takes the source of its sentence's speech cue
// (`Roe said that …`, `…, according to Roe`). Surnames, pronouns and descriptions are resolved
// against the people the article names, and only when one person fits (a surname two people
// share goes to the one named last as a subject or speaker, else to the one the article named
// first): an unknown speaker stays unknown, and an organisation or outlet is a source but never a speaker.
import { addPerson, findByName, findBySurname, isOrganisationName, isTitleWord, NAME_RUN, parseName, resolveDescription, commonWordTestOf, type Person } from './find-people.ts';
import { findSpeechCues, labelledSpeaker, sentenceSubject, sourceAfter, sourceBefore, type SourcePhrase, type SpeechCue } from './find-speech-cues.ts';
import { findQuoteSpans } from '../text/find-quotes.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../../vocabulary/first-names.ts';
import type { Sentence } from '../text/split-sentences.ts';

/** A paragraph with its sentences, as the attribution reads it. */
export interface ParagraphSentences {
  text: string;
  sentences: Sentence[];
}

/** Speakers of every part of an article. */
export interface SpeakerMap {
  /** The speaker of the words at `offset` in paragraph `paragraph`, or null when unknown. */
  speakerAt(paragraph: number, offset: number): string | null;
  /** Everyone the article quotes or reports, in order of first appearance. */
  speakers: string[];
  /**
   * Whether the words at `offset` are attributed speech: inside a quotation a cue or the
   * quotation it continues attributes, in a transcript or introduced paragraph, or in the part of
   * a sentence that a speech cue reports (`Roe said [that …]`, `[…], said Roe`, `according to Roe, […]`).
   * The source may be nobody the article names (`officials said …`).
   */
  inSpeech(paragraph: number, offset: number): boolean;
}

/** What a cue says about its source: a person, a source that is nobody we can name, or no source at all. */
type Found = Person | null | undefined;

interface Quote {
  paragraph: number;
  open: number;
  close: number;
  closed: boolean;
  /** The speaker its own cue names (undefined: no cue of its own). */
  own: Found;
  /** The quotation it continues (the previous paragraph's unclosed one). */
  continues: Quote | null;
}

/** How many sentences back a pronoun may reach for its person. */
const PRONOUN_REACH = 6;
/** How many sentences before a pronoun's own a person it may refer to is looked for when no subject fits (two let in more wrong than right). */
const NEARBY_SENTENCES = 1;
/** How far after a closing quote mark its cue may start (`"…," the former secretary of state said`). */
const CUE_AFTER_QUOTE = 220;
/** How many words may stand between a cue and the quotation it introduces (`told reporters on Monday: "…"`). */
const WORDS_BEFORE_QUOTE = 6;

/** Works out the speaker of every quotation and reported statement in the article. */
// Up to four words of title before a name, none of them a word that makes the name an object (`after meeting Roe`).
const TITLE_WORDS_BEFORE = /^["“]?(?:(?!(?:after|before|with|by|to|for|from|of|and|or|than|like|about|against|on|in|at|as|when|while|if|but|met|meeting|told|asked|called|thanked|said|says)\b)[\p{L}'’.-]+\s+){1,4}$/iu;

export function attributeSpeakers(paragraphs: ParagraphSentences[], people: Person[]): SpeakerMap {
  // The article's text, joined once: the common-word test and the place test (namesPlace) both search it.
  const articleText = paragraphs.map((paragraph) => paragraph.text).join('\n');
  const isCommon = commonWordTestOf(articleText);
  const spoke: Person[] = [];
  /** People recently named as subjects or speakers, most recent last, with the sentence number. */
  const recent: { person: Person; sentence: number; weak?: boolean }[] = [];
  let sentenceNumber = 0;

  // A weak mention (a subject found after a leading phrase) guides pronouns but not the choice
  // between two people who share a surname: news names the namesake in full each time.
  const mention = (person: Person, weak = false) => recent.push({ person, sentence: sentenceNumber, ...(weak ? { weak } : {}) });
  const record = (found: Found): Found => {
    if (found) {
      if (!spoke.includes(found)) spoke.push(found);
      mention(found);
    }
    return found;
  };

  /** The person a written name refers to; null when it is an organisation or nobody known. */
  const resolveName = (written: string, allowNew: boolean): Person | null => {
    const parsed = parseName(written, isCommon);
    if (!parsed) return null;
    // A surname that is also a word of places or groups (`Black`, `Young`) is still the surname of someone the article named in full.
    if (isOrganisationName(parsed.name) && (parsed.name.includes(' ') || findBySurname(people, parsed.name).length === 0)) return null;
    if (parsed.name.includes(' ')) {
      // `Ambassador to France John Doe`: the place is no part of the name the article knows.
      const known = findByName(people, parsed.name) ?? people.find((person) => person.name.includes(' ') && parsed.name.endsWith(` ${person.name}`));
      const person = known ?? (allowNew ? addPerson(people, parsed.name, parsed.role) : null);
      if (person && parsed.gender) person.gender ??= parsed.gender;
      return person;
    }
    let candidates = findBySurname(people, parsed.name);
    if (parsed.gender && candidates.length > 1) candidates = candidates.filter((person) => (person.gender ?? givenNameGender(person.name)) !== (parsed.gender === 'm' ? 'f' : 'm'));
    if (candidates.length > 1) {
      // Two people share the surname (`Bill Clinton`, `Hillary Clinton`): the one named last.
      // With neither recently named, the one the article named first: news introduces its main
      // figure first and names a namesake in full (`Jane Sanders`) each time.
      const last = recent.findLast((entry) => !entry.weak && candidates.includes(entry.person));
      candidates = last ? [last.person] : candidates.slice(0, 1);
    }
    if (candidates.length === 1) {
      if (parsed.gender) candidates[0]!.gender ??= parsed.gender;
      return candidates[0]!;
    }
    // A surname only an honorific or title introduces (`Mr. Roe said`) still names a person.
    if (candidates.length === 0 && parsed.titled && allowNew) {
      const person = addPerson(people, parsed.name, parsed.role);
      if (person && parsed.gender) person.gender ??= parsed.gender;
      return person;
    }
    return null;
  };
  const resolvePronoun = (gender: 'm' | 'f'): Person | null => {
    // The most recent subject or speaker whose gender, where the text shows it, fits.
    for (let i = recent.length - 1; i >= 0; i--) {
      const entry = recent[i]!;
      if (sentenceNumber - entry.sentence > PRONOUN_REACH) break;
      const known = entry.person.gender ?? givenNameGender(entry.person.name);
      if (known === null || known === gender) return entry.person;
    }
    return namedNearby(gender);
  };
  /** The texts of the sentences read so far, by sentence number. */
  const sentenceTexts: string[] = [];
  /**
   * With no subject or speaker to refer to, a pronoun takes the one person the sentence just
   * before it names whose gender may fit (`To professor Jane Roe, the stare seemed sad.` ¶ `"…," she
   * said.`); two who may fit, or none, leave it unknown.
   */
  const namedNearby = (gender: 'm' | 'f'): Person | null => {
    const texts = sentenceTexts.slice(Math.max(0, sentenceNumber - NEARBY_SENTENCES), sentenceNumber);
    let found: Person | null = null;
    for (const person of people) {
      const known = person.gender ?? givenNameGender(person.name);
      if (known !== null && known !== gender) continue;
      // Only someone the text shows to be a person (a gender, a title): a name-shaped run may be a place or a show.
      if (known === null && person.roles.size === 0) continue;
      const surname = surnameOf(person.name);
      if (!texts.some((text) => namesWord(text, surname))) continue;
      if (found) return null;
      found = person;
    }
    return found;
  };
  const resolvePhrase = (phrase: SourcePhrase | null): Found => {
    if (phrase === null) return undefined;
    if (phrase.kind === 'pronoun') return resolvePronoun(phrase.gender);
    if (phrase.kind === 'name') return resolveName(phrase.written, true);
    if (phrase.kind === 'description') return resolveDescription(people, phrase.text) ?? null;
    // A joint statement has no one speaker, but each person in it is someone the article quotes.
    if (phrase.kind === 'group') for (const written of phrase.written) {
      const person = resolveName(written, true);
      if (person && !spoke.includes(person)) spoke.push(person);
    }
    return null;
  };

  /** The words already judged against the article's text by namesPlace. */
  const placeWords = new Map<string, boolean>();
  /** The people found in the text before attribution began (not those a cue or label added). */
  const known = new Set(people);
  const quotes: Quote[] = [];
  /** Each sentence's reported-speech source and the stretches of it that source reports. */
  const sentenceSpeakers: { paragraph: number; start: number; end: number; speaker: Found; reported: Span[] }[] = [];
  const paragraphSpeakers = new Map<number, Person | null>();
  let openQuote: Quote | null = null;
  let introduces: Found = undefined; // a paragraph that ends `Roe said:` introduces the next one
  /** Paragraphs of a transcript turn (`Roe: …`) and their speaker. */
  const turns = new Map<number, Person>();

  paragraphs.forEach(({ text, sentences }, paragraph) => {
    const spans = findQuoteSpans(text).map((span) => ({ open: span.open, close: span.close ?? text.length, closed: span.close !== null }));
    const inQuote = (offset: number) => spans.some((span) => offset > span.open && offset < span.close);
    const cues = findSpeechCues(text).filter((cue) => !inQuote(cue.start));
    const resolved = new Map<SpeechCue, Found>();
    /** Where a cue's source stood: before the verb (`Roe said`), after it (`said Roe`), or in the cue (`in Roe's view`). */
    const sides = new Map<SpeechCue, 'before' | 'after' | 'inside'>();
    /** The source of a cue, read once at the point of reading. */
    const resolveCue = (cue: SpeechCue): Found => {
      if (resolved.has(cue)) return resolved.get(cue);
      const sentence = sentences.find((s) => cue.start >= s.start && cue.start < s.end) ?? { start: 0, end: text.length };
      const quoteBefore = spans.filter((span) => span.closed && span.close < cue.start && span.close >= sentence.start).at(-1);
      const clauseStart = quoteBefore ? quoteBefore.close + 1 : sentence.start;
      const nextQuote = spans.find((span) => span.open > cue.end);
      const before = text.slice(clauseStart, cue.start);
      const after = text.slice(cue.end, Math.min(sentence.end, nextQuote?.open ?? text.length));
      let found: Found;
      // A weak cue needs speech right after it: a quotation may open within its first words (`called the plan "a scam"`).
      const ahead = text.slice(cue.end, Math.min(sentence.end, cue.end + 60));
      if (cue.weak && !quoteBefore && !SPEECH_AHEAD.test(ahead) && !(cue.text === 'asking' && ASKING_WHAT.test(ahead))) {
        found = undefined;
        // `Roe criticized the plan`: no words to attribute, but a verb of criticism reports what its subject said (listed only,
        // and only someone the article names).
        if (CRITICISM.test(cue.text) && !cue.participle) {
          const phrase = sourceBefore(before, false, false);
          // (`Republican Roe and Democrat Doe have criticized …`: each of them.)
          const written = phrase?.kind === 'name' ? [phrase.written] : phrase?.kind === 'group' ? phrase.written : [];
          for (const name of written) {
            const person = resolveName(name, false);
            if (person && !spoke.includes(person)) spoke.push(person);
          }
        }
      } else if (cue.look === 'inside') {
        found = cue.inner === 'his' || cue.inner === 'her' ? resolvePronoun(cue.inner === 'his' ? 'm' : 'f') : resolveName(cue.inner!, true);
        sides.set(cue, 'inside');
      } else if (cue.look === 'after') {
        found = resolvePhrase(sourceAfter(after));
        sides.set(cue, 'after');
      } else {
        // `Roe proposed "a wall" and said …`: the subject stands before the quotation the cue follows.
        // (The quotations themselves are left out: a title in one is no subject, `on "Meet the Press"`.)
        // `Having announced that …, Judge Roe proceeded …`: the cue opens a participle phrase; its source is the clause's subject.
        const having = HAVING.test(before) ? sentenceSubject(text.slice(sentence.start, sentence.end)) : null;
        let phrase: SourcePhrase | null = having
          ? { kind: 'name', written: having }
          : quoteBefore && AND_OR_BUT.test(before)
            ? sourceBefore(text.slice(sentence.start, cue.start).replace(/["“][^"“”]*["”]/g, '""'), false)
            : sourceBefore(before, cue.participle, cue.noun);
        found = resolvePhrase(phrase);
        sides.set(cue, 'before');
        // `"…," said Jane Roe` and `…, said the minister`: the verb comes first (after `"'` too, where a
        // quotation inside the quotation closes with it: `"… 'a scam,"' said Roe`).
        // (…also when the clause before the comma names no one: `Part of the problem, say experts like Jane Roe, is …`.)
        const unnamed = found === null && phrase?.kind === 'name' && !phrase.written.includes(' ') && COMMA_AT_END.test(before);
        if ((found === undefined || unnamed) && !cue.participle && VERB_FIRST.test(before)) {
          const afterPhrase = sourceAfter(after);
          const afterFound = resolvePhrase(afterPhrase);
          if (found === undefined || afterFound) {
            [phrase, found] = [afterPhrase, afterFound];
            sides.set(cue, 'after');
          }
        }
        // A surname the article never gives in full (`"…," Hale said`) names a person when what they say shows one.
        // …but not a word a preposition makes an object (`a columnist for the news site Pando said`).
        // (nor a word after a number: `13 Hours`).
        const lead = phrase?.kind === 'name' ? before.slice(Math.max(0, before.lastIndexOf(phrase.written) - 40), before.lastIndexOf(phrase.written)) : '';
        if (found === null && phrase?.kind === 'name' && !cue.noun && !OBJECT_OF_PREPOSITION.test(lead) && !NUMBER_BEFORE.test(lead)) {
          found = lonePerson(phrase.written, cue, quoteBefore, nextQuote);
        }
      }
      resolved.set(cue, found);
      return record(found);
    };

    /**
     * A lone capitalised word as a speech cue's source, never named in full or with a title, as a
     * person: when they speak in the first person singular (`"I was shocked," Hale said`) or are
     * reported with a pronoun of their own (`Hale said he …`); an outlet or a company says `we` and `it`.
     */
    const lonePerson = (written: string, cue: SpeechCue, quoteBefore: { open: number; close: number } | undefined, nextQuote: { open: number; close: number } | undefined): Person | null => {
      const parsed = parseName(written, isCommon);
      // Not a sentence adverb or a participle that opens a clause (`Similarly,`, `Appearing before …,`), nor a group (`Allies say`).
      if (!parsed || parsed.name.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(parsed.name) || /(?:ly|ing)$/.test(parsed.name) || cue.text === 'say') return null;
      if (isOrganisationName(parsed.name) || isCommon(parsed.name) || namesPlace(parsed.name)) return null;
      // (`Roe said he …`, and after a finite verb `Roe admitted that his pick …`; not `Roe told her`, where `her` is
      // the one told, nor `that he` after an infinitive, whose `he` may be anyone's: `Advisers to Roe are quick to point out that he …`.)
      const pronoun = (cue.participle ? PRONOUN_AFTER : LONE_PERSON_PRONOUN).exec(text.slice(cue.end, cue.end + 16));
      const gap = nextQuote ? text.slice(cue.end, nextQuote.open) : '';
      // The quotation the cue closes may end a sentence of its own (`"… offensive!" Cruz said.`).
      const closing = quoteBefore ?? spans.filter((span) => span.closed && span.close < cue.start).at(-1);
      const before = closing ? text.slice(closing.close + 1, cue.start) : '';
      const quote = (closing && /^[\s,]*[\p{L}'’.\s-]{0,40}$/u.test(before) ? closing : undefined) ?? (nextQuote && /^[^.!?"“”]{0,40}[:,]?\s*$/.test(gap) ? nextQuote : undefined);
      const singular = quote !== undefined && FIRST_PERSON_SINGULAR.test(text.slice(quote.open + 1, quote.close));
      if (!pronoun && !singular) return null;
      const person = addPerson(people, parsed.name);
      const word = pronoun?.[1] ?? pronoun?.[2];
      if (person && word) person.gender ??= word === 'he' || word === 'his' ? 'm' : 'f';
      return person;
    };

    /** Whether the article writes a word as a place or a body (`in Wyoming`, `of Wyoming`). */
    const namesPlace = (word: string): boolean => {
      let place = placeWords.get(word);
      if (place === undefined) {
        placeWords.set(word, (place = followsPlacePreposition(articleText, word)));
      }
      return place;
    };

    // A transcript label (`Jane Roe: …`) or an introduction ending the paragraph before (`Roe said:`).
    const label = labelledSpeaker(text);
    // A transcript turn runs on over paragraphs without a label, in the first person and not naming
    // its speaker (`Roe: We …` ¶ `But then I asked …`); a columnist's own `I` names the person they discuss.
    const previousTurn = label ? undefined : turns.get(paragraph - 1);
    const turn = previousTurn && FIRST_PERSON.test(text) && !text.includes(surnameOf(previousTurn.name)) ? previousTurn : null;
    if (label) {
      const person = resolveName(label, true);
      // A transcript label lists its speaker only when the article names them as a person elsewhere (a gender, a title, a
      // known given name), and the next paragraph does not go on about them by name: a label is also a section heading
      // (`Editor's Note:`, `Roe: See you later?` ¶ `Jane Roe's campaign …`).
      const heading = person !== null && namesWord(paragraphs[paragraph + 1]?.text ?? '', surnameOf(person.name));
      if (person && !heading && known.has(person) && (person.gender !== null || person.roles.size > 0 || givenNameGender(person.name) !== null)) record(person);
      paragraphSpeakers.set(paragraph, person);
      if (person) turns.set(paragraph, person);
    } else if (introduces !== undefined && cues.length === 0) paragraphSpeakers.set(paragraph, introduces);
    else if (turn && cues.length === 0) {
      paragraphSpeakers.set(paragraph, turn);
      turns.set(paragraph, turn);
    }
    // An introduced paragraph (or a turn) with cues of its own is still the introducer's when none of them names a
    // person (`According to Jane Roe, writing for the Herald:` ¶ `The fund “received $4 million,” the Post reported.`).
    const introducedBy = label || cues.length === 0 ? null : (introduces || turn || null);
    introduces = undefined;

    const paragraphQuotes: Quote[] = [];
    // (Tested once per paragraph: few hold a refusal to comment.)
    const mayRefuse = mayHoldRefusal(text);
    for (const sentence of sentences) {
      sentenceNumber += 1;
      sentenceTexts[sentenceNumber] = sentence.text;
      // Quotations that close in this sentence (or run on past the paragraph) take the cue next to them.
      for (const span of spans) {
        const handled = span.closed ? span.close >= sentence.start && span.close < sentence.end : sentence === sentences.at(-1);
        if (!handled) continue;
        const quote: Quote = { paragraph, ...span, own: undefined, continues: span.open === spans[0]?.open && span.open <= 1 ? openQuote : null };
        if (span.closed) {
          const cue = cues.find((c) => c.start > span.close && c.start - span.close <= CUE_AFTER_QUOTE && !spans.some((other) => other.open > span.close && other.open < c.start));
          const between = cue ? text.slice(span.close + 1, cue.start) : '';
          const words = between.replace(/^[\s,.!?…—–-]+/, '');
          // `"…," but he also noted …` opens a clause of its own: that cue is not the quotation's.
          if (cue && !/[.!?;]\s+\S/.test(words) && words.split(/\s+/).length <= 32 && !NEW_CLAUSE.test(words)) quote.own = resolveCue(cue);
        }
        if (quote.own === undefined) {
          const previousClose = spans.filter((other) => other.closed && other.close < span.open).at(-1)?.close ?? -1;
          const cue = cues.filter((c) => c.end <= span.open && c.start > previousClose).at(-1);
          if (cue) {
            const gap = text.slice(cue.end, span.open);
            const words = gap.trim().split(/\s+/).filter(Boolean).length;
            // `Roe said: “…”`, `Roe told reporters, “…”`, `Roe said in a statement. “…”`
            if (words <= WORDS_BEFORE_QUOTE && (/[:,]\s*$|\bthat\s*$|^\s*$/.test(gap) || (words <= 4 && /\.\s*$/.test(gap)))) quote.own = resolveCue(cue);
          }
        }
        if (quote.own === undefined) {
          // A transcript line quoted whole: `"Jane Roe: We …"`.
          const label = span.open <= 1 ? labelledSpeaker(text.slice(span.open + 1, span.open + 60)) : null;
          if (label) quote.own = record(resolveName(label, true));
        }
        if (quote.own === undefined) {
          const opening = sentences.find((s) => span.open >= s.start && span.open < s.end) ?? sentence;
          const colon = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:\s*\([^()]{1,20}\))?:\s*$/u.exec(text.slice(Math.max(opening.start, span.open - 60), span.open));
          // (A day or another word that names nobody is no label: `… gave the technique a whirl on Tuesday: "…"`.)
          if (colon && parseName(colon[1]!, isCommon)) quote.own = record(resolveName(colon[1]!, true));
        }
        if (quote.own === undefined) {
          // `Roe has since apologized for what happened: "…"`: the subject of the clause the colon ends.
          const opening = sentences.find((s) => span.open >= s.start && span.open < s.end) ?? sentence;
          const lead = text.slice(opening.start, span.open);
          const person = /:\s*$/.test(lead) && !/["“”]/.test(lead) ? subjectOf(lead)?.person : null;
          if (person) quote.own = record(person);
        }
        if (quote.own === undefined && span.closed && SPEECH_NOUN_AFTER.test(text.slice(span.close + 1, span.close + 24))) {
          // `Roe’s “47 percent” remark`: a quoted phrase between its speaker’s possessive and a speech noun.
          const possessor = POSSESSOR_BEFORE.exec(text.slice(Math.max(0, span.open - 60), span.open));
          if (possessor) quote.own = record(resolveName(possessor[1]!, true));
        }
        paragraphQuotes.push(quote);
        quotes.push(quote);
      }
      // Reported speech: the first cue of the sentence outside quotations that names a source.
      let own: Found;
      let reported: Span[] = [];
      for (const cue of cues) {
        if (cue.start < sentence.start || cue.start >= sentence.end) continue;
        // After the sentence's source, a plain speech verb or a participle that reports speech (`saying`) is still read, so
        // that a second speaker is listed too (`Roe suggested …, while Doe said …`, `In response to Roe's comments, Doe
        // released a statement saying …`); verbs of blame and praise there name their objects as often as sources.
        if (own && !PLAIN_SPEECH.has(cue.text) && !(cue.participle && !cue.weak)) continue;
        const found = resolveCue(cue);
        if (own) continue;
        if (found) {
          own = found;
          reported = reportedBy(cue, sides.get(cue), sentence, text, spans);
        } else if (found === null && own === undefined) [own, reported] = [null, reportedBy(cue, sides.get(cue), sentence, text, spans)];
      }
      // `A spokesman for the mayor said …`: a plain speech verb reports speech even when its source names nobody we can resolve.
      if (own === undefined) {
        const plain = cues.find((cue) => cue.start >= sentence.start && cue.start < sentence.end && PLAIN_SPEECH.has(cue.text) && sides.get(cue) === 'before');
        if (plain) reported = reportedBy(plain, 'before', sentence, text, spans);
      }
      // `Roe declined to comment`, `Roe did not respond to a request for comment`: an answer the article reports, though
      // it holds no words to attribute (listed only).
      if (mayRefuse && mayHoldRefusal(sentence.text)) {
        const refusal = NO_COMMENT.exec(sentence.text);
        const found = refusal ? resolvePhrase(sourceBefore(sentence.text.slice(0, refusal.index), false)) : undefined;
        if (found) record(found);
      }
      sentenceSpeakers.push({ paragraph, start: sentence.start, end: sentence.end, speaker: own, reported });
      noteSubject(sentence.text);
      learnGender(sentence.text);
    }
    if (introducedBy) {
      const own = sentenceSpeakers.filter((s) => s.paragraph === paragraph);
      if (!own.some((s) => s.speaker) && !paragraphQuotes.some((quote) => quote.own)) {
        paragraphSpeakers.set(paragraph, introducedBy);
        if (introducedBy === turn) turns.set(paragraph, turn);
        for (const s of own) if (s.speaker === null) s.speaker = introducedBy;
        for (const quote of paragraphQuotes) if (quote.own === null) quote.own = introducedBy;
      }
    }
    const last = spans.at(-1);
    openQuote = last && !last.closed ? (paragraphQuotes.find((quote) => quote.open === last.open) ?? null) : null;
    const lastCue = cues.at(-1);
    // The colon test first: it is cheap, and the pattern holds only for a paragraph that ends in one.
    if (lastCue && text.trimEnd().endsWith(':') && /^\s*(?:[^.!?"“”]{0,100})?:\s*$/.test(text.slice(lastCue.end))) {
      // `According to Jane Roe, writing for the Herald:`: the sentence's source when the last cue names nobody.
      const found = resolveCue(lastCue);
      const last = sentenceSpeakers.at(-1);
      introduces = found || (last?.paragraph === paragraph && last.speaker) || found;
    }
  });

  /** One person named in a sentence, pronouns of one gender beside them: that is their gender. */
  function learnGender(sentence: string): void {
    // `recent` grows in sentence order: this sentence's people are at its end (a filter over all of it made this quadratic).
    let person: Person | null = null;
    for (let i = recent.length - 1; i >= 0 && recent[i]!.sentence === sentenceNumber; i--) {
      if (person !== null && recent[i]!.person !== person) return;
      person = recent[i]!.person;
    }
    if (person === null || person.gender !== null) return;
    // The stretch is cut only when the sentence has a pronoun at all (most have none).
    if (pronounGender(sentence) !== null) person.gender = pronounGender(ownStretch(sentence, person));
  }

  /**
   * The stretch of a sentence whose pronouns may be this person's: up to the next person it names
   * (`Jane Roe raised the issue, asking Doe why he …`: `he` may be Doe's), and none when someone
   * else is named before them.
   */
  function ownStretch(sentence: string, person: Person): string {
    const own = wordAt(sentence, surnameOf(person.name));
    let end = sentence.length;
    for (const other of people) {
      const surname = surnameOf(other.name);
      if (other === person || person.name.endsWith(surname)) continue;
      const at = wordAt(sentence, surname);
      if (at >= 0 && at < end) end = at;
    }
    return own >= 0 && own < end ? sentence.slice(0, end) : '';
  }

  /** A known full name after a few title words that open the sentence (`Democratic front-runner Jane Roe said`). */
  function titledSubject(sentence: string): Person | null {
    const opening = sentence.slice(0, 80);
    let first: { at: number; person: Person } | null = null;
    for (const person of people) {
      const at = person.name.includes(' ') ? opening.indexOf(person.name) : -1;
      if (at > 0 && (first === null || at < first.at)) first = { at, person };
    }
    // A sentence may open with a conjunction before the title (`And Doe campaign Chairman Jane Roe …`).
    if (first === null || !TITLE_WORDS_BEFORE.test(opening.slice(0, first.at).replace(/^(?:And|But|Yet|So|Still)\s+/, ''))) return null;
    return first.person;
  }

  /** A sentence that opens with a person's name makes them the likely `he` or `she` of what follows. */
  function noteSubject(sentence: string): void {
    const subject = subjectOf(sentence);
    if (!subject) return;
    const { person, weak } = subject;
    mention(person, weak);
    // One person as subject, pronouns of one gender after them: that is their gender.
    if (person.gender === null && pronounGender(sentence) !== null) person.gender = pronounGender(ownStretch(sentence, person));
  }

  /** The known person a sentence is about, and whether it was found only after a leading phrase (weak). */
  function subjectOf(sentence: string): { person: Person; weak: boolean } | null {
    const match = OPENING_CAPITALS.exec(sentence);
    let person = match && resolveName(match[1]!, false);
    // Only a sentence that opens with no known name, or with one before lower-case words, may hold a titled subject.
    const titled = !person || TITLE_THEN_CAPITAL.test(sentence.slice(match![0].length, match![0].length + 60)) ? titledSubject(sentence) : null;
    // `Obama consultant Jane Roe picked up …`: a name before lower-case title words is the title's, not the subject
    // (but `Roe attacked Jane Doe`: a verb between makes the second name its object).
    if (titled && person && titled !== person && titleWordsOnly(sentence.slice(match![0].length, sentence.indexOf(titled.name)))) person = titled;
    person ||= titled;
    let weak = false;
    if (!person) {
      // `Like her sister, Ms. Roe worked …`: the subject after a leading phrase.
      const written = sentenceSubject(sentence);
      person = (written && resolveName(written, false)) || null;
      weak = true;
    }
    return person ? { person, weak } : null;
  }

  // A quotation without a cue of its own: the cue of the quotation it continues (a paragraph
  // that opens with a quote mark after an unclosed one), of the reported speech it sits in, or
  // of the quotation before it in the paragraph.
  const speakerOf = new Map<Quote, Person | null>();
  for (let index = quotes.length - 1; index >= 0; index--) {
    // Walk back so that a cue closing a long quotation reaches all of its paragraphs.
    const quote = quotes[index]!;
    if (quote.own !== undefined) speakerOf.set(quote, quote.own);
    if (quote.continues && quote.continues.own === undefined && speakerOf.has(quote)) speakerOf.set(quote.continues, speakerOf.get(quote)!);
  }
  for (const [index, quote] of quotes.entries()) {
    if (speakerOf.has(quote)) continue;
    const sentence = sentenceSpeakers.find((s) => s.paragraph === quote.paragraph && quote.open >= s.start && quote.open < s.end);
    if (sentence?.speaker !== undefined && sentence?.speaker !== null) {
      speakerOf.set(quote, sentence.speaker);
      continue;
    }
    if (quote.open <= 1 && !quote.continues && quotesSpeech(quote)) {
      // A passage of reported speech in quote marks (a pull quote, a quoted article): its own cue's source.
      speakerOf.set(quote, innerSource(quote) ?? null);
      continue;
    }
    const previous = quotes[index - 1];
    const continues = quote.continues ?? (previous && (previous.paragraph === quote.paragraph || (quote.open <= 1 && previous.paragraph === quote.paragraph - 1 && previous.close >= paragraphs[previous.paragraph]!.text.length - 2)) ? previous : null);
    if (continues && speakerOf.has(continues)) speakerOf.set(quote, speakerOf.get(continues)!);
    else if (paragraphSpeakers.has(quote.paragraph)) speakerOf.set(quote, paragraphSpeakers.get(quote.paragraph)!);
    else if (quote.open <= 1 && quote.paragraph > 0 && !quotesSpeech(quote)) {
      // A paragraph that opens with a quotation and names nobody goes on with whoever spoke last in
      // the one before, unless it quotes reported speech of its own (a passage from another article).
      const last = lastSpeakerOf(quote.paragraph - 1);
      if (last) speakerOf.set(quote, last);
    }
  }

  /**
   * Whether a quotation is a passage of reported speech of its own (`"On Sunday, Roe announced
   * that …"`): a speech cue after a name, and no first person (a speaker's `I saw that Roe said`
   * is still the speaker's).
   */
  function quotesSpeech(quote: Quote): boolean {
    const text = paragraphs[quote.paragraph]!.text.slice(quote.open + 1, quote.close);
    if (/\b(?:I|I[’']m|I[’']ve|we|We|my|My|our|Our|me|us)\b/.test(text)) return false;
    return findSpeechCues(text).some((cue) => !cue.weak && cue.look === 'before' && /\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(Math.max(0, cue.start - 30), cue.start)));
  }

  /** The source of the first speech cue inside a quotation that quotes reported speech (`"On Sunday, Roe announced that …"`). */
  function innerSource(quote: Quote): Person | null {
    const text = paragraphs[quote.paragraph]!.text.slice(quote.open + 1, quote.close);
    const cue = findSpeechCues(text).find((c) => !c.weak && c.look === 'before');
    if (!cue) return null;
    const found = resolvePhrase(sourceBefore(text.slice(0, cue.start), cue.participle, cue.noun));
    return found ?? null;
  }

  /** Who spoke in the last sentence of a paragraph (its quotation's speaker, or its reported speech's). */
  function lastSpeakerOf(paragraph: number): Person | null {
    const sentence = sentenceSpeakers.findLast((s) => s.paragraph === paragraph);
    if (!sentence) return null;
    const quote = quotes.findLast((q) => q.paragraph === paragraph && q.close >= sentence.start);
    return (quote && speakerOf.get(quote)) || sentence.speaker || null;
  }

  // Claims ask about every figure: the quotations and sentences of each paragraph, found once.
  const byParagraph = <T extends { paragraph: number }>(items: T[]): ((paragraph: number) => T[]) => {
    const index = new Map<number, T[]>();
    for (const item of items) {
      const list = index.get(item.paragraph);
      if (list) list.push(item);
      else index.set(item.paragraph, [item]);
    }
    return (paragraph) => index.get(paragraph) ?? [];
  };
  const quotesIn = byParagraph(quotes);
  const sentencesIn = byParagraph(sentenceSpeakers);

  return {
    inSpeech(paragraph, offset) {
      if (paragraphSpeakers.has(paragraph)) return true;
      const quote = quotesIn(paragraph).find((q) => offset > q.open && offset < q.close);
      if (quote && speakerOf.has(quote)) return true;
      const sentence = sentencesIn(paragraph).find((s) => offset >= s.start && offset < s.end);
      return sentence !== undefined && sentence.reported.some(([start, end]) => offset >= start && offset < end);
    },
    get speakers() {
      const names: string[] = [];
      for (const person of spoke) if (!names.includes(person.name)) names.push(person.name);
      return names;
    },
    speakerAt(paragraph, offset) {
      const quote = quotesIn(paragraph).find((q) => offset > q.open && offset < q.close);
      if (quote && speakerOf.has(quote)) return speakerOf.get(quote)?.name ?? null;
      if (quote && !quote.closed) return null;
      const sentence = sentencesIn(paragraph).find((s) => offset >= s.start && offset < s.end);
      if (sentence?.speaker) return sentence.speaker.name;
      if (sentence?.speaker === null) return null;
      // A sentence without a cue of its own that runs into an attributed quotation
      // (`In 2009, when …, “states were short. They needed it,” Roe said.`) is part of it.
      if (sentence) {
        const text = paragraphs[paragraph]!.text;
        const overlapping = quotes.find(
          (q) => q.paragraph === paragraph && q.open > offset && q.open < sentence.end && speakerOf.get(q) && !/[.!?…]\s*$/.test(text.slice(offset, q.open)),
        );
        if (overlapping) return speakerOf.get(overlapping)!.name;
      }
      return paragraphSpeakers.get(paragraph)?.name ?? null;
    },
  };
}

/** `he` or `she` right after a cue. */
const PRONOUN_AFTER = /^\s+(he|she)\b/;
/** A pronoun of the cue's subject opening the clause after the cue: `he`, `she`, or `his` and `her` after `that` (`described his skills` is the object's). */
const LONE_PERSON_PRONOUN = /^\s+(?:that\s+)?(he|she)\b|^\s+that\s+(his|her)\b/;

/** The gender a given name suggests (`Jane Roe` -> f), for pronouns when the text never states one; null when unknown. */
function givenNameGender(name: string): 'm' | 'f' | null {
  const space = name.indexOf(' ');
  if (space < 0) return null;
  const given = name.slice(0, space).toLowerCase();
  return MALE_FIRST_NAMES.has(given) ? 'm' : FEMALE_FIRST_NAMES.has(given) ? 'f' : null;
}

/** Lower-case words, then a capital: a title before a name may follow an opening name (`Obama consultant Jane Roe`). */
const TITLE_THEN_CAPITAL = /^\s+(?:[\p{Ll}-]+\s+){1,4}\p{Lu}/u;
/** One to four lower-case words that read as a title, not a verb (`consultant`, `campaign manager`; not `attacked`, `told`). */
const TITLE_WORDS_ONLY = /^\s+(?:(?![\p{Ll}-]*ed\s|(?:is|was|are|were|has|had|have|will|would|says|said|told|tells|met|meets|hit|hits|beat|beats|and|or|but|to|of|for|with|by|at|in|on|from)\s)[\p{Ll}-]+\s+){1,4}$/u;

/** Whether the words between a name and a titled name are only a title (`consultant`, `campaign Chairman`): the name is the title's. */
function titleWordsOnly(between: string): boolean {
  const capitalised = /\s(\p{Lu}[\p{L}.-]*)\s+$/u.exec(between);
  if (!capitalised || !isTitleWord(capitalised[1]!)) return TITLE_WORDS_ONLY.test(between);
  const rest = between.slice(0, capitalised.index + 1);
  return rest.trim() === '' || TITLE_WORDS_ONLY.test(rest);
}

/** A preposition and up to four lower-case words, right before a name: the name is its object. */
const OBJECT_OF_PREPOSITION = /\b(?:of|for|at|from|with|by|to|in|on|about|against)\s+(?:[\p{Ll}-]+\s+){0,4}$/u;

/** Verbs of criticism: they report speech whether or not its words follow. */
const CRITICISM = /^(?:criticiz|criticis|blast|slam|condemn|denounc|mock|derid|ridicul|lament)/;

/** Whether a text may report a refusal to comment (a cheap test before NO_COMMENT: substring searches, not a pattern). */
function mayHoldRefusal(text: string): boolean {
  return text.includes('comment') || text.includes('respond') || text.includes('reply') || text.includes('return');
}
/** A refusal to comment or an unanswered request, after its subject (`declined to comment`, `did not immediately respond to a request`). */
const NO_COMMENT =
  /\s(?:also\s+)?(?:(?:declined|refused)\s+to\s+comment|(?:did not|didn['’]t|has not|hasn['’]t|have not|had not)\s+(?:yet\s+|immediately\s+|directly\s+)?(?:respond|reply|return)(?:ed)?\b[^.;]{0,40}\b(?:request|call|email|e-mail|message|question|inquir))/;

/** Words of the first person singular: one person speaking, not a body (`we`). */
const FIRST_PERSON_SINGULAR = /\b(?:I|I['’](?:m|ve|d|ll)|my|me|myself)\b/;

/** Words of the first person: a speaker's own words, not a narrator's about them. */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|we|We|my|My|our|Our|me|us)\b/;

/**
 * The gender of the third-person pronouns of a sentence outside its quotations, null when it has
 * none or both: a quotation's `she` is someone the speaker talks about (`"She started as a favorite," Roe said`).
 */
function pronounGender(sentence: string): 'm' | 'f' | null {
  const narration = sentence.includes('"') || sentence.includes('“') ? sentence.replace(/["“][^"”]*(?:["”]|$)/g, ' ') : sentence;
  const male = MALE_PRONOUN.test(narration);
  const female = FEMALE_PRONOUN.test(narration);
  return male === female ? null : male ? 'm' : 'f';
}

/**
 * Whether a text has a word after a preposition of place, as `/\b(?:in|of|from|at|across|throughout)\s+WORD\b/`
 * finds it (`in Wyoming`). Searched for, not compiled: a pattern per word cost more than the search.
 */
function followsPlacePreposition(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (isWordUnit(text, end - 1) === isWordUnit(text, end)) continue;
    // The white space before the word; the preposition ends where it starts (its letters are not white space).
    let space = at;
    while (space > 0 && SPACE.test(text[space - 1]!)) space--;
    if (space === at) continue;
    if (PLACE_PREPOSITIONS.some((preposition) => text.endsWith(preposition, space) && !isWordUnit(text, space - preposition.length - 1))) return true;
  }
  return false;
}
const PLACE_PREPOSITIONS = ['in', 'of', 'from', 'at', 'across', 'throughout'];

/** Whether the code unit at `index` is a word character to `\b` (ASCII letters, digits, `_`); false outside the text. */
function isWordUnit(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_UNIT.test(text[index]!);
}

/** Whether a text holds a word as a whole word (`Roe` in `Roe's`, not in `Monroe`). */
function namesWord(text: string, word: string): boolean {
  return wordAt(text, word) >= 0;
}

/** Where a text first holds a word as a whole word, or -1. */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!LETTER_OR_DIGIT.test(text[at - 1] ?? ' ') && !LETTER_OR_DIGIT.test(text[at + word.length] ?? ' ')) return at;
  }
  return -1;
}

/** The last word of a name (`Jane Roe` -> `Roe`). */
function surnameOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** What makes `asking` speech: a question put to someone (`asking Roe why …`, `asking the senator whether …`) or questions. */
const ASKING_WHAT = /^\s+(?:questions?\b|(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}'’.-]+\s+){1,3}(?:why|whether|if|how|what|when|where|who|about)\b)/u;

/** A speech noun right after a quoted phrase (`“…” remark`). */
const SPEECH_NOUN_AFTER = /^\s*(?:comments?|remarks?|claims?|statements?|words?|lines?|quips?|promises?|pledges?|vows?|boasts?|slogans?|tweets?|warnings?|estimates?|predictions?|assertions?|jokes?)\b/;
/** A name’s possessive right before a quotation (`Jane Roe’s “…”`). */
const POSSESSOR_BEFORE = new RegExp(`(?<![\\p{L}\\d.'’-])(${NAME_RUN})['’]s?\\s*$`, 'u');

/** Words after a closing quote mark that open a clause of their own (`, but he also noted`). */
const NEW_CLAUSE = /^(?:but|and|while|although|though|yet|whereas)\s+(?:he|she|they|it|\p{Lu})/u;

/** [start, end) offsets in a paragraph. */
type Span = [number, number];

/**
 * The stretches of a sentence that its speech cue reports: after the verb when the source stands
 * before it (`Roe, 56, said [the plan took 18 months]`), before the verb when the source follows
 * it (`[the plan took 18 months], said Roe`), around the source of `according to`, the whole
 * sentence for `in Roe's view`. A quotation the cue attributes is speech of its own; the words
 * between it and its cue (`"…," said Roe, 56,`) are not.
 */
function reportedBy(cue: SpeechCue, side: 'before' | 'after' | 'inside' | undefined, sentence: { start: number; end: number }, text: string, spans: { open: number; close: number; closed: boolean }[]): Span[] {
  if (side === undefined) return [];
  if (side === 'inside') return [[sentence.start, sentence.end]];
  // `Roe was asked by moderator Jane Doe whether […]`: what the agent asked follows.
  if (cue.text.endsWith(' by')) return [[cue.end, sentence.end]];
  if (cue.look === 'after') {
    // `According to Roe, […]` or `[…], according to Roe`: the source phrase ends at the next comma.
    const comma = text.slice(cue.end, Math.min(sentence.end, cue.end + 80)).indexOf(',');
    return [[sentence.start, cue.start], ...(comma < 0 ? [] : [[cue.end + comma + 1, sentence.end] as Span])];
  }
  // `[…] and "…," said Roe`: what comes before the verb, a quotation in it or not.
  if (side === 'after') return [[sentence.start, cue.start]];
  // `[…], Mayor Jane Roe noted.`: source and verb close the sentence, and what it reports stands
  // before them, up to the comma that opens the source.
  const tail = text.slice(cue.end, sentence.end);
  if (TRAILING_CUE.test(tail)) {
    const comma = text.lastIndexOf(',', cue.start);
    const quoteClose = spans.filter((span) => span.closed && span.close < cue.start && span.close >= sentence.start).at(-1)?.close ?? -1;
    const end = Math.max(comma, quoteClose);
    return end > sentence.start ? [[sentence.start, end]] : [];
  }
  return [[cue.end, sentence.end]];
}

/** What may follow a cue that closes its sentence: a time, a place, a medium (`said on Monday in a statement.`). */
const TRAILING_CUE = /^(?:\s+(?:on|in|at|during|last|this|earlier|later|recently|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|told|to|of|with|while|when|after|before|afterward|afterwards)\b[^,;:"“]{0,80})?\s*[.!?]?["”’]?\s*$/i;

/** Speech verbs that report speech whoever their subject is (`A spokesman for the mayor said …`). */
const PLAIN_SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns', 'explained', 'explains', 'stressed', 'stresses', 'announced', 'announces']);

// Patterns of the per-cue and per-sentence tests above, made once: a regex literal in a function is
// a new RegExp object each time it is evaluated, and these run for every cue, sentence or character.
/** What may follow a weak cue that reports speech: nothing, punctuation, `reporters`, a `that` or a quotation soon. */
const SPEECH_AHEAD = /^\s*(?:$|[,:;."“”]|(?:to )?(?:reporters|him|her|them|us|me)\b)|^[^.;]{0,40}(?:\bthat\b|[:"“])/;
const HAVING = /^\s*Having\s+$/;
const AND_OR_BUT = /^\s*,?\s*(?:and|but)\s*$/;
const COMMA_AT_END = /,\s*$/;
/** Only punctuation before the verb, or a comma or closing quote right before it: the verb comes first (`"…," said Roe`). */
const VERB_FIRST = /^[\s,:;"“”«»'’—–-]*$|[,"”»'’]\s*$/;
const NUMBER_BEFORE = /\d\s+$/;
/** Capitalised words that open a sentence (a quote mark aside). */
const OPENING_CAPITALS = /^["“]?((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)/u;
const MALE_PRONOUN = /\b(?:he|his|him|himself)\b/i;
const FEMALE_PRONOUN = /\b(?:she|her|hers|herself)\b/i;
const SPACE = /\s/;
const WORD_UNIT = /\w/;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
