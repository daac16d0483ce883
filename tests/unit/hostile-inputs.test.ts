// Hostile and unlucky inputs, generated here (bench/corpus/generate-hostile-inputs.ts): output
// bounded per claim and per source, time linear in the input, pathological structure refused
// with one line naming the file while the other files go on.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHostileInput, type HostileKind } from '../../bench/corpus/generate-hostile-inputs.ts';
import { articleIdFor, formatFor, ingestArticle, isSourceError } from '../../src/ingest/index.ts';
import { CLAIM_TEXT_LIMITS, CLIP_MARK, clipContext, splitLongSentence } from '../../src/ingest/extract/bound-claim-text.ts';
import { splitMarkdown } from '../../src/ingest/read/parse-markdown.ts';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkMarkClaims from '../../src/remark/mark-claims.ts';
import { findQuantities } from '../../src/ingest/quantities/find-quantities.ts';

const run = promisify(execFile);

function ingest(kind: HostileKind, bytes: number) {
  const input = generateHostileInput(kind, bytes);
  const started = performance.now();
  const entry = ingestArticle({ source: input.name, articleId: articleIdFor(input.name), format: formatFor(input.name)!, bytes: Buffer.from(input.text) });
  return { input, entry, ms: performance.now() - started };
}

function unclip(text: string): string {
  return text.replace(/^…/, '').replace(/…$/, '');
}

describe('stored text is bounded per claim and per source', () => {
  it.each([['figure-paragraph' as const], ['short-sentences' as const], ['prose' as const]])(
    'a 200 KB %s input stores less than 10 times its size, each claim text and context within the limits',
    (kind) => {
      const { input, entry } = ingest(kind, 200_000);
      const stored = JSON.stringify(entry.data, null, 2).length;
      expect(stored).toBeLessThan(10 * input.text.length);
      expect(entry.data.claims.length).toBeLessThanOrEqual(CLAIM_TEXT_LIMITS.maxClaims);
      for (const claim of entry.data.claims) {
        expect(claim.text.length).toBeLessThanOrEqual(CLAIM_TEXT_LIMITS.maxText + 2 * CLIP_MARK.length);
        expect((claim.context.before ?? '').length).toBeLessThanOrEqual(CLAIM_TEXT_LIMITS.maxContext + 1);
        expect((claim.context.after ?? '').length).toBeLessThanOrEqual(CLAIM_TEXT_LIMITS.maxContext + 1);
        // The stored stretch is in the article body as written, so the article page marks it.
        expect(entry.paragraphs.some((paragraph) => paragraph.includes(unclip(claim.text)))).toBe(true);
        expect(unclip(claim.text)).toContain(claim.quantity);
      }
    },
  );

  it('marks every clipped claim in the article body (the stretches do not overlap)', async () => {
    const { entry } = ingest('figure-paragraph', 20_000);
    const file = new VFile({ value: entry.paragraphs.join('\n\n'), path: 'a.md', data: { astro: { frontmatter: { claims: entry.data.claims } } } });
    await unified().use(remarkParse).use(remarkMarkClaims, { base: '/' }).use(remarkRehype).use(rehypeStringify).process(file);
    expect(entry.data.claims.some((claim) => claim.text.endsWith(CLIP_MARK))).toBe(true);
    expect(file.messages.map((message) => message.reason)).toEqual([]);
  });

  it('says which claims it kept when a pasted table runs over the budget', () => {
    const { entry } = ingest('figure-paragraph', 100_000);
    expect(entry.data.warnings.some((warning) => /^kept the first \d+ claims only/.test(warning))).toBe(true);
    expect(entry.data.warnings.length).toBeLessThanOrEqual(20);
  });

  it('keeps an ordinary article whole: no clipping marks, no budget warning', () => {
    const { entry } = ingest('prose', 10_000);
    expect(entry.data.claims.length).toBeGreaterThan(20);
    expect(entry.data.claims.every((claim) => !claim.text.startsWith(CLIP_MARK) && !claim.text.endsWith(CLIP_MARK))).toBe(true);
    expect(entry.data.warnings.some((warning) => warning.startsWith('kept the first'))).toBe(false);
  });

  it('cuts a long sentence into stretches that cover it, never cut a figure and never overlap', () => {
    const text = generateHostileInput('figure-paragraph', 20_000).text.split('\n\n')[1]!.trim();
    const stretches = splitLongSentence({ text, start: 0, end: text.length });
    expect(stretches.length).toBeGreaterThan(20);
    for (const [index, { sentence, whole }] of stretches.entries()) {
      expect(whole).toBe(text);
      expect(sentence.text.length).toBeLessThanOrEqual(CLAIM_TEXT_LIMITS.maxText);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      if (index > 0) expect(sentence.start).toBeGreaterThanOrEqual(stretches[index - 1]!.sentence.end);
    }
    for (const figure of findQuantities(text)) {
      expect(stretches.some(({ sentence }) => sentence.start <= figure.start && figure.end <= sentence.end)).toBe(true);
    }
  });

  it.each([
    ['before' as const, `${'word '.repeat(200)}end.`, /^…/],
    ['after' as const, `Start ${'word '.repeat(200)}`, /…$/],
  ])('keeps the side of a long %s-context sentence nearest the claim', (side, sentence, mark) => {
    const clipped = clipContext(sentence, side)!;
    expect(clipped).toMatch(mark);
    expect(clipped.length).toBeLessThanOrEqual(CLAIM_TEXT_LIMITS.maxContext + 1);
    expect(sentence).toContain(unclip(clipped));
  });
});

