'use client';
import Editor, { loader, type Monaco, type OnMount } from '@monaco-editor/react';
import type { editor } from 'monaco-editor';
import { useRef } from 'react';
import { configureSandboxTypeScript } from '../../../lib/sandbox-typescript';

// Monaco comes from our own server (copied by scripts/copy-monaco.mjs): no CDN, the
// platform must work offline.
loader.config({ paths: { vs: '/monaco/vs' } });

declare global {
  interface Window {
    /** The editor instance, for browser tests: `window.__dlEditor.setValue(code)`. */
    __dlEditor?: editor.IStandaloneCodeEditor;
  }
}

/** localStorage key of a student's code for one exercise. */
export const storageKey = (slug: string) => `dl-code:${slug}`;

export interface CodeEditorProps {
  slug: string;
  starter: string;
  loadingLabel: string;
  /** Called once the editor exists, with it and the monaco namespace. */
  onReady(editor: editor.IStandaloneCodeEditor, monaco: Monaco): void;
}

/**
 * Monaco with the exercise's starter, or the student's saved code for this exercise
 * (localStorage, saved on every change).
 */
export function CodeEditor({ slug, starter, loadingLabel, onReady }: CodeEditorProps) {
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  const handleMount: OnMount = (instance, monaco) => {
    const saved = window.localStorage.getItem(storageKey(slug));
    if (saved !== null && saved !== instance.getValue()) instance.setValue(saved);
    instance.onDidChangeModelContent(() => window.localStorage.setItem(storageKey(slug), instance.getValue()));
    window.__dlEditor = instance;
    onReadyRef.current(instance, monaco);
  };

  return (
    <div className="editor" data-testid="editor">
      <Editor
        height="100%"
        language="typescript"
        path={`file:///exercises/${slug}/solution.ts`}
        defaultValue={starter}
        theme="vs"
        loading={<div className="editor-loading">{loadingLabel}</div>}
        beforeMount={(monaco) => configureSandboxTypeScript(monaco)}
        onMount={handleMount}
        options={{ minimap: { enabled: false }, fontSize: 14, tabSize: 2, scrollBeyondLastLine: false, automaticLayout: true }}
      />
    </div>
  );
}
