/** The handwritten runtime in templates/runtime, copied into the generated SDK as it is. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root.ts';
import { BOOMI_PUBLIC_NAMES } from '../../templates/runtime/boomi/public-names.ts';
import { CORE_PUBLIC_NAMES } from '../../templates/runtime/core/public-names.ts';

const RUNTIME_TEMPLATES = join(projectRoot, 'templates/runtime');

/** Paths of the runtime's modules relative to templates/runtime (`metadata.ts`, `xml/decode.ts`, …), in no set order: generate() sorts its files. */
export function runtimeModules(dir = ''): string[] {
  return readdirSync(join(RUNTIME_TEMPLATES, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? runtimeModules(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

export function runtimeSource(module: string): string {
  return readFileSync(join(RUNTIME_TEMPLATES, module), 'utf8');
}

/** Names the SDK's index exports from the runtime (declared by the runtime itself): schema types must not take them. */
export function runtimePublicNames(profile: boolean): string[] {
  return profile ? [...CORE_PUBLIC_NAMES, ...BOOMI_PUBLIC_NAMES] : [...CORE_PUBLIC_NAMES];
}
