// The administration page: with the admin key, create an agency, replace an agency's key, rebuild the benchmark.
// The admin key is kept in this page's memory only (never in sessionStorage or localStorage): reloading forgets it.
// A new agency key is shown once, here, and never again: the API stores only its hash.
import { request, showError, element } from './api.js';

const root = document.getElementById('admin');
const status = document.getElementById('status');
const problem = document.getElementById('problem');
let adminKey = '';

function say(text, kind = '') {
  status.className = `notice ${kind}`.trim();
  status.textContent = text;
  status.hidden = !text;
}

function clearProblem() { problem.hidden = true; problem.replaceChildren(); }

function render() {
  clearProblem();
  if (!adminKey) renderSignIn();
  else renderTasks();
}

function renderSignIn() {
  const form = element('form', {},
    element('h2', { text: 'Sign in' }),
    element('label', { for: 'admin-key', text: 'Admin key' }),
    element('input', { id: 'admin-key', type: 'password', autocomplete: 'off', required: true }),
    element('p', { class: 'small muted', text: 'The admin key stays in this page only and is forgotten when you reload or leave it.' }),
    element('div', { class: 'actions' }, element('button', { type: 'submit', text: 'Continue' })));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const key = form.querySelector('#admin-key').value.trim();
    if (!key) { say('Enter the admin key.', 'error'); return; }
    adminKey = key;
    say('');
    render();
  });
  root.replaceChildren(element('div', { class: 'card' }, form));
  queueMicrotask(() => form.querySelector('#admin-key').focus());
}

// A key shown once: a read-only field, a copy button and the warning that it will not be shown again.
function keyCard(id, headingText, agencyId, key) {
  const field = element('input', { id: `${id}-key`, type: 'text', readonly: true, value: key, 'aria-describedby': `${id}-warning` });
  const copy = element('button', { type: 'button', class: 'secondary', text: 'Copy key' });
  copy.addEventListener('click', async () => {
    try { await navigator.clipboard.writeText(key); say('Key copied.', 'ok'); } catch { field.select(); say('Select the key and copy it.', 'warn'); }
  });
  const card = element('div', { class: 'card', id },
    element('h2', { tabindex: '-1', text: headingText }),
    element('p', {}, 'Agency id: ', element('code', { id: `${id}-agency`, text: agencyId })),
    element('label', { for: `${id}-key`, text: 'Agency key' }),
    field,
    element('p', { class: 'notice warn', id: `${id}-warning`, text: 'Copy this key now and give it to the agency\'s command staff. It will not be shown again: only its fingerprint is stored.' }),
    element('div', { class: 'actions' }, copy));
  queueMicrotask(() => card.querySelector('h2').focus());
  return card;
}

function createAgencyForm(result) {
  const form = element('form', {},
    element('h2', { text: 'Create an agency' }),
    element('label', { for: 'agency-name', text: 'Name' }),
    element('input', { id: 'agency-name', type: 'text', required: true, placeholder: 'Riverside Police Department' }),
    element('label', { for: 'agency-id', text: 'Id (optional: made from the name when left empty)' }),
    element('input', { id: 'agency-id', type: 'text', placeholder: 'riverside-pd' }),
    element('div', { class: 'actions' }, element('button', { type: 'submit', text: 'Create agency' })));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblem();
    const name = form.querySelector('#agency-name').value.trim();
    const id = form.querySelector('#agency-id').value.trim();
    if (!name) { say('Give the agency a name.', 'error'); return; }
    try {
      const created = await request('POST', '/api/agencies', { key: adminKey, body: { name, ...(id ? { id } : {}) } });
      say(`The agency ${created.name} was created.`, 'ok');
      result.replaceChildren(keyCard('created', `The key of ${created.name}`, created.id, created.key));
      form.reset();
    } catch (error) { failed(error); }
  });
  return element('div', { class: 'card' }, form);
}

