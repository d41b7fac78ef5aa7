import { useState } from 'preact/hooks';
import type { Language } from '@/lib/messages/i18n';
import {
  readReportFiles,
  readReports,
  recapByBody,
  recapImages,
  recapReviews,
  type BodyRecap,
  type RecapInput,
} from '@/lib/report/recap';
import { stageLabelById } from '@/lib/calendar';
import { contentTypeName, themeName } from '@/lib/posts/fields';
import { imageRows } from '@/lib/report/tables';
import { toXlsx } from '@/lib/report/xlsx';
import type { StageCalendar } from '@/lib/schemas';
import type { Workspace } from '@/lib/workspace';
import { download } from './download';
import { RecapReviews, reviewRows } from './RecapReviews';
import { FileProblems } from './FileProblems';
import { ImageUseTable } from './ImageUseTable';
import { message } from '@/lib/messages/reference';
import { useTranslate } from './i18n';
import { WorkspacePage } from './WorkspacePage';
import { errorText } from '@/lib/messages/errors';

/** KPU Kabupaten's recap: many PPK/PPS weekly reports in, one table per body out. */
export function RecapPage() {
  return <WorkspacePage class="page">{(workspace) => <Recap workspace={workspace} />}</WorkspacePage>;
}

const percent = (rate: number, language: Language) => `${(Math.round(rate * 1000) / 10).toLocaleString(language)}%`;

/** "Sosialisasi tahapan: 4; Pengumuman: 2" from a per-theme or per-type Map, named in the language. */
function countsText(counts: Map<string, number>, name: (key: string) => string): string {
  return [...counts].map(([key, count]) => `${name(key)}: ${count}`).join('; ');
}

const engagementText = (row: BodyRecap) =>
  `${row.engagement.likes} · ${row.engagement.comments} · ${row.engagement.shares} · ${row.engagement.reach}`;

const followersText = (row: BodyRecap) =>
  [...row.followers]
    .map(([account, entry]) => `${account.replace(':', ' ')}: ${entry.followers} (${entry.week})`)
    .join('; ');

function stagesText(row: BodyRecap, calendar: StageCalendar, language: Language): string {
  return [...row.perStage].map(([stage, count]) => `${stageLabelById(calendar, stage, language)}: ${count}`).join('; ');
}

