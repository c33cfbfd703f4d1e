/**
 * A companion table's cells as text: CSV (RFC 4180, as `toCsv` writes the articles)
 * and NDJSON (one flat object per row). `toCsv`, `toNdjson` and the commands that list
 * layer entries (`quotes`, `timeline`, `figures`) write their tables with these.
 */
import type { CellValue, TableCells } from './companionTables.js';

const NEEDS_QUOTES = /[",\r\n]/;

/** A CSV field: empty for no value, a number as JavaScript writes it, text in double quotes when it must be. */
function csvField(value: CellValue): string {
  const text = value === undefined ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as CSV: a header row, then a row per row, with CRLF line ends; `bom` starts it with a byte order mark. */
export function csvText(cells: TableCells, bom: boolean): string {
  const lines = [
    cells.columns.map((column) => column.name).join(','),
    ...cells.rows.map((row) => row.map(csvField).join(',')),
  ];
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** The table as NDJSON: one object per row, every column a key in the header's order, `null` where the row has no value. */
export function ndjsonText(cells: TableCells): string {
  let text = '';
  for (const row of cells.rows) {
    text += `${JSON.stringify(Object.fromEntries(cells.columns.map((column, at) => [column.name, row[at] ?? null])))}\n`;
  }
  return text;
}
