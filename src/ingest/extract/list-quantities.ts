// Every quantity of an article, claim-worthy or not, with where it stands: what
// `npm run extract -- --all` adds to each entry, for pipelines and for checking the extractor.
import { findAllQuantities, type Quantity } from '../quantities/find-quantities.ts';
import { splitSentences } from '../text/split-sentences.ts';

/** One quantity of an article: a sentence's quantity with `span` moved to [start, end) in its paragraph of the cleaned body. */
export type ArticleQuantity = Pick<Quantity, 'text' | 'value' | 'min' | 'max' | 'unit' | 'kind' | 'qualifier'> & {
  /** Index of the paragraph in the cleaned body (the entry's Markdown paragraphs). */
  paragraph: number;
  span: [number, number];
};

/** Lists every quantity in an article's cleaned paragraphs, in reading order. */
export function listQuantities(paragraphs: readonly string[]): ArticleQuantity[] {
  return paragraphs.flatMap((paragraph, index) =>
    splitSentences(paragraph).flatMap((sentence) =>
      findAllQuantities(sentence.text).map((quantity) => ({
        paragraph: index,
        text: quantity.text,
        span: [sentence.start + quantity.span[0], sentence.start + quantity.span[1]] as [number, number],
        value: quantity.value,
        min: quantity.min,
        max: quantity.max,
        unit: quantity.unit,
        kind: quantity.kind,
        qualifier: quantity.qualifier,
      })),
    ),
  );
}
