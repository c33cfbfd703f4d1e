/**
 * The flat columns an article is exported as: to CSV, to Parquet, and in the
 * Table Schema of data/datapackage.json. One catalogue, so the three agree.
 */
import type { Article, SourceParty } from '../../schema.js';
import type { ArticleField } from '../../types.js';
import { describeValue } from '../args/describeValue.js';
import { recordIssue } from '../args/recordIssue.js';

/** A column's value: text, a whole number, a list of ids or names, or nothing. */
export type FieldValue = string | number | readonly string[] | undefined;

/** One column: its Table Schema type, what it holds, where it comes from, and how to read it. */
export interface FieldSpec {
  readonly type: 'string' | 'integer' | 'list';
  readonly description: string;
  /** The article field it is read from, reported when that field is malformed. */
  readonly path: readonly string[];
  /** Whether an article may lack it. */
  readonly optional?: true;
  readonly read: (article: Article) => FieldValue;
}

/** The last party of an article's source chain: the outlet that published it. */
export const publisher = (article: Article): SourceParty | undefined => article.source.chain.at(-1);

/** Every column, in export order. */
export const ARTICLE_FIELDS = {
  id: {
    type: 'string',
    description: 'Stable kebab-case id, starting with the publication day.',
    path: ['id'],
    read: (a) => a.id,
  },
  publishedAt: {
    type: 'string',
    description: 'Publication date, YYYY-MM-DD, or YYYY-MM-DDTHH:mm:ssZ where the text states a time (UTC).',
    path: ['publishedAt'],
    read: (a) => a.publishedAt,
  },
  modifiedAt: {
    type: 'string',
    description: 'Last update, in the same form, where the text states one.',
    path: ['modifiedAt'],
    optional: true,
    read: (a) => a.modifiedAt,
  },
  dateBasis: {
    type: 'string',
    description: '"stated" where the text gives the date; "inferred" where it was worked out.',
    path: ['date', 'basis'],
    read: (a) => a.date.basis,
  },
  datePrecision: {
    type: 'string',
    description: '"minute" where the text states a time, else "day".',
    path: ['date', 'precision'],
    read: (a) => a.date.precision,
  },
  title: {
    type: 'string',
    description: 'The Arabic headline, verbatim, or an editorial one (see titleBasis).',
    path: ['title'],
    read: (a) => a.title,
  },
  titleBasis: {
    type: 'string',
    description: '"source" for a printed headline; "editorial" where the project wrote it.',
    path: ['titleBasis'],
    read: (a) => a.titleBasis,
  },
  enTitle: {
    type: 'string',
    description: 'Editorial English headline.',
    path: ['en', 'title'],
    read: (a) => a.en.title,
  },
  enSummary: {
    type: 'string',
    description: 'Editorial English summary.',
    path: ['en', 'summary'],
    read: (a) => a.en.summary,
  },
  publisher: {
    type: 'string',
    description: 'The outlet that published the text, in English.',
    path: ['source', 'chain'],
    read: (a) => publisher(a)?.en,
  },
  publisherBasis: {
    type: 'string',
    description: '"stated" or "inferred": how the publisher is known.',
    path: ['source', 'chain'],
    read: (a) => publisher(a)?.basis,
  },
  agencies: {
    type: 'list',
    description: 'The agencies the text came from, in English, origin first.',
    path: ['source', 'chain'],
    read: (a) => a.source.chain.slice(0, -1).map((party) => party.en),
  },
  topics: { type: 'list', description: 'Topic ids (see topics.json).', path: ['topics'], read: (a) => a.topics },
  entities: {
    type: 'list',
    description: 'Ids of the entities named, in order of first mention (see entities.json).',
    path: ['entities'],
    read: (a) => a.entities.map((entity) => entity.id),
  },
  mentionCount: {
    type: 'integer',
    description: 'How many entity mentions the article has.',
    path: ['entities'],
    read: (a) => a.entities.reduce((sum, entity) => sum + entity.mentions.length, 0),
  },
  lang: { type: 'string', description: 'Language of title and body: "ar".', path: ['lang'], read: (a) => a.lang },
  body: {
    type: 'string',
    description: 'The article text, verbatim; paragraphs separated by a blank line.',
    path: ['body'],
    read: (a) => a.body,
  },
  rawFile: {
    type: 'string',
    description: 'Path of the verbatim source file (inside the package, for the shipped articles), where there is one.',
    path: ['raw', 'file'],
    optional: true,
    read: (a) => a.raw?.file,
  },
  rawSha256: {
    type: 'string',
    description: 'SHA-256 of the source file, lower-case hex, where there is one.',
    path: ['raw', 'sha256'],
    optional: true,
    read: (a) => a.raw?.sha256,
  },
  url: {
    type: 'string',
    description: 'The address of the article on the web, an absolute http or https URL, where the record has one.',
    path: ['url'],
    optional: true,
    read: (a) => a.url,
  },
  authors: {
    type: 'list',
    description: 'The authors, as the text names them; empty where the record names none.',
    path: ['authors'],
    read: (a) => a.authors ?? [],
  },
} as const satisfies Readonly<Record<string, FieldSpec>>;

/** The column names, in export order. */
export const ARTICLE_FIELD_NAMES = /* @__PURE__ */ Object.keys(ARTICLE_FIELDS) as ArticleField[];

/**
 * How a list is written in one CSV cell: its items joined by a semicolon. Ids never
 * contain one; a name that does (an agency or an author) cannot be told apart in the
 * cell, so `toCsv` refuses it rather than split it.
 */
export const LIST_SEPARATOR = ';';

const fits = {
  string: (value: unknown) => typeof value === 'string',
  // A function, not Number.isInteger itself: bundlers keep an object that reads a property, in case of a getter.
  integer: (value: unknown) => Number.isInteger(value),
  list: (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string'),
} as const;

/**
 * Reads one column of the article at `index` of a list, checking what it reads: a
 * malformed record throws {@link InvalidRecordError} with the field's path rather
 * than leave a blank or `NaN` cell. The caller has checked that the item is an object.
 */
export function readField(article: object, index: number, name: ArticleField): FieldValue {
  const spec: FieldSpec = ARTICLE_FIELDS[name];
  let value: unknown;
  try {
    value = spec.read(article as Article);
  } catch {
    // A missing parent object, such as `date` or `source`.
    value = Number.NaN;
  }
  if ((value === undefined && spec.optional) || fits[spec.type](value)) {
    return value as FieldValue;
  }
  throw recordIssue(
    index,
    spec.path,
    `Cannot read column ${name}: expected ${spec.type === 'list' ? 'a list of strings' : `a ${spec.type}`} from ${spec.path.join('.')}, got ${describeValue(value)}`,
  );
}
