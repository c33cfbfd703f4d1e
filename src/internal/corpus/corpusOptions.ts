/**
 * The options that `createCorpus` and `loadCorpus` both read and check the same way:
 * `validate` and `onProgress`. (The registries are read by validate.ts.)
 */
import type { CorpusProgress } from '../../createCorpus.js';
import { InvalidQueryError } from '../../errors.js';
import { describeValue } from '../args/describeValue.js';

/** The `validate` option: true unless given as false. */
export function readValidate(validate: unknown): boolean {
  if (validate === undefined) {
    return true;
  }
  if (typeof validate !== 'boolean') {
    throw new InvalidQueryError(`Invalid validate option ${describeValue(validate)}: expected true or false`, validate);
  }
  return validate;
}

/** The `onProgress` option: a function, or undefined. */
export function readOnProgress(onProgress: unknown): ((progress: CorpusProgress) => void) | undefined {
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new InvalidQueryError(
      `Invalid onProgress option ${describeValue(onProgress)}: expected a function that takes { stage, done, total }`,
      onProgress,
    );
  }
  return onProgress as ((progress: CorpusProgress) => void) | undefined;
}
