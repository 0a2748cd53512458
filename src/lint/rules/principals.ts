/**
 * Principal-element checks that need no account data: UNSUPPORTED_WILDCARD_IN_PRINCIPAL,
 * ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL, INVALID_SERVICE_PRINCIPAL_FORMAT,
 * INVALID_PRINCIPAL_FORMAT, FEDERATED_PRINCIPAL_NOT_SUPPORTED, REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY.
 */
import type { PolicyKind } from '../../model/policy-document.js';
import type { LintContext, LintRule, Report } from '../context.js';
import { ALL_KINDS, isRegionName, principalValues, show } from '../helpers.js';
import { valuePath } from '../context.js';
import { hasWildcard } from '../../model/match.js';
import { isAwsPrincipal, isCanonicalUserId, isPrincipalUniqueId, isServicePrincipalName } from '../../model/principals.js';
import { hasVariable } from '../../model/variables.js';

/**
 * True for a principal value with a wildcard other than the lone `*` (anyone). IAM matches Principal
 * values literally: `arn:aws:iam::111122223333:role/*` names no principal (reference_policies_elements_principal).
 */
function partialWildcard(v: string): boolean {
  return v !== '*' && (v.includes('*') || v.includes('?'));
}

/**
 * The principal keys whose values {@link wildcards} checks, with what names one principal of that key. `AWS`
 * takes the lone `"*"` (all principals); no other key does (IAM User Guide, Principal element, "All
 * principals": `"Principal": "*"` and `{"AWS": "*"}` are the two forms). A `Federated` value outside a trust
 * policy is FEDERATED_PRINCIPAL_NOT_SUPPORTED's whatever it holds (the key itself is unsupported there).
 */
const WILDCARD_KEYS = [
  ['AWS', 'the ARN of an account, user or role'],
  ['Service', 'each service principal in full, such as "lambda.amazonaws.com"'],
  ['Federated', 'the identity provider (arn:aws:iam::<account>:oidc-provider/<host> or :saml-provider/<name>)'],
  ['CanonicalUser', 'the canonical user id (64 hexadecimal digits)'],
] as const;

function wildcards(ctx: LintContext, report: Report, advice: string, federated: boolean): void {
  for (const s of ctx.statements)
    for (const el of ['Principal', 'NotPrincipal'] as const) {
      const p = s.statement[el];
      if (p === undefined || p === '*') continue;
      for (const [type, name] of WILDCARD_KEYS) {
        if (type === 'Federated' && !federated) continue;
        (p[type] ?? []).forEach((v, i) => {
          const path = `${s.path}.${el}.${type}[${i}]`;
          if (partialWildcard(v)) report(path, `Wildcards are not supported in ${el}.${type} values (${show(v)} matches no principal); ${advice}`);
          // the lone "*" is all principals only as "Principal": "*" or {"AWS": "*"} (IAM User Guide, Principal element,
          // "All principals"); the check reference ("Unsupported wildcard in principal": "Wildcards (*, ?) are not
          // supported with the principal key") takes no wildcard with another key
          else if (type !== 'AWS' && v === '*') report(path, `"*" is not supported in ${el}.${type}: a wildcard cannot stand for all ${type} principals; name ${name}.`);
        });
      }
    }
}

/** UNSUPPORTED_WILDCARD_IN_PRINCIPAL: `arn:aws:iam::111122223333:user/*` or `{"Service": "*"}` in a resource policy. */
export const unsupportedWildcardInPrincipal: LintRule = {
  code: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
  severity: 'error',
  description:
    'A Principal value holds a wildcard other than the lone `"*"` (`arn:aws:iam::111122223333:role/*`); principals match literally, so it names nobody. Use `"*"` with an `aws:PrincipalArn` condition. A `Service` or `CanonicalUser` value of `"*"` is reported too: the lone `"*"` means all principals only as `"Principal": "*"` or `{"AWS": "*"}`, and the check reference supports no wildcard with another principal key. A `Federated` value is left to FEDERATED_PRINCIPAL_NOT_SUPPORTED (no federated principal is supported outside a role trust policy); in an RCP, any Principal but `"*"` is the parser\'s `PRINCIPAL_MUST_BE_ANYONE` (the check reference\'s "RCP syntax error principal"), so this rule does not run there.',
  kinds: ['resource', 'endpoint'],
  check(ctx, report) {
    wildcards(ctx, report, 'name each principal, or use "*" with an ArnLike condition on aws:PrincipalArn.', false);
  },
};

