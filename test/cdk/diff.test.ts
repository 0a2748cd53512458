/** diffTemplates: one time budget for the whole call, as analyze's compare and diff. */
import { afterEach, describe, expect, it } from 'vitest';
import { diffTemplates, type AccessChange } from '../../src/cdk/diff.js';
import type { Template } from '../../src/cdk/index.js';
import { analyzeClock } from '../../src/analyze/regions.js';

describe('timeoutMs is the budget of the whole diffTemplates call', () => {
  // docs/cdk.md: timeoutMs is the budget of the call. The clock moves one millisecond per reading,
  // so a run's time is its number of readings on every machine (as test/analyze/options.test.ts).
  const realNow = analyzeClock.now;
  afterEach(() => void (analyzeClock.now = realNow));
  const services = ['s3:GetObject', 'ec2:RunInstances', 'sqs:SendMessage', 'sns:Publish', 'kms:Decrypt', 'iam:PassRole'];
  const st = (action: string, team: string) => ({ Effect: 'Allow', Action: action, Resource: '*', Condition: { StringLike: { 'aws:PrincipalTag/team': team }, NumericLessThan: { 's3:max-keys': '10' } } });
  // six managed policies, each changed: six comparisons in one call
  const template = (team: string): Template =>
    ({
      Resources: Object.fromEntries(
        services.map((a, i) => [`Policy${i}`, { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [st(a, team), st(services[(i + 1) % services.length]!, `${team}-${i}`)] } } }]),
      ),
    }) as unknown as Template;
  const before = [{ name: 'App', template: template('eng*') }];
  const after = [{ name: 'App', template: template('e*') }];
  const shown = (c: AccessChange) => `${c.construct} +${c.added.length} -${c.removed.length} ${c.complete ? 'complete' : 'unknown'}`;

  it('stops within timeoutMs and answers unknown for every comparison it could not finish; none is left out', () => {
    let t = 0;
    analyzeClock.now = () => t++;
    const full = diffTemplates(before, after, { timeoutMs: 1e9 });
    const needed = t;
    expect(full.map((c) => c.construct)).toEqual(services.map((_, i) => `Policy${i}`));
    expect(full.every((c) => c.complete && c.added.length > 0)).toBe(true);
    for (let timeoutMs = 0; timeoutMs <= needed + 2; timeoutMs += Math.max(1, Math.floor(needed / 60))) {
      t = 0;
      const r = diffTemplates(before, after, { timeoutMs });
      // a few readings after the deadline (one per comparison still to start); before the fix each
      // comparison had the whole timeoutMs, so a call took up to six times as long
      expect(t, `timeoutMs ${timeoutMs}`).toBeLessThanOrEqual(timeoutMs + 2 * services.length + 8);
      // every changed policy is reported: the full answer, or undecided (never left out as unchanged)
      expect(r.map((c) => c.construct), `timeoutMs ${timeoutMs}`).toEqual(full.map((c) => c.construct));
      r.forEach((c, i) => {
        if (c.complete) expect(shown(c)).toBe(shown(full[i]!));
        else expect(c.reasons.map((x) => x.code)).toContain('unknown');
      });
    }
  });

  it('a comparison not started by the deadline says why', () => {
    let t = 0;
    analyzeClock.now = () => t++;
    const r = diffTemplates(before, after, { timeoutMs: 0 });
    expect(r).toHaveLength(services.length);
    for (const c of r) expect(c).toMatchObject({ complete: false, added: [], removed: [], reasons: [{ code: 'unknown', message: 'comparing the policies (timeoutMs reached)' }] });
  });
});

