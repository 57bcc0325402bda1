// Drift classification, table-driven: each case mutates the committed Partner WSDL, its schemas
// or its capability facts, and asserts exactly the changes the drift report lists.
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWsdl, type LoadedWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { readCapabilities } from '../../generator/profile/capabilities-file.ts';
import { apiSurface, type ApiSurface } from '../../generator/surface/api-surface.ts';
import { compareSurfaces } from '../../generator/surface/drift.ts';
import { surfaceOf } from '../../generator/surface/surface-of.ts';
import { repoRoot, repoTemp } from '../support/paths.ts';

interface Files {
  wsdl: string;
  xsd1: string;
  xsd2: string;
  caps: string;
}

const original: Files = {
  wsdl: readFileSync(join(repoRoot, 'wsdl/PartnerApi.wsdl'), 'utf8'),
  xsd1: readFileSync(join(repoRoot, 'wsdl/PartnerApi.xsd1.xsd'), 'utf8'),
  xsd2: readFileSync(join(repoRoot, 'wsdl/PartnerApi.xsd2.xsd'), 'utf8'),
  caps: readFileSync(join(repoRoot, 'wsdl/partner-api.capabilities.json'), 'utf8'),
};

/** Edits one global type's declaration in the object schema. */
function inType(kind: 'complexType' | 'simpleType', name: string, edit: (block: string) => string): (f: Files) => Files {
  return (f) => {
    const start = f.xsd1.indexOf(`<xs:${kind} name="${name}">`);
    // The global declaration's own end tag, at its indentation: anonymous types nest inside it.
    const end = f.xsd1.indexOf(`\n  </xs:${kind}>`, start) + `\n  </xs:${kind}>`.length;
    if (start < 0) throw new Error(`no ${kind} ${name}`);
    const block = f.xsd1.slice(start, end);
    const edited = edit(block);
    if (edited === block) throw new Error(`the edit of ${name} changed nothing`);
    return { ...f, xsd1: f.xsd1.slice(0, start) + edited + f.xsd1.slice(end) };
  };
}

function replace(file: keyof Files, from: string | RegExp, to: string): (f: Files) => Files {
  return (f) => {
    const edited = f[file].replace(from, to);
    if (edited === f[file]) throw new Error(`nothing to replace: ${String(from)}`);
    return { ...f, [file]: edited };
  };
}

interface CapabilityFile {
  objects: Record<string, { modelType: string; verbs: Record<string, { soapOperation: string; accountOverride: boolean; limit?: number }>; query?: { fields: { property: string; kind: string; values?: string[] }[]; operators: string[]; openProperties?: boolean } }>;
}

function capabilities(edit: (caps: CapabilityFile) => void): (f: Files) => Files {
  return (f) => {
    const caps = JSON.parse(f.caps);
    edit(caps);
    return { ...f, caps: JSON.stringify(caps) };
  };
}

const API_NS = 'http://api.platform.boomi.com/';
const PARTNER_NS = 'http://partner.api.platform.boomi.com/';

/** Moves a global declaration of the object schema into the wrapper schema's namespace, its references following it. */
function moveToPartnerNamespace(kind: 'complexType' | 'simpleType', name: string): (f: Files) => Files {
  return (f) => {
    const start = f.xsd1.indexOf(`<xs:${kind} name="${name}">`);
    const end = f.xsd1.indexOf(`</xs:${kind}>`, start) + `</xs:${kind}>`.length;
    if (start < 0) throw new Error(`no ${kind} ${name}`);
    const xsd1 = (f.xsd1.slice(0, start) + f.xsd1.slice(end))
      .replace(`xmlns:api="${API_NS}"`, `xmlns:api="${API_NS}" xmlns:par="${PARTNER_NS}"`)
      .replace(/(<xs:schema [^>]*>)/, `$1<xs:import namespace="${PARTNER_NS}" schemaLocation="PartnerApi.xsd2.xsd"/>`)
      .replaceAll(`"api:${name}"`, `"par:${name}"`);
    return { ...f, xsd1, xsd2: f.xsd2.replaceAll(`"api:${name}"`, `"par:${name}"`).replace('</xs:schema>', `${f.xsd1.slice(start, end)}\n</xs:schema>`) };
  };
}

