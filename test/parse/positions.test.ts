/**
 * Hostile text, structured: JSON built from policy-like keys (`__proto__`, `constructor`, wrong
 * case), odd values (NUL, U+0100, `-0`, large and tiny numbers), random whitespace and line ends
 * (LF, CRLF, CR), keys and strings written with `\u` escapes, and keys repeated in one object.
 * Whatever comes in: only a PolicyParseError's issues, every repeated key reported (JSON.parse
 * would keep the last one silently), and every line:column inside the text, at the start of the
 * value or key it names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy, safeParsePolicy } from '../../src/parse/index.js';
import { PolicyParseError } from '../../src/errors.js';

type Member = { k: string; v: Json; again: boolean };
type Json = null | boolean | number | string | Json[] | { members: Member[] };

const key = fc.constantFrom('Version', 'Id', 'Statement', 'Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'Principal', 'AWS', 'Condition', 'StringEquals', 'aws:SourceIp', '__proto__', 'constructor', 'effect', 'é');
const scalar = fc.oneof(
  fc.constantFrom('2012-10-17', 'Allow', 'Deny', 's3:GetObject', '*', 'arn:aws:s3:::b', '', 'é', '\u0100', '\u0000', '\ud800'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<Json> = fc.letrec<{ v: Json }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('v'), { maxLength: 3 }),
    fc.array(fc.record({ k: key, v: tie('v'), again: fc.boolean() }), { maxLength: 4 }).map((members) => ({ members })),
  ),
})).v;

/** JSON text of `v`; `again` members repeat a key already written in the same object. */
function write(v: Json, space: () => string, escape: () => boolean, repeated: { count: number }): string {
  if (typeof v === 'string')
    return escape() ? `"${[...v].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"` : JSON.stringify(v);
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${space()}${v.map((x) => write(x, space, escape, repeated)).join(`,${space()}`)}${space()}]`;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const m of v.members) {
    if (seen.has(m.k) && !m.again) continue;
    if (seen.has(m.k)) repeated.count++;
    seen.add(m.k);
    parts.push(`${space()}${write(m.k, space, escape, repeated)}${space()}:${space()}${write(m.v, space, escape, repeated)}`);
  }
  return `{${parts.join(',')}${space()}}`;
}

describe('structured hostile text (fast-check, fixed seed)', () => {
  it('gives only issues, reports every repeated key, and places each issue inside the text at what it names', () => {
    let repeatedTexts = 0;
    fc.assert(
      fc.property(value, fc.array(fc.constantFrom('', ' ', '\n', '\r\n', '\r', '\t'), { minLength: 64, maxLength: 64 }), fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), (v, spaces, escapes) => {
        let s = 0;
        let e = 0;
        const repeated = { count: 0 };
        const text = write(v, () => spaces[s++ % 64]!, () => escapes[e++ % 64]! && escapes[(e * 7) % 64]!, repeated);
        try {
          parsePolicy(text);
        } catch (error) {
          expect(error).toBeInstanceOf(PolicyParseError);
        }
        const r = safeParsePolicy(text);
        if (r.success) return;
        if (repeated.count > 0) {
          repeatedTexts++;
          expect(r.error.issues.map((i) => i.code)).toContain('DUPLICATE_KEY');
        }
        const lines = text.split(/\r\n|\r|\n/);
        for (const i of r.error.issues) {
          if (i.line === undefined) continue;
          expect(i.line).toBeGreaterThanOrEqual(1);
          expect(i.line).toBeLessThanOrEqual(lines.length);
          const line = lines[i.line - 1]!;
          expect(i.column).toBeGreaterThanOrEqual(1);
          expect(i.column).toBeLessThanOrEqual(line.length + 1);
          // a syntax error points where reading stopped and a raw character at itself; anything else
          // at a value or key: a quote, a bracket, a digit, a minus or the first letter of a literal
          if (i.code === 'JSON_SYNTAX' || i.code === 'TOO_MANY_ISSUES' || (i.code === 'INVALID_CHARACTER' && i.message.startsWith('The policy text'))) continue;
          expect([i.code, line[i.column! - 1]]).toEqual([i.code, expect.stringMatching(/^["{[\-0-9tfn]$/)]);
        }
      }),
      { seed: 3131, numRuns: 3000 },
    );
    expect(repeatedTexts).toBeGreaterThan(50);
  }, 60_000);
});
