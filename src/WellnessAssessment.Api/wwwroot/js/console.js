// The command console: sign in with the agency key, open and close cycles, watch responses, read results.
import { request, showError, element, formatScore, bandLabel } from './api.js';
import { invitationCard } from './invitations.js';
import { participationCard } from './participation.js';
import { radar, bars } from './charts.js';
import { registerCard } from './action-plan-card.js';
import { heatMap, peerCard } from './peers.js';
import { tabs } from './tabs.js';

const root = document.getElementById('console');
const status = document.getElementById('status');
const problem = document.getElementById('problem');
const session = {
  get agencyId() { return sessionStorage.getItem('wellness-agency') ?? ''; },
  get key() { return sessionStorage.getItem('wellness-key') ?? ''; },
  save(agencyId, key) { sessionStorage.setItem('wellness-agency', agencyId); sessionStorage.setItem('wellness-key', key); },
  clear() { sessionStorage.removeItem('wellness-agency'); sessionStorage.removeItem('wellness-key'); },
};
let refreshTimer = null;

const api = (method, path, options = {}) => request(method, `/api/agencies/${encodeURIComponent(session.agencyId)}${path}`, { key: session.key, ...options });

function say(text, kind = '') {
  status.className = `notice ${kind}`.trim();
  status.textContent = text;
  status.hidden = !text;
}

function clearProblem() { problem.hidden = true; problem.replaceChildren(); }

function heading(text) {
  const h = element('h1', { tabindex: '-1', text });
  queueMicrotask(() => h.focus());
  return h;
}

// The views of a cycle with results, each with its own address: #/cycles/{id}/{view} (#/cycles/{id} is the summary).
const views = [
  ['summary', 'Summary'], ['scores', 'Scores'], ['gaps', 'Gaps'], ['heatmap', 'Heat map'],
  ['plan', 'Plan'], ['participation', 'Participation'], ['peers', 'Peers'],
];
const viewNames = new Set(views.map(([id]) => id));
let shown = null; // { id, dashboard } of the cycle on screen, so that a new view of it does not reload it
const cycleHref = (id, view) => `#/cycles/${encodeURIComponent(id)}${view && view !== 'summary' ? `/${view}` : ''}`;

function route() {
  // A bare view name (#scores) is a view of the cycle on screen.
  const bare = location.hash.slice(1);
  if (shown && viewNames.has(bare)) { history.replaceState(null, '', cycleHref(shown.id, bare)); }
  const match = location.hash.match(/^#\/cycles\/([^/]+)(?:\/([a-z]+))?$/);
  const view = match?.[2] ?? 'summary';
  if (session.key && match && shown?.id === decodeURIComponent(match[1]) && shown.dashboard?.has(view)) {
    const focus = shown.dashboard.panels.some(panel => panel.contains(document.activeElement));
    shown.dashboard.select(view, { focus });
    return;
  }
  clearInterval(refreshTimer);
  clearProblem();
  shown = null;
  if (!session.key) renderSignIn();
  else if (match) renderCycle(decodeURIComponent(match[1]), view);
  else renderCycles();
}

function renderSignIn() {
  const form = element('form', {},
    element('label', { for: 'agency-id', text: 'Agency id' }),
    element('input', { id: 'agency-id', type: 'text', autocomplete: 'username', required: true, value: session.agencyId }),
    element('label', { for: 'agency-key', text: 'Agency key' }),
    element('input', { id: 'agency-key', type: 'password', autocomplete: 'current-password', required: true }),
    element('p', { class: 'small muted', text: 'The key stays in this browser tab only and is forgotten when you close it.' }),
    element('div', { class: 'actions' }, element('button', { type: 'submit', text: 'Sign in' })));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const agencyId = form.querySelector('#agency-id').value.trim();
    const key = form.querySelector('#agency-key').value.trim();
    if (!agencyId || !key) { say('Enter both the agency id and the key.', 'error'); return; }
    session.save(agencyId, key);
    try {
      await api('GET', '/assessments');
      say('');
      route();
    } catch (error) {
      session.clear();
      if (error.status === 401 || error.status === 403 || error.status === 404) say('That agency id and key do not match. Check both and try again.', 'error');
      else showError(problem, error);
    }
  });
  root.replaceChildren(heading('Sign in'), element('div', { class: 'card' }, form));
}

