import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { MessageKey } from '@/lib/messages/i18n';
import {
  DEFAULT_LANGUAGE,
  translator,
  type Catalogue,
  type Language,
  type MessageRef,
  type Translate,
} from '@/lib/messages/format';
import type { SidebarKey } from '@/lib/messages/sidebar';

/** Outside a provider there is no catalogue: a key shows as itself, which a test notices at once. */
const TranslateContext = createContext<Translate>(
  Object.assign((key: string | MessageRef) => (typeof key === 'string' ? key : key.key), {
    language: DEFAULT_LANGUAGE,
  }) as Translate,
);

/**
 * Gives the tree below the messages of its surface: the content script passes the sidebar's catalogue only,
 * the extension pages every catalogue (lib/messages/i18n.ts).
 */
export function LanguageProvider<K extends string>({
  language,
  messages,
  children,
}: {
  language: Language;
  messages: Catalogue<K>;
  children: ComponentChildren;
}) {
  // Screen readers pick their voice from the page's language (the sidebar's host page keeps its own).
  useEffect(() => {
    if (document.documentElement.dataset.fixture === undefined && location.protocol !== 'https:')
      document.documentElement.lang = language;
  }, [language]);
  return (
    <TranslateContext.Provider value={translator(messages, language) as Translate}>
      {children}
    </TranslateContext.Provider>
  );
}

/** The translator of an extension page: any message key. */
export function useTranslate(): Translate<MessageKey> {
  return useContext(TranslateContext);
}

/** The translator of a component the sidebar shows: only the sidebar's keys, the only ones it carries. */
export function useSidebarTranslate(): Translate<SidebarKey> {
  return useContext(TranslateContext);
}
