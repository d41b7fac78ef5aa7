import type { ReviewAnswer } from '@/lib/guidelines';
import type { ComposerBinding } from '@/lib/platforms/binding';
import type { Placement } from '@/lib/content/placement';
import type { Workspace } from '@/lib/workspace';
import { SIDEBAR_MESSAGES } from '@/lib/messages/sidebar';
import { LanguageProvider } from './i18n';
import { Sidebar, type TemplateAttachment } from './Sidebar';

export interface ContentAppProps {
  workspace: Workspace;
  composer: ComposerBinding | null;
  placement: Placement | null;
  notice: string;
  /** Posts waiting to be saved in the log, said in words; empty when none wait. */
  pending: string;
  /** Where a notice goes while no composer is open: a corner clear of the site's dialogs. */
  noticePosition: { left: number; top: number };
  onTemplateInserted(composer: ComposerBinding, templateId: string, attachment: TemplateAttachment): void;
  onReviewsChanged(composer: ComposerBinding, reviews: ReviewAnswer[]): void;
}

/** What the content script shows: the sidebar beside an open composer, or a short notice after publishing. */
export function ContentApp({
  workspace,
  composer,
  placement,
  notice,
  pending,
  noticePosition,
  onTemplateInserted,
  onReviewsChanged,
}: ContentAppProps) {
  const message = pending || notice;
  return (
    <LanguageProvider language={workspace.settings.language} messages={SIDEBAR_MESSAGES}>
      {composer && placement ? (
        <Sidebar
          key={composer.platform}
          workspace={workspace}
          composer={composer}
          placement={placement}
          notice={notice}
          pending={pending}
          onTemplateInserted={(templateId, attachment) => onTemplateInserted(composer, templateId, attachment)}
          onReviewsChanged={(reviews) => onReviewsChanged(composer, reviews)}
        />
      ) : (
        message && (
          <p
            class={`pandu-toast ${pending ? 'is-pending' : ''}`}
            role="status"
            style={{ left: `${noticePosition.left}px`, top: `${noticePosition.top}px` }}
          >
            {message}
          </p>
        )
      )}
    </LanguageProvider>
  );
}
