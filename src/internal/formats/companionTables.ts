/**
 * The companion tables of the exports: `quotations`, `time_expressions` and
 * `quantities` (one row per annotation of an article, keyed by the article's id,
 * with each span as columns and the words it covers), and `entities` (one row per
 * entity the articles refer to). One catalogue of their columns, as
 * articleFields.ts is for the articles table, so that CSV, NDJSON, Parquet and
 * the Table Schemas of data/datapackage.json agree.
 */
import { InvalidQueryError } from '../../errors.js';
import type { QuantityEntry } from '../../quantities.js';
import type { Article, Entity } from '../../schema.js';
import { describeValue } from '../args/describeValue.js';
import { nearestName } from '../args/nearestName.js';
import { recordIssue } from '../args/recordIssue.js';
import { layerSource } from '../layers/layerRecords.js';
import { quantityEntriesOf } from '../layers/quantityEntries.js';
import { type QuotationRow, quotationRowsOf } from '../layers/quotationEntries.js';
import { type TimeExpressionColumns, timeExpressionRecordsOf } from '../layers/timeExpressionRecords.js';
import { entitiesById, type RecordSource } from '../registry/lookups.js';
import { entityIdsOf } from '../registry/membership.js';

/** A cell's value: text, a number, or nothing. */
export type CellValue = string | number | undefined;

/** A column of a companion table: its Table Schema type, what it holds, and how a row gives it. */
export interface ColumnSpec<R> {
  /** `number` is a double (a quantity's value, a latitude); `integer` a 32-bit whole number (an offset). */
  readonly type: 'string' | 'integer' | 'number';
  readonly description: string;
  /** Whether a row may lack it: an empty CSV cell, a JSON null, a Parquet null. */
  readonly optional?: true;
  readonly read: (row: R) => CellValue;
}

/** A column that names a row of another table, for the Table Schema's foreign keys. */
export interface ForeignKey {
  readonly column: string;
  readonly table: 'articles' | 'entities';
}

/** One companion table: what it holds, its rows, and its columns in export order. */
export interface TableSpec<R> {
  readonly description: string;
  /** The rows for `list`; `entities` is the registry, and `passed` whether the caller gave it (for error messages). */
  readonly rows: (list: readonly Article[], entities: readonly Entity[], passed: boolean) => readonly R[];
  /**
   * The columns, in export order. A function, so that the catalogue is built when a table is
   * written: a module-level call would keep this file, and the layer readers, in every bundle of
   * the package's index, even one that never writes a table.
   */
  readonly columns: () => readonly (readonly [name: string, spec: ColumnSpec<R>])[];
  /** The column that identifies a row, where one does. */
  readonly primaryKey?: string;
  readonly foreignKeys: readonly ForeignKey[];
}

/** Every row of each article's layer, in article order and, within an article, in the layer's text order. */
function layerRows<R>(list: readonly Article[], rowsOf: (source: ReturnType<typeof layerSource>) => readonly R[]): R[] {
  return list.flatMap((article, index) => rowsOf(layerSource(article, index)));
}

/** The `article` column of a layer table. */
function articleColumn<R extends { readonly article: string }>(): readonly [string, ColumnSpec<R>] {
  return [
    'article',
    { type: 'string', description: 'The id of the article (see the articles table).', read: (row) => row.article },
  ];
}

/** The `field`, `start`, `end` and `text` columns of a layer table whose rows are spans. */
function spanColumns<
  R extends { readonly field: string; readonly start: number; readonly end: number; readonly text: string },
>(words: string): readonly (readonly [string, ColumnSpec<R>])[] {
  return [
    [
      'field',
      { type: 'string', description: 'The article field the span is in: "title" or "body".', read: (row) => row.field },
    ],
    [
      'start',
      {
        type: 'integer',
        description: 'Where the span starts: a UTF-16 offset into the field, as String.prototype.slice takes it.',
        read: (row) => row.start,
      },
    ],
    ['end', { type: 'integer', description: 'Where the span ends, exclusive.', read: (row) => row.end }],
    ['text', { type: 'string', description: `${words}, verbatim: the text of the span.`, read: (row) => row.text }],
  ];
}

