/** The handwritten runtime in templates/runtime, copied into the generated SDK as it is. */
import { readdirSync, readFileSync } from 'node:fs';

export const RUNTIME_TEMPLATES = new URL('../../templates/runtime/', import.meta.url);

export function runtimeModules(): string[] {
  return readdirSync(RUNTIME_TEMPLATES).filter((f) => f.endsWith('.ts')).sort();
}

export function runtimeSource(module: string): string {
  return readFileSync(new URL(module, RUNTIME_TEMPLATES), 'utf8');
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
