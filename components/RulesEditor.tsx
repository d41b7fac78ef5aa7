import { useState } from 'preact/hooks';
import { sameData } from '@/lib/data-diff';
import { authoringRulesItem } from '@/lib/data-store';
import { check } from '@/lib/guidelines';
import type { MessageKey } from '@/lib/i18n';
import { HASHTAG_SCOPES, PLATFORMS, parseRules, type GuidelineRules, type RequiredHashtags } from '@/lib/schemas';
import type { Platform } from '@/lib/platform';
import { workspaceClock, workspaceNow, type Workspace } from '@/lib/workspace';
import { FindingList } from './FindingList';
import { useTranslate } from './i18n';
import { useAuthoringItem } from './useAuthoringItem';
import { ValidatedExport } from './ValidatedExport';

type Neutrality = GuidelineRules['neutrality'];

/** How a list is written in one text field, and read back from it. */
interface TextFormat<T> {
  format(value: T): string;
  parse(text: string): T;
}

const lines: TextFormat<string[]> = {
  format: (list) => list.join('\n'),
  parse: (text) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
};
const trimmed: TextFormat<string> = { format: (value) => value, parse: (text) => text.trim() };
const words: TextFormat<string[]> = {
  format: (list) => list.join(' '),
  parse: (text) => text.split(/\s+/).filter(Boolean),
};
const count: TextFormat<number> = {
  // Stored work may hold null for a field left empty (JSON has no NaN).
  format: (value) => (Number.isFinite(value) ? String(value) : ''),
  // An empty field stays empty (and invalid, so the export says which) rather than turning into 0.
  parse: (text) => (text.trim() === '' ? Number.NaN : Number(text)),
};
const misspellings: TextFormat<GuidelineRules['misspellings']> = {
  format: (list) => list.map((entry) => `${entry.wrong} = ${entry.right}`).join('\n'),
  parse: (text) =>
    lines.parse(text).map((line) => {
      const [wrong = '', ...right] = line.split('=');
      return { wrong: wrong.trim(), right: right.join('=').trim() };
    }),
};

const toggle = <T,>(list: readonly T[], value: T) =>
  list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];

/**
 * One field that shows a value as text and hands back what it reads. The text is the field's own while it
 * reads as the value, so a half-written line is not reformatted under the cursor.
 */
function TextField<T>({
  id,
  label,
  hint,
  value,
  as,
  multiline = false,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: T;
  as: TextFormat<T>;
  multiline?: boolean;
  onChange(value: T): void;
}) {
  const [text, setText] = useState(() => as.format(value));
  // A value changed from outside (a rule removed above shifts the others into this field) is shown as it is.
  const shown = sameData(as.parse(text), value) ? text : as.format(value);
  const input = (event: Event) => {
    const next = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    setText(next);
    onChange(as.parse(next));
  };
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class={multiline ? 'field wide' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <span id={hintId} class="hint">
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea id={id} rows={5} aria-describedby={hintId} value={shown} onInput={input} />
      ) : (
        <input id={id} aria-describedby={hintId} value={shown} onInput={input} />
      )}
    </div>
  );
}

/**
 * Writing guideline rules for KPU Kabupaten: required hashtags by scope, what is denied, candidate and
 * party names, limits and common misspellings, tried on a sample post and exported as a file that validates.
 */
