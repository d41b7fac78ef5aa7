// @vitest-environment jsdom
/**
 * What pages render from untrusted text stays bounded: the printable report of posts built to nest or to be
 * slow, and previews of hostile template bodies, never throw and never run a parser on unbounded input.
 */
import { describe, expect, test } from 'vitest';
import { templatePreviewHtml } from '@/lib/templates/markdown-html';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { PrintableArticle } from '@/components/PrintableArticle';
import { printableReport, type PrintableReport } from '@/lib/report/printable';
import { buildWeeklyReport } from '@/lib/report/weekly';
import { weekFromLabel } from '@/lib/report/weeks';
import { defaults, PPK_PROFILE, samplePost, say } from './helpers';
import { translator } from '@/lib/messages/i18n';

/** The printable report as the report page renders it (Preact), parsed back into elements. */
function printed(report: PrintableReport): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(h(PrintableArticle, { report }));
  return container;
}

const HOSTILE_POSTS: Record<string, string> = {
  'bullets nested 2,500 deep': `${'- '.repeat(2500)}a`,
  'numbered items nested 2,000 deep': `${'1. '.repeat(2000)}a`,
  'plus items nested 2,500 deep': `${'+ '.repeat(2500)}a`,
  'unmatched emphasis marks': '*a_'.repeat(6000),
  'a setext underline under a list': `${'- '.repeat(1000)}a\n===`,
  'indentation 1,000 deep': `${' '.repeat(2000)}- a`,
};

describe('the printable report of hostile posts', () => {
  const week = weekFromLabel('2024-W27', 'Asia/Jakarta')!;
  const rendered = (text: string) => {
    const report = buildWeeklyReport(
      [samplePost({ id: 'post-hostile-0001', createdAt: Date.parse('2024-07-01T02:00:00Z'), text })],
      week,
      PPK_PROFILE,
    );
    return printed(printableReport(report, defaults().calendar, translator('id')));
  };
  const structure = (article: HTMLElement) =>
    article.querySelectorAll('li, ul, ol, h1, h2, h3, h4, pre, table, tr, td').length;

  test.each(Object.entries(HOSTILE_POSTS))('%s renders as the text written', (_name, text) => {
    const article = rendered(text);
    // The post adds no list, heading or code to the report, and reads as written.
    expect(structure(article)).toBe(structure(rendered('Postingan biasa')));
    expect(article.textContent?.replace(/\s+/g, '')).toContain(text.replace(/\s+/g, ''));
  });
});

test.each([
  ['https://www.facebook.com/ppk/posts/1', 1],
  ['http://www.facebook.com/ppk/posts/1', 0],
  ['javascript:alert(1)', 0],
  ['https://evil.example/facebook.com', 0],
])('a post link %j in the printable report is a link %i times', (postUrl, links) => {
  const report = buildWeeklyReport(
    [samplePost({ id: 'post-link-0001', createdAt: Date.parse('2024-07-01T02:00:00Z'), postUrl })],
    weekFromLabel('2024-W27', 'Asia/Jakarta')!,
    PPK_PROFILE,
  );
  const article = printed(printableReport(report, defaults().calendar, translator('id')));
  expect([...article.querySelectorAll('a')].map((anchor) => anchor.href)).toEqual(links ? [postUrl] : []);
});

describe('previews of hostile template bodies', () => {
  test.each([
    ['>'.repeat(5000), 'Markdown bersarang 5.000 tingkat; paling banyak 12'],
    ['*a_'.repeat(6000), 'terlalu banyak tanda * _ ~ dalam satu paragraf'],
  ])('are refused with the reason', (body, reason) => {
    const preview = templatePreviewHtml(body);
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(say(preview.reason)).toContain(reason);
  });

  test('an ordinary body previews as sanitised HTML', () => {
    expect(templatePreviewHtml('**Undangan** <script>x</script>')).toEqual({
      ok: true,
      html: '<p><strong>Undangan</strong> </p>\n',
    });
  });
});
