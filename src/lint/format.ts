/** Output formats of lint findings: plain text, JSON and SARIF 2.1.0 (GitHub code scanning). */
import { catalogVersion } from '../catalog/index.js';
import { POLICY_ISSUE_CODES } from '../model/issues.js';
import { pathLocator } from '../parse/path.js';
import { PolicyArgumentError } from '../errors.js';
import { readFields, readItems, readKeys } from '../internal/record.js';
import { parseMessages } from '../messages.js';
import { RULES } from './registry.js';
import { READER_CODES, SEVERITIES, type Finding, type Severity } from './types.js';

/** Output formats of {@link formatFindings}. */
export type OutputFormat = 'text' | 'json' | 'sarif';

/** Options of {@link formatFindings}. */
export interface FormatOptions {
  /** Name (URI) of the linted file, used in text lines and SARIF physical locations. */
  readonly fileName?: string;
  /** The JSON text that was linted: gives findings without a position their line and column. */
  readonly source?: string;
  /** Base address of the rule docs; each rule links to `<helpBase>#<code in lower case>`. */
  readonly helpBase?: string;
  /** Tool version written into SARIF `tool.driver.version`. */
  readonly toolVersion?: string;
}

/** Default base of SARIF `helpUri`: the rule reference in the repository. */
export const DEFAULT_HELP_BASE = 'https://github.com/typed-iam/typed-iam/blob/main/docs/lint-rules.md';

const SARIF_LEVEL: { readonly [S in Severity]: 'error' | 'warning' | 'note' } = {
  error: 'error',
  security: 'error',
  warning: 'warning',
  suggestion: 'note',
};

const FORMATS: readonly string[] = ['text', 'json', 'sarif'] satisfies readonly OutputFormat[];

/** The fields of a finding (`Finding`). */
const FINDING_FIELDS: readonly string[] = ['code', 'severity', 'path', 'message', 'line', 'column'];

/**
 * A finding read once into a copy, which is checked and written: its own fields (the JSON format
 * writes them all) and the fields of a finding it inherits. Anything else is kept as given, to be refused.
 */
function readFinding(f: unknown): unknown {
  if (typeof f !== 'object' || f === null) return f;
  const copy = readFields(f);
  return Object.assign(copy, readKeys(f, FINDING_FIELDS.filter((k) => !Object.hasOwn(copy, k))));
}

/** A line or column: absent, or a whole number from 1. */
const isPosition = (n: unknown): boolean => n === undefined || (typeof n === 'number' && Number.isSafeInteger(n) && n >= 1);

/** A finding as lint makes it: string code, path and message, a known severity, a line and column from 1 when given. */
const isFinding = (f: unknown): f is Finding => {
  if (typeof f !== 'object' || f === null) return false;
  const { code, severity, path, message, line, column } = f as Partial<Finding>;
  return typeof code === 'string' && typeof path === 'string' && typeof message === 'string' && SEVERITIES.includes(severity as Severity) && isPosition(line) && isPosition(column);
};

/** Finds line and column of each finding's path in `source`, the text read for positions once. */
function positions(findings: readonly Finding[], source: string | undefined): ({ line: number; column: number } | undefined)[] {
  const locate = source === undefined ? undefined : pathLocator(source, 64);
  return findings.map((f) => (f.line !== undefined ? { line: f.line, column: f.column ?? 1 } : locate?.(f.path)));
}

/** The options of {@link formatFindings}: texts, each written into the output as it is. */
const FORMAT_OPTIONS = ['fileName', 'source', 'helpBase', 'toolVersion'] as const;

/**
 * Writes findings as text (one line each), JSON (an array) or a SARIF 2.1.0 log that GitHub code
 * scanning accepts (rules with help links, results with the JSON path as logical location and, with
 * `fileName`, a physical location; line and column when known or when `source` is given).
 *
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from 'node:fs';
 * import { formatFindings, lint } from 'typed-iam/lint';
 * const text = readFileSync('policy.json', 'utf8');
 * const findings = lint(text);
 * formatFindings(findings, 'text', { fileName: 'policy.json', source: text });
 * // 'policy.json:5:17 error INVALID_ACTION Statement[0].Action[0]: Action "s3:GetObjekt" does not exist ...'
 * writeFileSync('lint.sarif', formatFindings(findings, 'sarif', { fileName: 'policy.json', source: text }));
 * ```
 */
