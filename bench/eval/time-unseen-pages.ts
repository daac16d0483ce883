// node bench/eval/time-unseen-pages.ts DIR HALF
// The ingest's steady speed on HTML pages it has not read: in a fresh process, reads one half of
// the page folders in DIR (every other page, from HALF: 0 or 1) to warm up, then times the other
// half in CPU time and prints `{"pages":N,"seconds":S}`. eval-readability.ts runs it once per half,
// beside its single cold pass (which mostly measures loading and first compiles).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ingestArticle, isSourceError } from '../../src/ingest/index.ts';

const [dir, half] = [process.argv[2]!, Number(process.argv[3])];
const pages = readdirSync(dir)
  .sort()
  .filter((name) => statSync(path.join(dir, name)).isDirectory())
  .map((name) => ({ name, bytes: readFileSync(path.join(dir, name, 'source.html')) }));

/** Ingests one page as the eval does (a refused page counts: refusing is work too). */
function read(page: (typeof pages)[number]): void {
  try {
    ingestArticle({ source: `${page.name}/source.html`, articleId: page.name, format: 'html', bytes: page.bytes });
  } catch (error) {
    if (!isSourceError(error)) throw error;
  }
}

for (const page of pages.filter((_, index) => index % 2 === half)) read(page);
const timed = pages.filter((_, index) => index % 2 !== half);
const started = process.cpuUsage();
for (const page of timed) read(page);
const used = process.cpuUsage(started);
console.log(JSON.stringify({ pages: timed.length, seconds: (used.user + used.system) / 1e6 }));
