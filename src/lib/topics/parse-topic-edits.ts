// The editors' topics file, parsed and validated. A mistake in it stops the build with one line
// that names the file and where: `content/topics.yaml: merge.0.topics: …`.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { joinIssues } from '../../schemas/describe-issues.ts';
import { topicEditsSchema, type TopicEdits } from '../../schemas/topic-edits.ts';

/** No decisions: what a site without content/topics.yaml gets. */
export const NO_TOPIC_EDITS: TopicEdits = Object.freeze({ confirm: [], split: [], merge: [], apart: [], together: [] });

/** A problem in the editors' topics file, already worded for people. */
export class TopicEditsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TopicEditsError';
  }
}

/** Parses the text of the topics file; throws TopicEditsError naming `file` and the zod path. */
export function parseTopicEdits(text: string, file: string): TopicEdits {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}: ` : '';
    const reason = (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replace(/ at line \d+, column \d+:?$/, '');
    throw new TopicEditsError(`${file}: ${where}not valid YAML (${reason})`);
  }
  const result = topicEditsSchema.safeParse(data ?? {});
  if (result.success) return result.data;
  throw new TopicEditsError(`${file}: ${joinIssues(result.error, '(top level)')}`);
}
