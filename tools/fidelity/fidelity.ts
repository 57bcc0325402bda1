/** The whole check, for the command and the tests: differences with their evidence, drift, the README section. */
import type { Change } from '../../generator/surface/changes.ts';
import type { OpenApiSpec } from '../reconstruct/openapi.ts';
import { compareWithReal, type FidelityReport } from './compare-schemas.ts';
import { breakingDriftFromReal, unaccountedDrift } from './drift-from-real.ts';
import { evidenceFor, unusedDocumented } from './evidence.ts';
import { readmeSection, summaryLines, type Explained } from './report.ts';

export interface FidelityCheck {
  report: FidelityReport;
  explained: Explained[];
  /** Breaking changes `npm run drift` reports from the 2023 schema to ours, and those no listed difference accounts for. */
  breaking: Change[];
  unaccounted: Change[];
  /** Written-down evidence for differences that no longer exist. */
  unused: { kind: string; where: string }[];
  summary: string[];
  section: string;
}

export async function checkFidelity(oursWsdl: string, realWsdl: string, spec: OpenApiSpec | undefined): Promise<FidelityCheck> {
  const report = await compareWithReal(oursWsdl, realWsdl);
  const explained = report.differences.map((d) => ({ ...d, evidence: evidenceFor(d, { spec, realOperations: report.realOperations }) }));
  const breaking = await breakingDriftFromReal(oursWsdl, realWsdl);
  const unaccounted = unaccountedDrift(breaking, explained.filter((d) => d.evidence !== undefined));
  const summary = summaryLines(report, explained, breaking, unaccounted);
  return { report, explained, breaking, unaccounted, unused: unusedDocumented(report.differences), summary, section: readmeSection(summary, explained) };
}
