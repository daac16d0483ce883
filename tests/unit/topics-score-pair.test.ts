import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/ingest/extract/extract-terms.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import { profileClaim } from '../../src/lib/topics/profile-claim.ts';
import { findConflict, MATCH_CONFIDENCE, RELATED_CONFIDENCE, scorePair } from '../../src/lib/topics/score-pair.ts';
import type { MatchableClaim } from '../../src/lib/topics/matchable-claim.ts';

let counter = 0;
/** A claim from its own article unless `article` says otherwise. */
function claim(subject: string, unit: string, extra: Partial<Pick<Claim, 'kind'>> & { article?: string; when?: string; per?: Claim['period']['per'] } = {}): MatchableClaim {
  counter += 1;
  const when = extra.when ?? '2024-01-01';
  return {
    id: `claim-${counter}`,
    quantity: '1',
    speaker: null,
    value: 1,
    unit,
    kind: extra.kind ?? 'count',
    qualifier: 'exact',
    min: 1,
    max: 1,
    subject,
    terms: extractTerms(subject, unit),
    period: { when, basis: 'article-date', phrase: null, per: extra.per ?? null },
    article: { id: extra.article ?? `article-${counter}`, data: { date: when, outlet: null } },
  };
}

const score = (a: MatchableClaim, b: MatchableClaim) => scorePair(profileClaim(a, 0), profileClaim(b, 1));

