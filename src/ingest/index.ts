// The ingest's public entry: sources → entries. Commands (scripts/), benchmarks (bench/) and the
// dev re-ingest integration import from here; the stage folders are its inside.
export { runIngest, type IngestEvent, type IngestReport } from './run/run-ingest.ts';
export { addSources } from './run/add-sources.ts';
export { formatIngestEvent, formatIngestSummary } from './run/format-ingest-event.ts';
export { createProgress } from './run/progress.ts';
export { articleIdFor, displayPath, formatFor } from './run/list-sources.ts';
export { ingestArticle } from './pipeline/ingest-article.ts';
export { describeFailure } from './run/ingest-file.ts';
export { extractTerms } from './extract/extract-terms.ts';
export { isSourceError, REASONS, SourceError } from './read/source-error.ts';
export { countWords, MIN_ARTICLE_WORDS } from './read/read-html.ts';
export { repairAt } from './read/repair-mojibake.ts';
export { COMBINING_MARK } from './read/decode-source.ts';
export { findAllQuantities, findQuantities, type Quantity, type QuantityMention } from './quantities/find-quantities.ts';
export { listQuantities, type ArticleQuantity } from './extract/list-quantities.ts';
