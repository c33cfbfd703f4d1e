/**
 * The patterns and closed lists of the record schemas (schema.ts), here so that the hand-written
 * fast path of the article schema (corpus/canonicalArticle.ts) checks the very
 * same ones.
 */

/** A lower-case kebab-case id, such as `emomali-rahmon`. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An IPTC media topic code, such as `medtop:20000639`. */
export const IPTC_CODE = /^medtop:\d{8}$/;
/** A calendar date as a TIMEX3 value: a year, a month or a day (`1992`, `1992-05`, `1992-05-15`). */
export const CALENDAR_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A Wikidata item id, such as `Q57366`. */
export const WIKIDATA_ID = /^Q[1-9]\d*$/;
/** An ISO 3166-1 alpha-2 country code, such as `TJ`. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
/** A lower-case hex SHA-256. */
export const SHA256 = /^[0-9a-f]{64}$/;
/** A relative POSIX path: segments of anything but `/`, `\` and NUL, none of them `..`, and no drive letter. */
export const RELATIVE_PATH = /^(?![A-Za-z]:)(?!\.\.(?:\/|$))[^/\\\0]+(?:\/(?!\.\.(?:\/|$))[^/\\\0]+)*$/;
/** An absolute http(s) URL without whitespace; the URL parser checks the rest. */
export const HTTP_URL = /^https?:\/\/\S+$/;

/** The kinds of site furniture a record moves out of its text, in the schema's order. */
export const FURNITURE_KINDS = [
  'language-switcher',
  'header',
  'timestamp',
  'dateline',
  'signature',
  'photo-credit',
  'source-credit',
] as const;

/** An ISO 4217 currency code, such as `USD`: three upper-case Latin letters. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;
