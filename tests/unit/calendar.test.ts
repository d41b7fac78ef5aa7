import { tzOffset } from '@date-fns/tz';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { daysBetween, localDate, resolveNow, StageClock } from '@/lib/calendar';
import { TIME_ZONES, type TimeZone } from '@/lib/schemas';
import { calendarOf, defaults, stage } from './helpers';

const ids = (clock: StageClock, now: Date) => clock.active(now).map((view) => view.stage.id);

describe('stage boundaries are whole local days, both ends included', () => {
  // Voting day, 27 November 2024, starts at local midnight in each zone: 17:00, 16:00 and 15:00 UTC the day before.
  const zones: [TimeZone, string, string][] = [
    ['Asia/Jakarta', '2024-11-26T16:59:59Z', '2024-11-26T17:00:00Z'],
    ['Asia/Makassar', '2024-11-26T15:59:59Z', '2024-11-26T16:00:00Z'],
    ['Asia/Jayapura', '2024-11-26T14:59:59Z', '2024-11-26T15:00:00Z'],
  ];

  test.each(zones)('%s: the stage starts at local midnight', (zone, before, at) => {
    const clock = new StageClock(defaults().calendar, zone);
    // The DPT stays published until voting day, so it is active on both sides of midnight.
    expect(ids(clock, new Date(before))).toEqual(['masa-tenang', 'pengumuman-dpt']);
    expect(ids(clock, new Date(at))).toEqual(['pemungutan-suara', 'rekapitulasi', 'pengumuman-dpt']);
  });

  test.each(zones)('%s: the last day counts until local midnight', (zone, lastMoment, nextDay) => {
    const clock = new StageClock(calendarOf([stage('masa-tenang', '2024-11-24', '2024-11-26')]), zone);
    expect(ids(clock, new Date(lastMoment))).toEqual(['masa-tenang']);
    expect(ids(clock, new Date(nextDay))).toEqual([]);
  });

  test('the same instant falls on different local days in different zones', () => {
    const instant = new Date('2024-11-26T15:30:00Z');
    expect(localDate(instant, 'Asia/Jakarta')).toBe('2024-11-26');
    expect(localDate(instant, 'Asia/Makassar')).toBe('2024-11-26');
    expect(localDate(instant, 'Asia/Jayapura')).toBe('2024-11-27');
  });

  test('a one-day stage is active all of that day and only that day', () => {
    const clock = new StageClock(calendarOf([stage('penetapan', '2024-09-22', '2024-09-22')]));
    expect(ids(clock, new Date('2024-09-21T16:59:59Z'))).toEqual([]);
    expect(ids(clock, new Date('2024-09-21T17:00:00Z'))).toEqual(['penetapan']);
    expect(ids(clock, new Date('2024-09-22T16:59:59Z'))).toEqual(['penetapan']);
    expect(ids(clock, new Date('2024-09-22T17:00:00Z'))).toEqual([]);
  });
});

describe('stages ranked by what matters today', () => {
  const clock = new StageClock(defaults().calendar);
  const on = (day: string) => ids(clock, resolveNow(day, 'Asia/Jakarta'));

  test('voting day first on voting day, although other stages end or start that day', () => {
    expect(on('2024-11-27')).toEqual(['pemungutan-suara', 'rekapitulasi', 'pengumuman-dpt']);
  });

  test('voting day comes first by its flag, not by its length or its place in the file', () => {
    const calendar = calendarOf([
      stage('dpt', '2024-11-27', '2024-11-27'),
      { ...stage('voting', '2024-11-27', '2024-11-27'), votingDay: true },
      stage('recap', '2024-11-27', '2024-11-27'),
    ]);
    expect(ids(new StageClock(calendar), resolveNow('2024-11-27', 'Asia/Jakarta'))).toEqual(['voting', 'dpt', 'recap']);
  });

  test('a one-day debate ranks above the long campaign and DPT stages around it', () => {
    expect(on('2024-11-09')).toEqual([
      'debat-pilbup-2',
      'pindah-memilih-keadaan-tertentu',
      'kampanye',
      'pengumuman-dpt',
    ]);
  });

  test('the stage that started most recently or ends soonest ranks above long stages', () => {
    // 22 September: the candidates are adopted (one day), the DPT notice and the H-30 moving service start.
    expect(on('2024-09-22')).toEqual([
      'penetapan-paslon',
      'pindah-memilih',
      'pengumuman-dpt',
      'pemutakhiran-data-pemilih',
      'pembentukan-badan-adhoc',
    ]);
    // 27 August: registration opens (3 days) as the DPS notice closes (10 days).
    expect(on('2024-08-27')).toEqual([
      'pendaftaran-paslon',
      'pengumuman-dps',
      'penelitian-persyaratan',
      'pemutakhiran-data-pemilih',
      'pembentukan-badan-adhoc',
    ]);
    // The first days of the masa tenang are above the DPT notice that runs on to voting day.
    expect(on('2024-11-24')).toEqual(['masa-tenang', 'pengumuman-dpt']);
  });

  test('coklit, with its parent and the overlapping formation stage', () => {
    expect(on('2024-07-04')).toEqual(['coklit', 'pemutakhiran-data-pemilih', 'pembentukan-badan-adhoc']);
  });

  test('on every day of the calendar a sub-stage ranks above its parent', () => {
    const { calendar } = defaults();
    for (let day = new Date('2024-04-17T00:00:00Z'); day <= new Date('2024-12-16T00:00:00Z');) {
      const active = on(day.toISOString().slice(0, 10));
      for (const id of active) {
        const parent = clock.byId.get(id)?.parent;
        if (parent !== undefined)
          expect(active.indexOf(id), `${id} on ${day.toISOString()}`).toBeLessThan(active.indexOf(parent));
      }
      day = new Date(day.getTime() + 86_400_000);
    }
    expect(calendar.stages.length).toBeGreaterThan(20);
  });
});

