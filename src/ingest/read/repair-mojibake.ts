// Text that went through UTF-8 read as Windows-1252 (or Latin-1) on its way to us: `PeÃ±a`,
// `FranÃ§ois`, `donâ€™t`. Scraped news carries it, and it breaks the names and words extraction
// reads. Each character of such a run stands for one byte of the UTF-8 the text meant; a run
// that forms a valid UTF-8 sequence again is put back. Nothing else is touched: a lone `Ã`
// (`SÃO PAULO`) or a run that is no valid sequence stays as written.

/** The byte each Windows-1252 character stands for, where it differs from Latin-1 (0x80–0x9F). */
const WINDOWS_1252: ReadonlyMap<string, number> = new Map(
  [...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((char, index) => [char, [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f][index]!]),
);

/** A character standing for a UTF-8 continuation byte (0x80–0xBF) in either reading. */
const CONTINUATION = `[\\u0080-\\u00bf${[...WINDOWS_1252.keys()].join('')}]`;
/** A lead character and as many continuation characters as its byte announces. */
const SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`, 'g');
/** Whether a text may hold such a run at all (a lead character): most texts are left at this test. */
const LEAD = /[\u00c2-\u00f4]/;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** Latin letters with their marks, general punctuation, currency and letter-like symbols. */
const MEANT = /^[\u00a0-\u024f\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]$/u;

/** The text with every run of UTF-8 read as Windows-1252 put back into the characters it meant. */
export function repairMojibake(text: string): string {
  if (!LEAD.test(text)) return text;
  return text.replace(SEQUENCE, (run) => meantBy(run) ?? run);
}

/** The repair that starts at `index` of a text, if one does: the character meant and how many it replaces. */
export function repairAt(text: string, index: number): { meant: string; length: number } | null {
  SEQUENCE_AT.lastIndex = index;
  const run = SEQUENCE_AT.exec(text)?.[0];
  const meant = run === undefined ? null : meantBy(run);
  return meant === null ? null : { meant, length: run!.length };
}
const SEQUENCE_AT = new RegExp(SEQUENCE.source, 'y');

/** The character a run of Windows-1252 characters meant as UTF-8, or null when it is no such run. */
function meantBy(run: string): string | null {
  const bytes = Uint8Array.from(run, (char) => WINDOWS_1252.get(char) ?? char.charCodeAt(0));
  let meant: string;
  try {
    meant = strictUtf8.decode(bytes);
  } catch {
    return null; // no valid sequence (an overlong form, say): as written
  }
  // Only what Western news writes and mangles: accented letters, punctuation, currency signs.
  // Real text can form a valid sequence by chance (`Strauß’s` would give an N'Ko letter, `café»…` a CJK one).
  return MEANT.test(meant) ? meant : null;
}
