/**
 * A template pack built to hurt: Markdown nested thousands of levels deep (which overflowed the stack on every
 * `getWorkspace`), bodies built to be slow, bodies that expand enormously. Each is refused at import with the
 * template named; one already stored is skipped and named, and every other template keeps working.
 */
import { describe, expect, test } from 'vitest';
import { backgroundHandlers } from '@/lib/background/handlers';
import { packItem } from '@/lib/workspace/data-store';
import { PanduDatabase } from '@/lib/posts/database';
import { parseTemplatePack, type TemplatePack } from '@/lib/schemas';
import { defaults, say } from './helpers';

const HOSTILE_BODIES: Record<string, string> = {
  'blockquotes nested 5,000 deep': '>'.repeat(5000) + ' a',
  'lists nested 2,500 deep': '- '.repeat(2500) + 'a',
  'strong emphasis nested 5,000 deep': '*'.repeat(5000) + 'a' + '*'.repeat(5000),
  'unmatched emphasis marks (slow, quadratic)': '*a_'.repeat(6000),
  'a list indented 120 levels': Array.from({ length: 120 }, (_, level) => `${' '.repeat(level * 2)}- a`).join('\n'),
  'a reference link repeated thousands of times': `${'[a][r] '.repeat(2500)}\n\n[r]: https://x.id/${'p'.repeat(1900)}`,
};

function packWith(body: string, at = 2): TemplatePack {
  const pack = defaults().pack;
  pack.templates[at]!.body = body;
  return pack;
}

describe('a hostile template body', () => {
  test.each(Object.entries(HOSTILE_BODIES))('%s: refused at import, naming the template', (_name, body) => {
    const pack = packWith(body);
    const template = pack.templates[2]!;
    const result = parseTemplatePack({ json: pack }, defaults().calendar);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual(['templates[2].body']);
    expect(say(result.problems[0]!.message)).toContain(`'${template.id}'`);
    expect(say(result.problems[0]!.message, 'en')).toContain(template.title);
  });

  test.each(Object.entries(HOSTILE_BODIES))(
    '%s, already stored: the workspace loads, skips that template and names it',
    async (_name, body) => {
      const pack = packWith(body);
      pack.version = '2024.9';
      await packItem.setValue(pack);
      const workspace = await backgroundHandlers(new PanduDatabase(`hostile-${Math.random()}`)).getWorkspace(
        undefined,
        {},
      );
      expect(workspace.pack.version).toBe('2024.9');
      expect(workspace.pack.templates.map((template) => template.id)).toEqual(
        pack.templates.filter((_, index) => index !== 2).map((template) => template.id),
      );
      expect(workspace.dataNotices).toEqual([
        expect.objectContaining({
          kind: 'pack',
          templates: [{ id: pack.templates[2]!.id, title: pack.templates[2]!.title }],
        }),
      ]);
      expect(Object.keys(workspace.plainBodies)).not.toContain(pack.templates[2]!.id);
    },
  );
});
