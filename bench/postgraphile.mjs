// PostGraphile as Kathan's benchmark peer (issue 5): starts PostGraphile v5 against Kathan's PostgreSQL database,
// gives the three benchmarked operations in PostGraphile's schema, and checks that both servers answer them with
// the same records. The orchestrating benchmark imports it; `node bench/postgraphile.mjs check` runs the check alone.
//
//   import { startPostGraphile, operations, kathanOperations, checkEquivalence } from './postgraphile.mjs';
//   const peer = await startPostGraphile({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/kathan_peer', port: 18182 });
//   const speakerKey = await aliasKeyOf({ databaseUrl, alias: 'नसीमुद्दीन सिद्दीकी' });
//   await checkEquivalence({ kathanUrl, postgraphileUrl: peer.url, speakerName, speakerKey });
//   for (const op of operations({ speakerKey })) ...  // POST { query, variables } to `${peer.url}/graphql`
//   await peer.stop();
//
// This file runs on the Node that runs the benchmark (20 here); the server itself (postgraphile-server.mjs) runs on
// the Node 22 of the npm package `node`, which `npm ci` in bench/ installs, since PostGraphile v5 needs Node >= 22.
// See docs/benchmarks.md, "The peer: PostGraphile".
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const NODE_22 = here('./node_modules/node/bin/node');
const SERVER = here('./postgraphile-server.mjs');

/** Defaults: those of Kathan's example operations in graphql/operations/. */
export const DEFAULTS = Object.freeze({
  speakerName: 'नसीमुद्दीन सिद्दीकी',
  quotesFirst: 50,
  claimsFirst: 50,
  from: '2017-01-01',
  to: '2027-12-31',
});

// ---------------------------------------------------------------------------------------------------------------
// Starting and stopping

function nodeForServer() {
  if (existsSync(NODE_22)) return NODE_22;
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  throw new Error(`PostGraphile v5 needs Node 22: run \`npm ci\` in ${here('.')} (it installs the npm package node@22)`);
}

/**
 * Starts PostGraphile v5 in production mode (no GraphiQL, no explain, watch off, no query log, reads only) in
 * `workers` processes under node:cluster on 127.0.0.1:`port`, and resolves once it answers a query.
 * Returns { url, endpoint, pid, stop }: POST GraphQL to `endpoint` (`${url}/graphql`); stop() ends the server and
 * its workers and resolves when they are gone.
 */
