/**
 * Writes the JSON Schemas of the policy grammar: schema/policy.schema.json (all kinds) and
 * schema/<kind>.schema.json per policy kind, from the parser's zod schemas.
 * Run: npx tsx scripts/generate-schema.ts   (test/parse/schema.test.ts fails when they are stale)
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { POLICY_KINDS } from '../src/model/policy-document.js';
import { policyJsonSchema } from '../src/parse/schema.js';

/** File name (relative to schema/) -> exact file content. */
export function schemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const render = (schema: Record<string, unknown>) => `${JSON.stringify(schema, null, 2)}\n`;
  files.set('policy.schema.json', render(policyJsonSchema()));
  for (const kind of POLICY_KINDS) files.set(`${kind}.schema.json`, render(policyJsonSchema(kind)));
  return files;
}

export const schemaDir = fileURLToPath(new URL('../schema/', import.meta.url));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(schemaDir, { recursive: true });
  for (const [name, text] of schemaFiles()) writeFileSync(`${schemaDir}${name}`, text);
  console.log(`wrote ${schemaFiles().size} files to ${schemaDir}`);
}
