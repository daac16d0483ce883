import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/ingest/read/repair-mojibake.ts';
import { decodeSource } from '../../src/ingest/read/decode-source.ts';

/** Our own text as a tool that read its UTF-8 bytes as Windows-1252 would have left it. */
function mangle(text: string): string {
  const special = new Map([[0x80, '€'], [0x82, '‚'], [0x93, '“'], [0x94, '”'], [0x99, '™'], [0x9c, 'œ']]);
  return [...Buffer.from(text, 'utf8')].map((byte) => special.get(byte) ?? String.fromCharCode(byte)).join('');
}

describe('repairMojibake', () => {
  it.each([
    ['Enrique Peña Nieto said', 'PeÃ±a'],
    ['François and Zoë met in Guantánamo', 'Ã§'],
    ['“Quoted,” she said', 'â€œ'],
    ['It costs €5 and £3', 'â‚¬'],
  ])('puts back %j', (meant, marker) => {
    const mangled = mangle(meant);
    expect(mangled).toContain(marker);
    expect(repairMojibake(mangled)).toBe(meant);
  });

  it.each([['SÃO PAULO'], ['São Paulo'], ['naïve café'], ['Strauß’s waltz'], ['a café»… then'], ['Ã alone'], ['plain ASCII text']])(
    'leaves real text alone: %j',
    (text) => {
      expect(repairMojibake(text)).toBe(text);
    },
  );

  it('repairs a source as it is read', () => {
    expect(decodeSource(Buffer.from(`President ${mangle('Peña Nieto')} said 3 things.`), 'a.txt')).toBe('President Peña Nieto said 3 things.');
  });

  it('repairs mojibake written decomposed (A + U+0303 for Ã) once the source is composed', () => {
    const decomposed = mangle('Peña Nieto').normalize('NFD');
    expect(decomposed).toContain('A\u0303');
    expect(decodeSource(Buffer.from(`President ${decomposed} said 3 things.`), 'a.txt')).toBe('President Peña Nieto said 3 things.');
  });

  it('composes letters written with combining marks, so one name is one speaker', () => {
    expect(decodeSource(Buffer.from('Jose\u0301 Garci\u0301a said 3 things.'), 'a.txt')).toBe('José García said 3 things.');
  });
});