describe('time grows linearly with the input', () => {
  it('reads 1 MB of short sentences in one paragraph in seconds, not minutes', () => {
    // Was quadratic (a lookup per claim over the paragraph's sentences): 2.5 MB ran past 120 s.
    const { ms } = ingest('short-sentences', 1_000_000);
    expect(ms).toBeLessThan(15_000);
  });

  it('reads 1 MB of one endless sentence of figures in seconds', () => {
    const { ms, entry } = ingest('figure-paragraph', 1_000_000);
    expect(entry.data.claims.length).toBeLessThanOrEqual(CLAIM_TEXT_LIMITS.maxClaims);
    expect(ms).toBeLessThan(15_000);
  });

  it('parses Markdown in pieces cut only between top-level blocks', () => {
    const text = ['# Title', '', 'One.', '', '```', 'code', '', 'still code', '```', '', '- item', '', '  more of the item', '', 'Two.'].join('\n');
    const pieces = splitMarkdown(text, 1);
    expect(pieces.join('\n')).toBe(text);
    expect(pieces.some((piece) => piece.includes('code\n\nstill code'))).toBe(true);
    expect(pieces.some((piece) => piece.includes('- item\n\n  more of the item'))).toBe(true);
  });
});

describe('pathological structure is refused with one line naming the file', () => {
  it.each([
    ['nested-blockquotes' as const, /blockquotes and lists nest \d+ levels deep/],
    ['indented-list' as const, /blockquotes and lists nest \d+ levels deep/],
    ['nested-emphasis' as const, /runs of emphasis marks/],
    ['nested-html' as const, /HTML elements nest \d+ levels deep/],
  ])('%s of 200 KB', (kind, reason) => {
    const input = generateHostileInput(kind, 200_000);
    let caught: unknown;
    const started = performance.now();
    try {
      ingestArticle({ source: input.name, articleId: 'x', format: formatFor(input.name)!, bytes: Buffer.from(input.text) });
    } catch (error) {
      caught = error;
    }
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(isSourceError(caught)).toBe(true);
    const message = (caught as Error).message;
    expect(message.startsWith(`${input.name}: `)).toBe(true);
    expect(message).toMatch(reason);
    expect(message).not.toContain('\n');
  });

  it.each([
    ['30,000 flat elements', `<html><body><article>${'<span>340 schools</span>'.repeat(30_000)}</article></body></html>`, /over 25,000 HTML elements/],
    ['2 MB of text 40 levels deep', `<html><body>${'<div>'.repeat(40)}<p>${'The minister said 340 schools opened. '.repeat(55_000)}</p>${'</div>'.repeat(40)}</body></html>`, /too much for its nesting/],
  ])('an HTML page of %s', (_, text, reason) => {
    expect(() => ingestArticle({ source: 'page.html', articleId: 'page', format: 'html', bytes: Buffer.from(text) })).toThrow(reason);
  });

  it.each([['nested-markdown-within-limits' as const], ['nested-html-within-limits' as const]])('%s is read', (kind) => {
    const { entry } = ingest(kind, 20_000);
    expect(entry.data.claims.length).toBeGreaterThan(0);
  });
});

describe('npm run extract with a hostile file among good ones', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'recount-hostile-'));
    for (const [kind, bytes] of [['prose', 2_000], ['nested-blockquotes', 30_000], ['nested-html', 120_000]] as const) {
      const input = generateHostileInput(kind, bytes);
      await writeFile(path.join(dir, input.name), input.text);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints the good file and one line per bad one', async () => {
    const files = ['prose-2000.txt', 'nested-blockquotes-30000.md', 'nested-html-120000.html'].map((name) => path.join(dir, name));
    const result = await run(process.execPath, ['scripts/extract.ts', ...files]).catch((error: { stdout: string; stderr: string; code: number }) => error);
    const printed = JSON.parse(result.stdout) as { title: string }[];
    expect(printed).toHaveLength(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/nested-blockquotes-30000\.md: blockquotes and lists nest/);
    expect(lines[1]).toMatch(/nested-html-120000\.html: HTML elements nest/);
  });
});
