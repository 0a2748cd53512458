import { describe, expect, it } from 'vitest';
import { allow, deny, policy, principal, PolicyValidationError } from '../../src/index.js';
import type { PolicyDocument, Statement } from '../../src/model/policy-document.js';
import { createPolicy } from '../../src/policy/policy.js';
import { parsePolicy } from '../../src/parse/index.js';
import { combine, fit, minimize, minimizeStatements, override, planRole, split } from '../../src/optimize/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import type { SizeTarget } from '../../src/emit/size-targets.js';

const doc = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const st = (Action: string[], Resource: string[] = ['*'], extra: Partial<Statement> = {}): Statement => ({
  Effect: 'Allow',
  Action,
  Resource,
  ...extra,
});
const run = (...s: Statement[]) => minimizeStatements(s);

describe('minimize: values inside a statement', () => {
  it('removes duplicate actions case-insensitively, keeping the first spelling', () => {
    expect(run(st(['s3:GetObject', 'S3:GETOBJECT', 's3:getobject', 's3:PutObject']))[0]!.Action).toEqual(['s3:GetObject', 's3:PutObject']);
  });

  it('drops actions a wildcard of the same list covers, in either order', () => {
    expect(run(st(['s3:GetObject', 's3:Get*', 's3:GetObjectAcl', 'ec2:RunInstances']))[0]!.Action).toEqual(['s3:Get*', 'ec2:RunInstances']);
    expect(run(st(['s3:Get*', 's3:GetObject*', 's3:*']))[0]!.Action).toEqual(['s3:*']);
    expect(run(st(['s3:GetObject', '*']))[0]!.Action).toEqual(['*']);
    // a ? covers one character, not a run
    expect(run(st(['s3:Get?', 's3:GetObject']))[0]!.Action).toEqual(['s3:Get?', 's3:GetObject']);
    // s3:?etObject does not cover s3:Get* (which matches GetBucket...)
    expect(run(st(['s3:?etObject', 's3:Get*']))[0]!.Action).toEqual(['s3:?etObject', 's3:Get*']);
  });

  it('drops entries of NotAction covered by another entry (the union is unchanged)', () => {
    expect(run({ Effect: 'Deny', NotAction: ['iam:*', 'iam:GetUser'], Resource: ['*'] })[0]!.NotAction).toEqual(['iam:*']);
  });

  it('removes exact duplicate resources and ARNs a wildcard ARN covers, case-sensitively', () => {
    expect(
      run(st(['s3:GetObject'], ['arn:aws:s3:::b/a', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::B/a']))[0]!.Resource,
    ).toEqual(['arn:aws:s3:::b/*', 'arn:aws:s3:::B/a']);
    expect(run(st(['s3:GetObject'], ['arn:aws:s3:::b/a', '*']))[0]!.Resource).toEqual(['*']);
    // component by component: a wildcard never covers across ARN components
    expect(
      run(st(['ec2:RunInstances'], ['arn:aws:ec2:*:111122223333:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1']))[0]!.Resource,
    ).toEqual(['arn:aws:ec2:*:111122223333:instance/*']);
    expect(run(st(['s3:GetObject'], ['arn:aws:*', 'arn:aws:s3:::b/a']))[0]!.Resource).toEqual(['arn:aws:*', 'arn:aws:s3:::b/a']);
  });

  it('never treats entries with policy variables as covered or covering', () => {
    const r = ['arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::home/alice/x'];
    expect(run(st(['s3:GetObject'], r))[0]!.Resource).toEqual(r);
    const r2 = ['arn:aws:s3:::home/*', 'arn:aws:s3:::home/${aws:username}'];
    expect(run(st(['s3:GetObject'], r2))[0]!.Resource).toEqual(r2);
  });

  it('removes duplicate condition values and principal values', () => {
    const [s] = run({
      Effect: 'Allow',
      Principal: { AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::111122223333:root'] },
      Action: ['s3:GetObject'],
      Resource: ['*'],
      Condition: { StringEquals: { 'aws:SourceVpc': ['vpc-1', 'vpc-1', 'vpc-2'] }, NumericLessThan: { 's3:max-keys': [10, '10'] } },
    });
    expect(s!.Principal).toEqual({ AWS: ['arn:aws:iam::111122223333:root'] });
    expect(s!.Condition).toEqual({ StringEquals: { 'aws:SourceVpc': ['vpc-1', 'vpc-2'] }, NumericLessThan: { 's3:max-keys': [10, '10'] } });
  });
});

describe('minimize: statements', () => {
  it('removes duplicate statements, also with Not elements', () => {
    const s: Statement = { Effect: 'Deny', NotAction: ['iam:*'], NotResource: ['arn:aws:s3:::b'] };
    expect(run(s, { ...s })).toHaveLength(1);
  });

  it('merges Action lists when the Resource sets are equal', () => {
    expect(run(st(['s3:GetObject'], ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*']), st(['s3:PutObject'], ['arn:aws:s3:::c/*', 'arn:aws:s3:::b/*']))).toEqual([
      st(['s3:GetObject', 's3:PutObject'], ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*']),
    ]);
  });

  it('merges Resource lists when the Action sets are equal (case-insensitively)', () => {
    expect(run(st(['s3:GetObject'], ['arn:aws:s3:::b/*']), st(['S3:getobject'], ['arn:aws:s3:::c/*']))).toEqual([
      st(['s3:GetObject'], ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*']),
    ]);
  });

  it('merges in several rounds (actions first, then resources)', () => {
    const out = run(
      st(['s3:GetObject'], ['arn:aws:s3:::b/*']),
      st(['s3:PutObject'], ['arn:aws:s3:::b/*']),
      st(['s3:GetObject', 's3:PutObject'], ['arn:aws:s3:::c/*']),
    );
    expect(out).toEqual([st(['s3:GetObject', 's3:PutObject'], ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*'])]);
  });

  it('never merges when both Action and Resource differ', () => {
    expect(run(st(['s3:GetObject'], ['arn:aws:s3:::b/*']), st(['s3:PutObject'], ['arn:aws:s3:::c/*']))).toHaveLength(2);
  });

  it('never merges across Effect, Principal or Condition', () => {
    expect(run(st(['s3:GetObject']), { ...st(['s3:PutObject']), Effect: 'Deny' })).toHaveLength(2);
    expect(run(st(['s3:GetObject']), st(['s3:PutObject'], ['*'], { Condition: { Bool: { 'aws:SecureTransport': ['true'] } } }))).toHaveLength(2);
    expect(
      run(
        st(['s3:GetObject'], ['*'], { Principal: { AWS: ['arn:aws:iam::111122223333:root'] } }),
        st(['s3:PutObject'], ['*'], { Principal: '*' }),
      ),
    ).toHaveLength(2);
  });

  it('merges conditions that are equal after normalising (key case, value order, duplicates, operator order)', () => {
    const a = { StringEquals: { 'aws:PrincipalTag/Team': ['eng', 'ops'] }, Bool: { 'aws:SecureTransport': ['true'] } };
    const b = { Bool: { 'AWS:SecureTransport': ['true'] }, StringEquals: { 'aws:principaltag/team': ['ops', 'eng', 'ops'] } };
    expect(run(st(['s3:GetObject'], ['*'], { Condition: a }), st(['s3:PutObject'], ['*'], { Condition: b }))).toHaveLength(1);
    // 10 and "10" are different JSON values: no merge
    expect(
      run(
        st(['s3:GetObject'], ['*'], { Condition: { NumericLessThan: { 's3:max-keys': [10] } } }),
        st(['s3:PutObject'], ['*'], { Condition: { NumericLessThan: { 's3:max-keys': ['10'] } } }),
      ),
    ).toHaveLength(2);
  });

  it('compares elements by their values, whatever characters the values hold (no value makes two lists look equal)', () => {
    // a model policy may hold any string; one holding the text the comparison keys once joined
    // values with (U+0000, "string:") must not equal a list of two values
    const bad = ['arn:aws:s3:::a\u0000arn:aws:s3:::b', 'x\u0000string:y', 'x\u0001y'];
    const deny = (Action: string[], Resource: string[]): Statement => ({ Effect: 'Deny', Action, Resource });
    const cond = (v: string[], a: string): Statement => st([a], ['*'], { Condition: { StringEquals: { 'aws:PrincipalTag/t': v } } });
    const cases: [Statement[], { action: string; resource: string; context?: Record<string, string> }][] = [
      // a Deny that stops denying s3:PutObject on bucket a would let the identity policy allow it
      [[deny(['s3:GetObject'], [bad[0]!]), deny(['s3:PutObject'], ['arn:aws:s3:::a', 'arn:aws:s3:::b'])], { action: 's3:PutObject', resource: 'arn:aws:s3:::a' }],
      [[cond([bad[1]!], 's3:GetObject'), cond(['x', 'y'], 's3:PutObject')], { action: 's3:PutObject', resource: '*', context: { 'aws:PrincipalTag/t': 'x' } }],
      [[st(['s3:GetObject'], ['arn:aws:s3:::a\u0001arn:aws:s3:::b']), st(['s3:PutObject'], ['arn:aws:s3:::a', 'arn:aws:s3:::b'])], { action: 's3:PutObject', resource: 'arn:aws:s3:::a' }],
    ];
    for (const [statements, request] of cases) {
      const original = createPolicy('identity', doc(...statements, st(['*'])));
      const small = minimize(original);
      const decide = (p: typeof original) => evaluate({ identity: p }, { principal: 'arn:aws:iam::111122223333:user/u', ...request }).decision;
      expect(decide(small), JSON.stringify(small.toJSON())).toBe(decide(original));
      expect(small.statements.length, JSON.stringify(small.toJSON())).toBe(3);
    }
  });

  it('never joins NotAction or NotResource lists', () => {
    const na = (NotAction: string[]): Statement => ({ Effect: 'Allow', NotAction, Resource: ['*'] });
    expect(run(na(['iam:*']), na(['s3:*']))).toHaveLength(2);
    const nr = (NotResource: string[]): Statement => ({ Effect: 'Deny', Action: ['s3:*'], NotResource });
    expect(run(nr(['arn:aws:s3:::a']), nr(['arn:aws:s3:::b']))).toHaveLength(2);
  });

  it('merges along the positive element when the Not element is identical', () => {
    const s = (Resource: string[]): Statement => ({ Effect: 'Allow', NotAction: ['iam:*'], Resource });
    expect(run(s(['arn:aws:s3:::a']), s(['arn:aws:s3:::b']))).toEqual([s(['arn:aws:s3:::a', 'arn:aws:s3:::b'])]);
    const t = (Action: string[]): Statement => ({ Effect: 'Deny', Action, NotResource: ['arn:aws:s3:::a'] });
    expect(run(t(['s3:GetObject']), t(['s3:PutObject']))).toEqual([t(['s3:GetObject', 's3:PutObject'])]);
  });

  it('keeps Sids: a merge takes the one Sid there is; two Sids never merge', () => {
    expect(run(st(['s3:GetObject']), { ...st(['s3:PutObject']), Sid: 'Put' })).toEqual([{ Sid: 'Put', ...st(['s3:GetObject', 's3:PutObject']) }]);
    expect(run({ ...st(['s3:GetObject']), Sid: 'Get' }, { ...st(['s3:PutObject']), Sid: 'Put' })).toHaveLength(2);
    // a third statement without Sid joins the first group it may join
    expect(run({ ...st(['a:A']), Sid: 'A' }, { ...st(['a:B']), Sid: 'B' }, st(['a:C']))).toEqual([
      { Sid: 'A', ...st(['a:A', 'a:C']) },
      { Sid: 'B', ...st(['a:B']) },
    ]);
  });

  it('merges statements without Resource (trust policies) along Action', () => {
    const trust = policy.trust(
      allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com')),
      allow('sts:TagSession').by(principal.service('lambda.amazonaws.com')),
    );
    const m = minimize(trust);
    expect(m.kind).toBe('trust');
    expect(m.toJSON().Statement).toEqual([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: ['sts:AssumeRole', 'sts:TagSession'] }]);
  });
});

describe('minimizeStatements: statements given as data', () => {
  it('refuses the JSON form (a string where the model has a list) instead of splitting it', () => {
    // plain JavaScript: "Action": "s3:GetObject" read as a list gave ["s","3",":",...] and Resource "*"
    const st = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' } as unknown as Statement;
    expect(() => minimizeStatements([st])).toThrow(PolicyValidationError);
    expect(() => minimizeStatements([st])).toThrow(/Statement\[0\]\.Action\b.*must be an array/);
  });

  it('refuses a statement that breaks the grammar', () => {
    expect(() => minimizeStatements([{ Effect: 'Allow', Resource: ['*'] } as unknown as Statement])).toThrow(PolicyValidationError);
  });
});

describe('minimize of a parsed policy with values the builder would refuse', () => {
  it('keeps them: AWS stores such policies (the values never match), lint reports them', () => {
    const parsed = parsePolicy(
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'maybe' } } }] }),
      { kind: 'identity' },
    );
    expect(minimize(parsed).document.Statement[0]!.Condition).toEqual({ Bool: { 'aws:SecureTransport': ['maybe'] } });
  });
});

describe('minimize(policy)', () => {
  it('returns a new policy of the same kind, Version, Id and default target', () => {
    const p = createPolicy('identity', { Version: '2008-10-17', Id: 'x', Statement: [st(['s3:GetObject']), st(['s3:GetObject'])] }, 'inline-role');
    const m = minimize(p);
    expect(m).not.toBe(p);
    expect(m.kind).toBe('identity');
    expect(m.document.Version).toBe('2008-10-17');
    expect(m.document.Id).toBe('x');
    expect(m.defaultTarget).toBe('inline-role');
    expect(Object.isFrozen(m.document.Statement[0])).toBe(true);
  });

  it('works on built and parsed policies and is never larger', () => {
    const built = policy.identity(
      allow('s3:GetObject').on('arn:aws:s3:::b/*'),
      allow('s3:PutObject', 's3:GetObject').on('arn:aws:s3:::b/*'),
      deny('s3:DeleteBucket').on('*'),
    );
    const m = minimize(built);
    expect(m.toString()).toBe(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::b/*"},{"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}]}',
    );
    const parsed = parsePolicy(built.toString(), { kind: 'identity' });
    expect(minimize(parsed).toString()).toBe(m.toString());
    expect(m.size('managed').length).toBeLessThan(built.size('managed').length);
  });

  it('merge: false only cleans values', () => {
    const p = createPolicy('identity', doc(st(['s3:GetObject', 's3:GetObject']), st(['s3:PutObject'])));
    expect(minimize(p, { merge: false }).statements).toEqual([st(['s3:GetObject']), st(['s3:PutObject'])]);
  });
});

describe('policies as AWS stored them: actions with stray whitespace', () => {
  // ReadOnlyAccess v61/v62 hold "access-analyzer:ListTagsForResource ". parse keeps such an entry
  // verbatim; evaluate reads it as written in the Action of an Allow (it matches nothing) and as the
  // action it stands for in the Action of a Deny (docs/evaluation.md, "stray whitespace").
  const USER = 'arn:aws:iam::111122223333:user/a';
  const source = parsePolicy(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Read', Effect: 'Allow', Action: ['s3:*', 'lambda:ListFunctions '], Resource: '*' },
        { Effect: 'Deny', Action: ['s3:G?t*', 's3:G t'], Resource: '*' },
      ],
    }),
    { kind: 'identity' },
  );
  const decide = (p: typeof source, action: string) => evaluate({ identity: p }, { principal: USER, action }).decision;

  it('every optimize entry point takes a parsed policy that keeps them, and keeps them as they are', () => {
    const small = minimize(source);
    expect(small.statements[0]!.Action).toEqual(['s3:*', 'lambda:ListFunctions ']);
    const tight: SizeTarget = { name: 'managed', limit: 140, unit: 'characters', whitespaceCounts: false, aggregate: false };
    expect(split(source, tight).map((p) => p.statements.length)).toEqual([1, 1]);
    expect(fit(source, 'managed').policies).toHaveLength(1);
    expect(combine(source, parsePolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"*"}]}', { kind: 'identity' })).statements).toHaveLength(3);
    expect(override(source, source).statements).toHaveLength(3);
    expect(planRole(source, { minimize: true }).inline?.statements).toHaveLength(2);
    // the builder still refuses them when given as data
    expect(() => minimizeStatements(source.statements)).toThrow(PolicyValidationError);
  });

  it('such an entry neither covers nor is covered: "s3:G?t*" matches the text "s3:G t", not the action "s3:Gt" the Deny denies', () => {
    const small = minimize(source);
    expect(small.statements[1]!.Action).toEqual(['s3:G?t*', 's3:G t']);
    for (const action of ['s3:Gt', 's3:Get', 's3:PutObject', 'lambda:ListFunctions']) expect(decide(small, action), action).toBe(decide(source, action));
    expect(decide(small, 's3:Gt')).toBe('explicit-deny');
  });
});

describe('never larger than the text of a parsed policy', () => {
  // AWSCertificateManagerReadOnly v1 to v7 and 32 other AWS managed policy versions write their one
  // statement as an object; the canonical text writes a list, 2 characters more
  const text = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":["acm:DescribeCertificate","acm:ListCertificates","acm:GetCertificate"],"Resource":"*"}}';
  const source = parsePolicy(text, { kind: 'identity' });

  it('returns the parsed policy itself when nothing makes it shorter', () => {
    expect(minimize(source)).toBe(source);
    expect(minimize(source).size('managed').length).toBe(text.length);
    // when something does, the canonical form is returned
    const repeated = parsePolicy(text.replace('"acm:GetCertificate"]', '"acm:GetCertificate","acm:GetCertificate"]'), { kind: 'identity' });
    expect(minimize(repeated).size('managed').length).toBeLessThan(repeated.size('managed').length);
  });

  it('so fit of such a policy that fits exactly is that one policy, not two', () => {
    const exact: SizeTarget = { name: 'managed', limit: text.length, unit: 'characters', whitespaceCounts: false, aggregate: false };
    const r = fit(source, exact);
    expect(r.policies).toHaveLength(1);
    expect(r.steps).toEqual([{ step: 'minimize', lengthBefore: text.length, lengthAfter: text.length, statementsBefore: 1, statementsAfter: 1 }]);
    expect(r.policies[0]!.toString({ target: exact })).toBe(text);
  });
});
