import { describe, expect, it } from 'vitest';
import { lint, lintRules, type LintOptions } from '../../src/lint/index.js';
import { AA_CHECKS, SEVERITY_DEVIATIONS, SEVERITY_OF } from './aa-checks.js';
import { cases, doc, s3 } from './cases.js';
import { safeParsePolicy } from '../../src/parse/index.js';

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
  it('checks without a rule say why; only those needing more than the policy are "not offline" (the table said "needs AWS account data" for all 15)', () => {
    for (const c of AA_CHECKS)
      if (c.ours === undefined) {
        expect(c.note, c.title).toBeTruthy();
        if (c.notOffline === true) expect(c.note, c.title).toMatch(/not offline/);
        else expect(c.note, c.title).not.toMatch(/not offline|account data/);
      }
  });
  it('counts 159 checks: 141 reported as the reference describes, 14 otherwise, 4 not (3 not offline)', () => {
    const missing = AA_CHECKS.filter((c) => c.ours === undefined);
    expect(AA_CHECKS).toHaveLength(159);
    expect(AA_CHECKS.filter((c) => c.ours !== undefined && c.differs !== true)).toHaveLength(141);
    expect(AA_CHECKS.filter((c) => c.ours !== undefined && c.differs === true)).toHaveLength(14);
    expect(missing).toHaveLength(4);
    expect(missing.filter((c) => c.notOffline === true).map((c) => c.title)).toEqual(['Unsupported action in policy', 'Unsupported resource ARN in policy', 'Irrelevant condition key in policy']);
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

describe('NO_RESOURCE_LEVEL_PERMISSIONS says which actions have no resource type, in one sentence for one action or several', () => {
  // Service Authorization Reference: an action with no resource type is authorized against "*"
  const message = (Action: string[]) =>
    lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource: 'arn:aws:dynamodb:eu-west-1:111122223333:table/T' }] })).find((f) => f.code === 'NO_RESOURCE_LEVEL_PERMISSIONS')!.message;
  it('one action, then two', () => {
    // was: 'Action "dynamodb:ListStreams" does no resource type in ...'
    expect(message(['dynamodb:ListStreams'])).toMatch(/^Action "dynamodb:ListStreams" has no resource type in the Service Authorization Reference, so IAM authorizes it against "\*"/);
    expect(message(['dynamodb:ListStreams', 'dynamodb:ListTables'])).toMatch(
      /^None of the actions "dynamodb:ListStreams", "dynamodb:ListTables" has a resource type in the Service Authorization Reference, so IAM authorizes them against "\*"/,
    );
  });
});

