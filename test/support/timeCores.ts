/**
 * The promise each pattern of findTimeExpressions makes to its scan (src/internal/dates/timePatterns.ts,
 * TimePattern): every match that a scan of the whole text finds holds a hit of the pattern's core, and
 * starts at most `before` words before the word of that hit. The patterns are tried only there, so a
 * match that broke this would be missed. Checked on the test phrases and the shipped texts
 * (test/internal/timePatterns.test.ts) and on random texts (test/findTimeExpressions.test-prop.ts).
 *
 * One exception, by design: آب (August) is also أب, "father", so the month names' core holds it
 * only beside a year, شهر or its other name, and a month or range that names it alone, with no
 * year, is refused by the finder whatever the scan; such matches are left out here.
 */
import { MONTHS } from '../../src/internal/dates/arabicDates.js';
import type { TimePattern } from '../../src/internal/dates/timePatterns.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether a group is a month phrase: month names, alone or joined by a slash or in brackets. */
const isMonthPhrase = (group: string): boolean =>
  group.split(/[/()]/).every((part) => part.trim() === '' || Object.hasOwn(MONTHS, part.trim()));

/** Whether a match names آب alone, with no other month, no year and no شهر: the finder refuses it (see above). */
function namesAbAlone(match: RegExpMatchArray): boolean {
  const groups = (match.slice(1) as (string | undefined)[]).filter((group) => group !== undefined);
  const months = groups.filter(isMonthPhrase);
  const years = groups.filter((group) => /^\d{4}$/.test(group));
  return (
    months.length > 0 && months.every((month) => month === 'اب') && years.length === 0 && !match[0].includes('شهر')
  );
}

/** The matches of `pattern` in a scan of the whole normalized `text` that its core and window would not find. */
export function missedByCore(text: string, { pattern, core, before }: TimePattern): readonly string[] {
  const wordStarts = [...text.matchAll(WORD)].map((word) => word.index);
  const wordOf = (index: number): number => {
    let word = 0;
    while (word + 1 < wordStarts.length && wordStarts[word + 1]! <= index) {
      word += 1;
    }
    return word;
  };
  const hits = [...text.matchAll(new RegExp(core.source, 'g'))].map((hit) => hit.index);
  const missed: string[] = [];
  for (const match of text.matchAll(new RegExp(pattern.source, 'gu'))) {
    const from = match.index;
    const to = from + match[0].length;
    const found = hits.some(
      (hit) => hit >= from && hit < to && wordOf(hit) - wordOf(from) <= before && wordStarts.includes(from),
    );
    if (!found && !namesAbAlone(match)) {
      missed.push(match[0]);
    }
  }
  return missed;
}