const QUOTATIONS: TableSpec<QuotationRow> = {
  description: 'Every statement the articles attribute to someone: one row per quotation, keyed by article.',
  rows: (list) => layerRows(list, quotationRowsOf),
  columns: () => [
    [
      'article',
      {
        type: 'string',
        description: 'The id of the article (see the articles table).',
        read: (row) => row.entry.article,
      },
    ],
    [
      'speaker',
      {
        type: 'string',
        description: 'The id of the entity the words are attributed to (see the entities table).',
        read: (row) => row.entry.speaker,
      },
    ],
    [
      'kind',
      {
        type: 'string',
        description:
          '"direct" (in quotation marks, or after a colon), "indirect" (a reported clause after أن, بأن or إن, or a sentence attributed with بحسب or وفقاً لما) or "partial" (a quoted fragment in the reporter\'s sentence).',
        read: (row) => row.entry.kind,
      },
    ],
    [
      'quote',
      {
        type: 'string',
        description: 'The quoted words, verbatim, without the quotation marks.',
        read: (row) => row.entry.text,
      },
    ],
    [
      'quoteField',
      {
        type: 'string',
        description: 'The article field the quote is in: "title" or "body".',
        read: (row) => row.entry.quote.field,
      },
    ],
    [
      'quoteStart',
      {
        type: 'integer',
        description: 'Where the quote starts: a UTF-16 offset into its field.',
        read: (row) => row.entry.quote.start,
      },
    ],
    [
      'quoteEnd',
      { type: 'integer', description: 'Where the quote ends, exclusive.', read: (row) => row.entry.quote.end },
    ],
    [
      'cue',
      {
        type: 'string',
        description: 'The reporting verb or phrase, verbatim, where there is one.',
        optional: true,
        read: (row) => row.cueText,
      },
    ],
    [
      'cueField',
      {
        type: 'string',
        description: 'The article field the cue is in.',
        optional: true,
        read: (row) => row.entry.cue?.field,
      },
    ],
    [
      'cueStart',
      {
        type: 'integer',
        description: 'Where the cue starts: a UTF-16 offset into its field.',
        optional: true,
        read: (row) => row.entry.cue?.start,
      },
    ],
    [
      'cueEnd',
      {
        type: 'integer',
        description: 'Where the cue ends, exclusive.',
        optional: true,
        read: (row) => row.entry.cue?.end,
      },
    ],
  ],
  foreignKeys: [
    { column: 'article', table: 'articles' },
    { column: 'speaker', table: 'entities' },
  ],
};

const TIME_EXPRESSIONS: TableSpec<TimeExpressionColumns> = {
  description:
    'Every expression of the articles that refers to a time, with its TIMEX3 value and, where it names a date, the first and last day it refers to: one row per expression, keyed by article.',
  rows: (list) => layerRows(list, timeExpressionRecordsOf),
  columns: () => [
    articleColumn(),
    ...spanColumns<TimeExpressionColumns>('The words of the expression'),
    [
      'value',
      {
        type: 'string',
        description: 'The TIMEX3 value (ISO 8601): a date, an interval, a duration or a reference.',
        read: (row) => row.value,
      },
    ],
    [
      'basis',
      {
        type: 'string',
        description:
          '"stated" where the words alone give the value; "inferred" where it is resolved against the article\'s date or context.',
        read: (row) => row.basis,
      },
    ],
    [
      'evidence',
      {
        type: 'string',
        description: 'For an inferred value: the exact words of the article the resolution rests on.',
        optional: true,
        read: (row) => row.evidence,
      },
    ],
    [
      'firstDay',
      {
        type: 'string',
        description:
          'The first day the value refers to, YYYY-MM-DD; empty for a duration, a reference or a year left open.',
        optional: true,
        read: (row) => row.firstDay,
      },
    ],
    [
      'lastDay',
      {
        type: 'string',
        description: 'The last day the value refers to, YYYY-MM-DD; empty where firstDay is.',
        optional: true,
        read: (row) => row.lastDay,
      },
    ],
  ],
  foreignKeys: [{ column: 'article', table: 'articles' }],
};

const QUANTITIES: TableSpec<QuantityEntry> = {
  description:
    'Every amount the articles state (money, percentages, counts), in base units: one row per amount, keyed by article.',
  rows: (list) => layerRows(list, quantityEntriesOf),
  columns: () => [
    articleColumn(),
    ...spanColumns<QuantityEntry>('The words of the amount'),
    [
      'value',
      {
        type: 'number',
        description: 'The amount in base units: "1.2 مليار" is 1200000000, "40%" is 40.',
        read: (row) => row.value,
      },
    ],
    [
      'unit',
      {
        type: 'string',
        description: 'An ISO 4217 currency code for money ("USD", "RUB"), "percent", or "count".',
        read: (row) => row.unit,
      },
    ],
    [
      'comparator',
      {
        type: 'string',
        description: 'How the words bound the value, where they do: "about", "more-than", "less-than" or "up-to".',
        optional: true,
        read: (row) => row.comparator,
      },
    ],
    [
      'measure',
      {
        type: 'string',
        description: 'What the amount measures: an id of the documented vocabulary.',
        read: (row) => row.measure,
      },
    ],
    [
      'period',
      {
        type: 'string',
        description: 'The TIMEX3 value of the period the amount is for, where the text gives one.',
        optional: true,
        read: (row) => row.period,
      },
    ],
    [
      'subject',
      {
        type: 'string',
        description: 'The id of the entity the amount is about, where the text names one (see the entities table).',
        optional: true,
        read: (row) => row.subject,
      },
    ],
  ],
  foreignKeys: [
    { column: 'article', table: 'articles' },
    { column: 'subject', table: 'entities' },
  ],
};

