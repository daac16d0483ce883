// Whether a figure is what happened or what is expected: the cue must govern the figure.
import { describe, expect, it } from 'vitest';
import { findModality } from '../../src/ingest/extract/find-modality.ts';
import { findPeriod } from '../../src/ingest/extract/find-period.ts';

/** The modality of the first figure of a sentence in an article of 19 August 2024. */
function modalityOf(sentence: string) {
  const match = /\$?\d[\d.,]*/.exec(sentence)!;
  const [start, end] = [match.index, match.index + match[0].length];
  return findModality(sentence, start, end, findPeriod(sentence, start, end, '2024-08-19', null), '2024-08-19');
}

describe('findModality', () => {
  it.each([
    ['Trade is expected to reach $5 billion next year.', 'forecast'],
    ['The bank forecasts growth of 3% this year.', 'forecast'],
    ['We expect to handle 7 million tons this year.', 'forecast'],
    ['The government plans to build 40 schools.', 'plan'],
    ['The country aims to cut emissions by 30% by 2030.', 'target'],
    ['The two presidents agreed to raise trade to $10 billion.', 'target'],
    ['Trade reached $4 billion last year.', 'actual'],
    ['Growth of 3.1% beat expectations.', 'actual'],
    // A figure the sentence treats as known is not what is expected of it.
    ['He was expected to cruise past the 1,237 delegates needed to win.', 'actual'],
    // An aside after a pledge is a fact, not the pledge's target.
    ['He has pledged to ban all Muslims — 1.6 billion people — from entering.', 'actual'],
    ['The president said 340 schools teach in Russian, but he expects more.', 'actual'],
  ])('%s -> %s', (sentence, modality) => {
    expect(modalityOf(sentence)).toBe(modality);
  });

  it('reads a figure for a year after the article as a target with "by", else a forecast', () => {
    expect(modalityOf('Wind farms will make up 40% of supply by 2030.')).toBe('target');
    expect(modalityOf('Wind farms make up 40% of supply in 2026.')).toBe('forecast');
  });
});
