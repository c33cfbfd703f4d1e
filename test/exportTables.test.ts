/**
 * The companion tables of the exports (quotations, time_expressions, quantities, entities):
 * CSV, NDJSON and Parquet write the same rows, and the rows are what the layer helpers list.
 */
import { parse } from 'csv-parse/sync';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';

import {
  entities,
  type ExportTable,
  InvalidQueryError,
  InvalidRecordError,
  toCsv,
  toNdjson,
  UnknownEntityError,
} from '../src/index.js';
import { toParquet } from '../src/parquet.js';
import { catchError } from './support/catchError.js';
import { LAYERED, PLAIN, TRADE, VISIT } from './support/layeredFixtures.js';
import {
  expectedEntities,
  expectedQuantities,
  expectedQuotations,
  expectedTimeExpressions,
  type Row,
} from './support/tableRows.js';

const COMPANIONS = ['quotations', 'time_expressions', 'quantities', 'entities'] as const;

/** The rows of a CSV text, each cell as text; an empty cell as null. */
const csvRows = (text: string): Row[] =>
  parse<Record<string, string>>(text, { columns: true, bom: true }).map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === '' ? null : value])),
  );

/** The rows of an NDJSON text. */
const ndjsonRows = (text: string): Row[] =>
  text
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Row);

/** A row with every value as CSV writes it, to compare a typed row with a CSV one. */
const asText = (row: Row): Row =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? null : String(value)]));

