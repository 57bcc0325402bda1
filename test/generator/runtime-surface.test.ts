// The names the runtime says it exports (public-names.ts, which the naming pass reserves) are
// exactly what its index modules export.
import { join } from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { BOOMI_PUBLIC_NAMES } from '../../templates/runtime/boomi/public-names.ts';
import { CORE_PUBLIC_NAMES } from '../../templates/runtime/core/public-names.ts';
import { repoRoot } from '../support/paths.ts';

const project = new Project({ tsConfigFilePath: join(repoRoot, 'tsconfig.json'), skipAddingFilesFromTsConfig: true });

function exportedNames(file: string): string[] {
  return [...project.addSourceFileAtPath(join(repoRoot, 'templates/runtime', file)).getExportedDeclarations().keys()].sort();
}

describe('the runtime’s declared public names', () => {
  it('are the core index’s exports', () => {
    expect([...CORE_PUBLIC_NAMES].sort()).toEqual(exportedNames('core/index.ts'));
  });

  it('are the Boomi profile index’s exports', () => {
    expect([...BOOMI_PUBLIC_NAMES].sort()).toEqual(exportedNames('boomi/index.ts'));
  });
});
