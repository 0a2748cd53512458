import type { PolicyDocument, Statement } from '../../src/model/policy-document.js';
import { createPolicy } from '../../src/policy/policy.js';

export const ACCT = '111122223333';
export const OTHER = '444455556666';
export const USER = `arn:aws:iam::${ACCT}:user/alice`;
export const BOB = `arn:aws:iam::${ACCT}:user/bob`;
export const ROLE = `arn:aws:iam::${ACCT}:role/Dev`;
export const SESSION = `arn:aws:sts::${ACCT}:assumed-role/Dev/s1`;
export const ROOT = `arn:aws:iam::${ACCT}:root`;
export const OTHER_ROLE = `arn:aws:iam::${OTHER}:role/Partner`;
export const OTHER_SESSION = `arn:aws:sts::${OTHER}:assumed-role/Partner/p1`;
export const OTHER_USER = `arn:aws:iam::${OTHER}:user/carol`;
export const BUCKET = 'arn:aws:s3:::docs';
export const OBJECT = 'arn:aws:s3:::docs/report.pdf';
export const KEY = `arn:aws:kms:us-east-1:${ACCT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

export function doc(...Statement: Statement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement };
}

type Actions = string | string[];
const list = (v: Actions) => (Array.isArray(v) ? v : [v]);

/** An Allow statement with Action and Resource. */
export function allowSt(action: Actions, resource: Actions = '*', extra: Partial<Statement> = {}): Statement {
  return { Effect: 'Allow', Action: list(action), Resource: list(resource), ...extra };
}

/** A Deny statement with Action and Resource. */
export function denySt(action: Actions, resource: Actions = '*', extra: Partial<Statement> = {}): Statement {
  return { Effect: 'Deny', Action: list(action), Resource: list(resource), ...extra };
}

export const identity = (...st: Statement[]) => createPolicy('identity', doc(...st));
export const resource = (...st: Statement[]) => createPolicy('resource', doc(...st));
export const boundary = (...st: Statement[]) => createPolicy('boundary', doc(...st));
export const session = (...st: Statement[]) => createPolicy('session', doc(...st));
export const scp = (...st: Statement[]) => createPolicy('scp', doc(...st));
export const trust = (...st: Statement[]) => createPolicy('trust', doc(...st));
export const rcp = (...st: Statement[]) => createPolicy('rcp', doc(...st));

export const FULL_ACCESS_SCP = scp(allowSt('*', '*', { Sid: 'FullAWSAccess' }));
export const RCP_FULL_ACCESS = rcp({ Effect: 'Allow', Principal: '*', Action: ['*'], Resource: ['*'] });
