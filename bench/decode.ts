/**
 * Decoding Boomi-shaped query pages (100 ExecutionRecord results of about 400 bytes each), on
 * the same bytes: our codec, node-soap's client parser, and a bare SAX pass with the parser our
 * codec uses (saxes, its events delivered to empty handlers), the floor any SAX-based decoder
 * stands on.
 */
import { SaxesParser } from 'saxes';
import { createClientAsync } from 'soap';
import { decodeMessage } from '../generated/runtime/core/soap/message.ts';
import { registryOf } from '../generated/runtime/core/xml/type-registry.ts';
import { portTypes, queryOperation } from '../generated/services/boomi-partner-api-version1-service.ts';
import { median } from './measure.ts';

const API = 'http://api.platform.boomi.com/';

export function queryPage(records: number, page: number): string {
  const results: string[] = [];
  for (let i = 0; i < records; i++) {
    const n = page * records + i;
    results.push(
      `<bns:result xsi:type="bns:ExecutionRecord" executionId="execution-3c5d7e9f-${String(n).padStart(8, '0')}-2024.03.01" account="acme-AB12CD" executionTime="2024-03-01T12:${String(i % 60).padStart(2, '0')}:00Z" status="COMPLETE" executionType="exec_listener" processName="Orders to ERP ${n % 17}" processId="7a1b2c3d-0000-4000-8000-${String(n % 1000).padStart(12, '0')}" atomName="Prod Atom" atomId="5e6f7a8b-1111-4222-8333-944455566677" inboundDocumentCount="12" outboundDocumentCount="12" executionDuration="1532"/>`,
    );
  }
  // As Boomi's Account page shows a queryResponse: wrapper, results and objects in the api namespace.
  return `<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><bns:queryResponse xmlns:bns="${API}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><bns:results numberOfResults="${records}"><bns:queryToken>k2Jd9Qx+opaque/${page}Zw==</bns:queryToken>${results.join('')}</bns:results></bns:queryResponse></S:Body></S:Envelope>`;
}

/** Median time of each decoder over all pages; the decoders take turns, so drift in the machine's load hits them alike. */
function timeMs(pages: string[], decoders: ((xml: string) => unknown)[], repeats: number): number[] {
  for (const decode of decoders) for (const p of pages.slice(0, 20)) decode(p); // warm up
  const runs: number[][] = decoders.map(() => []);
  for (let r = 0; r < repeats; r++) {
    decoders.forEach((decode, i) => {
      const started = performance.now();
      for (const p of pages) decode(p);
      runs[i]!.push(performance.now() - started);
    });
  }
  return runs.map(median);
}

/** The floor: the same SAX parser, delivering its events to handlers that do nothing. */
function bareSax(xml: string): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('opentag', () => {});
  parser.on('closetag', () => {});
  parser.on('text', () => {});
  parser.write(xml).close();
}

export async function runDecodeBench(): Promise<{ ours: number; soap: number; sax: number }> {
  const pages = Array.from({ length: 150 }, (_, i) => queryPage(100, i));
  const megabytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1024 / 1024;
  const client = await createClientAsync(new URL('../wsdl/PartnerApi.wsdl', import.meta.url).pathname);
  const registry = registryOf(portTypes);
  const ourDecoder = (xml: string) => {
    const { value } = decodeMessage(xml, queryOperation.output, registry) as { value?: { results: { result: unknown[] } } };
    if (value?.results.result.length !== 100) throw new Error('decoding lost records');
  };
  const [ours, soap, sax] = timeMs(pages, [ourDecoder, (xml) => client.wsdl.xmlToObject(xml), bareSax], 9) as [number, number, number];
  const rate = (ms: number) => (megabytes / (ms / 1000)).toFixed(1);
  console.log(`decoding ${pages.length} query pages of 100 ExecutionRecords (${megabytes.toFixed(1)} MB), median of 9 runs`);
  console.log(`  ours (codec)      ${ours.toFixed(0).padStart(6)} ms  ${rate(ours)} MB/s`);
  console.log(`  node-soap client  ${soap.toFixed(0).padStart(6)} ms  ${rate(soap)} MB/s`);
  console.log(`  bare SAX (saxes)  ${sax.toFixed(0).padStart(6)} ms  ${rate(sax)} MB/s`);
  console.log(`  throughput ours / node-soap: ${(soap / ours).toFixed(2)}× (target ≥ 5×); time ours / bare SAX: ${(ours / sax).toFixed(2)}× (target ≤ 1.5×)`);
  return { ours, soap, sax };
}
