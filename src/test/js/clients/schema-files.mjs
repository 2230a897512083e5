// Where the schema files are. Paths can be overridden by environment variables so that the check can be tested
// against a changed copy of the schema.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const releasedDir = join(repo, 'graphql/released');

export const currentSchema = () => process.env.KATHAN_SCHEMA ?? join(repo, 'graphql/schema.graphqls');
export const declarationsFile = () =>
  process.env.KATHAN_DECLARED_BREAKING_CHANGES ?? join(releasedDir, 'declared-breaking-changes.json');

/** The copy of the last released schema: graphql/released/schema-X.Y.Z.graphqls with the highest version. */
export function lastReleasedSchema() {
  const versions = readdirSync(releasedDir)
    .map((name) => /^schema-(\d+)\.(\d+)\.(\d+)\.graphqls$/.exec(name))
    .filter(Boolean)
    .map((m) => ({ file: join(releasedDir, m[0]), version: m.slice(1).map(Number) }))
    .sort((a, b) => a.version[0] - b.version[0] || a.version[1] - b.version[1] || a.version[2] - b.version[2]);
  if (versions.length === 0) throw new Error(`No released schema in ${releasedDir}`);
  return versions.at(-1).file;
}
