import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readArabicDate, type Weekday } from '../src/index.js';
import { runs } from './support/propertyRuns.js';

// Month names as writers spell them, hamza and ta marbuta included, in both families.
const GREGORIAN: readonly (readonly string[])[] = [
  ['يناير'],
  ['فبراير'],
  ['مارس'],
  ['أبريل', 'إبريل', 'ابريل'],
  ['مايو'],
  ['يونيو', 'يونيه', 'يونية'],
  ['يوليو', 'يوليه', 'يولية'],
  ['أغسطس', 'اغسطس'],
  ['سبتمبر'],
  ['أكتوبر', 'اكتوبر'],
  ['نوفمبر'],
  ['ديسمبر'],
];
const SYRIAC: readonly (readonly string[])[] = [
  ['كانون الثاني', 'كانون ثاني'],
  ['شباط'],
  ['آذار'],
  ['نيسان'],
  ['أيار'],
  ['حزيران'],
  ['تموز'],
  ['آب'],
  ['أيلول'],
  ['تشرين الأول', 'تشرين أول'],
  ['تشرين الثاني', 'تشرين ثاني'],
  ['كانون الأول', 'كانون أول'],
];
const WEEKDAYS = ['الأحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const;
const WEEKDAY_NAMES: readonly Weekday[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0] as const; // Latin, Arabic-Indic, Persian

const writeDigits = (value: number, width: number, zero: number): string =>
  String(value)
    .padStart(width, '0')
    .replace(/\d/g, (digit) => String.fromCharCode(zero + Number(digit)));

// Words around a date that are not themselves dates.
const context = fc.array(
  fc.constantFrom('قال', 'الرئيس', 'في', 'دوشنبه', 'وزير', 'الخارجية', '،', '.', '(', ')', '-'),
  {
    maxLength: 6,
  },
);

/** A valid day from 1000 to 9999, as UTC year, month and day. */
const validDay = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => ({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    iso: date.toISOString().slice(0, 10),
  }));

const written = fc.record({
  date: validDay,
  zero: fc.constantFrom(...DIGIT_ZEROS),
  padDay: fc.boolean(),
  form: fc.constantFrom('gregorian', 'syriac', 'gregorian/syriac', 'syriac/gregorian', 'syriac (gregorian)'),
  spelling: fc.nat(),
  slashSpaces: fc.constantFrom('', ' '),
  era: fc.constantFrom('', 'ء', 'م'),
  weekday: fc.constantFrom('none', 'bare', 'يوم', 'يوم، الموافق'),
  before: context,
  after: context,
});

describe('readArabicDate on every month name and weekday', () => {
  // The reader's patterns are literals that list the names; this table holds them to the lists above.
  const months = [...GREGORIAN, ...SYRIAC].flatMap((names, index) =>
    names.map((name) => [name, (index % 12) + 1] as const),
  );

  it.each(months)('reads the month %s as %i', (name, month) => {
    const [reading] = readArabicDate(`في 3 ${name} 2024 قال`);
    expect(reading?.value).toBe(`2024-${String(month).padStart(2, '0')}-03`);
  });

  it.each(WEEKDAYS.map((name, index) => [name, WEEKDAY_NAMES[index]!] as const))(
    'reads the weekday %s as %s',
    (name, weekday) => {
      // 2024-03-03 is a Sunday.
      const day = 3 + WEEKDAY_NAMES.indexOf(weekday);
      const [reading] = readArabicDate(`يوم ${name} ${day} مارس 2024`);
      expect(reading?.weekday).toBe(weekday);
    },
  );
});

