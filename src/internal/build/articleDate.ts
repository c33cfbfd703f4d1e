/**
 * Fixes an article's publication date from what its text says, the way the
 * shipped records were curated (docs/data-model.md, "Dates"):
 * - a date or time stamp in the page's dateline or timestamp furniture is the
 *   stated publication date; an update stamp there gives `modifiedAt`;
 * - failing that, "yesterday, <date>" or "today, <date>" in the text fixes the
 *   day of writing, which is taken as the publication day (an inferred date);
 * - every أمس / اليوم phrase that agrees with the day is kept as corroboration.
 * A date in the body alone ("the treaty of 15 May 1992") never says when the
 * text was published, so it is not used.
 */
import { type DateInfo, type Furniture, PublicationDateSchema } from '../../schema.js';
import { describeValue } from '../args/describeValue.js';
import { type ArabicDate, parseDay, readArabicDates, weekdayOf } from '../dates/arabicDates.js';
import type { Problem } from './issues.js';

/** What the text says about its own dates. */
export interface ReadPublication {
  /** `publishedAt` and its `date`, where the text fixes one. */
  readonly published?: { readonly publishedAt: string; readonly date: DateInfo };
  /** `modifiedAt`, where an update stamp states one; its evidence is in `published.date`. */
  readonly modifiedAt?: string;
  readonly problems: readonly Problem[];
}

