import { describe, expect, it } from 'vitest';
import { lint, lintRules, type LintOptions } from '../../src/lint/index.js';
import { cases, doc, s3 } from './cases.js';

describe('each rule: a policy that triggers it and a near miss that does not', () => {
  it('covers every rule except those tested separately', () => {
    const tested = new Set([...cases.map((c) => c.code), 'EMPTY_OBJECT']);
    expect(lintRules.map((r) => r.code).filter((c) => !tested.has(c))).toEqual([]);
  });
  for (const c of cases) {
    it(c.code, () => {
      const options: LintOptions = { ...c.options, ...(c.kind === undefined ? {} : { kind: c.kind }) };
      const bad = lint(c.bad, options);
      expect(bad.map((f) => f.code)).toContain(c.code);
      const finding = bad.find((f) => f.code === c.code)!;
      expect(finding.severity).toBe(c.options?.rules?.[c.code] ?? lintRules.find((r) => r.code === c.code)!.severity);
      if (c.code === 'UNSUPPORTED_SID') {
        // near miss: the same Sid is fine in a resource policy
        const ok = lint(doc(s3({ Sid: 'read-bucket', Principal: { AWS: '111122223333' } })), { kind: 'resource' });
        expect(ok.map((f) => f.code)).not.toContain(c.code);
        return;
      }
      expect(lint(c.good, options).map((f) => f.code)).not.toContain(c.code);
    });
  }
  it('EMPTY_OBJECT (model documents can hold what the parser rejects)', () => {
    const model = Object.freeze({
      Version: '2012-10-17' as const,
      Statement: Object.freeze([Object.freeze({ Effect: 'Allow' as const, Action: ['s3:GetObject'], Resource: ['*'], Condition: Object.freeze({}) })]),
    });
    expect(lint(model).map((f) => f.code)).toContain('EMPTY_OBJECT');
    const fine = Object.freeze({ ...model, Statement: Object.freeze([Object.freeze({ Effect: 'Allow' as const, Action: ['s3:GetObject'], Resource: ['*'] })]) });
    expect(lint(fine).map((f) => f.code)).not.toContain('EMPTY_OBJECT');
  });
});
