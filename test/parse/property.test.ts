import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyParseError } from '../../src/errors.js';
import { createPolicy } from '../../src/policy/policy.js';
import { parsePolicy, safeParsePolicy } from '../../src/parse/index.js';
import { buildDocument } from '../../src/parse/build.js';
import { checkShape } from '../../src/parse/check.js';
import type { PolicyDocument, Statement } from '../../src/model/policy-document.js';

const word = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/);
const odd = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'a b', 'aws:SourceIp', 'é');
const text = fc.oneof(word, odd, fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 20 }));
const uniq = <T>(a: fc.Arbitrary<T>) => fc.uniqueArray(a, { minLength: 1, maxLength: 4 });
const action = fc.tuple(fc.constantFrom('s3', 'ec2', 'iam', 'sts'), word).map(([p, n]) => `${p}:${n}`);
const conditionValue = fc.oneof(text, fc.integer(), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)));

/** A condition block built with defineProperty, so odd keys stay data. */
const conditionBlock = fc
  .uniqueArray(fc.tuple(text, fc.uniqueArray(fc.tuple(text, uniq(conditionValue)), { minLength: 1, maxLength: 3, selector: (t) => t[0] })), {
    minLength: 1,
    maxLength: 3,
    selector: (t) => t[0],
  })
  .map((ops) => {
    const out = {};
    for (const [op, keys] of ops) {
      const block = {};
      for (const [k, v] of keys) Object.defineProperty(block, k, { value: v, enumerable: true, writable: true, configurable: true });
      Object.defineProperty(out, op, { value: block, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });

const statement: fc.Arbitrary<Statement> = fc
  .record(
    {
      Sid: word,
      Effect: fc.constantFrom('Allow' as const, 'Deny' as const),
      Action: uniq(action),
      Resource: uniq(fc.oneof(fc.constant('*'), word.map((w) => `arn:aws:s3:::${w}`))),
      Condition: conditionBlock,
    },
    { requiredKeys: ['Effect', 'Action', 'Resource'] },
  )
  .map((s) => s as Statement);

const document: fc.Arbitrary<PolicyDocument> = fc.record(
  { Version: fc.constantFrom('2012-10-17' as const, '2008-10-17' as const), Id: text, Statement: fc.array(statement, { minLength: 1, maxLength: 4 }) },
  { requiredKeys: ['Version', 'Statement'] },
);

describe('round trip', () => {
  it('parsePolicy(p.toString()) deep-equals p.document', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const p = createPolicy('identity', doc);
        expect(parsePolicy(p.toString()).document).toEqual(p.document);
        expect(parsePolicy(p.toString({ pretty: true })).document).toEqual(p.document);
        expect(parsePolicy(p.toJSON()).document).toEqual(p.document);
      }),
      { numRuns: 300, seed: 2018 },
    );
  });
});

/** Mutations of a valid policy's JSON value. */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.string(),
  fc.constant([] as Json[]),
  fc.constant({} as Json),
  fc.constant({ __proto__: 1 } as unknown as Json),
);

function mutate(value: Json, choice: number, pick: number, replacement: Json): Json {
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement];
    const i = pick % value.length;
    const copy = value.slice();
    if (choice % 4 === 0) copy.splice(i, 1);
    else if (choice % 4 === 1) copy.push(copy[i]!);
    else if (choice % 4 === 2) copy[i] = replacement;
    else copy[i] = mutate(copy[i]!, choice >> 2, pick >> 3, replacement);
    return copy;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return replacement;
    const k = keys[pick % keys.length]!;
    const copy: { [k: string]: Json } = {};
    for (const key of keys) Object.defineProperty(copy, key, { value: value[key], enumerable: true, writable: true, configurable: true });
    if (choice % 5 === 0) delete copy[k];
    else if (choice % 5 === 1) Object.defineProperty(copy, ['__proto__', 'constructor', 'effect', `${k}x`][pick % 4]!, { value: value[k], enumerable: true, writable: true, configurable: true });
    else if (choice % 5 === 2) copy[k] = replacement;
    else copy[k] = mutate(value[k]!, choice >> 2, pick >> 3, replacement);
    return copy;
  }
  return replacement;
}

function expectOnlyParseErrors(input: unknown): void {
  try {
    parsePolicy(input);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyParseError);
    expect((e as PolicyParseError).issues.length).toBeGreaterThan(0);
  }
  expect(() => safeParsePolicy(input)).not.toThrow();
}

function textMutation(t: string, kind: number, at: number, ch: string): string {
  const i = at % (t.length + 1);
  switch (kind % 5) {
    case 0: return t.slice(0, i); // truncate
    case 1: return t.slice(0, i) + ch + t.slice(i); // inject
    case 2: return t.slice(0, i) + t.slice(i + 1); // delete one character
    case 3: { // duplicate a key-value pair or a fragment
      const j = t.indexOf(',', i);
      return j < 0 ? t + t : t.slice(0, j) + t.slice(i, j) + t.slice(j);
    }
    default: // broken URL encoding (encodeURIComponent itself refuses lone surrogates)
      try {
        return encodeURIComponent(t).slice(0, i);
      } catch {
        return t;
      }
  }
}

describe('mutation fuzzing', () => {
  const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  const oddChar = fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', '\u0000', '\u2028', '\ud800', '\uffff', 'é', '\t', '%', '\\u0000', '\\ud83d', '1e999', '-', ' ');

  it('mutated values only ever give PolicyParseError and never touch Object.prototype', () => {
    fc.assert(
      fc.property(document, fc.array(fc.tuple(fc.nat(), fc.nat(), junk), { minLength: 1, maxLength: 4 }), (doc, steps) => {
        let value = createPolicy('identity', doc).toJSON() as unknown as Json;
        for (const [choice, pick, replacement] of steps) value = mutate(value, choice, pick, replacement);
        expectOnlyParseErrors(value);
        expectOnlyParseErrors(JSON.stringify(value));
        // the fast path (no zod pass when the walk finds the value clean) agrees with the zod grammar
        if (buildDocument(value).clean) expect(checkShape(value)).toEqual([]);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
      }),
      { numRuns: 500, seed: 2019 },
    );
  });

  it('mutated text only ever gives PolicyParseError and never touches Object.prototype', () => {
    fc.assert(
      fc.property(document, fc.array(fc.tuple(fc.nat(), fc.nat(), oddChar), { minLength: 1, maxLength: 3 }), (doc, steps) => {
        let t = createPolicy('identity', doc).toString({ pretty: true });
        for (const [kind, at, ch] of steps) t = textMutation(t, kind, at, ch);
        expectOnlyParseErrors(t);
        const r = safeParsePolicy(t);
        if (!r.success) for (const i of r.error.issues) if (i.line !== undefined) expect(i.line).toBeGreaterThanOrEqual(1);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 500, seed: 2020 },
    );
  });
});
