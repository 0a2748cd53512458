import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/parse/fast.js';
import { parseJson, scanJson } from '../../src/parse/json.js';
import { parsePolicy, safeParsePolicy } from '../../src/parse/index.js';
import { managedPolicies } from './helpers.js';

/**
 * The fast path (JSON.parse, a quote count and the model walk instead of a character-by-character
 * pre-scan) must accept exactly the texts the strict parser reads without a problem: never one
 * with a duplicate key, excessive depth, an inexact number or an out-of-range character.
 */

type Tree = string | number | boolean | null | Tree[] | { entries: [string, Tree][] };

/** Serializes a tree, keeping repeated keys, with a choice of layout. */
function write(t: Tree, indent: string, level = 0): string {
  const nl = indent === '' ? '' : '\n' + indent.repeat(level + 1);
  const end = indent === '' ? '' : '\n' + indent.repeat(level);
  if (Array.isArray(t)) return t.length === 0 ? '[]' : `[${t.map((x) => nl + write(x, indent, level + 1)).join(',')}${end}]`;
  if (t !== null && typeof t === 'object')
    return t.entries.length === 0 ? '{}' : `{${t.entries.map(([k, v]) => `${nl}${JSON.stringify(k)}: ${write(v, indent, level + 1)}`).join(',')}${end}}`;
  return JSON.stringify(t);
}

const key = fc.constantFrom('Version', 'Statement', 'Effect', 'Action', 'Resource', 'Condition', 'Principal', 'AWS', 'StringEquals', 'aws:x', 'Sid', '__proto__', 'a:"b"', 'é');
const leaf: fc.Arbitrary<Tree> = fc.oneof(
  // U+0008 and U+000C: JSON.stringify writes them as the short escapes \b and \f
  fc.constantFrom('Allow', '2012-10-17', 's3:GetObject', '*', 'a"b', 'a\\b', '\u0001', '\u0008', '\u000c', 'é', '\u2603', ':', '":'),
  fc.constantFrom(1, -2, 0.5, 1e21, 123456789012345, 12345678901234567890, 1e300),
  fc.boolean(),
  fc.constant(null),
);
const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('t'), { maxLength: 3 }),
    fc.array(fc.tuple(key, tie('t')), { maxLength: 4 }).map((entries) => ({ entries })),
  ),
})).t;

