/**
 * The generator's own folder, for the runtime templates and the Partner API's capabilities it
 * ships. The only place the generator reads its own location: run from its sources this file is
 * generator/project-root.ts, built it is bundled into dist/cli.js — one folder below the root either way.
 */
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../', import.meta.url));
