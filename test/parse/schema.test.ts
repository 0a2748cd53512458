import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaDir, schemaFiles } from '../../scripts/generate-schema.js';
import { argumentErrorOf } from '../hostile/helpers.js';
import { policyJsonSchema, policySchema } from '../../src/parse/schema.js';

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

describe('a kind that names no policy kind (plain JavaScript, configuration)', () => {
  // 'Identity' used to give the schema of no kind: it took a Principal in an identity policy, which
  // IAM refuses; a Symbol was a TypeError from inside
  it.each<[string, unknown]>([
    ['a misspelt kind', 'Identity'],
    ['a kind of another tool', 'inline'],
    ['a number', 5],
    ['null', null],
    ['a Symbol', Symbol('identity')],
    ['an object', { kind: 'identity' }],
  ])('%s is a PolicyArgumentError naming the kinds, from policySchema and policyJsonSchema', (_, kind) => {
    for (const f of [policySchema, policyJsonSchema]) {
      const error = argumentErrorOf(() => f(kind as never));
      expect(error).toMatchObject({ argument: 'kind', code: 'ARGUMENT' });
      expect(error.message).toMatch(/^The policy kind must be one of identity, resource, trust, boundary, scp, rcp, session, endpoint, not /);
    }
  });

  it('no kind is the grammar every kind shares', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] };
    expect(policySchema().safeParse(doc).success).toBe(true);
    expect(policySchema(undefined).safeParse(doc).success).toBe(true);
    expect(policySchema('identity').safeParse(doc).success).toBe(false);
  });
});
