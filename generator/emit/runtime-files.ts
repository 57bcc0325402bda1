/** The handwritten runtime in templates/runtime, copied into the generated SDK as it is. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root.ts';

const RUNTIME_TEMPLATES = join(projectRoot, 'templates/runtime');

/** Paths of the runtime's modules relative to templates/runtime, sorted (`metadata.ts`, `xml/decode.ts`, …). */
export function runtimeModules(dir = ''): string[] {
  return readdirSync(join(RUNTIME_TEMPLATES, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      return entry.isDirectory() ? runtimeModules(path) : entry.name.endsWith('.ts') ? [path] : [];
    })
    .sort();
}

export function runtimeSource(module: string): string {
  return readFileSync(join(RUNTIME_TEMPLATES, module), 'utf8');
}

/** Names the runtime exports: the SDK's index exports them too, so schema types must not take them. */
export function runtimeExportNames(): Set<string> {
  const names = new Set<string>();
  for (const module of runtimeModules()) {
    for (const m of runtimeSource(module).matchAll(/^export\s+(?:declare\s+)?(?:abstract\s+)?(?:const|let|type|interface|function|class|enum)\s+([A-Za-z_$][\w$]*)/gm)) {
      names.add(m[1]!);
    }
  }
  return names;
}
