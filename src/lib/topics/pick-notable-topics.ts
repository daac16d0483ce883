// The comparisons worth a reader's attention first, for the home page.
import type { Topic } from './topic-types.ts';
import type { MatchableClaim } from './matchable-claim.ts';

/** The topics most worth a reader's attention: contradictions, then the biggest relative changes, newest first. */
export function pickNotableTopics<C extends MatchableClaim>(topics: readonly Topic<C>[], count = 3): Topic<C>[] {
  const rank = (topic: Topic<C>) => (topic.status === 'contradiction' ? 0 : topic.status === 'changed' ? 1 : 2);
  const size = (topic: Topic<C>) => {
    const percent = topic.overall?.change.percent;
    if (!percent || topic.overall?.change.direction == null) return 0;
    return topic.overall.change.direction === 'up' ? (percent.lo?.value ?? 0) : -(percent.hi?.value ?? 0);
  };
  return [...topics]
    .sort((x, y) => rank(x) - rank(y) || size(y) - size(x) || (y.latest?.at ?? 0) - (x.latest?.at ?? 0) || (x.id < y.id ? -1 : 1))
    .slice(0, count);
}
