/**
 * The keyword tables of the quantity reader (docs/data-model.md, "Quantities"),
 * every word written as the matching normalization gives it (src/internal/text/normalize.ts:
 * أ إ آ → ا, ة → ه, ى → ي, ئ → ي, ؤ → و, diacritics deleted), so that `مائة` is `مايه`
 * and `دولاراً` is `دولارا`. The tables are plain literals; reader.ts turns them
 * into maps on first use, so that a bundle that never reads a quantity drops them.
 */
import type { Measure } from '../../schema.js';

/** Cardinal numbers one to ten, both genders (`خمس`, `خمسة`). One and two are read only inside a compound: alone, `واحد` is an adjective and two is a dual noun. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  واحد: 1,
  واحده: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثمان: 8,
  ثماني: 8,
  ثمانيه: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
};

/** The first word of eleven and twelve (`أحد عشر`, `إحدى عشرة`, `اثنا عشر`, `اثنتي عشرة`), read only before عشر or عشرة. */
export const TEEN_HEADS: Readonly<Record<string, number>> = {
  احد: 1,
  احدي: 1,
  اثنا: 2,
  اثني: 2,
  اثنتا: 2,
  اثنتي: 2,
};

/** The tens, twenty to ninety, in both cases (`عشرون`, `عشرين`). */
export const TEN_WORDS: Readonly<Record<string, number>> = {
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
};

/** Hundred and two hundred in both spellings (`مئة`, `مائة`); three to nine hundred are written joined (`ثلاثمائة`) or apart (`ثلاث مئة`). */
export const HUNDRED_WORDS: Readonly<Record<string, number>> = {
  ميه: 100,
  مايه: 100,
  ميتان: 200,
  ميتين: 200,
  ميتا: 200,
  ميتي: 200,
  مايتان: 200,
  مايتين: 200,
  مايتا: 200,
  مايتي: 200,
};

/** The unit stems that join a hundred word into one word: `ثلاث` + `مائة` is `ثلاثمائة`. */
export const HUNDRED_STEMS: Readonly<Record<string, number>> = {
  ثلاث: 3,
  اربع: 4,
  خمس: 5,
  ست: 6,
  سبع: 7,
  ثمان: 8,
  ثماني: 8,
  تسع: 9,
};

/**
 * The scale words, as the power of ten they multiply by. `singular` is the word
 * itself (`ألف`, `مليون`; with tanween `مليوناً`, which normalizes to `مليونا`),
 * `dual` its dual (two thousand, two million), `plural` its plural, which
 * follows three to ten (`ثلاثة آلاف`) and alone is vague (`آلاف الطلاب`, "thousands of").
 */
export const SCALE_WORDS: readonly {
  readonly power: number;
  readonly singular: readonly string[];
  readonly dual: readonly string[];
  readonly plural: readonly string[];
}[] = [
  { power: 3, singular: ['الف'], dual: ['الفان', 'الفين', 'الفي'], plural: ['الاف'] },
  { power: 6, singular: ['مليون'], dual: ['مليونان', 'مليونين', 'مليوني'], plural: ['ملايين'] },
  { power: 9, singular: ['مليار', 'بليون'], dual: ['ملياران', 'مليارين', 'ملياري'], plural: ['مليارات', 'بلايين'] },
  { power: 12, singular: ['تريليون'], dual: ['تريليونان', 'تريليونين', 'تريليوني'], plural: ['تريليونات'] },
];

/**
 * Fractions, in hundredths: `نصف` (half) and `ربع` (quarter). Before a scale word they
 * scale it (`نصف مليون`, 500,000); before the noun of a whole they are a percentage of
 * it (`نصف الحكومة`, 50 percent of the government); `ونصف` after a scale word adds half of it.
 */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  نصف: 50,
  ربع: 25,
};

/** The words that make a number a percentage: `%` and `٪` are marks, read apart; `في المائة` is two words. */
export const PERCENT_WORDS: readonly string[] = ['بالمايه', 'بالميه', 'بالمييه'];
/** The second word of `في المائة` / `في المئة`. */
export const PERCENT_AFTER_FI: readonly string[] = ['المايه', 'الميه', 'المييه'];

/**
 * Currency words and their ISO 4217 codes. A currency word may carry the
 * accusative tanween alef (`دولاراً` → `دولارا`) or be plural (`دولارات`).
 * `adjectives` are the words after it that name another currency of the same name
 * (`دولار كندي`), or confirm the default (`دولار أمريكي`); the span takes them in.
 */
