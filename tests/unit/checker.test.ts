import { describe, expect, test } from 'vitest';
import { resolveNow, StageClock } from '@/lib/calendar';
import {
  applyAllFixes,
  applyFix,
  applyFixes,
  check,
  type CheckContext,
  type Finding,
  type RuleId,
} from '@/lib/guidelines';
import { markdownToPlainText } from '@/lib/templates/markdown';
import type { GuidelineRules } from '@/lib/schemas';
import { fillTemplate } from '@/lib/templates';
import { defaults, PPK_PROFILE, PPS_PROFILE, say } from './helpers';

const TAGS_FB = '#TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri';
const TAGS_IG = '#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan';

function rulesWith(change: (rules: GuidelineRules) => void = () => undefined): GuidelineRules {
  const { rules } = defaults();
  change(rules);
  return rules;
}

const baseRules = rulesWith();

function context(overrides: Partial<CheckContext> = {}): CheckContext {
  return { platform: 'facebook', stageIds: [], rules: baseRules, profile: PPK_PROFILE, ...overrides };
}

const findings = (text: string, overrides: Partial<CheckContext> = {}) => check(text, context(overrides));
const rulesOf = (text: string, overrides: Partial<CheckContext> = {}) => findings(text, overrides).map((f) => f.rule);
const only = (rule: RuleId, text: string, overrides: Partial<CheckContext> = {}): Finding[] =>
  findings(text, overrides).filter((finding) => finding.rule === rule);
const fixed = (finding: Finding | undefined, text: string) => applyFix(text, finding!.fix!);

describe('empty post', () => {
  test('an empty or blank post is one error', () => {
    expect(rulesOf('')).toEqual(['empty-post']);
    expect(rulesOf('  \n ')).toEqual(['empty-post']);
  });
  test('a post with text is not empty', () => {
    expect(rulesOf(`Halo\n\n${TAGS_FB}`)).toEqual([]);
  });
});

describe('required hashtags', () => {
  test('missing tags are named in one finding, and its fix adds them on a tidy last line', () => {
    const text = 'Coklit dimulai hari ini.';
    const [finding] = only('required-hashtags', text);
    expect(finding!.severity).toBe('error');
    expect(say(finding!.message)).toBe(`Tagar wajib belum ada: ${TAGS_FB}`);
    expect(say(finding!.fix!.label)).toBe(`Tambahkan ${TAGS_FB}`);
    expect(fixed(finding, text)).toBe(`Coklit dimulai hari ini.\n\n${TAGS_FB}`);
  });

  test('compared case-insensitively; the fix appends to an existing line of tags', () => {
    const text = 'Info\n\n#temanpemilih #KPUJEPARA\n';
    const [finding] = only('required-hashtags', text);
    expect(say(finding!.message, 'en')).toBe(
      'Required hashtags missing: #PilkadaSerentak2024 #KPUMelayani #PPKTahunan #kpuri',
    );
    expect(fixed(finding, text)).toBe(
      'Info\n\n#temanpemilih #KPUJEPARA #PilkadaSerentak2024 #KPUMelayani #PPKTahunan #kpuri',
    );
  });

  test('scopes: per platform, per stage, and profile tags that apply only when the profile has the value', () => {
    const missing = (overrides: Partial<CheckContext>) =>
      say(only('required-hashtags', 'Teks', overrides)[0]!.message, 'en').replace('Required hashtags missing: ', '');
    expect(missing({ platform: 'instagram' })).toBe(TAGS_IG);
    expect(missing({ platform: 'instagram', profile: PPS_PROFILE })).toBe(`${TAGS_IG} #PPSMulyoharjo`);
    expect(missing({ stageIds: ['coklit'] })).toBe(`${TAGS_FB} #Coklit`);
    expect(missing({ stageIds: ['coklit'], platform: 'instagram' })).toBe(TAGS_IG);
    expect(missing({ profile: { kabupaten: 'Pakpak Bharat' } })).toBe(
      '#TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUPakpakBharat #kpuri',
    );
  });

  test('no finding when every required tag is there', () => {
    expect(only('required-hashtags', `Teks ${TAGS_FB.toLowerCase()}`)).toEqual([]);
  });
});

