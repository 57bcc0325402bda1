/** Per model type, the filter property names for the schema's connector annotation (xs:appinfo). */
import type { Capabilities } from '../../../templates/runtime/boomi/capabilities.ts';

export function filterFieldsByType(capabilities: Capabilities): Map<string, string[]> {
  const byType = new Map<string, string[]>();
  for (const facts of Object.values(capabilities.objects)) {
    if (facts.query && facts.query.fields.length > 0) byType.set(facts.modelType, facts.query.fields.map((f) => f.property));
  }
  return byType;
}
