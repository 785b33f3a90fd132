// Table layouts (Weaver e-cology and most Chinese OA/HR forms put the label in the <td> to the
// left of the control, or in the row above, or in a header row). Each table is indexed once:
// rows, column positions (colspan/rowspan aware) and header texts; cell texts on demand.

import { tagOf } from '../dom/attributes';
import { parentElementOf } from '../dom/roots';
import { findFirst, type SimpleSelector } from '../dom/simple-selector';
import { textOf } from '../dom/text';
import { neverPause, runToEnd, type Meter, type Pacer, type Steps } from '../steps';
import { CONTROL_ROLES } from './controls';
import { precedingText } from './nearby-text';

interface CellPosition {
  row: number;
  column: number;
}

interface TableGrid {
  table: Element;
  title: string | null;
  positions: Map<Element, CellPosition>;
  /** grid[row][column] = the cell covering it. */
  grid: (Element | undefined)[][];
  /** Header row (thead's last row, or a first row of only <th>): column → cell. */
  header: (Element | undefined)[] | null;
  headerRow: number;
}

interface CellFacts {
  text: string;
  hasControl: boolean;
}

const NOT_CONTROL_INPUTS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/** A control inside a cell (a hidden input or a button is none). */
const CONTROL: Pick<SimpleSelector, 'matches'> = {
  matches(el: Element): boolean {
    const tag = tagOf(el);
    if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
    if (tag === 'INPUT' && !NOT_CONTROL_INPUTS.has((el.getAttribute('type') ?? 'text').toLowerCase())) return true;
    const role = el.getAttribute('role');
    return el.hasAttribute('contenteditable') || (role !== null && CONTROL_ROLES.has(role));
  },
};

/** Whether a cell holds a control (walked by hand: bounded, no selector compilation). */
function containsControl(cell: Element): boolean {
  return findFirst(cell, CONTROL, 300) !== null;
}

export interface TableTexts {
  /** Label cell: the nearest cell to the left, else the cell above (no control in it). */
  cell: string;
  /** `cell` is the cell above (labels-over-inputs), not the one to the left. */
  fromAbove: boolean;
  /** Column header (th), when it differs from `cell`. */
  header: string;
  /** The table's caption, else the text right before the table (its heading). */
  title: string;
}

export class TableIndex {
  readonly #grids = new Map<Element, TableGrid>();
  readonly #cells = new Map<Element, CellFacts>();
  readonly #meter: Meter;
  constructor(meter: Meter) {
    this.#meter = meter;
  }

