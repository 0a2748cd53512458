/**
 * Decodes the packed catalog (src/catalog/generated/catalog-data.ts) lazily: the service list on
 * first use, one service's actions when that service is first asked for, details per action.
 */
import { ARN_FIELDS, DATA, KEYS, SERVICES } from './generated/catalog-data.js';
import type { AccessLevel, ActionInfo, ActionResourceType, ConditionKeyType, ResourceTypeInfo } from './types.js';
import { DOCUMENTED_ACTION_TYPES, DOCUMENTED_ARNS } from './documented-arns.js';

const LEVELS: Readonly<Record<string, AccessLevel>> = { L: 'List', R: 'Read', W: 'Write', T: 'Tagging', P: 'Permissions management' };
const TYPES: readonly ConditionKeyType[] = [
  'String',
  'ArrayOfString',
  'ARN',
  'ArrayOfARN',
  'Bool',
  'ArrayOfBool',
  'Numeric',
  'ArrayOfNumeric',
  'Date',
  'ArrayOfDate',
  'IPAddress',
  'ArrayOfIPAddress',
  'Binary',
  'ArrayOfBinary',
];
const EMPTY: readonly never[] = Object.freeze([]);

/** One condition key of the table. */
export interface KeyEntry {
  readonly key: string;
  readonly lower: string;
  readonly type: ConditionKeyType;
  readonly global: boolean;
}

/** One decoded service. */
export interface ServiceData {
  readonly prefix: string;
  /** Canonical action names, in catalog (code unit) order. */
  readonly names: readonly string[];
  /** `service:Name` of each action, same order. */
  readonly full: readonly string[];
  /** Lower-cased names, same order. */
  readonly lower: readonly string[];
  readonly levels: readonly AccessLevel[];
  readonly index: ReadonlyMap<string, number>;
  readonly resourceTypes: readonly ResourceTypeInfo[];
  readonly resourceIndex: ReadonlyMap<string, number>;
  /** The packed service record. */
  readonly record: string;
  /** Offset in `record` of each action's packed details (resource refs and keys), decoded on demand. */
  readonly details: readonly number[];
  readonly infos: (ActionInfo | undefined)[];
}

let prefixes: readonly string[] | undefined;
let prefixIndex: Map<string, number> | undefined;
const decoded: (ServiceData | undefined)[] = [];
let keyTable: readonly KeyEntry[] | undefined;

/** Sorted service prefixes. */
export function servicePrefixes(): readonly string[] {
  prefixes ??= Object.freeze(SERVICES.split('|'));
  return prefixes;
}

/** Index of a service by prefix (any case), or -1. */
export function serviceIndex(prefix: string): number {
  if (prefixIndex === undefined) {
    prefixIndex = new Map();
    servicePrefixes().forEach((p, i) => prefixIndex!.set(p, i));
  }
  // untyped callers: anything but a string names no service
  return typeof prefix === 'string' ? (prefixIndex.get(prefix.toLowerCase()) ?? -1) : -1;
}

let arnServiceSet: ReadonlySet<string> | undefined;

/**
 * The service fields of every ARN format of the catalog (`s3`, `catalog` of servicecatalog,
 * `elastic-inference` of ec2, ...), from the resource types only (no action is decoded). A format
 * whose service field is a placeholder (`${Vendor}` of AWS Backup) adds nothing.
 */
export function arnServices(): ReadonlySet<string> {
  if (arnServiceSet !== undefined) return arnServiceSet;
  const out = new Set<string>();
  servicePrefixes().forEach((_, i) => {
    for (const rt of decodeResourceTypes(i))
      for (const arn of rt.arns) {
        const service = arn.split(':')[2] ?? '';
        if (service !== '' && !service.includes('$')) out.add(service);
      }
  });
  arnServiceSet = out;
  return out;
}

