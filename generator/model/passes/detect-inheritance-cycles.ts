/** A type that extends itself, directly or not, has no meaning in XSD or TypeScript. */
import { LoadError } from '../../load/load-error.ts';
import type { SchemaModel } from '../ir.ts';

export function detectInheritanceCycles(model: SchemaModel): void {
  for (const start of model.types.values()) {
    const seen = new Set<string>([start.id]);
    for (let t = start; t.base !== undefined; ) {
      if (seen.has(t.base)) {
        throw new LoadError(start.source.file, `inheritance cycle: ${[...seen].map((id) => model.types.get(id)?.qname?.name ?? id).join(' → ')} → ${model.types.get(t.base)?.qname?.name ?? t.base} (${start.source.path})`, start.source);
      }
      seen.add(t.base);
      t = model.types.get(t.base)!;
    }
  }
}