describe('denied hashtags and phrases', () => {
  test('a denied tag is an error whose fix removes it', () => {
    const text = `Pantau terus #KpuJanganCurang ${TAGS_FB}`;
    const [finding] = only('denied-hashtag', text);
    expect(say(finding!.message)).toBe('Tagar #KpuJanganCurang dilarang dipakai akun badan ad hoc.');
    expect(text.slice(finding!.start, finding!.end)).toBe('#KpuJanganCurang');
    expect(fixed(finding, text)).toBe(`Pantau terus ${TAGS_FB}`);
  });
  test('case does not hide a denied tag', () => {
    expect(only('denied-hashtag', '#kpujangancurang')).toHaveLength(1);
  });
  test('a denied phrase is an error, whole words only', () => {
    expect(only('denied-phrase', 'Lebih baik Golput  saja.').map((f) => say(f.message))).toEqual([
      'Ungkapan "Golput  saja" tidak boleh dipakai.',
    ]);
    expect(only('denied-phrase', 'golputsaja bukan frasa')).toEqual([]);
  });
});

describe('hashtag syntax', () => {
  test('#Pilkada-2024: only #Pilkada links; the fix joins it', () => {
    const text = 'Sukseskan #Pilkada-2024!';
    const [finding] = only('hashtag-hyphen', text);
    expect(say(finding!.message)).toBe('#Pilkada-2024 hanya menautkan #Pilkada: tanda hubung memutus tagar.');
    expect(fixed(finding, text)).toBe('Sukseskan #Pilkada2024!');
  });
  test("#Jum'at: the apostrophe ends the tag; the fix joins it", () => {
    const text = "Selamat #Jum'at";
    const [finding] = only('hashtag-apostrophe', text);
    expect(fixed(finding, text)).toBe('Selamat #Jumat');
  });
  test('several hyphens in one tag', () => {
    expect(fixed(only('hashtag-hyphen', '#Pilkada-Jepara-2024')[0], '#Pilkada-Jepara-2024')).toBe('#PilkadaJepara2024');
  });
  test('a hyphen followed by a space is a dash, not part of the tag', () => {
    expect(only('hashtag-hyphen', '#Pilkada - ayo')).toEqual([]);
  });
  test('"# Pilkada": the fix removes the space', () => {
    const text = 'Ikuti # Pilkada';
    const [finding] = only('hashtag-space-after-hash', text);
    expect(say(finding!.message)).toBe('Ada spasi setelah "#": tulis #Pilkada tanpa spasi.');
    expect(fixed(finding, text)).toBe('Ikuti #Pilkada');
  });
  test('"#2024" is no tag; there is no safe fix', () => {
    const [finding] = only('hashtag-digits-only', 'Pilkada #2024');
    expect(say(finding!.message)).toBe('#2024 bukan tagar: tagar harus memuat huruf (misalnya #Pilkada2024).');
    expect(finding!.fix).toBeUndefined();
  });
  test('a known tag split by a space is joined', () => {
    const text = 'Ayo #Teman Pemilih dan #Pilkada Serentak 2024';
    const found = only('hashtag-split', text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['#Teman Pemilih', '#Pilkada Serentak 2024']);
    expect(
      applyFixes(
        text,
        found.map((f) => f.fix!),
      ),
    ).toBe('Ayo #TemanPemilih dan #PilkadaSerentak2024');
  });
  test('an unknown tag followed by a word is not a split tag', () => {
    expect(only('hashtag-split', '#Teman kita')).toEqual([]);
    expect(only('hashtag-split', '#Coklit hari ini')).toEqual([]);
  });
  test('a duplicate tag (in any case) is a warning whose fix removes the second', () => {
    const text = `Info #TemanPemilih\n\n${TAGS_FB} #temanpemilih`;
    const found = only('hashtag-duplicate', text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['#TemanPemilih', '#temanpemilih']);
    expect(found[0]!.start).toBe(text.indexOf('#TemanPemilih', 6));
    expect(
      applyFixes(
        text,
        found.map((f) => f.fix!),
      ),
    ).toBe(`Info #TemanPemilih\n\n${TAGS_FB.replace('#TemanPemilih ', '')}`);
  });
});

