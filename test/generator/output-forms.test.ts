// The package form of runtime modules of its own: each as ES2022 JavaScript that keeps its
// imports as written, and declarations that need no type checker — a module whose exported
// types would need inference is refused, naming it.
import { describe, expect, it } from 'vitest';
import { packageForm } from '../../generator/emit/output-forms.ts';

const form = () => packageForm('Generated.', { name: 'sdk', description: 'An SDK.' });
const runtimeFiles = (path: string, text: string) => Object.fromEntries(form().rest([{ path, text }]));

describe('the package form of a runtime module', () => {
  it('is ES2022 JavaScript that keeps its imports as written, even one it does not use', () => {
    const text = "import { unused } from './other.js';\nexport class Counter {\n  static #count = 0;\n  accessor value = 1;\n  next(): number {\n    return ++Counter.#count;\n  }\n}\n";
    const js = runtimeFiles('runtime/counter.ts', text)['runtime/counter.js']!;
    expect(js.split('\n')[0]).toBe('// Generated.');
    // verbatimModuleSyntax: the import stays, as the module states it.
    expect(js).toContain('import { unused } from "./other.js";');
    // ES2022 has private static fields but no auto-accessors: those are lowered.
    expect(js).toContain('static #count = 0;');
    expect(js).not.toMatch(/^\s*accessor value/m);
    expect(js).not.toContain(': number');
    // As an ES module's, its exports are listed at its end.
    expect(js).toMatch(/^export \{\n  Counter\n\};$/m);
  });

  it('declares what a module exports with the types it states', () => {
    const files = runtimeFiles('runtime/add.ts', 'export function add(a: number, b: number): number {\n  return a + b;\n}\n');
    expect(files['runtime/add.d.ts']).toBe('export declare function add(a: number, b: number): number;\n');
  });

  it('refuses a module whose declarations would need inference, naming it and what is missing', () => {
    expect(() => runtimeFiles('runtime/guess.ts', 'export function guess(a: number) {\n  return a + 1;\n}\n')).toThrow(
      /^templates\/runtime\/guess\.ts: no declarations without inference: Function must have an explicit return type annotation with --isolatedDeclarations\.$/,
    );
  });
});
