// From cleaned paragraphs to claims: segment, attribute, find figures, and give each figure its
// unit, subject, period, context and permalink id.
import { UNCOUNTED_UNIT, type Claim } from '../../schemas/claim.ts';
import { attributeSpeakers } from './attribute-speakers.ts';
import { boundWarnings, clipContext, createClaimBudget, splitLongSentence } from './bound-claim-text.ts';
import { extractSubject } from './extract-subject.ts';
import { extractTerms } from './extract-terms.ts';
import { findModality } from './find-modality.ts';
import { findPeriod } from './find-period.ts';
import { findSpokenFigures, readSpokenFigure } from './find-spoken-figures.ts';
import { findVoteTallies, VOTE_UNIT } from './find-vote-tallies.ts';
import { keepUnitCase } from './keep-unit-case.ts';
import { findQuantities, type QuantityMention } from '../quantities/find-quantities.ts';
import type { Person } from './find-people.ts';
import { makeClaimId, fingerprint } from './make-claim-id.ts';
import { splitSentences, type Sentence } from '../text/split-sentences.ts';

/** What claim extraction needs to know about an article. */
export interface ClaimInput {
  /** The article's id; part of every claim id. */
  articleId: string;
  paragraphs: string[];
  /** People the article names with a title (from `findPeople`). */
  people: Person[];
  /** Publication date (ISO 8601) or null. */
  date: string | null;
  /** A speaker declared by the source's front-matter; overrides attribution for every claim. */
  speakerOverride: string | null;
}

/** The claims of an article, everyone it quotes, and what extraction noticed. */
export interface ClaimOutput {
  claims: Claim[];
  speakers: string[];
  warnings: string[];
}

