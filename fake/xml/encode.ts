/**
 * Response values to XML the way Boomi's server writes them (Boomi's Account page): the wrapper
 * in the namespace of the request's, with its prefix (`bns:` for the api namespace, `ns4:` for
 * the partner one), objects with `xsi:type="bns:<Type>"`, their child elements with `bns:`,
 * simple fields as attributes where the schema says so. Fields the schema does not know
 * (server-side extras a test seeded for filtering) are not written.
 */
import { escapeAttribute, escapeText } from '../soap-faults.ts';
import { RESPONSE_PREFIXES, XSI } from '../namespaces.ts';
import type { Field, Schema } from '../schema.ts';
import { BASE_TYPE, type Decoded } from './decode.ts';

/** `<bns:getResponse …>…</bns:getResponse>`, in the namespace of the request's wrapper, declaring every prefix it uses. */
export function encodeResponse(schema: Schema, operation: string, namespace: string, value: Decoded): string {
  const name = `${operation}Response`;
  const type = schema.element(namespace, name);
  if (!type) throw new Error(`no response element for ${operation}`);
  const declarations = Object.entries(RESPONSE_PREFIXES).map(([ns, prefix]) => ` xmlns:${prefix}="${ns}"`).join('');
  const { attributes, children } = encodeContent(schema, value, type);
  const tag = `${prefixed(namespace, name)}${declarations}${attributes}`;
  return children ? `<${tag}>${children}</${prefixed(namespace, name)}>` : `<${tag}/>`;
}

function encodeContent(schema: Schema, value: Decoded, typeKey: string): { attributes: string; children: string } {
  let attributes = '';
  let children = '';
  for (const field of schema.fields(typeKey)) {
    const v = value[field.name];
    if (v === undefined || v === null) continue;
    if (field.attribute) attributes += ` ${field.name}="${escapeAttribute(scalar(v, field))}"`;
    else for (const item of Array.isArray(v) && field.many ? v : [v]) children += encodeElement(schema, item, field);
  }
  return { attributes, children };
}

function encodeElement(schema: Schema, value: unknown, field: Field): string {
  const name = prefixed(field.namespace, field.name);
  if (!schema.complex(field.type)) return `<${name}>${escapeText(scalar(value, field))}</${name}>`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${field.name} holds ${JSON.stringify(value)}, not an object`);
  const object = value as Decoded;
  let actual = field.type;
  let xsiType = '';
  // The concrete type travels as xsi:type where the schema declares only a base (BaseType).
  if (object.$type !== undefined && (field.type === BASE_TYPE || schema.complex(field.type)?.name !== object.$type)) {
    const named = schema.complex(`{${schema.complex(BASE_TYPE)!.namespace}}${object.$type}`);
    if (!named) throw new Error(`unknown type ${object.$type}`);
    actual = named.key;
    xsiType = ` ${RESPONSE_PREFIXES[XSI]}:type="${prefixed(named.namespace, named.name)}"`;
  } else if (field.type === BASE_TYPE) {
    throw new Error(`${field.name} needs a $type`);
  }
  const { attributes, children } = encodeContent(schema, object, actual);
  return children ? `<${name}${xsiType}${attributes}>${children}</${name}>` : `<${name}${xsiType}${attributes}/>`;
}

function scalar(value: unknown, field: Field): string {
  if (value instanceof Date) return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (typeof value === 'object') throw new Error(`${field.name} holds an object where the schema wants a simple value`);
  return String(value);
}

function prefixed(namespace: string, name: string): string {
  if (!namespace) return name;
  const prefix = RESPONSE_PREFIXES[namespace];
  if (!prefix) throw new Error(`no response prefix for ${namespace}`);
  return `${prefix}:${name}`;
}
