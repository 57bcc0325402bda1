/** npm run check-wsdl -- [path to a WSDL or its folder]: default wsdl/. Exit 1 on the first problem. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkWsdl } from './check-wsdl.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

checkWsdl(process.argv[2] ?? join(repoRoot, 'wsdl')).then(
  (report) => {
    const c = report.counts;
    console.log(`every QName resolves; node-soap loads it offline and lists the same ${report.operations.length} operations:`);
    console.log(`  ${report.operations.join(', ')}`);
    console.log(`documents ${c.documents}, messages ${c.messages}, global elements ${c.globalElements}, complex types ${c.complexTypes}, enumerations ${c.enumerations}, objects (types deriving from BaseType) ${c.objects}`);
  },
  (error: unknown) => {
    console.error(`check-wsdl: ${(error as Error).message}`);
    process.exit(1);
  },
);
