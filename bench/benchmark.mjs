// The whole benchmark of issue 5 in one run, on this machine (bench/benchmark.sh starts it): for each database
// (H2 in a file, PostgreSQL), grow a synthetic archive through the normal ingestion (the jar's `generate`
// command) to each size, start Kathan on it, and load three example operations with wrk at a fixed
// concurrency: Kathan over GraphQL, the hand-written floor (news.kathan.bench.HandWrittenFloor), graphql-java over
// the floor's answers (news.kathan.bench.GraphQlJavaFloor) and, on PostgreSQL, PostGraphile on the same database. Then start-up to the first answer with the seeds, ingestion over
// HTTP, and EXPLAIN of the statements Kathan sends for the three operations. Writes target/benchmarks.json and
// renders docs/benchmarks.md from bench/benchmarks.template.md (bench/report.mjs).
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, rmSync, renameSync, mkdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { startPostGraphile, operations as postGraphileOperations, checkEquivalence, aliasKeyOf } from './postgraphile.mjs';
import { render } from './report.mjs';

const root = new URL('..', import.meta.url).pathname;
const env = process.env;
const SIZES = (env.SIZES ?? '1000,10000,100000').split(',').map(Number);
const H2_SIZES = env.H2_SIZES ? env.H2_SIZES.split(',').map(Number) : SIZES;
const DATABASES = (env.DATABASES ?? 'postgres,h2').split(',');
// H2's archive of a size PostgreSQL's is grown to earlier in the run is that archive, copied row for row by the
// jar's copy-archive: the generator writes about 55 articles a second into an H2 file (100,000 took it 29 to
// over 68 minutes here), the copy several times that, and the two databases are then measured on the same
// records. A size only H2 is grown to is generated.
const COPIED_TO_H2 = DATABASES.indexOf('postgres') >= 0 && DATABASES.indexOf('postgres') < DATABASES.indexOf('h2')
  ? H2_SIZES.filter((size) => SIZES.includes(size)) : [];
const CONNECTIONS = Number(env.CONNECTIONS ?? 8);
const SECONDS = Number(env.SECONDS ?? 15);
const WARMUP = Number(env.WARMUP ?? 10);
const WARMUP_ALL = Number(env.WARMUP_ALL ?? 60);
// The floor's path is short and shares the rest (Tomcat, Jackson) with Kathan's, so it is warm in a third of that.
const FLOOR_WARMUP_ALL = WARMUP_ALL / 3;
const PAGE_SIZES = [10, 50, 100];
const JAVA = env.JAVA ?? 'java';
const HEAP = env.HEAP ?? '1g';
const PG_DATABASE = 'kathan_bench';
const PG_URL = `postgres://postgres@127.0.0.1:5432/${PG_DATABASE}`;
const jar = execFileSync('sh', ['-c', `ls ${root}target/kathan-*.jar | head -n 1`]).toString().trim();

const log = (...words) => console.log(new Date().toISOString().slice(11, 19), ...words);
const operation = (name) => readFileSync(`${root}graphql/operations/${name}.graphql`, 'utf8');

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function psql(database, sql) {
  return execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', database, '-q', '-tA', '-v', 'ON_ERROR_STOP=1',
    '-c', sql]).toString().trim();
}

/** The options that point the jar at a database. */
function databaseArgs(db) {
  return db === 'postgres'
    ? ['--spring.profiles.active=postgres']
    // H2 hands back its stored result when a statement runs again with the same parameters and no table has
    // changed since (OPTIMIZE_REUSE_RESULTS). A load repeats one request, so the floor's statements would be
    // answered from that store and the floor would measure a cache, not a query; switched off, every server
    // does its work on every request. H2 then also reruns a CTE or a scalar subquery for every row that refers to
    // it, which is why the floor's H2 statements are written without them (HandWrittenFloor).
    : [`--spring.datasource.url=jdbc:h2:file:${root}target/bench-h2/kathan;OPTIMIZE_REUSE_RESULTS=FALSE`];
}
const javaEnv = { ...env, KATHAN_DB_URL: `jdbc:postgresql://127.0.0.1:5432/${PG_DATABASE}` };

function emptyDatabase(db) {
  if (db === 'postgres') {
    psql('postgres', `drop database if exists ${PG_DATABASE} with (force)`);
    psql('postgres', `create database ${PG_DATABASE}`);
  } else {
    rmSync(`${root}target/bench-h2`, { recursive: true, force: true });
  }
}

