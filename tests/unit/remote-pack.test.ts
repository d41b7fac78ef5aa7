import { describe, expect, test, vi } from 'vitest';
import { packItem } from '@/lib/workspace/data-store';
import {
  availablePack,
  fetchPack,
  packSubscriptionItem,
  parsePackAddress,
  REFRESH_INTERVAL_MS,
  refreshSubscribedPack,
  subscribe,
} from '@/lib/workspace/remote-pack';
import { MAX_FILE_BYTES, type TemplatePack } from '@/lib/schemas';
import { defaults, say } from './helpers';

const ADDRESS = 'https://kab-jepara.kpu.go.id/pandu/paket.json';
const url = new URL(ADDRESS);

/** A server answering every request with `body` (a string, or a pack as JSON). */
function serving(body: string | TemplatePack, init: ResponseInit = {}) {
  return vi.fn<typeof fetch>(
    async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200, ...init }),
  );
}

function changedPack(): TemplatePack {
  const pack = structuredClone(defaults().pack);
  pack.version = '2024.9';
  pack.templates[0]!.title = 'Judul yang diperbarui';
  return pack;
}

describe('the pack address', () => {
  test('only a complete https address without a password is accepted', () => {
    expect(parsePackAddress(` ${ADDRESS} `)).toMatchObject({ ok: true, url: { href: ADDRESS } });
    for (const bad of [
      'http://kab-jepara.kpu.go.id/paket.json',
      'kab-jepara.kpu.go.id/paket.json',
      '',
      'https://a:b@x.id/p',
    ]) {
      const result = parsePackAddress(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(say(result.failure.message)).toMatch(/diawali https:\/\//);
    }
  });
});

describe('fetching a pack', () => {
  test('a valid pack is validated against the calendar in use; no cookies are sent', async () => {
    const fetcher = serving(changedPack());
    const result = await fetchPack(url, defaults().calendar, fetcher);
    expect(result).toEqual({ ok: true, pack: changedPack() });
    expect(fetcher.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' });
  });

  test('a pack naming a stage the calendar lacks is refused with its problems', async () => {
    const pack = changedPack();
    pack.templates[0]!.stages = ['kampanye2'];
    const result = await fetchPack(url, defaults().calendar, serving(pack));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe('invalid');
    expect(say(result.failure.message)).toBe(`Paket di ${ADDRESS} tidak sah; paket yang terpasang tidak diubah.`);
    expect(result.failure.problems?.map((problem) => problem.path)).toEqual(['templates[0].stages']);
  });

  test('an error page, a dead connection and a file over 1 MB are each named', async () => {
    const notFound = await fetchPack(
      url,
      defaults().calendar,
      serving('<html>', { status: 404, statusText: 'Not Found' }),
    );
    expect(notFound).toMatchObject({ ok: false, failure: { kind: 'status' } });
    if (!notFound.ok) expect(say(notFound.failure.message)).toContain('menjawab 404 Not Found');

    const offline = await fetchPack(url, defaults().calendar, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(offline).toMatchObject({ ok: false, failure: { kind: 'unreachable' } });

    // Declared too large: refused before the body is read.
    const declared = await fetchPack(
      url,
      defaults().calendar,
      serving('{}', { headers: { 'content-length': String(MAX_FILE_BYTES + 1) } }),
    );
    // Streamed too large without a length: the reading stops at the limit.
    const streamed = await fetchPack(url, defaults().calendar, serving(' '.repeat(MAX_FILE_BYTES + 10)));
    for (const result of [declared, streamed]) {
      expect(result).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
      if (!result.ok)
        expect(say(result.failure.problems![0]!.message)).toBe('berkas terlalu besar: lebih dari 1.000 kB');
    }
  });
});

describe('the daily look at the subscribed address', () => {
  const now = new Date('2024-09-25T02:00:00Z');
  const dayAgo = (days: number) => new Date(now.getTime() - days * REFRESH_INTERVAL_MS).toISOString();

  test('a changed pack waits for the admin; nothing is installed', async () => {
    await subscribe(ADDRESS, new Date(dayAgo(2)));
    const fetcher = serving(changedPack());
    expect(await refreshSubscribedPack(now, fetcher)).toBe(true);
    const subscription = await packSubscriptionItem.getValue();
    expect(subscription).toMatchObject({ url: ADDRESS, autoRefresh: true, lastChecked: now.toISOString() });
    expect(subscription?.available?.version).toBe('2024.9');
    expect(await packItem.getValue()).toBeNull();
  });

  test('not before a day has passed, and never when the admin turned it off', async () => {
    const fetcher = serving(changedPack());
    await subscribe(ADDRESS, new Date(dayAgo(0.5)));
    expect(await refreshSubscribedPack(now, fetcher)).toBe(false);
    await packSubscriptionItem.setValue({ url: ADDRESS, autoRefresh: false, lastChecked: dayAgo(3) });
    expect(await refreshSubscribedPack(now, fetcher)).toBe(false);
    expect(fetcher).not.toHaveBeenCalled();
  });

  test('the same pack as the one in use leaves nothing waiting', async () => {
    await packItem.setValue(changedPack());
    await subscribe(ADDRESS, new Date(dayAgo(2)));
    await refreshSubscribedPack(now, serving(changedPack()));
    expect(await packSubscriptionItem.getValue()).toEqual({
      url: ADDRESS,
      autoRefresh: true,
      lastChecked: now.toISOString(),
    });
  });

  test('a failed look is recorded and keeps a pack already waiting', async () => {
    await packSubscriptionItem.setValue({
      url: ADDRESS,
      autoRefresh: true,
      lastChecked: dayAgo(2),
      available: changedPack(),
    });
    await refreshSubscribedPack(now, serving('not json'));
    const subscription = await packSubscriptionItem.getValue();
    expect(subscription?.failure?.kind).toBe('invalid');
    expect(say(subscription!.failure!.problems![0]!.message)).toMatch(/^bukan JSON yang sah/);
    expect(subscription?.available).toEqual(changedPack());
  });

  test('a waiting pack is checked again against the calendar in use before it is offered', () => {
    const subscription = { url: ADDRESS, autoRefresh: true, available: changedPack() };
    expect(availablePack(subscription, defaults().calendar)).toEqual({ ok: true, pack: changedPack() });
    const calendar = structuredClone(defaults().calendar);
    calendar.stages = calendar.stages.filter((stage) => stage.id !== 'coklit');
    expect(availablePack(subscription, calendar)).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
    expect(availablePack({ url: ADDRESS, autoRefresh: true }, calendar)).toBeNull();
  });

  test('subscribing again to the same address keeps the choice about daily looks', async () => {
    await packSubscriptionItem.setValue({ url: ADDRESS, autoRefresh: false, lastChecked: dayAgo(2) });
    await subscribe(ADDRESS, now);
    expect((await packSubscriptionItem.getValue())?.autoRefresh).toBe(false);
    await subscribe('https://kab-kudus.kpu.go.id/paket.json', now);
    expect((await packSubscriptionItem.getValue())?.autoRefresh).toBe(true);
  });
});

/** A body that sends `first` and then fails as `how` says: a reset connection, or nothing more, ever. */
function failingBody(first: string, how: 'reset' | 'trickle'): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(new TextEncoder().encode(first));
        return;
      }
      if (how === 'reset') controller.error(new TypeError('network error: connection reset'));
      // 'trickle': the next chunk never comes.
      return new Promise<void>(() => undefined);
    },
  });
}

