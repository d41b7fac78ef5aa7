import type { Language } from '../messages/i18n';
import type { StageCalendar } from '../schemas';
import type { WeeklyReport } from '../schemas/report';
import { toCsv, type CsvSeparator } from './csv';
import { POST_TEXT_COLUMNS, postRows, summaryRows } from './tables';
import { reportFileName } from './weekly';
import { toXlsx } from './xlsx';

export type ExportFormat = 'xlsx' | 'csv' | 'json';

export interface ExportedFile {
  name: string;
  blob: Blob;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Ends a text cut to fit an Excel cell, saying where the whole of it is. */
const CUT_MARKER: Record<Language, string> = {
  id: '[dipotong: teks lengkap ada di ekspor CSV dan JSON]',
  en: '[cut: the full text is in the CSV and JSON exports]',
};

/** The weekly report as a file in one of the formats KPU Kabupaten receives. */
export async function exportReport(
  report: WeeklyReport,
  format: ExportFormat,
  calendar: StageCalendar,
  language: Language,
  separator: CsvSeparator = ';',
): Promise<ExportedFile> {
  const name = reportFileName(report, format);
  switch (format) {
    case 'xlsx': {
      const bytes = await toXlsx(
        [
          {
            name: language === 'id' ? 'Postingan' : 'Posts',
            rows: postRows(report, calendar, language),
            headerRow: true,
            wrapColumns: POST_TEXT_COLUMNS,
          },
          { name: language === 'id' ? 'Ringkasan' : 'Summary', rows: summaryRows(report, calendar, language) },
        ],
        CUT_MARKER[language],
      );
      return { name, blob: new Blob([bytes], { type: XLSX_TYPE }) };
    }
    case 'csv':
      return {
        name,
        blob: new Blob([toCsv(postRows(report, calendar, language), separator)], { type: 'text/csv;charset=utf-8' }),
      };
    case 'json':
      return { name, blob: new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' }) };
  }
}
