import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/text/split-sentences.ts';

const texts = (paragraph: string) => splitSentences(paragraph).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['Branches named after M.V. Lomonosov and I.M. Sechenov work. Next.', ['Branches named after M.V. Lomonosov and I.M. Sechenov work.', 'Next.']],
    ['He met U.S. officials. Then left.', ['He met U.S. officials.', 'Then left.']],
    ['Mr. Smith and Dr. Jones spoke. They agreed.', ['Mr. Smith and Dr. Jones spoke.', 'They agreed.']],
    ['It grew 5.5 percent. Exports rose.', ['It grew 5.5 percent.', 'Exports rose.']],
    ['“We agreed,” he said. “It works.”', ['“We agreed,” he said.', '“It works.”']],
    ['"A long quote. It goes on," the minister noted.', ['"A long quote.', 'It goes on," the minister noted.']],
    ['Is it? Yes! 2024 was good.', ['Is it?', 'Yes!', '2024 was good.']],
    ['No break here, i.e. none at all.', ['No break here, i.e. none at all.']],
    ['News.Az reports it. Done.', ['News.Az reports it.', 'Done.']],
    ['“It is late,” said Rev. Jane Roe, the pastor. Then she left.', ['“It is late,” said Rev. Jane Roe, the pastor.', 'Then she left.']],
    ['Sens. Jane Roe and John Doe agreed. Reps. Ann Poe and Tom Low did not.', ['Sens. Jane Roe and John Doe agreed.', 'Reps. Ann Poe and Tom Low did not.']],
  ])('splits %j', (paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
  });

  it('reports offsets that slice back to each sentence', () => {
    const paragraph = '  First one.  Second one.  ';
    for (const sentence of splitSentences(paragraph)) expect(paragraph.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('handles a 1 MB paragraph in linear time', () => {
    const paragraph = 'Exports rose by 5 percent last year. '.repeat(28_000);
    const started = performance.now();
    expect(splitSentences(paragraph)).toHaveLength(28_000);
    expect(performance.now() - started).toBeLessThan(5_000); // a regression guard, not a benchmark
  });
});
