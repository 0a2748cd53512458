/**
 * `typed-iam/evaluate`: a local engine that answers "is this request allowed, and why".
 * See docs/evaluation.md for the decision order and what the engine does not model.
 */
export { evaluate } from './engine.js';
export type {
  ContextScalar,
  ContextValue,
  Decision,
  EvaluationRequest,
  EvaluationResult,
  MatchedStatement,
  OrganizationLevels,
  PolicyInput,
  PolicyJsonInput,
  PolicySet,
  PolicyType,
  RequestContext,
  RequestPrincipalType,
  ResourceType,
} from './types.js';
