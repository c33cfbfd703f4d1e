/**
 * Freezes a value and everything it holds, so that shared data cannot be
 * changed by one caller under another's feet. Returns the same value.
 *
 * An object that is already frozen is taken to be frozen all the way down, as
 * this package's data and the output of its readonly Zod schemas are; that
 * makes freezing a corpus twice free.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) {
    return value;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      deepFreeze(value[index]);
    }
  } else {
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return Object.freeze(value);
}
