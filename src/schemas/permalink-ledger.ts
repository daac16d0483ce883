import { z } from 'astro/zod';

/** What the ledger remembers of a published claim: enough to find its successor. */
const ledgerClaimSchema = z.object({
  /** The article the claim was in. */
  article: z.string(),
  /** The figure and unit as published (`more than 340 school`), to recognise the same claim under a new id. */
  figure: z.string(),
});

/**
 * `content/permalinks.json`: every id the site has ever published, by kind. The build adds to
 * it and never removes from it; an id that disappears from the content gets a page at its old
 * URL pointing to its successor. Commit it with the content.
 */
export const permalinkLedgerSchema = z.object({
  /** Format version of this file. */
  version: z.literal(1),
  /** `/articles/<id>/`: the article's title and source file. */
  articles: z.record(z.string(), z.object({ title: z.string(), source: z.string() })),
  /** `/claims/<id>/`. */
  claims: z.record(z.string(), ledgerClaimSchema),
  /** `/compare/<id>/`: the topic's title and the claims it held. */
  topics: z.record(z.string(), z.object({ title: z.string(), claims: z.array(z.string()) })),
  /** `/speakers/<slug>/`: the speaker's name. */
  speakers: z.record(z.string(), z.object({ name: z.string() })),
});
export type PermalinkLedger = z.output<typeof permalinkLedgerSchema>;

/** An empty ledger, for a site that has published nothing yet. */
export const EMPTY_LEDGER: PermalinkLedger = { version: 1, articles: {}, claims: {}, topics: {}, speakers: {} };
