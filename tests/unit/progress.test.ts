import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/ingest/run/progress.ts';

/** Runs three events through a progress printer and returns what reached the stream and the log. */
function run(isTTY: boolean, ci: boolean) {
  const written: string[] = [];
  const printed: string[] = [];
  const progress = createProgress({ isTTY, write: (text: string) => written.push(text) }, (line) => printed.push(line), ci);
  for (const [index, name] of ['a.txt', 'b.txt', 'c.txt'].entries()) progress.line(`new ${name}`, index + 1, 3);
  progress.done();
  return { written, printed };
}

describe('createProgress', () => {
  it('prints one plain line per event in CI logs and pipes, with no control characters', () => {
    for (const [isTTY, ci] of [[false, false], [true, true], [false, true]] as const) {
      const { written, printed } = run(isTTY, ci);
      expect(printed).toEqual(['new a.txt', 'new b.txt', 'new c.txt']);
      expect(written).toEqual([]);
    }
  });

  it('keeps a live progress bar on a terminal, cleared before each line and at the end', () => {
    const { written, printed } = run(true, false);
    expect(printed).toEqual(['new a.txt', 'new b.txt', 'new c.txt']);
    expect(written).toEqual([
      `[${'#'.repeat(8)}${'.'.repeat(16)}] 1/3`,
      '\r\x1b[2K',
      `[${'#'.repeat(16)}${'.'.repeat(8)}] 2/3`,
      '\r\x1b[2K',
      `[${'#'.repeat(24)}] 3/3`,
      '\r\x1b[2K',
    ]);
  });
});
