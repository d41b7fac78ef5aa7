import { checkContextFor } from '@/lib/workspace/check-context';
import { useMemo, useState } from 'preact/hooks';
import { authoringPackItem } from '@/lib/workspace/data-store';
import { check } from '@/lib/guidelines';
import { renderPlainBody } from '@/lib/templates/markdown';
import { templatePreviewHtml } from '@/lib/templates/markdown-html';
import { writePackZip } from '@/lib/images/pack-zip';
import { pageImageBytes } from '@/lib/images/serve';

import { PLATFORMS, parseTemplatePack, type Template, type TemplatePack } from '@/lib/schemas';
import type { Platform } from '@/lib/platforms';
import { fillTemplate, PLACEHOLDERS, placeholderHelp, type FillContext } from '@/lib/templates';
import { workspaceClock, workspaceNow, type Workspace } from '@/lib/workspace';
import { CalendarEditor } from './CalendarEditor';
import { download } from './download';
import { TextInput } from './Field';
import { FindingList } from './FindingList';
import { useTranslate } from './i18n';
import { RulesEditor } from './rules/RulesEditor';
import { TemplateImagesEditor } from './TemplateImagesEditor';
import { useAuthoringItem } from './useAuthoringItem';
import { ValidatedExport } from './ValidatedExport';
import { WorkspacePage } from './WorkspacePage';
import { openDatabase } from '@/lib/posts/database';

/** Pack authoring for KPU Kabupaten: templates with a live preview and check, the approval, the export. */
export function AuthorPage() {
  return (
    <WorkspacePage class="page author">
      {(workspace) => (
        <>
          <Author workspace={workspace} />
          <RulesEditor workspace={workspace} />
          <CalendarEditor workspace={workspace} />
        </>
      )}
    </WorkspacePage>
  );
}

function Author({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const [pack, update] = useAuthoringItem(authoringPackItem, () => structuredClone(workspace.pack));
  const [selected, setSelected] = useState(0);
  if (!pack) return null;

  const setTemplate = (changes: Partial<Template>) =>
    update({
      ...pack,
      templates: pack.templates.map((template, index) => (index === selected ? { ...template, ...changes } : template)),
    });
  const addTemplate = () => {
    const number = pack.templates.length + 1;
    const template: Template = {
      id: `templat-${number}`,
      title: t('author.newTitle'),
      stages: [workspace.calendar.stages[0]?.id ?? ''],
      platforms: ['facebook', 'instagram'],
      body: '{{badan}} …\n\n{{tagar}}',
      hashtags: [],
    };
    update({ ...pack, templates: [...pack.templates, template] });
    setSelected(pack.templates.length);
  };
  const removeTemplate = () => {
    update({ ...pack, templates: pack.templates.filter((_, index) => index !== selected) });
    setSelected(Math.max(0, selected - 1));
  };

  const result = parseTemplatePack({ json: pack }, workspace.calendar);
  const exportZip = async (valid: TemplatePack) => {
    const { zip } = await writePackZip(valid, pageImageBytes(openDatabase()));
    download(
      new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      `pandu-paket_${valid.id}_${valid.version}.zip`,
    );
  };
  const template = pack.templates[selected];
  const field = (
    key: 'id' | 'issuer' | 'version' | 'validFrom' | 'validUntil',
    label: string,
    type: 'text' | 'date' = 'text',
  ) => (
    <TextInput
      id={`pack-${key}`}
      label={label}
      type={type}
      value={pack[key]}
      onValue={(value) => update({ ...pack, [key]: value })}
    />
  );
  const approvalField = (key: 'approvedBy' | 'date' | 'reference', label: string, type: 'text' | 'date' = 'text') => (
    <div class="field">
      <label for={`approval-${key}`}>{label}</label>
      <input
        id={`approval-${key}`}
        // Preact types `type` per input kind; both kinds used here take a string value.
        type={type as 'text'}
        value={pack.approval[key]}
        onInput={(event) =>
          update({ ...pack, approval: { ...pack.approval, [key]: (event.target as HTMLInputElement).value } })
        }
      />
    </div>
  );

  return (
    <>
      <h1>{t('author.title')}</h1>
      <p>{t('author.intro')}</p>
      <nav aria-label={t('author.onThisPage')}>
        <ul class="page-links">
          <li>
            <a href="#pack-heading">{t('author.packDetails')}</a>
          </li>
          <li>
            <a href="#rules-heading">{t('rulesEditor.title')}</a>
          </li>
          <li>
            <a href="#calendar-heading">{t('calendarEditor.title')}</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="pack-heading">
        <h2 id="pack-heading">{t('author.packDetails')}</h2>
        <div class="settings-form">
          {field('id', t('author.packId'))}
          {field('issuer', t('author.issuer'))}
          {field('version', t('author.version'))}
          {field('validFrom', t('author.validFrom'), 'date')}
          {field('validUntil', t('author.validUntil'), 'date')}
          {approvalField('approvedBy', t('author.approvedBy'))}
          {approvalField('date', t('author.approvalDate'), 'date')}
          {approvalField('reference', t('author.reference'))}
        </div>
      </section>

      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading">{t('author.templates', { count: pack.templates.length })}</h2>
        <div class="author-layout">
          <ul class="author-list">
            {pack.templates.map((entry, index) => (
              <li key={`${entry.id}-${index}`}>
                <button
                  type="button"
                  aria-current={index === selected ? 'true' : undefined}
                  onClick={() => setSelected(index)}
                >
                  {entry.title}
                </button>
              </li>
            ))}
            <li>
              <button type="button" onClick={addTemplate}>
                {t('author.add')}
              </button>
            </li>
          </ul>
          {template && (
            <TemplateEditor
              key={selected}
              template={template}
              workspace={workspace}
              onChange={setTemplate}
              onRemove={removeTemplate}
              withImages
            />
          )}
        </div>
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('author.export')}</h2>
        <ValidatedExport
          result={result}
          value={pack}
          fileName={`pandu-paket_${pack.id}_${pack.version}.json`}
          valid={t('author.valid')}
          problems={t('author.problems')}
          button={t('author.export')}
        />
        {result.ok && result.value.templates.some((entry) => entry.images?.length) && (
          <button type="button" onClick={() => void exportZip(result.value)}>
            {t('author.exportZip')}
          </button>
        )}
      </section>
    </>
  );
}

