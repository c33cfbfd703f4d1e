/**
 * UTC calendar periods (years, months, days) as running numbers, and the dense
 * series of counts that `countByPeriod` and `corpus.countByPeriod` return.
 */
import { InvalidQueryError } from '../../errors.js';
import { describeValue } from '../args/describeValue.js';
import { DAY_MS, type MsRange } from './parse.js';

/** The size of a bucket: the public `Period`. */
export type PeriodName = 'year' | 'month' | 'day';

const PERIODS: readonly PeriodName[] = ['year', 'month', 'day'];

/** Reads the `period` argument. */
export function parsePeriod(period: unknown): PeriodName {
  if (!(PERIODS as readonly unknown[]).includes(period)) {
    throw new InvalidQueryError(`Invalid period ${describeValue(period)}: expected 'year', 'month' or 'day'`, period);
  }
  return period as PeriodName;
}

/** A period as a running number: years, months since year 0, or days since 1970. */
export function periodNumber(ms: number, period: PeriodName): number {
  if (period === 'day') {
    return Math.floor(ms / DAY_MS);
  }
  const date = new Date(ms);
  return period === 'year' ? date.getUTCFullYear() : date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The first millisecond of the period numbered `value`: the inverse of {@link periodNumber} on period starts. */
export function periodStart(value: number, period: PeriodName): number {
  if (period === 'day') {
    return value * DAY_MS;
  }
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map the years 0–99 to 1900–1999.
  if (period === 'year') {
    date.setUTCFullYear(value, 0, 1);
  } else {
    date.setUTCFullYear(Math.floor(value / 12), value - Math.floor(value / 12) * 12, 1);
  }
  return date.getTime();
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function periodLabel(value: number, period: PeriodName): string {
  if (period === 'year') {
    return pad(value, 4);
  }
  if (period === 'month') {
    return `${pad(Math.floor(value / 12), 4)}-${pad((value % 12) + 1, 2)}`;
  }
  return new Date(value * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The dense series of `counts` (period number → articles): every period from
 * `first` to `last`, the span of the articles counted, or from and to the
 * range's bounds where they are finite. Empty when there is nothing to span.
 */
export function periodSeries(
  counts: ReadonlyMap<number, number>,
  first: number,
  last: number,
  range: MsRange,
  period: PeriodName,
): { period: string; count: number }[] {
  const from = Number.isFinite(range.from) ? periodNumber(range.from, period) : first;
  const to = Number.isFinite(range.to) ? periodNumber(range.to, period) : last;
  const series: { period: string; count: number }[] = [];
  for (let value = from; value <= to; value += 1) {
    series.push({ period: periodLabel(value, period), count: counts.get(value) ?? 0 });
  }
  return series;
}
