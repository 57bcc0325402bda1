/** Every name boomi/index.ts exports (a test keeps the two in step): generated declarations must not take them. */
export const BOOMI_PUBLIC_NAMES = [
  'BoomiApiError',
  'PartnerClient', 'PartnerClientOptions', 'PartnerCallOptions', 'SubAccountClient',
  'ObjectDescription', 'FilterArgument', 'QueryPage', 'BulkItem', 'QueryOptions', 'BulkOptions', 'PollOptions', 'WithoutOverride', 'ObjectInput', 'GetVerb', 'QueryVerb', 'CreateVerb', 'UpdateVerb', 'DeleteVerb', 'ExecuteVerb', 'BulkGetVerb', 'BulkUpdateVerb', 'AsyncGetVerb', 'AsyncQueryVerb',
  'FilterError', 'Filter', 'FilterExpression', 'FilterInfo', 'FilterFieldInfo', 'FilterOperator', 'FilterValueKind', 'FilterGrouping', 'FilterFieldConditions', 'StringFilterField', 'NumberFilterField', 'BooleanFilterField', 'DateFilterField', 'EnumFilterField', 'CustomFieldFilter', 'AnyPropertyFilter',
  'Verb',
  'BOOMI_FAULT_TEXTS', 'KnownFaultText', 'FaultMeaning',
] as const;
