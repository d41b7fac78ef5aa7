import { cellText, type Cell } from './tables';

/** Excel in Indonesian regional settings reads `;` as the separator; the admin chooses in settings. */
export type CsvSeparator = ',' | ';';

/**
 * A cell a spreadsheet could run as a formula gets a leading apostrophe, so an exported post can never
 * execute in the reader's Excel (OWASP's advice): one starting with a formula sign (`=`, `+`, `-`, `@`, or
 * their full-width forms `＝` `＋` `－` `＠`, which East Asian input methods type and spreadsheets read alike)
 * after any blanks, spreadsheets skipping leading spaces; and one starting with a tab or a line break.
 */
export function neutraliseFormula(value: string): string {
  return /^(?:[\t\r\n]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/u.test(value) ? `'${value}` : value;
}

function cell(value: Cell, separator: CsvSeparator): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(cellText(value));
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 CSV with a byte-order mark (so Excel reads Indonesian text right), CRLF line ends. */
export function toCsv(rows: readonly Cell[][], separator: CsvSeparator): string {
  return `\ufeff${rows.map((row) => row.map((value) => cell(value, separator)).join(separator)).join('\r\n')}\r\n`;
}
