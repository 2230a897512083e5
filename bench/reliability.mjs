// Load and faults against a running Kathan on PostgreSQL; started by bench/reliability.sh, which passes:
//   KATHAN_URL, KATHAN_KEY (an editor key), DURATION (seconds), CONCURRENCY, RESTART_CMD (restarts PostgreSQL),
//   SERVER_PID (for jcmd and for the graceful shutdown), OUT (where to write the JSON results).
// Phases: 1. sustained mixed load (nine reads to one ingest) with PostgreSQL restarted halfway; 2. every ingest
// checked: each article the load tried to store is whole (its records equal those of a control ingest of the
// same text), and the article count is what it should be; 3. heap and connections before and after;
// 4. graceful shutdown: ingests in flight when SIGTERM arrives complete; none is cut off.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const url = process.env.KATHAN_URL;
const key = process.env.KATHAN_KEY;
const duration = Number(process.env.DURATION ?? 180) * 1000;
const concurrency = Number(process.env.CONCURRENCY ?? 16);
const restartCmd = process.env.RESTART_CMD;
const pid = process.env.SERVER_PID;
const out = process.env.OUT ?? 'target/reliability.json';

const read = (name) => readFileSync(new URL(`../graphql/operations/${name}.graphql`, import.meta.url), 'utf8');
const READS = ['QuotesByPerson', 'AnonymousClaims', 'EventsInRange'].map((name) => ({ name, query: read(name) }));
const INGEST = `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { changed article { id
  quotes { totalCount } claims { totalCount } events { id } } } }`;

// Article templates in both languages; {N} becomes a surname of its own, so each article names a new person.
const TEMPLATES = [
  ` date 2026-03-09 Farmers' leader {N} quits Lok Kalyan Manch\n\nBhopal, March 9: Farmers' leader Ramesh {N} resigned from the Lok Kalyan Manch on Monday.\n\n"I have given my life to this party, but it no longer listens to farmers," {N} said.\n\nSources close to {N} said that he would join another party next week.\n`,
  ` date 2026-04-14 Councillor {N} joins the BJP\n\nIndore, April 14: Councillor Sunita {N} joined the BJP on Tuesday in the presence of party leaders.\n\n"The city needs work, not slogans," {N} told reporters.\n`,
  ` date 2026-05-02 विधायक {N} ने पार्टी छोड़ी\n\nलखनऊ: विधायक रमेश {N} ने शनिवार को समाजवादी पार्टी से इस्तीफा दे दिया। {N} ने कहा, "मैं जनता के लिए काम करता रहूंगा।"\n\nसूत्रों के मुताबिक वह जल्द ही भाजपा में शामिल हो सकते हैं।\n`,
];
const SYLLABLES = ['ka', 'ra', 'va', 'ni', 'lo', 'shu', 'de', 'ma', 'ti', 'pa', 'go', 'sa'];
let serial = 0;
function surname() {
  let n = ++serial * 7919 + Date.now() % 1000;
  let s = '';
  for (let i = 0; i < 5; i++) { s += SYLLABLES[n % SYLLABLES.length]; n = Math.floor(n / SYLLABLES.length); }
  return s[0].toUpperCase() + s.slice(1);
}

async function post(query, variables, withKey) {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(withKey ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = await response.json().catch(() => null);
    return { status: response.status, body, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, body: null, error: String(error), ms: performance.now() - started };
  }
}

const ok = (r) => r.status === 200 && r.body && !r.body.errors && r.body.data;
const counts = (article) => ({ quotes: article.quotes.totalCount, claims: article.claims.totalCount, events: article.events.length });

async function metric(name, tag) {
  const r = await fetch(`${url}/actuator/metrics/${name}${tag ? `?tag=${tag}` : ''}`).then((x) => x.json()).catch(() => null);
  return r?.measurements?.[0]?.value ?? null;
}

