import { type CorpusSummary, summariseCorpus, summariseHeldOut } from '../../tests/corpus/evaluate';

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;

function targetRows(corpus: string, summary: CorpusSummary): Record<string, string | number>[] {
  return [
    {
      corpus,
      posts: `${summary.neutral} neutral`,
      measure: 'with an error (target 0)',
      value: summary.neutralWithError.length,
    },
    {
      corpus,
      posts: `${summary.neutral} neutral`,
      measure: 'with a warning (target ≤ 5 %)',
      value: percent(summary.neutralWithWarning.length, summary.neutral),
    },
    {
      corpus,
      posts: `${summary.violating} violating`,
      measure: 'flagged (target ≥ 95 %)',
      value: percent(summary.flagged, summary.violating),
    },
    {
      corpus,
      posts: `${summary.violating} violating`,
      measure: 'flagged at the expected severity',
      value: percent(summary.rightSeverity, summary.violating),
    },
  ];
}

/**
 * The labelled corpora (tests/corpus): the targets on the tuned corpus and on the held-out one (written
 * without reading the rules' phrase lists), then precision and recall of each rule on each.
 */
export function corpusFigures(): {
  targets: Record<string, string | number>[];
  rules: Record<string, string | number>[];
} {
  const tuned = summariseCorpus();
  const heldOut = summariseHeldOut();
  const ruleRows = (corpus: string, summary: CorpusSummary) =>
    summary.rules.map((score) => ({
      corpus,
      rule: score.rule,
      'true +': score.truePositives,
      'false +': score.falsePositives,
      'false −': score.falseNegatives,
      precision: score.precision.toFixed(3),
      recall: score.recall.toFixed(3),
    }));
  return {
    targets: [...targetRows('tuned', tuned), ...targetRows('held-out', heldOut)],
    rules: [...ruleRows('tuned', tuned), ...ruleRows('held-out', heldOut)],
  };
}
