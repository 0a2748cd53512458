import { patternFitsArn, patternTemplates, unlistedTemplates } from '../catalog-cache.js';
import { matchesArnTemplate } from '../../catalog/index.js';
import { ACTION_FLAGS, type ActionText, type LintRule, type ResourceText, type StatementFacts } from '../context.js';
import { show } from '../helpers.js';
import { outsideVariables } from '../../model/variables.js';
import { AWS_OWNED_SUMMARY, awsOwnedReading } from '../aws-owned.js';
import { SLASHLESS_NAMES } from '../../catalog/slashless-names.js';

/** The variables read as holding no `/`, by service, as the description lists them. */
const SLASHLESS_SUMMARY = Object.entries(SLASHLESS_NAMES)
  .map(([service, names]) => `${service} ${names.map((n) => `\`${n}\``).join(', ')}`)
  .join('; ');

/**
 * True when some ARN format of the actions of `pattern` has the service field `service` (or a
 * placeholder there, `${Vendor}` of backup): sts:SetContext lists `arn:${Partition}:iam::${Account}:role/...`.
 */
function listsArnService(pattern: string, service: string): boolean {
  return patternTemplates(pattern).some((t) => {
    const field = t.split(':', 3)[2] ?? '';
    return field === service || field.includes('${');
  });
}

/** An action entry whose ARNs are checked: it matches actions, some with a resource type (never `*` here: statements with a service wildcard are skipped). */
export const checked = (a: ActionText): boolean => (a.flags & ACTION_FLAGS.hasResourceTypes) !== 0;

/**
 * A Resource text as the ARN rules compare it with ARN formats (each variable read as any text), or
 * `undefined` when it cannot be compared: no ARN, an empty service field, or a service in capitals
 * (INVALID_ARN_SERVICE_CASE's).
 */
export function comparedArn(r: ResourceText): string | undefined {
  const f = r.arn;
  if (f === undefined || f.service === '' || f.service !== f.service.toLowerCase()) return undefined;
  return outsideVariables(r.raw, '*');
}

/**
 * True when `arn` (from {@link comparedArn}) can name a resource of some action of `a`, an AWS-owned
 * name read with its owner's reading ({@link awsOwnedReading}), or when it fits a resource type of the
 * action's service that the Reference ties to no action ({@link unlistedTemplates}): which actions take
 * such a type is unknown, so it is not reported.
 */
export function actionFits(a: ActionText, arn: string): boolean {
  if (patternFitsArn(a.lower, arn)) return true;
  const owned = awsOwnedReading(arn);
  if (owned !== undefined && patternFitsArn(a.lower, owned)) return true;
  return unlistedTemplates(a.service).some((t) => matchesArnTemplate(t, arn));
}

/**
 * The sentence both ARN-format rules add when an ARN names a service none of `actions` has an ARN
 * format of: the reference lists no such pairing, but it lags renames (AWS's own policies pair
 * codestar-connections actions with codeconnections ARNs).
 */
export function otherServiceNote(actions: readonly ActionText[], service: string): string {
  if (actions.some((a) => listsArnService(a.lower, service))) return '';
  return ` The reference lists no resource of service ${show(service)} for ${actions.length === 1 ? 'this action' : 'these actions'}; it can lag when AWS renames a service, so confirm in the service's documentation before removing the entry.`;
}

/** True when some checked action of the statement fits `arn` (an entry as {@link comparedArn} reads it). */
function fitsArn(s: StatementFacts, arn: string): boolean {
  return s.actionTexts.some((a) => checked(a) && actionFits(a, arn));
}

/** True when some checked action of the statement fits the resource entry `r`. */
function fitsSome(s: StatementFacts, r: ResourceText): boolean {
  const arn = comparedArn(r);
  return arn !== undefined && fitsArn(s, arn);
}

