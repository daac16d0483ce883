import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { deferCssParser } from '../../src/ingest/read/defer-css-parser.ts';

describe('deferCssParser', () => {
  it('still parses a <style> sheet when one is read, and element styles as before', () => {
    const require = createRequire(import.meta.url);
    deferCssParser(require);
    const { parseHTML } = require('linkedom') as typeof import('linkedom');
    const { document } = parseHTML('<html><head><style>p { color: red } @media print { a { color: blue } }</style></head><body><p style="color: green">x</p></body></html>');
    const sheet = (document.querySelector('style') as unknown as { sheet: { cssRules: { length: number } } }).sheet;
    expect(sheet.cssRules.length).toBe(2);
    expect((document.querySelector('p') as unknown as { style: { color: string } }).style.color).toBe('green');
  });

  it('does nothing twice', () => {
    const require = createRequire(import.meta.url);
    deferCssParser(require);
    const before = { ...require.cache };
    deferCssParser(require);
    expect(Object.keys(require.cache)).toEqual(Object.keys(before));
  });
});
