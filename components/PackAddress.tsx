import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DATE_LOCALES } from '@/lib/dates';
import { sameData } from '@/lib/workspace/data-diff';
import type { Language } from '@/lib/messages/i18n';
import {
  afterLook,
  availablePack,
  fetchPack,
  originPattern,
  packSubscriptionItem,
  parsePackAddress,
  type FetchFailure,
  type PackSubscription,
} from '@/lib/workspace/remote-pack';
import type { StageCalendar, TemplatePack } from '@/lib/schemas';
import { FileProblems } from './FileProblems';
import { TextInput } from './Field';
import { useTranslate } from './i18n';
import { errorText } from '@/lib/messages/errors';
import { storedText } from '@/lib/messages/format';

/**
 * The pack KPU Kabupaten publishes at an https address: fetched by hand, then looked at once a day. A pack
 * fetched or found there is handed to `onReview`, which shows its differences and installs it only when the
 * admin agrees (with `address`, which subscribes to it).
 */
export function PackAddress({
  calendar,
  packInUse,
  language,
  onReview,
}: {
  calendar: StageCalendar;
  packInUse: TemplatePack;
  language: Language;
  onReview(address: string, pack: TemplatePack): void;
}) {
  const t = useTranslate();
  const [subscription, setSubscription] = useState<PackSubscription | null>(null);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FetchFailure | null>(null);
  const [askAccess, setAskAccess] = useState<URL | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void packSubscriptionItem.getValue().then((value) => {
      setSubscription(value);
      if (value) setAddress(value.url);
    });
    // The background writes here after its daily look.
    return packSubscriptionItem.watch(setSubscription);
  }, []);

  const fetchNow = async () => {
    setFailure(null);
    setAskAccess(null);
    setMessage('');
    const parsed = parsePackAddress(address);
    if (!parsed.ok) {
      setFailure(parsed.failure);
      return;
    }
    setBusy(true);
    try {
      const result = await fetchPack(parsed.url, calendar);
      const subscribed = subscription?.url === parsed.url.href;
      // A look by hand at the subscribed address counts as the day's look.
      if (subscribed) await packSubscriptionItem.setValue(afterLook(subscription, result, packInUse, new Date()));
      if (result.ok && subscribed && sameData(result.pack, packInUse)) setMessage(t('data.sameAsInstalled'));
      else if (result.ok) onReview(parsed.url.href, result.pack);
      else {
        setFailure(result.failure);
        // Without access to the site, a server that does not allow cross-origin reads looks unreachable.
        const pattern = originPattern(parsed.url);
        if (result.failure.kind === 'unreachable' && !(await browser.permissions.contains({ origins: [pattern] })))
          setAskAccess(parsed.url);
      }
    } catch (error) {
      setMessage(errorText(error, t));
    } finally {
      // However it ended, the button comes back.
      setBusy(false);
    }
  };

  const review = (waiting: PackSubscription) => {
    const result = availablePack(waiting, calendar);
    if (result?.ok) onReview(waiting.url, result.pack);
    else if (result) setFailure(result.failure);
  };

  const allowAccess = (url: URL) => {
    // Called straight from the click: the browser asks the admin only during a user gesture.
    void browser.permissions.request({ origins: [originPattern(url)] }).then((granted) => {
      if (granted) void fetchNow();
      else setMessage(t('data.accessRefused'));
    });
  };

  const lastChecked = subscription?.lastChecked
    ? new Date(subscription.lastChecked).toLocaleString(DATE_LOCALES[language], {
        dateStyle: 'full',
        timeStyle: 'short',
      })
    : '';
  // A failure just met names the address typed; one from the daily look, the subscribed address.
  const shownFailure = failure ?? subscription?.failure ?? null;
  const failedAddress = failure ? address : (subscription?.url ?? address);

  return (
    <div class="pack-address">
      <TextInput
        id="pack-address"
        label={t('data.address')}
        hint={t('data.addressHint')}
        type="url"
        inputMode="url"
        value={address}
        onValue={setAddress}
      />
      <div class="log-actions">
        <button type="button" disabled={busy || address.trim() === ''} onClick={() => void fetchNow()}>
          {busy ? t('data.fetching') : t('data.fetch')}
        </button>
        {askAccess && (
          <button type="button" onClick={() => allowAccess(askAccess)}>
            {t('data.allowAccess', { host: askAccess.host })}
          </button>
        )}
      </div>
      {askAccess && <p class="hint">{t('data.accessExplain', { host: askAccess.host })}</p>}
      {message && <p role="status">{message}</p>}
      {shownFailure &&
        (shownFailure.problems ? (
          <FileProblems file={failedAddress} problems={shownFailure.problems} />
        ) : (
          <p role="alert">{storedText(shownFailure.message, t)}</p>
        ))}
      {subscription && (
        <div class="pack-subscription">
          <p>{t('data.subscribed', { url: subscription.url, when: lastChecked })}</p>
          {subscription.available && (
            <p class="notice">
              {t('data.updateAvailable', {
                issuer: subscription.available.issuer,
                version: subscription.available.version,
              })}{' '}
              <button type="button" onClick={() => review(subscription)}>
                {t('data.review')}
              </button>
            </p>
          )}
          <div class="log-actions">
            <label class="inline">
              <input
                type="checkbox"
                checked={subscription.autoRefresh}
                onChange={(event) =>
                  void packSubscriptionItem.setValue({
                    ...subscription,
                    autoRefresh: (event.target as HTMLInputElement).checked,
                  })
                }
              />{' '}
              {t('data.autoRefresh')}
            </label>
            <button type="button" onClick={() => void packSubscriptionItem.removeValue()}>
              {t('data.forget')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
