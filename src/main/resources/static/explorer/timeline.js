// The timeline: a vertical time axis drawn in SVG, each event a dot (a day) or a bar (a month, a year, or a
// window such as "in the next 3 to 4 days") at its true date, and its label as close beside it as the labels
// before it allow, joined to it by a line. Vertical, so that it reads the same on a phone as on a desktop, and so
// that events on the same day (the usual case in news) fan out instead of piling up.
import { formatDate, h, languageOf, toDate } from './text.js';

const DAY = 86_400_000;
const ROW = 44; // the height of one label: kind and date, then the summary
const AXIS_X = 76;
const LABEL_X = AXIS_X + 44;
const TOP = 28;

export const KIND_COLOURS = {
  RESIGNATION: '#c2410c', EXPULSION: '#b91c1c', JOINING: '#15803d', RALLY: '#7c3aed', ELECTION: '#1d4ed8',
  MEETING: '#0f766e', SESSION: '#a16207', STATEMENT: '#be185d', OTHER: '#4b5563',
};

/** The last day an event's date can mean: the end of its month or year, or the end of its window. */
export function endOf(event) {
  if (event.until) return toDate(event.until);
  const start = toDate(event.date);
  if (event.precision === 'YEAR') return new Date(Date.UTC(start.getUTCFullYear(), 11, 31));
  if (event.precision === 'MONTH') return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return start;
}

function ticks(from, to) {
  const years = (to - from) / (365.25 * DAY);
  const out = [];
  if (years > 3) {
    const step = Math.max(1, Math.ceil(years / 12));
    for (let y = Math.ceil(from.getUTCFullYear() / step) * step; y <= to.getUTCFullYear(); y += step) {
      out.push({ at: new Date(Date.UTC(y, 0, 1)), label: String(y) });
    }
  } else if (years > 0.25) {
    const months = Math.round(years * 12);
    const step = Math.max(1, Math.ceil(months / 12));
    const at = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    for (; at <= to; at.setUTCMonth(at.getUTCMonth() + step)) {
      out.push({ at: new Date(at), label: formatDate(at.toISOString().slice(0, 10), 'MONTH') });
    }
  } else {
    const days = (to - from) / DAY;
    const step = Math.max(1, Math.ceil(days / 10));
    for (let at = new Date(from); at <= to; at = new Date(at.getTime() + step * DAY)) {
      out.push({ at, label: formatDate(at.toISOString().slice(0, 10)).replace(/ \d{4}$/, '') });
    }
  }
  return out.filter((t) => t.at >= from && t.at <= to);
}

function clip(text, chars) {
  return text.length <= chars ? text : `${text.slice(0, chars - 1).replace(/\s\S*$/, '')}…`;
}

/**
 * The timeline of these events as an SVG element `width` pixels wide. Calls onSelect(event) when an event is
 * clicked or chosen with the keyboard; the event whose id is `selected` is drawn as chosen.
 */
export function drawTimeline(events, { width, selected, onSelect }) {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || endOf(a) - endOf(b));
  let from = new Date(Math.min(...sorted.map((e) => toDate(e.date))));
  let to = new Date(Math.max(...sorted.map((e) => endOf(e))));
  const pad = Math.max(15 * DAY, (to - from) * 0.02);
  from = new Date(from.getTime() - pad);
  to = new Date(to.getTime() + pad);

  const scaleHeight = Math.min(Math.max(sorted.length * ROW, 360), 1600);
  const y = (date) => TOP + ((date - from) / (to - from)) * scaleHeight;
  const chars = Math.max(16, Math.floor((width - LABEL_X - 12) / 7.4));

  const items = [];
  let nextFree = TOP - ROW / 2;
  for (const event of sorted) {
    const top = y(toDate(event.date));
    const bottom = Math.max(y(endOf(event)), top);
    const middle = (top + bottom) / 2;
    const labelY = Math.max(middle, nextFree + ROW);
    nextFree = labelY;
    items.push({ event, top, bottom, middle, labelY });
  }
  const height = Math.max(TOP + scaleHeight, nextFree + ROW / 2) + 16;

  const svg = h('svg', {
    class: 'timeline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group',
    'aria-label': `Timeline of ${sorted.length} events`,
  });
  svg.append(h('line', { svg: true, class: 'axis', x1: AXIS_X, x2: AXIS_X, y1: TOP - 12, y2: TOP + scaleHeight + 12 }));
  for (const tick of ticks(from, to)) {
    const ty = y(tick.at);
    svg.append(
      h('line', { svg: true, class: 'tick', x1: AXIS_X - 6, x2: AXIS_X, y1: ty, y2: ty }),
      h('text', { svg: true, class: 'tick-label', x: AXIS_X - 10, y: ty + 4, 'text-anchor': 'end' }, tick.label),
    );
  }
  for (const { event, top, bottom, middle, labelY } of items) {
    const colour = KIND_COLOURS[event.kind] ?? KIND_COLOURS.OTHER;
    const when = event.until
      ? `${formatDate(event.date)} – ${formatDate(event.until)}`
      : formatDate(event.date, event.precision);
    const choose = () => onSelect(event);
    const group = h('g', {
      svg: true, class: `event${event.id === selected ? ' selected' : ''}`, role: 'button', tabindex: 0,
      'data-id': event.id, 'data-kind': event.kind, 'data-date': event.date,
      'aria-label': `${event.kind.toLowerCase()}, ${when}: ${event.summary}`,
      onclick: choose,
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(); } },
    });
    group.append(
      h('path', { svg: true, class: 'leader', d: `M${AXIS_X + 8},${middle} C${AXIS_X + 28},${middle} ${LABEL_X - 24},${labelY} ${LABEL_X - 6},${labelY}` }),
      bottom - top > 3
        ? h('rect', { svg: true, class: 'period', x: AXIS_X - 5, y: top, width: 10, height: bottom - top, rx: 4, fill: colour })
        : h('circle', { svg: true, class: 'day', cx: AXIS_X, cy: top, r: 6, fill: colour }),
      h('rect', { svg: true, class: 'hit', x: LABEL_X - 8, y: labelY - ROW / 2 + 2, width: width - LABEL_X, height: ROW - 4, rx: 6 }),
      h('text', { svg: true, class: 'label-head', x: LABEL_X, y: labelY - 4 },
        h('tspan', { svg: true, fill: colour, class: 'kind' }, event.kind.toLowerCase()),
        h('tspan', { svg: true, class: 'when' }, `  ${when}`)),
      h('text', { svg: true, class: 'label-summary', x: LABEL_X, y: labelY + 14, lang: languageOf(event.summary) },
        clip(event.summary, chars)),
    );
    svg.append(group);
  }
  return svg;
}
