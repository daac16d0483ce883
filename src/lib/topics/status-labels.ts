// How a comparison's status and a change's status read on the pages.
import type { ChangeStatus } from './compare-figures.ts';
import type { MemberRelation, TopicStatus } from './topic-types.ts';
import type { Modality } from '../../schemas/claim.ts';

/** A topic's status in a word or two. */
export const STATUS_LABELS: Readonly<Record<TopicStatus, string>> = {
  changed: 'Changed.',
  consistent: 'Consistent.',
  contradiction: 'Contradiction.',
  undated: 'Not dated.',
  forecast: 'With a forecast.',
};

/** A change's status in a word or two, for the timeline table. */
export const CHANGE_LABELS: Readonly<Record<ChangeStatus, string>> = {
  changed: 'Changed',
  consistent: 'Consistent',
  contradiction: 'Contradicts',
  undated: 'Differs (undated)',
};

/** How a figure stands to those before it, for the timeline. */
export const RELATION_LABELS: Readonly<Record<MemberRelation, string>> = {
  first: 'First figure',
  agrees: 'Agrees',
  changed: 'Changed',
  conflicts: 'Conflicts',
  forecast: 'Forecast',
  undated: 'Not placed in time',
};

/** What an expected figure is, in a word: shown beside the series, never compared as a change. */
export const MODALITY_LABELS: Readonly<Record<Modality, string>> = {
  actual: 'Actual',
  forecast: 'Forecast',
  plan: 'Plan',
  target: 'Target',
};
