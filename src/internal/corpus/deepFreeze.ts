/**
 * Freezes a value and everything it holds, so that shared data cannot be
 * changed by one caller under another's feet. Returns the same value.
 *
 * An object that is already frozen is taken to be frozen all the way down, as
 * this package's data and the output of its readonly Zod schemas are; that
 * makes freezing a corpus twice free.
 *
 * `plain` is for a value that `JSON.parse` returned, and only for one: its
 * objects' own keys are then all enumerable strings, so they are walked with
 * `for…in`, which allocates nothing, instead of `Reflect.ownKeys`, which makes
 * a list of keys per object (most of the time of freezing a million records,
 * with the garbage collection it sets off).
 */
export function deepFreeze<T>(value: T, plain = false): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) {
    return value;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      deepFreeze(value[index], plain);
    }
  } else if (plain) {
    const bag = value as Record<string, unknown>;
    for (const key in bag) {
      // An enumerable key that a polluted Object.prototype lends is not the value's own.
      if (Object.hasOwn(bag, key)) {
        deepFreeze(bag[key], plain);
      }
    }
  } else {
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key], plain);
    }
  }
  return Object.freeze(value);
}
