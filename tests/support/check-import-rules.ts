// The project's import rules as a pure check over an import graph (paths relative to the root).
// The rules: docs/architecture.md, "Imports run one way".

/** file → the files it imports, all as project-relative paths with `/` separators. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** Stages of the ingest, outermost first: a module may import its own stage or a later one. */
const INGEST_STAGES: ReadonlyArray<readonly string[]> = [['index.ts'], ['run'], ['pipeline'], ['read', 'extract', 'write'], ['text', 'quantities']];
/** Layers inside the quantity parser, façade first. */
const QUANTITY_LAYERS: ReadonlyArray<readonly string[]> = [['find-quantities.ts'], ['matchers'], ['readers'], ['scan', 'tables'], ['tokens']];
/** The one site-side module allowed to run the ingest: re-ingest on change in `astro dev`. */
const INGEST_IN_SITE = 'src/integrations/ingest-on-change.ts';

function rankIn(layers: ReadonlyArray<readonly string[]>, part: string | undefined): number {
  return layers.findIndex((names) => part !== undefined && names.includes(part));
}

/** One line per broken rule, empty when the graph keeps them all. */
export function checkImportRules(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const edge = `${from} imports ${to}`;
      if (from.startsWith('src/') && /^(scripts|bench|tests)\//.test(to)) problems.push(`${edge}: src/ never imports scripts/, bench/ or tests/`);
      const fromIngest = from.startsWith('src/ingest/');
      const toIngest = to.startsWith('src/ingest/');
      if (from.startsWith('src/') && !fromIngest && from !== INGEST_IN_SITE && toIngest) {
        problems.push(`${edge}: site code never imports the ingest`);
      }
      if (!fromIngest && toIngest && !from.startsWith('tests/') && to !== 'src/ingest/index.ts') {
        problems.push(`${edge}: outside the ingest, import src/ingest/index.ts only`);
      }
      if (fromIngest && toIngest) {
        const a = from.split('/').slice(2);
        const b = to.split('/').slice(2);
        if (a[0] === b[0] && a[0] === 'quantities' && a.length > 1 && b.length > 1) {
          const ra = rankIn(QUANTITY_LAYERS, a[1]);
          const rb = rankIn(QUANTITY_LAYERS, b[1]);
          if (a[1] !== b[1] && !(rb > ra)) problems.push(`${edge}: inside quantities, imports run façade → matchers → readers → scan/tables → tokens`);
        } else if (a[0] !== b[0]) {
          const ra = rankIn(INGEST_STAGES, a[0]);
          const rb = rankIn(INGEST_STAGES, b[0]);
          if (!(rb > ra)) problems.push(`${edge}: inside the ingest, imports run index → run → pipeline → read/extract/write → text/quantities`);
        }
      }
    }
  }
  problems.push(...findCycles(graph).map((cycle) => `import cycle: ${cycle.join(' → ')}`));
  return problems;
}

/** Each import cycle once, as the files around it (first file repeated at the end). */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}
