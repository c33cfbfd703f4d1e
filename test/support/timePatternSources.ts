/**
 * The patterns of findTimeExpressions (src/internal/dates/timePatterns.ts), written with named
 * pieces. The package builds no pattern at run time (test/supplyChain.test.ts), so the source holds
 * each pattern written out in full (`%NAME%` in a template stands for a piece); test/internal/timePatterns.test.ts checks that each one is
 * exactly the expansion of its template here, so that a piece is changed in one place.
 *
 * Every pattern reads the normalized text (hamza seats, ة and ى folded, digits 0–9, one space).
 */

/** The pieces, in the order they may refer to each other (a piece may use the pieces above it). */
const PIECES: readonly (readonly [name: string, source: string])[] = [
  // Where a word starts, with the clitics that may be written onto it (و ف, then ب ك ل): they stay in the span.
  ['P', '(?<![\\p{L}\\p{N}])[وف]?[بكل]?'],
  // The article, or after ل its ل alone (للعام).
  ['AL', '(?:ال|(?<=ل)ل)'],
  ['E', '(?![\\p{L}\\p{N}])'],
  ['DASH', '[-\\u2010-\\u2015\\u2212]'],
  ['ERA', '(?:ء|م)?'],
  // Every key of MONTHS (src/internal/dates/arabicDates.ts), longest first.
  [
    'M',
    '(?:كانون الثاني|تشرين الثاني|تشرين الاول|كانون الاول|كانون ثاني|تشرين ثاني|تشرين اول|كانون اول|فبراير|سبتمبر|اكتوبر|نوفمبر|ديسمبر|حزيران|يناير|ابريل|يونيو|يونيه|يوليو|يوليه|اغسطس|نيسان|ايلول|مارس|مايو|شباط|اذار|ايار|تموز|اب)',
  ],
  // A month, or two names of it joined by a slash or in brackets.
  ['MP', '%M%(?: ?\\/ ?%M%| ?\\( ?%M% ?\\))?'],
  ['WEEKDAY', '(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)'],
  ['PART', '(?:صباح|مساء|ظهر|ظهيره|عصر|فجر|ليله|ليل|نهار)'],
  ['MOD', '(?:مطلع|اوايل|اواخر|منتصف|بدايه|نهايه)'],
  // What makes a year, a month or a week relative to the day of writing.
  [
    'REL',
    '(?:الماضي|الماضيه|المنصرم|المنصرمه|السابق|السابقه|الفايت|المقبل|المقبله|القادم|القادمه|الحالي|الحاليه|الجاري|الجاريه)',
  ],
  ['DURREL', '(?:الماضيه|الماضي|الاخيره|الاخير|المقبله|المقبل|القادمه|القادم|المنصرمه)'],
  // Ordinal days of the month, 1st to 31st, with the article.
  [
    'ORD',
    '(?:الحادي والعشرين|الثاني والعشرين|الثالث والعشرين|الرابع والعشرين|الخامس والعشرين|السادس والعشرين|السابع والعشرين|الثامن والعشرين|التاسع والعشرين|الحادي والثلاثين|الحادي عشر|الثاني عشر|الثالث عشر|الرابع عشر|الخامس عشر|السادس عشر|السابع عشر|الثامن عشر|التاسع عشر|العشرين|الثلاثين|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر)',
  ],
  // Number words: 1–10, 11–19, the tens, a unit and a ten (خمس وعشرين), 100 and 200.
  ['UNITWORD', '(?:(?:ثلاث|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)ه?|واحد|احد|اثنين|اثنان|اثنتين|اثنتان)'],
  ['TENS', '(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ين|ون)'],
  [
    'NUM',
    '(?:(?:احد|احدي|اثنا|اثني|اثنتا|اثنتي|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه) عشره?|%UNITWORD% و ?%TENS%|%TENS%|%UNITWORD%|مايتين|ميتين|مايتي|ميتي|مايه|ميه)',
  ],
  [
    'UNIT',
    '(?:عاما|عامين|عام|اعوام|سنوات|سنين|سنتين|سنه|شهرا|شهرين|شهر|اشهر|شهور|اسبوعا|اسبوعين|اسبوع|اسابيع|يوما|يومين|يوم|ايام|ساعات|ساعتين|ساعه|دقايق|دقيقتين|دقيقه|قرنا|قرنين|قرن|قرون|عقدا|عقدين|عقد|عقود)',
  ],
  ['PLURAL', '(?:سنوات|اعوام|سنين|اشهر|شهور|اسابيع|ايام|ساعات|دقايق|عقود|قرون)'],
  ['DUAL', '(?:عامين|سنتين|شهرين|اسبوعين|يومين|ساعتين|دقيقتين|عقدين|قرنين)'],
  // A year: its digits, or this, last or next year, or the year alone (this one).
  ['YEAREXPR', '(?:(?:هذا|هذه) %AL%(?:عام|سنه)|%AL%(?:عام|سنه) %REL%|%AL%?(?:عام|سنه) \\d{4}|\\d{4}|%AL%(?:عام|سنه))'],
];

