import { describe, expect, it } from 'vitest';

import { type ArabicDate, InvalidDateError, InvalidQueryError, readArabicDate } from '../src/index.js';
import { catchError } from './support/catchError.js';

/** A reading as the tables write it: the value, the words, and the optional fields that are present. */
const summary = (reading: ArabicDate): readonly unknown[] => {
  const { value, evidence, precision, basis, ...rest } = reading;
  return [value, evidence.text, { precision, basis, ...rest }];
};
const day = { precision: 'day', basis: 'stated' } as const;

describe('readArabicDate', () => {
  const reads = [
    [
      'a day, month and year in Latin digits',
      'وقع الاتفاق في 8 أكتوبر 2025 في دوشنبه',
      [['2025-10-08', '8 أكتوبر 2025', day]],
    ],
    ['Arabic-Indic digits', '٢٩ يونيو ٢٠٢٢', [['2022-06-29', '٢٩ يونيو ٢٠٢٢', day]]],
    ['Persian digits', '۱۴ سبتمبر ۲۰۲۲', [['2022-09-14', '۱۴ سبتمبر ۲۰۲۲', day]]],
    ['a Levantine month of two words', 'في 8 تشرين الأول 2025', [['2025-10-08', '8 تشرين الأول 2025', day]]],
    ['كانون الثاني as January', '3 كانون الثاني 2024', [['2024-01-03', '3 كانون الثاني 2024', day]]],
    ['كانون الأول as December', '31 كانون الأول 1999', [['1999-12-31', '31 كانون الأول 1999', day]]],
    ['a slash pair that agrees', 'مساء 8 أكتوبر/تشرين الأول 2025', [['2025-10-08', '8 أكتوبر/تشرين الأول 2025', day]]],
    ['a date after a name and a dash', 'سبوتنيك - 22 يوليو 2021', [['2021-07-22', '22 يوليو 2021', day]]],
    ['a date before a dash and a time', 'موسكو، 9 أكتوبر 2025 - 10:51', [['2025-10-09', '9 أكتوبر 2025', day]]],
    ['a date after a time and a dash', 'الساعة 10:30 - 9 أكتوبر 2025', [['2025-10-09', '9 أكتوبر 2025', day]]],
    [
      'a pair the other way round, with spaces and a digit glued to the month',
      'وُقعت معاهدة في 15أيار/ مايو 1992.',
      [['1992-05-15', '15أيار/ مايو 1992', day]],
    ],
    ['a pair in brackets', 'في 23 أيلول (سبتمبر) 2013', [['2013-09-23', '23 أيلول (سبتمبر) 2013', day]]],
    [
      'every hamza spelling of April',
      '8 إبريل 2020 و9 أبريل 2020 و10 ابريل 2020',
      [
        ['2020-04-08', '8 إبريل 2020', day],
        ['2020-04-09', '9 أبريل 2020', day],
        ['2020-04-10', '10 ابريل 2020', day],
      ],
    ],
    [
      'the Egyptian يونيه and يوليه',
      '1 يونيه 2021 و1 يوليه 2021',
      [
        ['2021-06-01', '1 يونيه 2021', day],
        ['2021-07-01', '1 يوليه 2021', day],
      ],
    ],
    ['a trailing Urdu ء', '(پاکستان پوائنٹ نیوز / سبوتنيك - 22 يوليو 2021ء)', [['2021-07-22', '22 يوليو 2021ء', day]]],
    ['a trailing Arabic م', 'بتاريخ 22 يوليو 2021م', [['2021-07-22', '22 يوليو 2021م', day]]],
    ['the 29th of February of a leap year', '29 فبراير 2024', [['2024-02-29', '29 فبراير 2024', day]]],
    [
      'a weekday that agrees',
      'الخميس 22 يوليو 2021',
      [['2021-07-22', 'الخميس 22 يوليو 2021', { ...day, weekday: 'thursday' }]],
    ],
    [
      'يوم, a comma and الموافق before the date',
      'يوم الإثنين، الموافق 6 أبريل 2020',
      [['2020-04-06', 'يوم الإثنين، الموافق 6 أبريل 2020', { ...day, weekday: 'monday' }]],
    ],
    [
      "Sputnik's stamp, to the minute",
      '10:51 GMT 09.10.2025',
      [['2025-10-09T10:51:00Z', '10:51 GMT 09.10.2025', { precision: 'minute', basis: 'stated' }]],
    ],
    [
      'a stamp and its update',
      '10:51 GMT 09.10.2025 (تم التحديث: 10:58 GMT 09.10.2025)',
      [
        ['2025-10-09T10:51:00Z', '10:51 GMT 09.10.2025', { precision: 'minute', basis: 'stated' }],
        [
          '2025-10-09T10:58:00Z',
          'تم التحديث: 10:58 GMT 09.10.2025',
          { precision: 'minute', basis: 'stated', label: 'updated' },
        ],
      ],
    ],
    [
      'آخر تحديث and UTC',
      'آخر تحديث: 9:05 UTC 01.02.2024',
      [
        [
          '2024-02-01T09:05:00Z',
          'آخر تحديث: 9:05 UTC 01.02.2024',
          { precision: 'minute', basis: 'stated', label: 'updated' },
        ],
      ],
    ],
    [
      '"yesterday evening, Wednesday <date>", which fixes the day of writing',
      'وذلك مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025.',
      [
        [
          '2025-10-08',
          'مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025',
          { ...day, weekday: 'wednesday', relative: 'yesterday', writtenOn: '2025-10-09' },
        ],
      ],
    ],
    [
      '"yesterday, Tuesday <date>" after يوم',
      'في اجتماع عقد يوم أمس الثلاثاء 28 يونيو/حزيران 2022.',
      [
        [
          '2022-06-28',
          'يوم أمس الثلاثاء 28 يونيو/حزيران 2022',
          { ...day, weekday: 'tuesday', relative: 'yesterday', writtenOn: '2022-06-29' },
        ],
      ],
    ],
    [
      '"today, <date>"',
      'اليوم 9 أكتوبر 2025',
      [['2025-10-09', 'اليوم 9 أكتوبر 2025', { ...day, relative: 'today', writtenOn: '2025-10-09' }]],
    ],
    [
      '"today, Thursday" against the day of writing that a dated "yesterday" implies',
      'مساء أمس الأربعاء 8 أكتوبر 2025. ويتضمن جدول أعمال اليوم الخميس المراسم.',
      [
        [
          '2025-10-08',
          'مساء أمس الأربعاء 8 أكتوبر 2025',
          { ...day, weekday: 'wednesday', relative: 'yesterday', writtenOn: '2025-10-09' },
        ],
        [
          '2025-10-09',
          'اليوم الخميس',
          { precision: 'day', basis: 'inferred', weekday: 'thursday', relative: 'today', writtenOn: '2025-10-09' },
        ],
      ],
    ],
  ] as const;

  it.each(reads)('reads %s', (_name, text, expected) => {
    expect(readArabicDate(text).map(summary)).toEqual(expected);
  });

  const readsOn = [
    [
      '"today, Thursday" with its conjunction',
      'واليوم الخميس، أجرى محادثات',
      '2025-10-09',
      [['2025-10-09', 'واليوم الخميس', 'today']],
    ],
    ['"yesterday"', 'وقال أمس إن', '2025-10-09', [['2025-10-08', 'أمس', 'yesterday']]],
    [
      '"yesterday" after يوم and a time of day',
      'وصل مساء يوم أمس',
      '2025-10-09',
      [['2025-10-08', 'مساء يوم أمس', 'yesterday']],
    ],
    ['"this morning"', 'حتى صباح اليوم، وبعد ذلك', '2022-06-29', [['2022-06-29', 'صباح اليوم', 'today']]],
    [
      '"this morning, Wednesday"',
      'حتى صباح اليوم الأربعاء، وبعد ذلك',
      '2022-06-29',
      [['2022-06-29', 'صباح اليوم الأربعاء', 'today']],
    ],
  ] as const;

  it.each(readsOn)('reads %s against options.writtenOn', (_name, text, writtenOn, expected) => {
    const readings = readArabicDate(text, { writtenOn });
    expect(readings.map((reading) => [reading.value, reading.evidence.text, reading.relative])).toEqual(expected);
    expect(readings.every((reading) => reading.basis === 'inferred' && reading.writtenOn === writtenOn)).toBe(true);
  });

  const nothing = [
    ['a day that does not exist', '31 فبراير 2024', undefined],
    ['the 29th of February of a common year', '29 فبراير 2023', undefined],
    ['two months that disagree', '8 أكتوبر/تشرين الثاني 2025', undefined],
    ['a weekday that contradicts the date, nor the date alone', 'الجمعة 22 يوليو 2021', undefined],
    ['a dated "yesterday" whose weekday contradicts it', 'أمس الخميس 8 أكتوبر 2025', undefined],
    ['a date with no year', 'وصل بوتين إلى دوشنبه في 8 أكتوبر/تشرين الأول.', undefined],
    ['a month and year with no day', 'في أكتوبر/تشرين الأول 2022 وفي عام 2025', undefined],
    ['a Hijri year', '8 أكتوبر 1446هـ و15 رمضان 1445هـ', undefined],
    ['a Hijri year marked هـ after a space', '3 اب 1447 هـ', undefined],
    ['a Hijri year marked ه after a space', '3 آب 1447 ه', undefined],
    ['a Hijri year marked هجرية', '3 آب 1447 هجرية', undefined],
    ['a range of days with a hyphen', 'في 1-2 يناير 2025', undefined],
    ['a range of days with an en dash and spaces', 'من 1 – 2 يناير 2025', undefined],
    ['a range of days with و ("between 1 and 2")', 'بين 1 و2 يناير 2025', undefined],
    ['two days joined by و ("on 8 and 9 April")', 'في 8 و 9 أبريل 2025', undefined],
    ['a range of days with إلى ("from 1 to 3")', 'من 1 إلى 3 يناير 2025', undefined],
    ['a range of days with حتى ("from 1 until 3")', 'من ١ حتى ٣ يناير ٢٠٢٥', undefined],
    ['a range across months', 'من 28 ديسمبر - 3 يناير 2025', undefined],
    ['a range of two whole dates', 'من 1 يناير 2025 إلى 3 فبراير 2025', undefined],
    ['a numeric date, whose order differs between countries', '09/10/2025 و2025-10-09', undefined],
    ['a time with no time zone', '10:51 09.10.2025', undefined],
    ['a stamp at an hour that does not exist', '25:10 GMT 09.10.2025', undefined],
    ['a stamp on a day that does not exist', '10:51 GMT 31.02.2025', undefined],
    ['decimals and percentages', 'بنسبة 44.7 بالمائة و1.2 مليار دولار', undefined],
    ['bare اليوم, which also means "nowadays"', 'وصف العلاقات اليوم بأنها مثال', '2022-09-14'],
    ['"the day" in "the second half of the day"', 'في النصف الثاني من اليوم، سيشارك', '2025-10-09'],
    ['"the morning of the next day"', 'في صباح اليوم التالي', '2025-10-09'],
    ['"the day before yesterday" (أول أمس)', 'وصل أول أمس', '2025-10-09'],
    ['"the day before yesterday" (أمس الأول)', 'وصل أمس الأول', '2025-10-09'],
    ['"the day before yesterday" before a date', 'وصل أول أمس 7 أكتوبر 2025', undefined],
    ['"today, Friday" on a Thursday', 'اليوم الجمعة', '2025-10-09'],
    ['"today, Thursday" with no day of writing', 'أجرى اليوم الخميس محادثات', undefined],
    ['"yesterday" with no day of writing', 'قال أمس', undefined],
  ] as const;

  it.each(nothing)('reads nothing from %s', (_name, text, writtenOn) => {
    expect(readArabicDate(text, writtenOn === undefined ? {} : { writtenOn })).toEqual([]);
  });

  it('reads "today" nowhere when the dated phrases imply two days of writing', () => {
    const text = 'أمس الأربعاء 8 أكتوبر 2025 ثم أمس الثلاثاء 14 أكتوبر 2025، واليوم الخميس';
    expect(readArabicDate(text).map((reading) => reading.writtenOn)).toEqual(['2025-10-09', '2025-10-15']);
    // With the day of writing given, it is read against that day.
    expect(readArabicDate(text, { writtenOn: '2025-10-09' }).map((reading) => reading.evidence.text)).toEqual([
      'أمس الأربعاء 8 أكتوبر 2025',
      'أمس الثلاثاء 14 أكتوبر 2025',
      'واليوم الخميس',
    ]);
  });

  it('keeps a dated "yesterday" that implies another day of writing than options.writtenOn, with its own', () => {
    const [reading] = readArabicDate('أمس الأربعاء 8 أكتوبر 2025', { writtenOn: '2025-10-20' });
    expect([reading?.value, reading?.writtenOn]).toEqual(['2025-10-08', '2025-10-09']);
  });

  it('gives evidence that is the text at its offsets, after diacritics, tatweel and line breaks', () => {
    const text = 'وَقَّعَ الجانبان في الخميـــس\n22 يوليو 2021ء، ثم غادر';
    const [reading] = readArabicDate(text);
    expect(reading?.evidence.text).toBe('الخميـــس\n22 يوليو 2021ء');
    expect(text.slice(reading?.evidence.start, reading?.evidence.end)).toBe(reading?.evidence.text);
  });

  it('keeps a diacritic on the last letter inside the evidence', () => {
    const [reading] = readArabicDate('قال اليوم الخميسَ', { writtenOn: '2025-10-09' });
    expect(reading?.evidence.text).toBe('اليوم الخميسَ');
  });

  it('returns frozen readings', () => {
    const readings = readArabicDate('10:51 GMT 09.10.2025');
    expect(Object.isFrozen(readings)).toBe(true);
    expect(Object.isFrozen(readings[0])).toBe(true);
    expect(Object.isFrozen(readings[0]?.evidence)).toBe(true);
  });

  it.each([
    [
      'text that is not a string',
      () => readArabicDate(42 as never),
      InvalidQueryError,
      /Expected text to be a string, got 42/,
    ],
    ['options that are not an object', () => readArabicDate('', null as never), InvalidQueryError, /got null/],
    [
      'a misspelt option',
      () => readArabicDate('', { writenOn: '2025-10-09' } as never),
      InvalidQueryError,
      /Unknown option "writenOn".*writtenOn/,
    ],
    [
      'a day of writing that does not exist',
      () => readArabicDate('', { writtenOn: '2021-02-30' }),
      InvalidDateError,
      /Invalid writtenOn "2021-02-30": expected .*'YYYY-MM-DD'/,
    ],
    [
      'a day of writing in another form',
      () => readArabicDate('', { writtenOn: '09.10.2025' }),
      InvalidDateError,
      /Invalid writtenOn "09.10.2025"/,
    ],
    [
      'a day of writing that is not a string',
      () => readArabicDate('', { writtenOn: new Date(0) as never }),
      InvalidDateError,
      /Invalid writtenOn Date\(1970-01-01/,
    ],
  ] as const)('refuses %s with a typed error that names the value', (_name, run, type, message) => {
    const error = catchError(run);
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(message);
  });
});
