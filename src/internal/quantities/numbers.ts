/**
 * Numbers, as the quantity reader reads them: a run of digits with its
 * separators, or Arabic number words (`خمس عشرة`, `مائة وخمسون`, `ثلاثة آلاف`),
 * each with the scale words after it (`1.2 مليار`, `35 ألف`). Every reading looks
 * at a bounded number of tokens, so that a scan over a text stays linear.
 */
import { unitsToString } from '../text/normalize.js';
import { headKey, known, type Lexicon, type Scale } from './lexicon.js';
import { NUMBER, type Tokens, WORD } from './tokens.js';

/** A number read from the tokens. */
export interface NumberReading {
  /** The number, scale words applied. */
  readonly value: number;
  /** Index of the token after the number and its scale words. */
  readonly next: number;
  /** How many letters of the first token are a clitic (`و`, `ب`) before the number. */
  readonly prefix: number;
  /** `digits` for a run of digits, `words` for number words, `fraction` for `نصف` or `ربع` with no scale after it. */
  readonly kind: 'digits' | 'words' | 'fraction';
  /** Whether a scale word multiplied it. */
  readonly scaled: boolean;
  /** For digits: whether it is a four-digit whole number from 1800 to 2199, which is a year unless its unit says otherwise. */
  readonly yearLike: boolean;
}

/** More separators than this in one run of digits read as no number: a trillion has four. */
const MAX_SEPARATORS = 16;
const COMMA = 0x2c;
const ARABIC_THOUSANDS = 0x066c; // ٬

/**
 * The number token `index` of `tokens` as its digits and the number of them after the
 * decimal separator, or undefined when its separators read as no number. Read from the
 * normalized units, so that a run that is no number (`1.2.3…`) costs no string.
 */
export function readDigits(
  tokens: Tokens,
  index: number,
): { readonly digits: string; readonly decimals: number } | undefined {
  const { units } = tokens;
  const from = tokens.from(index);
  const to = tokens.to(index);
  const separators: number[] = [];
  for (let at = from; at < to; at += 1) {
    const unit = units[at]!; // at < to
    if (unit < 0x30 || unit > 0x39) {
      if (separators.length === MAX_SEPARATORS) {
        return undefined;
      }
      separators.push(at);
    }
  }
  if (separators.length === 0) {
    return { digits: unitsToString(units, from, to), decimals: 0 };
  }
  const kind = (separator: number): number => units[separators[separator]!]!; // separator < separators.length
  // The length of group `group`: the digits before the first separator, between two, or after the last.
  const groupLength = (group: number): number =>
    (group === separators.length ? to : separators[group]!) - (group === 0 ? from : separators[group - 1]! + 1);
  // Separators 0 … count-1 of one kind between thousands: a first group of one to three digits, not led by 0, then groups of three.
  const thousands = (separator: number, count: number): boolean => {
    if (groupLength(0) > 3 || units[from] === 0x30) {
      return false;
    }
    for (let each = 0; each < count; each += 1) {
      if (kind(each) !== separator || groupLength(each + 1) !== 3) {
        return false;
      }
    }
    return true;
  };
  const digits = (): string => {
    let out = '';
    for (let group = 0; group <= separators.length; group += 1) {
      const start = group === 0 ? from : separators[group - 1]! + 1;
      out += unitsToString(units, start, start + groupLength(group));
    }
    return out;
  };
  const last = separators.length - 1;
  // ٬ always, and , before groups of three, separate thousands: 1,200 and ١٬٢٠٠ are 1200.
  if (thousands(ARABIC_THOUSANDS, separators.length) || thousands(COMMA, separators.length)) {
    return { digits: digits(), decimals: 0 };
  }
  // Otherwise the last separator is the decimal point (., ٫, or a , before other than three digits),
  // after any thousands separators of one kind: 1,234.5, ١٬٢٣٤٫٥.
  const thousandsKind = last === 0 ? undefined : kind(0);
  const decimal = kind(last);
  if (
    (last === 0 ||
      ((thousandsKind === COMMA || thousandsKind === ARABIC_THOUSANDS) && thousands(thousandsKind, last))) &&
    decimal !== thousandsKind &&
    decimal !== ARABIC_THOUSANDS
  ) {
    return { digits: digits(), decimals: groupLength(separators.length) };
  }
  return undefined;
}

/** The scale word at token `index` (`مليار`, `ألف`, `مليوناً`, `آلاف`), or undefined. */
function scaleAt(tokens: Tokens, index: number, words: Lexicon): Scale | undefined {
  const word = tokens.word(index);
  const form = word === undefined ? undefined : known(word, words.scales);
  return form === undefined ? undefined : words.scales.get(form);
}

/** Whether the word at `index` is عشر or عشرة, the second word of eleven to nineteen. */
function isTeenTail(tokens: Tokens, index: number): boolean {
  const word = tokens.word(index);
  return word === 'عشر' || word === 'عشره';
}

