import { entities as shippedEntities } from './data/entities.js';
import { InvalidQueryError } from './errors.js';
import { assertArticle, assertList, assertOptions, optionOr, ownOption } from './internal/args/arguments.js';
import { describeValue } from './internal/args/describeValue.js';
import { nearestName } from './internal/args/nearestName.js';
import { recordIssue } from './internal/args/recordIssue.js';
import {
  ARTICLE_FIELD_NAMES,
  ARTICLE_FIELDS,
  type FieldValue,
  LIST_SEPARATOR,
  readField,
} from './internal/formats/articleFields.js';
import { parseExportTable, tableCells } from './internal/formats/companionTables.js';
import { csvText } from './internal/formats/tableText.js';
import type { Article, Entity } from './schema.js';
import type { ArticleField, ExportTable } from './types.js';

/**
 * Options of {@link toCsv}.
 *
 * @category Format
 * @example
 * ```ts
 * import { type ToCsvOptions } from 'ru-tj-news';
 *
 * const options: ToCsvOptions = { fields: ['id', 'title'], bom: true };
 * options.bom;
 * // => true
 * ```
 */
export interface ToCsvOptions {
  /** The columns of the articles table, in order. Defaults to every {@link ArticleField}, in export order (a full export's header row). */
  readonly fields?: readonly ArticleField[] | undefined;
  /** Starts the text with a UTF-8 byte order mark, so that spreadsheet programs read the Arabic right. Defaults to `false`. */
  readonly bom?: boolean | undefined;
  /** The table to write (see {@link ExportTable}): `'articles'` (the default), or a companion table. */
  readonly table?: ExportTable | undefined;
  /** The registry the `entities` table is read from. Defaults to the shipped `entities`; the other tables do not read it. */
  readonly entities?: readonly Entity[] | undefined;
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The CSV field of column `name` of the article at `index`. A list's items are joined
 * by {@link LIST_SEPARATOR}; an item that holds one would be split in two by a reader,
 * so it is refused.
 */
function cell(value: FieldValue, index: number, name: ArticleField): string {
  let text: string;
  if (value === undefined) {
    text = '';
  } else if (typeof value === 'object') {
    const joined = value.find((item) => item.includes(LIST_SEPARATOR));
    if (joined !== undefined) {
      throw recordIssue(
        index,
        ARTICLE_FIELDS[name].path,
        `Cannot write column ${name}: ${describeValue(joined)} holds "${LIST_SEPARATOR}", which separates the items of a list in a CSV cell; expected items without it (toNdjson and toParquet keep lists as lists)`,
      );
    }
    text = value.join(LIST_SEPARATOR);
  } else {
    text = String(value);
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Reads the `fields` option: a non-empty array of known column names. */
function parseFields(fields: unknown): readonly ArticleField[] {
  if (fields === undefined) {
    return ARTICLE_FIELD_NAMES;
  }
  if (!Array.isArray(fields) || fields.length === 0) {
    throw new InvalidQueryError(
      `Expected fields to be a non-empty array of column names, got ${describeValue(fields)}`,
      fields,
    );
  }
  for (const field of fields) {
    if (!(ARTICLE_FIELD_NAMES as readonly unknown[]).includes(field)) {
      const hint = typeof field === 'string' ? nearestName(field, ARTICLE_FIELD_NAMES) : '';
      throw new InvalidQueryError(
        `Unknown field ${describeValue(field)}: expected any of ${ARTICLE_FIELD_NAMES.join(', ')}.${hint}`,
        field,
      );
    }
  }
  return fields as readonly ArticleField[];
}

/**
 * Writes articles as CSV, one row per article, for spreadsheets and data tools.
 *
 * The text follows RFC 4180: a header row, CRLF line ends, and a field in
 * double quotes, with its quotes doubled, when it holds a comma, a quote or
 * a line break (every `body` does). Text is verbatim. A missing value, such
 * as `modifiedAt` where there is none, is an empty field. The result is a
 * string; write it as UTF-8.
 *
 * The columns, in export order: `id`, `publishedAt`, `modifiedAt`,
 * `dateBasis`, `datePrecision`, `title`, `titleBasis`, `enTitle`,
 * `enSummary`, `publisher`, `publisherBasis`, `agencies`, `topics`,
 * `entities`, `mentionCount`, `lang`, `body`, `rawFile`, `rawSha256`, `url`
 * and `authors` (see {@link ArticleField}). A list (`agencies`, `topics`,
 * `entities`, `authors`) is one field, its items joined by `;`, and empty
 * where there are none; an item that holds a `;` is refused, since a reader
 * would split it.
 *
 * With `table`, it writes a companion table of the same articles instead (see
 * {@link ExportTable}): `quotations`, `time_expressions` or `quantities`, one
 * row per annotation in article order and, within an article, in text order,
 * keyed by the article's id; or `entities`, one row per entity the articles
 * refer to, in registry order, read from the `entities` registry. Their columns
 * are fixed (so `fields` is for the articles table only); a number is written
 * as JavaScript writes it (`1200000000`, `15.7`), and a missing value is an
 * empty field.
 *
 * @param list - Any array of articles: the shipped `articles` or your own.
 * @param options - `fields` to pick and order the columns, `bom`, `table`, and the `entities` registry of the entities table.
 * @returns The CSV text, ending with CRLF.
 * @throws {InvalidQueryError} When a field or table is unknown (with a suggestion), `fields` is given for another table than the articles, or an argument has the wrong type.
 * @throws {InvalidRecordError} When an article is malformed in a column it writes, or a list item holds a `;`.
 * @throws {UnknownEntityError} For the entities table, when an article refers to an entity id that the registry does not have.
 * @category Format
 * @example
 * ```ts
 * import { articles, toCsv } from 'ru-tj-news';
 *
 * const csv = toCsv(articles.slice(0, 2), { fields: ['id', 'publishedAt', 'topics'] });
 * csv.split('\r\n')[0];
 * // => 'id,publishedAt,topics'
 * csv.split('\r\n')[2];
 * // => '2022-06-29-rahmon-putin-discuss-cooperation,2022-06-29,diplomacy;summits;defence-cooperation;regional-security;border-security;education;culture;language;health-biosecurity'
 * toCsv(articles, { fields: ['enTitle'], bom: true }).startsWith('\uFEFFenTitle\r\n');
 * // => true
 * ```
 * @example
 * ```ts
 * import { articles, toCsv } from 'ru-tj-news';
 *
 * // A companion table: here the entities the first article refers to, one row each.
 * const rows = toCsv(articles.slice(0, 1), { table: 'entities' }).trimEnd().split('\r\n');
 * rows[0];
 * // => 'id,type,nameEn,nameAr,nameRu,description,wikidata,countryCode,lat,lon,geoSource'
 * rows.length - 1 === articles[0]!.entities.length + 1; // the entities it names, and the publisher its source chain names
 * // => true
 * ```
 */
export function toCsv(list: readonly Article[], options: ToCsvOptions = {}): string {
  assertList(list);
  assertOptions(options, ['fields', 'bom', 'table', 'entities'], 'the toCsv options');
  const table = parseExportTable(ownOption(options, 'table'));
  if (table !== 'articles' && options.fields !== undefined) {
    throw new InvalidQueryError(
      `Invalid fields for the ${table} table: fields picks the columns of the articles table; the companion tables write all their columns`,
      options.fields,
    );
  }
  const fields = parseFields(options.fields);
  if (options.bom !== undefined && typeof options.bom !== 'boolean') {
    throw new InvalidQueryError(`Expected bom to be true or false, got ${describeValue(options.bom)}`, options.bom);
  }
  const bom = options.bom === true ? '\uFEFF' : '';
  const registry = optionOr(options, 'entities', shippedEntities);
  assertList(registry, 'options.entities', 'entities');
  if (table !== 'articles') {
    return csvText(tableCells(table, list, registry, ownOption(options, 'entities') !== undefined), bom !== '');
  }
  const rows = [fields.join(',')];
  list.forEach((article, index) => {
    assertArticle(article, index);
    // Concatenated rather than joined: V8 keeps the row as a rope, so a long text is copied
    // once, into the final string, instead of once per row and again into the file.
    let row = '';
    for (let at = 0; at < fields.length; at += 1) {
      const field = fields[at] as ArticleField;
      row += (at === 0 ? '' : ',') + cell(readField(article, index, field), index, field);
    }
    rows.push(row);
  });
  return `${bom}${rows.join('\r\n')}\r\n`;
}
