// Monaco's JSON language service: checks the variables and headers editors.
import 'monaco-editor/esm/vs/language/json/json.worker.js';
