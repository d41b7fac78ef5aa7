import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_LANGUAGE, translator, type Language, type Translate } from '@/lib/i18n';

const TranslateContext = createContext<Translate>(translator(DEFAULT_LANGUAGE));

export function LanguageProvider({ language, children }: { language: Language; children: ComponentChildren }) {
  return <TranslateContext.Provider value={translator(language)}>{children}</TranslateContext.Provider>;
}

export function useTranslate(): Translate {
  return useContext(TranslateContext);
}
