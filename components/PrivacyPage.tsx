import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translator, type Language } from '@/lib/messages/i18n';
import { privacyStatement } from '@/lib/privacy';
import { useTranslate } from './i18n';
import { PrivacyStatement } from './PrivacyStatement';
import { WorkspacePage } from './WorkspacePage';

/** Each language offered by its own name, so a reader finds theirs whatever the page is in. */
const LANGUAGE_NAMES: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English' };

/** The privacy page: the statement in the admin's language, the other one a click away. */
export function PrivacyPage() {
  return (
    <WorkspacePage class="page privacy">
      {(workspace) => <Privacy language={workspace.settings.language} />}
    </WorkspacePage>
  );
}

function Privacy({ language }: { language: Language }) {
  const t = useTranslate();
  const [shown, setShown] = useState<Language>(language);
  const other: Language = shown === 'id' ? 'en' : 'id';
  const statement = privacyStatement(translator(shown), browser.runtime.getManifest().version);
  useEffect(() => {
    document.title = `Pandu — ${statement.title}`;
  }, [statement.title]);
  return (
    <>
      <p class="privacy-actions">
        <a href="options.html">{t('privacy.back')}</a>
        <button type="button" lang={other} onClick={() => setShown(other)}>
          {LANGUAGE_NAMES[other]}
        </button>
      </p>
      <PrivacyStatement statement={statement} />
    </>
  );
}
