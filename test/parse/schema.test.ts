import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaDir, schemaFiles } from '../../scripts/generate-schema.js';
import { policyJsonSchema } from '../../src/parse/schema.js';

describe('JSON Schema', () => {
  it('committed schema/ files are what scripts/generate-schema.ts writes (run it if this fails)', () => {
    for (const [name, text] of schemaFiles()) expect(readFileSync(`${schemaDir}${name}`, 'utf8'), name).toBe(text);
  });

  it('is draft 2020-12 and states the kind rules JSON Schema can express', () => {
    const identity = policyJsonSchema('identity') as { $schema: string; $defs: { Statement: { properties: object } } };
    expect(identity.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(identity.$defs.Statement.properties)).not.toContain('Principal');
    const trust = policyJsonSchema('trust') as { $defs: { Statement: { properties: object; required: string[] } } };
    expect(Object.keys(trust.$defs.Statement.properties)).not.toContain('Resource');
    expect(trust.$defs.Statement.required).toContain('Principal');
  });

  it('returns a fresh object on every call', () => {
    const a = policyJsonSchema();
    a['title'] = 'changed';
    expect(policyJsonSchema()['title']).not.toBe('changed');
  });
});
