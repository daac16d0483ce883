// npm run gen-corpus -- --count N --out DIR [--seed S]
// Writes a deterministic synthetic corpus of raw articles for benchmarks (never committed).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticle } from '../bench/corpus/generate-corpus.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run gen-corpus -- --count N --out DIR [--seed S]');
  process.exitCode = 2;
} else {
  const out = path.resolve(values.out);
  await mkdir(out, { recursive: true });
  for (let index = 0; index < count; index++) {
    const article = generateArticle(seed, index);
    await writeFile(path.join(out, article.name), article.text);
  }
  console.log(`Wrote ${count} articles to ${out} (seed ${seed}).`);
}
