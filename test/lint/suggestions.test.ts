/**
 * Suggestion checks read against the IAM User Guide, "IAM policy validation check reference".
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';

const lintStatements = (...Statement: object[]) => lint(JSON.stringify({ Version: '2012-10-17', Statement }));
const codes = (...Statement: object[]) => lintStatements(...Statement).map((f) => f.code);

describe('WILDCARD_IN_SERVICE_NAME', () => {
  // the reference's example is a Resource: "Resource": "arn:aws:*code*::111122223333:*"
  it('reports a wildcard in the service field of a resource ARN', () => {
    const found = lintStatements({ Effect: 'Allow', Action: 'codecommit:GitPull', Resource: 'arn:aws:*code*::111122223333:*' }).filter((f) => f.code === 'WILDCARD_IN_SERVICE_NAME');
    expect(found.map((f) => [f.path, f.severity])).toEqual([['Statement[0].Resource[0]', 'suggestion']]);
    expect(codes({ Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s?:::b/*' })).toContain('WILDCARD_IN_SERVICE_NAME');
  });
  it('not a wildcard in another field, nor `*` alone', () => {
    expect(codes({ Effect: 'Allow', Action: 'codecommit:GitPull', Resource: ['arn:aws:codecommit:*:111122223333:repo-*', '*'] })).not.toContain('WILDCARD_IN_SERVICE_NAME');
  });
});

describe('REDUNDANT_STATEMENT', () => {
  // "The statements are redundant because they provide identical permissions"
  const s3 = (Action: string[], Resource: string[], extra: object = {}) => ({ Effect: 'Allow', Action, Resource, ...extra });
  it('reports a statement that repeats another in another order or case of action names', () => {
    const found = lintStatements(s3(['s3:GetObject', 's3:PutObject'], ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*']), s3(['s3:putobject', 's3:GetObject'], ['arn:aws:s3:::b/*', 'arn:aws:s3:::a/*'], { Sid: 'Again' }));
    expect(found.filter((f) => f.code === 'REDUNDANT_STATEMENT').map((f) => f.path)).toEqual(['Statement[1]']);
    const conditions = (a: object, b: object) => codes(s3(['s3:GetObject'], ['*'], { Condition: a }), s3(['s3:GetObject'], ['*'], { Condition: b }));
    expect(
      conditions({ StringEquals: { 'aws:PrincipalTag/team': ['a', 'b'] }, Bool: { 'aws:SecureTransport': 'true' } }, { Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'aws:principaltag/team': ['b', 'a'] } }),
    ).toContain('REDUNDANT_STATEMENT');
  });
  it('not statements that differ in what they grant', () => {
    expect(codes(s3(['s3:GetObject'], ['arn:aws:s3:::a/*']), s3(['s3:GetObject'], ['arn:aws:s3:::A/*']))).not.toContain('REDUNDANT_STATEMENT');
    expect(codes(s3(['s3:GetObject'], ['*']), { Effect: 'Deny', Action: ['s3:GetObject'], Resource: ['*'] })).not.toContain('REDUNDANT_STATEMENT');
    expect(codes(s3(['s3:GetObject'], ['*']), { Effect: 'Allow', NotAction: ['s3:GetObject'], Resource: ['*'] })).not.toContain('REDUNDANT_STATEMENT');
    // condition values compare case-sensitively under StringEquals
    expect(codes(s3(['s3:GetObject'], ['*'], { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'A' } } }), s3(['s3:GetObject'], ['*'], { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'a' } } }))).not.toContain('REDUNDANT_STATEMENT');
    // one value holding the separator characters of a joined text is not two values (the text
    // joined values with U+0001: "x\u0001string:y" read as the list ["x", "y"])
    const one = { StringEquals: { 'aws:PrincipalTag/team': 'x\u0001string:y' } };
    const two = { StringEquals: { 'aws:PrincipalTag/team': ['x', 'y'] } };
    expect(codes(s3(['s3:GetObject'], ['*'], { Condition: one }), s3(['s3:GetObject'], ['*'], { Condition: two }))).not.toContain('REDUNDANT_STATEMENT');
  });
});

describe('REDUNDANT_RESOURCE', () => {
  // "When you use wildcards (*) in Amazon Resource Names (ARNs), you can create redundant resource
  // permissions": a wildcard ARN inside another one is redundant too (Access Analyzer reports
  // arn:aws:s3:::*DeepRacer*/* beside arn:aws:s3:::*DeepRacer* ... on AWS managed policies)
  const resources = (Resource: string[]) => lintStatements({ Effect: 'Allow', Action: 's3:GetObject', Resource }).filter((f) => f.code === 'REDUNDANT_RESOURCE').map((f) => f.path);
  it('a wildcard ARN covered by another wildcard ARN', () => {
    expect(resources(['arn:aws:s3:::logs-*/2026/*', 'arn:aws:s3:::logs-*'])).toEqual(['Statement[0].Resource[0]']);
    expect(resources(['arn:aws:s3:::*', 'arn:aws:s3:::b?/*'])).toEqual(['Statement[0].Resource[1]']);
    // two patterns that cover each other: the later one goes
    expect(resources(['arn:aws:s3:::a*', 'arn:aws:s3:::a**'])).toEqual(['Statement[0].Resource[1]']);
  });
  it('an entry written twice is said to be listed twice (it read "X is already covered by X")', () => {
    const found = lintStatements({ Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/*'] }).filter((f) => f.code === 'REDUNDANT_RESOURCE');
    expect(found.map((f) => [f.path, f.message])).toEqual([['Statement[0].Resource[1]', '"arn:aws:s3:::b/*" is listed twice (also at Statement[0].Resource[0]); remove it.']]);
  });
  it('not patterns that overlap without one covering the other, nor across ARN fields', () => {
    expect(resources(['arn:aws:s3:::a*/x', 'arn:aws:s3:::*b/x'])).toEqual([]);
    expect(resources(['arn:aws:s3:::b/*', 'arn:aws:s3:us-*::b/*'])).toEqual([]);
  });
});

