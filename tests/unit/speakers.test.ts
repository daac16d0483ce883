import { describe, expect, it } from 'vitest';
import { attributeSpeakers } from '../../src/ingest/extract/attribute-speakers.ts';
import { findPeople, resolveDescription } from '../../src/ingest/extract/find-people.ts';
import { splitSentences } from '../../src/ingest/text/split-sentences.ts';

describe('findPeople', () => {
  it('reads titles, nationalities and role nouns before names', () => {
    const people = findPeople([
      'Azerbaijani President Ilham Aliyev met his Russian counterpart Vladimir Putin and military expert Igor Korotchenko.',
      'Jane Roe, a senior economist, agreed.',
    ]);
    const summary = people.map((p) => [p.name, [...p.roles], [...p.nationalities]]);
    expect(summary).toEqual([
      ['Ilham Aliyev', ['head-of-state'], ['azerbaijani']],
      ['Vladimir Putin', ['counterpart'], ['russian']],
      ['Igor Korotchenko', ['expert'], []],
      ['Jane Roe', ['economist'], []],
    ]);
  });

  it('merges a surname mention into the full name', () => {
    const people = findPeople(['President Aliyev spoke.', 'President Ilham Aliyev spoke again.']);
    expect(people.map((p) => p.name)).toEqual(['Ilham Aliyev']);
  });
});

describe('resolveDescription', () => {
  const people = findPeople(['Azerbaijani President Ilham Aliyev met his Russian counterpart Vladimir Putin.']);
  it.each([
    ['the head of state', 'Ilham Aliyev'],
    ['the head of the state', 'Ilham Aliyev'],
    ['the Azerbaijani leader', 'Ilham Aliyev'],
    ['the president', 'Ilham Aliyev'],
    ['the Russian leader', undefined],
    ['the prime minister', undefined],
  ])('resolves %j to %s', (description, name) => {
    expect(resolveDescription(people, description)?.name).toBe(name);
  });

  it('refuses to choose between two people who fit', () => {
    const two = findPeople(['President John Doe met President Richard Roe.']);
    expect(resolveDescription(two, 'the president')).toBeUndefined();
  });
});

describe('attributeSpeakers', () => {
  const attribute = (paragraphs: string[], people = findPeople(paragraphs)) => {
    const map = attributeSpeakers(paragraphs.map((text) => ({ text, sentences: splitSentences(text) })), people);
    return { map, at: (p: number, needle: string) => map.speakerAt(p, paragraphs[p]!.indexOf(needle)) };
  };

  it('gives a quotation the speaker named after it, and resolves a description', () => {
    const { at } = attribute(['President Ilham Aliyev arrived.', '"There are 340 schools. It matters," the head of state noted.']);
    expect(at(1, '340')).toBe('Ilham Aliyev');
  });

  it('resolves "he said" to the last speaker when nobody else was named since', () => {
    const { at } = attribute(['President Ilham Aliyev stressed that trade grew. "We passed $4 billion," he said.']);
    expect(at(0, '$4 billion')).toBe('Ilham Aliyev');
  });

  it('resolves "he said" to the subject of the sentence before, not to a person it names in passing', () => {
    const { at } = attribute(['President Ilham Aliyev spoke after meeting Prime Minister Nikol Pashinyan. "We passed $4 billion," he said.']);
    expect(at(0, '$4 billion')).toBe('Ilham Aliyev');
  });

  it('resolves "she said" past a man named since, by the honorific', () => {
    const { at } = attribute(['Ms. Jane Roe met Mr. John Doe on Monday. Mr. Doe left early. "We hired 40 people," she said.']);
    expect(at(0, '40 people')).toBe('Jane Roe');
  });

  it('leaves a pronoun unknown when nobody was named before it', () => {
    const { at } = attribute(['"We hired 40 people," he said.']);
    expect(at(0, '40 people')).toBeNull();
  });

  it('attributes reported speech to the subject of the speech verb', () => {
    const { at, map } = attribute(['Finance Minister Jane Roe said that the budget reached $5 billion.']);
    expect(at(0, '$5 billion')).toBe('Jane Roe');
    expect(map.speakers).toEqual(['Jane Roe']);
  });

  it('reads attributions with the verb first ("said President …")', () => {
    const { at } = attribute(['"We have 5 schools," said President Ilham Aliyev in an interview.']);
    expect(at(0, '5 schools')).toBe('Ilham Aliyev');
  });

  it('knows nobody when nothing names the speaker', () => {
    const { at, map } = attribute(['There are 324 schools in the country.']);
    expect(at(0, '324')).toBeNull();
    expect(map.speakers).toEqual([]);
  });

  it('carries a speaker to the next unattributed quotation in the paragraph', () => {
    const { at } = attribute(['"Trade grew," Minister Jane Roe said. "It reached $2 billion."']);
    expect(at(0, '$2 billion')).toBe('Jane Roe');
  });
});
