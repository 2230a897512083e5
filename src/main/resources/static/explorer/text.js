// Text helpers: the sentence around a span, highlighting, dates. Offsets are UTF-16 code units, end exclusive,
// exactly as the API gives them, so String.prototype.slice cuts the body where the API means.

const segmenters = new Map();

function sentences(body, language) {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter.segment(body);
}

/**
 * The whole sentences of the body that the span touches (a quote can run over several), trimmed, and clipped to
 * at most `room` characters either side of the span so that a paragraph without full stops stays readable.
 * Returns { before, text, after } with text === body.slice(span.start, span.end).
 */
export function sentenceAround(body, span, language, room = 320) {
  let start = span.start;
  let end = span.end;
  for (const { index, segment } of sentences(body, language)) {
    const segmentEnd = index + segment.length;
    if (segmentEnd <= span.start) continue;
    if (index >= span.end) break;
    start = Math.min(start, index);
    end = Math.max(end, segmentEnd);
  }
  let before = body.slice(start, span.start).replace(/^\s+/, '');
  let after = body.slice(span.end, end).replace(/\s+$/, '');
  if (before.length > room) before = '…' + before.slice(before.length - room).replace(/^\S*\s/, '');
  if (after.length > room) after = after.slice(0, room).replace(/\s\S*$/, '') + '…';
  return { before, text: body.slice(span.start, span.end), after };
}

/** A DOM element; attributes set as properties or attributes, children as nodes or text. */
export function h(tag, attributes = {}, ...children) {
  const element = tag === 'svg' || attributes.svg
    ? document.createElementNS('http://www.w3.org/2000/svg', tag)
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false || name === 'svg') continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** The sentence with the span's words in a mark element. */
export function highlighted({ before, text, after }, language) {
  return h('blockquote', { class: 'context', lang: language }, before, h('mark', {}, text), after);
}

const dayFormat = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-IN', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export const toDate = (iso) => new Date(`${iso}T00:00:00Z`);

/** A date as people write it, at its precision: "24 Jan 2026", "Jan 2026", "2017". */
export function formatDate(iso, precision = 'DAY') {
  if (!iso) return 'date unknown';
  if (precision === 'YEAR') return iso.slice(0, 4);
  if (precision === 'MONTH') return monthFormat.format(toDate(iso));
  return dayFormat.format(toDate(iso));
}

/** The language of a piece of text by its script, for lang attributes on text the API gives without one. */
export const languageOf = (text) => (/[\u0900-\u097F]/.test(text) ? 'hi' : 'en');

/** The display name of a quote's speaker or a claim's source, whatever its kind. */
export function sourceName(source) {
  if (!source) return 'unknown';
  switch (source.__typename) {
    case 'AnonymousSource': return source.description;
    case 'Party': return source.abbreviation ? `${source.name} (${source.abbreviation})` : source.name;
    default: return source.name;
  }
}
