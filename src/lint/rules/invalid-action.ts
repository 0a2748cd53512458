import { catalogVersion, didYouMean, operationActions, suggestActions, type OperationActions } from '../../catalog/index.js';
import { strayAction } from '../../model/syntax.js';
import { ACTION_FLAGS, type LintRule } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';

/** An entry with stray whitespace matches no catalog action: it always has one of these flags. */
const STRAY_FLAGS = ACTION_FLAGS.unknownAction | ACTION_FLAGS.unknownService | ACTION_FLAGS.matchesNothing;

/**
 * INVALID_ACTION: an action of a known service that the catalog does not list, or an entry with
 * stray whitespace (`"lambda:ListFunctions "`), which AWS accepted but compares as written.
 */
export const invalidAction: LintRule = {
  code: 'INVALID_ACTION',
  severity: 'error',
  description: 'An action (without wildcards) does not exist in its service, for example a typo, an action AWS has removed, or the name of an API operation that IAM authorizes as another action (s3:ListObjectsV2 is authorized as s3:ListBucket; the message names it).',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements) {
      if ((s.actionFlags & STRAY_FLAGS) === 0) continue;
      for (const a of s.actions) {
        const meant = strayAction(a.raw);
        if (meant !== undefined) {
          report(
            a.path,
            `Action ${show(a.raw)} holds whitespace: AWS compares actions as written, so it matches no request (see docs/evaluation.md for how typed-iam reads it).${didYouMean(a.wildcard ? [meant] : suggestActions(meant))} Remove the whitespace.`,
          );
          continue;
        }
        if (a.wildcard || a.data.actions.length > 0 || !a.known) continue;
        const operation = operationActions(a.raw);
        if (operation !== undefined) {
          report(a.path, `Action ${show(a.raw)} does not exist in service ${show(a.service)}: ${operationText(a.raw, operation)}.`);
          continue;
        }
        report(
          a.path,
          `Action ${show(a.raw)} does not exist in service ${show(a.service)} (AWS catalog of ${catalogVersion.date}).${didYouMean(suggestActions(a.raw))} Fix the spelling or remove it.`,
        );
      }
    }
  },
};

/** What an API operation is authorized as (`"s3:CopyObject" is an API operation, which IAM authorizes as ...`), and what to write. */
function operationText(raw: string, operation: OperationActions): string {
  const names = operation.actions.map(show);
  const last = names.at(-1)!;
  const listed = names.length === 1 ? last : `${names.slice(0, -1).join(', ')} ${operation.each ? 'and' : 'or'} ${last}`;
  const how = names.length === 1 ? '' : operation.each ? ' (a request needs each)' : ' (by what the request does)';
  return `${show(raw.slice(raw.indexOf(':') + 1))} is the name of an API operation, which IAM authorizes as ${listed}${how}; write ${names.length === 1 ? 'that' : operation.each ? 'those' : 'the ones it needs'} instead`;
}