export function RulesEditor({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const [rules, update] = useAuthoringItem(authoringRulesItem, () => structuredClone(workspace.rules));
  if (!rules) return null;

  const setNeutrality = (changes: Partial<Neutrality>) =>
    update({ ...rules, neutrality: { ...rules.neutrality, ...changes } });
  const setRequired = (index: number, next: RequiredHashtags) =>
    update({ ...rules, requiredHashtags: rules.requiredHashtags.map((rule, at) => (at === index ? next : rule)) });
  const setPair = (index: number, next: Neutrality['candidatePairs'][number]) =>
    setNeutrality({ candidatePairs: rules.neutrality.candidatePairs.map((pair, at) => (at === index ? next : pair)) });
  const result = parseRules({ json: rules }, workspace.calendar);

  const list = (
    key: 'deniedHashtags' | 'deniedPhrases' | 'knownHashtags',
    id: string,
    label: MessageKey,
    hint: MessageKey,
    as: TextFormat<string[]>,
  ) => (
    <TextField
      id={id}
      label={t(label)}
      hint={t(hint)}
      value={rules[key]}
      as={as}
      multiline
      onChange={(value) => update({ ...rules, [key]: value })}
    />
  );
  const neutralityList = (key: 'parties' | 'campaignVerbs' | 'surveyTerms', id: string, label: MessageKey) => (
    <TextField
      id={id}
      label={t(label)}
      hint={t('rulesEditor.lineHint')}
      value={rules.neutrality[key]}
      as={lines}
      multiline
      onChange={(value) => setNeutrality({ [key]: value })}
    />
  );
  const detail = (key: 'id' | 'name' | 'issuer', label: MessageKey) => (
    <div class="field">
      <label for={`rules-${key}`}>{t(label)}</label>
      <input
        id={`rules-${key}`}
        value={rules[key]}
        onInput={(event) => update({ ...rules, [key]: (event.target as HTMLInputElement).value })}
      />
    </div>
  );

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('rulesEditor.title')}</h2>
      <p>{t('rulesEditor.intro')}</p>
      <div class="settings-form">
        {detail('id', 'rulesEditor.id')}
        {detail('name', 'rulesEditor.name')}
        {detail('issuer', 'rulesEditor.issuer')}
      </div>

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
          {/* Closed unless the scope needs stages: 22 checkboxes per rule would bury the rest. */}
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

      <h3>{t('rulesEditor.hashtagsAndPhrases')}</h3>
      <div class="settings-form">
        {list('deniedHashtags', 'rules-denied-hashtags', 'rulesEditor.deniedHashtags', 'rulesEditor.spaceHint', words)}
        {list('deniedPhrases', 'rules-denied-phrases', 'rulesEditor.deniedPhrases', 'rulesEditor.lineHint', lines)}
        {list('knownHashtags', 'rules-known-hashtags', 'rulesEditor.knownHashtags', 'rulesEditor.knownHint', words)}
        <TextField
          id="rules-misspellings"
          label={t('rulesEditor.misspellings')}
          hint={t('rulesEditor.misspellingsHint')}
          value={rules.misspellings}
          as={misspellings}
          multiline
          onChange={(next) => update({ ...rules, misspellings: next })}
        />
      </div>

      <h3>{t('rulesEditor.neutrality')}</h3>
      {rules.neutrality.candidatePairs.map((pair, index) => (
        <fieldset key={index} class="settings-form">
          <legend>{t('rulesEditor.pair', { number: index + 1 })}</legend>
          <TextField
            id={`pair-${index}-number`}
            label={t('rulesEditor.pairNumber')}
            value={pair.number}
            as={trimmed}
            onChange={(number) => setPair(index, { ...pair, number })}
          />
          <TextField
            id={`pair-${index}-names`}
            label={t('rulesEditor.pairNames')}
            hint={t('rulesEditor.lineHint')}
            value={pair.names}
            as={lines}
            multiline
            onChange={(names) => setPair(index, { ...pair, names })}
          />
          <div class="form-actions">
            <button
              type="button"
              onClick={() =>
                setNeutrality({ candidatePairs: rules.neutrality.candidatePairs.filter((_, at) => at !== index) })
              }
            >
              {t('rulesEditor.removePair', { number: index + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          setNeutrality({
            candidatePairs: [
              ...rules.neutrality.candidatePairs,
              { number: String(rules.neutrality.candidatePairs.length + 1).padStart(2, '0'), names: [] },
            ],
          })
        }
      >
        {t('rulesEditor.addPair')}
      </button>
      <div class="settings-form">
        {neutralityList('parties', 'rules-parties', 'rulesEditor.parties')}
        {neutralityList('campaignVerbs', 'rules-campaign-verbs', 'rulesEditor.campaignVerbs')}
        {neutralityList('surveyTerms', 'rules-survey-terms', 'rulesEditor.surveyTerms')}
        <TextField
          id="rules-near-words"
          label={t('rulesEditor.nearWords')}
          value={rules.neutrality.nearWords}
          as={count}
          onChange={(nearWords) => setNeutrality({ nearWords })}
        />
        <fieldset class="author-stages">
          <legend>{t('rulesEditor.quietStages')}</legend>
          {workspace.calendar.stages.map((stage) => (
            <label key={stage.id} class="inline">
              <input
                type="checkbox"
                checked={rules.neutrality.quietPeriodStages.includes(stage.id)}
                onChange={() =>
                  setNeutrality({ quietPeriodStages: toggle(rules.neutrality.quietPeriodStages, stage.id) })
                }
              />{' '}
              {stage.name}
            </label>
          ))}
        </fieldset>
      </div>

      <h3>{t('rulesEditor.limits')}</h3>
      <div class="settings-form">
        <TextField
          id="limit-facebook-characters"
          label={t('rulesEditor.facebookCharacters')}
          value={rules.limits.facebook.characters}
          as={count}
          onChange={(characters) =>
            update({ ...rules, limits: { ...rules.limits, facebook: { ...rules.limits.facebook, characters } } })
          }
        />
        <TextField
          id="limit-facebook-see-more"
          label={t('rulesEditor.facebookSeeMore')}
          value={rules.limits.facebook.seeMore}
          as={count}
          onChange={(seeMore) =>
            update({ ...rules, limits: { ...rules.limits, facebook: { ...rules.limits.facebook, seeMore } } })
          }
        />
        {(['characters', 'hashtags', 'mentions'] as const).map((key) => (
          <TextField
            key={key}
            id={`limit-instagram-${key}`}
            label={t(`rulesEditor.instagram.${key}`)}
            value={rules.limits.instagram[key]}
            as={count}
            onChange={(value) =>
              update({ ...rules, limits: { ...rules.limits, instagram: { ...rules.limits.instagram, [key]: value } } })
            }
          />
        ))}
      </div>

      <RulesTrial rules={result.ok ? result.value : null} workspace={workspace} />

      <ValidatedExport
        result={result}
        value={rules}
        fileName={`pandu-aturan_${rules.id}.json`}
        language={language}
        valid={t('rulesEditor.valid')}
        problems={t('rulesEditor.problems')}
        button={t('rulesEditor.export')}
      />
    </section>
  );
}

/** Sets or clears a rule's optional list: an empty list is absent, as in a file written by hand. */
function withList<K extends 'stages' | 'platforms'>(
  rule: RequiredHashtags,
  key: K,
  list: NonNullable<RequiredHashtags[K]>,
): RequiredHashtags {
  const { stages, platforms, ...rest } = { ...rule, [key]: list };
  return { ...rest, ...(stages?.length ? { stages } : {}), ...(platforms?.length ? { platforms } : {}) };
}

/** A sample post checked against the rules being written, as the sidebar would check it today. */
function RulesTrial({ rules, workspace }: { rules: GuidelineRules | null; workspace: Workspace }) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const [platform, setPlatform] = useState<Platform>('facebook');
  const [text, setText] = useState('');
  const now = workspaceNow(workspace);
  const stageIds = workspaceClock(workspace)
    .active(now)
    .map((view) => view.stage.id);
  const findings = rules && text.trim() ? check(text, { platform, stageIds, rules, profile: workspace.profile }) : [];
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
          <FindingList findings={findings} language={language} label={t('rulesEditor.trialFindings')} />
        ) : null}
      </div>
    </section>
  );
}
