import { render } from 'preact';
import { OptionsPage } from '@/components/OptionsPage';
import { LanguageProvider } from '@/components/i18n';
import { DEFAULT_LANGUAGE, MESSAGES } from '@/lib/messages/i18n';

const root = document.getElementById('app');
if (root)
  render(
    <LanguageProvider language={DEFAULT_LANGUAGE} messages={MESSAGES}>
      <OptionsPage />
    </LanguageProvider>,
    root,
  );
