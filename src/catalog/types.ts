/** Public shapes of the runtime catalog (`typed-iam/catalog`). */

/** An action's access level in the Service Authorization Reference. */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Tagging' | 'Permissions management';

/** A condition key's type in the Service Authorization Reference. */
export type ConditionKeyType =
  | 'String'
  | 'ArrayOfString'
  | 'ARN'
  | 'ArrayOfARN'
  | 'Bool'
  | 'ArrayOfBool'
  | 'Numeric'
  | 'ArrayOfNumeric'
  | 'Date'
  | 'ArrayOfDate'
  | 'IPAddress'
  | 'ArrayOfIPAddress'
  | 'Binary'
  | 'ArrayOfBinary';

/** A resource type an action works on. */
export interface ActionResourceType {
  /** Resource type name, e.g. `object`. */
  readonly name: string;
  /** True when the action always needs this resource type. */
  readonly required: boolean;
  /** ARN templates such as `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  readonly arns: readonly string[];
  /** Condition keys that apply to the action on this resource type. */
  readonly conditionKeys: readonly string[];
}

/** What the catalog knows about one action. An action with no resource types supports only `Resource: "*"`. */
export interface ActionInfo {
  /** Service prefix, e.g. `s3`. */
  readonly service: string;
  /** Canonical action name, e.g. `GetObject`. */
  readonly name: string;
  /** `service:Name`, e.g. `s3:GetObject`. */
  readonly action: string;
  readonly accessLevel: AccessLevel;
  readonly resourceTypes: readonly ActionResourceType[];
  /** Condition keys of the action itself (not tied to a resource type). */
  readonly conditionKeys: readonly string[];
}

/** What the catalog knows about one condition key. */
export interface ConditionKeyInfo {
  /** Canonical key or key pattern, e.g. `aws:ResourceTag/${TagKey}`. */
  readonly key: string;
  readonly type: ConditionKeyType;
  /** True for global keys (`aws:` and the session keys listed with them). */
  readonly global: boolean;
  /** True when the key holds a set (an `ArrayOf...` type): use it with `ForAnyValue:` / `ForAllValues:`. */
  readonly multivalued: boolean;
  /** Service prefixes whose reference lists the key. */
  readonly services: readonly string[];
}

/** What the catalog knows about one resource type. */
export interface ResourceTypeInfo {
  readonly service: string;
  /** Resource type name, e.g. `object`. */
  readonly name: string;
  /** ARN templates such as `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  readonly arns: readonly string[];
  readonly conditionKeys: readonly string[];
}
