/** The command line's tables: display width, cutting, and fitting a terminal. */
import { describe, expect, it } from 'vitest';

import { displayWidth, renderTable, RESET, truncate } from '../../src/cli/table.js';

/** SGR bold and reverse video on, and off again: how the list command marks a search match. */
const ON = '\u001B[1;7m';
const OFF = '\u001B[22;27m';

/** Complete ANSI control sequences (CSI), which take no column. */
const CONTROL_SEQUENCES = /\u001B\[[0-?]*[ -/]*[@-~]/g; // eslint-disable-line no-control-regex -- ESC is what it finds

/** `text` without its complete control sequences: what a terminal shows. */
const visible = (text: string): string => text.replaceAll(CONTROL_SEQUENCES, '');

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['Tajikistan', 10],
    ['طاجيكستان', 9],
    // Harakat and shadda sit on their letter.
    ['مُحَمَّد', 4],
    // Bidi controls and the zero-width joiner take no column.
    ['\u200Fروسيا\u200E', 5],
    ['e\u0301', 1],
    ['漢字', 4],
    ['ｔａｊ', 6],
    ['한국', 4],
    ['😀', 2],
    // A family is one emoji of three people joined by ZWJ; a heart with U+FE0F is shown as an emoji.
    ['👨‍👩‍👧', 2],
    ['❤️', 2],
    ['a😀b', 4],
    // ANSI styles take no column.
    [`${ON}روسيا${OFF}`, 5],
    [`a${RESET}b\u001B[38;5;196mc`, 3],
  ] as const)('gives %j a width of %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  // Text of one-column units only is measured by its length, without a segmenter; a shadda (a mark,
  // which joins the last grapheme and takes no column) sends the same text down the grapheme path.
  const RANGES = [
    [0x20, 0x7e],
    [0xa0, 0xac],
    [0xae, 0x24f],
    [0x2010, 0x2027],
    [0x2500, 0x257f],
  ] as const;
  it.each(RANGES)('measures every unit of code points %i to %i as the grapheme path does', (first, last) => {
    const units = Array.from({ length: last - first + 1 }, (_, at) => String.fromCharCode(first + at));
    for (const unit of units) {
      expect(displayWidth(unit), unit).toBe(displayWidth(`${unit}\u0651`));
    }
    expect(displayWidth(units.join(''))).toBe(units.length);
  });
});

