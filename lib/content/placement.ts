/**
 * Where the sidebar goes so that it never hides the site: beside the composer on whichever side has room
 * ("docked", open at first); where neither side has room (Instagram's wide caption step on a 1366×768
 * laptop), a narrow tab in free space ("compact"), whose panel opens over the page's own content but never
 * over the editor or any of the site's controls. Pure geometry here; the content script measures the page.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlacementInput {
  viewport: { width: number; height: number };
  /** The composer: its dialog, or an inline composer's block. */
  composer: Box;
  /** What must stay uncovered: the editor and the composer's controls. */
  keepClear: Box[];
}

export interface Placement {
  mode: 'docked' | 'compact';
  /** The panel's side of the tab: `right` puts the tab on the panel's left edge. */
  side: 'left' | 'right';
  /** The tab while the panel is closed. */
  tab: { left: number; top: number };
  /** The tab and panel together while the panel is open. */
  open: { left: number; top: number; maxHeight: number };
}

/** Sizes the stylesheet gives the sidebar (components/sidebar.css). */
export const SIDEBAR_SIZE = { panelWidth: 320, tabWidth: 32, tabHeight: 150, minPanelHeight: 220, margin: 4 };

const { panelWidth, tabWidth, tabHeight, minPanelHeight, margin } = SIDEBAR_SIZE;
const BLOCK_WIDTH = tabWidth + panelWidth;

interface Gap {
  top: number;
  bottom: number;
}

/** The vertical stretches of the column [left, left + width) that none of `blockers` touches. */
function freeGaps(left: number, width: number, blockers: Box[], viewportHeight: number): Gap[] {
  const taken = blockers
    .filter((box) => box.left < left + width + margin && box.left + box.width > left - margin)
    .map((box) => ({ top: box.top - margin, bottom: box.top + box.height + margin }))
    .sort((a, b) => a.top - b.top);
  const gaps: Gap[] = [];
  let cursor = margin;
  for (const span of taken) {
    if (span.top > cursor) gaps.push({ top: cursor, bottom: Math.min(span.top, viewportHeight - margin) });
    cursor = Math.max(cursor, span.bottom);
  }
  if (cursor < viewportHeight - margin) gaps.push({ top: cursor, bottom: viewportHeight - margin });
  return gaps.filter((gap) => gap.bottom > gap.top);
}

/** In a column, the stretch of at least `height` nearest to `preferredTop`, or null. */
function spotIn(gaps: Gap[], height: number, preferredTop: number): { top: number; bottom: number } | null {
  let best: { top: number; bottom: number; distance: number } | null = null;
  for (const gap of gaps) {
    if (gap.bottom - gap.top < height) continue;
    const top = Math.min(Math.max(preferredTop, gap.top), gap.bottom - height);
    const distance = Math.abs(top - preferredTop);
    if (!best || distance < best.distance) best = { top, bottom: gap.bottom, distance };
  }
  return best;
}

/** The tallest stretch of a column, for when nothing reaches the wanted height. */
function tallest(gaps: Gap[]): Gap | null {
  return gaps.reduce<Gap | null>(
    (best, gap) => (!best || gap.bottom - gap.top > best.bottom - best.top ? gap : best),
    null,
  );
}

export function placeSidebar({ viewport, composer, keepClear }: PlacementInput): Placement {
  const composerTop = Math.max(margin, composer.top);
  const blockers = [...keepClear, composer];

  // Docked: beside the composer, clear of it and of anything it keeps outside its box.
  const sides = [
    { side: 'right' as const, left: composer.left + composer.width + margin },
    { side: 'left' as const, left: composer.left - margin - BLOCK_WIDTH },
  ];
  for (const { side, left } of sides) {
    if (left < margin || left + BLOCK_WIDTH > viewport.width - margin) continue;
    const spot = spotIn(freeGaps(left, BLOCK_WIDTH, blockers, viewport.height), minPanelHeight, composerTop);
    if (!spot) continue;
    const tabLeft = side === 'right' ? left : left + panelWidth;
    return {
      mode: 'docked',
      side,
      tab: { left: tabLeft, top: spot.top },
      open: { left, top: spot.top, maxHeight: spot.bottom - spot.top },
    };
  }

  // Compact: the open panel sits at a window edge, over the composer's media or the page, clear of controls.
  const rightEdge = { side: 'right' as const, left: viewport.width - margin - BLOCK_WIDTH };
  const edges = [rightEdge, { side: 'left' as const, left: margin }].map((edge) => ({
    ...edge,
    gaps: freeGaps(edge.left, BLOCK_WIDTH, keepClear, viewport.height),
  }));
  let chosen: { side: 'left' | 'right'; left: number; spot: Gap } | null = null;
  for (const edge of edges) {
    const spot = spotIn(edge.gaps, minPanelHeight, composerTop);
    if (spot) {
      chosen = { side: edge.side, left: edge.left, spot };
      break;
    }
  }
  // Nothing is tall enough anywhere (a tiny window): the tallest free stretch at the right edge.
  chosen ??= {
    ...rightEdge,
    spot: tallest(edges[0]?.gaps ?? []) ?? { top: margin, bottom: viewport.height - margin },
  };
  const { side, spot } = chosen;
  const open = { left: chosen.left, top: spot.top, maxHeight: spot.bottom - spot.top };

  // The closed tab: in the gap beside the composer on the panel's side, else wherever that edge is free.
  const besideLeft = side === 'right' ? composer.left + composer.width + margin : composer.left - margin - tabWidth;
  const candidates = [
    besideLeft,
    side === 'right' ? viewport.width - margin - tabWidth : margin,
    side === 'right' ? open.left : open.left + panelWidth,
  ];
  for (const left of candidates) {
    if (left < 0 || left + tabWidth > viewport.width) continue;
    const tabSpot = spotIn(freeGaps(left, tabWidth, blockers, viewport.height), tabHeight, composerTop);
    const tabSpotOverComposer =
      tabSpot ?? spotIn(freeGaps(left, tabWidth, keepClear, viewport.height), tabHeight, composerTop);
    if (tabSpotOverComposer) return { mode: 'compact', side, tab: { left, top: tabSpotOverComposer.top }, open };
  }
  return {
    mode: 'compact',
    side,
    tab: { left: side === 'right' ? open.left : open.left + panelWidth, top: open.top },
    open,
  };
}

