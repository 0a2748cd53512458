/**
 * ARN formats AWS documents for a resource type that the Service Authorization Reference (and so
 * iam-data) does not list, by service and resource type. Written by hand, each row with its source;
 * the catalog adds them to the type's `arns` after the Reference's own, so that every reader of the
 * formats (lint's ARN rules, RESOURCE_MISMATCH, `resourceTypeInfo`) sees the same list.
 */
export const DOCUMENTED_ARNS: { readonly [service: string]: { readonly [resourceType: string]: readonly string[] } } = {
  'execute-api': {
    // API Gateway Developer Guide, "Control access to WebSocket APIs with IAM authorization":
    // "WebSocket routes use a different ARN format: arn:aws:execute-api:region:account-id:api-id/stage-name/route-key"
    // (its example denies `api-id/prod/secret`). The Reference lists only the REST form,
    // `${ApiId}/${Stage}/${Method}/${ApiSpecificResourcePath}` (whose path may be empty: empty-names.ts).
    'execute-api-general': ['arn:${Partition}:execute-api:${Region}:${Account}:${ApiId}/${Stage}/${RouteKey}'],
  },
};