let fieldOwners: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The service prefixes other than `field` whose resource types have ARN formats with the service
 * field `field` (`iam`: codestar, ec2, es, ssm, sts, whose `root-user` is `arn:${Partition}:iam::${Account}:root`),
 * sorted; `[]` for none. Read from the generated table (`field=prefix,prefix|...`): no service is decoded.
 */
export function arnFieldOwners(field: string): readonly string[] {
  if (fieldOwners === undefined) {
    const map = new Map<string, readonly string[]>();
    for (const entry of ARN_FIELDS.split('|')) {
      const eq = entry.indexOf('=');
      map.set(entry.slice(0, eq), Object.freeze(entry.slice(eq + 1).split(',')));
    }
    fieldOwners = map;
  }
  return fieldOwners.get(field) ?? EMPTY;
}

/** The resource types of service `i`, decoded from the second section of its record (its actions are not read). */
function decodeResourceTypes(i: number): ResourceTypeInfo[] {
  const prefix = servicePrefixes()[i]!;
  const record = DATA[i]!;
  const first = record.indexOf('#');
  const rtText = record.slice(first + 1, record.indexOf('#', first + 1));
  const types: ResourceTypeInfo[] =
    rtText === ''
      ? []
      : rtText.split('|').map((entry) => {
          const [name = '', arns = '', refs = ''] = entry.split('=');
          const templates = arns.split('!').map((t) => `arn:\${Partition}:${t.replace('@', `${prefix}:`).split('^').join('${Region}:${Account}:')}`);
          // formats AWS documents beyond the Reference (documented-arns.ts), after the Reference's own
          const more = Object.hasOwn(DOCUMENTED_ARNS, prefix) && Object.hasOwn(DOCUMENTED_ARNS[prefix]!, name) ? DOCUMENTED_ARNS[prefix]![name]! : EMPTY;
          return Object.freeze({ service: prefix, name, arns: Object.freeze([...templates, ...more]), conditionKeys: keyList(refs, '.') });
        });
  // resource types AWS documents that the Reference lacks (documented-arns.ts), after the Reference's own
  const documented = Object.hasOwn(DOCUMENTED_ACTION_TYPES, prefix) ? DOCUMENTED_ACTION_TYPES[prefix]! : {};
  for (const [name, row] of Object.entries(documented))
    if (row.arns !== undefined && !types.some((t) => t.name === name)) types.push(Object.freeze({ service: prefix, name, arns: Object.freeze([...row.arns]), conditionKeys: EMPTY }));
  return types;
}

/** The resource types AWS documents for action `name` of `svc` beyond those its Reference entry lists (documented-arns.ts). */
function documentedTypes(svc: ServiceData, name: string, listed: readonly ActionResourceType[]): readonly ActionResourceType[] {
  if (!Object.hasOwn(DOCUMENTED_ACTION_TYPES, svc.prefix)) return EMPTY;
  const out: ActionResourceType[] = [];
  for (const [type, row] of Object.entries(DOCUMENTED_ACTION_TYPES[svc.prefix]!)) {
    if (!row.actions.includes(name) || listed.some((r) => r.name === type)) continue;
    const rt = svc.resourceTypes[svc.resourceIndex.get(type)!]!;
    out.push(Object.freeze({ name: rt.name, required: false, arns: rt.arns, conditionKeys: EMPTY }));
  }
  return out;
}

/** The condition key table. */
export function keys(): readonly KeyEntry[] {
  keyTable ??= KEYS.split('|').map((entry) => {
    const code = entry.charCodeAt(0);
    const global = code < 97;
    const key = entry.slice(1);
    return { key, lower: key.toLowerCase(), type: TYPES[(global ? code + 32 : code) - 97]!, global };
  });
  return keyTable;
}

const keyList = (refs: string, sep: string): readonly string[] =>
  refs === '' ? EMPTY : Object.freeze(refs.split(sep).map((r) => keys()[parseInt(r, 36)]!.key));

