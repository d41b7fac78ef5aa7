import { browser } from 'wxt/browser';

/**
 * The storage keys the workspace is built from (settings, profile, the imported calendar, pack, rules and
 * drafts, and a pack update waiting at the subscribed address). Other writes, such as the authoring page
 * saving a pack at every keystroke, leave it alone.
 */
const WORKSPACE_KEYS = ['settings', 'profile', 'calendar', 'pack', 'rules', 'drafts', 'packSubscription'];

/** Calls `listener` when something the workspace is built from changes; returns a function that stops it. */
export function onWorkspaceChange(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && WORKSPACE_KEYS.some((key) => Object.hasOwn(changes, key))) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