/** A piece of text an article is read from: a furniture piece, the title or the body. */
export interface DateSource {
  readonly text: string;
  /** The furniture kind, for furniture. */
  readonly kind?: Furniture['kind'];
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

// Furniture kinds that carry the page's own date.
const DATED_FURNITURE: readonly string[] = ['dateline', 'timestamp'];

const capitalize = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/** `Thursday 9 October 2025` for `2025-10-09`. */
export function describeDay(day: string): string {
  const ms = parseDay(day);
  const month = MONTH_NAMES[Number(day.slice(5, 7)) - 1]!; // a valid day has a month 1–12
  return `${capitalize(weekdayOf(ms))} ${Number(day.slice(8, 10))} ${month} ${day.slice(0, 4)}`;
}

/** What a relative phrase says, in English: `yesterday, Wednesday 8 October 2025`, `today, Thursday`. */
function gloss(date: ArabicDate): string {
  const parts: string[] = [date.relative ?? ''];
  if (date.basis === 'stated') {
    parts.push(date.weekday === undefined ? describeDay(date.value).replace(/^\w+ /, '') : describeDay(date.value));
  } else if (date.weekday !== undefined) {
    parts.push(capitalize(date.weekday));
  }
  return parts.filter((part) => part !== '').join(', ');
}

const quote = (date: ArabicDate): string => `"${date.evidence.text}" (${gloss(date)})`;

/** The distinct values of `dates`, as a list for a message: `"A" (v1) and "B" (v2)`. */
function listOf(dates: readonly ArabicDate[], value: (date: ArabicDate) => string): string {
  return dates.map((date) => `"${date.evidence.text}" (${value(date)})`).join(' and ');
}

/** Each distinct value once, with the first reading that has it. */
function distinct(dates: readonly ArabicDate[], value: (date: ArabicDate) => string): ArabicDate[] {
  const seen = new Map<string, ArabicDate>();
  for (const date of dates) {
    if (!seen.has(value(date))) {
      seen.set(value(date), date);
    }
  }
  return [...seen.values()];
}

const SUPPLY = 'supply publishedAt and date ({ precision, basis, evidence }) yourself';

/**
 * Reads the publication date of an article from its sources: furniture pieces
 * (only datelines and timestamps are read), then the title and body (pass the
 * title only where it is the source's own).
 */
export function readPublication(sources: readonly DateSource[]): ReadPublication {
  const readable = sources.filter((source) => source.kind === undefined || DATED_FURNITURE.includes(source.kind));
  const furniture = readable
    .filter((source) => source.kind !== undefined)
    .flatMap((source) => readArabicDates(source.text, NaN));
  const stated = furniture.filter((date) => date.label === undefined && date.relative === undefined);
  const updates = distinct(
    furniture.filter((date) => date.label === 'updated'),
    (date) => date.value,
  );

  let evidence: ArabicDate;
  let day: string;
  if (stated.length > 0) {
    const days = distinct(stated, (date) => date.value.slice(0, 10));
    const minutes = distinct(
      stated.filter((date) => date.precision === 'minute'),
      (date) => date.value,
    );
    if (days.length > 1 || minutes.length > 1) {
      const listed = listOf(days.length > 1 ? days : minutes, (date) => date.value);
      return {
        problems: [
          {
            path: ['publishedAt'],
            message: `The furniture states more than one publication date, ${listed}; ${SUPPLY}`,
          },
        ],
      };
    }
    // The most precise reading is the evidence: a time stamp over a day.
    evidence = minutes[0] ?? stated[0]!; // stated is not empty
    day = evidence.value.slice(0, 10);
  } else {
    const anchored = readable
      .flatMap((source) => readArabicDates(source.text, NaN))
      .filter((date) => date.basis === 'stated' && date.writtenOn !== undefined);
    const written = distinct(anchored, (date) => date.writtenOn!); // anchored readings all have a writtenOn
    if (written.length > 1) {
      const listed = listOf(written, (date) => `written on ${date.writtenOn!}`);
      return {
        problems: [
          { path: ['publishedAt'], message: `The text implies more than one day of writing, ${listed}; ${SUPPLY}` },
        ],
      };
    }
    // A dateline or timestamp that holds a number but no date this reader can read (another calendar, an
    // ambiguous 09/10/2025, a range, a weekday that contradicts the day) may state another date than the
    // text implies: rather than guess past it, ask for the date.
    const unread = readable.find((source) => source.kind !== undefined && /[\p{Nd}]/u.test(source.text));
    if (unread !== undefined) {
      return {
        problems: [
          {
            path: ['publishedAt'],
            message: `No date could be read from the ${unread.kind!} ${describeValue(unread.text)}, though it holds a number (a date in another calendar, an ambiguous numeric date, a range, or a weekday that contradicts the day is not read); ${SUPPLY}`,
          },
        ],
      };
    }
    const [first] = written;
    if (first === undefined) {
      return { problems: [] };
    }
    evidence = first;
    day = first.writtenOn!;
  }

  // Other furniture dates of the same day, and every أمس / اليوم that implies this day of writing.
  const writtenOn = parseDay(day);
  const agreeing = distinct(
    [
      ...stated,
      ...readable
        .flatMap((source) => readArabicDates(source.text, writtenOn))
        .filter((date) => date.relative !== undefined && date.writtenOn === day),
    ].filter((date) => date.evidence.text !== evidence.evidence.text),
    (date) => date.evidence.text,
  );
  const corroboration = agreeing.map((date) => date.evidence.text);
  const inference =
    stated.length > 0
      ? undefined
      : `No dateline or time stamp states a publication date. It says ${quote(evidence)}, so it was written on ${describeDay(day)}, ` +
        `the day taken as its publication date.` +
        (agreeing.length === 0
          ? ''
          : ` ${agreeing.map(quote).join(' and ')} ${agreeing.length === 1 ? 'agrees' : 'agree'}.`);

  const problems: Problem[] = [];
  if (updates.length > 1) {
    problems.push({
      path: ['modifiedAt'],
      message: `The furniture states more than one update, ${listOf(updates, (date) => date.value)}; supply modifiedAt and date.modifiedEvidence yourself`,
    });
  }
  const [update] = updates.length === 1 ? updates : [];
  const date: DateInfo = {
    precision: evidence.precision,
    basis: inference === undefined ? 'stated' : 'inferred',
    evidence: evidence.evidence.text,
    ...(corroboration.length === 0 ? {} : { corroboration }),
    ...(inference === undefined ? {} : { inference }),
    ...(update === undefined ? {} : { modifiedEvidence: update.evidence.text }),
  };
  return {
    // An inferred date is the day of writing, not the day its evidence names.
    published: { publishedAt: inference === undefined ? evidence.value : day, date },
    ...(update === undefined ? {} : { modifiedAt: update.value }),
    problems,
  };
}

/** Whether two publication dates name the same time: equal, or the same UTC day where either is a day. */
function agrees(given: string, read: string): boolean {
  return given.length > 10 && read.length > 10 ? given === read : given.slice(0, 10) === read.slice(0, 10);
}

/** `value` through `PublicationDateSchema`, or undefined where the schema refuses it (the schema's issue then says why). */
function publicationDate(value: unknown): string | undefined {
  const parsed = PublicationDateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The record's `publishedAt`, `modifiedAt` and `date`: as read from `sources`,
 * unless `given.date` is given or nothing is read, when they are `given`'s. A
 * given `publishedAt` or `modifiedAt` must agree with what is read. `covered`
 * names the fields whose absence a problem here already explains.
 */
export function dateFields(
  sources: readonly DateSource[],
  given: Readonly<Record<string, unknown>>,
): {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly problems: readonly Problem[];
  readonly covered: readonly string[];
} {
  const read = readPublication(sources);
  // Where the text's dates cannot be read, the remedy is to supply date: once it is, it is used as it is.
  const readProblems = given['date'] === undefined ? read.problems : [];
  const problems: Problem[] = [...readProblems];
  const givenPublished = publicationDate(given['publishedAt']);
  const givenModified = publicationDate(given['modifiedAt']);
  const useGiven = given['date'] !== undefined || read.published === undefined;
  if (!useGiven) {
    // The record keeps the date read, so the schema never sees a given one: a bad one is refused here.
    for (const field of ['publishedAt', 'modifiedAt'] as const) {
      const parsed = PublicationDateSchema.safeParse(given[field]);
      if (given[field] !== undefined && !parsed.success) {
        problems.push({ path: [field], message: parsed.error.issues[0]!.message }); // a failed parse has an issue
      }
    }
  }
  if (
    read.published !== undefined &&
    givenPublished !== undefined &&
    !agrees(givenPublished, read.published.publishedAt)
  ) {
    problems.push({
      path: ['publishedAt'],
      message: `publishedAt ${describeValue(given['publishedAt'])} disagrees with the date the text states, ${read.published.publishedAt} ("${read.published.date.evidence}")`,
    });
  }
  if (read.modifiedAt !== undefined && givenModified !== undefined && !agrees(givenModified, read.modifiedAt)) {
    problems.push({
      path: ['modifiedAt'],
      message: `modifiedAt ${describeValue(given['modifiedAt'])} disagrees with the update the furniture states, ${read.modifiedAt} ("${read.published?.date.modifiedEvidence ?? ''}")`,
    });
  }
  if (!useGiven && read.modifiedAt === undefined && givenModified !== undefined) {
    problems.push({
      path: ['modifiedAt'],
      message: `modifiedAt ${describeValue(given['modifiedAt'])} has no evidence in the furniture: supply date, with modifiedEvidence, or leave modifiedAt out`,
    });
  }
  const fields: Record<string, unknown> = useGiven
    ? {
        ...(given['publishedAt'] === undefined ? {} : { publishedAt: given['publishedAt'] }),
        ...(given['modifiedAt'] === undefined ? {} : { modifiedAt: given['modifiedAt'] }),
        ...(given['date'] === undefined ? {} : { date: given['date'] }),
      }
    : {
        publishedAt: read.published.publishedAt, // useGiven is false only when a date was read
        ...(read.modifiedAt === undefined ? {} : { modifiedAt: read.modifiedAt }),
        date: read.published.date,
      };
  const publishedAt = publicationDate(fields['publishedAt']);
  const modifiedAt = publicationDate(fields['modifiedAt']);
  if (publishedAt !== undefined && modifiedAt !== undefined && modifiedAt < publishedAt) {
    problems.push({
      path: ['modifiedAt'],
      message: `modifiedAt ${modifiedAt} is earlier than publishedAt ${publishedAt}`,
    });
  }
  // A date the text states twice over is explained by its own problem, not by "supply publishedAt".
  return { fields, problems, covered: readProblems.length > 0 ? ['publishedAt', 'date'] : [] };
}
