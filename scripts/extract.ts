// npm run extract -- [--all] FILE... (or - for standard input)
// Prints the front-matter the ingest would write for each file, as a JSON array, and writes
// nothing: for pipelines and for checking the extractor. Claim ids match the ingest's. With
// --all each entry also carries `quantities`: every quantity in the body, claim-worthy or not.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ArticleQuantity, ingestArticle, articleIdFor, describeFailure, displayPath, formatFor, listQuantities, REASONS, SourceError } from '../src/ingest/index.ts';
import type { Article } from '../src/schemas/article.ts';

const STDIN = '-';
const ALL = '--all';
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const all = args.includes(ALL);
const files = args.filter((arg) => arg !== ALL);

if (files.length === 0) {
  console.error('usage: npm run extract -- [--all] FILE... (use - to read one article from standard input; --all adds every quantity)');
  process.exitCode = 2;
} else {
  const results: Array<Article | (Article & { quantities: ArticleQuantity[] })> = [];
  for (const file of files) {
    try {
      const entry = await extractOne(file);
      results.push(all ? { ...entry.data, quantities: listQuantities(entry.paragraphs) } : entry.data);
    } catch (error) {
      // One bad file is reported and left out; the others are still printed.
      // Even a bug (or an overflow no check foresaw) is one line naming the file.
      console.error(describeFailure(error, file === STDIN ? '<stdin>' : displayPath(path.resolve(file))));
      process.exitCode = 1;
    }
  }
  console.log(JSON.stringify(results, null, 2));
}

async function extractOne(file: string): Promise<{ data: Article; paragraphs: string[] }> {
  if (file === STDIN) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return ingestArticle({ source: '<stdin>', articleId: 'stdin', format: 'text', bytes: Buffer.concat(chunks) });
  }
  const absolute = path.resolve(file);
  const display = displayPath(absolute);
  const format = formatFor(file);
  if (format === null) throw new SourceError(display, REASONS.unsupportedType(path.extname(file)));
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(display, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code})`);
  }
  return ingestArticle({ source: display, articleId: articleIdFor(file), format, bytes });
}
