/**
 * Writes the JSON Schema files schema/article.json, schema/entity.json and
 * schema/topic.json from the Zod schemas in src/schema.ts, with
 * `z.toJSONSchema` (draft 2020-12). They ship in the package as
 * `ru-tj-news/schema/*.json`, for users who validate without TypeScript.
 *
 * They describe what a record file may contain: the schemas' input side, so a
 * `publishedAt` with an offset such as `+03:00` is valid (parsing then normalizes it to UTC).
 *
 * Run with `npm run data:schemas`; with `--check`, exits 1 instead of writing
 * when a file is out of date (test/generated.test.ts runs that).
 */
import { z } from 'zod';

import { ArticleSchema, EntitySchema, TopicSchema } from '../src/schema.ts';
import { writeOrCheck } from './lib/generated.ts';
import { formatJson } from './lib/json.ts';

/** What JSON Schema cannot say, and so each file states in `$comment`. */
const NOT_EXPRESSIBLE =
  'Generated from the Zod schemas of ru-tj-news by scripts/build-schemas.ts; do not edit. ' +
  'These rules of the data span fields or records, so JSON Schema cannot express them and this file does not check them';

const SCHEMAS = [
  {
    name: 'article',
    schema: ArticleSchema,
    title: 'Article',
    description: 'A news article of ru-tj-news: the verbatim Arabic text, its provenance and its curated annotations.',
    crossChecks:
      'text fields are not whitespace alone; a publishedAt or modifiedAt date-time names an instant of the years 0000–9999 in UTC; publishedAt has a time exactly when date.precision is minute; modifiedAt and date.modifiedEvidence go together; ' +
      "date.inference, and each source party's inference, is given exactly when its basis is inferred; topics are unique and topicEvidence has one entry per topic; " +
      'body paragraphs are not empty and carry no surrounding whitespace; a mention ends after it starts, inside its field, and spells a name or alias of its entity; ' +
      'a mention neither starts nor ends inside a word (clitic prefixes aside) and carries no tanween; ' +
      "date.evidence, each date.corroboration, date.modifiedEvidence and each source party's evidence occur verbatim in the printed title, the body or a furniture text, and each topicEvidence quote in the printed title or the body; " +
      'every entity and topic id exists in entity.json and topic.json records',
  },
  {
    name: 'entity',
    schema: EntitySchema,
    title: 'Entity',
    description: 'A person, organization, place, facility, event or document named in the articles of ru-tj-news.',
    crossChecks:
      'text fields are not whitespace alone; ids are unique across the registry; a date value names a day the calendar has; ' +
      'an inference is given exactly when its basis is inferred; ' +
      'parties list each id once, never the document itself, and every id exists in the registry; ' +
      "each evidence article exists in article.json records, and its quote occurs verbatim in that article's printed title or body",
  },
  {
    name: 'topic',
    schema: TopicSchema,
    title: 'Topic',
    description: 'A topic of ru-tj-news, mapped to an IPTC Media Topic code where one fits.',
    crossChecks:
      'text fields are not whitespace alone; ids are unique across the vocabulary; iptc, iptcLabel and iptcMatch are given together or not at all',
  },
] as const;

/**
 * Rules of a schema's refinements that JSON Schema can say, written out here
 * because `z.toJSONSchema` drops refinements: an entity carries `countryCode`
 * and `geo` only when its type is `location`, and `date` and `parties` only
 * when it is `document`.
 */
const WRITTEN_OUT: Partial<Record<(typeof SCHEMAS)[number]['name'], object>> = {
  entity: {
    allOf: [
      {
        if: { properties: { type: { not: { const: 'location' } } } },
        then: { properties: { countryCode: false, geo: false } },
      },
      {
        if: { properties: { type: { not: { const: 'document' } } } },
        then: { properties: { date: false, parties: false } },
      },
    ],
  },
};

writeOrCheck(
  SCHEMAS.map(({ name, schema, title, description, crossChecks }) => {
    const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input' });
    return [
      `schema/${name}.json`,
      formatJson({
        $schema,
        title,
        description,
        $comment: `${NOT_EXPRESSIBLE}: ${crossChecks}.`,
        ...rest,
        ...WRITTEN_OUT[name],
      }),
    ] as const;
  }),
  'npm run data:schemas',
);
