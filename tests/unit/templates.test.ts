// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { resolveNow, StageClock } from '@/lib/calendar';
import { markdownToPlainText } from '@/lib/templates/markdown';
import { markdownToSafeHtml } from '@/lib/templates/markdown-html';
import type { Template, TemplatePack } from '@/lib/schemas';
import { translator } from '@/lib/messages/i18n';
import {
  fillPlainTemplate,
  fillTemplate,
  PLACEHOLDERS,
  placeholderHelp,
  rankTemplates,
  type FillContext,
} from '@/lib/templates';
import { calendarOf, defaults, PPK_PROFILE, PPS_PROFILE, stage } from './helpers';

function template(
  id: string,
  stages: string[],
  platforms: Template['platforms'] = ['facebook', 'instagram'],
): Template {
  return { id, title: id, stages, platforms, body: `Isi ${id}`, hashtags: [] };
}

function packOf(templates: Template[]): TemplatePack {
  return { ...defaults().pack, templates };
}

describe('rankTemplates', () => {
  const calendar = calendarOf([
    stage('pemutakhiran', '2024-05-31', '2024-09-23'),
    stage('coklit', '2024-06-24', '2024-07-24', 'pemutakhiran'),
    stage('penyusunan-dps', '2024-07-25', '2024-08-11', 'pemutakhiran'),
    stage('kampanye', '2024-09-25', '2024-11-23'),
  ]);
  const clock = new StageClock(calendar);
  const pack = packOf([
    template('umum-pemutakhiran', ['pemutakhiran']),
    template('dps', ['penyusunan-dps']),
    template('coklit-fb', ['coklit'], ['facebook']),
    template('coklit-ig', ['coklit'], ['instagram']),
    template('kampanye', ['kampanye']),
    template('coklit-dan-dps', ['penyusunan-dps', 'coklit']),
  ]);
  const ranked = (date: string, platform: 'facebook' | 'instagram') =>
    rankTemplates(pack, clock, { platform, now: resolveNow(date, 'Asia/Jakarta') }).map(
      (entry) => `${entry.template.id}:${entry.reason}:${entry.stage.id}`,
    );

  test('the exact sub-stage before its parent, for the platform asked, then stages starting soon', () => {
    expect(ranked('2024-07-15', 'facebook')).toEqual([
      'coklit-fb:active:coklit',
      'coklit-dan-dps:active:coklit',
      'umum-pemutakhiran:active:pemutakhiran',
      'dps:upcoming:penyusunan-dps',
    ]);
    expect(ranked('2024-07-15', 'instagram')[0]).toBe('coklit-ig:active:coklit');
  });

  test('a stage starting soon is suggested only within the look-ahead', () => {
    // Campaign starts 25 September; the look-ahead is 14 days.
    expect(ranked('2024-09-11', 'facebook')).toEqual([
      'umum-pemutakhiran:active:pemutakhiran',
      'kampanye:upcoming:kampanye',
    ]);
    expect(ranked('2024-09-10', 'facebook')).toEqual(['umum-pemutakhiran:active:pemutakhiran']);
  });

  test('no active and no upcoming stage: nothing to suggest', () => {
    expect(ranked('2026-11-28', 'facebook')).toEqual([]);
  });
});

