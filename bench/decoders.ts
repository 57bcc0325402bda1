/**
 * The decoders the decode benchmark compares, each with how to read the sample record from its
 * output (decode-check.ts), and the bare tokenizer passes it measures them against.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { XMLParser } from 'fast-xml-parser';
import { Parser as SaxenParser } from 'saxen';
import { SaxesParser } from 'saxes';
import { createClientAsync } from 'soap';
import { oursView, type DecoderView } from './decode-check.ts';
import type { DecodeShape } from './decode-pages.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Decoder {
  name: string;
  decode(xml: string, shape: DecodeShape): unknown;
  /** How to read its output; none for a bare tokenizer pass, which returns nothing. */
  view?: DecoderView;
}

export async function loadDecoders(): Promise<Decoder[]> {
  return [await oursBundled(), await oursUnderTsx(), await nodeSoap(), fastXmlParser(), { name: 'bare saxes (our tokenizer)', decode: bareSaxes }, { name: 'bare saxen', decode: bareSaxen }];
}

/** What the decode benchmark uses of the generated SDK. */
type SdkModules = typeof import('../generated/runtime/core/soap/message.ts') &
  typeof import('../generated/runtime/core/xml/type-registry.ts') &
  typeof import('../generated/services/boomi-partner-api-version1-service.ts');

function oursFrom(name: string, sdk: SdkModules): Decoder {
  const registry = sdk.registryOf(sdk.portTypes);
  const outputs = { query: sdk.queryOperation.output, getBulk: sdk.getBulkOperation.output };
  return {
    name,
    decode: (xml, shape) => {
      const decoded = sdk.decodeMessage(xml, outputs[shape.operation], registry);
      if (decoded.fault) throw new Error(`decoded a fault: ${decoded.fault.reason}`);
      return decoded.value;
    },
    view: oursView,
  };
}

const SDK_MODULES = ['runtime/core/soap/message.ts', 'runtime/core/xml/type-registry.ts', 'services/boomi-partner-api-version1-service.ts'];

/** The generated SDK as an application ships it: bundled by esbuild (saxes included), loaded as JavaScript. */
export async function oursBundled(): Promise<Decoder> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-decode-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, SDK_MODULES.map((m) => `export * from '${join(repoRoot, 'generated', m)}';\n`).join(''));
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'sdk.mjs'), logLevel: 'silent' });
    return oursFrom('ours (esbuild bundle)', (await import(pathToFileURL(join(dir, 'sdk.mjs')).href)) as SdkModules);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The generated TypeScript sources as tsx runs them, for applications run that way: tsx keeps
 * function names, so every closure created costs a property definition.
 */
async function oursUnderTsx(): Promise<Decoder> {
  const modules = await Promise.all(SDK_MODULES.map((m) => import(pathToFileURL(join(repoRoot, 'generated', m)).href)));
  return oursFrom('ours (sources under tsx)', Object.assign({}, ...modules) as SdkModules);
}

async function nodeSoap(): Promise<Decoder> {
  const client = await createClientAsync(join(repoRoot, 'wsdl/PartnerApi.wsdl'));
  type Node = Record<string, unknown> & { attributes?: Record<string, unknown> };
  return {
    name: 'node-soap client',
    decode: (xml) => client.wsdl.xmlToObject(xml),
    view: {
      record: (output, shape) => {
        const body = (output as { Body: Record<string, { results: { result?: Node[]; response?: Node[] } }> }).Body;
        return shape.operation === 'getBulk' ? body.getBulkResponse!.results.response![shape.sampleIndex]!.Result : body.queryResponse!.results.result![shape.sampleIndex];
      },
      value: (record, step) => {
        const node = record as Node;
        if (step === '$type') return node.attributes?.['xsi:type'];
        return step.startsWith('@') ? node.attributes?.[step.slice(1)] : node[step];
      },
    },
  };
}

/** Elements these pages repeat: fast-xml-parser makes arrays only where told. */
const REPEATED = new Set(['bns:result', 'bns:response', 'bns:encryptedValue', 'bns:AuditLogProperty']);

function fastXmlParser(): Decoder {
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: true,
    parseTagValue: true,
    stopNodes: ['*.bns:object', '*.bns:processOverrides'],
    isArray: (name) => REPEATED.has(name),
  });
  type Node = Record<string, unknown>;
  return {
    name: 'fast-xml-parser',
    decode: (xml) => parser.parse(xml),
    view: {
      record: (output, shape) => {
        // Names as the pages write them, prefixes included: fast-xml-parser does not resolve them.
        const body = (output as { 'S:Envelope': { 'S:Body': Record<string, Record<string, Record<string, Node[]>>> } })['S:Envelope']['S:Body'];
        return shape.operation === 'getBulk' ? body['ns2:getBulkResponse']!['ns2:results']!['bns:response']![shape.sampleIndex]!['bns:Result'] : body['bns:queryResponse']!['bns:results']!['bns:result']![shape.sampleIndex];
      },
      value: (record, step) => {
        const node = record as Node;
        if (step === '$type') return node['@_xsi:type'];
        return step.startsWith('@') ? node[`@_${step.slice(1)}`] : node[`bns:${step}`];
      },
    },
  };
}

/** The floor: the parser our decoder uses, with its options, delivering its events to handlers that do nothing. */
export function bareSaxes(xml: string): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('opentag', () => {});
  parser.on('closetag', () => {});
  parser.on('text', () => {});
  parser.write(xml).close();
}

/** saxen with what a decoder needs of it: namespaces, attributes read and text decoded. */
function bareSaxen(xml: string): void {
  const parser = new SaxenParser();
  parser.ns();
  parser.on('openTag', (_name: string, attributes: () => unknown) => void attributes());
  parser.on('text', (text: string, decode: (s: string) => string) => void decode(text));
  parser.on('error', (error: Error) => {
    throw error;
  });
  parser.parse(xml);
}
