import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

interface EntrypointSize {
  entrypoint: string;
  files: number;
  'raw kB': number;
  'gzip kB': number;
}

const kB = (bytes: number): number => Math.round(bytes / 10.24) / 100;

/** Follows a built file's relative imports (`from"./chunks/x.js"`, `import"./y.js"`, HTML src/href). */
async function closure(root: string, start: string): Promise<Map<string, Buffer>> {
  const seen = new Map<string, Buffer>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    const content = await readFile(join(root, file));
    seen.set(file, content);
    if (!/\.(js|html)$/.test(file)) continue;
    const text = content.toString('utf8');
    const references = [
      ...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.(?:js|css))["']/g),
      ...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g),
    ].map((match) => match[1] as string);
    for (const reference of references) {
      const resolved = reference.startsWith('/')
        ? reference.slice(1)
        : relative(root, join(root, dirname(file), reference));
      queue.push(resolved);
    }
  }
  return seen;
}

export async function bundleSizes(root: string): Promise<EntrypointSize[]> {
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    options_ui?: { page?: string };
    action?: { default_popup?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const entrypoints: [string, string[]][] = [];
  if (manifest.background?.service_worker) entrypoints.push(['background', [manifest.background.service_worker]]);
  for (const script of manifest.content_scripts ?? []) {
    entrypoints.push([`content (${script.js?.join(', ')})`, [...(script.js ?? []), 'content-scripts/content.css']]);
  }
  if (manifest.options_ui?.page) entrypoints.push(['options', [manifest.options_ui.page]]);
  if (manifest.action?.default_popup) entrypoints.push(['popup', [manifest.action.default_popup]]);

  const rows: EntrypointSize[] = [];
  for (const [entrypoint, starts] of entrypoints) {
    const files = new Map<string, Buffer>();
    for (const start of starts) for (const [file, content] of await closure(root, start)) files.set(file, content);
    const all = Buffer.concat([...files.values()]);
    rows.push({
      entrypoint,
      files: files.size,
      'raw kB': kB(all.length),
      'gzip kB': kB(gzipSync(all, { level: 9 }).length),
    });
  }
  return rows;
}