describe('next stage and days left', () => {
  const clock = new StageClock(defaults().calendar);

  test('with no active stage (today, late 2026) there is no next stage either', () => {
    const now = new Date('2026-11-28T05:00:00Z');
    expect(clock.active(now)).toEqual([]);
    expect(clock.next(now)).toEqual([]);
  });

  test('before the cycle, the next stage is the first one', () => {
    const now = resolveNow('2024-04-01', 'Asia/Jakarta');
    expect(clock.active(now)).toEqual([]);
    expect(clock.next(now).map((view) => view.stage.id)).toEqual(['pembentukan-badan-adhoc']);
    expect(clock.daysUntil(clock.next(now)[0]!.stage, now)).toBe(16);
  });

  test('stages starting together come main stage first', () => {
    const now = resolveNow('2024-08-26', 'Asia/Jakarta');
    expect(clock.next(now).map((view) => view.stage.id)).toEqual(['pendaftaran-paslon', 'penelitian-persyaratan']);
  });

  test('days left count today: 1 on the last day, 0 after', () => {
    const coklit = clock.byId.get('coklit')!;
    expect(clock.daysLeft(coklit, resolveNow('2024-06-24', 'Asia/Jakarta'))).toBe(31);
    expect(clock.daysLeft(coklit, resolveNow('2024-07-24', 'Asia/Jakarta'))).toBe(1);
    expect(clock.daysLeft(coklit, resolveNow('2024-07-25', 'Asia/Jakarta'))).toBe(0);
    expect(clock.daysLeft(coklit, resolveNow('2024-06-01', 'Asia/Jakarta'))).toBe(31);
    expect(clock.daysUntil(coklit, resolveNow('2024-06-23', 'Asia/Jakarta'))).toBe(1);
    expect(clock.daysUntil(coklit, resolveNow('2024-06-24', 'Asia/Jakarta'))).toBe(0);
  });
});

describe('simulated date', () => {
  test.each<TimeZone>(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'])(
    'a simulated date is that local day in %s',
    (zone) => {
      const now = resolveNow('2024-11-24', zone, new Date('2026-11-28T05:00:00Z'));
      expect(localDate(now, zone)).toBe('2024-11-24');
      expect(ids(new StageClock(defaults().calendar, zone), now)).toEqual(['masa-tenang', 'pengumuman-dpt']);
    },
  );

  test('without a simulated date, now is the real clock', () => {
    const real = new Date('2026-11-28T05:00:00Z');
    expect(resolveNow(undefined, 'Asia/Jakarta', real)).toBe(real);
  });
});

describe('the calendar’s own day arithmetic agrees with date-fns', () => {
  // The content script counts days without date-fns (it must stay small): any date, any zone, same answer.
  const day = fc
    .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  test('days between two local dates', () => {
    fc.assert(
      fc.property(day, day, (from, to) => {
        expect(daysBetween(from, to)).toBe(differenceInCalendarDays(parseISO(to), parseISO(from)));
      }),
      { numRuns: 2000 },
    );
  });

  test('a simulated date is noon that day in the zone, and its local date is that date', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...TIME_ZONES), (date, zone) => {
        const noonUtc = new Date(`${date}T12:00:00Z`);
        const expected = noonUtc.getTime() - tzOffset(zone, noonUtc) * 60_000;
        expect(resolveNow(date, zone).getTime()).toBe(expected);
        expect(localDate(resolveNow(date, zone), zone)).toBe(date);
      }),
      { numRuns: 1000 },
    );
  });
});