function Recap({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const [input, setInput] = useState<RecapInput | null>(null);
  const [error, setError] = useState('');
  const rows = input ? recapByBody(input.reports) : [];
  const images = input ? recapImages(input.reports) : [];

  const choose = async (files: FileList) => {
    const { read, refused } = await readReportFiles([...files]);
    const input = readReports(read);
    setInput({ ...input, rejected: [...refused, ...input.rejected] });
  };

  const exportXlsx = async () => {
    const header = [
      t('recap.colKecamatan'),
      t('recap.colBody'),
      t('recap.colWeeks'),
      t('recap.colPosts'),
      t('platform.facebook'),
      t('platform.instagram'),
      `${t('recap.colCompliance')} (%)`,
      t('recap.colMissing'),
      t('recap.colStages'),
      t('recapKpu.missingWeeks'),
      t('recapKpu.likes'),
      t('recapKpu.comments'),
      t('recapKpu.shares'),
      t('recapKpu.reach'),
      t('recapKpu.themes'),
      t('recapKpu.contentTypes'),
      t('recapKpu.followers'),
      t('recapKpu.reasons'),
    ];
    const body = rows.map((row) => [
      row.kecamatan,
      row.name,
      row.weeks,
      row.posts,
      row.facebook,
      row.instagram,
      Math.round(row.complianceRate * 1000) / 10,
      row.daysWithoutPost,
      stagesText(row, workspace.calendar, language),
      row.missingWeeks.join(', '),
      row.engagement.likes,
      row.engagement.comments,
      row.engagement.shares,
      row.engagement.reach,
      countsText(row.perTheme, (theme) => themeName(theme, t)),
      countsText(row.perContentType, (type) => contentTypeName(type, t)),
      followersText(row),
      row.reasonsGiven,
    ]);
    try {
      const bytes = await toXlsx(
        [
          { name: t('recap.sheetRecap'), rows: [header, ...body], headerRow: true, wrapColumns: [8, 9, 14, 15, 16] },
          {
            name: t('recap.sheetReasons'),
            rows: reviewRows(recapReviews(input?.reports ?? []), t),
            headerRow: true,
            wrapColumns: [4, 5, 6],
          },
          // Which approved flyers went out, when any did.
          ...(images.length > 0
            ? [
                {
                  name: t('recap.sheetImages'),
                  rows: imageRows(images, t).slice(1),
                  headerRow: true,
                },
              ]
            : []),
        ],
        t('recap.cut'),
      );
      const name = `pandu_rekap_${(workspace.profile.kabupaten ?? 'kabupaten').toLowerCase().replace(/[^a-z0-9]+/g, '-')}.xlsx`;
      download(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), name);
      setError('');
    } catch (failure) {
      setError(t('log.exportFailed', { error: errorText(failure, t) }));
    }
  };

  return (
    <>
      <h1>{t('recap.title')}</h1>
      <p>{t('recap.intro')}</p>
      <label class="recap-files">
        {t('recap.files')}
        <input
          type="file"
          multiple
          accept="application/json,.json"
          onChange={(event) => {
            const files = (event.target as HTMLInputElement).files;
            if (files && files.length > 0) void choose(files);
          }}
        />
      </label>
      {input && (
        <>
          <p role="status">
            {t('recap.summary', {
              reports: message('recap.reportCount', { count: input.reports.length }),
              bodies: message('recap.bodyCount', { count: rows.length }),
            })}
          </p>
          {input.rejected.map((entry) => (
            <FileProblems key={entry.file} file={entry.file} problems={entry.problems} />
          ))}
          {input.ignored.length > 0 && (
            <ul>
              {input.ignored.map((entry) => (
                <li key={entry.file}>
                  {entry.reason === 'duplicate'
                    ? t('recap.ignoredDuplicate', { file: entry.file })
                    : t('recap.ignoredOlder', { file: entry.file })}
                </li>
              ))}
            </ul>
          )}
          {rows.length > 0 && (
            <>
              <button type="button" onClick={exportXlsx}>
                {t('recap.export')}
              </button>
              {error && <p role="alert">{error}</p>}
              <table class="log-table">
                <caption>{t('recap.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('recap.colKecamatan')}</th>
                    <th scope="col">{t('recap.colBody')}</th>
                    <th scope="col">{t('recap.colWeeks')}</th>
                    <th scope="col">{t('recap.colPosts')}</th>
                    <th scope="col">Facebook</th>
                    <th scope="col">Instagram</th>
                    <th scope="col">{t('recap.colCompliance')}</th>
                    <th scope="col">{t('recap.colMissing')}</th>
                    <th scope="col">{t('recap.colStages')}</th>
                    <th scope="col">{t('recapKpu.missingWeeks')}</th>
                    <th scope="col">{t('recapKpu.engagement')}</th>
                    <th scope="col">{t('recapKpu.themes')}</th>
                    <th scope="col">{t('recapKpu.contentTypes')}</th>
                    <th scope="col">{t('recapKpu.followers')}</th>
                    <th scope="col">{t('recapKpu.reasons')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.kecamatan}|${row.desa}|${row.name}`}>
                      <td>{row.kecamatan}</td>
                      <th scope="row">{row.name}</th>
                      <td>{row.weeks}</td>
                      <td>{row.posts}</td>
                      <td>{row.facebook}</td>
                      <td>{row.instagram}</td>
                      <td>{percent(row.complianceRate, language)}</td>
                      <td>{row.daysWithoutPost}</td>
                      <td>{stagesText(row, workspace.calendar, language)}</td>
                      <td>{row.missingWeeks.join(', ') || '–'}</td>
                      <td>{engagementText(row)}</td>
                      <td>{countsText(row.perTheme, (theme) => themeName(theme, t)) || '–'}</td>
                      <td>{countsText(row.perContentType, (type) => contentTypeName(type, t)) || '–'}</td>
                      <td>{followersText(row) || '–'}</td>
                      <td>{row.reasonsGiven}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <RecapReviews reviews={recapReviews(input.reports)} />
              <ImageUseTable uses={images} pack={workspace.pack} />
            </>
          )}
        </>
      )}
    </>
  );
}
