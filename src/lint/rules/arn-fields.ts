/**
 * Resource ARN fields checked against the ARN formats of the ARN's service field (Service Authorization
 * Reference), whichever service lists them: ARN_REGION_NOT_ALLOWED, ARN_ACCOUNT_NOT_ALLOWED,
 * MISSING_ARN_REGION, MISSING_ARN_ACCOUNT, INVALID_ARN_REGION, INVALID_ARN_RESOURCE.
 */
import { resourceTypesOf } from '../../catalog/index.js';
import { resourcePartFits } from '../../catalog/match.js';
import { arnFieldOwners } from '../../catalog/data.js';
import { AWS_OWNED_SUMMARY, awsOwnedReading } from '../aws-owned.js';
import { eachResource, type LintRule, type ResourceText } from '../context.js';
import { BoundedCache } from '../../model/bounded-cache.js';
import { isRegionName, show, splitArn } from '../helpers.js';
import { hasWildcard } from '../../model/match.js';
import { outsideVariables } from '../../model/variables.js';

const ARN_KINDS = ['identity', 'resource', 'boundary', 'scp', 'rcp', 'session', 'endpoint'] as const;

interface TemplateFields {
  readonly region: boolean;
  readonly account: boolean;
  readonly resource: string;
}

const templatesByService = new BoundedCache<string, readonly TemplateFields[]>(1024);

/**
 * The region/account slots and resource part of every ARN format whose service field is `service`,
 * of whichever service lists it (sts lists `arn:${Partition}:iam::${Account}:root`), once per field.
 * A format with a placeholder service field (`${Vendor}` of backup's recovery points) counts for the
 * service that lists it.
 */
function templatesOf(service: string): readonly TemplateFields[] {
  let t = templatesByService.get(service);
  if (t === undefined) {
    const out: TemplateFields[] = [];
    for (const owner of [service, ...arnFieldOwners(service)])
      for (const rt of resourceTypesOf(owner))
        for (const arn of rt.arns) {
          const f = splitArn(arn);
          if (f !== undefined && (f.service === service || (owner === service && f.service.includes('${')))) out.push({ region: f.region !== '', account: f.account !== '', resource: f.resource });
        }
    t = out;
    templatesByService.set(service, t);
  }
  return t;
}

/** What the ARN formats of an ARN's service say about it. */
interface Fit {
  readonly fields: NonNullable<ResourceText['arn']>;
  /** How many formats of the service fit the resource part. */
  readonly fits: number;
  /** Some fitting format has a Region / every fitting format has one / some fitting format has an account / every one has. */
  readonly someRegion: boolean;
  readonly everyRegion: boolean;
  readonly someAccount: boolean;
  readonly everyAccount: boolean;
}

const fitsByArn = new BoundedCache<string, Fit | null>(65_536);

/** The fit of an ARN against its service's formats (once per distinct ARN), or undefined when not checkable. */
function candidates(r: ResourceText): Fit | undefined {
  let fit = fitsByArn.get(r.raw);
  if (fit === undefined) {
    fit = computeFit(r) ?? null;
    fitsByArn.set(r.raw, fit);
  }
  return fit ?? undefined;
}

function computeFit(r: ResourceText): Fit | undefined {
  const f = r.arn;
  if (f === undefined || f.prefix !== 'arn' || f.service === '' || f.resource === '' || hasWildcard(f.service) || f.service.includes('${')) return undefined;
  if (f.service !== f.service.toLowerCase()) return undefined;
  const all = templatesOf(f.service);
  if (all.length === 0) return undefined;
  let fits = 0;
  let someRegion = false;
  let everyRegion = true;
  let someAccount = false;
  let everyAccount = true;
  for (const t of all) {
    if (!resourcePartFits(f.service, t.resource, f.resource)) continue;
    fits++;
    someRegion ||= t.region;
    everyRegion &&= t.region;
    someAccount ||= t.account;
    everyAccount &&= t.account;
  }
  return { fields: f, fits, someRegion, everyRegion, someAccount, everyAccount };
}

const literal = (field: string): boolean => field !== '' && !hasWildcard(field) && !field.includes('${');

/** A rule over every ARN entry by its text alone: `problem` gives the message of a text, or undefined. */
function eachArn(problem: (r: ResourceText) => string | undefined): Pick<LintRule, 'check' | 'inspects' | 'resource'> {
  const resource = (r: ResourceText): string | undefined => (r.isArn ? problem(r) : undefined);
  return { inspects: 'arns', resource, check: eachResource(resource) };
}

/** ARN_REGION_NOT_ALLOWED: a Region in an ARN whose formats have no Region (IAM, S3 buckets, Route 53). */
export const arnRegionNotAllowed: LintRule = {
  code: 'ARN_REGION_NOT_ALLOWED',
  severity: 'error',
  description: 'A resource ARN names a Region, but every ARN format of its service that fits the resource part has an empty Region field (IAM roles, S3 buckets), so the ARN matches nothing.',
  kinds: ARN_KINDS,
  ...eachArn((r) => {
    const c = candidates(r);
    if (c === undefined || !literal(c.fields.region) || c.fits === 0 || c.someRegion) return undefined;
    return `The service ${show(c.fields.service)} does not take a Region in this resource ARN (${show(r.raw)}); leave the Region field empty.`;
  }),
};

