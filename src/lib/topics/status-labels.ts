// How a comparison's status and a change's status read on the pages.
import type { ChangeStatus } from './compare-figures.ts';
import type { TopicStatus } from './topic-types.ts';

/** A topic's status in a word or two. */
export const STATUS_LABELS: Readonly<Record<TopicStatus, string>> = {
  changed: 'Changed.',
  consistent: 'Consistent.',
  contradiction: 'Contradiction.',
  undated: 'Not dated.',
};

/** A change's status in a word or two, for the timeline table. */
export const CHANGE_LABELS: Readonly<Record<ChangeStatus, string>> = {
  changed: 'Changed',
  consistent: 'Consistent',
  contradiction: 'Contradicts',
  undated: 'Differs (undated)',
};
