import { describe, expect, it } from 'vitest';

import {
  findTimeExpressions,
  type FoundTimeExpression,
  InvalidDateError,
  InvalidQueryError,
  TimeExpressionSchema,
} from '../src/index.js';
import { catchError } from './support/catchError.js';

/** An expression as the tables write it: the words, the value and the basis. */
const summary = (text: string, found: readonly FoundTimeExpression[]): readonly (readonly string[])[] =>
  found.map(({ start, end, value, basis }) => [text.slice(start, end), value, basis]);

// 2025-10-09 is a Thursday; 2022-06-29 a Wednesday.
const THURSDAY = '2025-10-09';
const WEDNESDAY = '2022-06-29';

/** [what, text, writtenOn or undefined, the expressions found: words, value, basis]. */
const FORMS = [
  // Dates, as readArabicDate reads them, and what it reads around them.
  [
    'a date with both month names',
    'صدر في 23 أيلول/سبتمبر 2013 قرار',
    undefined,
    [['23 أيلول/سبتمبر 2013', '2013-09-23', 'stated']],
  ],
  [
    'a date in Arabic-Indic digits',
    'بتاريخ ٢٩ يونيو ٢٠٢٢ أعلن',
    undefined,
    [['٢٩ يونيو ٢٠٢٢', '2022-06-29', 'stated']],
  ],
  [
    'a day glued to its month',
    'وقعت في 15أيار/ مايو 1992.',
    undefined,
    [['15أيار/ مايو 1992', '1992-05-15', 'stated']],
  ],
  [
    'a conjunction glued to the day, as part of the word',
    '8 إبريل 2020 و9 أبريل 2020',
    undefined,
    [
      ['8 إبريل 2020', '2020-04-08', 'stated'],
      ['و9 أبريل 2020', '2020-04-09', 'stated'],
    ],
  ],
  [
    'a dated yesterday, with its weekday',
    'عقد يوم أمس الثلاثاء 28 يونيو/حزيران 2022.',
    undefined,
    [['يوم أمس الثلاثاء 28 يونيو/حزيران 2022', '2022-06-28', 'stated']],
  ],
  [
    'a part of the day before a dated yesterday',
    'التقيا مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025.',
    undefined,
    [['مساء أمس الأربعاء 8 أكتوبر/تشرين الأول 2025', '2025-10-08TEV', 'stated']],
  ],
  [
    'a time stamp, without its update label',
    'تم التحديث: 10:58 GMT 09.10.2025',
    undefined,
    [['10:58 GMT 09.10.2025', '2025-10-09T10:58', 'stated']],
  ],
  ['nothing of a date whose weekday contradicts it', 'الجمعة 22 يوليو 2021', undefined, []],
  ['nothing of a Hijri date', 'في 3 آب 1447 هـ وصل', undefined, []],
  [
    'an ordinal day with its year',
    'في الحادي والعشرين من شهر مارس 2024',
    undefined,
    [['الحادي والعشرين من شهر مارس 2024', '2024-03-21', 'stated']],
  ],
  [
    'an ordinal day, placed in the year of writing',
    'في الأول من سبتمبر التقيا',
    THURSDAY,
    [['الأول من سبتمبر', '2025-09-01', 'inferred']],
  ],
  [
    'an ordinal day, open without the day of writing',
    'في الأول من سبتمبر التقيا',
    undefined,
    [['الأول من سبتمبر', 'XXXX-09-01', 'stated']],
  ],
  [
    'a day with no year',
    'وصل في 8 أكتوبر/تشرين الأول.',
    THURSDAY,
    [['8 أكتوبر/تشرين الأول', '2025-10-08', 'inferred']],
  ],
  ['a day of last May', 'في 16 مايو/أيار الماضي', WEDNESDAY, [['16 مايو/أيار الماضي', '2022-05-16', 'inferred']]],
  [
    'a day of a month that has not come yet this year, with الماضي',
    'في 16 يوليو الماضي',
    WEDNESDAY,
    [['16 يوليو الماضي', '2021-07-16', 'inferred']],
  ],
  ['a month to come', 'في مارس المقبل', THURSDAY, [['مارس المقبل', '2026-03', 'inferred']]],
  ['a month and a year', 'في أكتوبر/تشرين الأول 2022', undefined, [['أكتوبر/تشرين الأول 2022', '2022-10', 'stated']]],
  ['a month of a named year', 'في سبتمبر من عام 2025', undefined, [['سبتمبر من عام 2025', '2025-09', 'stated']]],
  [
    'the early part of last June',
    'في أوائل يونيو/حزيران الماضي',
    THURSDAY,
    [['أوائل يونيو/حزيران الماضي', '2025-06', 'inferred']],
  ],
  ['a month alone after في', 'يصل في مايو', THURSDAY, [['مايو', '2025-05', 'inferred']]],
  ['nothing of the verb مارس', 'مارس الضغط على الحكومة', undefined, []],
  ['آب only as a month', 'قال أب الضحية إنه سافر في شهر آب', undefined, [['شهر آب', 'XXXX-08', 'stated']]],
  // Years.
  ['a year after عام', 'في عام 2024 ارتفعت', undefined, [['عام 2024', '2024', 'stated']]],
  ['a year after عام with a clitic', 'مقارنة بعام 2020', undefined, [['بعام 2020', '2020', 'stated']]],
  ['a year after في', 'انطلقت في 2019 على مستوى الوزراء', undefined, [['2019', '2019', 'stated']]],
  ['a year with an era mark', 'تأسست 1992م', undefined, [['1992م', '1992', 'stated']]],
  ['no year in a count', 'حصل على 2019 صوتا', undefined, []],
  // Ranges and parts of a year.
  [
    'a range of days with a dash',
    'من المقرر عقده 1-3 يناير 2025',
    undefined,
    [['1-3 يناير 2025', '2025-01-01/2025-01-03', 'stated']],
  ],
  [
    'a range of days with من and إلى',
    'من 1 إلى 3 يناير 2025',
    undefined,
    [['من 1 إلى 3 يناير 2025', '2025-01-01/2025-01-03', 'stated']],
  ],
  [
    'a range of days with بين and و',
    'بين 1 و3 يناير 2025',
    undefined,
    [['بين 1 و3 يناير 2025', '2025-01-01/2025-01-03', 'stated']],
  ],
  [
    'a range of days over the new year',
    '30 ديسمبر 2024 - 2 يناير 2025',
    undefined,
    [['30 ديسمبر 2024 - 2 يناير 2025', '2024-12-30/2025-01-02', 'stated']],
  ],
  ['no range of two days joined by و alone', 'في 1 و2 يناير 2025', undefined, []],
  [
    'a range of months',
    'وفي الفترة من يناير/كانون الثاني إلى ابريل/نيسان 2022، تم',
    undefined,
    [['الفترة من يناير/كانون الثاني إلى ابريل/نيسان 2022', '2022-01/2022-04', 'stated']],
  ],
  [
    'a range of months with no year, into the next year',
    'من نوفمبر إلى فبراير',
    THURSDAY,
    [['من نوفمبر إلى فبراير', '2025-11/2026-02', 'inferred']],
  ],
  [
    'a range of years',
    'خطة عمل مشتركة للفترة 2025 - 2027.',
    undefined,
    [['للفترة 2025 - 2027', '2025/2027', 'stated']],
  ],
  ['an academic year', 'للعام الدراسي 2025 - 2026', undefined, [['للعام الدراسي 2025 - 2026', '2025/2026', 'stated']]],
  [
    'a range of years with بين عامي',
    'بين عامي 2020 و2022',
    undefined,
    [['بين عامي 2020 و2022', '2020/2022', 'stated']],
  ],
  [
    'a range of years with من عام and إلى عام',
    'من عام 2020 إلى عام 2022',
    undefined,
    [['من عام 2020 إلى عام 2022', '2020/2022', 'stated']],
  ],
  [
    'the first months of this year',
    'في الأشهر السبعة الأولى من هذا العام',
    THURSDAY,
    [['الأشهر السبعة الأولى من هذا العام', '2025-01/2025-07', 'inferred']],
  ],
  [
    'the last months of a named year',
    'في الأشهر الثلاثة الأخيرة من عام 2023',
    undefined,
    [['الأشهر الثلاثة الأخيرة من عام 2023', '2023-10/2023-12', 'stated']],
  ],
  [
    'a half of a named year',
    'في النصف الأول من عام 2024',
    undefined,
    [['النصف الأول من عام 2024', '2024-H1', 'stated']],
  ],
  [
    'a quarter of last year',
    'في الربع الثالث من العام الماضي',
    THURSDAY,
    [['الربع الثالث من العام الماضي', '2024-Q3', 'inferred']],
  ],
  [
    'the second half of the day',
    'في النصف الثاني من اليوم، سيشارك',
    THURSDAY,
    [['النصف الثاني من اليوم', '2025-10-09TAF', 'inferred']],
  ],
  // Relative days, weeks, months and years.
  ['yesterday', 'قال أمس', THURSDAY, [['أمس', '2025-10-08', 'inferred']]],
  ['the day before yesterday', 'قال أول أمس', THURSDAY, [['أول أمس', '2025-10-07', 'inferred']]],
  ['tomorrow', 'يصل غدا', THURSDAY, [['غدا', '2025-10-10', 'inferred']]],
  ['the day after tomorrow', 'يصل بعد غد', THURSDAY, [['بعد غد', '2025-10-11', 'inferred']]],
  ['tomorrow after يوم', 'يصل يوم الغد', THURSDAY, [['يوم الغد', '2025-10-10', 'inferred']]],
  ['nothing of الغد alone, which may be the future', 'جيل الغد', THURSDAY, []],
  ['today with its weekday', 'أعلن، اليوم الخميس، أن', THURSDAY, [['اليوم الخميس', '2025-10-09', 'inferred']]],
  [
    'today with a conjunction and its weekday',
    'واليوم الخميس، أجرى',
    THURSDAY,
    [['واليوم الخميس', '2025-10-09', 'inferred']],
  ],
  [
    'this morning, with its weekday',
    'حتى صباح اليوم الأربعاء، وبعد',
    WEDNESDAY,
    [['صباح اليوم الأربعاء', '2022-06-29TMO', 'inferred']],
  ],
  ['last night', 'وقع ليلة أمس', THURSDAY, [['ليلة أمس', '2025-10-08TNI', 'inferred']]],
  [
    'a weekday that contradicts the day of writing, left open',
    'اليوم الخميس',
    WEDNESDAY,
    [['اليوم الخميس', 'XXXX-XX-XX', 'stated']],
  ],
  ['bare اليوم as the present', 'الاحتياجات الحقيقية اليوم، أدركا', THURSDAY, [['اليوم', 'PRESENT_REF', 'stated']]],
  ['nothing of اليوم التالي', 'في اليوم التالي', THURSDAY, []],
  ['last week, as an ISO week', 'في الأسبوع الماضي', THURSDAY, [['الأسبوع الماضي', '2025-W40', 'inferred']]],
  ['this week, open without the day of writing', 'هذا الأسبوع', undefined, [['هذا الأسبوع', 'XXXX-WXX', 'stated']]],
  ['last month', 'في الشهر الماضي', THURSDAY, [['الشهر الماضي', '2025-09', 'inferred']]],
  ['next month, over the new year', 'في الشهر المقبل', '2025-12-15', [['الشهر المقبل', '2026-01', 'inferred']]],
  ['this year', 'خلال هذا العام', THURSDAY, [['هذا العام', '2025', 'inferred']]],
  ['last year', 'في العام الماضي، استحوذت', THURSDAY, [['العام الماضي', '2024', 'inferred']]],
  ['last year, feminine', 'في السنة الماضية', THURSDAY, [['السنة الماضية', '2024', 'inferred']]],
  ['next year', 'في العام المقبل', THURSDAY, [['العام المقبل', '2026', 'inferred']]],
  ['the end of the current year', 'بحلول أواخر العام الجاري', THURSDAY, [['أواخر العام الجاري', '2025', 'inferred']]],
  [
    'the same year as the date before',
    'في 15أيار/ مايو 1992. وفي نفس العام، قامت',
    undefined,
    [
      ['15أيار/ مايو 1992', '1992-05-15', 'stated'],
      ['نفس العام', '1992', 'inferred'],
    ],
  ],
  [
    'the same period of another year',
    'من يناير إلى أبريل 2022 مقارنة بالفترة نفسها من عام 2021',
    undefined,
    [
      ['من يناير إلى أبريل 2022', '2022-01/2022-04', 'stated'],
      ['بالفترة نفسها من عام 2021', '2021-01/2021-04', 'inferred'],
    ],
  ],
  ['the same year with nothing before, left open', 'في نفس العام', undefined, [['نفس العام', 'XXXX', 'stated']]],
  // Parts of the day.
  ['an evening', 'وصل مساء', undefined, [['مساء', 'XXXX-XX-XXTEV', 'stated']]],
  ['a morning, as an adverb', 'غادر صباحا', undefined, [['صباحا', 'XXXX-XX-XXTMO', 'stated']]],
  ['an evening with a weekday', 'مساء الأربعاء', THURSDAY, [['مساء الأربعاء', 'XXXX-XX-XXTEV', 'stated']]],
  // Durations.
  ['a number of years in words', 'منذ ثلاثين عاما', undefined, [['ثلاثين عاما', 'P30Y', 'stated']]],
  [
    'a number of years with the article',
    'على مدى الـ 30 عاما الماضية',
    undefined,
    [['الـ 30 عاما الماضية', 'P30Y', 'stated']],
  ],
  [
    'the unit before the number',
    'على مدى السنوات الـ 30الماضية، تم',
    undefined,
    [['السنوات الـ 30الماضية', 'P30Y', 'stated']],
  ],
  ['a unit and a ten', 'خمس وعشرين عاما', undefined, [['خمس وعشرين عاما', 'P25Y', 'stated']]],
  ['a teen', 'خمسة عشر يوما', undefined, [['خمسة عشر يوما', 'P15D', 'stated']]],
  ['months in digits', 'لمدة 3 أشهر', undefined, [['3 أشهر', 'P3M', 'stated']]],
  ['hours, as a dual', 'استمر ساعتين', undefined, [['ساعتين', 'PT2H', 'stated']]],
  ['years, as a dual', 'لمدة عامين', undefined, [['عامين', 'P2Y', 'stated']]],
  ['years with no number after ل', 'تعثرت لسنوات', undefined, [['لسنوات', 'PXY', 'stated']]],
  ['centuries with no number after ل', 'تاريخ مشترك يمتد لقرون', undefined, [['لقرون', 'PXCE', 'stated']]],
  ['weeks after عدة', 'بعد عدة أسابيع', undefined, [['عدة أسابيع', 'PXW', 'stated']]],
  ['years after منذ', 'منذ سنوات', undefined, [['سنوات', 'PXY', 'stated']]],
  ['nothing of a plural of time alone', 'سنوات الحرب', undefined, []],
  ['nothing of a verb that starts with a number word', 'التي ستعقد بمشاركة', undefined, []],
  // Vague references.
  ['an earlier time', 'صرح في وقت سابق، بأن', undefined, [['وقت سابق', 'PAST_REF', 'stated']]],
  ['recently', 'أعلنت مؤخراً', undefined, [['مؤخراً', 'PAST_REF', 'stated']]],
  ['the past, after في', 'في الماضي', undefined, [['الماضي', 'PAST_REF', 'stated']]],
  ['currently', 'تعمل حالياً في', undefined, [['حالياً', 'PRESENT_REF', 'stated']]],
  ['the present time', 'في الوقت الراهن', undefined, [['الوقت الراهن', 'PRESENT_REF', 'stated']]],
  ['now', 'حتى الآن', undefined, [['الآن', 'PRESENT_REF', 'stated']]],
  ['the future, after في', 'ستواصل تقديم المساعدة في المستقبل.', undefined, [['المستقبل', 'FUTURE_REF', 'stated']]],
  ['nothing of the future as a noun', 'وبحث المستقبل السياسي للبلاد', undefined, []],
  ['as soon as possible', 'في أسرع وقت ممكن', undefined, [['أسرع وقت ممكن', 'FUTURE_REF', 'stated']]],
  ['the coming period', 'خلال الفترة المقبلة', undefined, [['الفترة المقبلة', 'FUTURE_REF', 'stated']]],
] as const;

