import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type About } from '@/lib/messaging';
import { useTranslate } from './i18n';

type AboutState = { status: 'loading' } | { status: 'ready'; about: About } | { status: 'failed'; error: string };

export function OptionsPage() {
  const t = useTranslate();
  const [about, setAbout] = useState<AboutState>({ status: 'loading' });

  useEffect(() => {
    sendMessage('getAbout', undefined).then(
      (value) => setAbout({ status: 'ready', about: value }),
      (error: unknown) => setAbout({ status: 'failed', error: String(error) }),
    );
  }, []);

  return (
    <main class="page">
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
        </ul>
      </nav>
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('options.about')}</h2>
        <p>{t('app.tagline')}</p>
        {about.status === 'ready' && <p>{t('options.version', { version: about.about.version })}</p>}
        {about.status === 'failed' && <p role="alert">{t('options.backgroundError', { error: about.error })}</p>}
        <p>{t('options.privacy')}</p>
        <p>{t('options.permissions')}</p>
      </section>
    </main>
  );
}
