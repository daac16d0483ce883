import { isUtf8 } from 'node:buffer';
import { repairMojibake } from './repair-mojibake.ts';
import { LIMITS, REASONS, SourceError } from './source-error.ts';

/**
 * Turns a raw file's bytes into text, or throws a SourceError that says why it cannot.
 * Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM; refuses empty, oversized, PDF,
 * binary and invalid UTF-8 input. Line endings come back as `\n`, letters written with
 * combining marks (`e` + U+0301) composed (NFC), and runs of UTF-8 that an earlier tool read as
 * Windows-1252 (`PeÃ±a`, also when written decomposed) as the characters they meant.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  if (bytes.length > LIMITS.maxBytes) throw new SourceError(file, REASONS.tooLarge(bytes.length));
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) throw new SourceError(file, REASONS.pdf);

  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    // NUL never occurs in text; checking the head is enough to tell binaries apart cheaply.
    if (bytes.subarray(0, 8192).includes(0)) throw new SourceError(file, REASONS.binary);
    // Validated first (one fast pass), then decoded without checks: a fatal TextDecoder takes
    // a fifth longer on a large page. The decoder drops a leading BOM; so does this.
    if (!isUtf8(bytes)) throw new SourceError(file, REASONS.notUtf8(firstInvalidUtf8Offset(bytes)));
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new SourceError(file, REASONS.empty);
  if (text.includes('\u0000')) throw new SourceError(file, REASONS.binary);
  // Composed first: the same name written both ways is one speaker, and mojibake written
  // decomposed (`A` + U+0303 for `Ã`) is then a run the repair knows. Most texts hold no mark.
  if (COMBINING_MARK.test(text)) text = text.normalize('NFC');
  return repairMojibake(text);
}

/** A combining mark, which NFC may compose with the letter before it (the eval's fold composes the same ones). */
export const COMBINING_MARK = /[\u0300-\u036f]/;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Offset of the first byte that breaks UTF-8, so the message can point at it. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    // Overlong and surrogate forms are invalid too; the decoder's verdict stands, point at the lead byte.
    const slice = bytes.subarray(i, i + length);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(slice);
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}
