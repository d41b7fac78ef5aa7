import { storage } from 'wxt/utils/storage';
import { sameData } from './data-diff';
import { dataInUse } from './data-store';
import {
  MAX_FILE_BYTES,
  parseTemplatePack,
  tooLargeProblem,
  type ParseResult,
  type Problem,
  type StageCalendar,
  type TemplatePack,
} from '../schemas';
import { errorMessage } from '../messages/errors';
import type { LegacyText, MessageRef } from '../messages/format';
import { message } from '../messages/reference';

/**
 * A pack KPU Kabupaten publishes at an https address. The admin fetches it once by hand (seeing what it
 * changes, and agreeing); after that Pandu looks at the address now and then and, when the pack there has
 * changed, keeps it aside as `available` until the admin has seen its differences and agreed again.
 */
export interface PackSubscription {
  url: string;
  /** Look at the address about once a day (see `REFRESH_INTERVAL_MS`). */
  autoRefresh: boolean;
  /** When Pandu last looked (ISO instant), whatever came of it. */
  lastChecked?: string;
  /** What the last look found wrong; absent when it went well. */
  failure?: FetchFailure;
  /** A valid pack at the address that differs from the one in use, waiting for the admin. */
  available?: TemplatePack;
}

export const packSubscriptionItem = storage.defineItem<PackSubscription | null>('local:packSubscription', {
  fallback: null,
});

export const REFRESH_INTERVAL_MS = 24 * 60 * 60 * 1000;
const FETCH_TIMEOUT_MS = 20_000;

export interface FetchFailure {
  /**
   * `unreachable`: no answer at all (or the connection broke while reading), which from an extension page
   * also means a server that does not allow cross-origin reads: the settings page then offers to ask for
   * access to that one site. `insecure`: the server redirected to an address that is not https.
   */
  kind: 'address' | 'unreachable' | 'timeout' | 'status' | 'insecure' | 'invalid';
  /** Stored with the subscription: one an older Pandu recorded may be two-language text. */
  message: MessageRef | LegacyText;
  /** For `invalid`: what is wrong with the file, by place. */
  problems?: Problem[];
}

export type FetchResult = { ok: true; pack: TemplatePack } | { ok: false; failure: FetchFailure };

/** Accepts an https address only: a pack read over plain http could be changed on the way. */
export function parsePackAddress(text: string): { ok: true; url: URL } | { ok: false; failure: FetchFailure } {
  let url: URL | null = null;
  try {
    url = new URL(text.trim());
  } catch {
    // Reported below.
  }
  if (!url || url.protocol !== 'https:' || url.username || url.password)
    return {
      ok: false,
      failure: {
        kind: 'address',
        message: message('pack.badAddress'),
      },
    };
  return { ok: true, url };
}

/** The origin pattern a host permission for this address names. */
export const originPattern = (url: URL): string => `${url.origin}/*`;

/** Why reading stopped before the whole body was there: the deadline passed, or the connection broke. */
class BodyReadError extends Error {
  constructor(readonly kind: 'timeout' | 'unreachable') {
    super(kind);
  }
}

/**
 * Reads at most `limit` bytes of a body before `deadline` aborts; more is refused without reading the rest.
 * Every way reading can fail ends as a BodyReadError (or null: too large), never as another exception.
 */
async function readCapped(response: Response, limit: number, deadline: AbortSignal): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) return null;
  const aborted = new Promise<never>((_resolve, reject) => {
    const fail = () => reject(new BodyReadError('timeout'));
    if (deadline.aborted) fail();
    else deadline.addEventListener('abort', fail, { once: true });
  });
  // Observed here so an abort after the body is read is not an unhandled rejection.
  aborted.catch(() => undefined);
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    const body = response.body;
    if (!body) return await Promise.race([response.text(), aborted]);
    reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      size += value.byteLength;
      if (size > limit) return null;
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return new TextDecoder().decode(bytes);
  } catch (error) {
    if (error instanceof BodyReadError) throw error;
    throw new BodyReadError(
      error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')
        ? 'timeout'
        : 'unreachable',
    );
  } finally {
    // Stop the download: nothing more of it will be read.
    reader?.cancel().catch(() => undefined);
  }
}

const timeoutFailure = (url: URL, seconds: number): FetchFailure => ({
  kind: 'timeout',
  message: message('pack.timeout', { host: url.host, seconds }),
});

export interface FetchOptions {
  /** The whole exchange, body included, must end within this. */
  timeoutMs?: number;
}

/**
 * Fetches and validates the pack at `url` against the calendar in use. No cookies go with the request and
 * nothing about the admin is sent: it is a plain GET of a public file. Never throws: every way it can fail
 * is a named failure.
 */
