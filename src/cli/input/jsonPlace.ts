/**
 * Where something is in a JSON text, for messages: the line and column of a
 * parse error, and the line where an array's item starts. Both run only when
 * there is something to report, so a good input never pays for them.
 */

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/** The line and column (both from 1) of UTF-16 `position` in `text`. */
export function lineAndColumn(text: string, position: number): { readonly line: number; readonly column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < position; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * Where V8's `JSON.parse` error puts the fault: its `at position N`, or the
 * end of the text for an input that ends too soon; `undefined` when the
 * message gives no place (an unexpected token, in Node 20).
 */
export function errorPosition(message: string, text: string): number | undefined {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) {
    return Number(position);
  }
  return message.startsWith('Unexpected end of JSON input') ? text.length : undefined;
}

/**
 * The line (from 1) where item `index` of the JSON array in `bytes` starts:
 * a scan of the structure up to it, skipping strings. `bytes` must hold a
 * valid JSON array with that item, as `JSON.parse` has already shown.
 */
export function arrayItemLine(bytes: Uint8Array, index: number): number {
  let line = 1;
  let depth = 0;
  let item = -1;
  // True right after the array's `[` or a comma between its items: the next byte that is not space starts an item.
  let expecting = false;
  for (let at = 0; at < bytes.length; at += 1) {
    const byte = bytes[at]!;
    if (byte === NEWLINE) {
      line += 1;
      continue;
    }
    if (byte === 0x20 || byte === 0x09 || byte === 0x0d) {
      continue;
    }
    if (expecting && byte !== 0x5d) {
      item += 1;
      if (item === index) {
        return line;
      }
    }
    expecting = false;
    if (byte === QUOTE) {
      // Skips the string; JSON strings hold no raw newline.
      for (at += 1; bytes[at] !== QUOTE; at += 1) {
        if (bytes[at] === BACKSLASH) {
          at += 1;
        }
      }
    } else if (byte === 0x5b || byte === 0x7b) {
      depth += 1;
      expecting = depth === 1;
    } else if (byte === 0x5d || byte === 0x7d) {
      depth -= 1;
    } else if (byte === COMMA && depth === 1) {
      expecting = true;
    }
  }
  // Unreachable for a valid array that has the item; the last line is the nearest honest answer.
  return line;
}