/** The word after the conjunction و at `index` (`وعشرون`, or `و` then `عشرون`), with the index after it. */
function afterWaw(tokens: Tokens, index: number): { readonly word: string; readonly index: number } | undefined {
  const word = tokens.word(index);
  if (word?.charCodeAt(0) !== 0x0648) {
    return undefined;
  }
  if (word.length > 1) {
    return { word: word.slice(1), index };
  }
  const next = tokens.word(index + 1);
  return next === undefined ? undefined : { word: next, index: index + 1 };
}

/** A number below a hundred starting with `word`, the text of token `index`: a unit, a teen, tens, or a unit and tens (`خمسة وعشرون`). */
function belowHundred(
  tokens: Tokens,
  index: number,
  word: string,
  words: Lexicon,
): { readonly value: number; readonly next: number } | undefined {
  const tens = words.tens.get(word);
  if (tens !== undefined) {
    return { value: tens, next: index + 1 };
  }
  const head = words.teenHeads.get(word);
  if (head !== undefined && isTeenTail(tokens, index + 1)) {
    return { value: 10 + head, next: index + 2 };
  }
  const unit = words.units.get(word);
  if (unit === undefined) {
    return undefined;
  }
  if (unit < 10 && isTeenTail(tokens, index + 1)) {
    return { value: 10 + unit, next: index + 2 };
  }
  const joined = afterWaw(tokens, index + 1);
  const joinedTens = joined === undefined ? undefined : words.tens.get(joined.word);
  if (joined !== undefined && joinedTens !== undefined && unit < 10) {
    return { value: unit + joinedTens, next: joined.index + 1 };
  }
  // One and two alone are not numbers: واحد is an adjective, and two is a dual noun.
  return unit >= 3 ? { value: unit, next: index + 1 } : undefined;
}

/** A number below a thousand starting with `word` at `index`: hundreds and what is joined to them with و, or a number below a hundred. */
function group(
  tokens: Tokens,
  index: number,
  word: string,
  words: Lexicon,
): { readonly value: number; readonly next: number } | undefined {
  let hundreds = words.hundreds.get(word);
  let next = index + 1;
  if (hundreds === undefined) {
    const unit = words.units.get(word);
    const after = tokens.word(index + 1);
    if (unit !== undefined && unit >= 3 && unit < 10 && after !== undefined && words.hundreds.get(after) === 100) {
      hundreds = unit * 100;
      next = index + 2;
    }
  }
  if (hundreds === undefined) {
    return belowHundred(tokens, index, word, words);
  }
  const joined = afterWaw(tokens, next);
  const rest = joined === undefined ? undefined : belowHundred(tokens, joined.index, joined.word, words);
  return rest === undefined ? { value: hundreds, next } : { value: hundreds + rest.value, next: rest.next };
}

/** The clitics a number word may carry: و or ف, then ب or ل. A clitic is read only before a number word of three letters or more (`لست` is "I am not"). */
const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'] as const;

/** Whether `word` starts a number written in words. */
function startsNumber(word: string, words: Lexicon): boolean {
  return words.starters.has(word);
}

const isWaw = (unit: number): boolean => unit === 0x0648 || unit === 0x0641; // و, ف
const isBaLam = (unit: number): boolean => unit === 0x0628 || unit === 0x0644; // ب, ل

/**
 * Whether the word token may start a number in words, by its first letters alone
 * (after و or ف, then ب or ل): a filter that makes no string, for the many words that start none.
 */
function mayStartNumber(tokens: Tokens, index: number, words: Lexicon): boolean {
  if (headAt(tokens, index, 0, words)) {
    return true;
  }
  const first = tokens.unit(index, 0);
  if (!isWaw(first) && !isBaLam(first)) {
    return false;
  }
  return (
    headAt(tokens, index, 1, words) ||
    (isWaw(first) &&
      tokens.to(index) - tokens.from(index) > 1 &&
      isBaLam(tokens.unit(index, 1)) &&
      headAt(tokens, index, 2, words))
  );
}

/** Whether the letters of the word token from `offset` on begin a starter (three letters or more, or from the start a word of two). */
function headAt(tokens: Tokens, index: number, offset: number, words: Lexicon): boolean {
  const left = tokens.to(index) - tokens.from(index) - offset;
  if (left >= 3) {
    return words.starterHeads.has(
      headKey(tokens.unit(index, offset), tokens.unit(index, offset + 1), tokens.unit(index, offset + 2)),
    );
  }
  return offset === 0 && left === 2 && words.shortStarters.has(headKey(tokens.unit(index, 0), tokens.unit(index, 1)));
}