export const CURRENCIES: readonly {
  readonly words: readonly string[];
  readonly code: string;
  readonly adjectives: Readonly<Record<string, string>>;
}[] = [
  {
    words: ['دولار', 'دولارا', 'دولارات'],
    code: 'USD',
    adjectives: {
      امريكي: 'USD',
      امريكيا: 'USD',
      الامريكي: 'USD',
      امريكيه: 'USD',
      كندي: 'CAD',
      كنديا: 'CAD',
      الكندي: 'CAD',
      استرالي: 'AUD',
      استراليا: 'AUD',
      الاسترالي: 'AUD',
      سنغافوري: 'SGD',
      نيوزيلندي: 'NZD',
    },
  },
  {
    words: ['روبل', 'روبلا', 'روبلات'],
    code: 'RUB',
    adjectives: { روسي: 'RUB', روسيا: 'RUB', الروسي: 'RUB', بيلاروسي: 'BYN', بيلاروسيا: 'BYN' },
  },
  { words: ['يورو'], code: 'EUR', adjectives: {} },
  { words: ['سوموني', 'سومونيا'], code: 'TJS', adjectives: { طاجيكي: 'TJS', طاجيكستاني: 'TJS' } },
  { words: ['يوان'], code: 'CNY', adjectives: { صيني: 'CNY' } },
  { words: ['تنغي', 'تينغي'], code: 'KZT', adjectives: { كازاخستاني: 'KZT' } },
];

/**
 * Comparators, each a sequence of words that ends right before the number,
 * longest first where one ends another (`لا يزيد عن` before `يزيد عن`). The first
 * word may carry و, ف or ب (`وبحوالي`). `ليصل إلى` / `لتصل إلى` ("so as to reach") are
 * absent on purpose: they state the value reached, not a bound.
 */
export const COMPARATOR_PHRASES: readonly (readonly [phrase: string, comparator: ComparatorId])[] = [
  ['لا يزيد عن', 'up-to'],
  ['لا يزيد علي', 'up-to'],
  ['لا تزيد عن', 'up-to'],
  ['لا تزيد علي', 'up-to'],
  ['لا يتجاوز', 'up-to'],
  ['لا تتجاوز', 'up-to'],
  ['بحد اقصي', 'up-to'],
  ['ما يصل الي', 'up-to'],
  ['يصل الي', 'up-to'],
  ['تصل الي', 'up-to'],
  ['ما يقرب من', 'about'],
  ['يقرب من', 'about'],
  ['ما يقارب', 'about'],
  ['يقارب', 'about'],
  ['تقارب', 'about'],
  ['ما يناهز', 'about'],
  ['يناهز', 'about'],
  ['تناهز', 'about'],
  ['حوالي', 'about'],
  ['نحو', 'about'],
  ['قرابه', 'about'],
  ['زهاء', 'about'],
  ['اكثر من', 'more-than'],
  ['ازيد من', 'more-than'],
  ['ما يزيد عن', 'more-than'],
  ['ما يزيد علي', 'more-than'],
  ['يزيد عن', 'more-than'],
  ['يزيد علي', 'more-than'],
  ['تزيد عن', 'more-than'],
  ['تزيد علي', 'more-than'],
  ['ما يفوق', 'more-than'],
  ['يفوق', 'more-than'],
  ['تفوق', 'more-than'],
  ['يتجاوز', 'more-than'],
  ['تتجاوز', 'more-than'],
  ['تجاوز', 'more-than'],
  ['تجاوزت', 'more-than'],
  ['متجاوزا', 'more-than'],
  ['متجاوزه', 'more-than'],
  ['اقل من', 'less-than'],
  ['ما يقل عن', 'less-than'],
  ['يقل عن', 'less-than'],
  ['تقل عن', 'less-than'],
];

/** A comparator id, as the schema's `comparator` takes it. */
export type ComparatorId = 'about' | 'more-than' | 'less-than' | 'up-to';

/**
 * The nouns whose count has a measure the words make clear. The key is the noun
 * (singular, plural, and the accusative with its tanween alef dropped, which reader.ts
 * tries too); a `next` table asks for a word after the noun, and without it the count
 * has no measure (`محادثات` "talks", but `محادثات هاتفية` "phone calls").
 */
export const COUNT_NOUNS: Readonly<Record<string, Measure | Readonly<Record<string, Measure>>>> = {
  اتفاقيه: 'agreements',
  اتفاقيات: 'agreements',
  اتفاق: 'agreements',
  اتفاقات: 'agreements',
  معاهده: 'agreements',
  معاهدات: 'agreements',
  مذكره: 'agreements',
  مذكرات: 'agreements',
  وثيقه: 'documents',
  وثايق: 'documents',
  شركه: 'companies',
  شركات: 'companies',
  طالب: 'students',
  طلاب: 'students',
  طلبه: 'students',
  طالبه: 'students',
  طالبات: 'students',
  معلم: 'teachers',
  معلمين: 'teachers',
  معلمون: 'teachers',
  معلمه: 'teachers',
  معلمات: 'teachers',
  مدرس: 'teachers',
  مدرسين: 'teachers',
  مدرسون: 'teachers',
  منحه: 'scholarships',
  منح: 'scholarships',
  مقعد: { للمنح: 'scholarships', دراسي: 'scholarships', دراسيا: 'scholarships' },
  مقاعد: { للمنح: 'scholarships', دراسيه: 'scholarships' },
  وزير: 'officials',
  وزراء: 'officials',
  دوله: 'countries',
  دول: 'countries',
  بلد: 'countries',
  بلدان: 'countries',
  اقليم: 'regions',
  اقاليم: 'regions',
  ولايه: 'regions',
  ولايات: 'regions',
  مقاطعه: 'regions',
  مقاطعات: 'regions',
  كيان: { اتحادي: 'regions', اتحاديا: 'regions' },
  كيانات: { اتحاديه: 'regions' },
  منطقه: 'districts',
  مناطق: 'districts',
  مديريه: 'districts',
  مديريات: 'districts',
  مكالمه: 'phone-calls',
  مكالمات: 'phone-calls',
  محادثه: { هاتفيه: 'phone-calls' },
  محادثات: { هاتفيه: 'phone-calls' },
  اتصال: { هاتفي: 'phone-calls', هاتفيا: 'phone-calls' },
  اتصالات: { هاتفيه: 'phone-calls' },
};

