// Kathan's explorer: quotes by person, claims by source, a timeline of events, and articles with the words that
// were quoted highlighted. Plain ES modules over the public GraphQL API; the state of each view is in the URL
// fragment (#/quotes?name=…, #/claims?source=…, #/timeline?from=…&to=…&kind=…, #/article/ID?start=…&end=…), so
// every view can be linked to, and the JSON-LD documents link to the article view.
import { articleBodies, graphql } from './graphql.js';
import { formatDate, h, highlighted, languageOf, sentenceAround, sourceName } from './text.js';
import { drawTimeline, KIND_COLOURS } from './timeline.js';

const main = document.getElementById('main');
const EXAMPLES = ['Naseemuddin Siddiqui', 'नसीमुद्दीन सिद्दीकी', 'Nasimuddin Siddiqui', 'मायावती', 'आलोक मिश्रा'];

const SOURCE_FIELDS = `__typename
  ... on Person { id name nameDevanagari }
  ... on Party { id name abbreviation }
  ... on Outlet { id name }
  ... on AnonymousSource { id description affiliation { name abbreviation } }`;

function route() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  return { parts: path.split('/').filter(Boolean), params: new URLSearchParams(query) };
}

function go(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
  location.hash = `#/${path}${query ? `?${query}` : ''}`;
}

/** The children worth appending: DOM methods would write a null or false as the text "null" or "false". */
const present = (...children) => children.filter((child) => child !== null && child !== undefined && child !== false);

const articleLink = (articleId, span) =>
  `#/article/${encodeURIComponent(articleId)}${span ? `?start=${span.start}&end=${span.end}` : ''}`;

