// Turns the site's records into search documents: the small display record each result shows,
// the terms (and number keys) the index files it under, and the filter values it carries.
import type { Claim, Kind } from '../../schemas/claim.ts';
import { KINDS } from '../../schemas/claim.ts';
import { VERDICTS, type Verdict } from '../../schemas/review.ts';
import { articlePath, claimPath, comparePath, speakerPath } from '../href.ts';
import { findNumbers, numberKey } from './find-numbers.ts';
import { FACETS, FIELD, UNREVIEWED, type Facet, type SearchDocument } from './search-format.ts';
import { indexTermsOf } from './tokenize-words.ts';

/** An article as the search needs it (an `ArticleRecord` from loadSite() fits). */
export interface SearchArticleInput {
  id: string;
  data: { title: string; date: string | null; outlet: string | null; speakers: readonly string[] };
}

/** A claim as the search needs it (a `ClaimRecord` from loadSite() fits). */
export interface SearchClaimInput
  extends Pick<Claim, 'id' | 'text' | 'quantity' | 'speaker' | 'value' | 'unit' | 'kind' | 'min' | 'max' | 'subject' | 'terms'> {
  article: SearchArticleInput;
  review: { data: { verdict: Verdict } } | null;
}

/** A speaker as the search needs it (a `SpeakerRecord` fits). */
export interface SearchSpeakerInput {
  slug: string;
  name: string;
  claims: readonly unknown[];
}

/** A comparison topic (`site.topics`), as the search needs it. */
export interface SearchTopicInput {
  /** The `<topic-id>` of `/compare/<topic-id>/`. */
  id: string;
  /** What the topic compares, as its page heading says it. */
  title: string;
  /** The claims it brings together (records or ids); only their number is shown. */
  claims?: readonly unknown[];
  /** Everyone who gave a figure in it. */
  speakers?: readonly string[];
  /** What the comparison amounts to, in a sentence. */
  summary?: string;
}

/** Everything the search indexes (from `loadSite()`; see `topicsOf` for the topics). */
export interface SearchSiteInput {
  articles: readonly SearchArticleInput[];
  claims: readonly SearchClaimInput[];
  speakers: readonly SearchSpeakerInput[];
  topics?: readonly SearchTopicInput[];
}

/** A search document with what the index files it under. */
export interface IndexedDocument {
  /** What the result list shows. */
  doc: SearchDocument;
  /** Folded terms and number keys (`#340`), each with the FIELD bits of where it occurs. */
  terms: Map<string, number>;
  /** The filter values the document has. */
  facets: Partial<Record<Facet, string[]>>;
}

/** One choice of a filter, for the search form. */
export interface FacetOption {
  /** The URL parameter value. */
  value: string;
  /** What the form shows. */
  label: string;
  /** How many claims have it. */
  count: number;
}

/** The documents in id order, and the filter choices the form offers. */
export interface SearchDocuments {
  documents: IndexedDocument[];
  facetOptions: Record<Facet, FacetOption[]>;
}

const KIND_LABELS: Readonly<Record<Kind, string>> = {
  count: 'Count',
  money: 'Money',
  measure: 'Measure',
  percent: 'Percentage',
  rate: 'Rate',
  rank: 'Rank',
};

/** Collects terms with their field bits. */
function createTermCollector(): { terms: Map<string, number>; add: (text: string | null | undefined, field: number) => void; addValue: (value: number | null, field: number) => void } {
  const terms = new Map<string, number>();
  const mark = (term: string, field: number) => terms.set(term, (terms.get(term) ?? 0) | field);
  return {
    terms,
    add(text, field) {
      if (!text) return;
      for (const term of indexTermsOf(text)) mark(term, field);
      for (const found of findNumbers(text)) mark(numberKey(found.value), field);
    },
    addValue(value, field) {
      if (value !== null) mark(numberKey(value), field);
    },
  };
}

/** `12 claims`, `1 claim`. */
function countClaims(count: number): string {
  return `${count} ${count === 1 ? 'claim' : 'claims'}`;
}

/** The date part of an ISO date or date-time, or undefined. */
function datePart(date: string | null): string | undefined {
  return date ? date.slice(0, 10) : undefined;
}

