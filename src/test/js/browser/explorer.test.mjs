// The explorer and GraphiQL in a real browser: Debian's headless Chromium driven by playwright-core, against the
// running server (KATHAN_URL, set by .ci/with-server). Every request the pages make to anything but this machine
// is blocked and recorded, and the tests fail if there was one: both pages must work offline. Screenshots of each
// view at desktop and phone sizes are kept in target/screenshots/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repo } from '../clients/schema-files.mjs';

const url = process.env.KATHAN_URL;
if (!url) throw new Error('KATHAN_URL is not set: run this through .ci/with-server');
const shots = join(repo, 'target/screenshots');
mkdirSync(shots, { recursive: true });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

let browser;
const outside = [];
const pageErrors = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
});

async function open(viewport, path) {
  const context = await browser.newContext({ viewport, isMobile: viewport === PHONE, hasTouch: viewport === PHONE });
  await context.route('**/*', (route) => {
    const requested = new URL(route.request().url());
    if (LOCAL_HOSTS.has(requested.hostname)) return route.continue();
    outside.push(requested.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  await page.goto(url + path);
  return page;
}

async function api(query, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** Waits until the explorer shows the view of the current URL (it marks main with the fragment it rendered). */
const settled = (page) => page.waitForFunction(() => {
  const main = document.getElementById('main');
  return main?.dataset.rendered === location.hash && main.getAttribute('aria-busy') === 'false';
});

async function noHorizontalScroll(page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `the page is ${scroll}px wide on a ${width}px screen`);
}

async function screenshot(page, name) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

const QUOTES = `query($name: String!) { quotes(filter: {speaker: $name}, first: 100) {
  totalCount nodes { id text article { publishedOn outlet { name } } } } }`;

for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`${size}: quotes of a person, in either script, with the quoted words highlighted in their sentence`, async () => {
    const expected = (await api(QUOTES, { name: 'नसीमुद्दीन सिद्दीकी' })).quotes;
    assert.ok(expected.totalCount > 0);
    const page = await open(viewport, `/#/quotes?name=${encodeURIComponent('नसीमुद्दीन सिद्दीकी')}`);
    await page.waitForSelector('.card.quote');
    await settled(page);
    const cards = await page.$$eval('.card.quote', (elements) => elements.map((card) => ({
      id: card.dataset.id,
      mark: card.querySelector('blockquote mark').textContent,
      context: card.querySelector('blockquote').textContent,
      meta: card.querySelector('.meta').textContent,
      link: card.querySelector('a.read').getAttribute('href'),
    })));
    assert.equal(cards.length, Math.min(expected.totalCount, 100));
    for (const quote of expected.nodes) {
      const card = cards.find((c) => c.id === quote.id);
      assert.ok(card, `quote ${quote.id} is shown`);
      assert.equal(card.mark, quote.text, 'the highlighted words are exactly the quote');
      assert.ok(card.context.includes(quote.text) && card.context.length >= quote.text.length);
      assert.ok(card.meta.includes(quote.article.outlet?.name ?? 'outlet unknown'), card.meta);
      if (quote.article.publishedOn) assert.ok(card.meta.includes(quote.article.publishedOn.slice(0, 4)), card.meta);
      assert.match(card.link, /^#\/article\/[^?]+\?start=\d+&end=\d+$/);
    }
    // Some quote is shown with more of its sentence than the quoted words.
    assert.ok(cards.some((c) => c.context.length > c.mark.length + 10));

    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, ''));
    });
    assert.ok(fonts.includes('Noto Sans'), `loaded fonts: ${fonts}`);
    assert.ok(fonts.includes('Noto Sans Devanagari'), `loaded fonts: ${fonts}`);
    await noHorizontalScroll(page);
    await screenshot(page, `${size}-quotes`);

    // The same person in Latin script, typed into the search box, gives the same quotes.
    await page.fill('#search-name', 'Naseemuddin Siddiqui');
    await page.press('#search-name', 'Enter');
    await page.waitForFunction(() => location.hash.includes('Naseemuddin'));
    await settled(page);
    const ids = await page.$$eval('.card.quote', (elements) => elements.map((card) => card.dataset.id));
    assert.deepEqual(ids.sort(), cards.map((c) => c.id).sort());

    // The full article, with the same words highlighted and in view.
    const first = expected.nodes[0];
    await page.click(`.card.quote[data-id="${first.id}"] a.read`);
    await page.waitForSelector('mark#highlight');
    await settled(page);
    assert.equal(await page.textContent('mark#highlight'), first.text);
    assert.ok(await page.isVisible('mark#highlight'));
    const box = await page.locator('mark#highlight').boundingBox();
    assert.ok(box.y < viewport.height && box.y + Math.min(box.height, 40) > 0, `the highlight is in view: ${JSON.stringify(box)}`);
    await noHorizontalScroll(page);
    await page.screenshot({ path: join(shots, `${size}-article.png`) });
    await page.context().close();
  });

  test(`${size}: claims grouped by the kind of their source, with anonymous sources' descriptions`, async () => {
    const expected = await api(`{
      all: claims(first: 100) { totalCount }
      anonymous: claims(filter: {sourceKind: ANONYMOUS}, first: 100) { totalCount nodes { source { ... on AnonymousSource { description } } } }
      person: claims(filter: {sourceKind: PERSON}, first: 100) { totalCount }
    }`);
    const page = await open(viewport, '/#/claims');
    await page.waitForSelector('section.kind');
    await settled(page);
    assert.equal(await page.locator('.card.claim').count(), Math.min(expected.all.totalCount, 400));
    assert.equal(await page.locator('section.kind[data-kind="PERSON"] .card.claim').count(), expected.person.totalCount);
    assert.equal(await page.locator('section.kind[data-kind="ANONYMOUS"] .card.claim').count(), expected.anonymous.totalCount);
    const shown = await page.$$eval('section.kind[data-kind="ANONYMOUS"] section.source', (s) => s.map((e) => e.dataset.source));
    const descriptions = [...new Set(expected.anonymous.nodes.map((c) => c.source.description))];
    assert.deepEqual(shown.sort(), descriptions.sort());
    await noHorizontalScroll(page);
    await screenshot(page, `${size}-claims`);

    // Narrowed to one anonymous source, by its description.
    await page.fill('#search-source', 'highly-placed sources');
    await page.press('#search-source', 'Enter');
    await page.waitForFunction(() => location.hash.includes('source='));
    await settled(page);
    const narrowed = (await api('{ claims(filter: {source: "highly-placed sources"}) { totalCount } }')).claims.totalCount;
    assert.ok(narrowed > 0);
    assert.equal(await page.locator('.card.claim').count(), narrowed);
    await page.context().close();
  });

  test(`${size}: a drawn timeline of events, filtered by range and kind, each opening its mentions`, async () => {
    const EVENTS = `query($from: Date, $to: Date, $kind: EventKind) { events(filter: {from: $from, to: $to, kind: $kind}, first: 100) {
      totalCount nodes { id mentions { text } } } }`;
    const all = (await api(EVENTS)).events;
    const page = await open(viewport, '/#/timeline');
    await page.waitForSelector('svg.timeline g.event');
    await settled(page);
    assert.equal(await page.locator('svg.timeline g.event').count(), all.totalCount);
    await noHorizontalScroll(page);
    await screenshot(page, `${size}-timeline`);

    // By kind, through the form.
    await page.selectOption('form.filters select[name=kind]', 'ELECTION');
    await page.click('form.filters button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('kind=ELECTION'));
    await settled(page);
    const elections = (await api(EVENTS, { kind: 'ELECTION' })).events;
    assert.ok(elections.totalCount > 0 && elections.totalCount < all.totalCount);
    const kinds = await page.$$eval('svg.timeline g.event', (g) => g.map((e) => e.dataset.kind));
    assert.equal(kinds.length, elections.totalCount);
    assert.ok(kinds.every((k) => k === 'ELECTION'), kinds.join());

    // By range.
    await page.goto(`${url}/#/timeline?from=2026-01-01&to=2026-12-31`);
    await page.waitForSelector('svg.timeline g.event');
    await settled(page);
    const inRange = (await api(EVENTS, { from: '2026-01-01', to: '2026-12-31' })).events;
    assert.ok(inRange.totalCount > 0 && inRange.totalCount < all.totalCount);
    const dates = await page.$$eval('svg.timeline g.event', (g) => g.map((e) => e.dataset.date));
    assert.equal(dates.length, inRange.totalCount);
    assert.ok(dates.every((d) => d >= '2026-01-01' && d <= '2026-12-31'), dates.join());

    // An event opens its mentions, each linking to its words in the article.
    const event = inRange.nodes.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
    await page.click(`svg.timeline g.event[data-id="${event.id}"] .hit`);
    await page.waitForSelector('#event-details .mention');
    assert.equal(await page.locator('#event-details .mention').count(), event.mentions.length);
    const mentions = await page.$$eval('#event-details .mention blockquote', (b) => b.map((e) => e.textContent));
    assert.deepEqual(mentions.sort(), event.mentions.map((m) => m.text).sort());
    const links = await page.$$eval('#event-details .mention a.read', (a) => a.map((e) => e.getAttribute('href')));
    assert.ok(links.every((l) => /^#\/article\/[^?]+\?start=\d+&end=\d+$/.test(l)), links.join());
    assert.ok(await page.isVisible(`svg.timeline g.event.selected[data-id="${event.id}"]`));
    await noHorizontalScroll(page);
    await screenshot(page, `${size}-timeline-event`);
    await page.context().close();
  });
}

test('GraphiQL runs an example operation offline', async () => {
  const page = await open(DESKTOP, '/graphiql');
  await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
  const answer = page.waitForResponse((r) => r.url() === `${url}/graphql` && r.request().method() === 'POST'
    && (r.request().postData() ?? '').includes('QuotesByPerson'));
  await page.click('.graphiql-execute-button');
  const body = await (await answer).json();
  assert.equal(body.errors, undefined);
  assert.ok(body.data.quotes.totalCount > 0);
  assert.equal(body.data.quotes.nodes[0].speaker.name, 'Naseemuddin Siddiqui');
  await page.waitForFunction(() => document.querySelector('.result-window')?.textContent.includes('totalCount'));
  const shown = await page.textContent('.result-window');
  assert.ok(shown.includes('"totalCount"') && shown.includes(String(body.data.quotes.totalCount)), shown.slice(0, 300));
  await page.screenshot({ path: join(shots, 'desktop-graphiql.png') });
  await page.context().close();
});

test('no page asked for anything outside this machine, and none threw', () => {
  assert.deepEqual(outside, []);
  assert.deepEqual(pageErrors, []);
});