const TRUST_ACCOUNT = 'trust the account (arn:aws:iam::<account>:root) and add an ArnLike condition on aws:PrincipalArn';
const TRUST_ADVICE = `${TRUST_ACCOUNT}.`;

/**
 * ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL: the same in a role trust policy, and
 * `"Principal": "*"` itself (Access Analyzer policy check reference: `"Principal:" "*"` is not
 * supported in the Principal element of a role trust policy; IAM refuses such a trust policy as
 * MalformedPolicyDocument, "invalid principal", aws/aws-cdk#5732). Not `{"AWS": "*"}`: IAM accepts
 * it there (aws-cdk-lib's `OrganizationPrincipal` writes it, aws/aws-cdk#5746), and the IAM User
 * Guide (Principal element) recommends a wildcard in a role's trust policy only with a Condition:
 * without one it is PUBLIC_PRINCIPAL_WITHOUT_CONDITION's finding.
 */
export const roleTrustPolicyUnsupportedWildcardInPrincipal: LintRule = {
  code: 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
  severity: 'error',
  description:
    'A role trust policy Principal is `"*"`, a `Service`, `Federated` or `CanonicalUser` value is `"*"`, or a value of any principal key holds a wildcard other than the lone `"*"`; Access Analyzer reports each as unsupported in a role trust policy, and IAM refuses `"Principal": "*"` there (MalformedPolicyDocument). Trust the account and narrow with an `aws:PrincipalArn` condition, or write `{"AWS": "*"}` with a condition such as `aws:PrincipalOrgID`. `{"AWS": "*"}` is not reported: IAM accepts it in a trust policy (aws-cdk-lib\'s `OrganizationPrincipal` writes it), and the IAM User Guide recommends it only with a Condition; without one, PUBLIC_PRINCIPAL_WITHOUT_CONDITION reports it.',
  kinds: ['trust'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      const p = s.statement.Principal;
      if (p === '*')
        report(`${s.path}.Principal`, `"Principal": "*" is not supported in a role trust policy (IAM refuses it); ${TRUST_ACCOUNT}, or write {"AWS": "*"} with a condition such as aws:PrincipalOrgID.`);
    }
    wildcards(ctx, report, TRUST_ADVICE, true);
  },
};


/**
 * Condition keys whose values are service principals (IAM User Guide, global condition keys and
 * the IAM and Organizations keys), and `kms:ViaService`, whose values name a service in a Region
 * (AWS KMS Developer Guide: `service-name.region.amazonaws.com`).
 */
const SERVICE_PRINCIPAL_KEYS: ReadonlySet<string> = new Set(['aws:principalservicename', 'aws:principalservicenameslist', 'aws:calledvia', 'aws:calledviafirst', 'aws:calledvialast', 'iam:passedtoservice', 'iam:awsservicename', 'organizations:serviceprincipal']);
const VIA_SERVICE = 'kms:viaservice';

/** True for a `kms:ViaService` value: a service principal name whose second label is a Region (`ec2.us-east-1.amazonaws.com`). */
function isViaService(v: string): boolean {
  const labels = v.split('.');
  return isServicePrincipalName(v) && labels.length >= 4 && isRegionName(labels[1]!) && /^amazonaws\.com(?:\.cn)?$/.test(labels.slice(2).join('.'));
}

/**
 * INVALID_SERVICE_PRINCIPAL_FORMAT: `lambda` or `Lambda.amazonaws.com` as a service principal, in
 * `Principal` or as the value of a key whose values are service principals (Access Analyzer policy
 * check reference: "You can specify a service principal in the Principal element or as a value for
 * some global condition keys and service-specific keys"; `kms:ViaService` takes
 * `service-name.AWS_region.amazonaws.com`). Values with wildcards or policy variables are patterns, not checked.
 */
