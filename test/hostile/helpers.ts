/** Helpers of the hostile-input suites. */
import { expect } from 'vitest';
import { PolicyArgumentError, PolicyValidationError } from '../../src/index.js';

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

/** The error `f` throws, which must be a PolicyArgumentError (never a TypeError from inside, never an answer). */
export function argumentErrorOf(f: () => unknown): PolicyArgumentError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyArgumentError);
    return e as PolicyArgumentError;
  }
  throw new Error('the argument was accepted');
}

/** The `argument` of the PolicyArgumentError `f` throws. */
export const argumentOf = (f: () => unknown): string => argumentErrorOf(f).argument;
