import { checkContextFor } from '@/lib/workspace/check-context';
import { useState } from 'preact/hooks';
import { check } from '@/lib/guidelines';
import type { Platform } from '@/lib/platforms';
import { PLATFORMS, type GuidelineRules } from '@/lib/schemas';
import { workspaceNow, type Workspace } from '@/lib/workspace';
import { FindingList } from '../FindingList';
import { useTranslate } from '../i18n';

/** A sample post checked against the rules being written, as the sidebar would check it today. */
export function RulesTrial({ rules, workspace }: { rules: GuidelineRules | null; workspace: Workspace }) {
  const t = useTranslate();
  const [platform, setPlatform] = useState<Platform>('facebook');
  const [text, setText] = useState('');
  const findings =
    rules && text.trim() ? check(text, checkContextFor(workspace, platform, workspaceNow(workspace), { rules })) : [];
  return (
    <section aria-labelledby="rules-trial-heading">
      <h3 id="rules-trial-heading">{t('rulesEditor.trial')}</h3>
      <div class="settings-form">
        <div class="field">
          <label for="rules-trial-platform">{t('rulesEditor.trialPlatform')}</label>
          <select
            id="rules-trial-platform"
            value={platform}
            onChange={(event) => setPlatform((event.target as HTMLSelectElement).value as Platform)}
          >
            {PLATFORMS.map((entry) => (
              <option key={entry} value={entry}>
                {t(`platform.${entry}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field wide">
          <label for="rules-trial-text">{t('rulesEditor.trialText')}</label>
          <textarea
            id="rules-trial-text"
            rows={4}
            value={text}
            onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
          />
        </div>
      </div>
      <div aria-live="polite">
        {!rules ? (
          <p>{t('rulesEditor.trialInvalid')}</p>
        ) : text.trim() ? (
          <FindingList findings={findings} label={t('rulesEditor.trialFindings')} />
        ) : null}
      </div>
    </section>
  );
}
