import { describe, expect, it } from 'vitest';
import { buildTopics } from '../../src/lib/topics/build-topics.ts';
import { isFragment, repairFragment, sentenceCase } from '../../src/lib/topics/describe-topic.ts';
import type { MatchableClaim } from '../../src/lib/topics/matchable-claim.ts';
import { makeClaim } from '../fixtures/topics/sample-claims.ts';

const article = (id: string, date: string) => ({ id, data: { date, outlet: 'Outlet' } });
/** A count of `unit` as the ingest writes it, with its sentence. */
function count(id: string, date: string, value: number, subject: string, text: string): MatchableClaim {
  return { ...makeClaim(article(`article-${id}`, date), { id, quantity: String(value), value, unit: 'ferry', kind: 'count', qualifier: 'exact', min: value, max: value, subject, speaker: null }), text };
}

describe('topic titles', () => {
  it.each([
    ['of the magic number of … needed to clinch', true],
    ['which stood at … entering the primary', true],
    ['we get to …', true],
    ['ferries on the Millbrook line', false],
    ['share of Democratic primary voters', false],
  ])('tells a fragment cut out of a sentence ("%s": %s)', (subject, fragment) => {
    expect(isFragment(subject)).toBe(fragment);
  });

  it.each([
    ['of the magic number of … needed to clinch', 'magic number'],
    ['which stood at … entering the primary', 'which stood at … entering the primary'],
    ['we get to …', 'we get to …'],
  ])('keeps the readable part of a fragment when no member has a whole phrase ("%s" -> "%s")', (subject, title) => {
    expect(repairFragment(subject)).toBe(title);
  });

  it('puts a headline-cased title in sentence case, keeping the names prose sentences capitalise', () => {
    const prose = count('a', '2031-01-01', 12, 'ferries', 'The Millbrook Line runs 12 ferries a day to the Harbour Islands.');
    expect(sentenceCase('Harbour Ferry Crossings', [prose])).toBe('Harbour ferry crossings');
    expect(sentenceCase('Millbrook Line Ferries', [prose])).toBe('Millbrook Line ferries');
    expect(sentenceCase('Ferries in service', [prose])).toBe('Ferries in service');
  });

  it('prefers a whole phrase to a fragment when a topic has both', () => {
    const cut = count('cut', '2031-01-01', 12, 'which ran on … the Millbrook line', 'The company, which ran 12 ferries on the Millbrook line, was sold.');
    const whole = count('whole', '2031-02-01', 12, 'ferries on the Millbrook line', 'There are 12 ferries on the Millbrook line.');
    const [topic] = buildTopics([cut, whole]).topics;
    expect(topic?.title).toBe('Ferries on the Millbrook line');
  });
});
