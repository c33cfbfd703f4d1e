/** Plain-text tables for the terminal, with columns aligned by display width and fit to the terminal's. */

// Text is measured and cut by grapheme (what a reader sees as one character), so a cut never
// splits a surrogate pair, separates a mark from its letter, or breaks an emoji sequence.
/**
 * The grapheme segmenter, made on first use: making one loads ICU's break rules, which costs a
 * command line more start-up than the rest of a table (tables of plain text never need it).
 */
let segmenter: Intl.Segmenter | undefined;
const graphemes = (text: string) => (segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text);

/**
 * Text in which every UTF-16 unit is a grapheme one column wide: printable ASCII, Latin-1 and
 * Latin Extended-A and B (no combining marks there; the soft hyphen, a format character, left
 * out), the general punctuation of dashes, quotes and the bullet, and the box drawing of a
 * table's rule (ambiguous width, which graphemeWidth counts as one). Its width is its length.
 */
const NARROW_UNITS = /^[\x20-\x7E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2027\u2500-\u257F]*$/;

// A grapheme made only of marks (harakat, shadda), enclosing marks or format characters (bidi
// controls, ZWJ) takes no column in a terminal.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;

// Emoji shown as emoji (by default, or with the variation selector U+FE0F), and the East Asian
// Wide and Fullwidth blocks (Hangul, CJK, kana, Yi, fullwidth forms), take two columns, as
// wcwidth counts them. Arabic letters take one.
const WIDE =
  /[\p{Emoji_Presentation}\uFE0F\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6\u{16FE0}-\u{18AFF}\u{1B000}-\u{1B2FF}\u{1F200}-\u{1F2FF}\u{20000}-\u{2FFFD}\u{30000}-\u{3FFFD}]/u;

/** The columns one grapheme takes: 0, 1 or 2. */
function graphemeWidth(grapheme: string): number {
  if (WIDE.test(grapheme)) {
    return 2;
  }
  return ZERO_WIDTH.test(grapheme) ? 0 : 1;
}

// An ANSI control sequence (CSI: ESC [ parameters, intermediates, a final byte), such as the
// SGR styles that highlight a search match. It takes no column, and a cut never splits one.
const CONTROL_SEQUENCE = /\u001B\[[0-?]*[ -/]*[@-~]/g; // eslint-disable-line no-control-regex -- ESC is what it finds

/** SGR 0: every style off. */
export const RESET = '\u001B[0m';

/** A run of visible text, or one control sequence. */
interface Piece {
  readonly text: string;
  readonly control: boolean;
}

/** `text` in order as its runs of visible text and its control sequences, so that the visible text alone is measured and cut. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(CONTROL_SEQUENCE)) {
    out.push({ text: text.slice(at, match.index), control: false }, { text: match[0], control: true });
    at = match.index + match[0].length;
  }
  out.push({ text: text.slice(at), control: false });
  return out;
}

/** `parts` joined, without the white space at the end of their visible text, even with a control sequence after it. */
function trimVisibleEnd(parts: readonly Piece[]): string {
  const kept = [...parts];
  for (let at = kept.length - 1; at >= 0; at -= 1) {
    const part = kept[at]!; // at is an index of kept
    if (!part.control) {
      const text = part.text.trimEnd();
      kept[at] = { text, control: false };
      if (text !== '') {
        break;
      }
    }
  }
  return kept.map((part) => part.text).join('');
}

/** How many terminal columns `text` takes; its ANSI control sequences take none. */
export function displayWidth(text: string): number {
  if (NARROW_UNITS.test(text)) {
    return text.length;
  }
  let width = 0;
  for (const piece of pieces(text)) {
    if (!piece.control) {
      for (const { segment } of graphemes(piece.text)) {
        width += graphemeWidth(segment);
      }
    }
  }
  return width;
}

/**
 * `text` cut to at most `max` columns, ending with '…' when cut, and never
 * inside a grapheme; the space before a cut is dropped, so that '…' follows a word.
 * An ANSI control sequence is kept whole or dropped with the text after it, and
 * a cut text that holds one ends its styles before the '…', so that no style
 * runs on past the cell.
 */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) {
    return text;
  }
  let width = 0;
  const out: Piece[] = [];
  let cut = false;
  for (const piece of pieces(text)) {
    if (piece.control) {
      out.push(piece);
      continue;
    }
    let kept = '';
    for (const { segment } of graphemes(piece.text)) {
      const next = graphemeWidth(segment);
      if (width + next > max - 1) {
        cut = true;
        break;
      }
      kept += segment;
      width += next;
    }
    out.push({ text: kept, control: false });
    if (cut) {
      break;
    }
  }
  return `${trimVisibleEnd(out)}${out.some((piece) => piece.control) ? RESET : ''}…`;
}

