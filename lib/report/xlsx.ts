import { utils, write } from '@e965/xlsx';
import type { Cell } from './tables';

export interface Sheet {
  name: string;
  rows: Cell[][];
  /** Column widths in characters. */
  widths?: number[];
}

/** The most characters an Excel cell holds; SheetJS refuses to write a longer one. */
export const EXCEL_CELL_CHARACTERS = 32_767;

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
 * An XLSX workbook (SheetJS). Numbers are stored as numbers and text as text, so it opens the same in
 * Excel with Indonesian regional settings, where a comma CSV lands in one column. A text longer than a cell
 * holds (a Facebook post may be twice as long) is cut with `cutMarker` at its end, saying where the whole
 * text is.
 */
export function toXlsx(sheets: readonly Sheet[], cutMarker: string): Uint8Array<ArrayBuffer> {
  const book = utils.book_new();
  for (const sheet of sheets) {
    const worksheet = utils.aoa_to_sheet(sheet.rows.map((row) => row.map((cell) => fitCell(cell, cutMarker))));
    if (sheet.widths) worksheet['!cols'] = sheet.widths.map((wch) => ({ wch }));
    utils.book_append_sheet(book, worksheet, sheet.name);
  }
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