describe('platform limits', () => {
  test('Instagram: 2,200 characters, emoji counting as one', () => {
    const emoji = '🗳️'.repeat(2200);
    expect(only('character-limit', emoji, { platform: 'instagram' })).toEqual([]);
    const over = `${'a'.repeat(2199)}👨‍👩‍👧x`;
    const [finding] = only('character-limit', over, { platform: 'instagram' });
    expect(say(finding!.message)).toBe('Teks 2.201 karakter, melebihi batas Instagram 2.200 karakter.');
    expect(over.slice(finding!.start, finding!.end)).toBe('x');
  });
  test('Facebook: 63,206 characters', () => {
    expect(only('character-limit', 'a'.repeat(63206))).toEqual([]);
    expect(say(only('character-limit', 'a'.repeat(63207))[0]!.message, 'en')).toBe(
      "The text has 63,207 characters, over Facebook's limit of 63,206.",
    );
  });
  test('Facebook: a note when the text runs past "See more"', () => {
    expect(only('see-more-cut', 'a'.repeat(477))).toEqual([]);
    const [finding] = only('see-more-cut', 'a'.repeat(500));
    expect([finding!.severity, finding!.start]).toEqual(['info', 477]);
    expect(only('see-more-cut', 'a'.repeat(500), { platform: 'instagram' })).toEqual([]);
  });
  test('Instagram: more than 5 distinct tags; the fix drops the last ones that are not required', () => {
    const text = `Info ${TAGS_IG} #Pilkada2024 #CekDPT #PilkadaDamai`;
    const [finding] = only('hashtag-limit', text, { platform: 'instagram' });
    expect(say(finding!.message)).toBe(
      '7 tagar, melebihi batas Instagram 5 tagar per postingan. Yang terpenting dipertahankan; tidak dimuat: #PilkadaDamai #CekDPT.',
    );
    expect(say(finding!.fix!.label)).toBe('Hapus #PilkadaDamai #CekDPT');
    expect(fixed(finding, text)).toBe(`Info ${TAGS_IG} #Pilkada2024`);
  });
  test('Instagram hashtag limit is a setting', () => {
    const text = `Info ${TAGS_IG} #Pilkada2024`;
    expect(only('hashtag-limit', text, { platform: 'instagram' })).toHaveLength(0);
    expect(only('hashtag-limit', text, { platform: 'instagram', instagramHashtagLimit: 30 })).toHaveLength(0);
    expect(only('hashtag-limit', `${text} #A #B`, { platform: 'facebook' })).toEqual([]);
  });

  test('when required tags alone exceed the limit, the rules’ order says which stay; the fix says what goes', () => {
    // With a limit of 3, #PPKTahunan (ranked after the national and kabupaten tags) is left out too.
    const text = `Info ${TAGS_IG} #Pilkada2024`;
    const [finding] = only('hashtag-limit', text, { platform: 'instagram', instagramHashtagLimit: 3 });
    expect(say(finding!.fix!.label)).toBe('Hapus #Pilkada2024 #PPKTahunan');
    expect(say(finding!.message, 'en')).toBe(
      "5 hashtags, over Instagram's limit of 3 per post. The most important stay; left out: #Pilkada2024 #PPKTahunan.",
    );
    expect(fixed(finding, text)).toBe('Info #TemanPemilih #PilkadaSerentak2024 #KPUJepara');
    // The required-tags check then asks for nothing beyond the limit, and says what it does not ask for.
    const [required] = only('required-hashtags', 'Info #TemanPemilih', {
      platform: 'instagram',
      instagramHashtagLimit: 3,
    });
    expect(say(required!.message)).toBe(
      'Tagar wajib belum ada: #PilkadaSerentak2024 #KPUJepara (tidak diminta karena batas 3 tagar Instagram: #PPKTahunan)',
    );
  });

  test('a rule set that ranks the kecamatan tag first keeps it first', () => {
    const ranked = rulesWith((rules) => {
      for (const rule of rules.requiredHashtags) if (rule.scope === 'kecamatan') rule.priority = 1;
      for (const rule of rules.requiredHashtags) if (rule.scope === 'national') rule.priority = 9;
    });
    const [required] = only('required-hashtags', 'Info', {
      platform: 'instagram',
      rules: ranked,
      instagramHashtagLimit: 2,
    });
    expect(say(required!.message, 'en')).toBe(
      "Required hashtags missing: #PPKTahunan #KPUJepara (not asked for because of Instagram's limit of 2: #TemanPemilih #PilkadaSerentak2024)",
    );
  });

  test('Instagram: more than 20 mentions', () => {
    const mentions = (n: number) => Array.from({ length: n }, (_, i) => `@akun${i}`).join(' ');
    expect(only('mention-limit', mentions(20), { platform: 'instagram' })).toEqual([]);
    expect(only('mention-limit', mentions(21), { platform: 'instagram' })).toHaveLength(1);
    expect(only('mention-limit', 'surat@kpu.go.id', { platform: 'instagram' })).toEqual([]);
  });
  test('Instagram: links in captions are not clickable', () => {
    const found = only('instagram-link', 'Cek di https://cekdptonline.kpu.go.id atau www.kpu.go.id', {
      platform: 'instagram',
    });
    expect(found).toHaveLength(2);
    expect(only('instagram-link', 'Cek di https://cekdptonline.kpu.go.id')).toEqual([]);
  });
});

