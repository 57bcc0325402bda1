/**
 * The facts a WSDL cannot express, as written to wsdl/partner-api.capabilities.json and read
 * by the generator: what each object supports, its query filters, limits and policies.
 */

export type Verb = 'get' | 'query' | 'create' | 'update' | 'delete' | 'execute' | 'bulkGet' | 'bulkUpdate' | 'asyncGet' | 'asyncQuery';

export interface VerbFacts {
  /** The SOAP operation that carries it (queryMore follows query; asyncResult follows the async ones). */
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

export type FilterValueKind = 'string' | 'number' | 'boolean' | 'dateTime' | 'date' | 'enum';

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
  operators: string[];
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
