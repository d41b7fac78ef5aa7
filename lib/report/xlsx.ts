import { strToU8, zipSync } from 'fflate';
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
 * the reader's computer is in. (The serial is counted from the Date's UTC fields, so the local fields are
 * given as UTC; readers such as ExcelJS give the cell back the same way.)
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

/** The workbook's cell formats: each distinct font, number format and alignment is written once. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly xml: string[] = [];

  constructor() {
    this.format('plain', 0, 0, '');
  }

  /** The index of the cell format (its `s` attribute) for a font, number format and alignment. */
  format(key: string, font: number, numFmt: number, alignment: string): number {
    let index = this.formats.get(key);
    if (index === undefined) {
      index = this.xml.length;
      this.formats.set(key, index);
      const applied = `${font ? ' applyFont="1"' : ''}${numFmt ? ' applyNumberFormat="1"' : ''}`;
      this.xml.push(
        alignment
          ? `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"${applied} applyAlignment="1"><alignment ${alignment}/></xf>`
          : `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"${applied}/>`,
      );
    }
    return index;
  }

  toXml(): string {
    return (
      `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
      `<numFmts count="2"><numFmt numFmtId="${DATE_TIME_FORMAT_ID}" formatCode="${DATE_TIME_FORMAT}"/>` +
      `<numFmt numFmtId="${DATE_FORMAT_ID}" formatCode="${DATE_FORMAT}"/></numFmts>` +
      '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
      '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
      '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xml.length}">${this.xml.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

/** The workbook's texts, each stored once and referred to by its index (as Excel writes them). */
class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly xml: string[] = [];
  private uses = 0;

  index(text: string): number {
    this.uses++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.xml.length;
      this.indexes.set(text, index);
      this.xml.push(`<si><t xml:space="preserve">${xmlText(text)}</t></si>`);
    }
    return index;
  }

  toXml(): string {
    return `${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.xml.length}">${this.xml.join('')}</sst>`;
  }
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DATE_TIME_FORMAT_ID = 164;
const DATE_FORMAT_ID = 165;
const BOLD_FONT = 1;
const LINK_FONT = 2;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * XML's markup characters, and the control characters XML cannot hold (all below U+0020 but tab, line feed
 * and carriage return: a file holding one does not open) with DEL, which ExcelJS left out too.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what is matched, to be left out
