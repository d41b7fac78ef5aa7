import { catalogue, plural, type Message } from './format';

/**
 * What the guideline checker says (lib/guidelines/): each finding, each fix's button, and each rule's name.
 * The background translates findings before they reach the sidebar, so this catalogue stays out of the
 * content script; the extension pages carry it. Indonesian defines the keys; English is typed against them.
 * See docs/ARCHITECTURE.md, "Adding a message".
 */
const id = {
  'finding.emptyPost': 'Postingan masih kosong.',
  'finding.deniedHashtag': 'Tagar {tag} dilarang dipakai akun badan ad hoc.',
  'finding.deniedPhrase': 'Ungkapan "{phrase}" tidak boleh dipakai.',
  'finding.hashtagBroken': '{written} hanya menautkan {tag}: {mark} memutus tagar.',
  'finding.hyphen': 'tanda hubung',
  'finding.apostrophe': 'apostrof',
  'finding.hashtagTwice': 'Tagar {tag} ditulis dua kali.',
  'finding.spaceAfterHash': 'Ada spasi setelah "#": tulis {tag} tanpa spasi.',
  'finding.digitsOnly': '{written} bukan tagar: tagar harus memuat huruf (misalnya #Pilkada{digits}).',
  'finding.hashtagSplit': 'Tagar "{written}" terpisah spasi: tulis {joined}.',
  'finding.characterLimit': 'Teks {count} karakter, melebihi batas {platform} {limit} karakter.',
  'finding.seeMore':
    'Hanya sekitar {count} karakter pertama yang tampil sebelum "Lihat selengkapnya": letakkan pesan utama di awal.',
  'finding.hashtagLimit': '{count} tagar, melebihi batas Instagram {limit} tagar per postingan.',
  'finding.hashtagLimitFixed':
    '{count} tagar, melebihi batas Instagram {limit} tagar per postingan. Yang terpenting dipertahankan; tidak dimuat: {names}.',
  'finding.mentionLimit': '{count} sebutan (@), melebihi batas Instagram {limit}.',
  'finding.instagramLink': 'Tautan di keterangan Instagram tidak bisa diklik: taruh di bio dan tulis "tautan di bio".',
  'finding.requiredMissing': 'Tagar wajib belum ada: {tags}',
  'finding.requiredMissingLimited':
    'Tagar wajib belum ada: {tags} (tidak diminta karena batas {limit} tagar Instagram: {notAsked})',
  'finding.misspelling': 'Salah ketik: "{wrong}" seharusnya "{right}".',
  'finding.doubledWord': 'Kata "{word}" tertulis dua kali.',
  'finding.placeholderLeft': '{placeholder} masih tersisa dari templat: isi dengan keterangan yang benar.',
  'finding.sloganUrges':
    '"{written}" adalah jargon yang mengajak mendukung satu peserta. Akun badan ad hoc wajib netral.',
  'finding.slogan': '"{written}" adalah jargon atau simbol satu peserta. Hindari atribut peserta di akun badan ad hoc.',
  'finding.onePair':
    'Hanya {named} dari {total} pasangan calon yang disebut: sebut semuanya secara setara, atau tidak sama sekali.',
  'finding.quietSurvey':
    'Masa tenang dan hari pemungutan suara: hasil "{written}" tentang peserta tidak boleh diumumkan.',
  'finding.quietSurveyMaybe':
    'Masa tenang dan hari pemungutan suara: menyebut hasil "{written}" bisa dibaca sebagai mengumumkan hasil survei. Periksa isinya.',
  'finding.quietMaterial':
    'Masa tenang dan hari pemungutan suara: "{material}" {contestant} adalah materi kampanye satu peserta dan tidak boleh disebarkan.',
  'finding.quietName':
    'Masa tenang dan hari pemungutan suara: hindari menyebut "{written}" kecuali informasi resmi yang setara untuk semua peserta.',
  'finding.urgeMaybe':
    '"{words}" bisa dibaca sebagai ajakan atau dukungan untuk satu peserta. Periksa maksudnya: akun badan ad hoc wajib netral.',
  'finding.urgeAgainst':
    '"{words}" mengajak tidak memilih satu peserta. Penyelenggara tidak boleh merugikan peserta mana pun.',
  'finding.support':
    '"{words}" menyatakan dukungan kepada satu peserta. Penyelenggara tidak boleh menyatakan pilihan politiknya.',
  'finding.urge': '"{words}" mengajak memilih satu peserta. Akun badan ad hoc wajib netral.',
  'finding.tagUrges': 'Tagar {tag} mengajak memilih atau mendukung satu peserta. Akun badan ad hoc wajib netral.',
  'finding.tagNames':
    'Tagar {tag} menyebut satu peserta: tagar peserta adalah atribut kampanye. Hindari di akun badan ad hoc.',
  'finding.member':
    '"{words}" menyatakan diri bagian dari satu peserta. Penyelenggara tidak boleh menyatakan pilihan politiknya.',
  'finding.memberMaybe':
    '"{words}" menyebut pendukung satu peserta. Periksa maksudnya: akun badan ad hoc wajib netral.',
  'finding.poll':
    'Pertanyaan ini meminta pembaca menyebut pilihannya. Penyelenggara tidak boleh menanyakan pilihan politik pemilih.',
  'fix.remove': 'Hapus {words}',
  'fix.removeSecond': 'Hapus {tag} yang kedua',
  'fix.removeSecondWord': 'Hapus "{word}" yang kedua',
  'fix.changeTo': 'Ganti menjadi {tag}',
  'fix.joinInto': 'Gabungkan menjadi {tag}',
  'fix.add': 'Tambahkan {tags}',
  'fix.replaceWith': 'Ganti dengan "{word}"',
  'rule.empty-post': 'Postingan kosong',
  'rule.required-hashtags': 'Tagar wajib',
  'rule.denied-hashtag': 'Tagar terlarang',
  'rule.denied-phrase': 'Ungkapan terlarang',
  'rule.hashtag-hyphen': 'Tanda hubung dalam tagar',
  'rule.hashtag-apostrophe': 'Apostrof dalam tagar',
  'rule.hashtag-space-after-hash': 'Spasi setelah #',
  'rule.hashtag-digits-only': 'Tagar tanpa huruf',
  'rule.hashtag-split': 'Tagar terpisah spasi',
  'rule.hashtag-duplicate': 'Tagar ganda',
  'rule.character-limit': 'Batas karakter',
  'rule.see-more-cut': 'Terpotong "Lihat selengkapnya"',
  'rule.hashtag-limit': 'Batas tagar Instagram',
  'rule.mention-limit': 'Batas sebutan Instagram',
  'rule.instagram-link': 'Tautan di Instagram',
  'rule.neutrality-campaigning': 'Ajakan memilih satu peserta',
  'rule.neutrality-possible-campaigning': 'Mungkin memihak satu peserta',
  'rule.neutrality-partisan-symbol': 'Atribut peserta',
  'rule.neutrality-quiet-period-survey': 'Survei di masa tenang',
  'rule.neutrality-quiet-period-campaign': 'Materi kampanye di masa tenang',
  'rule.neutrality-quiet-period-name': 'Menyebut peserta di masa tenang',
  'rule.neutrality-one-pair': 'Hanya sebagian pasangan disebut',
  'rule.doubled-word': 'Kata ganda',
  'rule.misspelling': 'Salah ketik',
  'rule.leftover-placeholder': 'Isian templat tersisa',
} as const satisfies Record<string, Message>;

