import { z } from 'astro/zod';
import { claimIdSchema } from './claim.ts';

/** A comparison topic id, as in `/compare/<topic-id>/`: the unit's slug and 8 hex digits. */
export const topicIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{8}$/, 'must be a topic id such as school-1f3a9c0d (see its /compare/ address)');

/** YAML turns a key with nothing under it into null; a missing or empty section means an empty list. */
const section = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((list) => list ?? []);

/** A short note on why the editor decided this; shown on the comparison page where it applies. */
const noteSchema = z.string().min(1).optional();

/** The editors' decisions on comparison topics, `content/topics.yaml`; the build reads it, nothing writes it. */
export const topicEditsSchema = z
  .object({
    /** Topics an editor has checked: the page says so, with the note. */
    confirm: section(z.object({ topic: topicIdSchema, note: noteSchema }).strict()),
    /** Claims taken out of the topic they were matched into; together they form a topic of their own. */
    split: section(z.object({ claims: z.array(claimIdSchema).min(1), note: noteSchema }).strict()),
    /** Topics that measure the same thing and are shown as one; the merged topic keeps the oldest id. */
    merge: section(z.object({ topics: z.array(topicIdSchema).min(2), note: noteSchema }).strict()),
    /** Claims that must never share a topic (each listed claim is kept apart from every other). */
    apart: section(z.object({ claims: z.array(claimIdSchema).min(2), note: noteSchema }).strict()),
    /** Claims that must share a topic, whatever the matching says (their units must be comparable). */
    together: section(z.object({ claims: z.array(claimIdSchema).min(2), note: noteSchema }).strict()),
  })
  .strict();

/** The editors' decisions, validated, every section a list. */
export type TopicEdits = z.output<typeof topicEditsSchema>;
/** The editors' decisions as written (sections may be missing or empty). */
export type TopicEditsInput = z.input<typeof topicEditsSchema>;
