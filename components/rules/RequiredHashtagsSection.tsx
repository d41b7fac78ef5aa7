import { HASHTAG_SCOPES, PLATFORMS, type GuidelineRules, type RequiredHashtags } from '@/lib/schemas';
import type { Workspace } from '@/lib/workspace';
import { useTranslate } from '../i18n';
import { optionalCount, TextField, toggle, words } from './TextField';

/** Sets or clears a rule's optional list: an empty list is absent, as in a file written by hand. */
function withList<K extends 'stages' | 'platforms'>(
  rule: RequiredHashtags,
  key: K,
  list: NonNullable<RequiredHashtags[K]>,
): RequiredHashtags {
  const { stages, platforms, ...rest } = { ...rule, [key]: list };
  return { ...rest, ...(stages?.length ? { stages } : {}), ...(platforms?.length ? { platforms } : {}) };
}

/** Sets or clears a rule's Instagram order: left empty, it is absent. */
function withPriority(rule: RequiredHashtags, priority: number | undefined): RequiredHashtags {
  const { priority: _previous, ...rest } = rule;
  return priority === undefined ? rest : { ...rest, priority };
}

/** Required hashtags by scope, each with its platforms, stages and order on Instagram. */
export function RequiredHashtagsSection({
  rules,
  workspace,
  update,
}: {
  rules: GuidelineRules;
  workspace: Workspace;
  update(rules: GuidelineRules): void;
}) {
  const t = useTranslate();
  const setRequired = (index: number, next: RequiredHashtags) =>
    update({ ...rules, requiredHashtags: rules.requiredHashtags.map((rule, at) => (at === index ? next : rule)) });
  return (
    <>
      <h3>{t('rulesEditor.required', { count: rules.requiredHashtags.length })}</h3>
      <p class="hint">{t('rulesEditor.requiredHint')}</p>
      {rules.requiredHashtags.map((rule, index) => (
        <fieldset key={index} class="settings-form">
          <legend>{t('rulesEditor.requiredRule', { number: index + 1 })}</legend>
          <div class="field">
            <label for={`required-${index}-scope`}>{t('rulesEditor.scope')}</label>
            <select
              id={`required-${index}-scope`}
              value={rule.scope}
              onChange={(event) =>
                setRequired(index, {
                  ...rule,
                  scope: (event.target as HTMLSelectElement).value as RequiredHashtags['scope'],
                })
              }
            >
              {HASHTAG_SCOPES.map((scope) => (
                <option key={scope} value={scope}>
                  {t(`rulesEditor.scope.${scope}`)}
                </option>
              ))}
            </select>
          </div>
          <TextField
            id={`required-${index}-tags`}
            label={t('rulesEditor.tags')}
            value={rule.tags}
            as={words}
            onChange={(tags) => setRequired(index, { ...rule, tags })}
          />
          <TextField
            id={`required-${index}-priority`}
            label={t('rulesEditor.priority')}
            hint={t('rulesEditor.priorityHint')}
            value={rule.priority}
            as={optionalCount}
            onChange={(priority) => setRequired(index, withPriority(rule, priority))}
          />
          <fieldset>
            <legend>{t('rulesEditor.onlyPlatforms')}</legend>
            {PLATFORMS.map((platform) => (
              <label key={platform} class="inline">
                <input
                  type="checkbox"
                  checked={rule.platforms?.includes(platform) ?? false}
                  onChange={() =>
                    setRequired(index, withList(rule, 'platforms', toggle(rule.platforms ?? [], platform)))
                  }
                />{' '}
                {t(`platform.${platform}`)}
              </label>
            ))}
          </fieldset>
          {/* Closed unless the scope needs stages: a checkbox per stage would bury the rest. */}
          <details class="wide" open={rule.scope === 'stage'}>
            <summary>
              {t('rulesEditor.onlyStages')}:{' '}
              {rule.stages?.length
                ? rule.stages
                    .map((id) => workspace.calendar.stages.find((stage) => stage.id === id)?.name ?? id)
                    .join(', ')
                : t('rulesEditor.allStages')}
            </summary>
            <fieldset class="author-stages">
              <legend>{t('rulesEditor.onlyStages')}</legend>
              {workspace.calendar.stages.map((stage) => (
                <label key={stage.id} class="inline">
                  <input
                    type="checkbox"
                    checked={rule.stages?.includes(stage.id) ?? false}
                    onChange={() => setRequired(index, withList(rule, 'stages', toggle(rule.stages ?? [], stage.id)))}
                  />{' '}
                  {stage.name}
                </label>
              ))}
            </fieldset>
          </details>
          <div class="form-actions">
            <button
              type="button"
              onClick={() =>
                update({ ...rules, requiredHashtags: rules.requiredHashtags.filter((_, at) => at !== index) })
              }
            >
              {t('rulesEditor.removeRequired', { number: index + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          update({ ...rules, requiredHashtags: [...rules.requiredHashtags, { scope: 'national', tags: [] }] })
        }
      >
        {t('rulesEditor.addRequired')}
      </button>
    </>
  );
}
