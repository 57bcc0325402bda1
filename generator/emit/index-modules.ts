/**
 * The SDK's index barrels: `models/index.ts` (every model module), `objects/index.ts` (every
 * object module), and `index.ts`, which also exports the port clients, the actions, the
 * aggregate client and the runtime's public surface. Operation descriptions stay in their port
 * modules (imported by path), so every name the index exports is one the naming pass declared.
 */
import { StructureKind, type ExportDeclarationStructure } from 'ts-morph';
import { ACTIONS_MODULE, CLIENT_MODULE } from './client-module.ts';
import type { Statement } from './code.ts';
import { relativeSpecifier } from './imports.ts';
import type { PortView } from '../model/ports.ts';
import type { EmitContext } from './type-text.ts';

export function indexStatements(ctx: EmitContext, modelModules: string[], ports: PortView[], profile: boolean): [string, Statement[]][] {
  const all = (from: string, modules: string[]): ExportDeclarationStructure[] => modules.map((m) => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier: relativeSpecifier(from, m) }));
  const out: [string, Statement[]][] = [['models/index', all('models/index', modelModules)]];
  const root: Statement[] = [...all('index', ['models/index'])];
  for (const port of ports) {
    const names = ctx.names.ports.get(port.key)!;
    root.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: relativeSpecifier('index', names.module), namedExports: [names.className] });
  }
  if (profile) {
    const objectModules = [...ctx.names.objects.values()].map((n) => n.module).sort();
    out.push(['objects/index', all('objects/index', objectModules)]);
    root.push(...all('index', ['objects/index', ACTIONS_MODULE, CLIENT_MODULE]));
  }
  root.push(...all('index', profile ? ['runtime/core/index', 'runtime/boomi/index'] : ['runtime/core/index']));
  out.push(['index', root]);
  return out;
}