// The count as the API gives it, with the participation rate and a flag when the API computed them.
function responses(cycle) {
  if (cycle.responseCount === null) return `fewer than ${cycle.minimumGroupSize}`;
  const participation = cycle.participation;
  if (!participation || participation.rate === null) return String(cycle.responseCount);
  return `${cycle.responseCount} (${Math.round(participation.rate * 100)}% of ${participation.headcount})${participation.needsReview ? ' — check participation' : ''}`;
}

async function renderCycles() {
  root.replaceChildren(heading('Assessment cycles'), element('p', { text: 'Loading…' }));
  try {
    // The agency's profile pre-fills the new-cycle form; a console without it (an older API) starts the form empty.
    const [cycles, instruments, agency, vocabulary] = await Promise.all([api('GET', '/assessments'), request('GET', '/api/instruments'), api('GET', '').catch(() => null), request('GET', '/api/vocabulary')]);
    const list = cycles;
    const table = element('table', {},
      element('caption', { text: 'Your agency\'s cycles' }),
      element('thead', {}, element('tr', {},
        element('th', { scope: 'col', text: 'Title' }), element('th', { scope: 'col', text: 'Instrument' }),
        element('th', { scope: 'col', text: 'Status' }), element('th', { scope: 'col', class: 'number', text: 'Responses' }))),
      element('tbody', {}, ...list.map(cycle => element('tr', {},
        element('td', {}, element('a', { href: `#/cycles/${encodeURIComponent(cycle.id)}`, text: cycle.title })),
        element('td', { text: `${cycle.instrument.id} ${cycle.instrument.version}` }),
        element('td', { text: cycle.status }),
        element('td', { class: 'number', text: responses(cycle) })))));
    const signOut = element('button', { type: 'button', class: 'secondary', text: 'Sign out' });
    signOut.addEventListener('click', () => { session.clear(); route(); });
    root.replaceChildren(
      heading('Assessment cycles'),
      element('div', { class: 'card' }, list.length ? element('div', { class: 'table-scroll' }, table) : element('p', { text: 'No cycles yet. Open the first one below.' })),
      await registerCard(session.agencyId, session.key),
      openCycleForm(instruments, agency?.profile ?? null, vocabulary.profile),
      element('div', { class: 'actions' }, signOut));
  } catch (error) {
    if (error.status === 401) { session.clear(); route(); return; }
    showError(problem, error);
  }
}

// Versions compared part by part as numbers (2.0.0 after 1.10.0 after 1.9.0); a pre-release tag is ignored.
function compareVersions(a, b) {
  const parts = version => String(version).split('-')[0].split('.').map(part => Number.parseInt(part, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return 0;
}

function openCycleForm(instruments, agencyProfile, profileFields) {
  // New cycles start on the newest instrument the API lists (the highest version; the first listed of equal ones).
  const newest = instruments.reduce((best, instrument) => (best === null || compareVersions(instrument.version, best.version) > 0 ? instrument : best), null);
  const select = element('select', { id: 'instrument', required: true },
    ...instruments.map(instrument => element('option', { value: `${instrument.id}@${instrument.version}`, selected: instrument === newest, text: `${instrument.title} (${instrument.version})` })));
  const form = element('form', {},
    element('h2', { text: 'Open a new cycle' }),
    element('label', { for: 'cycle-title', text: 'Title (shown to respondents)' }),
    element('input', { id: 'cycle-title', type: 'text', required: true, placeholder: 'Spring 2026 wellness assessment' }),
    element('label', { for: 'instrument', text: 'Instrument' }), select,
    purposeFieldset(),
    profileFieldset(agencyProfile, profileFields),
    element('div', { class: 'actions' }, element('button', { type: 'submit', text: 'Open cycle' })));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const title = form.querySelector('#cycle-title').value.trim();
    const [instrumentId, instrumentVersion] = select.value.split('@');
    const purpose = form.querySelector('input[name="purpose"]:checked')?.value ?? 'anonymous-survey';
    if (!title) { say('Give the cycle a title.', 'error'); return; }
    try {
      const profile = readProfile(form, profileFields);
      if (form.querySelector('#profile-save').checked) {
        await api('PUT', '/profile', { body: profile ?? {} });
      }
      const created = await api('POST', '/assessments', { body: { title, instrumentId, instrumentVersion, purpose, ...(profile ? { profile } : {}) } });
      say('The cycle is open. Share the respondent link below.', 'ok');
      location.hash = `#/cycles/${encodeURIComponent(created.id)}`;
    } catch (error) { showError(problem, error); }
  });
  return element('div', { class: 'card' }, form);
}

