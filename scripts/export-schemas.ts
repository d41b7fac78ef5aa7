/**
 * Writes assets/schema/*.schema.json from the zod schemas, formatted as Prettier formats the tree, so that on
 * a checkout whose schemas are current it changes nothing. A unit test fails when they drift.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { JSON_SCHEMA_FILES, jsonSchemaText } from '../lib/schemas/json-schema';

const directory = new URL('../assets/schema/', import.meta.url);
await mkdir(directory, { recursive: true });
for (const file of Object.keys(JSON_SCHEMA_FILES) as (keyof typeof JSON_SCHEMA_FILES)[]) {
  const path = fileURLToPath(new URL(file, directory));
  const options = await resolveConfig(path);
  await writeFile(path, await format(jsonSchemaText(file), { ...options, filepath: path }));
  console.log(`assets/schema/${file}`);
}
