/**
 * Per-policy facts computed once and shared by every rule: statement paths, action entries with
 * their service, condition entries with their parsed operator, and lazily the catalog data.
 */
import type { ConditionValue, PolicyDocument, PolicyKind, Statement } from '../model/policy-document.js';
import { parseOperator, type ParsedOperator } from '../model/operators.js';
import type { SizeTargetName } from '../emit/size-targets.js';
import type { SizeReport } from '../emit/size.js';
import type { LintRuleInfo, Severity } from './types.js';

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
}

/** One entry of Resource or NotResource. */
export interface ResourceEntry {
  readonly raw: string;
  readonly path: string;
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
export interface LintRule extends LintRuleInfo {
  check(ctx: LintContext, report: Report): void;
}

/** Action entry with its path written only when a rule reports (most entries never are). */
class Action implements ActionEntry {
  readonly lower: string;
  readonly service: string;
  readonly wildcard: boolean;
  readonly serviceWildcard: boolean;
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
  constructor(
    readonly raw: string,
    private readonly at: string,
    private readonly element: string,
    private readonly index: number,
  ) {}
  get path(): string {
    return `${this.at}.${this.element}[${this.index}]`;
  }
}

class Condition implements ConditionEntry {
  readonly keyLower: string;
  constructor(
    readonly operator: string,
    readonly op: ParsedOperator | undefined,
    readonly key: string,
    readonly values: readonly ConditionValue[],
    private readonly at: string,
  ) {
    this.keyLower = key.toLowerCase();
  }
  get operatorPath(): string {
    return keyPath(`${this.at}.Condition`, this.operator);
  }
  get path(): string {
    return keyPath(this.operatorPath, this.key);
  }
}

/** Builds the facts of one statement. */
export function statementFacts(s: Statement, index: number): StatementFacts {
  const path = `Statement[${index}]`;
  const actionElement = s.Action !== undefined ? 'Action' : s.NotAction !== undefined ? 'NotAction' : undefined;
  const actions: ActionEntry[] = [];
  if (actionElement !== undefined) {
    const list = s[actionElement]!;
    for (let i = 0; i < list.length; i++) actions.push(new Action(list[i]!, path, actionElement, i));
  }
  const resourceElement = s.Resource !== undefined ? 'Resource' : s.NotResource !== undefined ? 'NotResource' : undefined;
  const resources: ResourceEntry[] = [];
  if (resourceElement !== undefined) {
    const list = s[resourceElement]!;
    for (let i = 0; i < list.length; i++) resources.push(new Resource(list[i]!, path, resourceElement, i));
  }
  const conditions: ConditionEntry[] = [];
  const keys = new Set<string>();
  if (s.Condition !== undefined) {
    for (const operator of Object.keys(s.Condition)) {
      const block = s.Condition[operator]!;
      const op = parseOperator(operator);
      for (const key of Object.keys(block)) {
        const c = new Condition(operator, op, key, block[key]!, path);
        keys.add(c.keyLower);
        conditions.push(c);
      }
    }
  }
  return { index, path, statement: s, actionElement, actions, resourceElement, resources, conditions, keys };
}
