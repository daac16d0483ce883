import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/ingest/read/decode-source.ts';
import { REASONS } from '../../src/ingest/read/source-error.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const reason = (bytes: Uint8Array) => {
  try {
    decodeSource(bytes, 'x.txt');
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('decodeSource', () => {
  it('reads UTF-8 and turns CRLF into LF', () => {
    expect(decodeSource(utf8('a\r\nb\rc'), 'x.txt')).toBe('a\nb\nc');
  });
  it('drops a UTF-8 byte order mark', () => {
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('hi')]), 'x.txt')).toBe('hi');
  });
  it('reads UTF-16 LE and BE with a byte order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69]);
    expect(decodeSource(le, 'x.txt')).toBe('hi');
    expect(decodeSource(be, 'x.txt')).toBe('hi');
  });
  it.each([
    ['an empty file', new Uint8Array(), `x.txt: ${REASONS.empty}`],
    ['white space only', utf8(' \n\t \n'), `x.txt: ${REASONS.empty}`],
    ['a PDF', utf8('%PDF-1.7 ...'), `x.txt: ${REASONS.pdf}`],
    ['binary bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), `x.txt: ${REASONS.binary}`],
    ['invalid UTF-8', new Uint8Array([0x61, 0x62, 0xff, 0x63]), `x.txt: ${REASONS.notUtf8(2)}`],
    ['a truncated sequence', new Uint8Array([0x61, 0xe2, 0x82]), `x.txt: ${REASONS.notUtf8(1)}`],
  ])('refuses %s with one line naming the file', (_name, bytes, message) => {
    expect(reason(bytes)).toBe(message);
  });
  it('refuses a file over the size limit', () => {
    expect(reason(new Uint8Array(20 * 1024 * 1024).fill(0x61))).toMatch(/^x\.txt: the file is 20\.0 MB, over the 5 MB limit/);
  });
});
