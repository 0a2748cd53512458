/**
 * `typed-iam/analyze`: proves offline what a policy grants that another does not, with a request
 * as evidence. Every answer is decided by `typed-iam/evaluate` on a finite set of requests that
 * meets every cell of the request space the policies cut out; see docs/analyze.md.
 *
 * @packageDocumentation
 */
export {
  checkAccessNotGranted,
  checkNoNewAccess,
  checkNoPublicAccess,
  compare,
  diff,
  toAnalyzeSet,
  type AccessQuery,
  type AccessRow,
  type AnalyzeInput,
  type AnalyzeOptions,
  type CheckResult,
  type CompareResult,
  type DiffResult,
  type PublicAccessQuery,
  type Reason,
  type Relation,
} from './checks.js';
