import { authoringRulesItem } from '@/lib/workspace/data-store';
import type { MessageKey } from '@/lib/messages/i18n';
import { parseRules, type GuidelineRules } from '@/lib/schemas';
import type { Workspace } from '@/lib/workspace';
import { TextInput } from '../Field';
import { useTranslate } from '../i18n';
import { useAuthoringItem } from '../useAuthoringItem';
import { ValidatedExport } from '../ValidatedExport';
import { NeutralitySection } from './NeutralitySection';
import { RequiredHashtagsSection } from './RequiredHashtagsSection';
import { RulesTrial } from './RulesTrial';
import { count, lines, misspellings, TextField, words, type TextFormat } from './TextField';

/**
 * Work saved before the neutrality rules had their word lists: the lists it lacks are taken from the rules
 * in use, so the editor can show every field (and the export still validates the whole).
 */
function completed(saved: GuidelineRules, inUse: GuidelineRules): GuidelineRules {
  return { ...saved, neutrality: { ...inUse.neutrality, ...saved.neutrality } };
}

/**
 * Writing guideline rules for KPU Kabupaten: required hashtags by scope, what is denied, candidate and
 * party names and the words the neutrality checker reads, limits and common misspellings, tried on a sample
 * post and exported as a file that validates.
 */
export function RulesEditor({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const [saved, update] = useAuthoringItem(authoringRulesItem, () => structuredClone(workspace.rules));
  if (!saved) return null;
  const rules = completed(saved, workspace.rules);
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
  const detail = (key: 'id' | 'name' | 'issuer', label: MessageKey) => (
    <TextInput
      id={`rules-${key}`}
      label={t(label)}
      value={rules[key]}
      onValue={(value) => update({ ...rules, [key]: value })}
    />
  );
  const limit = (
    platform: 'facebook' | 'instagram',
    key: 'characters' | 'seeMore' | 'hashtags' | 'mentions',
    id: string,
    label: string,
  ) => (
    <TextField
      key={id}
      id={id}
      label={label}
      value={(rules.limits[platform] as Record<string, number>)[key] as number}
      as={count}
      onChange={(value) =>
        update({ ...rules, limits: { ...rules.limits, [platform]: { ...rules.limits[platform], [key]: value } } })
      }
    />
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

      <RequiredHashtagsSection rules={rules} workspace={workspace} update={update} />

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

      <NeutralitySection rules={rules} workspace={workspace} update={update} />

      <h3>{t('rulesEditor.limits')}</h3>
      <div class="settings-form">
        {limit('facebook', 'characters', 'limit-facebook-characters', t('rulesEditor.facebookCharacters'))}
        {limit('facebook', 'seeMore', 'limit-facebook-see-more', t('rulesEditor.facebookSeeMore'))}
        {(['characters', 'hashtags', 'mentions'] as const).map((key) =>
          limit('instagram', key, `limit-instagram-${key}`, t(`rulesEditor.instagram.${key}`)),
        )}
      </div>

      <RulesTrial rules={result.ok ? result.value : null} workspace={workspace} />

      <ValidatedExport
        result={result}
        value={rules}
        fileName={`pandu-aturan_${rules.id}.json`}
        valid={t('rulesEditor.valid')}
        problems={t('rulesEditor.problems')}
        button={t('rulesEditor.export')}
      />
    </section>
  );
}
