import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './explorer.css';

const root = document.getElementById('graphiql');
const { endpoint, editorWorker, jsonWorker, graphqlWorker } = root.dataset;

// Monaco runs its language services in workers. The page names their URLs (hashed, on our own host),
// so the Content-Security-Policy can stay worker-src 'self'.
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'graphql':
        return new Worker(graphqlWorker);
      case 'json':
        return new Worker(jsonWorker);
      default:
        return new Worker(editorWorker);
    }
  },
};

/**
 * Sends an operation as GraphQL over HTTP describes: POST application/json, asking for
 * application/graphql-response+json first. A request error comes back as a 4xx with a JSON body,
 * which is shown like any other result.
 */
async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      ...options?.headers,
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

// Shown on a first visit; the intro above the explorer says how to run it.
const defaultQuery = `# The newest published news, in English
query LatestNews {
  news(first: 3, culture: EN) {
    totalCount
    edges {
      node {
        title
        published
        url
      }
    }
  }
}
`;

createRoot(root).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} defaultTheme="light" />);
