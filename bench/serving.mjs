// Serving and ingestion speed of a running Kathan (KATHAN_URL, KATHAN_KEY for ingests), started by
// bench/serving.sh once per database. Loads three example operations with autocannon at a fixed concurrency for a
// fixed time, then measures ingestion through the full pipeline, and prints one JSON line of results.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const url = process.env.KATHAN_URL;
const key = process.env.KATHAN_KEY;
const connections = Number(process.env.CONNECTIONS ?? 8);
const duration = Number(process.env.SECONDS ?? 15);
const ingests = Number(process.env.INGESTS ?? 200);

const read = (name) => readFileSync(new URL(`../graphql/operations/${name}.graphql`, import.meta.url), 'utf8');
const OPERATIONS = [
  { name: 'quotes by person (page of 50)', query: read('QuotesByPerson'), variables: { first: 50 } },
  { name: 'claims by anonymous source', query: read('AnonymousClaims'), variables: {} },
  { name: 'events in a date range', query: read('EventsInRange'), variables: {} },
];

async function load(op) {
  const body = JSON.stringify({ query: op.query, variables: op.variables });
  const check = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    .then((r) => r.json());
  if (check.errors) throw new Error(`${op.name}: ${JSON.stringify(check.errors)}`);
  // Warm-up, not measured: the JIT compiles the hot paths of a fresh JVM in the first seconds.
  await autocannon({ url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body,
    connections, duration: 5 });
  const result = await autocannon({
    url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body,
    connections, duration,
  });
  return { operation: op.name, requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const SYLLABLES = ['ka', 'ra', 'va', 'ni', 'lo', 'shu', 'de', 'ma', 'ti', 'pa', 'go', 'sa'];
function surname(n) {
  let s = '';
  const used = new Set();
  for (let i = 0; s.length < 8; i++) {
    const syllable = SYLLABLES[(n * 7 + i * 5 + Math.floor(n / 12)) % SYLLABLES.length];
    if (!used.has(syllable)) { used.add(syllable); s += syllable; }
  }
  return s[0].toUpperCase() + s.slice(1);
}
const TEXT = (name) => ` date 2026-03-09 Farmers' leader ${name} quits Lok Kalyan Manch\n\nBhopal, March 9: Farmers' leader Ramesh ${name} resigned from the Lok Kalyan Manch on Monday.\n\n"I have given my life to this party, but it no longer listens to farmers," ${name} said.\n\nSources close to ${name} said that he would join another party next week.\n`;

async function ingestRate() {
  const started = performance.now();
  let next = 0;
  let failed = 0;
  const run = process.hrtime.bigint();
  async function worker() {
    while (next < ingests) {
      const n = next++;
      const r = await fetch(`${url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: 'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { changed } }',
          variables: { i: { externalId: `bench/serving-${run}-${n}`, text: TEXT(surname(n)) } } }),
      }).then((x) => x.json());
      if (r.errors) failed++;
    }
  }
  await Promise.all([0, 1, 2, 3].map(worker));
  const seconds = (performance.now() - started) / 1000;
  return { articles: ingests, failed, articlesPerSecond: Math.round((ingests / seconds) * 10) / 10 };
}

const serving = [];
for (const op of OPERATIONS) serving.push(await load(op));
console.log(JSON.stringify({ connections, duration, serving, ingestion: key ? await ingestRate() : null }));
