// The breaking-change check passes on the committed schema, fails on an undeclared breaking change, and passes
// again once that change is declared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentSchema } from './schema-files.mjs';

const script = join(dirname(fileURLToPath(import.meta.url)), 'schema-check.mjs');
const check = (env = {}) => spawnSync(process.execPath, [script], { env: { ...process.env, ...env }, encoding: 'utf8' });

const tmp = mkdtempSync(join(tmpdir(), 'kathan-schema-'));
const contract = readFileSync(currentSchema(), 'utf8');
const broken = join(tmp, 'schema.graphqls');
// Quote.via is removed (renamed): a client that asks for it would fail.
writeFileSync(broken, contract.replace(/^ {2}via: Outlet$/m, '  carriedBy: Outlet'));

test('graphql/schema.graphqls has no undeclared breaking change since the last release', () => {
  const run = check();
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

test('an undeclared breaking change fails the check', () => {
  assert.notEqual(readFileSync(broken, 'utf8'), contract);
  const run = check({ KATHAN_SCHEMA: broken });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout + run.stderr, /Field via was removed from object type Quote/);
});

test('a declared breaking change passes, with its reason', () => {
  const declarations = join(tmp, 'declared.json');
  writeFileSync(declarations, JSON.stringify({
    declared: [{ path: 'Quote.via', type: 'FIELD_REMOVED', reason: 'renamed to carriedBy' }],
  }));
  const run = check({ KATHAN_SCHEMA: broken, KATHAN_DECLARED_BREAKING_CHANGES: declarations });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /declared: renamed to carriedBy/);
});