  /**
   * Indexes the table `cell` lies in, pausing as it goes: a table of ten thousand rows is one item
   * otherwise, a 30 ms pause-free stretch in Chromium. The question pass calls this before
   * describing a question in a cell; textsFor then finds the grid (an outer table around a nested
   * one is indexed there, in one go: rare, and its rows hold tables, not questions).
   */
  *prepareSteps(cell: Element | null, pacer: Pacer): Steps<void> {
    const table = cell && tableOf(cell);
    if (table && !this.#grids.has(table)) this.#grids.set(table, yield* buildGridSteps(table, pacer));
  }

  /** Label texts for a control in `cell`. */
  textsFor(cell: Element): TableTexts {
    const table = tableOf(cell);
    if (!table) return { cell: '', fromAbove: false, header: '', title: '' };
    const grid = this.#gridOf(table);
    const position = grid.positions.get(cell);
    if (!position) return { cell: '', fromAbove: false, header: '', title: '' };
    let label = '';
    let fromAbove = false;
    // Cell to the left: the nearest one; a cell that itself holds a control answers its own question.
    const row = grid.grid[position.row] ?? [];
    for (let c = position.column - 1; c >= 0; c--) {
      const left = row[c];
      if (!left || left === cell) continue;
      const facts = this.#factsOf(left);
      if (!facts.hasControl && facts.text) label = facts.text;
      break;
    }
    // The cell above (labels-over-inputs layouts), unless it is the header row (reported as header).
    if (!label && position.row > 0 && position.row - 1 !== grid.headerRow) {
      const above = grid.grid[position.row - 1]?.[position.column];
      if (above && above !== cell) {
        const facts = this.#factsOf(above);
        if (!facts.hasControl && facts.text) {
          label = facts.text;
          fromAbove = true;
        }
      }
    }
    let header = '';
    const headerCell = grid.header?.[position.column];
    if (headerCell && headerCell !== cell && position.row > grid.headerRow) {
      const facts = this.#factsOf(headerCell);
      if (!facts.hasControl && facts.text !== label) header = facts.text;
    }
    return { cell: label, fromAbove, header, title: header && !label ? this.#titleOf(grid) : '' };
  }

  #titleOf(grid: TableGrid): string {
    if (grid.title === null) {
      let caption: Element | null = null;
      for (let c = grid.table.firstElementChild; c; c = c.nextElementSibling)
        if (tagOf(c) === 'CAPTION') {
          caption = c;
          break;
        }
      grid.title = caption ? textOf(caption, 100) : precedingText(grid.table).nearest;
    }
    return grid.title;
  }

  #factsOf(cell: Element): CellFacts {
    let facts = this.#cells.get(cell);
    if (!facts) {
      facts = { text: textOf(cell, 200, this.#meter), hasControl: containsControl(cell) };
      this.#cells.set(cell, facts);
    }
    return facts;
  }

  #gridOf(table: Element): TableGrid {
    let grid = this.#grids.get(table);
    if (!grid) {
      // Not prepared (a caller that does not pause): indexed here, once, by the first question in
      // it, which pays for every cell.
      grid = runToEnd(buildGridSteps(table, neverPause()));
      this.#meter.units += grid.positions.size;
      this.#grids.set(table, grid);
    }
    return grid;
  }
}

function tableOf(cell: Element): Element | null {
  const row = parentElementOf(cell);
  if (!row || tagOf(row) !== 'TR') return null;
  const section = parentElementOf(row);
  if (!section) return null;
  if (tagOf(section) === 'TABLE') return section;
  const table = parentElementOf(section);
  return table && tagOf(table) === 'TABLE' ? table : null;
}

/**
 * The table's rows, a unit per row: 10,000 rows listed in one go were a 10-20 ms step in Chromium.
 * Sections and rows are copied first (references only, cheap), so what the page does during a
 * pause neither ends the list early nor keeps it growing.
 */
function* rowsSteps(table: Element, pacer: Pacer): Steps<{ row: Element; inHead: boolean }[]> {
  const rows: { row: Element; inHead: boolean }[] = [];
  for (const child of Array.from(table.children)) {
    const tag = tagOf(child);
    if (tag === 'TR') rows.push({ row: child, inHead: false });
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT')
      for (const r of Array.from(child.children)) {
        if (tagOf(r) === 'TR') rows.push({ row: r, inHead: tag === 'THEAD' });
        if (pacer.due()) yield;
      }
    if (pacer.due()) yield;
  }
  return rows;
}

function span(cell: Element, name: string): number {
  const n = Number.parseInt(cell.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 100) : 1;
}

/** Rows, column positions (colspan/rowspan aware) and header row of a table; counts a unit per cell. */
function* buildGridSteps(table: Element, pacer: Pacer): Steps<TableGrid> {
  const rows = yield* rowsSteps(table, pacer);
  const grid: (Element | undefined)[][] = rows.map(() => []);
  const positions = new Map<Element, CellPosition>();
  let headerRow = -1;
  for (let r = 0; r < rows.length; r++) {
    const { row, inHead } = rows[r]!;
    let column = 0;
    let allTh = true;
    let cellCount = 0;
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      const tag = tagOf(cell);
      if (tag !== 'TD' && tag !== 'TH') continue;
      cellCount++;
      if (tag !== 'TH') allTh = false;
      const line = grid[r]!;
      while (line[column]) column++;
      positions.set(cell, { row: r, column });
      const colspan = span(cell, 'colspan');
      const rowspan = Math.min(span(cell, 'rowspan'), rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) grid[r + dr]![column + dc] = cell;
      column += colspan;
    }
    if (inHead) headerRow = r;
    else if (r === 0 && allTh && cellCount > 1) headerRow = 0;
    if (pacer.due(cellCount + 1)) yield;
  }
  return { table, title: null, positions, grid, header: headerRow >= 0 ? grid[headerRow]! : null, headerRow };
}
