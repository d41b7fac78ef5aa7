import { message } from '../../../messages/reference';
import { layoutOf, sentenceAt } from '../../layout';
import { add } from '../../scan';
import type { RuleFamily, Scan } from '../../types';
import { advocacyIn, containsUrging, type Advocacy } from './advocacy';
import { compileNeutrality } from './compile';
import { quietPeriodIn } from './quiet-period';
import { findReferences, type Reference } from './references';

export { neutralityExamples } from './examples';

/** Do the post's mentions name the contestants alike: every pair KPU listed, or at least two? */
function namedAlike(references: readonly Reference[], pairCount: number): boolean {
  const counted = references.filter((reference) => reference.strong);
  const numbers = new Set(
    counted.filter((reference) => reference.key.startsWith('n:')).map((reference) => reference.key),
  );
  const parties = new Set(
    counted.filter((reference) => reference.key.startsWith('p:')).map((reference) => reference.key),
  );
  return numbers.size >= Math.max(2, pairCount) || (numbers.size === 0 && parties.size >= 2);
}

function checkNeutrality(scan: Scan): void {
  const { text, context } = scan;
  const compiled = compileNeutrality(context.rules);
  const layout = layoutOf(scan);
  const references = findReferences(text, compiled, layout);
  const alike = namedAlike(references, compiled.pairCount);
  const before = scan.findings.length;

  const advocacy = advocacyIn(text, scan.tags, references, compiled, layout, context.rules);
  const quietPeriod = context.stageIds.some((id) => compiled.quietStages.has(id));
  const judged = new Set(
    references.filter((reference) =>
      advocacy.some(
        (verdict) =>
          !(quietPeriod && verdict.yieldsToQuietPeriod) &&
          reference.start < verdict.end &&
          verdict.start < reference.end,
      ),
    ),
  );

  // A tagline or "salam dua jari" is a contestant's attribute even with no urging word; a tagline that
  // urges by itself ("Gaspol Agus-Rina") is campaigning.
  const symbols: Advocacy[] = [];
  if (!alike)
    for (const reference of references) {
      if (judged.has(reference) || reference.official || (reference.kind !== 'tagline' && reference.kind !== 'gesture'))
        continue;
      judged.add(reference);
      const urging = reference.kind === 'tagline' && containsUrging(reference.written, context.rules, false);
      symbols.push({
        rule: urging ? 'neutrality-campaigning' : 'neutrality-partisan-symbol',
        severity: urging ? 'error' : 'warning',
        start: reference.start,
        end: reference.end,
        key: reference.key,
        message: message(urging ? 'finding.sloganUrges' : 'finding.slogan', { written: reference.written }),
      });
    }

  const surveySentences = new Set<number>();
  const quiet = quietPeriod ? quietPeriodIn(text, compiled, layout, references, alike, judged, surveySentences) : [];
  for (const verdict of [...advocacy, ...symbols]) {
    if (
      verdict.yieldsToQuietPeriod &&
      quiet.some((finding) => finding.start < verdict.end && verdict.start < finding.end)
    )
      continue;
    if (verdict.rule === 'neutrality-partisan-symbol' && alike) continue;
    // "Mayoritas memilih paslon 1" inside a survey result is the result, reported once.
    if (verdict.rule === 'neutrality-possible-campaigning' && surveySentences.has(sentenceAt(layout, verdict.start)))
      continue;
    add(scan, verdict.rule, verdict.severity, verdict.start, verdict.end, verdict.message);
  }
  for (const finding of quiet) add(scan, finding.rule, finding.severity, finding.start, finding.end, finding.message);

  // With KPU's list of pairs: naming some of them and not the others is worth a second look.
  if (compiled.pairCount > 1 && scan.findings.length === before) {
    const named = references.filter(
      (reference) => reference.strong && !reference.official && reference.key.startsWith('n:'),
    );
    const pairs = new Set(named.map((reference) => reference.key));
    const first = named[0];
    if (first && pairs.size < compiled.pairCount)
      add(
        scan,
        'neutrality-one-pair',
        'info',
        first.start,
        first.end,
        message('finding.onePair', { named: pairs.size, total: compiled.pairCount }),
      );
  }
}

/**
 * Neutrality (DKPP Regulation 2/2017): no urging a vote for or against one contestant, no declared support,
 * no contestants' attributes, and in the quiet period no survey results and no campaign material.
 */
export const neutralityFamily: RuleFamily = {
  name: 'neutrality',
  ids: [
    'neutrality-campaigning',
    'neutrality-possible-campaigning',
    'neutrality-partisan-symbol',
    'neutrality-quiet-period-survey',
    'neutrality-quiet-period-campaign',
    'neutrality-quiet-period-name',
    'neutrality-one-pair',
  ],
  check: checkNeutrality,
};