export async function startPostGraphile({ databaseUrl, port, workers = 2, poolSize = 5, timeoutMs = 60_000 }) {
  if (!databaseUrl || !port) throw new Error('startPostGraphile needs databaseUrl and port');
  const url = `http://127.0.0.1:${port}`;
  const endpoint = `${url}/graphql`;
  if (await answers(endpoint)) throw new Error(`something already answers GraphQL on port ${port}`);
  const child = spawn(nodeForServer(), [SERVER], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), WORKERS: String(workers),
      POOL_SIZE: String(poolSize), GRAPHILE_ENV: 'production', NODE_ENV: 'production', DEBUG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stop() can end the workers too even if the primary is gone.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let gone = false;
  exited.then(() => { gone = true; });
  const killGroup = (signal) => {
    try { process.kill(-child.pid, signal); } catch { /* already gone */ }
  };
  // Never leave a server behind when the benchmark itself ends early.
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);

  const stop = async () => {
    process.removeListener('exit', onExit);
    if (!gone) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    killGroup('SIGKILL'); // any worker the primary did not take with it
  };

  const started = Date.now();
  while (!(await answers(endpoint))) {
    if (gone) throw new Error(`PostGraphile exited before it answered:\n${output}`);
    if (Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`PostGraphile did not answer within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, endpoint, pid: child.pid, stop, output: () => output };
}

async function answers(endpoint) {
  try {
    const r = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }), signal: AbortSignal.timeout(2000) });
    return r.ok && (await r.json()).data?.__typename === 'Query';
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The operations

/**
 * Kathan resolves a speaker's name through person_alias.alias_key, computed in Java (NameKeys.of). The peer is
 * given that key: this reads it from the database for a spelling stored as an alias ("नसीमुद्दीन सिद्दीकी").
 */
export async function aliasKeyOf({ databaseUrl, alias }) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('select distinct alias_key from person_alias where alias = $1', [alias]);
    if (rows.length !== 1) {
      throw new Error(`alias ${JSON.stringify(alias)} has ${rows.length} keys in person_alias; give the key instead`);
    }
    return rows[0].alias_key;
  } finally {
    await client.end();
  }
}

const QUOTES_BY_PERSON = `# Quotes by a person: the people with an alias of the given name key (person_alias.alias_key, as Kathan looks a
# name up), and their ACTIVE quotes by id. Equivalent to graphql/operations/QuotesByPerson.graphql.
query QuotesByPerson($key: String!, $first: Int!) {
  allPeople(filter: {personAliasesByPersonId: {some: {aliasKey: {equalTo: $key}}}}) {
    nodes {
      quotesBySpeakerPersonId(condition: {status: "ACTIVE"}, orderBy: ROW_ID_ASC, first: $first) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id
          text
          language
          personBySpeakerPersonId { name }
          outletByViaOutletId { name }
          spanStart
          spanEnd
          method
          confidence
          articleByArticleId { id title publishedOn outletByOutletId { name } }
        }
      }
    }
  }
}`;

const ANONYMOUS_CLAIMS = `# ACTIVE claims from anonymous sources by id, with the source's party. Equivalent to
# graphql/operations/AnonymousClaims.graphql.
query AnonymousClaims($first: Int!) {
  allClaims(condition: {sourceKind: "ANONYMOUS", status: "ACTIVE"}, orderBy: ROW_ID_ASC, first: $first) {
    totalCount
    nodes {
      text
      anonymousSourceBySourceAnonymousSourceId { id description partyByAffiliationPartyId { name } }
      articleByArticleId { title outletByOutletId { name } }
    }
  }
}`;

const EVENTS_IN_RANGE = `# Events whose [range_start, range_end] overlaps [from, to], by range_start then id, first 100. Equivalent to
# graphql/operations/EventsInRange.graphql (whose page size is 100).
query EventsInRange($from: Date!, $to: Date!) {
  allEvents(filter: {rangeEnd: {greaterThanOrEqualTo: $from}, rangeStart: {lessThanOrEqualTo: $to}},
            orderBy: [RANGE_START_ASC, ROW_ID_ASC], first: 100) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      kind
      eventDate
      datePrecision
      summary
      eventParticipantsByEventId { nodes { personByPersonId { name nameDevanagari } } }
      eventMentionsByEventId(orderBy: [ARTICLE_ID_ASC, SPAN_START_ASC]) {
        nodes { articleByArticleId { title publishedOn } }
      }
    }
  }
}`;

export const OPERATION_NAMES = Object.freeze({
  quotes: 'quotes by person (page of 50)',
  claims: 'claims by anonymous source',
  events: 'events in a date range',
});

function params(p) {
  const q = { ...DEFAULTS, ...Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) };
  return { ...q, quotesFirst: Number(q.quotesFirst), claimsFirst: Number(q.claimsFirst) };
}

/** The three operations in PostGraphile's schema: [{ name, query, variables }]. speakerKey is required. */
export function operations(p = {}) {
  const { speakerKey, quotesFirst, claimsFirst, from, to } = params(p);
  if (!speakerKey) throw new Error('operations() needs speakerKey (see aliasKeyOf)');
  return [
    { name: OPERATION_NAMES.quotes, query: QUOTES_BY_PERSON, variables: { key: speakerKey, first: quotesFirst } },
    { name: OPERATION_NAMES.claims, query: ANONYMOUS_CLAIMS, variables: { first: claimsFirst } },
    { name: OPERATION_NAMES.events, query: EVENTS_IN_RANGE, variables: { from, to } },
  ];
}

const readOperation = (name) => readFileSync(here(`../graphql/operations/${name}.graphql`), 'utf8');

/** The same three operations as Kathan is asked them: the files of graphql/operations/, with the same names. */
export function kathanOperations(p = {}) {
  const { speakerName, quotesFirst, claimsFirst, from, to } = params(p);
  return [
    { name: OPERATION_NAMES.quotes, query: readOperation('QuotesByPerson'),
      variables: { name: speakerName, first: quotesFirst } },
    { name: OPERATION_NAMES.claims, query: readOperation('AnonymousClaims'), variables: { first: claimsFirst } },
    { name: OPERATION_NAMES.events, query: readOperation('EventsInRange'), variables: { from, to } },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Equivalence

async function ask(endpoint, { query, variables }) {
  const r = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }) });
  const text = await r.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${endpoint} answered ${r.status}: ${text.slice(0, 500)}`);
  }
  if (!r.ok || body.errors) throw new Error(`${endpoint} answered ${r.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** "Quote:12" from Kathan's base64url("Quote:12") or from PostGraphile's base64(["Quote","12"]). */
function kathanId(id) {
  const s = Buffer.from(id, 'base64url').toString('utf8');
  if (!/^[A-Za-z]+:\d+$/.test(s)) throw new Error(`not a Kathan node id: ${id}`);
  return s;
}
function peerId(id) {
  const [type, rowId, ...rest] = JSON.parse(Buffer.from(id, 'base64').toString('utf8'));
  if (rest.length || !/^\d+$/.test(String(rowId))) throw new Error(`not a PostGraphile node id: ${id}`);
  return `${type}:${rowId}`;
}
const name = (x) => x?.name ?? null;
const byParticipant = (a, b) => `${a.name}\u0000${a.nameDevanagari}`.localeCompare(`${b.name}\u0000${b.nameDevanagari}`);

// Each side's answer in one common shape: what both must agree on, record by record.
const NORMALISE = {
  [OPERATION_NAMES.quotes]: {
    kathan: (d) => ({
      totalCount: d.quotes.totalCount,
      hasNextPage: d.quotes.pageInfo.hasNextPage,
      hasEndCursor: d.quotes.pageInfo.endCursor != null,
      records: d.quotes.nodes.map((q) => ({
        id: kathanId(q.id), text: q.text, language: q.language, speaker: name(q.speaker), via: name(q.via),
        span: [q.span.start, q.span.end], method: q.extraction.method, confidence: Number(q.extraction.confidence),
        article: { id: kathanId(q.article.id), title: q.article.title, publishedOn: q.article.publishedOn,
          outlet: name(q.article.outlet) },
      })),
    }),
    peer: (d) => {
      const people = d.allPeople.nodes;
      if (people.length !== 1) {
        throw new Error(`the speaker key names ${people.length} people in PostGraphile; the peer's operation pages one person's quotes, so choose a key of exactly one person`);
      }
      const c = people[0].quotesBySpeakerPersonId;
      return {
        totalCount: c.totalCount,
        hasNextPage: c.pageInfo.hasNextPage,
        hasEndCursor: c.pageInfo.endCursor != null,
        records: c.nodes.map((q) => ({
          id: peerId(q.id), text: q.text, language: q.language, speaker: name(q.personBySpeakerPersonId),
          via: name(q.outletByViaOutletId), span: [q.spanStart, q.spanEnd], method: q.method,
          confidence: Number(q.confidence),
          article: { id: peerId(q.articleByArticleId.id), title: q.articleByArticleId.title,
            publishedOn: q.articleByArticleId.publishedOn, outlet: name(q.articleByArticleId.outletByOutletId) },
        })),
      };
    },
  },
  [OPERATION_NAMES.claims]: {
    kathan: (d) => ({
      totalCount: d.claims.totalCount,
      records: d.claims.nodes.map((c) => ({
        text: c.text,
        source: c.source?.id == null ? null : { id: kathanId(c.source.id), description: c.source.description,
          affiliation: name(c.source.affiliation) },
        article: { title: c.article.title, outlet: name(c.article.outlet) },
      })),
    }),
    peer: (d) => ({
      totalCount: d.allClaims.totalCount,
      records: d.allClaims.nodes.map((c) => {
        const s = c.anonymousSourceBySourceAnonymousSourceId;
        return {
          text: c.text,
          source: s == null ? null : { id: peerId(s.id), description: s.description,
            affiliation: name(s.partyByAffiliationPartyId) },
          article: { title: c.articleByArticleId.title, outlet: name(c.articleByArticleId.outletByOutletId) },
        };
      }),
    }),
  },
  [OPERATION_NAMES.events]: {
    kathan: (d) => ({
      totalCount: d.events.totalCount,
      hasNextPage: d.events.pageInfo.hasNextPage,
      hasEndCursor: d.events.pageInfo.endCursor != null,
      records: d.events.nodes.map((e) => ({
        id: kathanId(e.id), kind: e.kind, date: e.date, precision: e.precision, summary: e.summary,
        // Kathan gives participants in no promised order: compared as a set.
        participants: e.participants.map((p) => ({ name: p.name, nameDevanagari: p.nameDevanagari ?? null }))
          .sort(byParticipant),
        mentions: e.mentions.map((m) => ({ title: m.article.title, publishedOn: m.article.publishedOn })),
      })),
    }),
    peer: (d) => ({
      totalCount: d.allEvents.totalCount,
      hasNextPage: d.allEvents.pageInfo.hasNextPage,
      hasEndCursor: d.allEvents.pageInfo.endCursor != null,
      records: d.allEvents.nodes.map((e) => ({
        id: peerId(e.id), kind: e.kind, date: e.eventDate, precision: e.datePrecision, summary: e.summary,
        participants: e.eventParticipantsByEventId.nodes.map(({ personByPersonId: p }) => ({ name: p.name,
          nameDevanagari: p.nameDevanagari ?? null })).sort(byParticipant),
        mentions: e.eventMentionsByEventId.nodes.map(({ articleByArticleId: a }) => ({ title: a.title,
          publishedOn: a.publishedOn })),
      })),
    }),
  },
};

// Kathan's AnonymousClaims asks for no claim id, so the rows themselves are matched by a second pair of small
// queries over the same page: the claim ids each side returns, in order.
const CLAIM_IDS_KATHAN = `query ($first: Int) { claims(filter: {sourceKind: ANONYMOUS}, first: $first) { nodes { id } } }`;
const CLAIM_IDS_PEER = `query ($first: Int!) { allClaims(condition: {sourceKind: "ANONYMOUS", status: "ACTIVE"},
  orderBy: ROW_ID_ASC, first: $first) { nodes { id } } }`;

/** Every difference between two normalised answers, as "path: kathan … / postgraphile …" lines. */
function differences(a, b, path = '') {
  if (Array.isArray(a) && Array.isArray(b)) {
    const out = a.length === b.length ? [] : [`${path || '.'}: kathan has ${a.length} items, postgraphile ${b.length}`];
    for (let i = 0; i < Math.min(a.length, b.length); i++) out.push(...differences(a[i], b[i], `${path}[${i}]`));
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const out = [];
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) out.push(...differences(a[k], b[k], `${path}.${k}`));
    return out;
  }
  return Object.is(a, b) ? [] : [`${path}: kathan ${JSON.stringify(a)} / postgraphile ${JSON.stringify(b)}`];
}

/**
 * Asks both servers the three operations with the same parameters and compares the answers record by record:
 * the same rows (by node id where the operation asks for one) in the same order, the same totalCount and
 * hasNextPage, the same nested values. Resolves to a summary per operation; throws with the differences if any.
 * kathanUrl and postgraphileUrl are base URLs (GraphQL at `/graphql`). Give speakerKey, or databaseUrl to read
 * the key of speakerName from person_alias.
 */
export async function checkEquivalence({ kathanUrl, postgraphileUrl, databaseUrl, ...p }) {
  if (!kathanUrl || !postgraphileUrl) throw new Error('checkEquivalence needs kathanUrl and postgraphileUrl');
  const q = params(p);
  if (!q.speakerKey) {
    if (!databaseUrl) throw new Error('checkEquivalence needs speakerKey, or databaseUrl to read it');
    q.speakerKey = await aliasKeyOf({ databaseUrl, alias: q.speakerName });
  }
  const kathan = kathanOperations(q);
  const peer = operations(q);
  const summary = [];
  const problems = [];
  for (let i = 0; i < kathan.length; i++) {
    const op = kathan[i].name;
    const k = NORMALISE[op].kathan(await ask(`${kathanUrl}/graphql`, kathan[i]));
    const g = NORMALISE[op].peer(await ask(`${postgraphileUrl}/graphql`, peer[i]));
    const diffs = differences(k, g);
    if (op === OPERATION_NAMES.claims) {
      const kIds = (await ask(`${kathanUrl}/graphql`, { query: CLAIM_IDS_KATHAN, variables: { first: q.claimsFirst } }))
        .claims.nodes.map((c) => kathanId(c.id));
      const gIds = (await ask(`${postgraphileUrl}/graphql`, { query: CLAIM_IDS_PEER, variables: { first: q.claimsFirst } }))
        .allClaims.nodes.map((c) => peerId(c.id));
      diffs.push(...differences(kIds, gIds, '.claimIds'));
    }
    if (k.records.length === 0) diffs.push('.records: both empty, which proves nothing: choose other parameters');
    summary.push({ operation: op, records: k.records.length, totalCount: k.totalCount, equal: diffs.length === 0 });
    if (diffs.length) problems.push(`${op}: ${diffs.length} difference(s)\n  ${diffs.slice(0, 40).join('\n  ')}`);
  }
  if (problems.length) {
    const error = new Error(`Kathan and PostGraphile differ (parameters ${JSON.stringify(q)}):\n${problems.join('\n')}`);
    error.summary = summary;
    throw error;
  }
  return { parameters: q, operations: summary };
}

// ---------------------------------------------------------------------------------------------------------------
// CLI: node bench/postgraphile.mjs check   (the loads are bench/benchmark.sh's)
//   DATABASE_URL      postgres://… of the database Kathan serves (required)
//   KATHAN_URL        Kathan's base URL, e.g. http://127.0.0.1:18181 (required)
//   POSTGRAPHILE_URL  a running PostGraphile; without it one is started on PORT (default 18182) and stopped after
//   SPEAKER, SPEAKER_KEY, QUOTES_FIRST, CLAIMS_FIRST, FROM, TO   the parameters (defaults: Kathan's operations')

async function main(command) {
  const env = process.env;
  const databaseUrl = env.DATABASE_URL;
  const kathanUrl = env.KATHAN_URL;
  if (!databaseUrl || !kathanUrl || command !== 'check') {
    console.error('usage: DATABASE_URL=postgres://… KATHAN_URL=http://… node bench/postgraphile.mjs check');
    return 2;
  }
  const p = { speakerName: env.SPEAKER, speakerKey: env.SPEAKER_KEY, quotesFirst: env.QUOTES_FIRST,
    claimsFirst: env.CLAIMS_FIRST, from: env.FROM, to: env.TO };
  p.speakerKey ??= await aliasKeyOf({ databaseUrl, alias: env.SPEAKER ?? DEFAULTS.speakerName });
  const peer = env.POSTGRAPHILE_URL ? null
    : await startPostGraphile({ databaseUrl, port: Number(env.PORT ?? 18182), workers: Number(env.WORKERS ?? 2) });
  const postgraphileUrl = env.POSTGRAPHILE_URL ?? peer.url;
  try {
    const result = await checkEquivalence({ kathanUrl, postgraphileUrl, ...p });
    console.log(JSON.stringify({ equivalent: true, ...result }));
    return 0;
  } catch (e) {
    console.error(e.message);
    if (e.summary) console.log(JSON.stringify({ equivalent: false, operations: e.summary }));
    return 1;
  } finally {
    await peer?.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv[2]);
}
