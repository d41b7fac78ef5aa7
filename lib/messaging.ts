import { browser, type Browser } from 'wxt/browser';
import type { ShownFinding } from './guidelines/types';
import type { ImageMessage } from './images/transfer';
import type { Platform } from './platforms/platform';
import type { DetectedPost, PostLinkMessage } from './posts/schema';
import type { Workspace } from './workspace';
import { PanduError } from './messages/errors';
import { message } from './messages/reference';

/**
 * The one message map between the extension's parts. Each entry names what a caller sends and what the
 * background answers; both ends are typed from this map, so a change here breaks every mismatched caller at
 * compile time.
 */
export interface MessageMap {
  /** The extension's name and version, for the options page. */
  getAbout: { request: undefined; response: About };
  /** Calendar, pack, rules, profile and settings, validated by the background. */
  getWorkspace: { request: undefined; response: Workspace };
  /** Opens the settings page (content scripts cannot open extension pages themselves). */
  openSettings: { request: undefined; response: { opened: true } };
  /**
   * What the guidelines say about a post being written, for the sidebar, in the admin's language. The
   * checker and its messages stay in the background so the content script every Facebook and Instagram page
   * loads stays small.
   */
  checkPost: { request: PostCheck; response: ShownFinding[] };
  /** Logs a published post (idempotent by id); the background checks it and completes the record. */
  logPost: { request: DetectedPost; response: { saved: true } };
  /**
   * The link of a post already sent, found on the page later ("View post"): attached to the stored post
   * without sending or checking it again (attached: false when there is no such post or it has a link).
   */
  attachPostLink: { request: PostLinkMessage; response: { attached: boolean } };
  /** An approved image by SHA-256, or its small thumbnail, as base64 (null: Pandu does not hold it). */
  getImage: { request: { sha256: string; thumbnail: boolean }; response: ImageMessage | null };
}

/** A text to check: on which site, during which stages (those the sidebar shows). */
export interface PostCheck {
  text: string;
  platform: Platform;
  stageIds: string[];
}

export interface About {
  name: string;
  version: string;
}

export type MessageType = keyof MessageMap;
type Request<K extends MessageType> = MessageMap[K]['request'];
type Response<K extends MessageType> = MessageMap[K]['response'];

export interface Envelope<K extends MessageType = MessageType> {
  channel: typeof CHANNEL;
  type: K;
  data: Request<K>;
}

/** A reply carries failures as data: a thrown error does not survive structured cloning across contexts. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

const CHANNEL = 'pandu';

/** A failure the background answered with, in its words (already in the admin's language). */
export class MessageError extends Error {
  override name = 'MessageError';
}

/** A message as it travels (also built by scripts that drive a browser, such as the store screenshots). */
export function envelope<K extends MessageType>(type: K, data: Request<K>): Envelope<K> {
  return { channel: CHANNEL, type, data };
}

export async function sendMessage<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  const reply = (await browser.runtime.sendMessage(envelope(type, data))) as Reply<Response<K>> | undefined;
  if (!reply) throw new PanduError(message('error.noAnswer', { type }));
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}

export type MessageHandlers = {
  [K in MessageType]: (data: Request<K>, sender: Browser.runtime.MessageSender) => Promise<Response<K>> | Response<K>;
};

function isEnvelope(message: unknown, handlers: MessageHandlers): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as Partial<Envelope>;
  return candidate.channel === CHANNEL && typeof candidate.type === 'string' && Object.hasOwn(handlers, candidate.type);
}

/** Answers every message of the map. Only the background calls this. Returns a function that stops listening. */
export function handleMessages(handlers: MessageHandlers): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: Reply<unknown>) => void,
  ): true | undefined => {
    if (!isEnvelope(message, handlers)) return undefined;
    const handler = handlers[message.type] as (data: unknown, sender: Browser.runtime.MessageSender) => unknown;
    // Answer through sendResponse (not a returned promise): it works in Chrome, Firefox and WXT's fakeBrowser.
    Promise.resolve()
      .then(() => handler(message.data, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        // Handlers whose failures the admin reads say them in the admin's language (lib/background/).
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
