import { performance } from 'node:perf_hooks';
import type { Template, TemplatePack } from '../../lib/schemas';
import { sized } from './quick';

/**
 * `getWorkspace`, which every page and the sidebar call when they load, in Node with WXT's fake browser
 * (storage): the first load after data is installed, the loads after it (median of 30), and a load by a
 * background started afresh, for the built-in pack, a large kabupaten pack, the largest pack a file may hold, and a pack whose every
 * body sits at the Markdown limits. Also the conversion a hostile body cost before it was refused.
 */
export async function workspaceFigures(): Promise<Record<string, string | number>[]> {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  const { backgroundHandlers } = await import('../../lib/background/handlers');
  const { installImport } = await import('../../lib/workspace/data-import');
  const { PanduDatabase } = await import('../../lib/posts/database');
  const { builtInData } = await import('../../lib/workspace/defaults');
  const { markdownToPlainText } = await import('../../lib/templates/markdown');
  const { describeProblems, parseTemplatePack } = await import('../../lib/schemas');
  const { translator } = await import('../../lib/messages/i18n');

  const handlers = backgroundHandlers(new PanduDatabase('bench-workspace'));
  const builtIn = builtInData();
  const load = async () => {
    const start = performance.now();
    await handlers.getWorkspace(undefined, {});
    return performance.now() - start;
  };
  const freshLoad = async () => {
    const fresh = backgroundHandlers(new PanduDatabase('bench-workspace'));
    const start = performance.now();
    await fresh.getWorkspace(undefined, {});
    return performance.now() - start;
  };
  const median = async (runs: number) => {
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) samples.push(await load());
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)] as number;
  };
  // The built-in templates, over and over.
  const modelAt = (index: number) => builtIn.pack.templates[index % builtIn.pack.templates.length] as Template;
  const packOf = (count: number, body: (index: number) => string): TemplatePack => ({
    ...builtIn.pack,
    templates: Array.from({ length: count }, (_, index) => {
      // Text only: the images' own figures are in the images section, and their records would crowd the cap.
      const { images: _images, ...model } = modelAt(index);
      return { ...model, id: `templat-${index}`, title: `${model.title} ${index}`, body: body(index) };
    }),
  });
  const ordinary = (index: number) => {
    const model = modelAt(index).body;
    return model.repeat(Math.max(1, Math.floor(380 / model.length)));
  };
  // At every limit at once: 12 levels deep, 200 emphasis marks in one paragraph.
  const atLimits = () => `${'> '.repeat(12)}a\n\n${'*a_'.repeat(66)}**\n\n${'kata '.repeat(3000)}`;

  const rows: Record<string, string | number>[] = [];
  for (const [name, pack] of [
    [`built-in pack (${builtIn.pack.templates.length} templates)`, builtIn.pack],
    [`kabupaten pack (${sized(400, 5)} templates)`, packOf(sized(400, 5), ordinary)],
    [
      `largest pack (${sized(1800, 5).toLocaleString('en-US')} templates)`,
      packOf(sized(1800, 5), (index) => ordinary(index).slice(0, 480)),
    ],
    [`${sized(40, 2)} bodies at every Markdown limit`, packOf(sized(40, 2), atLimits)],
  ] as const) {
    await fakeBrowser.storage.local.clear();
    const size = JSON.stringify(pack).length;
    const checked = parseTemplatePack(JSON.stringify(pack), builtIn.calendar);
    if (!checked.ok) throw new Error(`bench pack refused: ${describeProblems(checked.problems, translator('en'))[0]}`);
    const start = performance.now();
    await installImport({ kind: 'pack', value: checked.value });
    const install = performance.now() - start;
    const first = await load();
    rows.push({
      data: name,
      'file kB': Math.round(size / 1000),
      'install ms (validate, convert, store)': Math.round(install),
      'first getWorkspace ms': Math.round(first),
      [`getWorkspace ms (median of ${sized(30)})`]: Number((await median(sized(30))).toFixed(1)),
      // As after the service worker restarted: validated again, conversions read from storage.
      'getWorkspace ms, fresh background': Math.round(await freshLoad()),
    });
  }

  // What a hostile body cost per load before the limits (refused at import now).
  for (const times of [sized(1666, 100), sized(3333, 200)]) {
    const name = `before: "*a_" × ${times.toLocaleString('en-US')} (${Math.round((times * 3) / 1000)} kB), converted on every load`;
    const body = '*a_'.repeat(times);
    const start = performance.now();
    markdownToPlainText(body);
    rows.push({
      data: name,
      'file kB': Math.round(body.length / 1000),
      'first getWorkspace ms': Math.round(performance.now() - start),
    });
  }
  return rows;
}
