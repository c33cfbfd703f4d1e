/**
 * " Did you mean "a", "b"?" for the given suggestions, best first, or '' when
 * there are none: the one place that writes this hint. Append it to a message
 * that ends with a full stop.
 */
export function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length > 0 ? ` Did you mean ${suggestions.map((name) => JSON.stringify(name)).join(', ')}?` : '';
}
