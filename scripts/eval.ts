// npm run eval [-- --set NAME] [-- --errors N]
// Scores the extractor on the labelled real-news sets in ../shared/eval/ (read at run time, never
// copied into the project: no licence to redistribute). One table per set; a set whose files are
// absent (a user's clone) is skipped with a line that says so.
import { parseArgs } from 'node:util';
import { EVAL_SETS, findEvalDir } from '../bench/eval/eval-sets.ts';

const { values } = parseArgs({ options: { set: { type: 'string', multiple: true }, errors: { type: 'string', default: '0' }, dir: { type: 'string' } } });

// 1. Find the eval folder (RECOUNT_EVAL_DIR, --dir, or ../shared/eval beside the project).
const dir = findEvalDir(values.dir);
const wanted = values.set ?? EVAL_SETS.map((set) => set.name);
const unknown = wanted.filter((name) => !EVAL_SETS.some((set) => set.name === name));
if (unknown.length > 0) {
  console.error(`unknown eval set ${unknown.join(', ')}; the sets are ${EVAL_SETS.map((set) => set.name).join(', ')}`);
  process.exitCode = 2;
} else {
  // 2. Score each set that is present; say which are not.
  for (const set of EVAL_SETS.filter((candidate) => wanted.includes(candidate.name))) {
    const input = dir === null ? null : set.locate(dir);
    if (input === null) {
      console.log(`\n## ${set.title}\nskipped: ${set.needs} not found${dir === null ? ' (no ../shared/eval/ beside the project; set RECOUNT_EVAL_DIR)' : ` in ${dir}`}`);
      continue;
    }
    const started = performance.now();
    const report = await set.run(input, { errors: Number(values.errors) });
    console.log(`\n## ${set.title}\n${report}\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}
