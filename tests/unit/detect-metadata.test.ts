import { describe, expect, it } from 'vitest';
import { deriveTitle, findHeadline, findOutlet } from '../../src/ingest/read/detect-metadata.ts';

const lede = 'The water utility will raise tariffs by 7% from May to pay for the renewal of old mains, its director said.';

describe('findHeadline', () => {
  it.each<[string, string[], number | null, string | null]>([
    ['the first block when it reads as a headline', ['Water tariffs to rise 7% from May', lede, 'More text.'], 0, null],
    ['the line under the site’s masthead', ['Metro Daily', 'Water tariffs to rise 7% from May', lede], 1, 'Metro Daily'],
    ['a domain-style masthead', ['News.Az', 'Water tariffs to rise 7% from May', lede], 1, 'News.Az'],
    ['nothing when the text starts with the lede', [lede, 'More text.'], null, null],
  ])('finds %s', (_, paragraphs, index, masthead) => {
    const found = findHeadline(paragraphs);
    expect(found?.index ?? null).toBe(index);
    expect(found?.masthead ?? null).toBe(masthead);
  });
});

describe('findOutlet', () => {
  it.each([
    ['Tariffs will rise by 7% from May, Metro Daily reports.', 'Metro Daily'],
    ['LONDON (AP) — Tariffs will rise by 7% from May, the utility said.', 'AP'],
    ['OSLO, March 14 (Reuters) - Tariffs will rise by 7%, the utility said.', 'Reuters'],
    ['"Tariffs will rise by 7%," the director told Reuters on Monday.', 'Reuters'],
    ['"Tariffs will rise by 7%," the director told The Associated Press.', 'Associated Press'],
    ['"Tariffs will rise by 7%," the director told AFP in an interview.', 'AFP'],
    ['"Tariffs will rise by 7%," the director told News.Az.', 'News.Az'],
  ])('finds the outlet in %j', (text, outlet) => {
    expect(findOutlet([text])).toBe(outlet);
  });

  it.each([
    ['"Tariffs will rise by 7%," the director told Parliament.'],
    ['"Tariffs will rise by 7%," the director told US lawmakers.'],
    ['"Tariffs will rise by 7%," the director told Smith.'],
    // An interview given to a broadcaster or paper is usually cited by another outlet.
    ['"Tariffs will rise by 7%," the director told CNN.'],
    ['"Tariffs will rise by 7%," the director told the Harbour Times in an interview.'],
    ['"Tariffs will rise by 7%," the director told reporters.'],
  ])('finds no outlet in %j', (text) => {
    expect(findOutlet([text])).toBeNull();
  });
});

describe('deriveTitle', () => {
  it('leaves a wire dateline out of a derived title', () => {
    expect(deriveTitle('LONDON (AP) — Water tariffs will rise by 7% from May, the utility said.')).toBe('Water tariffs will rise by 7% from May');
  });
});

describe('findHeadline and section labels', () => {
  it('skips a section label above the headline without taking it for the site', () => {
    expect(findHeadline(['Analysis', 'Water tariffs to rise 7% from May', lede])).toEqual({ index: 1, masthead: null });
  });
});
