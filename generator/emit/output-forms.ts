/**
 * The SDK's two forms. Sources: every module as TypeScript, for applications that compile it
 * with their own code. A package: every module as an ES module (`.js`, from the printed source
 * with esbuild's type stripping) and its declarations (`.d.ts`: generated modules printed from
 * the same structures without bodies, the handwritten runtime through TypeScript's
 * per-file declaration emit), with a package.json that says what the package exports and needs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ts } from 'ts-morph';
import { projectRoot } from '../project-root.ts';
import { printDeclarations, printModule, type Statement } from './code.ts';

/** esbuild, loaded on first use: only the package form needs it, and most runs write sources. */
let loadedEsbuild: typeof import('esbuild') | undefined;
function esbuild(): typeof import('esbuild') {
  return (loadedEsbuild ??= createRequire(join(projectRoot, 'package.json'))('esbuild') as typeof import('esbuild'));
}

export interface EmittedModule {
  /** Path from the SDK's root, without extension (`objects/account`). */
  path: string;
  imports: Statement[];
  statements: Statement[];
}

export interface RuntimeModule {
  /** Path from the SDK's root, with its `.ts` extension. */
  path: string;
  text: string;
}

export interface PackageOptions {
  name: string;
  version?: string | undefined;
}

/** The packages the runtime imports, as this project depends on them. */
const RUNTIME_DEPENDENCIES = ['saxes'];

/**
 * How a form turns modules into files. Each module is printed as soon as it is built, so that
 * its structures do not outlive it: with every module's held to the end, 20 000 schema types
 * kept over a gigabyte alive, and garbage collection took a third of the run.
 */
export interface OutputForm {
  module(m: EmittedModule): [path: string, text: string][];
  /** The runtime's files and the package.json. */
  rest(runtime: RuntimeModule[]): [path: string, text: string][];
}

export function sourceForm(header: string): OutputForm {
  return {
    module: (m) => [[`${m.path}.ts`, printModule(header, m.imports, m.statements)]],
    // The SDK is ES modules: said where Node and TypeScript look, whatever the folder it lands in.
    rest: (runtime) => [...runtime.map((r): [string, string] => [r.path, r.text]), ['package.json', json({ type: 'module', sideEffects: false })]],
  };
}

export function packageForm(header: string, options: PackageOptions & { description: string }): OutputForm {
  return {
    module: (m) => [
      [`${m.path}.js`, javaScript(printModule(header, m.imports, m.statements), `${m.path}.ts`, header)],
      [`${m.path}.d.ts`, printDeclarations(header, m.imports, m.statements)],
    ],
    rest: (runtime) => [
      ...runtime.flatMap((r): [string, string][] => {
        const stem = r.path.replace(/\.ts$/, '');
        return [
          [`${stem}.js`, javaScript(r.text, r.path, header)],
          [`${stem}.d.ts`, runtimeDeclarations(r)],
        ];
      }),
      ['package.json', json(packageJson(options))],
    ],
  };
}

function javaScript(source: string, path: string, header: string): string {
  return esbuild().transformSync(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: path, banner: `// ${header}`, tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } } }).code;
}

/** The runtime states every exported type, so each file's declarations come without a type checker (isolatedDeclarations). */
function runtimeDeclarations(r: RuntimeModule): string {
  // transpileDeclaration always declares in isolation, and always reports what stops it.
  const out = ts.transpileDeclaration(r.text, { fileName: r.path });
  const problems = out.diagnostics ?? [];
  if (problems.length > 0) throw new Error(`templates/${r.path}: no declarations without inference: ${ts.flattenDiagnosticMessageText(problems[0]!.messageText, ' ')}`);
  return out.outputText;
}

function packageJson(options: PackageOptions & { description: string }): object {
  const own = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; engines?: { node?: string } };
  return {
    name: options.name,
    version: options.version ?? '0.0.0',
    description: options.description,
    type: 'module',
    sideEffects: false,
    main: './index.js',
    types: './index.d.ts',
    exports: {
      '.': { types: './index.d.ts', default: './index.js' },
      './package.json': './package.json',
      './api-surface.json': './api-surface.json',
      './*': { types: './*.d.ts', default: './*.js' },
    },
    engines: { node: own.engines?.node ?? '>=20.19' },
    dependencies: Object.fromEntries(RUNTIME_DEPENDENCIES.map((d) => [d, own.dependencies[d]])),
  };
}

function json(value: object): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
