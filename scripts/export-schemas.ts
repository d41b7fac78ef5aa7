/** Writes assets/schema/*.schema.json from the zod schemas. A unit test fails when they drift. */
import { writeFile, mkdir } from 'node:fs/promises';
import { JSON_SCHEMA_FILES, jsonSchemaText } from '../lib/schemas/json-schema';

const directory = new URL('../assets/schema/', import.meta.url);
await mkdir(directory, { recursive: true });
for (const file of Object.keys(JSON_SCHEMA_FILES) as (keyof typeof JSON_SCHEMA_FILES)[]) {
  await writeFile(new URL(file, directory), jsonSchemaText(file));
  console.log(`assets/schema/${file}`);
}
