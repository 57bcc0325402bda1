/**
 * The Boomi Partner API facts a WSDL cannot express, in one place: the format of
 * `partner-api.capabilities.json` (written by the reconstruction tool, read by the generator and
 * the fake), the table of verbs (their SOAP operations, method names and labels), and the
 * protocol's constants. The runtime, the generator, the reconstruction tool and the fake import
 * this module; none of them restates it.
 */

export type Verb = 'get' | 'query' | 'create' | 'update' | 'delete' | 'execute' | 'bulkGet' | 'bulkUpdate' | 'asyncGet' | 'asyncQuery';
/** The methods object accessors have, over all verbs. */
export type VerbMethod = Verb | 'pages';
/** The SOAP operations object accessors use. */
export type ObjectOperation = 'get' | 'query' | 'queryMore' | 'create' | 'update' | 'delete' | 'execute' | 'getBulk' | 'updateBulk' | 'asyncGet' | 'queryAsync' | 'asyncResult';

/** What an object can do, and the SOAP operations each verb uses (the first one starts it; the others follow). */
export const VERBS: Readonly<Record<Verb, VerbInfo>> = {
  get: { soapOperations: ['get'], methods: ['get'], label: 'get', accessor: 'GetVerb', options: 'PartnerCallOptions' },
  query: { soapOperations: ['query', 'queryMore'], methods: ['query', 'pages'], label: 'query (with queryMore paging)', accessor: 'QueryVerb', options: 'QueryOptions' },
  create: { soapOperations: ['create'], methods: ['create'], label: 'create', accessor: 'CreateVerb', options: 'PartnerCallOptions' },
  update: { soapOperations: ['update'], methods: ['update'], label: 'update', accessor: 'UpdateVerb', options: 'PartnerCallOptions' },
  delete: { soapOperations: ['delete'], methods: ['delete'], label: 'delete', accessor: 'DeleteVerb', options: 'PartnerCallOptions' },
  execute: { soapOperations: ['execute'], methods: ['execute'], label: 'execute', accessor: 'ExecuteVerb', options: 'PartnerCallOptions' },
  bulkGet: { soapOperations: ['getBulk'], methods: ['bulkGet'], label: 'bulk get', payloadType: 'BulkId', accessor: 'BulkGetVerb', options: 'BulkOptions' },
  bulkUpdate: { soapOperations: ['updateBulk'], methods: ['bulkUpdate'], label: 'bulk update', accessor: 'BulkUpdateVerb', options: 'BulkOptions' },
  asyncGet: { soapOperations: ['asyncGet', 'asyncResult'], methods: ['asyncGet'], label: 'asynchronous get', accessor: 'AsyncGetVerb', options: 'PollOptions' },
  asyncQuery: { soapOperations: ['queryAsync', 'asyncResult'], methods: ['asyncQuery'], label: 'asynchronous query', accessor: 'AsyncQueryVerb', options: 'PollOptions' },
};

export interface VerbInfo {
  readonly soapOperations: readonly ObjectOperation[];
  readonly methods: readonly VerbMethod[];
  readonly label: string;
  /** A schema type the verb sends besides the object (bulk get sends `BulkId`s). */
  readonly payloadType?: string;
  /** The interface of the verb's methods in object-api.ts, which generated accessor types intersect. */
  readonly accessor: string;
  /** The call options the verb's methods take (object-api.ts, partner-client.ts). */
  readonly options: 'PartnerCallOptions' | 'QueryOptions' | 'BulkOptions' | 'PollOptions';
}

export type FilterOperator = 'EQUALS' | 'LIKE' | 'NOT_EQUALS' | 'IS_NULL' | 'IS_NOT_NULL' | 'STARTS_WITH' | 'BETWEEN' | 'GREATER_THAN' | 'GREATER_THAN_OR_EQUAL' | 'LESS_THAN' | 'LESS_THAN_OR_EQUAL' | 'CONTAINS' | 'NOT_CONTAINS';

