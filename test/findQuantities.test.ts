import { describe, expect, it } from 'vitest';

import { findQuantities, type FoundQuantity, InvalidQueryError } from '../src/index.js';
import { catchError } from './support/catchError.js';

/** A found amount as the tables write it: its words, value and unit, then the optional fields present. */
const summary = (text: string, { start, end, value, unit, ...rest }: FoundQuantity): readonly unknown[] => [
  text.slice(start, end),
  value,
  unit,
  rest,
];

describe('findQuantities', () => {
  const reads = [
    // Money
    ['a decimal and a scale word, in dollars', 'بلغت 1.2 مليار دولار', [['1.2 مليار دولار', 1_200_000_000, 'USD', {}]]],
    [
      'the accusative tanween and the adjective of the dollar',
      'لتصل إلى 408.8 مليون دولاراً أمريكيا.',
      [['408.8 مليون دولاراً أمريكيا', 408_800_000, 'USD', {}]],
    ],
    ['thousands of roubles', 'خصصت 250 ألف روبل', [['250 ألف روبل', 250_000, 'RUB', {}]]],
    ['a trillion', 'نحو 3 تريليون دولار', [['3 تريليون دولار', 3_000_000_000_000, 'USD', { comparator: 'about' }]]],
    ['بليون as a billion', 'بلغ 2 بليون يورو', [['2 بليون يورو', 2_000_000_000, 'EUR', {}]]],
    ['a scale word alone as one of it', 'تبرع بمليون دولار', [['مليون دولار', 1_000_000, 'USD', {}]]],
    ['a dual scale word as two of it', 'بقيمة ملياري دولار', [['ملياري دولار', 2_000_000_000, 'USD', {}]]],
    ['a scale word in construct as two of it', 'خسر مليونا دولار', [['مليونا دولار', 2_000_000, 'USD', {}]]],
    ['half a million', 'نحو نصف مليون دولار', [['نصف مليون دولار', 500_000, 'USD', { comparator: 'about' }]]],
    ['a million and a half', 'مليون ونصف دولار', [['مليون ونصف دولار', 1_500_000, 'USD', {}]]],
    ['a Canadian dollar', 'استثمرت 5 ملايين دولار كندي', [['5 ملايين دولار كندي', 5_000_000, 'CAD', {}]]],
    ['somoni', 'راتب 900 سوموني', [['900 سوموني', 900, 'TJS', {}]]],
    // Percentages
    ['في المائة', 'سيطرت على 70 في المائة من الحدود', [['70 في المائة', 70, 'percent', {}]]],
    ['في المئة', 'ارتفعت 70 في المئة', [['70 في المئة', 70, 'percent', {}]]],
    ['بالمائة', 'بنسبة 44.7 بالمائة', [['44.7 بالمائة', 44.7, 'percent', {}]]],
    ['بالمئة', 'أكثر من 70 بالمئة', [['70 بالمئة', 70, 'percent', { comparator: 'more-than' }]]],
    ['a percent sign run into the number', 'على 22.6% من التجارة', [['22.6%', 22.6, 'percent', {}]]],
    ['a percent sign after a space', 'على 22.6 % من التجارة', [['22.6 %', 22.6, 'percent', {}]]],
    ['the Arabic percent sign and decimal separator', 'نمت ٤٤٫٧٪', [['٤٤٫٧٪', 44.7, 'percent', {}]]],
    ['half of a whole as a share', 'يضم ما يقرب من نصف الحكومة', [['نصف', 50, 'percent', { comparator: 'about' }]]],
    ['a quarter of a whole as a share', 'يعيش ربع السكان هنا', [['ربع', 25, 'percent', {}]]],
    // Counts, with the measure the noun gives
    ['agreements', 'وقّعتا 16 اتفاقية', [['16 اتفاقية', 16, 'count', { measure: 'agreements' }]]],
    [
      'about 200 agreements',
      'حوالي 200 اتفاقية',
      [['200 اتفاقية', 200, 'count', { comparator: 'about', measure: 'agreements' }]],
    ],
    [
      'students, with a scale word',
      'أكثر من 35 ألف طالب',
      [['35 ألف طالب', 35_000, 'count', { comparator: 'more-than', measure: 'students' }]],
    ],
    ['companies', 'تعمل 300 شركة', [['300 شركة', 300, 'count', { measure: 'companies' }]]],
    [
      'districts',
      'على أكثر من 150 منطقة',
      [['150 منطقة', 150, 'count', { comparator: 'more-than', measure: 'districts' }]],
    ],
    ['ministers, with tanween', 'يضم 20 وزيراً', [['20 وزيراً', 20, 'count', { measure: 'officials' }]]],
    ['documents', 'اعتماد 16 وثيقة', [['16 وثيقة', 16, 'count', { measure: 'documents' }]]],
    [
      'a noun that needs the word after it for its measure',
      'أجريا أربع محادثات هاتفية',
      [['أربع محادثات', 4, 'count', { measure: 'phone-calls' }]],
    ],
    ['the same noun without that word, and no measure', 'أجريا أربع محادثات مطولة', [['أربع محادثات', 4, 'count', {}]]],
    ['a noun the keyword table does not know, and no measure', 'افتتحت 12 مستشفى', [['12 مستشفى', 12, 'count', {}]]],
    [
      'a year-like number before a noun the table knows',
      'يدرس 2000 طالب',
      [['2000 طالب', 2000, 'count', { measure: 'students' }]],
    ],
    ['a year-like number in money', 'دفع 2000 دولار', [['2000 دولار', 2000, 'USD', {}]]],
    // Numbers in words
    [
      'a teen in words, feminine',
      'حوالي خمس عشرة وثيقة',
      [['خمس عشرة وثيقة', 15, 'count', { comparator: 'about', measure: 'documents' }]],
    ],
    ['eleven', 'إحدى عشرة دولة', [['إحدى عشرة دولة', 11, 'count', { measure: 'countries' }]]],
    ['twelve', 'اثنا عشر وزيراً', [['اثنا عشر وزيراً', 12, 'count', { measure: 'officials' }]]],
    ['a unit and tens', 'خمسة وعشرون وزيراً', [['خمسة وعشرون وزيراً', 25, 'count', { measure: 'officials' }]]],
    ['hundreds and tens', 'مائة وخمسون شركة', [['مائة وخمسون شركة', 150, 'count', { measure: 'companies' }]]],
    ['two hundred in construct', 'مئتا طالب', [['مئتا طالب', 200, 'count', { measure: 'students' }]]],
    ['hundreds written joined', 'ثلاثمائة دولار', [['ثلاثمائة دولار', 300, 'USD', {}]]],
    ['hundreds written apart', 'ثلاث مئة دولار', [['ثلاث مئة دولار', 300, 'USD', {}]]],
    [
      'thousands and hundreds',
      'ثلاثة آلاف وخمسمائة طالب',
      [['ثلاثة آلاف وخمسمائة طالب', 3500, 'count', { measure: 'students' }]],
    ],
    [
      'a number word behind a clitic, which the span leaves out',
      'وبخمسة ملايين روبل',
      [['خمسة ملايين روبل', 5_000_000, 'RUB', {}]],
    ],
    // Digits and separators
    ['Arabic-Indic digits', 'يدرس ٣٥ ألف طالب', [['٣٥ ألف طالب', 35_000, 'count', { measure: 'students' }]]],
    ['Persian digits', '۱۲ شركة', [['۱۲ شركة', 12, 'count', { measure: 'companies' }]]],
    ['a decimal comma', 'بلغت 1,5 مليار دولار', [['1,5 مليار دولار', 1_500_000_000, 'USD', {}]]],
    [
      'a comma before three digits, between thousands',
      'يدرس 1,200 طالب',
      [['1,200 طالب', 1200, 'count', { measure: 'students' }]],
    ],
    ['the Arabic thousands separator', 'يدرس ١٬٢٠٠ طالب', [['١٬٢٠٠ طالب', 1200, 'count', { measure: 'students' }]]],
    ['thousands and a decimal point', 'دفع 1,234.5 دولار', [['1,234.5 دولار', 1234.5, 'USD', {}]]],
    // Comparators
    ['نحو', 'نحو 80 شركة', [['80 شركة', 80, 'count', { comparator: 'about', measure: 'companies' }]]],
    ['قرابة', 'قرابة 80 شركة', [['80 شركة', 80, 'count', { comparator: 'about', measure: 'companies' }]]],
    [
      'تقارب, with its diacritics',
      'باستثمارات تُقارب 500 مليون دولار',
      [['500 مليون دولار', 500_000_000, 'USD', { comparator: 'about' }]],
    ],
    ['تزيد عن', 'حصة تزيد عن 21 بالمائة', [['21 بالمائة', 21, 'percent', { comparator: 'more-than' }]]],
    ['متجاوزةً', 'متجاوزةً 45 مليار دولار', [['45 مليار دولار', 45_000_000_000, 'USD', { comparator: 'more-than' }]]],
    [
      'a comparator behind its clitics',
      'وبأكثر من 80 اتفاقية',
      [['80 اتفاقية', 80, 'count', { comparator: 'more-than', measure: 'agreements' }]],
    ],
    ['أقل من', 'أقل من 5%', [['5%', 5, 'percent', { comparator: 'less-than' }]]],
    [
      'يصل إلى, an upper bound',
      'بتخصيص سنوي يصل إلى 200 مليون روبل',
      [['200 مليون روبل', 200_000_000, 'RUB', { comparator: 'up-to' }]],
    ],
    ['لا يتجاوز, an upper bound', 'لا يتجاوز 10%', [['10%', 10, 'percent', { comparator: 'up-to' }]]],
    [
      'ليصل إلى, the value reached, no bound',
      'نما ليصل إلى 1.5 مليار دولار أمريكي',
      [['1.5 مليار دولار أمريكي', 1_500_000_000, 'USD', {}]],
    ],
  ] as const;

  it.each(reads)('reads %s', (_name, text, expected) => {
    expect(findQuantities(text).map((found) => summary(text, found))).toEqual(expected);
  });

  const nothing = [
    ['an ordinal', 'القمة الثانية والاجتماع الرابع'],
    ['a definite number', 'على مدى الـ 30 عاما الماضية'],
    ['an identifier after رقم', 'القاعدة العسكرية الروسية رقم 201 المتمركزة'],
    ['a number that counts no noun', 'المتمركز في القاعدة العسكرية 201 في الجمهورية'],
    ['a number in quotation marks', 'القاعدة العسكرية "201"، في'],
    ['a year after عام', 'في عام 2024 ليصل'],
    ['a bare year before a verb', 'بحلول 2026 سيتم'],
    ['a date', 'في 8 أكتوبر 2025 وفي 15أيار/ مايو 1992'],
    ['a year after a month of two words', 'في تشرين الأول 2025 وصل'],
    ['a range of years', 'للعام الدراسي 2025 - 2026، وتواصل'],
    ['a time', 'الساعة 10:51 GMT'],
    ['a numeric date', 'يوم 9/10/2025 صباحاً'],
    ['a duration in words', 'لمدة خمس سنوات'],
    ['a duration in digits, with tanween', 'منذ 30 عاماً'],
    ['a part of the day', 'في النصف الثاني من اليوم'],
    ['half an hour', 'بعد نصف ساعة'],
    ['a multiple', 'ارتفع ثلاث مرات'],
    ['a physical measure', 'يمتد 120 كيلومترا'],
    ['a vague plural', 'آلاف الطلاب ومئات الشركات'],
    ['one and two as words alone', 'وفد واحد واثنين'],
    ['a number with stray separators', 'الإصدار 1.2.3 دولار'],
    ['a negative number', 'تراجع -5% عن'],
    ['a number run into a word', 'القاعدة201 شركة'],
    ['a word that only looks like a clitic and a number', 'لست أدري'],
  ] as const;

  it.each(nothing)('finds no amount in %s', (_name, text) => {
    expect(findQuantities(text)).toEqual([]);
  });

  it('finds every amount of a sentence, in text order', () => {
    const text = 'زادت التجارة بنسبة 7.1% لتصل إلى 1.5 مليار دولار، وتعمل أكثر من 300 شركة في 2024.';
    expect(findQuantities(text).map((found) => text.slice(found.start, found.end))).toEqual([
      '7.1%',
      '1.5 مليار دولار',
      '300 شركة',
    ]);
  });

  it('takes the diacritics on the last letter of the span', () => {
    const text = 'يضم الوفد 20 وزيراً ورئيساً';
    const [found] = findQuantities(text);
    expect(text.slice(found?.start, found?.end)).toBe('20 وزيراً');
  });

  it('returns frozen amounts in a frozen array', () => {
    const found = findQuantities('تعمل 300 شركة');
    expect(Object.isFrozen(found)).toBe(true);
    expect(found.every((amount) => Object.isFrozen(amount))).toBe(true);
  });

  it('reads a property name such as constructor as a plain word', () => {
    expect(findQuantities('5 constructor و6 __proto__ و7 toString')).toEqual([]);
  });

  it.each([[undefined], [null], [42], [['نص']], [{ text: 'نص' }]] as const)(
    'throws InvalidQueryError naming a text that is not a string: %j',
    (value) => {
      const error = catchError(() => findQuantities(value as unknown as string));
      expect(error).toBeInstanceOf(InvalidQueryError);
      expect((error as InvalidQueryError).message).toMatch(/^Expected text to be a string, got /);
    },
  );
});
