// The whole-archive data files (claims.json is ~85 MB at 10,000 articles) go out as a stream of
// UTF-8 chunks, built a batch of records at a time. Built whole, a body was alive at once as its
// records, one string, that string's bytes and Astro's copy of them; with the four data files
// rendering side by side that was a build's peak memory (+650 MB over the rest of a 10,000-article
// shard, measured on 2026-12-06). Astro still joins the chunks into one buffer to write the file.
import { stringify } from 'csv-stringify/sync';

/** Characters gathered into one chunk before it is encoded. */
const CHUNK_CHARS = 1 << 20;

/** A stream of the UTF-8 bytes of `pieces` joined, drawn from the iterable only as the reader asks. */
export function streamText(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      while (chunk.length < CHUNK_CHARS) {
        const next = iterator.next();
        if (next.done) {
          if (chunk !== '') controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}

/** `JSON.stringify(items, null, 1)` and a newline, in pieces of one item each: the same text, never held whole. */
export function* prettyJsonArray(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    // An item's own line breaks come from the indenting alone (JSON escapes those in strings).
    yield `${first ? '[\n ' : ',\n '}${JSON.stringify(item, null, 1).replaceAll('\n', '\n ')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** Rows written as RFC 4180 CSV with CRLF line ends, a batch of rows at a time (csv-stringify ends every record, so batches join). */
export function* csvLines(rows: Iterable<readonly unknown[]>, batchSize = 1000): Generator<string> {
  let batch: unknown[][] = [];
  for (const row of rows) {
    batch.push([...row]);
    if (batch.length >= batchSize) {
      yield stringify(batch, { record_delimiter: 'windows' });
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, { record_delimiter: 'windows' });
}
