// Who says what. Quotations take the speaker named next to them (`"…," the head of state
// noted`); reported speech takes the subject of its speech verb (`President Aliyev noted that
// …`). Descriptions and pronouns are resolved against the people the article names, and only
// when exactly one person fits: an unknown speaker stays unknown.
import { addPerson, findByName, NAME_WORD, resolveDescription, type Person } from './find-people.ts';
import { findQuoteSpans } from '../text/find-quotes.ts';
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
}

const VERB =
  "(?:said|says|noted|notes|stated|states|added|adds|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|underlined|underlines|underscored|underscores|highlighted|highlights|told|tells|announced|announces|declared|declares|explained|explains|mentioned|remarked|pointed out|points out|observed|claimed|claims|insisted|argued|warned|warns|acknowledged|admitted|confirmed|revealed|recalled|estimated|wrote|writes|continued|concluded|asserted|affirmed|touched (?:up)?on|spoke|replied|answered|commented|reported|expressed|voiced|called)";
const ADVERB = '(?:(?:also|further|then|later|earlier|again|once again|additionally)\\s+)?';
const NAMES = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;
// He/she; a description ("the head of state", "the Azerbaijani leader"); a name with any title
// before it ("Fisheries Commissioner Virginijus Sinkevičius", "the airport's chief executive
// Jan Novak"); or a description, then the name set off by commas ("The director of the port,
// Taleh Ziyadov,").
const SUBJECT =
  `(?:[Hh]e|[Ss]he|[Tt]he\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:head of (?:the )?(?:state|government)|country's leader|leader|president|prime minister|premier|chancellor|minister|foreign minister|spokes(?:man|woman|person)|ambassador|governor|mayor|official|expert|analyst|economist|chairman|chair|director|commissioner|king|queen)|(?:[Tt]he\\s+[^,.;"“”]{1,60}?,\\s+)?(?:[Tt]he\\s+(?:[\\p{Ll}'’-]+\\s+){1,4})?(?:Mr\\.?\\s+|Mrs\\.?\\s+|Ms\\.?\\s+|Dr\\.?\\s+)?${NAMES},?)`;

const SENTENCE_START = new RegExp(`^["“«]?\\s*(${SUBJECT})\\s+${ADVERB}${VERB}\\b`, 'u');
const TRAILING = new RegExp(`,\\s*(${SUBJECT})\\s+${ADVERB}${VERB}\\b[^"“”«»]*$`, 'u');
const AFTER_QUOTE = new RegExp(`^[,.!?…\\s]*(?:(${SUBJECT})\\s+${ADVERB}${VERB}\\b|${VERB}\\s+(${SUBJECT}))`, 'u');
const BEFORE_QUOTE = new RegExp(`(${SUBJECT})\\s+${ADVERB}${VERB}(?:\\s+that)?\\s*[:,]?\\s*$`, 'u');
const SPEECH_VERB = new RegExp(`\\b(?:${VERB}|according to)\\b`);
const ACCORDING_TO = new RegExp(`\\baccording to (${SUBJECT})`, 'u');

const TRAILING_NAME = new RegExp(`(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})$`, 'u');

/** Capitalised title words that come before names but are not names. */
const TITLE_WORDS = new Set('President Prime Minister Premier Chancellor Professor Governor Mayor Ambassador Senator Commissioner Director Chairman Secretary General Foreign Finance Defence Defense Energy Education Health Economy Fisheries Deputy Vice Chief Executive Spokesman Spokeswoman King Queen'.split(' '));
/** Words that can open a sentence in capitals but never name a speaker. */
const NOT_SPEAKERS = new Set('The This That These Those It We They I You There Here In On At As And But Of For With From By To Today Currently Naturally Therefore Undoubtedly'.split(' '));