function showError(error) {
  main.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Something went wrong: ${error.message}`));
}

async function render() {
  const { parts, params } = route();
  for (const link of document.querySelectorAll('nav a[data-view]')) {
    link.toggleAttribute('aria-current', link.dataset.view === (parts[0] ?? 'quotes'));
  }
  main.setAttribute('aria-busy', 'true');
  try {
    switch (parts[0] ?? 'quotes') {
      case 'article': await articleView(decodeURIComponent(parts[1] ?? ''), params); break;
      case 'claims': await claimsView(params); break;
      case 'timeline': await timelineView(params); break;
      default: await quotesView(params);
    }
  } catch (error) {
    showError(error);
  } finally {
    // What the page shows is now the view of this URL: tests and assistive technology can wait for this.
    main.dataset.rendered = location.hash;
    main.setAttribute('aria-busy', 'false');
  }
}

// ---- quotes by person ------------------------------------------------------------------------------------------

function searchForm({ label, name, value, placeholder, onSubmit, examples = [] }) {
  const input = h('input', { type: 'search', id: `search-${name}`, name, value: value ?? '', placeholder, autocomplete: 'off' });
  const form = h('form', { class: 'search', role: 'search', onsubmit: (e) => { e.preventDefault(); onSubmit(input.value.trim()); } },
    h('label', { for: `search-${name}` }, label),
    h('div', { class: 'search-row' }, input, h('button', { type: 'submit' }, 'Search')));
  if (examples.length) {
    form.append(h('p', { class: 'examples' }, 'Try: ',
      examples.map((example) => h('button', { type: 'button', class: 'chip', lang: languageOf(example), onclick: () => onSubmit(example) }, example))));
  }
  return form;
}

async function quotesView(params) {
  const name = params.get('name') ?? '';
  main.replaceChildren(
    h('h1', {}, 'Who said what'),
    searchForm({
      label: 'A person, in any script or spelling', name: 'name', value: name, placeholder: 'नसीमुद्दीन सिद्दीकी or Naseemuddin Siddiqui',
      examples: EXAMPLES, onSubmit: (value) => go('quotes', { name: value }),
    }),
  );
  if (!name) return;
  const results = h('section', { class: 'results', 'aria-live': 'polite' }, h('p', {}, 'Searching…'));
  main.append(results);
  const data = await graphql(`query ExplorerQuotes($name: String!) {
    person(name: $name) { id name nameDevanagari parties { abbreviation name } }
    quotes(filter: {speaker: $name}, first: 100) {
      totalCount
      nodes {
        id text language span { start end }
        speaker { ${SOURCE_FIELDS} }
        via { name }
        originalAuthor { name }
        article { id title publishedOn outlet { name } }
      }
    }
  }`, { name });
  const bodies = await articleBodies(data.quotes.nodes.map((q) => q.article.id));
  const person = data.person;
  const heading = person
    ? h('h2', {}, person.name, person.nameDevanagari ? h('span', { lang: 'hi', class: 'alt-name' }, ` · ${person.nameDevanagari}`) : null,
      person.parties.length ? h('span', { class: 'parties' }, ` (${person.parties.map((p) => p.abbreviation ?? p.name).join(', ')})`) : null)
    : h('h2', {}, `“${name}”`);
  const count = data.quotes.totalCount;
  results.replaceChildren(heading,
    h('p', { class: 'count' }, count === 0
      ? (person ? 'No quotes of this person yet.' : 'No one of that name is known, and no quotes are attributed to it.')
      : `${count} quote${count === 1 ? '' : 's'}${count > data.quotes.nodes.length ? `, the first ${data.quotes.nodes.length} shown` : ''}`),
    h('ol', { class: 'cards' }, data.quotes.nodes.map((quote) => quoteCard(quote, bodies.get(quote.article.id)))));
}

function recordMeta(article, extra = []) {
  return h('p', { class: 'meta' },
    h('span', { class: 'outlet' }, article.outlet?.name ?? 'outlet unknown'), ' · ',
    h('time', { datetime: article.publishedOn ?? '' }, formatDate(article.publishedOn)),
    ...extra, ' · ',
    h('span', { class: 'title', lang: languageOf(article.title) }, article.title));
}

function quoteCard(quote, article) {
  const context = article ? sentenceAround(article.body, quote.span, article.language) : { before: '', text: quote.text, after: '' };
  const extra = [];
  if (quote.via) extra.push(` · via ${quote.via.name}`);
  if (quote.originalAuthor) extra.push(` · lines by ${quote.originalAuthor.name}`);
  return h('li', { class: 'card quote', 'data-id': quote.id },
    highlighted(context, quote.language),
    h('p', { class: 'speaker' }, '— ', h('span', { lang: languageOf(sourceName(quote.speaker)) }, sourceName(quote.speaker))),
    recordMeta(quote.article, extra),
    h('a', { class: 'read', href: articleLink(quote.article.id, quote.span) }, 'Read it in the article →'));
}

// ---- the article, with a span highlighted -----------------------------------------------------------------------

async function articleView(id, params) {
  const data = await graphql(`query ExplorerArticle($id: ID!) {
    node(id: $id) {
      ... on Article {
        id title language publishedOn dateSource byline url body outlet { name }
        quotes(first: 100) { nodes { id text span { start end } speaker { ${SOURCE_FIELDS} } } }
        claims(first: 100) { nodes { id text span { start end } source { ${SOURCE_FIELDS} } } }
      }
    }
  }`, { id });
  const article = data.node;
  if (!article?.body) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'No article has this id.'));
    return;
  }
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  const span = params.has('start') && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= article.body.length
    ? { start, end } : null;
  const body = h('div', { class: 'body', lang: article.language });
  if (span) {
    const mark = h('mark', { id: 'highlight', tabindex: -1 }, article.body.slice(span.start, span.end));
    body.append(article.body.slice(0, span.start), mark, article.body.slice(span.end));
  } else {
    body.append(article.body);
  }
  const records = [
    ...article.quotes.nodes.map((q) => ({ ...q, kind: 'Quote', who: q.speaker })),
    ...article.claims.nodes.map((c) => ({ ...c, kind: 'Claim', who: c.source })),
  ].sort((a, b) => a.span.start - b.span.start);
  main.replaceChildren(h('article', { class: 'article' }, ...present(
    h('p', { class: 'back' }, h('a', { href: '#/', onclick: (e) => { if (history.length > 1) { e.preventDefault(); history.back(); } } }, '← Back')),
    h('h1', { lang: article.language }, article.title),
    h('p', { class: 'meta' },
      h('span', { class: 'outlet' }, article.outlet?.name ?? 'outlet unknown'), ' · ',
      h('time', { datetime: article.publishedOn ?? '' }, formatDate(article.publishedOn)),
      article.byline ? ` · ${article.byline}` : null,
      ' · ', h('a', { href: `/ld/articles/${encodeURIComponent(article.id)}`, type: 'application/ld+json' }, 'JSON-LD'),
      article.url ? [' · ', h('a', { href: article.url, rel: 'noopener' }, 'original')] : null),
    body,
    records.length ? h('section', { class: 'in-article' }, h('h2', {}, 'Quotes and claims in this article'),
      h('ol', {}, records.map((r) => h('li', { class: span && r.span.start === span.start && r.span.end === span.end ? 'current' : null },
        h('span', { class: `badge ${r.kind.toLowerCase()}` }, r.kind.toLowerCase()), ' ',
        h('a', { href: articleLink(article.id, r.span), lang: languageOf(r.text) }, r.text.length > 140 ? `${r.text.slice(0, 139)}…` : r.text),
        ' — ', h('span', { lang: languageOf(sourceName(r.who)) }, sourceName(r.who)))))) : null)));
  const mark = document.getElementById('highlight');
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  } else {
    window.scrollTo(0, 0);
  }
}

// ---- claims by source, grouped by kind of source ----------------------------------------------------------------

const SOURCE_KINDS = [
  { kind: 'PERSON', title: 'Named people' },
  { kind: 'PARTY', title: 'Parties' },
  { kind: 'OUTLET', title: 'Outlets' },
  { kind: 'ANONYMOUS', title: 'Anonymous sources' },
];

const CLAIM_FIELDS = `totalCount pageInfo { hasNextPage endCursor }
  nodes { id text language span { start end } source { ${SOURCE_FIELDS} } article { id title publishedOn outlet { name } } }`;

async function claimsView(params) {
  const source = params.get('source') ?? '';
  main.replaceChildren(
    h('h1', {}, 'Claims by source'),
    searchForm({
      label: 'Only claims of a source (a person, party, outlet or an anonymous description)', name: 'source', value: source,
      placeholder: 'highly-placed sources', examples: [], onSubmit: (value) => go('claims', { source: value }),
    }),
  );
  if (source) main.append(h('p', { class: 'examples' }, h('a', { href: '#/claims' }, 'Show claims of every source')));
  const data = await graphql(`query ExplorerClaims($source: String) {
    ${SOURCE_KINDS.map(({ kind }) => `${kind.toLowerCase()}: claims(filter: {sourceKind: ${kind}, source: $source}, first: 100) { ${CLAIM_FIELDS} }`).join('\n')}
  }`, { source: source || null });
  const total = SOURCE_KINDS.reduce((n, { kind }) => n + data[kind.toLowerCase()].totalCount, 0);
  // Jump to a kind of source: buttons, not #anchors, since the fragment holds the view.
  const jumps = h('p', { class: 'count jumps' }, `${total} claim${total === 1 ? '' : 's'}`);
  main.append(jumps);
  for (const { kind, title } of SOURCE_KINDS) {
    const n = data[kind.toLowerCase()].totalCount;
    if (n > 0) {
      jumps.append(' · ', h('button', { type: 'button', class: 'link', onclick: () => main.querySelector(`section.kind[data-kind="${kind}"]`)?.scrollIntoView() }, `${title.toLowerCase()} ${n}`));
    }
  }
  for (const { kind, title } of SOURCE_KINDS) {
    const connection = data[kind.toLowerCase()];
    if (connection.totalCount === 0) continue;
    const section = h('section', { class: 'kind', 'data-kind': kind },
      h('h2', {}, title, h('span', { class: 'count' }, ` ${connection.totalCount}`)));
    const groups = h('div', { class: 'groups' });
    section.append(groups);
    const bySource = new Map();
    const add = (claims) => {
      for (const claim of claims) {
        const key = claim.source.id;
        if (!bySource.has(key)) {
          const affiliation = claim.source.affiliation;
          const group = h('ol', { class: 'cards' });
          bySource.set(key, group);
          groups.append(h('section', { class: 'source', 'data-source': sourceName(claim.source) },
            h('h3', { lang: languageOf(sourceName(claim.source)) },
              kind === 'ANONYMOUS' ? `“${sourceName(claim.source)}”` : sourceName(claim.source),
              affiliation ? h('span', { class: 'affiliation' }, ` · ${affiliation.abbreviation ?? affiliation.name}`) : null),
            group));
        }
        bySource.get(key).append(claimCard(claim));
      }
    };
    add(connection.nodes);
    if (connection.pageInfo.hasNextPage) {
      let after = connection.pageInfo.endCursor;
      const more = h('button', { type: 'button', class: 'more', onclick: async () => {
        more.disabled = true;
        const next = await graphql(`query MoreClaims($source: String, $after: String) {
          claims(filter: {sourceKind: ${kind}, source: $source}, first: 100, after: $after) { ${CLAIM_FIELDS} } }`,
        { source: source || null, after });
        add(next.claims.nodes);
        after = next.claims.pageInfo.endCursor;
        more.disabled = false;
        if (!next.claims.pageInfo.hasNextPage) more.remove();
      } }, 'More claims');
      section.append(more);
    }
    main.append(section);
  }
}

function claimCard(claim) {
  return h('li', { class: 'card claim', 'data-id': claim.id },
    h('p', { class: 'claim-text', lang: claim.language }, claim.text),
    recordMeta(claim.article),
    h('a', { class: 'read', href: articleLink(claim.article.id, claim.span) }, 'Read it in the article →'));
}

// ---- the timeline of events -------------------------------------------------------------------------------------

let eventKinds;

async function timelineView(params) {
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  const kind = params.get('kind') || null;
  const selectedId = params.get('event');
  if (!eventKinds) {
    // The kinds come from the schema itself, so a kind added to the API appears here without a change.
    const data = await graphql('{ __type(name: "EventKind") { enumValues { name } } }');
    eventKinds = data.__type.enumValues.map((v) => v.name);
  }
  const events = [];
  let after = null;
  let total = 0;
  do {
    const data = await graphql(`query ExplorerEvents($from: Date, $to: Date, $kind: EventKind, $after: String) {
      events(filter: {from: $from, to: $to, kind: $kind}, first: 100, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes {
          id kind date precision until summary outcome
          participants { name nameDevanagari } parties { name abbreviation }
          mentions { text span { start end } article { id title publishedOn outlet { name } } }
        }
      }
    }`, { from, to, kind, after });
    events.push(...data.events.nodes);
    total = data.events.totalCount;
    after = data.events.pageInfo.hasNextPage ? data.events.pageInfo.endCursor : null;
  } while (after && events.length < 1000);

  const input = (name, value, label) => h('label', {}, label, h('input', { type: 'date', name, value: value ?? '' }));
  const form = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    go('timeline', { from: f.get('from'), to: f.get('to'), kind: f.get('kind') });
  } },
  input('from', from, 'From'), input('to', to, 'To'),
  h('label', {}, 'Kind', h('select', { name: 'kind' }, h('option', { value: '' }, 'all kinds'),
    eventKinds.map((k) => h('option', { value: k, selected: k === kind }, k.toLowerCase())))),
  h('button', { type: 'submit' }, 'Show'),
  (from || to || kind) ? h('a', { href: '#/timeline', class: 'reset' }, 'All events') : null);

  const legend = h('ul', { class: 'legend' }, eventKinds.map((k) => h('li', {},
    h('a', { href: `#/timeline?${new URLSearchParams(Object.entries({ from, to, kind: k }).filter(([, v]) => v))}` },
      h('span', { class: 'swatch', style: `background:${KIND_COLOURS[k] ?? KIND_COLOURS.OTHER}` }), k.toLowerCase()))));

  const details = h('aside', { class: 'details', id: 'event-details', 'aria-live': 'polite' },
    h('p', { class: 'hint' }, 'Choose an event to see where it is mentioned.'));
  const chart = h('div', { class: 'chart' });
  main.replaceChildren(h('h1', {}, 'Timeline of events'), form, legend,
    h('p', { class: 'count' }, `${total} event${total === 1 ? '' : 's'}`),
    h('div', { class: 'timeline-layout' }, chart, details));
  if (events.length === 0) {
    chart.append(h('p', {}, 'No events in this range.'));
    return;
  }
  const select = (event) => {
    showEvent(details, event);
    // On a narrow screen the details are below the chart: bring them into view.
    if (!window.matchMedia('(min-width: 60rem)').matches) details.scrollIntoView({ block: 'start' });
    for (const g of chart.querySelectorAll('g.event')) g.classList.toggle('selected', g.dataset.id === event.id);
    const next = new URLSearchParams(route().params);
    next.set('event', event.id);
    history.replaceState(null, '', `#/timeline?${next}`);
    main.dataset.rendered = location.hash;
  };
  const draw = () => chart.replaceChildren(drawTimeline(events, { width: chart.clientWidth || 320, selected: selectedId, onSelect: select }));
  draw();
  redraw = draw;
  const chosen = events.find((e) => e.id === selectedId);
  if (chosen) showEvent(details, chosen);
}