describe('scorePair', () => {
  it.each([
    ['schools teaching in Russian', 'school', 'school pupils', 'pupil', 'count', /^different units/],
    ['exports of Azerbaijan', 'USD', 'exports of Azerbaijan', 'EUR', 'money', /^different units \(USD vs EUR\)/],
    ['students studying in Russian', 'student', 'students studying Russian as a second language', 'student', 'count', /^different language roles/],
    ['students at schools in Baku', 'student', 'students at universities in Baku', 'student', 'count', /^different education level \(school vs higher education\)/],
    ['exports from Georgia to Armenia', 'USD', 'imports from Armenia to Georgia', 'USD', 'money', /^different trade flow/],
    ['schools in Baku', 'school', 'schools in Ganja', 'school', 'count', /^different places \(Baku vs Ganja\)/],
    ['tourists from Russia visiting Azerbaijan', 'tourist', 'tourists from Azerbaijan visiting Russia', 'tourist', 'count', /^different places \(from Russia vs from Azerbaijan\)/],
    ['cargo on the railway (planned capacity)', 't', 'cargo on the railway', 't', 'measure', /^one figure is a capacity, the other is not/],
    ['women employed in farming', 'person', 'men employed in farming', 'person', 'count', /^different sex/],
  ] as const)('never compares "%s" (%s) with "%s" (%s)', (subjectA, unitA, subjectB, unitB, kind, reason) => {
    const pair = score(claim(subjectA, unitA, { kind }), claim(subjectB, unitB, { kind }));
    expect(pair.conflict).toBe(true);
    expect(pair.confidence).toBe(0);
    expect(pair.reasons[0]).toMatch(reason);
  });

  it.each([
    ['schools with teaching conducted in Russian', 'schools in Azerbaijan where education is conducted in Russian', 'school', 'count', 0.9],
    ['trade turnover between Azerbaijan and Turkey', 'trade between Turkey and Azerbaijan', 'USD', 'money', 1],
    ['people killed in road accidents in Georgia', 'people who died in road accidents in Georgia', 'person', 'count', 0.76],
    // A word of coming in says no more than the place reached: `inflows to`, `visiting`.
    ['investment inflows to Armenia', 'investment in Armenia', 'USD', 'money', 1],
    ['foreign tourists visiting Armenia', 'foreign tourists in Armenia', 'tourist', 'count', 1],
  ] as const)('matches "%s" and "%s" with confidence %d', (a, b, unit, kind, confidence) => {
    const pair = score(claim(a, unit, { kind }), claim(b, unit, { kind }));
    expect(pair.confidence).toBeCloseTo(confidence, 2);
    expect(pair.confidence).toBeGreaterThanOrEqual(MATCH_CONFIDENCE);
  });

  it('does not count a word as narrowing when the shorter subject\'s own sentence says it (the subject was cut short)', () => {
    const withText = (subject: string, text: string) => ({ ...claim(subject, 'person'), quantity: '12', text });
    const short = withText('people killed', 'Officials said 12 people were killed when a gunman opened fire at the Millbrook Arena on Friday.');
    const long = withText('people killed at Millbrook', 'The 12 people killed at the Millbrook Arena were remembered at a vigil in the town square.');
    const pair = score(short, long);
    expect(pair.confidence).toBeGreaterThanOrEqual(MATCH_CONFIDENCE);
    expect(pair.reasons.join('; ')).toMatch(/in one subject and the other's sentence: millbrook/);
    // A sentence that does not say the word leaves it narrowing: a part against its whole.
    const elsewhere = withText('people killed', 'Officials said 12 people were killed when a gunman opened fire at a warehouse on Friday.');
    expect(score(elsewhere, long).confidence).toBeLessThan(MATCH_CONFIDENCE);
  });

  it('credits at most one such word: a vague subject ("emails containing it") does not take every word of a longer one', () => {
    const withText = (subject: string, text: string) => ({ ...claim(subject, 'email'), quantity: '30', text });
    const vague = withText('emails containing it', 'Investigators found 30 emails containing it on the private server of the Harbour Board.');
    const long = withText('emails on the Harbour Board server containing classified information', 'There were 30 emails on the Harbour Board server containing classified information, the review found.');
    expect(score(vague, long).confidence).toBeLessThan(MATCH_CONFIDENCE);
  });

  it('keeps apart two different figures said to be two different holders\' (one poll\'s shares of two candidates)', () => {
    const share = (quantity: string, value: number, text: string) => ({ ...claim('support in the Harbour poll', 'percent', { kind: 'percent' }), quantity, value, min: value, max: value, text });
    const first = share('38 percent', 38, 'In May, Okafor had 38 percent support in the Harbour poll of likely voters.');
    const second = share('25 percent', 25, 'Lindqvist was at 25 percent support in the Harbour poll, up four points from April.');
    const pair = score(first, second);
    expect(pair.confidence).toBeLessThan(MATCH_CONFIDENCE);
    expect(pair.reasons.join('; ')).toMatch(/another's \(okafor \/ lindqvist\)/);
    // The same holder's figure retold, or the same figure whoever leads the sentence, still matches.
    const again = share('38 percent', 38, 'Lindqvist trails badly: Okafor had 38 percent support in the Harbour poll of likely voters.');
    expect(score(first, again).confidence).toBeGreaterThanOrEqual(MATCH_CONFIDENCE);
  });

  it('holds two figures ten times apart below a match when one is dated only by its article (two gifts, not a change)', () => {
    const gift = (value: number, when: string, basis: 'text' | 'article-date') => {
      const base = claim('gifts to the Harbour Trust', 'USD', { kind: 'money' });
      return { ...base, value, min: value, max: value, period: { ...base.period, when, basis }, article: { ...base.article, data: { date: '2016-05-01', outlet: null } } };
    };
    const pair = score(gift(75_000, '2015', 'text'), gift(10_000_000, '2016-05-01', 'article-date'));
    expect(pair.confidence).toBeLessThan(MATCH_CONFIDENCE);
    expect(pair.reasons.join('; ')).toMatch(/ten times the other/);
    // Both periods stated: a tenfold change over years may be real.
    expect(score(gift(75_000, '2008', 'text'), gift(1_000_000, '2015', 'text')).confidence).toBeGreaterThanOrEqual(MATCH_CONFIDENCE);
    // A vague figure is apart only when every value its words allow is: tens of thousands
    // (10,000 to 99,999) against 160,000 may be a change, not two things.
    const vague = { ...gift(10_000, '2015-01-01', 'article-date'), quantity: 'tens of thousands', qualifier: 'vague' as const, value: null, max: 99_999 };
    expect(score(vague, gift(160_000, '2016-05-01', 'article-date')).reasons.join('; ')).not.toMatch(/ten times the other/);
    expect(score(vague, gift(1_000_000, '2016-05-01', 'article-date')).reasons.join('; ')).toMatch(/ten times the other/);
  });

  it('compares one uncommon figure retold in other words when something ties the two reports to one story', () => {
    const count = (subject: string, unit: string, value: number, text: string) => ({ ...claim(subject, unit), quantity: String(value), value, min: value, max: value, text });
    // A count of more than a handful, with a rare name in common (`Millbrook`).
    const bare = count('sailors', 'sailor', 6, 'The storm that hit Millbrook left six sailors dead, the coast guard said.');
    const long = count('sailors lost in the Millbrook storm', 'sailor', 6, 'Relatives of the six sailors lost in the Millbrook storm met the minister on Tuesday.');
    const pair = score(bare, long);
    expect(pair.confidence).toBeGreaterThanOrEqual(MATCH_CONFIDENCE);
    expect(pair.reasons.join('; ')).toMatch(/one figure retold/);
    // A specific figure (three significant digits) needs no shared name.
    const needed = count('delegates needed', 'delegate', 1412, 'She is still short of the 1,412 delegates needed to win.');
    expect(score(count('delegates', 'delegate', 1412, 'It takes 1,412 delegates to win the nomination.'), needed).confidence).toBeGreaterThanOrEqual(MATCH_CONFIDENCE);
    // Nothing in common but the figure: apart; a figure of a handful recurs by chance.
    const elsewhere = count('sailors', 'sailor', 6, 'Six sailors were rescued near Cape Orlov after their boat capsized.');
    expect(score(elsewhere, long).confidence).toBeLessThan(MATCH_CONFIDENCE);
    const few = (text: string) => count('sailors', 'sailor', 2, text);
    expect(score(few('Two sailors from Millbrook were hurt.'), count('sailors lost in the Millbrook storm', 'sailor', 2, 'Two sailors lost in the Millbrook storm were named.')).reasons.join('; ')).not.toMatch(/retold/);
  });

  it('reads a percentage whose subject was lost as the rate its clause names, and keeps someone else\'s rate apart', () => {
    const rate = (subject: string, value: number, text: string, when: string) => {
      const base = claim(subject, '%', { kind: 'percent', when });
      return { ...base, quantity: `${value} percent`, value, min: value, max: value, text };
    };
    const march = rate('percentage', 6.1, 'The jobless rate edged down to 6.1 percent in March, the statistics office said.', '2031-04-03');
    const may = rate('percentage', 5.8, 'Unemployment dipped to 5.8 percent in May as factories hired again.', '2031-06-05');
    const pair = score(march, may);
    expect(pair.confidence).toBeGreaterThanOrEqual(MATCH_CONFIDENCE);
    expect(pair.reasons.join('; ')).toMatch(/both: unemployment/);
    // A ratio to another figure (`less than half its peak`) is not the rate either.
    const ratio = { ...rate('unemployment rate', 50, 'The unemployment rate is less than half its 2029 peak.', '2031-06-05'), quantity: 'less than half' };
    expect(score(rate('unemployment rate', 5.8, 'The unemployment rate is 5.8 percent.', '2031-07-01'), ratio).confidence).toBeLessThan(MATCH_CONFIDENCE);
    // Another's rate (`its`, `the state`), or another measure of it (`the real … rate`), is not the series.
    for (const text of ['Its unemployment rate of 5.8 percent is the lowest in a decade.', 'The state reported a 5.8 percent unemployment rate in May.', 'He said the real unemployment rate could be as high as 5.8 percent.']) {
      expect(score(march, rate('percentage', 5.8, text, '2031-06-05')).confidence).toBeLessThan(MATCH_CONFIDENCE);
    }
  });

  it.each([
    [
      'two sums of money dated only by their articles (two ad buys)',
      'funds spent', 'USD', 'money', 1_100_000, 'The Harbour Fund reported spending $1.1 million on ads attacking Okafor.',
      'funds spent', 1_500_000, 'The Harbour Fund is spending $1.5 million on ads ahead of the Millbrook primary.',
      /two sums of money/,
    ],
    [
      'one poll\'s answers to two questions of one group',
      'share of Millbrook voters', '%', 'percent', 58, '58 percent of Millbrook voters said they were less likely to vote for the mayor.',
      'share of Millbrook voters', 84, '84 percent of Millbrook voters have an unfavourable view of the harbour plan.',
      /two questions/,
    ],
    [
      'what two contests put at stake',
      'pledged delegates at stake', 'delegate', 'count', 475, 'In the final primary, 475 pledged delegates will be at stake.',
      'pledged delegates at stake', 384, 'There are 384 pledged delegates at stake in the five primaries on Tuesday.',
      /two figures at stake/,
    ],
  ] as const)('keeps apart %s', (_, subjectA, unit, kind, valueA, textA, subjectB, valueB, textB, reason) => {
    // The figure as the sentence writes it: `$1.1 million`, `58 percent`, `475`.
    const make = (subject: string, value: number, text: string) => ({ ...claim(subject, unit, { kind }), quantity: /\$?\d[\d.,]*(?: million| percent)?/.exec(text)![0], value, min: value, max: value, text });
    const pair = score(make(subjectA, valueA, textA), make(subjectB, valueB, textB));
    expect(pair.confidence).toBeLessThan(MATCH_CONFIDENCE);
    expect(pair.reasons.join('; ')).toMatch(reason);
  });

  it('does not flag two outlets as contradicting each other when nothing but the words ties their figures', () => {
    const tally = (value: number, text: string) => ({ ...claim('pledged delegates', 'delegate', { when: '2031-04-10' }), quantity: value.toLocaleString('en'), value, min: value, max: value, text });
    const first = tally(1280, 'The latest count gives her 1,280 pledged delegates.');
    const second = tally(758, 'The front-runner so far has won 758 pledged delegates, a tally shows.');
    const pair = score(first, second);
    expect(pair.confidence).toBeLessThan(MATCH_CONFIDENCE);
    expect(pair.reasons.join('; ')).toMatch(/likely two different tallies/);
    // A rare name in common ties them: then the two figures are flagged as a conflict.
    const tied = (value: number, text: string) => tally(value, text);
    expect(score(tied(1280, 'In the Millbrook count she has 1,280 pledged delegates.'), tied(758, 'The Millbrook count gives her 758 pledged delegates.')).confidence).toBeGreaterThanOrEqual(MATCH_CONFIDENCE);
  });

  it('matches a margin only with margins, and reads a subject without the tail that says who counted', () => {
    const make = (subject: string, value: number, text: string, when = '2031-05-24') => ({ ...claim(subject, 'delegate', { when }), quantity: String(value), value, min: value, max: value, text });
    const lead = make('pledged delegates according to a count by the Harbour Herald', 271, 'Okafor leads Lindqvist by 271 pledged delegates according to a count by the Harbour Herald.');
    const later = make('pledged delegates', 400, "Okafor's lead of nearly 400 pledged delegates is the largest in years.", '2031-06-09');
    expect(score(lead, later).confidence).toBeGreaterThanOrEqual(MATCH_CONFIDENCE);
    const count = make('pledged delegates', 1280, 'Okafor has won 1,280 pledged delegates so far.');
    expect(score(lead, count).confidence).toBeLessThan(MATCH_CONFIDENCE);
  });

  it("never compares a figure of one party's contest with the other's, when the sentences name the party", () => {
    const delegates = (value: number, text: string) => ({ ...claim('delegates needed', 'delegate'), quantity: String(value), value, min: value, max: value, text });
    const pair = score(delegates(1412, 'A Republican candidate needs 1,412 delegates to win.'), delegates(2210, 'It takes 2,210 delegates to win the Democratic nomination.'));
    expect(pair.conflict).toBe(true);
    expect(pair.reasons[0]).toMatch(/^different party \(Republican vs Democratic/);
    // A sentence naming both parties puts its figure on neither.
    expect(score(delegates(1412, 'A Republican needs 1,412 delegates, far more than a Democrat.'), delegates(2210, 'It takes 2,210 delegates to win the Democratic nomination.')).conflict).toBe(false);
  });

  it('never compares two unequal survey samples (two polls), but keeps one sample retold', () => {
    const sample = (value: number, text: string) => ({ ...claim('registered voters surveyed', 'voter'), quantity: value.toLocaleString('en'), value, min: value, max: value, text });
    const first = sample(2140, 'The Harbour poll surveyed 2,140 registered voters and has a margin of error of plus or minus 2 points.');
    const second = sample(985, 'Pollsters surveyed 985 registered voters, with a margin of error of 3.1 percentage points.');
    const pair = score(first, second);
    expect(pair.confidence).toBeLessThan(MATCH_CONFIDENCE);
    expect(pair.reasons).toContain('two different survey samples: each poll has its own');
    expect(score(first, sample(2140, 'The Harbour poll of 2,140 registered voters has a margin of error of 2 points.')).confidence).toBeGreaterThanOrEqual(MATCH_CONFIDENCE);
  });

  it('explains a match: the unit, the shared terms, and what holds the confidence down', () => {
    const pair = score(
      claim('schools with teaching conducted in Russian', 'school'),
      claim('schools in Azerbaijan where education is conducted in Russian', 'school'),
    );
    expect(pair.reasons).toEqual([
      'same counted thing: school',
      'both: taught or conducted in Russian',
      'only one names the place (Azerbaijan)',
    ]);
  });

  it('keeps siblings (each with a word the other lacks) below a match but shows them as related', () => {
    const pair = score(claim('mortgage loans issued by banks in Azerbaijan', 'AZN', { kind: 'money' }), claim('consumer loans issued by banks in Azerbaijan', 'AZN', { kind: 'money' }));
    expect(pair.confidence).toBeLessThan(MATCH_CONFIDENCE);
    expect(pair.confidence).toBeGreaterThanOrEqual(RELATED_CONFIDENCE);
    expect(pair.reasons).toContain('each has words the other lacks (mortgage / consumer): maybe two parts of a whole');
  });

  it('penalises a look-alike group only one claim narrows down (youth unemployment vs unemployment)', () => {
    const pair = score(claim('unemployment in Spain', '%', { kind: 'percent' }), claim('youth unemployment in Spain', '%', { kind: 'percent' }));
    expect(pair.confidence).toBeLessThan(MATCH_CONFIDENCE);
    expect(pair.reasons).toContain('only one narrows the age (children)');
  });

  it('needs a shared key word when nothing is counted: a shared place is not enough', () => {
    const pair = score(claim('military spending of Armenia', 'USD', { kind: 'money' }), claim("Armenia's health budget", 'USD', { kind: 'money' }));
    expect(pair.confidence).toBe(0);
    expect(pair.reasons).toContain('no key term in common besides the unit and the place');
  });

  it('converts measures within a dimension: kWh and GWh compare, t and km do not', () => {
    const kwh = claim('electricity produced in Georgia', 'kWh', { kind: 'measure' });
    expect(score(kwh, claim('electricity generation in Georgia', 'GWh', { kind: 'measure' })).confidence).toBe(1);
    expect(findConflict(profileClaim(claim('roads built in Georgia', 'km', { kind: 'measure' }), 0), profileClaim(kwh, 1))).toMatch(/^different units/);
  });

  it('refuses two different figures of one article for the same period, but not for different periods, nor one figure said twice', () => {
    const first = claim('exports of Georgia', 'USD', { kind: 'money', article: 'one', when: '2023' });
    const other = (when: string, value: number) => ({ ...claim('exports of Georgia', 'USD', { kind: 'money', article: 'one', when }), value, min: value, max: value });
    expect(score(first, other('2023', 2)).reasons).toEqual(['both from the same article, for the same period']);
    expect(score(first, other('2020', 2)).conflict).toBe(false);
    // A live blog repeating an item, a headline and its body: the same figure, not a second value.
    expect(score(first, other('2023', 1)).conflict).toBe(false);
  });

  it('words reasons only when asked, for speed on large archives', () => {
    const pair = scorePair(profileClaim(claim('schools in Baku', 'school'), 0), profileClaim(claim('schools in Baku', 'school'), 1), 2);
    expect(pair.confidence).toBeGreaterThan(0);
    expect(pair.reasons).toEqual([]);
  });
});
