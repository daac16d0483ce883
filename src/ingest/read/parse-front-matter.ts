import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { z } from 'astro/zod';
import { REASONS, SourceError } from './source-error.ts';

/** Fields a Markdown source's front-matter may set; each overrides what the ingest detects. */
export const sourceOverridesSchema = z
  .object({
    /** The headline. */
    title: z.string().trim().min(1).optional(),
    /** Publication date: `2024-08-19`, `2021-09-24T15:11:00+04:00` or a YAML date. */
    date: z.string().trim().min(1).optional(),
    /** The publishing outlet. */
    outlet: z.string().trim().min(1).optional(),
    /** The original article's address. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Who is speaking: every claim in the article is attributed to this person. */
    speaker: z.string().trim().min(1).optional(),
  })
  .strict();
export type SourceOverrides = z.output<typeof sourceOverridesSchema>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Splits `---` YAML front-matter from a Markdown source and validates it.
 * Returns the overrides and the remaining body; throws a SourceError naming the bad field.
 */
export function parseFrontMatter(text: string, file: string): { overrides: SourceOverrides; body: string } {
  const match = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { overrides: {}, body: text };
  const yamlText = match[1] ?? '';
  let data: unknown;
  try {
    // js-yaml rejects repeated keys; the prototype keys are refused below either way.
    data = load(yamlText, { schema: CORE_SCHEMA });
  } catch (error) {
    const detail = error instanceof YAMLException ? firstLine(error.reason || error.message) : 'unreadable';
    throw new SourceError(file, REASONS.frontMatterNotYaml(detail));
  }
  const body = text.slice(match[0].length);
  if (data === null || data === undefined) return { overrides: {}, body };
  if (typeof data !== 'object' || Array.isArray(data)) throw new SourceError(file, REASONS.frontMatterNotMap);
  for (const key of Object.keys(data)) {
    if (FORBIDDEN_KEYS.has(key)) throw new SourceError(file, REASONS.frontMatterForbiddenKey(key));
  }
  const result = sourceOverridesSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `front-matter has unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}; allowed: title, date, outlet, url, speaker`
        : REASONS.frontMatterField(issue.path.join('.') || '(root)', `is invalid: ${issue.message}`),
    );
    throw new SourceError(file, problems.join('; '));
  }
  return { overrides: result.data, body };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