const XML_UNSAFE = /[&<>"']|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A text as XML character data or an attribute value. */
function xmlText(text: string): string {
  return text.replace(XML_UNSAFE, (character) => XML_ESCAPES[character] ?? '');
}

/** Column 1 is A, 27 is AA. */
function columnName(column: number): string {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** ` s="3"`: a cell's format, left out for the plain one. */
function styleAttribute(styles: Styles, font: number, numFmt: number, alignment: string): string {
  const index = styles.format(`${font}|${numFmt}|${alignment}`, font, numFmt, alignment);
  return index === 0 ? '' : ` s="${index}"`;
}

/** Days since 1899-12-30, as Excel stores a date (a wall-clock time given as UTC fields, see excelDate). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const excelSerial = (local: string) => (excelDate(local).getTime() - EXCEL_EPOCH) / 86_400_000;

interface WrittenSheet {
  xml: string;
  /** The sheet's relationships part (its hyperlinks' addresses), when it has links. */
  rels?: string;
  /** The table its autofilter covers, `A1:V1001`. */
  filter?: string;
}

function writeSheet(
  sheet: Sheet,
  cutMarker: string,
  styles: Styles,
  strings: SharedStrings,
  first: boolean,
): WrittenSheet {
  const wrap = new Set(sheet.wrapColumns ?? []);
  /** The sheet's hyperlinks: each cell's reference and its address. */
  const links: { ref: string; url: string }[] = [];
  const rows: string[] = [];
  let lastColumn = 1;
  sheet.rows.forEach((row, rowIndex) => {
    const rowNumber = rowIndex + 1;
    const bold = sheet.headerRow === true && rowIndex === 0;
    const cells: string[] = [];
    row.forEach((raw, columnIndex) => {
      const value = fitCell(raw, cutMarker);
      if (value === '') return;
      lastColumn = Math.max(lastColumn, columnIndex + 1);
      const ref = `${columnName(columnIndex + 1)}${rowNumber}`;
      // Body rows align to the top (a wrapped text makes a row tall); wrap columns wrap.
      const alignment = rowIndex === 0 ? '' : wrap.has(columnIndex) ? 'vertical="top" wrapText="1"' : 'vertical="top"';
      const font = bold ? BOLD_FONT : 0;
      if (typeof value === 'number' && Number.isFinite(value))
        cells.push(`<c r="${ref}"${styleAttribute(styles, font, 0, alignment)}><v>${value}</v></c>`);
      else if (typeof value === 'number' || typeof value === 'string')
        cells.push(
          `<c r="${ref}"${styleAttribute(styles, font, 0, alignment)} t="s"><v>${strings.index(String(value))}</v></c>`,
        );
      else if (value.kind === 'date') {
        const numFmt = value.local.length > 10 ? DATE_TIME_FORMAT_ID : DATE_FORMAT_ID;
        cells.push(
          `<c r="${ref}"${styleAttribute(styles, font, numFmt, alignment)}><v>${excelSerial(value.local)}</v></c>`,
        );
      } else {
        links.push({ ref, url: value.url });
        cells.push(
          `<c r="${ref}"${styleAttribute(styles, LINK_FONT, 0, alignment)} t="s"><v>${strings.index(value.url)}</v></c>`,
        );
      }
    });
    rows.push(`<row r="${rowNumber}">${cells.join('')}</row>`);
  });
  const widths = columnWidths(sheet.rows);
  const columns = widths.map(
    (width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`,
  );
  const lastRow = Math.max(1, sheet.rows.length);
  const filterColumns = Math.max(1, sheet.rows[0]?.length ?? 1);
  const filter = sheet.headerRow ? `A1:${columnName(filterColumns)}${lastRow}` : undefined;
  const pane = sheet.headerRow
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '';
  const xml =
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    `<dimension ref="A1:${columnName(lastColumn)}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (columns.length > 0 ? `<cols>${columns.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (filter ? `<autoFilter ref="${filter}"/>` : '') +
    (links.length > 0
      ? `<hyperlinks>${links.map(({ ref }, index) => `<hyperlink ref="${ref}" r:id="rId${index + 1}"/>`).join('')}</hyperlinks>`
      : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>';
  const rels =
    links.length > 0
      ? `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">` +
        links
          .map(
            ({ url }, index) =>
              `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS_NS}/hyperlink" Target="${xmlText(url)}" TargetMode="External"/>`,
          )
          .join('') +
        '</Relationships>'
      : undefined;
  return { xml, ...(rels ? { rels } : {}), ...(filter ? { filter } : {}) };
}

/** A sheet name as a formula writes it: `'Postingan'`, a quote in it doubled. */
const quotedSheetName = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * An XLSX workbook (Office Open XML, as Excel, LibreOffice and Google Sheets read it), written here and
 * zipped with fflate. Times are date cells shown in the body's zone, counts are numbers, links are
 * hyperlinks; a table's header row is bold and frozen with an autofilter, and columns are as wide as their
 * content (long text wraps). A text longer than a cell holds (a Facebook post may be twice as long) is cut
 * with `cutMarker` at its end, saying where the whole text is.
 *
 * ExcelJS wrote these files until issue 13's bench: its 1 MB browser bundle took about 0.6 s to load on
 * the first export and 0.4 s to write a 1,000-post week, and carried an eval that Mozilla's linter flags.
 * The few parts a report needs are short to write; the tests read them back with ExcelJS, SheetJS and
 * LibreOffice.
 */
export async function toXlsx(sheets: readonly Sheet[], cutMarker: string): Promise<Uint8Array<ArrayBuffer>> {
  const styles = new Styles();
  const strings = new SharedStrings();
  const written = sheets.map((sheet, index) => writeSheet(sheet, cutMarker, styles, strings, index === 0));
  const files: Record<string, Uint8Array> = {};
  const add = (path: string, xml: string) => {
    files[path] = strToU8(xml);
  };
  const sheetPath = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;
  add(
    '[Content_Types].xml',
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      written
        .map(
          (_sheet, index) =>
            `<Override PartName="/${sheetPath(index)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>',
  );
  add(
    '_rels/.rels',
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">` +
      `<Relationship Id="rId1" Type="${RELATIONSHIPS_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${RELATIONSHIPS_NS}/extended-properties" Target="docProps/app.xml"/>` +
      '</Relationships>',
  );
  const created = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  add(
    'docProps/core.xml',
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>Pandu</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
  );
  add(
    'docProps/app.xml',
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
      '<Application>Pandu</Application></Properties>',
  );
  const filters = written.flatMap((sheet, index) =>
    sheet.filter
      ? [
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${xmlText(
            `${quotedSheetName(sheets[index]?.name ?? '')}!${sheet.filter.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`,
          )}</definedName>`,
        ]
      : [],
  );
  add(
    'xl/workbook.xml',
    `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
      '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
      sheets
        .map((sheet, index) => `<sheet name="${xmlText(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
        .join('') +
      '</sheets>' +
      (filters.length > 0 ? `<definedNames>${filters.join('')}</definedNames>` : '') +
      '</workbook>',
  );
  add(
    'xl/_rels/workbook.xml.rels',
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">` +
      sheets
        .map(
          (_sheet, index) =>
            `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS_NS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS_NS}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${sheets.length + 2}" Type="${RELATIONSHIPS_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
  );
  written.forEach((sheet, index) => {
    add(sheetPath(index), sheet.xml);
    if (sheet.rels) add(`xl/worksheets/_rels/sheet${index + 1}.xml.rels`, sheet.rels);
  });
  add('xl/styles.xml', styles.toXml());
  add('xl/sharedStrings.xml', strings.toXml());
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
