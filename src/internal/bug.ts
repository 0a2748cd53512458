/**
 * The programmer-error helper: a broken internal invariant (a bug in typed-iam, never bad input
 * or misuse, which get an `IamPolicyError` subclass). The only plain `Error` typed-iam throws.
 */
export function bug(message: string): never {
  throw new Error(`typed-iam internal error: ${message}. Please report it with the input that caused it.`);
}