export function formatFindings(findings: readonly Finding[], format: OutputFormat, options: FormatOptions = {}): string {
  // from JavaScript: an unknown format was written as SARIF, and a list that is no findings as "undefined" lines
  if (!FORMATS.includes(format)) throw new PolicyArgumentError('format', parseMessages.invalidOption('format', format, FORMATS.map((f) => `'${f}'`).join(', ')));
  if (!Array.isArray(findings)) throw new PolicyArgumentError('findings', parseMessages.invalidOption('findings', findings, 'an array of lint findings'));
  // the list and the options read once: what is checked is what is written
  // (each finding too: a severity getter answering the check with 'error' and the writer with none wrote no SARIF level)
  const given = readItems(findings as readonly unknown[]).map(readFinding);
  const bad = given.findIndex((f) => !isFinding(f));
  if (bad >= 0)
    throw new PolicyArgumentError(`findings[${bad}]`, parseMessages.invalidOption(`findings[${bad}]`, given[bad], 'a lint finding ({ code, severity, path, message }, with line and column whole numbers from 1 when given)'));
  const list = given as Finding[];
  if (typeof options !== 'object' || options === null) throw new PolicyArgumentError('options', parseMessages.invalidOption('options', options, 'an object'));
  const read: FormatOptions = readKeys(options, FORMAT_OPTIONS);
  // each is written into the output as it is: a number or an object there is no file name, source text, address or version
  for (const name of FORMAT_OPTIONS)
    if (read[name] !== undefined && typeof read[name] !== 'string') throw new PolicyArgumentError(name, parseMessages.invalidOption(name, read[name], 'a string'));
  const pos = positions(list, read.source);
  if (format === 'json') {
    return JSON.stringify(
      list.map((f, i) => ({ ...f, ...(pos[i] === undefined ? {} : pos[i]) })),
      null,
      2,
    );
  }
  if (format === 'text') {
    const file = read.fileName ?? '<policy>';
    return list
      .map((f, i) => {
        const p = pos[i];
        return `${file}${p === undefined ? '' : `:${p.line}:${p.column}`} ${f.severity} ${f.code} ${f.path || '(document)'}: ${f.message}`;
      })
      .join('\n');
  }
  return JSON.stringify(sarif(list, pos, read), null, 2);
}

/** A code of {@link READER_CODES}. */
type ReaderCode = (typeof READER_CODES)[keyof typeof READER_CODES];

/**
 * The codes of findings that readers of whole inputs make beside the rules' (lintTerraform,
 * typed-iam/cdk): their usual severity, what they mean and who makes them. SARIF output describes
 * them so, and docs/lint-rules.md lists them (scripts/lint-rules-doc.ts).
 */
