/** Where the corpus lives by default: `.corpus/` (the files) and `.tmp/corpus/` (runs), both ignored by git. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRootOfTools = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultCorpusDir = join(repoRootOfTools, '.corpus');
export const runsDir = join(repoRootOfTools, '.tmp/corpus');
