import type { Finding } from '@/lib/guidelines';
import type { Language } from '@/lib/messages/i18n';
import { useTranslate } from './i18n';

/** What the checker found in a text, read-only (authoring pages; the sidebar adds fixes to its own). */
export function FindingList({
  findings,
  language,
  label,
}: {
  findings: readonly Finding[];
  language: Language;
  label?: string;
}) {
  const t = useTranslate();
  if (findings.length === 0) return <p>{t('checks.none')}</p>;
  return (
    <ul aria-label={label}>
      {findings.map((finding) => (
        <li key={finding.id}>
          <strong>{t(`severity.${finding.severity}`)}:</strong> {finding.message[language]}
        </li>
      ))}
    </ul>
  );
}