const h2Copy = (size) => `${root}target/bench-h2-copies/${size}`;

/** Copies PostgreSQL's archive as it stands into an H2 file of its own, for the H2 stage at that size. */
function copyToH2(size) {
  rmSync(h2Copy(size), { recursive: true, force: true });
  const out = execFileSync(JAVA, [`-Xmx${HEAP}`, '-jar', jar, 'copy-archive', `--from=${javaEnv.KATHAN_DB_URL}`,
    `--to=jdbc:h2:file:${h2Copy(size)}/kathan`], { env: javaEnv, maxBuffer: 64 * 1024 * 1024 }).toString();
  const copied = out.match(/Copied (\d+) rows .* in ([\d.]+) s: ([\d.]+) articles\/s/);
  const compacted = out.match(/compacted the H2 file in ([\d.]+) s/);
  const holds = out.match(/The archive holds (\d+) articles/);
  if (!copied || !holds) throw new Error(`copy-archive printed no rate:\n${out.slice(-2000)}`);
  return { copied: true, articles: Number(holds[1]), rows: Number(copied[1]), seconds: Number(copied[2]), articlesPerSecond: Number(copied[3]),
    compactSeconds: compacted ? Number(compacted[1]) : null };
}

/** Makes the copy taken at that size H2's archive (the file the H2 stage serves from). */
function useH2Copy(size, copy) {
  rmSync(`${root}target/bench-h2`, { recursive: true, force: true });
  renameSync(h2Copy(size), `${root}target/bench-h2`);
  return copy;
}

/** Grows the archive to `articles` with the jar's generate command and returns the rate it reported. */
function generate(db, articles) {
  const args = [`-Xmx${HEAP}`, '-jar', jar, 'generate', `--articles=${articles}`, '--seed=1', ...databaseArgs(db)];
  const out = execFileSync(JAVA, args, { env: javaEnv, maxBuffer: 64 * 1024 * 1024 }).toString();
  const stored = out.match(/Stored (\d+) articles in ([\d.]+) s: ([\d.]+) articles\/s/);
  const threads = out.match(/writing \d+ on (\d+) threads/);
  const cpu = out.match(/([\d.]+) ms per article/);
  if (!stored) throw new Error(`generate printed no rate:\n${out.slice(-2000)}`);
  return { articles: Number(stored[1]), seconds: Number(stored[2]), articlesPerSecond: Number(stored[3]),
    threads: threads ? Number(threads[1]) : null, cpuMsPerArticle: cpu ? Number(cpu[1]) : null };
}

