import { z } from 'astro/zod';

/** How the words bound the figure: `more than 340` is `more-than`, `tens of thousands` is `vague`. */
export const QUALIFIERS = [
  'exact',
  'about',
  'more-than',
  'at-least',
  'less-than',
  'at-most',
  'range',
  'vague',
] as const;
export const qualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.output<typeof qualifierSchema>;

/**
 * What sort of quantity a claim states; decides which claims can ever be compared.
 * Shares (`two-thirds`, `half of`) are `percent`; anything `per` a time or head is a `rate`.
 */
export const KINDS = ['count', 'money', 'measure', 'percent', 'rate', 'rank'] as const;
export const kindSchema = z.enum(KINDS);
export type Kind = z.output<typeof kindSchema>;

/**
 * The unit of a bare count whose words name nothing counted (`"we get to 1,237," she said`): a
 * figure kept because it was said, written as the number alone.
 */
export const UNCOUNTED_UNIT = 'count';

/** Rate denominators: `15 million tons per year` has `per: "year"`. */
export const PER_UNITS = ['year', 'month', 'week', 'day', 'hour', 'capita'] as const;

/**
 * Whether a figure is what happened or what is expected: `actual` (absent means actual),
 * `forecast` (`is expected to reach`), `plan` (`plans to build`), `target` (`aims to`, `by 2030`).
 */
export const MODALITIES = ['actual', 'forecast', 'plan', 'target'] as const;
export const modalitySchema = z.enum(MODALITIES);
export type Modality = z.output<typeof modalitySchema>;

/** A claim id: lowercase words and a short hash, safe in a URL path segment. */
export const claimIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/** The time a figure refers to, which is not always the day the article was published. */
export const periodSchema = z.object({
  /** ISO 8601 date, month or year the figure describes (`2023`, `2024-08`, `2024-08-19`); null when the article has no date, or when the words (`that year`) point to a year the text does not name. */
  when: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .nullable(),
  /** `text` when the sentence names the time (`last year`), `article-date` when it is assumed. */
  basis: z.enum(['text', 'article-date']),
  /** The words that set the period, as written (`last year`), or null when assumed. */
  phrase: z.string().nullable(),
  /** Set when the figure is a rate: `per year`, `annually` -> `year`. */
  per: z.enum(PER_UNITS).nullable(),
  /**
   * Last month or day of a period that runs over several (`January-May 2024`: `when` 2024-01,
   * `until` 2024-05; `the first half of 2023`: 2023-01 to 2023-06); absent for a single period.
   */
  until: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
});
export type Period = z.output<typeof periodSchema>;

/** One statement of fact that carries a quantity, as stored in an article's front-matter. */
export const claimSchema = z
  .object({
    /** Permalink id: stable across rebuilds and extractor changes that keep sentence and number. */
    id: claimIdSchema,
    /** The sentence that makes the claim, exactly as in the article body; of a sentence over 600 characters, the stretch around the figure, `…` where cut. */
    text: z.string().min(1),
    /** The figure as written, qualifier included: `more than 340`, `$4 billion`. */
    quantity: z.string().min(1),
    /** Who made the claim, resolved to a full name; null when unknown (never a guess). */
    speaker: z.string().min(1).nullable(),
    /** The normalised number (`$4 billion` -> 4000000000); null only for ranges and vague amounts. */
    value: z.number().nullable(),
    /** ISO 4217 code for money, SI-style symbol for measures (`t`, `km`, `%`), or the counted thing as a singular noun. */
    unit: z.string().min(1),
    /** What kind of quantity this is. */
    kind: kindSchema,
    /** How the words bound the figure. */
    qualifier: qualifierSchema,
    /** Lower bound the words allow, or null when unbounded below. */
    min: z.number().nullable(),
    /** Upper bound the words allow, or null when unbounded above. */
    max: z.number().nullable(),
    /** What is counted or measured, in a few words: `schools with teaching conducted in Russian`. */
    subject: z.string().min(1),
    /** Lemmatised key terms of the subject, used to match claims across articles. */
    terms: z.array(z.string().min(1)),
    /** The time the figure refers to. */
    period: periodSchema,
    /** Actual, forecast, plan or target; absent for an actual figure (entries written before it existed). */
    modality: modalitySchema.optional(),
    /** The sentences just before and after the claim, for its permalink page (at most 300 characters each, `…` where cut). */
    context: z.object({
      before: z.string().nullable(),
      after: z.string().nullable(),
    }),
  })
  .superRefine((claim, ctx) => {
    if (claim.min !== null && claim.max !== null && claim.min > claim.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: `min ${claim.min} is above max ${claim.max}` });
    }
    const open = claim.qualifier === 'range' || claim.qualifier === 'vague';
    if (claim.value === null && !open) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `only range and vague claims may have no value` });
    }
  });
export type Claim = z.output<typeof claimSchema>;
