// NewsQuant (CQE's benchmark): every quantity in a news sentence, value and unit. Scored with
// the set's own scorer (score-quantities.mjs beside the data), so the figures compare with the
// published ones (CQE 92.0 value F1, 85.6 value+unit). It scores the whole quantity layer
// (findAllQuantities), not only the figures that become claims.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findAllQuantities } from '../../src/ingest/index.ts';
import type { EvalSet } from './eval-types.ts';
import { inside } from './locate.ts';

interface GoldRow {
  id: string;
  text: string;
}
interface Scored {
  rows: Record<string, { P: number; R: number; F1: number; tp: number }>;
  recallByCategory: Record<string, { gold: number; value_recall: number; value_unit_recall: number }>;
  gold: { sentences: number; quantities: number };
  predictions: number;
  sents: Array<{ id: string; text: string; gold: Array<{ value: unknown; unit: unknown }>; pred: Array<{ value: unknown; unit: unknown }> }>;
  perSentence: Array<{ id: string; unit: number }>;
}
interface Scorer {
  readJsonl(file: string): GoldRow[];
  evaluate(gold: GoldRow[], pred: unknown[], options: object): Scored;
}

/** The prediction line for one sentence, in the scorer's format. */
export function predictQuantities(row: GoldRow): { id: string; quantities: Array<{ value: number | [number, number]; unit: string | null }> } {
  const quantities = findAllQuantities(row.text).map((quantity) => ({
    value: quantity.value ?? bounds(quantity.min, quantity.max, quantity.descending),
    unit: quantity.unit,
  }));
  return { id: row.id, quantities };
}

/** A range as the scorer reads it: [low, high], or [high, low] when the words ran high to low. */
function bounds(min: number | null, max: number | null, descending: boolean): [number, number] {
  const range: [number, number] = [min ?? 0, max ?? Number.MAX_VALUE];
  return descending ? [range[1], range[0]] : range;
}

const show = (q: { value: unknown; unit: unknown }) => `${Array.isArray(q.value) ? q.value.join('..') : String(q.value)} [${String(q.unit)}]`;

export const newsquant: EvalSet = {
  name: 'newsquant',
  title: 'NewsQuant development half: every quantity in a sentence (target value F1 ≥ 92, value+unit ≥ 87)',
  needs: 'newsquant-dev.jsonl and score-quantities.mjs',
  locate: (dir) => (inside('score-quantities.mjs')(dir) ? inside('newsquant-dev.jsonl')(dir) : null),
  async run(input, options) {
    const scorer = (await import(pathToFileURL(path.join(path.dirname(input), 'score-quantities.mjs')).href)) as Scorer;
    const gold = scorer.readJsonl(input);
    const result = scorer.evaluate(gold, gold.map(predictQuantities), { units: 'norm' });
    const lines = [`${result.gold.sentences} sentences, ${result.gold.quantities} quantities; ${result.predictions} predicted`, '', '| metric | P | R | F1 |', '| --- | ---: | ---: | ---: |'];
    for (const [metric, row] of Object.entries(result.rows)) lines.push(`| ${metric} | ${row.P.toFixed(1)} | ${row.R.toFixed(1)} | ${row.F1.toFixed(1)} |`);
    lines.push('', '| category (recall, strict 1:1) | gold | value | value+unit |', '| --- | ---: | ---: | ---: |');
    for (const [category, row] of Object.entries(result.recallByCategory)) lines.push(`| ${category} | ${row.gold} | ${row.value_recall.toFixed(1)} | ${row.value_unit_recall.toFixed(1)} |`);
    let shown = 0;
    for (const sentence of result.sents) {
      if (shown >= options.errors) break;
      const score = result.perSentence.find((s) => s.id === sentence.id);
      if (score && score.unit === sentence.gold.length && score.unit === sentence.pred.length) continue;
      lines.push('', `${sentence.id}: ${sentence.text}`, `  gold: ${sentence.gold.map(show).join('; ') || '-'}`, `  pred: ${sentence.pred.map(show).join('; ') || '-'}`);
      shown += 1;
    }
    return lines.join('\n');
  },
};
