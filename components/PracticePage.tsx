import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReviewAnswer } from '@/lib/guidelines';
import type { Platform } from '@/lib/platforms/platform';
import { bindEditor } from '@/lib/platforms/binding';
import { readEditorText } from '@/lib/platforms/lexical-dom';
import { acceptDetectedPost } from '@/lib/posts/accept';
import { saveDetectedPost } from '@/lib/posts/store';
import type { DetectedPost, PostRecord } from '@/lib/posts/schema';
import { settingsItem } from '@/lib/workspace/settings';
import { workspaceNow, type Workspace } from '@/lib/workspace';
import { useTranslate } from './i18n';
import { PracticeComposer } from './PracticeComposer';
import { Sidebar } from './Sidebar';
import { WorkspacePage } from './WorkspacePage';
import './practice.css';
import { errorText } from '@/lib/messages/errors';
import { openDatabase } from '@/lib/posts/database';

/** "Latihan": a composer built like the sites', with the same sidebar, where nothing is really posted. */
export function PracticePage() {
  return <WorkspacePage class="page practice">{(workspace) => <Practice workspace={workspace} />}</WorkspacePage>;
}

function Practice({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const [platform, setPlatform] = useState<Platform>('facebook');
  const [editor, setEditor] = useState<HTMLElement | null>(null);
  // A new editor after each practice post, as the sites open a fresh composer.
  const [round, setRound] = useState(0);
  const [empty, setEmpty] = useState(true);
  const [templateId, setTemplateId] = useState<string>();
  const [reviews, setReviews] = useState<ReviewAnswer[]>([]);
  const [posts, setPosts] = useState<PostRecord[]>([]);
  const [notice, setNotice] = useState('');
  const binding = useMemo(() => (editor ? bindEditor(editor, platform) : null), [editor, platform]);
  const account = workspace.profile.accounts?.[platform] ?? t('practice.defaultName');

  useEffect(() => {
    if (!binding) return;
    setEmpty(binding.readText().trim() === '');
    return binding.onChange(() => setEmpty(binding.readText().trim() === ''));
  }, [binding]);

  const publish = async () => {
    if (!editor || empty) return;
    try {
      // The same path as a post on the sites (the background's logPost), written here: an extension page
      // opens the database itself (logPost takes posts from content scripts on the sites only).
      const now = Date.now();
      const post: DetectedPost = {
        id: crypto.randomUUID(),
        platform,
        text: readEditorText(editor),
        account,
        hostUrl: location.href,
        ...(templateId ? { templateId } : {}),
        status: 'practice',
        createdAt: now,
        stagesAt: workspaceNow(workspace).getTime(),
        ...(reviews.length > 0 ? { reviews } : {}),
      };
      const record = acceptDetectedPost(post, { kind: 'practice', url: location.href }, workspace, now);
      await saveDetectedPost(openDatabase(), record);
      setPosts([record, ...posts]);
      setNotice(t('practice.logged'));
    } catch (error) {
      setNotice(t('status.logFailed', { error: errorText(error, t) }));
    }
    setTemplateId(undefined);
    setReviews([]);
    setRound(round + 1);
  };

  const setSimulatedDate = (value: string) => {
    const { simulatedDate: _previous, ...rest } = workspace.settings;
    void settingsItem.setValue(value ? { ...rest, simulatedDate: value } : rest);
  };

  const composerLabel =
    platform === 'facebook' ? t('practice.composerFacebook', { name: account }) : t('practice.composerInstagram');

  return (
    <>
      <h1>{t('practice.title')}</h1>
      <p>{t('practice.intro')}</p>
      <div class="practice-controls">
        <fieldset>
          <legend>{t('practice.platform')}</legend>
          {(['facebook', 'instagram'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="platform"
                value={option}
                checked={platform === option}
                onChange={() => setPlatform(option)}
              />{' '}
              {t(`platform.${option}`)}
            </label>
          ))}
        </fieldset>
        <label class="practice-date">
          {t('practice.simulatedDate')}
          <input
            type="date"
            value={workspace.settings.simulatedDate ?? ''}
            aria-describedby="practice-date-hint"
            onChange={(event) => setSimulatedDate((event.target as HTMLInputElement).value)}
          />
          <span id="practice-date-hint" class="practice-hint">
            {t('practice.simulatedHint')}
          </span>
        </label>
      </div>
      <div class="practice-layout">
        <section
          class="practice-dialog"
          aria-label={platform === 'facebook' ? t('practice.dialogFacebook') : t('practice.dialogInstagram')}
        >
          <h2>{platform === 'facebook' ? t('practice.dialogFacebook') : t('practice.dialogInstagram')}</h2>
          <p class="practice-account">{account}</p>
          <PracticeComposer key={`${platform}-${round}`} label={composerLabel} onReady={setEditor} />
          <button type="button" class="practice-submit" disabled={empty} onClick={() => void publish()}>
            {platform === 'facebook' ? t('practice.post') : t('practice.share')}
          </button>
        </section>
        {binding && (
          <Sidebar
            workspace={workspace}
            composer={binding}
            practice
            notice={notice}
            onTemplateInserted={setTemplateId}
            onReviewsChanged={setReviews}
          />
        )}
      </div>
      <section aria-labelledby="practice-feed-heading">
        <h2 id="practice-feed-heading">{t('practice.feed')}</h2>
        {posts.length === 0 ? (
          <p>{t('practice.feedEmpty')}</p>
        ) : (
          posts.map((post) => (
            <article key={post.id} class="practice-post">
              <p class="practice-account">
                {post.account} · {t(`platform.${post.platform}`)}
              </p>
              <p class="practice-post-text">{post.text}</p>
            </article>
          ))
        )}
      </section>
    </>
  );
}
