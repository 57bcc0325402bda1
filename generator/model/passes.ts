/**
 * The passes over the IR, in order. Each is one idea in its own file under passes/; adding a
 * behaviour means adding a pass here.
 */
import type { SchemaModel } from './ir.ts';
import { detectInheritanceCycles } from './passes/detect-inheritance-cycles.ts';
import { linkHierarchy } from './passes/link-hierarchy.ts';
import { nameTypes } from './passes/name-types.ts';
import { renameClashingTypes } from './passes/rename-clashing-types.ts';
import { nameFields } from './passes/name-fields.ts';

export interface PassOptions {
  reservedNames: ReadonlySet<string>;
}

export const PASSES: { name: string; run: (model: SchemaModel, options: PassOptions) => void }[] = [
  { name: 'detect inheritance cycles', run: detectInheritanceCycles },
  { name: 'link type hierarchy', run: linkHierarchy },
  { name: 'name types', run: nameTypes },
  { name: 'rename clashing types', run: renameClashingTypes },
  { name: 'name fields', run: nameFields },
];

export function runPasses(model: SchemaModel, options: PassOptions): void {
  for (const pass of PASSES) pass.run(model, options);
}