// What the answers are for, declared once, at open: an anonymous staff survey (results at close, groups of 5 or more)
// or a leadership self-assessment (named command staff, told their answers are not anonymous; live results).
function purposeFieldset() {
  const choice = (value, label, hint, checked) => {
    const id = `purpose-${value}`;
    return element('div', { class: 'choice' },
      element('input', { type: 'radio', name: 'purpose', id, value, checked, 'aria-describedby': `${id}-hint` }),
      element('label', { for: id, text: label }),
      element('p', { class: 'small muted', id: `${id}-hint`, text: hint }));
  };
  return element('fieldset', {},
    element('legend', { text: 'Purpose' }),
    choice('anonymous-survey', 'Anonymous staff survey', 'Respondents are anonymous. Results are released once, when you close the cycle, and never for fewer than 5 people.', true),
    choice('leadership-self-assessment', 'Leadership self-assessment', 'The chief or named command staff answer; the survey tells them their answers are not anonymous. Results are shown while the cycle is open.', false));
}

// The agency profile picks the advice that fits the agency (owners it has, shared options); every field is optional.
// The fields and their values are the API's (GET /api/vocabulary): the page holds none of them.
const profileId = field => `profile-${field.name}`;

// The form starts from the agency's saved profile (set once, on the agency); "save" makes the answers the agency's
// profile for the next cycles too.
function profileFieldset(saved, profileFields) {
  const stated = field => {
    const value = saved?.[field.key];
    if (value === undefined || value === null) return '';
    return field.boolean ? (value ? 'yes' : 'no') : String(value);
  };
  return element('fieldset', { id: 'profile' },
    element('legend', { text: 'About the agency (optional: fits the advice to your size and arrangements)' }),
    element('p', { class: 'small muted', id: 'profile-source', text: saved ? 'Filled in from your agency\'s saved profile.' : 'Your agency has no saved profile yet.' }),
    ...profileFields.flatMap(field => [
      element('label', { for: profileId(field), text: field.label }),
      element('select', { id: profileId(field) },
        element('option', { value: '', text: 'Not stated' }),
        ...field.choices.map(({ value, label }) => element('option', { value, text: label, selected: stated(field) === value }))),
    ]),
    element('div', { class: 'choice' },
      element('input', { type: 'checkbox', id: 'profile-save' }),
      element('label', { for: 'profile-save', text: 'Save as the agency\'s profile (pre-filled on every new cycle)' })));
}

function readProfile(form, profileFields) {
  const profile = {};
  for (const field of profileFields) {
    const value = form.querySelector(`#${profileId(field)}`).value;
    if (value) profile[field.key] = field.boolean ? value === 'yes' : value;
  }
  return Object.keys(profile).length ? profile : null;
}