describe('a faulty network', () => {
  const half = JSON.stringify(changedPack()).slice(0, 500);

  test('a redirect that leaves https is refused, whatever it served', async () => {
    const fetcher = vi.fn<typeof fetch>(async () => {
      const response = new Response(JSON.stringify(changedPack()), { status: 200 });
      Object.defineProperties(response, {
        redirected: { value: true },
        url: { value: 'http://kab-jepara.kpu.go.id/pandu/paket.json' },
      });
      return response;
    });
    const result = await fetchPack(url, defaults().calendar, fetcher);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'insecure' } });
    if (!result.ok) expect(say(result.failure.message)).toContain('http://kab-jepara.kpu.go.id/pandu/paket.json');
  });

  test('a redirect to another https address is followed', async () => {
    const fetcher = vi.fn<typeof fetch>(async () => {
      const response = new Response(JSON.stringify(changedPack()), { status: 200 });
      Object.defineProperties(response, {
        redirected: { value: true },
        url: { value: 'https://cdn.kpu.go.id/jepara/paket.json' },
      });
      return response;
    });
    expect(await fetchPack(url, defaults().calendar, fetcher)).toEqual({ ok: true, pack: changedPack() });
  });

  test('a connection reset in the middle of the body is named, not thrown', async () => {
    const result = await fetchPack(url, defaults().calendar, async () => new Response(failingBody(half, 'reset')));
    expect(result).toMatchObject({ ok: false, failure: { kind: 'unreachable' } });
    if (!result.ok) expect(say(result.failure.message)).toContain('terputus');
  });

  test('a body that trickles and never ends times out', async () => {
    const result = await fetchPack(url, defaults().calendar, async () => new Response(failingBody(half, 'trickle')), {
      timeoutMs: 200,
    });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
  });

  test('a daily look that fails while reading is recorded, and the next look waits its day', async () => {
    const now = new Date('2024-09-25T02:00:00Z');
    await subscribe(ADDRESS, new Date(now.getTime() - 2 * REFRESH_INTERVAL_MS));
    const fetcher = vi.fn<typeof fetch>(async () => new Response(failingBody(half, 'reset')));
    expect(await refreshSubscribedPack(now, fetcher)).toBe(true);
    const subscription = await packSubscriptionItem.getValue();
    expect(subscription).toMatchObject({ lastChecked: now.toISOString(), failure: { kind: 'unreachable' } });
    expect(await refreshSubscribedPack(new Date(now.getTime() + 60_000), fetcher)).toBe(false);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  test('a look that throws for any other reason is still recorded', async () => {
    const now = new Date('2024-09-25T02:00:00Z');
    await subscribe(ADDRESS, new Date(now.getTime() - 2 * REFRESH_INTERVAL_MS));
    const fetcher = vi.fn<typeof fetch>(async () => {
      const response = new Response('{}');
      // A response whose body cannot even be asked for.
      Object.defineProperty(response, 'body', {
        get() {
          throw new Error('body unavailable');
        },
      });
      return response;
    });
    expect(await refreshSubscribedPack(now, fetcher)).toBe(true);
    expect(await packSubscriptionItem.getValue()).toMatchObject({ lastChecked: now.toISOString(), failure: {} });
    expect(await refreshSubscribedPack(new Date(now.getTime() + 60_000), fetcher)).toBe(false);
  });
});
