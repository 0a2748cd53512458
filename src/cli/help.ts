/**
 * The help texts of the commands, apart from the commands: `typed-iam <command> --help` and
 * `typed-iam help <command>` load this file, not the command and the library parts it runs on.
 */
import { DEFAULT_TARGET, SIZE_TARGETS, type SizeTargetName } from '../emit/size-targets.js';
import type { PolicyKind } from '../model/policy-document.js';

/** Every policy kind, in the library's order. */
export const KINDS = Object.keys(DEFAULT_TARGET) as PolicyKind[];
/** Every size target name. */
export const TARGETS = Object.keys(SIZE_TARGETS) as SizeTargetName[];

/** Help lines shared by the commands that take `--kind`. */
export const KIND_HELP = `  --kind <kind>        policy kind whose rules apply (default: inferred and printed: "trust" when
                       every statement has a Principal and only sts:AssumeRole*, sts:TagSession or
                       sts:SetSourceIdentity; else "resource" when a statement has a Principal;
                       else "identity"), one of:
${list(KINDS)}`;
/** Help lines shared by the commands that take `--target`; `which` names the default. */
export const targetHelp = (which: string): string => `  --target <target>    size target (default: ${which}), one of:
${list(TARGETS)}
  --limit <n>          with --target: your account's quota for it when raised
                       (--target trust --limit 4096)`;
/** {@link targetHelp} for commands whose default is the policy kind's target. */
export const TARGET_HELP = targetHelp("the kind's");
/** Help lines for inputs. */
export const INPUT_HELP = `Inputs: files, directories (every *.json below them), quoted globs ("policies/**/*.json"; * and ?
within a name, ** for any depth; a .json extension matches in any case, A.JSON too), and - for
stdin. An input that is missing or cannot be read (a glob or directory holding no .json file, a
folder of the walk without permission, a file that is not UTF-8 or not JSON) is reported in its
place and makes the exit code 2; every other input is still processed and reported. Exit 2 wins
over 1: an input that was not checked is no pass.`;
/** The exit code section every help text ends with. */
export const EXIT_HELP = (one: string) => `Exit codes:
  0  success
  1  ${one}
  2  usage or input error (unknown option, missing file, invalid JSON or policy)`;

/** Comma-separated words wrapped at 100 columns, indented to the option text column. */
function list(words: readonly string[]): string {
  const indent = ' '.repeat(23);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line === '' ? w : `${line}, ${w}`;
    if (indent.length + next.length > 99 && line !== '') {
      lines.push(`${indent}${line},`);
      line = w;
    } else line = next;
  }
  lines.push(`${indent}${line}`);
  return lines.join('\n');
}

const COMMON_HELP = `  --kind <kind>          policy kind of the files (default: inferred)
  --actions <world>      open (default): a wildcard also covers future actions; catalog: only
                         the actions of the shipped catalog
  --timeout <ms>         give up (answer unknown, exit 1) after this long, in decimal digits
                         (default 10000)
  --json                 print the result as JSON
  -h, --help             show this help`;

const lintHelp = `Usage: typed-iam lint [options] <file|dir|glob|->...

Checks policies offline: grammar and kind rules, unknown actions and condition keys, security
problems (such as iam:PassRole on "*"), best practices and size. Findings have a severity:
error, security, warning or suggestion.

Options:
${KIND_HELP}
${TARGET_HELP}
  --format <format>    text (default; "file:line:column severity CODE path: message"),
                       json (one array of findings with their file), or sarif (SARIF 2.1.0 for
                       GitHub code scanning)
  --fail-on <severity> exit 1 when a finding is at least this severe: security (default: errors
                       and security findings fail), error (relaxed: only errors), warning,
                       suggestion
  --max-managed-policies <n>
                       managed policies a role, user or group of a Terraform plan or state may have
                       attached (default 10; your account's quota when raised)
  --trust-policy-limit <n>
                       role trust policy length quota of a Terraform plan or state's roles (default
                       2048; your account's quota when raised)
  --attached-to <kinds>
                       what the managed policy is attached to (and is the boundary of), when you
                       know all of it: role, user, group, comma-separated ("role": no request
                       carries aws:username, so \${aws:username} never resolves)
  -h, --help           show this help

${INPUT_HELP}
Files that are not valid JSON print "file:line:column: message" on stderr and make the exit code 2.
Whole files are read as the policies they hold, each as its kind (no --kind, --target, --limit,
--attached-to):
the output of aws iam get-account-authorization-details, and of terraform show -json (a plan or
state; findings at "resource-address.attribute").

${EXIT_HELP('a finding at or above --fail-on')}

Examples:
  typed-iam lint policies/
  typed-iam lint --kind trust roles/*-trust.json
  typed-iam lint --fail-on warning "policies/**/*.json"
  typed-iam lint --fail-on error legacy/   # security findings reported, exit 0
  typed-iam lint --format sarif policies/ > typed-iam.sarif
  terraform show -json plan.tfplan > plan.json && typed-iam lint plan.json
  aws iam get-policy-version --policy-arn "$ARN" --version-id v1 \\
    --query PolicyVersion.Document --output json | typed-iam lint -`;

