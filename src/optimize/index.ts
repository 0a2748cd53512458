/**
 * `typed-iam/optimize`: make policies smaller and make them fit, without changing any decision.
 * See docs/optimize.md.
 */
export { minimize, minimizeStatements, type MinimizeOptions, type PolicyLike } from './minimize.js';
export { compressActions, type CompressActionsOptions } from './compress.js';
export { split, type SplitOptions } from './split.js';
export { fit, type FitOptions, type FitResult, type FitStep } from './fit.js';
export { planRole, type RolePlan, type RolePlanOptions } from './plan-role.js';
export { combine, override } from './compose.js';