/** Condition keys (canonical) a service's reference lists. */
export function serviceKeys(i: number): readonly string[] {
  const record = DATA[i]!;
  return keyList(record.slice(0, record.indexOf('#')), '.');
}

/** Positions in {@link keys} of the condition keys a service's reference lists (no strings built). */
export function serviceKeyRefs(i: number): number[] {
  const record = DATA[i]!;
  const end = record.indexOf('#');
  const out: number[] = [];
  let n = 0;
  for (let k = 0; k < end; k++) {
    const c = record.charCodeAt(k);
    if (c === 46) {
      out.push(n);
      n = 0;
    } else n = n * 36 + (c <= 57 ? c - 48 : c - 87); // base-36 digit: 0-9, a-z
  }
  if (end > 0) out.push(n);
  return out;
}

/** Decodes service `i` (once). */
export function service(i: number): ServiceData {
  const done = decoded[i];
  if (done !== undefined) return done;
  const prefix = servicePrefixes()[i]!;
  const record = DATA[i]!;
  const second = record.indexOf('#', record.indexOf('#') + 1);
  const resourceTypes = decodeResourceTypes(i);
  const resourceIndex = new Map<string, number>(resourceTypes.map((rt, k) => [rt.name.toLowerCase(), k]));
  const names: string[] = [];
  const levels: AccessLevel[] = [];
  const details: number[] = [];
  let prev = '';
  let at = second + 1;
  while (at < record.length) {
    let end = record.indexOf('|', at);
    if (end < 0) end = record.length;
    const eq = record.indexOf('=', at);
    const common = parseInt(record[at]!, 36);
    const name = common === 0 ? record.slice(at + 1, eq - 1) : prev.slice(0, common) + record.slice(at + 1, eq - 1);
    prev = name;
    names.push(name);
    levels.push(LEVELS[record[eq - 1]!]!);
    details.push(eq + 1);
    at = end + 1;
  }
  let lower: readonly string[] | undefined;
  let full: readonly string[] | undefined;
  let index: Map<string, number> | undefined;
  const data: ServiceData = {
    prefix,
    names,
    get full() {
      full ??= names.map((n) => `${prefix}:${n}`);
      return full;
    },
    get lower() {
      lower ??= names.map((n) => n.toLowerCase());
      return lower;
    },
    levels,
    get index() {
      if (index === undefined) {
        index = new Map();
        this.lower.forEach((n, j) => index!.set(n, j));
      }
      return index;
    },
    resourceTypes,
    resourceIndex,
    record,
    details,
    infos: [],
  };
  decoded[i] = data;
  return data;
}

/** Full information on action `j` of a decoded service (built once). */
export function actionAt(svc: ServiceData, j: number): ActionInfo {
  const done = svc.infos[j];
  if (done !== undefined) return done;
  const from = svc.details[j]!;
  let to = svc.record.indexOf('|', from);
  if (to < 0) to = svc.record.length;
  const [res = '', own = ''] = svc.record.slice(from, to).split('=');
  const resourceTypes: ActionResourceType[] =
    res === ''
      ? []
      : res.split('+').map((r) => {
          const colon = r.indexOf(':');
          const head = colon < 0 ? r : r.slice(0, colon);
          const required = head.endsWith('!');
          const rt = svc.resourceTypes[parseInt(required ? head.slice(0, -1) : head, 36)]!;
          return Object.freeze({ name: rt.name, required, arns: rt.arns, conditionKeys: colon < 0 ? EMPTY : keyList(r.slice(colon + 1), ',') });
        });
  const name = svc.names[j]!;
  const info: ActionInfo = Object.freeze({
    service: svc.prefix,
    name,
    action: `${svc.prefix}:${name}`,
    accessLevel: svc.levels[j]!,
    resourceTypes: Object.freeze([...resourceTypes, ...documentedTypes(svc, name, resourceTypes)]),
    conditionKeys: keyList(own, ','),
  });
  svc.infos[j] = info;
  return info;
}
