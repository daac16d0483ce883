// Hostile and unlucky inputs of a chosen size, for the hardening tests and the input-size
// benchmark: long prose, a table pasted as one paragraph of figures, one paragraph of very many
// short sentences, and deeply nested structure (Markdown blockquotes, emphasis and lists, HTML
// elements). Deterministic: the same kind and size always give the same bytes.

/** The shapes of input the hardening work guards against. */
export const HOSTILE_KINDS = [
  'prose',
  'figure-paragraph',
  'short-sentences',
  'nested-blockquotes',
  'nested-emphasis',
  'indented-list',
  'nested-html',
  'nested-markdown-within-limits',
  'nested-html-within-limits',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** A generated input: its file name (the extension sets the format) and its text. */
export interface HostileInput {
  name: string;
  text: string;
}

const NOUNS = ['schools', 'students', 'tonnes of wheat', 'megawatts', 'hospitals', 'kilometres of road', 'jobs', 'flights'];
const PLACES = ['Baku', 'Ganja', 'the north', 'the capital', 'rural districts', 'the region'];

/** Repeats `piece(i)` until the text reaches `bytes` (ASCII, so characters are bytes), then cuts it there. */
function fill(bytes: number, piece: (index: number) => string, joiner: string): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < bytes; index++) {
    const part = piece(index);
    parts.push(part);
    length += part.length + joiner.length;
  }
  return parts.join(joiner).slice(0, bytes);
}

/** One input of the given kind, close to `bytes` long. */
export function generateHostileInput(kind: HostileKind, bytes: number): HostileInput {
  const noun = (i: number) => NOUNS[i % NOUNS.length]!;
  const place = (i: number) => PLACES[(i * 7) % PLACES.length]!;
  switch (kind) {
    case 'prose': {
      // Ordinary paragraphs of five sentences, one figure in two of them.
      const sentence = (i: number) =>
        i % 2 === 0
          ? `The minister said that ${100 + i} ${noun(i)} were counted in ${place(i)} last year.`
          : `Officials in ${place(i)} described the plans at length and answered questions from the press.`;
      const paragraph = (p: number) => Array.from({ length: 5 }, (_, s) => sentence(p * 5 + s)).join(' ');
      return { name: `prose-${bytes}.txt`, text: `Report on the regions\n\n${fill(bytes, paragraph, '\n\n')}\n` };
    }
    case 'figure-paragraph':
      // A table pasted as a paragraph: one endless sentence of figures separated by commas.
      return {
        name: `figure-paragraph-${bytes}.txt`,
        text: `Figures by district\n\nThe ministry reported ${fill(bytes, (i) => `${10 + (i % 990)} ${noun(i)} in ${place(i)}`, ', ')}.\n`,
      };
    case 'short-sentences':
      // One paragraph of very many short sentences, every other one with a figure.
      return {
        name: `short-sentences-${bytes}.txt`,
        text: `Notes\n\n${fill(bytes, (i) => (i % 2 === 0 ? `Exports of ${noun(i)} rose by ${1 + i} tonnes.` : 'The costs were lower than before.'), ' ')}\n`,
      };
    case 'nested-blockquotes': {
      // A blockquote nested as deep as the size allows.
      const depth = Math.max(1, Math.floor((bytes - 40) / 2));
      return { name: `nested-blockquotes-${bytes}.md`, text: `# Quotes\n\n${'> '.repeat(depth)}He said 340 schools.\n` };
    }
    case 'nested-emphasis': {
      // Interleaved emphasis opened many times, then closed: the Markdown parser's worst case
      // (its time grows faster than the square of the marks).
      const pairs = Math.max(1, Math.floor((bytes - 20) / 8));
      return { name: `nested-emphasis-${bytes}.md`, text: `# Emphasis\n\n${'*_a '.repeat(pairs)}${' b_*'.repeat(pairs)}\n` };
    }
    case 'indented-list': {
      // A list item per line, each indented one step deeper than the one before.
      const item = (i: number) => `${' '.repeat(2 * (i % 2_000))}- item ${i} of 340 schools`;
      return { name: `indented-list-${bytes}.md`, text: `# List\n\n${fill(bytes, item, '\n')}\n` };
    }
    case 'nested-html': {
      const depth = Math.max(1, Math.floor((bytes - 80) / 11));
      return {
        name: `nested-html-${bytes}.html`,
        text: `<html><body><article>${'<div>'.repeat(depth)}<p>340 schools.</p>${'</div>'.repeat(depth)}</article></body></html>\n`,
      };
    }
    case 'nested-markdown-within-limits': {
      // Just inside the structure limits, repeated to the size: paragraphs quoted 30 levels deep
      // with 40 emphasis marks each, and lists nested 30 levels deep.
      const block = (i: number) =>
        i % 2 === 0
          ? `${'> '.repeat(30)}The minister said ${100 + i} ${noun(i)} were *_counted_* in ${place(i)} **last** year.`
          : Array.from({ length: 30 }, (_, depth) => `${'  '.repeat(depth)}- ${10 + depth} ${noun(depth)} in ${place(i)}`).join('\n');
      return { name: `nested-markdown-within-limits-${bytes}.md`, text: `# Nested\n\n${fill(bytes, block, '\n\n')}\n` };
    }
    case 'nested-html-within-limits': {
      // Just inside the structure limits at every size: up to 400 sections nested up to 60
      // elements deep (24,400 elements of the 25,000 allowed), their paragraphs as long as the
      // size needs, shallower as the text grows (text × depth stays under 60 million).
      const sections = Math.max(1, Math.min(400, Math.floor(bytes / 800)));
      const depth = Math.max(1, Math.min(60, Math.floor(40_000_000 / bytes)));
      const perSection = Math.max(80, Math.floor((bytes - 200) / sections) - depth * 11);
      const sentence = (i: number) => `The minister said ${100 + i} ${noun(i)} were counted in ${place(i)}.`;
      const section = (s: number) => `${'<div>'.repeat(depth)}<p>${fill(perSection, (i) => sentence(s * 1_000 + i), ' ')}</p>${'</div>'.repeat(depth)}`;
      const body = Array.from({ length: sections }, (_, s) => section(s)).join('\n');
      return { name: `nested-html-within-limits-${bytes}.html`, text: `<html><body><article><h1>Nested</h1>${body}</article></body></html>\n` };
    }
  }
}
