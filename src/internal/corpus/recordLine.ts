/**
 * The {@link InvalidRecordError} of a record that loadCorpus read from NDJSON: with the line
 * that holds it (and the column, for a line that is not JSON) in its fields and its message.
 * Kept out of errors.ts, which every bundle carries, so that only loadCorpus pays for it.
 */
import { InvalidRecordError } from '../../errors.js';

/** What an {@link InvalidRecordError} is made from. */
export type RecordFault = ConstructorParameters<typeof InvalidRecordError>[0];

/**
 * The error of `fault`, whose message names `line` (and `column`) after the record's
 * place: `Invalid record at articles[7].title (line 9):`, and whose `cause` is `cause`.
 */
export function recordErrorAt(fault: RecordFault, line: number, column?: number, cause?: unknown): InvalidRecordError {
  const error = new InvalidRecordError(fault);
  // 'Invalid record at <where>', less its ':\n' and the problem.
  const where = new InvalidRecordError({ ...fault, problem: '' }).message.slice(0, -2);
  const place = `line ${line}${column === undefined ? '' : `, column ${column}`}`;
  Object.defineProperties(error, {
    message: { value: `${where} (${place}):\n${fault.problem}`, writable: true, configurable: true },
    line: { value: line, enumerable: true },
    column: { value: column, enumerable: true },
    cause: { value: cause, writable: true, configurable: true },
  });
  return error;
}

/** The problem of `error`, its message after the record's place: what to pass again with {@link recordErrorAt}. */
export function problemOf(error: InvalidRecordError): string {
  const { collection, index, path } = error;
  return error.message.slice(new InvalidRecordError({ collection, index, path, problem: '' }).message.length);
}
