// Renders docs/benchmarks.md from the results of bench/benchmark.mjs and the prose of bench/benchmarks.template.md,
// whose {{name}} placeholders are the tables below. Run alone to re-render a saved run:
//   node bench/report.mjs target/benchmarks.json > docs/benchmarks.md
import { readFileSync } from 'node:fs';

const template = () => readFileSync(new URL('./benchmarks.template.md', import.meta.url), 'utf8');
const fixed = (n, digits = 1) => (n === undefined || n === null ? '–' : Number(n).toFixed(digits));
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const thousands = (n) => Number(n).toLocaleString('en-US');
// The archive the serving rows of a database were measured on (H2 may stop at a smaller one: H2_SIZES).
const largestOf = (r) => thousands(r.largest ?? Math.max(...Object.keys(r.archive).map(Number)));
const cell = (m) => (m ? `${fixed(m.requestsPerSecond, 0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms` : '–');

function serving(results) {
  const rows = [];
  const row = (db, r, s, server, m) => [db, largestOf(r), s.label, server, fixed(m.requestsPerSecond, 0), m.p50, m.p99,
    fixed(m.serverCpuMs, 2), db === 'postgres' ? fixed(m.databaseCpuMs, 2) : '–', m.errors];
  for (const [db, r] of Object.entries(results.databases)) {
    for (const s of r.serving) {
      rows.push(row(db, r, s, 'Kathan', s.kathan));
      if (s.kathanCounting) rows.push(row(db, r, s, 'Kathan, counting every total', s.kathanCounting));
      if (s.postgraphile) rows.push(row(db, r, s, 'PostGraphile', s.postgraphile));
      rows.push(row(db, r, s, 'hand-written floor', s.floor));
      if (s.engine) rows.push(row(db, r, s, 'graphql-java over the floor', s.engine));
    }
  }
  return table(['database', 'articles', 'operation', 'server', 'requests/s', 'p50 ms', 'p99 ms', 'server CPU ms/request',
    'PostgreSQL CPU ms/request', 'errors'], rows);
}

function targets(results) {
  const rows = [];
  for (const [db, r] of Object.entries(results.databases)) {
    for (const s of r.serving) {
      const peer = s.postgraphile
        ? `${fixed(s.kathan.requestsPerSecond / s.postgraphile.requestsPerSecond, 2)}× the throughput, `
          + `${fixed(s.kathan.mean / s.postgraphile.mean, 2)}× the mean latency`
        : '–';
      const peerMet = s.postgraphile ? (s.kathan.requestsPerSecond >= s.postgraphile.requestsPerSecond ? 'yes' : 'no') : '–';
      const floor = s.kathan.mean / s.floor.mean;
      // Kathan counting every total afresh, as the other two do: the comparison without remembered totals.
      const c = s.kathanCounting;
      const counting = c ? [s.postgraphile ? fixed(c.requestsPerSecond / s.postgraphile.requestsPerSecond, 2) : '–',
        `${fixed(c.mean / s.floor.mean, 2)}×`] : ['–', '–'];
      // graphql-java alone over the floor's answers: what the engine costs, and what Kathan costs above it.
      const engine = s.engine ? [`${fixed(s.engine.mean / s.floor.mean, 2)}×`, `${fixed(s.kathan.mean / s.engine.mean, 2)}×`]
        : ['–', '–'];
      rows.push([db, largestOf(r), s.label, peer, peerMet, `${fixed(floor, 2)}×`, floor <= 2 ? 'yes' : 'no', ...counting,
        ...engine]);
    }
  }
  const head = ['database', 'articles', 'operation', 'Kathan / PostGraphile', 'at least as fast?',
    'Kathan / floor (mean latency)', 'within 2×?', 'counting every total: Kathan / PostGraphile (throughput)',
    'counting every total: Kathan / floor', 'graphql-java over the floor / floor', 'Kathan / graphql-java over the floor'];
  const met = (name) => rows.filter((r) => r[head.indexOf(name)] === 'yes').length;
  const asked = (name) => rows.filter((r) => r[head.indexOf(name)] !== '–').length;
  return `${table(head, rows)}\n\nMet in this run: at least as fast as PostGraphile on ${met('at least as fast?')} of `
    + `${asked('at least as fast?')} operations; within 2× of the floor on ${met('within 2×?')} of ${asked('within 2×?')}.`;
}

function growth(results) {
  const rows = [];
  for (const [db, r] of Object.entries(results.databases)) {
    for (const g of r.growth) {
      rows.push([db, thousands(g.size), g.first, fixed(g.kathan.requestsPerSecond, 0), g.kathan.p50, g.kathan.p99,
        fixed(g.floor.requestsPerSecond, 0), g.floor.p50, g.floor.p99, `${fixed(g.kathan.mean / g.floor.mean, 2)}×`]);
    }
  }
  return table(['database', 'articles', 'page', 'Kathan req/s', 'p50 ms', 'p99 ms', 'floor req/s', 'p50 ms', 'p99 ms',
    'Kathan / floor'], rows);
}