/** Edits one template with a live preview and check per platform (pack authoring and drafts). */
export function TemplateEditor({
  template,
  workspace,
  onChange,
  onRemove,
  withImages = false,
}: {
  template: Template;
  workspace: Workspace;
  /** Approved images are KPU's to add (the authoring page), not the admin's drafts'. */
  withImages?: boolean;
  onChange(changes: Partial<Template>): void;
  onRemove(): void;
}) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const now = workspaceNow(workspace);
  const clock = workspaceClock(workspace);
  const fillContext = { profile: workspace.profile, now, clock, rules: workspace.rules, language };
  const toggle = <T,>(list: readonly T[], value: T) =>
    list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];

  return (
    <div class="author-editor" role="group" aria-label={t('author.editing', { title: template.title })}>
      <div class="settings-form">
        <TextInput
          id="template-id"
          label={t('author.templateId')}
          value={template.id}
          onValue={(id) => onChange({ id })}
        />
        <TextInput
          id="template-title"
          label={t('author.templateTitle')}
          value={template.title}
          onValue={(title) => onChange({ title })}
        />
        <fieldset>
          <legend>{t('author.platforms')}</legend>
          {PLATFORMS.map((platform) => (
            <label key={platform} class="inline">
              <input
                type="checkbox"
                checked={template.platforms.includes(platform)}
                onChange={() => onChange({ platforms: toggle(template.platforms, platform) })}
              />{' '}
              {t(`platform.${platform}`)}
            </label>
          ))}
        </fieldset>
        <fieldset class="author-stages">
          <legend>{t('author.stages')}</legend>
          {workspace.calendar.stages.map((stage) => (
            <label key={stage.id} class="inline">
              <input
                type="checkbox"
                checked={template.stages.includes(stage.id)}
                onChange={() => onChange({ stages: toggle(template.stages, stage.id) })}
              />{' '}
              {stage.name}
            </label>
          ))}
        </fieldset>
        <div class="field wide">
          <label for="template-body">{t('author.body')}</label>
          <textarea
            id="template-body"
            rows={10}
            aria-describedby="template-placeholders"
            value={template.body}
            onInput={(event) => onChange({ body: (event.target as HTMLTextAreaElement).value })}
          />
          <details id="template-placeholders">
            <summary>{t('author.placeholders')}</summary>
            <ul>
              {PLACEHOLDERS.map((name) => (
                <li key={name}>
                  <code>{`{{${name}}}`}</code>: {placeholderHelp(name, t)}
                </li>
              ))}
            </ul>
          </details>
        </div>
        <TextInput
          id="template-hashtags"
          label={t('author.hashtags')}
          value={template.hashtags.join(' ')}
          onValue={(hashtags) => onChange({ hashtags: hashtags.split(/\s+/).filter(Boolean) })}
        />
        <TextInput
          id="template-notes"
          label={t('author.notes')}
          value={template.notes ?? ''}
          onValue={(notes) => onChange({ notes: notes || undefined })}
        />
      </div>
      {withImages && <TemplateImagesEditor template={template} onChange={onChange} />}
      <button type="button" onClick={onRemove}>
        {t('author.remove')}
      </button>
      {template.platforms.map((platform) => (
        <PlatformPreview
          key={platform}
          template={template}
          platform={platform}
          workspace={workspace}
          fillContext={fillContext}
        />
      ))}
    </div>
  );
}

/**
 * A template as one platform receives it: the sanitised preview and its check. Converted once per filled
 * text (not at every render), and a body over the Markdown limits shows why instead of a preview.
 */
function PlatformPreview({
  template,
  platform,
  workspace,
  fillContext,
}: {
  template: Template;
  platform: Platform;
  workspace: Workspace;
  fillContext: Omit<FillContext, 'platform'>;
}) {
  const t = useTranslate();
  const filled = fillTemplate(template, { ...fillContext, platform });
  const { now } = fillContext;
  const preview = useMemo(() => templatePreviewHtml(filled.text), [filled.text]);
  const findings = useMemo(() => {
    const plain = renderPlainBody(filled.text);
    if (!plain.ok) return [];
    // A template is checked as in each of its own stages, besides those active now.
    return check(plain.text, checkContextFor(workspace, platform, now, { alsoStages: template.stages }));
  }, [filled.text, platform, workspace, template.stages.join()]);
  return (
    <section aria-label={t('author.checks', { platform: t(`platform.${platform}`) })}>
      <h3>{t('author.checks', { platform: t(`platform.${platform}`) })}</h3>
      {preview.ok ? (
        // Sanitised by markdownToSafeHtml: a template's <script> or javascript: link renders inert.
        <div
          class="author-preview"
          aria-label={t('author.preview')}
          dangerouslySetInnerHTML={{ __html: preview.html }}
        />
      ) : (
        <p role="alert">{t('author.previewRefused', { reason: preview.reason })}</p>
      )}
      <FindingList findings={findings} />
    </section>
  );
}
