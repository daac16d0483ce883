// Every claim as one flat row, for /data/claims.json and /data/claims.csv. The column list is
// the contract the data page states: one place defines each column's name, meaning and value.
import type { Article } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import { VERDICTS, type Review } from '../schemas/review.ts';
import { formatFigure } from './format-figure.ts';

/** A claim with what a row needs from its article and review (a `ClaimRecord` has it all). */
export type TableClaim = Claim & {
  article: { id: string; data: Pick<Article, 'title' | 'date' | 'outlet' | 'url'> };
  review: { data: Pick<Review, 'verdict' | 'reviewer' | 'date'> } | null;
};

/** Absolute addresses the rows link to, given by the page that builds them. */
export interface TableUrls {
  claim: (claimId: string) => string;
  article: (articleId: string) => string;
}

/** One cell: JSON keeps the type; CSV writes numbers as digits, lists joined with `; `, null as empty. */
export type Cell = string | number | null | string[];

/** A column of the claims table. */
export interface ClaimColumn {
  name: string;
  /** What the column holds, as stated on the data page. */
  description: string;
  value: (claim: TableClaim, urls: TableUrls) => Cell;
}

/** The columns of claims.json and claims.csv, in order. */
export const CLAIM_COLUMNS: readonly ClaimColumn[] = [
  { name: 'id', description: 'Claim id, stable across rebuilds', value: (c) => c.id },
  { name: 'url', description: 'Permalink page of the claim', value: (c, u) => u.claim(c.id) },
  { name: 'text', description: 'The sentence that makes the claim, as published', value: (c) => c.text },
  { name: 'quantity', description: 'The figure as written, qualifier included', value: (c) => c.quantity },
  { name: 'figure', description: 'The figure in words and digits, as this site states it', value: (c) => formatFigure(c).label },
  { name: 'value', description: 'Normalised number; empty for ranges and vague amounts', value: (c) => c.value },
  { name: 'min', description: 'Lowest value the wording allows; empty when open', value: (c) => c.min },
  { name: 'max', description: 'Highest value the wording allows; empty when open', value: (c) => c.max },
  { name: 'unit', description: 'ISO 4217 currency, unit symbol, or the thing counted', value: (c) => c.unit },
  { name: 'kind', description: 'count, money, measure, percent, rate or rank', value: (c) => c.kind },
  { name: 'qualifier', description: 'exact, about, more-than, at-least, less-than, at-most, range or vague', value: (c) => c.qualifier },
  { name: 'subject', description: 'What is counted or measured', value: (c) => c.subject },
  { name: 'terms', description: 'Key terms used to match claims across articles', value: (c) => c.terms },
  { name: 'period', description: 'Date, month or year the figure refers to', value: (c) => c.period.when },
  { name: 'period_basis', description: 'text (stated) or article-date (assumed)', value: (c) => c.period.basis },
  { name: 'per', description: 'Rate denominator (year, month, … capita); empty when not a rate', value: (c) => c.period.per },
  { name: 'speaker', description: 'Who made the claim; empty when not identified', value: (c) => c.speaker },
  { name: 'article_id', description: 'Id of the article the claim appears in', value: (c) => c.article.id },
  { name: 'article_url', description: 'The article’s page on this site', value: (c, u) => u.article(c.article.id) },
  { name: 'article_title', description: 'Headline of the article', value: (c) => c.article.data.title },
  { name: 'outlet', description: 'Outlet that published the article', value: (c) => c.article.data.outlet },
  { name: 'published', description: 'Publication date of the article (ISO 8601)', value: (c) => c.article.data.date },
  { name: 'source_url', description: 'Address of the original article, when known', value: (c) => c.article.data.url },
  { name: 'verdict', description: 'Editors’ verdict, when reviewed', value: (c) => (c.review ? VERDICTS[c.review.data.verdict].label : null) },
  { name: 'reviewer', description: 'Who reviewed the claim', value: (c) => c.review?.data.reviewer ?? null },
  { name: 'reviewed', description: 'Date of the review (ISO 8601)', value: (c) => c.review?.data.date ?? null },
];

/** One JSON-ready record per claim, keyed by column name, made as they are read. */
export function* eachClaimRecord(claims: Iterable<TableClaim>, urls: TableUrls): Generator<Record<string, Cell>> {
  for (const claim of claims) yield Object.fromEntries(CLAIM_COLUMNS.map((column) => [column.name, column.value(claim, urls)]));
}

/**
 * A cell as CSV text. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return first) gets a leading apostrophe: article text must never execute.
 */
export function toCsvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = Array.isArray(cell) ? cell.join('; ') : cell;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The CSV rows (header first) for csv-stringify, made as they are read. */
export function* eachClaimCsvRow(claims: Iterable<TableClaim>, urls: TableUrls): Generator<string[]> {
  yield CLAIM_COLUMNS.map((column) => column.name);
  for (const claim of claims) yield CLAIM_COLUMNS.map((column) => toCsvCell(column.value(claim, urls)));
}