describe('neutrality', () => {
  const withPairs = rulesWith((rules) => {
    rules.neutrality.candidatePairs = [
      { number: '01', names: ['Budi Santoso', 'Budi-Sri'] },
      { number: '02', names: ['Ahmad Fauzi'] },
    ];
  });
  const neutral = (text: string, overrides: Partial<CheckContext> = {}) =>
    findings(text, { rules: withPairs, ...overrides }).filter((f) => f.rule.startsWith('neutrality'));

  test('a candidate name near a campaigning verb is an error', () => {
    const [finding] = neutral('Ayo coblos Budi Santoso tanggal 27!');
    expect(finding!.rule).toBe('neutrality-campaigning');
    expect(finding!.severity).toBe('error');
    expect(say(finding!.message)).toBe(
      '"coblos … Budi Santoso" mengajak memilih satu peserta. Akun badan ad hoc wajib netral.',
    );
    expect(say(finding!.message, 'en')).toBe(
      '"coblos … Budi Santoso" urges a vote for one contestant. An ad-hoc body\'s account must stay neutral.',
    );
  });
  test('a ballot number near a verb, and a party near a verb', () => {
    expect(neutral('Dukung nomor urut 2 ya').map((f) => f.rule)).toContain('neutrality-campaigning');
    expect(neutral('Mari menangkan Gerindra').map((f) => f.rule)).toEqual(['neutrality-campaigning']);
  });
  test('a name far from any verb is not campaigning', () => {
    const far =
      'Budi Santoso dan Ahmad Fauzi hadir dalam rapat pleno terbuka di aula kantor kecamatan kemarin sore, lalu kami pilih tempat';
    expect(neutral(far).filter((f) => f.rule === 'neutrality-campaigning')).toEqual([]);
  });
  test('neutral calls to vote are fine', () => {
    expect(neutral('Gunakan hak pilih Anda, datang ke TPS dan coblos pilihanmu.')).toEqual([]);
  });
  test('naming one pair without the others is a reminder', () => {
    const [finding] = neutral('Debat publik menghadirkan Budi Santoso.');
    expect([finding!.rule, finding!.severity]).toEqual(['neutrality-one-pair', 'info']);
    expect(neutral('Debat publik menghadirkan Budi Santoso dan Ahmad Fauzi.')).toEqual([]);
  });
  test('masa tenang: survey results are errors; one pair named is a warning, both named alike are not', () => {
    const both = 'Hasil survei terbaru dan quick count: Budi Santoso dan Ahmad Fauzi.';
    expect(neutral(both, { stageIds: ['masa-tenang'] }).map((f) => `${f.rule}:${f.severity}`)).toEqual([
      'neutrality-quiet-period-survey:error',
    ]);
    const one = 'Budi Santoso berziarah ke makam pendiri desa pagi ini.';
    expect(neutral(one, { stageIds: ['masa-tenang'] }).map((f) => `${f.rule}:${f.severity}`)).toEqual([
      'neutrality-quiet-period-name:warning',
    ]);
    expect(neutral(both, { stageIds: ['kampanye'] })).toEqual([]);
  });
});