/**
 * The place of an entity and its country code, where the registry gives them. The registry
 * schema may carry `geo` (on places) and `countryCode` (on countries); they are read as
 * optional, and checked where present, since a registry given by the caller may lack them.
 */
interface EntityPlace {
  readonly lat: number | undefined;
  readonly lon: number | undefined;
  readonly geoSource: string | undefined;
  readonly countryCode: string | undefined;
}

/** An entity's row: the entity, and its place. */
export interface EntityRow {
  readonly entity: Entity;
  readonly place: EntityPlace;
}

/** Reads an entity's optional `geo` and `countryCode`, checking their types where present. */
function placeOf(entity: Entity, index: number): EntityPlace {
  const { geo, countryCode } = entity as { readonly geo?: unknown; readonly countryCode?: unknown };
  if (countryCode !== undefined && typeof countryCode !== 'string') {
    throw recordIssue(
      index,
      ['countryCode'],
      `Expected countryCode to be a string, got ${describeValue(countryCode)}`,
      'entities',
    );
  }
  if (geo === undefined) {
    return { lat: undefined, lon: undefined, geoSource: undefined, countryCode };
  }
  const { lat, lon, source } = (typeof geo === 'object' && geo !== null ? geo : {}) as Readonly<
    Record<string, unknown>
  >;
  if (typeof lat !== 'number' || typeof lon !== 'number' || typeof source !== 'string') {
    throw recordIssue(
      index,
      ['geo'],
      `Expected geo to be { lat, lon, source } with numbers and a string, got ${describeValue(geo)}`,
      'entities',
    );
  }
  return { lat, lon, geoSource: source, countryCode };
}

/** The ids an article refers to beyond its mentions: the parties of its source chain, its speakers and its subjects. */
function otherReferences(article: Article, index: number): string[] {
  const source = layerSource(article, index);
  const chain: unknown = (article as { readonly source?: { readonly chain?: unknown } }).source?.chain;
  const parties = Array.isArray(chain)
    ? chain.flatMap((party: unknown) => {
        const id =
          typeof party === 'object' && party !== null ? (party as { readonly entity?: unknown }).entity : undefined;
        return typeof id === 'string' ? [id] : [];
      })
    : [];
  return [
    ...parties,
    ...quotationRowsOf(source).map((row) => row.entry.speaker),
    ...quantityEntriesOf(source).flatMap((entry) => (entry.subject === undefined ? [] : [entry.subject])),
  ];
}

/** Every entity the articles refer to (mentions, source parties, speakers, subjects), once each, in registry order. */
function entityRows(list: readonly Article[], registry: readonly Entity[], passed: boolean): EntityRow[] {
  const lookUp = entitiesById(registry, passed);
  const referred = new Set<string>();
  list.forEach((article, index) => {
    const source: RecordSource = { article, index };
    for (const id of [...entityIdsOf(article, index), ...otherReferences(article, index)]) {
      if (!referred.has(id)) {
        // An id the registry lacks throws here, naming the article.
        lookUp(id, source);
        referred.add(id);
      }
    }
  });
  return registry.flatMap((entity, index) =>
    referred.has(entity.id) ? [{ entity, place: placeOf(entity, index) }] : [],
  );
}

