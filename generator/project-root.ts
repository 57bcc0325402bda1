/**
 * The project's folder, for the committed wsdl/, generated/ and templates/. The only place the
 * generator reads its own location: bin/generate.mjs runs it as one bundled module and points
 * `import.meta.url` at this file.
 */
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../', import.meta.url));
