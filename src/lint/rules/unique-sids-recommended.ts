import type { LintRule } from '../context.js';
import { show } from '../helpers.js';
import { repeatedSids } from './unique-sids-required.js';

/** UNIQUE_SIDS_RECOMMENDED: two statements share a Sid. */
export const uniqueSidsRecommended: LintRule = {
  code: 'UNIQUE_SIDS_RECOMMENDED',
  severity: 'warning',
  description: 'Two statements of a resource-based or VPC endpoint policy share a Sid; Sids should be unique within a policy (some services, such as SNS, reject duplicates). Policy types that require unique Sids get UNIQUE_SIDS_REQUIRED instead.',
  kinds: ['resource', 'endpoint'],
  check(ctx, report) {
    repeatedSids(ctx, (s, sid, at) => report(`${s.path}.Sid`, `Sid ${show(sid)} is already used by Statement[${at}]; give each statement its own Sid.`));
  },
};