export async function fetchPack(
  url: URL,
  calendar: StageCalendar,
  fetcher: typeof fetch = fetch,
  { timeoutMs = FETCH_TIMEOUT_MS }: FetchOptions = {},
): Promise<FetchResult> {
  const address = url.href;
  const seconds = Math.round(timeoutMs / 1000);
  const deadline = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetcher(address, {
      credentials: 'omit',
      cache: 'no-cache',
      redirect: 'follow',
      headers: { accept: 'application/json' },
      signal: deadline,
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      ok: false,
      failure: timedOut
        ? timeoutFailure(url, seconds)
        : {
            kind: 'unreachable',
            message: message('pack.unreachable', { address, host: url.host }),
          },
    };
  }
  // The address was checked to be https; a redirect must not lead anywhere else.
  if (response.redirected && response.url && !response.url.startsWith('https:'))
    return {
      ok: false,
      failure: {
        kind: 'insecure',
        message: message('pack.insecure', { host: url.host, address, target: response.url }),
      },
    };
  if (!response.ok)
    return {
      ok: false,
      failure: {
        kind: 'status',
        message: message('pack.status', {
          host: url.host,
          status: `${response.status} ${response.statusText}`.trim(),
          address,
        }),
      },
    };
  let text: string | null;
  try {
    text = await readCapped(response, MAX_FILE_BYTES, deadline);
  } catch (error) {
    const kind = error instanceof BodyReadError ? error.kind : 'unreachable';
    return {
      ok: false,
      failure:
        kind === 'timeout'
          ? timeoutFailure(url, seconds)
          : {
              kind: 'unreachable',
              message: message('pack.broken', { host: url.host, address }),
            },
    };
  }
  const result: ParseResult<TemplatePack> =
    text === null ? { ok: false, problems: [tooLargeProblem(null)] } : parseTemplatePack(text, calendar);
  return result.ok ? { ok: true, pack: result.value } : { ok: false, failure: invalidPack(address, result.problems) };
}

const invalidPack = (address: string, problems: Problem[]): FetchFailure => ({
  kind: 'invalid',
  message: message('pack.invalid', { address }),
  problems,
});

/** The pack waiting at the address, checked again: the calendar in use may have changed since it was found. */
export function availablePack(subscription: PackSubscription | null, calendar: StageCalendar): FetchResult | null {
  if (!subscription?.available) return null;
  const result = parseTemplatePack({ json: subscription.available }, calendar);
  return result.ok
    ? { ok: true, pack: result.value }
    : { ok: false, failure: invalidPack(subscription.url, result.problems) };
}

/**
 * Records that the pack at `url` was installed, so Pandu looks there from now on; a look already made
 * (failed, or a pack waiting) is cleared, and the admin's choice about daily looks kept.
 */
export async function subscribe(url: string, now = new Date()): Promise<void> {
  const previous = await packSubscriptionItem.getValue();
  await packSubscriptionItem.setValue({
    url,
    autoRefresh: previous?.url === url ? previous.autoRefresh : true,
    lastChecked: now.toISOString(),
  });
}

/**
 * What a look at the subscribed address (daily, or by hand) leaves in the subscription: when it was, and a
 * changed pack waiting or what went wrong. A failed look keeps a pack already waiting.
 */
export function afterLook(
  subscription: PackSubscription,
  result: FetchResult,
  inUse: TemplatePack,
  now: Date,
): PackSubscription {
  const { failure: _failure, available: _available, ...rest } = subscription;
  if (result.ok)
    return {
      ...rest,
      lastChecked: now.toISOString(),
      ...(sameData(result.pack, inUse) ? {} : { available: result.pack }),
    };
  return {
    ...rest,
    lastChecked: now.toISOString(),
    failure: result.failure,
    ...(subscription.available ? { available: subscription.available } : {}),
  };
}

/**
 * Looks at the subscribed address when a look is due (about once a day, by the real clock) and records what
 * it found. Nothing is installed: a changed pack waits in `available` for the admin. Returns whether it
 * looked.
 */
export async function refreshSubscribedPack(now: Date, fetcher: typeof fetch = fetch): Promise<boolean> {
  const subscription = await packSubscriptionItem.getValue();
  if (!subscription?.autoRefresh) return false;
  const last = subscription.lastChecked ? Date.parse(subscription.lastChecked) : Number.NaN;
  if (now.getTime() - last < REFRESH_INTERVAL_MS) return false;
  const { pack: inUse, calendar } = await dataInUse();
  let result: FetchResult;
  try {
    const address = parsePackAddress(subscription.url);
    result = address.ok ? await fetchPack(address.url, calendar, fetcher) : address;
  } catch (error) {
    // Whatever went wrong, the look happened: record it, so the next one waits its day.
    result = {
      ok: false,
      failure: {
        kind: 'unreachable',
        message: message('pack.failed', { address: subscription.url, detail: errorMessage(error) }),
      },
    };
  }
  // The admin may have changed or dropped the subscription while the request ran.
  const current = await packSubscriptionItem.getValue();
  if (current?.url === subscription.url) await packSubscriptionItem.setValue(afterLook(current, result, inUse, now));
  return true;
}
