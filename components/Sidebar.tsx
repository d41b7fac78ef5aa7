import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatLongDate } from '@/lib/dates';
import { countGraphemes } from '@/lib/graphemes';
import { applyFix } from '@/lib/guidelines/apply';
import { answerFor, withAnswer, type ReviewAnswer } from '@/lib/guidelines/reviews';
import type { ShownFinding as Finding } from '@/lib/guidelines/types';
import { extractHashtags, tagKey } from '@/lib/hashtags';
import type { Language } from '@/lib/messages/i18n';
import { sendMessage, type PostCheck } from '@/lib/messaging';
import type { ComposerBinding } from '@/lib/platforms/binding';
import type { WriteOutcome } from '@/lib/platforms/lexical-dom';
import type { Placement } from '@/lib/content/placement';
import { imageFile } from '@/lib/images/transfer';
import { IMAGE_EXTENSIONS } from '@/lib/images/facts';
import type { PostImage } from '@/lib/posts/schema';
import type { TemplateImage } from '@/lib/schemas';
import { workspaceClock, workspaceNow, type Workspace } from '@/lib/workspace';
import { useSidebarTranslate } from './i18n';
import { PROFILE_FIELD_LABELS } from './profile-fields';
import { PackUpdateNotice } from './PackUpdateNotice';
import { ReviewControl } from './ReviewControl';
import { StagePanel } from './StagePanel';
import { TemplateList } from './TemplateList';
import './sidebar.css';

export interface SidebarProps {
  workspace: Workspace;
  composer: ComposerBinding;
  /**
   * Where it sits beside the site's composer (fixed, clear of the composer's editor and controls); absent,
   * it is laid out in a page (practice).
   */
  placement?: Placement;
  practice?: boolean;
  /** A message from outside the sidebar (a post was logged). */
  notice?: string;
  /** Posts published but not yet in the log (the background could not save them yet). */
  pending?: string;
  /** `images`: the approved images attached with it, and whether the site showed them attached. */
  onTemplateInserted?(templateId: string, images: TemplateAttachment): void;
  /** The findings the admin answered changed (logged with the post when it is published). */
  onReviewsChanged?(reviews: ReviewAnswer[]): void;
}

/** The images Pandu attached with a template: which, and whether the site's preview showed them. */
export interface TemplateAttachment {
  images: PostImage[];
  verified: boolean;
}

/** The template's images as files, from the background (null when Pandu does not hold one of them). */
async function templateFiles(templateId: string, images: readonly TemplateImage[]): Promise<File[] | null> {
  const messages = await Promise.all(
    images.map((image) => sendMessage('getImage', { sha256: image.sha256, thumbnail: false }).catch(() => null)),
  );
  if (messages.some((message) => !message)) return null;
  return messages.map((message, index) => {
    const known = message as NonNullable<typeof message>;
    const base =
      images[index]?.file
        ?.split('/')
        .pop()
        ?.replace(/\.[^.]*$/, '') ?? `${templateId}-${index + 1}`;
    return imageFile(known, `${base}.${IMAGE_EXTENSIONS[known.type]}`);
  });
}

/** How long typing must pause before the text is checked again. */
const CHECK_DEBOUNCE_MS = 150;
/** A check the background could not answer (its worker restarting) is asked again, this many times. */
const CHECK_ATTEMPTS = 4;

/** The background's findings for a text, asked again after a failure with growing pauses. */
async function checkPost(request: PostCheck): Promise<Finding[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendMessage('checkPost', request);
    } catch (error) {
      if (attempt >= CHECK_ATTEMPTS) throw error;
      await new Promise((resume) => setTimeout(resume, 250 * attempt));
    }
  }
}

/** The findings and the text they were computed for (the text may have moved on since). */
interface Checked {
  text: string;
  findings: Finding[];
}

