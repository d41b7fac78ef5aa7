import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { diffCalendar, diffPack, diffRules, type ItemDiff } from '@/lib/workspace/data-diff';
import { checkImport, installImport, type ValidImport } from '@/lib/workspace/data-import';
import { dataInUse, KPU_DATA_ITEMS } from '@/lib/workspace/data-store';
import { readChosenFile } from '@/lib/files';
import { checkPackImages } from '@/lib/images/pack-images';
import { downloadImages, imageOrigins, imagesToDownload } from '@/lib/images/remote';
import { heldImages, pageImageBytes, removeImagesNoTemplateUses } from '@/lib/images/serve';
import { MAX_PACK_ZIP_BYTES, readPackZip, writePackZip } from '@/lib/images/pack-zip';

import type { MessageKey } from '@/lib/messages/i18n';
import { subscribe } from '@/lib/workspace/remote-pack';
import { onWorkspaceChange } from '@/lib/workspace/changes';
import { describeProblems, MAX_FILE_BYTES, tooLargeProblem, type Problem, type TemplatePack } from '@/lib/schemas';
import { download } from './download';
import { FileProblems } from './FileProblems';
import { JsonFileInput } from './JsonFileInput';
import { PackAddress } from './PackAddress';
import { useTranslate } from './i18n';
import { errorText } from '@/lib/messages/errors';
import { openDatabase } from '@/lib/posts/database';

type Kind = 'pack' | 'calendar' | 'rules';
type InUse = Awaited<ReturnType<typeof dataInUse>>;

/** A checked file and its name; `address`: fetched from an https address, which installing subscribes to. */
type Pending = ValidImport & { file: string; address?: string };

const LABELS: Record<Kind, { title: MessageKey; import: MessageKey; export: MessageKey }> = {
  pack: { title: 'data.pack', import: 'data.importPack', export: 'data.exportPack' },
  calendar: { title: 'data.calendar', import: 'data.importCalendar', export: 'data.exportCalendar' },
  rules: { title: 'data.rules', import: 'data.importRules', export: 'data.exportRules' },
};

/**
 * Importing what KPU Kabupaten hands out: a file is validated (a pack and rules against the calendar in
 * use; a calendar against the pack and rules in use), its differences shown, and nothing changes until
 * the admin agrees. What is in use can be exported again, unchanged.
 */