describe('writing', () => {
  test('a doubled word: "masyarakat masyarakat"', () => {
    const text = 'partisipasi masyarakat masyarakat pada pilkada';
    const [finding] = only('doubled-word', text);
    expect(say(finding!.message)).toBe('Kata "masyarakat" tertulis dua kali.');
    expect(fixed(finding, text)).toBe('partisipasi masyarakat pada pilkada');
  });
  test('reduplication with a hyphen, numbers and tags are not doubled words', () => {
    expect(only('doubled-word', 'anak-anak 10 10 #Pilkada Pilkada')).toEqual([]);
  });
  test('a misspelling from the list, fixed in the writer’s case', () => {
    const text = 'Tahapan yangg harus disampaikan. Yangg lain. YG';
    const found = only('misspelling', text);
    expect(found.map((f) => say(f.message))).toEqual([
      'Salah ketik: "yangg" seharusnya "yang".',
      'Salah ketik: "Yangg" seharusnya "Yang".',
      'Salah ketik: "YG" seharusnya "YANG".',
    ]);
    expect(
      applyFixes(
        text,
        found.map((f) => f.fix!),
      ),
    ).toBe('Tahapan yang harus disampaikan. Yang lain. YANG');
  });
  test('a correct word is not a misspelling', () => {
    expect(only('misspelling', 'yang dengan untuk')).toEqual([]);
  });
  test('text left from a template', () => {
    const [finding] = only('leftover-placeholder', 'Tempat: {{acara_tempat}}');
    expect(say(finding!.message)).toBe(
      '{{acara_tempat}} masih tersisa dari templat: isi dengan keterangan yang benar.',
    );
    expect(finding!.severity).toBe('error');
  });
});

describe('fixes compose', () => {
  const messy =
    'Info yangg penting untuk masyarakat masyarakat #Pilkada-2024 #TemanPemilih # Coklit #temanpemilih #KpuJanganCurang';

  test('applying all fixes at once equals applying them one by one with a fresh check each time', () => {
    const all = applyAllFixes(messy, findings(messy));
    let stepwise = messy;
    for (let round = 0; round < 20; round++) {
      const next = findings(stepwise).find((finding) => finding.fix);
      if (!next) break;
      stepwise = applyFix(stepwise, next.fix!);
    }
    expect(all).toBe(stepwise);
    expect(findings(all).filter((finding) => finding.fix)).toEqual([]);
    expect(all).toBe(
      `Info yang penting untuk masyarakat #Pilkada2024 #TemanPemilih #Coklit\n\n${TAGS_FB.replace('#TemanPemilih ', '')}`,
    );
  });

  test('an edit overlapping one already applied is skipped, not mangled', () => {
    const text = '#Pilkada-2024';
    const fix = only('hashtag-hyphen', text)[0]!.fix!;
    const whole = { label: fix.label, edits: [{ start: 0, end: 13, replacement: 'X' }] };
    expect(applyFixes(text, [fix, whole])).toBe('#Pilkada2024');
  });
});

describe('the built-in pack passes its own rules', () => {
  const { calendar, rules, pack } = defaults();
  const clock = new StageClock(calendar);
  // What an admin types when asked: the event, the service details, the figures of a pleno.
  const extra: Record<string, string> = {
    acara_tanggal: 'Sabtu, 3 Agustus 2024',
    acara_waktu: '09.00 WIB',
    acara_tempat: 'Aula Kecamatan',
    kontak: '0812-2765-4410',
    tempat_layanan: 'Sekretariat PPS, Balai Desa',
    jam_layanan: 'Senin–Jumat pukul 08.00–15.00',
    pemilih_laki: '28.415',
    pemilih_perempuan: '28.902',
    jumlah_tps: '162',
  };
  const cases = pack.templates.flatMap((template) =>
    template.platforms.flatMap((platform) =>
      [PPK_PROFILE, PPS_PROFILE].map((profile) => ({ template, platform, profile })),
    ),
  );

  test.each(
    cases.map((entry) => [`${entry.template.id} on ${entry.platform} for ${entry.profile.role}`, entry] as const),
  )('%s: no error', (_name, { template, platform, profile }) => {
    const stage = clock.byId.get(template.stages[0]!)!;
    const now = resolveNow(stage.start, 'Asia/Jakarta');
    const stageIds = clock.active(now).map((view) => view.stage.id);
    const filled = fillTemplate(template, { profile, platform, now, clock, rules, extra });
    expect(filled.unknown).toEqual([]);
    expect(filled.missing).toEqual([]);
    const errors = check(markdownToPlainText(filled.text), { platform, stageIds, rules, profile }).filter(
      (finding) => finding.severity === 'error',
    );
    expect(errors).toEqual([]);
  });

  test('at least two templates for every main stage and every PPK sub-stage', () => {
    for (const stage of calendar.stages) {
      const count = pack.templates.filter((template) => template.stages.includes(stage.id)).length;
      expect(count, stage.id).toBeGreaterThanOrEqual(2);
    }
  });
});
