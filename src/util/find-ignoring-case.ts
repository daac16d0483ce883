// Finding a tag's closer (`</script`) in a page whatever its case. Lower-casing the whole page to
// search it costs more than decoding it (2 ms for an average 230 KB page, twice per page); a
// case-insensitive regular expression searches the page as it is, and its indices are the
// page's own (lower-casing can change a string's length: `İ` becomes two characters).

const searches = new Map<string, RegExp>();

/**
 * Index of the first occurrence of `needle` (ASCII) in `text` at or after `from`, ignoring ASCII
 * case, or -1.
 */
export function findIgnoringCase(text: string, needle: string, from: number): number {
  let search = searches.get(needle);
  if (search === undefined) {
    search = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi');
    searches.set(needle, search);
  }
  search.lastIndex = from;
  return search.exec(text)?.index ?? -1;
}