async function resources() {
  if (pid) execSync(`jcmd ${pid} GC.run`, { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return {
    heapUsedMb: Math.round((await metric('jvm.memory.used', 'area:heap')) / 1048576),
    connectionsActive: await metric('hikaricp.connections.active'),
    connectionsTotal: await metric('hikaricp.connections'),
    threads: await metric('jvm.threads.live'),
  };
}

function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
}

const articlesBefore = (await post('{ articles { totalCount } }', {}, false)).body.data.articles.totalCount;
const before = await resources();

// Phase 1: sustained mixed load, PostgreSQL restarted halfway.
const attempts = []; // every ingest tried: { externalId, text, template, result }
const samples = []; // { at, kind, status, ms, ok }
const start = Date.now();
let restartAt = null;
let restartDone = null;
const restart = (async () => {
  if (!restartCmd) return;
  await new Promise((resolve) => setTimeout(resolve, duration / 2));
  restartAt = Date.now() - start;
  execSync(restartCmd, { stdio: 'ignore' });
  restartDone = Date.now() - start;
})();
async function worker(w) {
  let i = 0;
  while (Date.now() - start < duration) {
    i++;
    if (i % 10 === 0) {
      const template = (w + i) % TEMPLATES.length;
      const externalId = `bench/load-${w}-${i}-${start}`;
      const text = TEMPLATES[template].replaceAll('{N}', surname());
      const r = await post(INGEST, { i: { externalId, text } }, true);
      attempts.push({ externalId, text, template, ok: ok(r) });
      samples.push({ at: Date.now() - start, kind: 'ingest', status: r.status, ms: r.ms, ok: ok(r), code: r.body?.errors?.[0]?.extensions?.code });
    } else {
      const op = READS[i % READS.length];
      const r = await post(op.query, {}, false);
      samples.push({ at: Date.now() - start, kind: op.name, status: r.status, ms: r.ms, ok: ok(r), code: r.body?.errors?.[0]?.extensions?.code });
    }
  }
}
await Promise.all([...Array(concurrency).keys()].map(worker));
await restart;

const failures = samples.filter((s) => !s.ok);
const outsideOutage = failures.filter((s) => restartAt === null || s.at < restartAt || s.at > restartDone + 10_000);
const lastFailure = failures.length ? Math.max(...failures.map((s) => s.at)) : null;
const firstOkAfterRestart = restartDone === null ? null
  : Math.min(...samples.filter((s) => s.ok && s.at > restartDone).map((s) => s.at));
const byKind = {};
for (const s of samples) (byKind[s.kind] ??= []).push(s);
const load = Object.fromEntries(Object.entries(byKind).map(([kind, list]) => [kind, {
  requests: list.length, errors: list.filter((s) => !s.ok).length,
  p50: percentile(list.filter((s) => s.ok).map((s) => s.ms), 50), p99: percentile(list.filter((s) => s.ok).map((s) => s.ms), 99),
}]));
const after = await resources();

// Phase 2: every article the load tried to store is whole. Sending the same text again must change nothing
// for those stored and store the others now; and the article must have the records a control ingest of the
// very same text (under another id) gets, since extraction depends on the words, names included.
let whole = 0;
let storedLate = 0;
const broken = [];
for (const a of attempts) {
  const r = await post(INGEST, { i: { externalId: a.externalId, text: a.text } }, true);
  if (!ok(r)) { broken.push({ externalId: a.externalId, reason: JSON.stringify(r.body?.errors ?? r.error) }); continue; }
  const payload = r.body.data.ingestArticle;
  if (a.ok && payload.changed) broken.push({ externalId: a.externalId, reason: 'acknowledged but not stored' });
  if (!a.ok && payload.changed) storedLate++;
  const c = counts(payload.article);
  const twin = await post(INGEST, { i: { externalId: `${a.externalId}/control`, text: a.text } }, true);
  if (!ok(twin)) { broken.push({ externalId: a.externalId, reason: `control: ${JSON.stringify(twin.body?.errors ?? twin.error)}` }); continue; }
  const expected = counts(twin.body.data.ingestArticle.article);
  if (c.quotes !== expected.quotes || c.claims !== expected.claims || c.events !== expected.events) {
    broken.push({ externalId: a.externalId, text: a.text,
      reason: `records ${JSON.stringify(c)} != ${JSON.stringify(expected)}` });
  } else {
    whole++;
  }
}
const articlesAfter = (await post('{ articles { totalCount } }', {}, false)).body.data.articles.totalCount;

// Phase 4: graceful shutdown with ingests in flight.
let shutdown = null;
if (pid) {
  const inFlight = [...Array(12).keys()].map((n) => {
    const text = TEMPLATES[n % TEMPLATES.length].replaceAll('{N}', surname());
    return post(INGEST, { i: { externalId: `bench/shutdown-${n}-${start}`, text } }, true)
      .then((r) => ({ n, ok: ok(r), status: r.status, error: r.error }));
  });
  await new Promise((resolve) => setTimeout(resolve, 30));
  execSync(`kill -TERM ${pid}`);
  const results = await Promise.all(inFlight);
  // A request either completes, or never gets in (connection refused once the server stops accepting); one cut
  // off after it got in, or answered with a 5xx, is a failure.
  const refused = results.filter((r) => !r.ok && r.status === 0 && /ECONNREFUSED|fetch failed/.test(r.error ?? ''));
  shutdown = { sent: results.length, completed: results.filter((r) => r.ok).length, refusedAtConnect: refused.length,
    cutOrFailed: results.filter((r) => !r.ok && !refused.includes(r)).map((r) => `${r.status} ${r.error ?? ''}`) };
}

const result = {
  when: new Date().toISOString(), durationSeconds: duration / 1000, concurrency,
  requests: samples.length, failures: failures.length, failuresOutsideOutage: outsideOutage.length,
  failureCodes: [...new Set(failures.map((f) => `${f.status}/${f.code ?? ''}`))],
  restart: restartAt === null ? null : { atSeconds: restartAt / 1000, tookSeconds: (restartDone - restartAt) / 1000,
    lastFailureSeconds: lastFailure === null ? null : lastFailure / 1000,
    recoveredSecondsAfterRestart: (firstOkAfterRestart - restartDone) / 1000 },
  load, resources: { before, after },
  integrity: { attempted: attempts.length, acknowledged: attempts.filter((a) => a.ok).length, whole, storedOnRecheck: storedLate,
    broken, articlesBefore, articlesAfter, expectedAfter: articlesBefore + 2 * attempts.length },
  shutdown,
};
writeFileSync(out, JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));
const passed = broken.length === 0 && outsideOutage.length === 0 && articlesAfter === articlesBefore + 2 * attempts.length
  && (!shutdown || shutdown.cutOrFailed.length === 0);
process.exit(passed ? 0 : 1);
