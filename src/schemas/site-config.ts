import { z } from 'astro/zod';

/** Site settings from `recount.config.mjs`; see that file for what each one does. */
export const siteConfigSchema = z.object({
  /** Name shown in the header, page titles and share cards. */
  name: z.string().min(1),
  /** One sentence on what the site covers. */
  description: z.string().min(1),
  /** The organisation that publishes the fact-checks. */
  publisher: z.object({ name: z.string().min(1), url: z.url() }),
  /** Absolute origin the site is served from, without the base path. */
  url: z.url({ protocol: /^https?$/ }),
  /** Sub-path the site lives under; always starts with `/`. */
  base: z.string().startsWith('/'),
  /** Where readers report an error. */
  contact: z.object({ email: z.email() }),
  /** BCP 47 language of the site's own text. */
  lang: z.string().min(2),
});
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
