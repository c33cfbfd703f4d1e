/** Shows a user's value in a message, cut short so that a hostile value cannot flood a log. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    return JSON.stringify(shown);
  }
  if (value instanceof Date) {
    return `Date(${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (value === null) {
    return 'null';
  }
  if (typeof value === 'object') {
    return 'an object';
  }
  if (typeof value === 'bigint') {
    return `${value}n`;
  }
  if (typeof value === 'symbol' || typeof value === 'function') {
    return `a ${typeof value}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  // Every other kind of value is handled above.
  return 'undefined';
}
