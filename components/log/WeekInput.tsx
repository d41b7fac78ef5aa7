import type { TimeZone } from '@/lib/schemas';
import { weekFromLabel, type ReportWeek } from '@/lib/report/weeks';

/** A labelled ISO-week picker; a week the browser cannot name (an empty field) changes nothing. */
export function WeekInput({
  label,
  week,
  zone,
  hintId,
  onWeek,
}: {
  label: string;
  week: ReportWeek;
  zone: TimeZone;
  /** The element that explains the field, read out with it. */
  hintId: string;
  onWeek(week: ReportWeek): void;
}) {
  return (
    <label>
      {label}
      <input
        type="week"
        value={week.label}
        aria-describedby={hintId}
        onChange={(event) => {
          const chosen = weekFromLabel((event.target as HTMLInputElement).value, zone);
          if (chosen) onWeek(chosen);
        }}
      />
    </label>
  );
}
