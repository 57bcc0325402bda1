/** Paths the tests share: the repo root, and the fidelity material beside the repo (CI has it; a user's clone may not). */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const realPlatformDir = process.env.BOOMI_REAL_2023_DIR ?? join(repoRoot, '../shared/boomi/real-platform-2023');
export const realPlatformWsdl = join(realPlatformDir, 'BoomiApiVersion1.wsdl');

/** For the fidelity tests: true when the real 2023 files are present, with the reason printed when not. */
export function haveRealPlatform(): boolean {
  const present = existsSync(realPlatformWsdl);
  if (!present) console.log(`skipping: the real 2023 Platform WSDL is not at ${realPlatformWsdl} (it is present in CI only)`);
  return present;
}

export const openApiSpec = process.env.BOOMI_OPENAPI_SPEC ?? join(repoRoot, '../shared/boomi/platformOpenAPISv3.0.3.json');

/** For the tests that rebuild wsdl/ from Boomi's OpenAPI spec: true when it is present, with the reason printed when not. */
export function haveOpenApiSpec(): boolean {
  const present = existsSync(openApiSpec);
  if (!present) console.log(`skipping: Boomi's OpenAPI spec is not at ${openApiSpec} (it is present in CI only)`);
  return present;
}

/** A fresh folder inside the repository (ignored by git), so generated SDKs there resolve the project's node_modules. */
export function repoTemp(prefix: string): string {
  mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
  return mkdtempSync(join(repoRoot, '.tmp', `${prefix}-`));
}

export const seedsDir = process.env.BOOMI_SEEDS_DIR ?? join(repoRoot, '../shared/boomi/seeds');
/** Boomi's Account object page, with its SOAP envelopes. */
export const accountPageFile = join(seedsDir, '003_541201ffaeaab121.txt');

/** For the tests that hold the SDK to Boomi's Account page: true when it is present, with the reason printed when not. */
export function haveAccountPage(): boolean {
  const present = existsSync(accountPageFile);
  if (!present) console.log(`skipping: Boomi's Account page is not at ${accountPageFile} (it is present in CI only)`);
  return present;
}
