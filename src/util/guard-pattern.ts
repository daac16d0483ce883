/** Something that finds one match in a text, as a regex without the `g` or `y` flag does. */
export interface Pattern {
  exec(text: string): RegExpExecArray | null;
}

/**
 * A pattern tried only on texts where `hint` finds what every match of it must contain (`\sand\s`
 * for a pattern with `\s+and\s+` in it), so the result is exactly the pattern's. The name patterns
 * are large: each costs milliseconds to compile, and an end-anchored one is tried at every position
 * of the text, while most texts hold no hint of it. Neither may be a regex with the `g` or `y` flag.
 */
export function guardPattern(pattern: Pattern, hint: RegExp): Pattern {
  if ((pattern instanceof RegExp && (pattern.global || pattern.sticky)) || hint.global || hint.sticky) throw new Error('guardPattern: a stateless pattern and hint are needed');
  return { exec: (text) => (hint.test(text) ? pattern.exec(text) : null) };
}