let redraw = null;

function showEvent(details, event) {
  const when = event.until ? `${formatDate(event.date)} – ${formatDate(event.until)}` : formatDate(event.date, event.precision);
  details.replaceChildren(...present(
    h('h2', {}, h('span', { class: 'kind', style: `color:${KIND_COLOURS[event.kind] ?? KIND_COLOURS.OTHER}` }, event.kind.toLowerCase()), ` · ${when}`),
    h('p', { class: 'summary', lang: languageOf(event.summary) }, event.summary),
    event.outcome ? h('p', { class: 'outcome', lang: languageOf(event.outcome) }, `Outcome: ${event.outcome}`) : null,
    event.participants.length ? h('p', {}, 'People: ', event.participants.map((p) => p.name).join(', ')) : null,
    event.parties.length ? h('p', {}, 'Parties: ', event.parties.map((p) => p.abbreviation ?? p.name).join(', ')) : null,
    h('h3', {}, `Mentioned ${event.mentions.length === 1 ? 'once' : `${event.mentions.length} times`}`),
    h('ol', { class: 'mentions' }, event.mentions.map((mention) => h('li', { class: 'mention' },
      h('blockquote', { lang: languageOf(mention.text) }, mention.text),
      recordMeta(mention.article),
      h('a', { class: 'read', href: articleLink(mention.article.id, mention.span) }, 'Read it in the article →'))))));
}

let resizeTimer;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => { if (route().parts[0] === 'timeline' && redraw) redraw(); }, 150);
});
window.addEventListener('hashchange', () => { redraw = null; render(); });
render();
