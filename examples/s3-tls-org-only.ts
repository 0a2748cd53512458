/** S3 bucket policy: only TLS, and only principals of our organisation. */
import { deny, policy, principal } from 'typed-iam';

const bucket = 'arn:aws:s3:::acme-reports';

export const bucketPolicy = policy
  .resource(
    deny('s3:*')
      .by(principal.anyone())
      .on(bucket, `${bucket}/*`)
      .when('Bool', 'aws:SecureTransport', false)
      .sid('DenyInsecureTransport'),
    deny('s3:*')
      .by(principal.anyone())
      .on(bucket, `${bucket}/*`)
      .when('StringNotEquals', 'aws:PrincipalOrgID', 'o-a1b2c3d4e5')
      .when('Bool', 'aws:PrincipalIsAWSService', false)
      .sid('DenyOutsideOrganization'),
  )
  .withTarget('s3-bucket');
