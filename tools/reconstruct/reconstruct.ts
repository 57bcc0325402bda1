/**
 * spec → the files of wsdl/. Pure: the same spec gives byte-identical files.
 */
import { createHash } from 'node:crypto';
import type { OpenApiSpec } from './openapi.ts';
import { buildObjectTypes } from './object-types.ts';
import { envelopeComplexTypes, envelopeElements, envelopeEnumTypes } from './envelope-types.ts';
import { OPERATIONS, wrapperTypes } from './wrappers.ts';
import { renderSchema } from './xsd-writer.ts';
import { renderWsdl } from './wsdl-document.ts';
import type { SchemaDocument } from './xsd-model.ts';

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
  /** Per model type, the query-filter field names to annotate it with. */
  filterFields: Map<string, string[]>;
}

export function reconstructWsdl(input: ReconstructInput): Map<string, string> {
  const provenance = provenanceNote(input);
  const objects = buildObjectTypes(input.spec, input.specFile, input.filterFields);
  const objectSchema: SchemaDocument = {
    fileName: OUTPUT_FILES.objects,
    targetPrefix: 'api',
    imports: [],
    headerNote: `${provenance}\nThe object schema (the service's ?xsd=1 [I]): namespace http://api.platform.boomi.com/.`,
    elements: sortByName([...envelopeElements(), ...objects.elements]),
    complexTypes: [...envelopeComplexTypes(), ...objects.complexTypes],
    enumTypes: sortByName([...envelopeEnumTypes(), ...objects.enumTypes]),
  };
  const wrappers = wrapperTypes();
  const wrapperSchema: SchemaDocument = {
    fileName: OUTPUT_FILES.wrappers,
    targetPrefix: 'par',
    imports: [{ prefix: 'api', schemaLocation: OUTPUT_FILES.objects }],
    headerNote: `${provenance}\nThe operation wrappers (the service's ?xsd=2 [I]): namespace http://partner.api.platform.boomi.com/.\nTheir children keep the Platform wrappers' qualification, in this namespace [I]; object payloads and QueryFilter stay in the api namespace.`,
    elements: wrappers.elements,
    complexTypes: wrappers.complexTypes,
    enumTypes: [],
  };
  assertUniqueNames(objectSchema);
  assertUniqueNames(wrapperSchema);
  const wsdl = renderWsdl({
    operationNames: OPERATIONS.map((o) => o.name),
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
  const digest = createHash('sha256').update(input.specText).digest('hex');
  const { title = '?', version = '?' } = input.spec.info;
  return [
    'Reconstructed by tools/reconstruct from Boomi\'s public OpenAPI spec, not downloaded from Boomi.',
    `Spec: "${title}" ${version}, OpenAPI ${input.spec.openapi}, sha256 ${digest}.`,
    'To regenerate, see wsdl/README.md.',
  ].join('\n');
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

function sortByName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
