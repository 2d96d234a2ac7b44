// Participation in the console: the agency's expected headcounts per group (a form), and participation by group as the
// API computed it. The API has already withheld small groups, their complements and their rates, and raised the flags;
// nothing here computes a rate or decides a flag.
import { element, showError, request } from './api.js';

const percent = rate => `${Math.round(rate * 100)}%`;

/** The card of a cycle. Returns { card, update(cycle) }; `update` redraws the table from a newer view of the cycle. */
export function participationCard(cycle, { api, say, problem }) {
  const base = `/assessments/${encodeURIComponent(cycle.id)}/headcounts`;
  const summary = element('div', { id: 'participation' });
  const inputs = new Map();
  const field = (id, label, value) => {
    const input = element('input', { id, type: 'number', step: '1', inputmode: 'numeric', value: value === undefined || value === null ? '' : String(value) });
    return [element('label', { for: id, text: label }), input];
  };
  const headcounts = cycle.headcounts ?? { total: null, groups: {} };
  const rows = cycle.groups.map(group => {
    const [label, input] = field(`headcount-${group.id}`, group.title, headcounts.groups[group.id]);
    inputs.set(group.id, input);
    return element('div', { class: 'field' }, label, input);
  });
  const [totalLabel, total] = field('headcount-total', 'All staff who may answer (optional; default: the groups together)', headcounts.total);
  const save = element('button', { type: 'button', class: 'secondary', text: 'Save headcounts' });
  let range = null;
  request('GET', '/api/vocabulary').then(vocabulary => {
    range = vocabulary.headcount;
    for (const input of [...inputs.values(), total]) { input.min = String(range.minimum); input.max = String(range.maximum); }
  }, () => { /* the API checks the range on save */ });
  save.addEventListener('click', async () => {
    const body = { groups: {} };
    for (const [id, input] of [...inputs, ['total', total]]) {
      if (input.value.trim() === '') continue;
      const value = Number(input.value);
      // The range is the API's (GET /api/vocabulary); the API checks it again and names the field it refuses.
      if (!Number.isInteger(value) || (range && (value < range.minimum || value > range.maximum))) {
        say(range ? `A headcount is a whole number from ${range.minimum} to ${range.maximum}.` : 'A headcount is a whole number.', 'error'); input.focus(); return;
      }
      if (id === 'total') body.total = value; else body.groups[id] = value;
    }
    save.disabled = true;
    try {
      const updated = await api('PUT', base, { body });
      say(updated.headcounts ? 'Headcounts saved.' : 'Headcounts cleared.', 'ok');
      update(updated);
    } catch (error) { showError(problem, error); } finally { save.disabled = false; }
  });

  const update = view => summary.replaceChildren(...table(view));
  update(cycle);
  const card = element('div', { class: 'card' },
    element('h2', { text: 'Participation' }),
    summary,
    element('details', { id: 'headcounts' },
      element('summary', { text: 'Expected headcounts' }),
      element('p', { class: 'small', text: 'How many staff in each group can answer. Leave a group empty if you do not know. With headcounts, the console and the report show participation rates and flag a group with more responses than staff.' }),
      ...rows,
      element('div', { class: 'field' }, totalLabel, total),
      element('div', { class: 'actions' }, save)));
  return { card, update };
}

function table(cycle) {
  const participation = cycle.participation;
  if (!participation) {
    return [element('p', { class: 'muted', id: 'participation-status', text: 'Give expected headcounts to see participation rates.' })];
  }
  const k = participation.minimumGroupSize;
  const shown = group => group.respondents !== null ? String(group.respondents)
    : group.suppressed === 'below-minimum-group-size' ? `fewer than ${k}` : 'withheld';
  const checks = group => [
    group.overHeadcount ? 'More responses than staff' : null,
    group.burst ? `Burst: ${group.burst.respondents ?? 'many'} answers within ten minutes from ${new Date(group.burst.from).toLocaleString()}` : null,
  ].filter(Boolean).join('; ');
  const overall = participation.rate !== null
    ? `${participation.respondents} of ${participation.headcount} staff answered (${percent(participation.rate)}).`
    : participation.headcount !== null ? `${participation.headcount} staff expected; the overall rate is withheld until ${k} have answered.`
      : 'Give a headcount for every group, or the total, to see the overall rate.';
  const rows = participation.groups
    .filter(group => group.headcount !== null || group.respondents !== 0)
    .map(group => element('tr', { class: group.overHeadcount || group.burst ? 'flagged' : null },
      element('th', { scope: 'row', text: group.title }),
      element('td', { class: 'number', text: group.headcount === null ? '—' : String(group.headcount) }),
      element('td', { class: 'number', text: shown(group) }),
      element('td', { class: 'number', text: group.rate === null ? '—' : percent(group.rate) }),
      element('td', { text: checks(group) })));
  return [
    element('p', { id: 'participation-status', text: overall }),
    participation.needsReview ? element('p', { class: 'notice warn', id: 'participation-warning', role: 'note', text: participation.overHeadcount || participation.groups.some(group => group.overHeadcount)
      ? 'More responses than staff: the link may have gone beyond your agency. Check how it was shared (or issue invitation codes) before presenting these results.'
      : 'Check the flagged groups before presenting these results. A whole shift answering at roll call also shows as a burst.' }) : null,
    rows.length ? element('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Participation by group (scrolls sideways)' }, element('table', {},
      element('caption', { text: 'Participation by group' }),
      element('thead', {}, element('tr', {}, ...['Group', 'Headcount', 'Responses', 'Rate', 'Check'].map((text, i) => element('th', { scope: 'col', class: i > 0 && i < 4 ? 'number' : null, text })))),
      element('tbody', {}, ...rows))) : null,
    element('p', { class: 'small muted', text: `Rates follow the same anonymity rule as counts: no rate for a group of fewer than ${k}, or for a group whose count is withheld.` }),
  ].filter(Boolean);
}
