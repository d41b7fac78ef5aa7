import { authoringCalendarItem } from '@/lib/workspace/data-store';
import { parseCalendar, TIME_ZONES, TIME_ZONE_NAMES, type Stage, type StageCalendar } from '@/lib/schemas';
import type { Workspace } from '@/lib/workspace';
import { TextInput } from './Field';
import { useTranslate } from './i18n';
import { useAuthoringItem } from './useAuthoringItem';
import { ValidatedExport } from './ValidatedExport';

type StageText = 'id' | 'name' | 'nameEn' | 'start' | 'end' | 'source';

/** Writing a stage calendar: stages, dates and sub-stages, validated as typed, exported as a file. */
export function CalendarEditor({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const [calendar, update] = useAuthoringItem(authoringCalendarItem, () => structuredClone(workspace.calendar));
  if (!calendar) return null;

  const setText = (index: number, key: StageText, value: string) => {
    const stage = { ...calendar.stages[index], [key]: value } as Stage;
    // Optional texts left empty are absent, as in a file written by hand.
    if (key === 'nameEn' && value === '') delete stage.nameEn;
    update({ ...calendar, stages: calendar.stages.map((entry, at) => (at === index ? stage : entry)) });
  };
  const addStage = () =>
    update({
      ...calendar,
      stages: [
        ...calendar.stages,
        { id: `tahapan-${calendar.stages.length + 1}`, name: '', start: '', end: '', source: calendar.source ?? '' },
      ],
    });
  const result = parseCalendar({ json: calendar });

  const text = (index: number, key: StageText, label: string, type: 'text' | 'date' = 'text') => {
    const id = `stage-${index}-${key}`;
    return (
      <TextInput
        id={id}
        label={label}
        type={type}
        value={calendar.stages[index]?.[key] ?? ''}
        onValue={(value) => setText(index, key, value)}
      />
    );
  };

  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('calendarEditor.title')}</h2>
      <p>{t('calendarEditor.intro')}</p>
      <div class="settings-form">
        <TextInput
          id="calendar-id"
          label={t('calendarEditor.id')}
          value={calendar.id}
          onValue={(id) => update({ ...calendar, id })}
        />
        <TextInput
          id="calendar-name"
          label={t('calendarEditor.name')}
          value={calendar.name}
          onValue={(name) => update({ ...calendar, name })}
        />
        <div class="field">
          <label for="calendar-zone">{t('calendarEditor.timeZone')}</label>
          <select
            id="calendar-zone"
            value={calendar.timeZone}
            onChange={(event) =>
              update({ ...calendar, timeZone: (event.target as HTMLSelectElement).value as StageCalendar['timeZone'] })
            }
          >
            {TIME_ZONES.map((zone) => (
              <option key={zone} value={zone}>
                {TIME_ZONE_NAMES[zone]} ({zone})
              </option>
            ))}
          </select>
        </div>
      </div>
      <h3>{t('calendarEditor.stages', { count: calendar.stages.length })}</h3>
      {calendar.stages.map((stage, index) => (
        <fieldset key={index} class="settings-form calendar-stage">
          <legend>{t('calendarEditor.stage', { number: index + 1 })}</legend>
          {text(index, 'id', t('calendarEditor.stageId'))}
          {text(index, 'name', t('calendarEditor.stageName'))}
          {text(index, 'nameEn', t('calendarEditor.stageNameEn'))}
          <div class="field">
            <label for={`stage-${index}-parent`}>{t('calendarEditor.parent')}</label>
            <select
              id={`stage-${index}-parent`}
              value={stage.parent ?? ''}
              onChange={(event) => {
                const parent = (event.target as HTMLSelectElement).value;
                const { parent: _previous, ...rest } = stage;
                const next: Stage = parent ? { ...rest, parent } : rest;
                update({ ...calendar, stages: calendar.stages.map((entry, at) => (at === index ? next : entry)) });
              }}
            >
              <option value="">{t('calendarEditor.noParent')}</option>
              {calendar.stages
                .filter((other) => other !== stage)
                .map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.name || other.id}
                  </option>
                ))}
            </select>
          </div>
          {text(index, 'start', t('calendarEditor.start'), 'date')}
          {text(index, 'end', t('calendarEditor.end'), 'date')}
          {text(index, 'source', t('calendarEditor.source'))}
          <label class="inline">
            <input
              type="checkbox"
              checked={stage.votingDay ?? false}
              onChange={(event) => {
                const { votingDay: _previous, ...rest } = stage;
                const next: Stage = (event.target as HTMLInputElement).checked ? { ...rest, votingDay: true } : rest;
                update({ ...calendar, stages: calendar.stages.map((entry, at) => (at === index ? next : entry)) });
              }}
            />{' '}
            {t('calendarEditor.votingDay')}
          </label>
          <div class="form-actions">
            <button
              type="button"
              onClick={() => update({ ...calendar, stages: calendar.stages.filter((_, at) => at !== index) })}
            >
              {t('calendarEditor.remove', { number: index + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" onClick={addStage}>
        {t('calendarEditor.add')}
      </button>
      <ValidatedExport
        result={result}
        value={calendar}
        fileName={`pandu-kalender_${calendar.id}.json`}
        valid={t('calendarEditor.valid')}
        problems={t('calendarEditor.problems')}
        button={t('calendarEditor.export')}
      />
    </section>
  );
}
