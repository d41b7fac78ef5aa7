import { useMemo, useState } from 'preact/hooks';
import type { StageClock } from '@/lib/calendar';
import type { Platform } from '@/lib/platforms/platform';
import type { TemplateImage } from '@/lib/schemas';
import { fillPlainTemplate, placeholderHelp, rankTemplates, type RankedTemplate } from '@/lib/templates';
import type { Workspace } from '@/lib/workspace';
import { useSidebarTranslate } from './i18n';
import { imagesFor, TemplateImages } from './TemplateImages';

/** How many suggestions the sidebar shows: enough for a stage and what starts next, short enough to scan. */
const SHOWN = 8;

interface TemplateListProps {
  /** Approved templates (the pack), or the admin's drafts, which are listed apart and marked. */
  kind: 'approved' | 'draft';
  workspace: Workspace;
  platform: Platform;
  now: Date;
  clock: StageClock;
  /** Inserts the caption and attaches the template's images meant for this platform. */
  onInsert(templateId: string, text: string, images: TemplateImage[]): Promise<void>;
}

export function TemplateList({ kind, workspace, platform, now, clock, onInsert }: TemplateListProps) {
  const t = useSidebarTranslate();
  const day = clock.today(now);
  const ranked = useMemo(() => {
    const source = kind === 'approved' ? workspace.pack : { ...workspace.pack, templates: workspace.drafts };
    return rankTemplates(source, clock, { platform, now }).slice(0, SHOWN);
  }, [workspace, platform, day, kind]);
  // Drafts are listed only when there are some for today; approved templates always say what is there.
  if (kind === 'draft' && ranked.length === 0) return null;
  const headingId = `pandu-${kind}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{kind === 'approved' ? t('templates.heading') : t('drafts.heading')}</h2>
      {ranked.length === 0 ? (
        <p>{t('templates.none')}</p>
      ) : (
        <ul class="pandu-templates">
          {ranked.map((entry) => (
            <TemplateItem
              key={entry.template.id}
              kind={kind}
              entry={entry}
              workspace={workspace}
              platform={platform}
              now={now}
              clock={clock}
              onInsert={onInsert}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function TemplateItem({
  kind,
  entry,
  workspace,
  platform,
  now,
  clock,
  onInsert,
}: Omit<TemplateListProps, 'onInsert'> & {
  entry: RankedTemplate;
  onInsert: TemplateListProps['onInsert'];
}) {
  const t = useSidebarTranslate();
  const language = workspace.settings.language;
  // The placeholders asked for stay listed while the admin types (each value typed fills one).
  const [asked, setAsked] = useState<string[] | null>(null);
  const [extra, setExtra] = useState<Record<string, string>>({});
  const fillContext = {
    profile: workspace.profile,
    platform,
    now,
    clock,
    rules: workspace.rules,
    language,
    extra,
    instagramHashtagLimit: workspace.settings.instagramHashtagLimit,
  };
  const body = workspace.plainBodies[entry.template.id] ?? entry.template.body;
  const filled = fillPlainTemplate(body, entry.template, fillContext);
  const formId = `pandu-ask-${entry.template.id}`;
  const images = imagesFor(entry.template, platform);

  const insert = async () => {
    if (filled.missing.length > 0) {
      setAsked(filled.missing);
      return;
    }
    setAsked(null);
    await onInsert(entry.template.id, filled.text, images);
  };

  return (
    <li class="pandu-template">
      {kind === 'draft' && <strong class="pandu-draft-marker">{t('drafts.marker')}</strong>}
      <span class="pandu-template-title">{entry.template.title}</span>
      {entry.reason === 'upcoming' && (
        <span class="pandu-muted"> — {t('templates.upcoming', { days: entry.daysUntil })}</span>
      )}
      <TemplateImages images={images} />
      {filled.leftOutTags.length > 0 && (
        <p class="pandu-muted">
          {t('templates.tagsLeftOut', {
            limit: workspace.settings.instagramHashtagLimit ?? workspace.rules.limits.instagram.hashtags,
            tags: filled.leftOutTags.join(' '),
          })}
        </p>
      )}
      {filled.unknown.length > 0 && (
        <p class="pandu-warning">{t('templates.unknown', { names: filled.unknown.join(', ') })}</p>
      )}
      <details>
        <summary>{t('templates.preview')}</summary>
        {/* Exactly the text the composer will receive, as text nodes: nothing in it is ever parsed as HTML. */}
        <p class="pandu-preview">{filled.text}</p>
      </details>
      {asked ? (
        <form
          id={formId}
          class="pandu-ask"
          onSubmit={(event) => {
            event.preventDefault();
            void insert();
          }}
        >
          <p>{t('templates.ask')}</p>
          {asked.map((name) => (
            <label key={name}>
              {placeholderHelp(name, t)}
              <input
                required
                value={extra[name] ?? ''}
                onInput={(event) => setExtra({ ...extra, [name]: (event.target as HTMLInputElement).value })}
              />
            </label>
          ))}
          <div class="pandu-actions">
            <button type="submit">{t('templates.insert')}</button>
            <button type="button" onClick={() => setAsked(null)}>
              {t('templates.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" class="pandu-insert" onClick={() => void insert()}>
          {kind === 'approved' ? t('templates.insert') : t('drafts.insert')}
        </button>
      )}
    </li>
  );
}