const sizeHelp = `Usage: typed-iam size [options] <file|dir|glob|->...

Measures each policy exactly as AWS counts it against a size target (characters or UTF-8
bytes; whitespace only where the target counts it) and prints length, limit and headroom.
Where the target counts whitespace, the text is measured as written: the CLI and SDKs send a
file's text as it is. Element-count quotas of the target (sqs-queue: 20 statements of at most
7 actions; sns-topic: 100 statements) are checked too.

Options:
${KIND_HELP}
${TARGET_HELP}
  --compact            measure the compact text instead of the text as written (matters only
                       for targets that count whitespace)
  --pretty             measure typed-iam's indented text instead (same)
  --json               print a JSON array: { file, kind, target, length, limit, unit, fits, over,
                       headroom, measured, quotas } (measured: "as written", "compact" or
                       "pretty"; quotas: the element-count quotas exceeded, { quota, count,
                       limit, path }); an input that could not be measured is
                       { file, fits: false, error: { code, message, line?, column? } }
  -h, --help           show this help

${INPUT_HELP}

${EXIT_HELP('a policy is over its limit or an element-count quota')}

Examples:
  typed-iam size policies/
  typed-iam size --target inline-role role-policy.json
  typed-iam size --kind resource --target s3-bucket bucket-policy.json
  cat policy.json | typed-iam size --json -`;

const fmtHelp = `Usage: typed-iam fmt [options] <file|dir|glob|->...

Rewrites policies in typed-iam's canonical form: parsed, then emitted as indented JSON with
Version first, statements and values in their written order, and a final newline, without a
byte-order mark (--check lists a file that has one). Without --check or --write the formatted text
of ONE input goes to stdout (one JSON document); several inputs need --write or --check (a usage
error otherwise). Nothing is written for an input that is missing or does not parse.

Options:
${KIND_HELP}
  --check              print the files that are not formatted; exit 1 if there are any
  --write              rewrite files in place (not with stdin), keeping their mode; refused, and
                       left as they are (exit 2; the other files are still rewritten): a symbolic
                       link, a read-only file [READ_ONLY], a file changed while it was formatted
                       [CHANGED_DURING_WRITE]
  --follow             with --write: rewrite the file a symbolic link points to (the link stays)
  -h, --help           show this help

${INPUT_HELP}

${EXIT_HELP('with --check: a file is not formatted')}

Examples:
  typed-iam fmt policy.json > formatted.json
  typed-iam fmt --write policies/
  typed-iam fmt --check "policies/**/*.json"
  echo '{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}' | typed-iam fmt -`;

const expandHelp = `Usage: typed-iam expand [options] <pattern>...

Lists the actions each pattern matches in the AWS catalog bundled with typed-iam: "*",
"service:*", or a pattern with * and ? (case-insensitive, as IAM matches actions). Several
patterns print the union, each action once, in catalog order.

Options:
  --json               print a JSON array of action names
  -h, --help           show this help

${EXIT_HELP('a pattern matches no action')}

Examples:
  typed-iam expand "s3:Get*"
  typed-iam expand "ec2:Describe*" "ec2:Get*" --json
  typed-iam expand "iam:*Policy*" | wc -l`;

