/** Helpers of the hostile-input suites. */
import { expect } from 'vitest';
import { PolicyValidationError } from '../../src/index.js';

/** The issues of the error `f` throws, which must be a PolicyValidationError (never a TypeError from inside). */
export function issuesOf(f: () => unknown) {
  let error: unknown;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(PolicyValidationError);
  return (error as PolicyValidationError).issues;
}