/** ARN_ACCOUNT_NOT_ALLOWED: an account in an ARN whose formats have no account (S3 buckets and objects). */
export const arnAccountNotAllowed: LintRule = {
  code: 'ARN_ACCOUNT_NOT_ALLOWED',
  severity: 'error',
  description: 'A resource ARN names an account, but every ARN format of its service that fits the resource part has an empty account field (S3 buckets and objects), so the ARN matches nothing.',
  kinds: ARN_KINDS,
  ...eachArn((r) => {
    const c = candidates(r);
    if (c === undefined || !literal(c.fields.account) || c.fits === 0 || c.someAccount) return undefined;
    return `The service ${show(c.fields.service)} does not take an account ID in this resource ARN (${show(r.raw)}); leave the account field empty.`;
  }),
};

/** MISSING_ARN_REGION: an empty Region in an ARN whose formats all have one. */
export const missingArnRegion: LintRule = {
  code: 'MISSING_ARN_REGION',
  severity: 'error',
  description: 'A resource ARN has an empty Region field, but every ARN format of its service that fits the resource part has a Region, so the ARN matches nothing (use `*` for any Region).',
  kinds: ARN_KINDS,
  ...eachArn((r) => {
    const c = candidates(r);
    if (c === undefined || c.fields.region !== '' || c.fits === 0 || !c.everyRegion) return undefined;
    return `Add a Region to the ${show(c.fields.service)} resource ARN ${show(r.raw)} (or "*" for any Region).`;
  }),
};

/**
 * MISSING_ARN_ACCOUNT: an empty account in an ARN whose formats all have one ("Missing ARN account":
 * "Include an account ID in the resource ARN"), except the AWS-owned resources AWS names without one
 * (src/lint/aws-owned.ts: SSM documents and public parameters, Resource Explorer service views,
 * CloudFormation's AWS extensions, Security Hub's AWS integrations, IoT managed job templates).
 */
export const missingArnAccount: LintRule = {
  code: 'MISSING_ARN_ACCOUNT',
  severity: 'error',
  description:
    `A resource ARN has an empty account field, but every ARN format of its service that fits the resource part has an account, so the ARN matches nothing (use \`*\` for any account). Not reported for the AWS-owned resources AWS names with an empty account (src/lint/aws-owned.ts, the table RESOURCE_MISMATCH reads too): ${AWS_OWNED_SUMMARY}.`,
  kinds: ARN_KINDS,
  ...eachArn((r) => {
    const c = candidates(r);
    if (c === undefined || c.fields.account !== '' || c.fits === 0 || !c.everyAccount || awsOwnedReading(outsideVariables(r.raw, '*')) !== undefined) return undefined;
    return `Add an account ID to the ${show(c.fields.service)} resource ARN ${show(r.raw)} (or "*" for any account): every ARN format of the service for this resource has one, so the ARN matches nothing as written.`;
  }),
};

/**
 * INVALID_ARN_REGION: a Region field that is not a Region name. Access Analyzer also reports Regions
 * where the service is not offered; that needs the Region table, which typed-iam does not carry.
 */
export const invalidArnRegion: LintRule = {
  code: 'INVALID_ARN_REGION',
  severity: 'error',
  description: 'The Region field of a resource ARN is not written like a Region name (`us-east-1`), for example `us-east` or `US-EAST-1`, so the ARN matches nothing. (Whether the service is offered in a valid Region needs the Region table: not checked.)',
  kinds: ARN_KINDS,
  ...eachArn((r) => {
    const f = r.arn;
    if (f === undefined || f.prefix !== 'arn' || !literal(f.region) || isRegionName(f.region)) return undefined;
    return `The Region ${show(f.region)} in ${show(r.raw)} is not a Region name; write one such as "us-east-1", or "*".`;
  }),
};

/** INVALID_ARN_RESOURCE: the resource part fits no ARN format of the service. */
export const invalidArnResource: LintRule = {
  code: 'INVALID_ARN_RESOURCE',
  severity: 'error',
  description: 'The resource part of an ARN fits none of the ARN formats of its service in the Service Authorization Reference (for example `arn:aws:iam::111122223333:rol/x`), so it matches no resource, or only through a `*` ending the Region or account, which reaches past colons (`arn:aws:logs:*:*:/aws-glue/*` covers log groups so): write the resource type (`arn:aws:logs:*:*:log-group:/aws-glue/*`). ARN formats are read by the ARN\'s service field, whichever service lists them: `arn:aws:iam::111122223333:root` fits the `root-user` type of sts. Formats AWS documents beyond the Reference count too (src/catalog/documented-arns.ts): API Gateway\'s WebSocket routes, `arn:aws:execute-api:us-east-1:111122223333:a1b2c3/prod/$connect`; and a variable AWS documents as possibly empty may be (src/catalog/empty-names.ts): the path of a REST method on an API\'s root resource, `.../prod/GET/`.',
  kinds: ARN_KINDS,
  ...eachArn((r) => {
    const c = candidates(r);
    if (c === undefined || c.fits > 0) return undefined;
    return `The resource part ${show(c.fields.resource)} of ${show(r.raw)} fits no ARN format of service ${show(c.fields.service)}; check the resource types in the Service Authorization Reference.`;
  }),
};