export function DataSection({ language }: { language: 'id' | 'en' }) {
  const t = useTranslate();
  const [inUse, setInUse] = useState<InUse | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [rejected, setRejected] = useState<{ file: string; problems: Problem[] } | null>(null);
  const [message, setMessage] = useState('');
  /** A pack whose images are on a site Pandu may not read yet: the button asks the browser for it. */
  const [askImages, setAskImages] = useState<{
    file: string;
    value: TemplatePack;
    origins: string[];
    address?: string;
  } | null>(null);
  const reload = () => void dataInUse().then(setInUse);
  // What is in use may change in another tab (or the sidebar's review link brings back an old one).
  useEffect(() => {
    reload();
    return onWorkspaceChange(reload);
  }, []);
  const heading = <h2 id="data-heading">{t('data.title')}</h2>;
  // The heading is there from the start, so a link to #data-heading finds it.
  if (!inUse) return <section aria-labelledby="data-heading">{heading}</section>;

  const choose = async (kind: Kind, file: File) => {
    setPending(null);
    setRejected(null);
    setMessage('');
    setAskImages(null);
    if (kind === 'pack' && (file.name.toLowerCase().endsWith('.zip') || file.type.includes('zip'))) {
      await chooseZip(file);
      return;
    }
    // The size first: a file over the limit is refused before it is read into memory.
    const read = await readChosenFile(file, MAX_FILE_BYTES);
    if (!read.ok) {
      setRejected({ file: file.name, problems: read.problems });
      return;
    }
    const held = await heldImages(openDatabase());
    const checked = checkImport(kind, read.value, inUse, held);
    if (checked.ok && checked.value.kind === 'pack') await withImages(file.name, checked.value.value, held);
    else if (checked.ok) setPending({ ...checked.value, file: file.name });
    else setRejected({ file: file.name, problems: checked.problems });
  };

  /**
   * A JSON pack whose images are https addresses: each is downloaded now and checked against its pinned
   * hash before anything is stored. A site that does not allow the read asks for permission first.
   */
  const withImages = async (file: string, value: TemplatePack, held: ReadonlySet<string>, address?: string) => {
    setAskImages(null);
    const urls = imagesToDownload(value, held);
    if (urls.length === 0) {
      setPending({ kind: 'pack', value, file, ...(address ? { address } : {}) });
      return;
    }
    const downloads = await downloadImages(urls);
    const origins = imageOrigins(urls);
    if (downloads.failed.length > 0 && !(await browser.permissions.contains({ origins }))) {
      setAskImages({ file, value, origins, address });
      return;
    }
    const checked = await checkPackImages(
      value,
      (image) => (image.url ? downloads.bytes.get(image.url) : undefined),
      held,
    );
    if (checked.problems.length > 0) setRejected({ file, problems: checked.problems });
    else
      setPending({
        kind: 'pack',
        value,
        file,
        images: checked.images,
        warnings: checked.warnings,
        ...(address ? { address } : {}),
      });
  };

  const allowImages = (ask: NonNullable<typeof askImages>) => {
    // Called straight from the click: the browser asks the admin only during a user gesture.
    void browser.permissions.request({ origins: ask.origins }).then(async (granted) => {
      if (granted) await withImages(ask.file, ask.value, await heldImages(openDatabase()), ask.address);
      else {
        setAskImages(null);
        setMessage(t('data.permissionDenied', { origins: ask.origins.join(', ') }));
      }
    });
  };

  /** A pack with its images: every image checked before anything is stored. */
  const chooseZip = async (file: File) => {
    if (file.size > MAX_PACK_ZIP_BYTES) {
      setRejected({ file: file.name, problems: [tooLargeProblem(file.size, MAX_PACK_ZIP_BYTES)] });
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await readPackZip(bytes, inUse.calendar, await heldImages(openDatabase()));
    if (!read.ok) setRejected({ file: file.name, problems: read.problems });
    else
      setPending({
        kind: 'pack',
        file: file.name,
        value: read.value.pack,
        images: read.value.images,
        warnings: read.value.warnings,
      });
  };

  const exportZip = async () => {
    const { zip, missing } = await writePackZip(inUse.pack, pageImageBytes(openDatabase()));
    download(
      new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      `pandu-paket_${inUse.pack.id}_${inUse.pack.version}.zip`,
    );
    setMessage(missing.length > 0 ? t('data.imagesNotExported', { names: missing.join(', ') }) : '');
  };

  const replace = async () => {
    if (!pending) return;
    try {
      await installImport(pending);
      if (pending.kind === 'pack' && pending.address) await subscribe(pending.address);
    } catch (error) {
      // Storage full or gone: say so; what was in use stays in use.
      setMessage(errorText(error, t));
      return;
    }
    setPending(null);
    setMessage(t('data.replaced'));
    reload();
  };

  const reset = async (kind: Kind) => {
    await KPU_DATA_ITEMS[kind].removeValue();
    if (kind === 'pack') await removeImagesNoTemplateUses(openDatabase());
    reload();
  };

  const exportFile = (kind: Kind) => {
    const value = inUse[kind];
    const name =
      kind === 'pack'
        ? `pandu-paket_${inUse.pack.id}_${inUse.pack.version}.json`
        : kind === 'calendar'
          ? `pandu-kalender_${inUse.calendar.id}.json`
          : `pandu-aturan_${inUse.rules.id}.json`;
    download(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }), name);
  };

  const source = (kind: Kind) => (inUse.imported[kind] ? t('data.importedLabel') : t('data.builtIn'));
  const summaries: Record<Kind, string> = {
    pack: t('data.packSummary', {
      issuer: inUse.pack.issuer,
      version: inUse.pack.version,
      source: source('pack'),
      count: inUse.pack.templates.length,
      approvedBy: inUse.pack.approval.approvedBy,
      date: inUse.pack.approval.date,
      reference: inUse.pack.approval.reference,
    }),
    calendar: t('data.calendarSummary', {
      name: inUse.calendar.name,
      source: source('calendar'),
      count: inUse.calendar.stages.length,
    }),
    rules: t('data.rulesSummary', { name: inUse.rules.name, source: source('rules'), issuer: inUse.rules.issuer }),
  };

  return (
    <section aria-labelledby="data-heading">
      {heading}
      <p class="hint">{t('data.intro')}</p>
      {(['pack', 'calendar', 'rules'] as const).map((kind) => (
        <div class="data-block" key={kind}>
          <h3>{t(LABELS[kind].title)}</h3>
          <p>{summaries[kind]}</p>
          <div class="log-actions">
            <JsonFileInput
              label={t(LABELS[kind].import)}
              accept={kind === 'pack' ? 'application/json,.json,application/zip,.zip' : undefined}
              onFile={(file) => void choose(kind, file)}
            />
            <button type="button" onClick={() => exportFile(kind)}>
              {t(LABELS[kind].export)}
            </button>
            {kind === 'pack' && (
              <button type="button" onClick={() => void exportZip()}>
                {t('data.exportPackZip')}
              </button>
            )}
            {inUse.imported[kind] && (
              <button type="button" onClick={() => void reset(kind)}>
                {t('data.reset', { name: t(LABELS[kind].title) })}
              </button>
            )}
          </div>
          {kind === 'pack' && <p class="hint">{t('data.packFileHint')}</p>}
          {kind === 'pack' && (
            <PackAddress
              calendar={inUse.calendar}
              packInUse={inUse.pack}
              language={language}
              onReview={(address, value) => {
                setRejected(null);
                setMessage('');
                void heldImages(openDatabase()).then((held) => withImages(address, value, held, address));
              }}
            />
          )}
        </div>
      ))}
      {message && <p role="status">{message}</p>}
      {askImages && (
        <p role="alert">
          {t('data.permissionAsk', { origins: askImages.origins.join(', ') })}{' '}
          <button type="button" onClick={() => allowImages(askImages)}>
            {t('data.allowImages')}
          </button>
        </p>
      )}
      {rejected && <FileProblems file={rejected.file} problems={rejected.problems} />}
      {pending && (
        <PendingChange
          pending={pending}
          inUse={inUse}
          onReplace={() => void replace()}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}

function PendingChange({
  pending,
  inUse,
  onReplace,
  onCancel,
}: {
  pending: Pending;
  inUse: InUse;
  onReplace(): void;
  onCancel(): void;
}) {
  const t = useTranslate();
  const list = <T extends { id: string }>(diff: ItemDiff<T>, name: (item: T) => string) => {
    const lines = [
      diff.added.length > 0 && t('data.added', { count: diff.added.length, items: diff.added.map(name).join(', ') }),
      diff.changed.length > 0 &&
        t('data.changed', {
          count: diff.changed.length,
          items: diff.changed.map((entry) => name(entry.after)).join(', '),
        }),
      diff.removed.length > 0 &&
        t('data.removed', { count: diff.removed.length, items: diff.removed.map(name).join(', ') }),
    ].filter((line): line is string => !!line);
    return lines.length === 0 ? [t('data.noChange')] : lines;
  };
  const lines =
    pending.kind === 'pack'
      ? [
          t('data.newPack', {
            file: pending.file,
            issuer: pending.value.issuer,
            version: pending.value.version,
            approvedBy: pending.value.approval.approvedBy,
            date: pending.value.approval.date,
            reference: pending.value.approval.reference,
          }),
          ...list(diffPack(inUse.pack, pending.value), (template) => template.title),
          ...(pending.images && pending.images.length > 0
            ? [t('data.newImages', { count: pending.images.length })]
            : []),
        ]
      : pending.kind === 'calendar'
        ? list(diffCalendar(inUse.calendar, pending.value), (stage) => stage.name)
        : [
            (() => {
              const sections = diffRules(inUse.rules, pending.value);
              return sections.length === 0
                ? t('data.noChange')
                : t('data.rulesChanged', { sections: sections.join(', ') });
            })(),
          ];
  return (
    <div class="data-pending" role="region" aria-label={pending.file}>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {pending.kind === 'pack' && pending.warnings && pending.warnings.length > 0 && (
        <div class="data-warnings">
          <p>{t('data.warnings')}</p>
          <ul>
            {describeProblems(pending.warnings, t).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" onClick={onReplace}>
        {t('data.replace')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('log.cancel')}
      </button>
    </div>
  );
}
