/**
 * The parser checks the grammar with its own walk (src/parse/grammar.ts, no zod at parse time);
 * the exported zod schema states the same grammar. Both must find the same problems at the same
 * places on any input, so the schema users get and the parser never drift apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { grammarIssues, type GrammarIssue } from '../../src/parse/grammar.js';
import type { JsonValue } from '../../src/parse/json.js';
import { policySchema } from '../../src/parse/schema.js';

type ZodIssue = z.core.$ZodIssue;

/** zod's issues as the parser reads them: a union is reported by the branch that took the input's type. */
function flatten(issues: readonly ZodIssue[], prefix: readonly PropertyKey[], out: GrammarIssue[]): void {
  const matched = (list: readonly ZodIssue[]) => list.some((i) => i.path.length > 0 || (i.code !== 'invalid_type' && i.code !== 'invalid_union'));
  for (const issue of issues) {
    const path = [...prefix, ...issue.path] as (string | number)[];
    if (issue.code === 'invalid_union') {
      const branch = issue.errors.find(matched);
      if (branch !== undefined) {
        flatten(branch, path, out);
        continue;
      }
    }
    // zod also checks an array's minimum length on a string ("Statement": ""); the walk reports the type only
    if (issue.code === 'too_small' && issue.origin !== 'array') continue;
    // the schema's refinements state model rules (element pairs, an empty principal map), which
    // validateDocument checks after the walk
    if (issue.code === 'custom') continue;
    const code = issue.code === 'unrecognized_keys' ? 'keys' : issue.code === 'invalid_value' ? 'value' : issue.code === 'too_small' ? 'empty' : 'type';
    out.push(issue.code === 'unrecognized_keys' ? { path, code, keys: issue.keys } : { path, code });
  }
}

function viaZod(raw: unknown): GrammarIssue[] {
  const out: GrammarIssue[] = [];
  const r = policySchema().safeParse(raw);
  if (!r.success) flatten(r.error.issues, [], out);
  return out;
}

const scalar = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(null));
const near = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: scalar }, { weight: 1, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.constant({}) });
const list = near(fc.oneof(fc.constant('*'), fc.array(near(fc.constant('s3:GetObject')), { maxLength: 3 })));
const principal = near(
  fc.oneof(
    fc.constant('*'),
    fc.constant('AWS'),
    fc.dictionary(fc.constantFrom('AWS', 'Service', 'Federated', 'CanonicalUser', 'Other'), list, { maxKeys: 2 }),
  ),
);
const values = near(fc.oneof(fc.string({ maxLength: 2 }), fc.array(near(fc.integer()), { maxLength: 2 })));
const condition = near(fc.dictionary(fc.constantFrom('StringEquals', 'Bool'), near(fc.dictionary(fc.constantFrom('aws:a', 'b'), values, { maxKeys: 2 })), { maxKeys: 2 }));
const statement = near(
  fc.record(
    {
      Sid: near(fc.constant('S1')),
      Effect: near(fc.constantFrom('Allow', 'Deny', 'allow')),
      Principal: principal,
      NotPrincipal: principal,
      Action: list,
      NotAction: list,
      Resource: list,
      NotResource: list,
      Condition: condition,
      Extra: scalar,
    },
    { requiredKeys: [] },
  ),
);
const document = near(
  fc.record(
    {
      Version: near(fc.constantFrom('2012-10-17', '2008-10-17', '2012-10-18')),
      Id: near(fc.constant('id')),
      Statement: near(fc.oneof(statement, fc.array(statement, { maxLength: 3 }))),
      Other: scalar,
    },
    { requiredKeys: [] },
  ),
);

describe('the grammar walk and the zod schema', () => {
  it('find the same problems at the same paths on generated near-policies', () => {
    fc.assert(
      fc.property(document, (raw) => {
        expect(grammarIssues(raw as JsonValue)).toEqual(viaZod(raw));
      }),
      { seed: 17, numRuns: 3000 },
    );
  });

  it('agree on own "__proto__" element names (unknown elements)', () => {
    const raw = JSON.parse('{"__proto__": 1, "Statement": {"Effect": "Allow", "__proto__": 2}}') as JsonValue;
    expect(grammarIssues(raw)).toEqual(viaZod(raw));
    expect(grammarIssues(raw).map((i) => i.code)).toEqual(['keys', 'keys']);
  });
});

describe('one semantics: parse/ reads the grammar tables of model/', () => {
  // DESIGN "one semantics": model/ owns the grammar and the character set; a second copy in
  // parse/ drifted once already (kind inference's own list of trust actions)
  const copies: [RegExp, string][] = [
    [/'20(12|08)-10-17'/, 'a policy version (model POLICY_VERSIONS, DEFAULT_VERSION)'],
    [/'(Allow|Deny)'/, 'an effect (model EFFECTS)'],
    [/0xff\b|\\xff|\\u00ff/i, "IAM's character range (model isPolicyCharCode / firstInvalidChar)"],
    [/\/\^?sts:/i, 'trust actions (model isTrustAction)'],
    [/\['Version', 'Id', 'Statement'\]/, 'the document elements (model DOCUMENT_KEYS)'],
    [/'Action', 'NotAction', 'Resource', 'NotResource'/, 'the list elements (model LIST_ELEMENTS)'],
  ];
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../src/parse');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    it(`${file} holds no copy`, () => {
      // code only: comments and TSDoc examples may name the values
      const code = readFileSync(join(dir, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
        .replace(/\s\/\/ .*$/gm, '');
      for (const [pattern, what] of copies) expect(pattern.test(code) ? `${file}: ${what}` : '').toBe('');
    });
  }
});
