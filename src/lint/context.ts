/**
 * Per-policy facts computed once and shared by every rule: statement paths, action entries with
 * their service, condition entries with their parsed operator, and lazily the catalog data.
 */
import type { ConditionValue, PolicyDocument, PolicyKind, Statement } from '../model/policy-document.js';
import { parseOperator, type ParsedOperator } from '../model/operators.js';
import type { SizeTargetName } from '../emit/size-targets.js';
import type { SizeReport } from '../emit/size.js';
import type { LintRuleInfo, Severity } from './types.js';
import type { ConditionKeyInfo } from '../catalog/index.js';
import { keyInfo, knownService, patternData, patternSet, type PatternData } from './catalog-cache.js';
import { splitArn, type ArnFields } from './helpers.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends a key to a path the way the parser writes paths. */
export function keyPath(base: string, key: string): string {
  return IDENTIFIER.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

/** One entry of Action or NotAction. */
export interface ActionEntry {
  readonly raw: string;
  /** `raw` in lower case (the key of the catalog caches). */
  readonly lower: string;
  readonly path: string;
  /** Lower-cased service prefix (`*` for the bare `*`). */
  readonly service: string;
  /** The part after the colon, as written (`*` for the bare `*`). */
  readonly name: string;
  readonly wildcard: boolean;
  readonly serviceWildcard: boolean;
  /** True for the bare `*`. */
  readonly star: boolean;
  /** Catalog expansion of the pattern (looked up once per entry). */
  readonly data: PatternData;
  /** The canonical actions of the pattern as a set (looked up once per entry). */
  readonly set: ReadonlySet<string>;
  /** True when `service` is a known service prefix. */
  readonly known: boolean;
}

/** One entry of Resource or NotResource. */
export interface ResourceEntry {
  readonly raw: string;
  readonly path: string;
  /** True when `raw` starts with `arn:`. */
  readonly isArn: boolean;
  /** The ARN fields when `raw` starts with `arn:` and has six fields (split once per entry). */
  readonly arn: ArnFields | undefined;
}

/** One condition key under one operator. */
export interface ConditionEntry {
  readonly operator: string;
  readonly op: ParsedOperator | undefined;
  readonly key: string;
  readonly keyLower: string;
  readonly values: readonly ConditionValue[];
  /** `Statement[0].Condition.StringEquals` */
  readonly operatorPath: string;
  /** `Statement[0].Condition.StringEquals["aws:SourceIp"]` */
  readonly path: string;
  /** Catalog data of the key (looked up once per entry). */
  readonly info: ConditionKeyInfo | undefined;
}

/** Where the `i`-th value of a condition entry is reported: the key itself when it holds one value. */
export function valuePath(c: ConditionEntry, i: number): string {
  return c.values.length === 1 ? c.path : `${c.path}[${i}]`;
}

/** What the rules read about one statement. */
export interface StatementFacts {
  readonly index: number;
  readonly path: string;
  readonly statement: Statement;
  readonly actionElement: 'Action' | 'NotAction' | undefined;
  readonly actions: readonly ActionEntry[];
  readonly resourceElement: 'Resource' | 'NotResource' | undefined;
  readonly resources: readonly ResourceEntry[];
  readonly conditions: readonly ConditionEntry[];
  /** Lower-cased condition keys of the statement. */
  readonly keys: ReadonlySet<string>;
  /** True when an action entry is the bare `*`. */
  readonly anyStar: boolean;
  /** True when an action entry is `*` or has a wildcard in its service prefix. */
  readonly anyServiceWildcard: boolean;
}

/** Everything a rule sees. */
export interface LintContext {
  readonly kind: PolicyKind;
  readonly document: PolicyDocument;
  readonly statements: readonly StatementFacts[];
  /** `false` when JSON text input had no Version element; `undefined` when unknown (model input). */
  readonly versionWritten: boolean | undefined;
  readonly target: SizeTargetName | undefined;
  readonly accounts: readonly string[];
  /** The JSON text linted, when the input was text (lets the size rule skip exact measuring). */
  readonly source: string | undefined;
  /** Exact size of a built or parsed policy object (cached by the policy). */
  readonly measure: ((target: SizeTargetName) => SizeReport) | undefined;
}

/** Reports one finding at `path`; `severity` overrides the rule's default. */
export type Report = (path: string, message: string, severity?: Severity) => void;

/** A lint rule: metadata plus a check over the shared facts. */
export interface LintRule extends Omit<LintRuleInfo, 'source'> {
  /** True for a rule of typed-iam's own (no Access Analyzer check of that name and meaning). */
  readonly ours?: true;
  check(ctx: LintContext, report: Report): void;
}

/** Action entry with its path written only when a rule reports (most entries never are). */
class Action implements ActionEntry {
  readonly lower: string;
  readonly service: string;
  readonly wildcard: boolean;
  readonly serviceWildcard: boolean;
  readonly star: boolean;
  private cachedData: PatternData | undefined;
  private cachedSet: ReadonlySet<string> | undefined;
  private cachedKnown: boolean | undefined;
  constructor(
    readonly raw: string,
    private readonly at: string,
    private readonly element: string,
    private readonly index: number,
  ) {
    this.lower = raw.toLowerCase();
    const colon = raw.indexOf(':');
    this.service = colon < 0 ? this.lower : this.lower.slice(0, colon);
    this.wildcard = raw.includes('*') || raw.includes('?');
    this.serviceWildcard = colon > 0 && (this.service.includes('*') || this.service.includes('?'));
    this.star = raw === '*';
  }
  get data(): PatternData {
    return (this.cachedData ??= patternData(this.lower));
  }
  get set(): ReadonlySet<string> {
    return (this.cachedSet ??= patternSet(this.lower));
  }
  get known(): boolean {
    // an action without wildcards that the catalog lists proves its service: one lookup instead of two
    return (this.cachedKnown ??= (!this.wildcard && this.data.actions.length > 0) || knownService(this.service));
  }
  get name(): string {
    const colon = this.raw.indexOf(':');
    return colon < 0 ? this.raw : this.raw.slice(colon + 1);
  }
  get path(): string {
    return `${this.at}.${this.element}[${this.index}]`;
  }
}

class Resource implements ResourceEntry {
  readonly isArn: boolean;
  private cachedArn: ArnFields | null | undefined;
  constructor(
    readonly raw: string,
    private readonly at: string,
    private readonly element: string,
    private readonly index: number,
  ) {
    this.isArn = raw.startsWith('arn:');
  }
  get arn(): ArnFields | undefined {
    if (this.cachedArn === undefined) this.cachedArn = (this.isArn ? splitArn(this.raw) : undefined) ?? null;
    return this.cachedArn ?? undefined;
  }
  get path(): string {
    return `${this.at}.${this.element}[${this.index}]`;
  }
}

class Condition implements ConditionEntry {
  readonly keyLower: string;
  private cachedInfo: ConditionKeyInfo | null | undefined;
  constructor(
    readonly operator: string,
    readonly op: ParsedOperator | undefined,
    readonly key: string,
    readonly values: readonly ConditionValue[],
    private readonly at: string,
  ) {
    this.keyLower = key.toLowerCase();
  }
  get info(): ConditionKeyInfo | undefined {
    if (this.cachedInfo === undefined) this.cachedInfo = keyInfo(this.keyLower) ?? null;
    return this.cachedInfo ?? undefined;
  }
  get operatorPath(): string {
    return keyPath(`${this.at}.Condition`, this.operator);
  }
  get path(): string {
    return keyPath(this.operatorPath, this.key);
  }
}

const NO_KEYS: ReadonlySet<string> = new Set();
const NO_CONDITIONS: readonly ConditionEntry[] = [];

/** Builds the facts of one statement. */
export function statementFacts(s: Statement, index: number): StatementFacts {
  const path = `Statement[${index}]`;
  const actionElement = s.Action !== undefined ? 'Action' : s.NotAction !== undefined ? 'NotAction' : undefined;
  const actions: ActionEntry[] = [];
  let anyStar = false;
  let anyServiceWildcard = false;
  if (actionElement !== undefined) {
    const list = s[actionElement]!;
    for (let i = 0; i < list.length; i++) {
      const a = new Action(list[i]!, path, actionElement, i);
      if (a.star) anyStar = anyServiceWildcard = true;
      else if (a.serviceWildcard) anyServiceWildcard = true;
      actions.push(a);
    }
  }
  const resourceElement = s.Resource !== undefined ? 'Resource' : s.NotResource !== undefined ? 'NotResource' : undefined;
  const resources: ResourceEntry[] = [];
  if (resourceElement !== undefined) {
    const list = s[resourceElement]!;
    for (let i = 0; i < list.length; i++) resources.push(new Resource(list[i]!, path, resourceElement, i));
  }
  const conditions: ConditionEntry[] = s.Condition === undefined ? (NO_CONDITIONS as ConditionEntry[]) : [];
  const keys = s.Condition === undefined ? NO_KEYS : new Set<string>();
  if (s.Condition !== undefined) {
    for (const operator of Object.keys(s.Condition)) {
      const block = s.Condition[operator]!;
      const op = parseOperator(operator);
      for (const key of Object.keys(block)) {
        const c = new Condition(operator, op, key, block[key]!, path);
        (keys as Set<string>).add(c.keyLower);
        conditions.push(c);
      }
    }
  }
  return { index, path, statement: s, actionElement, actions, resourceElement, resources, conditions, keys, anyStar, anyServiceWildcard };
}
