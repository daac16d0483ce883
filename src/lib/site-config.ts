// The site settings from recount.config.mjs, validated once: a typo in the config fails the
// build with one line per problem instead of a page rendered with `undefined` in it.
import rawConfig from '../../recount.config.mjs';
import { describeIssues } from '../schemas/describe-issues.ts';
import { siteConfigSchema, type SiteConfig } from '../schemas/site-config.ts';

/** Validates site settings, throwing one readable line per problem (`contact.email: …`). */
export function parseSiteConfig(input: unknown, file = 'recount.config.mjs'): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = describeIssues(result.error).map((line) => `  ${line}`);
  throw new Error(`${file} has ${problems.length} invalid setting(s):\n${problems.join('\n')}`);
}

/** The validated site settings (name, publisher, address, contact, language). */
export const siteConfig: SiteConfig = parseSiteConfig(rawConfig);
