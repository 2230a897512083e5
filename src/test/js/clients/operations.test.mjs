// A real client against the running server: Apollo Client (with a normalised cache that knows the Source union
// and the Node interface, from graphql-codegen's fragment matcher) runs every example in graphql/operations with
// its default variables. Needs KATHAN_URL (run through .ci/with-server) and `npm run codegen` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { buildSchema, parse, validate } from 'graphql';
import { repo } from './schema-files.mjs';

const url = process.env.KATHAN_URL;
if (!url) throw new Error('KATHAN_URL is not set: run this through .ci/with-server');

const possibleTypesFile = join(repo, 'target/generated-ts/possible-types.json');
if (!existsSync(possibleTypesFile)) throw new Error(`${possibleTypesFile} is missing: run npm run codegen first`);
const { possibleTypes } = JSON.parse(readFileSync(possibleTypesFile, 'utf8'));

const client = new ApolloClient({
  link: new HttpLink({ uri: `${url}/graphql` }),
  cache: new InMemoryCache({ possibleTypes }),
  defaultOptions: { query: { fetchPolicy: 'network-only', errorPolicy: 'none' } },
});

const dir = join(repo, 'graphql/operations');
const operations = readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();

test('there are example operations', () => {
  assert.ok(operations.length >= 5, operations.join(', '));
});

test('every example validates against the schema the server publishes', async () => {
  const published = buildSchema(await (await fetch(`${url}/graphql/schema`)).text());
  for (const file of operations) {
    const errors = validate(published, parse(readFileSync(join(dir, file), 'utf8')));
    assert.deepEqual(errors.map(String), [], file);
  }
});

for (const file of operations) {
  test(`${file} runs through Apollo Client and finds something`, async () => {
    const document = gql(readFileSync(join(dir, file), 'utf8'));
    const variables = {};
    if (document.definitions[0].variableDefinitions.some((v) => v.variable.name.value === 'id')) {
      // Node needs an id: take one from a first query, as a client would.
      const first = await client.query({ query: gql('{ quotes(first: 1) { nodes { id } } }') });
      variables.id = first.data.quotes.nodes[0].id;
    }
    const { data, error } = await client.query({ query: document, variables });
    assert.equal(error, undefined);
    const answers = Object.entries(data).filter(([key]) => key !== '__typename');
    assert.equal(answers.length, 1, JSON.stringify(data));
    const [[field, answer]] = answers;
    assert.ok(answer, `${file}: ${field} is null`);
    if (typeof answer === 'object' && 'totalCount' in answer) {
      assert.ok(answer.totalCount > 0, `${file}: ${field}.totalCount is ${answer.totalCount}`);
      assert.ok(answer.nodes.length > 0, `${file}: ${field}.nodes is empty`);
    }
    if (variables.id) assert.equal(answer.id, variables.id);
  });
}

test('the cache normalises: a quote read twice is one object, found by its id', async () => {
  const query = gql('query { quotes(first: 1) { nodes { id text speaker { ... on Person { id name } } } } }');
  const { data } = await client.query({ query });
  const quote = data.quotes.nodes[0];
  const cached = client.cache.readFragment({
    id: client.cache.identify({ __typename: 'Quote', id: quote.id }),
    fragment: gql('fragment Q on Quote { id text }'),
  });
  assert.equal(cached.text, quote.text);
});
