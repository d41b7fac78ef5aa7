import type { Language } from './i18n';
import type { ContentType, PostTheme } from './schemas/post';

/**
 * What a composer held when the post went out. Issue 15's adapters count the attachments they see; a post
 * with none and no link is text.
 */
export interface ComposerAttachments {
  images: number;
  videos: number;
  links: number;
}

/** The content type a composer's attachments show: a video wins over photos, photos over a link preview. */
export function contentTypeFromAttachments({ images, videos, links }: ComposerAttachments): ContentType {
  if (videos > 0) return 'video';
  if (images > 0) return 'foto';
  if (links > 0) return 'tautan';
  return 'teks';
}

export const CONTENT_TYPE_NAMES: Record<Language, Record<ContentType, string>> = {
  id: { teks: 'Teks', foto: 'Foto', video: 'Video', reel: 'Reel', infografis: 'Infografis', tautan: 'Tautan' },
  en: { teks: 'Text', foto: 'Photo', video: 'Video', reel: 'Reel', infografis: 'Infographic', tautan: 'Link' },
};

export const THEME_NAMES: Record<Language, Record<PostTheme, string>> = {
  id: {
    'sosialisasi-tahapan': 'Sosialisasi tahapan',
    'ajakan-partisipasi': 'Ajakan partisipasi',
    pengumuman: 'Pengumuman',
    'kegiatan-badan': 'Kegiatan badan',
    'klarifikasi-hoaks': 'Klarifikasi hoaks',
    lainnya: 'Lainnya',
  },
  en: {
    'sosialisasi-tahapan': 'Explaining a stage',
    'ajakan-partisipasi': 'Call to take part',
    pengumuman: 'Announcement',
    'kegiatan-badan': "The body's activity",
    'klarifikasi-hoaks': 'Hoax clarification',
    lainnya: 'Other',
  },
};

/** A count of a value that may be a content type or theme from a newer Pandu: unknown ids show as written. */
export function contentTypeName(value: string, language: Language): string {
  return (CONTENT_TYPE_NAMES[language] as Record<string, string>)[value] ?? value;
}

export function themeName(value: string, language: Language): string {
  return (THEME_NAMES[language] as Record<string, string>)[value] ?? value;
}