describe('each combination of the choices a policy meets is compared (Fn::If, a resource Condition)', () => {
  const NO = { Ref: 'AWS::NoValue' };
  const env = (value: string) => ({ 'Fn::Equals': [{ Ref: 'Env' }, value] });
  const st = (action: string, effect = 'Allow') => ({ Effect: effect, Action: action, Resource: '*' });
  const managed = (statements: unknown[], conditions: object = { Prod: env('prod') }): Template =>
    ({ Parameters: { Env: { Type: 'String' } }, Conditions: conditions, Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: statements } } } } }) as unknown as Template;
  const compare = (before: Template, after: Template) => diffTemplates([{ name: 'S', template: before }], [{ name: 'S', template: after }]);
  const actions = (rows: readonly { readonly example: { readonly action: string } }[]) => rows.map((r) => r.example.action).sort();

  it.each([
    ['a statement', [st('s3:GetObject'), { 'Fn::If': ['Prod', st('s3:ListBucket'), NO] }], [st('s3:GetObject'), { 'Fn::If': ['Prod', st('s3:ListBucket'), st('iam:PassRole')] }]],
    ['an action', [{ Effect: 'Allow', Action: { 'Fn::If': ['Prod', 's3:ListBucket', 's3:ListBucket'] }, Resource: '*' }], [{ Effect: 'Allow', Action: { 'Fn::If': ['Prod', 's3:ListBucket', 'iam:PassRole'] }, Resource: '*' }]],
  ])('an Allow added only in the second branch of an Fn::If on %s is reported (only the first branch was compared)', (_, before, after) => {
    const changes = compare(managed(before), managed(after));
    expect(changes.map((c) => [c.construct, c.complete, actions(c.added)])).toEqual([['P', true, ['iam:PassRole']]]);
  });

  it('a Deny removed in one branch only is access added', () => {
    const before = managed([st('s3:*'), { 'Fn::If': ['Prod', st('s3:DeleteObject', 'Deny'), st('s3:DeleteObject', 'Deny')] }]);
    const after = managed([st('s3:*'), { 'Fn::If': ['Prod', st('s3:DeleteObject', 'Deny'), NO] }]);
    const changes = compare(before, after);
    expect(changes.map((c) => [c.construct, c.complete, actions(c.added), c.removed.length])).toEqual([['P', true, ['s3:DeleteObject'], 0]]);
  });

  it("a policy whose resource exists only where its Condition is true: dropping the Condition adds its access to the role", () => {
    const template = (condition: object): Template =>
      ({
        Parameters: { Env: { Type: 'String' } },
        Conditions: { Prod: env('prod') },
        Resources: {
          Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] } } },
          Extra: { Type: 'AWS::IAM::Policy', ...condition, Properties: { PolicyName: 'extra', Roles: [{ Ref: 'Role' }], PolicyDocument: { Version: '2012-10-17', Statement: [st('s3:GetObject')] } } },
          Always: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'always', Roles: [{ Ref: 'Role' }], PolicyDocument: { Version: '2012-10-17', Statement: [st('sqs:SendMessage')] } } },
        },
      }) as unknown as Template;
    const conditional = template({ Condition: 'Prod' });
    const always = template({});
    expect(compare(conditional, always).map((c) => [c.construct, c.what, c.complete, actions(c.added), actions(c.removed)])).toEqual([['Role', 'permissions', true, ['s3:GetObject'], []]]);
    expect(compare(always, conditional).map((c) => [c.construct, c.complete, actions(c.added), actions(c.removed)])).toEqual([['Role', true, [], ['s3:GetObject']]]);
    expect(compare(conditional, conditional)).toEqual([]);
  });

  it('a condition whose definition changed is decided apart in the two versions: each pair of branches is compared', () => {
    const doc = [{ 'Fn::If': ['Prod', st('s3:GetObject'), st('s3:*')] }];
    const changed = compare(managed(doc, { Prod: env('prod') }), managed(doc, { Prod: env('production') }));
    // Env = prod: s3:GetObject before, s3:* after (added); Env = production: the reverse (removed)
    expect(changed).toHaveLength(1);
    expect([changed[0]!.complete, actions(changed[0]!.added).length > 0, actions(changed[0]!.removed).length > 0]).toEqual([true, true, true]);
    expect(changed[0]!.added.every((r) => r.example.action !== 's3:GetObject')).toBe(true);
    // the same definition (another condition beside it changed): one choice, no change
    expect(compare(managed(doc, { Prod: env('prod'), Other: env('a') }), managed(doc, { Prod: env('prod'), Other: env('b') }))).toEqual([]);
  });

  it('a policy chosen by Fn::If as a whole is one of its branches, not both together (a key policy whose branches swap)', () => {
    const key = (first: string, second: string): Template =>
      ({
        Parameters: { Env: { Type: 'String' } },
        Conditions: { Prod: env('prod') },
        Resources: { Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { 'Fn::If': ['Prod', ...[first, second].map((a) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: a, Resource: '*' }] }))] } } } },
      }) as unknown as Template;
    const changes = compare(key('kms:Decrypt', 'kms:Encrypt'), key('kms:Encrypt', 'kms:Decrypt'));
    expect(changes.map((c) => [c.construct, c.complete, actions(c.added), actions(c.removed)])).toEqual([['Key', true, ['kms:Decrypt', 'kms:Encrypt'], ['kms:Decrypt', 'kms:Encrypt']]]);
  });

  it("an AWS::IAM::Policy whose Roles an Fn::If chooses is a role's only in that branch: attaching it to both adds access to each", () => {
    const roles = (value: unknown): Template =>
      ({
        Parameters: { Env: { Type: 'String' } },
        Conditions: { Prod: env('prod') },
        Resources: {
          ...Object.fromEntries(['R1', 'R2'].map((r) => [r, { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] } } }])),
          P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', Roles: value, PolicyDocument: { Version: '2012-10-17', Statement: [st('s3:GetObject')] } } },
        },
      }) as unknown as Template;
    const changes = compare(roles([{ 'Fn::If': ['Prod', { Ref: 'R1' }, { Ref: 'R2' }] }]), roles([{ Ref: 'R1' }, { Ref: 'R2' }]));
    expect(changes.map((c) => [c.construct, c.complete, actions(c.added)])).toEqual([
      ['R1', true, ['s3:GetObject']],
      ['R2', true, ['s3:GetObject']],
    ]);
  });

  it('more than 64 combinations: the unit is not complete, and says how many were compared', () => {
    const many = (last: string) => managed([st('s3:GetObject'), ...['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c, i) => ({ 'Fn::If': [c, st(i === 6 ? last : `sqs:Action${c}`), NO] }))], Object.fromEntries(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => [c, env(c)])));
    const changes = compare(many('sns:Publish'), many('sns:Subscribe'));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.complete).toBe(false);
    expect(actions(changes[0]!.added)).toEqual(['sns:Subscribe']);
    expect(changes[0]!.reasons.map((r) => r.message)).toContainEqual(expect.stringMatching(/more than 64 combinations; 65 were compared/));
    // an unchanged stack with as many choices stays unchanged
    expect(compare(many('sns:Publish'), many('sns:Publish'))).toEqual([]);
  });
});
