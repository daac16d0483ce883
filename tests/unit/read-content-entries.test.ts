// The archive step reads the content entries from the files, as Astro's collections hold them:
// the id Astro gives a file, the front-matter validated by the same schemas, and a bad file
// refused in one line that names it.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'recount-read-entries-'));
process.env['RECOUNT_CONTENT_DIR'] = scratch;
cpSync('content/articles', path.join(scratch, 'articles'), { recursive: true });
mkdirSync(path.join(scratch, 'reviews'));
cpSync('tests/fixtures/e2e-reviews/more-than-340-schools-bzcs7n7.md', path.join(scratch, 'reviews', 'More-Than-340-Schools-bzcs7n7.md'));
writeFileSync(path.join(scratch, 'articles', '.half-written.md.123.1.tmp'), 'not an entry');
const { readContentEntries } = await import('../../src/build/read-content-entries.ts');
const { articleSchema } = await import('../../src/schemas/article.ts');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readContentEntries', () => {
  it('reads every article entry under its file name, its front-matter validated', () => {
    const { articles } = readContentEntries();
    const names = readdirSync('content/articles').filter((name) => name.endsWith('.md'));
    expect(articles.map((entry) => entry.id)).toEqual(names.map((name) => name.slice(0, -3)).sort());
    for (const entry of articles) {
      expect(entry.collection).toBe('articles');
      expect(articleSchema.parse(entry.data)).toEqual(entry.data);
      expect(entry.data.claims.length).toBeGreaterThan(0);
    }
  });

  it('gives a review the id Astro’s glob loader gives it (the file name, slugged) and its date as text', () => {
    const [review] = readContentEntries().reviews;
    expect(review?.id).toBe('more-than-340-schools-bzcs7n7');
    expect(review?.data).toMatchObject({ verdict: 'needs-context', reviewer: 'Dana Whitfield', date: '2024-09-02' });
  });

  it('refuses an invalid entry in one line naming its file', () => {
    const bad = path.join(scratch, 'reviews', 'bad-claim.md');
    writeFileSync(bad, '---\nverdict: maybe\n---\n');
    try {
      expect(() => readContentEntries()).toThrow(/^[^\n]*reviews\/bad-claim\.md: invalid front-matter: [^\n]*verdict[^\n]*$/);
    } finally {
      rmSync(bad);
    }
  });
});
