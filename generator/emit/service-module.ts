/**
 * One module per port: the description of each operation (its SOAP action and version, the
 * parts of its messages, its declared faults) and a client class with one typed method per
 * operation, for any WSDL. The Boomi profile's object modules call the same descriptions.
 */
import { StructureKind, type ClassDeclarationStructure, type MethodDeclarationStructure } from 'ts-morph';
import { arrayLiteral, constStatement, docs, objectLiteral, propertyName, str, thunk, type Expr, type Statement } from './code.ts';
import type { Imports } from './imports.ts';
import { fieldTypeMeta, metaRef } from './model-module.ts';
import { namespaceConstants } from './namespace-constants.ts';
import { SOAP11_ENCODING_NS, SOAP12_ENCODING_NS } from '../load/namespaces.ts';
import type { MessageView, OperationView, PartView, PortView } from '../model/ports.ts';
import { substituteTypes } from './substitutes.ts';
import { valueTypeName, type EmitContext, type Use } from './type-text.ts';

export const SOAP_CLIENT_MODULE = 'runtime/core/soap-client';
export const MESSAGE_MODULE = 'runtime/core/soap/message';

/** The statements of one service's module: each of its ports' operation descriptions and class. */
export function serviceModuleStatements(ctx: EmitContext, ports: PortView[], imports: Imports): Statement[] {
  const module = ctx.names.ports.get(ports[0]!.key)!.module;
  const use = (kind: 'type' | 'value'): Use => (r) => {
    if (r.module !== module) imports[kind](r.module, r.name);
  };
  const useType = use('type');
  const useValue = use('value');
  const partsOf = (port: PortView) => port.operations.flatMap((op) => [...messageParts(op.input), ...(op.output ? messageParts(op.output) : []), ...op.faults]);
  const namespaces = namespaceConstants(ports.flatMap(partsOf).map((p) => p.element.namespace));
  const statements: Statement[] = [...namespaces.statements];
  useType({ module: MESSAGE_MODULE, name: 'OperationInfo' });
  useType({ module: 'runtime/core/metadata', name: 'XmlTypeList' });
  for (const port of ports) {
    const names = ctx.names.ports.get(port.key)!;
    for (const op of port.operations) {
      const entries: [string, Expr][] = [
        ['name', str(op.name)],
        ['soapAction', str(op.soapAction)],
      ];
      if (op.soapVersion === '1.2') entries.push(['soapVersion', str('1.2')]);
      const encoding = encodingStyle(op);
      entries.push(['input', messageInfo(ctx, op.input, namespaces.ref, useValue, encoding)]);
      if (op.output) entries.push(['output', messageInfo(ctx, op.output, namespaces.ref, useValue, encoding)]);
      if (op.faults.length > 0) entries.push(['faults', arrayLiteral(op.faults.map((f) => partInfo(ctx, f, namespaces.ref, useValue)))]);
      statements.push(constStatement({ name: names.operations.get(op.name)!, type: 'OperationInfo', initializer: objectLiteral(entries, { multiline: true }), docs: `The \`${op.name}\` operation of ${port.unbound ? `binding ${port.port}` : `${port.service}, port ${port.port}`}.` }));
    }
    const substitutes = substituteTypes(ctx.model, [], partsOf(port).map((p) => p.type));
    statements.push(
      constStatement({
        name: names.types,
        type: 'XmlTypeList',
        initializer: thunk(arrayLiteral(substitutes.map((id) => metaRef(ctx, id, useValue)), { multiline: substitutes.length > 4 })),
        docs: `Every type that may stand in for a declared one (\`xsi:type\`) in the messages of port ${port.port}.`,
      }),
    );
    statements.push(portClass(ctx, port, useType, useValue));
  }
  return statements;
}

function messageParts(message: MessageView): PartView[] {
  return [...message.body, ...message.headers];
}

function partInfo(ctx: EmitContext, part: PartView, ns: (uri: string) => Expr, useValue: Use): Expr {
  return arrayLiteral([str(part.element.name), ns(part.element.namespace), str(part.name), fieldTypeMeta(ctx, part, useValue), str(part.optional ? '?' : '')]);
}

function messageInfo(ctx: EmitContext, message: MessageView, ns: (uri: string) => Expr, useValue: Use, encoding: string | undefined): Expr {
  const entries: [string, Expr][] = [['body', arrayLiteral(message.body.map((p) => partInfo(ctx, p, ns, useValue)))]];
  if (message.headers.length > 0) entries.push(['headers', arrayLiteral(message.headers.map((p) => partInfo(ctx, p, ns, useValue)))]);
  if (encoding !== undefined) entries.push(['encodingStyle', str(encoding)]);
  return objectLiteral(entries);
}