async function renderCycle(id, view = 'summary') {
  root.replaceChildren(heading('Cycle'), element('p', { text: 'Loading…' }));
  let cycle;
  try { cycle = await api('GET', `/assessments/${encodeURIComponent(id)}`); } catch (error) { showError(problem, error); return; }
  const link = cycle.respondentUrl ? new URL(cycle.respondentUrl, location.origin).href : '';
  const copy = element('button', { type: 'button', class: 'secondary', text: 'Copy link' });
  copy.addEventListener('click', async () => {
    try { await navigator.clipboard.writeText(link); say('Link copied.', 'ok'); } catch { say('Select the link and copy it.', 'warn'); }
  });
  const counts = element('div', { id: 'counts' });
  const back = element('a', { href: '#/', text: '← All cycles' });
  const parts = [
    element('p', { class: 'back' }, back),
    heading(cycle.title),
    element('p', { class: 'muted meta', text: `${cycle.instrument.id} ${cycle.instrument.version} · ${cycle.status} · ${cycle.purpose === 'leadership-self-assessment' ? 'leadership self-assessment (not anonymous)' : 'anonymous staff survey'}${cycle.origin ? ` · answers ${cycle.origin === 'import' ? 'imported' : 'online'}` : ''}` }),
  ];
  if (cycle.status === 'open') {
    const close = element('button', { type: 'button', class: 'danger', text: 'Close the cycle' });
    close.addEventListener('click', async () => {
      if (!confirm('Close this cycle? Respondents will no longer be able to submit or change answers.')) return;
      try { await api('POST', `/assessments/${encodeURIComponent(id)}/close`); say('The cycle is closed.', 'ok'); shown = null; route(); } catch (error) { showError(problem, error); }
    });
    parts.push(element('div', { class: 'card' },
      element('h2', { text: 'Respondent link' }),
      element('p', { text: 'Share this one link with every rank. It identifies nobody; respondents choose their group.' }),
      element('label', { for: 'respondent-link', text: 'Link' }),
      element('input', { id: 'respondent-link', type: 'text', readonly: true, value: link }),
      element('div', { class: 'actions' }, copy, close)));
    parts.push(invitationCard(id, { api, say, problem }));
  }
  const responsesCard = element('div', { class: 'card' }, element('h2', { text: 'Responses' }), counts);
  const participation = participationCard(cycle, { api, say, problem });
  const results = element('div', { id: 'results' });
  root.replaceChildren(...parts, results);
  renderCounts(counts, cycle);
  shown = { id, dashboard: null };
  if (cycle.status === 'open') {
    refreshTimer = setInterval(async () => {
      try {
        const latest = await api('GET', `/assessments/${encodeURIComponent(id)}`);
        renderCounts(counts, latest);
        participation.update(latest);
      } catch { /* keep the last counts */ }
    }, 5000);
  }
  const dashboard = await renderResults(results, id, cycle, [responsesCard, participation.card]);
  if (shown?.id !== id) return; // another page was opened meanwhile
  shown.dashboard = dashboard;
  dashboard?.select(view);
}

// Shows exactly what the API returns: it has already withheld small groups, the groups that would give them away by
// subtraction, and a total below the threshold. Nothing here adds, subtracts or recomputes a count.
function renderCounts(container, cycle) {
  const groups = cycle.groups;
  const k = cycle.minimumGroupSize;
  const shown = group => group.count !== null ? String(group.count)
    : group.belowThreshold ? `fewer than ${k}` : 'withheld';
  const rows = groups.map(group => element('tr', {},
    element('th', { scope: 'row', text: group.title }),
    element('td', { class: 'number', text: shown(group) })));
  const total = cycle.responseCount === null ? `fewer than ${k}` : String(cycle.responseCount);
  const withheld = groups.some(group => group.count === null);
  // replaceChildren writes null as the text "null": leave the absent parts out.
  container.replaceChildren(...[
    element('p', { class: 'score' }, element('span', { class: 'value', id: 'response-count', text: total }), element('span', { text: ' responses' })),
    rows.length ? element('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Responses by group (scrolls sideways)' }, element('table', {},
      element('caption', { text: 'Responses by group' }),
      element('thead', {}, element('tr', {}, element('th', { scope: 'col', text: 'Group' }), element('th', { scope: 'col', class: 'number', text: 'Responses' }))),
      element('tbody', {}, ...rows))) : null,
    withheld ? element('p', { class: 'small muted', id: 'counts-note', text: `Groups with fewer than ${k} responses are withheld, and so is the smallest other group when needed, so that no small group's count can be worked out from the total.` }) : null,
    cycle.purgedAt ? element('p', { class: 'small muted', id: 'purged-note', text: `Individual responses were deleted on ${new Date(cycle.purgedAt).toLocaleDateString()}; the stored results remain.` }) : null,
  ].filter(Boolean));
}