const boxOf = (rect: DOMRect): Box => ({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });

/** Measures the page: the composer's box and those of the parts to keep clear that are on screen. */
export function measure(composer: Element, keepClear: readonly Element[], window: Window): PlacementInput {
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const boxes = keepClear
    .map((element) => boxOf(element.getBoundingClientRect()))
    .filter(
      (box) =>
        box.width > 0 &&
        box.height > 0 &&
        box.left < viewport.width &&
        box.top < viewport.height &&
        box.left + box.width > 0 &&
        box.top + box.height > 0,
    );
  return { viewport, composer: boxOf(composer.getBoundingClientRect()), keepClear: boxes };
}

/** When a composer that appeared has surely finished animating in. */
const SETTLE_MS = 500;

/**
 * Calls `onPlace` with a new placement whenever the composer moves or changes size, or the window does;
 * returns a function that stops it. Measures at most once per frame.
 */
export function followComposer(
  window: Window,
  current: () => { composer: Element; keepClear: Element[] } | null,
  onPlace: (placement: Placement) => void,
): () => void {
  let frame = 0;
  let last = '';
  const update = () => {
    frame = 0;
    const target = current();
    if (!target?.composer.isConnected) return;
    const placement = placeSidebar(measure(target.composer, target.keepClear, window));
    const key = JSON.stringify(placement);
    if (key !== last) {
      last = key;
      onPlace(placement);
    }
  };
  const schedule = () => {
    if (!frame) frame = window.requestAnimationFrame(update);
  };
  const resizes = new ResizeObserver(schedule);
  const target = current();
  if (target) {
    resizes.observe(target.composer);
    for (const element of target.keepClear.slice(0, 50)) resizes.observe(element);
  }
  // A dialog that animates in (a transform) changes its box without a resize: look again on the next frame,
  // whenever a CSS transition or animation ends, and once more a moment later (script-driven animations).
  // Each look measures the page, so they are few: a busy feed pays for every forced layout.
  const motionEvents = ['transitionend', 'animationend'] as const;
  window.addEventListener('resize', schedule);
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  for (const type of motionEvents) window.addEventListener(type, schedule, true);
  const later = window.setTimeout(schedule, SETTLE_MS);
  update();
  schedule();
  return () => {
    if (frame) window.cancelAnimationFrame(frame);
    window.clearTimeout(later);
    resizes.disconnect();
    window.removeEventListener('resize', schedule);
    window.removeEventListener('scroll', schedule, { capture: true });
    for (const type of motionEvents) window.removeEventListener(type, schedule, true);
  };
}

/** The largest a notice gets (components/sidebar.css caps its width). */
export const NOTICE_SIZE = { width: 340, height: 130 };

/** A short notice in a window corner that covers none of `obstacles` (the site's open dialogs), if one does. */
export function placeNotice(
  viewport: { width: number; height: number },
  obstacles: Box[],
): { left: number; top: number } {
  const inset = 16;
  const right = viewport.width - inset - NOTICE_SIZE.width;
  const bottom = viewport.height - inset - NOTICE_SIZE.height;
  const corners = [
    { left: right, top: bottom },
    { left: inset, top: bottom },
    { left: right, top: inset },
    { left: inset, top: inset },
  ];
  const clear = (corner: { left: number; top: number }) =>
    obstacles.every(
      (box) =>
        box.left >= corner.left + NOTICE_SIZE.width ||
        box.left + box.width <= corner.left ||
        box.top >= corner.top + NOTICE_SIZE.height ||
        box.top + box.height <= corner.top,
    );
  return corners.find(clear) ?? { left: right, top: bottom };
}