export const invalidServicePrincipalFormat: LintRule = {
  code: 'INVALID_SERVICE_PRINCIPAL_FORMAT',
  severity: 'error',
  description:
    'A `Principal.Service` value, or a value of a condition key that holds service principals (`iam:PassedToService`, `aws:PrincipalServiceName`, `aws:CalledVia`, `kms:ViaService`, ...), is not a service principal name (`lambda.amazonaws.com`, all lower case; `ec2.us-east-1.amazonaws.com` for `kms:ViaService`), so it matches no service.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    const fix = (v: string) => `use the format service-name.amazonaws.com in lower case${/^[a-z0-9-]+$/.test(v) ? ` (${show(`${v}.amazonaws.com`)})` : ''}`;
    for (const s of ctx.statements) {
      for (const el of ['Principal', 'NotPrincipal'] as const)
        principalValues(s.statement[el], 'Service').forEach((v, i) => {
          // a value with a wildcard is the wildcard rules' (UNSUPPORTED_WILDCARD_IN_PRINCIPAL and its trust-policy twin)
          if (hasWildcard(v) || isServicePrincipalName(v)) return;
          report(`${s.path}.${el}.Service[${i}]`, `${show(v)} is not a service principal name; ${fix(v)}.`);
        });
      for (const c of s.conditions) {
        const via = c.keyLower === VIA_SERVICE;
        if ((!via && !SERVICE_PRINCIPAL_KEYS.has(c.keyLower)) || c.op === undefined || c.op.family !== 'String') continue;
        c.values.forEach((v, i) => {
          if (typeof v !== 'string' || hasWildcard(v) || hasVariable(v) || (via ? isViaService(v) : isServicePrincipalName(v))) return;
          report(
            valuePath(c, i),
            via
              ? `${show(v)} is not a kms:ViaService value; use the format service-name.region.amazonaws.com in lower case (such as "ec2.us-east-1.amazonaws.com").`
              : `${show(v)} is not a service principal name, so ${show(c.key)} never equals it; ${fix(v)}.`,
          );
        });
      }
    }
  },
};

/**
 * INVALID_PRINCIPAL_FORMAT: a `Principal.AWS` or `Principal.CanonicalUser` value in no form IAM
 * accepts (`"AWS": "Admin"`, `arn:aws:iam::111122223333:group/Dev`, a canonical user id that is
 * not 64 or 96 hexadecimal digits). IAM refuses such a policy when it is saved ("Invalid principal in
 * policy"). Values other rules report are left to them: a wildcard other than `"*"`
 * (UNSUPPORTED_WILDCARD_IN_PRINCIPAL and its trust-policy twin), a policy variable
 * (VARIABLE_UNSUPPORTED_IN_ELEMENT); the shape of the element is the parser's (INVALID_PRINCIPAL).
 */
export const invalidPrincipalFormat: LintRule = {
  code: 'INVALID_PRINCIPAL_FORMAT',
  severity: 'error',
  description:
    'A `Principal.AWS` value is not `"*"`, an account id, a user or role unique id, or the ARN of an account (`:root`), IAM user, IAM role, role session or federated user; or a `Principal.CanonicalUser` value is not 64 hexadecimal digits (an account) or 96 (a CloudFront origin access identity). IAM refuses the policy.',
  kinds: ['resource', 'trust', 'endpoint'],
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const el of ['Principal', 'NotPrincipal'] as const) {
        principalValues(s.statement[el], 'AWS').forEach((v, i) => {
          if (isAwsPrincipal(v) || partialWildcard(v) || hasVariable(v)) return;
          report(`${s.path}.${el}.AWS[${i}]`, `${show(v)} is not an AWS principal; use an account id (111122223333), or the ARN of an account (arn:aws:iam::111122223333:root), an IAM user or role, or a role session.${awsHint(v)}`);
        });
        principalValues(s.statement[el], 'CanonicalUser').forEach((v, i) => {
          // compared ignoring case by evaluate (S3 writes canonical ids in lower case)
          if (v === '*' || isCanonicalUserId(v.toLowerCase()) || partialWildcard(v) || hasVariable(v)) return;
          report(`${s.path}.${el}.CanonicalUser[${i}]`, `${show(v)} is not a canonical user id; use the Amazon S3 canonical user id: 64 hexadecimal digits for an account, 96 for a CloudFront origin access identity.`);
        });
      }
  },
};

