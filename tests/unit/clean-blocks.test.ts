import { describe, expect, it } from 'vitest';
import { cleanBlocks, parseCredit, repairGluedSentences } from '../../src/ingest/read/clean-blocks.ts';

describe('repairGluedSentences', () => {
  it.each([
    ['the Azerbaijani leader emphasized.President Aliyev noted', 'the Azerbaijani leader emphasized. President Aliyev noted'],
    ['cooperation with Russia.The head of state', 'cooperation with Russia. The head of state'],
    ['potential for cooperation."The increase', 'potential for cooperation. "The increase'],
    ['Moscow.“We discussed', 'Moscow. “We discussed'],
    ['countries,” the head of state added.He said', 'countries,” the head of state added. He said'],
    ['is 5.5 million.In 26 universities', 'is 5.5 million. In 26 universities'],
    ['education," the president added.He also', 'education," the president added. He also'],
  ])('inserts the missing space in %j', (glued, repaired) => {
    expect(repairGluedSentences(glued)).toBe(repaired);
  });

  it.each([
    ['News.Az reports'],
    ['Trend.Az and Report.Az wrote'],
    ['named after M.V. Lomonosov and I.M. Sechenov'],
    ['the U.S. economy'],
    ['grew 5.5 percent'],
    ['“Natsionalnaya oborona” magazine'],
  ])('leaves %j alone', (text) => {
    expect(repairGluedSentences(text)).toBe(text);
  });
});

describe('parseCredit', () => {
  it('splits a photo credit into outlet and caption', () => {
    expect(parseCredit('© APA | Azerbaijani President Ilham Aliyev')).toEqual({ outlet: 'APA', caption: 'Azerbaijani President Ilham Aliyev' });
  });
  it('reads a "Photo:" credit', () => {
    expect(parseCredit('Photo: Reuters')).toEqual({ outlet: 'Reuters', caption: null });
  });
  it('is null for ordinary text', () => {
    expect(parseCredit('The president said so.')).toBeNull();
  });
});

describe('cleanBlocks', () => {
  it('removes the date widget line and keeps its date', () => {
    const { paragraphs, furniture } = cleanBlocks(['date 2024-08-19 + ↺ − 16 px', 'Exports rose by 5 percent.', 'Imports fell.']);
    expect(paragraphs).toEqual(['Exports rose by 5 percent.', 'Imports fell.']);
    expect(furniture.date).toBe('2024-08-19');
  });

  it('removes a photo credit and the caption it repeats, keeping the outlet', () => {
    const { paragraphs, furniture } = cleanBlocks(['Headline here', 'Minister John Smith', '© Reuters | Minister John Smith', 'He said 5 schools opened.', 'More text.']);
    expect(paragraphs).toEqual(['Headline here', 'He said 5 schools opened.', 'More text.']);
    expect(furniture.outlets).toEqual(['Reuters']);
    expect(furniture.lines).toContain('Minister John Smith');
  });

  it('drops a trailing outlet sign-off and records it as the outlet', () => {
    const { paragraphs, furniture } = cleanBlocks(['Exports rose by 5 percent.', 'News.Az']);
    expect(paragraphs).toEqual(['Exports rose by 5 percent.']);
    expect(furniture.outlets).toEqual(['News.Az']);
  });

  it('removes share rows and bylines', () => {
    const { paragraphs } = cleanBlocks(['Share', 'By Jane Doe', 'Tweet', 'The text stays.']);
    expect(paragraphs).toEqual(['The text stays.']);
  });

  it('keeps curly quotes and dashes as they are', () => {
    const { paragraphs } = cleanBlocks(['“We invite you – the pandemic is fading – to come,” he said.', 'Next.']);
    expect(paragraphs[0]).toBe('“We invite you – the pandemic is fading – to come,” he said.');
  });

  it('normalises non-breaking and zero-width spaces', () => {
    const { paragraphs } = cleanBlocks(['About\u00a0160,000\u200b students.', 'Next.']);
    expect(paragraphs[0]).toBe('About 160,000 students.');
  });
});

describe('cleanBlocks and interface text', () => {
  it.each([['See more'], ['Post a Comment'], ['Link copied'], ['All news'], ['Share on Facebook'], ['12 comments']])('removes %j and never takes it as the outlet', (line) => {
    const { paragraphs, furniture } = cleanBlocks(['Exports rose by 5 percent.', 'Imports fell.', line]);
    expect(paragraphs).toEqual(['Exports rose by 5 percent.', 'Imports fell.']);
    expect(furniture.outlets).toEqual([]);
  });

  it('reads the outlet of a copyright line without its year and notice', () => {
    expect(parseCredit('© 2023 Northern Wire Service. All rights reserved.')?.outlet).toBe('Northern Wire Service');
  });
});