describe('fillTemplate', () => {
  const { calendar, rules } = defaults();
  const clock = new StageClock(calendar);
  const context = (date: string, overrides: Partial<FillContext> = {}): FillContext => ({
    profile: PPK_PROFILE,
    platform: 'facebook',
    now: resolveNow(date, 'Asia/Jakarta'),
    clock,
    rules,
    ...overrides,
  });
  const fill = (body: string, date: string, overrides: Partial<FillContext> = {}, stages = ['coklit']) =>
    fillTemplate({ ...template('t', stages), body }, context(date, overrides));

  test.each([
    ['{{badan}}', 'PPK Kecamatan Tahunan'],
    ['{{kecamatan}}', 'Tahunan'],
    ['{{kabupaten}}', 'Jepara'],
    ['{{provinsi}}', 'Jawa Tengah'],
    ['{{akun}}', 'PPK Tahunan'],
    ['{{tanggal}}', 'Kamis, 4 Juli 2024'],
    ['{{tahapan}}', 'Pencocokan dan penelitian (coklit)'],
    ['{{tahapan_mulai}}', 'Senin, 24 Juni 2024'],
    ['{{tahapan_selesai}}', 'Rabu, 24 Juli 2024'],
    ['{{sisa_hari}}', '21'],
    ['{{hari_menuju}}', '0'],
    ['{{tahapan_berikut}}', 'Penyusunan daftar pemilih sementara (DPS)'],
    ['{{tahapan_berikut_mulai}}', 'Kamis, 25 Juli 2024'],
    ['{{tagar}}', '#TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri #Coklit'],
  ])('%s → %s', (body, expected) => {
    const filled = fill(body, '2024-07-04');
    expect(filled).toEqual({ text: expected, missing: [], unknown: [], leftOutTags: [] });
  });

  test('{{desa}} and the PPS body name come from a PPS profile; {{akun}} follows the platform', () => {
    const filled = fill('{{badan}} {{desa}} {{akun}}', '2024-07-04', { profile: PPS_PROFILE, platform: 'instagram' });
    expect(filled.text).toBe('PPS Desa Mulyoharjo Mulyoharjo pps.mulyoharjo');
  });

  test('on Instagram the hashtag line keeps required tags first, within the limit of 5', () => {
    const filled = fillTemplate(
      { ...template('t', ['coklit']), body: '{{tagar}}', hashtags: ['#Pilkada2024', '#CekDPT'] },
      context('2024-07-04', { profile: PPS_PROFILE, platform: 'instagram' }),
    );
    expect(filled.text).toBe('#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan #PPSMulyoharjo');
  });

  test('{{tagar}} within the admin’s Instagram limit keeps the most important tags and says what was left out', () => {
    const filled = fillTemplate(
      { ...template('t', ['coklit']), body: '{{tagar}}', hashtags: ['#CekDPT'] },
      context('2024-07-04', { profile: PPS_PROFILE, platform: 'instagram', instagramHashtagLimit: 3 }),
    );
    expect(filled.text).toBe('#TemanPemilih #PilkadaSerentak2024 #KPUJepara');
    expect(filled.leftOutTags).toEqual(['#PPKTahunan', '#PPSMulyoharjo', '#CekDPT']);
  });

  test('{{tanggal}} in English', () => {
    expect(fill('{{tanggal}}', '2024-07-04', { language: 'en' }).text).toBe('Thursday, 4 July 2024');
  });

  test('placeholders without a value are reported and kept visible, never silently dropped', () => {
    const filled = fill('{{desa}}: {{acara_tempat}}', '2024-07-04');
    expect(filled).toEqual({
      text: '{{desa}}: {{acara_tempat}}',
      missing: ['desa', 'acara_tempat'],
      unknown: [],
      leftOutTags: [],
    });
  });

  test('values the admin typed fill the missing placeholders', () => {
    const filled = fill('Tempat: {{acara_tempat}}', '2024-07-04', { extra: { acara_tempat: 'Aula Kecamatan' } });
    expect(filled).toEqual({ text: 'Tempat: Aula Kecamatan', missing: [], unknown: [], leftOutTags: [] });
  });

  test('a PPS of a kelurahan is named as one', () => {
    const kelurahan = { ...PPS_PROFILE, desa: 'Kauman', villageType: 'kelurahan' as const };
    expect(fill('{{badan}} · {{wilayah}} · {{desa_kelurahan}}', '2024-07-04', { profile: kelurahan }).text).toBe(
      'PPS Kelurahan Kauman · Kelurahan Kauman · Kelurahan',
    );
    expect(fill('{{wilayah}}', '2024-07-04').text).toBe('Kecamatan Tahunan');
  });

  test('contact number, place and hours of service come from the profile, else the admin is asked', () => {
    const body = 'WA {{kontak}}, {{tempat_layanan}}, {{jam_layanan}}';
    expect(fill(body, '2024-07-04').missing).toEqual(['kontak', 'tempat_layanan', 'jam_layanan']);
    const profile = {
      ...PPS_PROFILE,
      contact: '0812-2765-4410',
      servicePlace: 'Sekretariat PPS, Balai Desa Mulyoharjo',
      serviceHours: 'Senin–Sabtu pukul 08.00–16.00',
    };
    expect(fill(body, '2024-07-04', { profile })).toEqual({
      text: 'WA 0812-2765-4410, Sekretariat PPS, Balai Desa Mulyoharjo, Senin–Sabtu pukul 08.00–16.00',
      missing: [],
      unknown: [],
      leftOutTags: [],
    });
  });

  test('a pleno’s figures: the total is added up from the two counts the admin types', () => {
    const body = 'L {{pemilih_laki}} P {{pemilih_perempuan}} = {{jumlah_pemilih}} di {{jumlah_tps}} TPS';
    // Asked for the counts, not the total Pandu works out.
    expect(fill(body, '2024-08-06').missing).toEqual(['pemilih_laki', 'pemilih_perempuan', 'jumlah_tps']);
    const extra = { pemilih_laki: '28.415', pemilih_perempuan: '28902', jumlah_tps: '162' };
    expect(fill(body, '2024-08-06', { extra }).text).toBe('L 28.415 P 28902 = 57.317 di 162 TPS');
    // Counts that are not numbers leave the total to the admin.
    const words = { ...extra, pemilih_laki: 'dua puluh ribu' };
    expect(fill(body, '2024-08-06', { extra: words }).missing).toEqual(['jumlah_pemilih']);
  });

  test('the two ballots of a combined pilgub and pilbup (or pilwalkot) are named from the profile', () => {
    const body = '{{pilkada_provinsi}} / {{pilkada_kabupaten}}';
    expect(fill(body, '2024-11-27').text).toBe(
      'Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah / Pemilihan Bupati dan Wakil Bupati Jepara',
    );
    const kota = { ...PPK_PROFILE, kabupaten: 'Kota Semarang' };
    expect(fill('{{pilkada_kabupaten}}', '2024-11-27', { profile: kota }).text).toBe(
      'Pemilihan Wali Kota dan Wakil Wali Kota Semarang',
    );
  });

  test('unknown placeholders are reported', () => {
    const filled = fill('{{kecamatn}} {{ kabupaten }} {{}}', '2024-07-04');
    expect(filled.unknown).toEqual(['kecamatn', '']);
    expect(filled.text).toBe('{{kecamatn}} Jepara {{}}');
  });

  test('with no next stage, {{tahapan_berikut}} is missing', () => {
    expect(fill('{{tahapan_berikut}}', '2024-12-10', {}, ['rekapitulasi']).missing).toEqual(['tahapan_berikut']);
  });

  test('a value that looks like Markdown or HTML reads as written', () => {
    const profile = { ...PPK_PROFILE, kecamatan: '*Tahunan* <b>' };
    const filled = fill('{{kecamatan}}', '2024-07-04', { profile });
    expect(markdownToPlainText(filled.text)).toBe('*Tahunan* <b>');
    expect(markdownToSafeHtml(filled.text)).toBe('<p>*Tahunan* &lt;b&gt;</p>\n');
  });

  test('filling the plain-text body gives the same text as filling the Markdown and rendering it', () => {
    const { pack } = defaults();
    const profile = { ...PPS_PROFILE, kecamatan: 'Kedung *Cino* <b>' };
    for (const platform of ['facebook', 'instagram'] as const) {
      for (const template of pack.templates) {
        const fillContext = context('2024-08-20', { profile, platform });
        const viaMarkdown = markdownToPlainText(fillTemplate(template, fillContext).text);
        const viaPlain = fillPlainTemplate(markdownToPlainText(template.body), template, fillContext);
        expect(viaPlain.text, template.id).toBe(viaMarkdown);
      }
    }
  });

  test('every placeholder is documented in both languages', () => {
    for (const name of PLACEHOLDERS) {
      expect(placeholderHelp(name, translator('id'))).not.toBe(name);
      expect(placeholderHelp(name, translator('en'))).not.toBe(name);
    }
  });
});

