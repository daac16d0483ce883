/**
 * A claim's sentence in quotation marks, for lists. A sentence that opens with a quotation mark
 * of its own (direct speech) is shown as it is, so it never reads `“"We …," he said.”`.
 */
export function quoteSentence(text: string): string {
  return /^["“«„‘']/.test(text) ? text : `“${text}”`;
}
