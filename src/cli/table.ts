/** Plain-text tables for the terminal, with columns aligned by display width. */

// Marks (harakat, shadda), format characters (bidi controls, ZWJ) and tatweel's
// zero-width relatives take no column in a terminal; every other character takes one.
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

/** How many terminal columns `text` takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) if (!ZERO_WIDTH.test(character)) width += 1;
  return width;
}

/** `text` cut to at most `max` columns, ending with '…' when cut; marks stay with their letter. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let width = 0;
  let out = '';
  for (const character of text) {
    const zero = ZERO_WIDTH.test(character);
    if (!zero && width === max - 1) break;
    out += character;
    if (!zero) width += 1;
  }
  return `${out}…`;
}

/**
 * Renders rows under a header, each column padded to its widest cell. A
 * column marked right-aligned (counts) is padded on the left. Put Arabic
 * text in the last column: a terminal's bidi reordering then cannot move it
 * across the other columns, and nothing needs padding after it.
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const padding = ' '.repeat((widths[column] ?? 0) - displayWidth(cell));
        if (column === cells.length - 1 && !rightAligned.includes(column)) return cell;
        return rightAligned.includes(column) ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n');
}
