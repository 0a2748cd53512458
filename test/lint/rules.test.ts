import { describe, expect, it } from 'vitest';
import { lint, lintRules, type LintOptions } from '../../src/lint/index.js';
import { AA_CHECKS, SEVERITY_DEVIATIONS, SEVERITY_OF } from './aa-checks.js';
import { cases, doc, s3 } from './cases.js';

describe('each rule: a policy that triggers it and a near miss that does not', () => {
  it('covers every rule except those tested separately', () => {
    const tested = new Set(cases.map((c) => c.code));
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
  it('EMPTY_OBJECT_CONDITION on a model document (the parser rejects what model documents can hold)', () => {
    const model = Object.freeze({
      Version: '2012-10-17' as const,
      Statement: Object.freeze([Object.freeze({ Effect: 'Allow' as const, Action: ['s3:GetObject'], Resource: ['*'], Condition: Object.freeze({}) })]),
    });
    expect(lint(model).map((f) => f.code)).toContain('EMPTY_OBJECT_CONDITION');
    // the former code still configures the rule
    expect(lint(model, { rules: { EMPTY_OBJECT: 'off' } }).map((f) => f.code)).not.toContain('EMPTY_OBJECT_CONDITION');
    const fine = Object.freeze({ ...model, Statement: Object.freeze([Object.freeze({ Effect: 'Allow' as const, Action: ['s3:GetObject'], Resource: ['*'] })]) });
    expect(lint(fine).map((f) => f.code)).not.toContain('EMPTY_OBJECT_CONDITION');
  });
});

describe('every IAM Access Analyzer policy check', () => {
  const byCode = new Map(lintRules.map((r) => [r.code, r]));
  const tested = new Set(cases.map((c) => c.code));
  const rules = AA_CHECKS.filter((c) => c.ours !== undefined && !c.ours.startsWith('parser:'));
  it.each(rules.map((c) => [c.title, c] as const))('%s has a rule with its severity and a trigger/near-miss case', (_, check) => {
    const rule = byCode.get(check.ours!);
    expect(rule, check.ours).toBeDefined();
    expect(tested.has(check.ours!)).toBe(true);
    if (!SEVERITY_DEVIATIONS.has(check.title)) expect(rule!.severity).toBe(SEVERITY_OF[check.type]);
    if (check.ours !== 'LEGACY_SCP_SYNTAX') expect(rule!.source).toBe('access-analyzer');
  });
  it('checks without a rule say why', () => {
    for (const c of AA_CHECKS) if (c.ours === undefined) expect(c.note, c.title).toMatch(/not offline/);
  });
  it('rules of our own are marked as such, and every rule is in the table or ours', () => {
    const inTable = new Set(rules.map((c) => c.ours));
    for (const r of lintRules) expect(inTable.has(r.code) || r.source === 'typed-iam', r.code).toBe(true);
  });
});

describe('INVALID_ACTION: stray whitespace in an action (AWS published such entries; parse keeps them)', () => {
  const policyWith = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', action], Resource: '*' }] });
  it.each([
    ['lambda:ListFunctions ', 'lambda:ListFunctions'],
    ['ec2: DescribeAccountAttributes', 'ec2:DescribeAccountAttributes'],
    ['access-analyzer:ListTagsForResource ', 'access-analyzer:ListTagsForResource'],
    ['amplifybackend: *', 'amplifybackend:*'],
  ])('%j is reported with the action it stands for', (action, meant) => {
    const found = lint(policyWith(action)).filter((f) => f.code === 'INVALID_ACTION');
    expect(found.map((f) => f.path)).toEqual(['Statement[0].Action[1]']);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.message).toContain(`Did you mean ${JSON.stringify(meant)}`);
    // the same entry without the whitespace is fine
    expect(lint(policyWith(meant)).map((f) => f.code)).not.toContain('INVALID_ACTION');
  });
});
