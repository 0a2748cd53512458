import { patternTemplates } from '../catalog-cache.js';
import { ACTION_FLAGS, type LintRule } from '../context.js';
import { show } from '../helpers.js';
import { actionFits, checked, comparedArn, otherServiceNote } from './resource-mismatch.js';

/** How many ARN formats a finding names (an action of several resource types has more). */
const FORMATS_SHOWN = 3;

/**
 * ACTION_MATCHES_NO_RESOURCE: an action of the statement that none of its Resource entries can name
 * a resource of, beside entries that fit other actions (an entry that fits no action at all is
 * RESOURCE_MISMATCH's). IAM authorizes an action against the resources of its resource types
 * (Service Authorization Reference), so in an Allow the action is granted nothing by this statement
 * (a warning) and in a Deny it is denied nothing (an error): `s3:ListBucket` beside `s3:GetObject`
 * on `arn:aws:s3:::my-bucket/*` alone.
 */
export const actionMatchesNoResource: LintRule = {
  code: 'ACTION_MATCHES_NO_RESOURCE',
  severity: 'warning',
  description:
    'An action of the statement fits none of its Resource entries (none can name a resource of the action\'s resource types in the Service Authorization Reference), while other actions fit them: IAM authorizes the action against its own resources, so an Allow grants it nothing through this statement (warning) and a Deny denies it nothing (reported as an error). The common case: `s3:ListBucket` (the bucket, `arn:aws:s3:::my-bucket`) beside `s3:GetObject` on `arn:aws:s3:::my-bucket/*` alone. Statements with a Resource entry that is `*`, no ARN, or an ARN whose service the rules cannot read are left alone, and so is a statement none of whose entries fits any action (RESOURCE_MISMATCH reports those entries). An ARN of a resource type the Reference lists for the action\'s service but ties to no action of it is not reported: which actions take it is unknown (API Gateway\'s HTTP and WebSocket API types, `arn:aws:apigateway:us-east-1::/apis/*`, which the Reference\'s second API Gateway page lists for the same `DELETE`, `GET`, `PATCH`, `POST` and `PUT` actions and the catalog\'s data loses).',
  kinds: ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'],
  inspects: 'arns',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (s.actionElement !== 'Action' || s.resourceElement !== 'Resource' || s.resourceTexts.length === 0) continue;
      if (s.anyServiceWildcard || (s.actionFlags & ACTION_FLAGS.hasResourceTypes) === 0) continue;
      const arns: string[] = [];
      for (const r of s.resourceTexts) {
        const arn = comparedArn(r);
        if (arn === undefined) break;
        arns.push(arn);
      }
      // an entry that cannot be compared may name anything
      if (arns.length !== s.resourceTexts.length) continue;
      // per action entry: it has resource types and no entry fits it
      const misses = s.actionTexts.map((a) => checked(a) && !arns.some((arn) => actionFits(a, arn)));
      // no entry fits any action: each entry is RESOURCE_MISMATCH's
      if (!s.actionTexts.some((a, i) => checked(a) && !misses[i])) continue;
      const deny = s.statement.Effect === 'Deny';
      const services = new Set(s.resourceTexts.map((r) => r.arn!.service));
      s.actionTexts.forEach((a, i) => {
        if (!misses[i]) return;
        const formats = patternTemplates(a.lower);
        const shown = formats.slice(0, FORMATS_SHOWN).map(show).join(', ') + (formats.length > FORMATS_SHOWN ? ', ...' : '');
        report(
          s.actions[i]!.path,
          `Action ${show(a.raw)} fits none of the statement's Resource entries, so this ${deny ? 'Deny does not deny it' : 'statement grants it nothing'}; its resources are named ${shown}. Add a Resource entry of ${formats.length === 1 ? 'that form' : 'one of those forms'}, or move the action to a statement of its own.${services.size === 1 ? otherServiceNote([a], [...services][0]!) : ''}`,
          deny ? 'error' : undefined,
        );
      });
    }
  },
};
