import { eachResource, type LintRule, type ResourceText } from '../context.js';
import { show } from '../helpers.js';
import { badArn } from '../../model/messages.js';
import { arnProblem, misplacedShortArnField, type ArnHeadField } from '../../model/arn.js';

const FIELD_NAMES: { readonly [F in ArnHeadField]: string } = { partition: 'partition', service: 'service', region: 'Region', account: 'account' };

/** `a`, `a and b`, `a, b and c`. */
function list(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** The finding of an ARN with fewer than six fields, or an empty partition, service or resource. */
function missingField(r: ResourceText): string | undefined {
  if (!r.isArn) return undefined;
  if (arnProblem(r.raw) === 'fields') return badArn(r.raw);
  // a short ARN ending in a wildcard is padded with `*` fields: reported when its last field cannot stand where the padding puts it
  const m = misplacedShortArnField(r.raw);
  if (m !== undefined) {
    const a = m.asAccount;
    if (a !== undefined) {
      const reads = `ARN ${show(r.raw)} has 5 of the 6 fields, so IAM reads ${show(m.last)} as the account (${show(m.padded)}), `;
      const other = `for a resource named ${show(m.last)}, the account ID or "*": ${show(m.sixFields)}.`;
      return a.account === 'aws'
        ? `${reads}which of all accounts matches only "aws", the account of AWS-owned resources such as AWS managed policies; for those write ${show(a.arn)}, ${other}`
        : `${reads}which matches no ARN (an account ID has no hyphens); for account ${a.account} write ${show(a.arn)}, ${other}`;
    }
    const what = list(m.missing.map((f) => (f === 'account' ? 'account ID' : FIELD_NAMES[f])));
    return (
      `ARN ${show(r.raw)} has ${6 - m.missing.length} of the 6 fields, so IAM reads ${show(m.last)} as the ${FIELD_NAMES[m.field]} (${show(m.padded)}), ` +
      `which matches no ARN it was written for; write the ${what}${m.missing.length > 1 ? ' (or "*")' : ' or "*"'}: ${show(m.sixFields)}.`
    );
  }
  const f = r.arn;
  const empty = f === undefined ? undefined : f.partition === '' ? 'partition' : f.service === '' ? 'service' : f.resource === '' ? 'resource' : undefined;
  return empty === undefined ? undefined : `ARN ${show(r.raw)} has an empty ${empty} field; fill it in (use "*" to match any).`;
}

/**
 * MISSING_ARN_FIELD: an ARN with fewer than six fields (the model's `arnProblem`; a short ARN ending
 * in `*` when its last field cannot be the field IAM's padding puts it in, `misplacedShortArnField`),
 * or an empty partition, service or resource.
 */
export const missingArnField: LintRule = {
  code: 'MISSING_ARN_FIELD',
  severity: 'error',
  description:
    'An ARN has fewer than the six colon-separated fields, or an empty partition, service or resource field. A short ARN ending in `*` is padded with `*` fields by IAM (`arn:aws:s3:*` covers every S3 ARN); it is reported when its last field cannot be the field the padding puts it in: `arn:aws:dynamodb:*:table/prod-*` (the account left out) is read with `table/prod-*` as the account and matches no table (write `arn:aws:dynamodb:*:*:table/prod-*`). Where that last field reads as an account written with hyphens or as `aws` (`arn:aws:iam::aws*`: AWS-owned resources such as AWS managed policies), the advice also gives the ARN with that account (`arn:aws:iam::aws:*`). A partition, service or Region holds only letters, digits, hyphens and wildcards; an account 12 digits, a pattern of digits, `aws` or a policy variable.',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  inspects: 'arns',
  resource: missingField,
  check: eachResource(missingField),
};
