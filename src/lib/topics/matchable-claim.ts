// The shapes the topic modules share. They take any claim that carries these fields and the
// article it came from, so the site's ClaimRecord and a test's plain object both fit.
import type { Claim } from '../../schemas/claim.ts';

/** The claim fields matching and comparing read, plus the article the claim appears in. */
export type MatchableClaim = Pick<
  Claim,
  'id' | 'quantity' | 'speaker' | 'value' | 'unit' | 'kind' | 'qualifier' | 'min' | 'max' | 'subject' | 'terms' | 'period' | 'modality'
> & {
  /** The sentence; without it a reprint of the same sentence is recognised only by its subject. */
  text?: string;
  /** The sentences around it: the names there (the place of an attack, the poll) tie reports together. */
  context?: { before: string | null; after: string | null };
  /** The article: its id, and its publication date and outlet (either may be unknown). */
  article: { id: string; data: { date: string | null; outlet: string | null } };
};

/** One end of an interval; `strict` when the value itself is excluded (`more than 340`). */
export interface Bound {
  value: number;
  strict: boolean;
}

/** An interval whose ends may be open (null): `more than 340` is { lo: 340 strict, hi: null }. */
export interface Interval {
  lo: Bound | null;
  hi: Bound | null;
}