/** Extracts every quantity claim from an article's paragraphs, in reading order. */
export function extractClaims({ articleId, paragraphs, people, date, speakerOverride }: ClaimInput): ClaimOutput {
  const segmented = paragraphs.map((text) => ({ text, sentences: splitSentences(text) }));
  const speakerMap = attributeSpeakers(segmented, people);
  // `position` is the sentence's index in its paragraph: the sentences before it are a slice, not
  // a search per claim (that search made time grow with the square of sentences per paragraph).
  // A very long sentence is worked on in stretches (see bound-claim-text.ts): `sentence` is the
  // stretch, `whole` the sentence the claim id hashes, `stored` the text the claim keeps.
  // (Plain loops and properties: flatMap and an object spread per sentence cost more than the rest of this setup.)
  const allSentences: { paragraph: number; position: number; sentence: Sentence; whole: string; stored: string }[] = [];
  segmented.forEach(({ sentences }, paragraph) => {
    sentences.forEach((sentence, position) => {
      for (const { sentence: stretch, whole, stored } of splitLongSentence(sentence)) allSentences.push({ paragraph, position, sentence: stretch, whole, stored });
    });
  });
  const budget = createClaimBudget(paragraphs.reduce((length, paragraph) => length + paragraph.length, 0));
  const claims: Claim[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();

  let seenIn = '';
  let seenFigures = new Map<string, number>();
  let seenSpoken = new Map<string, number>();
  let seenTallies = new Map<string, number>();
  allSentences.forEach(({ paragraph, position, sentence, whole, stored }, index) => {
    // Once the budget is spent, finding the rest of the figures is wasted work: a digit is
    // enough to say some were left out.
    if (budget.isFull() && (!/\d/.test(sentence.text) || !budget.admit())) return;
    const mentions = findQuantities(sentence.text);
    const inSpeech = (at: number) => speakerMap.inSpeech(paragraph, sentence.start + at);
    const spoken = findSpokenFigures(sentence.text, mentions, inSpeech);
    const tallies = TALLY_HINT.test(sentence.text) ? findVoteTallies(sentence.text) : [];
    if ((mentions.length === 0 && spoken.length === 0 && tallies.length === 0) || !budget.admit()) return;
    const previous = segmented[paragraph]!.sentences.slice(Math.max(0, position - PREVIOUS_SENTENCES), position).map((s) => s.text);
    const earlier: { mention: QuantityMention; subject: string; unit: string }[] = [];
    // Counted per whole sentence, across its stretches: `occurrence` tells repeats apart in the id.
    if (whole !== seenIn || stored === whole) {
      seenIn = whole;
      seenFigures = new Map();
      seenSpoken = new Map();
      seenTallies = new Map();
    }
    const made: { at: number; claim: Claim }[] = [];
    /** Makes the claim of a figure; `repeats` counts the figure's earlier claims in the sentence for its id. */
    const makeClaim = (mention: QuantityMention, unit: string, subject: string, repeats: Map<string, number>, base: number): void => {
      earlier.push({ mention, subject, unit });
      const unitWords = mention.unitStart !== null && mention.unitEnd !== null ? sentence.text.slice(mention.unitStart, mention.unitEnd) : '';
      const figureKey = fingerprint(mention.text);
      const occurrence = repeats.get(figureKey) ?? 0;
      repeats.set(figureKey, occurrence + 1);
      const id = makeClaimId(articleId, whole, mention.text, unitWords, base + occurrence);
      if (ids.has(id)) return; // the same sentence repeated word for word in one article
      ids.add(id);
      const offset = sentence.start + mention.start;
      const period = findPeriod(sentence.text, mention.start, mention.end, date, mention.per, previous);
      const modality = findModality(sentence.text, mention.start, mention.end, period, date);
      const claim: Claim = {
        id,
        text: stored,
        quantity: mention.text,
        speaker: speakerOverride ?? speakerMap.speakerAt(paragraph, offset),
        value: mention.value,
        // `terms` read the unit in lower case; readers see it as the text writes it ("4 Americans").
        unit: keepUnitCase(unit, unitWords, sentence.text),
        kind: mention.kind,
        qualifier: mention.qualifier,
        min: mention.min,
        max: mention.max,
        subject,
        terms: extractTerms(subject, unit),
        period,
        ...(modality === 'actual' ? {} : { modality }),
        context: {
          before: clipContext(allSentences[index - 1]?.sentence.text, 'before'),
          after: clipContext(allSentences[index + 1]?.sentence.text, 'after'),
        },
      };
      made.push({ at: mention.start, claim });
      budget.spend(claim);
    };
    for (const mention of mentions) {
      if (!budget.admit()) break;
      const found = extractSubject({ sentence: sentence.text, mention, earlier, previous });
      const unit = mention.unit ?? found.unit;
      if (unit === null || found.subject === '') {
        // Left out by the claim rule; the speech rule may still keep it (below).
        const figure = readSpokenFigure(sentence.text, mention, inSpeech);
        if (figure) spoken.push(figure);
        else warnings.push(`left out "${mention.text}" in “${shorten(sentence.text)}”: no counted thing or unit found`);
        continue;
      }
      makeClaim(mention, unit, found.subject, seenFigures, 0);
    }
    // Claims of the speech rule come after the claim rule's, so that adding them never renumbers
    // an earlier claim's repeats (its id); they count their own repeats, from SPOKEN_OCCURRENCE.
    for (const figure of spoken.sort((a, b) => a.mention.start - b.mention.start)) {
      if (!budget.admit()) break;
      const found = extractSubject({ sentence: sentence.text, mention: figure.mention, earlier, previous });
      const unit = figure.mention.unit ?? figure.unit ?? found.unit ?? UNCOUNTED_UNIT;
      makeClaim(figure.mention, unit, (figure.subject ?? found.subject) || spokenSubject(sentence.text, figure.mention), seenSpoken, SPOKEN_OCCURRENCE);
    }
    // Vote tallies (`voted 52-48`) last, for the same reason, counting their repeats from TALLY_OCCURRENCE.
    for (const { mention, subject } of tallies) {
      if (!budget.admit()) break;
      const taken = [...mentions, ...spoken.map((figure) => figure.mention)].some((other) => mention.start < other.end && other.start < mention.end);
      if (!taken) makeClaim(mention, VOTE_UNIT, subject, seenTallies, TALLY_OCCURRENCE);
    }
    for (const { claim } of made.sort((a, b) => a.at - b.at)) claims.push(claim);
  });

  const overBudget = budget.warning();
  if (overBudget !== null) warnings.unshift(overBudget); // first, so bounding the warnings keeps it
  const speakers = speakerOverride ? [speakerOverride] : speakerMap.speakers;
  return { claims, speakers, warnings: boundWarnings(warnings) };
}

/** Sentences before a figure's own that subject extraction may look back over (it reads two). */
const PREVIOUS_SENTENCES = 4;
/** Where the repeat counts of speech-rule claims start in their ids: apart from the claim rule's. */
const SPOKEN_OCCURRENCE = 1000;
/** Where the repeat counts of vote-tally claims start in their ids. */
const TALLY_OCCURRENCE = 2000;
/** Two numbers joined by a dash or `to`: the cheap test before looking for a vote tally. */
const TALLY_HINT = /\d(?:-to-|\s*[-–]\s*|\s+to\s+)\d/;

/**
 * A subject for a spoken figure the subject finder cannot name: the words of its clause around
 * it (`get to … delegates`), so the claim page says what the figure was said about.
 */
function spokenSubject(sentence: string, mention: QuantityMention): string {
  const end = Math.max(mention.end, mention.unitEnd ?? 0);
  const before = sentence.slice(0, mention.start).split(/[,;:()"“”—–]|\s-\s/).at(-1)!.trim().split(/\s+/).filter(Boolean).slice(-5);
  const after = sentence.slice(end).split(/[,;:()"“”—–.!?]|\s-\s/)[0]!.trim().split(/\s+/).filter(Boolean).slice(0, 4);
  const unitWords = mention.unitStart === null ? '' : sentence.slice(mention.unitStart, mention.unitEnd!);
  const words = [...before, unitWords === '' ? '…' : unitWords, ...after].join(' ').replace(/\s+/g, ' ').trim();
  return words === '…' ? 'figure quoted' : words;
}

function shorten(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77)}…`;
}
