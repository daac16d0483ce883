// The search's tuning, in one place: how many results, how far completions and typos reach.
// Shared by the engine, the term reader and the page script.

/** The tuning, frozen. */
export const SEARCH_DEFAULTS = Object.freeze({
  /** Claims returned when the request does not say. */
  limit: 10,
  /** Candidates beyond `limit` that Fuse also re-ranks; each may cost a document fetch per keystroke, hence 0. */
  rerankExtra: 0,
  /** Letters a word needs before it also matches longer words (`ru` alone would match half the archive). */
  minLettersToComplete: 3,
  /** Digits a figure needs before it also matches longer digit strings. */
  minDigitsToComplete: 2,
  /** Completions of a word being typed that take part, the most frequent first. */
  maxCompletions: 40,
  /** Term files a completion may read before it stops widening. */
  maxCompletionFiles: 6,
  /** Term files a typo search may read around the word. */
  maxTypoFiles: 4,
  /** Rank weight of an optional term (a currency sign) relative to a required one. */
  optionalWeight: 0.5,
  /** Token matches kept for the next keystrokes (`russian` while `schools` is being typed). */
  tokenCacheSize: 24,
});
