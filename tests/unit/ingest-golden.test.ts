// Golden fixtures for the whole ingest of one article: each folder in tests/fixtures/ingest/ is
// an edge case named for what it tests, holding the raw `input.*` and the `expected.md` entry.
// Run with UPDATE=1 to regenerate the expected entries after an intended change, then review
// the diff like any other code change.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/pipeline/ingest-article.ts';
import { formatFor } from '../../src/ingest/run/list-sources.ts';
import { renderEntry } from '../../src/ingest/write/render-entry.ts';

const root = path.resolve('tests/fixtures/ingest');
const cases = readdirSync(root).filter((name) => !name.startsWith('.')).sort();

describe('ingest golden fixtures', () => {
  it.each(cases)('%s', (name) => {
    const dir = path.join(root, name);
    const input = readdirSync(dir).find((file) => file.startsWith('input.'))!;
    const entry = ingestArticle({
      source: `tests/fixtures/ingest/${name}/${input}`,
      articleId: name,
      format: formatFor(input)!,
      bytes: readFileSync(path.join(dir, input)),
    });
    const actual = renderEntry(entry.data, entry.paragraphs);
    const expectedFile = path.join(dir, 'expected.md');
    if (process.env['UPDATE']) writeFileSync(expectedFile, actual);
    expect(existsSync(expectedFile), `${expectedFile} is missing; run UPDATE=1 npm test to create it`).toBe(true);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
