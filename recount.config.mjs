// Site settings for Recount: the one file a newsroom edits to make the site its own.
// Read by astro.config.mjs (site, base) and by the pages (name, publisher, contact).
// Environment variables override the address for deployments: SITE_URL and BASE_PATH.
// src/lib/site-config.ts validates it (src/schemas/site-config.ts): a bad value fails the build
// with one line per problem.

/** @type {import('./src/schemas/site-config.ts').SiteConfigInput} */
export default {
  /** Name shown in the header, page titles and preview images. */
  name: 'Recount',
  /** One sentence on what the site covers, shown on the home page and in meta descriptions. */
  description:
    'Figures quoted in the news, extracted, attributed and compared across articles, with editors’ verdicts.',
  /** The organisation that publishes the fact-checks (schema.org `author` of ClaimReview). */
  publisher: { name: 'Recount Desk', url: 'https://recount.example.org/' },
  /** Absolute origin the site is served from (Open Graph, sitemap and feed need absolute URLs). */
  url: process.env.SITE_URL ?? 'https://recount.example.org',
  /** Sub-path the site lives under, e.g. `/factcheck`; `/` for the root of the domain. */
  base: process.env.BASE_PATH ?? '/',
  /** Where readers report an error: shown on the corrections page and in every footer. */
  contact: { email: 'corrections@recount.example.org' },
  /** BCP 47 language of the site's own text. */
  lang: 'en',
};
