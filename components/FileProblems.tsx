import { describeProblems, type Problem } from '@/lib/schemas';
import { useTranslate } from './i18n';

/** A refused file: its name, that nothing changed, and each problem in the admin's language. */
export function FileProblems({ file, problems }: { file: string; problems: Problem[] }) {
  const t = useTranslate();
  return (
    <div role="alert">
      <p>{t('log.badFile', { file })}</p>
      <ul>
        {describeProblems(problems, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
