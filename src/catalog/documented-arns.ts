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

/**
 * Resource types AWS documents for actions whose Service Authorization Reference entry does not list
 * them, by service and resource type: `arns` for a type the Reference lacks altogether (omitted for one
 * it has, whose formats are used), `actions` the canonical names of the actions that take it. Written by
 * hand, each row with its source; the catalog adds each type to the actions' `resourceTypes` (not
 * required, no condition keys of its own) and a new type to the service's, after the Reference's own.
 */
export const DOCUMENTED_ACTION_TYPES: {
  readonly [service: string]: { readonly [resourceType: string]: { readonly arns?: readonly string[]; readonly actions: readonly string[] } };
} = {
  cloudformation: {
    // AWS CloudFormation User Guide, "Control access with AWS Identity and Access Management" (using-iam-template):
    // "To allow AWS::Serverless transforms to create a change set, the policy should include the
    // arn:aws:cloudformation:<region>:aws:transform/Serverless-2016-10-31 resource-level permission" for
    // cloudformation:CreateChangeSet. AWS managed policies name transforms so too (AWSCodeStarServiceRole:
    // `arn:aws:cloudformation:*:aws:transform/CodeStar*`). The Reference has no transform type.
    transform: {
      arns: ['arn:${Partition}:cloudformation:${Region}:${Account}:transform/${TransformName}'],
      actions: ['CreateChangeSet'],
    },
  },
  s3: {
    // Amazon S3 User Guide, "Multi-Region Access Points" > "Permissions": a Multi-Region Access Point
    // policy grants s3:ListBucket and s3:GetObject on `arn:aws:s3::111122223333:accesspoint/MultiRegionAccessPoint_alias`
    // and `arn:aws:s3::111122223333:accesspoint/MultiRegionAccessPoint_alias/object/*` (the CloudFormation
    // reference's AWS::S3::MultiRegionAccessPointPolicy example too). "Using Multi-Region Access Points with
    // supported API operations" lists the operations that accept such an ARN: ListObjectsV2 (s3:ListBucket) and
    // ListMultipartUploads (s3:ListBucketMultipartUploads) on the access point; on its objects AbortMultipartUpload,
    // Create/Complete/UploadPart and PutObject (s3:PutObject), DeleteObject, DeleteObjectTagging, GetObject and
    // HeadObject (s3:GetObject), GetObjectAcl, GetObjectLegalHold, GetObjectRetention, GetObjectTagging, ListParts
    // (s3:ListMultipartUploadParts), PutObjectAcl, PutObjectLegalHold, PutObjectRetention, PutObjectTagging and
    // RestoreObject. Their versionId forms are authorized as the ...Version actions, listed too: the page excludes
    // none of them (it names CopyObject as the one operation not supported). The Reference's
    // `multiregionaccesspoint` type has the access point's format; no type has its objects'.
    multiregionaccesspoint: { actions: ['ListBucket', 'ListBucketMultipartUploads'] },
    multiregionaccesspointobject: {
      arns: ['arn:${Partition}:s3::${Account}:accesspoint/${AccessPointAlias}/object/${ObjectName}'],
      actions: [
        'AbortMultipartUpload',
        'DeleteObject',
        'DeleteObjectTagging',
        'DeleteObjectVersion',
        'DeleteObjectVersionTagging',
        'GetObject',
        'GetObjectAcl',
        'GetObjectLegalHold',
        'GetObjectRetention',
        'GetObjectTagging',
        'GetObjectVersion',
        'GetObjectVersionAcl',
        'GetObjectVersionTagging',
        'ListMultipartUploadParts',
        'PutObject',
        'PutObjectAcl',
        'PutObjectLegalHold',
        'PutObjectRetention',
        'PutObjectTagging',
        'PutObjectVersionAcl',
        'PutObjectVersionTagging',
        'RestoreObject',
      ],
    },
  },
};
