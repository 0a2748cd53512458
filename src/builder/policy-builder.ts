/**
 * `policy.<kind>(...statements)`: policy factories (statements one by one, arrays of them, or both).
 * A kind's element rules are compile errors where the statement's type state shows them, and
 * `PolicyValidationError`s at run time always.
 */
import { makePolicy, type StatementSource } from '../policy/policy.js';
import type { PolicyKind, Statement } from '../model/policy-document.js';
import type { Policy } from '../policy/types.js';
import type { CheckStatements, StatementArgs } from '../types/kinds.js';
import { flatten } from '../internal/flatten.js';

function factory<K extends PolicyKind>(kind: K) {
  return <const T extends StatementArgs>(...statements: CheckStatements<K, T>): Policy<K> =>
    makePolicy(kind, { Version: '2012-10-17', Statement: [] }, flatten(statements as unknown[]) as (StatementSource | Statement)[], undefined, true);
}

/** A factory of policies of kind `K` (an interface, so that editors show it by name). */
export interface PolicyFactory<K extends PolicyKind> {
  <const T extends StatementArgs>(...statements: CheckStatements<K, T>): Policy<K>;
}

/** The policy factories, one per kind (see {@link policy}). */
export type PolicyFactories = { readonly [K in PolicyKind]: PolicyFactory<K> };

/**
 * Policy factories, one per kind. Each checks its kind's element rules.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * const doc = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::my-bucket/*'));
 * doc.toString(); // {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::my-bucket/*"}]}
 * ```
 */
export const policy: PolicyFactories = /*#__PURE__*/ Object.freeze({
  identity: /*#__PURE__*/ factory('identity'),
  resource: /*#__PURE__*/ factory('resource'),
  trust: /*#__PURE__*/ factory('trust'),
  boundary: /*#__PURE__*/ factory('boundary'),
  scp: /*#__PURE__*/ factory('scp'),
  rcp: /*#__PURE__*/ factory('rcp'),
  session: /*#__PURE__*/ factory('session'),
  endpoint: /*#__PURE__*/ factory('endpoint'),
});
