import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvLines, prettyJsonArray, streamText } from '../../src/lib/stream-text.ts';

/** Reads a stream whole, as Astro does with an endpoint's body. */
const read = async (stream: ReadableStream<Uint8Array>) => new TextDecoder().decode(await new Response(stream).arrayBuffer());

describe('prettyJsonArray', () => {
  const cases: [string, unknown[]][] = [
    ['no items', []],
    ['flat records', [{ id: 'c-1', value: 340, unit: null }, { id: 'c-2', value: 324.5, unit: 'school' }]],
    ['nested lists and objects, empty ones too', [{ members: [{ a: 1 }, { b: [2, 3] }], terms: [], extra: {} }, [1, [2, [3]]]]],
    ['text with line breaks, quotes and non-Latin letters', [{ text: 'He said:\n"more than 340" — школ, 数字 🙂' }, 'plain', null, 7]],
  ];
  it.each(cases)('writes exactly JSON.stringify(items, null, 1) and a newline: %s', (_name, items) => {
    expect([...prettyJsonArray(items)].join('')).toBe(`${JSON.stringify(items, null, 1)}\n`);
  });

  it('makes one piece per item, so a body is never held whole', () => {
    const pieces = [...prettyJsonArray([{ a: 1 }, { b: 2 }, { c: 3 }])];
    expect(pieces).toHaveLength(4);
  });
});

describe('csvLines', () => {
  it('writes the same CSV as csv-stringify over all rows, whatever the batch size', () => {
    const rows = [['id', 'text'], ['1', 'a,b'], ['2', 'say "hi"\nthere'], ['3', '=x'], ['4', ''], ['5', 'école']];
    const whole = stringify(rows, { record_delimiter: 'windows' });
    for (const batch of [1, 2, 4, 1000]) expect([...csvLines(rows, batch)].join('')).toBe(whole);
  });

  it('writes nothing for no rows', () => {
    expect([...csvLines([])].join('')).toBe('');
  });
});

describe('streamText', () => {
  it('streams the UTF-8 bytes of the pieces joined, letters outside ASCII included', async () => {
    const pieces = ['[', 'школа', '🙂', ' ', '"', ']'];
    expect(await read(streamText(pieces))).toBe(pieces.join(''));
  });

  it('reads the pieces only as the reader asks, in chunks of about a megabyte', async () => {
    let made = 0;
    function* pieces() {
      for (let i = 0; i < 3000; i++) {
        made += 1;
        yield 'x'.repeat(1000);
      }
    }
    const reader = streamText(pieces()).getReader();
    const first = await reader.read();
    expect(first.value!.length).toBeGreaterThanOrEqual(1 << 20);
    expect(made).toBeLessThan(3000);
    let total = first.value!.length;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) total += chunk.value.length;
    expect(total).toBe(3_000_000);
  });

  it('gives an empty body for no pieces', async () => {
    expect(await read(streamText([]))).toBe('');
  });
});
