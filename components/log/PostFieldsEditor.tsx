import { contentTypeName, ENGAGEMENT_COUNTS, themeName, type EngagementInput } from '@/lib/posts/fields';
import { CONTENT_TYPES, POST_THEMES, type ContentType, type PostTheme } from '@/lib/posts/schema';
import { useTranslate } from '../i18n';

export interface PostFieldsValue {
  contentType: ContentType | '';
  theme: PostTheme | '';
  engagement: EngagementInput;
}

export const COUNT_LABELS = {
  likes: 'logKpu.likes',
  comments: 'logKpu.comments',
  shares: 'logKpu.shares',
  reach: 'logKpu.reach',
} as const;

/** What KPU Kabupaten tallies about a post: its content type and theme, and engagement read on the site. */
export function PostFieldsEditor({
  value,
  onChange,
  withEngagement = true,
}: {
  value: PostFieldsValue;
  onChange(value: PostFieldsValue): void;
  /** Engagement is read days after publishing: a post added by hand leaves it for later. */
  withEngagement?: boolean;
}) {
  const t = useTranslate();
  const set = (changes: Partial<PostFieldsValue>) => onChange({ ...value, ...changes });
  const setCount = (changes: Partial<EngagementInput>) => set({ engagement: { ...value.engagement, ...changes } });
  return (
    <>
      <label>
        {t('logKpu.contentType')}
        <select
          value={value.contentType}
          onChange={(event) => set({ contentType: (event.target as HTMLSelectElement).value as ContentType | '' })}
        >
          <option value="">{t('logKpu.notChosen')}</option>
          {CONTENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {contentTypeName(type, t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('logKpu.theme')}
        <select
          value={value.theme}
          onChange={(event) => set({ theme: (event.target as HTMLSelectElement).value as PostTheme | '' })}
        >
          <option value="">{t('logKpu.notChosen')}</option>
          {POST_THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {themeName(theme, t)}
            </option>
          ))}
        </select>
      </label>
      {withEngagement && (
        <fieldset class="log-engagement">
          <legend>{t('logKpu.engagementLegend')}</legend>
          {ENGAGEMENT_COUNTS.map((field) => (
            <label key={field}>
              {t(COUNT_LABELS[field])}
              <input
                inputMode="numeric"
                value={value.engagement[field]}
                onInput={(event) => setCount({ [field]: (event.target as HTMLInputElement).value })}
              />
            </label>
          ))}
          <label>
            {t('logKpu.readOn')}
            <input
              type="date"
              value={value.engagement.readOn}
              onInput={(event) => setCount({ readOn: (event.target as HTMLInputElement).value })}
            />
          </label>
        </fieldset>
      )}
    </>
  );
}