/** The encodingStyle of an rpc/encoded operation: the soap:body's, else the encoding of its SOAP version. */
function encodingStyle(op: OperationView): string | undefined {
  if (op.binding.use !== 'encoded') return undefined;
  return op.binding.encodingStyle ?? (op.soapVersion === '1.2' ? SOAP12_ENCODING_NS : SOAP11_ENCODING_NS);
}

/** The TypeScript type of a message's value: its one part's, an object of its parts, or nothing. */
export function messageType(ctx: EmitContext, message: MessageView | undefined, useType: Use): string {
  if (!message || message.body.length === 0) return 'void';
  if (message.body.length === 1) return valueTypeName(ctx, message.body[0]!.type, useType);
  return `{ ${message.body.map((p) => `${propertyName(p.name)}: ${valueTypeName(ctx, p.type, useType)}`).join('; ')} }`;
}

function portClass(ctx: EmitContext, port: PortView, useType: Use, useValue: Use): ClassDeclarationStructure {
  const names = ctx.names.ports.get(port.key)!;
  useValue({ module: SOAP_CLIENT_MODULE, name: 'SoapClient' });
  useType({ module: SOAP_CLIENT_MODULE, name: 'SoapClientOptions' });
  useType({ module: SOAP_CLIENT_MODULE, name: 'CallOptions' });
  const endpoint = port.address ? `{ endpoint: ${str(port.address)}, ...options }` : 'options as SoapClientOptions';
  const optionsType = port.address ? `Partial<SoapClientOptions>` : 'SoapClientOptions';
  const methods: MethodDeclarationStructure[] = port.operations.map((op) => operationMethod(ctx, op, names.operations.get(op.name)!, names.types, useType));
  return {
    kind: StructureKind.Class,
    isExported: true,
    name: names.className,
    docs: docs(`${port.unbound ? `The ${port.port} binding, which no wsdl:port of the WSDL names` : `The ${port.port} port of ${port.service}`}: one method per operation.${port.address ? `\n\nEndpoint: \`${port.address}\` unless \`endpoint\` says otherwise.` : ''}`),
    properties: [
      { name: 'service', isStatic: true, isReadonly: true, initializer: str(port.service), docs: docs(port.unbound ? 'The WSDL binding this class calls (no service names a port for it).' : 'The WSDL service and port this class calls.') },
      { name: 'port', isStatic: true, isReadonly: true, initializer: str(port.port) },
      { name: 'soap', isReadonly: true, type: 'SoapClient', docs: docs('The SOAP layer: endpoint, WS-Security, retries.') },
    ],
    ctors: [
      {
        parameters: [{ name: 'options', type: `${optionsType} | SoapClient`, ...(port.address ? { initializer: '{}' } : {}) }],
        statements: [`this.soap = options instanceof SoapClient ? options : new SoapClient(${endpoint});`],
      },
    ],
    methods,
  };
}

function operationMethod(ctx: EmitContext, op: OperationView, infoName: string, typesName: string, useType: Use): MethodDeclarationStructure {
  const request = messageType(ctx, op.input, useType);
  const response = messageType(ctx, op.output, useType);
  const headers = op.input.headers;
  const headersType = `{ ${headers.map((h) => `${propertyName(h.name)}${h.optional ? '?' : ''}: ${valueTypeName(ctx, h.type, useType)}`).join('; ')} }`;
  const parameters = [
    ...(request === 'void' ? [] : [{ name: 'request', type: request }]),
    ...(headers.length > 0 ? [{ name: 'headers', type: headersType, ...(headers.every((h) => h.optional) ? { initializer: '{}' } : {}) }] : []),
    { name: 'options', type: 'CallOptions', initializer: '{}' },
  ];
  const faults = op.faults.length > 0 ? `\n\n@throws DeclaredFaultError for the declared faults: ${op.faults.map((f) => `\`${f.name}\``).join(', ')}.` : '';
  return {
    kind: StructureKind.Method,
    name: propertyName(op.name),
    parameters,
    returnType: `Promise<${response}>`,
    docs: docs(`${op.doc ?? `The \`${op.name}\` operation.`}${op.output ? '' : '\n\nOne-way: resolves once the server has accepted the request.'}${faults}`),
    statements: [`return this.soap.call<${response}>(${infoName}, ${request === 'void' ? 'undefined' : 'request'}, options, { types: ${typesName}${headers.length > 0 ? ', headers' : ''} });`],
  };
}