/** Query operators and the number of arguments each takes (Query filters page). */
export const OPERATOR_ARITY: Readonly<Record<FilterOperator, number>> = {
  EQUALS: 1,
  LIKE: 1,
  NOT_EQUALS: 1,
  IS_NULL: 0,
  IS_NOT_NULL: 0,
  STARTS_WITH: 1,
  BETWEEN: 2,
  GREATER_THAN: 1,
  GREATER_THAN_OR_EQUAL: 1,
  LESS_THAN: 1,
  LESS_THAN_OR_EQUAL: 1,
  CONTAINS: 1,
  NOT_CONTAINS: 1,
};

/** SOAP operations retried by default: they change nothing on the server. */
export const IDEMPOTENT_OPERATIONS: readonly string[] = ['get', 'query', 'queryMore', 'getBulk', 'asyncResult'];

/** Boomi's limit per account, and what it answers past it. */
export const RATE_LIMIT: { readonly requestsPerSecond: number; readonly excessStatus: number } = { requestsPerSecond: 10, excessStatus: 503 };

export const PAGE_SIZE = 100;
export const DEFAULT_BULK_LIMIT = 100;
/** How query filters write dates. */
export const DATE_TIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ss'Z'";

export interface VerbFacts {
  /** The SOAP operation that starts it (VERBS gives the ones that follow). */
  soapOperation: string;
  /** Items per request, for bulk verbs. */
  limit?: number;
  /** Type of the payload sent (create, update, execute) when it differs from the object's model type. */
  requestType?: string;
  /** Type of what comes back when it differs from the object's model type. */
  resultType?: string;
  /** Only on the Partner API. */
  partnerOnly?: true;
  /** False where Boomi refuses the Partner account override for this verb. */
  accountOverride: boolean;
  /** Where the fact comes from when it is not read from the Platform spec. */
  source?: string;
  /** Inferred rather than documented. */
  inferred?: true;
}

/** The kinds of value a filter field takes. */
export const FILTER_VALUE_KINDS = ['string', 'number', 'boolean', 'dateTime', 'date', 'enum'] as const;
export type FilterValueKind = (typeof FILTER_VALUE_KINDS)[number];

export interface FilterField {
  /** The name to send in `SimpleExpression/@property`. */
  property: string;
  /** The name the REST spec lists, when it differs. */
  restName?: string;
  /** The model attribute (`@status`) or element path it filters on, when one matches. */
  modelPath?: string;
  /** `top-level` match, `nested` (heuristic: may be wrong), or `none` (a filter-only field). */
  match: 'top-level' | 'nested' | 'none';
  kind: FilterValueKind;
  values?: string[];
  /** How the kind was decided when the model does not say: `name` (a date-like name), `default`. */
  kindFrom?: 'model' | 'name' | 'default';
}

export interface QueryFacts {
  /** Every field a source lists (the union, where they disagree). */
  fields: FilterField[];
  /** True when the spec lists no properties: any property name is passed through. */
  openProperties: boolean;
  /** Every operator a source lists. */
  operators: FilterOperator[];
  /** Custom tracked fields can be filtered, as `customFields.<name>` (connector records). */
  customFields?: true;
  /** STARTS_WITH takes no spaces in its argument. */
  startsWithNoSpaces?: true;
  notes?: string;
  /** Where a Boomi page lists an object's filters too: what each source lists. */
  listedBy?: { page: SourceListing; spec: SourceListing };
}

/** An object's query filters as one source lists them. */
export interface SourceListing {
  source: string;
  fields: string[];
  operators: string[];
  /** The values the source gives for enumerated fields. */
  values: Record<string, string[]>;
}

export interface ObjectFacts {
  modelType: string;
  verbs: Partial<Record<Verb, VerbFacts>>;
  query?: QueryFacts;
  partnerOnly?: true;
}

export interface ActionFacts {
  soapOperation: string | null;
  /** Why there is no SOAP operation, when there is none. */
  note?: string;
  requestType?: string;
  partnerOnly?: true;
  accountOverride: boolean;
  source?: string;
}

export interface Capabilities {
  source: { spec: string; version: string; sha256: string };
  pageSize: number;
  defaultBulkLimit: number;
  rateLimit: { requestsPerSecond: number; excessStatus: number; source: string };
  idempotentOperations: string[];
  operatorArity: Record<string, number>;
  groupingOperators: string[];
  dateTimeFormat: string;
  objects: Record<string, ObjectFacts>;
  actions: Record<string, ActionFacts>;
}
