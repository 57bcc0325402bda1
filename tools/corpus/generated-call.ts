/**
 * A call through a generated SDK as its user writes it: import the SDK's index, find the class
 * of the WSDL's service and port (its static `service` and `port`), construct it for the
 * server's endpoint and call the operation's method with a sample request built from the SDK's
 * own metadata. Which arguments the method takes (request, headers) follows from the operation's
 * description, which a first call through a recording SoapClient reads without sending anything.
 * The loopback server speaks plain http, which the runtime refuses unless told otherwise.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { XmlFieldInfo, XmlTypeList } from '../../templates/runtime/core/metadata.ts';
import type { CallOptions, CallScope, SoapClient, SoapClientOptions } from '../../templates/runtime/core/soap-client.ts';
import type { MessageInfo, OperationInfo } from '../../templates/runtime/core/soap/message.ts';
import { sampleOfField, type Sampler } from '../samples/metadata-sample.ts';
import type { GeneratedClientCall } from './roundtrip.ts';
import { moduleLoading } from './stages.ts';

type PortClass = (new (options: Partial<SoapClientOptions> | SoapClient) => Record<string, unknown>) & { service?: unknown; port?: unknown };
type SoapClientClass = new (options: SoapClientOptions) => SoapClient;

/** What the method handed to SoapClient.call: the description of the operation it calls. */
class Recorded {
  constructor(
    readonly operation: OperationInfo,
    readonly types: XmlTypeList | undefined,
  ) {}
}

export async function callThroughGeneratedClient(call: GeneratedClientCall): Promise<unknown> {
  const sdk = (await import(pathToFileURL(join(call.sdkDir, `index${moduleLoading.extension}`)).href)) as Record<string, unknown>;
  const classes = Object.values(sdk).filter((v): v is PortClass => typeof v === 'function' && 'port' in v);
  // node-soap calls a service without a name "undefined"; the generator names it, so the port alone must tell.
  const ofPort = classes.filter((c) => c.port === call.port);
  const Port = classes.find((c) => c.service === call.service && c.port === call.port) ?? (ofPort.length === 1 ? ofPort[0] : undefined);
  if (!Port) throw new Error(`the SDK's index exports no class for service ${call.service}, port ${call.port}`);
  const method = Object.getOwnPropertyNames(Port.prototype).find((name) => name === call.operation);
  if (!method) throw new Error(`${Port.name} has no method ${call.operation}`);

  const Soap = sdk.SoapClient as SoapClientClass;
  const Recording = class extends Soap {
    override call<Response>(op: OperationInfo, _request: unknown, _options?: CallOptions, scope?: CallScope): Promise<Response> {
      return Promise.reject(new Recorded(op, scope?.types));
    }
  };
  const recorded = await (new Port(new Recording({ endpoint: call.endpoint, allowInsecureHttp: true })) as Record<string, (...args: unknown[]) => Promise<unknown>>)[method]!().catch((e: unknown) => e);
  if (!(recorded instanceof Recorded)) throw new Error(`${Port.name}.${method} did not call its SoapClient: ${String(recorded)}`);

  const sampler: Sampler = { types: recorded.types?.() ?? [] };
  const args: unknown[] = [];
  const { input } = recorded.operation;
  if (input.body.length > 0) args.push(messageSample(input, sampler));
  if ((input.headers ?? []).length > 0) args.push(partsSample(input.headers!, sampler));
  args.push({});
  const client = new Port({ endpoint: call.endpoint, allowInsecureHttp: true }) as Record<string, (...args: unknown[]) => Promise<unknown>>;
  return client[method]!(...args);
}

/** A message's value: its one part's, or an object of its parts by name. */
function messageSample(message: MessageInfo, sampler: Sampler): unknown {
  const [only, ...more] = message.body;
  return more.length === 0 ? sampleOfField(only![3], sampler) : partsSample(message.body, sampler);
}

function partsSample(parts: readonly XmlFieldInfo[], sampler: Sampler): Record<string, unknown> {
  return Object.fromEntries(parts.map(([, , name, type]) => [name, sampleOfField(type, sampler)]));
}

