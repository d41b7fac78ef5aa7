import { describeProblems, type ParseResult } from '@/lib/schemas';
import { download } from './download';
import { useTranslate } from './i18n';

export interface ValidatedExportProps {
  /** The work validated as the file would be on import. */
  result: ParseResult<unknown>;
  value: unknown;
  fileName: string;
  valid: string;
  problems: string;
  button: string;
}

/** What an editor's work still lacks, or that it is valid, and the export of it once it is. */
export function ValidatedExport({ result, value, fileName, valid, problems, button }: ValidatedExportProps) {
  const t = useTranslate();
  return (
    <>
      {result.ok ? (
        <p role="status">{valid}</p>
      ) : (
        <div role="alert">
          <p>{problems}</p>
          <ul>
            {describeProblems(result.problems, t).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        disabled={!result.ok}
        onClick={() =>
          download(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }), fileName)
        }
      >
        {button}
      </button>
    </>
  );
}
