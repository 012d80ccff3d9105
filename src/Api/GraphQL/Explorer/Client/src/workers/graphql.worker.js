// monaco-graphql's language service: validation, completion and hover docs from the introspected schema.
import 'monaco-graphql/esm/graphql.worker.js';