export const READER_CODE_INFO: { readonly [C in ReaderCode]: { readonly severity: Severity; readonly description: string; readonly madeBy: string } } = {
  [READER_CODES.notRead]: {
    severity: 'warning',
    description: 'A policy was not read, so not linted: it is known only when deployed (a value Terraform knows only after apply, a template value no reader can resolve).',
    madeBy: 'lintTerraform, typed-iam/cdk',
  },
  [READER_CODES.managedQuota]: {
    severity: 'error',
    description: 'More managed policies are attached to one role, user, group or IAM Identity Center permission set than IAM allows (a permission set\'s AWS managed and customer managed policies together, held by the role it makes in each account); IAM refuses the attachments past the quota.',
    madeBy: 'lintTerraform, typed-iam/cdk',
  },
  [READER_CODES.maybeManagedQuota]: {
    severity: 'warning',
    description: "More managed policies may be attached to one role, user, group or permission set than IAM allows: in some combinations of the template's conditions only (the message names them), or counted with every choice at once where there are too many combinations.",
    madeBy: 'typed-iam/cdk',
  },
  [READER_CODES.size]: {
    severity: 'error',
    description: 'A policy of a template is larger than the quota of its place even with every value known only at deploy time at its shortest; AWS rejects it.',
    madeBy: 'typed-iam/cdk',
  },
  [READER_CODES.maybeSize]: {
    severity: 'warning',
    description: 'A policy of a template may be larger than the quota of its place: it is over only with values known at deploy time at their longest, or in some combinations of the template\'s conditions, or it is attached to a role, user or group no template makes, whose other inline policies may take the room.',
    madeBy: 'typed-iam/cdk',
  },
  [READER_CODES.functionPolicyTwice]: {
    severity: 'warning',
    description:
      "A Lambda function's resource-based policy is written whole (AWS::Lambda::ResourcePolicy, aws_lambda_resource_policy) and statement by statement (AWS::Lambda::Permission, aws_lambda_permission): each write may replace the other's statements (CloudFormation and the Terraform AWS provider: do not use both on one function).",
    madeBy: 'lintTerraform, typed-iam/cdk',
  },
  [READER_CODES.variableInSub]: {
    severity: 'error',
    description:
      'An IAM policy variable is written in the text of an `Fn::Sub` without the `!` that makes it literal (`${aws:username}` for `${!aws:username}`): `Fn::Sub` reads `${...}` as a parameter, resource or attribute of the template, and the template has none named so (a name with a colon is none), so CloudFormation refuses the template.',
    madeBy: 'typed-iam/cdk',
  },
  [READER_CODES.unresolvedReference]: {
    severity: 'error',
    description:
      'A policy in a template without a `Transform`, or a property attaching policies and entities (a policy\'s `Roles`, a role\'s `ManagedPolicyArns`), names, by `Ref`, `Fn::GetAtt` or `${...}` in an `Fn::Sub`, a parameter or resource the template does not have (a typo, a resource renamed): CloudFormation refuses the template ("Unresolved resource dependencies").',
    madeBy: 'typed-iam/cdk',
  },
  [READER_CODES.sessionPolicyTags]: {
    severity: 'error',
    description:
      'An EKS Pod Identity association gives a session policy and keeps its session tags (`DisableSessionTags`, `disable_session_tags` not true): EKS refuses it ("When using this policy, disableSessionTags must be set to true").',
    madeBy: 'lintTerraform, typed-iam/cdk',
  },
  [READER_CODES.managedNotAttachable]: {
    severity: 'error',
    description:
      'A role, user, group or permission set is given an AWS managed policy IAM would not attach: an ARN whose name no AWS managed policy has (written without its path, `arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole` for `.../service-role/AWSLambdaBasicExecutionRole`: an error; in another case, or not in the list typed-iam knows: a warning, as AWS publishes new policies), or a policy under `aws-service-role/`, which only service-linked roles may have (an error); in the `aws-cn` and `aws-us-gov` partitions only these two errors. IAM refuses either: "does not exist or is not attachable", "Cannot attach a Service Role Policy to a Customer Role".',
    madeBy: 'lintTerraform, typed-iam/cdk',
  },
  [READER_CODES.logsQuota]: {
    severity: 'error',
    description:
      'More CloudWatch Logs resource policies without a resource ARN (`AWS::Logs::ResourcePolicy`, aws-cdk-lib\'s `Custom::CloudwatchLogResourcePolicy`, `aws_cloudwatch_log_resource_policy` without `resource_arn`) are made in one account and Region than the 10 CloudWatch Logs allows, a quota it does not raise (PutResourcePolicy: "a maximum of 10 policies without resourceARN"): making the 11th fails with "Resource limit exceeded". Policies of one name are counted once; those the account holds already count too, and are not seen.',
    madeBy: 'lintTerraform, typed-iam/cdk',
  },
  [READER_CODES.maybeLogsQuota]: {
    severity: 'warning',
    description:
      'More CloudWatch Logs resource policies without a resource ARN than the 10 CloudWatch Logs allows per account and Region may be made in one: counting those made only under a template Condition, those of stacks whose account or Region is not known at synth, or (Terraform) those of a configuration whose providers may be several accounts.',
    madeBy: 'lintTerraform, typed-iam/cdk',
  },
  [READER_CODES.organizationQuota]: {
    severity: 'error',
    description:
      'More service control policies (10) or resource control policies (5) are attached to one root, OU or account than AWS Organizations allows (`AWS::Organizations::Policy` `TargetIds`, `aws_organizations_policy_attachment`), counting FullAWSAccess on an OU or account the template or plan makes (Organizations attaches it to each): AttachPolicy refuses the policy past the quota. Policies attached outside the template or plan are not seen.',
    madeBy: 'lintTerraform, typed-iam/cdk',
  },
  [READER_CODES.maybeOrganizationQuota]: {
    severity: 'warning',
    description:
      'More service control or resource control policies than AWS Organizations allows may be attached to one root, OU or account: counting those attached only under a template Condition, FullAWSAccess on a root, OU or account that exists already (it may have been detached), or RCPFullAWSAccess, which cannot be detached and which AWS does not say takes a place of the 5.',
    madeBy: 'lintTerraform, typed-iam/cdk',
  },
  [READER_CODES.nameTaken]: {
    severity: 'error',
    description:
      'Two IAM roles, users, groups or managed policies of one name (ignoring case) are made in one account: in one template or plan, or in two stacks of an app that deploy to the same account, in any Region (IAM is global). "IAM user, group, role, and policy names must be unique within the account. Names are not distinguished by case" (IAM API reference): the second create fails ("already exists").',
    madeBy: 'lintTerraform, typed-iam/cdk',
  },
  [READER_CODES.maybeNameTaken]: {
    severity: 'warning',
    description:
      'Two IAM roles, users, groups or managed policies of one name (ignoring case) may be made in one account: one of them under a template Condition, or in a stack whose account is not known at synth (an env-agnostic stack), or (Terraform) in a configuration whose AWS provider configurations may be several accounts.',
    madeBy: 'lintTerraform, typed-iam/cdk',
  },
  [READER_CODES.partlyLinted]: {
    severity: 'warning',
    description: "A policy was linted in some of the combinations of its template's conditions only (there were too many): a finding in another combination may be missed.",
    madeBy: 'typed-iam/cdk',
  },
};

