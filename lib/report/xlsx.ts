import type { Workbook, Worksheet } from 'exceljs';
import { cellText, type Cell } from './tables';

export interface Sheet {
  name: string;
  rows: Cell[][];
  /**
   * The first row names the columns of a table below it: it is frozen (stays in view when scrolling) and
   * carries an autofilter over the whole table.
   */
  headerRow?: boolean;
  /** Columns that hold long text: they wrap at their width instead of widening the sheet. */
  wrapColumns?: number[];
}

/** The most characters an Excel cell holds; Excel cuts (or refuses) a longer one. */
export const EXCEL_CELL_CHARACTERS = 32_767;

/** Widths, in characters, a column is kept between: wide enough for a date, never wider than a screen. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
const DATE_FORMAT = 'yyyy-mm-dd';

/** A text longer than a cell holds, cut so that it ends with ` … <marker>` and fits. */
export function fitCell(value: Cell, marker: string): Cell {
  if (typeof value !== 'string' || value.length <= EXCEL_CELL_CHARACTERS) return value;
  const suffix = ` … ${marker}`;
  let head = value.slice(0, EXCEL_CELL_CHARACTERS - suffix.length);
  // Never split an emoji or other character written as two code units.
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  return `${head}${suffix}`;
}

/**
 * A local wall-clock time as Excel stores it: days since 1899-12-30, with no zone. The report's times are
 * already in the body's zone (WIB, WITA, WIT), so the cell shows them as the admin saw them, whatever zone
 * the reader's computer is in. (ExcelJS turns a Date into a serial by its UTC fields: so the local fields
 * are given as UTC.)
 */
export function excelDate(local: string): Date {
  const [date = '', time = '00:00'] = local.split(' ');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

/** How wide a column must be for its longest line, kept between MIN_WIDTH and MAX_WIDTH. */
export function columnWidths(rows: readonly Cell[][]): number[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((value, column) => {
      const longestLine = Math.max(
        ...cellText(value)
          .split('\n')
          .map((line) => [...line].length),
      );
      widths[column] = Math.max(widths[column] ?? MIN_WIDTH, Math.min(MAX_WIDTH, longestLine + 2));
    });
  return widths;
}

function writeSheet(worksheet: Worksheet, sheet: Sheet, cutMarker: string): void {
  const widths = columnWidths(sheet.rows);
  const wrap = new Set(sheet.wrapColumns ?? []);
  worksheet.columns = widths.map((width) => ({ width }));
  sheet.rows.forEach((row, rowIndex) => {
    const worksheetRow = worksheet.getRow(rowIndex + 1);
    row.forEach((raw, columnIndex) => {
      const value = fitCell(raw, cutMarker);
      if (value === '') return;
      const cell = worksheetRow.getCell(columnIndex + 1);
      if (typeof value === 'number' || typeof value === 'string') cell.value = value;
      else if (value.kind === 'date') {
        cell.value = excelDate(value.local);
        cell.numFmt = value.local.length > 10 ? DATE_TIME_FORMAT : DATE_FORMAT;
      } else {
        cell.value = { text: value.url, hyperlink: value.url };
        cell.font = { color: { argb: 'FF0563C1' }, underline: true };
      }
      if (wrap.has(columnIndex) && rowIndex > 0) cell.alignment = { wrapText: true, vertical: 'top' };
      else if (rowIndex > 0) cell.alignment = { vertical: 'top' };
    });
    worksheetRow.commit();
  });
  if (sheet.headerRow) {
    worksheet.getRow(1).font = { bold: true };
    worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
    worksheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, sheet.rows.length), column: Math.max(1, sheet.rows[0]?.length ?? 1) },
    };
  }
}

/**
 * An XLSX workbook, written with ExcelJS (which SheetJS's community edition cannot do: frozen panes and
 * styled cells). Times are date cells shown in the body's zone, counts are numbers, links are hyperlinks;
 * a table's header row is frozen with an autofilter, and columns are as wide as their content (long text
 * wraps). A text longer than a cell holds (a Facebook post may be twice as long) is cut with `cutMarker`
 * at its end, saying where the whole text is. ExcelJS is loaded only when a file is written, so the pages
 * that never export (and the content script) never carry it.
 */
export async function toXlsx(sheets: readonly Sheet[], cutMarker: string): Promise<Uint8Array<ArrayBuffer>> {
  const loaded: unknown = await import('exceljs');
  // The browser build is a UMD bundle (its classes on `default`); Node's is CommonJS with named exports.
  const exceljs = (
    typeof loaded === 'object' && loaded !== null && 'Workbook' in loaded
      ? loaded
      : (loaded as { default: unknown }).default
  ) as { Workbook: new () => Workbook };
  const book = new exceljs.Workbook();
  book.creator = 'Pandu';
  for (const sheet of sheets) writeSheet(book.addWorksheet(sheet.name), sheet, cutMarker);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
