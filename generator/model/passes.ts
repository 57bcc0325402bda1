/**
 * The passes over the IR, in order. Each is one idea in its own file under passes/; adding a
 * behaviour means adding a pass here.
 */
import type { SchemaModel } from './ir.ts';
import { detectInheritanceCycles } from './passes/detect-inheritance-cycles.ts';
import { linkHierarchy } from './passes/link-hierarchy.ts';
import { nameTypes } from './passes/name-types.ts';
import { nameFields } from './passes/name-fields.ts';
import { declareNames } from './passes/declare-names.ts';
import { applyBoomiProfile } from '../profile/boomi-profile.ts';
import { noteUnsupportedOperations } from './ports.ts';
import type { Capabilities } from '../../templates/runtime/boomi/capabilities.ts';

export interface PassOptions {
  reservedNames: ReadonlySet<string>;
  /** The Boomi profile's facts, and where they were read from. */
  capabilities?: { facts: Capabilities; source: string } | undefined;
}

export const PASSES: { name: string; run: (model: SchemaModel, options: PassOptions) => void }[] = [
  { name: 'note unsupported operations', run: noteUnsupportedOperations },
  { name: 'detect inheritance cycles', run: detectInheritanceCycles },
  { name: 'link type hierarchy', run: linkHierarchy },
  { name: 'name types', run: nameTypes },
  { name: 'name fields', run: nameFields },
  { name: 'apply the Boomi profile', run: (model, options) => options.capabilities && applyBoomiProfile(model, options.capabilities.facts, options.capabilities.source) },
  { name: 'declare names', run: declareNames },
];

export function runPasses(model: SchemaModel, options: PassOptions): void {
  for (const pass of PASSES) pass.run(model, options);
}
