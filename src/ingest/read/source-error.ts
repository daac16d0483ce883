// One kind of error for problems with an input file. The message is the whole user-facing
// line (file name first, then what is wrong and what to do), so the CLI prints it as it is,
// without a stack trace.

/** Limits the ingest applies to a raw article, in one place so messages and checks agree. */
export const LIMITS = {
  /** Bigger than any real article; a file this large is a data dump or the wrong file. */
  maxBytes: 5 * 1024 * 1024,
} as const;

/** An expected problem with one source file; `message` is ready to print. */
export class SourceError extends Error {
  /** The file the problem is in, as the user named it. */
  readonly file: string;
  /** What is wrong, without the file name. */
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'SourceError';
    this.file = file;
    this.reason = reason;
  }
}

/** The user-facing texts of every SourceError, so tests can assert them. */
export const REASONS = {
  empty: 'the file is empty (or only white space); nothing to ingest',
  tooLarge: (bytes: number) =>
    `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${LIMITS.maxBytes / 1024 / 1024} MB limit for one article; split it or check it is the right file`,
  pdf: 'this is a PDF, not text; convert it to .txt, .md or .html first',
  binary: 'this looks like a binary file (it contains NUL bytes), not an article; accepted types are .txt, .md and .html',
  notUtf8: (offset: number) =>
    `the text is not valid UTF-8 (bad byte at offset ${offset}); save it as UTF-8 and try again`,
  unsupportedType: (ext: string) =>
    `unsupported file type "${ext || '(none)'}"; accepted types are .txt, .md and .html`,
  frontMatterNotYaml: (detail: string) => `the front-matter is not valid YAML (${detail}); fix it or remove it`,
  frontMatterNotMap: 'the front-matter must be a YAML mapping of fields (title, date, outlet, url, speaker)',
  frontMatterField: (path: string, detail: string) => `front-matter field "${path}" ${detail}`,
  frontMatterForbiddenKey: (key: string) => `front-matter key "${key}" is not allowed`,
  noText: 'no article text is left after removing page furniture',
  tooDeep: (depth: number, limit: number, line: number, what: string) =>
    `${what} nest ${depth} levels deep at line ${line}, over the limit of ${limit}; no article is shaped like this, so it is not read (check it is the right file)`,
  tooSlow: (seconds: number, format: string) =>
    `reading this ${format} took over ${seconds} s, the limit for one article, and was stopped; check it is the right file, or save the article as plain text`,
  tooManyElements: (limit: number) =>
    `the page has over ${limit.toLocaleString('en')} HTML elements, the limit for one article page; save the article's own page, or paste its text into a .txt file`,
  tooHeavy: (weight: number, limit: number) =>
    `the page's text is too much for its nesting (${Math.round(weight / 1e6)} million characters × levels, over the limit of ${limit / 1e6} million); save the article's own page, or paste its text into a .txt file`,
  tooMuchEmphasis: (count: number, limit: number, where: string) =>
    `${count} runs of emphasis marks (* or _) ${where}, over the limit of ${limit}; no article is shaped like this, so it is not read (check it is the right file)`,
  noArticle: (words: number) =>
    `no article found on the page (${words} word${words === 1 ? '' : 's'} of text outside menus and links to other pages); save the article's own page, or paste its text into a .txt file`,
  duplicateId: (id: string, other: string) =>
    `its article id "${id}" is already taken by ${other}; rename one of the two files`,
} as const;

/** True for the errors this module describes (as opposed to bugs, which keep their stack). */
export function isSourceError(error: unknown): error is SourceError {
  return error instanceof SourceError;
}
