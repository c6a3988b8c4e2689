import type { Monaco } from '@monaco-editor/react';

/** The sandbox's console (quota-limited, shown under "console output"): the only host API. */
const SANDBOX_GLOBALS = `declare const console: {
  log(...values: unknown[]): void;
  info(...values: unknown[]): void;
  debug(...values: unknown[]): void;
  warn(...values: unknown[]): void;
  error(...values: unknown[]): void;
};`;

/**
 * Sets Monaco's TypeScript worker to what the sandbox offers: ES2022, no DOM, strict, and the
 * sandbox's console. `ignoredDiagnostics` lists error codes the editor should not mark.
 */
export function configureSandboxTypeScript(monaco: Monaco, options: { ignoredDiagnostics?: number[]; nodeModuleResolution?: boolean } = {}): void {
  const ts = (monaco as unknown as { typescript?: Monaco['languages']['typescript'] }).typescript ?? monaco.languages.typescript;
  ts.typescriptDefaults.setCompilerOptions({
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    ...(options.nodeModuleResolution ? { moduleResolution: ts.ModuleResolutionKind.NodeJs } : {}),
    lib: ['es2022'],
    noEmit: true,
    allowNonTsExtensions: true,
  });
  ts.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false, diagnosticCodesToIgnore: options.ignoredDiagnostics ?? [] });
  ts.typescriptDefaults.setExtraLibs([{ content: SANDBOX_GLOBALS, filePath: 'file:///sandbox-globals.d.ts' }]);
}