function archive(results) {
  const rows = [];
  for (const [db, r] of Object.entries(results.databases)) {
    for (const [size, a] of Object.entries(r.archive)) {
      const c = a.counts;
      rows.push([db, thousands(size), thousands(c.articles), thousands(c.people), thousands(c.quotes), thousands(c.claims),
        thousands(c.anonymous), thousands(c.events), `${a.top.name} (${thousands(a.top.quotes)} quotes)`]);
    }
  }
  return table(['database', 'generated', 'articles', 'people', 'quotes', 'claims', 'anonymous claims', 'events',
    'most quoted person'], rows);
}

function ingestion(results) {
  const rows = [];
  for (const [db, r] of Object.entries(results.databases)) {
    for (const g of r.generation) {
      if (g.copied) continue;
      rows.push([db, `generate ${thousands(g.size)} (in the jar, ${g.threads} threads)`, thousands(g.articles),
        fixed(g.articlesPerSecond)]);
    }
    // PostgreSQL's archives copied into H2 files (not ingestion: no extraction; the rows are the generated ones)
    const copies = db === 'h2' ? results.databases.postgres?.copies ?? {} : {};
    for (const [size, c] of Object.entries(copies)) {
      rows.push([db, `copy-archive of PostgreSQL's ${thousands(size)} (${thousands(c.rows)} rows, then ANALYZE and compaction in ${fixed(c.compactSeconds)} s)`,
        thousands(c.articles), fixed(c.articlesPerSecond)]);
    }
    if (r.ingestion) {
      rows.push([db, `ingestArticle over HTTP (${r.ingestion.clients} clients)`, thousands(r.ingestion.articles),
        fixed(r.ingestion.articlesPerSecond)]);
    }
  }
  return table(['database', 'how', 'articles written', 'articles/s'], rows);
}

function startup(results) {
  return table(['database', 'to the first answered query', 'to readiness: the seeds loaded (median of 3)'],
    Object.entries(results.databases).filter(([, r]) => r.startup).map(([db, r]) => [db,
      `${fixed(r.startup.firstAnswerMs / 1000)} s`, `${fixed(r.startup.readyMs / 1000)} s`]));
}

function explain(results) {
  const pg = results.databases.postgres;
  if (!pg?.explain) return '(not run: PostgreSQL was not part of this run)';
  const names = { quotes: 'Quotes by person', claims: 'Claims by anonymous source', events: 'Events in a date range' };
  return Object.entries(pg.explain).map(([op, plans]) => `### ${names[op]}\n\n${plans.length} statements.\n\n`
    + plans.map((p) => '```\n' + p + '\n```').join('\n\n')).join('\n\n');
}

/** Where this run's H2 archives came from, which the serving and growth rows on H2 depend on. */
function h2Archives(results) {
  const h2 = results.databases.h2;
  if (!h2) return 'H2 was not part of this run.';
  const sizes = (copied) => h2.generation.filter((g) => Boolean(g.copied) === copied).map((g) => thousands(g.size));
  const list = (items) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
  const parts = [];
  for (const [copied, what] of [[true, "copies of PostgreSQL's archive"], [false, 'generated files']]) {
    if (sizes(copied).length) parts.push(`${what} at ${list(sizes(copied))} articles`);
  }
  return `In this run H2 served ${parts.join(', and ')}; its serving rows are at ${thousands(h2.largest)} articles.`;
}

function machine(results) {
  const m = results.machine;
  const s = results.settings;
  const partial = results.finished === false
    ? '**This run did not finish: the figures below are what it measured before it stopped.** ' : '';
  const commit = results.commit ? `commit ${results.commit}; ` : '';
  return `${partial}${results.date.slice(0, 10)}, ${commit}${m.cpus} CPUs (${m.cpu}), ${m.memoryGb} GB; ${m.java}; PostgreSQL `
    + `${m.postgres}; Node ${m.node}. wrk: 2 threads, ${s.connections} connections, ${s.warmup} s warm-up then `
    + `${s.seconds} s measured per row; the JVM has -Xmx${s.heap}.`
    // Notes on the run added to its JSON by whoever ran it, e.g. other work on the machine during one stage.
    + (results.notes?.length ? `\n\n${results.notes.map((n) => `- ${n}`).join('\n')}` : '');
}

export function render(results) {
  const parts = { machine, serving, targets, growth, archive, ingestion, startup, explain, h2Archives };
  return template().replace(/\{\{(\w+)\}\}/g, (_, name) => parts[name](results));
}

if (process.argv[1] && process.argv[1].endsWith('report.mjs')) {
  process.stdout.write(render(JSON.parse(readFileSync(process.argv[2] ?? 'target/benchmarks.json', 'utf8'))));
}
