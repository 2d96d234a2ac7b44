// Peers in the command console: the heat map of domains by rank group, the "contribute this cycle" choice and the
// comparison with peer agencies. Every figure is the API's; a withheld cell is shown as "withheld", never a number.
import { element, formatScore } from './api.js';

/** The heat map as the API assembles it (GET …/results/view): domains × columns, each cell the score on its band colour. */
export function heatMap(result, view) {
  const map = view.heatMap;
  const cell = ({ score, band, withheld }) => withheld
    ? element('td', { class: 'heat heat-withheld', text: 'withheld' })
    : score === null || score === undefined
      ? element('td', { class: 'heat', text: '—' })
      : element('td', { class: `heat heat-${band}`, text: formatScore(score) });
  const rows = map.rows.map(row => element('tr', {}, element('th', { scope: 'row', text: row.title }), ...row.cells.map(cell)));
  const k = result.options?.minimumGroupSize ?? 5;
  return element('div', { class: 'card', id: 'heat-map' },
    element('h2', { text: 'Heat map: domains by rank group' }),
    element('p', { class: 'small muted', text: `Each domain's score by rank group, coloured by band (darker is higher). "withheld" marks a group of fewer than ${k} respondents, or one that would let a smaller group be worked out; the pools are shown only when the perception gap can be. "—": no one of that group answered.` }),
    element('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Heat map (scrolls sideways)' }, element('table', { class: 'heat-map' },
      element('caption', { text: 'Scores by domain and rank group (0–100)' }),
      element('thead', {}, element('tr', {}, element('th', { scope: 'col', text: 'Domain' }), ...map.columns.map(column => element('th', { scope: 'col', text: column })))),
      element('tbody', {}, ...rows))),
    element('ul', { class: 'legend', 'aria-label': 'Colour key' },
      ...map.legend.map(entry => element('li', {}, element('span', { class: `swatch heat-${entry.band}`, 'aria-hidden': 'true' }), entry.label)),
      element('li', {}, element('span', { class: 'swatch heat-withheld', 'aria-hidden': 'true' }), 'Withheld')));
}

const reasons = {
  'no-qualifying-cell': 'No group of peer agencies, of this agency\'s size or of all sizes, holds the 5 agencies a comparison needs.',
  'own-contribution': 'The loaded benchmark holds this cycle, and an agency is never compared with itself.',
  'different-instrument': 'The benchmark is of another instrument.',
};

const positions = { 'below-p10': 'below p10', 'above-p90': 'above p90', 'below-p25': 'below p25', 'above-p75': 'above p75', 'below-median': 'below median', 'at-median': 'at median', 'above-median': 'above median' };
const rank = standing => positions[standing.position]
  ?? (standing.percentileRank === null || standing.percentileRank === undefined ? '—' : `p${Math.round(standing.percentileRank)}`);
const present = value => value !== null && value !== undefined;
/** The widest range the peers' cell publishes: p10–p90 (20+ agencies), p25–p75 (10–19), or the median only (5–9). */
const range = standing => present(standing.p10) ? `${formatScore(standing.p10)}–${formatScore(standing.p90)}`
  : present(standing.p25) ? `${formatScore(standing.p25)}–${formatScore(standing.p75)}` : 'median only';