export type FindingKey = keyof typeof id;

const en: Record<FindingKey, Message> = {
  'finding.emptyPost': 'The post is empty.',
  'finding.deniedHashtag': 'The hashtag {tag} is not allowed.',
  'finding.deniedPhrase': 'The phrase "{phrase}" is not allowed.',
  'finding.hashtagBroken': '{written} links only {tag}: {mark} ends a hashtag.',
  'finding.hyphen': 'a hyphen',
  'finding.apostrophe': 'an apostrophe',
  'finding.hashtagTwice': 'The hashtag {tag} appears twice.',
  'finding.spaceAfterHash': 'A space follows "#": write {tag} without it.',
  'finding.digitsOnly': '{written} is not a hashtag: a hashtag needs a letter (such as #Pilkada{digits}).',
  'finding.hashtagSplit': 'The hashtag "{written}" is split by a space: write {joined}.',
  'finding.characterLimit': plural('count', {
    one: "The text has {count} character, over {platform}'s limit of {limit}.",
    other: "The text has {count} characters, over {platform}'s limit of {limit}.",
  }),
  'finding.seeMore': plural('count', {
    one: 'Only about the first {count} character shows before "See more": put the main message first.',
    other: 'Only about the first {count} characters show before "See more": put the main message first.',
  }),
  'finding.hashtagLimit': plural('count', {
    one: "{count} hashtag, over Instagram's limit of {limit} per post.",
    other: "{count} hashtags, over Instagram's limit of {limit} per post.",
  }),
  'finding.hashtagLimitFixed': plural('count', {
    one: "{count} hashtag, over Instagram's limit of {limit} per post. The most important stay; left out: {names}.",
    other: "{count} hashtags, over Instagram's limit of {limit} per post. The most important stay; left out: {names}.",
  }),
  'finding.mentionLimit': plural('count', {
    one: "{count} mention (@), over Instagram's limit of {limit}.",
    other: "{count} mentions (@), over Instagram's limit of {limit}.",
  }),
  'finding.instagramLink': 'Links in Instagram captions are not clickable: put it in the bio and write "link in bio".',
  'finding.requiredMissing': 'Required hashtags missing: {tags}',
  'finding.requiredMissingLimited':
    "Required hashtags missing: {tags} (not asked for because of Instagram's limit of {limit}: {notAsked})",
  'finding.misspelling': 'Typo: "{wrong}" should be "{right}".',
  'finding.doubledWord': 'The word "{word}" is written twice.',
  'finding.placeholderLeft': '{placeholder} is left from the template: fill in the right information.',
  'finding.sloganUrges':
    '"{written}" is a slogan urging support for one contestant. An ad-hoc body\'s account must stay neutral.',
  'finding.slogan':
    "\"{written}\" is one contestant's slogan or symbol. Avoid contestants' attributes on an ad-hoc body's account.",
  'finding.onePair': 'Only {named} of {total} candidate pairs are named: name all of them equally, or none.',
  'finding.quietSurvey': 'Quiet period and voting day: "{written}" results about contestants may not be published.',
  'finding.quietSurveyMaybe':
    'Quiet period and voting day: mentioning "{written}" results may read as publishing survey results. Check it.',
  'finding.quietMaterial':
    'Quiet period and voting day: the "{material}" of {contestant} is one contestant\'s campaign material and may not be spread.',
  'finding.quietName':
    'Quiet period and voting day: avoid naming "{written}" except in official information equal for all contestants.',
  'finding.urgeMaybe':
    '"{words}" may read as urging or backing one contestant. Check what it means: an ad-hoc body\'s account must stay neutral.',
  'finding.urgeAgainst': '"{words}" urges a vote against one contestant. Election bodies may not harm any contestant.',
  'finding.support': '"{words}" declares support for one contestant. Election bodies may not state a political choice.',
  'finding.urge': '"{words}" urges a vote for one contestant. An ad-hoc body\'s account must stay neutral.',
  'finding.tagUrges':
    "The hashtag {tag} urges a vote for or backs one contestant. An ad-hoc body's account must stay neutral.",
  'finding.tagNames':
    "The hashtag {tag} names one contestant: a contestant's tag is a campaign attribute. Avoid it on an ad-hoc body's account.",
  'finding.member':
    '"{words}" declares belonging to one contestant\'s side. Election bodies may not state a political choice.',
  'finding.memberMaybe':
    '"{words}" names one contestant\'s supporters. Check what it means: an ad-hoc body\'s account must stay neutral.',
  'finding.poll':
    'This question asks readers to say whom they choose. Election bodies may not ask voters their political choice.',
  'fix.remove': 'Remove {words}',
  'fix.removeSecond': 'Remove the second {tag}',
  'fix.removeSecondWord': 'Remove the second "{word}"',
  'fix.changeTo': 'Change to {tag}',
  'fix.joinInto': 'Join into {tag}',
  'fix.add': 'Add {tags}',
  'fix.replaceWith': 'Replace with "{word}"',
  'rule.empty-post': 'Empty post',
  'rule.required-hashtags': 'Required hashtags',
  'rule.denied-hashtag': 'Denied hashtag',
  'rule.denied-phrase': 'Denied phrase',
  'rule.hashtag-hyphen': 'Hyphen in a hashtag',
  'rule.hashtag-apostrophe': 'Apostrophe in a hashtag',
  'rule.hashtag-space-after-hash': 'Space after #',
  'rule.hashtag-digits-only': 'Hashtag without letters',
  'rule.hashtag-split': 'Hashtag split by a space',
  'rule.hashtag-duplicate': 'Duplicate hashtag',
  'rule.character-limit': 'Character limit',
  'rule.see-more-cut': 'Cut by "See more"',
  'rule.hashtag-limit': 'Instagram hashtag limit',
  'rule.mention-limit': 'Instagram mention limit',
  'rule.instagram-link': 'Link on Instagram',
  'rule.neutrality-campaigning': 'Urging a vote for one contestant',
  'rule.neutrality-possible-campaigning': 'Possibly backing one contestant',
  'rule.neutrality-partisan-symbol': "A contestant's attribute",
  'rule.neutrality-quiet-period-survey': 'Survey in the quiet period',
  'rule.neutrality-quiet-period-campaign': 'Campaign material in the quiet period',
  'rule.neutrality-quiet-period-name': 'Naming a contestant in the quiet period',
  'rule.neutrality-one-pair': 'Only some pairs named',
  'rule.doubled-word': 'Doubled word',
  'rule.misspelling': 'Misspelling',
  'rule.leftover-placeholder': 'Template placeholder left',
};

export const FINDING_MESSAGES = catalogue<FindingKey>(id, en);