/** The parser's issue codes: a finding of one is a part of the policy that could not be read as written. */
const PARSE_CODES: ReadonlySet<string> = new Set(POLICY_ISSUE_CODES);

function sarif(findings: readonly Finding[], pos: readonly ({ line: number; column: number } | undefined)[], options: FormatOptions): object {
  const base = options.helpBase ?? DEFAULT_HELP_BASE;
  const rules: object[] = [];
  const index = new Map<string, number>();
  const addRule = (code: string, severity: Severity, description: string, security: boolean, documented = true) => {
    index.set(code, rules.length);
    rules.push({
      id: code,
      name: code
        .toLowerCase()
        .split('_')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(''),
      shortDescription: { text: description },
      fullDescription: { text: description },
      // every code of ours has its section in docs/lint-rules.md; a code of someone else's has none
      ...(documented ? { helpUri: `${base}#${code.toLowerCase()}` } : {}),
      help: { text: documented ? `${description} See ${base}#${code.toLowerCase()}.` : description },
      defaultConfiguration: { level: SARIF_LEVEL[severity] },
      properties: { tags: security ? ['security', 'iam'] : ['iam'], ...(security ? { 'security-severity': '7.5' } : {}) },
    });
  };
  for (const r of RULES) addRule(r.code, r.severity, r.description, r.severity === 'security');
  for (const f of findings) {
    if (index.has(f.code)) continue;
    if (Object.hasOwn(READER_CODE_INFO, f.code)) {
      const info = READER_CODE_INFO[f.code as ReaderCode];
      addRule(f.code, info.severity, info.description, false);
    } else if (PARSE_CODES.has(f.code)) addRule(f.code, 'error', `A part of the policy could not be read as written (${f.code}, an issue code of the parser; docs/errors.md lists them).`, false);
    else addRule(f.code, f.severity, `A finding of code ${f.code}.`, false, false);
  }

  const results = findings.map((f, i) => {
    const p = pos[i];
    const location: Record<string, unknown> = {
      logicalLocations: [{ fullyQualifiedName: f.path || '$', kind: 'member' }],
    };
    if (options.fileName !== undefined) {
      location['physicalLocation'] = {
        artifactLocation: { uri: options.fileName },
        ...(p === undefined ? {} : { region: { startLine: p.line, startColumn: p.column } }),
      };
    }
    return {
      ruleId: f.code,
      ruleIndex: index.get(f.code),
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      locations: [location],
      partialFingerprints: { 'typedIamFinding/v1': `${f.code}:${f.path}` },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'typed-iam',
            informationUri: base,
            ...(options.toolVersion === undefined ? {} : { version: options.toolVersion }),
            rules,
            properties: { catalog: `${catalogVersion.source}@${catalogVersion.version}` },
          },
        },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}
