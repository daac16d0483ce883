// listNameRuns and findNameRun try a name pattern only where a name may start: they must find
// exactly what a global scan (listMatches) and a plain exec find with the same pattern.
import { describe, expect, it } from 'vitest';
import { findNameRun, listNameRuns, NAME_RUN, TITLED_NAME_RUN } from '../../src/ingest/extract/find-people.ts';
import { listMatches } from '../../src/util/list-matches.ts';

const SCANS = [
  `(?<![\\p{L}\\d'’.]|[\\p{L}\\d'’.]-)${NAME_RUN}(?![\\p{L}\\d])`,
  `(?<![\\p{L}\\d.'’]|[\\p{L}\\d.'’]-)${TITLED_NAME_RUN}(?![\\p{L}\\d])`,
];
const ENDS = [`(?<![\\p{L}\\d.'’]|[\\p{L}\\d.'’]-)(${NAME_RUN})$`, `(?<![\\p{L}\\d.'’-])(${NAME_RUN})['’]s?$`];
const TEXTS = [
  'Finance Minister Jane Roe met Mr. Holtz-Eakin and Ahmed al-Sayed in Baku; US and NATO officials, J. R. Doe Jr. and Siobhan O’Neill',
  'abu-Bakr, bin Salman, ibn-Rushd and el-Sisi, then Jan van der Berg and Éva Ölz; x-Roe, 9Roe, .Roe, Roe2',
  'A 𝐀lpha test: “Jane Roe,” said John Doe III',
  'said Jane Roe',
  'the spokesman for Roe’s',
  '',
];
const plain = (match: RegExpExecArray | null) => match && { index: match.index, groups: [...match] };

describe('listNameRuns', () => {
  it.each(SCANS.flatMap((source) => TEXTS.map((text) => [source.slice(0, 40), source, text])))('finds what a global scan finds: %s on %s', (_name, source, text) => {
    const global = listMatches(new RegExp(source, 'gu'), text).map(plain);
    expect(listNameRuns(new RegExp(source, 'uy'), text).map(plain)).toEqual(global);
  });
});

describe('findNameRun', () => {
  it.each(ENDS.flatMap((source) => TEXTS.map((text) => [source.slice(-20), source, text])))('finds what exec finds: %s on %s', (_name, source, text) => {
    expect(plain(findNameRun(new RegExp(source, 'uy'), text))).toEqual(plain(new RegExp(source, 'u').exec(text)));
  });
});
