// linkedom (0.18) loads a whole CSS object model (cssomnom) when it is loaded, for one use: the
// `sheet` of a <style> element, parsed when something reads it. Running cssomnom's module is
// ~0.1 s of CPU, a third of loading linkedom, in every process that reads HTML; the ingest drops
// <style> elements before parsing and never reads a sheet. This puts a stand-in for its `parse`
// in the require cache, which loads cssomnom the first time a sheet is parsed: same sheets, paid
// for only when one is asked for.
import { createRequire } from 'node:module';

/**
 * Makes linkedom's `require('cssomnom/parse')` load cssomnom on first use instead of at once.
 * Call before linkedom is loaded, with a require that can resolve linkedom; does nothing when
 * the module cannot be found or is already loaded (another linkedom, or linkedom loaded before).
 */
export function deferCssParser(requireFrom: NodeJS.Require): void {
  let file: string;
  try {
    file = createRequire(requireFrom.resolve('linkedom')).resolve('cssomnom/parse');
  } catch {
    return; // a linkedom without cssomnom: nothing to defer
  }
  if (requireFrom.cache[file] !== undefined) return;
  let parse: ((css: string) => unknown) | undefined;
  const stand = {
    id: file,
    filename: file,
    loaded: true,
    exports: {
      parse(css: string): unknown {
        if (parse === undefined) {
          // The stand-in leaves the cache so that this require loads cssomnom itself.
          if (requireFrom.cache[file] === (stand as unknown)) delete requireFrom.cache[file];
          parse = (requireFrom(file) as { parse: (css: string) => unknown }).parse;
        }
        return parse(css);
      },
    },
  };
  requireFrom.cache[file] = stand as unknown as NodeJS.Module;
}
