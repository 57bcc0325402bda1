/**
 * The committed SDK's types as the codec tests need them: the Partner port's type list (every
 * type a value may take by `xsi:type`), its registry, and the API object types.
 */
import { BaseTypeMeta, type XmlTypeInfo } from '../../generated/index.ts';
import { registryOf } from '../../generated/runtime/core/xml/type-registry.ts';
import * as port from '../../generated/services/boomi-partner-api-version1-service.ts';
import { portTypes } from '../../generated/services/boomi-partner-api-version1-service.ts';
import type { OperationInfo } from '../../generated/runtime/core/soap/message.ts';
import { subtypesIn } from '../../tools/samples/metadata-sample.ts';

export const partnerRegistry = registryOf(portTypes);

function derivesFromBaseType(info: XmlTypeInfo): boolean {
  for (let t = info.base?.(); t; t = t.base?.()) if (t === BaseTypeMeta) return true;
  return false;
}

/** Every concrete type deriving from BaseType (the API objects and the envelope's payloads). */
export function objectTypes(): XmlTypeInfo[] {
  return portTypes().filter((t) => !t.abstract && derivesFromBaseType(t));
}

/** The types deriving from `info` among the port's types. */
export function subtypesOf(info: XmlTypeInfo): XmlTypeInfo[] {
  return subtypesIn(portTypes(), info);
}

/** The port's operation descriptions. */
export function operations(): OperationInfo[] {
  return Object.values(port).filter((v): v is OperationInfo => typeof v === 'object' && v !== null && 'input' in v);
}

/** The wrapper types of every operation's request and response. */
export function messageTypes(): XmlTypeInfo[] {
  return operations().flatMap((op) => [op.input, ...(op.output ? [op.output] : [])]).map((m) => (m.body[0]![3] as () => XmlTypeInfo)());
}