async function download(id, file, button) {
  button.disabled = true;
  try {
    const blob = await api('GET', `/assessments/${encodeURIComponent(id)}/${file}`, { accept: file.endsWith('.pdf') ? 'application/pdf' : 'text/html' });
    const url = URL.createObjectURL(blob);
    const a = element('a', { href: url, download: `wellness-${file.replace('.', `-${id}.`)}` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (error) { showError(problem, error); } finally { button.disabled = false; }
}

// The report files the API serves for a closed cycle: the action plan (PDF, HTML) always, the executive brief when the
// served OpenAPI document lists it. Read once per page.
let reportPaths = null;
function offeredReports() {
  reportPaths ??= request('GET', '/openapi/v1.json')
    .then(document => Object.keys(document.paths ?? {}))
    .catch(() => []);
  return reportPaths;
}

function downloadButton(id, file, text, secondary) {
  const button = element('button', { type: 'button', class: secondary ? 'secondary' : null, text });
  button.addEventListener('click', () => download(id, file, button));
  return button;
}

async function reportButtons(id) {
  const paths = await offeredReports();
  const offers = file => paths.some(path => path.endsWith(`/assessments/{assessmentId}/${file}`));
  return [
    downloadButton(id, 'report.pdf', 'Download PDF action plan', false),
    downloadButton(id, 'report.html', 'Download accessible HTML report', true),
    offers('brief.pdf') ? downloadButton(id, 'brief.pdf', 'Download the executive brief (PDF)', true) : null,
    offers('brief.html') ? downloadButton(id, 'brief.html', 'Download the executive brief (HTML)', true) : null,
  ].filter(Boolean);
}

/**
 * The results of a cycle. Until an anonymous survey closes, the protected counts and the participation card only.
 * With results, the dashboard's views in tabs: the summary (fits one screen), scores, gaps, heat map, plan,
 * participation (the counts and headcounts) and peers. Returns the tabs, or null when there are no results.
 */
async function renderResults(container, id, cycle, participationCards) {
  const withoutResults = (...cards) => { container.replaceChildren(...participationCards, ...cards); return null; };
  if (cycle.resultsReleased === false) {
    // An anonymous survey publishes once, at close: until then only the protected counts above are shown.
    return withoutResults(element('div', { class: 'card', id: 'results-at-close' }, element('h2', { text: 'Results' }),
      element('p', { text: 'This is an anonymous survey: results are released when the cycle closes. Until then only the protected response counts above are shown.' })));
  }
  let result;
  try { result = await api('GET', `/assessments/${encodeURIComponent(id)}/results`); } catch {
    return withoutResults(element('div', { class: 'card' }, element('h2', { text: 'Results' }), element('p', { class: 'muted', text: 'Results are not available yet.' })));
  }
  const [instrument, view] = await Promise.all([instrumentOf(result.instrument), api('GET', `/assessments/${encodeURIComponent(id)}/results/view`)]);
  const presentation = presentationOf(instrument, view);
  const edges = result.options?.bandEdges;
  const ticks = edges ? [0, edges.emerging, edges.developing, edges.established, edges.leading, 100] : undefined;
  const point = domain => ({ label: domain.title, short: presentation.shortTitle(domain), value: domain.score, low: domain.ci95?.low ?? null, high: domain.ci95?.high ?? null });
  const charts = result.sections.map((section, index) => {
    const title = presentation.heading(section);
    const points = section.domains.map(point);
    const chart = index === 0 && points.length >= 3
      ? radar(points, `${title}: scores, 0 to 100`, ticks)
      : bars(points, `${title}: scores with 95% confidence intervals`, ticks);
    return element('div', { class: 'card' }, element('h2', { text: title }), chart);
  });
  const peers = element('div', {}, element('p', { class: 'muted', text: 'Loading the peer comparison…' }));
  const dashboard = tabs([
    { id: 'summary', label: 'Summary', panel: [summaryCard(id, cycle, result, await reportButtons(id))] },
    { id: 'scores', label: 'Scores', panel: [element('div', { class: 'two-columns' }, ...charts), domainTable(result), ...(result.trend ? [trendTable(result)] : [])] },
    { id: 'gaps', label: 'Gaps', panel: [gapTable(result, view)] },
    { id: 'heatmap', label: 'Heat map', panel: [heatMap(result, view)] },
    { id: 'plan', label: 'Plan', panel: [actionTable(result)] },
    { id: 'participation', label: 'Participation', panel: participationCards },
    { id: 'peers', label: 'Peers', panel: [peers] },
  ], view => cycleHref(id, view), 'Views of this cycle');
  container.replaceChildren(dashboard.tablist, ...dashboard.panels);
  keyboardScrolling(container);
  peerCard(api, id, cycle, result).then(card => peers.replaceWith(card), () => peers.replaceChildren(element('p', { class: 'muted', text: 'No peer benchmark is available yet.' })));
  return dashboard;
}

/** Every sideways-scrolling table box can be focused and scrolled with the keyboard, and is named by its caption. */
function keyboardScrolling(container) {
  for (const box of container.querySelectorAll('.table-scroll:not([tabindex])')) {
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', `${box.querySelector('caption')?.textContent ?? 'Table'} (scrolls sideways)`);
  }
}

/** The one-screen summary: overall and sections with their bands, participation, focus areas, reports, the other views. */
function summaryCard(id, cycle, result, reports) {
  const score = (label, figure, band, extra = {}) => element('div', { class: 'score', ...extra },
    element('div', { class: 'small muted', text: label }),
    element('div', { class: 'value', text: formatScore(figure) }),
    element('span', { class: 'band', text: bandLabel(band) }));
  const respondents = result.respondents === null || result.respondents === undefined ? `fewer than ${cycle.minimumGroupSize}` : String(result.respondents);
  const participation = cycle.participation;
  const participationLine = participation?.rate !== null && participation?.rate !== undefined
    ? `${participation.respondents} of ${participation.headcount} staff answered (${Math.round(participation.rate * 100)}%)${participation.needsReview ? ' — check participation' : ''}.`
    : `${respondents} respondents.`;
  // Focus areas: those command staff saved for the closed cycle (PUT …/focus-areas), else the API's suggestion.
  const saved = Array.isArray(cycle.focusAreas) && cycle.focusAreas.length > 0;
  const focusAreas = saved ? cycle.focusAreas : Array.isArray(cycle.suggestedFocusAreas) ? cycle.suggestedFocusAreas : [];
  const domainTitles = new Map(result.sections.flatMap(section => section.domains).map(domain => [domain.id, domain.title]));
  const focusTitle = area => typeof area === 'string' ? domainTitles.get(area) ?? area
    : area.title ?? domainTitles.get(area.domainId ?? area.id) ?? area.domainId ?? area.id;
  const others = views.filter(([view]) => view !== 'summary');
  return element('section', { class: 'card summary-card', 'aria-labelledby': 'summary-heading' },
    element('h2', { id: 'summary-heading', text: `Results · ${cycle.status === 'open' ? 'provisional while the cycle is open' : 'final'}` }),
    element('div', { class: 'score-grid', id: 'summary-scores' },
      score('Overall', result.overall.score, result.overall.band, { id: 'overall' }),
      ...result.sections.map(section => score(section.title, section.score, section.band))),
    element('p', { id: 'summary-participation' }, element('strong', { text: 'Participation: ' }), participationLine),
    focusAreas.length ? element('div', { id: 'focus-areas' }, element('h3', { text: saved ? 'Focus areas' : 'Focus areas (suggested)' }),
      element('ul', { class: 'inline-list' }, ...focusAreas.map(area => element('li', { text: focusTitle(area) })))) : null,
    cycle.status === 'closed' ? focusAreaChooser(id, result, focusAreas.map(area => typeof area === 'string' ? area : area.domainId ?? area.id)) : null,
    element('div', { class: 'actions', id: 'reports' }, ...reports),
    element('nav', { 'aria-label': 'The other views', class: 'views' },
      element('ul', { class: 'inline-list' }, ...others.map(([view, label]) => element('li', {}, element('a', { href: cycleHref(id, view), text: label }))))));
}

/**
 * Command staff choose the closed cycle's focus areas and save them (PUT …/focus-areas): the current ones (saved or
 * suggested) are offered first and ticked, then every other area. The API checks the choice (how many, which) and
 * names what is wrong; the page holds no such rule and only shows its answer. Folded by default, so the summary still
 * fits one screen.
 */
function focusAreaChooser(id, result, current) {
  const domains = result.sections.flatMap(section => section.domains);
  const offered = [...current.map(areaId => domains.find(domain => domain.id === areaId)).filter(Boolean), ...domains.filter(domain => !current.includes(domain.id))];
  const boxes = offered.map(domain => element('label', { class: 'choice' },
    element('input', { type: 'checkbox', name: 'focus-area', value: domain.id, checked: current.includes(domain.id) }),
    element('span', { class: 'label', text: domain.title })));
  const outcome = element('div', { id: 'focus-area-outcome', role: 'alert', hidden: true });
  const form = element('form', { id: 'focus-area-form' },
    element('fieldset', {}, element('legend', { text: 'Focus areas, most important first' }), ...boxes),
    element('button', { type: 'submit', text: 'Save focus areas' }), outcome);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const chosen = [...form.querySelectorAll('input[name=focus-area]:checked')].map(box => box.value);
    try {
      await api('PUT', `/assessments/${encodeURIComponent(id)}/focus-areas`, { body: { focusAreas: chosen } });
      say('Focus areas saved: the report, the brief and the register lead with them.', 'ok');
      shown = null;
      route();
    } catch (error) { showError(outcome, error); }
  });
  return element('details', { class: 'focus-chooser', id: 'focus-area-chooser' }, element('summary', { text: 'Choose focus areas' }), form);
}

/** The cycle's instrument from the public catalog, or null when it cannot be read (the dashboard then uses the result's titles). */
async function instrumentOf(reference) {
  if (!reference?.id) return null;
  try {
    const version = reference.version ? `?version=${encodeURIComponent(reference.version)}` : '';
    return await request('GET', `/api/instruments/${encodeURIComponent(reference.id)}${version}`);
  } catch { return null; }
}

/** Section headings as the instrument gives them, else the titles; domain short titles as the API's result view gives them. */
function presentationOf(instrument, view) {
  // The catalog may be unreachable (instrumentOf gives null): the titles of the result are used then.
  const headings = new Map((instrument?.sections ?? []).map(section => [section.id, section.heading]));
  const shortTitles = new Map(view.domains.map(domain => [domain.id, domain.shortTitle]));
  return {
    heading: section => headings.get(section.id) || section.title,
    shortTitle: domain => shortTitles.get(domain.id) ?? domain.title,
  };
}

function domainTable(result) {
  const rows = result.sections.flatMap(section => section.domains.map(domain => element('tr', {},
    element('th', { scope: 'row', text: domain.title }),
    element('td', { class: 'number', text: formatScore(domain.score) }),
    element('td', { text: bandLabel(domain.band) }),
    element('td', { class: 'number', text: String(domain.n) }),
    element('td', { class: 'number', text: domain.ci95 ? `${domain.ci95.low.toFixed(0)}–${domain.ci95.high.toFixed(0)}` : '—' }))));
  return element('div', { class: 'card table-scroll' }, element('table', {},
    element('caption', { text: 'Domain scores' }),
    element('thead', {}, element('tr', {}, ...['Domain', 'Score', 'Band', 'n', '95% CI'].map((h, i) => element('th', { scope: 'col', class: i === 0 || i === 2 ? null : 'number', text: h })))),
    element('tbody', {}, ...rows)));
}

function gapTable(result, view) {
  const domains = result.sections.flatMap(section => section.domains);
  const notes = new Map(view.domains.map(domain => [domain.id, domain.gapNote]));
  const threshold = result.options.gapThreshold;
  const rows = domains.map(domain => {
    const gap = domain.perceptionGap;
    const computed = gap?.status === 'computed';
    return element('tr', {},
      element('th', { scope: 'row', text: domain.title }),
      element('td', { class: 'number', text: computed ? formatScore(gap.leadership) : '—' }),
      element('td', { class: 'number', text: computed ? formatScore(gap.frontline) : '—' }),
      element('td', { class: 'number', text: computed ? `${gap.gap > 0 ? '+' : ''}${gap.gap.toFixed(1)}` : '—' }),
      element('td', { text: notes.get(domain.id) ?? '' }));
  });
  return element('div', { class: 'card table-scroll' }, element('table', {},
    element('caption', { text: `Perception gaps: leadership minus frontline, flagged at ${threshold} points or more` }),
    element('thead', {}, element('tr', {}, ...['Domain', 'Leadership', 'Frontline', 'Gap', 'Note'].map((h, i) => element('th', { scope: 'col', class: i > 0 && i < 4 ? 'number' : null, text: h })))),
    element('tbody', {}, ...rows)));
}

// Steps before the plan, the plan, then the keep-it-going list; the one-view statement comes from the result.
function actionTable(result) {
  const parts = [];
  if (result.singleView) {
    parts.push(element('p', { class: 'card one-view', role: 'note' }, element('strong', { text: 'One view. ' }), result.singleView.statement));
  }
  if (result.firstSteps?.length) {
    parts.push(stepTable('First steps, before the actions below', ['#', 'Step', 'For', 'Owner', 'Timeframe', 'Success indicator'],
      result.firstSteps.map(step => [step.action, step.role ? `Create or assign: ${step.role}` : 'Hear staff across ranks', step.owner, step.timeframe, step.indicator])));
  }
  parts.push(planTable(result));
  const o = result.options;
  parts.push(result.keepItGoing?.length
    ? stepTable(`Keep it going: practices scoring from ${o.actionScoreThreshold} to below ${o.strengthThreshold}, with their sustain step`, ['#', 'Sustain step', 'Practice', 'Owner', 'Timeframe', 'Success indicator'],
      result.keepItGoing.map(entry => [entry.action, `${entry.itemText} (${entry.score.toFixed(1)})`, entry.owner, entry.timeframe, entry.indicator]))
    : element('p', { class: 'muted', text: `Keep it going: no practice scored from ${o.actionScoreThreshold} to below ${o.strengthThreshold}.` }));
  return element('div', {}, ...parts);
}

function stepTable(caption, headings, rows) {
  return element('div', { class: 'card table-scroll' }, element('table', {},
    element('caption', { text: caption }),
    element('thead', {}, element('tr', {}, ...headings.map((h, i) => element('th', { scope: 'col', class: i === 0 ? 'number' : null, text: h })))),
    element('tbody', {}, ...rows.map((cells, index) => element('tr', {},
      element('td', { class: 'number', text: String(index + 1) }),
      ...cells.map(text => element('td', { text })))))));
}

function planTable(result) {
  const rows = result.actionPlan.map((action, index) => element('tr', {},
    element('td', { class: 'number', text: String(index + 1) }),
    element('td', {}, element('strong', { text: action.action }), element('div', { class: 'small muted', text: action.itemText })),
    element('td', { text: action.owner }),
    element('td', { text: action.timeframe }),
    element('td', { text: action.indicator })));
  return element('div', { class: 'card table-scroll' }, element('table', {},
    element('caption', { text: `Action plan (${result.actionPlan.length} actions, highest priority first)` }),
    element('thead', {}, element('tr', {}, ...['#', 'Action', 'Owner', 'Timeframe', 'Success indicator'].map((h, i) => element('th', { scope: 'col', class: i === 0 ? 'number' : null, text: h })))),
    element('tbody', {}, ...rows)));
}

function trendTable(result) {
  const titles = new Map(result.sections.flatMap(s => s.domains).map(d => [d.id, d.title]));
  const rows = result.trend.domains.map(change => element('tr', {},
    element('th', { scope: 'row', text: titles.get(change.id) ?? change.id }),
    element('td', { class: 'number', text: formatScore(change.then) }),
    element('td', { class: 'number', text: formatScore(change.now) }),
    element('td', { class: 'number', text: change.delta === null ? '—' : `${change.delta > 0 ? '+' : ''}${change.delta.toFixed(1)}` }),
    element('td', { text: change.ciOverlap === null ? '' : change.ciOverlap ? 'Within the margin of error' : 'Beyond the margin of error' })));
  return element('div', { class: 'card table-scroll' }, element('table', {},
    element('caption', { text: 'Change since the previous cycle' }),
    element('thead', {}, element('tr', {}, ...['Domain', 'Previous', 'Now', 'Change', 'Note'].map((h, i) => element('th', { scope: 'col', class: i > 0 && i < 4 ? 'number' : null, text: h })))),
    element('tbody', {}, ...rows)));
}

window.addEventListener('hashchange', route);
route();
