import { useEffect, useState } from 'preact/hooks';
import { draftsItem } from '@/lib/workspace/data-store';
import type { Template } from '@/lib/schemas';
import type { Workspace } from '@/lib/workspace';
import { TemplateEditor } from './AuthorPage';
import { useTranslate } from './i18n';
import { WorkspacePage } from './WorkspacePage';

/** The admin's drafts: copies of approved templates to adapt, always marked unapproved. */
export function DraftsPage() {
  return <WorkspacePage class="page author">{(workspace) => <Drafts workspace={workspace} />}</WorkspacePage>;
}

function Drafts({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const [drafts, setDrafts] = useState<Template[] | null>(null);
  const [source, setSource] = useState(workspace.pack.templates[0]?.id ?? '');
  useEffect(() => {
    void draftsItem.getValue().then(setDrafts);
  }, []);
  if (!drafts) return null;

  const save = (next: Template[]) => {
    setDrafts(next);
    void draftsItem.setValue(next);
  };
  const copy = () => {
    const approved = workspace.pack.templates.find((template) => template.id === source);
    if (!approved) return;
    // Draft ids never collide with a pack's: they start with "draf-".
    const taken = new Set(drafts.map((draft) => draft.id));
    let number = drafts.length + 1;
    while (taken.has(`draf-${number}`)) number++;
    save([
      ...drafts,
      { ...structuredClone(approved), id: `draf-${number}`, title: `${approved.title} ${t('drafts.suffix')}` },
    ]);
  };

  return (
    <>
      <h1>{t('drafts.title')}</h1>
      <p>{t('drafts.intro')}</p>
      <div class="log-actions">
        <div class="field">
          <label for="draft-source">{t('drafts.copyFrom')}</label>
          <select
            id="draft-source"
            value={source}
            onChange={(event) => setSource((event.target as HTMLSelectElement).value)}
          >
            {workspace.pack.templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.title}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={copy}>
          {t('drafts.copy')}
        </button>
      </div>
      {drafts.length === 0 && <p>{t('drafts.none')}</p>}
      {drafts.map((draft, index) => (
        <section key={draft.id} aria-label={draft.title} class="draft">
          <p class="draft-marker">{t('drafts.marker')}</p>
          <TemplateEditor
            template={draft}
            workspace={workspace}
            onChange={(changes) =>
              save(drafts.map((entry, at) => (at === index ? { ...entry, ...changes, id: entry.id } : entry)))
            }
            onRemove={() => save(drafts.filter((_, at) => at !== index))}
          />
        </section>
      ))}
    </>
  );
}
