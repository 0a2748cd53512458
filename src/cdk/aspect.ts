/** `TypedIamChecks`: a CDK aspect that lints and sizes every IAM policy of each stack it visits. */
import { Annotations, CfnElement, CfnOutput, CfnResource, FeatureFlags, NestedStack, Stack, Stage, Token, type IAspect } from 'aws-cdk-lib/core';
import { CfnManagedPolicy } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import type { Severity } from '../lint/types.js';
import { isPolicy } from '../policy/policy.js';
import { layoutRole } from './layout.js';
import { atOrAbove, checkTemplate, readContext, type Suppression, type TemplateCheckOptions, type TemplateFinding } from './template.js';
import { outputOf, passedParameters, type Piece, type ReadContext, type Template } from './tokens.js';
import { addAttachments, attachmentsOf, elsewhereOptions, exportsOf, indexAttachments, type AppAttachments, type AttachmentIndex, type ExportingStack, type StackPlace } from './assembly.js';
import { PolicyArgumentError } from '../errors.js';
import { cdkMessages } from './messages.js';
import { checkAspectOptions, checkSuppressions } from './options.js';
import { isAccountId } from '../model/principals.js';

/** Options of {@link TypedIamChecks}. */
export interface TypedIamChecksOptions {
  /**
   * Findings at or above this severity become error annotations (which fail `cdk synth` and
   * `cdk deploy`); the others become warnings (suggestions: info). Default `'security'`.
   */
  readonly failOn?: Severity;
  /** Findings to accept, each with a reason; `path` limits one to a construct path prefix or logical ID. */
  readonly suppressions?: readonly Suppression[];
  /**
   * Longest values you know, for sizing tokens: keys are construct paths (`App/Stack/Bucket`: the
   * longest physical name), logical IDs, resource types (`AWS::IAM::Role`), pseudo parameters
   * (`AWS::Region`), parameter names or export names.
   */
  readonly tokenLengths?: { readonly [key: string]: number };
  /** Longest value of a token nothing is known about. Default 2048, the longest ARN IAM accepts. */
  readonly unknownTokenLength?: number;
  /** Managed policies a role, user or group may have. Default 10 (raise it with your quota). */
  readonly maxManagedPolicies?: number;
  /** Role trust policy length limit. Default 2,048 (an adjustable quota). */
  readonly trustPolicyLimit?: number;
  /** Lint rule settings (`{ REDUNDANT_ACTION: 'off' }`), as `lint`'s `rules` option. */
  readonly rules?: TemplateCheckOptions['rules'];
  /** An info annotation with the exact size of every policy that fits. Default `true`. */
  readonly reportSizes?: boolean;
  /**
   * Lay each role's DefaultPolicy statements out by exact size with `planRole` (inline policy up
   * to 10,240 characters, then managed policies of at most 6,144), replacing CDK's estimated split.
   * `{ minimize: true }` also merges statements first (never changes a decision). Default `false`.
   */
  readonly fitRolePolicies?: boolean | { readonly minimize?: boolean };
}

const SUPPRESS = 'typed-iam:suppressions';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Stacks that some `TypedIamChecks` visits (whichever instance, wherever it was added). */
const CHECKED_STACKS = new WeakSet<IConstruct>();

/**
 * CDK does not apply an app's aspects inside a `Stage` (CDK Pipelines deploys stages): it
 * synthesises each stage, with the stage's own aspects, before it invokes the app's. So when the
 * aspect visits a stage (the app is one), every stage below it has been synthesised: a stack
 * there that no `TypedIamChecks` visited would go unchecked without a word. Throws then, naming
 * the stages and the fix.
 */
function unreachedStages(root: Stage): void {
  const missed = new Set<string>();
  for (const c of root.node.findAll()) {
    if (!Stack.isStack(c) || CHECKED_STACKS.has(c)) continue;
    const stage = Stage.of(c);
    if (stage !== undefined && stage !== root) missed.add(stage.node.path);
  }
  if (missed.size > 0) throw new PolicyArgumentError('scope', cdkMessages.stagesNotReached([...missed].sort()));
}

