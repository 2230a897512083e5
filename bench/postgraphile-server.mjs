// PostGraphile v5 as Kathan's benchmark peer: the library (the CLI of v5 has no cluster mode) served by Node's http
// server in WORKERS processes under node:cluster, so that it uses both CPUs as Kathan's JVM does. Started by
// bench/postgraphile.mjs with the Node 22 that the npm package `node` installs in bench/node_modules (v5 needs
// Node >= 22); not meant to be run by hand, but it can be:
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/kathan_peer PORT=18182 WORKERS=2 \
//     bench/node_modules/.bin/node bench/postgraphile-server.mjs
//
// Production settings: GRAPHILE_ENV=production (Grafast's production mode), no GraphiQL (Ruru), no explain (unless
// EXPLAIN=1), watch off, no query log (PostGraphile logs queries only with DEBUG set), mutations off (reads only;
// Kathan's writes need a key and are not benchmarked), subscriptions off. The schema is the amber preset's over `public`
// plus postgraphile-plugin-connection-filter for the range conditions the events operation needs.
import cluster from 'node:cluster';
import { createServer } from 'node:http';

const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
const workers = Number(process.env.WORKERS ?? 2);
// Connections per worker: 5 by default, so that two workers hold 10, as many as Kathan's Hikari pool (its default).
const poolSize = Number(process.env.POOL_SIZE ?? 5);
if (!databaseUrl || !port) {
  console.error('DATABASE_URL and PORT are required');
  process.exit(2);
}

if (cluster.isPrimary) {
  let stopping = false;
  let ready = 0;
  const stop = (code) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers)) worker.process.kill('SIGTERM');
    // Workers close their pools and exit; the primary waits for them, but never for long.
    const deadline = setTimeout(() => {
      for (const worker of Object.values(cluster.workers)) worker.process.kill('SIGKILL');
      process.exit(code);
    }, 5000);
    deadline.unref();
    const check = () => (Object.keys(cluster.workers).length === 0 ? process.exit(code) : setTimeout(check, 50));
    check();
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  cluster.on('message', (_worker, message) => {
    if (message === 'listening' && ++ready === workers) console.log(`postgraphile: ${workers} workers on port ${port}`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping) {
      // Never respawn silently: a benchmark must not measure a server that lost a worker.
      console.error(`postgraphile: worker ${worker.process.pid} died (${signal ?? code}); stopping`);
      stop(1);
    }
  });
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  process.env.GRAPHILE_ENV ??= 'production';
  process.env.NODE_ENV ??= 'production';
  const { postgraphile } = await import('postgraphile');
  const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
  const { makePgService } = await import('postgraphile/adaptors/pg');
  const { grafserv } = await import('postgraphile/grafserv/node');
  const { jsonPgSmartTags } = await import('postgraphile/utils');
  const { PostGraphileConnectionFilterPreset } = await import('postgraphile-plugin-connection-filter');

  // Tables Kathan does not serve stay out of the peer's schema too: the partners' key hashes and Flyway's history.
  const hidden = jsonPgSmartTags({
    version: 1,
    config: { class: { api_key: { tags: { behavior: '-*' } }, flyway_schema_history: { tags: { behavior: '-*' } } } },
  });

  const preset = {
    extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
    plugins: [hidden],
    pgServices: [makePgService({ connectionString: databaseUrl, schemas: ['public'], poolConfig: { max: poolSize } })],
    // Reads only, as benchmarked: Kathan's writes need a partner's key and are not part of the comparison.
    schema: { defaultBehavior: '-insert -update -delete' },
    grafserv: { port, host: '127.0.0.1', graphqlPath: '/graphql', graphiql: false, watch: false, websockets: false },
    // EXPLAIN=1 (never in a measured run) adds the SQL of each operation to its answer, for reading plans.
    grafast: { explain: process.env.EXPLAIN === '1' },
  };

  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    server.close();
    server.closeAllConnections?.();
    try {
      await pgl.release();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
  server.once('listening', () => process.send?.('listening'));
  server.on('error', (e) => {
    console.error('postgraphile: server error', e);
    process.exit(1);
  });
  await serv.addTo(server);
  server.listen({ port, host: '127.0.0.1' });
}