/** Works out the speaker of every quotation and reported statement in the article. */
export function attributeSpeakers(paragraphs: ParagraphSentences[], people: Person[]): SpeakerMap {
  const speakers: string[] = [];
  let lastSpeaker: string | null = null;
  let pronounBlocked = false;

  /** Resolves a subject phrase at the current point of reading. */
  const resolve = (phrase: string): string | null => {
    const text = phrase.trim().replace(/,$/, '');
    if (/^(?:he|she)$/i.test(text)) return pronounBlocked ? null : lastSpeaker;
    // A name at the end wins over the words before it ("the port's director, Taleh Ziyadov").
    const name = TRAILING_NAME.exec(text)?.[1];
    if (name && !/^(?:the|The)\s+\S+$/.test(text)) {
      const words = name.split(/\s+/).filter((word) => !NOT_SPEAKERS.has(word) && !TITLE_WORDS.has(word));
      for (let from = 0; from < words.length; from++) {
        const known = findByName(people, words.slice(from).join(' '));
        if (known) return known.name;
      }
      // A full name attributed a statement is a person, even without a title we know.
      if (words.length >= 2) return addPerson(people, words.slice(-2).join(' '))?.name ?? null;
      if (/^the\s/i.test(text)) return resolveDescription(people, text)?.name ?? null;
      return null;
    }
    if (/^the\s/i.test(text)) return resolveDescription(people, text)?.name ?? null;
    return null;
  };
  const record = (speaker: string | null): string | null => {
    if (speaker === null) return null;
    if (!speakers.includes(speaker)) speakers.push(speaker);
    lastSpeaker = speaker;
    pronounBlocked = false;
    return speaker;
  };
  /** Another person named in the text makes a following "he" ambiguous. */
  const noteMentions = (text: string, speaker: string | null): void => {
    for (const person of people) {
      if (person.name === speaker) continue;
      const surname = person.name.split(' ').at(-1)!;
      const at = text.indexOf(surname);
      if (at >= 0 && !/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + surname.length] ?? '')) pronounBlocked = true;
    }
  };

  const quoteSpeakers: { paragraph: number; open: number; close: number; speaker: string | null }[] = [];
  const sentenceSpeakers: { paragraph: number; start: number; end: number; speaker: string | null }[] = [];

  paragraphs.forEach(({ text, sentences }, paragraphIndex) => {
    const quotes = findQuoteSpans(text).map((span) => ({ open: span.open, close: span.close ?? text.length, closed: span.close !== null }));
    const resolvedQuotes = new Map<number, string | null>();
    let previousQuoteSpeaker: string | null = null;
    for (const sentence of sentences) {
      const inQuote = (offset: number) => quotes.some((quote) => offset > quote.open && offset < quote.close);
      // Reported speech: the sentence's own subject and speech verb, outside any quotation.
      let own: string | null = null;
      // Most sentences have no speech verb at all; the cheap test spares them the big patterns.
      const speaks = SPEECH_VERB.test(sentence.text);
      const start = speaks ? SENTENCE_START.exec(sentence.text) : null;
      if (start && !inQuote(sentence.start + start.index + 1)) own = resolve(start[1]!);
      else if (speaks) {
        const trailing = TRAILING.exec(sentence.text) ?? ACCORDING_TO.exec(sentence.text);
        if (trailing && !inQuote(sentence.start + trailing.index + 1)) own = resolve(trailing[1]!);
      }
      // Quotations that close in this sentence take the speaker named right after them (or before).
      for (const [index, quote] of quotes.entries()) {
        if (resolvedQuotes.has(index) || quote.close < sentence.start || quote.close >= sentence.end) continue;
        const after = quote.closed ? text.slice(quote.close + 1, sentence.end) : '';
        const before = text.slice(sentence.start, Math.max(sentence.start, quote.open));
        const match = AFTER_QUOTE.exec(after);
        const beforeMatch = BEFORE_QUOTE.exec(before);
        let speaker: string | null = null;
        if (match) speaker = resolve(match[1] ?? match[2]!);
        else if (beforeMatch) speaker = resolve(beforeMatch[1]!);
        else if (quote.open <= sentence.start) speaker = previousQuoteSpeaker; // `"A," he said. "B."`
        resolvedQuotes.set(index, record(speaker));
        previousQuoteSpeaker = speaker;
        quoteSpeakers.push({ paragraph: paragraphIndex, open: quote.open, close: quote.close, speaker });
      }
      sentenceSpeakers.push({ paragraph: paragraphIndex, start: sentence.start, end: sentence.end, speaker: record(own) });
      noteMentions(sentence.text, own ?? lastSpeaker);
    }
  });

  return {
    speakers,
    speakerAt(paragraph, offset) {
      const quote = quoteSpeakers.find((q) => q.paragraph === paragraph && offset > q.open && offset < q.close);
      if (quote) return quote.speaker;
      const sentence = sentenceSpeakers.find((s) => s.paragraph === paragraph && offset >= s.start && offset < s.end);
      return sentence?.speaker ?? null;
    },
  };
}
