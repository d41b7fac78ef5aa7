import { bilingual, type Bilingual } from '../text';
import type { RuleId } from './types';

/** Each rule in words, for the log, the reports and the recap that show which finding an admin answered. */
export const RULE_NAMES: Record<RuleId, Bilingual> = {
  'empty-post': bilingual('Postingan kosong', 'Empty post'),
  'required-hashtags': bilingual('Tagar wajib', 'Required hashtags'),
  'denied-hashtag': bilingual('Tagar terlarang', 'Denied hashtag'),
  'denied-phrase': bilingual('Ungkapan terlarang', 'Denied phrase'),
  'hashtag-hyphen': bilingual('Tanda hubung dalam tagar', 'Hyphen in a hashtag'),
  'hashtag-apostrophe': bilingual('Apostrof dalam tagar', 'Apostrophe in a hashtag'),
  'hashtag-space-after-hash': bilingual('Spasi setelah #', 'Space after #'),
  'hashtag-digits-only': bilingual('Tagar tanpa huruf', 'Hashtag without letters'),
  'hashtag-split': bilingual('Tagar terpisah spasi', 'Hashtag split by a space'),
  'hashtag-duplicate': bilingual('Tagar ganda', 'Duplicate hashtag'),
  'character-limit': bilingual('Batas karakter', 'Character limit'),
  'see-more-cut': bilingual('Terpotong "Lihat selengkapnya"', 'Cut by "See more"'),
  'hashtag-limit': bilingual('Batas tagar Instagram', 'Instagram hashtag limit'),
  'mention-limit': bilingual('Batas sebutan Instagram', 'Instagram mention limit'),
  'instagram-link': bilingual('Tautan di Instagram', 'Link on Instagram'),
  'neutrality-campaigning': bilingual('Ajakan memilih satu peserta', 'Urging a vote for one contestant'),
  'neutrality-possible-campaigning': bilingual('Mungkin memihak satu peserta', 'Possibly backing one contestant'),
  'neutrality-partisan-symbol': bilingual('Atribut peserta', "A contestant's attribute"),
  'neutrality-quiet-period-survey': bilingual('Survei di masa tenang', 'Survey in the quiet period'),
  'neutrality-quiet-period-campaign': bilingual(
    'Materi kampanye di masa tenang',
    'Campaign material in the quiet period',
  ),
  'neutrality-quiet-period-name': bilingual(
    'Menyebut peserta di masa tenang',
    'Naming a contestant in the quiet period',
  ),
  'neutrality-one-pair': bilingual('Hanya sebagian pasangan disebut', 'Only some pairs named'),
  'doubled-word': bilingual('Kata ganda', 'Doubled word'),
  misspelling: bilingual('Salah ketik', 'Misspelling'),
  'leftover-placeholder': bilingual('Isian templat tersisa', 'Template placeholder left'),
};

/** A rule's name in a language; a rule from a newer Pandu (in an imported report) shows as its id. */
export function ruleName(rule: string, language: 'id' | 'en'): string {
  return Object.hasOwn(RULE_NAMES, rule) ? RULE_NAMES[rule as RuleId][language] : rule;
}