/** Turns the site's claims, speakers, topics and articles into search documents, in that order. */
export function buildSearchDocuments(site: SearchSiteInput): SearchDocuments {
  const slugByName = new Map(site.speakers.map((speaker) => [speaker.name, speaker.slug]));
  const documents: IndexedDocument[] = [];

  for (const claim of site.claims) {
    const { article } = claim;
    const date = datePart(article.data.date);
    const collector = createTermCollector();
    collector.add(claim.subject, FIELD.name);
    collector.add(claim.quantity, FIELD.name);
    collector.add(claim.unit === '%' ? 'percent' : claim.unit, FIELD.name);
    collector.add(claim.terms.join(' '), FIELD.name);
    collector.addValue(claim.value, FIELD.name);
    if (claim.value === null) {
      collector.addValue(claim.min, FIELD.name);
      collector.addValue(claim.max, FIELD.name);
    }
    collector.add(claim.text, FIELD.text);
    collector.add(claim.speaker, FIELD.people);
    collector.add(article.data.outlet, FIELD.people);
    collector.add(date?.slice(0, 4), FIELD.meta);
    const slug = claim.speaker === null ? undefined : slugByName.get(claim.speaker);
    documents.push({
      doc: {
        type: 'claim',
        path: claimPath(claim.id),
        title: claim.text,
        figure: claim.quantity,
        subject: claim.subject,
        unit: claim.unit,
        ...(claim.speaker === null ? {} : { speaker: claim.speaker }),
        ...(article.data.outlet === null ? {} : { outlet: article.data.outlet }),
        ...(date === undefined ? {} : { date }),
        ...(claim.review === null ? {} : { verdict: VERDICTS[claim.review.data.verdict].label }),
      },
      terms: collector.terms,
      facets: {
        speaker: slug === undefined ? [] : [slug],
        outlet: article.data.outlet === null ? [] : [article.data.outlet],
        year: date === undefined ? [] : [date.slice(0, 4)],
        kind: [claim.kind],
        unit: [claim.unit],
        verdict: [claim.review?.data.verdict ?? UNREVIEWED],
      },
    });
  }

  for (const speaker of site.speakers) {
    const collector = createTermCollector();
    collector.add(speaker.name, FIELD.name);
    documents.push({
      doc: { type: 'speaker', path: speakerPath(speaker.slug), title: speaker.name, figure: countClaims(speaker.claims.length) },
      terms: collector.terms,
      facets: { speaker: [speaker.slug] },
    });
  }

  for (const topic of site.topics ?? []) {
    const collector = createTermCollector();
    collector.add(topic.title, FIELD.name);
    collector.add(topic.summary, FIELD.text);
    collector.add(topic.speakers?.join(', '), FIELD.people);
    const speakers = topic.speakers ?? [];
    documents.push({
      doc: {
        type: 'topic',
        path: comparePath(topic.id),
        title: topic.title,
        ...(topic.claims === undefined ? {} : { figure: countClaims(topic.claims.length) }),
        ...(speakers.length === 0 ? {} : { speaker: speakers.join(', ') }),
      },
      terms: collector.terms,
      facets: { speaker: speakers.flatMap((name) => slugByName.get(name) ?? []) },
    });
  }

  const claimsByArticle = new Map<string, SearchClaimInput[]>();
  for (const claim of site.claims) {
    const list = claimsByArticle.get(claim.article.id) ?? [];
    list.push(claim);
    claimsByArticle.set(claim.article.id, list);
  }
  for (const article of site.articles) {
    const date = datePart(article.data.date);
    const claims = claimsByArticle.get(article.id) ?? [];
    const collector = createTermCollector();
    collector.add(article.data.title, FIELD.name);
    collector.add(article.data.speakers.join(', '), FIELD.people);
    collector.add(article.data.outlet, FIELD.people);
    collector.add(date?.slice(0, 4), FIELD.meta);
    const speakerSlugs = new Set<string>();
    for (const name of [...article.data.speakers, ...claims.map((claim) => claim.speaker)]) {
      const slug = name === null ? undefined : slugByName.get(name);
      if (slug !== undefined) speakerSlugs.add(slug);
    }
    documents.push({
      doc: {
        type: 'article',
        path: articlePath(article.id),
        title: article.data.title,
        figure: countClaims(claims.length),
        ...(article.data.speakers.length === 0 ? {} : { speaker: article.data.speakers.join(', ') }),
        ...(article.data.outlet === null ? {} : { outlet: article.data.outlet }),
        ...(date === undefined ? {} : { date }),
      },
      terms: collector.terms,
      facets: {
        speaker: [...speakerSlugs],
        outlet: article.data.outlet === null ? [] : [article.data.outlet],
        year: date === undefined ? [] : [date.slice(0, 4)],
      },
    });
  }

  return { documents, facetOptions: collectFacetOptions(site, slugByName) };
}

/** Counts claims per filter value and labels each value for the form. */
function collectFacetOptions(site: SearchSiteInput, slugByName: Map<string, string>): Record<Facet, FacetOption[]> {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const bump = (facet: Facet, value: string | null | undefined) => {
    if (value) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  };
  for (const claim of site.claims) {
    bump('speaker', claim.speaker === null ? null : slugByName.get(claim.speaker));
    bump('outlet', claim.article.data.outlet);
    bump('year', claim.article.data.date?.slice(0, 4));
    bump('kind', claim.kind);
    bump('unit', claim.unit);
    bump('verdict', claim.review?.data.verdict ?? UNREVIEWED);
  }
  const nameBySlug = new Map(site.speakers.map((speaker) => [speaker.slug, speaker.name]));
  const verdictOrder = [...Object.keys(VERDICTS), UNREVIEWED];
  const options = (facet: Facet, label: (value: string) => string) =>
    [...counts[facet]].map(([value, count]) => ({ value, label: label(value), count }));
  const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label);
  return {
    speaker: options('speaker', (slug) => nameBySlug.get(slug) ?? slug).sort(byLabel),
    outlet: options('outlet', (outlet) => outlet).sort(byLabel),
    year: options('year', (year) => year).sort((a, b) => b.value.localeCompare(a.value)),
    kind: options('kind', (kind) => KIND_LABELS[kind as Kind] ?? kind).sort(
      (a, b) => KINDS.indexOf(a.value as Kind) - KINDS.indexOf(b.value as Kind),
    ),
    unit: options('unit', (unit) => unit).sort((a, b) => b.count - a.count || byLabel(a, b)),
    verdict: options('verdict', (verdict) => (verdict in VERDICTS ? VERDICTS[verdict as Verdict].label : 'Not reviewed yet')).sort(
      (a, b) => verdictOrder.indexOf(a.value) - verdictOrder.indexOf(b.value),
    ),
  };
}
