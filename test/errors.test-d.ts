import { describe, expectTypeOf, it } from 'vitest';

import {
  InvalidDateError,
  InvalidQueryError,
  InvalidRecordError,
  RuTjNewsError,
  UnknownEntityError,
  UnknownTopicError,
} from '../src/index.js';

/** Every error the helpers throw, as a caller might type a caught one. */
type AnyError = InvalidDateError | InvalidQueryError | InvalidRecordError | UnknownEntityError | UnknownTopicError;
declare const error: AnyError;
declare const base: RuTjNewsError;

describe('error names', () => {
  it('are the class names, as literal types', () => {
    expectTypeOf<InvalidDateError['name']>().toEqualTypeOf<'InvalidDateError'>();
    expectTypeOf<InvalidQueryError['name']>().toEqualTypeOf<'InvalidQueryError'>();
    expectTypeOf<InvalidRecordError['name']>().toEqualTypeOf<'InvalidRecordError'>();
    expectTypeOf<UnknownEntityError['name']>().toEqualTypeOf<'UnknownEntityError'>();
    expectTypeOf<UnknownTopicError['name']>().toEqualTypeOf<'UnknownTopicError'>();
  });

  it('on the base class, are the union of every name', () => {
    expectTypeOf<RuTjNewsError['name']>().toEqualTypeOf<'RuTjNewsError' | AnyError['name']>();
  });

  it('narrow a union of the errors in a switch, down to never after the last case', () => {
    switch (error.name) {
      case 'InvalidDateError':
        expectTypeOf(error).toEqualTypeOf<InvalidDateError>();
        break;
      case 'InvalidQueryError':
        expectTypeOf(error).toEqualTypeOf<InvalidQueryError>();
        break;
      case 'InvalidRecordError':
        expectTypeOf(error).toEqualTypeOf<InvalidRecordError>();
        expectTypeOf(error.collection).toEqualTypeOf<'articles' | 'entities' | 'topics' | 'events'>();
        break;
      case 'UnknownEntityError':
        expectTypeOf(error).toEqualTypeOf<UnknownEntityError>();
        expectTypeOf(error.suggestions).toEqualTypeOf<readonly string[]>();
        break;
      case 'UnknownTopicError':
        expectTypeOf(error).toEqualTypeOf<UnknownTopicError>();
        break;
      default:
        expectTypeOf(error).toBeNever();
    }
  });

  it('turn a misspelt case into a type error', () => {
    switch (base.name) {
      // @ts-expect-error -- no error of this package has that name
      case 'UnknownTopicErorr':
        break;
      case 'UnknownTopicError':
        break;
    }
    // @ts-expect-error -- nor that one
    if (error.name === 'TypeError') {
      return;
    }
  });

  it('are read-only', () => {
    // @ts-expect-error -- a name cannot be reassigned
    error.name = 'InvalidDateError';
  });
});
