import { describe, expect, test } from 'vitest';
import { checkContextFor } from '@/lib/workspace/check-context';
import { check } from '@/lib/guidelines';
import { manualPostFindings, manualPostRecord } from '@/lib/posts/manual';
import { summariseFindings } from '@/lib/posts/record';
import type { Platform } from '@/lib/platforms/platform';
import { testWorkspace, say } from './helpers';

const TAGS = '#TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri';
// "Today" (simulated) is the quiet period; the posts below were published during coklit.
const workspace = testWorkspace({ settings: { simulatedDate: '2024-11-25', instagramHashtagLimit: 2 } });
const missingOf = (findings: ReturnType<typeof check>) =>
  findings.filter((finding) => finding.rule === 'required-hashtags').map((finding) => say(finding.message, 'en'));

describe('the check context has one builder', () => {
  test('it carries the admin’s Instagram hashtag setting and the stages of the instant asked for', () => {
    const context = checkContextFor(workspace, 'instagram', new Date('2024-07-04T03:00:00Z'));
    expect(context.instagramHashtagLimit).toBe(2);
    expect(context.stageIds).toContain('coklit');
    expect(context.stageIds).not.toContain('masa-tenang');
    expect(checkContextFor(workspace, 'facebook', { stageIds: ['kampanye'] }).stageIds).toEqual(['kampanye']);
    expect(
      checkContextFor(workspace, 'facebook', { stageIds: ['kampanye'] }, { alsoStages: ['kampanye', 'coklit'] })
        .stageIds,
    ).toEqual(['kampanye', 'coklit']);
  });
});

describe('a post added by hand is previewed exactly as its record will be checked', () => {
  test('at its own time: a coklit post asks for #Coklit, not the quiet period’s tag of today', () => {
    const post = {
      platform: 'facebook' as const,
      localDateTime: '2024-07-04T09:15',
      text: `Coklit berjalan.\n\n${TAGS}`,
    };
    const preview = missingOf(manualPostFindings(post, workspace));
    expect(preview).toHaveLength(1);
    expect(preview[0]).toContain('#Coklit');
    expect(preview[0]).not.toContain('#MasaTenang');
    // Checked as of today instead, the preview would have asked for another tag than the record keeps.
    const asOfToday = missingOf(
      check(post.text, checkContextFor(workspace, 'facebook', new Date('2024-11-25T03:00Z'))),
    );
    expect(asOfToday[0]).toContain('#MasaTenang');
  });

  test('with the saved limits: the admin’s Instagram limit of 2 hashtags, not the rules’ 5', () => {
    const post = { platform: 'instagram' as const, localDateTime: '2024-07-04T09:15', text: 'Coklit #A #B #C' };
    const rules = manualPostFindings(post, workspace).map((finding) => finding.rule);
    expect(rules).toContain('hashtag-limit');
    const record = manualPostRecord({ ...post, account: '', postUrl: '' }, workspace, 'manual-1')!;
    expect(record.findings.rules).toContain('hashtag-limit');
  });

  // The general rule, over many posts, both platforms and times across the calendar: what the admin sees
  // while typing is what the log keeps.
  const texts = [
    'Coklit',
    `Coklit berjalan.\n\n${TAGS}`,
    `Ayo coblos nomor 2!\n\n${TAGS}`,
    'Pendaftaran #A #B #C #D #E #F',
    `Masa tenang: tidak ada kampanye.\n\n${TAGS} #MasaTenang`,
    'Teks dengan @satu @dua tanpa tagar',
    `${'Panjang sekali. '.repeat(200)}#TemanPemilih`,
  ];
  const times = ['2024-05-16T08:00', '2024-07-04T09:15', '2024-09-25T12:00', '2024-11-24T00:30', '2024-12-01T18:00'];
  const platforms: Platform[] = ['facebook', 'instagram'];
  const cases = texts.flatMap((text) =>
    times.flatMap((when) => platforms.map((platform) => ({ text, when, platform }))),
  );
  test.each(cases)('preview = record for %#', ({ text, when, platform }) => {
    const preview = manualPostFindings({ platform, localDateTime: when, text }, workspace);
    const record = manualPostRecord({ platform, localDateTime: when, text, account: '', postUrl: '' }, workspace)!;
    expect(summariseFindings(preview)).toEqual(record.findings);
  });
});
