/**
 * The sources → the files of wsdl/. Pure: the same sources give byte-identical files.
 */
import { createHash } from 'node:crypto';
import type { OpenApiSpec } from './openapi.ts';
import { buildObjectTypes } from './object-types.ts';
import { documentEnvelope } from './envelope-types.ts';
import { fuseSources } from './fuse-sources.ts';
import { applyPageOccurrence } from './page-facts.ts';
import type { PlatformSchema } from './platform-schema.ts';
import { OPERATIONS, wrapperTypes } from './wrappers.ts';
import { renderSchema } from './xsd-writer.ts';
import { renderWsdl } from './wsdl-document.ts';
import { sortByName, type ComplexTypeDef, type SchemaDocument } from './xsd-model.ts';

export const OUTPUT_FILES = {
  wsdl: 'PartnerApi.wsdl',
  objects: 'PartnerApi.xsd1.xsd',
  wrappers: 'PartnerApi.xsd2.xsd',
  capabilities: 'partner-api.capabilities.json',
} as const;

export interface ReconstructInput {
  spec: OpenApiSpec;
  /** The spec's bytes, for the provenance line in each file header. */
  specText: string;
  /** For error messages: where the spec came from. */
  specFile: string;
  /** The real 2023 Platform schema, and its bytes for the provenance line. */
  platform: PlatformSchema;
  platformText: string;
  /** Per model type, the query-filter field names to annotate it with. */
  filterFields: Map<string, string[]>;
}

export function reconstructWsdl(input: ReconstructInput): Map<string, string> {
  const provenance = provenanceNote(input);
  const objects = fuseSources(input.platform, buildObjectTypes(input.spec, input.specFile));
  applyPageOccurrence(objects.complexTypes);
  documentEnvelope(objects.complexTypes, objects.elements);
  annotateFilterFields(objects.complexTypes, input.filterFields);
  const apiWrappers = wrapperTypes('api');
  const objectSchema: SchemaDocument = {
    fileName: OUTPUT_FILES.objects,
    targetPrefix: 'api',
    imports: [],
    headerNote: `${provenance}\nThe object schema (the service's ?xsd=1 [I]): namespace http://api.platform.boomi.com/, with the wrappers Boomi's Account page shows in it (get, query) and queryMore [I].`,
    elements: sortByName([...objects.elements, ...apiWrappers.elements]),
    complexTypes: [...objects.complexTypes, ...apiWrappers.complexTypes],
    enumTypes: objects.enumTypes,
  };
  const wrappers = wrapperTypes('par');
  const wrapperSchema: SchemaDocument = {
    fileName: OUTPUT_FILES.wrappers,
    targetPrefix: 'par',
    imports: [{ prefix: 'api', schemaLocation: OUTPUT_FILES.objects }],
    headerNote: `${provenance}\nThe other operation wrappers (the service's ?xsd=2 [I]): namespace http://partner.api.platform.boomi.com/.\nTheir children keep the Platform wrappers' qualification, in this namespace, except where Boomi's Account page shows otherwise; object payloads and QueryFilter stay in the api namespace.`,
    elements: sortByName(wrappers.elements),
    complexTypes: wrappers.complexTypes,
    enumTypes: [],
  };
  assertUniqueNames(objectSchema);
  assertUniqueNames(wrapperSchema);
  const wsdl = renderWsdl({
    operations: OPERATIONS.map((o) => ({ name: o.name, prefix: o.namespace })),
    schemas: [
      { prefix: 'par', schemaLocation: OUTPUT_FILES.wrappers },
      { prefix: 'api', schemaLocation: OUTPUT_FILES.objects },
    ],
    headerNote: `${provenance}\nBoomi Partner API, SOAP 1.1 document/literal wrapped. [I] marks facts inferred rather than read from Boomi material.`,
  });
  return new Map([
    [OUTPUT_FILES.wsdl, wsdl],
    [OUTPUT_FILES.objects, renderSchema(objectSchema)],
    [OUTPUT_FILES.wrappers, renderSchema(wrapperSchema)],
  ]);
}

function provenanceNote(input: ReconstructInput): string {
  const digest = (text: string) => createHash('sha256').update(text).digest('hex');
  const { title = '?', version = '?' } = input.spec.info;
  return [
    'Reconstructed by tools/reconstruct, not downloaded from Boomi. Sources, in order of precedence: Boomi\'s pages on the Partner API,',
    'the real Platform schema of 2023, Boomi\'s public OpenAPI spec (see wsdl/README.md).',
    `2023 schema: sha256 ${digest(input.platformText)}.`,
    `Spec: "${title}" ${version}, OpenAPI ${input.spec.openapi}, sha256 ${digest(input.specText)}.`,
    'To regenerate, see wsdl/README.md.',
  ].join('\n');
}

/** The 2023 schema's filter annotation, with the fields the capabilities add to it. */
function annotateFilterFields(types: ComplexTypeDef[], filterFields: Map<string, string[]>): void {
  for (const type of types) {
    const fields = filterFields.get(type.name!);
    if (fields) type.filterFields = [...new Set([...(type.filterFields ?? []), ...fields])];
  }
}

/** Types share one symbol space in XSD, elements another: a clash would make the schema invalid. */
function assertUniqueNames(doc: SchemaDocument): void {
  const clash = (names: (string | undefined)[]) => names.find((n, i) => n !== undefined && names.indexOf(n) !== i);
  const type = clash([...doc.complexTypes.map((t) => t.name), ...doc.enumTypes.map((t) => t.name)]);
  const element = clash(doc.elements.map((e) => e.name));
  if (type ?? element) {
    throw new Error(`${doc.fileName}: two global ${type ? 'types' : 'elements'} named ${type ?? element}`);
  }
}