const ENTITIES: TableSpec<EntityRow> = {
  description:
    'Every entity the articles refer to (by a mention, as a source party, as a speaker or as a subject): one row per entity.',
  rows: entityRows,
  columns: () => [
    [
      'id',
      {
        type: 'string',
        description: 'Stable kebab-case id, as the other tables name the entity.',
        read: (row) => row.entity.id,
      },
    ],
    ['type', { type: 'string', description: 'What kind of thing the entity is.', read: (row) => row.entity.type }],
    ['nameEn', { type: 'string', description: 'The name in English.', read: (row) => row.entity.name.en }],
    [
      'nameAr',
      {
        type: 'string',
        description: 'The name in Arabic script, in the form the corpus uses most.',
        read: (row) => row.entity.name.ar,
      },
    ],
    [
      'nameRu',
      {
        type: 'string',
        description: 'The name in Russian, where the entity has one.',
        optional: true,
        read: (row) => row.entity.name.ru,
      },
    ],
    [
      'description',
      {
        type: 'string',
        description: 'A short English line saying who or what the entity is.',
        read: (row) => row.entity.description,
      },
    ],
    [
      'wikidata',
      {
        type: 'string',
        description: 'The Wikidata item id, only where it was verified.',
        optional: true,
        read: (row) => row.entity.wikidata,
      },
    ],
    [
      'countryCode',
      {
        type: 'string',
        description: 'For a country: its ISO 3166-1 alpha-2 code, where the registry gives it.',
        optional: true,
        read: (row) => row.place.countryCode,
      },
    ],
    [
      'lat',
      {
        type: 'number',
        description: 'For a place with a point: its latitude, in degrees.',
        optional: true,
        read: (row) => row.place.lat,
      },
    ],
    [
      'lon',
      {
        type: 'number',
        description: 'For a place with a point: its longitude, in degrees.',
        optional: true,
        read: (row) => row.place.lon,
      },
    ],
    [
      'geoSource',
      {
        type: 'string',
        description: 'Where lat and lon come from: the data package, its version and the record used.',
        optional: true,
        read: (row) => row.place.geoSource,
      },
    ],
  ],
  primaryKey: 'id',
  foreignKeys: [],
};

/** The companion tables, in the order the exports list them. */
export const COMPANION_TABLES = {
  quotations: QUOTATIONS,
  time_expressions: TIME_EXPRESSIONS,
  quantities: QUANTITIES,
  entities: ENTITIES,
} as const;

/** The name of a companion table. */
export type CompanionTable = keyof typeof COMPANION_TABLES;

/** Every table the exports write: the articles and their companions, in that order. */
export const EXPORT_TABLES = ['articles', 'quotations', 'time_expressions', 'quantities', 'entities'] as const;

/** Reads the `table` option of the writers: `articles` when it is not given. */
export function parseExportTable(table: unknown): (typeof EXPORT_TABLES)[number] {
  if (table === undefined) {
    return 'articles';
  }
  if ((EXPORT_TABLES as readonly unknown[]).includes(table)) {
    return table as (typeof EXPORT_TABLES)[number];
  }
  const hint = typeof table === 'string' ? nearestName(table, EXPORT_TABLES) : '';
  throw new InvalidQueryError(
    `Unknown table ${describeValue(table)}: expected one of ${EXPORT_TABLES.join(', ')}.${hint}`,
    table,
  );
}

/** What a writer needs to know of a column: its name, its type, and whether it may be empty. */
export interface ColumnHeader {
  readonly name: string;
  readonly type: ColumnSpec<never>['type'];
  readonly description: string;
  readonly optional: boolean;
}

/** A table's header and its rows of cells, ready for a writer: what {@link tableCells} and {@link cellsOf} return. */
export interface TableCells {
  readonly columns: readonly ColumnHeader[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** The header of a table's columns. */
function headerOf(columns: readonly (readonly [string, Omit<ColumnSpec<never>, 'read'>])[]): ColumnHeader[] {
  return columns.map(([name, column]) => ({
    name,
    type: column.type,
    description: column.description,
    optional: column.optional === true,
  }));
}

/** The header of a companion table's columns. */
export function tableHeader(table: CompanionTable): readonly ColumnHeader[] {
  return headerOf(COMPANION_TABLES[table].columns());
}

/** The cells of `rows` in the columns of `spec`: for a table's own rows, or for rows a command has selected and ordered. */
export function cellsOf<R>(spec: TableSpec<R>, rows: readonly R[]): TableCells {
  const columns = spec.columns();
  return {
    columns: headerOf(columns),
    rows: rows.map((row) => columns.map(([, column]) => column.read(row))),
  };
}

/**
 * The header and the cells of a companion table for `list`. Each value is read
 * where it is: a malformed record throws {@link InvalidRecordError} with its
 * index and path, and an entity id the registry lacks {@link UnknownEntityError},
 * before anything is written.
 */
export function tableCells(
  table: CompanionTable,
  list: readonly Article[],
  entities: readonly Entity[],
  passed: boolean,
): TableCells {
  switch (table) {
    case 'quotations':
      return cellsOf(QUOTATIONS, QUOTATIONS.rows(list, entities, passed));
    case 'time_expressions':
      return cellsOf(TIME_EXPRESSIONS, TIME_EXPRESSIONS.rows(list, entities, passed));
    case 'quantities':
      return cellsOf(QUANTITIES, QUANTITIES.rows(list, entities, passed));
    case 'entities':
      return cellsOf(ENTITIES, ENTITIES.rows(list, entities, passed));
  }
}
