/**
 * `typed-iam/vitest/setup`: registers the matchers (`toAllow`, `toDeny`, `toGrantNoMoreThan`,
 * `toNeverAllow`, `toBeEquivalentTo`) on vitest's `expect`. Import it once, for example from
 * `setupFiles` in vitest.config.ts, or at the top of a test file:
 *
 * @example
 * ```ts
 * import 'typed-iam/vitest/setup';
 * ```
 */
import { expect } from 'vitest';
import { typedIamMatchers } from './index.js';

expect.extend(typedIamMatchers);

export type { TypedIamMatchers, DenyKind, PolicyOrSet, CatalogOptions, DenyOptions, MatcherRequest, MatcherQuery } from './index.js';
