/**
 * Variables of ARN templates whose value may be empty, by service: the Service Authorization
 * Reference gives a variable's name only, and `matchesArnTemplate` reads every other variable as a
 * run of at least one character. Written by hand, each row with its source. The ARN helpers of
 * `typed-iam/arn` accept `''` for these fields (their names in lowerCamel case).
 */
export const EMPTY_NAMES: { readonly [service: string]: readonly string[] } = {
  // API Gateway: a method on a REST or HTTP API's root resource has an empty path, `GET /` of stage
  // `prod` being `api-id/prod/GET/` (the method ARN API Gateway gives a Lambda authorizer, and the one
  // aws-cdk-lib's `Method.methodArn` writes), in the format `${ApiId}/${Stage}/${Method}/${ApiSpecificResourcePath}`
  'execute-api': ['ApiSpecificResourcePath'],
};

/** The variables of {@link EMPTY_NAMES} for `service` (`[]` for none). */
export const emptyNamesOf = (service: string): readonly string[] => (Object.hasOwn(EMPTY_NAMES, service) ? EMPTY_NAMES[service]! : []);
