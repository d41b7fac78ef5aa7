import { describeProblems, type Problem } from '@/lib/schemas';
import { useTranslate } from './i18n';

/** A refused file: its name, that nothing changed, and each problem in the admin's language. */
export function FileProblems({
  file,
  problems,
  language,
}: {
  file: string;
  problems: Problem[];
  language: 'id' | 'en';
}) {
  const t = useTranslate();
  return (
    <div role="alert">
      <p>{t('log.badFile', { file })}</p>
      <ul>
        {describeProblems(problems, language).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
