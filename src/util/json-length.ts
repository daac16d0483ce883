/**
 * `JSON.stringify(value).length` for plain data (objects and arrays of strings, numbers, booleans
 * and null), counted without building the text: a budget that measures every claim this way
 * spent more time making and dropping the strings than extracting. Anything else (a `toJSON`
 * method, a class instance, a top-level value JSON has no text for) is measured by stringifying it.
 */
export function jsonLength(value: unknown): number {
  const length = plainLength(value);
  return length >= 0 ? length : (JSON.stringify(value) as string | undefined)?.length ?? 0;
}

/** The length for plain data; -1 for a value plainLength does not measure itself. */
function plainLength(value: unknown): number {
  if (value === null) return 4;
  switch (typeof value) {
    case 'string':
      return stringLength(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      break;
    default:
      return -1;
  }
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return -1;
    let length = 2 + Math.max(0, value.length - 1); // brackets and commas
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // Array holes, undefined, functions and symbols are written as null.
      const itemLength = item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 4 : plainLength(item);
      if (itemLength < 0) return -1;
      length += itemLength;
    }
    return length;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype || typeof (value as { toJSON?: unknown }).toJSON === 'function') return -1;
  let length = 2; // braces
  let members = 0;
  for (const key of Object.keys(value)) {
    const member: unknown = (value as Record<string, unknown>)[key];
    // Undefined, functions and symbols leave their key out.
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    const memberLength = plainLength(member);
    if (memberLength < 0) return -1;
    length += stringLength(key) + 1 + memberLength; // key, colon, value
    members++;
  }
  return length + Math.max(0, members - 1); // commas
}

/** The length of a string as JSON writes it: quoted, with `"`, `\`, control characters and lone surrogates escaped. */
function stringLength(text: string): number {
  let length = text.length + 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code !== 0x22 && code !== 0x5c && (code < 0xd800 || code > 0xdfff)) continue;
    if (code === 0x22 || code === 0x5c || code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) length += 1; // \" \\ \b \t \n \f \r
    else if (code < 0x20) length += 5; // \u00XX
    else if (code <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) i++; // a pair: written as is
    else length += 5; // a lone surrogate: \uDXXX
  }
  return length;
}
