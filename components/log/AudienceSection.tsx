import { useEffect, useState } from 'preact/hooks';
import type { Platform } from '@/lib/platforms/platform';
import { saveAudience } from '@/lib/posts/store';
import { errorText } from '@/lib/messages/errors';
import type { ReportWeek } from '@/lib/report/weeks';
import type { AudienceRecord, PostRecord } from '@/lib/posts/schema';
import type { Workspace } from '@/lib/workspace';
import { useTranslate } from '../i18n';
import { openDatabase } from '@/lib/posts/database';

interface Account {
  platform: Platform;
  account: string;
}

/** The accounts to count: the profile's, and any other account the week's posts went out from. */
function accountsOf(workspace: Workspace, posts: readonly PostRecord[]): Account[] {
  const seen = new Map<string, Account>();
  const add = (platform: Platform, account: string | undefined) => {
    const name = account?.trim();
    if (name) seen.set(`${platform}:${name}`, { platform, account: name });
  };
  add('facebook', workspace.profile.accounts?.facebook);
  add('instagram', workspace.profile.accounts?.instagram);
  for (const post of posts) add(post.platform, post.account);
  return [...seen.values()];
}

/** Followers (friends) per account for the report's week, as read on the sites. */
export function AudienceSection({
  workspace,
  week,
  posts,
  audience,
}: {
  workspace: Workspace;
  week: ReportWeek;
  posts: readonly PostRecord[];
  audience: readonly AudienceRecord[];
}) {
  const t = useTranslate();
  const accounts = accountsOf(workspace, posts);
  const key = (entry: Account) => `${entry.platform}:${entry.account}`;
  const stored = new Map(audience.map((entry) => [key(entry), String(entry.followers)]));
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  useEffect(() => setTyped({}), [week.label]);

  const save = async (event: Event) => {
    event.preventDefault();
    const problems: string[] = [];
    const records: AudienceRecord[] = [];
    for (const entry of accounts) {
      const value = (typed[key(entry)] ?? stored.get(key(entry)) ?? '').trim();
      if (value === '') continue;
      if (!/^\d{1,10}$/.test(value)) {
        problems.push(t('logKpu.badCount', { field: `${entry.platform} ${entry.account}`, value }));
        continue;
      }
      records.push({ ...entry, week: week.label, followers: Number(value), readAt: Date.now() });
    }
    if (problems.length > 0) {
      setMessage({ text: problems.join(' '), error: true });
      return;
    }
    try {
      for (const record of records) await saveAudience(openDatabase(), record);
      setMessage({ text: t('logKpu.audienceSaved'), error: false });
    } catch (failure) {
      setMessage({ text: errorText(failure, t), error: true });
    }
  };

  return (
    <form class="log-audience" aria-labelledby="audience-heading" onSubmit={(event) => void save(event)}>
      <h3 id="audience-heading">{t('logKpu.audienceTitle')}</h3>
      <p class="hint">{t('logKpu.audienceHint', { week: week.label })}</p>
      {accounts.length === 0 ? (
        <p>{t('logKpu.noAccounts')}</p>
      ) : (
        <>
          {accounts.map((entry) => (
            <label key={key(entry)}>
              {t('logKpu.followers', { platform: t(`platform.${entry.platform}`), account: entry.account })}
              <input
                inputMode="numeric"
                value={typed[key(entry)] ?? stored.get(key(entry)) ?? ''}
                onInput={(event) => setTyped({ ...typed, [key(entry)]: (event.target as HTMLInputElement).value })}
              />
            </label>
          ))}
          <button type="submit">{t('logKpu.audienceSave')}</button>
        </>
      )}
      {message.text && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}