/**
 * A CDK aspect that checks every IAM policy of the stacks it visits, on the CloudFormation they
 * synthesise (so policies of every construct are reached): lint findings and the exact size of each
 * policy against its quota (tokens at their longest), reported as annotations on the construct that
 * owns the policy. With `fitRolePolicies` it also re-lays roles' policies by exact size.
 *
 * The checks run after all aspects and CDK's own preparation, when the stack is validated. CDK
 * does not apply an app's aspects inside a `Stage`: add it to each stage as well (synth throws
 * `PolicyArgumentError` when an app's aspect finds a stage whose stacks no `TypedIamChecks` visited).
 *
 * @example
 * ```ts
 * import { App, Aspects, Stack } from 'aws-cdk-lib';
 * import { TypedIamChecks } from 'typed-iam/cdk';
 * const app = new App();
 * new Stack(app, 'Prod'); // your stacks
 * Aspects.of(app).add(new TypedIamChecks({ failOn: 'security', fitRolePolicies: true }));
 * // cdk synth: "[Error at /Prod/Bucket/Policy/Resource] [typed-iam] security PUBLIC_PRINCIPAL_WITHOUT_CONDITION ..."
 * ```
 */
export class TypedIamChecks implements IAspect {
  readonly #options: TypedIamChecksOptions;
  readonly #seen = new WeakSet<Stack>();

  constructor(options: TypedIamChecksOptions = {}) {
    if (typeof options !== 'object' || options === null) throw new PolicyArgumentError('options', cdkMessages.notOptions(options));
    // the checked copy, read once: a later change of the caller's object changes no synth
    this.#options = checkAspectOptions(options);
  }

  /**
   * Accepts findings `code` on `construct` and everything below it, for a stated reason. The
   * suppression is written into the template metadata of the resources, where
   * `typed-iam cdk check` reads it too. With `reference` (the policy as accepted: a typed-iam
   * policy, a CDK `PolicyDocument` or JSON), it holds only while the policy grants nothing more.
   *
   * @example
   * ```ts
   * import { App, Stack } from 'aws-cdk-lib';
   * import { Bucket } from 'aws-cdk-lib/aws-s3';
   * import { TypedIamChecks } from 'typed-iam/cdk';
   * const websiteBucket = new Bucket(new Stack(new App(), 'Site'), 'Website');
   * TypedIamChecks.suppress(websiteBucket, [{ code: 'PUBLIC_PRINCIPAL_WITHOUT_CONDITION', reason: 'public website' }]);
   * ```
   */
  static suppress(construct: IConstruct, suppressions: readonly Omit<Suppression, 'path'>[]): void {
    construct.node.addMetadata(SUPPRESS, checkSuppressions(suppressions).map((s) => ({ code: s.code, reason: s.reason, ...(s.reference === undefined ? {} : { reference: referenceJson(s.reference) }) })));
  }