/**
 * RESOURCE_MISMATCH: an ARN that fits no resource type of any action of the statement. In an Allow
 * the entry grants nothing (a warning, as Access Analyzer rates values that can never match, such as
 * TYPE_MISMATCH); in a Deny it denies nothing, so what the author meant to deny stays allowed (an
 * error), unless the Deny names everything under the entry in another one the actions fit (the bucket
 * beside `<bucket>/*`): then the entry is only dead (a warning).
 */
export const resourceMismatch: LintRule = {
  code: 'RESOURCE_MISMATCH',
  severity: 'warning',
  description:
    `A Resource ARN fits no resource type of any action in the statement, so that entry never matches a request: an Allow grants nothing through it (warning); a Deny denies nothing through it (reported as an error, unless the Deny names everything under it too, in an entry the actions fit: \`arn:aws:s3:::b\` beside \`arn:aws:s3:::b/*\` for \`s3:GetObject\`, where the Deny still denies the objects and the entry is dead, a warning). A resource type may have ARNs of another service, read by their service field (\`sts:AssumeRoot\` takes \`arn:aws:iam::111122223333:root\`). AWS names some resources it owns with an empty account field where their format has one (the Systems Manager User Guide writes \`arn:aws:ssm:us-east-1::document/AWS-RunShellScript\` and \`arn:aws:ssm:us-east-2::parameter/aws/service/...\`): such an ARN fits when it is one of these (src/lint/aws-owned.ts; a name with a wildcard fits when it can begin so), whose names only AWS uses: ${AWS_OWNED_SUMMARY}. A resource of another name needs its account. A variable of the ARN format whose value AWS documents as holding no \`/\` is read so (src/catalog/slashless-names.ts: ${SLASHLESS_SUMMARY}): \`s3:ListBucket\` alone on \`arn:aws:s3:::my-bucket/*\` is reported, since that entry names objects and a bucket's ARN holds no \`/\`. An ARN of a resource type the Reference lists for the action's service but ties to no action of it is not reported: which actions take it is unknown (API Gateway's HTTP and WebSocket API types, \`arn:aws:apigateway:us-east-1::/apis/*\`, which the Reference's second API Gateway page lists for the same \`DELETE\`, \`GET\`, \`PATCH\`, \`POST\` and \`PUT\` actions and the catalog's data loses).`,
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  inspects: 'arns',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.actionElement !== 'Action' || s.resourceElement !== 'Resource') continue;
      if (s.anyServiceWildcard || (s.actionFlags & ACTION_FLAGS.hasResourceTypes) === 0) continue;
      for (let i = 0; i < s.resourceTexts.length; i++) {
        const r = s.resourceTexts[i]!;
        const arn = comparedArn(r);
        if (arn === undefined || fitsArn(s, arn)) continue;
        const actions = s.actionTexts.filter(checked);
        const names = actions.map((a) => a.raw);
        const deny = s.statement.Effect === 'Deny';
        // a Deny on a resource and everything under it (`arn:aws:s3:::b` beside `arn:aws:s3:::b/*` for
        // s3:GetObject) still denies the actions there through the other entry: a dead entry, not a gap
        const under = deny ? s.resourceTexts.find((o) => o.raw === `${r.raw}/*` && fitsSome(s, o)) : undefined;
        report(
          s.resources[i]!.path,
          `ARN ${show(r.raw)} fits no resource type of ${names.length === 1 ? `action ${show(names[0])}` : `the actions ${names.slice(0, 5).map(show).join(', ')}${names.length > 5 ? ', ...' : ''}`}, so this ${deny ? 'Deny denies nothing through it' : 'entry grants nothing'}${under === undefined ? '' : ` (it denies them under it through ${show(under.raw)})`}; check the ARN format in the Service Authorization Reference or move it to a statement with matching actions.${otherServiceNote(actions, r.arn!.service)}`,
          deny && under === undefined ? 'error' : undefined,
        );
      }
    }
  },
};
