/**
 * node --import tsx tools/corpus/roundtrip-cli.ts <wsdl> [--soap12] [--sdk <dir>]
 *
 * The round-trip stage of one corpus entry, in a process of its own (node-soap may hang or
 * throw on a WSDL, and the run must go on). Prints the result as one JSON line.
 */
import { parseArgs } from 'node:util';
import { roundTrip } from './roundtrip.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { soap12: { type: 'boolean' }, sdk: { type: 'string' } } });
if (positionals.length !== 1) {
  console.error('usage: roundtrip-cli.ts <wsdl> [--soap12] [--sdk <dir>]');
  process.exit(2);
}
const result = await roundTrip(positionals[0]!, { soap12: values.soap12 ?? false, ...(values.sdk ? { sdkDir: values.sdk } : {}) });
console.log(JSON.stringify(result));
process.exit(0);
