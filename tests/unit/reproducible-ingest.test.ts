// What the ingest publishes must not depend on where a checkout lives or on its git-ignored
// state: source paths are relative even for a content folder outside the project, and which of
// two sources with the same text owns the article is decided by the content tree alone.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runIngest, type IngestEvent } from '../../src/ingest/index.ts';
import { storedPath } from '../../src/ingest/run/list-sources.ts';

const ARTICLE = 'Schools\n\nThe minister said 340 schools opened in 2021.\n';
const saved = process.env['RECOUNT_CONTENT_DIR'];
afterEach(() => {
  if (saved === undefined) delete process.env['RECOUNT_CONTENT_DIR'];
  else process.env['RECOUNT_CONTENT_DIR'] = saved;
});

/** A content folder outside the project, with the given sources. */
function makeContent(files: Record<string, string>): { root: string; sources: string; out: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'recount-repro-'));
  const sources = path.join(root, 'sources');
  mkdirSync(sources);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(sources, name), text);
  return { root, sources, out: path.join(root, 'articles') };
}

const sourceField = (out: string, id: string) => /^source: (.*)$/m.exec(readFileSync(path.join(out, `${id}.md`), 'utf8'))?.[1];

describe('published source paths', () => {
  it.each([
    ['inside the project', path.resolve('content/sources/a.txt'), undefined, 'content/sources/a.txt'],
    ['in a content folder elsewhere', '/srv/newsroom/site/sources/a.txt', '/srv/newsroom/site', 'content/sources/a.txt'],
    ['in any other folder', '/srv/inbox/a.txt', '/srv/newsroom/site', 'inbox/a.txt'],
  ])('are relative for a file %s', (_, absolute, root, expected) => {
    expect(storedPath(absolute, root)).toBe(expected);
  });

  it('are relative to the content folder in the entries, with RECOUNT_CONTENT_DIR outside the project', async () => {
    const { root, sources, out } = makeContent({ 'a.txt': ARTICLE });
    process.env['RECOUNT_CONTENT_DIR'] = root;
    const events: IngestEvent[] = [];
    await runIngest({ sourcesDir: sources, outDir: out, onEvent: (event) => events.push(event) });
    expect(sourceField(out, 'a')).toBe('content/sources/a.txt');
    // Messages still name the file where the user put it.
    expect(events.find((event) => event.type === 'ingested')).toMatchObject({ file: expect.stringContaining(root) });
  });
});

describe('two sources with the same text', () => {
  it('go to the first by name in a fresh checkout', async () => {
    const { sources, out } = makeContent({ 'b.txt': ARTICLE, 'a.txt': ARTICLE });
    const events: IngestEvent[] = [];
    await runIngest({ sourcesDir: sources, outDir: out, onEvent: (event) => events.push(event) });
    expect(events.filter((event) => event.type === 'duplicate')).toEqual([{ type: 'duplicate', file: expect.stringMatching(/b\.txt$/), of: expect.stringMatching(/a\.txt$/) }]);
  });

  it('stay with the article already published, with or without the git-ignored manifest', async () => {
    const { sources, out } = makeContent({ 'b.txt': ARTICLE });
    await runIngest({ sourcesDir: sources, outDir: out });
    copyFileSync(path.join(sources, 'b.txt'), path.join(sources, 'a.txt'));
    for (const manifest of ['kept', 'deleted']) {
      if (manifest === 'deleted') rmSync(path.join(out, '.ingest-manifest.json'), { force: true });
      const events: IngestEvent[] = [];
      await runIngest({ sourcesDir: sources, outDir: out, onEvent: (event) => events.push(event) });
      const duplicate = events.find((event) => event.type === 'duplicate');
      expect(duplicate, `manifest ${manifest}`).toMatchObject({ file: expect.stringMatching(/a\.txt$/), of: expect.stringMatching(/b\.txt$/) });
    }
  });
});