  visit(node: IConstruct): void {
    if (Stage.isStage(node)) {
      unreachedStages(node);
      return;
    }
    if (!Stack.isStack(node) || this.#seen.has(node)) return;
    this.#seen.add(node);
    CHECKED_STACKS.add(node);
    watchStage(stageOf(node));
    node.node.addValidation({
      validate: () => {
        this.#check(node);
        return [];
      },
    });
  }

  #check(stack: Stack): void {
    const elements = elementsOf(stack);

    // suppressions given on constructs go into the resources' template metadata
    for (const e of elements) {
      if (!(e instanceof CfnResource)) continue;
      const list: Suppression[] = [];
      for (let c: IConstruct | undefined = e; c !== undefined; c = c.node.scope)
        for (const m of c.node.metadata) if (m.type === SUPPRESS) list.push(...(m.data as Suppression[]));
      if (list.length > 0) {
        e.addMetadata('typed-iam', { suppressions: list });
        forget(stack); // a render made for another stack's imports lacks it
      }
    }

    const fit = this.#options.fitRolePolicies;
    // every stack of the stage is laid out before any is checked: a check sums the inline policies other stacks
    // attach to its roles, and saw the old size of a stack laid out after it
    if (fit !== undefined && fit !== false) this.#fitStage(stack, typeof fit === 'object' && fit.minimize === true);

    // the elements again: the layout removes policies it does not need and adds managed ones
    const now = elementsOf(stack);
    const ids = new Map(now.map((e) => [stack.resolve(e.logicalId) as string, e] as const));
    const { findings, sizes } = checkTemplate(rendered(stack, now), this.#checkOptions(stack, ids));
    const failOn = this.#options.failOn ?? 'security';
    for (const f of findings) this.#annotate(ids.get(f.logicalId) ?? stack, f, failOn);
    if (this.#options.reportSizes !== false) for (const s of sizes) if (s.fits === 'yes') Annotations.of(ids.get(s.logicalId) ?? stack).addInfo(cdkMessages.sizeInfo(s));
  }

  /** The check options of a stack: how it is read, what the stage's other stacks attach, the aspect's options. */
  #checkOptions(stack: Stack, byId: ReadonlyMap<string, CfnElement>): TemplateCheckOptions {
    const known = this.#known();
    let attached: AttachmentIndex | undefined;
    const stage = () => (attached ??= this.#stageIndex(stack, known));
    return {
      ...readOptions(stack, byId, known),
      // inline and managed policies the stage's other stacks (nested ones too) attach to this stack's roles, users and groups
      ...elsewhereOptions(stage, stack.node.path, placeOf(stack)),
      ...(this.#options.maxManagedPolicies === undefined ? {} : { maxManagedPolicies: this.#options.maxManagedPolicies }),
      ...(this.#options.trustPolicyLimit === undefined ? {} : { trustPolicyLimit: this.#options.trustPolicyLimit }),
      ...(this.#options.rules === undefined ? {} : { rules: this.#options.rules }),
      suppressions: (this.#options.suppressions ?? []).map((x) => (x.reference === undefined ? x : { ...x, reference: stack.resolve(referenceJson(x.reference)) as object })),
      featureFlag: (name) => FeatureFlags.of(stack).isEnabled(name) === true,
    };
  }

  /**
   * `fitRolePolicies` on every stack of `stack`'s stage that this aspect visits, once per synth: the
   * layouts are independent (a role's DefaultPolicy is attached to that role only), so their order
   * does not matter, and each check after them sees every stack's new layout.
   */
  #fitStage(stack: Stack, minimize: boolean): void {
    const stage = stageOf(stack);
    const fitted = RENDERS.get(stage)?.fitted ?? new Set<Stack>();
    const stacks = [stack, ...stage.node.findAll().filter((c): c is Stack => Stack.isStack(c) && c !== stack && stageOf(c) === stage && this.#seen.has(c))];
    for (const s of stacks) {
      if (fitted.has(s)) continue;
      fitted.add(s);
      const elements = elementsOf(s);
      const byId = new Map(elements.map((e) => [s.resolve(e.logicalId) as string, e] as const));
      this.#fitRoles(s, rendered(s, elements), byId, { ...this.#checkOptions(s, byId), ...(minimize ? { minimize: true } : {}) });
      // the elements again when next rendered: the layout removes policies it does not need
      forget(s);
    }
  }

  /**
   * What the user told about token lengths: it holds in the stacks read for imports and parameters
   * too; a construct path names a resource of its own stack only (mapped per stack by {@link readOptions}).
   */
  #known(): Known {
    return {
      tokenLengths: { ...(this.#options.tokenLengths ?? {}) },
      ...(this.#options.unknownTokenLength === undefined ? {} : { unknownTokenLength: this.#options.unknownTokenLength }),
    };
  }

  /** What each template read for {@link #stageAttachments} attaches, read once (a render is replaced when a check changes its stack). */
  readonly #attached = new WeakMap<Template, AppAttachments>();

  /**
   * {@link #stageAttachments} indexed, once per stage and synth for this aspect: every check of the
   * stage shares it until a check changes a stack ({@link forget} drops it with the stack's render).
   * Made per stack, it read every stack of the stage for each (bench/cdk-assembly.ts, `aspect`).
   */
  #stageIndex(stack: Stack, known: Known): AttachmentIndex {
    const renders = RENDERS.get(stageOf(stack));
    let index = renders?.indexes.get(this);
    if (index === undefined) {
      index = indexAttachments(this.#stageAttachments(stack, known));
      renders?.indexes.set(this, index);
    }
    return index;
  }

  /** What every stack of `stack`'s stage (nested stacks included) attaches to roles, users and groups. */
  #stageAttachments(stack: Stack, known: Known): AppAttachments {
    const stage = stageOf(stack);
    const out: AppAttachments = { inline: new Map(), managed: new Map(), holders: new Map(), logs: new Map(), organizations: new Map(), names: new Map() };
    for (const c of stage.node.findAll()) {
      if (!Stack.isStack(c) || stageOf(c) !== stage) continue;
      const elements = elementsOf(c);
      const template = rendered(c, elements);
      let own = this.#attached.get(template);
      if (own === undefined) {
        own = attachmentsOf(template, readOptions(c, new Map(elements.map((e) => [c.resolve(e.logicalId) as string, e] as const)), known), placeOf(c));
        this.#attached.set(template, own);
      }
      addAttachments(out, own);
    }
    return out;
  }

  #annotate(scope: IConstruct, f: TemplateFinding, failOn: Severity): void {
    const where = f.templatePath.split('.Properties.')[1] ?? f.property;
    const text = `[typed-iam] ${f.severity} ${f.code} ${where}: ${f.message}`;
    const a = Annotations.of(scope);
    if (f.suppressed !== undefined) a.addInfo(`${text} (suppressed: ${f.suppressed.reason})`);
    else if (atOrAbove(f.severity, failOn)) a.addError(text);
    else if (f.severity === 'suggestion') a.addInfo(text);
    else a.addWarningV2(`typed-iam:${f.code}`, text);
  }

  #fitRoles(stack: Stack, template: Template, byId: Map<string, CfnElement>, options: TemplateCheckOptions & { minimize?: boolean }): void {
    const idOf = (e: CfnElement) => stack.resolve(e.logicalId) as string;
    for (const [roleId, roleL1] of byId) {
      if (!(roleL1 instanceof CfnResource) || roleL1.cfnResourceType !== 'AWS::IAM::Role') continue;
      const role = roleL1.node.scope;
      if (role === undefined) continue;
      const child = (id: string, type: string): CfnResource | undefined => {
        const r = role.node.tryFindChild(id)?.node.tryFindChild('Resource');
        return r instanceof CfnResource && r.cfnResourceType === type ? r : undefined;
      };
      const inline = child('DefaultPolicy', 'AWS::IAM::Policy');
      if (inline === undefined) continue;
      const numbered = (prefix: string) =>
        role.node.children
          .map((c) => ({ c, m: new RegExp(`^${escape(prefix)}(\\d+)$`).exec(c.node.id) }))
          .filter((x) => x.m !== null)
          .sort((a, b) => Number(a.m![1]) - Number(b.m![1]))
          .map((x) => child(x.c.node.id, 'AWS::IAM::ManagedPolicy'))
          .filter((r): r is CfnResource => r !== undefined);
      const existing = [...numbered('OverflowPolicy'), ...numbered('TypedIamPolicy')];
      let layout;
      try {
        layout = layoutRole(template, roleId, idOf(inline), existing.map(idOf), options);
      } catch (e) {
        Annotations.of(inline).addError(cdkMessages.layoutFailed((e as Error).message));
        continue;
      }
      if (!layout.plan.withinQuota && layout.plan.problem !== undefined) Annotations.of(roleL1).addError(`[typed-iam] fitRolePolicies: ${layout.plan.problem}`);
      inline.addPropertyOverride('PolicyDocument', layout.inline);
      const managed: CfnResource[] = [];
      layout.managed.forEach((doc, i) => {
        const old = existing[i];
        if (old !== undefined) {
          old.addPropertyOverride('PolicyDocument', doc);
          managed.push(old);
          return;
        }
        let n = i + 1;
        while (role.node.tryFindChild(`TypedIamPolicy${n}`) !== undefined) n++;
        const created = new CfnManagedPolicy(role, `TypedIamPolicy${n}`, {
          policyDocument: doc,
          roles: [roleL1.ref],
          description: cdkMessages.overflowDescription(role.node.path),
        });
        dependOn(inline, created);
        managed.push(created);
      });
      // policies CDK made that the exact layout does not need: dependents wait for the inline policy instead
      for (const old of existing.slice(layout.managed.length)) {
        for (const e of byId.values())
          if (e instanceof CfnResource && e.obtainDependencies().includes(old)) {
            undepend(e, old);
            if (e !== inline) dependOn(e, inline);
          }
        old.node.scope?.node.tryRemoveChild(old.node.id);
        byId.delete(idOf(old));
      }
      // no statement stays inline (the role's other inline policies leave no room): IAM refuses a policy without
      // one ("Missing statement"), so the inline policy goes, and what waited for it waits for the managed policies
      if (layout.plan.inline === undefined) {
        for (const e of byId.values())
          if (e instanceof CfnResource && e !== inline && e.obtainDependencies().includes(inline)) {
            undepend(e, inline);
            for (const m of managed) if (m !== e) dependOn(e, m);
          }
        inline.node.scope?.node.tryRemoveChild(inline.node.id);
        byId.delete(idOf(inline));
      }
    }
  }
}

type Known = Pick<TemplateCheckOptions, 'tokenLengths' | 'unknownTokenLength'>;

/**
 * How a stack's template is read: its environment, construct paths (construct-path `tokenLengths`
 * keys mapped to its logical IDs), cross-stack imports, a nested stack's parameters and outputs.
 */
function readOptions(stack: Stack, byId: ReadonlyMap<string, CfnElement>, known: Known): TemplateCheckOptions {
  // cross-stack references (Fn::ImportValue of an export of another stack of the stage): read from the exporting stack
  let imports: ((name: string) => Piece | undefined) | undefined;
  const importValue = (name: string): Piece | undefined => {
    imports ??= exportsOf(exportingStacks(stack).filter((s) => s.stack !== stack), known);
    return imports(name);
  };
  const lengths: { [key: string]: number } = {};
  for (const [key, n] of Object.entries(known.tokenLengths ?? {})) {
    lengths[key] = n;
    if (!key.includes('/')) continue;
    const want = key.replace(/^\/+|\/+$/g, '');
    for (const [id, e] of byId) if (e.node.path === want || e.node.path === `${want}/Resource`) lengths[id] = n;
  }
  return {
    ...known,
    tokenLengths: lengths,
    stackKey: stack.node.path,
    stackName: atSynth(stack.stackName),
    account: atSynth(stack.account),
    appAccounts: appAccountsOf(stack),
    region: atSynth(stack.region),
    partition: atSynth(stack.partition),
    pathOf: (id) => byId.get(id)?.node.path,
    importValue,
    parameterValue: parentParameters(stack, importValue, known),
    nestedOutput: nestedOutputs(stack, importValue, known),
  };
}

/** Where a stack deploys, as far as the app says (a nested stack where its parent does). */
function placeOf(stack: Stack): StackPlace {
  let root = stack;
  while (root.nestedStackParent !== undefined) root = root.nestedStackParent;
  return { account: atSynth(stack.account), region: atSynth(stack.region), root: root.node.path };
}

/** The CloudFormation elements of a stack (not those of its nested stacks). */
function elementsOf(stack: Stack): CfnElement[] {
  return stack.node.findAll().filter((c): c is CfnElement => CfnElement.isCfnElement(c) && Stack.of(c) === stack);
}

/** A stack's template as it synthesises (resources, parameters, mappings, outputs), from its elements. */
function renderStack(stack: Stack, elements: readonly CfnElement[] = elementsOf(stack)): Template {
  const template: { Resources: Record<string, unknown>; Parameters: Record<string, unknown>; Mappings: Record<string, unknown>; Outputs: Record<string, unknown> } = {
    Resources: {},
    Parameters: {},
    Mappings: {},
    Outputs: {},
  };
  for (const e of elements) {
    // as CDK writes it to the template file: JSON, where a property left undefined (an optional field of a typed L1 property, such as aws-sam's) is no member
    const fragment = JSON.parse(JSON.stringify(stack.resolve((e as unknown as { _toCloudFormation(): object })._toCloudFormation()))) as Record<string, Record<string, unknown> | undefined>;
    for (const section of ['Resources', 'Parameters', 'Mappings', 'Outputs'] as const) Object.assign(template[section], fragment[section] ?? {});
  }
  return template as unknown as Template;
}

/**
 * The templates of a stage's stacks rendered during one synth, and its stacks that export values:
 * each stack is rendered once however many stacks import from it or are nested in it. A validation
 * of the stage, which CDK runs before those of its stacks in each synth, starts it afresh.
 */
interface StageRenders {
  readonly templates: Map<Stack, Template>;
  /** The stacks `fitRolePolicies` laid out in this synth. */
  readonly fitted: Set<Stack>;
  /** What the stage's stacks attach, indexed, per aspect (whose token lengths it is read with); dropped when a render is. */
  readonly indexes: Map<TypedIamChecks, AttachmentIndex>;
  exporting?: readonly (ExportingStack & { readonly stack: Stack })[];
  /** The accounts of the app's stacks known at synth (see {@link appAccountsOf}). */
  appAccounts?: readonly string[];
}

const RENDERS = new WeakMap<IConstruct, StageRenders>();

/** The stage whose synth validates `stack` (references cannot cross stages). */
function stageOf(stack: Stack): IConstruct {
  return Stage.of(stack) ?? stack.node.root;
}

function watchStage(stage: IConstruct): void {
  if (RENDERS.has(stage)) return;
  RENDERS.set(stage, { templates: new Map(), fitted: new Set(), indexes: new Map() });
  stage.node.addValidation({
    validate: () => {
      RENDERS.set(stage, { templates: new Map(), fitted: new Set(), indexes: new Map() });
      return [];
    },
  });
}

/**
 * The accounts (12-digit ids known at synth) of every stack of the app `stack` is in, every stage
 * included: lint reads them as the user's own (`appAccounts`). Found once per synth of the stage.
 */
function appAccountsOf(stack: Stack): readonly string[] {
  const cache = RENDERS.get(stageOf(stack));
  if (cache?.appAccounts !== undefined) return cache.appAccounts;
  const ids = new Set<string>();
  for (const c of stack.node.root.node.findAll()) {
    if (!Stack.isStack(c)) continue;
    const account = atSynth(c.account);
    if (account !== undefined && isAccountId(account)) ids.add(account);
  }
  const accounts = [...ids];
  if (cache !== undefined) cache.appAccounts = accounts;
  return accounts;
}

/** A stack's template in this synth: rendered when first asked. */
function rendered(stack: Stack, elements?: readonly CfnElement[]): Template {
  const cache = RENDERS.get(stageOf(stack));
  const known = cache?.templates.get(stack);
  if (known !== undefined) return known;
  const template = renderStack(stack, elements);
  cache?.templates.set(stack, template);
  return template;
}

/** Drops a stack's render after the check changed the stack (metadata, re-laid policies), and the indexes made of it. */
function forget(stack: Stack): void {
  const renders = RENDERS.get(stageOf(stack));
  renders?.templates.delete(stack);
  renders?.indexes.clear();
}

/**
 * The stacks of `stack`'s stage that export values (CDK writes an export for each cross-stack
 * reference; references cannot cross stages), rendered with their environment.
 */
function exportingStacks(stack: Stack): readonly (ExportingStack & { readonly stack: Stack })[] {
  const scope = stageOf(stack);
  const cache = RENDERS.get(scope);
  if (cache?.exporting !== undefined) return cache.exporting;
  const stacks = new Set<Stack>();
  for (const c of scope.node.findAll()) if (c instanceof CfnOutput && c.exportName !== undefined) stacks.add(Stack.of(c));
  const exporting = [...stacks].map((s) => ({
    stack: s,
    get template() {
      return rendered(s);
    },
    name: s.node.path,
    stackName: atSynth(s.stackName),
    account: atSynth(s.account),
    region: atSynth(s.region),
  }));
  if (cache !== undefined) cache.exporting = exporting;
  return exporting;
}

/**
 * The parameters the parent of a nested stack passes to it (CDK turns each reference to a parent
 * resource into one), read in the parent's context; the parent is rendered when first asked.
 */
function parentParameters(stack: Stack, importValue: (name: string) => Piece | undefined, base: Pick<TemplateCheckOptions, 'tokenLengths' | 'unknownTokenLength'>): ((name: string) => Piece | undefined) | undefined {
  if (!NestedStack.isNestedStack(stack)) return undefined;
  const parent = stack.nestedStackParent;
  const resource = stack.nestedStackResource;
  if (parent === undefined || resource === undefined) return undefined;
  let read: ((name: string) => Piece | undefined) | undefined;
  return (name) => {
    read ??= passedParameters(
      readContext(rendered(parent), { ...base, stackKey: parent.node.path, stackName: atSynth(parent.stackName), account: atSynth(parent.account), region: atSynth(parent.region), partition: atSynth(parent.partition), importValue, parameterValue: parentParameters(parent, importValue, base) }),
      parent.resolve(resource.logicalId) as string,
    );
    return read(name);
  };
}

/**
 * The outputs of the nested stacks of `stack` (`Fn::GetAtt [X, Outputs.Name]`), each read in its
 * nested stack's context; a nested stack is rendered when first asked.
 */
function nestedOutputs(stack: Stack, importValue: (name: string) => Piece | undefined, base: Pick<TemplateCheckOptions, 'tokenLengths' | 'unknownTokenLength'>): (logicalId: string, name: string) => Piece | undefined {
  let children: Map<string, NestedStack> | undefined;
  const contexts = new Map<NestedStack, ReadContext>();
  return (logicalId, name) => {
    children ??= new Map(
      stack.node
        .findAll()
        .filter((c): c is NestedStack => NestedStack.isNestedStack(c) && c.nestedStackParent === stack && c.nestedStackResource !== undefined)
        .map((c) => [stack.resolve(c.nestedStackResource!.logicalId) as string, c]),
    );
    const child = children.get(logicalId);
    if (child === undefined) return undefined;
    let ctx = contexts.get(child);
    if (ctx === undefined) {
      ctx = readContext(rendered(child), {
        ...base,
        stackKey: child.node.path,
        stackName: atSynth(child.stackName),
        account: atSynth(child.account),
        region: atSynth(child.region),
        partition: atSynth(child.partition),
        importValue,
        parameterValue: parentParameters(child, importValue, base),
        nestedOutput: nestedOutputs(child, importValue, base),
      });
      contexts.set(child, ctx);
    }
    return outputOf(ctx, name);
  };
}

/** A stack attribute known at synth, or `undefined` while it is a token. */
function atSynth(v: string): string | undefined {
  return Token.isUnresolved(v) ? undefined : v;
}

/** A reference policy as JSON: typed-iam policies by `toJSON()`; CDK documents stay tokens until resolved. */
function referenceJson(reference: object): object {
  return isPolicy(reference) ? reference.toJSON() : reference;
}



/**
 * `from` waits for `to`: `addResourceDependency` where aws-cdk-lib has it (it deprecates
 * `addDependency`, which prints a warning on every synth), else `addDependency` (the peer range
 * starts at 2.100).
 */
function dependOn(from: CfnResource, to: CfnResource): void {
  const r = from as CfnResource & { addResourceDependency?: (target: CfnResource) => void };
  if (typeof r.addResourceDependency === 'function') r.addResourceDependency(to);
  else from.addDependency(to);
}

/** `from` no longer waits for `to` (`removeResourceDependency`, else the deprecated `removeDependency`). */
function undepend(from: CfnResource, to: CfnResource): void {
  const r = from as CfnResource & { removeResourceDependency?: (target: CfnResource) => void };
  if (typeof r.removeResourceDependency === 'function') r.removeResourceDependency(to);
  else from.removeDependency(to);
}
