// The action register page: adopt actions from the latest closed cycle, assign them, set due days and status, filter.
import { request, showError, element, ApiError } from './api.js';
import { summaryLine } from './action-plan-card.js';
import { progressCard } from './action-progress.js';

const root = document.getElementById('plan');
const status = document.getElementById('status');
const problem = document.getElementById('problem');
const agencyId = sessionStorage.getItem('wellness-agency') ?? '';
const key = sessionStorage.getItem('wellness-key') ?? '';
const base = `/api/agencies/${encodeURIComponent(agencyId)}/register`;
const statusLabels = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' };
const filters = { status: '', owner: '', overdue: false };
let register = null;
let progress = null; // built after each load, kept across filter changes

function say(text, kind = '') {
  status.className = `notice ${kind}`.trim();
  status.textContent = text;
  status.hidden = !text;
}

async function load() {
  register = await request('GET', base, { key });
  progress = null; // the register changed: statuses in the progress report may too
  render();
}

function render() {
  const owners = [...new Set(register.actions.map(view => view.action.owner))].sort();
  const shown = register.actions.filter(view =>
    (!filters.status || view.action.status === filters.status)
    && (!filters.owner || view.action.owner === filters.owner)
    && (!filters.overdue || view.overdue));
  root.replaceChildren(
    element('section', { class: 'card', 'aria-labelledby': 'summary-heading' },
      element('h2', { id: 'summary-heading', text: 'Where the plan stands' }),
      element('p', { class: 'summary-line', id: 'summary', text: summaryLine(register.summary) }),
      element('p', { class: 'small muted', text: `${register.summary.inProgress} in progress, ${register.summary.planned} planned, ${register.summary.dropped} dropped. Overdue means due before ${register.today} and not done or dropped.` }),
      element('div', { class: 'actions' },
        element('a', { class: 'button secondary', href: `${base}/export.csv`, onclick: download('csv'), text: 'Download CSV' }),
        element('a', { class: 'button secondary', href: `${base}/export.ics`, onclick: download('ics'), text: 'Add to calendar (.ics)' }))),
    adoptForm(),
    filterForm(owners),
    element('section', { class: 'card', 'aria-labelledby': 'actions-heading' },
      element('h2', { id: 'actions-heading', text: 'Actions' }),
      register.actions.length === 0
        ? element('p', { text: 'No action adopted yet. Adopt the plan of your latest closed cycle above.' })
        : element('div', { class: 'table-scroll' }, table(shown))),
    element('div', { id: 'editor' }),
    progress ??= progressCard({ agencyId, key, statusLabels }));
}

function download(kind) {
  return async event => {
    event.preventDefault();
    try {
      const blob = await request('GET', `${base}/export.${kind}`, { key, accept: kind === 'csv' ? 'text/csv' : 'text/calendar' });
      const link = element('a', { href: URL.createObjectURL(blob), download: `${agencyId}-actions.${kind}` });
      document.body.append(link);
      link.click();
      link.remove();
    } catch (error) { showError(problem, error); }
  };
}

function adoptForm() {
  const form = element('form', { class: 'card', 'aria-labelledby': 'adopt-heading' },
    element('h2', { id: 'adopt-heading', text: 'Adopt from the latest closed cycle' }),
    element('fieldset', {},
      element('legend', { text: 'Which actions' }),
      element('label', { class: 'choice' }, element('input', { type: 'radio', name: 'which', value: 'top', checked: true }),
        element('span', {}, element('span', { class: 'label', text: 'The highest-priority actions' }))),
      element('label', { class: 'choice' }, element('input', { type: 'radio', name: 'which', value: 'all' }),
        element('span', {}, element('span', { class: 'label', text: 'The whole plan' })))),
    element('label', { for: 'top', text: 'How many (highest priority first)' }),
    element('input', { id: 'top', type: 'number', min: '1', max: '500', value: '5', inputmode: 'numeric' }),
    element('div', { class: 'actions' }, element('button', { type: 'submit', text: 'Adopt actions' })));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const which = form.querySelector('input[name=which]:checked').value;
    const top = Number.parseInt(form.querySelector('#top').value, 10);
    try {
      const receipt = await request('POST', `${base}/adopt`, { key, body: which === 'all' ? {} : { top } });
      say(`${receipt.adopted.length} action${receipt.adopted.length === 1 ? '' : 's'} adopted from cycle ${receipt.assessmentId}` +
        (receipt.alreadyInRegister.length ? `; ${receipt.alreadyInRegister.length} already in the plan.` : '.'), 'ok');
      await load();
    } catch (error) { showError(problem, error); }
  });
  return form;
}

function filterForm(owners) {
  const statusSelect = element('select', { id: 'filter-status' },
    element('option', { value: '', text: 'Any status' }),
    ...Object.entries(statusLabels).map(([value, text]) => element('option', { value, text, selected: filters.status === value })));
  const ownerSelect = element('select', { id: 'filter-owner' },
    element('option', { value: '', text: 'Any owner' }),
    ...owners.map(owner => element('option', { value: owner, text: owner, selected: filters.owner === owner })));
  const overdue = element('input', { id: 'filter-overdue', type: 'checkbox', checked: filters.overdue });
  const apply = () => {
    filters.status = statusSelect.value;
    filters.owner = ownerSelect.value;
    filters.overdue = overdue.checked;
    const focused = document.activeElement?.id;
    render();
    if (focused) document.getElementById(focused)?.focus();
  };
  statusSelect.addEventListener('change', apply);
  ownerSelect.addEventListener('change', apply);
  overdue.addEventListener('change', apply);
  return element('section', { class: 'card', 'aria-labelledby': 'filter-heading' },
    element('h2', { id: 'filter-heading', text: 'Filter' }),
    element('div', { class: 'filters' },
      element('div', {}, element('label', { for: 'filter-status', text: 'Status' }), statusSelect),
      element('div', {}, element('label', { for: 'filter-owner', text: 'Owner' }), ownerSelect),
      element('div', { class: 'check' }, overdue, element('label', { for: 'filter-overdue', text: 'Overdue only' }))));
}

