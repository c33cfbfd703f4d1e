import { closest } from '../text/closest.js';
import { didYouMean } from './didYouMean.js';

/**
 * " Did you mean "x"?" with the one name of `names` nearest to `value`, ignoring
 * case, or '' when none is near: the hint for a misspelt option, field or flag.
 */
export function nearestName(value: string, names: readonly string[]): string {
  return didYouMean(closest(value, names, (name) => name.toLowerCase()).slice(0, 1));
}
