/**
 * Placement never hides the site: the sidebar beside the composer when a side has room, else a tab and a
 * panel that cover none of the composer's editor and controls. Checked on the sites' layouts at the common
 * laptop sizes, then on thousands of random layouts.
 */
import { describe, expect, test } from 'vitest';
import { placeSidebar, placeNotice, SIDEBAR_SIZE, type Box, type Placement } from '@/lib/content/placement';

const { panelWidth, tabWidth, tabHeight, minPanelHeight } = SIDEBAR_SIZE;

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

function rects(placement: Placement): { closedTab: Box; open: Box } {
  return {
    closedTab: { left: placement.tab.left, top: placement.tab.top, width: tabWidth, height: tabHeight },
    // The open block is at least as tall as the tab; its panel may be shorter than its maximum.
    open: {
      left: placement.open.left,
      top: placement.open.top,
      width: tabWidth + panelWidth,
      height: placement.open.maxHeight,
    },
  };
}

/** Facebook's dialog: 500 px wide, centred; Post along its bottom. */
function facebookDialog(width: number, height: number) {
  const composer = { left: (width - 500) / 2, top: (height - 460) / 2, width: 500, height: 460 };
  const keepClear = [
    { left: composer.left + 16, top: composer.top + 100, width: 468, height: 150 },
    { left: composer.left + 16, top: composer.top + 400, width: 468, height: 36 },
    { left: composer.left + 460, top: composer.top + 12, width: 28, height: 28 },
  ];
  return { viewport: { width, height }, composer, keepClear };
}

/** Instagram's caption step: media square plus a 340 px caption column, controls down that column. */
function instagramCaption(width: number, height: number) {
  const media = Math.min(height - 96 - 43, 857);
  const composer = {
    left: (width - media - 340) / 2,
    top: (height - media - 43) / 2,
    width: media + 340,
    height: media + 43,
  };
  const column = composer.left + media;
  const keepClear = [
    { left: composer.left + 16, top: composer.top + 10, width: 24, height: 24 }, // Back
    { left: composer.left + composer.width - 60, top: composer.top + 10, width: 44, height: 24 }, // Share
    { left: column + 16, top: composer.top + 100, width: 308, height: 168 }, // caption
    ...[0, 1, 2, 3].map((row) => ({ left: column, top: composer.top + 300 + row * 45, width: 340, height: 44 })),
    { left: width - 40, top: 12, width: 28, height: 28 }, // close, at the window's corner
  ];
  return { viewport: { width, height }, composer, keepClear };
}

describe('the sites at common screen sizes', () => {
  test.each([
    [1280, 720],
    [1366, 768],
    [1920, 1080],
  ])('Facebook’s dialog at %i×%i: docked beside it, covering nothing of it', (width, height) => {
    const input = facebookDialog(width, height);
    const placement = placeSidebar(input);
    expect(placement.mode).toBe('docked');
    const { open, closedTab } = rects(placement);
    expect(overlaps(open, input.composer)).toBe(false);
    expect(overlaps(closedTab, input.composer)).toBe(false);
  });

  test.each([
    [1280, 720, 'compact'],
    [1366, 768, 'compact'],
    [1920, 1080, 'docked'],
  ])('Instagram’s caption step at %i×%i: %s, clear of the caption and every button', (width, height, mode) => {
    const input = instagramCaption(width, height);
    const placement = placeSidebar(input);
    expect(placement.mode).toBe(mode);
    const { open, closedTab } = rects(placement);
    for (const box of input.keepClear) {
      expect(overlaps(open, box), JSON.stringify(box)).toBe(false);
      expect(overlaps(closedTab, box), JSON.stringify(box)).toBe(false);
    }
    // Closed, the compact tab covers nothing of the dialog at all.
    expect(overlaps(closedTab, input.composer)).toBe(false);
    expect(placement.open.maxHeight).toBeGreaterThanOrEqual(minPanelHeight);
  });
});

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

describe('random layouts', () => {
  test('never over the composer’s controls when there is room for them, always on screen', () => {
    const next = random(20261130);
    let docked = 0;
    let compact = 0;
    for (let run = 0; run < 3000; run++) {
      const width = 800 + Math.floor(next() * 1400);
      const height = 500 + Math.floor(next() * 700);
      const composerWidth = 300 + Math.floor(next() * (width - 320));
      const composerHeight = 200 + Math.floor(next() * (height - 220));
      const composer = {
        left: Math.floor(next() * (width - composerWidth)),
        top: Math.floor(next() * (height - composerHeight)),
        width: composerWidth,
        height: composerHeight,
      };
      const keepClear = Array.from({ length: 1 + Math.floor(next() * 8) }, () => {
        const boxWidth = 20 + Math.floor(next() * Math.min(300, composerWidth - 20));
        const boxHeight = 20 + Math.floor(next() * 60);
        return {
          left: composer.left + Math.floor(next() * (composerWidth - boxWidth)),
          top: composer.top + Math.floor(next() * (composerHeight - boxHeight)),
          width: boxWidth,
          height: boxHeight,
        };
      });
      const placement = placeSidebar({ viewport: { width, height }, composer, keepClear });
      const { open, closedTab } = rects(placement);
      const where = JSON.stringify({ width, height, composer, keepClear, placement });
      expect(open.left, where).toBeGreaterThanOrEqual(0);
      expect(open.left + open.width, where).toBeLessThanOrEqual(width);
      expect(open.top + open.height, where).toBeLessThanOrEqual(height);
      if (placement.mode === 'docked') {
        docked++;
        expect(overlaps(open, composer), where).toBe(false);
        expect(overlaps(closedTab, composer), where).toBe(false);
      } else {
        compact++;
        if (placement.open.maxHeight >= minPanelHeight)
          for (const box of keepClear) expect(overlaps(open, box), where).toBe(false);
      }
      for (const box of keepClear) expect(overlaps(closedTab, box), where).toBe(false);
    }
    expect(docked).toBeGreaterThan(100);
    expect(compact).toBeGreaterThan(100);
  });
});

describe('notices', () => {
  test('a notice takes a corner clear of the open dialogs', () => {
    const viewport = { width: 1366, height: 768 };
    expect(placeNotice(viewport, [])).toEqual({ left: 1366 - 16 - 340, top: 768 - 16 - 130 });
    const wide = { left: 400, top: 40, width: 960, height: 700 };
    expect(placeNotice(viewport, [wide]).left).toBe(16);
  });
});
