/**
 * The flat columns an article is exported as: to CSV, to Parquet, and in the
 * Table Schema of data/datapackage.json. One catalogue, so the three agree.
 */
import type { Article } from '../schema.js';
import type { ArticleField } from '../toCsv.js';

/** A column's value: text, a whole number, a list of ids, or nothing. */
export type FieldValue = string | number | readonly string[] | undefined;

/** One column: its Table Schema type, what it holds, and how to read it. */
export interface FieldSpec {
  readonly type: 'string' | 'integer' | 'list';
  readonly description: string;
  readonly read: (article: Article) => FieldValue;
}

const publisher = (article: Article) => article.source.chain.at(-1);

/** Every column, in export order. */
export const ARTICLE_FIELDS = {
  id: { type: 'string', description: 'Stable kebab-case id, starting with the publication day.', read: (a) => a.id },
  publishedAt: { type: 'string', description: 'Publication date, YYYY-MM-DD, or YYYY-MM-DDTHH:mm:ssZ where the text states a time (UTC).', read: (a) => a.publishedAt },
  modifiedAt: { type: 'string', description: 'Last update, in the same form, where the text states one.', read: (a) => a.modifiedAt },
  dateBasis: { type: 'string', description: '"stated" where the text gives the date; "inferred" where it was worked out.', read: (a) => a.date.basis },
  datePrecision: { type: 'string', description: '"minute" where the text states a time, else "day".', read: (a) => a.date.precision },
  title: { type: 'string', description: 'The Arabic headline, verbatim, or an editorial one (see titleBasis).', read: (a) => a.title },
  titleBasis: { type: 'string', description: '"source" for a printed headline; "editorial" where the project wrote it.', read: (a) => a.titleBasis },
  enTitle: { type: 'string', description: 'Editorial English headline.', read: (a) => a.en.title },
  enSummary: { type: 'string', description: 'Editorial English summary.', read: (a) => a.en.summary },
  publisher: { type: 'string', description: 'The outlet that published the text, in English.', read: (a) => publisher(a)?.en },
  publisherBasis: { type: 'string', description: '"stated" or "inferred": how the publisher is known.', read: (a) => publisher(a)?.basis },
  agencies: { type: 'list', description: 'The agencies the text came from, in English, origin first.', read: (a) => a.source.chain.slice(0, -1).map((party) => party.en) },
  topics: { type: 'list', description: 'Topic ids (see topics.json).', read: (a) => a.topics },
  entities: { type: 'list', description: 'Ids of the entities named, in order of first mention (see entities.json).', read: (a) => a.entities.map((entity) => entity.id) },
  mentionCount: { type: 'integer', description: 'How many entity mentions the article has.', read: (a) => a.entities.reduce((sum, entity) => sum + entity.mentions.length, 0) },
  lang: { type: 'string', description: 'Language of title and body: "ar".', read: (a) => a.lang },
  body: { type: 'string', description: 'The article text, verbatim; paragraphs separated by a blank line.', read: (a) => a.body },
  rawFile: { type: 'string', description: 'Path of the verbatim source file inside the package.', read: (a) => a.raw.file },
  rawSha256: { type: 'string', description: 'SHA-256 of the source file, lower-case hex.', read: (a) => a.raw.sha256 },
} as const satisfies Readonly<Record<ArticleField, FieldSpec>>;

/** The column names, in export order. */
export const ARTICLE_FIELD_NAMES = /* @__PURE__ */ Object.keys(ARTICLE_FIELDS) as ArticleField[];

/** How a list is written in one CSV cell: the ids joined by a semicolon. Ids never contain one. */
export const LIST_SEPARATOR = ';';
