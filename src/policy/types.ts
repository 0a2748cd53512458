import type { PolicyJson } from '../emit/emit.js';
import type { SizeReport } from '../emit/size.js';
import type { SizeTarget, SizeTargetName } from '../emit/size-targets.js';
import type { PolicyDocument, PolicyKind, Statement } from '../model/policy-document.js';
import type { CheckStatements, StatementArgs } from '../types/kinds.js';

/** Options of `size`: which text is measured. */
export interface SizeOptions {
  /** Indent with two spaces. Targets that count whitespace measure the pretty text. */
  readonly pretty?: boolean;
  /**
   * Write the canonical form (keys in canonical order, a single value as a string, repeats
   * dropped, Version first) rather than a parsed policy's source form. Built policies are canonical.
   */
  readonly canonical?: boolean;
}

/** Options of `toString`. */
export interface ToStringOptions extends SizeOptions {
  /** Check against this target instead of the policy's default. */
  readonly target?: SizeTargetName | SizeTarget;
}

/**
 * A policy document of kind `K`: built by `policy.<kind>(...)` or read by `parsePolicy`. Frozen;
 * methods that change it return a new policy.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * const doc = policy.identity(allow('s3:ListBucket').on('arn:aws:s3:::my-bucket'));
 * doc.size('managed'); // { length: 118, limit: 6144, fits: true, ... }
 * ```
 */
export interface Policy<K extends PolicyKind = PolicyKind> {
  /** The policy kind whose rules this policy follows. */
  readonly kind: K;
  /** The model data (frozen). */
  readonly document: PolicyDocument;
  /** Shortcut for `document.Statement`. */
  readonly statements: readonly Statement[];
  /** The target `toString()` and `size()` use when none is given. */
  readonly defaultTarget: SizeTargetName | SizeTarget;
  /**
   * A new policy with these statements appended (one by one, arrays of them, or both; checked against the kind).
   *
   * @example
   * ```ts
   * import { allow, deny, policy } from 'typed-iam';
   * const reader = policy.identity(allow('s3:GetObject').on('*'));
   * reader.add(deny('s3:DeleteObject').on('*')).statements.length; // 2 (reader keeps 1)
   * ```
   */
  add<const T extends StatementArgs>(...statements: CheckStatements<K, T>): Policy<K>;
  /**
   * A new policy with this `Id`. IAM documents `Id` for resource-based policies only; lint reports it
   * in identity, boundary and session policies (ID_NOT_SUPPORTED).
   *
   * @example
   * ```ts
   * import { allow, policy, principal } from 'typed-iam';
   * policy.resource(allow('sqs:SendMessage').on('*').by(principal.service('sns.amazonaws.com'))).withId('QueuePolicy');
   * ```
   */
  withId(id: string): Policy<K>;
  /**
   * A new policy whose default size target is `target`.
   *
   * @example
   * ```ts
   * import { allow, policy } from 'typed-iam';
   * policy.identity(allow('s3:GetObject').on('*')).withTarget('inline-role').size().target; // 'inline-role'
   * ```
   */
  withTarget(target: SizeTargetName | SizeTarget): Policy<K>;
  /**
   * JSON data: Version first and always present, Statement a list; each statement canonical, or
   * for a parsed policy as it was written (forms, element order, repeated values).
   *
   * @example
   * ```ts
   * import { allow, policy } from 'typed-iam';
   * policy.identity(allow('s3:GetObject').on('*')).toJSON();
   * // { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }
   * ```
   */
  toJSON(): PolicyJson;
  /**
   * Compact (or pretty) JSON text; throws `PolicySizeError` when over the target. A parsed
   * policy, unchanged, gives back its source's JSON (every form and order); see `canonical`.
   *
   * @example
   * ```ts
   * import { allow, policy } from 'typed-iam';
   * const reader = policy.identity(allow('s3:GetObject').on('*'));
   * reader.toString(); // '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'
   * reader.toString({ pretty: true, target: 'inline-role' }); // indented; measured against the inline-role limit
   * ```
   */
  toString(options?: ToStringOptions): string;
  /**
   * Size of the `toString` text against a target (default: the kind's); never throws.
   *
   * @example
   * ```ts
   * import { allow, policy } from 'typed-iam';
   * const { length, limit, fits } = policy.identity(allow('s3:GetObject').on('*')).size('managed'); // 96, 6144, true
   * ```
   */
  size(target?: SizeTargetName | SizeTarget, options?: SizeOptions): SizeReport;
}
