import { show } from '../model/messages.js';
import { POLICY_SET_KEYS } from '../evaluate/policy-set.js';

/**
 * Wording of the analysis's reasons and errors, in one place. `request` is a request as
 * `describe` words it (`s3:GetObject on arn:aws:s3:::b/k by ...`).
 */
export const analyzeMessages = {
  newAccess: (request: string, existing: string) => `updated allows ${request}; existing does not (${existing}).`,
  sideOnly: (side: 'a' | 'b', request: string) => `${side} allows ${request}; ${side === 'a' ? 'b' : 'a'} does not.`,
  /** `byDefault`: no statement allows it, the caller being the account root user in its own account. */
  accessGranted: (request: string, byDefault: boolean) =>
    byDefault
      ? `allows ${request}, though no statement allows it: the caller is the account root user, which IAM allows in its own account without any policy, so Allow statements alone never keep it out. Only a Deny does: a Deny statement, or the account's SCPs or RCPs given with the policy ({ resource, scp: [[scp]] }); to ask whether it lets in callers of accounts it does not name, use checkNoPublicAccess.`
      : `allows ${request}.`,
  /** How a witness's resource policy was read, after the request. */
  readAs: (type: 'kms-key' | 'role-trust') => ` (the resource policy read as ${type === 'kms-key' ? 'a KMS key policy' : 'a role trust policy'})`,
  publicAccess: (request: string, owner: string | undefined) => `allows ${request}, from outside the resource's account${owner === undefined ? '' : ` (${owner})`}.`,
  notAnalyzeInput: (argument: string, got: string) =>
    `${argument} is ${got}; give a policy, a policy document ({ Statement }) or a policy set ({ ${[...POLICY_SET_KEYS].join(', ')} }). Nothing is analysed for it.`,
  notLevels: (argument: string, type: 'scp' | 'rcp') =>
    `${argument}.${type} is no array of levels; give the ${type === 'scp' ? 'SCPs' : 'RCPs'} by level (root, OUs, account): { ${type}: [[rootPolicy], [ouPolicy]] }. Nothing is analysed for it.`,
  notResourcePolicy: (got: string) => `checkNoPublicAccess: resourcePolicy is ${got}; give the resource policy (a typed-iam policy or a policy document). Nothing is analysed for it.`,
  badOption: (name: string, got: unknown, expected: string) => `${name} must be ${expected}, not ${show(got)}.`,
  unknownResourceType: (got: string) =>
    `checkNoPublicAccess: resourceType ${show(got)} names no resource type; use a size target's name (s3-bucket, sqs-queue, sns-topic, kms-key, lambda, ...), iam-role or other.`,
  emptyQuery: () => 'checkAccessNotGranted: give actions, resources or both',
  unknownQueryFields: (fields: readonly string[]) =>
    `checkAccessNotGranted: the query has ${fields.map((f) => JSON.stringify(f)).join(', ')}, which no query has: read as absent, it would ask about another access than the one written (a misspelt action reads as every action). The fields: actions, resources.`,
  emptyQueryList: (name: string) => `checkAccessNotGranted: ${name} must be a non-empty array (omit it for every ${name === 'actions' ? 'action' : 'resource'}); an empty list asks about nothing`,
  badQueryEntry: (name: string, v: unknown) =>
    `checkAccessNotGranted: ${show(v)} in ${name} is not ${name === 'actions' ? 'an action or action pattern ("service:Action", "s3:Put*", "*")' : 'a resource ARN (pattern) or "*"'}; an entry that names nothing would make "pass" vacuous`,
  // why an answer is "unknown": `what` names the step of the search (`splitting actions`, ...)
  workLimit: (what: string) => `work limit reached while ${what}`,
  timedOut: (what: string) => `${what} (timeoutMs reached)`,
  rowsCut: 'listing the Action patterns of the rows (timeoutMs reached): a row may name a wildcard pattern whose actions both sides grant',
  shortFormResource: (resource: string) => `API Gateway short-form resource ${resource} (not analysed)`,
  combiningValues: (key: string) => `combining values of ${key}`,
  combiningTied: (key: string, vKey: string) => `combining values of ${key} and \${${vKey}}`,
  variableInResource: (resource: string) => `a policy variable in Resource ${show(resource)} ties the resource to a condition key`,
  strayAction: (action: string) => `the action entry ${show(action)} carries stray whitespace`,
  variableInValue: (value: string, operator: string, key: string) =>
    `a policy variable in the condition value ${show(value)} of ${operator} ${key} ties two request fields together`,
  twoVariables: (key: string) => `condition key ${key} is compared with two policy variables`,
  severalFamilies: (key: string, families: readonly string[]) => `condition key ${key} is read by several operator families (${families.join(', ')})`,
  chainedVariable: (key: string, vKey: string) =>
    `condition key ${key} is compared with the policy variable \${${vKey}}, which is itself compared with a variable or read as a number, date, address or flag`,
  filledVariable: (key: string) => `condition key ${key} is tied to a policy variable, and evaluate fills it from the other time key the policies read`,
  setAsideVariable: () => 'a policy variable read by a statement that was set aside hides whether a request is new',
  /**
   * A Resource / NotResource entry with an unsure head (model/arn.ts `unsureHead`): `side` names the
   * input (`policy`, `updated`, `a`, ...), `where` the policy and statement ({@link analyzeMessages.statementAt}).
   */
  unsureHead: (side: string, where: string, element: 'Resource' | 'NotResource', entry: string, wildcard: boolean) =>
    `${side}: ${where}, ${element} entry ${show(entry)} has ${wildcard ? 'a wildcard in the service segment' : 'a capital letter before the resource part'}. AWS does not say how IAM reads ${wildcard ? 'a wildcard in the service segment ("You can\'t use a wildcard in the service segment")' : 'a capital there (the service is matched including capitalization)'}; the analysis reads it as evaluate does (an Allow grants nothing through it, a Deny still applies), and another reading could allow more, so no proof rests on it. Fix the entry: lower case, no wildcard in the service.`,
  /** A statement of a policy set, as evaluate names it in `matched`. */
  statementAt: (policy: string, level: number | undefined, policyIndex: number, statementIndex: number, sid: string | undefined) =>
    `${policy} policy ${policyIndex}${level === undefined ? '' : ` of level ${level}`}, statement ${statementIndex}${sid === undefined ? '' : ` (Sid ${show(sid)})`}`,
  noReplay: () => 'a request found in part of the policies does not replay on the whole policies (please report this)',
} as const;