/** Half of a surrogate pair, without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('truncate', () => {
  it.each([
    ['Tajikistan', 10, 'Tajikistan'],
    ['Collective Security Treaty Organization', 10, 'Collectiv…'],
    // The space before the cut goes, so that … follows the word.
    ['Central Asia summit', 9, 'Central…'],
    ['منظمة معاهدة الأمن الجماعي', 12, 'منظمة معاهد…'],
    // A mark stays with its letter.
    ['مُحَمَّد رسول', 3, 'مُحَ…'],
    // An emoji is never split, and never half shown: here the one column left stays empty.
    ['😀😀😀', 4, '😀…'],
    ['a😀b', 2, 'a…'],
    ['👨‍👩‍👧👨‍👩‍👧', 3, '👨‍👩‍👧…'],
    ['漢字漢字', 6, '漢字…'],
  ] as const)('cuts %j to %i columns as %j', (text, max, expected) => {
    const cut = truncate(text, max);
    expect(cut).toBe(expected);
    expect(displayWidth(cut)).toBeLessThanOrEqual(max);
    expect(cut).not.toMatch(LONE_SURROGATE);
  });

  it('never leaves half a surrogate pair, whatever the width', () => {
    const text = '𝐀😀b𝐁漢😀c';
    for (let max = 1; max <= displayWidth(text); max += 1) {
      const cut = truncate(text, max);
      expect(cut).not.toMatch(LONE_SURROGATE);
      expect(displayWidth(cut)).toBeLessThanOrEqual(max);
    }
  });
});

describe('truncate on styled text', () => {
  const styled = `القوات الروسية في ${ON}القاعدة${OFF} ${ON}العسكرية${OFF} رقم 201`;

  it('keeps every control sequence whole and ends the styles before …, whatever the width', () => {
    for (let max = 1; max <= displayWidth(styled); max += 1) {
      const cut = truncate(styled, max);
      expect(displayWidth(cut)).toBeLessThanOrEqual(max);
      // Nothing of an escape is left once the complete sequences are taken out.
      expect(visible(cut)).not.toContain('\u001B');
      // What shows is what the plain text shows when cut to the same width.
      expect(visible(cut)).toBe(truncate(visible(styled), max));
      // A cut that keeps a style turns every style off before its …, so that none runs on past the cell.
      if (cut !== styled && cut.includes('\u001B')) {
        expect(cut.endsWith(`${RESET}…`)).toBe(true);
      }
    }
  });

  it('cuts inside a highlight, keeping the highlight open up to the cut', () => {
    // 18 columns before the highlight, 3 of it, and …
    expect(truncate(styled, 22)).toBe(`القوات الروسية في ${ON}الق${RESET}…`);
  });

  it('drops the space before the cut even when a style starts after it', () => {
    expect(truncate(styled, 19)).toBe(`القوات الروسية في${ON}${RESET}…`);
  });

  it('leaves styled text that fits as it is', () => {
    expect(truncate(styled, displayWidth(styled))).toBe(styled);
  });
});

describe('renderTable', () => {
  const header = ['id', 'n', 'name', 'note'] as const;
  const rows = [
    ['a-long-identifier', '12', 'A name that is rather long indeed', 'short'],
    ['b', '3', 'Short', 'A note that goes on for a while'],
  ] as const;
  const widths = (table: string) => table.split('\n').map(displayWidth);

  it('pads every column to its widest cell, counts on the left, and never pads the last column', () => {
    expect(renderTable(header, rows, { rightAligned: [1] }).split('\n')).toEqual([
      'id                  n  name                               note',
      '─────────────────  ──  ─────────────────────────────────  ───────────────────────────────',
      'a-long-identifier  12  A name that is rather long indeed  short',
      'b                   3  Short                              A note that goes on for a while',
    ]);
  });

  it('cuts nothing without a width, however wide the table', () => {
    expect(renderTable(header, rows, { shrinkable: [2, 3] })).toBe(renderTable(header, rows));
  });

  it('cuts the widest shrinkable column first, down to the next widest', () => {
    // 17 + 2 + 33 + 31 + 3 gaps of 2 = 89 columns; 87 takes 2 from name alone.
    const table = renderTable(header, rows, { rightAligned: [1], shrinkable: [2, 3], width: 87 });
    expect(Math.max(...widths(table))).toBe(87);
    expect(table).toContain('  A name that is rather long ind…  ');
    expect(table).toContain('  A note that goes on for a while');
  });

  it('then cuts columns of equal width in turn', () => {
    // 60 columns: 29 go, which leaves name and note 17 and 18 wide.
    const table = renderTable(header, rows, { rightAligned: [1], shrinkable: [2, 3], width: 60 });
    expect(table.split('\n')).toEqual([
      'id                  n  name               note',
      '─────────────────  ──  ─────────────────  ──────────────────',
      'a-long-identifier  12  A name that is r…  short',
      'b                   3  Short              A note that goes…',
    ]);
  });

  it('cuts shrinkable columns to 10 before it cuts any other text column', () => {
    // 17 + 2 + 10 + 10 + 3 gaps of 2 = 45 columns: the id stays whole.
    const table = renderTable(header, rows, { rightAligned: [1], shrinkable: [2, 3], width: 45 });
    expect(table).toContain('a-long-identifier');
    expect(table.split('\n')[1]).toBe('─────────────────  ──  ──────────  ──────────');
  });

  it('then cuts the other text columns, ids included, down to one character and …, but never a count', () => {
    const table = renderTable(header, rows, { rightAligned: [1], shrinkable: [2, 3], width: 20 });
    expect(Math.max(...widths(table))).toBe(20);
    expect(table.split('\n')[1]).toBe('────  ──  ────  ────');
    expect(table).toContain('a-l…  12  A n…');
  });

  it('leaves a table wider than a terminal too narrow for its counts', () => {
    const table = renderTable(header, rows, { rightAligned: [1], shrinkable: [2, 3], width: 5 });
    expect(table.split('\n')[1]).toBe('──  ──  ──  ──');
  });

  it('fits Arabic and wide text by display width', () => {
    const table = renderTable(['id', 'ar', 'zh'], [['x', 'منظمة معاهدة الأمن الجماعي', '上海合作组织成员国']], {
      shrinkable: [1, 2],
      width: 30,
    });
    expect(Math.max(...widths(table))).toBeLessThanOrEqual(30);
    // Twelve columns each: 11 letters and …, and five ideographs of two columns and …
    expect(table.split('\n')[2]).toBe('x   منظمة معاهد…  上海合作组…');
  });

  it('pads and cuts a styled cell by what it shows, so that it lines up with plain ones', () => {
    const plain = [
      ['a', 'A name that is rather long indeed'],
      ['b', 'Short'],
    ] as const;
    const styled = plain.map(([id, name]) => [id, name.replace(/\w+/, (word) => `${ON}${word}${OFF}`)]);
    for (const width of [undefined, 40, 20, 12]) {
      const options = { shrinkable: [1], width };
      expect(visible(renderTable(['id', 'name'], styled, options))).toBe(renderTable(['id', 'name'], plain, options));
    }
  });

  it.each([[['a-long-identifier', '12', 'A name']], [['b', '3', 'Short', 'A note', 'one cell too many']]] as const)(
    'refuses the row %o, which has not one cell per column, instead of drawing a wrong table',
    (row) => {
      expect(() => renderTable(header, [row])).toThrow(
        `Expected 4 cells in each row of the table, got ${JSON.stringify(row)}`,
      );
    },
  );
});
