'use client';
import Editor, { loader, type Monaco, type OnMount } from '@monaco-editor/react';
import type { editor } from 'monaco-editor';
import { useRef } from 'react';
import { editorLanguage } from '../../../lib/authoring-files';
import { configureSandboxTypeScript } from '../../../lib/sandbox-typescript';

// Same bundle as the student editor: served by our own server, no CDN.
loader.config({ paths: { vs: '/monaco/vs' } });

/** "Cannot find module" and "no declaration file": checks import @dl/graders, @dl/reference and helpers the browser does not have. */
const UNRESOLVED_IMPORT_CODES = [2307, 2792, 7016];

/** The exercise's files are graded in the sandbox; their imports stay untyped here rather than marked as errors. */
const configureTypeScript = (monaco: Monaco) => configureSandboxTypeScript(monaco, { ignoredDiagnostics: UNRESOLVED_IMPORT_CODES, nodeModuleResolution: true });

/**
 * Prose wraps, and French statements are full of ’ and « », not worth a warning each. Both
 * sets are complete: the editor keeps options it is not given again when the file changes.
 */
const PROSE_OPTIONS: editor.IStandaloneEditorConstructionOptions = { wordWrap: 'on', unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false } };
const CODE_OPTIONS: editor.IStandaloneEditorConstructionOptions = { wordWrap: 'off', unicodeHighlight: { ambiguousCharacters: true, invisibleCharacters: true } };

export interface FileEditorProps {
  slug: string;
  path: string;
  value: string;
  loadingLabel: string;
  onChange(path: string, value: string): void;
  /** Called once the editor exists; `onSave` is what Ctrl+S does. */
  onReady(instance: editor.IStandaloneCodeEditor, monaco: Monaco): void;
  onSave(): void;
}

/**
 * One Monaco editor for the whole folder: each file is its own model (own undo history and
 * cursor), switched by `path`.
 */
export function FileEditor({ slug, path, value, loadingLabel, onChange, onReady, onSave }: FileEditorProps) {
  const latest = useRef({ onReady, onSave });
  latest.current = { onReady, onSave };

  const handleMount: OnMount = (instance, monaco) => {
    instance.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => latest.current.onSave());
    window.__dlEditor = instance;
    latest.current.onReady(instance, monaco);
  };

  return (
    <div className="editor" data-testid="authoring-editor" data-file={path}>
      <Editor
        height="100%"
        path={`file:///authoring/${slug}/${path}`}
        language={editorLanguage(path)}
        value={value}
        theme="vs"
        loading={<div className="editor-loading">{loadingLabel}</div>}
        beforeMount={configureTypeScript}
        onMount={handleMount}
        onChange={(next) => onChange(path, next ?? '')}
        options={{ minimap: { enabled: false }, fontSize: 14, tabSize: 2, scrollBeyondLastLine: false, automaticLayout: true, ...(path.endsWith('.md') ? PROSE_OPTIONS : CODE_OPTIONS) }}
      />
    </div>
  );
}
