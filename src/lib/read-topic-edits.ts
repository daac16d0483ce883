// Reads the editors' topics file from the content tree. The file is optional: a site without
// one gets the automatic comparisons as they are.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentPath } from '../content-dir.ts';
import type { TopicEdits } from '../schemas/topic-edits.ts';
import { NO_TOPIC_EDITS, parseTopicEdits } from './topics/parse-topic-edits.ts';

/** Where the editors' decisions on comparisons live: `<content>/topics.yaml`. */
export function topicEditsPath(): string {
  return contentPath('topics.yaml');
}

/** The file's name as messages show it: relative to the project when it is inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/** The editors' decisions, validated; none when the file does not exist. Throws one readable line on a bad file. */
export function readTopicEdits(file: string = topicEditsPath()): TopicEdits {
  if (!existsSync(file)) return NO_TOPIC_EDITS;
  return parseTopicEdits(readFileSync(file, 'utf8'), displayPath(file));
}
