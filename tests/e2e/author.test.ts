/**
 * KPU Kabupaten writes a pack in Pandu: a new template with a live preview and check, the approval record,
 * an export that validates, and the same templates once imported into a fresh profile.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseRules, parseTemplatePack } from '@/lib/schemas';
import { builtInData } from '@/lib/workspace/defaults';
import { PPK_PROFILE } from '../unit/helpers';
import { launchWithExtension, seedStorage, type ExtensionSession } from './browser';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await seedStorage(session, {
    profile: { ...PPK_PROFILE, role: 'kpu' },
    settings: { language: 'id', simulatedDate: '2024-09-25' },
  });
});

afterAll(async () => {
  await session?.close();
});

test('a pack written in Pandu exports valid and imports into a fresh profile with the same templates', async () => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/author.html`);
  await page.getByRole('heading', { name: 'Susun paket templat' }).waitFor();
  await page.getByText('Paket sah dan siap diekspor.').waitFor();

  await page.getByLabel('Id paket').fill('paket-jepara');
  await page.getByLabel('Penerbit', { exact: true }).fill('KPU Kabupaten Jepara');
  await page.getByLabel('Versi').fill('2024.3');
  await page.getByLabel('Disetujui oleh').fill('Divisi Sosdiklih Parmas KPU Kabupaten Jepara');
  await page.getByLabel('Nomor surat/keputusan').fill('200/PP.01-SD/3320/2024');

  await page.getByRole('button', { name: 'Tambah templat' }).click();
  const editor = page.getByRole('group', { name: /^Ubah templat:/ });
  await editor.getByLabel('Id templat').fill('kampanye-debat');
  await editor.getByLabel('Judul').fill('Saksikan debat publik');
  await editor.getByRole('checkbox', { name: 'Pembentukan PPK, PPS, dan KPPS' }).uncheck();
  // No stage: the pack is not valid, and says why.
  await page.getByText('Paket belum sah:').waitFor();
  await editor.getByRole('checkbox', { name: 'Kampanye' }).check();
  await editor
    .getByLabel('Isi (Markdown, boleh memakai isian)')
    .fill('Saksikan **debat publik** seluruh pasangan calon di kanal resmi KPU {{kabupaten}}.\n\n{{tagar}}');
  const facebookChecks = editor.getByRole('region', { name: 'Pemeriksaan untuk Facebook' });
  await facebookChecks.getByText('Saksikan debat publik seluruh pasangan calon di kanal resmi KPU Jepara.').waitFor();
  await facebookChecks.getByText('Tidak ada masalah.').waitFor();

  // A hostile body renders inert in the preview, and the checker flags what is left.
  await editor
    .getByLabel('Isi (Markdown, boleh memakai isian)')
    .fill('<script>window.hacked = 1</script><img src=x onerror="window.hacked = 2">Halo {{kabupatn}}');
  await facebookChecks.getByText('Halo {{kabupatn}}').waitFor();
  expect(await editor.locator('.author-preview script, .author-preview img').count()).toBe(0);
  expect(await page.evaluate(() => (window as Window & { hacked?: number }).hacked)).toBeUndefined();
  await editor
    .getByLabel('Isi (Markdown, boleh memakai isian)')
    .fill('Saksikan **debat publik** seluruh pasangan calon di kanal resmi KPU {{kabupaten}}.\n\n{{tagar}}');
  await page.getByText('Paket sah dan siap diekspor.').waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspor paket yang disusun' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('pandu-paket_paket-jepara_2024.3.json');
  const exported = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
  const parsed = parseTemplatePack({ json: exported }, builtInData().calendar);
  expect(parsed.ok).toBe(true);
  expect(exported.templates).toHaveLength(builtInData().pack.templates.length + 1);
  expect(exported.templates.at(-1)).toEqual({
    id: 'kampanye-debat',
    title: 'Saksikan debat publik',
    stages: ['kampanye'],
    platforms: ['facebook', 'instagram'],
    body: 'Saksikan **debat publik** seluruh pasangan calon di kanal resmi KPU {{kabupaten}}.\n\n{{tagar}}',
    hashtags: [],
  });

  const fresh = await launchWithExtension();
  try {
    const options = await fresh.context.newPage();
    await options.goto(`chrome-extension://${fresh.extensionId}/options.html`);
    await options.getByLabel('Impor paket').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await options.getByText('Ditambahkan (1): Saksikan debat publik').waitFor();
    await options.getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
    await options.getByText('Berkas dipasang.').waitFor();
    const workspace = await options.evaluate(
      () =>
        new Promise((resolve) =>
          (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(m: unknown, cb: (r: unknown) => void): void } };
            }
          ).chrome.runtime.sendMessage({ channel: 'pandu', type: 'getWorkspace', data: undefined }, resolve),
        ),
    );
    expect((workspace as { value: { pack: unknown } }).value.pack).toEqual(exported);
  } finally {
    await fresh.close();
  }
});

test('rules written in Pandu: tried on a sample, exported valid, imported, and the sidebar checks by them', async () => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/author.html`);
  const section = page.getByRole('region', { name: 'Susun aturan pedoman' });
  await section.getByText('Aturan sah dan siap diekspor.').waitFor();
  await section.getByLabel('Id aturan').fill('pedoman-jepara-2024');

  // A candidate pair without names is not valid, and the export says so.
  await section.getByRole('button', { name: 'Tambah pasangan calon' }).click();
  await section.getByText('Aturan belum sah:').waitFor();
  expect(await section.getByRole('button', { name: 'Ekspor aturan yang disusun' }).isDisabled()).toBe(true);
  await section
    .getByRole('group', { name: 'Pasangan calon 1' })
    .getByLabel('Nama yang mungkin dipakai')
    .fill('Budi Santoso\nSiti Aminah');
  await section
    .getByRole('group', { name: 'Pasangan calon 1' })
    .getByLabel('Jargon dan slogan pasangan')
    .fill('Jepara Maju Bersama');
  await section.getByText('Aturan sah dan siap diekspor.').waitFor();
  // The words the checker reads are data too: a gesture that is no number is refused by line.
  await section.getByText('Kata yang dibaca pemeriksa netralitas').click();
  const gestures = section.getByLabel('Simbol jari dan nomor urutnya');
  await gestures.fill(`${await gestures.inputValue()}\n🖐️ = lima`);
  await section.getByText(/neutrality\.gestures\[\d+\]\.number: /).waitFor();
  await gestures.fill(`${(await gestures.inputValue()).replace('🖐️ = lima', '🖐️ = 5')}`);
  await section.getByText('Aturan sah dan siap diekspor.').waitFor();

  const phrases = section.getByLabel('Frasa terlarang');
  await phrases.fill(`${await phrases.inputValue()}\nserangan fajar`);

  // A stage hashtag needs its stages.
  await section.getByRole('button', { name: 'Tambah tagar wajib' }).click();
  const count = builtInData().rules.requiredHashtags.length + 1;
  const rule = section.getByRole('group', { name: `Tagar wajib ${count}` });
  await rule.getByLabel('Cakupan').selectOption({ label: 'Tahapan' });
  await rule.getByLabel('Tagar (pisahkan dengan spasi)').fill('#KampanyeDamai');
  await section
    .getByText(`requiredHashtags[${count - 1}].stages: cakupan 'stage' membutuhkan daftar tahapan`)
    .waitFor();
  await rule.getByRole('checkbox', { name: 'Kampanye', exact: true }).check();
  await section.getByText('Aturan sah dan siap diekspor.').waitFor();
  // Removing the first rule moves the others up, each field showing its own rule's tags.
  await section.getByRole('button', { name: 'Hapus tagar wajib 1' }).click();
  await expect
    .poll(() =>
      section.getByRole('group', { name: 'Tagar wajib 1' }).getByLabel('Tagar (pisahkan dengan spasi)').inputValue(),
    )
    .toBe('#KPUMelayani');

  // The trial checks a sample post by the rules as written, before anyone imports them.
  await section
    .getByLabel('Contoh unggahan', { exact: true })
    .fill('Ayo pilih Budi Santoso, jangan lupa serangan fajar. Jepara Maju Bersama!');
  const trial = section.getByRole('list', { name: 'Hasil uji' });
  await trial.getByText('Ungkapan "serangan fajar" tidak boleh dipakai.').waitFor();
  await trial
    .getByText('"pilih … Budi Santoso" mengajak memilih satu peserta. Akun badan ad hoc wajib netral.')
    .waitFor();
  await trial.getByText(/"Jepara Maju Bersama" adalah jargon atau simbol satu peserta/).waitFor();
  await trial.getByText(/Tagar wajib belum ada: .*#KampanyeDamai/).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Ekspor aturan yang disusun' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('pandu-aturan_pedoman-jepara-2024.json');
  const exported = await readFile((await download.path()) as string, 'utf8');
  const parsed = parseRules(exported, builtInData().calendar);
  expect(parsed.ok).toBe(true);
  const rules = JSON.parse(exported);
  expect(rules.neutrality.candidatePairs).toEqual([
    { number: '01', names: ['Budi Santoso', 'Siti Aminah'], taglines: ['Jepara Maju Bersama'] },
  ]);
  expect(rules.neutrality.gestures.at(-1)).toEqual({ symbol: '🖐️', number: 5 });
  expect(rules.deniedPhrases.at(-1)).toBe('serangan fajar');
  expect(rules.requiredHashtags.at(-1)).toEqual({ scope: 'stage', tags: ['#KampanyeDamai'], stages: ['kampanye'] });
  expect(rules.requiredHashtags[0].tags).toEqual(['#KPUMelayani']);

  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page
    .getByLabel('Impor aturan')
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) });
  await page.getByText(/Bagian yang berubah: /).waitFor();
  await page.getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
  await page.getByText('Berkas dipasang.').waitFor();

  await page.goto(`chrome-extension://${session.extensionId}/practice.html`);
  await page.getByRole('textbox', { name: 'Apa yang Anda pikirkan, PPK Tahunan?' }).click();
  await page.keyboard.type('Jangan lupa serangan fajar');
  const sidebar = page.getByRole('complementary', { name: 'Pandu' });
  await sidebar.getByText('Ungkapan "serangan fajar" tidak boleh dipakai.').waitFor();
  await sidebar.getByText(/Tagar wajib belum ada: .*#KampanyeDamai/).waitFor();
});

test('a calendar for a re-vote: written in Pandu, exported valid, imported, and Pandu follows it (popup)', async () => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/author.html`);
  const section = page.getByRole('region', { name: 'Susun kalender tahapan' });
  await section.getByText('Kalender sah dan siap diekspor.').waitFor();
  await section.getByLabel('Id kalender').fill('psu-jepara-2025');
  await section.getByLabel('Nama kalender').fill('Pemungutan suara ulang Jepara 2025');
  await section.getByRole('button', { name: 'Tambah tahapan' }).click();
  const count = builtInData().calendar.stages.length + 1;
  const stage = section.getByRole('group', { name: `Tahapan ${count}` });
  await section.getByText('Kalender belum sah:').waitFor();
  await stage.getByLabel('Id').fill('psu');
  await stage.getByLabel('Nama', { exact: true }).fill('Pemungutan suara ulang');
  await stage.getByLabel('Mulai').fill('2025-04-19');
  await stage.getByLabel('Selesai').fill('2025-04-19');
  await stage.getByLabel('Sumber').fill('Putusan MK, KPU Kabupaten Jepara');
  // A re-vote months later is no part of the 2024 recapitulation: a sub-stage must run within its parent.
  await stage.getByLabel('Bagian dari').selectOption('rekapitulasi');
  await section
    .getByText(
      `stages[${count - 1}].end: selesai 2025-04-19, sesudah tahapan induk 'rekapitulasi' selesai (2024-12-16)`,
    )
    .waitFor();
  await stage.getByLabel('Bagian dari').selectOption('');
  await section.getByText('Kalender sah dan siap diekspor.').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Ekspor kalender yang disusun' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('pandu-kalender_psu-jepara-2025.json');
  const exported = await readFile((await download.path()) as string, 'utf8');
  expect(JSON.parse(exported).stages.at(-1)).toEqual({
    id: 'psu',
    name: 'Pemungutan suara ulang',
    start: '2025-04-19',
    end: '2025-04-19',
    source: 'Putusan MK, KPU Kabupaten Jepara',
  });

  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page
    .getByLabel('Impor kalender')
    .setInputFiles({ name: 'psu.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await page.getByText('Ditambahkan (1): Pemungutan suara ulang').waitFor();
  await page.getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
  await page.getByText('Berkas dipasang.').waitFor();
  await page.getByLabel('Tanggal simulasi').fill('2025-04-19');
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.getByRole('region', { name: 'Tahapan' }).getByText('Pemungutan suara ulang').waitFor();
});