const simulateHelp = `Usage: typed-iam simulate [policies] --action <action> [request options]

Decides one request locally with typed-iam's evaluation engine (explicit deny wins; RCPs and
SCPs must allow at every level; then the resource policy, identity policies, the permissions
boundary and session policies; a VPC endpoint policy must allow too) and prints the decision
and the reason.

Policies (each one file, or - for stdin once; a directory or glob naming several files is a
usage error; at least one). The policies are one set: one that is missing or cannot be read
stops the command (exit 2) before any decision, since the decision without it could differ:
  --policy <file>           identity policy of the principal (repeat for several)
  --resource-policy <file>  resource-based policy (bucket policy, key policy, ...)
  --trust <file>            a role trust policy as the resource policy (the principal must be
                            trusted itself; use with --action sts:AssumeRole)
  --boundary <file>         permissions boundary
  --session <file>          session policy (repeat for several)
  --scp <file>              SCP; repeat for each level, root first, account last
  --rcp <file>              RCP; repeat for each level, root first, account last
  --endpoint-policy <file>  VPC endpoint policy of the endpoint the request goes through (it
                            must allow the request too; it grants nothing by itself)

Request:
  --action <action>         the action, service:Action (required)
  --resource <arn>          the resource ARN, arn:partition:service:region:account:resource in
                            lower case before the resource part (default "*", for actions
                            without resources)
  --principal <who>         caller: IAM user/role ARN, session ARN, account id, service principal
                            (lambda.amazonaws.com), ...; omitted with --policy, the caller is a
                            role of the resource's account holding those identity policies (as
                            aws iam simulate-custom-policy does; the output says so); omitted
                            without --policy, or --principal anonymous, the request is anonymous;
                            --principal "" is a usage error
  --principal-account <id>  12-digit account of the principal (default: from the principal ARN)
  --resource-account <id>   12-digit account owning the resource (S3 ARNs carry none)
  --context <key=value>     a request condition key (repeat). Values are text; each condition
                            operator reads the text its way, as IAM does: Bool reads true/false,
                            Numeric* a decimal number, Date* ISO 8601 or epoch seconds,
                            IpAddress an address. Repeat a key for a multivalued key
                            (--context aws:TagKeys=team --context aws:TagKeys=env); commas are
                            kept as text. The first "=" separates key and value.

Output:
  --json                    print the result as JSON: { decision, matched, explanation, missing? }
  --expect <decision>       exit 0 only when the decision is this: allow, deny (either deny),
                            explicit-deny, implicit-deny
  --uncataloged <name>      an action, context key or ARN newer than typed-iam's catalog, taken
                            as written (repeat). Otherwise an action, resource or context key
                            that names nothing AWS has (s3:GetObjekt) is a usage error: a deny
                            of it would prove nothing
  -h, --help                show this help

Exit codes:
  0  the request is allowed (with --expect: the decision is the expected one)
  1  the request is denied (with --expect: the decision is not the expected one)
  2  usage or input error (unknown option, missing file, invalid JSON or policy)

Examples:
  typed-iam simulate --policy role.json --action s3:GetObject \\
    --resource arn:aws:s3:::docs/readme.md --principal arn:aws:iam::111122223333:role/App
  typed-iam simulate --policy user.json --action s3:DeleteObject --resource "arn:aws:s3:::docs/*" \\
    --context aws:MultiFactorAuthPresent=true
  typed-iam simulate --policy admin.json --scp root-scp.json --scp ou-scp.json \\
    --action ec2:RunInstances --context aws:RequestedRegion=eu-west-1 --expect deny
  typed-iam simulate --trust trust.json --principal arn:aws:iam::444455556666:root \\
    --action sts:AssumeRole --resource arn:aws:iam::111122223333:role/Deploy \\
    --context sts:ExternalId=abc
  typed-iam simulate --policy role.json --endpoint-policy vpce.json --action s3:PutObject \\
    --resource arn:aws:s3:::docs/a --principal arn:aws:iam::111122223333:role/App --expect deny`;

