import type { ReviewAnswer } from '@/lib/guidelines';
import type { ComposerBinding } from '@/lib/platforms/binding';
import type { Workspace } from '@/lib/workspace';
import { LanguageProvider } from './i18n';
import { Sidebar } from './Sidebar';

export interface ContentAppProps {
  workspace: Workspace;
  composer: ComposerBinding | null;
  notice: string;
  onTemplateInserted(composer: ComposerBinding, templateId: string): void;
  onReviewsChanged(composer: ComposerBinding, reviews: ReviewAnswer[]): void;
}

/** What the content script shows: the sidebar beside an open composer, or a short notice after publishing. */
export function ContentApp({ workspace, composer, notice, onTemplateInserted, onReviewsChanged }: ContentAppProps) {
  return (
    <LanguageProvider language={workspace.settings.language}>
      {composer ? (
        <Sidebar
          key={composer.platform}
          workspace={workspace}
          composer={composer}
          docked
          notice={notice}
          onTemplateInserted={(templateId) => onTemplateInserted(composer, templateId)}
          onReviewsChanged={(reviews) => onReviewsChanged(composer, reviews)}
        />
      ) : (
        notice && (
          <p class="pandu-toast" role="status">
            {notice}
          </p>
        )
      )}
    </LanguageProvider>
  );
}