const ATTR_NAME = /<xs:attribute name="name" type="xs:string">\s*<xs:annotation>[\s\S]*?<\/xs:annotation>\s*<\/xs:attribute>/;

type Expected = [severity: string, kind: string, where: string, detail: string][];
/** Many changes, every one of this severity and kind, among them `includes` (its place and detail). */
type EveryChange = { every: [severity: string, kind: string]; includes: [where: string, detail: string] };
const cases: [string, (f: Files) => Files, Expected | EveryChange | 'each-field'][] = [
  // fields
  ['remove an attribute', inType('complexType', 'Environment', (b) => b.replace(ATTR_NAME, '')), [['breaking', 'field removed', 'Environment/name', 'the field is gone']]],
  ['remove an element', inType('complexType', 'Account', (b) => b.replace(/<xs:element minOccurs="0" name="molecule" type="api:Molecule"\/>/, '')), [['breaking', 'field removed', 'Account/molecule', 'the field is gone']]],
  ['rename an attribute', inType('complexType', 'License', (b) => b.replace('name="used"', 'name="consumed"')), [['breaking', 'field removed', 'License/used', 'the field is gone'], ['compatible', 'field added', 'License/consumed', 'optional xs:int']]],
  ['retype an attribute', inType('complexType', 'License', (b) => b.replace('name="purchased" type="xs:int"', 'name="purchased" type="xs:long"')), [['breaking', 'type changed', 'License/purchased', 'xs:int → xs:long']]],
  ['retype an element', inType('complexType', 'Process', (b) => b.replace(/name="Description" type="xs:string"/, 'name="Description" type="xs:int"')), [['breaking', 'type changed', 'Process/Description', 'xs:string → xs:int']]],
  ['attribute becomes element', inType('complexType', 'License', (b) => b.replace('<xs:sequence/>', '<xs:sequence><xs:element minOccurs="0" name="used" type="xs:int"/></xs:sequence>').replace('<xs:attribute name="used" type="xs:int"/>', '')), [['breaking', 'attribute/element changed', 'License/used', 'attribute → element']]],
  ['element becomes attribute', inType('complexType', 'Account', (b) => b.replace(/<xs:element minOccurs="0" name="molecule" type="api:Molecule"\/>/, '').replace('</xs:extension>', '<xs:attribute name="molecule" type="xs:string"/></xs:extension>')), [['breaking', 'attribute/element changed', 'Account/molecule', 'element → attribute'], ['breaking', 'type changed', 'Account/molecule', 'Molecule → xs:string']]],
  ['optional becomes required in what users send', inType('complexType', 'Environment', (b) => b.replace('<xs:attribute name="parentAccount" type="xs:string"/>', '<xs:attribute name="parentAccount" type="xs:string" use="required"/>')), [['breaking', 'became required', 'Environment/parentAccount', 'values sent must now have it']]],
  ['optional becomes required in what users only receive', inType('complexType', 'AuditLog', (b) => b.replace('<xs:attribute name="action" type="xs:string">', '<xs:attribute name="action" type="xs:string" use="required">')), [['compatible', 'became required', 'AuditLog/action', 'now always present']]],
  ['required becomes optional in what users receive', inType('complexType', 'Process', (b) => b.replace(/<xs:element name="Description" type="xs:string"/, '<xs:element minOccurs="0" name="Description" type="xs:string"')), [['may-break', 'became optional', 'Process/Description', 'reads must allow it to be absent']]],
  ['single becomes repeated', inType('complexType', 'Account', (b) => b.replace('<xs:element minOccurs="0" name="molecule"', '<xs:element maxOccurs="unbounded" minOccurs="0" name="molecule"')), [['breaking', 'occurrence changed', 'Account/molecule', 'single → repeated']]],
  ['repeated becomes single', inType('complexType', 'QueryResult', (b) => b.replace('<xs:element maxOccurs="unbounded" minOccurs="0" name="result"', '<xs:element minOccurs="0" name="result"')), [['breaking', 'occurrence changed', 'QueryResult/result', 'repeated → single']]],
  ['becomes nillable in what users receive', inType('complexType', 'Process', (b) => b.replace(/<xs:element name="Description" type="xs:string"/, '<xs:element name="Description" nillable="true" type="xs:string"')), [['may-break', 'became nillable', 'Process/Description', 'reads must allow null']]],
  ['a new optional attribute', inType('complexType', 'Environment', (b) => b.replace('</xs:extension>', '<xs:attribute name="region" type="xs:string"/></xs:extension>')), [['compatible', 'field added', 'Environment/region', 'optional xs:string']]],
  ['a new required attribute in what users send', inType('complexType', 'Environment', (b) => b.replace('</xs:extension>', '<xs:attribute name="region" type="xs:string" use="required"/></xs:extension>')), [['breaking', 'required field added', 'Environment/region', 'values sent must now have it']]],
  ['a new required attribute in what users only receive', inType('complexType', 'AuditLog', (b) => b.replace('</xs:extension>', '<xs:attribute name="region" type="xs:string" use="required"/></xs:extension>')), [['compatible', 'field added', 'AuditLog/region', 'required xs:string']]],
  // enumerations
  ['an enumeration value added in what users receive', inType('simpleType', 'AccountStatus', (b) => b.replace('<xs:enumeration value="unlimited"/>', '<xs:enumeration value="unlimited"/><xs:enumeration value="archived"/>')), [['may-break', 'enumeration value added', 'AccountStatus', '"archived" is new: exhaustive switches over received values miss it']]],
  ['an enumeration value removed', inType('simpleType', 'AccountStatus', (b) => b.replace('<xs:enumeration value="trial"/>', '')), [['breaking', 'enumeration value removed', 'AccountStatus', '"trial" is no longer allowed']]],
  ['an enumeration value added in what users only send', inType('simpleType', 'BulkRequestType', (b) => b.replace('<xs:enumeration value="CREATE"/>', '<xs:enumeration value="CREATE"/><xs:enumeration value="PATCH"/>')), [['compatible', 'enumeration value added', 'BulkRequestType', '"PATCH" is new']]],
  ['an enumeration loosened to a string', inType('complexType', 'Account', (b) => b.replace('name="status" type="api:AccountStatus"', 'name="status" type="xs:string"')), [['breaking', 'type changed', 'Account/status', 'AccountStatus → xs:string']]],
  // types
  ['a new type', replace('xsd1', '<xs:complexType name="License">', '<xs:complexType name="LicensePool"><xs:sequence/><xs:attribute name="size" type="xs:int"/></xs:complexType>\n  <xs:complexType name="License">'), [['compatible', 'type added', 'LicensePool', 'a new type']]],
  ['a type removed with its use', (f) => inType('complexType', 'Account', (b) => b.replace(/<xs:element minOccurs="0" name="molecule" type="api:Molecule"\/>/, ''))(inType('complexType', 'Molecule', () => '')(f)), [['breaking', 'field removed', 'Account/molecule', 'the field is gone'], ['breaking', 'type removed', 'Molecule', 'the type is gone']]],
  ['a base type changed', inType('complexType', 'Environment', (b) => b.replace('<xs:extension base="api:BaseType">', '<xs:extension base="api:Folder">')), [['breaking', 'base type changed', 'Environment', 'BaseType → Folder']]],
  ['a type made abstract', replace('xsd1', '<xs:complexType name="License">', '<xs:complexType abstract="true" name="License">'), [['breaking', 'type became abstract', 'License', 'values of it can no longer be sent']]],
  // operations
  ['an operation removed', (f) => ({ ...f, wsdl: f.wsdl.replace(/<operation name="installSimpleIPack">[\s\S]*?<\/operation>/g, '').replace(/<message name="installSimpleIPack(Response)?">[\s\S]*?<\/message>/g, '') }), [['breaking', 'operation removed', 'installSimpleIPack', 'the SOAP operation is gone']]],
  ['an operation added', (f) => ({ ...f, wsdl: f.wsdl.replace('<portType name="BoomiPartnerApiVersion1">', '<portType name="BoomiPartnerApiVersion1"><operation name="getAgain"><input message="tns:get"/><output message="tns:getResponse"/></operation>').replace('<soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="document"/>', '<soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="document"/><operation name="getAgain"><soap:operation soapAction=""/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output></operation>') }), [['compatible', 'operation added', 'getAgain', 'a new SOAP operation']]],
  ['an operation rewired', replace('wsdl', /(<operation name="assignAtomToEnvironment">\s*<input message=")tns:assignAtomToEnvironment"/, '$1tns:deployProcess"'), [['breaking', 'operation changed', 'assignAtomToEnvironment', 'assignAtomToEnvironment → assignAtomToEnvironmentResponse became deployProcess → assignAtomToEnvironmentResponse']]],
  // capabilities
  ['a verb withdrawn', capabilities((c) => delete c.objects['Environment']!.verbs['update']), [['breaking', 'verb withdrawn', 'Environment', 'update is no longer supported']]],
  ['a verb added', capabilities((c) => (c.objects['Process']!.verbs['create'] = { soapOperation: 'create', accountOverride: true })), [['compatible', 'verb added', 'Process', 'create is now supported']]],
  ['an object withdrawn', capabilities((c) => delete c.objects['JavaRollback']), [['breaking', 'object removed', 'JavaRollback', 'the API object is gone']]],
  ['an object added', capabilities((c) => (c.objects['Molecule'] = { modelType: 'Molecule', verbs: { get: { soapOperation: 'get', accountOverride: true } } })), [['compatible', 'object added', 'Molecule', 'a new API object']]],
  ['a filter field removed', capabilities((c) => c.objects['Environment']!.query!.fields.splice(1, 1)), [['breaking', 'filter field removed', 'Environment.id', 'no longer filterable']]],
  ['a filter field added', capabilities((c) => c.objects['Environment']!.query!.fields.push({ property: 'parentAccount', kind: 'string' })), [['compatible', 'filter field added', 'Environment.parentAccount', 'now filterable']]],
  ['a filter operator withdrawn', capabilities((c) => (c.objects['Role']!.query!.operators = c.objects['Role']!.query!.operators.filter((o) => o !== 'LIKE'))), [['breaking', 'filter operator removed', 'Role.name', 'LIKE'], ['breaking', 'filter operator removed', 'Role.parentId', 'LIKE']]],
  ['a filter operator added', capabilities((c) => c.objects['GenericConnectorRecord']!.query!.operators.push('NOT_EQUALS')), 'each-field'],
  ['a filter field retyped', capabilities((c) => (c.objects['Role']!.query!.fields[0]!.kind = 'number')), [['breaking', 'filter field retyped', 'Role.name', 'string → number']]],
  // namespaces and qualification
  ['the object schema\'s target namespace renamed', (f) => ({ wsdl: f.wsdl.replaceAll(API_NS, 'urn:boomi:api:2'), xsd1: f.xsd1.replaceAll(API_NS, 'urn:boomi:api:2'), xsd2: f.xsd2.replaceAll(API_NS, 'urn:boomi:api:2'), caps: f.caps }), [['breaking', 'namespace renamed', 'http://api.platform.boomi.com/', 'now urn:boomi:api:2: every name in it changes on the wire']]],
  ['the wrapper schema\'s target namespace renamed', (f) => ({ wsdl: f.wsdl.replaceAll(PARTNER_NS, 'urn:boomi:partner:2'), xsd1: f.xsd1, xsd2: f.xsd2.replaceAll(PARTNER_NS, 'urn:boomi:partner:2'), caps: f.caps }), [['breaking', 'namespace renamed', 'http://partner.api.platform.boomi.com/', 'now urn:boomi:partner:2: every name in it changes on the wire']]],
  ['elementFormDefault made unqualified', replace('xsd2', 'elementFormDefault="qualified"', 'elementFormDefault="unqualified"'), { every: ['breaking', 'qualification changed'], includes: ['delete/objectType', `qualified (${PARTNER_NS}) → unqualified`] }],
  ['attributeFormDefault made qualified', replace('xsd1', 'elementFormDefault="qualified"', 'attributeFormDefault="qualified" elementFormDefault="qualified"'), { every: ['breaking', 'qualification changed'], includes: ['License/used', `unqualified → qualified (${API_NS})`] }],
  ['an element made unqualified by its form', inType('complexType', 'Account', (b) => b.replace('<xs:element minOccurs="0" name="molecule"', '<xs:element form="unqualified" minOccurs="0" name="molecule"')), [['breaking', 'qualification changed', 'Account/molecule', 'qualified (http://api.platform.boomi.com/) → unqualified']]],
  ['an attribute made qualified by its form', inType('complexType', 'License', (b) => b.replace('<xs:attribute name="used"', '<xs:attribute form="qualified" name="used"')), [['breaking', 'qualification changed', 'License/used', 'unqualified → qualified (http://api.platform.boomi.com/)']]],
  ['a type outside any hierarchy moved to another namespace', moveToPartnerNamespace('complexType', 'License'), [['compatible', 'type moved', 'License', 'http://api.platform.boomi.com/ → http://partner.api.platform.boomi.com/: its name is not on the wire']]],
  ['a type in a hierarchy moved to another namespace', moveToPartnerNamespace('complexType', 'AtomPurge'), [['breaking', 'type moved', 'AtomPurge', 'http://api.platform.boomi.com/ → http://partner.api.platform.boomi.com/: xsi:type names it on the wire']]],
  ['an enumeration moved to another namespace', moveToPartnerNamespace('simpleType', 'AccountStatus'), [['compatible', 'enumeration moved', 'AccountStatus', 'http://api.platform.boomi.com/ → http://partner.api.platform.boomi.com/: its name is not on the wire']]],
  // operations
  ['a soapAction changed', replace('wsdl', /(<operation name="get">\s*<soap:operation soapAction=")"/, '$1urn:get"'), [['breaking', 'soapAction changed', 'get', '"" → "urn:get": the SDK sends ""']]],
  // prohibited attributes, hierarchies
  ['an attribute prohibited', inType('complexType', 'License', (b) => b.replace('<xs:attribute name="used" type="xs:int"/>', '<xs:attribute name="used" type="xs:int" use="prohibited"/>')), [['breaking', 'field removed', 'License/used', 'the field is gone']]],
  ['a type users send gains its first derived type', replace('xsd1', '<xs:complexType name="License">', '<xs:complexType name="PooledLicense"><xs:complexContent><xs:extension base="api:License"><xs:attribute name="pool" type="xs:string"/></xs:extension></xs:complexContent></xs:complexType>\n  <xs:complexType name="License">'), [['breaking', 'type joined a hierarchy', 'License', 'a type now derives from it: its values carry $type, which values sent must have'], ['may-break', 'type added', 'PooledLicense', 'a new kind of License users read: exhaustive switches over $type miss it']]],
  ['a type loses its only derived type', inType('complexType', 'FieldSummary', (b) => b.replace('<xs:extension base="api:Field">', '<xs:extension base="api:BaseType">')), [['breaking', 'type left its hierarchy', 'Field', 'no type derives from it now: its values no longer carry $type'], ['breaking', 'base type changed', 'FieldSummary', 'Field → BaseType']]],
  ['two new types deriving from a received one, one through the other', replace('xsd1', '<xs:complexType name="License">', '<xs:complexType name="Pool"><xs:complexContent><xs:extension base="api:BaseType"><xs:attribute name="size" type="xs:int"/></xs:extension></xs:complexContent></xs:complexType>\n  <xs:complexType name="SharedPool"><xs:complexContent><xs:extension base="api:Pool"/></xs:complexContent></xs:complexType>\n  <xs:complexType name="License">'), [['may-break', 'type added', 'Pool', 'a new kind of BaseType users read: exhaustive switches over $type miss it'], ['may-break', 'type added', 'SharedPool', 'a new kind of BaseType users read: exhaustive switches over $type miss it']]],
  // facets
  ['a maxLength added to a field users send', inType('complexType', 'Environment', (b) => b.replace(ATTR_NAME, '<xs:attribute name="name"><xs:simpleType><xs:restriction base="xs:string"><xs:maxLength value="80"/></xs:restriction></xs:simpleType></xs:attribute>')), [['breaking', 'facet tightened', 'Environment/name', 'maxLength (none) → 80']]],
  ['whitespace collapsed in a field users send', inType('complexType', 'Environment', (b) => b.replace(ATTR_NAME, '<xs:attribute name="name"><xs:simpleType><xs:restriction base="xs:string"><xs:whiteSpace value="collapse"/></xs:restriction></xs:simpleType></xs:attribute>')), [['breaking', 'facet tightened', 'Environment/name', 'whiteSpace (none) → collapse']]],
  ['a pattern added to a field users only receive', inType('complexType', 'AuditLog', (b) => b.replace('<xs:attribute name="action" type="xs:string">', '<xs:attribute name="action"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="[A-Z_]+"/></xs:restriction></xs:simpleType>')), [['compatible', 'facet tightened', 'AuditLog/action', 'pattern (none) → [A-Z_]+']]],
  // capabilities
  ['the account override withdrawn for a verb', capabilities((c) => (c.objects['Environment']!.verbs['query']!.accountOverride = false)), [['breaking', 'account override withdrawn', 'Environment.query', 'refused for a sub-account (withAccount)']]],
  ['the account override allowed for a verb', capabilities((c) => (c.objects['Account']!.verbs['create']!.accountOverride = true)), [['compatible', 'account override allowed', 'Account.create', 'now allowed for a sub-account (withAccount)']]],
  ['a filter enumeration value removed', capabilities((c) => (c.objects['Account']!.query!.fields.find((f) => f.property === 'status')!.values = ['active', 'suspended', 'deleted', 'unlimited'])), [['breaking', 'filter value removed', 'Account.status', '"trial" is no longer accepted']]],
  ['a filter enumeration value added', capabilities((c) => c.objects['Account']!.query!.fields.find((f) => f.property === 'status')!.values!.push('archived')), [['compatible', 'filter value added', 'Account.status', '"archived" is now accepted']]],
  ['open filter properties withdrawn', capabilities((c) => (c.objects['AS2ConnectorRecord']!.query!.openProperties = false)), [['breaking', 'open filter properties withdrawn', 'AS2ConnectorRecord', 'only the listed fields can be filtered on']]],
  ['a bulk limit lowered', capabilities((c) => (c.objects['Account']!.verbs['bulkGet']!.limit = 50)), [['breaking', 'bulk limit lowered', 'Account.bulkGet', '100 → 50 per request: the SDK sends 100']]],
  ['a bulk limit raised', capabilities((c) => (c.objects['Account']!.verbs['bulkGet']!.limit = 200)), [['compatible', 'bulk limit raised', 'Account.bulkGet', '100 → 200 per request']]],
  ['a verb carried by another SOAP operation', capabilities((c) => (c.objects['Environment']!.verbs['bulkGet']!.soapOperation = 'get')), [['breaking', 'verb operation changed', 'Environment.bulkGet', 'getBulk → get: the SDK calls getBulk']]],
  ['an object\'s values of another type', capabilities((c) => (c.objects['AtomPurge']!.modelType = 'JavaRollback')), [['breaking', 'object type changed', 'AtomPurge', 'its values are JavaRollback, not AtomPurge']]],
  // cosmetic: nothing reported
  ['attributes reordered', inType('complexType', 'License', (b) => b.replace('<xs:attribute name="purchased" type="xs:int"/>\n    <xs:attribute name="used" type="xs:int"/>', '<xs:attribute name="used" type="xs:int"/>\n    <xs:attribute name="purchased" type="xs:int"/>')), []],
  ['elements reordered', inType('complexType', 'Account', (b) => b.replace(/(<xs:element minOccurs="0" name="licensing"[\s\S]*?(?:\/>|<\/xs:element>))(\s*)(<xs:element minOccurs="0" name="molecule" type="api:Molecule"\/>)/, '$3$2$1')), []],
  ['the api prefix renamed', (f) => ({ ...f, xsd1: f.xsd1.replaceAll('xmlns:api=', 'xmlns:boomi=').replaceAll('"api:', '"boomi:'), xsd2: f.xsd2.replaceAll('xmlns:api=', 'xmlns:boomi=').replaceAll('"api:', '"boomi:') }), []],
  ['indentation and line breaks changed', (f) => ({ ...f, xsd1: f.xsd1.replace(/\n\s+/g, '\n') }), []],
  ['global declarations reordered', (f) => {
    const license = f.xsd1.slice(f.xsd1.indexOf('<xs:complexType name="License">'), f.xsd1.indexOf('</xs:complexType>', f.xsd1.indexOf('<xs:complexType name="License">')) + 17);
    return { ...f, xsd1: f.xsd1.replace(license, '').replace('<xs:complexType name="BaseType">', `${license}\n  <xs:complexType name="BaseType">`) };
  }, []],
  ['comments and documentation changed', (f) => ({ ...f, xsd1: f.xsd1.replace(/<!--[\s\S]*?-->/g, '').replace(/<xs:documentation>[^<]*<\/xs:documentation>/g, '<xs:documentation>reworded</xs:documentation>') }), []],
  ['operations reordered', (f) => ({ ...f, wsdl: f.wsdl.replace(/(<operation name="get">\s*<input message="tns:get"\/>\s*<output message="tns:getResponse"\/>\s*<\/operation>)(\s*)(<operation name="delete">\s*<input message="tns:delete"\/>\s*<output message="tns:deleteResponse"\/>\s*<\/operation>)/, '$3$2$1') }), []],
];

let base: ApiSurface;
let baseLoaded: LoadedWsdl;
const temp = repoTemp('drift');
beforeAll(async () => {
  base = await surfaceOf(join(repoRoot, 'wsdl'));
  baseLoaded = await loadWsdl(join(repoRoot, 'wsdl'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function mutated(name: string, mutate: (f: Files) => Files): Promise<ApiSurface> {
  const f = mutate(original);
  const dir = join(temp, name.replace(/\W+/g, '-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'PartnerApi.wsdl'), f.wsdl);
  writeFileSync(join(dir, 'PartnerApi.xsd1.xsd'), f.xsd1);
  writeFileSync(join(dir, 'PartnerApi.xsd2.xsd'), f.xsd2);
  writeFileSync(join(dir, 'partner-api.capabilities.json'), f.caps);
  // Where only the capability facts changed, the committed schemas are not read again.
  const schemasChanged = f.wsdl !== original.wsdl || f.xsd1 !== original.xsd1 || f.xsd2 !== original.xsd2;
  const capabilities = join(dir, 'partner-api.capabilities.json');
  return schemasChanged ? surfaceOf(dir) : apiSurface(buildModel(baseLoaded, { capabilities: { facts: readCapabilities(capabilities), source: capabilities } }));
}

describe('drift classification of WSDL mutations', () => {
  it('has at least sixty cases', () => expect(cases.length).toBeGreaterThanOrEqual(60));

  it.each(cases)('%s', async (name, mutate, expected) => {
    const changes = compareSurfaces(base, await mutated(name, mutate));
    const found = changes.map((c) => [c.severity, c.kind, c.where, c.detail]);
    if (expected === 'each-field') {
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found.map(([s, k, , detail]) => `${s} ${k}: ${detail}`))).toEqual(new Set(['compatible filter operator added: NOT_EQUALS']));
    } else if (!Array.isArray(expected)) {
      expect(found.length).toBeGreaterThan(1);
      expect(new Set(found.map(([s, k]) => `${s} ${k}`))).toEqual(new Set([expected.every.join(' ')]));
      expect(found.map(([, , where, detail]) => [where, detail])).toContainEqual(expected.includes);
    } else {
      expect(found).toEqual(expected);
    }
  });

  it('reports nothing for the same WSDL', async () => {
    expect(compareSurfaces(base, await surfaceOf(join(repoRoot, 'wsdl')))).toEqual([]);
  });
});
