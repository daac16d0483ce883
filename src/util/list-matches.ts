/**
 * Every match of a global regex in `text`, as `text.matchAll(regex)` finds them, in an array.
 * matchAll copies the regex on each call (a new RegExp object, its flags read and checked), which
 * costs more than the search itself on a short paragraph; this runs the given one, from the
 * start, and leaves its `lastIndex` at 0. All matches are found before the caller sees the
 * first, so a caller may use the same regex again inside its loop.
 */
export function listMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step over it (a whole code point
    // under the `u` or `v` flag), as matchAll does.
    if (match[0] === '') regex.lastIndex = stepOver(text, regex.lastIndex, regex.unicode || regex.unicodeSets);
  }
  return found;
}

function stepOver(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
