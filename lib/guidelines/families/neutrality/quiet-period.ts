import type { MessageRef } from '../../../messages/format';
import { message } from '../../../messages/reference';
import { othersVoice, sentenceAt, spansIn, type Layout } from '../../layout';
import type { Severity } from '../../types';
import type { CompiledNeutrality } from './compile';
import { listedWithOthers, type Reference } from './references';

export interface QuietFinding {
  rule: 'neutrality-quiet-period-survey' | 'neutrality-quiet-period-campaign' | 'neutrality-quiet-period-name';
  severity: Severity;
  start: number;
  end: number;
  key?: string;
  message: MessageRef;
}

/** Words after "hasil survei" that leave it about the survey everyone knows (not "survei kepuasan layanan"). */
const SURVEY_OF_WHAT_IS_KNOWN =
  /^(?:terbaru|terakhir|terkini|kemarin|tadi|itu|ini|tersebut|yang|lembaga|internal|independen|dari|menunjukkan|menyebut|menyebutkan)$/u;
const NEGATION = /(?<![\p{L}])(?:tidak|tak|bukan|tanpa|jangan|belum)(?![\p{L}])/iu;

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
  reported: Set<number>,
): QuietFinding[] {
  const findings: QuietFinding[] = [];
  for (const match of layout.phrases.survey) {
    const { start, end } = match;
    const index = sentenceAt(layout, start);
    if (reported.has(index) || othersVoice(layout, start, end)) continue;
    const [from, to] = layout.sentences[index] ?? [0, text.length];
    if (spansIn(layout, 'prohibition', from, to).length > 0) continue;
    // The term itself ("elektabilitas") is not its own result: "elektabilitas bukan jaminan" reports none,
    // and neither does the survey's subject right after it ("survei elektabilitas").
    const subjectEnd = /^\s+/u.exec(text.slice(end))?.[0].length ?? 0;
    const result =
      spansIn(layout, 'surveyResult', from, to).some(
        (word) => word.start !== start && word.start !== end + subjectEnd,
      ) || references.some((reference) => !reference.official && reference.start >= from && reference.end <= to);
    // "Hasil survei terbaru" is for a person to judge; "hasil survei kepuasan layanan" is about something else.
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end))?.[1];
    const results =
      /(?:hasil|rilis)\s+$/iu.test(text.slice(Math.max(0, start - 8), start)) &&
      (next === undefined || SURVEY_OF_WHAT_IS_KNOWN.test(next));
    if (!result && !results) continue;
    // "Kami tidak membagikan hasil survei": saying what the account does not do.
    if (!result && NEGATION.test(text.slice(from, start))) continue;
    reported.add(index);
    findings.push({
      rule: 'neutrality-quiet-period-survey',
      severity: result ? 'error' : 'warning',
      start,
      end,
      message: message(result ? 'finding.quietSurvey' : 'finding.quietSurveyMaybe', { written: match.written }),
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
  /** Filled with the sentences that report a survey: their references are the survey's, not mentions. */
  surveySentences: Set<number>,
): QuietFinding[] {
  const findings = surveys(text, compiled, layout, references, surveySentences);
  if (alike) return findings;
  const named = new Set<string>();
  const materialSentences = new Set<number>();
  for (const reference of references) {
    if (!reference.strong || reference.official || judged.has(reference) || listedWithOthers(reference, references))
      continue;
    if (reference.kind === 'gesture' || reference.kind === 'tagline') continue;
    const index = sentenceAt(layout, reference.start);
    if (surveySentences.has(index)) continue;
    const [from, to] = layout.sentences[index] ?? [0, text.length];
    const material = spansIn(layout, 'material', from, to)[0];
    if (material && !materialSentences.has(index)) {
      materialSentences.add(index);
      named.add(reference.key);
      findings.push({
        rule: 'neutrality-quiet-period-campaign',
        severity: 'error',
        start: reference.start,
        end: reference.end,
        key: reference.key,
        message: message('finding.quietMaterial', { material: material.written, contestant: reference.written }),
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
      message: message('finding.quietName', { written: reference.written }),
    });
  }
  return findings;
}
