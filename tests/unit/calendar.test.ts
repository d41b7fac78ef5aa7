import { describe, expect, test } from 'vitest';
import { localDate, resolveNow, StageClock } from '@/lib/calendar';
import type { TimeZone } from '@/lib/schemas';
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
    expect(ids(clock, new Date(before))).toEqual(['pengumuman-dpt', 'masa-tenang']);
    expect(ids(clock, new Date(at))).toEqual(['pengumuman-dpt', 'pemungutan-suara', 'rekapitulasi']);
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

describe('overlapping and nested stages', () => {
  const clock = new StageClock(defaults().calendar);

  test('most specific first: a sub-stage before its parent, then overlapping main stages, shortest first', () => {
    // 22 September 2024: pengumuman DPT (sub-stage), penetapan paslon (one day), pemutakhiran (its parent).
    expect(ids(clock, resolveNow('2024-09-22', 'Asia/Jakarta'))).toEqual([
      'pengumuman-dpt',
      'penetapan-paslon',
      'pemutakhiran-data-pemilih',
      'pembentukan-badan-adhoc',
    ]);
  });

  test('coklit, with its parent and the overlapping formation stage', () => {
    expect(ids(clock, resolveNow('2024-07-04', 'Asia/Jakarta'))).toEqual([
      'coklit',
      'pemutakhiran-data-pemilih',
      'pembentukan-badan-adhoc',
    ]);
  });

  test('registration and requirement checks start together', () => {
    expect(ids(clock, resolveNow('2024-08-27', 'Asia/Jakarta'))).toEqual([
      'pengumuman-dps',
      'pendaftaran-paslon',
      'penelitian-persyaratan',
      'pemutakhiran-data-pemilih',
      'pembentukan-badan-adhoc',
    ]);
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
      expect(ids(new StageClock(defaults().calendar, zone), now)).toEqual(['pengumuman-dpt', 'masa-tenang']);
    },
  );

  test('without a simulated date, now is the real clock', () => {
    const real = new Date('2026-11-28T05:00:00Z');
    expect(resolveNow(undefined, 'Asia/Jakarta', real)).toBe(real);
  });
});
