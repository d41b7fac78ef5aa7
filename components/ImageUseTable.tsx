import type { ImageUse } from '@/lib/images/usage';
import type { TemplatePack } from '@/lib/schemas';
import { useTranslate } from './i18n';

/** Which approved images went out, and in how many posts (the recap and the report show this). */
export function ImageUseTable({ uses, pack }: { uses: readonly ImageUse[]; pack: TemplatePack }) {
  const t = useTranslate();
  if (uses.length === 0) return null;
  // The pack in use names the image by its alt text; an image from an older pack by its hash only.
  const alts = new Map(
    pack.templates.flatMap((template) => (template.images ?? []).map((image) => [image.sha256, image.alt] as const)),
  );
  return (
    <table class="log-table">
      <caption>{t('images.useCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('images.colImage')}</th>
          <th scope="col">{t('images.colTemplates')}</th>
          <th scope="col">{t('images.colPosts')}</th>
        </tr>
      </thead>
      <tbody>
        {uses.map((use) => (
          <tr key={use.sha256}>
            <th scope="row">
              {alts.get(use.sha256) ?? ''} <code>{use.sha256.slice(0, 12)}</code>
            </th>
            <td>{use.templateIds.join(', ')}</td>
            <td>{use.posts}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
