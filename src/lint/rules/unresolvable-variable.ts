/**
 * UNRESOLVABLE_VARIABLE (ours): a policy variable that never has a value of its own, so every request
 * reads it as missing (or as its default). IAM User Guide, single-valued vs. multivalued context keys:
 * "You can use any available single-valued context key as a policy variable. You cannot use a
 * multivalued context key as a policy variable." A key that is no condition key at all has no value
 * in any request either, and `aws:username` none where no caller is an IAM user (lint/callers.ts:
 * a session policy, a role's inline policy). Only `aws:` keys are looked up by name: services set variables of
 * their own that the Service Authorization Reference does not list (AWS Transfer Family's
 * `${transfer:HomeDirectory}`, AWS IoT's `${iot:ClientId}`, an OIDC provider's claims).
 */
import { didYouMean, suggestConditionKeys } from '../../catalog/index.js';
import { noIamUserCaller } from '../callers.js';
import { keyInfo } from '../catalog-cache.js';
import { shared, type LintContext, type LintRule } from '../context.js';
import { ALL_KINDS, show, UNLISTED_KEYS } from '../helpers.js';
import { article } from '../../model/messages.js';
import { parseVariable, scanVariables, variableName, variableNameProblem } from '../../model/variables.js';
import { missingTagKey } from './condition-values.js';
import { UNSUPPORTED_GLOBAL_KEYS } from './unsupported-global-condition-key.js';
import { eachVariableText } from './variable-syntax.js';

/** Why the key a variable names never has a value (and whether to suggest keys), or `undefined` when it can have one. */
function unresolvable(key: string): { readonly why: string; readonly suggest: boolean } | undefined {
  const lower = key.toLowerCase();
  const info = keyInfo(lower);
  if (info?.multivalued === true) return { why: `names the multivalued key ${show(info.key)} (only single-valued keys can be policy variables)`, suggest: false };
  if (!lower.startsWith('aws:') || info !== undefined || UNLISTED_KEYS.has(lower)) return undefined;
  if (missingTagKey(lower)) return { why: `names no tag key (write ${show(`${key.replace(/\/$/, '')}/<tag-key>`)})`, suggest: false };
  const instead = UNSUPPORTED_GLOBAL_KEYS.get(lower);
  if (instead !== undefined) return { why: `names ${show(key)}, which is not a global condition key (use ${instead})`, suggest: false };
  return { why: `names ${show(key)}, which is not a global condition key`, suggest: true };
}

/**
 * The variables AWS Transfer Family fills in a user's scope-down policy, a session policy it passes
 * when it assumes the user's role. Transfer Family User Guide, "Creating a session policy for an
 * Amazon S3 bucket": "You can't use the preceding variables in Managed Policies. Nor can you use them
 * as policy variables in an IAM role definition." Elsewhere no request carries them.
 */
const TRANSFER_VARIABLES: ReadonlySet<string> = new Set(['transfer:homebucket', 'transfer:homedirectory', 'transfer:homefolder', 'transfer:username']);

/** What a variable without a value does where it stands. */
const OUTCOME = {
  Resource: 'this entry matches no resource (in an Allow it grants nothing, in a Deny it denies nothing)',
  NotResource: 'this entry excludes no resource',
  Condition: 'this value matches nothing',
  NegatedCondition: 'this value matches nothing and the negated operator holds for it',
} as const;

/** A finding: where, and its words. */
interface Found {
  readonly path: string;
  readonly text: string;
  /** A Transfer Family variable outside a session policy is a warning: the policy may be one linted without its kind. */
  readonly severity?: 'warning';
}

function findAll(ctx: LintContext): readonly Found[] {
  const out: Found[] = [];
  const users = noIamUserCaller(ctx);
  eachVariableText(ctx, (text, path, _pattern, element) => {
    for (const { body, start, end } of scanVariables(text).uses) {
      // a malformed variable is its syntax rule's (UNSUPPORTED_SPACE_IN_VARIABLE, MISSING_QUOTE_IN_VARIABLE, ...)
      const parsed = variableNameProblem(variableName(body)) === undefined ? parseVariable(body) : undefined;
      if (parsed === undefined) continue;
      const lower = parsed.key.toLowerCase();
      const found =
        users !== undefined && lower === 'aws:username'
          ? { why: `names aws:username, which only IAM users' requests carry (this is ${users}; aws:userid, role-id:session-name for a role session, or a principal tag names the caller)`, suggest: false }
          : ctx.kind !== 'session' && TRANSFER_VARIABLES.has(lower)
            ? { why: `is one AWS Transfer Family fills only in a user's scope-down policy, a session policy (lint it with kind session), not in ${article(ctx.kind)} ${ctx.kind} policy`, suggest: false, transfer: true }
            : unresolvable(parsed.key);
      if (found === undefined) continue;
      const outcome = parsed.fallback === undefined ? `it never has a value and ${OUTCOME[element]}` : `it is always its default ${show(parsed.fallback)}`;
      const hint = found.suggest ? didYouMean(suggestConditionKeys(parsed.key)) : '';
      const finding = { path, text: `The policy variable ${show(text.slice(start, end))} ${found.why}, so ${outcome}.${hint}` };
      out.push('transfer' in found ? { ...finding, severity: 'warning' } : finding);
    }
  });
  return out;
}

/** UNRESOLVABLE_VARIABLE */
export const unresolvableVariable: LintRule = {
  code: 'UNRESOLVABLE_VARIABLE',
  severity: 'error',
  description:
    'A policy variable names a multivalued key (`${aws:TagKeys}`, `${aws:CalledVia}`: only single-valued keys can be variables), an `aws:` key that is not a global condition key (`${aws:usrname}`), `aws:username` in a session policy, a role\'s inline policy (target `inline-role`) or a managed policy attached only to roles (option `attachedTo: [\'role\']`; only IAM users\' requests carry it), or one of AWS Transfer Family\'s (`${transfer:HomeDirectory}`, ...) outside a session policy (Transfer fills them in a user\'s scope-down policy only), so it never has a value: the entry or condition value holding it matches nothing, and a default, if given, is always used. In a Deny, a Resource entry holding it denies nothing. Unknown keys of other prefixes are not reported (services such as AWS Transfer Family and AWS IoT set variables the Service Authorization Reference does not list).',
  kinds: ALL_KINDS,
  inspects: 'variables',
  check(ctx, report) {
    // a 2008-10-17 policy reads `${...}` as text (VARIABLE_UNSUPPORTED_IN_VERSION)
    if (ctx.document.Version === '2008-10-17') return;
    for (const f of shared(ctx, findAll)) report(f.path, f.text, f.severity);
  },
};
