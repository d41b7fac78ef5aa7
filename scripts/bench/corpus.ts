import { summariseCorpus } from '../../tests/corpus/evaluate';

/** The labelled corpus (tests/corpus): the targets, then precision and recall of each rule. */
export function corpusFigures(): {
  targets: Record<string, string | number>[];
  rules: Record<string, string | number>[];
} {
  const summary = summariseCorpus();
  const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;
  return {
    targets: [
      {
        posts: `${summary.neutral} neutral`,
        measure: 'with an error (target 0)',
        value: summary.neutralWithError.length,
      },
      {
        posts: `${summary.neutral} neutral`,
        measure: 'with a warning (target ≤ 5 %)',
        value: percent(summary.neutralWithWarning.length, summary.neutral),
      },
      {
        posts: `${summary.violating} violating`,
        measure: 'flagged (target ≥ 95 %)',
        value: percent(summary.flagged, summary.violating),
      },
      {
        posts: `${summary.violating} violating`,
        measure: 'flagged at the expected severity',
        value: percent(summary.rightSeverity, summary.violating),
      },
    ],
    rules: summary.rules.map((score) => ({
      rule: score.rule,
      'true +': score.truePositives,
      'false +': score.falsePositives,
      'false −': score.falseNegatives,
      precision: score.precision.toFixed(3),
      recall: score.recall.toFixed(3),
    })),
  };
}
