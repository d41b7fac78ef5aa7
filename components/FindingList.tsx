import type { Finding } from '@/lib/guidelines';
import { useTranslate } from './i18n';

/** What the checker found in a text, read-only (authoring pages; the sidebar adds fixes to its own). */
export function FindingList({ findings, label }: { findings: readonly Finding[]; label?: string }) {
  const t = useTranslate();
  if (findings.length === 0) return <p>{t('checks.none')}</p>;
  return (
    <ul aria-label={label}>
      {findings.map((finding) => (
        <li key={finding.id}>
          <strong>{t(`severity.${finding.severity}`)}:</strong> {t(finding.message)}
        </li>
      ))}
    </ul>
  );
}
