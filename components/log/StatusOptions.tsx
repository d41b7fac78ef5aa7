import type { Language } from '@/lib/messages/i18n';
import { statusWord } from '@/lib/report/tables';
import { POST_STATUSES } from '@/lib/posts/schema';

/** One option per post status, named in the admin's language. */
export function StatusOptions({ language }: { language: Language }) {
  return (
    <>
      {POST_STATUSES.map((value) => (
        <option key={value} value={value}>
          {statusWord(value, language)}
        </option>
      ))}
    </>
  );
}
