// The GraphQL-over-HTTP audit of the graphql-http package against a running Kathan (KATHAN_URL). Prints every
// result that is not ok; used by graphql-http-audit.test.mjs, and on its own: node clients/graphql-http-audit.mjs
import { auditServer } from 'graphql-http';

export async function audit(url) {
  const results = await auditServer({ url: `${url}/graphql` });
  return results.map((r) => ({ name: r.name, status: r.status, reason: r.reason }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.KATHAN_URL;
  if (!url) throw new Error('KATHAN_URL is not set: run this through .ci/with-server');
  const results = await audit(url);
  const counts = {};
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  console.log(JSON.stringify(counts));
  for (const r of results.filter((r) => r.status !== 'ok')) console.log(`${r.status}\t${r.name}\t${r.reason}`);
}
