/**
 * The forms a record's `publishedAt` and `modifiedAt` may take, and their
 * normalization to the one form the records keep: `YYYY-MM-DD` for a day,
 * `YYYY-MM-DDTHH:mm:ssZ` (UTC, whole seconds: a fraction is cut off, never
 * rounded up) for an instant.
 */
// One file per function: Node loads only this, not the 250 modules of date-fns's index.
import { parseISO } from 'date-fns/parseISO';

import { describeValue } from '../args/describeValue.js';

/**
 * A day, or an ISO 8601 date-time with minutes, optional seconds, an optional
 * fraction of a second, and a UTC offset (`Z`, `±HH:MM`, `±HHMM` or `±HH`).
 * The day is a day of the Gregorian calendar, leap years included (the pattern
 * of Zod's `z.iso.date()`). JSON Schema carries it as the `pattern` of the two fields.
 */
export const PUBLICATION_DATE_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?))?$/;

/** The forms accepted, as every refusal states them. */
const FORMS =
  "expected 'YYYY-MM-DD', or an ISO 8601 date-time with a UTC offset such as '2025-10-09T10:51:00Z' or '2025-10-09T13:51:00+03:00'";

// Read only to explain a refusal: a date-time without offset, and a day the calendar lacks.
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const NUMBERED_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T|$)/;
// The day of PUBLICATION_DATE_PATTERN alone.
const CALENDAR_DAY =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))/;

/** Why `value` does not match {@link PUBLICATION_DATE_PATTERN}, naming it and the forms accepted. */
export function publicationDateProblem(value: unknown): string {
  if (typeof value !== 'string') {
    return `Expected a date string, got ${describeValue(value)}: ${FORMS}`;
  }
  if (WITHOUT_OFFSET.test(value)) {
    return `The date-time ${describeValue(value)} has no UTC offset, so the instant it names would depend on the reader's time zone: ${FORMS}`;
  }
  if (NUMBERED_DAY.test(value) && !CALENDAR_DAY.test(value)) {
    return `The date ${describeValue(value)} names a day the calendar lacks: ${FORMS}`;
  }
  return `Invalid date ${describeValue(value)}: ${FORMS}`;
}

/** The two-digit, zero-padded form of 0 … 99. */
const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * `value`, which matches {@link PUBLICATION_DATE_PATTERN}, in the form the
 * records keep; or the reason it is refused: an instant whose UTC day falls
 * outside the years 0000–9999.
 */
export function normalizePublicationDate(value: string): { readonly value: string } | { readonly problem: string } {
  if (value.length === 10) {
    return { value };
  }
  // The pattern ends a date-time with an offset, so parseISO reads one instant, whatever the
  // machine's time zone. The offset is whole minutes, so the UTC second is the written one: the
  // fraction is cut off below (10:51:00.999 stays in 10:51:00).
  const instant = parseISO(value);
  const year = instant.getUTCFullYear();
  if (year < 0 || year > 9999) {
    return { problem: `The date-time ${describeValue(value)} falls outside the years 0000–9999 in UTC: ${FORMS}` };
  }
  return {
    value: `${String(year).padStart(4, '0')}-${pad(instant.getUTCMonth() + 1)}-${pad(instant.getUTCDate())}T${pad(instant.getUTCHours())}:${pad(instant.getUTCMinutes())}:${pad(instant.getUTCSeconds())}Z`,
  };
}