/** One term of a number in words: a group below a thousand with its scale word, or a scale word alone. */
function term(
  tokens: Tokens,
  index: number,
  word: string,
  lastPower: number,
  words: Lexicon,
): { readonly value: number; readonly next: number; readonly power: number | undefined } | undefined {
  const alone = known(word, words.scales);
  if (alone !== undefined) {
    const scale = words.scales.get(alone)!; // known() found it
    if (scale.form === 'plural' || scale.power >= lastPower) {
      return undefined;
    }
    // A scale word alone is one of it; its dual, or its singular with a final alef (مليونا دولار, in construct), two.
    const two = scale.form === 'dual' || alone !== word;
    return { value: (two ? 2 : 1) * 10 ** scale.power, next: index + 1, power: scale.power };
  }
  const read = group(tokens, index, word, words);
  if (read === undefined) {
    return undefined;
  }
  const scale = scaleAt(tokens, read.next, words);
  if (scale !== undefined && scale.form !== 'dual' && scale.power < lastPower) {
    return { value: read.value * 10 ** scale.power, next: read.next + 1, power: scale.power };
  }
  // A group with no scale word ends the number; after a scale word it must be below it.
  return read.value < 10 ** Math.min(lastPower, 3)
    ? { value: read.value, next: read.next, power: undefined }
    : undefined;
}

/**
 * Reads number words from token `index`: terms joined by و in falling scale
 * (`ثلاثة ملايين وخمسمائة ألف`), each a group below a thousand with its scale word
 * (`خمس عشرة`, `مائة وخمسون`, `ثلاثة آلاف`) or a scale word alone (`مليون دولار`;
 * `مليونا دولار`, `ملياري دولار`: two); a plural scale word needs a number before it
 * (`آلاف` alone is vague); `ونصف` after a scale word adds half of it; a fraction
 * before a scale word scales it (`نصف مليون`), and with none it is left to the caller
 * as a share. Reads at most five terms, so it looks at a bounded number of tokens.
 */
function readWords(tokens: Tokens, index: number, words: Lexicon): NumberReading | undefined {
  if (!mayStartNumber(tokens, index, words)) {
    return undefined;
  }
  const text = tokens.text(index);
  const first0 = text.charCodeAt(0);
  // Most words start no number, and carry no clitic that could hide one: و ف ب ل.
  const prefix = startsNumber(text, words)
    ? ''
    : first0 === 0x0648 || first0 === 0x0641 || first0 === 0x0628 || first0 === 0x0644
      ? PREFIXES.find(
          (clitic) =>
            clitic !== '' &&
            text.length - clitic.length >= 3 &&
            text.startsWith(clitic) &&
            startsNumber(text.slice(clitic.length), words),
        )
      : undefined;
  if (prefix === undefined) {
    return undefined;
  }
  const first = text.slice(prefix.length);
  const fraction = words.fractions.get(first);
  if (fraction !== undefined) {
    const scale = scaleAt(tokens, index + 1, words);
    return scale?.form === 'singular'
      ? {
          value: (fraction * 10 ** scale.power) / 100,
          next: index + 2,
          prefix: prefix.length,
          kind: 'words',
          scaled: true,
          yearLike: false,
        }
      : { value: fraction, next: index + 1, prefix: prefix.length, kind: 'fraction', scaled: false, yearLike: false };
  }
  let word = first;
  let cursor = index;
  let end = index;
  let total = 0;
  let lastPower = Infinity;
  for (let round = 0; round < 5; round += 1) {
    const read = term(tokens, cursor, word, lastPower, words);
    if (read === undefined) {
      break;
    }
    total += read.value;
    end = read.next;
    if (read.power === undefined) {
      break;
    }
    lastPower = read.power;
    const joined = afterWaw(tokens, end);
    if (joined === undefined) {
      break;
    }
    if (joined.word === 'نصف') {
      total += 10 ** lastPower / 2;
      end = joined.index + 1;
      break;
    }
    word = joined.word;
    cursor = joined.index;
  }
  return end === index
    ? undefined
    : {
        value: total,
        next: end,
        prefix: prefix.length,
        kind: 'words',
        scaled: lastPower !== Infinity,
        yearLike: false,
      };
}

/** Reads a number at token `index`, digits or words, with its scale words; undefined when there is none. */
export function readNumber(tokens: Tokens, index: number, words: Lexicon): NumberReading | undefined {
  const kind = tokens.kind(index);
  if (kind === WORD) {
    return readWords(tokens, index, words);
  }
  if (kind !== NUMBER) {
    return undefined;
  }
  const digits = readDigits(tokens, index);
  if (digits === undefined) {
    return undefined;
  }
  const scale = scaleAt(tokens, index + 1, words);
  const power = scale === undefined || scale.form === 'dual' ? 0 : scale.power;
  // Exact decimal arithmetic: 408.8 مليون is 4088e5, never 408.8 * 1e6.
  const value = Number(`${digits.digits}e${power - digits.decimals}`);
  const whole = digits.decimals === 0 && power === 0;
  return {
    value,
    next: index + (power === 0 ? 1 : 2),
    prefix: 0,
    kind: 'digits',
    scaled: power !== 0,
    yearLike: whole && digits.digits.length === 4 && value >= 1800 && value <= 2199,
  };
}
