import { z } from 'astro/zod';
import { claimSchema } from './claim.ts';

/**
 * An ISO 8601 publication date: `2024-08-19`, or `2021-09-24T15:11:00+04:00` when the source gives
 * a time and zone. YAML parsers may hand a bare date back as a Date; it is turned back into text.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().replace(/T00:00:00\.000Z$/, '') : value),
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/,
      'must be an ISO 8601 date such as 2024-08-19 or 2021-09-24T15:11:00+04:00',
    ),
);

/** The front-matter of a generated article entry in `content/articles/`. */
export const articleSchema = z
  .object({
    /** The headline: the source's own, or a short one derived from the text (see `titleDerived`). */
    title: z.string().min(1),
    /** True when the source had no headline and `title` was derived from its first sentence. */
    titleDerived: z.boolean(),
    /** Publication date (ISO 8601, with time and UTC offset where the source gives them); null when unknown. */
    date: isoDateSchema.nullable(),
    /** The outlet that published the article (`APA`, `News.Az`); null when unknown. */
    outlet: z.string().min(1).nullable(),
    /** The original article's address, when the source names one. */
    url: z.url({ protocol: /^https?$/ }).nullable(),
    /** Everyone the article quotes or reports (statements, criticism, questions, refusals to comment), by the fullest name it gives, in order of first appearance; never an organisation. */
    speakers: z.array(z.string().min(1)),
    /** Path of the raw source file, relative to the project root. */
    source: z.string().min(1),
    /** SHA-256 of the source file's bytes (`sha256-<hex>`): what the incremental ingest compares. */
    sourceHash: z.string().regex(/^sha256-[0-9a-f]{64}$/, 'must be sha256-<64 hex digits>'),
    /** ISO 639-3 code of the article's language as detected (`eng`), or `und` when unsure. */
    language: z.string().regex(/^[a-z]{3}$/),
    /** What the ingest noticed but did not stop for (no date found, another language...). */
    warnings: z.array(z.string()),
    /** The quantity claims found in the article, in reading order. */
    claims: z.array(claimSchema),
  })
  .superRefine((article, ctx) => {
    const seen = new Set<string>();
    article.claims.forEach((claim, index) => {
      if (seen.has(claim.id)) {
        ctx.addIssue({ code: 'custom', path: ['claims', index, 'id'], message: `duplicate claim id ${claim.id}` });
      }
      seen.add(claim.id);
    });
  });

export type Article = z.output<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;
