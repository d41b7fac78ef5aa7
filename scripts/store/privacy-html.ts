/**
 * privacy.html for the stores: the very component the extension's privacy page renders, in both languages,
 * rendered to a string, with the page's own styles inlined so the file stands alone on any web server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { PrivacyStatement } from '../../components/PrivacyStatement';
import { LANGUAGES, translator } from '../../lib/messages/i18n';
import { privacyStatement } from '../../lib/privacy';

const COMPONENTS = join(import.meta.dirname, '../../components');
const LANGUAGE_NAMES = { id: 'Bahasa Indonesia', en: 'English' } as const;

export function privacyHtml(version: string): string {
  const css = ['page.css', 'privacy.css'].map((file) => readFileSync(join(COMPONENTS, file), 'utf8')).join('\n');
  const statements = LANGUAGES.map((language) => privacyStatement(translator(language), version));
  const links = statements
    .map(
      (statement) =>
        `<a href="#privacy-title-${statement.language}" lang="${statement.language}">${LANGUAGE_NAMES[statement.language]}</a>`,
    )
    .join(' ');
  const articles = statements.map((statement) => renderToString(h(PrivacyStatement, { statement })));
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pandu — ${statements.map((statement) => statement.title).join(' / ')}</title>
<style>
${css}
</style>
</head>
<body>
<main class="page privacy">
<p class="privacy-actions">${links}</p>
${articles.join('\n<hr>\n')}
</main>
</body>
</html>
`;
}
