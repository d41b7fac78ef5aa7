import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import { DEFAULT_LANGUAGE, translator, type Language, type Translate } from '@/lib/i18n';

const TranslateContext = createContext<Translate>(translator(DEFAULT_LANGUAGE));

export function LanguageProvider({ language, children }: { language: Language; children: ComponentChildren }) {
  // Screen readers pick their voice from the page's language (the sidebar's host page keeps its own).
  useEffect(() => {
    if (document.documentElement.dataset.fixture === undefined && location.protocol !== 'https:')
      document.documentElement.lang = language;
  }, [language]);
  return <TranslateContext.Provider value={translator(language)}>{children}</TranslateContext.Provider>;
}

export function useTranslate(): Translate {
  return useContext(TranslateContext);
}
