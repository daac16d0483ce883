import { describe, expect, it } from 'vitest';
import { buildTopics } from '../../src/lib/topics/build-topics.ts';
import { describeRelatedPanel, NEAREST_FIGURES, RELATED_LIMIT } from '../../src/lib/topics/describe-related-panel.ts';
import type { MatchableClaim } from '../../src/lib/topics/matchable-claim.ts';
import type { RelatedLink } from '../../src/lib/topics/topic-types.ts';
import { makeClaim } from '../fixtures/topics/sample-claims.ts';

/** One article a year from 2001, each with one count of schools teaching in Russian (360, 358, ...). */
function schoolSeries(years: number): MatchableClaim[] {
  return Array.from({ length: years }, (_, i) => {
    const year = 2001 + i;
    const article = { id: `a${year}`, data: { date: `${year}-06-01`, outlet: 'APA' } };
    const value = 360 - 2 * i;
    return makeClaim(article, { id: `s-${year}`, quantity: String(value), value, unit: 'school', kind: 'count', qualifier: 'exact', min: value, max: value, subject: 'schools teaching in Russian', speaker: 'Ilham Aliyev' });
  });
}

describe('describeRelatedPanel', () => {
  const claims = schoolSeries(12);
  const topic = buildTopics(claims).topics[0]!;
  const nearestYears = (claimId: string) => describeRelatedPanel(claimId, topic, []).nearest.map((point) => point.claim.id);

  it('lists the figures nearest the claim in time, never the claim itself', () => {
    expect(topic.points).toHaveLength(12);
    expect(nearestYears('s-2006')).toEqual(['s-2003', 's-2004', 's-2005', 's-2007', 's-2008', 's-2009']);
    expect(nearestYears('s-2001')).toEqual(['s-2002', 's-2003', 's-2004', 's-2005', 's-2006', 's-2007']);
    expect(nearestYears('s-2012')).toEqual(['s-2006', 's-2007', 's-2008', 's-2009', 's-2010', 's-2011']);
    expect(nearestYears('s-2006')).toHaveLength(NEAREST_FIGURES);
  });

  it('picks, for every member, the window of the other figures around it', () => {
    for (const [at, point] of topic.points.entries()) {
      const others = topic.points.filter((other) => other.claim.id !== point.claim.id);
      const from = Math.max(0, Math.min(at - NEAREST_FIGURES / 2, others.length - NEAREST_FIGURES));
      expect(describeRelatedPanel(point.claim.id, topic, []).nearest).toEqual(others.slice(from, from + NEAREST_FIGURES));
    }
  });

  it('gives the comparison in brief: what the panel shows and nothing that changes with every new member', () => {
    const panel = describeRelatedPanel('s-2006', topic, []);
    expect(panel.topic).toEqual({ id: topic.id, title: topic.title, status: topic.status, headline: topic.headline });
    // A figure that joins far from this one in time leaves its panel as it was.
    const grown = buildTopics([...claims, ...schoolSeries(14).slice(12)]).topics[0]!;
    expect(grown.points).toHaveLength(14);
    expect(describeRelatedPanel('s-2003', grown, []).nearest.map((point) => point.claim.id)).toEqual(
      describeRelatedPanel('s-2003', topic, []).nearest.map((point) => point.claim.id),
    );
  });

  it('keeps only the strongest possibly related claims, and says when the claim is in no comparison', () => {
    const links = claims.map((other) => ({ claim: claims[0]!, other, otherTopicId: null, confidence: 0.5, reasons: [], claimIsLater: false }) as unknown as RelatedLink<MatchableClaim>);
    const panel = describeRelatedPanel('s-2001', null, links);
    expect(panel.topic).toBeNull();
    expect(panel.nearest).toEqual([]);
    expect(panel.related).toEqual(links.slice(0, RELATED_LIMIT));
  });
});
