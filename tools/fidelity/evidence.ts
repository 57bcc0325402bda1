/**
 * The evidence for each difference from the 2023 schema, one difference at a time. A difference
 * without evidence fails the check: a reconstruction bug to fix, or evidence to write down after
 * looking at it. What can be proven is looked up: an addition since 2023 in the OpenAPI spec (the
 * property, or the enumeration values, at the place the difference names), a page's occurrence
 * in page-facts.ts, a 2023 wrapper in the port type it is missing from. The rest is written down
 * below, each entry for one difference, with its source.
 */
import { refName, type OpenApiSpec, type SchemaObject } from '../reconstruct/openapi.ts';
import { ACCOUNT_PAGE, PAGE_OCCURRENCE } from '../reconstruct/page-facts.ts';
import { OPERATIONS, PARTNER_NAMESPACE_SOURCE } from '../reconstruct/wrappers.ts';
import type { Difference, DifferenceKind } from './differences.ts';

export interface EvidenceSources {
  /** The OpenAPI spec the reconstruction read; without it, additions have no evidence. */
  spec: OpenApiSpec | undefined;
  /** The operations of the 2023 WSDL's port type. */
  realOperations: string[];
}

interface Documented {
  kind: DifferenceKind;
  where: string;
  evidence: string;
}

const DELETE_ON_ACCOUNT_PAGE = `${ACCOUNT_PAGE}: its DELETE request, written by SoapUI from the Partner WSDL (its <!--Optional:--> markers), is <par:delete><par:objectType>Account</par:objectType><par:objectId>…</par:objectId></par:delete>; for the Partner service the page wins over the 2023 Platform schema.`;

export const DOCUMENTED: readonly Documented[] = [
  { kind: 'qualification', where: 'wrapper delete/objectId', evidence: DELETE_ON_ACCOUNT_PAGE },
  { kind: 'qualification', where: 'wrapper delete/objectType', evidence: DELETE_ON_ACCOUNT_PAGE },
  {
    kind: 'wrapper-only-in-ours',
    where: 'wrapper cancelExecution',
    evidence: 'Partner-only operation: Boomi’s Cancel execution operation page shows par:cancelExecution with par:executionId (soap-protocol.md §4.2, P10); the Platform service has none.',
  },
];

export function evidenceFor(d: Difference, sources: EvidenceSources): string | undefined {
  const documented = DOCUMENTED.find((e) => e.kind === d.kind && e.where === d.where);
  if (documented) return documented.evidence;
  switch (d.kind) {
    case 'field-only-in-ours':
      return sources.spec && specProperty(sources.spec, d.where) && `OpenAPI spec: ${specProperty(sources.spec, d.where)!.pointer}`;
    case 'enum-values-added': {
      const found = sources.spec && specProperty(sources.spec, d.where);
      const values = enumOf(found?.schema);
      return found && d.ours.split(', ').every((v) => values.includes(v)) ? `OpenAPI spec: ${found.pointer} lists ${d.ours}` : undefined;
    }
    case 'optional': {
      const fact = PAGE_OCCURRENCE.find((f) => d.where === `${f.type}/${f.element}`);
      return fact?.source;
    }
    case 'wrapper-namespace':
    case 'namespace': {
      // A Partner wrapper, and its qualified children, in the partner namespace where the Platform's are in the api one.
      const op = OPERATIONS.find((o) => new RegExp(`^wrapper ${o.name}(Response)?(/|$)`).test(d.where));
      return op?.namespace === 'par' && d.ours === 'http://partner.api.platform.boomi.com/' ? [PARTNER_NAMESPACE_SOURCE, op.note].filter(Boolean).join(' ') : undefined;
    }
    case 'wrapper-only-in-real': {
      const op = d.where.replace(/^wrapper /, '');
      return sources.realOperations.includes(op) ? undefined : `The 2023 schema declares ${op} and ${op}Response, but no operation of its WSDL’s port type uses them: no call sends or receives them.`;
    }
    default:
      return undefined;
  }
}

/** Written-down evidence that no current difference needs: out of date. */
export function unusedDocumented(differences: Difference[]): Documented[] {
  return DOCUMENTED.filter((e) => !differences.some((d) => d.kind === e.kind && d.where === e.where));
}

/**
 * The spec property at a place of the fused schema (`Atom/@cloudName`, `X12ControlInfo/isaControlInfo`,
 * `ExecutionRequestProcessProperties/ProcessProperty/@name`): the schema named like the first step (or
 * so named but for case), then properties through references, arrays and allOf.
 */
function specProperty(spec: OpenApiSpec, where: string): { pointer: string; schema: SchemaObject } | undefined {
  const [typeName, ...steps] = where.split('/');
  const schemas = spec.components.schemas;
  const name = typeName! in schemas ? typeName! : Object.keys(schemas).find((n) => n.toLowerCase() === typeName!.toLowerCase());
  if (name === undefined || steps.length === 0) return undefined;
  let pointer = `#/components/schemas/${name}`;
  let schema: SchemaObject = schemas[name]!;
  for (const [i, step] of steps.entries()) {
    const attribute = step.startsWith('@');
    const found = propertyOf(spec, schema, pointer, attribute ? step.slice(1) : step);
    if (!found || (i === steps.length - 1 && Boolean(found.schema.xml?.attribute) !== attribute)) return undefined;
    ({ pointer, schema } = found);
  }
  return { pointer, schema };
}

function propertyOf(spec: OpenApiSpec, schema: SchemaObject, pointer: string, name: string): { pointer: string; schema: SchemaObject } | undefined {
  const ref = refName(schema) ?? refName(schema.items);
  if (ref !== undefined) return propertyOf(spec, spec.components.schemas[ref] ?? {}, `#/components/schemas/${ref}`, name);
  if (schema.items) return propertyOf(spec, schema.items, `${pointer}/items`, name);
  const own = schema.properties?.[name];
  if (own) return { pointer: `${pointer}/properties/${name}`, schema: own };
  for (const [i, part] of (schema.allOf ?? []).entries()) {
    const found = propertyOf(spec, part, `${pointer}/allOf/${i}`, name);
    if (found) return found;
  }
  return undefined;
}

function enumOf(schema: SchemaObject | undefined): string[] {
  return (schema?.enum ?? schema?.items?.enum ?? []).map(String);
}
