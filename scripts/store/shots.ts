/**
 * The store screenshots as data: where each is taken, what the admin does first, and the text that must be on
 * screen for it to show what its caption says. Pages are waited for by role and visible text (headings,
 * landmarks, messages from the message table), never by CSS classes, so layout changes do not break them.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { StageClock, resolveNow } from '../../lib/calendar';
import { builtInData } from '../../lib/workspace/defaults';
import { check } from '../../lib/guidelines';
import { translator, type Language } from '../../lib/messages/i18n';
import { instantOf, manualPostRecord } from '../../lib/posts/manual';
import { markdownToPlainText } from '../../lib/templates/markdown';
import type { Platform } from '../../lib/platforms/platform';
import { buildPostRecord } from '../../lib/posts/record';
import { bodyName } from '../../lib/report/weekly';
import type { Profile } from '../../lib/schemas';
import type { PostRecord } from '../../lib/posts/schema';
import type { Settings } from '../../lib/workspace/settings';
import { bilingual, type Bilingual } from './bilingual';
import { fillTemplate } from '../../lib/templates';
import type { Workspace } from '../../lib/workspace';
import { openInstagramCaption, showSidebar } from '../../tests/e2e/composers';
import { inPage } from '../../tests/e2e/in-page';
import { PPK_PROFILE } from '../../tests/unit/helpers';
import type * as ShotPage from './shot.page';

export const SCREENSHOT_SIZE = { width: 1280, height: 800 } as const;

/** What the shots do inside their pages (scripts/store/shot.page.ts). */
export const inShotPage = inPage<typeof ShotPage>(resolve(import.meta.dirname, 'shot.page.ts'));

/** The body the screenshots are of: the PPK in Jepara the end-to-end tests use, as in the seed article. */
export const DEMO_PROFILE: Profile = PPK_PROFILE;

/** A day in the coklit (voter-list matching) of Pilkada 2024: a stage with templates for both sites. */
export const DEMO_DATE = '2024-07-04';
/** The week of DEMO_DATE, whose posts the log and the report show. */
export const DEMO_WEEK = '2024-W27';

export function demoSettings(language: Language): Settings {
  return { language, simulatedDate: DEMO_DATE };
}

function demoWorkspace(language: Language): Workspace {
  return {
    ...builtInData(),
    profile: { ...DEMO_PROFILE, language },
    settings: demoSettings(language),
    plainBodies: {},
    drafts: [],
    profileMissing: [],
    packUpdate: null,
    dataNotices: [],
  };
}

const HOSTS: Record<Platform, string> = {
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
};

/** A built-in template filled for the demo body at `date`, as the sidebar would insert it. */
function templateText(templateId: string, platform: Platform, at: Date, language: Language = 'id'): string {
  const { calendar, rules, pack } = builtInData();
  const template = pack.templates.find((entry) => entry.id === templateId);
  if (!template) throw new Error(`The built-in pack has no template "${templateId}" for the store screenshots.`);
  const filled = fillTemplate(template, {
    profile: DEMO_PROFILE,
    platform,
    now: at,
    clock: new StageClock(calendar, DEMO_PROFILE.timeZone),
    rules,
    language,
  });
  return markdownToPlainText(filled.text);
}

type DemoPost =
  | { at: string; platform: Platform; template: string }
  | { at: string; platform: Platform; text: string; postUrl: string };

/** A realistic week of a PPK's posts: templates sent from the browser, posts from a phone added by hand. */
const DEMO_POSTS: DemoPost[] = [
  { at: '2024-07-01T07:45', platform: 'facebook', template: 'coklit-pantarlih-datang' },
  { at: '2024-07-01T08:05', platform: 'instagram', template: 'coklit-pantarlih-datang' },
  {
    at: '2024-07-02T13:20',
    platform: 'facebook',
    text: 'Hari kedua coklit di Desa Mulyoharjo: PPK Tahunan mendampingi pantarlih mendatangi rumah warga di RT 03 dan RT 04. Terima kasih atas sambutan warga.\n\n#TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri #Coklit',
    postUrl: 'https://www.facebook.com/ppktahunan/posts/coklit-hari-kedua',
  },
  {
    at: '2024-07-03T10:30',
    platform: 'instagram',
    text: 'Sosialisasi coklit bersama PPS se-Kecamatan Tahunan di balai desa. Pastikan Anda terdata!\n\n#TemanPemilih #PilkadaSerentak2024',
    postUrl: 'https://www.instagram.com/p/sosialisasi-coklit',
  },
  { at: '2024-07-04T09:00', platform: 'facebook', template: 'coklit-cek-daring-facebook' },
  { at: '2024-07-04T09:10', platform: 'instagram', template: 'coklit-cek-daring-instagram' },
  {
    at: '2024-07-05T16:00',
    platform: 'facebook',
    text: 'Rapat koordinasi PPK Tahunan bersama PPS se-Kecamatan Tahunan membahas kemajuan coklit pekan pertama dan kendala di lapangan.\n\n#TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri #Coklit',
    postUrl: 'https://www.facebook.com/ppktahunan/posts/rapat-koordinasi-coklit',
  },
  { at: '2024-07-06T08:30', platform: 'instagram', template: 'coklit-sisa-hari' },
];

