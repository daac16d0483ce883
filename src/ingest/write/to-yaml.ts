// A YAML emitter for entry front-matter (plain JSON-like data: objects, arrays, strings,
// numbers, booleans, null). The general-purpose libraries spent more time dumping an entry than
// the ingest spent extracting it; this one does one thing. Strings that could read back as
// anything else are written as double-quoted scalars (JSON string syntax is valid YAML), and
// the tests load every output back with js-yaml, the parser Astro uses, to prove it round-trips.

/** YAML words a plain scalar must never be, in any case: they would read back as booleans or null. */
const RESERVED = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null', '~']);
/** Characters a plain scalar may hold: nothing YAML gives a meaning to. */
const PLAIN = /^[\p{L}][\p{L}\p{N} ,.'’()%&/+-]*$/u;
/**
 * PLAIN for ASCII text (plus `’`), where letters and digits are `A-Za-z0-9`: tried first, since the
 * Unicode classes cost a call out of the compiled pattern per character of a string that is not
 * one-byte (a slice of an article with a curly quote anywhere in it).
 */
const PLAIN_ASCII = /^[A-Za-z][A-Za-z0-9 ,.'’()%&/+-]*$/;
/** A character outside ASCII and `’`: only then may PLAIN hold where PLAIN_ASCII does not. */
const BEYOND_ASCII = /[^\u0000-\u007f’]/;
/** Characters some YAML parsers take as line breaks or refuse, escaped inside quoted scalars. */
const UNSAFE_IN_QUOTES = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
const HAS_UNSAFE_IN_QUOTES = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/** Serialises an object as block-style YAML (no document markers), ending with a newline. */
export function toYaml(data: Record<string, unknown>): string {
  // Every piece goes into one list, joined once: building each nested block as a string of its
  // own and pasting it into its parent copied an entry's text once per level of nesting.
  const out: string[] = [];
  writeMapping(out, data, '', '');
  return out.join('');
}

/** `key: …` lines at `indent`; the first line starts with `firstIndent` (a sequence item's dash carries its indent). */
function writeMapping(out: string[], data: Record<string, unknown>, indent: string, firstIndent: string): void {
  let lineIndent = firstIndent;
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (value === undefined) continue;
    out.push(lineIndent, scalarKey(key), ':');
    writeBlock(out, value, indent);
    lineIndent = indent;
  }
}

/** The rest of a `key:` line: ` scalar\n`, or a newline and a nested block. */
function writeBlock(out: string[], value: unknown, indent: string): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(' []\n');
      return;
    }
    out.push('\n');
    for (const item of value) {
      out.push(indent, '  -');
      writeItem(out, item, `${indent}    `);
    }
  } else if (isObject(value)) {
    if (Object.keys(value).length === 0) out.push(' {}\n');
    else {
      out.push('\n');
      writeMapping(out, value, `${indent}  `, `${indent}  `);
    }
  } else {
    out.push(' ', scalar(value), '\n');
  }
}

/** A sequence item: ` scalar\n`, or a mapping whose first key sits on the dash line. */
function writeItem(out: string[], item: unknown, indent: string): void {
  if (isObject(item) && Object.keys(item).length > 0) {
    out.push(' ');
    writeMapping(out, item, indent, '');
    return;
  }
  if (Array.isArray(item)) throw new TypeError('nested sequences are not used in front-matter');
  writeBlock(out, item, indent.slice(2));
}

function scalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`cannot write ${value} as YAML`);
    return String(value);
  }
  if (typeof value === 'string') return string(value);
  throw new TypeError(`cannot write a ${typeof value} as YAML`);
}

function scalarKey(key: string): string {
  // Keys are the schema's few field names, written thousands of times: each is judged once.
  let written = writtenKeys.get(key);
  if (written === undefined) {
    written = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) && !RESERVED.has(key.toLowerCase()) ? key : string(key);
    if (writtenKeys.size < 1_000) writtenKeys.set(key, written);
  }
  return written;
}
const writtenKeys = new Map<string, string>();

function string(value: string): string {
  // Long text (sentences) is quoted without testing: it almost always holds a colon, quote or dash.
  // The reserved words are five letters at most (and no other letter lower-cases to theirs).
  if (value.length <= 120 && isPlain(value) && !(value.length <= 5 && RESERVED.has(value.toLowerCase())) && !value.endsWith(' ') && !value.includes('  ')) return value;
  const quoted = JSON.stringify(value);
  return HAS_UNSAFE_IN_QUOTES.test(quoted) ? quoted.replace(UNSAFE_IN_QUOTES, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) : quoted;
}

function isPlain(value: string): boolean {
  return PLAIN_ASCII.test(value) || (BEYOND_ASCII.test(value) && PLAIN.test(value));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
