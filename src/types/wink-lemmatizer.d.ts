// wink-lemmatizer ships no types: the three functions Recount uses.
declare module 'wink-lemmatizer' {
  interface Lemmatizer {
    /** Base form of a noun: `schools` -> `school`. */
    noun(word: string): string;
    /** Base form of a verb: `conducted` -> `conduct`. */
    verb(word: string): string;
    /** Base form of an adjective: `farthest` -> `far`. */
    adjective(word: string): string;
  }
  const lemmatize: Lemmatizer;
  export default lemmatize;
}