/** The templates of the patterns, by the name src/internal/dates/timePatterns.ts gives them. */
export const TEMPLATES: Readonly<Record<string, string>> = {
  dayOrMonthRange:
    '%P%(?:(%AL%?فتره) )?(?:(من|بين) )?(?:(\\d{1,2})(?: ?(%MP%))?(?: ?[،,]? ?(\\d{4}))?|(?:%AL%?شهر )?(%MP%)(?: ?[،,]? ?(\\d{4}))?) ?(%DASH%|الي|حتي|لغايه|و) ?(?:(\\d{1,2}) ?(%MP%)|(?:%AL%?شهر )?(%MP%))(?: ?[،,]? ?(\\d{4})%ERA%)?%E%',
  yearRange:
    '%P%(?:(%AL%?(?:فتره|عام الدراسي|سنه الدراسيه|موسم|سنوات|اعوام)) )?(?:(من|بين) )?(?:%AL%?(?:عامي|عام|سنتي|سنه) )?(\\d{4}) ?(%DASH%|\\/|الي|حتي|لغايه|و) ?(?:%AL%?(?:عام|سنه) )?(\\d{4})%ERA%%E%',
  month:
    '%P%(?:(\\d{1,2}) ?|(%ORD%) من (?:%AL%?شهر )?|(%MOD%) (?:%AL%?شهر )?|(%AL%?شهر) )?(%MP%)(?: ?[،,]? ?(\\d{4})%ERA%| من %AL%?(?:عام|سنه) (\\d{4}))?(?: (الماضي|المنصرم|المقبل|القادم|الجاري|الحالي))?%E%',
  yearWord: '%P%(?:(%MOD%) )?%AL%?(?:عام|سنه) (\\d{4})%ERA%%E%',
  bareYear: '%P%(\\d{4})(%ERA%)%E%',
  relativeUnit: '%P%(?:(%MOD%) )?(?:(?:هذا|هذه) %AL%(عام|سنه|شهر|اسبوع)|%AL%(عام|سنه|شهر|اسبوع) (%REL%))%E%',
  sameUnit:
    '%P%(?:نفس %AL%(عام|سنه|شهر|يوم|فتره)|%AL%(عام|سنه|شهر|يوم|فتره) (?:نفسه|نفسها|ذاته|ذاتها))(?: من (%YEAREXPR%))?%E%',
  partOfYear:
    '%P%(?:%AL%(?:اشهر|شهور) (?:%AL% ?)?(\\d{1,2}|%UNITWORD%) %AL%(اولي|اخيره)|%AL%نصف %AL%(اول|ثاني)|%AL%ربع %AL%(اول|ثاني|ثالث|رابع|اخير)) من (%YEAREXPR%|%AL%يوم)%E%',
  relativeDay:
    '%P%(?:(%PART%) )?(يوم )?(اول امس|امس الاول|بعد غد|امس|اليوم|غدا|غد|الغد)(?:(?: ?[،,] ?| )(?:يوم )?(%WEEKDAY%))?%E%',
  partOfDay: '%P%(?:(%PART%) (?:يوم )?(%WEEKDAY%)|(صباحا|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا|نهارا))%E%',
  duration: '%P%(?:ال ?)?(?:(\\d{1,4}(?:[.,]\\d+)?) ?|(%NUM%) )(%UNIT%)(?: %DURREL%)?%E%',
  definiteDuration: '%P%%AL%(%PLURAL%) (?:ال ?)?(\\d{1,4}|%NUM%)(?: ?%DURREL%)?%E%',
  vagueDuration: '%P%(?:(عده|بضع|بضعه) )?(%PLURAL%|%DUAL%)%E%',
  reference:
    '%P%(?:(?:وقت|فتره) (?:سابق|سابقه|لاحق|لاحقه)|حاليا|موخرا|سابقا|لاحقا|قريبا|مستقبلا|%AL%(?:وقت|فتره) %AL%(?:حالي|حاليه|راهن|راهنه|حاضر)|%AL%اونه %AL%اخيره|%AL%(?:سنوات|اعوام|سنين|عقود|اشهر|شهور|ايام|اسابيع|فتره) %DURREL%|(?:الان|المستقبل|الماضي)(?: (?:القريب|البعيد))?|(?:اسرع|اقرب) وقت(?: ممكن)?)%E%',
};

/** A template with its pieces written out, pieces within pieces included. */
export function expand(template: string): string {
  let source = template;
  for (let depth = 0; /%[A-Z]+%/.test(source); depth += 1) {
    if (depth > PIECES.length) {
      throw new Error(`Unknown piece in ${source}`);
    }
    for (const [name, piece] of PIECES) {
      source = source.replaceAll(`%${name}%`, piece);
    }
  }
  return source;
}