describe('readArabicDate (properties)', () => {
  it('reads back any valid date written in either month family, any digits, with or without its weekday', () => {
    fc.assert(
      fc.property(written, (input) => {
        const { date, zero } = input;
        const pick = (names: readonly string[]): string => names[input.spelling % names.length]!; // names is never empty
        const gregorian = pick(GREGORIAN[date.month - 1]!); // month is 1–12
        const syriac = pick(SYRIAC[date.month - 1]!);
        const month = {
          gregorian,
          syriac,
          'gregorian/syriac': `${gregorian}${input.slashSpaces}/${input.slashSpaces}${syriac}`,
          'syriac/gregorian': `${syriac}/${gregorian}`,
          'syriac (gregorian)': `${syriac} (${gregorian})`,
        }[input.form];
        const day = writeDigits(date.day, input.padDay ? 2 : 1, zero);
        const core = `${day} ${month} ${writeDigits(date.year, 4, zero)}${input.era}`;
        const weekday = WEEKDAYS[date.weekday]!; // getUTCDay() is 0–6
        const phrase = {
          none: core,
          bare: `${weekday} ${core}`,
          يوم: `يوم ${weekday} ${core}`,
          'يوم، الموافق': `يوم ${weekday}، الموافق ${core}`,
        }[input.weekday];
        const text = [...input.before, phrase, ...input.after].join(' ');
        const readings = readArabicDate(text);
        expect(readings.map((reading) => [reading.value, reading.evidence.text])).toEqual([[date.iso, phrase]]);
        expect(readings[0]?.weekday).toBe(input.weekday === 'none' ? undefined : WEEKDAY_NAMES[date.weekday]);
      }),
      runs('readArabicDate reads back any valid date in either month family and any digit set'),
    );
  });

  it('reads nothing from a date whose weekday contradicts it', () => {
    fc.assert(
      fc.property(validDay, fc.integer({ min: 1, max: 6 }), (date, shift) => {
        const wrong = WEEKDAYS[(date.weekday + shift) % 7]!; // an index 0–6
        const text = `${wrong} ${date.day} ${GREGORIAN[date.month - 1]![0]!} ${date.year}`;
        expect(readArabicDate(text)).toEqual([]);
      }),
      runs('readArabicDate reads nothing from a date whose weekday contradicts it'),
    );
  });

  // Pieces of date phrases, marks and any other units, in any order: the reader must never break its promises.
  const piece = fc.oneof(
    fc.constantFrom(
      ...['8', '٢٩', '2025', '۲۰۲۲', '10:51', 'GMT', '09.10.2025', ' ', '/', '،', '(', ')', ':', '.', '\n', 'ـ', 'َ'],
      ...['أكتوبر', 'تشرين', 'الأول', 'كانون', 'الثاني', 'آب', 'يوليو', 'فبراير', '31', '29', 'ء', 'م'],
      ...['أمس', 'اليوم', 'واليوم', 'يوم', 'مساء', 'صباح', 'الخميس', 'الجمعة', 'أول', 'الموافق', 'تم التحديث'],
    ),
    fc.string({ unit: 'binary', maxLength: 2 }),
  );
  const dateish = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

  it('gives evidence that is the text at its offsets, in order, and only real days, on any string', () => {
    fc.assert(
      fc.property(dateish, fc.option(validDay, { nil: undefined }), (text, writtenOn) => {
        const readings = readArabicDate(text, writtenOn === undefined ? {} : { writtenOn: writtenOn.iso });
        let reachedUpTo = 0;
        for (const { value, evidence, weekday, writtenOn: implied } of readings) {
          expect(evidence.start).toBeGreaterThanOrEqual(reachedUpTo);
          expect(evidence.end).toBeGreaterThan(evidence.start);
          expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
          reachedUpTo = evidence.end;
          const instant = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
          // A day that does not exist would roll over into another and read back differently.
          expect(value.length === 10 ? instant.toISOString().slice(0, 10) : instant.toISOString()).toBe(
            value.length === 10 ? value : value.replace('Z', '.000Z'),
          );
          if (weekday !== undefined) {
            expect(WEEKDAY_NAMES[instant.getUTCDay()]).toBe(weekday);
          }
          if (implied !== undefined) {
            expect(implied).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
        }
      }),
      runs('readArabicDate gives evidence that is the text at its offsets, in order, on any string'),
    );
  });
});
