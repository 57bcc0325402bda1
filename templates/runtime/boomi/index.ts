/**
 * The Boomi Partner profile's public surface, re-exported by the SDK's index. Every name
 * exported here is listed in public-names.ts, which the generator reads so that no schema type
 * takes one of them.
 */
export { SoapCallError as BoomiApiError } from '../core/errors.js';
export { PartnerClient, type PartnerClientOptions, type PartnerCallOptions, type SubAccountClient } from './partner-client.js';
export type { ObjectDescription, FilterArgument, QueryPage, BulkItem, QueryOptions, BulkOptions, PollOptions, WithoutOverride, ObjectInput, GetVerb, QueryVerb, CreateVerb, UpdateVerb, DeleteVerb, ExecuteVerb, BulkGetVerb, BulkUpdateVerb, AsyncGetVerb, AsyncQueryVerb } from './object-api.js';
export { FilterError, type Filter, type FilterExpression, type FilterInfo, type FilterFieldInfo, type FilterOperator, type FilterValueKind, type FilterGrouping, type FilterFieldConditions, type StringFilterField, type NumberFilterField, type BooleanFilterField, type DateFilterField, type EnumFilterField, type CustomFieldFilter, type AnyPropertyFilter } from './query-filter.js';
export type { Verb } from './capabilities.js';
export { BOOMI_FAULT_TEXTS, type KnownFaultText, type FaultMeaning } from './fault-texts.js';
