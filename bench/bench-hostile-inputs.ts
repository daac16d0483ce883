// Extract time and output size against input size, for inputs shaped to hurt (see
// bench/corpus/generate-hostile-inputs.ts): does time grow linearly, does any input within the
// 5 MB limit take over 10 s, or print more than 10 times its own size? Run alone with
// `node bench/bench-hostile-inputs.ts [--quick]`, or as part of `npm run bench`.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { articleIdFor, formatFor, ingestArticle, isSourceError } from '../src/ingest/index.ts';
import { generateHostileInput, HOSTILE_KINDS, type HostileKind } from './corpus/generate-hostile-inputs.ts';
import type { Row } from './support/render-benchmarks.ts';

/** Input sizes of a full run and of a quick one. */
export const HOSTILE_SIZES = { full: [10_000, 100_000, 1_000_000, 5_000_000], quick: [10_000, 50_000] } as const;
/** The targets each input answers to. */
const MAX_MS = 10_000;
const MAX_GROWTH = 10;

/** One measured input. */
export interface HostileRun {
  kind: HostileKind;
  bytes: number;
  ms: number;
  /** Bytes `npm run extract` prints for it (the JSON array), or of the one-line error. */
  outputBytes: number;
  claims: number;
  /** The one-line error when the input was refused. */
  refused: string | null;
}

/** Extracts one generated input in this process, as `npm run extract` does, and measures it. */
export function measureHostileInput(kind: HostileKind, bytes: number): HostileRun {
  const input = generateHostileInput(kind, bytes);
  const data = Buffer.from(input.text);
  const started = performance.now();
  try {
    const entry = ingestArticle({ source: input.name, articleId: articleIdFor(input.name), format: formatFor(input.name)!, bytes: data });
    const output = JSON.stringify([entry.data], null, 2);
    return { kind, bytes: data.length, ms: performance.now() - started, outputBytes: Buffer.byteLength(output), claims: entry.data.claims.length, refused: null };
  } catch (error) {
    if (!isSourceError(error)) throw error;
    return { kind, bytes: data.length, ms: performance.now() - started, outputBytes: Buffer.byteLength(error.message), claims: 0, refused: error.reason };
  }
}

/** Measures every kind at every size and returns them as benchmark rows (one per kind). */
export function benchHostileInputs({ sizes, kinds = HOSTILE_KINDS, log = () => undefined }: { sizes: readonly number[]; kinds?: readonly HostileKind[]; log?: (line: string) => void }): { rows: Row[]; runs: HostileRun[] } {
  // Warm the modules (each format loads its own parser on first use) and the JIT, so the first row is not charged for them.
  for (const kind of ['prose', 'nested-markdown-within-limits', 'nested-html-within-limits'] as const) measureHostileInput(kind, 10_000);
  const runs: HostileRun[] = [];
  const rows: Row[] = [];
  for (const kind of kinds) {
    const ofKind: HostileRun[] = [];
    for (const size of sizes) {
      log(`hostile input: ${kind}, ${kb(size)}…`);
      const run = measureHostileInput(kind, size);
      ofKind.push(run);
      runs.push(run);
    }
    const slowest = Math.max(...ofKind.map((run) => run.ms));
    const growth = Math.max(...ofKind.map((run) => run.outputBytes / run.bytes));
    rows.push({
      group: 'Hostile inputs',
      name: kind,
      figure: ofKind.map((run) => `${kb(run.bytes)}: ${seconds(run.ms)}, ${run.refused ? 'refused' : `${kb(run.outputBytes)} out`}`).join('; '),
      detail: describeGrowth(ofKind),
      target: { text: `each < ${MAX_MS / 1000} s and < ${MAX_GROWTH}× its size out`, met: slowest < MAX_MS && growth < MAX_GROWTH },
    });
  }
  return { rows, runs };
}

/** How time grew from the smallest input to the largest, against how the size grew. */
function describeGrowth(runs: HostileRun[]): string {
  const first = runs[0]!;
  const last = runs.at(-1)!;
  const refused = runs.filter((run) => run.refused !== null);
  const claims = runs.map((run) => run.claims).join(' / ');
  const why = refused.length > 0 ? `; refused: ${refused[0]!.refused!.split(';')[0]}` : '';
  return `size ×${(last.bytes / first.bytes).toFixed(0)}, time ×${(last.ms / Math.max(first.ms, 1)).toFixed(1)}; claims ${claims}${why}`;
}

/** The measured runs as a Markdown table: one line per input. */
export function renderHostileTable(runs: HostileRun[]): string {
  const lines = ['| Input | Size | Time | Output | × size | Claims | Result |', '| --- | ---: | ---: | ---: | ---: | ---: | --- |'];
  for (const run of runs) {
    lines.push(
      `| ${run.kind} | ${kb(run.bytes)} | ${seconds(run.ms)} | ${kb(run.outputBytes)} | ${(run.outputBytes / run.bytes).toFixed(2)} | ${run.claims} | ${run.refused ? `refused: ${run.refused.split(';')[0]}` : 'read'} |`,
    );
  }
  return lines.join('\n');
}

function kb(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${(bytes / 1_000).toFixed(bytes < 10_000 ? 1 : 0)} KB`;
}

function seconds(ms: number): string {
  return ms < 1_000 ? `${ms.toFixed(0)} ms` : `${(ms / 1_000).toFixed(1)} s`;
}

// Run alone: print the table.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, kinds: { type: 'string' }, sizes: { type: 'string' } } });
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.quick ? HOSTILE_SIZES.quick : HOSTILE_SIZES.full;
  const kinds = values.kinds ? (values.kinds.split(',') as HostileKind[]) : HOSTILE_KINDS;
  const { runs, rows } = benchHostileInputs({ sizes, kinds, log: (line) => console.error(line) });
  console.log(renderHostileTable(runs));
  const missed = rows.filter((row) => row.target && !row.target.met);
  console.log(missed.length === 0 ? '\nEvery input within 10 s and 10× its size.' : `\nMissed: ${missed.map((row) => row.name).join(', ')}`);
}
