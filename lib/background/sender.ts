import { browser, type Browser } from 'wxt/browser';
import { platformForHost } from '../platforms';
import type { PostSender } from '../posts/accept';

/**
 * Who sent a message, as far as a post is concerned: Pandu's own content script, in a tab on an https page
 * of a site Pandu serves; null for anyone else (another extension, an extension page, any other page).
 */
export function senderSite(sender: Browser.runtime.MessageSender): PostSender | null {
  if (sender.id !== browser.runtime.id || !sender.tab) return null;
  const address = sender.url ?? sender.tab.url;
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const platform = url.protocol === 'https:' ? platformForHost(url.hostname) : null;
  return platform ? { kind: 'site', platform, url: url.href } : null;
}