/** How a table is laid out. */
export interface TableOptions {
  /** Columns padded on the left, such as counts. They are never cut. */
  readonly rightAligned?: readonly number[];
  /**
   * Text columns that are cut first with '…' to fit `width`, such as names and
   * titles. Other text columns (ids, which a reader copies into the next
   * command) are cut only when the table cannot fit otherwise.
   */
  readonly shrinkable?: readonly number[];
  /** The terminal's width; undefined (output to a pipe or a file) never cuts anything. */
  readonly width?: number | undefined;
}

/** The space between two columns. */
const GAP = 2;
/** A shrinkable column is first cut to no less than this, or its header's width if that is more. */
const MIN_CUT_WIDTH = 10;
/** The narrowest any cut column gets: one character and '…'. */
const LAST_RESORT_WIDTH = 2;

/**
 * Cuts `columns` of `fitted` until the table fits `width` or each is at its floor:
 * the widest first, down to the next widest, and so on. Returns the columns still over.
 */
function cutColumns(fitted: number[], floors: readonly number[], columns: readonly number[], width: number): number {
  const at = (column: number): number => fitted[column]!; // every column has a width: `fitted` has one per header cell
  let excess = fitted.reduce((sum, columnWidth) => sum + columnWidth, 0) + GAP * (fitted.length - 1) - width;
  while (excess > 0) {
    const open = columns.filter((column) => at(column) > floors[column]!); // floors has one per column too
    if (open.length === 0) {
      break;
    }
    const widest = open.reduce((best, column) => (at(column) > at(best) ? column : best));
    const next = Math.max(floors[widest]!, ...open.filter((column) => column !== widest).map(at));
    // Columns of equal width take turns, one column at a time.
    const cut = Math.min(excess, Math.max(1, at(widest) - next));
    fitted[widest] = at(widest) - cut;
    excess -= cut;
  }
  return excess;
}

/**
 * Column widths that fit `width`. The shrinkable columns are cut first, none
 * below its floor; if that is not enough, every text column (ids included) is
 * cut, down to one character and '…'. Only the right-aligned columns (counts)
 * are never cut, so a terminal too narrow even for them gets a wider table.
 */
function fitColumns(
  widths: readonly number[],
  floors: readonly number[],
  options: TableOptions,
  width: number,
): number[] {
  const { rightAligned = [], shrinkable = [] } = options;
  const fitted = [...widths];
  if (cutColumns(fitted, floors, shrinkable, width) > 0) {
    const text = fitted.map((_, column) => column).filter((column) => !rightAligned.includes(column));
    cutColumns(
      fitted,
      fitted.map((columnWidth) => Math.min(columnWidth, LAST_RESORT_WIDTH)),
      text,
      width,
    );
  }
  return fitted;
}

/**
 * Renders rows under a header, each column padded to its widest cell. A
 * column marked right-aligned (counts) is padded on the left. Put Arabic
 * text in the last column: a terminal's bidi reordering then cannot move it
 * across the other columns, and nothing needs padding after it. With a
 * `width`, columns are cut to fit it (see {@link fitColumns}).
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const { rightAligned = [], width } = options;
  // Every row has a cell under each header cell, so the reads by column below cannot miss.
  const ragged = rows.find((row) => row.length !== header.length);
  if (ragged !== undefined) {
    throw new Error(`Expected ${header.length} cells in each row of the table, got ${JSON.stringify(ragged)}`);
  }
  const natural = header.map((title, column) =>
    Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column]!))),
  );
  const floors = header.map((title, column) =>
    Math.min(natural[column]!, Math.max(displayWidth(title), MIN_CUT_WIDTH)),
  );
  const widths = width === undefined ? natural : fitColumns(natural, floors, options, width);
  const line = (cells: readonly string[]) =>
    cells
      .map((whole, column) => {
        const columnWidth = widths[column]!; // one width per header cell, and each line has as many cells
        const cell = truncate(whole, columnWidth);
        const padding = ' '.repeat(columnWidth - displayWidth(cell));
        if (column === cells.length - 1 && !rightAligned.includes(column)) {
          return cell;
        }
        return rightAligned.includes(column) ? padding + cell : cell + padding;
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  return [line(header), line(widths.map((columnWidth) => '─'.repeat(columnWidth))), ...rows.map(line)].join('\n');
}