/** Starts the service and resolves once it has answered a query, with the time that took. */
async function startKathan(db, extra = [], { seedsOnly = false } = {}) {
  const port = await freePort();
  const args = [`-Xmx${HEAP}`, '-jar', jar, `--server.port=${port}`, '--server.address=127.0.0.1',
    '--kathan.bench.floor=true', '--logging.level.root=WARN',
    '--kathan.partners.rate-limit.capacity=1000000', '--kathan.partners.rate-limit.per-minute=1000000',
    ...(seedsOnly && db === 'h2' ? [] : databaseArgs(db)), ...extra];
  const started = performance.now();
  const child = spawn(JAVA, args, { env: javaEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output = (output + d).slice(-20000); });
  child.stderr.on('data', (d) => { output = (output + d).slice(-20000); });
  const url = `http://127.0.0.1:${port}`;
  // The first answer comes as soon as the web server listens; the archive is loaded (the seeds, the search
  // backfill) when readiness turns UP. Loads and start-up figures wait for the latter.
  let firstAnswerMs = null;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Kathan exited:\n${output}`);
    try {
      if (firstAnswerMs === null) {
        const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ quotes(first: 1) { totalCount } }' }) });
        if (r.ok) firstAnswerMs = Math.round(performance.now() - started);
      }
      if (firstAnswerMs !== null && (await fetch(`${url}/actuator/health/readiness`)).ok) break;
    } catch { /* not listening yet */ }
    await sleep(50);
  }
  const startupMs = Math.round(performance.now() - started);
  return {
    url, startupMs, firstAnswerMs, pids: () => [child.pid],
    stop: () => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); }),
  };
}

const TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** A process's CPU ticks (user and system): its own, and those of its children that ended and it reaped; null if gone. */
function ticksOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { own: Number(fields[11]) + Number(fields[12]), reaped: Number(fields[13]) + Number(fields[14]) };
  } catch {
    return null;
  }
}

/**
 * The CPU a group of processes has used so far: each live member's own ticks, and those its root (the parent of
 * the others: PostgreSQL's postmaster, the server's own process) holds for children that have ended. PostgreSQL
 * starts a parallel worker for a statement and ends it after, and a pool may open and close connections during a
 * load, so a sum over the processes alive at the start misses their CPU (see cpuBetween).
 */
function cpuSnapshot(root, pids) {
  const own = new Map();
  for (const pid of pids) {
    const ticks = ticksOf(pid);
    if (ticks) own.set(pid, ticks.own);
  }
  return { own, reaped: ticksOf(root)?.reaped ?? 0 };
}

/** CPU seconds between two snapshots of one group, with the processes that started or ended in between. */
function cpuBetween(before, after) {
  let ticks = after.reaped - before.reaped;
  for (const [pid, own] of after.own) ticks += own - (before.own.get(pid) ?? 0);
  // A member that ended in between is in the root's reaped ticks with all its life, the part before included.
  for (const [pid, own] of before.own) if (!after.own.has(pid)) ticks -= own;
  return ticks / TICKS;
}

const postgresPids = () => execFileSync('sh', ['-c', 'pgrep -u postgres || true']).toString().split('\n')
  .filter(Boolean).map(Number);
/** PostgreSQL's postmaster: the parent of its backends and parallel workers; 0 if PostgreSQL is not running. */
const postmaster = () => {
  try {
    return Number(readFileSync(`${psql('postgres', 'show data_directory')}/postmaster.pid`, 'utf8').split('\n')[0]);
  } catch {
    return 0;
  }
};
const postgresRoot = postmaster();
const withChildren = (pid) => [pid, ...execFileSync('sh', ['-c', `pgrep -P ${pid} || true`]).toString().split('\n')
  .filter(Boolean).map(Number)];

async function post(url, body, headers = {}) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body) });
  const answer = await r.json();
  if (answer.errors) throw new Error(`${url}: ${JSON.stringify(answer.errors).slice(0, 500)}`);
  return answer;
}

/**
 * Loads one request with wrk (a C load generator: autocannon, in Node, spent a core of its own on these loads and
 * reported latencies longer than its own request rate allowed): WARMUP seconds first, not measured, so that the
 * JIT has compiled the path, then SECONDS at CONNECTIONS.
 */
async function load(request) {
  const bodyFile = `${root}target/bench-body.json`;
  writeFileSync(bodyFile, request.body ? JSON.stringify(request.body) : '');
  const run = (seconds) => {
    const out = execFileSync('wrk', ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '--timeout', '10s',
      '-s', `${root}bench/wrk-report.lua`, request.url],
    { env: { ...env, METHOD: request.method ?? 'POST', BODY_FILE: request.body ? bodyFile : '' } }).toString();
    return JSON.parse(out.split('\n').find((line) => line.startsWith('RESULT ')).slice(7));
  };
  run(WARMUP);
  const server = () => {
    const pids = request.pids ? request.pids() : [];
    return cpuSnapshot(pids[0] ?? 0, pids);
  };
  const database = () => cpuSnapshot(postgresRoot, postgresPids());
  const before = [server(), database()];
  const r = run(SECONDS);
  const after = [server(), database()];
  const perRequest = (seconds) => (r.requests ? Math.round(seconds * 1e5 / r.requests) / 100 : null);
  // Failed answers of every kind: sockets, HTTP statuses, and GraphQL errors answered with 200.
  return { ...r, requestsPerSecond: Math.round(r.requestsPerSecond * 10) / 10,
    errors: r.errors + r.non2xx + r.graphqlErrors,
    bytesPerRequest: r.requests ? Math.round(r.bytes / r.requests) : 0,
    // CPU milliseconds per request: the server's process(es), and PostgreSQL's (0 on H2, which runs in the JVM)
    serverCpuMs: perRequest(cpuBetween(before[0], after[0])),
    databaseCpuMs: perRequest(cpuBetween(before[1], after[1])) };
}

async function warm(request, seconds = WARMUP_ALL) {
  const bodyFile = `${root}target/bench-body.json`;
  writeFileSync(bodyFile, request.body ? JSON.stringify(request.body) : '');
  execFileSync('wrk', ['-t2', `-c${CONNECTIONS}`, `-d${Math.round(seconds)}s`, '-s', `${root}bench/wrk-report.lua`, request.url],
    { env: { ...env, METHOD: request.method ?? 'POST', BODY_FILE: request.body ? bodyFile : '' } });
}

/** The most quoted person, found through the public API, and the size of the archive as Kathan counts it. */
async function archive(url) {
  let after = null;
  let top = null;
  for (;;) {
    const { data } = await post(`${url}/graphql`, {
      query: `query($after: String) { people(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
        nodes { name nameDevanagari quotes(first: 0) { totalCount } } } }`, variables: { after } });
    for (const person of data.people.nodes) {
      if (!top || person.quotes.totalCount > top.quotes) {
        top = { name: person.name, nameDevanagari: person.nameDevanagari, quotes: person.quotes.totalCount };
      }
    }
    if (!data.people.pageInfo.hasNextPage) break;
    after = data.people.pageInfo.endCursor;
  }
  const { data } = await post(`${url}/graphql`, { query: `{ articles(first: 0) { totalCount } quotes(first: 0) {
    totalCount } claims(first: 0) { totalCount } anonymous: claims(first: 0, filter: {sourceKind: ANONYMOUS}) {
    totalCount } events(first: 0) { totalCount } people(first: 0) { totalCount } }` });
  return { top, counts: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.totalCount])) };
}

const RANGE = { from: '2017-01-01', to: '2027-12-31' };
/** Kathan remembers a total per filter until a write (api/TotalCounts); with this it counts as the others do. */
const COUNTING_EVERY_REQUEST = '--kathan.api.total-counts.ttl=0s';

/**
 * The three operations, as Kathan, the floor and PostGraphile are asked them; and graphql-java over the floor's
 * answers (news.kathan.bench.GraphQlJavaFloor), which takes Kathan's own request bodies.
 */
function requests(server, person, first = 50) {
  const kathan = server.url;
  const pids = server.pids;
  const name = person.nameDevanagari ?? person.name;
  return [
    { key: 'quotes', label: `quotes by person (page of ${first})`,
      kathan: { url: `${kathan}/graphql`, pids, body: { query: operation('QuotesByPerson'), variables: { name, first } } },
      floor: { url: `${kathan}/bench/floor/quotes-by-person?name=${encodeURIComponent(name)}&first=${first}`,
        method: 'GET', pids } },
    { key: 'claims', label: 'claims by anonymous source (page of 50)',
      kathan: { url: `${kathan}/graphql`, pids, body: { query: operation('AnonymousClaims'), variables: { first: 50 } } },
      floor: { url: `${kathan}/bench/floor/anonymous-claims?first=50`, method: 'GET', pids } },
    { key: 'events', label: 'events in a date range (page of 100)',
      kathan: { url: `${kathan}/graphql`, pids, body: { query: operation('EventsInRange'), variables: RANGE } },
      floor: { url: `${kathan}/bench/floor/events-in-range?from=${RANGE.from}&to=${RANGE.to}&first=100`,
        method: 'GET', pids } },
  ].map((r) => ({ ...r, engine: { ...r.kathan, url: `${kathan}/bench/floor/graphql` } }));
}

/** Loads the three operations, as `pick` chooses them, on a fresh Kathan JVM warmed `warmFor` seconds on each. */
async function inJvmOfItsOwn(db, top, serving, key, pick, warmFor, extra = []) {
  const server = await startKathan(db, extra);
  try {
    for (const r of requests(server, top)) await warm(pick(r), warmFor);
    for (const [i, r] of requests(server, top).entries()) serving[i][key] = await load(pick(r));
  } finally {
    await server.stop();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of every statement Kathan sends for one request of each operation, from auto_explain. */
async function explain(db, person) {
  const logFile = execFileSync('sh', ['-c', 'ls /var/log/postgresql/postgresql-*-main.log | head -n 1']).toString().trim();
  const settings = {
    session_preload_libraries: 'auto_explain', 'auto_explain.log_min_duration': '0',
    'auto_explain.log_analyze': 'on', 'auto_explain.log_buffers': 'on', 'auto_explain.log_timing': 'on',
  };
  for (const [k, v] of Object.entries(settings)) psql('postgres', `alter database ${PG_DATABASE} set ${k} = '${v}'`);
  // Totals counted on every request, so that the count statements show too.
  const kathan = await startKathan(db, [COUNTING_EVERY_REQUEST]);
  const plans = {};
  try {
    for (const r of requests(kathan, person)) {
      await post(r.kathan.url, r.kathan.body); // the prepared statements' first run, not shown
      const from = statSync(logFile).size;
      await post(r.kathan.url, r.kathan.body);
      await sleep(500);
      const to = statSync(logFile).size;
      const buffer = Buffer.alloc(to - from);
      const fd = openSync(logFile, 'r');
      readSync(fd, buffer, 0, buffer.length, from);
      closeSync(fd);
      plans[r.key] = buffer.toString('utf8').split(/\n(?=\d{4}-\d\d-\d\d )/)
        .filter((entry) => entry.includes('plan:'))
        .map((entry) => entry.replace(/^.*?duration: ([\d.]+) ms\s+plan:\n/s, '-- $1 ms\n').replace(/^\t/gm, '').trim());
    }
  } finally {
    await kathan.stop();
    for (const k of Object.keys(settings)) psql('postgres', `alter database ${PG_DATABASE} reset ${k}`);
  }
  return plans;
}

async function ingestOverHttp(db) {
  emptyDatabase(db);
  const keyArgs = ['-jar', jar, 'keys', 'create', `--name=bench-${process.pid}`, '--outlet=IANS', '--role=EDITOR',
    ...databaseArgs(db)];
  const key = execFileSync(JAVA, keyArgs, { env: javaEnv }).toString().trim().split('\n').pop();
  const kathan = await startKathan(db);
  try {
    const texts = JSON.parse(execFileSync(JAVA, ['-jar', jar, 'generate', '--print=400', '--seed=2'],
      { env: javaEnv, maxBuffer: 64 * 1024 * 1024 }).toString().split('\n').find((l) => l.startsWith('[')));
    let next = 0;
    let failed = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < texts.length) {
        const n = next++;
        try {
          await post(`${kathan.url}/graphql`, { query: 'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { changed } }',
            variables: { i: { externalId: `bench/http-${n}`, text: texts[n] } } }, { authorization: `Bearer ${key}` });
        } catch { failed++; }
      }
    };
    await Promise.all([1, 2, 3, 4].map(worker));
    const seconds = (performance.now() - started) / 1000;
    return { articles: texts.length, failed, clients: 4, articlesPerSecond: Math.round(texts.length / seconds * 10) / 10 };
  } finally {
    await kathan.stop();
  }
}

/** Start-up with the seeds, median of three: to the first answered query, and to readiness (seeds loaded). */
async function startup(db) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    if (db === 'postgres') emptyDatabase(db);
    const kathan = await startKathan(db, [], { seedsOnly: true });
    runs.push({ firstAnswerMs: kathan.firstAnswerMs, readyMs: kathan.startupMs });
    await kathan.stop();
  }
  const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[1];
  return { firstAnswerMs: median('firstAnswerMs'), readyMs: median('readyMs') };
}

const results = {
  date: new Date().toISOString(),
  // The code measured: the jar is built from the checkout (bench/benchmark.sh), so its commit, marked if it had changes.
  commit: execFileSync('sh', ['-c', 'git -C "$0" describe --always --dirty 2>/dev/null || echo unknown', root]).toString().trim(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30),
    java: execFileSync('sh', ['-c', `${JAVA} -version 2>&1 | head -n 1`]).toString().trim(),
    postgres: psql('postgres', 'show server_version'), node: process.version },
  settings: { sizes: SIZES, h2Sizes: H2_SIZES, connections: CONNECTIONS, seconds: SECONDS, warmup: WARMUP, warmupAll: WARMUP_ALL, heap: HEAP },
  databases: {},
};

/** Writes what has been measured so far, so that a run cut short still leaves its figures (marked as partial). */
function save(finished = false) {
  results.finished = finished;
  mkdirSync(`${root}target`, { recursive: true });
  writeFileSync(`${root}target/benchmarks.json`, JSON.stringify(results, null, 2));
  writeFileSync(`${root}docs/benchmarks.md`, render(results));
}

for (const db of DATABASES) {
  const out = results.databases[db] = { generation: [], serving: [], growth: [], archive: {}, copies: {} };
  emptyDatabase(db);
  const sizes = db === 'h2' ? H2_SIZES : SIZES;
  const largest = Math.max(...sizes);
  out.largest = largest;
  for (const size of sizes) {
    if (db === 'h2' && COPIED_TO_H2.includes(size)) {
      log(db, `the copy of PostgreSQL's ${size} articles`);
      out.generation.push({ size, ...useH2Copy(size, results.databases.postgres.copies[size]) });
    } else {
      log(db, `generating ${size} articles`);
      out.generation.push({ size, ...generate(db, size) });
    }
    if (db === 'postgres') {
      psql(PG_DATABASE, 'vacuum analyze');
      if (COPIED_TO_H2.includes(size)) {
        log(db, `copying ${size} articles to H2`);
        out.copies[size] = copyToH2(size);
      }
    }
    const kathan = await startKathan(db);
    try {
      const { top, counts } = await archive(kathan.url);
      out.archive[size] = { top, counts };
      log(db, size, JSON.stringify(counts), 'top speaker', top.name, top.quotes);
      // A fresh JVM compiles its hot paths over its first tens of thousands of requests: every operation runs on
      // Kathan for WARMUP_ALL seconds and on the floor for FLOOR_WARMUP_ALL (not measured) before any is measured,
      // and each again for WARMUP before its run. On two CPUs the JIT is still at work after a minute: in one
      // probe Kathan served 293 requests/s after 20 s of load and 640 after two minutes, the floor its rate within
      // seconds.
      for (const r of requests(kathan, top)) {
        await warm(r.kathan);
        await warm(r.floor, FLOOR_WARMUP_ALL);
      }
      for (const first of PAGE_SIZES) {
        const [quotes] = requests(kathan, top, first);
        log(db, size, quotes.label);
        out.growth.push({ size, first, kathan: await load(quotes.kathan), floor: await load(quotes.floor) });
      }
      if (size === largest) {
        let peer = null;
        if (db === 'postgres') {
          peer = await startPostGraphile({ databaseUrl: PG_URL, port: await freePort() });
        }
        try {
          const speakerName = top.nameDevanagari ?? top.name;
          const params = { speakerName, quotesFirst: 50, claimsFirst: 50, ...RANGE };
          let peerOps = [];
          if (peer) {
            params.speakerKey = await aliasKeyOf({ databaseUrl: PG_URL, alias: speakerName });
            out.equivalence = await checkEquivalence({ kathanUrl: kathan.url, postgraphileUrl: peer.url, ...params });
            peerOps = postGraphileOperations(params);
          }
          for (const [i, r] of requests(kathan, top).entries()) {
            log(db, size, r.label);
            const row = { operation: r.key, label: r.label, kathan: await load(r.kathan), floor: await load(r.floor) };
            if (peer) {
              row.postgraphile = await load({ url: peer.endpoint, pids: () => withChildren(peer.pid),
                body: { query: peerOps[i].query, variables: peerOps[i].variables } });
            }
            out.serving.push(row);
          }
        } finally {
          if (peer) await peer.stop();
        }
      }
    } finally {
      await kathan.stop();
    }
    if (size === largest) {
      const top = out.archive[size].top;
      // As warm as the first JVM was when its serving rows began: it had served every operation on Kathan and on
      // the floor during the warm-up, and the quotes at three page sizes; a JVM warmed for less is measured slower
      // than it is.
      const warmedFor = (WARMUP_ALL + FLOOR_WARMUP_ALL) * 3 + 2 * PAGE_SIZES.length * (WARMUP + SECONDS);
      // The same three loads on Kathan counting every total afresh, as PostGraphile and the floor do.
      log(db, size, 'Kathan counting every request');
      await inJvmOfItsOwn(db, top, out.serving, 'kathanCounting', (r) => r.kathan, warmedFor / 3,
        [COUNTING_EVERY_REQUEST]);
      // graphql-java over the floor's answers, in a JVM that runs nothing else: in Kathan's JVM its warm-up would
      // feed the JIT other receiver types at the engine's call sites than Kathan's fetchers do, and Kathan's rows
      // after it would measure that mix rather than Kathan.
      log(db, size, 'graphql-java over the floor');
      await inJvmOfItsOwn(db, top, out.serving, 'engine', (r) => r.engine, WARMUP_ALL);
    }
    save();
    if (db === 'postgres' && size === largest) {
      log(db, 'explain');
      out.explain = await explain(db, out.archive[size].top);
      save();
    }
  }
  log(db, 'start-up with the seeds');
  out.startup = await startup(db);
  log(db, 'ingestion over HTTP');
  out.ingestion = await ingestOverHttp(db);
  save();
}

save(true);
log('wrote target/benchmarks.json and docs/benchmarks.md');