function rotateKeyForm(result) {
  const form = element('form', {},
    element('h2', { text: 'Replace an agency\'s key' }),
    element('p', { class: 'small muted', text: 'The old key stops working at once; a request with it is told the key was replaced.' }),
    element('label', { for: 'rotate-agency-id', text: 'Agency id' }),
    element('input', { id: 'rotate-agency-id', type: 'text', required: true }),
    element('div', { class: 'actions' }, element('button', { type: 'submit', class: 'danger', text: 'Replace key' })));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblem();
    const agencyId = form.querySelector('#rotate-agency-id').value.trim();
    if (!agencyId) { say('Enter the agency id.', 'error'); return; }
    if (!confirm(`Replace the key of ${agencyId}? Its current key stops working at once.`)) return;
    try {
      const rotated = await request('POST', `/api/agencies/${encodeURIComponent(agencyId)}/key`, { key: adminKey });
      say(`The key of ${rotated.id} was replaced.`, 'ok');
      result.replaceChildren(keyCard('rotated', `The new key of ${rotated.id}`, rotated.id, rotated.key));
      form.reset();
    } catch (error) {
      if (error.status === 404) { say(`There is no agency with the id ${agencyId}.`, 'error'); return; }
      failed(error);
    }
  });
  return element('div', { class: 'card' }, form);
}

const inForce = { rebuild: 'this rebuild', previous: 'the earlier norms (too few changes to publish)', none: 'nothing published yet' };

function rebuildForm() {
  const output = element('div', { id: 'rebuild-result' });
  const button = element('button', { type: 'button', text: 'Rebuild the benchmark' });
  button.addEventListener('click', async () => {
    clearProblem();
    try {
      const summaries = await request('POST', '/api/benchmarks/rebuild', { key: adminKey });
      say('The benchmark was rebuilt.', 'ok');
      output.replaceChildren(summaries.length === 0
        ? element('p', { text: 'No benchmark yet: no agency has contributed a closed cycle.' })
        : element('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Benchmarks after the rebuild (scrolls sideways)' }, element('table', {},
          element('caption', { text: 'Benchmarks after the rebuild' }),
          element('thead', {}, element('tr', {},
            ...['Instrument', 'Source', 'Agencies', 'Published cells', 'Changed contributions', 'In force'].map(text => element('th', { scope: 'col', text })))),
          element('tbody', {}, ...summaries.map(summary => element('tr', {},
            element('td', { text: `${summary.instrumentId} ${summary.majorVersion}.x` }),
            element('td', { text: summary.source }),
            element('td', { class: 'number', text: summary.agencies === null ? '—' : String(summary.agencies) }),
            element('td', { class: 'number', text: String(summary.publishedCells) }),
            element('td', { class: 'number', text: String(summary.changedContributions) }),
            element('td', { text: inForce[summary.inForce] ?? summary.inForce })))))));
    } catch (error) { failed(error); }
  });
  return element('div', { class: 'card' },
    element('h2', { text: 'Peer benchmark' }),
    element('p', { class: 'small muted', text: 'Rebuilds every instrument\'s benchmark from the cycles agencies opted in. It is published only when at least 5 contributions changed.' }),
    element('div', { class: 'actions' }, button),
    output);
}

function failed(error) {
  if (error.status === 401 || error.status === 403) {
    adminKey = '';
    render();
    say('The admin key was not accepted. Enter it again.', 'error');
    return;
  }
  showError(problem, error);
}

function renderTasks() {
  const result = element('div', { id: 'key-result' });
  const signOut = element('button', { type: 'button', class: 'secondary', text: 'Forget the admin key' });
  signOut.addEventListener('click', () => { adminKey = ''; say(''); render(); });
  root.replaceChildren(
    element('p', { class: 'small muted', text: 'The API has no list of agencies: keep a record of the agencies you create and their ids.' }),
    createAgencyForm(result),
    rotateKeyForm(result),
    result,
    rebuildForm(),
    element('div', { class: 'actions' }, signOut));
}

render();