/** An identity policy whose one Resource is written `resource` (JSON string content, escapes as given). */
const doc2 = (resource: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"${resource}"}]}`;

/** Key of the placeholder member that becomes the repeated one. */
const MARK = '@@REPEAT@@';

describe('fast path', () => {
  it('accepts a text only when the strict parser finds no problem, and then gives the same value', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom('', '    ', '\t'), fc.constantFrom(1, 2, 3, 5, 6, 7, 64), (t, indent, maxDepth) => {
        const text = write(t, indent);
        const fast = fastParse(text, maxDepth);
        const strict = parseJson(text, maxDepth, false);
        if (fast !== undefined) {
          expect(strict.problems).toEqual([]);
          expect(fast.raw).toEqual(strict.value);
        } else if (strict.problems.length === 0 && !/[\\\u0100-\uffff]/.test(text)) {
          // without backslashes and wide characters the fast path is also complete
          expect.unreachable(`fast path refused a text the strict parser accepts: ${text}`);
        }
      }),
      { numRuns: 3000, seed: 2016 },
    );
  });

  it('finds a key repeated anywhere in a managed policy, even when the policy stays valid', () => {
    const corpus = managedPolicies();
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), fc.nat(), fc.nat(), fc.boolean(), (p, pick, which, pretty) => {
        const objects: Record<string, unknown>[] = [];
        const collect = (v: unknown): void => {
          if (Array.isArray(v)) v.forEach(collect);
          else if (v !== null && typeof v === 'object') {
            objects.push(v as Record<string, unknown>);
            Object.values(v).forEach(collect);
          }
        };
        const doc = corpus[p]![1];
        collect(doc);
        const target = objects[pick % objects.length]!;
        const keys = Object.keys(target);
        const dup = keys[which % keys.length]!;
        // the repeated member comes first, so JSON.parse keeps the original value
        const text = JSON.stringify(doc, (_k, v: unknown) => (v === target ? { [MARK]: 0, ...target } : v), pretty ? 4 : undefined);
        const r = safeParsePolicy(text.replace(/"@@REPEAT@@": ?0/, () => JSON.stringify(dup) + ':' + JSON.stringify(target[dup])));
        expect(r.success).toBe(false);
        if (!r.success) expect(r.error.issues.map((i) => i.code)).toContain('DUPLICATE_KEY');
      }),
      { numRuns: 300, seed: 2017 },
    );
  });

  it('still checks numbers, depth and characters that JSON.parse lets through', () => {
    const doc = (cond: string) => `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"NumericEquals":{"aws:x":${cond}}}}}`;
    expect(() => parsePolicy(doc('12345678901234567890'))).toThrow(/exact|number/i);
    expect(() => parsePolicy(doc('1e400'))).toThrow();
    expect(parsePolicy(doc('123456789012345')).document.Statement[0]?.Condition?.['NumericEquals']?.['aws:x']).toEqual([123456789012345]);
    expect(parsePolicy(doc('[1, 2.5, true, "x"]')).document.Statement[0]?.Condition?.['NumericEquals']?.['aws:x']).toEqual([1, 2.5, true, 'x']);
    // document, statement, Condition, operator, values: five levels
    expect(safeParsePolicy(doc('1'), { maxDepth: 4 }).success).toBe(true);
    expect(safeParsePolicy(doc('1'), { maxDepth: 3 }).success).toBe(false);
    expect(safeParsePolicy(doc('[1]'), { maxDepth: 5 }).success).toBe(true);
    expect(safeParsePolicy(doc('[1]'), { maxDepth: 4 }).success).toBe(false);
    expect(safeParsePolicy(doc('"\u2603"')).success).toBe(false);
    expect(safeParsePolicy(doc('"\\u2603"')).success).toBe(false);
    expect(safeParsePolicy(doc('"\\u00e9"')).success).toBe(true);
    // outside the grammar: the shape check reports it, the depth check still applies
    const deep = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","X":${'['.repeat(70)}${']'.repeat(70)}}]}`;
    const r = safeParsePolicy(deep);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.code).toBe('TOO_DEEP');
  });

  it('refuses every short escape that decodes outside IAM\'s characters (\\b, \\f), on the fast and the strict path alike', () => {
    // iam-reference §1: IAM takes U+0009, U+000A, U+000D and U+0020-U+00FF only
    for (const [escape, char] of [['\\"', '"'], ['\\\\', '\\'], ['\\/', '/'], ['\\b', '\b'], ['\\f', '\f'], ['\\n', '\n'], ['\\r', '\r'], ['\\t', '\t']] as const) {
      const text = doc2(`arn:aws:s3:::x${escape}y`);
      const allowed = /^[\t\n\r\u0020-\u00ff]$/.test(char);
      expect(scanJson(text, 64), escape).toBe(allowed);
      expect(parseJson(text, 64, false).problems.map((p) => p.kind), escape).toEqual(allowed ? [] : ['escaped-char']);
      const r = safeParsePolicy(text);
      expect(r.success ? [] : r.error.issues.map((i) => [i.code, i.path]), escape).toEqual(allowed ? [] : [['INVALID_CHARACTER', 'Statement[0].Resource']]);
    }
    // Id, Sid, principal and condition value too (each was accepted on the fast path)
    const resource = (extra: string) =>
      `{"Version":"2012-10-17",${extra}"Statement":[{"Sid":"a\\bb","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/a\\fb"},"Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:username":"a\\bb"}}}]}`;
    const r = safeParsePolicy(resource('"Id":"a\\fb",'), { kind: 'resource' });
    expect(r.success ? [] : r.error.issues.map((i) => i.path)).toEqual(['Id', 'Statement[0].Sid', 'Statement[0].Principal.AWS', 'Statement[0].Condition.StringEquals["aws:username"]']);
  });

  it('pre-scans a string of many escapes in one pass (each character read a bounded number of times)', () => {
    // docs/parsing.md: time is linear in the input. The pre-scan searched the rest of a string for
    // its closing quote once per escape: 2 MB of `\/` took 11 s. Counted here as the characters
    // String.prototype.indexOf and charCodeAt read, instead of timed.
    const text = doc2(`arn:aws:s3:::${'\\/'.repeat(20_000)}`);
    const { indexOf, charCodeAt } = String.prototype;
    let read = 0;
    try {
      String.prototype.indexOf = function (this: string, search: string, from?: number) {
        const at = indexOf.call(this, search, from);
        read += (at < 0 ? this.length : at + 1) - (from ?? 0);
        return at;
      };
      String.prototype.charCodeAt = function (this: string, index: number) {
        read++;
        return charCodeAt.call(this, index);
      };
      expect(scanJson(text, 64)).toBe(true);
    } finally {
      String.prototype.indexOf = indexOf;
      String.prototype.charCodeAt = charCodeAt;
    }
    expect(read).toBeLessThan(4 * text.length);
    // and whole: 2 MB of escapes, of each kind IAM takes (finishes in milliseconds)
    for (const escape of ['\\/', '\\\\', '\\n', '\\u0041']) {
      const big = doc2(`arn:aws:s3:::${escape.repeat(Math.floor(2_000_000 / escape.length))}`);
      expect(safeParsePolicy(big).success, escape).toBe(true);
    }
  });

  it('leaves grammar and kind validation to the model: a clean shape with a bad action is still reported', () => {
    const r = safeParsePolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3","Resource":"*"}]}');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.code)).toEqual(['INVALID_ACTION']);
  });
});