describe('REDUNDANT_ACTION', () => {
  // "Redundant action": a finding "when all of the contents of an action are redundant", that is when
  // removing the entry would not change the policy's permissions ("iam:*CredentialReport" beside
  // "iam:Get*" alone is not redundant: its iam:GenerateCredentialReport is covered by no other entry)
  const actions = (Action: string[]) => lintStatements({ Effect: 'Allow', Action, Resource: '*' }).filter((f) => f.code === 'REDUNDANT_ACTION');
  it('a wildcard entry whose actions the other entries cover together', () => {
    const found = actions(['iam:Get*', 'iam:Generate*', 'iam:*CredentialReport']);
    expect(found.map((f) => f.path)).toEqual(['Statement[0].Action[2]']);
    expect(found[0]!.message).toBe('Action "iam:*CredentialReport" is already covered by "iam:Get*" and "iam:Generate*" together; remove it.');
    // a named action inside the wildcard is the one reported, whichever comes first
    expect(actions(['iam:GetCredentialReport', 'iam:*CredentialReport', 'iam:Generate*']).map((f) => f.message)).toEqual([
      'Action "iam:GetCredentialReport" is already covered by "iam:*CredentialReport"; remove it.',
    ]);
  });
  it('entries with a wildcard in the service prefix cover, and are covered, together', () => {
    // the linter first looks for a wildcard whose first action another entry of its service, or
    // with a wildcard service, also matches: these must still be found through that look
    expect(actions(['iam:Get*', 'ia?:GenerateCredentialReport', 'iam:*CredentialReport']).map((f) => f.path)).toEqual(['Statement[0].Action[2]']);
    expect(actions(['iam:Get*', 'iam:Generate*', 'i?m:*CredentialReport']).map((f) => f.path)).toEqual(['Statement[0].Action[2]']);
    // the first action shared is not enough: iam:GetCredentialReport is, GenerateCredentialReport is not
    expect(actions(['iam:Get*', 'iam:*CredentialReport', 's3:Generate*'])).toEqual([]);
  });
  it('not an entry with an action no other entry has, nor both of two entries that need each other', () => {
    expect(actions(['iam:Get*', 'iam:*CredentialReport'])).toEqual([]);
    // four entries, each covered by two others: dropping the later two keeps every action, dropping a third would not
    const found = actions(['iam:*CredentialReport', 'iam:*OrganizationsAccessReport', 'iam:Generate*Report', 'iam:Get*Report']);
    expect(found.map((f) => f.path).sort()).toEqual(['Statement[0].Action[2]', 'Statement[0].Action[3]']);
  });
});
