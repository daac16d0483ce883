// One raw article in, one validated entry out: the whole pipeline for a single source, as a pure
// function of its bytes (the caller does the reading and writing).
import { createHash } from 'node:crypto';
import { articleSchema, type Article } from '../../schemas/article.ts';
import { joinIssues } from '../../schemas/describe-issues.ts';
import { checkStructure } from '../read/check-structure.ts';
import { cleanBlocks } from '../read/clean-blocks.ts';
import { detectLanguage, deriveTitle, findHeadline, findOutlet, LANGUAGE_SAMPLE_LENGTH } from '../read/detect-metadata.ts';
import { decodeSource } from '../read/decode-source.ts';
import { extractClaims } from '../extract/extract-claims.ts';
import { findDate } from '../read/find-date.ts';
import { addPerson, findPeople } from '../extract/find-people.ts';
import { readBlocks, type SourceFormat } from '../read/read-blocks.ts';
import { REASONS, SourceError } from '../read/source-error.ts';
import { splitSentences } from '../text/split-sentences.ts';

/** Languages the claim extractor reads; other articles are kept, with a warning and no claims. */
const EXTRACTION_LANGUAGES = new Set(['eng', 'sco', 'und']);

/** The source file, as the pipeline sees it. */
export interface SourceInput {
  /** Path shown in messages and stored as `source` (relative to the project root when inside it). */
  source: string;
  /** The article id (file name slug). */
  articleId: string;
  format: SourceFormat;
  bytes: Uint8Array;
}

/** A generated entry, ready to be written. */
export interface Entry {
  articleId: string;
  data: Article;
  /** Cleaned article paragraphs, written as the Markdown body. */
  paragraphs: string[];
}

/** SHA-256 of a file's bytes, as stored in `sourceHash`. */
export function hashSource(bytes: Uint8Array): string {
  return `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Runs the whole pipeline on one source. Throws SourceError for input it cannot use. */
export function ingestArticle({ source, articleId, format, bytes }: SourceInput): Entry {
  // 1. Decode bytes to text, refusing what is not an article.
  const text = decodeSource(bytes, source);
  //    Shapes that would make a parser crawl or overflow are refused before parsing.
  checkStructure(text, format, source);
  // 2. Read the format into text blocks (and declared metadata).
  const { blocks, headline, declared } = readBlocks(text, format, source);
  // 3. Clean page furniture off, keeping what it tells.
  const { paragraphs: cleaned, furniture } = cleanBlocks(blocks);
  const warnings: string[] = [];

  // 4. Headline: declared, marked by the format, or a headline-like first line; else derived.
  let paragraphs = cleaned;
  let title = declared.title ?? headline ?? null;
  let masthead: string | null = null;
  if (title !== null) {
    // The headline the format marks (`# …`, `<h1>`) is metadata, even when front-matter overrides it.
    paragraphs = paragraphs.filter((paragraph, index) => !(index === 0 && (paragraph === title || paragraph === headline)));
  } else {
    // The first headline-like block, below the site's masthead when one stands above it.
    const found = findHeadline(paragraphs);
    if (found) {
      title = paragraphs[found.index]!;
      masthead = found.masthead;
      paragraphs = paragraphs.slice(found.index + 1);
    }
  }
  if (paragraphs.length === 0) throw new SourceError(source, REASONS.noText);
  const titleDerived = title === null;
  if (title === null) title = deriveTitle(splitSentences(paragraphs[0]!)[0]?.text ?? paragraphs[0]!);

  // 5. Date, outlet and language.
  const date = declared.date === undefined ? furniture.date : normaliseDeclaredDate(declared.date, source);
  if (date === null) warnings.push('no publication date found; add `date:` front-matter (Markdown) or a date line');
  const outlet = declared.outlet ?? findOutlet(paragraphs) ?? furniture.outlets[0] ?? masthead ?? null;
  if (outlet === null) warnings.push('no outlet found; add `outlet:` front-matter (Markdown)');
  // A line that is only the outlet's name is a masthead or sign-off, not article text.
  else if (paragraphs.length > 1) paragraphs = paragraphs.filter((paragraph) => paragraph !== outlet);
  const language = detectLanguage(joinStart(paragraphs, ' ', LANGUAGE_SAMPLE_LENGTH));

  // 6. People, speakers and claims.
  const people = findPeople([title, ...furniture.lines, ...paragraphs]);
  if (declared.speaker) addPerson(people, declared.speaker);
  let extracted: ReturnType<typeof extractClaims> = { claims: [], speakers: [], warnings: [] };
  if (EXTRACTION_LANGUAGES.has(language)) {
    extracted = extractClaims({ articleId, paragraphs, people, date, speakerOverride: declared.speaker ?? null });
  } else {
    warnings.push(`the article seems to be in another language (${language}); claims are extracted from English text only`);
  }
  for (const warning of extracted.warnings) if (!warnings.includes(warning)) warnings.push(warning);
  if (extracted.claims.length === 0 && EXTRACTION_LANGUAGES.has(language)) warnings.push('no quantity claims found');

  // 7. Validate against the shared schema before anything is written.
  const result = articleSchema.safeParse({
    title,
    titleDerived,
    date,
    outlet,
    url: declared.url ?? null,
    speakers: extracted.speakers,
    source,
    sourceHash: hashSource(bytes),
    language,
    warnings,
    claims: extracted.claims,
  });
  if (!result.success) {
    throw new SourceError(source, `the extracted entry is invalid: ${joinIssues(result.error)}`);
  }
  return { articleId, data: result.data, paragraphs };
}

/** The first `length` characters of `texts.join(separator)`, joining only the texts they come from. */
function joinStart(texts: string[], separator: string, length: number): string {
  let count = 0;
  let total = 0;
  while (count < texts.length && total < length) total += (count > 0 ? separator.length : 0) + texts[count++]!.length;
  return texts.slice(0, count).join(separator).slice(0, length);
}

/** Accepts a declared date as ISO 8601 or in any format the date finder reads. */
function normaliseDeclaredDate(value: string, source: string): string {
  const found = findDate(value);
  if (!found) throw new SourceError(source, REASONS.frontMatterField('date', `"${value}" is not a date (use YYYY-MM-DD)`));
  return found.iso;
}
