// `npm run dev`: a new or changed raw article in the sources folder is re-ingested while the dev
// server runs, and its page appears (or changes) without a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from './support/build-site.ts';

const project = process.cwd();
let root: string;
let server: ChildProcess;
let base: string;
let output = '';

/** A port nobody is listening on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Polls `url` until `accept` says yes, for at most `seconds`; returns the last body. */
async function waitFor(url: string, accept: (status: number, body: string) => boolean, seconds = 60): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      last = await response.text();
      if (accept(response.status, last)) return last;
      last = `HTTP ${response.status}: ${last.slice(0, 500)}`;
    } catch (error) {
      last = `not answering: ${String(error)}`; // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not become ready in ${seconds} s (last: ${last}). Dev server output:\n${output.slice(-3000)}`);
}

const ARTICLE = (headline: string, figure: string) =>
  `${headline}\n\ndate 2025-02-03 + ↺ − 16 px\n\nThe ministry said there are ${figure} schools in the region, Trend reports.\n`;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'recount-dev-'));
  const content = path.join(root, 'content');
  await cp('content/sources', path.join(content, 'sources'), { recursive: true });
  await mkdir(path.join(content, 'reviews'), { recursive: true });
  await runIngest(project, content);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // The server gets a developer's environment, not this worker's: Astro skips its page handler
  // when it sees VITEST, Vitest sets NODE_ENV and BASE_URL, and the e2e build's base path and
  // address would move the site off `/`.
  const inherited = new Set(['BASE_URL', 'BASE_PATH', 'SITE_URL', 'NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !inherited.has(key) && !key.startsWith('VITEST')),
  );
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    env: { ...env, RECOUNT_CONTENT_DIR: content, RECOUNT_CACHE_DIR: path.join(root, 'cache'), FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await waitFor(`${base}/`, (status) => status === 200, 90);
}, 120_000);

afterAll(async () => {
  server?.kill('SIGTERM');
  await rm(root, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('ingests an article dropped into the sources folder and serves its page without a restart', { timeout: 90_000 }, async () => {
    const page = `${base}/articles/dev-watch-new/`;
    expect((await fetch(page)).status).toBe(404);
    await writeFile(path.join(root, 'content/sources/dev-watch-new.txt'), ARTICLE('School count announced by the ministry', '412'));
    const html = await waitFor(page, (status, body) => status === 200 && body.includes('School count announced by the ministry'));
    expect(html).toContain('412');
  });

  it('re-ingests a changed article and shows the new figure', { timeout: 90_000 }, async () => {
    await writeFile(path.join(root, 'content/sources/dev-watch-new.txt'), ARTICLE('School count announced by the ministry', '415'));
    const html = await waitFor(`${base}/articles/dev-watch-new/`, (status, body) => status === 200 && body.includes('415'));
    expect(html).not.toContain('412 schools');
  });

  it('serves every download of /data/ at its address, with its type', { timeout: 60_000 }, async () => {
    for (const [file, type] of [['claims.json', 'application/json'], ['claims.csv', 'text/csv'], ['topics.json', 'application/json'], ['topics.csv', 'text/csv'], ['permalinks.json', 'application/json']]) {
      const response = await fetch(`${base}/data/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toContain(type);
    }
    expect(await (await fetch(`${base}/data/claims.csv`)).text()).toMatch(/^id,url,text,/);
  });
});
