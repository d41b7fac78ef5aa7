/**
 * A fresh install as a PPK admin meets it: setup opens by itself; until the profile is complete the
 * sidebar says what is missing; once saved the sidebar suggests filled templates; switching the language
 * switches the pages and the sidebar; axe finds no serious or critical violation on any page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './browser';
import { routeFixtureSites } from './fixtures/server';

let session: ExtensionSession;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
  session = await launchWithExtension();
  await routeFixtureSites(session.context);
});

afterAll(async () => {
  await session?.close();
});

const extensionPage = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

async function openComposer(page: Page, url = 'https://www.facebook.com/?locale=id_ID') {
  await page.goto(url);
  await page.getByRole('button', { name: /Apa yang Anda pikirkan|What’s on your mind/ }).click();
  const sidebar = page.getByRole('complementary', { name: 'Pandu' });
  await sidebar.waitFor();
  return sidebar;
}

/** Serious and critical axe violations, as "rule: target" lines (evaluated through CDP: extension CSP allows it). */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
  }, include);
}

describe('first run', () => {
  test('setup opens by itself after install', async () => {
    await expect
      .poll(() => session.context.pages().some((page) => page.url() === extensionPage('options.html#setup')))
      .toBe(true);
    const page = session.context.pages().find((entry) => entry.url() === extensionPage('options.html#setup'))!;
    await page.getByText('Selamat datang di Pandu.').waitFor();
    await page.close();
  });

  test('until the profile is complete, the sidebar says what is missing instead of suggesting templates', async () => {
    const page = await session.context.newPage();
    const sidebar = await openComposer(page);
    await sidebar
      .getByText(
        'Profil belum lengkap, jadi templat belum bisa diisi dengan benar. Belum diisi: Peran, Provinsi, Kabupaten/Kota, Zona waktu.',
      )
      .waitFor();
    expect(await sidebar.getByRole('button', { name: 'Sisipkan' }).count()).toBe(0);
    const [settings] = await Promise.all([
      session.context.waitForEvent('page'),
      sidebar.getByRole('button', { name: 'Lengkapi profil di pengaturan' }).click(),
    ]);
    await settings.waitForURL(/options\.html/);
    await settings.close();
    await page.close();
  });

  test('completing setup makes the sidebar suggest filled templates', async () => {
    const page = await session.context.newPage();
    await page.goto(extensionPage('options.html'));
    const save = page.getByRole('button', { name: 'Simpan profil' });
    await save.click();
    await page.getByText('Periksa isian yang ditandai.').waitFor();
    await page.getByRole('combobox', { name: 'Provinsi' }).selectOption('Jawa Tengah');
    expect(await page.getByRole('combobox', { name: 'Zona waktu' }).inputValue()).toBe('Asia/Jakarta');
    await page.getByRole('textbox', { name: 'Kabupaten/Kota' }).fill('Jepara');
    await page.getByRole('textbox', { name: 'Kecamatan' }).fill('Tahunan');
    await page.getByLabel('Nama akun Facebook').fill('PPK Tahunan');
    // Filled once here, the contact number goes into every template that asks for it.
    await page.getByLabel('Nomor kontak (WhatsApp)').fill('0812-2765-4410');
    await save.click();
    await page.getByText('Profil disimpan.').waitFor();
    await page.getByLabel('Tanggal simulasi').fill('2024-07-04');
    await page.getByText('Tanggal simulasi aktif: Kamis, 4 Juli 2024.').waitFor();

    const facebook = await session.context.newPage();
    const sidebar = await openComposer(facebook);
    const item = sidebar.getByRole('listitem').filter({ hasText: 'Coklit tinggal beberapa hari' });
    await item.waitFor();
    expect(await item.locator('.pandu-preview').textContent()).toContain(
      'Hubungi PPS di desa/kelurahan Anda atau PPK Kecamatan Tahunan',
    );
    const report = sidebar.getByRole('listitem').filter({ hasText: 'Belum didatangi Pantarlih? Lapor lewat WhatsApp' });
    expect(await report.locator('.pandu-preview').textContent()).toContain(
      'Laporkan kepada PPK Kecamatan Tahunan melalui WhatsApp 0812-2765-4410',
    );
    await facebook.close();
    await page.close();
  });
});

describe('language', () => {
  test('switching to English switches the pages and the sidebar', async () => {
    const page = await session.context.newPage();
    await page.goto(extensionPage('options.html'));
    await page.getByLabel('Bahasa tampilan').selectOption('en');
    await page.getByRole('button', { name: 'Simpan profil' }).click();
    await page.getByRole('heading', { name: 'Pandu settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.goto(extensionPage('log.html'));
    await page.getByRole('heading', { name: 'Post log' }).waitFor();
    await page.getByRole('button', { name: 'Export XLSX' }).waitFor();

    const facebook = await session.context.newPage();
    const sidebar = await openComposer(facebook, 'https://www.facebook.com/');
    await sidebar.getByRole('heading', { name: 'Stage' }).waitFor();
    await sidebar.getByText('Simulated date: Thursday, 4 July 2024').waitFor();
    await sidebar.getByRole('button', { name: 'Insert' }).first().waitFor();
    await facebook.close();

    await page.goto(extensionPage('options.html'));
    await page.getByLabel('Display language').selectOption('id');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('heading', { name: 'Pengaturan Pandu' }).waitFor();
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  test.each([
    'options.html',
    'log.html',
    'popup.html',
    'practice.html',
    'recap.html',
    'report.html',
    'author.html',
    'drafts.html',
    'privacy.html',
  ])('%s has no serious or critical violation', async (path) => {
    const page = await session.context.newPage();
    await page.goto(extensionPage(path));
    await page.locator('h1').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('the sidebar has no serious or critical violation', async () => {
    const page = await session.context.newPage();
    const sidebar = await openComposer(page);
    await page.getByRole('dialog').getByRole('textbox').click();
    await page.keyboard.type('Coklit yangg dimulai #Pilkada-2024');
    await sidebar.getByText('Salah ketik: "yangg" seharusnya "yang".').waitFor();
    expect(await axeViolations(page, 'pandu-sidebar')).toEqual([]);
    await page.close();
  });
});