describe('markdownToPlainText: what the composer receives', () => {
  test.each([
    ['paragraphs stay apart', 'Satu.\n\nDua.', 'Satu.\n\nDua.'],
    ['line breaks inside a paragraph stay', 'Baris satu\nBaris dua', 'Baris satu\nBaris dua'],
    ['emphasis marks are dropped', 'Ini **penting** dan _miring_ dan ~~coret~~', 'Ini penting dan miring dan coret'],
    ['lists become bullet lines', 'Siapkan:\n\n- KTP-el\n- KK', 'Siapkan:\n\n• KTP-el\n• KK'],
    ['ordered lists keep numbers', '3. tiga\n4. empat', '3. tiga\n4. empat'],
    ['nested lists indent', '- a\n  - b', '• a\n  • b'],
    ['headings become a line', '## Undangan\n\nIsi', 'Undangan\n\nIsi'],
    [
      'links keep their address',
      '[Cek DPT](https://cekdptonline.kpu.go.id)',
      'Cek DPT (https://cekdptonline.kpu.go.id)',
    ],
    ['bare addresses stay', 'https://kpu.go.id', 'https://kpu.go.id'],
    ['escapes are undone', '\\*bukan miring\\*', '*bukan miring*'],
    ['entities are decoded', 'A &amp; B', 'A & B'],
    ['HTML tags are stripped', 'Halo <b>tebal</b><script>alert(1)</script>', 'Halo tebalalert(1)'],
    ['hashtags survive', 'Isi\n\n#TemanPemilih #KPUJepara', 'Isi\n\n#TemanPemilih #KPUJepara'],
  ])('%s', (_name, markdown, expected) => {
    expect(markdownToPlainText(markdown)).toBe(expected);
  });
});

describe('markdownToSafeHtml: previews render inert', () => {
  test.each([
    ['<script>alert(1)</script>Halo', 'Halo'],
    ['<img src=x onerror="alert(1)">', ''],
    ['[klik](javascript:alert(1))', '<p><a target="_blank" rel="noopener noreferrer">klik</a></p>\n'],
    [
      '<a href="https://kpu.go.id" onclick="alert(1)">KPU</a>',
      '<p><a href="https://kpu.go.id" target="_blank" rel="noopener noreferrer">KPU</a></p>\n',
    ],
    ['<iframe src="https://evil.example"></iframe>Teks', 'Teks'],
    ['<div style="position:fixed">x</div>', 'x'],
  ])('%s', (markdown, expected) => {
    expect(markdownToSafeHtml(markdown)).toBe(expected);
  });

  test('ordinary formatting survives', () => {
    expect(markdownToSafeHtml('**Undangan**\n\n- satu')).toBe(
      '<p><strong>Undangan</strong></p>\n<ul>\n<li>satu</li>\n</ul>\n',
    );
  });
});
