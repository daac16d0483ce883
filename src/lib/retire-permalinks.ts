// Published URLs never break. An id in the ledger that the current content no longer has is
// "retired": it still gets a page, which says what happened and points to the best successor:
//   claim   -> the claim with the same figure in the same article (the sentence or the
//              extractor changed), else the article, else nothing (the article is gone)
//   article -> the article now built from the same source file, else nothing
//   topic   -> the current topic holding most of its former claims (or their successors)
//   speaker -> the speakers index
import type { PermalinkLedger } from '../schemas/permalink-ledger.ts';

/** The current site, as far as retiring needs to know it. */
export interface CurrentIds {
  articles: { id: string; title: string; source: string }[];
  claims: { id: string; article: string; figure: string }[];
  topics: { id: string; title: string; claims: string[] }[];
  speakers: { slug: string; name: string }[];
}

/** Where a retired URL now points. */
export type Successor =
  | { kind: 'claim'; id: string }
  | { kind: 'article'; id: string }
  | { kind: 'topic'; id: string }
  | { kind: 'none' };

/** One retired URL: what it was, and where to go now. */
export interface RetiredPage {
  id: string;
  /** What the page was about, as the ledger remembers it (a title, a figure, a name). */
  label: string;
  successor: Successor;
}

export interface RetiredPages {
  articles: RetiredPage[];
  claims: RetiredPage[];
  topics: RetiredPage[];
  speakers: RetiredPage[];
}

/** Works out every retired URL and its successor (pure: the ledger and the current ids in). */
export function retirePermalinks(ledger: PermalinkLedger, current: CurrentIds): RetiredPages {
  const articleIds = new Set(current.articles.map((article) => article.id));
  const articleBySource = new Map(current.articles.map((article) => [article.source, article.id]));
  const claimIds = new Set(current.claims.map((claim) => claim.id));
  const claimsByArticleFigure = new Map<string, string[]>();
  for (const claim of current.claims) {
    const key = `${claim.article}\u0000${claim.figure}`;
    claimsByArticleFigure.set(key, [...(claimsByArticleFigure.get(key) ?? []), claim.id]);
  }
  const topicIds = new Set(current.topics.map((topic) => topic.id));
  const topicByClaim = new Map(current.topics.flatMap((topic) => topic.claims.map((claim) => [claim, topic.id] as const)));
  const speakerSlugs = new Set(current.speakers.map((speaker) => speaker.slug));

  const articleSuccessor = (id: string): string | null => {
    if (articleIds.has(id)) return id;
    const source = ledger.articles[id]?.source;
    return (source && articleBySource.get(source)) ?? null;
  };
  const claimSuccessor = (id: string): Successor => {
    if (claimIds.has(id)) return { kind: 'claim', id };
    const before = ledger.claims[id];
    if (!before) return { kind: 'none' };
    const article = articleSuccessor(before.article);
    if (article === null) return { kind: 'none' };
    const same = claimsByArticleFigure.get(`${article}\u0000${before.figure}`) ?? [];
    return same.length === 1 ? { kind: 'claim', id: same[0]! } : { kind: 'article', id: article };
  };

  const claims = sortedKeys(ledger.claims)
    .filter((id) => !claimIds.has(id))
    .map((id) => ({ id, label: ledger.claims[id]!.figure, successor: claimSuccessor(id) }));
  const articles = sortedKeys(ledger.articles)
    .filter((id) => !articleIds.has(id))
    .map((id): RetiredPage => {
      const successor = articleSuccessor(id);
      return { id, label: ledger.articles[id]!.title, successor: successor ? { kind: 'article', id: successor } : { kind: 'none' } };
    });
  const topics = sortedKeys(ledger.topics)
    .filter((id) => !topicIds.has(id))
    .map((id): RetiredPage => {
      // Vote: each former claim (or its successor) counts for the topic that now holds it.
      const votes = new Map<string, number>();
      for (const claim of ledger.topics[id]!.claims) {
        const successor = claimSuccessor(claim);
        const topic = successor.kind === 'claim' ? topicByClaim.get(successor.id) : undefined;
        if (topic) votes.set(topic, (votes.get(topic) ?? 0) + 1);
      }
      const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      return { id, label: ledger.topics[id]!.title, successor: best ? { kind: 'topic', id: best[0] } : { kind: 'none' } };
    });
  const speakers = sortedKeys(ledger.speakers)
    .filter((slug) => !speakerSlugs.has(slug))
    .map((slug): RetiredPage => ({ id: slug, label: ledger.speakers[slug]!.name, successor: { kind: 'none' } }));
  return { articles, claims, topics, speakers };
}

/** The ledger after a build: everything it had, plus everything published now (never fewer). */
export function extendLedger(ledger: PermalinkLedger, current: CurrentIds): PermalinkLedger {
  const next: PermalinkLedger = {
    version: 1,
    articles: { ...ledger.articles },
    claims: { ...ledger.claims },
    topics: { ...ledger.topics },
    speakers: { ...ledger.speakers },
  };
  for (const article of current.articles) next.articles[article.id] = { title: article.title, source: article.source };
  for (const claim of current.claims) next.claims[claim.id] = { article: claim.article, figure: claim.figure };
  for (const topic of current.topics) next.topics[topic.id] = { title: topic.title, claims: [...topic.claims].sort() };
  for (const speaker of current.speakers) next.speakers[speaker.slug] = { name: speaker.name };
  return {
    version: 1,
    articles: sortRecord(next.articles),
    claims: sortRecord(next.claims),
    topics: sortRecord(next.topics),
    speakers: sortRecord(next.speakers),
  };
}

/** A claim's figure as the ledger keys it: quantity as written, then unit. */
export function ledgerFigure(claim: { quantity: string; unit: string }): string {
  return `${claim.quantity.toLowerCase()} ${claim.unit}`;
}

function sortedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).sort();
}

function sortRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(sortedKeys(record).map((key) => [key, record[key]!]));
}
