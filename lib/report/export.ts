import type { StageCalendar } from '../schemas';
import type { WeeklyReport } from '../schemas/report';
import { toCsv, type CsvSeparator } from './csv';
import { POST_TEXT_COLUMNS, postRows, summaryRows, type ReportTranslate } from './tables';
import { reportFileName } from './weekly';
import { toXlsx } from './xlsx';

export type ExportFormat = 'xlsx' | 'csv' | 'json';

export interface ExportedFile {
  name: string;
  blob: Blob;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The weekly report as a file in one of the formats KPU Kabupaten receives. */
export async function exportReport(
  report: WeeklyReport,
  format: ExportFormat,
  calendar: StageCalendar,
  t: ReportTranslate,
  separator: CsvSeparator = ';',
): Promise<ExportedFile> {
  const name = reportFileName(report, format);
  switch (format) {
    case 'xlsx': {
      const bytes = await toXlsx(
        [
          {
            name: t('sheet.posts'),
            rows: postRows(report, calendar, t),
            headerRow: true,
            wrapColumns: POST_TEXT_COLUMNS,
          },
          { name: t('sheet.summary'), rows: summaryRows(report, calendar, t) },
        ],
        // Ends a text cut to fit an Excel cell, saying where the whole of it is.
        t('sheet.cut'),
      );
      return { name, blob: new Blob([bytes], { type: XLSX_TYPE }) };
    }
    case 'csv':
      return {
        name,
        blob: new Blob([toCsv(postRows(report, calendar, t), separator)], { type: 'text/csv;charset=utf-8' }),
      };
    case 'json':
      return { name, blob: new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' }) };
  }
}