/** A hint for the common slips: an IAM group (never a principal) and a Region in an IAM or STS ARN. */
function awsHint(v: string): string {
  if (/^arn:[^:]*:iam::[^:]*:group\//.test(v)) return ' An IAM group is not a principal: name its users, or grant the group an identity policy.';
  if (/^arn:[^:]*:(?:iam|sts):[^:]+:/.test(v)) return ' IAM and STS ARNs have an empty Region field.';
  return '';
}

// not 'rcp': an RCP's Principal other than "*" is the parser's PRINCIPAL_MUST_BE_ANYONE ("RCP syntax error principal")
const NON_TRUST: readonly PolicyKind[] = ['resource', 'endpoint'];

/** FEDERATED_PRINCIPAL_NOT_SUPPORTED: a Federated principal outside a role trust policy (an RCP's is PRINCIPAL_MUST_BE_ANYONE). */
export const federatedPrincipalNotSupported: LintRule = {
  code: 'FEDERATED_PRINCIPAL_NOT_SUPPORTED',
  severity: 'error',
  description: 'A resource-based policy names a `Federated` principal; only role trust policies accept identity providers there.',
  kinds: NON_TRUST,
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const el of ['Principal', 'NotPrincipal'] as const)
        if (principalValues(s.statement[el], 'Federated').length > 0)
          report(`${s.path}.${el}.Federated`, 'This policy type does not support a federated identity provider in the principal; trust the provider in a role trust policy and name the role here.');
  },
};

/** REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY: an assumed-role session beside its own role. */
export const redundantPrincipalInRoleTrustPolicy: LintRule = {
  code: 'REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY',
  severity: 'suggestion',
  description: 'A trust policy names both a role and an assumed-role session of that role; the session adds nothing. Remove it.',
  kinds: ['trust'],
  check(ctx, report) {
    for (const s of ctx.statements) {
      const aws = principalValues(s.statement.Principal, 'AWS');
      // each role by its ARN without the path (a session ARN has none), to the role as written
      const roles = new Map<string, string>();
      for (const v of aws) if (v.includes(':role/')) roles.set(v.replace(/:role\/(?:.*\/)?/, ':role/'), v);
      aws.forEach((v, i) => {
        const m = /^(arn:[^:]+:)sts(::\d{12}:)assumed-role\/([^/]+)\/.+$/.exec(v);
        if (m === null) return;
        const parent = roles.get(`${m[1]}iam${m[2]}role/${m[3]}`);
        if (parent !== undefined) report(`${s.path}.Principal.AWS[${i}]`, `The assumed-role principal ${show(v)} is redundant with its role ${show(parent)}; remove it.`);
      });
    }
  },
};

function uniqueIdRule(code: string, prefix: string, what: 'role' | 'user'): LintRule {
  return {
    code,
    severity: 'warning',
    description: `A principal names an IAM ${what} by its unique ID (\`${prefix}...\`) instead of its ARN; if the ${what} is deleted and recreated, the policy no longer matches it.`,
    kinds: ['resource', 'trust', 'endpoint'],
    check(ctx, report) {
      for (const s of ctx.statements)
        for (const el of ['Principal', 'NotPrincipal'] as const)
          principalValues(s.statement[el], 'AWS').forEach((v, i) => {
            if (v.startsWith(prefix) && isPrincipalUniqueId(v))
              report(`${s.path}.${el}.AWS[${i}]`, `${show(v)} is the unique ID of an IAM ${what}; use the ${what} ARN (arn:aws:iam::<account>:${what}/<name>) instead.`);
          });
    },
  };
}

/** INVALID_ROLE_REFERENCE: a role unique ID (`AROA...`) as a principal. */
export const invalidRoleReference = uniqueIdRule('INVALID_ROLE_REFERENCE', 'AROA', 'role');
/** INVALID_USER_REFERENCE: a user unique ID (`AIDA...`) as a principal. */
export const invalidUserReference = uniqueIdRule('INVALID_USER_REFERENCE', 'AIDA', 'user');
