/**
 * Where the Boomi profile's facts come from, and reading them: `--capabilities <file>`; else the
 * one `*.capabilities.json` beside a local WSDL; else, for a WSDL in Boomi's namespaces (a URL of
 * the live service, a downloaded copy), the Partner API's facts the generator ships. The file's
 * format is the runtime's (templates/runtime/boomi/capabilities.ts); what does not fit it is an
 * error naming the place.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import type { Capabilities, QueryFacts } from '../../templates/runtime/boomi/capabilities.ts';
import { FILTER_VALUE_KINDS, OPERATOR_ARITY, VERBS } from '../../templates/runtime/boomi/capabilities.ts';
import { LoadError } from '../load/load-error.ts';
import type { LoadedWsdl } from '../load/load-wsdl.ts';
import { displayLocation, isUrl } from '../load/locations.ts';
import { projectRoot } from '../project-root.ts';

/** The Partner API's facts, shipped with the generator. */
export const BUNDLED_CAPABILITIES = join(projectRoot, 'wsdl/partner-api.capabilities.json');

/** Namespaces that say a WSDL is Boomi's. */
const BOOMI_NAMESPACES = ['http://api.platform.boomi.com/', 'http://partner.api.platform.boomi.com/'];

/** The one `*.capabilities.json` beside a local WSDL (or in its folder), if any. */
export function findCapabilitiesFile(wsdl: string): string | undefined {
  if (isUrl(wsdl) || !existsSync(wsdl)) return undefined;
  const folder = statSync(wsdl).isDirectory() ? wsdl : dirname(wsdl);
  const found = readdirSync(folder).filter((f) => f.endsWith('.capabilities.json'));
  return found.length === 1 ? join(folder, found[0]!) : undefined;
}

export function isBoomiNamespace(namespace: string): boolean {
  return BOOMI_NAMESPACES.includes(namespace);
}

export function readCapabilities(file: string): Capabilities {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new LoadError(file, `cannot read the capabilities: ${(error as Error).message}`);
  }
  const fail = (path: string, message: string): never => {
    throw new LoadError(file, `${path}: ${message}`);
  };
  const root = parsed as Partial<Capabilities>;
  if (typeof root !== 'object' || root === null) fail('$', 'expected an object');
  if (typeof root.objects !== 'object' || root.objects === null) fail('$.objects', 'missing');
  for (const [name, facts] of Object.entries(root.objects!)) {
    const where = `$.objects.${name}`;
    if (typeof facts?.modelType !== 'string') fail(where, 'needs a modelType');
    if (typeof facts.verbs !== 'object' || facts.verbs === null) fail(where, 'needs verbs');
    for (const [verb, v] of Object.entries(facts.verbs)) {
      if (!(verb in VERBS)) fail(`${where}.verbs.${verb}`, `unknown verb (known: ${Object.keys(VERBS).join(', ')})`);
      if (typeof v?.soapOperation !== 'string') fail(`${where}.verbs.${verb}`, 'needs a soapOperation');
      if (v.limit !== undefined && !(Number.isInteger(v.limit) && v.limit > 0)) fail(`${where}.verbs.${verb}.limit`, 'must be a positive integer');
    }
    if (facts.query !== undefined) checkQuery(facts.query, `${where}.query`, fail);
  }
  if (root.actions !== undefined && (typeof root.actions !== 'object' || root.actions === null)) fail('$.actions', 'expected an object');
  return { ...root, actions: root.actions ?? {} } as Capabilities;
}

/** A query's operators and fields, as the filter DSL emitted from them needs them. */
function checkQuery(query: QueryFacts, where: string, fail: (path: string, message: string) => never): void {
  if (!Array.isArray(query?.fields) || !Array.isArray(query.operators)) fail(where, 'needs fields and operators');
  if (query.operators.length === 0) fail(`${where}.operators`, 'lists no operator: no filter could be written');
  query.operators.forEach((op, i) => {
    if (!Object.hasOwn(OPERATOR_ARITY, op)) fail(`${where}.operators[${i}]`, `unknown operator ${JSON.stringify(op)} (known: ${Object.keys(OPERATOR_ARITY).join(', ')})`);
  });
  const properties = new Map<string, number>();
  query.fields.forEach((f, i) => {
    const at = `${where}.fields[${i}]`;
    if (typeof f?.property !== 'string' || f.property === '') fail(at, 'needs a property');
    const earlier = properties.get(f.property);
    if (earlier !== undefined) fail(at, `repeats the property ${f.property} of fields[${earlier}]`);
    properties.set(f.property, i);
    if (!(FILTER_VALUE_KINDS as readonly string[]).includes(f.kind)) fail(`${at}.kind`, `unknown kind ${JSON.stringify(f.kind)} (known: ${FILTER_VALUE_KINDS.join(', ')})`);
    if (f.kind === 'enum' && !(Array.isArray(f.values) && f.values.length > 0 && f.values.every((v) => typeof v === 'string'))) fail(`${at}.values`, 'an enum field needs its values, as strings');
  });
}

/**
 * The profile's facts for a WSDL: the file given, the one beside a local WSDL, or the bundled
 * Partner API facts when the WSDL is in Boomi's namespaces; none with `false` or for other WSDLs.
 */
export function profileSource(wsdl: string, loaded: LoadedWsdl, given: string | false | undefined): { facts: Capabilities; source: string } | undefined {
  if (given === false) return undefined;
  const file = given ?? findCapabilitiesFile(wsdl) ?? (loaded.definitions.some((d) => isBoomiNamespace(d.element.getAttribute('targetNamespace') ?? '')) ? BUNDLED_CAPABILITIES : undefined);
  return file ? { facts: readCapabilities(file), source: displayLocation(file.startsWith('file:') ? file : toFileUrl(file)) } : undefined;
}

function toFileUrl(path: string): string {
  return pathToFileURL(path).href;
}
