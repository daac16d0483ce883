import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PRELOAD = './scripts/cache-compiled-code.mjs';
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('npm scripts', () => {
  it('start every TypeScript entry script with the compile cache preloaded', () => {
    const entries = Object.entries(scripts).flatMap(([name, command]) => [...command.matchAll(/node ((?:--\S+ \S+ )*)scripts\/\S+\.ts/g)].map((run) => [name, run[1]!] as const));
    expect(entries.length).toBeGreaterThanOrEqual(7);
    for (const [name, flags] of entries) expect(`${name}: ${flags}`).toBe(`${name}: --import ${PRELOAD} `);
  });

  it('the preload turns the cache on before the entry runs, and hands it to the processes a command starts', () => {
    const env = { ...process.env };
    delete env['NODE_COMPILE_CACHE'];
    const printed = execFileSync(process.execPath, ['--import', PRELOAD, '-e', "console.log(JSON.stringify([require('node:module').getCompileCacheDir() ?? null, process.env.NODE_COMPILE_CACHE ?? null]))"], { env, encoding: 'utf8' });
    const [directory, inherited] = JSON.parse(printed) as [string | null, string | null];
    // (The cache's own folder is one per Node version inside the folder children are handed.)
    expect(inherited).toBeTruthy();
    expect(directory?.startsWith(inherited!)).toBe(true);
  });
});