function table(shown) {
  return element('table', { class: 'plan-table' },
    element('caption', { text: `${shown.length} of ${register.actions.length} actions shown` }),
    element('thead', {}, element('tr', {},
      ...['Action', 'Owner', 'Assignee', 'Due', 'Status', ''].map(text => element('th', { scope: 'col', text: text || undefined }, text ? null : element('span', { class: 'visually-hidden', text: 'Edit' }))))),
    element('tbody', {}, ...shown.map(view => {
      const action = view.action;
      return element('tr', { id: `row-${action.id}` },
        element('td', { 'data-label': 'Action' }, element('span', { text: action.recommendation }), element('span', { class: 'practice', text: `Practice ${action.itemId}` })),
        element('td', { 'data-label': 'Owner', text: action.owner }),
        element('td', { 'data-label': 'Assignee', text: action.assignee ?? 'Not assigned' }),
        element('td', { 'data-label': 'Due' }, element('span', { text: action.due ?? 'No date' }), view.overdue ? element('span', { class: 'overdue', text: ' (overdue)' }) : null),
        element('td', { 'data-label': 'Status', text: statusLabels[action.status] + (action.droppedReason ? `: ${action.droppedReason}` : '') }),
        element('td', {}, element('button', {
          type: 'button', class: 'secondary', id: `edit-${action.id}`, 'aria-label': `Edit: ${action.recommendation.slice(0, 80)}`,
          onclick: () => edit(view), text: 'Edit',
        })));
    })));
}

function edit(view) {
  const action = view.action;
  const field = (id, label, input) => [element('label', { for: id, text: label }), input];
  const statusSelect = element('select', { id: 'edit-status' },
    ...Object.entries(statusLabels).map(([value, text]) => element('option', { value, text, selected: action.status === value })));
  const reason = element('input', { id: 'edit-reason', type: 'text', value: action.droppedReason ?? '', 'aria-describedby': 'reason-hint' });
  const form = element('form', { class: 'card edit-form', 'aria-labelledby': 'edit-heading' },
    element('h2', { id: 'edit-heading', tabindex: '-1', text: 'Edit action' }),
    element('p', { text: action.recommendation }),
    ...field('edit-assignee', 'Assignee (a name or a role)', element('input', { id: 'edit-assignee', type: 'text', value: action.assignee ?? '', autocomplete: 'off' })),
    ...field('edit-due', 'Due', element('input', { id: 'edit-due', type: 'date', value: action.due ?? '' })),
    ...field('edit-status', 'Status', statusSelect),
    ...field('edit-reason', 'Reason for dropping', reason),
    element('p', { id: 'reason-hint', class: 'small muted', text: 'Required when the status is Dropped.' }),
    ...field('edit-notes', 'Notes', element('textarea', { id: 'edit-notes', text: action.notes ?? '' })),
    ...field('edit-evidence', 'Evidence link (https://…)', element('input', { id: 'edit-evidence', type: 'url', value: action.evidenceLink ?? '' })),
    element('div', { class: 'actions' },
      element('button', { type: 'submit', text: 'Save' }),
      element('button', { type: 'button', class: 'secondary', text: 'Cancel', onclick: () => close(action.id) })));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const value = id => form.querySelector(id).value.trim() || null;
    const body = {
      assignee: value('#edit-assignee'), due: value('#edit-due'), status: statusSelect.value,
      droppedReason: statusSelect.value === 'dropped' ? value('#edit-reason') : null,
      notes: value('#edit-notes'), evidenceLink: value('#edit-evidence'),
    };
    try {
      await save(action.id, view.version, body);
      await load();
      say('Saved.', 'ok');
      document.getElementById(`edit-${action.id}`)?.focus();
    } catch (error) {
      if (error instanceof ApiError && error.status === 412 && error.problem.current) {
        say('Someone else changed this action while you were editing. The form now shows their version; make your change again and save.', 'warn');
        await load();
        edit(error.problem.current);
      } else {
        showError(problem, error);
      }
    }
  });
  document.getElementById('editor').replaceChildren(form);
  form.querySelector('#edit-heading').focus();
}

function close(actionId) {
  document.getElementById('editor').replaceChildren();
  document.getElementById(`edit-${actionId}`)?.focus();
}

async function save(actionId, version, body) {
  let response;
  try {
    response = await fetch(`${base}/actions/${encodeURIComponent(actionId)}`, {
      method: 'PUT',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${key}`, 'If-Match': `"${btoa(version).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"` },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { title: 'No connection', detail: 'The server could not be reached; nothing was saved. Try again.' });
  }
  if (!response.ok) {
    let details = null;
    try { details = await response.json(); } catch { /* not JSON */ }
    throw new ApiError(response.status, details);
  }
  return response.json();
}

if (!key) {
  root.replaceChildren(element('p', {}, element('a', { href: '/console/', text: 'Sign in to the command console' }), ' to see your agency\'s action register.'));
} else {
  load().catch(error => showError(problem, error));
}
