// The breaking-change check: graphql-inspector compares graphql/schema.graphqls with the last released schema and
// exits non-zero on a breaking change that is not declared. Usage: node clients/schema-check.mjs
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentSchema, lastReleasedSchema } from './schema-files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(dirname(createRequire(import.meta.url).resolve('@graphql-inspector/cli/package.json')), 'cjs/index.js');
const released = lastReleasedSchema();
console.log(`Comparing ${currentSchema()} with the last released schema ${released}`);
const run = spawnSync(process.execPath,
  [cli, 'diff', released, currentSchema(), '--rule', join(here, 'declared-breaking-changes.mjs')],
  { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
process.exit(run.status ?? 1);
