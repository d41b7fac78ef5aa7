import { useEffect, useState } from 'preact/hooks';
import type { Language, MessageKey } from '@/lib/messages/i18n';
import { sendMessage, type About } from '@/lib/messaging';
import { PROVINCES, profileProblems, zoneOfProvince } from '@/lib/workspace/regions';
import { TIME_ZONES, TIME_ZONE_NAMES, type Profile } from '@/lib/schemas';
import { profileItem, settingsItem, type Settings } from '@/lib/workspace/settings';
import type { Workspace } from '@/lib/workspace';
import { DataSection } from './DataSection';
import { Field } from './Field';
import { useTranslate } from './i18n';
import { PROFILE_FIELD_LABELS } from './profile-fields';
import { PackUpdateNotice } from './PackUpdateNotice';
import { ProfileServiceFields, serviceFieldsOf } from './ProfileServiceFields';
import { SimulatedBanner } from './SimulatedBanner';
import { WorkspacePage } from './WorkspacePage';

/** Settings: the body's profile (first-run setup), the other settings, and what Pandu is. */
export function OptionsPage() {
  return (
    <WorkspacePage class="page">
      {(workspace) => (
        <>
          <Header />
          <SimulatedBanner settings={workspace.settings} />
          <PackUpdateLink workspace={workspace} />
          <ProfileForm workspace={workspace} />
          <SettingsForm settings={workspace.settings} />
          <DataSection language={workspace.settings.language} />
          <AboutSection />
        </>
      )}
    </WorkspacePage>
  );
}