/** The week of posts the log and the report show, built by Pandu's own logging code. */
export function demoPosts(): PostRecord[] {
  const workspace = demoWorkspace('id');
  return DEMO_POSTS.map((post, index) => {
    const id = `store-demo-${String(index + 1).padStart(4, '0')}`;
    const localDateTime = post.at;
    if ('text' in post) {
      const record = manualPostRecord(
        { platform: post.platform, account: '', localDateTime, text: post.text, postUrl: post.postUrl },
        workspace,
        id,
      );
      if (!record) throw new Error(`Demo post ${id} is not a valid post.`);
      return record;
    }
    const publishedAt = instantOf(localDateTime, workspace);
    if (!publishedAt) throw new Error(`Demo post ${id} has no valid time.`);
    const text = templateText(post.template, post.platform, publishedAt);
    return buildPostRecord(
      {
        id,
        platform: post.platform,
        text,
        account: null,
        hostUrl: HOSTS[post.platform],
        templateId: post.template,
        status: 'published',
        publishedAt,
      },
      workspace,
      publishedAt,
    );
  });
}

/** What a shot is given to work with. */
export interface ShotContext {
  language: Language;
  extensionId: string;
}

export interface Shot {
  /** The file name's stem and the manifest's key. */
  name: string;
  caption: Bilingual;
  url(context: ShotContext): string;
  /** A stylesheet in scripts/store/look/ that gives a minimised host fixture the look of its site. */
  look?: 'facebook.css' | 'instagram.css';
  /** What the admin does before the shot, waiting by role and text. */
  setup?(page: Page, context: ShotContext): Promise<void>;
  /** Text that must be visible inside the 1280×800 frame for the shot to show what it names. */
  mustShow(context: ShotContext): string[];
}

/** The host sites' own labels, as the fixtures serve them in each language (see tests/e2e/fixtures/pages.ts). */
const SITE_LABELS: Record<Language, { composer: string; igDialog: string; query: string }> = {
  id: {
    composer: 'Apa yang Anda pikirkan, Dewi?',
    igDialog: 'Buat postingan baru',
    query: '?locale=id_ID',
  },
  en: { composer: 'What’s on your mind, Dewi?', igDialog: 'Create new post', query: '' },
};

/** A post being written, missing its required hashtags: the checks have something to say and a fix to offer. */
const TYPED_POST =
  'Coklit berlangsung sampai 24 Juli. Pantarlih mendatangi rumah warga; siapkan KTP-el dan KK untuk dicocokkan. #TemanPemilih #PilkadaSerentak2024 #KPUJepara';

function firstError(text: string, platform: Platform, language: Language): string {
  const workspace = demoWorkspace(language);
  const now = resolveNow(DEMO_DATE, DEMO_PROFILE.timeZone);
  const stageIds = new StageClock(workspace.calendar, DEMO_PROFILE.timeZone).active(now).map((view) => view.stage.id);
  const finding = check(text, { platform, stageIds, rules: workspace.rules, profile: workspace.profile }).find(
    (entry) => entry.severity === 'error',
  );
  if (!finding) throw new Error('The typed demo post has no error to show in the checks.');
  return translator(language)(finding.message);
}

const sidebar = (page: Page, language: Language) =>
  page.getByRole('complementary', { name: translator(language)('sidebar.landmark') });

const firstLine = (text: string) => text.split('\n')[0] ?? text;

const extensionPage = (context: ShotContext, path: string) => `chrome-extension://${context.extensionId}/${path}`;

