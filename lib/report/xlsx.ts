import { utils, write } from '@e965/xlsx';
import type { Cell } from './tables';

export interface Sheet {
  name: string;
  rows: Cell[][];
  /** Column widths in characters. */
  widths?: number[];
}

/**
 * An XLSX workbook (SheetJS). Numbers are stored as numbers and text as text, so it opens the same in
 * Excel with Indonesian regional settings, where a comma CSV lands in one column.
 */
export function toXlsx(sheets: readonly Sheet[]): Uint8Array<ArrayBuffer> {
  const book = utils.book_new();
  for (const sheet of sheets) {
    const worksheet = utils.aoa_to_sheet(sheet.rows);
    if (sheet.widths) worksheet['!cols'] = sheet.widths.map((wch) => ({ wch }));
    utils.book_append_sheet(book, worksheet, sheet.name);
  }
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
