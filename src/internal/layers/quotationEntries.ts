/** An article's quotations as the `quotations` helper lists them and the `quotations` export table writes them. */
import type { QuotationEntry } from '../../quotations.js';
import type { Quotation } from '../../schema.js';
import { QUOTATION_KINDS } from '../args/vocabulary.js';
import { compareSpans, itemObject, layerItems, type LayerSource, spanAt, spanText, stringAt } from './layerRecords.js';

/** A quotation's entry, and the words of its cue, which the export table writes too. */
export interface QuotationRow {
  readonly entry: QuotationEntry;
  /** The words of the cue, where the quotation has one. */
  readonly cueText: string | undefined;
}

/**
 * Every quotation of one article, each checked and with its quoted words, in text order of
 * the quoted words (the title before the body); quotations with the same span keep their order.
 */
export function quotationRowsOf(source: LayerSource): QuotationRow[] {
  const rows = layerItems(source, 'quotations').map((item, position): QuotationRow => {
    const path = ['quotations', position] as const;
    const quotation = itemObject(source, item, path);
    const speaker = stringAt(source, quotation, path, 'speaker');
    const kind = stringAt(source, quotation, path, 'kind', QUOTATION_KINDS) as Quotation['kind'];
    const cue = quotation.cue === undefined ? undefined : spanAt(source, quotation.cue, [...path, 'cue']);
    const quote = spanAt(source, quotation.quote, [...path, 'quote']);
    return {
      entry: {
        article: source.id,
        speaker,
        kind,
        ...(cue === undefined ? {} : { cue }),
        quote,
        text: spanText(source, quote),
      },
      cueText: cue === undefined ? undefined : spanText(source, cue),
    };
  });
  return rows.sort((left, right) => compareSpans(left.entry.quote, right.entry.quote));
}