/** The peer card: the agency's choice to contribute this closed cycle, and its comparison with peer agencies. */
export async function peerCard(api, id, cycle, result) {
  const card = element('div', { class: 'card', id: 'peers' }, element('h2', { text: 'Compared with peer agencies' }));
  const base = `/assessments/${encodeURIComponent(id)}`;
  if (cycle.status === 'closed') {
    const choice = element('p', {});
    const render = contribution => {
      const button = element('button', { type: 'button', class: 'secondary', text: contribution.contributing ? 'Withdraw from peer comparisons' : 'Contribute this closed cycle, anonymously, to peer comparisons' });
      button.addEventListener('click', async () => {
        button.disabled = true;
        try { render(await api(contribution.contributing ? 'DELETE' : 'PUT', `${base}/benchmark-contribution`)); } catch { button.disabled = false; }
      });
      choice.replaceChildren(
        element('span', { id: 'contribution-state', text: contribution.contributing ? 'This cycle contributes its scores (no names, no answers) to other agencies\' comparisons. ' : 'This cycle does not contribute to peer comparisons. ' }),
        button);
    };
    try { render(await api('GET', `${base}/benchmark-contribution`)); card.append(choice); } catch { /* the choice stays hidden */ }
  }

  let comparison = null;
  try { comparison = await api('GET', `${base}/peer-comparison`); } catch {
    card.append(element('p', { class: 'muted', text: 'No peer benchmark is available yet.' }));
    return card;
  }
  if (comparison.status !== 'compared') {
    card.append(element('p', { class: 'muted', text: reasons[comparison.status] ?? 'No comparison can be shown.' }));
    return card;
  }
  const overall = comparison.overall;
  const heading = overall?.basis === 'size-band' ? `Compared with ${overall.agencies} agencies of similar size`
    : overall?.basis === 'all-agencies' ? `Compared with ${overall.agencies} agencies of all sizes` : 'Compared with peer agencies';
  card.firstChild.textContent = heading;
  const titles = new Map(result.sections.flatMap(section => section.domains).map(domain => [domain.id, domain.title ?? domain.id]));
  const rows = comparison.domains.map(standing => element('tr', {},
    element('th', { scope: 'row', text: titles.get(standing.id) ?? standing.id }),
    element('td', { class: 'number', text: formatScore(standing.score) }),
    element('td', { class: 'number', text: standing.basis ? formatScore(standing.median) : 'withheld' }),
    element('td', { class: 'number', text: standing.basis ? range(standing) : 'withheld' }),
    element('td', { text: rank(standing) }),
    element('td', {}, bar(standing))));
  card.append(
    element('p', { class: 'small muted', text: 'The bar spans the peers\' 10th to 90th percentile (darker: the middle half), the line is their median, the diamond this cycle\'s score; with fewer than 20 peers only the middle half is shown, with fewer than 10 only the median (rounded). Rank: the share of peers scoring lower.' }),
    element('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Peer comparison (scrolls sideways)' }, element('table', {},
      element('caption', { text: `${heading}: score, peer median and range per domain` }),
      element('thead', {}, element('tr', {}, ...['Domain', 'Score', 'Peer median', 'Peer range', 'Rank'].map((h, i) => element('th', { scope: 'col', class: i > 0 && i < 4 ? 'number' : null, text: h })),
        element('th', { scope: 'col' }, element('span', { class: 'visually-hidden', text: 'Chart' })))),
      element('tbody', {}, ...rows))));
  return card;
}

function bar(standing) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 160 16');
  svg.setAttribute('width', '160');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const add = (tag, attributes) => {
    const node = document.createElementNS(ns, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    svg.append(node);
  };
  const x = value => Math.max(0, Math.min(100, value)) * 1.6;
  add('line', { x1: 0, x2: 160, y1: 8, y2: 8, stroke: '#c9d1d9' });
  if (standing.basis) {
    if (present(standing.p10)) add('rect', { x: x(standing.p10), y: 3, width: Math.max(x(standing.p90) - x(standing.p10), 1), height: 10, fill: '#c6dbef' });
    if (present(standing.p25)) add('rect', { x: x(standing.p25), y: 3, width: Math.max(x(standing.p75) - x(standing.p25), 1), height: 10, fill: '#6baed6' });
    add('line', { x1: x(standing.median), x2: x(standing.median), y1: 1, y2: 15, stroke: '#1b1f24', 'stroke-width': 2 });
    if (standing.score !== null && standing.score !== undefined) {
      const s = x(standing.score);
      add('path', { d: `M${s} 2 L${s + 5} 8 L${s} 14 L${s - 5} 8 Z`, fill: '#1f4e79', stroke: '#fff' });
    }
  }
  return svg;
}