/**
 * Words after a number that make it a time, not an amount: durations (`خمس سنوات`,
 * `30 عاماً`) belong to the time expressions. With the tanween alef dropped (`عاما` → `عام`).
 */
export const TIME_UNITS: readonly string[] = [
  'سنه',
  'سنوات',
  'سنين',
  'عام',
  'اعوام',
  'شهر',
  'اشهر',
  'شهور',
  'اسبوع',
  'اسابيع',
  'يوم',
  'ايام',
  'ساعه',
  'ساعات',
  'دقيقه',
  'دقايق',
  'ثانيه',
  'ثوان',
  'ثواني',
  'قرن',
  'قرون',
  'عقد',
  'عقود',
  'ليله',
  'ليال',
  'ليالي',
];

/** Words before a number that make it a year: `عام 2024`, `للعام 2025`, `سنة 1992`. With their clitics. */
export const YEAR_WORDS: readonly string[] = [
  'عام',
  'العام',
  'لعام',
  'للعام',
  'بعام',
  'وعام',
  'سنه',
  'السنه',
  'لسنه',
  'للسنه',
  'بسنه',
  'الفتره',
  'للفتره',
  'منذ',
];

/** Month names of both families (normalized); a number next to one is part of a date. */
export const MONTH_WORDS: readonly string[] = [
  'يناير',
  'فبراير',
  'مارس',
  'ابريل',
  'مايو',
  'يونيو',
  'يونيه',
  'يوليو',
  'يوليه',
  'اغسطس',
  'سبتمبر',
  'اكتوبر',
  'نوفمبر',
  'ديسمبر',
  'كانون',
  'شباط',
  'اذار',
  'نيسان',
  'ايار',
  'حزيران',
  'تموز',
  'اب',
  'ايلول',
  'تشرين',
];

/** The second word of a two-word month (`تشرين الأول`, `كانون الثاني`). */
export const MONTH_SECOND_WORDS: readonly string[] = ['الاول', 'الثاني', 'اول', 'ثاني'];

/** Words before a number that make it an identifier, not an amount: `رقم 201`. */
export const IDENTIFIER_WORDS: readonly string[] = ['رقم', 'برقم', 'الرقم', 'ورقم', 'رقمها', 'رقمه'];

/**
 * Words after a number that are not what it counts: units of physical measure
 * (their unit is not one the layer has), frequency (`ثلاث مرات`), and the
 * function words that follow a number that counts nothing (`القاعدة 201 في`).
 */
export const NOT_COUNTED: readonly string[] = [
  // physical units
  'كيلومتر',
  'كيلومترات',
  'كيلومترا',
  'كم',
  'متر',
  'مترا',
  'امتار',
  'سنتيمتر',
  'ميل',
  'اميال',
  'كيلوغرام',
  'كيلوجرام',
  'كغ',
  'كجم',
  'غرام',
  'جرام',
  'طن',
  'اطنان',
  'هكتار',
  'هكتارات',
  'دونم',
  'لتر',
  'لترات',
  'برميل',
  'براميل',
  'ميغاواط',
  'ميجاوات',
  'كيلوواط',
  'واط',
  'درجه',
  'درجات',
  // frequency and multiples
  'مره',
  'مرات',
  'ضعف',
  'اضعاف',
  // function words
  'في',
  'من',
  'علي',
  'الي',
  'عن',
  'مع',
  'او',
  'و',
  'ثم',
  'حتي',
  'منذ',
  'بين',
  'عبر',
  'لدي',
  'عند',
  'قبل',
  'بعد',
  'خلال',
  'ضد',
  'نحو',
  'حول',
  'دون',
  'بشان',
  'ما',
  'لا',
  'لم',
  'لن',
  'قد',
  'ان',
  'انه',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'هو',
  'هي',
  'هم',
  'كما',
  'اي',
  'كل',
  'بعض',
  'غير',
  'سوي',
  'وفق',
  'وفقا',
  'حيث',
  'اذا',
  'لكن',
  'بل',
  'ايضا',
  'فقط',
  'تقريبا',
  'بشكل',
];
