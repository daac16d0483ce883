import { describe, expect, it } from 'vitest';
import { quoteSentence } from '../../src/lib/quote-sentence.ts';

describe('quoteSentence', () => {
  it.each([
    ['There are 324 schools.', '“There are 324 schools.”'],
    ['"We passed $4 billion," he said.', '"We passed $4 billion," he said.'],
    ['“More than 800,000 students study Russian.', '“More than 800,000 students study Russian.'],
    ['«Nous avons 5 écoles», a-t-il dit.', '«Nous avons 5 écoles», a-t-il dit.'],
  ])('shows %j as %j', (text, shown) => {
    expect(quoteSentence(text)).toBe(shown);
  });
});