const fitHelp = `Usage: typed-iam fit [options] <file|->

Makes a policy fit a size target without changing any decision: minimizes it (merging
statements, dropping duplicates), optionally replaces action lists by exact wildcards, and splits
it into several policies only when it is still too large. Only identity policies, SCPs and RCPs
can be split.

Options:
${KIND_HELP}
${TARGET_HELP}
  --out <dir>          write the parts as <dir>/<name>-1.json, <name>-2.json, ... (<name> is the
                       input file name; "policy" for stdin), all or none: a part that cannot be
                       written leaves no new part. Without --out, a JSON array of the parts goes
                       to stdout.
  --compress           allow catalog-exact action wildcards (s3:Get* when it means exactly the
                       listed actions today; it also covers actions AWS adds later)
  --no-split           fail instead of splitting
  --compact            write compact JSON (default: indented when that fits)
  --force              overwrite part files that exist already, and remove <name>-N.json files of
                       an earlier run past this run's count (default: an input error, exit 2)
  --max-parts <n>      most parts (default: what one entity can have attached, 10 managed
                       policies, 10 SCPs, 5 RCPs); give your raised quota, such as 20
  -h, --help           show this help

What was done is printed on stderr. One policy: a directory or glob naming several files is a
usage error.

${EXIT_HELP("the policy cannot be made to fit (a statement alone is too large, the kind cannot be\n     split, more parts than --max-parts, a quota such as SQS's 20 statements, or --no-split)")}

Examples:
  typed-iam fit big-policy.json --target managed --out parts/
  typed-iam fit --compress --target inline-role role-policy.json --out build/
  typed-iam fit scp.json --kind scp --no-split`;

const buildHelp = `Usage: typed-iam build <module> --out <dir> [options]

Imports a module (.js, .mjs, .ts, .mts, .tsx) and writes every exported typed-iam policy to
<dir>/<export name>.json; an exported array of policies becomes <name>-1.json, <name>-2.json, ...
Other exports are ignored. Each policy is checked against its own size target (the kind's
default, or the one set with withTarget); a policy over its limit is reported and not written.
Files are only written inside <dir>: an export whose name has "/", "\\", ".." or is an absolute
path is reported and not written (exit 2), as is a file that cannot be written; the other exports
are still written, and exit 2 wins over 1. What build writes is listed in
<dir>/.typed-iam-build.manifest: a rerun removes the files it wrote earlier that it no longer
writes (an export removed, or not written this time), each named on stderr, unless changed since
(then reported, exit 2 [STALE_OUTPUT]). A file build did not write is never removed. One build
at a time writes into <dir>: it holds <dir>/.typed-iam-build.lock while it runs, and another one
started meanwhile is refused before writing anything (exit 2 [OUT_LOCKED]); a lock left by a
build that no longer runs is taken over (by one build only). Stopped by Ctrl-C or SIGTERM, build
removes its lock and exits 130 or 143.

TypeScript needs nothing beyond your project: Node's own type stripping is used when this Node
has it, else the "typescript" package installed in your project (transpiled file by file into a
temporary folder next to the module, removed afterwards).

Options:
  --out <dir>          folder for the JSON files (required; created when missing)
${targetHelp("each policy's own")}
  --compact            write compact JSON (default: indented when that fits)
  -h, --help           show this help

${EXIT_HELP('a policy is over its size limit')}

Examples:
  typed-iam build src/policies.ts --out dist/policies
  typed-iam build infra/iam.mjs --out cdk.out/iam --compact

  // src/policies.ts
  import { allow, policy } from 'typed-iam';
  export const readDocs = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'));
  // -> dist/policies/readDocs.json`;