describe('the companion tables', () => {
  it.each(COMPANIONS)('%s: CSV, NDJSON and Parquet hold the same rows', async (table) => {
    const csv = csvRows(toCsv(LAYERED, { table }));
    const ndjson = ndjsonRows(toNdjson(LAYERED, { table }));
    const parquet = (await parquetReadObjects({
      file: toParquet(LAYERED, { table, entities }).buffer as ArrayBuffer,
    })) as Row[];
    expect(ndjson.length).toBeGreaterThan(0);
    expect(parquet).toEqual(ndjson);
    expect(csv).toEqual(ndjson.map(asText));
    // Every line has every column, in the header's order.
    const header = toCsv(LAYERED, { table }).split('\r\n')[0]!.split(',');
    expect(ndjson.every((row) => JSON.stringify(Object.keys(row)) === JSON.stringify(header))).toBe(true);
  });

  it('writes the quotations of quotations(), one row each, with the spans and the words of quote and cue', () => {
    expect(ndjsonRows(toNdjson(LAYERED, { table: 'quotations' }))).toEqual(expectedQuotations(LAYERED));
  });

  it('writes the quantities of quantities(), one row each', () => {
    expect(ndjsonRows(toNdjson(LAYERED, { table: 'quantities' }))).toEqual(expectedQuantities(LAYERED));
  });

  it('writes every time expression, durations included, with the days of those that name a date', () => {
    const rows = ndjsonRows(toNdjson(LAYERED, { table: 'time_expressions' }));
    expect(rows).toEqual(expectedTimeExpressions(LAYERED));
    const expected = LAYERED.flatMap((article) =>
      (article.timeExpressions ?? []).map((expression) => [
        article.id,
        expression.value,
        article[expression.field].slice(expression.start, expression.end),
        expression.evidence ?? null,
      ]),
    );
    expect(rows.map((row) => [row.article, row.value, row.text, row.evidence])).toEqual(expected);
    expect(rows.find((row) => row.value === 'P30Y')).toMatchObject({ firstDay: null, lastDay: null });
    expect(rows.find((row) => row.value === '2022-01/2022-04')).toMatchObject({
      firstDay: '2022-01-01',
      lastDay: '2022-04-30',
    });
  });

  it('writes the entities the articles refer to, speakers and subjects included, once each, in registry order', () => {
    const rows = ndjsonRows(toNdjson(LAYERED, { table: 'entities' }));
    expect(rows).toEqual(expectedEntities(LAYERED, entities));
    const referred = new Set(['sergey-lavrov', 'vladimir-putin', 'kremlin', 'russia']);
    expect(rows.map((row) => row.id)).toEqual(
      entities.filter((entity) => referred.has(entity.id)).map((entity) => entity.id),
    );
    const lavrov = entities.find((entity) => entity.id === 'sergey-lavrov')!;
    expect(rows.find((row) => row.id === 'sergey-lavrov')).toEqual({
      id: lavrov.id,
      type: lavrov.type,
      nameEn: lavrov.name.en,
      nameAr: lavrov.name.ar,
      nameRu: lavrov.name.ru ?? null,
      description: lavrov.description,
      wikidata: lavrov.wikidata ?? null,
      countryCode: null,
      lat: null,
      lon: null,
      geoSource: null,
    });
  });

  it('writes the country code and the coordinates of a registry that gives them', () => {
    // Made-up values, for the test only.
    const own = entities.map((entity) =>
      entity.id === 'russia'
        ? { ...entity, countryCode: 'RU', geo: { lat: 55.5, lon: 37.5, source: 'a test' } }
        : entity,
    );
    const [row] = ndjsonRows(toNdjson([VISIT], { table: 'entities', entities: own })).filter(
      (each) => each.id === 'russia',
    );
    expect(row).toMatchObject({ countryCode: 'RU', lat: 55.5, lon: 37.5, geoSource: 'a test' });
    expect(
      csvRows(toCsv([VISIT], { table: 'entities', entities: own })).find((each) => each.id === 'russia'),
    ).toMatchObject({
      lat: '55.5',
      lon: '37.5',
    });
  });

  it('refuses a registry whose coordinates are malformed, naming the entity', () => {
    const own = entities.map((entity) => (entity.id === 'russia' ? { ...entity, geo: { lat: '55' } } : entity));
    const error = catchError(() => toCsv([VISIT], { table: 'entities', entities: own as never }));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).collection).toBe('entities');
    expect((error as InvalidRecordError).path).toEqual(['geo']);
  });

  it('throws UnknownEntityError, naming the article, when the registry lacks an entity an article refers to', () => {
    const own = entities.filter((entity) => entity.id !== 'kremlin');
    const error = catchError(() => toCsv(LAYERED, { table: 'entities', entities: own }));
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect((error as UnknownEntityError).article).toBe(VISIT.id);
  });

  it.each(COMPANIONS.filter((table) => table !== 'entities'))(
    'writes only a header for articles without the %s layer',
    (table) => {
      expect(toCsv([PLAIN], { table }).split('\r\n')).toHaveLength(2);
      expect(toNdjson([PLAIN], { table })).toBe('');
    },
  );

  it('starts a companion table with the byte order mark when asked', () => {
    expect(toCsv([TRADE], { table: 'quotations', bom: true }).startsWith('\uFEFFarticle,speaker,')).toBe(true);
  });

  it('keeps the articles table the default, byte for byte', () => {
    expect(toCsv(LAYERED, { table: 'articles' })).toBe(toCsv(LAYERED));
    expect(toNdjson(LAYERED, { table: 'articles' })).toBe(toNdjson(LAYERED));
    expect(toParquet(LAYERED, { table: 'articles' })).toEqual(toParquet(LAYERED));
  });

  it.each([
    [
      'an unknown table, with the nearest name',
      () => toCsv(LAYERED, { table: 'time-expressions' as ExportTable }),
      /^Unknown table "time-expressions": expected one of articles, quotations, time_expressions, quantities, entities. Did you mean "time_expressions"\?$/,
    ],
    [
      'fields with a companion table',
      () => toCsv(LAYERED, { table: 'quantities', fields: ['id'] }),
      /fields picks the columns of the articles table/,
    ],
    [
      'normalized with a companion table',
      () => toParquet(LAYERED, { table: 'quotations', normalized: true }),
      /for the articles table only/,
    ],
    [
      'the entities table in Parquet without a registry',
      () => toParquet(LAYERED, { table: 'entities' }),
      /^Expected the entities option for the entities table/,
    ],
    [
      'a registry that is not an array',
      () => toNdjson(LAYERED, { table: 'entities', entities: 'all' as never }),
      /^Expected options.entities to be an array/,
    ],
    [
      'an unknown option of toNdjson',
      () => toNdjson(LAYERED, { tables: 'quotations' } as never),
      /^Unknown option "tables"/,
    ],
  ] as const)('throws InvalidQueryError for %s', (_name, call, message) => {
    const error = catchError(call);
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as Error).message).toMatch(message);
  });

  it.each(COMPANIONS)('throws InvalidRecordError for the %s table of a list that holds no articles', (table) => {
    expect(() => toNdjson([42] as never, { table })).toThrow(InvalidRecordError);
    expect(() => toCsv([null] as never, { table })).toThrow(InvalidRecordError);
  });
});