export function Sidebar({
  workspace,
  composer,
  placement,
  practice,
  notice,
  pending,
  onTemplateInserted,
  onReviewsChanged,
}: SidebarProps) {
  const t = useSidebarTranslate();
  const language: Language = workspace.settings.language;
  // Docked beside the composer it opens at once; in its compact form it waits as a tab until asked.
  const [openChoice, setOpenChoice] = useState<boolean | null>(null);
  const open = openChoice ?? placement?.mode !== 'compact';
  const setOpen = (value: boolean) => setOpenChoice(value);
  const [text, setText] = useState(() => composer.readText());
  const [status, setStatus] = useState('');
  const [answers, setAnswers] = useState<ReviewAnswer[]>([]);
  const answer = (next: ReviewAnswer[]) => {
    setAnswers(next);
    onReviewsChanged?.(next);
  };

  useEffect(() => {
    // Answers belong to the post being written: a new composer starts without any.
    setAnswers([]);
    setText(composer.readText());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = composer.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setText(composer.readText()), CHECK_DEBOUNCE_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [composer]);

  useEffect(() => {
    if (notice) setStatus(notice);
  }, [notice]);

  const now = workspaceNow(workspace);
  const clock = useMemo(() => workspaceClock(workspace), [workspace]);
  const stageIds = clock.active(now).map((view) => view.stage.id);
  const [checked, setChecked] = useState<Checked | null>(null);
  const checkText = (value: string) => checkPost({ text: value, platform: composer.platform, stageIds });
  useEffect(() => {
    let current = true;
    const failed = t('status.checkFailed');
    checkText(text).then(
      (findings) => {
        if (!current) return;
        setChecked({ text, findings });
        // The background answers again: the earlier failure no longer holds.
        setStatus((shown) => (shown === failed ? '' : shown));
      },
      () => current && setStatus(failed),
    );
    return () => {
      current = false;
    };
    // A new workspace (the language setting changed, say) asks again: the background says findings in it.
  }, [text, workspace, stageIds.join(), composer.platform]);

  const report = (outcome: WriteOutcome, success: string) => {
    setStatus(
      outcome.result === 'inserted'
        ? success
        : outcome.result === 'deferred'
          ? t('status.captionWaits')
          : outcome.result === 'clipboard'
            ? t('status.clipboard')
            : t('status.failed'),
    );
  };

  const insert = async (templateId: string, text: string, images: TemplateImage[]) => {
    const outcome = await composer.write(text, 'append');
    report(outcome, t('status.inserted'));
    const placed = outcome.result === 'inserted' || outcome.result === 'deferred';
    // A caption that went to the clipboard stays there: an image copied now would replace it.
    if (!placed || images.length === 0 || !composer.attach) {
      if (placed) onTemplateInserted?.(templateId, { images: [], verified: false });
      return;
    }
    const files = await templateFiles(templateId, images);
    if (!files) {
      setStatus(t('status.imageMissing'));
      onTemplateInserted?.(templateId, { images: [], verified: false });
      return;
    }
    const attached = await composer.attach(files);
    const sent = images.map((image) => ({ sha256: image.sha256, templateId }));
    if (attached.result === 'attached') {
      if (outcome.result === 'inserted') setStatus(t('status.imagesAttached', { count: files.length }));
      onTemplateInserted?.(templateId, { images: sent, verified: true });
    } else {
      setStatus(attached.result === 'clipboard' ? t('status.imageClipboard') : t('status.imageFailed'));
      // Pasted by hand later: the post counts the images if the site shows an attachment when it goes out.
      onTemplateInserted?.(templateId, { images: attached.result === 'clipboard' ? sent : [], verified: false });
    }
  };

  const fix = async (finding: Finding) => {
    // The text may have changed since the last check: apply the fix to the text it was computed for only.
    const current = composer.readText();
    const target =
      current === checked?.text
        ? finding
        : (await checkText(current).catch(() => [])).find((entry) => entry.id === finding.id);
    if (!target?.fix) {
      setText(current);
      return;
    }
    report(await composer.write(applyFix(current, target.fix), 'replace'), t('status.fixed'));
  };

  // Until the profile is complete, say what is missing instead of suggesting half-filled templates.
  const templates =
    workspace.profileMissing.length > 0 ? (
      <section key="templates" aria-labelledby="pandu-templates-heading">
        <h2 id="pandu-templates-heading">{t('templates.heading')}</h2>
        <p>
          {t('sidebar.profileMissing', {
            fields: workspace.profileMissing
              .map((field) => (PROFILE_FIELD_LABELS[field] ? t(PROFILE_FIELD_LABELS[field]) : field))
              .join(', '),
          })}
        </p>
        <button type="button" onClick={() => void sendMessage('openSettings', undefined)}>
          {t('sidebar.openSettings')}
        </button>
      </section>
    ) : (
      <Fragment key="templates">
        {(['approved', 'draft'] as const).map((kind) => (
          <TemplateList
            key={kind}
            kind={kind}
            workspace={workspace}
            platform={composer.platform}
            now={now}
            clock={clock}
            onInsert={insert}
          />
        ))}
      </Fragment>
    );
  const checks = (
    <CheckList
      key="checks"
      text={text}
      checked={checked}
      workspace={workspace}
      platform={composer.platform}
      onFix={fix}
      answers={answers}
      onAnswer={(finding, reason) => checked && answer(withAnswer(answers, finding, checked.text, reason))}
      onWithdraw={(finding) => checked && answer(withAnswer(answers, finding, checked.text, null))}
    />
  );

  const position = placement ? (open ? placement.open : placement.tab) : null;
  const style = position
    ? {
        left: `${position.left}px`,
        top: `${position.top}px`,
        ...(placement && open ? { '--pandu-max-height': `${placement.open.maxHeight}px` } : {}),
      }
    : undefined;
  return (
    <aside
      class={`pandu-sidebar ${placement ? `is-docked is-${placement.side}` : ''}`}
      aria-label={t('sidebar.landmark')}
      data-open={open}
      data-mode={placement?.mode}
      style={style}
    >
      <button
        type="button"
        class="pandu-tab"
        aria-expanded={open}
        aria-controls="pandu-panel"
        onClick={() => setOpen(!open)}
      >
        {open ? t('sidebar.close') : t('sidebar.open')}
      </button>
      {open && (
        <div id="pandu-panel" class="pandu-panel">
          {practice && <p class="pandu-banner">{t('sidebar.practice')}</p>}
          {workspace.settings.simulatedDate && (
            <p class="pandu-banner">
              {t('sidebar.simulated', { date: formatLongDate(workspace.settings.simulatedDate, language) })}
            </p>
          )}
          {pending && <p class="pandu-banner pandu-pending">{pending}</p>}
          <StagePanel clock={clock} now={now} language={language} />
          <PackUpdateNotice workspace={workspace} class="pandu-banner">
            <button type="button" onClick={() => void sendMessage('openSettings', undefined)}>
              {t('packUpdate.review')}
            </button>
          </PackUpdateNotice>
          <p class="pandu-status" role="status" aria-live="polite">
            {status}
          </p>
          {/* While the post is empty the templates matter most; once there is text, its checks do. */}
          {text.trim() === '' ? [templates, checks] : [checks, templates]}
          {placement && <p class="pandu-muted pandu-keys">{t('sidebar.keyboard')}</p>}
        </div>
      )}
    </aside>
  );
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
/** Errors first, then warnings, then notes; text order within each. */
const bySeverity = (a: Finding, b: Finding) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];

interface CheckListProps {
  /** The text in the composer now (the counters follow it as it is typed). */
  text: string;
  /** The background's last answer; null until the first arrives. */
  checked: Checked | null;
  workspace: Workspace;
  platform: ComposerBinding['platform'];
  onFix(finding: Finding): void;
  answers: readonly ReviewAnswer[];
  onAnswer(finding: Finding, reason: string): void;
  onWithdraw(finding: Finding): void;
}

function CheckList({ text, checked, workspace, platform, onFix, answers, onAnswer, onWithdraw }: CheckListProps) {
  const t = useSidebarTranslate();
  const language = workspace.settings.language;
  const limits = workspace.rules.limits;
  const characterLimit = platform === 'instagram' ? limits.instagram.characters : limits.facebook.characters;
  const tagCount = new Set(extractHashtags(text).map((match) => tagKey(match.tag))).size;
  const tagLimit = workspace.settings.instagramHashtagLimit ?? limits.instagram.hashtags;
  const number = (value: number) => value.toLocaleString(language);
  return (
    // Busy while the background has not answered for the text shown in the counter.
    <section aria-labelledby="pandu-checks-heading" aria-busy={checked?.text !== text}>
      <h2 id="pandu-checks-heading">{t('checks.heading')}</h2>
      <p class="pandu-counter">
        {t('checks.characters', { count: number(countGraphemes(text)), limit: number(characterLimit) })}
        {' · '}
        {platform === 'instagram'
          ? t('checks.hashtags', { count: number(tagCount), limit: number(tagLimit) })
          : t('checks.hashtagsNoLimit', { count: number(tagCount) })}
      </p>
      {!checked ? (
        <p class="pandu-muted">{t('checks.checking')}</p>
      ) : checked.findings.length === 0 ? (
        <p>{t('checks.none')}</p>
      ) : (
        <ul class="pandu-findings">
          {[...checked.findings].sort(bySeverity).map((finding) => (
            <li key={finding.id} class={`is-${finding.severity}`}>
              <strong>{t(`severity.${finding.severity}`)}:</strong> {finding.message}
              {finding.fix && (
                <button type="button" class="pandu-fix" onClick={() => onFix(finding)}>
                  {finding.fix.label}
                </button>
              )}
              {finding.severity !== 'info' && (
                <ReviewControl
                  answer={answerFor(finding, checked.text, answers)}
                  onAnswer={(reason) => onAnswer(finding, reason)}
                  onWithdraw={() => onWithdraw(finding)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
