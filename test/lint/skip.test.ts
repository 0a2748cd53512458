import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintContext, present, type Inspected } from '../../src/lint/context.js';
import { RULES } from '../../src/lint/registry.js';
import type { PolicyDocument, PolicyKind } from '../../src/model/policy-document.js';
import { readPolicyInput } from '../../src/parse/index.js';
import { CORPUS_OPTIONS, loadCorpus } from '../../scripts/lint-corpus.js';
import { cases } from './cases.js';

/**
 * The linter skips a rule that `inspects` an element the policy lacks (src/lint/index.ts). That is
 * only sound if the rule, run anyway, reports nothing: checked here on every rule example, the AWS
 * managed-policy corpus and generated policies.
 */
const INSPECTED = ['conditions', 'arns', 'variables'] as const satisfies readonly Inspected[];
const skippable = RULES.filter((r) => r.inspects !== undefined);
/** Rules with a check of one resource text, skipped on a policy none of whose texts it faults (src/lint/index.ts). */
const checked = RULES.filter((r) => r.resource !== undefined);

/** Runs each skippable rule whose element the document lacks; returns what they report (must be nothing) and which ran. */
function reportsWhenSkipped(document: PolicyDocument, kind: PolicyKind): { reports: string[]; ran: Set<string> } {
  const ctx = lintContext(document, kind, true, {});
  const has = present(ctx.statements);
  const reports: string[] = [];
  const ran = new Set<string>();
  for (const rule of skippable) {
    if (!rule.kinds.includes(kind) || has[rule.inspects!]) continue;
    ran.add(`${rule.code}/${rule.inspects}`);
    rule.check(ctx, (path, message) => reports.push(`${rule.code} ${path} ${message}`));
  }
  // a rule with a resource check is skipped on a policy whose texts its check faults none: it may only report entries its check faults
  for (const rule of checked) {
    if (!rule.kinds.includes(kind)) continue;
    const faulted = new Set(ctx.statements.flatMap((s) => s.resources.filter((r) => rule.resource!(r) !== undefined).map((r) => r.path)));
    if (faulted.size > 0) ran.add(`${rule.code}/resource`);
    rule.check(ctx, (path, message) => {
      if (!faulted.has(path)) reports.push(`${rule.code} ${path} ${message} (its resource check faults no text there)`);
    });
  }
  return { reports, ran };
}

function read(input: unknown, kind?: PolicyKind): { document: PolicyDocument; kind: PolicyKind } | undefined {
  const r = readPolicyInput(input, kind === undefined ? {} : { kind });
  return r.document === undefined ? undefined : { document: r.document, kind: r.kind };
}

describe('rules skipped on a policy without the element they inspect', () => {
  it('every skippable rule names an element the linter tracks', () => {
    expect(skippable.length).toBeGreaterThan(40);
    for (const r of skippable) expect(INSPECTED).toContain(r.inspects);
  });

  it('report nothing on the rule examples (bad and near miss, every kind)', () => {
    const ran = new Set<string>();
    for (const c of cases)
      for (const input of [c.bad, c.good])
        for (const kind of [c.kind, 'identity', 'resource', 'scp'] as const) {
          const r = read(input, kind);
          if (r === undefined) continue;
          const out = reportsWhenSkipped(r.document, r.kind);
          expect(out.reports).toEqual([]);
          for (const x of out.ran) ran.add(x);
        }
    // the check above ran each skippable rule on some policy that lacks its element, and each resource check faulted some text
    const inspected = [...ran].filter((x) => !x.endsWith('/resource'));
    const kinds = new Set<PolicyKind>(['identity', 'resource', 'scp', ...cases.flatMap((c) => (c.kind === undefined ? [] : [c.kind]))]);
    expect(inspected.length).toBe(skippable.filter((r) => r.kinds.some((k) => kinds.has(k))).length);
    expect(checked.length).toBeGreaterThanOrEqual(10);
    expect([...ran].filter((x) => x.endsWith('/resource')).sort()).toEqual(checked.map((r) => `${r.code}/resource`).sort());
  });

  it('report nothing on the AWS managed-policy corpus', () => {
    let skipped = 0;
    for (const p of loadCorpus()) {
      const r = read(p.text, CORPUS_OPTIONS.kind)!;
      const out = reportsWhenSkipped(r.document, r.kind);
      expect(out.reports).toEqual([]);
      skipped += out.ran.size;
    }
    expect(skipped).toBeGreaterThan(1000);
  });

  it('report nothing on generated policies (fixed seed)', () => {
    const action = fc.constantFrom('s3:GetObject', 'iam:PassRole', 'S3:getobject', 's3:Get*', '*', 'ec2:*', 'nosuch:Thing', 's3:GetObjekt', 'iam:Create*', 'sts:AssumeRole');
    const resource = fc.constantFrom('*', 'arn:aws:s3:::b/*', 'arn:aws:s4:::b', 'arn:aws:nosuch:*', 'arn:aws:iam::111122223333:role/x', 'arn:aws:s3:::${aws:username}/*', 'arn:${aws:partition}:s3:::b', 'arn:aws', 'bucket', '${aws:username}', 'arn:aws:ec2:us-east-1::instance/*');
    const key = fc.constantFrom('aws:SourceIp', 'aws:ResourceTag/${aws:username}', 's3:prefix', 'aws:TagKeys', 'aws:MultiFactorAuthPresent', 'iam:PassedToService', 'aws:PrincipalTag/team');
    const value = fc.constantFrom('10.0.0.1/24', '*', 'true', '${aws:username}', 'home/${aws:username}*', '${aws:username', 'x', '2024-01-01');
    const operator = fc.constantFrom('StringEquals', 'StringLike', 'IpAddress', 'Bool', 'ForAllValues:StringEquals', 'Null', 'DateGreaterThan', 'ArnLike');
    const condition = fc.option(fc.dictionary(operator, fc.dictionary(key, fc.array(value, { minLength: 1, maxLength: 3 }), { minKeys: 1, maxKeys: 2 }), { minKeys: 1, maxKeys: 2 }), { nil: undefined });
    const statement = fc.record({
      Effect: fc.constantFrom('Allow', 'Deny'),
      actions: fc.array(action, { minLength: 1, maxLength: 4 }),
      not: fc.boolean(),
      resources: fc.array(resource, { minLength: 1, maxLength: 3 }),
      notResource: fc.boolean(),
      Condition: condition,
      Sid: fc.option(fc.constantFrom('One', '${aws:username}'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 4 }), fc.constantFrom<PolicyKind>('identity', 'resource', 'scp', 'boundary'), (statements, kind) => {
        const Statement = statements.map((s) => ({
          Effect: s.Effect,
          [s.not ? 'NotAction' : 'Action']: s.actions,
          [s.notResource ? 'NotResource' : 'Resource']: s.resources,
          ...(kind === 'resource' ? { Principal: { AWS: '111122223333' } } : {}),
          ...(s.Condition === undefined ? {} : { Condition: s.Condition }),
          ...(s.Sid === undefined ? {} : { Sid: s.Sid }),
        }));
        const r = read({ Version: '2012-10-17', Statement }, kind);
        if (r === undefined) return;
        expect(reportsWhenSkipped(r.document, r.kind).reports).toEqual([]);
      }),
      { seed: 15, numRuns: 400 },
    );
  });
});
