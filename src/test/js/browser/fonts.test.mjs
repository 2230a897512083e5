// The fonts the explorer serves from the jar are exactly the files of the npm packages package.json pins: no
// WebJar of Noto Sans or Noto Sans Devanagari is published on Maven Central, so the woff2 files are committed
// under src/main/resources/static/fonts, and this test is what ties them to their source and licence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repo } from '../clients/schema-files.mjs';

const require = createRequire(import.meta.url);
const served = join(repo, 'src/main/resources/static/fonts');
const packages = ['@fontsource/noto-sans', '@fontsource/noto-sans-devanagari']
  .map((name) => join(dirname(require.resolve(`${name}/package.json`)), 'files'));

test('every served font file is byte for byte the one in its fontsource package', () => {
  const fonts = readdirSync(served).filter((f) => f.endsWith('.woff2'));
  assert.ok(fonts.length >= 4, fonts.join());
  for (const font of fonts) {
    const source = packages.map((dir) => join(dir, font)).find((path) => {
      try { readFileSync(path); return true; } catch { return false; }
    });
    assert.ok(source, `${font} is in no fontsource package`);
    assert.ok(readFileSync(join(served, font)).equals(readFileSync(source)), `${font} differs from ${source}`);
  }
});

test('fonts.css names every served file and nothing else', () => {
  const css = readFileSync(join(served, 'fonts.css'), 'utf8');
  const named = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]).sort();
  assert.deepEqual(named, readdirSync(served).filter((f) => f.endsWith('.woff2')).sort());
  assert.doesNotMatch(css, /https?:|\/\//);
});
