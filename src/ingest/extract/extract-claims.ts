// From cleaned paragraphs to claims: segment, attribute, find figures, and give each figure its
// unit, subject, period, context and permalink id.
import type { Claim } from '../../schemas/claim.ts';
import { attributeSpeakers } from './attribute-speakers.ts';
import { extractSubject } from './extract-subject.ts';
import { extractTerms } from './extract-terms.ts';
import { findModality } from './find-modality.ts';
import { findPeriod } from './find-period.ts';
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
  const allSentences: { paragraph: number; sentence: Sentence }[] = segmented.flatMap(({ sentences }, paragraph) =>
    sentences.map((sentence) => ({ paragraph, sentence })),
  );
  const claims: Claim[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();

  allSentences.forEach(({ paragraph, sentence }, index) => {
    const mentions = findQuantities(sentence.text);
    if (mentions.length === 0) return;
    const previous = segmented[paragraph]!.sentences.filter((s) => s.end <= sentence.start).map((s) => s.text);
    const earlier: { mention: QuantityMention; subject: string; unit: string }[] = [];
    const seenFigures = new Map<string, number>();
    for (const mention of mentions) {
      const found = extractSubject({ sentence: sentence.text, mention, earlier, previous });
      const unit = mention.unit ?? found.unit;
      if (unit === null || found.subject === '') {
        warnings.push(`left out "${mention.text}" in “${shorten(sentence.text)}”: no counted thing or unit found`);
        continue;
      }
      earlier.push({ mention, subject: found.subject, unit });
      const unitWords = mention.unitStart !== null && mention.unitEnd !== null ? sentence.text.slice(mention.unitStart, mention.unitEnd) : '';
      const figureKey = fingerprint(mention.text);
      const occurrence = seenFigures.get(figureKey) ?? 0;
      seenFigures.set(figureKey, occurrence + 1);
      const id = makeClaimId(articleId, sentence.text, mention.text, unitWords, occurrence);
      if (ids.has(id)) continue; // the same sentence repeated word for word in one article
      ids.add(id);
      const offset = sentence.start + mention.start;
      const period = findPeriod(sentence.text, mention.start, mention.end, date, mention.per);
      const modality = findModality(sentence.text, mention.start, mention.end, period, date);
      claims.push({
        id,
        text: sentence.text,
        quantity: mention.text,
        speaker: speakerOverride ?? speakerMap.speakerAt(paragraph, offset),
        value: mention.value,
        unit,
        kind: mention.kind,
        qualifier: mention.qualifier,
        min: mention.min,
        max: mention.max,
        subject: found.subject,
        terms: extractTerms(found.subject, unit),
        period,
        ...(modality === 'actual' ? {} : { modality }),
        context: {
          before: allSentences[index - 1]?.sentence.text ?? null,
          after: allSentences[index + 1]?.sentence.text ?? null,
        },
      });
    }
  });

  const speakers = speakerOverride ? [speakerOverride] : speakerMap.speakers;
  return { claims, speakers, warnings };
}

function shorten(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77)}…`;
}