describe('findTimeExpressions', () => {
  it.each(FORMS)('reads %s', (_what, text, writtenOn, expected) => {
    const found = findTimeExpressions(text, writtenOn === undefined ? undefined : { writtenOn });
    expect(summary(text, found)).toEqual(expected);
  });

  it('quotes options.evidence for every value resolved against the day of writing, and only for those', () => {
    const text = 'صرح في وقت سابق، وفي العام الماضي، وفي عام 2024';
    const evidence = '10:51 GMT 09.10.2025';
    const found = findTimeExpressions(text, { writtenOn: THURSDAY, evidence });
    expect(found.map((expression) => expression.evidence)).toEqual([undefined, evidence, undefined]);
  });

  it('gives entries that, with a field, are the entries of an article’s timeExpressions', () => {
    const text = 'التقيا مساء أمس، وفي الأول من سبتمبر، وعلى مدى ثلاثين عاما، وفي وقت سابق';
    const found = findTimeExpressions(text, { writtenOn: THURSDAY, evidence: 'مساء أمس' });
    expect(found).toHaveLength(4);
    for (const expression of found) {
      expect(TimeExpressionSchema.safeParse({ field: 'body', ...expression }).success).toBe(true);
    }
  });

  it('returns a frozen list of frozen expressions', () => {
    const found = findTimeExpressions('في عام 2024');
    expect(Object.isFrozen(found)).toBe(true);
    expect(Object.isFrozen(found[0])).toBe(true);
  });

  it('gives nothing for a text without a time', () => {
    expect(findTimeExpressions('')).toEqual([]);
    expect(findTimeExpressions('بحث الرئيسان قضايا التعاون بين البلدين')).toEqual([]);
  });

  const BAD = [
    ['a text that is not a string', 42, undefined, InvalidQueryError, 'Expected text to be a string, got 42'],
    [
      'options that are not an object',
      'نص',
      'x',
      InvalidQueryError,
      'Expected findTimeExpressions options to be an object',
    ],
    ['an unknown option', 'نص', { writenOn: '2025-10-09' }, InvalidQueryError, 'Did you mean "writtenOn"?'],
    [
      'a day that does not exist',
      'نص',
      { writtenOn: '2025-02-30' },
      InvalidDateError,
      'Invalid writtenOn "2025-02-30"',
    ],
    [
      'a day that is not a string',
      'نص',
      { writtenOn: 20251009 },
      InvalidDateError,
      "expected the day of writing as 'YYYY-MM-DD'",
    ],
    [
      'a time stamp as the day',
      'نص',
      { writtenOn: '2025-10-09T10:51:00Z' },
      InvalidDateError,
      'publishedAt.slice(0, 10)',
    ],
    ['blank evidence', 'نص', { writtenOn: THURSDAY, evidence: ' ' }, InvalidQueryError, 'Invalid evidence " "'],
    [
      'evidence that is not a string',
      'نص',
      { writtenOn: THURSDAY, evidence: 5 },
      InvalidQueryError,
      'Invalid evidence 5',
    ],
    ['evidence without the day of writing', 'نص', { evidence: 'أمس' }, InvalidQueryError, 'without writtenOn'],
  ] as const;
  it.each(BAD)('refuses %s, naming the value and what was expected', (_what, text, options, type, message) => {
    const error = catchError(() => findTimeExpressions(text as string, options as never));
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toContain(message);
  });
});
