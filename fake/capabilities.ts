/**
 * What each object allows, read from `wsdl/partner-api.capabilities.json` (the facts a WSDL
 * cannot express): its verbs, bulk limits, filter fields with their value kinds, operators, and
 * where the Partner account override is refused.
 */
import { readFileSync } from 'node:fs';
import type { Capabilities as CapabilitiesFile, FilterValueKind, Verb } from '../templates/runtime/boomi/capabilities.ts';

export type { Verb };
export type ValueKind = FilterValueKind;

export interface FilterField {
  kind: ValueKind;
  /**
   * Where the value sits in a stored object, first found wins: the property itself (a seeded
   * filter-only field, `customFields.x`), then the model path the facts give (`IntegrationPack/integrationPackId`).
   */
  paths: string[];
}

export class Capabilities {
  constructor(private readonly facts: CapabilitiesFile) {}

  get pageSize(): number {
    return this.facts.pageSize;
  }

  /** Operator name → number of arguments, for every operator the API knows. */
  get operatorArity(): Readonly<Record<string, number>> {
    return this.facts.operatorArity;
  }

  knows(objectType: string): boolean {
    return objectType in this.facts.objects;
  }

  supports(objectType: string, verb: Verb): boolean {
    return this.facts.objects[objectType]?.verbs[verb] !== undefined;
  }

  /** False where Boomi refuses the override (Account CREATE/DELETE, AccountProvision). */
  overrideAllowed(objectType: string, verb: Verb): boolean {
    return this.facts.objects[objectType]?.verbs[verb]?.accountOverride !== false;
  }

  actionOverrideAllowed(operation: string): boolean {
    return Object.values(this.facts.actions).find((a) => a.soapOperation === operation)?.accountOverride !== false;
  }

  bulkLimit(objectType: string, verb: 'bulkGet' | 'bulkUpdate'): number {
    return this.facts.objects[objectType]?.verbs[verb]?.limit ?? this.facts.defaultBulkLimit;
  }

  operators(objectType: string): readonly string[] {
    return this.facts.objects[objectType]?.query?.operators ?? [];
  }

  /** Every property a filter on the object may name. */
  filterProperties(objectType: string): string[] {
    return this.facts.objects[objectType]?.query?.fields.map((f) => f.property) ?? [];
  }

  /** A filter property: its kind and where its value is; undefined when the object does not filter on it. */
  filterField(objectType: string, property: string): FilterField | undefined {
    const query = this.facts.objects[objectType]?.query;
    const field = query?.fields.find((f) => f.property === property);
    if (field) return { kind: field.kind, paths: [...new Set([property, ...(field.modelPath ? [field.modelPath.replace(/@/g, '')] : [])])] };
    // Any property of an object whose properties are not listed; a connector record's custom tracked field.
    const open = query?.openProperties || (query?.customFields && /^customFields\.\S+$/.test(property));
    return open ? { kind: 'string', paths: [property] } : undefined;
  }
}

let loaded: Capabilities | undefined;

export function loadCapabilities(): Capabilities {
  loaded ??= new Capabilities(JSON.parse(readFileSync(new URL('../wsdl/partner-api.capabilities.json', import.meta.url), 'utf8')) as CapabilitiesFile);
  return loaded;
}
