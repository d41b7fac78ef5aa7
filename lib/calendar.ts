import type { Language } from './messages/i18n';
import type { Stage, StageCalendar, TimeZone } from './schemas';

/**
 * The stage calendar's answers. Stages are ranges of whole local days, both ends included, read in the
 * region's zone: voting day is 27 November in Jakarta, Makassar and Jayapura alike, each by its own clock.
 */

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local date (`YYYY-MM-DD`) of an instant in a zone. */
export function localDate(instant: Date, timeZone: TimeZone): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

const DAY_MS = 86_400_000;

/** A local date (`YYYY-MM-DD`) as the UTC midnight of the same calendar day: days between them are whole. */
const dayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/**
 * Whole days from one local date to another (negative when `to` is earlier). Hand-written rather than
 * date-fns: two calendar dates need no zone, and the content script, which counts stage days, stays small.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / DAY_MS);
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** How far a zone's clock is ahead of UTC at an instant, in minutes, as the browser's zone data says. */
function zoneOffsetMinutes(timeZone: TimeZone, instant: Date): number {
  let formatter = clockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    clockFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wallClock - instant.getTime()) / 60_000);
}

function depthOf(stage: Stage, byId: ReadonlyMap<string, Stage>): number {
  let depth = 0;
  for (let at = stage.parent; at !== undefined && depth < 50; at = byId.get(at)?.parent) depth++;
  return depth;
}

export interface StageView {
  stage: Stage;
  /** 0 for a main stage, 1 for its sub-stages, … */
  depth: number;
}

/** A calendar indexed once, answering questions about any day. */
export class StageClock {
  private readonly views: StageView[];
  readonly byId: ReadonlyMap<string, Stage>;

  constructor(
    readonly calendar: StageCalendar,
    readonly timeZone: TimeZone = calendar.timeZone,
  ) {
    const byId = new Map(calendar.stages.map((stage) => [stage.id, stage]));
    this.byId = byId;
    this.views = calendar.stages.map((stage) => ({ stage, depth: depthOf(stage, byId) }));
  }

  today(now: Date): string {
    return localDate(now, this.timeZone);
  }

  /**
   * Stages running on `now`'s local day, what matters today first: voting day on voting day; then the
   * stage closest to one of its ends (started most recently or ending soonest), so a one-day pleno or a
   * deadline ranks above the long stage around it; then the shorter, then the deeper. A sub-stage runs
   * within its parent (the calendar validator ensures it), so it always ranks above its parent.
   */
  active(now: Date): StageView[] {
    const day = this.today(now);
    const nearestEnd = (stage: Stage) => Math.min(daysBetween(stage.start, day), daysBetween(day, stage.end));
    return this.views
      .filter(({ stage }) => stage.start <= day && day <= stage.end)
      .sort(
        (a, b) =>
          Number(b.stage.votingDay ?? false) - Number(a.stage.votingDay ?? false) ||
          nearestEnd(a.stage) - nearestEnd(b.stage) ||
          daysBetween(a.stage.start, a.stage.end) - daysBetween(b.stage.start, b.stage.end) ||
          b.depth - a.depth ||
          b.stage.start.localeCompare(a.stage.start),
      );
  }

  /** The stages starting soonest after `now`'s local day (several when they start together), main stages first. */
  next(now: Date): StageView[] {
    const day = this.today(now);
    const upcoming = this.views.filter(({ stage }) => stage.start > day);
    if (upcoming.length === 0) return [];
    const first = upcoming.reduce((soonest, view) => (view.stage.start < soonest ? view.stage.start : soonest), '9999');
    return upcoming.filter(({ stage }) => stage.start === first).sort((a, b) => a.depth - b.depth);
  }

  /** Days left in a stage counting today: 1 on its last day, 0 once it has ended. */
  daysLeft(stage: Stage, now: Date): number {
    const day = this.today(now);
    if (day > stage.end) return 0;
    return daysBetween(day < stage.start ? stage.start : day, stage.end) + 1;
  }

  /** Days until a stage starts: 1 when it starts tomorrow, 0 once it has started. */
  daysUntil(stage: Stage, now: Date): number {
    return Math.max(0, daysBetween(this.today(now), stage.start));
  }
}

/**
 * "Now" for Pandu: the real clock, or, in training, a simulated local date (noon that day in the zone, so
 * every question about "today" answers for that date).
 */
export function resolveNow(simulatedDate: string | undefined, timeZone: TimeZone, realNow = new Date()): Date {
  if (!simulatedDate) return realNow;
  const noonUtc = new Date(`${simulatedDate}T12:00:00Z`);
  // Indonesia keeps no daylight saving time: the zone's offset at noon is its offset all day.
  const offsetMinutes = zoneOffsetMinutes(timeZone, noonUtc);
  return new Date(noonUtc.getTime() - offsetMinutes * 60_000);
}

/** The one way a stage is named to the admin: its English name in English when it has one, else its name. */
export function stageLabel(stage: Pick<Stage, 'name' | 'nameEn'>, language: Language): string {
  return language === 'en' ? (stage.nameEn ?? stage.name) : stage.name;
}

/** {@link stageLabel} of a stage by id; an id the calendar no longer holds is shown as it is. */
export function stageLabelById(calendar: StageCalendar, id: string, language: Language): string {
  const stage = calendar.stages.find((entry) => entry.id === id);
  return stage ? stageLabel(stage, language) : id;
}
