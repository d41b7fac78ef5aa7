import type { MessageKey } from '@/lib/messages/i18n';
import type { CandidatePair, GuidelineRules } from '@/lib/schemas';
import type { Workspace } from '@/lib/workspace';
import { useTranslate } from '../i18n';
import { count, gestures, lines, TextField, toggle, trimmed } from './TextField';

type Neutrality = GuidelineRules['neutrality'];
type WordList = {
  [K in keyof Neutrality]: Neutrality[K] extends string[] ? K : never;
}[keyof Neutrality];

/** The lists that decide how the checker reads a post, each with its label; shown folded, they are long. */
const READING_LISTS: [WordList, MessageKey][] = [
  ['ordinaryWordNames', 'rulesEditor.ordinaryWordNames'],
  ['contestantWords', 'rulesEditor.contestantWords'],
  ['opposeVerbs', 'rulesEditor.opposeVerbs'],
  ['supportVerbs', 'rulesEditor.supportVerbs'],
  ['hortativeWords', 'rulesEditor.hortativeWords'],
  ['supportPredicates', 'rulesEditor.supportPredicates'],
  ['neutralPhrases', 'rulesEditor.neutralPhrases'],
  ['officialMentionWords', 'rulesEditor.officialMentionWords'],
  ['officialRoles', 'rulesEditor.officialRoles'],
  ['nonBallotNumberWords', 'rulesEditor.nonBallotNumberWords'],
  ['refutationWords', 'rulesEditor.refutationWords'],
  ['reportingWords', 'rulesEditor.reportingWords'],
  ['surveyResultWords', 'rulesEditor.surveyResultWords'],
  ['prohibitionWords', 'rulesEditor.prohibitionWords'],
  ['campaignMaterialWords', 'rulesEditor.campaignMaterialWords'],
];

const fieldId = (key: string) => `rules-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** A pair's taglines: an empty list is absent, as in a file written by hand. */
function withTaglines(pair: CandidatePair, taglines: string[]): CandidatePair {
  const { taglines: _previous, ...rest } = pair;
  return taglines.length > 0 ? { ...rest, taglines } : rest;
}

/** Candidate pairs and parties, the words the neutrality checker reads, and the quiet period. */
export function NeutralitySection({
  rules,
  workspace,
  update,
}: {
  rules: GuidelineRules;
  workspace: Workspace;
  update(rules: GuidelineRules): void;
}) {
  const t = useTranslate();
  const neutrality = rules.neutrality;
  const setNeutrality = (changes: Partial<Neutrality>) =>
    update({ ...rules, neutrality: { ...neutrality, ...changes } });
  const setPair = (index: number, next: CandidatePair) =>
    setNeutrality({ candidatePairs: neutrality.candidatePairs.map((pair, at) => (at === index ? next : pair)) });
  const list = (key: WordList, label: MessageKey) => (
    <TextField
      key={key}
      id={fieldId(key)}
      label={t(label)}
      hint={t('rulesEditor.lineHint')}
      value={neutrality[key]}
      as={lines}
      multiline
      onChange={(value) => setNeutrality({ [key]: value })}
    />
  );

  return (
    <>
      <h3>{t('rulesEditor.neutrality')}</h3>
      <p class="hint">{t('rulesEditor.neutralityHint')}</p>
      {neutrality.candidatePairs.map((pair, index) => (
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
          <TextField
            id={`pair-${index}-taglines`}
            label={t('rulesEditor.pairTaglines')}
            hint={t('rulesEditor.lineHint')}
            value={pair.taglines ?? []}
            as={lines}
            multiline
            onChange={(taglines) => setPair(index, withTaglines(pair, taglines))}
          />
          <div class="form-actions">
            <button
              type="button"
              onClick={() =>
                setNeutrality({ candidatePairs: neutrality.candidatePairs.filter((_, at) => at !== index) })
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
              ...neutrality.candidatePairs,
              { number: String(neutrality.candidatePairs.length + 1).padStart(2, '0'), names: [] },
            ],
          })
        }
      >
        {t('rulesEditor.addPair')}
      </button>
      <div class="settings-form">
        {list('parties', 'rulesEditor.parties')}
        {list('campaignVerbs', 'rulesEditor.campaignVerbs')}
        {list('surveyTerms', 'rulesEditor.surveyTerms')}
        <TextField
          id="rules-near-words"
          label={t('rulesEditor.nearWords')}
          value={neutrality.nearWords}
          as={count}
          onChange={(nearWords) => setNeutrality({ nearWords })}
        />
        <fieldset class="author-stages">
          <legend>{t('rulesEditor.quietStages')}</legend>
          {workspace.calendar.stages.map((stage) => (
            <label key={stage.id} class="inline">
              <input
                type="checkbox"
                checked={neutrality.quietPeriodStages.includes(stage.id)}
                onChange={() => setNeutrality({ quietPeriodStages: toggle(neutrality.quietPeriodStages, stage.id) })}
              />{' '}
              {stage.name}
            </label>
          ))}
        </fieldset>
      </div>
      <details>
        <summary>{t('rulesEditor.words')}</summary>
        <div class="settings-form">
          <TextField
            id="rules-gestures"
            label={t('rulesEditor.gestures')}
            hint={t('rulesEditor.gesturesHint')}
            value={neutrality.gestures}
            as={gestures}
            multiline
            onChange={(value) => setNeutrality({ gestures: value })}
          />
          {READING_LISTS.map(([key, label]) => list(key, label))}
        </div>
      </details>
    </>
  );
}