const cdkHelp = `Usage: typed-iam cdk check [options] <cdk.out|template.json|template.yaml>...
       typed-iam cdk diff [options] <before/cdk.out> <after/cdk.out>

check: lints every IAM policy of the synthesised templates (identity, trust and resource policies:
S3, KMS, SQS, SNS, Lambda, Secrets Manager, ECR, ...) and checks its exact size against its quota.
Values known only at deploy time (tokens) count at the longest value they can take, so a policy
within its limit fits whatever they resolve to. Suppressions recorded by TypedIamChecks.suppress
are honoured. A template file may be JSON or YAML (CloudFormation's YAML: the short forms !Ref,
!GetAtt, !Sub, ... read as their JSON forms; aliases, merge keys and other tags refused); an AWS
SAM template is read before the transform (the inline policies of functions and state machines);
for a Serverless Framework service, check the template \`serverless package\` writes
(.serverless/cloudformation-template-update-stack.json). The templates and assemblies given are
read as one app (a stack may import another's exports): one that is missing or cannot be read
stops the command (exit 2) before any check; one named twice is checked once.

diff: compares two synthesised versions of an app by meaning, per construct (each role's or
user's policies together, each trust and resource policy), and lists the access added and removed.
Moving statements between policies changes nothing.

Options (check):
  --format <format>         text (default), json, or sarif (SARIF 2.1.0, locations in the templates)
  --fail-on <severity>      exit 1 when a finding is at least this severe: error, security
                            (default), warning, suggestion
  --token-length <key=n>    longest value of a token: key is a construct path (Stack/Bucket), a
                            logical ID or resource type (longest physical name), a pseudo
                            parameter (AWS::Region), a parameter or an export name; repeatable
  --unknown-token-length <n>  longest value of a token nothing is known about (default 2048)
  --max-managed-policies <n>  managed policies a role, user or group may have (default 10)
  --trust-policy-limit <n>  role trust policy length quota (default 2048)
  --sizes                   also print the size of every policy (text format)
Options (diff):
  --format <format>         text (default) or json
  --timeout <ms>            time for the whole comparison, in decimal digits (default 10000); what
                            is not compared by then is printed as not compared (exit 1)
Options:
  -h, --help                show this help

${EXIT_HELP('check: a finding at or above --fail-on; diff: access was added (or a comparison\n     could not be completed)')}

Examples:
  npx cdk synth -q && typed-iam cdk check cdk.out
  typed-iam cdk check --format sarif cdk.out > typed-iam.sarif
  typed-iam cdk check templates/*.yaml
  typed-iam cdk check --token-length AWS::Region=9 --token-length Shared-TableArn=80 cdk.out
  typed-iam cdk diff main/cdk.out cdk.out`;

const diffHelp = `Usage: typed-iam diff <before.json> <after.json> [options]

Proves which requests became allowed (added) or denied (removed) between two versions of a
policy, whatever the statements look like (reordering, merging or splitting gives no rows). Each
row shows the actions and resources of the statements responsible and one example request, in the
shape typed-iam simulate and evaluate take.

Options:
${COMMON_HELP}

Exit codes:
  0  no access was added (access may have been removed)
  1  access was added, or the analysis could not decide (unknown: the reason is printed)
  2  usage or input error

Examples:
  typed-iam diff main/role.json role.json
  typed-iam diff before.json after.json --json`;

const checkHelp = `Usage: typed-iam check <check> [options] <policy.json>

Checks (offline, every failure with a request that proves it):
  no-new-access --existing <a.json> <b.json>
                         does b allow any request a does not?
  access-not-granted --action <a> [--resource <arn>] <p.json>
                         can p allow any of these actions (repeat --action, --resource; wildcards
                         allowed; no limit on their number)?
  no-public-access --resource-type <type> <bucket.json>
                         can anyone outside the resource's account (anonymous, or any account the
                         policy does not name) be allowed? Types: s3-bucket, kms-key, iam-role,
                         sqs-queue, sns-topic, ...

Options:
${COMMON_HELP}
  --sarif                print the result as SARIF 2.1.0 (for code scanning)
  --uncataloged <name>   access-not-granted: an action or ARN newer than typed-iam's catalog,
                         taken as written (repeat); otherwise one that names nothing AWS has
                         (s3:GetObjekt) is a usage error, since no policy grants it

Exit codes:
  0  pass (a proof)
  1  fail (a witness is printed), or unknown (the reason is printed)
  2  usage or input error (also a directory or glob naming several files: give one policy file)

Examples:
  typed-iam check no-new-access --existing main/role.json role.json
  typed-iam check access-not-granted --action iam:PassRole --resource '*' role.json
  typed-iam check no-public-access --resource-type s3-bucket bucket.json --sarif`;

/** The `--help` text of every command, by name. */
export const HELP = {
  lint: lintHelp,
  size: sizeHelp,
  fmt: fmtHelp,
  expand: expandHelp,
  simulate: simulateHelp,
  fit: fitHelp,
  build: buildHelp,
  cdk: cdkHelp,
  diff: diffHelp,
  check: checkHelp,
} as const;
