// The explorer's only way to the archive: POST /graphql, the public API any client uses.

export class GraphQLRequestError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.errors = errors;
  }
}

export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The server answered ${response.status} without a GraphQL response`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  return body.data;
}

/**
 * The bodies of these articles, by id, in one request: node(id:) once per article under an alias. Quotes and
 * claims carry only their article's id, so a body shared by twenty quotes travels once.
 */
export async function articleBodies(ids) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const variables = Object.fromEntries(unique.map((id, i) => [`a${i}`, id]));
  const query = `query ArticleBodies(${unique.map((_, i) => `$a${i}: ID!`).join(', ')}) {
    ${unique.map((_, i) => `a${i}: node(id: $a${i}) { ... on Article { id body language } }`).join('\n    ')}
  }`;
  const data = await graphql(query, variables);
  return new Map(Object.values(data).filter(Boolean).map((article) => [article.id, article]));
}
