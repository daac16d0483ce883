import { COMBINING_MARK, repairAt } from '../../src/ingest/index.ts';

/** Text with white space collapsed, quote marks unified and emphasis marks dropped, with each kept character's offset in the input. */
export interface FoldedText {
  folded: string;
  offsets: number[];
}

/**
 * Folds text so that a claim's sentence, as the ingest stored it, can be found again in the raw
 * eval article it came from (the ingest collapses white space and may keep Markdown emphasis).
 */
export function foldText(raw: string): FoldedText {
  // The ingest composes letters and combining marks (NFC) before anything else: so does the fold, keeping raw offsets.
  const { text, rawOffsets } = composeMarks(raw);
  let folded = '';
  const offsets: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i += 1) {
    let char = text[i]!;
    const start = i;
    // The ingest puts back UTF-8 read as Windows-1252 (`PeÃ±a`): so does the fold, at the run's offset.
    const repair = char >= '\u00c2' && char <= '\u00f4' ? repairAt(text, i) : null;
    if (repair) [char, i] = [repair.meant, i + repair.length - 1];
    if (/\s/.test(char)) {
      if (space || folded === '') continue;
      space = true;
      char = ' ';
    } else space = false;
    if (/[“”„«»]/.test(char)) char = '"';
    else if (/[‘’]/.test(char)) char = "'";
    else if (char === '*' || char === '_') continue;
    folded += char;
    offsets.push(rawOffsets[start]!);
  }
  return { folded, offsets };
}

/** The text composed as NFC composes it, with each character's offset in the raw text. */
function composeMarks(raw: string): { text: string; rawOffsets: number[] } {
  const rawOffsets: number[] = [];
  if (!COMBINING_MARK.test(raw)) {
    for (let i = 0; i <= raw.length; i += 1) rawOffsets.push(i);
    return { text: raw, rawOffsets };
  }
  let text = '';
  for (let i = 0; i < raw.length; ) {
    let end = i + 1;
    while (end < raw.length && COMBINING_MARK.test(raw[end]!)) end += 1;
    const composed = raw.slice(i, end).normalize('NFC');
    for (const char of composed) {
      text += char;
      for (let unit = 0; unit < char.length; unit += 1) rawOffsets.push(i);
    }
    i = end;
  }
  rawOffsets.push(raw.length);
  return { text, rawOffsets };
}
