// Monaco's own worker: diffing, links and word completion for every editor of the explorer.
import 'monaco-editor/esm/vs/editor/editor.worker.js';
