/**
 * User-perceived characters, counted the way Facebook and Instagram count them (an emoji family is one).
 * Intl.Segmenter is exact but too slow to run over a whole long post on every keystroke (about 47 ms for
 * 20,000 characters here, and superlinear). Most post text is plain: characters that never join a
 * neighbour count one each, and only the short runs in between (emoji, combining marks, Javanese or Arabic
 * script, CR LF), with the plain character before each as a possible base, go through Intl.Segmenter.
 */

/** Runs of code units that may join a neighbour: anything but Latin, ASCII and plain punctuation; and CR LF. */
// eslint-disable-next-line no-control-regex -- the control range is exactly what counts one apiece
const JOINABLE_RUN = /(?:\r\n|[^\u0000-\u000c\u000e-\u02ff\u2000-\u200b\u200e-\u206f])+/g;

let segmenter: Intl.Segmenter | undefined;

function segments(text: string): Iterable<Intl.SegmentData> {
  segmenter ??= new Intl.Segmenter('id', { granularity: 'grapheme' });
  return segmenter.segment(text);
}

/**
 * Visits each cluster's starting offset in order; stops when `onCluster` returns true. Without a visitor
 * plain runs are counted by length. Returns the number of clusters visited.
 */
function visit(text: string, onCluster?: (offset: number, index: number) => boolean): number {
  let count = 0;
  let plainFrom = 0;
  const plain = (from: number, to: number): boolean => {
    if (!onCluster) {
      count += to - from;
      return false;
    }
    for (let offset = from; offset < to; offset++, count++) if (onCluster(offset, count)) return true;
    return false;
  };
  for (const match of text.matchAll(JOINABLE_RUN)) {
    // The plain character before a run may be the base its marks attach to: segment it with the run.
    const runStart = match.index > plainFrom ? match.index - 1 : match.index;
    if (plain(plainFrom, runStart)) return count;
    for (const segment of segments(text.slice(runStart, match.index + match[0].length))) {
      if (onCluster?.(runStart + segment.index, count)) return count;
      count++;
    }
    plainFrom = match.index + match[0].length;
  }
  plain(plainFrom, text.length);
  return count;
}

export function countGraphemes(text: string): number {
  return visit(text);
}

/** The UTF-16 offset where user-perceived character number `index` (from 0) starts; text.length past the end. */
export function graphemeOffset(text: string, index: number): number {
  let found = text.length;
  visit(text, (offset, at) => {
    if (at !== index) return false;
    found = offset;
    return true;
  });
  return found;
}
