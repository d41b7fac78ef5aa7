import { tz } from '@date-fns/tz';
import { addDays, addWeeks, format, getISOWeek, getISOWeekYear, parseISO, setISOWeek, startOfISOWeek } from 'date-fns';
import type { TimeZone } from '../schemas';

/** A reporting week: Monday 00:00 to Sunday 23:59 in the body's zone (WIB, WITA or WIT), ISO-numbered. */
export interface ReportWeek {
  isoYear: number;
  week: number;
  /** `2024-W27`, as `<input type="week">` and file names write it. */
  label: string;
  /** First instant (Monday 00:00 local), and the first instant of the next week. */
  start: Date;
  end: Date;
  /** Local dates of Monday and Sunday. */
  firstDay: string;
  lastDay: string;
  timeZone: TimeZone;
}

function weekFromStart(start: Date, timeZone: TimeZone): ReportWeek {
  const zone = tz(timeZone);
  const isoYear = getISOWeekYear(start, { in: zone });
  const week = getISOWeek(start, { in: zone });
  const end = addWeeks(start, 1, { in: zone });
  return {
    isoYear,
    week,
    label: `${isoYear}-W${String(week).padStart(2, '0')}`,
    start: new Date(start.getTime()),
    end: new Date(end.getTime()),
    firstDay: format(start, 'yyyy-MM-dd', { in: zone }),
    lastDay: format(addDays(start, 6, { in: zone }), 'yyyy-MM-dd', { in: zone }),
    timeZone,
  };
}

/** The week an instant falls in, in a zone. */
export function weekOf(instant: Date, timeZone: TimeZone): ReportWeek {
  return weekFromStart(startOfISOWeek(instant, { in: tz(timeZone) }), timeZone);
}

/** The last week that has ended: the default for the weekly report. */
export function lastCompleteWeek(now: Date, timeZone: TimeZone): ReportWeek {
  return weekOf(addWeeks(weekOf(now, timeZone).start, -1), timeZone);
}

/** Parses `2024-W27`; null when it is not a week label. */
export function weekFromLabel(label: string, timeZone: TimeZone): ReportWeek | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!match) return null;
  const [isoYear, week] = [Number(match[1]), Number(match[2])];
  const zone = tz(timeZone);
  // 4 January is always in ISO week 1 of its year.
  const inWeek = setISOWeek(parseISO(`${isoYear}-01-04`, { in: zone }), week, { in: zone });
  const result = weekOf(inWeek, timeZone);
  return result.isoYear === isoYear && result.week === week ? result : null;
}

/** The local dates of the week's seven days. */
export function weekDays(week: ReportWeek): string[] {
  const zone = tz(week.timeZone);
  return Array.from({ length: 7 }, (_, day) =>
    format(addDays(week.start, day, { in: zone }), 'yyyy-MM-dd', { in: zone }),
  );
}

/** `YYYY-MM-DD HH:mm` in the zone: how the report writes a time, unambiguous in any spreadsheet locale. */
export function localDateTime(instant: Date | number, timeZone: TimeZone): string {
  return format(instant, 'yyyy-MM-dd HH:mm', { in: tz(timeZone) });
}