export const SHOTS: Shot[] = [
  {
    name: 'facebook-sidebar',
    caption: bilingual(
      'Di samping "Buat postingan" Facebook: tahapan yang berjalan, templat resmi untuk tahapan itu, dan pemeriksaan saat mengetik dengan tombol perbaikan.',
      'Beside Facebook’s "Create post": the stage under way, the approved templates for it, and checks as you type, with a fix button.',
    ),
    url: ({ language }) => `${HOSTS.facebook}${SITE_LABELS[language].query}`,
    look: 'facebook.css',
    async setup(page, { language }) {
      await page.getByRole('button', { name: SITE_LABELS[language].composer }).click();
      await sidebar(page, language).waitFor();
      await page.getByRole('dialog').getByRole('textbox').click();
      await page.keyboard.type(TYPED_POST);
    },
    mustShow: ({ language }) => {
      const t = translator(language);
      return [
        t('templates.heading'),
        'Pantarlih datang ke rumah',
        t('checks.heading'),
        firstError(TYPED_POST, 'facebook', language),
        TYPED_POST.slice(0, 40),
      ];
    },
  },
  {
    name: 'instagram-caption',
    caption: bilingual(
      'Di langkah keterangan Instagram: templat disisipkan dengan sekali klik, lengkap dengan tagar wajib dalam batas Instagram.',
      'At Instagram’s caption step: a template inserted in one click, with the required hashtags within Instagram’s limit.',
    ),
    url: ({ language }) => `${HOSTS.instagram}${language === 'id' ? '?hl=id' : ''}`,
    look: 'instagram.css',
    async setup(page, { language }) {
      const t = translator(language);
      await openInstagramCaption(page, language);
      await showSidebar(page);
      const panel = sidebar(page, language);
      await panel
        .getByRole('listitem')
        .filter({ hasText: 'Coklit tinggal beberapa hari' })
        .getByRole('button', { name: t('templates.insert') })
        .click();
      await panel.getByText(t('status.inserted')).waitFor();
    },
    mustShow: ({ language }) => {
      const t = translator(language);
      const at = resolveNow(DEMO_DATE, DEMO_PROFILE.timeZone);
      return [
        SITE_LABELS[language].igDialog,
        t('templates.heading'),
        t('status.inserted'),
        firstLine(templateText('coklit-sisa-hari', 'instagram', at, language)),
      ];
    },
  },
  {
    name: 'log',
    caption: bilingual(
      'Catatan posting: setiap postingan minggu ini dengan tahapan dan hasil pemeriksaannya, termasuk yang ditambahkan dari ponsel.',
      'The post log: every post of the week with its stage and what the checks found, posts added from a phone included.',
    ),
    url: (context) => extensionPage(context, 'log.html'),
    async setup(page, { language }) {
      const t = translator(language);
      await page.getByRole('heading', { name: t('log.title') }).waitFor();
      const week = page.getByLabel(t('log.week'), { exact: true });
      await week.fill(DEMO_WEEK);
      await week.blur();
    },
    mustShow: ({ language }) => {
      // The newest post only: what else fits above the fold is the log page's own business.
      const [newest] = demoPosts().sort((a, b) => b.createdAt - a.createdAt);
      if (!newest) throw new Error('The demo week has no posts.');
      return [translator(language)('log.title'), firstLine(newest.text)];
    },
  },
  {
    name: 'report',
    caption: bilingual(
      'Laporan mingguan siap cetak atau disimpan sebagai PDF untuk KPU Kabupaten (juga sebagai XLSX, CSV, dan JSON).',
      'The weekly report, ready to print or save as PDF for KPU Kabupaten (also as XLSX, CSV and JSON).',
    ),
    url: (context) => extensionPage(context, `report.html?week=${DEMO_WEEK}`),
    // The report's title, its week and the body it is from, as the report names it.
    mustShow: ({ language }) => [translator(language)('report.title'), DEMO_WEEK, bodyName(DEMO_PROFILE)],
  },
  {
    name: 'author',
    caption: bilingual(
      'Untuk KPU Kabupaten: menyusun templat dengan pratinjau dan pemeriksaan langsung, lalu mengekspor paket yang sah.',
      'For KPU Kabupaten: writing templates with a live preview and check, then exporting a valid pack.',
    ),
    url: (context) => extensionPage(context, 'author.html'),
    async setup(page, { language }) {
      const t = translator(language);
      await page.getByRole('button', { name: 'Pantarlih datang ke rumah', exact: true }).click();
      // The template's body, its preview and checks: the part of the page the shot is about, 16 px below the top.
      const label = await page.getByText(t('author.body')).first().boundingBox();
      if (!label) throw new Error(`The authoring page shows no "${t('author.body')}" label.`);
      await inShotPage(page, 'scrollDown', label.y - 16);
    },
    mustShow: ({ language }) => {
      const t = translator(language);
      const preview = templateText(
        'coklit-pantarlih-datang',
        'facebook',
        resolveNow(DEMO_DATE, DEMO_PROFILE.timeZone),
        language,
      );
      return [
        t('author.body'),
        t('author.checks', { platform: t('platform.facebook') }),
        firstLine(preview),
        t('checks.none'),
      ];
    },
  },
];
