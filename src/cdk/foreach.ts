/**
 * The `Fn::ForEach` loops of the `AWS::LanguageExtensions` transform, expanded as CloudFormation
 * expands them before it deploys: each value of the collection makes the loop's fragment again, with
 * `${Identifier}` and `&{Identifier}` (the value without its non-alphanumeric characters) replaced in
 * keys and text, and `{ Ref: Identifier }` by the value. A loop over a collection known only at
 * deploy time (a `CommaDelimitedList` parameter) cannot be expanded: it is reported, not skipped.
 */
import { hasKeyDeep, isRecord, setOwn } from '../internal/record.js';
import { resourceShapeProblem, type Template, type TemplateValue } from './tokens.js';
import { cdkMessages } from './messages.js';

/** A loop whose resources were not read, and why. */
export interface LoopNotRead {
  /** The key of the loop in `Resources` (`Fn::ForEach::Topics`), or of the resource holding it. */
  readonly key: string;
  readonly why: string;
  /** False when what the loop makes holds no policy and no role, user or group (it matters to no check). */
  readonly matters: boolean;
}

const LOOP = 'Fn::ForEach::';

/** Most resources and values loops may make in one template (CloudFormation's quota is 500 resources). */
const MAX_MADE = 10_000;

/** CloudFormation nests loops at most 5 deep. */
const MAX_NESTING = 5;

const EXPANDED = new WeakMap<Template, { readonly template: Template; readonly notRead: readonly LoopNotRead[] }>();

/** The template with its `Fn::ForEach` loops expanded (the same object when it has none), and the loops that could not be. */
export function expandLoops(template: Template, holdsPolicy: (fragment: Template) => boolean = () => true): { readonly template: Template; readonly notRead: readonly LoopNotRead[] } {
  const known = EXPANDED.get(template);
  if (known !== undefined) return known;
  const resources = template.Resources;
  let result: { template: Template; notRead: LoopNotRead[] };
  // iterative: a template nested 100,000 levels deep is reported by the readers as too deep, not overflowed here
  if (!isRecord(resources) || !hasKeyDeep(resources, (k) => k.startsWith(LOOP))) result = { template, notRead: [] };
  else {
    const notRead: LoopNotRead[] = [];
    const made = { n: 0 };
    const out: { [id: string]: TemplateValue } = {};
    for (const [id, r] of Object.entries(resources as unknown as { readonly [id: string]: TemplateValue })) {
      const fail = (why: string, fragment: TemplateValue) => notRead.push({ key: id, why, matters: !id.startsWith(LOOP) || holdsPolicy({ Resources: resourcesOf(fragment) } as unknown as Template) });
      const expanded = expandObject({ [id]: r }, 0, made, fail);
      for (const [k, v] of Object.entries(expanded)) {
        // what a loop makes is read like a template's resources: one CloudFormation would refuse is reported, not read
        if (id.startsWith(LOOP) && resourceShapeProblem(v) !== undefined) notRead.push({ key: id, why: cdkMessages.loopNoResource(k), matters: true });
        else setOwn(out, k, v);
      }
    }
    result = { template: { ...template, Resources: out as unknown as NonNullable<Template['Resources']> }, notRead };
  }
  EXPANDED.set(template, result);
  return result;
}

/**
 * Levels of objects and arrays below a resource that expansion walks into: far deeper than a
 * template needs (parse reads policies 64 deep), shallow enough for the call stack. A value below is
 * kept as written; a policy in it is then reported too deep by the reader.
 */
const MAX_LEVEL = 256;

/** The resources a fragment makes, with the loop's placeholders left as written. */
function resourcesOf(fragment: TemplateValue): { [id: string]: TemplateValue } {
  const out: { [id: string]: TemplateValue } = {};
  const walk = (v: TemplateValue, depth: number) => {
    if (!isRecord(v) || depth > MAX_NESTING) return;
    for (const [k, x] of Object.entries(v as { readonly [key: string]: TemplateValue })) {
      if (k.startsWith(LOOP) && Array.isArray(x)) walk((x as TemplateValue[])[2] ?? null, depth + 1);
      else if (isRecord(x) && typeof (x as { Type?: unknown }).Type === 'string') setOwn(out, k, x);
    }
  };
  walk(fragment, 0);
  return out;
}

/** An object with each loop among its keys replaced by what it makes; values below expanded too. */
function expandObject(v: { readonly [key: string]: TemplateValue }, depth: number, made: { n: number }, fail: (why: string, fragment: TemplateValue) => void, level = 0): { [key: string]: TemplateValue } {
  const out: { [key: string]: TemplateValue } = {};
  for (const [k, x] of Object.entries(v)) {
    if (!k.startsWith(LOOP)) {
      setOwn(out, k, expandValue(x, depth, made, fail, level + 1));
      continue;
    }
    const args = Array.isArray(x) ? (x as readonly TemplateValue[]) : [];
    const [identifier, collection, fragment] = args;
    if (args.length !== 3 || typeof identifier !== 'string' || !isRecord(fragment)) {
      fail(cdkMessages.loopShape, fragment ?? null);
      continue;
    }
    if (depth >= MAX_NESTING) {
      fail(cdkMessages.loopTooDeep(MAX_NESTING), fragment);
      continue;
    }
    if (!Array.isArray(collection) || !(collection as TemplateValue[]).every((c) => typeof c === 'string')) {
      fail(cdkMessages.loopCollection, fragment);
      continue;
    }
    for (const value of collection as string[]) {
      if (++made.n > MAX_MADE) {
        fail(cdkMessages.loopTooMany(MAX_MADE), fragment);
        break;
      }
      const one = expandObject(substitute(fragment, identifier, value, level) as { readonly [key: string]: TemplateValue }, depth + 1, made, fail, level + 1);
      for (const [kk, vv] of Object.entries(one)) setOwn(out, kk, vv);
    }
  }
  return out;
}

function expandValue(v: TemplateValue, depth: number, made: { n: number }, fail: (why: string, fragment: TemplateValue) => void, level: number): TemplateValue {
  if (level > MAX_LEVEL) return v;
  if (Array.isArray(v)) return (v as readonly TemplateValue[]).map((x) => expandValue(x, depth, made, fail, level + 1));
  if (isRecord(v)) return expandObject(v as { readonly [key: string]: TemplateValue }, depth, made, fail, level);
  return v;
}

/** The fragment for one value: `${id}` and `&{id}` replaced in keys and text, `{ Ref: id }` by the value. */
function substitute(v: TemplateValue, id: string, value: string, level: number): TemplateValue {
  if (level > MAX_LEVEL) return v;
  const text = (s: string) => s.split(`\${${id}}`).join(value).split(`&{${id}}`).join(value.replace(/[^A-Za-z0-9]/g, ''));
  if (typeof v === 'string') return text(v);
  if (Array.isArray(v)) return (v as readonly TemplateValue[]).map((x) => substitute(x, id, value, level + 1));
  if (!isRecord(v)) return v;
  const o = v as { readonly [key: string]: TemplateValue };
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === 'Ref' && o['Ref'] === id) return value;
  const out: { [key: string]: TemplateValue } = {};
  for (const [k, x] of Object.entries(o)) setOwn(out, text(k), substitute(x, id, value, level + 1));
  return out;
}
