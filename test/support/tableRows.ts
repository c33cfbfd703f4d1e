/**
 * The rows each companion table must hold, built from the layer helpers' output (and, for
 * the time expressions and the entities, from the records and the registry) rather than
 * from the table writer: the tests of the exports and of DuckDB compare the files with these.
 */
import { type Article, type Entity, quantities, quotations, timeline } from '../../src/index.js';

/** A row as a reader of the files sees it: text, a number, or null. */
export type Row = Record<string, string | number | null>;

/** What the quotations table must hold: quotations(), flattened, with the cue's words. */
export function expectedQuotations(list: readonly Article[]): Row[] {
  return quotations(list).map((entry) => {
    const article = list.find((candidate) => candidate.id === entry.article)!;
    return {
      article: entry.article,
      speaker: entry.speaker,
      kind: entry.kind,
      quote: entry.text,
      quoteField: entry.quote.field,
      quoteStart: entry.quote.start,
      quoteEnd: entry.quote.end,
      cue: entry.cue === undefined ? null : article[entry.cue.field].slice(entry.cue.start, entry.cue.end),
      cueField: entry.cue?.field ?? null,
      cueStart: entry.cue?.start ?? null,
      cueEnd: entry.cue?.end ?? null,
    };
  });
}

/** What the quantities table must hold: quantities(), with null for what an entry lacks. */
export function expectedQuantities(list: readonly Article[]): Row[] {
  return quantities(list).map((entry) => ({
    article: entry.article,
    field: entry.field,
    start: entry.start,
    end: entry.end,
    text: entry.text,
    value: entry.value,
    unit: entry.unit,
    comparator: entry.comparator ?? null,
    measure: entry.measure,
    period: entry.period ?? null,
    subject: entry.subject ?? null,
  }));
}

/** What the time_expressions table must hold: every expression of the records, with the days of the dated ones from timeline(). */
export function expectedTimeExpressions(list: readonly Article[]): Row[] {
  const dated = timeline(list, { kinds: ['time-expression'] }).filter((entry) => entry.kind === 'time-expression');
  return list.flatMap((article) =>
    [...(article.timeExpressions ?? [])]
      .sort((left, right) =>
        left.field === right.field ? left.start - right.start || left.end - right.end : left.field === 'title' ? -1 : 1,
      )
      .map((expression) => {
        const entry = dated.find(
          (candidate) =>
            candidate.article === article.id &&
            candidate.field === expression.field &&
            candidate.start === expression.start &&
            candidate.end === expression.end &&
            candidate.value === expression.value,
        );
        return {
          article: article.id,
          field: expression.field,
          start: expression.start,
          end: expression.end,
          text: article[expression.field].slice(expression.start, expression.end),
          value: expression.value,
          basis: expression.basis,
          evidence: expression.evidence ?? null,
          firstDay: entry?.firstDay ?? null,
          lastDay: entry?.lastDay ?? null,
        };
      }),
  );
}

/** The ids an article refers to: its mentions, its source parties, its speakers and its subjects. */
function referredIds(article: Article): string[] {
  return [
    ...article.entities.map((entity) => entity.id),
    ...article.source.chain.flatMap((party) => (party.entity === undefined ? [] : [party.entity])),
    ...(article.quotations ?? []).map((quotation) => quotation.speaker),
    ...(article.quantities ?? []).flatMap((quantity) => (quantity.subject === undefined ? [] : [quantity.subject])),
  ];
}

/** What the entities table must hold: the registry's entities that the articles refer to, in registry order. */
export function expectedEntities(list: readonly Article[], registry: readonly Entity[]): Row[] {
  const referred = new Set(list.flatMap(referredIds));
  return registry
    .filter((entity) => referred.has(entity.id))
    .map((entity) => {
      const { geo, countryCode } = entity as {
        geo?: { lat: number; lon: number; source: string };
        countryCode?: string;
      };
      return {
        id: entity.id,
        type: entity.type,
        nameEn: entity.name.en,
        nameAr: entity.name.ar,
        nameRu: entity.name.ru ?? null,
        description: entity.description,
        wikidata: entity.wikidata ?? null,
        countryCode: countryCode ?? null,
        lat: geo?.lat ?? null,
        lon: geo?.lon ?? null,
        geoSource: geo?.source ?? null,
      };
    });
}
