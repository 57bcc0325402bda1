/**
 * Request XML to plain values, checked against the schema: unknown or misplaced elements and
 * attributes, wrong qualification, a missing or foreign xsi:type, values that are not of their
 * type and out-of-order children are faults, so garbage never reaches the handlers.
 * Objects come out as `{ $type: 'Environment', name: '…' }`; repeated fields as arrays.
 */
import type { Element } from '@xmldom/xmldom';
import { clientFault } from '../soap-faults.ts';
import { API, XSI } from '../namespaces.ts';
import { key, type Field, type Schema } from '../schema.ts';
import { elementChildren } from './envelope.ts';

export type Decoded = { $type?: string; [field: string]: unknown };

export const BASE_TYPE = key(API, 'BaseType');

/** The operation wrapper in the Body: its name and its decoded children. */
export function decodeWrapper(schema: Schema, wrapper: Element): { operation: string; request: Decoded } {
  const operation = wrapper.localName ?? '';
  const type = schema.element(wrapper.namespaceURI ?? '', operation);
  if (!type || operation.endsWith('Response')) throw invalid(operation, `{${wrapper.namespaceURI ?? ''}}${operation} is not an operation of this service`);
  return { operation, request: decodeComplex(schema, wrapper, type, operation) };
}

function decodeComplex(schema: Schema, el: Element, declared: string, path: string): Decoded {
  const out: Decoded = {};
  let actual = declared;
  const xsiType = el.getAttributeNS(XSI, 'type');
  if (xsiType) {
    const colon = xsiType.indexOf(':');
    const prefix = colon < 0 ? null : xsiType.slice(0, colon);
    const namespace = el.lookupNamespaceURI(prefix);
    if (prefix !== null && namespace === null) throw invalid(path, `xsi:type ${xsiType} uses the undeclared prefix ${prefix}`);
    const named = key(namespace ?? '', xsiType.slice(colon + 1));
    if (!schema.complex(named)) throw invalid(path, `xsi:type ${xsiType} names no type of this API`);
    if (!schema.derivesFrom(named, declared)) throw invalid(path, `xsi:type ${xsiType} cannot stand where ${typeName(declared)} is expected`);
    actual = named;
    out.$type = schema.complex(named)!.name;
  } else if (declared === BASE_TYPE || schema.complex(declared)?.abstract) {
    throw invalid(path, `the element needs an xsi:type naming the concrete ${typeName(declared)}`);
  }
  const fields = schema.fields(actual);
  for (let i = 0; i < el.attributes.length; i++) {
    const attr = el.attributes.item(i)!;
    if (attr.name === 'xmlns' || attr.prefix === 'xmlns' || attr.namespaceURI === XSI) continue;
    const field = attr.namespaceURI ? undefined : fields.find((f) => f.attribute && f.name === attr.localName);
    if (!field) throw invalid(path, `unexpected attribute ${attr.name} on ${typeName(actual)}`);
    out[field.name] = decodeSimple(schema, attr.value, field, `${path}/@${field.name}`);
  }
  let position = -1;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 || n.nodeType === 4) {
      if ((n.nodeValue ?? '').trim()) throw invalid(path, 'unexpected text content');
      continue;
    }
    if (n.nodeType !== 1) continue;
    const child = n as Element;
    const index = fields.findIndex((f) => !f.attribute && f.name === child.localName && f.namespace === (child.namespaceURI ?? ''));
    if (index < 0) throw invalid(path, unexpectedElement(fields, child, actual));
    const field = fields[index]!;
    if (index < position || (index === position && !field.many)) throw invalid(path, `element ${field.name} is out of order or repeated`);
    position = index;
    const childPath = `${path}/${field.name}`;
    const value = schema.complex(field.type) ? decodeComplex(schema, child, field.type, childPath) : decodeSimple(schema, simpleText(child, childPath), field, childPath);
    if (field.many) ((out[field.name] ??= []) as unknown[]).push(value);
    else out[field.name] = value;
  }
  // Objects are checked leniently (the reconstructed "required" flags come from the REST spec);
  // the envelope layer — wrappers, filters, bulk requests — strictly.
  if (!schema.derivesFrom(actual, BASE_TYPE)) {
    const missing = fields.find((f) => f.required && out[f.name] === undefined);
    if (missing) throw invalid(path, `${missing.attribute ? '@' : ''}${missing.name} is required`);
  }
  return out;
}

function decodeSimple(schema: Schema, text: string, field: Field, path: string): unknown {
  const type = schema.simple(field.type);
  if (type.values && !type.values.includes(text)) throw invalid(path, `'${text}' is not one of ${type.values.join(', ')}`);
  switch (type.kind) {
    case 'int':
    case 'integer':
      if (!/^\s*[+-]?\d+\s*$/.test(text)) throw invalid(path, `'${text}' is not an integer`);
      return type.kind === 'int' ? Number(text) : BigInt(text.trim());
    case 'double':
      if (!text.trim() || Number.isNaN(Number(text))) throw invalid(path, `'${text}' is not a number`);
      return Number(text);
    case 'boolean':
      if (text === 'true' || text === '1') return true;
      if (text === 'false' || text === '0') return false;
      throw invalid(path, `'${text}' is not a boolean`);
    case 'dateTime':
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(text)) throw invalid(path, `'${text}' is not a dateTime`);
      return text;
    default:
      return text;
  }
}

function simpleText(el: Element, path: string): string {
  if (elementChildren(el).length) throw invalid(path, 'a simple value cannot hold elements');
  return el.textContent ?? '';
}

function unexpectedElement(fields: Field[], child: Element, type: string): string {
  const sameName = fields.find((f) => !f.attribute && f.name === child.localName);
  if (sameName) return `element ${child.localName} must be ${sameName.namespace ? `in namespace ${sameName.namespace}` : 'unqualified (no namespace)'}`;
  return `unexpected element {${child.namespaceURI ?? ''}}${child.localName} in ${typeName(type)}`;
}

function typeName(typeKey: string): string {
  return typeKey.slice(typeKey.indexOf('}') + 1);
}

function invalid(path: string, message: string) {
  return clientFault(`Invalid request: ${path}: ${message}.`);
}
