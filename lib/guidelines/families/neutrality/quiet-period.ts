import { bilingual } from '../../../text';
import { othersVoice, sentenceAt, type Layout } from '../../layout';
import type { Severity } from '../../types';
import type { CompiledNeutrality } from './compile';
import type { Reference } from './references';

export interface QuietFinding {
  rule: 'neutrality-quiet-period-survey' | 'neutrality-quiet-period-campaign' | 'neutrality-quiet-period-name';
  severity: Severity;
  start: number;
  end: number;
  key?: string;
  message: ReturnType<typeof bilingual>;
}

const found = (text: string, regex: RegExp | null) => (regex ? [...text.matchAll(regex)] : []);

/**
 * Survey and quick-count results in the quiet period. A survey named with a result ("unggul",
 * "elektabilitas") or a contestant is an error; "hasil survei" alone is for a person to judge; a survey
 * of something else ("survei aksesibilitas lokasi TPS") and a sentence stating the rule ("dilarang
 * mengumumkan hasil survei") are neither.
 */
function surveys(
  text: string,
  compiled: CompiledNeutrality,
  layout: Layout,
  references: readonly Reference[],
): QuietFinding[] {
  const findings: QuietFinding[] = [];
  const reported = new Set<number>();
  for (const match of found(text, compiled.survey)) {
    const start = match.index;
    const end = start + match[0].length;
    const index = sentenceAt(layout, start);
    if (reported.has(index) || othersVoice(layout, start, end)) continue;
    const [from, to] = layout.sentences[index] ?? [0, text.length];
    const sentence = text.slice(from, to);
    if (found(sentence, compiled.prohibition).length > 0) continue;
    const result =
      found(sentence, compiled.surveyResult).length > 0 ||
      references.some((reference) => !reference.official && reference.start >= from && reference.end <= to);
    const results = /hasil\s+$/iu.test(text.slice(Math.max(0, start - 8), start));
    if (!result && !results) continue;
    reported.add(index);
    findings.push({
      rule: 'neutrality-quiet-period-survey',
      severity: result ? 'error' : 'warning',
      start,
      end,
      message: result
        ? bilingual(
            `Masa tenang: hasil "${match[0]}" tentang peserta tidak boleh diumumkan.`,
            `Quiet period: "${match[0]}" results about contestants may not be published.`,
          )
        : bilingual(
            `Masa tenang: menyebut hasil "${match[0]}" bisa dibaca sebagai mengumumkan hasil survei. Periksa isinya.`,
            `Quiet period: mentioning "${match[0]}" results may read as publishing survey results. Check it.`,
          ),
    });
  }
  return findings;
}

/**
 * The quiet period: survey results, one contestant's campaign material ("visi misi paslon 2"), and any
 * mention of one contestant (a person judges). Contestants named alike, official mentions (witnesses)
 * and references already judged as advocacy are left alone.
 */
export function quietPeriodIn(
  text: string,
  compiled: CompiledNeutrality,
  layout: Layout,
  references: readonly Reference[],
  alike: boolean,
  judged: ReadonlySet<Reference>,
): QuietFinding[] {
  const findings = surveys(text, compiled, layout, references);
  if (alike) return findings;
  const named = new Set<string>();
  const materialSentences = new Set<number>();
  for (const reference of references) {
    if (!reference.strong || reference.official || judged.has(reference)) continue;
    if (reference.kind === 'gesture' || reference.kind === 'tagline') continue;
    const index = sentenceAt(layout, reference.start);
    const [from, to] = layout.sentences[index] ?? [0, text.length];
    const material = found(text.slice(from, to), compiled.material)[0];
    if (material && !materialSentences.has(index)) {
      materialSentences.add(index);
      named.add(reference.key);
      findings.push({
        rule: 'neutrality-quiet-period-campaign',
        severity: 'error',
        start: reference.start,
        end: reference.end,
        key: reference.key,
        message: bilingual(
          `Masa tenang: "${material[0]}" ${reference.written} adalah materi kampanye satu peserta dan tidak boleh disebarkan.`,
          `Quiet period: the "${material[0]}" of ${reference.written} is one contestant's campaign material and may not be spread.`,
        ),
      });
      continue;
    }
    if (named.has(reference.key)) continue;
    named.add(reference.key);
    findings.push({
      rule: 'neutrality-quiet-period-name',
      severity: 'warning',
      start: reference.start,
      end: reference.end,
      key: reference.key,
      message: bilingual(
        `Masa tenang: hindari menyebut "${reference.written}" kecuali informasi resmi yang setara untuk semua peserta.`,
        `Quiet period: avoid naming "${reference.written}" except in official information equal for all contestants.`,
      ),
    });
  }
  return findings;
}
