// "What we did and what changed" on the action register page: the API's progress report of the latest closed cycle (the
// actions adopted from the cycle before it, measured now). The figures and verdicts are the core's; nothing here
// computes a change or decides whether it is beyond noise.
import { request, element, ApiError } from './api.js';

const verdicts = { improved: 'Improved', declined: 'Declined', 'within-noise': 'No clear change', undetermined: 'Cannot tell', 'not-comparable': 'Not comparable' };
const score = value => (value === null || value === undefined ? '—' : value.toFixed(1));
const change = figure => `${score(figure.then)} → ${score(figure.now)}${figure.delta === null || figure.delta === undefined ? '' : ` (${figure.delta >= 0 ? '+' : ''}${figure.delta.toFixed(1)})`}`;

/** The card, filled once the cycles and the progress report have loaded. `statusLabels` names each action status. */
export function progressCard({ agencyId, key, statusLabels }) {
  const body = element('div', { id: 'progress-body' }, element('p', { class: 'muted', text: 'Loading…' }));
  const card = element('section', { class: 'card', 'aria-labelledby': 'progress-heading', id: 'progress' },
    element('h2', { id: 'progress-heading', text: 'What we did and what changed' }),
    body);
  fill(body, agencyId, key, statusLabels);
  return card;
}

async function fill(body, agencyId, key, statusLabels) {
  const agency = `/api/agencies/${encodeURIComponent(agencyId)}`;
  try {
    const cycles = await request('GET', `${agency}/assessments`, { key });
    const latest = cycles.find(cycle => cycle.status === 'closed');
    if (!latest) {
      body.replaceChildren(element('p', { text: 'Progress appears here once a second cycle is closed: it measures the actions adopted from one cycle at the next.' }));
      return;
    }
    const { report } = await request('GET', `${agency}/register/progress/${encodeURIComponent(latest.id)}`, { key });
    body.replaceChildren(...render(report, latest, statusLabels));
  } catch (error) {
    const text = error instanceof ApiError && error.status === 409
      ? 'Progress appears here once a second cycle is closed: it measures the actions adopted from one cycle at the next.'
      : `Progress could not be loaded: ${error.message}`;
    body.replaceChildren(element('p', { text }));
  }
}

function render(progress, latest, statusLabels) {
  const rows = progress.actions.map(action => element('tr', {},
    element('td', { 'data-label': 'Action', text: action.recommendation }),
    element('td', { 'data-label': 'Status', text: statusLabels[action.status] + (action.doneOn ? ` ${action.doneOn}` : '') + (action.droppedReason ? `: ${action.droppedReason}` : '') }),
    element('td', { 'data-label': 'Practice score', text: change(action.item) }),
    element('td', { 'data-label': 'Verdict', text: verdicts[action.item.signal] ?? action.item.signal })));
  return [
    element('p', { text: `The actions adopted from the earlier cycle (${progress.earlierRespondents} respondents), measured at "${latest.title}" (${progress.laterRespondents} respondents). A change counts only when the two 95% intervals do not overlap.` }),
    progress.actions.length === 0
      ? element('p', { text: 'No action was adopted from the earlier cycle\'s plan.' })
      : element('div', { class: 'table-scroll' }, element('table', { class: 'progress-table', id: 'progress-table' },
        element('caption', { text: 'Each action and its practice\'s score, then and now' }),
        element('thead', {}, element('tr', {}, ...['Action', 'Status', 'Practice score', 'Verdict'].map(text => element('th', { scope: 'col', text })))),
        element('tbody', {}, ...rows))),
    progress.movedWithoutAction.length === 0
      ? element('p', { id: 'moved-without-action', text: 'No practice moved beyond noise without an action.' })
      : element('details', { id: 'moved-without-action' },
        element('summary', { text: `${progress.movedWithoutAction.length} practice${progress.movedWithoutAction.length === 1 ? '' : 's'} moved beyond noise without an action in progress or done` }),
        element('ul', {}, ...progress.movedWithoutAction.map(item => element('li', { text: `${item.id}: ${change(item)}, ${(verdicts[item.signal] ?? item.signal).toLowerCase()}` })))),
    element('p', { id: 'actions-without-movement', text: progress.actionsWithoutMovement.length === 0
      ? 'Every practice with an action in progress or done moved beyond noise.'
      : `${progress.actionsWithoutMovement.length} action${progress.actionsWithoutMovement.length === 1 ? '' : 's'} in progress or done whose practice has not moved yet.` }),
  ];
}
