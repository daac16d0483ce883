// The comparisons of a site, handed from the process that grouped its claims to another that
// holds the same claims. Under `npm run build` the archive step builds the site index anyway (for
// the data tables and the search index), and grouping the claims is most of that work (~12 s at
// 10,000 articles); Astro did it a second time. Now the archive step packs its grouping (plain
// data by claim index, a few MB) and Astro describes the topics from it against its own claim
// records, which are the same list in the same order: both build the index by the same code from
// the same files (site-index.ts).
//
// Describing needs only each member's family, period and modality; the rest of a claim's profile
// (its terms and names, ~45 µs a claim) is made only when a page reads the reasons of a match or
// related link it is in.
import { describeTopics, type ProfileSource, type TopicGrouping } from './build-topics.ts';
import { dropNames } from './drop-common-names.ts';
import type { MatchableClaim } from './matchable-claim.ts';
import { pointFacts, profileClaim, type ClaimProfile, type PointFacts } from './profile-claim.ts';
import type { TopicIndex } from './topic-types.ts';

/** What crosses: the grouping, and the claim ids it was made over (checked on arrival). */
interface Packed {
  ids: string[];
  grouping: TopicGrouping;
}

/** A grouping of these claims as text, for unpackTopics in a process that holds the same claims in the same order. */
export function packTopics(grouping: TopicGrouping, claims: readonly MatchableClaim[]): string {
  const packed: Packed = { ids: claims.map((claim) => claim.id), grouping };
  return JSON.stringify(packed);
}

/** The topic index of a packed grouping over these claims (the same list, in the same order: another throws). */
export function unpackTopics<C extends MatchableClaim>(text: string, claims: readonly C[]): TopicIndex<C> {
  const { ids, grouping } = JSON.parse(text) as Packed;
  if (ids.length !== claims.length || ids.some((id, i) => claims[i]!.id !== id)) {
    throw new Error('the content changed while the site was being built; run npm run build again');
  }
  return describeGrouping(grouping, claims);
}

/**
 * The topic index of a grouping of these claims, without the profiles grouping made: those it
 * needs later (for the reasons a page reads) are made again then. At 20,000 articles, keeping
 * them held the archive step's live heap at 1,496 MB after the site index, against 982 MB.
 */
export function describeGrouping<C extends MatchableClaim>(grouping: TopicGrouping, claims: readonly C[]): TopicIndex<C> {
  return describeTopics(claims, grouping, profilesOnDemand(claims, new Set(grouping.commonNames)));
}

/** Profiles made when first asked for, as groupTopics makes them (common names dropped). */
function profilesOnDemand(claims: readonly MatchableClaim[], commonNames: ReadonlySet<string>): ProfileSource {
  // Nearly every claim is in a topic or a related link: their facts are made for all at once.
  const facts: PointFacts[] = claims.map(pointFacts);
  const profiles: (ClaimProfile | undefined)[] = [];
  return {
    factsAt: (index) => facts[index]!,
    profileAt: (index) => {
      let profile = profiles[index];
      if (profile === undefined) {
        profile = profileClaim(claims[index]!, index);
        dropNames(profile, commonNames);
        profiles[index] = profile;
      }
      return profile;
    },
  };
}