describe('UNSUPPORTED_ACTION_FOR_CONDITION_KEY names the actions in one sentence for one or several', () => {
  // Service Authorization Reference: sts:ExternalId is a condition key of sts:AssumeRole only
  const message = (Action: string[]) =>
    lint(
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/idp' }, Action, Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }] }),
      { kind: 'trust' },
    ).find((f) => f.code === 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY')!.message;
  it('one action, then two', () => {
    // was: 'The actions "sts:AssumeRoleWithSAML" do not support ...'
    expect(message(['sts:AssumeRoleWithSAML', 'sts:AssumeRole'])).toBe(
      'The action "sts:AssumeRoleWithSAML" does not support "sts:ExternalId", so the condition is not evaluated for it; move it to a statement without this key.',
    );
    expect(message(['sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRole'])).toMatch(/^The actions "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity" do not support "sts:ExternalId", so the condition is not evaluated for them; move them/);
  });
});

describe('INVALID_CONDITION_MULTIPLE_BOOLEAN says what the reference says, not that the condition is always true', () => {
  // "Invalid condition multiple Boolean": the key "does not support multiple Boolean values"; the match
  // "might not return the results that you expect". Bool ["true", "false"] is false when the key is
  // missing (aws:MultiFactorAuthPresent with long-term keys), and ["true", "true"] is "true" once.
  const found = (values: string[], op = 'Bool') =>
    lint(doc(s3({ Condition: { [op]: { 'aws:MultiFactorAuthPresent': values } } }))).filter((f) => f.code === 'INVALID_CONDITION_MULTIPLE_BOOLEAN');
  it('both values: matches whenever the key is present, and never when it is missing', () => {
    // was: '... with both the condition is always true, ...'
    expect(found(['true', 'false']).map((f) => f.message)).toEqual([
      'Bool takes a single value ("true" or "false"), not a list; with both it matches whenever "aws:MultiFactorAuthPresent" is present and never when it is missing. Keep one value.',
    ]);
    expect(found(['true', 'false'], 'BoolIfExists')[0]!.message).toBe(
      'BoolIfExists takes a single value ("true" or "false"), not a list; with both it always matches. Keep one value.',
    );
  });
  it('one value repeated: still an error, with no claim about what it matches', () => {
    expect(found(['true', 'true']).map((f) => f.message)).toEqual(['Bool takes a single value ("true" or "false"), not a list. Keep one value.']);
  });
});

describe('SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED: the branch may be pinned in the ref claim', () => {
  // "Specific github repo and branch recommended": "Specify the repository in
  // token.actions.githubusercontent.com:sub. You can specify the branch in that same value, or in a separate
  // token.actions.githubusercontent.com:ref condition key."
  const GH = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
  const found = (Condition: object) =>
    lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition }] }), { kind: 'trust' }).filter(
      (f) => f.code === 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED',
    );
  const AUD = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' };
  it('not a named repository in sub with the branch named in ref', () => {
    expect(found({ StringEquals: { ...AUD, 'token.actions.githubusercontent.com:ref': 'refs/heads/main' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/app:*' } })).toEqual([]);
  });
  it('still a wildcard repository, or a ref that is itself a pattern or may be missing', () => {
    expect(found({ StringEquals: { ...AUD, 'token.actions.githubusercontent.com:ref': 'refs/heads/main' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/*' } })).toHaveLength(1);
    expect(found({ StringEquals: AUD, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/app:*', 'token.actions.githubusercontent.com:ref': 'refs/heads/*' } })).toHaveLength(1);
    expect(found({ StringEquals: AUD, StringEqualsIfExists: { 'token.actions.githubusercontent.com:ref': 'refs/heads/main' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/app:*' } })).toHaveLength(1);
    expect(found({ StringEquals: AUD, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/app:*' } })).toHaveLength(1);
  });
});

describe('REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY names the parent role as the policy writes it', () => {
  // "Redundant principal in role trust policy": "The assumed-role principal ... is redundant with its parent
  // role ..."; a session ARN carries no role path, so the parent may be written with one
  it('a role with a path', () => {
    const found = lint(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:role/team/app', 'arn:aws:sts::111122223333:assumed-role/app/s1'] }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }],
      }),
      { kind: 'trust' },
    ).filter((f) => f.code === 'REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY');
    // was: '... redundant with its role "arn:aws:iam::111122223333:role/app"; ...', an ARN the policy does not hold
    expect(found.map((f) => f.message)).toEqual([
      'The assumed-role principal "arn:aws:sts::111122223333:assumed-role/app/s1" is redundant with its role "arn:aws:iam::111122223333:role/team/app"; remove it.',
    ]);
  });
});

describe('RESOURCE_MISMATCH: a dead entry of an Allow grants nothing, one of a Deny denies nothing', () => {
  // an ARN that fits no resource type of the statement's actions never matches a request (the
  // Service Authorization Reference lists each action's resource types); aws-cdk-lib's
  // Table.grantReadData writes dynamodb:GetRecords on the table ARN (a stream action)
  const stmt = (Effect: 'Allow' | 'Deny') => ({ Effect, Action: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator'], Resource: 'arn:aws:dynamodb:eu-west-1:111122223333:table/Orders' });
  it('is a warning in an Allow and an error in a Deny, and says which', () => {
    const [allowed] = lint(JSON.stringify({ Version: '2012-10-17', Statement: [stmt('Allow')] })).filter((f) => f.code === 'RESOURCE_MISMATCH');
    expect(allowed).toMatchObject({ severity: 'warning', path: 'Statement[0].Resource[0]' });
    expect(allowed!.message).toContain('this entry grants nothing');
    const [denied] = lint(JSON.stringify({ Version: '2012-10-17', Statement: [stmt('Deny')] })).filter((f) => f.code === 'RESOURCE_MISMATCH');
    expect(denied).toMatchObject({ severity: 'error', path: 'Statement[0].Resource[0]' });
    expect(denied!.message).toContain('this Deny denies nothing through it');
    // a severity set in options wins over both
    const set = lint(JSON.stringify({ Version: '2012-10-17', Statement: [stmt('Deny')] }), { rules: { RESOURCE_MISMATCH: 'suggestion' } });
    expect(set.find((f) => f.code === 'RESOURCE_MISMATCH')?.severity).toBe('suggestion');
    // the stream ARN fits
    const stream = { ...stmt('Allow'), Resource: 'arn:aws:dynamodb:eu-west-1:111122223333:table/Orders/stream/2026-01-01T00:00:00.000' };
    expect(lint(JSON.stringify({ Version: '2012-10-17', Statement: [stream] })).map((f) => f.code)).not.toContain('RESOURCE_MISMATCH');
  });
  it('says when the ARN is of a service none of the actions belongs to: the reference can lag a rename', () => {
    // AWS renamed CodeStar Connections to CodeConnections; its own managed policies (AWSProtonFullAccess,
    // AWSCodeBuildAdminAccess) pair codestar-connections actions with codeconnections ARNs, which the
    // reference does not list, so the finding must not read as proof that the entry can be removed
    const cross = { Effect: 'Deny', Action: 'codestar-connections:UseConnection', Resource: 'arn:aws:codeconnections:us-east-1:111122223333:connection/abc' };
    const [found] = lint({ Version: '2012-10-17', Statement: [cross] }).filter((f) => f.code === 'RESOURCE_MISMATCH');
    expect(found!.message).toContain('The reference lists no resource of service "codeconnections" for this action; it can lag when AWS renames a service');
    // an ARN of the action's own service that fits none of its types gets no such sentence
    const [same] = lint(JSON.stringify({ Version: '2012-10-17', Statement: [stmt('Allow')] })).filter((f) => f.code === 'RESOURCE_MISMATCH');
    expect(same!.message).not.toContain('can lag');
  });
});

describe('INVALID_SERVICE_IN_ACTION: the code Access Analyzer returns for an unknown service prefix in an action', () => {
  // ValidatePolicy reports "The service ... specified in the action does not exist." under INVALID_SERVICE_IN_ACTION
  const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'apigatewayv2:GET', Resource: '*' }] };
  it('reports it under that code; INVALID_SERVICE, its former code, now names the ARN service check and does not configure it', () => {
    expect(lint(doc).map((f) => f.code)).toEqual(['INVALID_SERVICE_IN_ACTION']);
    expect(lint(doc, { rules: { INVALID_SERVICE_IN_ACTION: 'off' } })).toEqual([]);
    expect(lint(doc, { rules: { INVALID_SERVICE: 'off' } }).map((f) => f.code)).toEqual(['INVALID_SERVICE_IN_ACTION']);
    expect(lintRules.find((r) => r.code === 'INVALID_SERVICE_IN_ACTION')!.aliases).toBeUndefined();
  });
});

describe('VARIABLE_UNSUPPORTED_IN_ELEMENT: "Policy variables are supported in the Resource and Condition elements"', () => {
  const one = (statement: Record<string, unknown>) =>
    lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*', ...statement }] })).filter((f) => f.code === 'VARIABLE_UNSUPPORTED_IN_ELEMENT');
  it.each(['Action', 'NotAction'])('a variable in %s is reported there (it was only INVALID_ACTION)', (el) => {
    const found = one({ [el]: ['s3:GetObject', 's3:${aws:username}'] });
    expect(found.map((f) => f.path)).toEqual([`Statement[0].${el}[1]`]);
    expect(found[0]!.message).toContain('${aws:username}');
  });
  it('an action without a variable is not', () => {
    expect(one({ Action: ['s3:Get*', 's3:$GetObject'] })).toEqual([]);
  });
});

describe('UNSUPPORTED_SID and the model agree on every kind', () => {
  // one Sid rule: the lint reports exactly the Sids the model's kind rules refuse (they had three copies of the pattern)
  it.each(['identity', 'resource', 'trust', 'boundary', 'scp', 'rcp', 'session', 'endpoint'] as const)('%s', (kind) => {
    const principal = kind === 'resource' || kind === 'trust' || kind === 'rcp' || kind === 'endpoint' ? { Principal: '*' } : {};
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'a b', Effect: kind === 'rcp' ? 'Deny' : 'Allow', ...principal, Action: kind === 'trust' ? 'sts:AssumeRole' : 's3:GetObject', ...(kind === 'trust' ? {} : { Resource: '*' }) }] });
    const refused = !safeParsePolicy(text, { kind }).success;
    expect(lint(text, { kind }).some((f) => f.code === 'UNSUPPORTED_SID' || f.code === 'INVALID_SID')).toBe(refused);
  });
});

describe("Access Analyzer's issue codes as the reference spells them", () => {
  // IAM User Guide, "IAM policy validation check reference": Issue code FORALLVALUES_WITH_SINGLE_VALUED_KEY,
  // DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE, ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE
  const renamed = [
    ['FORALLVALUES_WITH_SINGLE_VALUED_KEY', 'FOR_ALL_VALUES_WITH_SINGLE_VALUED_KEY', { 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-1' } }, 'Allow', 'Action'],
    ['DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', 'DENY_NOT_ACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', { StringEquals: { 'aws:ResourceTag/team': 'a' } }, 'Deny', 'NotAction'],
    ['ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', 'ALLOW_NOT_ACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', { StringEquals: { 'aws:ResourceTag/team': 'a' } }, 'Allow', 'NotAction'],
  ] as const;
  it.each(renamed)('%s is the code; the former %s still configures it', (code, former, condition, effect, element) => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: effect, [element]: 's3:GetObject', Resource: '*', Condition: condition }] });
    expect(lint(text).map((f) => f.code)).toContain(code);
    expect(lint(text, { rules: { [former]: 'off' } }).map((f) => f.code)).not.toContain(code);
  });
});