function PackUpdateLink({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  return (
    <PackUpdateNotice workspace={workspace}>
      <a href="#data-heading">{t('packUpdate.review')}</a>
    </PackUpdateNotice>
  );
}

function Header() {
  const t = useTranslate();
  return (
    <>
      <h1>{t('options.title')}</h1>
      <nav aria-labelledby="links-heading">
        <h2 id="links-heading">{t('options.links')}</h2>
        <ul>
          <li>
            <a href="log.html">{t('options.linkLog')}</a>
          </li>
          <li>
            <a href="practice.html">{t('options.linkPractice')}</a>
          </li>
          <li>
            <a href="recap.html">{t('options.linkRecap')}</a>
          </li>
          <li>
            <a href="drafts.html">{t('options.linkDrafts')}</a>
          </li>
          <li>
            <a href="author.html">{t('options.linkAuthor')}</a>
          </li>
          <li>
            <a href="privacy.html">{t('privacy.link')}</a>
          </li>
        </ul>
      </nav>
    </>
  );
}

function ProfileForm({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const [profile, setProfile] = useState<Partial<Profile>>(() => ({ role: 'ppk', ...workspace.profile }));
  const [language, setLanguage] = useState<Language>(workspace.settings.language);
  const [saved, setSaved] = useState('');
  const problems = profileProblems({ ...profile, language });
  const problemOf = (field: string) => {
    const found = problems.find((entry) => entry.field === field);
    return found && t(found.message);
  };
  const set = (changes: Partial<Profile>) => {
    setSaved('');
    setProfile({ ...profile, ...changes });
  };
  const setup = location.hash === '#setup' || workspace.profileMissing.length > 0;

  const save = async (event: Event) => {
    event.preventDefault();
    if (problems.length > 0) {
      setSaved(t('setup.invalid'));
      return;
    }
    const role = profile.role ?? 'ppk';
    const complete: Profile = {
      schemaVersion: 1,
      role,
      province: profile.province ?? '',
      kabupaten: profile.kabupaten ?? '',
      ...(role !== 'kpu' && profile.kecamatan ? { kecamatan: profile.kecamatan } : {}),
      ...(role === 'pps' && profile.desa ? { desa: profile.desa } : {}),
      accounts: {
        ...(profile.accounts?.facebook ? { facebook: profile.accounts.facebook } : {}),
        ...(profile.accounts?.instagram ? { instagram: profile.accounts.instagram } : {}),
      },
      timeZone: profile.timeZone ?? 'Asia/Jakarta',
      language,
      ...serviceFieldsOf(profile),
    };
    await profileItem.setValue(complete);
    await settingsItem.setValue({ ...workspace.settings, language });
    setSaved(t('setup.saved'));
  };

  const text = (field: 'kabupaten' | 'kecamatan' | 'desa') => {
    const error = problemOf(field);
    return (
      <Field id={`profile-${field}`} label={t(PROFILE_FIELD_LABELS[field] as MessageKey)} error={error}>
        {(describedBy) => (
          <input
            id={`profile-${field}`}
            value={profile[field] ?? ''}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy}
            onInput={(event) => set({ [field]: (event.target as HTMLInputElement).value })}
          />
        )}
      </Field>
    );
  };

  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('setup.profile')}</h2>
      {setup && <p class="setup-welcome">{t('setup.welcome')}</p>}
      <form class="settings-form" onSubmit={(event) => void save(event)} noValidate>
        <fieldset>
          <legend>{t('setup.role')}</legend>
          {(['ppk', 'pps', 'kpu'] as const).map((role) => (
            <label key={role} class="inline">
              <input type="radio" name="role" checked={profile.role === role} onChange={() => set({ role })} />{' '}
              {t(role === 'ppk' ? 'setup.rolePpk' : role === 'pps' ? 'setup.rolePps' : 'setup.roleKpu')}
            </label>
          ))}
        </fieldset>
        <Field id="profile-province" label={t('setup.province')} error={problemOf('province')}>
          {(describedBy) => (
            <select
              id="profile-province"
              value={profile.province ?? ''}
              aria-invalid={problemOf('province') ? 'true' : undefined}
              aria-describedby={describedBy}
              onChange={(event) => {
                const province = (event.target as HTMLSelectElement).value;
                set({ province, timeZone: zoneOfProvince(province) ?? profile.timeZone });
              }}
            >
              <option value="">{t('setup.choose')}</option>
              {PROVINCES.map((entry) => (
                <option key={entry.name} value={entry.name}>
                  {entry.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('kabupaten')}
        {profile.role !== 'kpu' && text('kecamatan')}
        {profile.role === 'pps' && text('desa')}
        <Field id="profile-facebook" label={t('setup.facebook')}>
          {() => (
            <input
              id="profile-facebook"
              value={profile.accounts?.facebook ?? ''}
              onInput={(event) =>
                set({ accounts: { ...profile.accounts, facebook: (event.target as HTMLInputElement).value } })
              }
            />
          )}
        </Field>
        <Field id="profile-instagram" label={t('setup.instagram')}>
          {() => (
            <input
              id="profile-instagram"
              value={profile.accounts?.instagram ?? ''}
              onInput={(event) =>
                set({ accounts: { ...profile.accounts, instagram: (event.target as HTMLInputElement).value } })
              }
            />
          )}
        </Field>
        <ProfileServiceFields profile={profile} set={set} />
        <Field
          id="profile-zone"
          label={t('setup.timeZone')}
          hint={t('setup.timeZoneHint')}
          error={problemOf('timeZone')}
        >
          {(describedBy) => (
            <select
              id="profile-zone"
              value={profile.timeZone ?? ''}
              aria-describedby={describedBy}
              onChange={(event) => set({ timeZone: (event.target as HTMLSelectElement).value as Profile['timeZone'] })}
            >
              <option value="">{t('setup.choose')}</option>
              {TIME_ZONES.map((zone) => (
                <option key={zone} value={zone}>
                  {TIME_ZONE_NAMES[zone]} ({zone})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="profile-language" label={t('setup.language')}>
          {() => (
            <select
              id="profile-language"
              value={language}
              onChange={(event) => setLanguage((event.target as HTMLSelectElement).value as Language)}
            >
              <option value="id">Bahasa Indonesia</option>
              <option value="en">English</option>
            </select>
          )}
        </Field>
        <div class="form-actions">
          <button type="submit">{t('setup.save')}</button>
          <p role="status">{saved}</p>
        </div>
      </form>
    </section>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const t = useTranslate();
  const change = (changes: Partial<Settings>) => void settingsItem.setValue({ ...settings, ...changes });
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.title')}</h2>
      <p class="hint">{t('settings.savedAuto')}</p>
      <div class="settings-form">
        <Field id="settings-date" label={t('settings.simulated')} hint={t('settings.simulatedHint')}>
          {(describedBy) => (
            <input
              id="settings-date"
              type="date"
              value={settings.simulatedDate ?? ''}
              aria-describedby={describedBy}
              onChange={(event) => {
                const value = (event.target as HTMLInputElement).value;
                const { simulatedDate: _previous, ...rest } = settings;
                void settingsItem.setValue(value ? { ...rest, simulatedDate: value } : rest);
              }}
            />
          )}
        </Field>
        <Field id="settings-csv" label={t('settings.csv')}>
          {() => (
            <select
              id="settings-csv"
              value={settings.csvSeparator ?? ';'}
              onChange={(event) => change({ csvSeparator: (event.target as HTMLSelectElement).value as ';' | ',' })}
            >
              <option value=";">{t('settings.csvSemicolon')}</option>
              <option value=",">{t('settings.csvComma')}</option>
            </select>
          )}
        </Field>
        <Field id="settings-hashtags" label={t('settings.hashtagLimit')}>
          {() => (
            <input
              id="settings-hashtags"
              type="number"
              min={1}
              max={30}
              value={settings.instagramHashtagLimit ?? 5}
              onChange={(event) => {
                const value = Number((event.target as HTMLInputElement).value);
                if (Number.isInteger(value) && value >= 1 && value <= 30) change({ instagramHashtagLimit: value });
              }}
            />
          )}
        </Field>
        <label class="inline">
          <input
            type="checkbox"
            checked={settings.includePracticeInReports ?? false}
            onChange={(event) => change({ includePracticeInReports: (event.target as HTMLInputElement).checked })}
          />{' '}
          {t('settings.practice')}
        </label>
      </div>
    </section>
  );
}

type AboutState = { status: 'loading' } | { status: 'ready'; about: About } | { status: 'failed'; error: string };

function AboutSection() {
  const t = useTranslate();
  const [about, setAbout] = useState<AboutState>({ status: 'loading' });
  useEffect(() => {
    sendMessage('getAbout', undefined).then(
      (value) => setAbout({ status: 'ready', about: value }),
      (error: unknown) => setAbout({ status: 'failed', error: String(error) }),
    );
  }, []);
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t('options.about')}</h2>
      <p>{t('app.tagline')}</p>
      {about.status === 'ready' && <p>{t('options.version', { version: about.about.version })}</p>}
      {about.status === 'failed' && <p role="alert">{t('options.backgroundError', { error: about.error })}</p>}
      <p>{t('options.privacy')}</p>
      <p>{t('options.permissions')}</p>
      <p>
        <a href="privacy.html">{t('privacy.aboutLink')}</a>
      </p>
    </section>
  );
}
