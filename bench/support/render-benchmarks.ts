// BENCHMARKS.md, written by `npm run bench` from what it measured: a table per group with each
// target beside the figure, and the machine the figures came from.

/** One measured figure. */
export interface Row {
  group: string;
  name: string;
  figure: string;
  detail: string;
  /** The target this figure answers to, and whether it was met. */
  target?: { text: string; met: boolean } | undefined;
}

export interface BenchReport {
  quick: boolean;
  machine: string;
  date: string;
  minutes: number;
  rows: Row[];
}

/** Renders the report as Markdown. */
export function renderBenchmarks(report: BenchReport): string {
  const groups = [...new Set(report.rows.map((row) => row.group))];
  const missed = report.rows.filter((row) => row.target && !row.target.met);
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench${report.quick ? ' -- --quick' : ''}\` on ${report.date}, in ${report.minutes.toFixed(1)} minutes, on: ${report.machine}.`,
    'Corpora are synthetic (`bench/corpus/generate-corpus.ts`, seed 1): 300–1,500 words and 3–15 quantity claims per article, recurring speakers and subjects, scraped furniture. Times are wall-clock medians; memory is the peak resident set of the measured process.',
    '',
  ];
  for (const group of groups) {
    lines.push(`## ${group}`, '', '| What | Figure | Target | Detail |', '| --- | --- | --- | --- |');
    for (const row of report.rows.filter((r) => r.group === group)) {
      const target = row.target ? `${row.target.met ? 'met' : '**missed**'}: ${row.target.text}` : '';
      lines.push(`| ${row.name} | ${row.figure} | ${target} | ${row.detail} |`);
    }
    lines.push('');
  }
  lines.push('## Targets missed', '');
  if (missed.length === 0) lines.push('None.');
  else for (const row of missed) lines.push(`- ${row.group}, ${row.name}: ${row.figure} against ${row.target!.text}.`);
  lines.push('', 'What the profiles show behind each miss, what was fixed and what remains: `docs/performance.md`.', '');
  return lines.join('\n');
}
