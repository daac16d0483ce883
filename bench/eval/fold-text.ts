/** Text with white space collapsed, quote marks unified and emphasis marks dropped, with each kept character's offset in the input. */
export interface FoldedText {
  folded: string;
  offsets: number[];
}

/**
 * Folds text so that a claim's sentence, as the ingest stored it, can be found again in the raw
 * eval article it came from (the ingest collapses white space and may keep Markdown emphasis).
 */
export function foldText(text: string): FoldedText {
  let folded = '';
  const offsets: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i += 1) {
    let char = text[i]!;
    if (/\s/.test(char)) {
      if (space || folded === '') continue;
      space = true;
      char = ' ';
    } else space = false;
    if (/[“”„«»]/.test(char)) char = '"';
    else if (/[‘’]/.test(char)) char = "'";
    else if (char === '*' || char === '_') continue;
    folded += char;
    offsets.push(i);
  }
  return { folded, offsets };
}
