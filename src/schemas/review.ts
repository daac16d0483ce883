import { z } from 'astro/zod';
import { isoDateSchema } from './article.ts';

/**
 * The verdict scale editors use, best first. `rating` feeds schema.org `reviewRating`
 * (1 = worst, 5 = best); `unverifiable` has no place on the scale, so it carries none.
 */
export const VERDICTS = {
  accurate: { label: 'Accurate', rating: 5, meaning: 'The figure matches the best available evidence.' },
  'mostly-accurate': { label: 'Mostly accurate', rating: 4, meaning: 'Close to the evidence; a detail or rounding is off.' },
  'needs-context': { label: 'Needs context', rating: 3, meaning: 'Literally true but misleading without what it leaves out.' },
  'mostly-inaccurate': { label: 'Mostly inaccurate', rating: 2, meaning: 'Contains a grain of truth but the figure is substantially wrong.' },
  inaccurate: { label: 'Inaccurate', rating: 1, meaning: 'The evidence contradicts the figure.' },
  unverifiable: { label: 'Unverifiable', rating: null, meaning: 'No reliable evidence could confirm or refute the figure.' },
} as const;
export type Verdict = keyof typeof VERDICTS;
export const verdictSchema = z.enum(Object.keys(VERDICTS) as [Verdict, ...Verdict[]]);

/** The front-matter of an editor's review, `content/reviews/<claim-id>.md`; the body explains it. */
export const reviewSchema = z.object({
  /** The verdict on the scale above. */
  verdict: verdictSchema,
  /** Who reviewed the claim (a person's name). */
  reviewer: z.string().min(1),
  /** When the review was written or last changed (ISO 8601). */
  date: isoDateSchema,
  /** The evidence: each source with a title and, where it is online, its address. */
  sources: z
    .array(z.object({ title: z.string().min(1), url: z.url({ protocol: /^https?$/ }).optional() }))
    .default([]),
});
export type Review = z.output<typeof reviewSchema>;
