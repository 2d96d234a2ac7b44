// Accessible SVG charts for the dashboard: every chart has a title, a description, and a table alternative nearby.
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function frame(width, height, title, description) {
  const id = `chart-${Math.random().toString(36).slice(2)}`;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-labelledby': `${id}-t ${id}-d` });
  root.append(svg('title', { id: `${id}-t` }, title), svg('desc', { id: `${id}-d` }, description));
  return root;
}

const describe = points => points.map(p => `${p.label}: ${p.value === null ? 'insufficient data' : p.value.toFixed(0)}`).join('; ');

// Without the result's band edges, only the scale's ends: the edges are the API's (result.options.bandEdges).
const DEFAULT_TICKS = [0, 100];

/** A radar chart of 0–100 scores, with a ring at every tick above 0 (the result's band edges and 100). */
export function radar(points, title, ticks = DEFAULT_TICKS) {
  const size = 420, center = size / 2, radius = 130;
  const root = frame(size, size, title, describe(points));
  const angle = i => -Math.PI / 2 + (2 * Math.PI * i) / points.length;
  for (const ring of ticks.filter(tick => tick > 0)) {
    const polygon = points.map((_, i) => `${center + Math.cos(angle(i)) * radius * ring / 100},${center + Math.sin(angle(i)) * radius * ring / 100}`).join(' ');
    root.append(svg('polygon', { points: polygon, fill: 'transparent', stroke: '#c9d1d9' }));
  }
  points.forEach((point, i) => {
    const x = center + Math.cos(angle(i)) * (radius + 18), y = center + Math.sin(angle(i)) * (radius + 18);
    root.append(svg('line', { x1: center, y1: center, x2: center + Math.cos(angle(i)) * radius, y2: center + Math.sin(angle(i)) * radius, stroke: '#c9d1d9' }));
    const anchor = Math.abs(x - center) < 10 ? 'middle' : x > center ? 'start' : 'end';
    const words = point.short.split(' ');
    const label = svg('text', { x, y, 'text-anchor': anchor, 'font-size': 13, fill: '#1b1f24' });
    words.forEach((word, w) => label.append(svg('tspan', { x, dy: w === 0 ? 0 : 15 }, word)));
    root.append(label);
  });
  const shape = points.map((p, i) => `${center + Math.cos(angle(i)) * radius * (p.value ?? 0) / 100},${center + Math.sin(angle(i)) * radius * (p.value ?? 0) / 100}`).join(' ');
  root.append(svg('polygon', { points: shape, fill: 'rgba(31,78,121,0.25)', stroke: '#1f4e79', 'stroke-width': 2.5 }));
  return root;
}

/** Horizontal bars of 0–100 scores with optional CI95 whiskers, gridlines at the ticks (the result's band edges). */
export function bars(points, title, ticks = DEFAULT_TICKS) {
  const labelWidth = 220, width = 560, rowHeight = 34, height = points.length * rowHeight + 30;
  const root = frame(width, height, title, describe(points));
  const scale = v => labelWidth + (width - labelWidth - 20) * v / 100;
  for (const tick of ticks) {
    root.append(svg('line', { x1: scale(tick), x2: scale(tick), y1: 0, y2: height - 22, stroke: '#e1e6eb' }));
    root.append(svg('text', { x: scale(tick), y: height - 6, 'text-anchor': 'middle', 'font-size': 12, fill: '#4a5561' }, String(tick)));
  }
  points.forEach((point, i) => {
    const y = i * rowHeight + 6;
    root.append(svg('text', { x: labelWidth - 8, y: y + 16, 'text-anchor': 'end', 'font-size': 13, fill: '#1b1f24' }, point.short));
    if (point.value !== null) {
      root.append(svg('rect', { x: labelWidth, y, width: scale(point.value) - labelWidth, height: 22, fill: '#1f4e79', rx: 3 }));
      if (point.low !== null && point.high !== null) {
        root.append(svg('line', { x1: scale(point.low), x2: scale(point.high), y1: y + 11, y2: y + 11, stroke: '#1b1f24', 'stroke-width': 2 }));
        for (const end of [point.low, point.high]) root.append(svg('line', { x1: scale(end), x2: scale(end), y1: y + 4, y2: y + 18, stroke: '#1b1f24', 'stroke-width': 2 }));
      }
    } else {
      root.append(svg('text', { x: labelWidth + 4, y: y + 16, 'font-size': 12, fill: '#4a5561' }, 'insufficient data'));
    }
  });
  return root;
}
