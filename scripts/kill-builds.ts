// node scripts/kill-builds.ts [--trials 20] [--articles 40] [--dir DIR]
// Kills `npm run build` with SIGKILL at random moments and checks that dist/ always holds a
// complete site (bench/support/kill-builds.ts). Exit code 1 when any trial found a broken site.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { killBuilds } from '../bench/support/kill-builds.ts';

const { values } = parseArgs({
  options: { trials: { type: 'string', default: '20' }, articles: { type: 'string', default: '40' }, dir: { type: 'string' } },
});
const root = path.resolve(values.dir ?? path.join(tmpdir(), `recount-kill-builds-${process.pid}`));
const trials = await killBuilds({ project: process.cwd(), root, trials: Number(values.trials), articles: Number(values.articles), log: (line) => console.log(line) });
const failed = trials.filter((trial) => !trial.ok);
const interrupted = trials.filter((trial) => trial.interrupted).length;
console.log(`${trials.length - 1} kills (${interrupted} while building), ${failed.length} left dist/ without a complete site.`);
if (failed.length > 0) process.exitCode = 1;
