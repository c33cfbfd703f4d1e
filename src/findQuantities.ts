import { InvalidQueryError } from './errors.js';
import { describeValue } from './internal/args/describeValue.js';
import { findAmounts } from './internal/quantities/amounts.js';
import type { Measure, Quantity } from './schema.js';

/**
 * An amount that {@link findQuantities} found: its span, its value in base
 * units, its unit, and what the words say of it. It has the fields of a
 * {@link Quantity} that the words alone give; a curated quantity adds the
 * `field`, the `measure` where the words leave it open, the `period` and the `subject`.
 *
 * @category Builder
 * @example
 * ```ts
 * import { findQuantities, type FoundQuantity } from 'ru-tj-news';
 *
 * const [trade]: readonly FoundQuantity[] = findQuantities('بلغت التجارة أكثر من 1.2 مليار دولار');
 * trade;
 * // => { start: 21, end: 36, value: 1200000000, unit: 'USD', comparator: 'more-than' }
 * ```
 */
export interface FoundQuantity {
  /** Offset of the amount's first UTF-16 unit: its number, after any clitic (`و`, `ب`) on it. */
  readonly start: number;
  /** Offset just past its last UTF-16 unit (the unit word or counted noun, and the diacritics on it), as `String.prototype.slice` takes it. */
  readonly end: number;
  /** The amount in base units: `1.2 مليار دولار` is `1200000000`, `44.7 بالمائة` is `44.7`, `35 ألف طالب` is `35000`. */
  readonly value: number;
  /** An ISO 4217 code for money (`USD`, `RUB`), `percent`, or `count`. */
  readonly unit: Quantity['unit'];
  /** How the words before the amount bound it (`حوالي` about, `أكثر من` more than, `أقل من` less than, `يصل إلى` up to); absent where they do not. */
  readonly comparator?: NonNullable<Quantity['comparator']>;
  /** What a count measures, where its noun makes it clear (`16 اتفاقية`: `agreements`); absent for money, percentages and other nouns. */
  readonly measure?: Measure;
}

/**
 * Finds every amount an Arabic text states: money, percentages and counts, in base units.
 *
 * The rules are the data model's ("Quantities"); the shipped `quantities` were
 * derived with this function and then reviewed by hand. The text is read after the
 * normalization every helper shares, so Arabic-Indic and Latin digits, and every
 * hamza and ta marbuta spelling (`مائة`, `مئة`), are alike. An amount is:
 * - a **number**: digits, with `.` or `٫` as the decimal point and `٬` between
 *   thousands; a `,` separates thousands where every group after the first (of one
 *   to three digits, not led by 0) has three digits (`1,200`, `1,234.5`), and is a
 *   decimal comma otherwise (`1,5`); a run with separators that read as no number
 *   (`1.2.3`, `09.10.2025`) is none. Or words, one to nine hundred and ninety-nine in
 *   both genders (`خمس عشرة`, `مائة وخمسون`), with thousands and millions joined by و
 *   (`ثلاثة آلاف وخمسمائة`); `نصف` and `ربع` before a scale word;
 * - with the **scale words** after it, `ألف`, `مليون`, `مليار` (or `بليون`), `تريليون`
 *   (`1.2 مليار` is 1,200,000,000; `مليون` alone is one million, its dual two);
 * - and its **unit**: `%`, `٪`, `بالمائة`, `في المائة` (unit `percent`); a currency word,
 *   `دولار` (with `أمريكي` or nothing: `USD`; `كندي`: `CAD`), `روبل` (`RUB`), `يورو`,
 *   `سوموني`, `يوان`, `تنغي`; or the noun it counts (unit `count`, and a `measure`
 *   where the keyword table knows the noun: `اتفاقية` agreements, `طالب` students).
 *   `نصف` or `ربع` before a definite noun (`نصف الحكومة`) is a share of it: 50 or 25 percent.
 *
 * The span runs from the number to the unit word or noun. The words right before it
 * give the `comparator`: `حوالي`, `نحو`, `قرابة`, `تقارب`, `ما يقرب من` (about),
 * `أكثر من`, `تزيد عن`, `متجاوزة` (more than), `أقل من` (less than), `يصل إلى`,
 * `لا يتجاوز` (up to). `ليصل إلى` / `لتصل إلى` ("so as to reach") state the value
 * reached, and give none.
 *
 * Not amounts, and not returned: ordinals (`القمة الثانية`, `الـ 30`), identifiers
 * (`رقم 201`, a number with no unit or noun after it, such as `القاعدة العسكرية 201 في`),
 * years and dates (`عام 2024`, `8 أكتوبر`, `نيسان 1992`, a four-digit number from 1800
 * to 2199 before anything but a percent sign, a currency or a noun of the keyword
 * table), times (`10:51`), durations (`خمس سنوات`, `30 عاماً`: they are time
 * expressions), the end of a range (`2025 - 2026`), physical measures (`كيلومتر`, `طن`),
 * multiples (`ثلاث مرات`), vague plurals (`آلاف الطلاب`), and one and two written as
 * words alone (`واحد` is an adjective, two a dual noun). Money and percentages get no
 * `measure`: the words of the amount do not say what it measures.
 *
 * It reads each number with a bounded look at the words around it, so it runs in
 * time linear in the text.
 *
 * @param text - The text to read, such as an article's title or body.
 * @returns The amounts, in text order, each frozen, in a frozen array. Offsets are UTF-16 offsets into `text`.
 * @throws {InvalidQueryError} When `text` is not a string.
 * @category Builder
 * @example
 * ```ts
 * import { findQuantities } from 'ru-tj-news';
 *
 * const text = 'زادت التجارة بنسبة 44.7 بالمائة لتصل إلى 408.8 مليون دولاراً أمريكيا، ووقّع الجانبان حوالي خمس عشرة وثيقة.';
 * findQuantities(text).map(({ start, end, ...amount }) => [text.slice(start, end), amount]);
 * // => [['44.7 بالمائة', { value: 44.7, unit: 'percent' }], ['408.8 مليون دولاراً أمريكيا', { value: 408800000, unit: 'USD' }], ['خمس عشرة وثيقة', { value: 15, unit: 'count', comparator: 'about', measure: 'documents' }]]
 * ```
 * @example
 * ```ts
 * import { findQuantities } from 'ru-tj-news';
 *
 * // Arabic-Indic digits and the Arabic decimal separator; a scale word with a count.
 * findQuantities('يدرس أكثر من ٣٥ ألف طالب، و٢٢٫٦٪ من التجارة').map(({ value, unit }) => [value, unit]);
 * // => [[35000, 'count'], [22.6, 'percent']]
 * ```
 * @example
 * ```ts
 * import { findQuantities } from 'ru-tj-news';
 *
 * // Ordinals, identifiers, dates, years and durations are not amounts.
 * findQuantities('القمة الثانية في القاعدة العسكرية رقم 201 يوم 8 أكتوبر 2025، بعد عام 2024 ولمدة خمس سنوات');
 * // => []
 * ```
 */
export function findQuantities(text: string): readonly FoundQuantity[] {
  if (typeof text !== 'string') {
    throw new InvalidQueryError(`Expected text to be a string, got ${describeValue(text)}`, text);
  }
  return Object.freeze(findAmounts(text) as FoundQuantity[]);
}
