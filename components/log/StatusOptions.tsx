import { statusWord } from '@/lib/report/tables';
import { POST_STATUSES } from '@/lib/posts/schema';
import { useTranslate } from '../i18n';

/** One option per post status, named in the admin's language. */
export function StatusOptions() {
  const t = useTranslate();
  return (
    <>
      {POST_STATUSES.map((value) => (
        <option key={value} value={value}>
          {statusWord(value, t)}
        </option>
      ))}
    </>
  );
}
