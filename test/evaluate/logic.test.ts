/**
 * Evaluation logic, one case per row, each naming the AWS documentation section it follows
 * (IAM User Guide page names unless marked "orgs" = AWS Organizations guide, "kms" = KMS guide).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Decision, type EvaluationRequest, type PolicySet } from '../../src/evaluate/index.js';
import {
  ACCT, BOB, BUCKET, FULL_ACCESS_SCP, KEY, OBJECT, OTHER, OTHER_ROLE, OTHER_SESSION, OTHER_USER, RCP_FULL_ACCESS, ROLE, ROOT,
  SESSION, USER, allowSt, boundary, denySt, doc, identity, rcp, resource, scp, session, trust,
} from './helpers.js';

interface Case {
  readonly doc: string;
  readonly name: string;
  readonly policies: PolicySet;
  readonly request: EvaluationRequest;
  readonly decision: Decision;
  readonly explanation?: string;
  readonly missing?: string;
}

const EVAL = 'reference_policies_evaluation-logic_policy-eval-denyallow';
const CROSS = 'reference_policies_evaluation-logic-cross-account';
const BOUNDARY = 'access_policies_boundaries';
const SESSIONS = 'access_policies#policies_session';
const PRINCIPAL = 'reference_policies_elements_principal';
const NOTP = 'reference_policies_elements_notprincipal';
const NOTA = 'reference_policies_elements_notaction';
const NOTR = 'reference_policies_elements_notresource';
const RES = 'reference_policies_elements_resource';
const ACT = 'reference_policies_elements_action';
const SCPS = 'orgs: orgs_manage_policies_scps_evaluation';
const RCPS = 'orgs: orgs_manage_policies_rcps_evaluation';
const TRUST = 'id_roles_create_for-user (role trust policy)';
const KMS = 'kms: key-policy-default#key-policy-default-allow-root-enable-iam';

// an S3 ARN names no account: the bucket is in ACCT (evaluate does not guess it, docs/evaluation.md)
const get = (principal: string, res = OBJECT, action = 's3:GetObject'): EvaluationRequest => ({ principal, action, resource: res, ...(res.startsWith('arn:aws:s3:::') ? { resourceAccount: ACCT } : {}) });
const readAll = identity(allowSt('s3:*', '*', { Sid: 'S3All' }));
const noS3 = boundary(allowSt('ec2:*'));
const sessionEc2 = session(allowSt('ec2:*'));

const cases: readonly Case[] = [
  // --- Action element
  { doc: ACT, name: 'actions are case-insensitive', policies: { identity: identity(allowSt('s3:GetObject')) }, request: get(USER, OBJECT, 'S3:GETOBJECT'), decision: 'allow' },
  { doc: ACT, name: 'action wildcard *', policies: { identity: identity(allowSt('s3:Get*')) }, request: get(USER, OBJECT, 's3:GetObjectAcl'), decision: 'allow' },
  { doc: ACT, name: 'action wildcard ?', policies: { identity: identity(allowSt('s3:Get?bject')) }, request: get(USER), decision: 'allow' },
  { doc: ACT, name: 'action "*"', policies: { identity: identity(allowSt('*')) }, request: get(USER), decision: 'allow' },
  { doc: ACT, name: 'other service', policies: { identity: identity(allowSt('ec2:*')) }, request: get(USER), decision: 'implicit-deny', missing: 'identity' },
  { doc: ACT, name: 'prefix must match in full', policies: { identity: identity(allowSt('s3:Get')) }, request: get(USER), decision: 'implicit-deny' },
  // --- NotAction
  { doc: NOTA, name: 'Allow NotAction iam:* allows non-IAM actions', policies: { identity: identity({ Effect: 'Allow', NotAction: ['iam:*'], Resource: ['*'] }) }, request: get(USER), decision: 'allow' },
  { doc: NOTA, name: 'Allow NotAction iam:* does not allow IAM actions', policies: { identity: identity({ Effect: 'Allow', NotAction: ['iam:*'], Resource: ['*'] }) }, request: get(USER, '*', 'iam:CreateUser'), decision: 'implicit-deny' },
  { doc: NOTA, name: 'Deny NotAction denies everything else', policies: { identity: identity(allowSt('*'), { Effect: 'Deny', NotAction: ['iam:*'], Resource: ['*'] }) }, request: get(USER), decision: 'explicit-deny' },
  { doc: NOTA, name: 'Deny NotAction exempts the listed actions', policies: { identity: identity(allowSt('*'), { Effect: 'Deny', NotAction: ['iam:*'], Resource: ['*'] }) }, request: get(USER, '*', 'iam:ListUsers'), decision: 'allow' },
  { doc: NOTA, name: 'NotAction only within the statement resources', policies: { identity: identity({ Effect: 'Allow', NotAction: ['iam:*'], Resource: ['arn:aws:s3:::other/*'] }) }, request: get(USER), decision: 'implicit-deny' },
  // --- Resource element
  { doc: RES, name: 'resource part is case-sensitive', policies: { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::Docs/*')) }, request: get(USER), decision: 'implicit-deny' },
  // the Resource page documents case only for the resource part (the IAM user name); Access Analyzer
  // requires the service "including capitalization". AWS silent on matching: the reading safer for a Deny
  { doc: 'access-analyzer-reference-policy-checks#access-analyzer-reference-policy-checks-error-invalid-arn-service-case', name: 'partition and service in capitals: an Allow grants nothing', policies: { identity: identity(allowSt('s3:GetObject', 'arn:AWS:S3:::docs/*')) }, request: get(USER), decision: 'implicit-deny' },
  { doc: 'access-analyzer-reference-policy-checks#access-analyzer-reference-policy-checks-error-invalid-arn-service-case', name: 'partition and service in capitals: a Deny denies', policies: { identity: identity(allowSt('s3:GetObject'), denySt('s3:GetObject', 'arn:AWS:S3:::docs/*')) }, request: get(USER), decision: 'explicit-deny' },
  { doc: RES, name: 'wildcard region segment', policies: { identity: identity(allowSt('ec2:StartInstances', `arn:aws:ec2:*:${ACCT}:instance/*`)) }, request: get(USER, `arn:aws:ec2:us-east-1:${ACCT}:instance/i-1`, 'ec2:StartInstances'), decision: 'allow' },
  { doc: RES, name: 'partial wildcard in region', policies: { identity: identity(allowSt('sqs:SendMessage', `arn:aws:sqs:us-*:${ACCT}:q`)) }, request: get(USER, `arn:aws:sqs:us-east-1:${ACCT}:q`, 'sqs:SendMessage'), decision: 'allow' },
  { doc: RES, name: 'a segment wildcard does not cross colons', policies: { identity: identity(allowSt('sqs:SendMessage', `arn:aws:sqs:*:q`)) }, request: get(USER, `arn:aws:sqs:us-east-1:${ACCT}:q`, 'sqs:SendMessage'), decision: 'implicit-deny' },
  { doc: RES, name: 'bucket/*/test/* matches nested keys', policies: { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::bucket/*/test/*')) }, request: get(USER, 'arn:aws:s3:::bucket/1/2/test/3/x.jpg'), decision: 'allow' },
  { doc: RES, name: 'bucket/*/test/* matches an empty segment', policies: { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::bucket/*/test/*')) }, request: get(USER, 'arn:aws:s3:::bucket//test/x'), decision: 'allow' },
  { doc: RES, name: 'bucket ARN does not cover objects', policies: { identity: identity(allowSt('s3:GetObject', BUCKET)) }, request: get(USER), decision: 'implicit-deny' },
  { doc: RES, name: 'resource "*" for actions without resource-level permissions', policies: { identity: identity(allowSt('s3:ListAllMyBuckets', BUCKET)) }, request: { principal: USER, action: 's3:ListAllMyBuckets' }, decision: 'implicit-deny' },
  { doc: RES, name: 'policy variable in the resource part', policies: { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')) }, request: get(USER, 'arn:aws:s3:::home/alice/notes'), decision: 'allow' },
  { doc: RES, name: "policy variable: another user's folder", policies: { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')) }, request: get(USER, 'arn:aws:s3:::home/bob/notes'), decision: 'implicit-deny' },
  { doc: 'reference_policies_variables#policy-vars-no-value', name: 'unresolvable variable in Resource matches nothing', policies: { identity: identity(allowSt('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')) }, request: get(SESSION, 'arn:aws:s3:::home/Dev/notes'), decision: 'implicit-deny' },
  { doc: 'reference_policies_variables#policy-vars-default-values', name: 'default value in Resource', policies: { identity: identity(allowSt('s3:GetObject', "arn:aws:s3:::team/${aws:PrincipalTag/team, 'shared'}/*")) }, request: get(SESSION, 'arn:aws:s3:::team/shared/x'), decision: 'allow' },
  // --- NotResource
  { doc: NOTR, name: 'Allow NotResource excludes the listed resource', policies: { identity: identity({ Effect: 'Allow', Action: ['s3:*'], NotResource: ['arn:aws:s3:::docs/*'] }) }, request: get(USER), decision: 'implicit-deny' },
  { doc: NOTR, name: 'Allow NotResource covers the rest', policies: { identity: identity({ Effect: 'Allow', Action: ['s3:*'], NotResource: ['arn:aws:s3:::secret/*'] }) }, request: get(USER), decision: 'allow' },
  { doc: NOTR, name: 'Deny NotResource denies everything else', policies: { identity: identity(allowSt('s3:*'), { Effect: 'Deny', Action: ['s3:*'], NotResource: ['arn:aws:s3:::secret/*'] }) }, request: get(USER), decision: 'explicit-deny' },
  // --- explicit deny first
  { doc: EVAL, name: 'no policy: implicit deny', policies: {}, request: get(USER), decision: 'implicit-deny', explanation: `No statement of the identity policies allows s3:GetObject on ${OBJECT}.` },
  { doc: EVAL, name: 'identity deny beats identity allow', policies: { identity: identity(allowSt('s3:*'), denySt('s3:GetObject', '*', { Sid: 'NoGet' })) }, request: get(USER), decision: 'explicit-deny', explanation: "Denied by statement 'NoGet' of identity policy 1, which denies s3:GetObject on arn:aws:s3:::docs/report.pdf." },
  { doc: EVAL, name: 'deny in a second identity policy', policies: { identity: [readAll, identity(denySt('s3:*'))] }, request: get(USER), decision: 'explicit-deny', explanation: 'Denied by statement 1 of identity policy 2' },
  { doc: EVAL, name: 'resource-policy deny beats identity allow', policies: { identity: readAll, resource: resource(denySt('s3:*', '*', { Principal: '*' })) }, request: get(USER), decision: 'explicit-deny' },
  { doc: EVAL, name: 'resource-policy deny beats a resource-policy allow', policies: { resource: resource(allowSt('s3:*', '*', { Principal: { AWS: [USER] } }), denySt('s3:*', '*', { Principal: { AWS: [USER] } })) }, request: get(USER), decision: 'explicit-deny' },
  { doc: BOUNDARY, name: 'boundary deny beats identity allow', policies: { identity: readAll, boundary: boundary(allowSt('*'), denySt('s3:GetObject')) }, request: get(USER), decision: 'explicit-deny' },
  { doc: SESSIONS, name: 'session-policy deny', policies: { identity: readAll, session: session(allowSt('*'), denySt('s3:*')) }, request: get(SESSION), decision: 'explicit-deny' },
  { doc: SCPS, name: 'SCP deny beats identity allow', policies: { identity: readAll, scp: [[FULL_ACCESS_SCP, scp(denySt('s3:*'))]] }, request: get(USER), decision: 'explicit-deny' },
  { doc: RCPS, name: 'RCP deny beats everything', policies: { identity: readAll, rcp: [[RCP_FULL_ACCESS, rcp(denySt('s3:GetObject', '*', { Principal: '*' }))]] }, request: get(USER), decision: 'explicit-deny' },
  { doc: EVAL, name: 'a matching Deny condition', policies: { identity: identity(allowSt('*'), denySt('*', '*', { Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } } })) }, request: { ...get(USER), context: { 'aws:RequestedRegion': 'us-east-1' } }, decision: 'explicit-deny' },
  { doc: EVAL, name: 'a Deny whose condition fails', policies: { identity: identity(allowSt('*'), denySt('*', '*', { Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } } })) }, request: { ...get(USER), context: { 'aws:RequestedRegion': 'eu-west-1' } }, decision: 'allow' },
  // --- SCPs
  { doc: SCPS, name: 'every SCP level allows', policies: { identity: readAll, scp: [[FULL_ACCESS_SCP], [FULL_ACCESS_SCP], [scp(allowSt('s3:*'))]] }, request: get(USER), decision: 'allow' },
  { doc: SCPS, name: 'one SCP level without an allow', policies: { identity: readAll, scp: [[FULL_ACCESS_SCP], [scp(allowSt('ec2:*'))], [FULL_ACCESS_SCP]] }, request: get(USER), decision: 'implicit-deny', missing: 'scp', explanation: 'No statement of the SCPs at level 2 allows s3:GetObject' },
  { doc: SCPS, name: 'the one SCP level given without an allow', policies: { identity: readAll, scp: [[scp(allowSt('ec2:*'))]] }, request: get(USER), decision: 'implicit-deny', missing: 'scp', explanation: 'allows s3:GetObject on arn:aws:s3:::docs/report.pdf. Every SCP level (root, OUs, account) must allow the request; one level was given.' },
  { doc: SCPS, name: 'SCPs never grant', policies: { scp: [[FULL_ACCESS_SCP]] }, request: get(USER), decision: 'implicit-deny', missing: 'identity' },
  { doc: SCPS, name: 'a level given as a single policy', policies: { identity: readAll, scp: [FULL_ACCESS_SCP, FULL_ACCESS_SCP] }, request: get(USER), decision: 'allow' },
  { doc: SCPS, name: 'SCPs do not restrict service principals', policies: { resource: resource(allowSt('s3:PutObject', '*', { Principal: { Service: ['logging.s3.amazonaws.com'] } })), scp: [[scp(allowSt('ec2:*'))]] }, request: get('logging.s3.amazonaws.com', OBJECT, 's3:PutObject'), decision: 'allow' },
  { doc: SCPS, name: 'SCPs restrict the account root user', policies: { scp: [[scp(allowSt('ec2:*'))]] }, request: get(ROOT), decision: 'implicit-deny', missing: 'scp' },
  // --- RCPs
  { doc: RCPS, name: 'RCP level without an allow', policies: { identity: readAll, rcp: [[RCP_FULL_ACCESS], []] }, request: get(USER), decision: 'implicit-deny', missing: 'rcp' },
  { doc: RCPS, name: 'RCPs apply to anonymous callers', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: '*' })), rcp: [[RCP_FULL_ACCESS, rcp(denySt('s3:GetObject', '*', { Principal: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ['o-abc'] } } }))]] }, request: { action: 's3:GetObject', resource: OBJECT }, decision: 'explicit-deny' },
  { doc: RCPS, name: 'RCP deny exempts the org', policies: { identity: readAll, rcp: [[RCP_FULL_ACCESS, rcp(denySt('s3:*', '*', { Principal: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ['o-abc'] } } }))]] }, request: { ...get(USER), context: { 'aws:PrincipalOrgID': 'o-abc' } }, decision: 'allow' },
  // --- resource policies, same account
  { doc: EVAL + '#policy-eval-basics (resource policy names the user)', name: 'bucket policy naming the user, no identity policy', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [USER] } })) }, request: get(USER), decision: 'allow' },
  { doc: BOUNDARY + '#access_policies_boundaries-eval-logic', name: 'user ARN grant is not limited by the boundary', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [USER] } })), boundary: noS3 }, request: get(USER), decision: 'allow' },
  { doc: PRINCIPAL + '#principal-roles', name: 'role ARN grant covers its sessions', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [ROLE] } })) }, request: get(SESSION), decision: 'allow' },
  { doc: BOUNDARY + '#access_policies_boundaries-eval-logic', name: 'role ARN grant is limited by the boundary', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [ROLE] } })), boundary: noS3 }, request: get(SESSION), decision: 'implicit-deny', missing: 'boundary' },
  { doc: BOUNDARY + '#access_policies_boundaries-eval-logic', name: 'session ARN grant is not limited by the boundary', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [SESSION] } })), boundary: noS3 }, request: get(SESSION), decision: 'allow' },
  { doc: SESSIONS, name: 'role ARN grant is limited by the session policy', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [ROLE] } })), session: sessionEc2 }, request: get(SESSION), decision: 'implicit-deny', missing: 'session' },
  { doc: SESSIONS, name: 'session ARN grant bypasses the session policy', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [SESSION] } })), session: sessionEc2 }, request: get(SESSION), decision: 'allow' },
  { doc: PRINCIPAL + '#principal-accounts', name: 'account principal delegates: identity must allow', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [ROOT] } })) }, request: get(USER), decision: 'implicit-deny', missing: 'identity', explanation: 'delegates the decision' },
  { doc: PRINCIPAL + '#principal-accounts', name: '12-digit account id plus identity allow', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [ACCT] } })), identity: readAll }, request: get(USER), decision: 'allow' },
  { doc: EVAL, name: 'same account: identity allow alone suffices', policies: { identity: readAll, resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [BOB] } })) }, request: get(USER), decision: 'allow' },
  { doc: PRINCIPAL, name: 'a grant to another user does not apply', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [BOB] } })) }, request: get(USER), decision: 'implicit-deny' },
  { doc: PRINCIPAL + '#principal-roles', name: 'role ARN with a path covers sessions of that role', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [`arn:aws:iam::${ACCT}:role/team/Dev`] } })) }, request: get(SESSION), decision: 'allow' },
  { doc: PRINCIPAL + '#sts-session-principals', name: 'session ARN grant covers only that session', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [`arn:aws:sts::${ACCT}:assumed-role/Dev/other`] } })) }, request: get(SESSION), decision: 'implicit-deny' },
  { doc: PRINCIPAL + '#principal-anonymous', name: 'Principal "*" allows anonymous callers', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: '*' })) }, request: { action: 's3:GetObject', resource: OBJECT }, decision: 'allow' },
  { doc: PRINCIPAL + '#principal-anonymous', name: '{"AWS":"*"} allows anonymous callers', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: ['*'] } })) }, request: { anonymous: true, action: 's3:GetObject', resource: OBJECT }, decision: 'allow' },
  { doc: EVAL, name: 'anonymous: identity policies play no part', policies: { identity: readAll }, request: { action: 's3:GetObject', resource: OBJECT }, decision: 'implicit-deny', missing: 'resource', explanation: 'Anonymous request' },
  { doc: PRINCIPAL + '#principal-anonymous', name: 'account principal does not cover anonymous callers', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [ACCT] } })) }, request: { action: 's3:GetObject', resource: OBJECT }, decision: 'implicit-deny' },
  { doc: PRINCIPAL + '#principal-canonical-user', name: 'CanonicalUser principal', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { CanonicalUser: ['79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'] } })) }, request: get('79A59DF900B949E55D96A1E698FBACEDFD6E09D98EACF8F8D5218E7CD47EF2BE'), decision: 'allow' },
  { doc: PRINCIPAL + '#sts-session-principals', name: 'federated-user session ARN', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [`arn:aws:sts::${ACCT}:federated-user/bob`] } })) }, request: get(`arn:aws:sts::${ACCT}:federated-user/bob`), decision: 'allow' },
  { doc: PRINCIPAL + '#principal-services', name: 'service principal scoped by aws:SourceAccount', policies: { resource: resource(allowSt('s3:PutObject', '*', { Principal: { Service: ['cloudtrail.amazonaws.com'] }, Condition: { StringEquals: { 'aws:SourceAccount': [ACCT] } } })) }, request: { principal: 'cloudtrail.amazonaws.com', action: 's3:PutObject', resource: OBJECT, context: { 'aws:SourceAccount': ACCT } }, decision: 'allow' },
  { doc: PRINCIPAL + '#principal-services', name: 'service principal from another account', policies: { resource: resource(allowSt('s3:PutObject', '*', { Principal: { Service: ['cloudtrail.amazonaws.com'] }, Condition: { StringEquals: { 'aws:SourceAccount': [ACCT] } } })) }, request: { principal: 'cloudtrail.amazonaws.com', action: 's3:PutObject', resource: OBJECT, context: { 'aws:SourceAccount': OTHER } }, decision: 'implicit-deny' },
  { doc: PRINCIPAL + '#principal-services', name: 'service principal: identity policies do not apply', policies: { identity: readAll }, request: get('lambda.amazonaws.com'), decision: 'implicit-deny', missing: 'resource' },
  // --- cross-account
  { doc: CROSS, name: 'both sides allow', policies: { identity: readAll, resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [OTHER] } })) }, request: { ...get(ROLE.replace(ACCT, OTHER).replace('Dev', 'x')), resourceAccount: ACCT }, decision: 'allow' },
  { doc: CROSS, name: 'identity allows, no resource policy', policies: { identity: readAll }, request: { ...get(OTHER_SESSION), resourceAccount: ACCT }, decision: 'implicit-deny', missing: 'resource', explanation: 'Cross-account request' },
  { doc: CROSS, name: 'resource names the user, identity silent', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [OTHER_USER] } })) }, request: { ...get(OTHER_USER), resourceAccount: ACCT }, decision: 'implicit-deny', missing: 'identity' },
  { doc: CROSS, name: 'resource names the session, identity silent', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [OTHER_SESSION] } })) }, request: { ...get(OTHER_SESSION), resourceAccount: ACCT }, decision: 'implicit-deny', missing: 'identity' },
  { doc: CROSS, name: 'resource account from the ARN', policies: { identity: identity(allowSt('sqs:SendMessage')) }, request: get(OTHER_SESSION, `arn:aws:sqs:us-east-1:${ACCT}:q`, 'sqs:SendMessage'), decision: 'implicit-deny', missing: 'resource' },
  { doc: CROSS, name: 'cross-account with boundary cap', policies: { identity: readAll, boundary: noS3, resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [OTHER_SESSION] } })) }, request: { ...get(OTHER_SESSION), resourceAccount: ACCT }, decision: 'implicit-deny', missing: 'boundary' },
  // a principalAccount an IAM principal's ARN contradicts is refused (test/evaluate/audit.test.ts): a caller that cannot exist
  { doc: CROSS, name: 'principalAccount agreeing with the principal ARN, another account than the resource', policies: { identity: readAll }, request: { ...get(`arn:aws:iam::${OTHER}:user/bob`), principalAccount: OTHER, resourceAccount: ACCT }, decision: 'implicit-deny', missing: 'resource' },
  // --- identity, boundary, session
  { doc: BOUNDARY, name: 'identity allows, boundary silent', policies: { identity: readAll, boundary: noS3 }, request: get(USER), decision: 'implicit-deny', missing: 'boundary', explanation: 'No statement of the permissions boundary allows' },
  { doc: BOUNDARY, name: 'boundary allows, identity silent', policies: { boundary: boundary(allowSt('s3:*')) }, request: get(USER), decision: 'implicit-deny', missing: 'identity' },
  { doc: BOUNDARY, name: 'identity and boundary allow', policies: { identity: readAll, boundary: boundary(allowSt('s3:*')) }, request: get(USER), decision: 'allow' },
  { doc: SESSIONS, name: 'identity and session policy allow', policies: { identity: readAll, session: session(allowSt('s3:GetObject')) }, request: get(SESSION), decision: 'allow' },
  { doc: SESSIONS, name: 'session policy silent', policies: { identity: readAll, session: sessionEc2 }, request: get(SESSION), decision: 'implicit-deny', missing: 'session' },
  { doc: SESSIONS, name: 'session policy never grants on its own', policies: { session: session(allowSt('*')) }, request: get(SESSION), decision: 'implicit-deny', missing: 'identity' },
  { doc: SESSIONS + ' (GetFederationToken without session policy)', name: 'federated user without session policy', policies: { identity: readAll }, request: get(`arn:aws:sts::${ACCT}:federated-user/bob`), decision: 'implicit-deny', missing: 'session' },
  { doc: SESSIONS, name: 'several session policies: their union', policies: { identity: readAll, session: [sessionEc2, session(allowSt('s3:GetObject'))] }, request: get(SESSION), decision: 'allow' },
  { doc: EVAL + ' (root user of a standalone account)', name: 'root user allowed by default', policies: {}, request: get(ROOT), decision: 'allow' },
  { doc: EVAL, name: 'root user: explicit deny still applies', policies: { identity: identity(denySt('s3:*')) }, request: get(ROOT), decision: 'explicit-deny' },
  // --- NotPrincipal
  { doc: NOTP + '#specifying-notprincipal-allow', name: 'Deny NotPrincipal listing account, role and session exempts the session', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [SESSION] } }), denySt('s3:*', '*', { NotPrincipal: { AWS: [ROOT, ROLE, SESSION] } })) }, request: get(SESSION), decision: 'allow' },
  { doc: NOTP + '#specifying-notprincipal-allow', name: 'Deny NotPrincipal listing only the role denies its session', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [SESSION] } }), denySt('s3:*', '*', { NotPrincipal: { AWS: [ROLE] } })) }, request: get(SESSION), decision: 'explicit-deny' },
  { doc: NOTP + '#specifying-notprincipal-allow', name: 'Deny NotPrincipal without the account denies the user', policies: { identity: readAll, resource: resource(denySt('s3:*', '*', { NotPrincipal: { AWS: [USER] } })) }, request: get(USER), decision: 'explicit-deny' },
  { doc: NOTP + '#specifying-notprincipal-allow', name: 'Deny NotPrincipal listing account and user exempts the user', policies: { identity: readAll, resource: resource(denySt('s3:*', '*', { NotPrincipal: { AWS: [USER, ACCT] } })) }, request: get(USER), decision: 'allow' },
  { doc: NOTP + ' (principals with a permissions boundary)', name: 'Deny NotPrincipal always denies a principal with a boundary', policies: { identity: readAll, boundary: boundary(allowSt('*')), resource: resource(denySt('s3:*', '*', { NotPrincipal: { AWS: [USER, ACCT] } })) }, request: get(USER), decision: 'explicit-deny', explanation: 'permissions boundary' },
  { doc: NOTP, name: 'Allow NotPrincipal allows everyone else, anonymous included', policies: { resource: doc(allowSt('s3:GetObject', '*', { NotPrincipal: { AWS: [BOB] } })) }, request: { action: 's3:GetObject', resource: OBJECT }, decision: 'allow' },
  { doc: NOTP, name: 'Deny NotPrincipal applies to anonymous callers', policies: { resource: resource(allowSt('s3:GetObject', '*', { Principal: '*' }), denySt('s3:GetObject', '*', { NotPrincipal: { AWS: [ACCT] } })) }, request: { action: 's3:GetObject', resource: OBJECT }, decision: 'explicit-deny' },
  // --- role trust policies
  { doc: TRUST + ' (service role)', name: 'service principal assumes its role', policies: { resource: trust({ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }) }, request: { principal: 'lambda.amazonaws.com', action: 'sts:AssumeRole', resource: ROLE }, decision: 'allow' },
  { doc: 'id_roles_create_for-user_externalid', name: 'cross-account role with external id', policies: { identity: identity(allowSt('sts:AssumeRole', ROLE)), resource: trust({ Effect: 'Allow', Principal: { AWS: [OTHER] }, Action: ['sts:AssumeRole'], Condition: { StringEquals: { 'sts:ExternalId': ['ext-1'] } } }) }, request: { principal: OTHER_SESSION, action: 'sts:AssumeRole', resource: ROLE, context: { 'sts:ExternalId': 'ext-1' } }, decision: 'allow' },
  { doc: 'id_roles_create_for-user_externalid', name: 'cross-account role with the wrong external id', policies: { identity: identity(allowSt('sts:AssumeRole', ROLE)), resource: trust({ Effect: 'Allow', Principal: { AWS: [OTHER] }, Action: ['sts:AssumeRole'], Condition: { StringEquals: { 'sts:ExternalId': ['ext-1'] } } }) }, request: { principal: OTHER_SESSION, action: 'sts:AssumeRole', resource: ROLE, context: { 'sts:ExternalId': 'nope' } }, decision: 'implicit-deny', missing: 'resource', explanation: 'sts:ExternalId' },
  { doc: TRUST, name: 'trust names the user: no identity policy needed (same account)', policies: { resource: trust({ Effect: 'Allow', Principal: { AWS: [USER] }, Action: ['sts:AssumeRole'] }) }, request: { principal: USER, action: 'sts:AssumeRole', resource: ROLE }, decision: 'allow' },
  { doc: TRUST, name: 'trust names the account: identity must allow', policies: { resource: trust({ Effect: 'Allow', Principal: { AWS: [ROOT] }, Action: ['sts:AssumeRole'] }) }, request: { principal: USER, action: 'sts:AssumeRole', resource: ROLE }, decision: 'implicit-deny', missing: 'identity' },
  { doc: TRUST, name: 'identity allows but the trust policy does not name the caller', policies: { identity: identity(allowSt('sts:AssumeRole', ROLE)), resource: trust({ Effect: 'Allow', Principal: { AWS: [BOB] }, Action: ['sts:AssumeRole'] }) }, request: { principal: USER, action: 'sts:AssumeRole', resource: ROLE }, decision: 'implicit-deny', missing: 'resource', explanation: 'a role trust policy must allow the principal itself' },
  { doc: TRUST, name: 'resourceType role-trust with a plain document', policies: { identity: identity(allowSt('sts:AssumeRole', ROLE)), resource: doc({ Effect: 'Allow', Principal: { AWS: [BOB] }, Action: ['sts:AssumeRole'] }) }, request: { principal: USER, action: 'sts:AssumeRole', resource: ROLE, resourceType: 'role-trust' }, decision: 'implicit-deny', missing: 'resource' },
  { doc: 'id_roles_create_for-idp_oidc', name: 'web identity federation', policies: { resource: trust({ Effect: 'Allow', Principal: { Federated: ['cognito-identity.amazonaws.com'] }, Action: ['sts:AssumeRoleWithWebIdentity'], Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': ['us-east-1:pool'] } } }) }, request: { principal: 'cognito-identity.amazonaws.com', action: 'sts:AssumeRoleWithWebIdentity', resource: ROLE, context: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:pool' } }, decision: 'allow' },
  { doc: 'id_roles_create_for-idp_saml', name: 'SAML provider', policies: { resource: trust({ Effect: 'Allow', Principal: { Federated: [`arn:aws:iam::${ACCT}:saml-provider/Okta`] }, Action: ['sts:AssumeRoleWithSAML'] }) }, request: { principal: `arn:aws:iam::${ACCT}:saml-provider/Okta`, action: 'sts:AssumeRoleWithSAML', resource: ROLE }, decision: 'allow' },
  { doc: TRUST, name: 'trust policy deny', policies: { resource: trust({ Effect: 'Allow', Principal: { AWS: [USER] }, Action: ['sts:AssumeRole'] }, { Effect: 'Deny', Principal: { AWS: [USER] }, Action: ['sts:AssumeRole'], Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': ['false'] } } }) }, request: { principal: USER, action: 'sts:AssumeRole', resource: ROLE }, decision: 'explicit-deny' },
  // --- KMS key policies
  { doc: KMS, name: 'key policy delegates to the account and identity allows', policies: { identity: identity(allowSt('kms:Decrypt', KEY)), resource: resource(allowSt('kms:*', '*', { Principal: { AWS: [ROOT] } })) }, request: get(USER, KEY, 'kms:Decrypt'), decision: 'allow' },
  { doc: KMS, name: 'key policy names another principal', policies: { identity: identity(allowSt('kms:Decrypt', KEY)), resource: resource(allowSt('kms:*', '*', { Principal: { AWS: [BOB] } })) }, request: get(USER, KEY, 'kms:Decrypt'), decision: 'implicit-deny', missing: 'resource', explanation: 'KMS key policy must allow' },
  { doc: KMS, name: 'no key policy given', policies: { identity: identity(allowSt('kms:Decrypt', KEY)) }, request: get(USER, KEY, 'kms:Decrypt'), decision: 'implicit-deny', missing: 'resource' },
  { doc: KMS, name: 'key policy names the user directly', policies: { resource: resource(allowSt('kms:Decrypt', '*', { Principal: { AWS: [USER] } })) }, request: get(USER, KEY, 'kms:Decrypt'), decision: 'allow' },
  { doc: KMS, name: "resourceType 'other' opts out", policies: { identity: identity(allowSt('kms:Decrypt', KEY)) }, request: { ...get(USER, KEY, 'kms:Decrypt'), resourceType: 'other' }, decision: 'allow' },
  // --- derived context keys
  { doc: 'reference_policies_condition-keys#condition-keys-principalarn', name: 'aws:PrincipalArn of a session is its role ARN', policies: { identity: identity(allowSt('s3:*', '*', { Condition: { ArnEquals: { 'aws:PrincipalArn': [ROLE] } } })) }, request: get(SESSION), decision: 'allow' },
  { doc: 'reference_policies_condition-keys#condition-keys-principalaccount', name: 'aws:PrincipalAccount derived', policies: { resource: resource(allowSt('s3:*', '*', { Principal: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': [ACCT] } } })) }, request: get(USER), decision: 'allow' },
  { doc: 'reference_policies_condition-keys#condition-keys-username', name: 'aws:username only for users', policies: { identity: identity(allowSt('s3:*', '*', { Condition: { StringEquals: { 'aws:username': ['Dev'] } } })) }, request: get(SESSION), decision: 'implicit-deny' },
  { doc: 'reference_policies_condition-keys#condition-keys-principaltype', name: 'aws:PrincipalType of a session', policies: { identity: identity(allowSt('s3:*', '*', { Condition: { StringEquals: { 'aws:PrincipalType': ['AssumedRole'] } } })) }, request: get(SESSION), decision: 'allow' },
  { doc: 'reference_policies_condition-keys#condition-keys-resourceaccount', name: 'aws:ResourceAccount derived from the ARN', policies: { identity: identity(allowSt('sqs:*', '*', { Condition: { StringEquals: { 'aws:ResourceAccount': ['${aws:PrincipalAccount}'] } } })) }, request: get(USER, `arn:aws:sqs:us-east-1:${ACCT}:q`, 'sqs:SendMessage'), decision: 'allow' },
  { doc: 'reference_policies_condition-keys', name: 'caller-set keys win over derived ones', policies: { identity: identity(allowSt('s3:*', '*', { Condition: { StringEquals: { 'aws:PrincipalAccount': ['999999999999'] } } })) }, request: { ...get(USER), context: { 'AWS:PrincipalAccount': '999999999999' } }, decision: 'allow' },
  { doc: 'reference_policies_condition-keys#condition-keys-principalisawsservice', name: 'aws:PrincipalIsAWSService for services', policies: { resource: resource(allowSt('s3:*', '*', { Principal: '*', Condition: { Bool: { 'aws:PrincipalIsAWSService': ['true'] } } })) }, request: get('delivery.logs.amazonaws.com', OBJECT, 's3:PutObject'), decision: 'allow' },
  // --- plain documents
  { doc: 'reference_policies_grammar (string or array)', name: 'plain IAM JSON with strings', policies: { identity: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' } } }, request: get(USER), decision: 'allow' },
  { doc: 'reference_policies_elements_version (missing Version = 2008-10-17)', name: 'plain JSON without Version keeps variables literal', policies: { identity: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' }] } }, request: get(USER, 'arn:aws:s3:::home/alice/x'), decision: 'implicit-deny' },
];

describe('evaluation logic (table)', () => {
  it('has at least 100 cases', () => expect(cases.length).toBeGreaterThanOrEqual(100));

  it.each(cases.map((c) => [`${c.name} [${c.doc}]`, c] as const))('%s', (_name, c) => {
    const r = evaluate(c.policies, c.request);
    expect(r.decision, r.explanation).toBe(c.decision);
    if (c.explanation !== undefined) expect(r.explanation).toContain(c.explanation);
    if (c.missing !== undefined) expect(r.missing?.policy).toBe(c.missing);
    if (r.decision === 'implicit-deny') expect(r.matched).toEqual([]);
    else if (c.request.principal !== ROOT) expect(r.matched.length).toBeGreaterThan(0);
    expect(r.matched.every((m) => (r.decision === 'explicit-deny' ? m.effect === 'Deny' : m.effect === 'Allow'))).toBe(true);
  });
});

describe('results', () => {
  it('lists the decisive statements with indices from 0', () => {
    const r = evaluate({ identity: [identity(allowSt('ec2:*')), identity(allowSt('s3:GetObject', '*', { Sid: 'Get' }))] }, get(USER));
    expect(r.matched).toEqual([{ policy: 'identity', policyIndex: 1, statementIndex: 0, sid: 'Get', effect: 'Allow' }]);
    expect(r.explanation).toBe("Allowed by statement 'Get' of identity policy 2.");
  });
  it('lists every matching Deny', () => {
    const r = evaluate({ identity: identity(denySt('s3:*'), denySt('*')), scp: [[FULL_ACCESS_SCP, scp(denySt('s3:GetObject'))]] }, get(USER));
    expect(r.matched.map((m) => [m.policy, m.level, m.statementIndex])).toEqual([
      ['scp', 0, 0],
      ['identity', undefined, 0],
      ['identity', undefined, 1],
    ]);
    expect(r.explanation).toContain('2 more Deny statements also match');
  });
  it('reports the SCP level that lacks an Allow', () => {
    const r = evaluate({ identity: readAll, scp: [[FULL_ACCESS_SCP], [scp(allowSt('ec2:*'))]] }, get(USER));
    expect(r.missing).toEqual({ policy: 'scp', level: 1 });
  });
  it('points at an Allow whose condition failed', () => {
    const r = evaluate({ identity: identity(allowSt('s3:*', '*', { Sid: 'NeedsMfa', Condition: { Bool: { 'aws:MultiFactorAuthPresent': ['true'] } } })) }, get(USER));
    expect(r.explanation).toBe(
      `No statement of the identity policies allows s3:GetObject on ${OBJECT}. Statement 'NeedsMfa' of identity policy 1 covers the request but its condition does not match: aws:MultiFactorAuthPresent is absent, so Bool does not match.`,
    );
  });
  it('explains a session-ARN grant', () => {
    const r = evaluate({ resource: resource(allowSt('s3:GetObject', '*', { Sid: 'Session', Principal: { AWS: [SESSION] } })) }, get(SESSION));
    expect(r.explanation).toContain("Allowed by statement 'Session' of the resource policy, which names " + SESSION);
  });
  it('explains a cross-account allow', () => {
    const r = evaluate({ identity: readAll, resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [OTHER_ROLE] } })) }, { ...get(OTHER_SESSION), resourceAccount: ACCT });
    expect(r.decision).toBe('allow');
    expect(r.explanation).toContain('cross-account: both sides allow');
  });
});
