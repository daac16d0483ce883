// What every evaluation set provides to `npm run eval`.

/** Options every set's scorer takes. */
export interface EvalOptions {
  /** How many failures to list under the table (0: none). */
  errors: number;
}

/** One labelled set: where its files are inside the eval folder, and its scorer. */
export interface EvalSet {
  name: string;
  title: string;
  /** What must exist for the set to run, in words (for the "skipped" line). */
  needs: string;
  /** The set's input path inside the eval folder `dir`, or null when it is absent. */
  locate(dir: string): string | null;
  /** Scores the extractor on the set; returns the printed report (tables). */
  run(input: string, options: EvalOptions): Promise<string>;
}
