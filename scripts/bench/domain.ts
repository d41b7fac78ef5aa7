import { performance } from 'node:perf_hooks';
import { resolveNow, StageClock } from '../../lib/calendar';
import { builtInData } from '../../lib/workspace/defaults';
import { check, countCharacters, type CheckContext } from '../../lib/guidelines';
import { rankTemplates } from '../../lib/templates';
import type { Profile, TemplatePack } from '../../lib/schemas';
import { sized } from './quick';

const PROFILE: Partial<Profile> = { province: 'Jawa Tengah', kabupaten: 'Jepara', kecamatan: 'Tahunan', role: 'ppk' };

const PARAGRAPH =
  'PPK Kecamatan Tahunan mengundang masyarakat masyarakat hadir dalam rapat pleno terbuka rekapitulasi DPS 🗳️. ' +
  'Tahapan yangg harus disampaikan: coklit, DPS, dan pendaftaran pasangan calon. Cek https://cekdptonline.kpu.go.id ';
const TAGS = '#TemanPemilih #Pilkada-2024 # Coklit #KPUJepara #temanpemilih';

/** A realistic post of about `length` characters: prose with typos, an emoji, a link, and tags. */
function post(length: number): string {
  let text = '';
  while (text.length < length - TAGS.length - 2) text += PARAGRAPH;
  return `${text.slice(0, length - TAGS.length - 2)}\n\n${TAGS}`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

function time(runs: number, work: () => void): { median: number; p99: number } {
  for (let i = 0; i < Math.min(200, runs); i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
}

const ms = (value: number) => Number(value.toFixed(4));

export function checkerFigures(): Record<string, string | number>[] {
  const { rules, calendar } = builtInData();
  const stageIds = new StageClock(calendar)
    .active(resolveNow('2024-07-04', 'Asia/Jakarta'))
    .map((view) => view.stage.id);
  const rows: Record<string, string | number>[] = [];
  const emojiHeavy = Array.from({ length: 220 }, () => 'Ayo ke TPS 👨‍👩‍👧')
    .join(' ')
    .slice(0, 2200);
  for (const [name, platform, text, runs] of [
    ['Instagram caption', 'instagram', post(2200), sized(5000)],
    ['Instagram caption, emoji-heavy', 'instagram', emojiHeavy, sized(2000)],
    ['Facebook post', 'facebook', post(20_000), sized(1000)],
  ] as const) {
    const context: CheckContext = { platform, stageIds, rules, profile: PROFILE };
    const findings = check(text, context).length;
    const { median, p99 } = time(runs, () => check(text, context));
    rows.push({
      text: `${name}, ${countCharacters(text).toLocaleString('en-US')} characters`,
      findings,
      runs,
      'median ms': ms(median),
      'p99 ms': ms(p99),
    });
  }
  return rows;
}

export function rankingFigures(): Record<string, string | number>[] {
  const { calendar, pack } = builtInData();
  const clock = new StageClock(calendar);
  const big: TemplatePack = {
    ...pack,
    templates: Array.from({ length: 1000 }, (_, index) => {
      const source = pack.templates[index % pack.templates.length] as TemplatePack['templates'][number];
      return { ...source, id: `${source.id}-${index}` };
    }),
  };
  const now = resolveNow('2024-08-27', 'Asia/Jakarta');
  const suggested = rankTemplates(big, clock, { platform: 'facebook', now }).length;
  const { median, p99 } = time(sized(2000), () => rankTemplates(big, clock, { platform: 'facebook', now }));
  return [
    { pack: '1,000 templates, 27 Aug 2024 (5 active stages)', suggested, 'median ms': ms(median), 'p99 ms': ms(p99) },
  ];
}
