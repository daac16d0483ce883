// Every comparison as open data, for /data/topics.json and /data/topics.csv: its id, title,
// unit, the span of periods its figures cover, and its member claims in time order, each with how
// it stands to the figures before it (first, agrees, changed, conflicts, forecast, undated). One
// place defines the fields; the data page lists them from here.
import { toCsvCell } from '../claim-table.ts';
import type { MatchableClaim } from './matchable-claim.ts';
import type { MemberRelation, Topic, TopicPoint } from './topic-types.ts';

/** A member claim of a comparison, as published. */
export interface TopicMemberRecord {
  claim_id: string;
  claim_url: string;
  relation: MemberRelation;
  /** The period the figure describes, in words (`January to May 2024`); null when undated. */
  period: string | null;
  quantity: string;
  value: number | null;
  speaker: string | null;
  article_id: string;
}

/** A comparison, as published. */
export interface TopicRecord {
  id: string;
  url: string;
  title: string;
  unit: string;
  kind: string;
  status: string;
  /** First and last period of the actual figures (ISO dates, inclusive start, exclusive end); null when undated. */
  period_from: string | null;
  period_to: string | null;
  headline: string;
  members: TopicMemberRecord[];
}

/** Absolute addresses the records link to. */
export interface TopicTableUrls {
  topic: (topicId: string) => string;
  claim: (claimId: string) => string;
}

/** The fields of topics.json and the columns of topics.csv, with what each holds (for the data page). */
export const TOPIC_FIELDS: ReadonlyArray<{ name: string; description: string }> = [
  { name: 'id', description: 'Comparison id, the address /compare/<id>/' },
  { name: 'url', description: 'The comparison page' },
  { name: 'title', description: 'What is compared' },
  { name: 'unit', description: 'The unit figures are shown in' },
  { name: 'kind', description: 'count, money, measure, percent, rate or rank' },
  { name: 'status', description: 'changed, consistent, contradiction, undated, or forecast (one figure with forecasts beside it)' },
  { name: 'period_from', description: 'Start of the earliest period (ISO date)' },
  { name: 'period_to', description: 'End of the latest period, exclusive (ISO date)' },
  { name: 'headline', description: 'What the figures amount to, in words' },
  { name: 'members', description: 'JSON: the member claims in time order; CSV: one row per member (the columns below)' },
  { name: 'position', description: 'CSV: the member’s place in time order, from 1' },
  { name: 'claim_id', description: 'The member claim’s id' },
  { name: 'claim_url', description: 'The member claim’s page' },
  { name: 'relation', description: 'first, agrees, changed, conflicts, forecast (also plans and targets, never compared as a change) or undated' },
  { name: 'period', description: 'The period the member’s figure describes, in words' },
  { name: 'quantity', description: 'The figure as written' },
  { name: 'value', description: 'Normalised number; empty for ranges and vague amounts' },
  { name: 'speaker', description: 'Who gave the figure; empty when not identified' },
  { name: 'article_id', description: 'The article the member comes from' },
];

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** One member as a record. */
function memberRecord<C extends MatchableClaim>(point: TopicPoint<C>, urls: TopicTableUrls): TopicMemberRecord {
  return {
    claim_id: point.claim.id,
    claim_url: urls.claim(point.claim.id),
    relation: point.relation ?? 'undated',
    period: point.span?.label ?? null,
    quantity: point.claim.quantity,
    value: point.claim.value,
    speaker: point.claim.speaker,
    article_id: point.claim.article.id,
  };
}

/** Every topic as a record (see TopicRecord), in the order given, made as they are read. */
export function* eachTopicRecord<C extends MatchableClaim>(topics: Iterable<Topic<C>>, urls: TopicTableUrls): Generator<TopicRecord> {
  for (const topic of topics) {
    const spans = topic.points.filter((point) => point.relation !== 'forecast' && point.span !== null).map((point) => point.span!);
    yield {
      id: topic.id,
      url: urls.topic(topic.id),
      title: topic.title,
      unit: topic.unit,
      kind: topic.kind,
      status: topic.status,
      period_from: spans.length === 0 ? null : isoDay(Math.min(...spans.map((span) => span.start))),
      period_to: spans.length === 0 ? null : isoDay(Math.max(...spans.map((span) => span.end))),
      headline: topic.headline,
      members: topic.points.map((point) => memberRecord(point, urls)),
    };
  }
}

/**
 * The CSV header and one row per member of each topic (the topic's fields repeated); text that a
 * spreadsheet would run as a formula is defused as in claims.csv. Made as they are read.
 */
export function* eachTopicCsvRow(records: Iterable<TopicRecord>): Generator<string[]> {
  yield ['id', 'url', 'title', 'unit', 'kind', 'status', 'period_from', 'period_to', 'headline', 'position', 'claim_id', 'claim_url', 'relation', 'period', 'quantity', 'value', 'speaker', 'article_id'];
  for (const record of records) {
    let position = 0;
    for (const member of record.members) {
      position += 1;
      const cells = [
        record.id, record.url, record.title, record.unit, record.kind, record.status, record.period_from, record.period_to, record.headline,
        position, member.claim_id, member.claim_url, member.relation, member.period, member.quantity, member.value, member.speaker, member.article_id,
      ];
      yield cells.map(toCsvCell);
    }
  }
}
