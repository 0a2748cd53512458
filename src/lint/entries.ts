/**
 * Whether request entries (an action, a resource, condition keys) name anything AWS has, read as
 * lint reads them in a policy. Shared by the vitest matchers and the CLI's `simulate` and `check`,
 * so that a typo cannot make an assertion of absence (a deny, "access not granted") pass.
 */
import { lint } from './index.js';
import { show } from '../model/messages.js';

/** The element a list of request entries is read as. For `Condition`, the entries are keys (read under `Null`). */
export type EntryElement = 'Action' | 'Resource' | 'Condition';

/**
 * The lint findings that say an entry names nothing the catalog knows: its services, actions, keys
 * and ARN formats, which AWS extends. The others are syntax, which no release changes.
 */
export const CATALOG_CODES: ReadonlySet<string> = new Set([
  'INVALID_ACTION',
  'INVALID_SERVICE_IN_ACTION',
  'WILDCARD_MATCHES_NO_ACTION',
  'INVALID_SERVICE',
  'INVALID_ARN_RESOURCE',
  'ARN_REGION_NOT_ALLOWED',
  'ARN_ACCOUNT_NOT_ALLOWED',
  'MISSING_ARN_REGION',
  'MISSING_ARN_ACCOUNT',
  'INVALID_GLOBAL_CONDITION_KEY',
  'INVALID_SERVICE_CONDITION_KEY',
]);

/** An entry that names nothing: its index, lint's code and message, and whether the catalog (which AWS extends) is why. */
export interface EntryError {
  readonly index: number;
  readonly code: string;
  readonly message: string;
  readonly catalog: boolean;
}

/**
 * The first error lint finds on `entries` held by one statement as `element` (the other elements
 * `*`), skipping catalog findings on entries listed in `uncataloged` (lower-cased): newer than the
 * catalog. `undefined` when every entry names something.
 *
 * @example
 * ```ts
 * import { firstEntryError } from './entries.js';
 * firstEntryError('Action', ['s3:GetObjekt'], new Set())?.code; // 'INVALID_ACTION'
 * firstEntryError('Action', ['s3:GetObjekt'], new Set(['s3:getobjekt'])); // undefined
 * ```
 */
export function firstEntryError(element: EntryElement, entries: readonly string[], uncataloged: ReadonlySet<string>): EntryError | undefined {
  if (entries.length === 0) return undefined;
  const statement: Record<string, unknown> = { Effect: 'Allow', Action: '*', Resource: '*' };
  if (element === 'Condition') statement.Condition = { Null: Object.fromEntries(entries.map((k) => [k, 'false'])) };
  else statement[element] = entries;
  const findings = lint({ Version: '2012-10-17', Statement: [statement] }, { kind: 'identity' });
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    const index = indexOf(element, f.path, entries);
    if (index === undefined) continue;
    const catalog = CATALOG_CODES.has(f.code);
    if (catalog && uncataloged.has(entries[index]!.toLowerCase())) continue;
    return { index, code: f.code, message: f.message, catalog };
  }
  return undefined;
}

/** The entry a finding's path points at: `Statement[0].Action[2]`, `Statement[0].Condition.Null["k"]`. */
function indexOf(element: EntryElement, path: string, entries: readonly string[]): number | undefined {
  if (element === 'Condition') {
    const head = 'Statement[0].Condition.Null[';
    if (!path.startsWith(head)) return undefined;
    const i = entries.findIndex((k) => path === `${head}${show(k)}]`);
    return i < 0 ? undefined : i;
  }
  const m = /^Statement\[0\]\.(Action|Resource)\[(\d+)\]$/.exec(path);
  return m === null || m[1] !== element ? undefined : Number(m[2]);
}
