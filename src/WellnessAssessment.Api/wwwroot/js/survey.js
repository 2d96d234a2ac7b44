// The respondent survey: choose a group, answer domain by domain, submit; drafts live in this browser only.
import { request, showError, element, ApiError } from './api.js';

const container = document.getElementById('survey');
const status = document.getElementById('status');
const problem = document.getElementById('problem');

const token = findToken();
const draftKey = `wellness-draft:${token}`;
const state = { survey: null, instrument: null, step: 0, draft: loadDraft() };

// The token travels in the link's fragment (/survey/#token), which browsers never send to a server, and reaches the
// API in a header. A link in the older forms (?token=, /survey/token) is rewritten to the fragment form in place.
function findToken() {
  const fromFragment = location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : '';
  if (fromFragment) return fromFragment;
  const segments = location.pathname.split('/').filter(Boolean);
  const older = new URLSearchParams(location.search).get('token')
    || (segments.length >= 2 && segments[0] === 'survey' ? decodeURIComponent(segments[1]) : '');
  if (older) history.replaceState(null, '', `/survey/#${encodeURIComponent(older)}`);
  return older;
}

/** The headers that carry the respondent's token (and, in cycles with invitation codes, the code) to the survey API. */
const respondentHeaders = () => ({
  'X-Respondent-Token': token,
  ...(state.survey?.invitationCodeRequired && state.draft.code ? { 'X-Invitation-Code': state.draft.code } : {}),
});

// Invitation codes: in cycles that issued them, the code from the respondent's slip is asked for before submitting.
const invitationCodeStatement = 'Your invitation code is not linked to your name: slips are handed out at random, so no one can tell which answers are yours.';

function invitationCodeField() {
  if (!state.survey?.invitationCodeRequired) return null;
  const input = element('input', {
    id: 'invitation-code', type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false',
    maxlength: '20', value: state.draft.code ?? '', 'aria-describedby': 'invitation-code-help',
  });
  input.addEventListener('input', () => { state.draft.code = input.value.trim(); saveDraft(); });
  return element('div', { class: 'invitation-code' },
    element('label', { for: 'invitation-code', text: 'Invitation code (from your slip, like ABCDE-12345)' }),
    input,
    element('p', { id: 'invitation-code-help', class: 'small muted', text: invitationCodeStatement }));
}

function invitationCodeMissing() {
  if (!state.survey?.invitationCodeRequired || state.draft.code) return false;
  say('Type the invitation code from your slip to submit.', 'error');
  document.getElementById('invitation-code')?.focus();
  return true;
}

function loadDraft() {
  try {
    const saved = JSON.parse(localStorage.getItem(draftKey) ?? 'null');
    if (saved && typeof saved === 'object') return { answers: {}, ...saved };
  } catch { /* a broken draft is ignored */ }
  return { respondentId: newRespondentId(), group: '', answers: {}, step: 0, submitted: false };
}

function newRespondentId() {
  // An opaque, random id chosen here so that a resubmission replaces the earlier answers; it identifies nobody.
  return crypto.randomUUID ? crypto.randomUUID() : Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
}

function saveDraft() {
  state.draft.step = state.step;
  localStorage.setItem(draftKey, JSON.stringify(state.draft));
}

function say(text, kind = '') {
  status.className = `notice ${kind}`.trim();
  status.textContent = text;
  status.hidden = !text;
}

const domains = () => state.instrument.sections.flatMap(section => section.domains.map(domain => ({ ...domain, section })));
const itemCount = () => domains().reduce((total, domain) => total + domain.items.length, 0);
const answeredCount = () => Object.keys(state.draft.answers).length;

async function start() {
  if (!token) {
    container.replaceChildren(element('p', { class: 'notice error', text: 'This link is incomplete: it has no survey code. Ask the person who sent it for the full link.' }));
    return;
  }
  try {
    const survey = await request('GET', '/api/survey', { headers: respondentHeaders() });
    state.survey = survey;
    state.instrument = survey.instrument;
    document.title = `${survey.title} — survey`;
    if (survey.status !== 'open') {
      renderClosed();
      return;
    }
    state.step = Math.min(state.draft.step ?? 0, domains().length + 1);
    if (state.draft.submitted) renderSubmitted(false);
    else render();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      container.replaceChildren(element('p', { class: 'notice error', text: 'This survey link is not valid. Check that you used the whole link, or ask for a new one.' }));
    } else {
      container.replaceChildren();
      showError(problem, error);
    }
  }
}

function render() {
  problem.hidden = true;
  const total = domains().length;
  if (state.step === 0) renderWelcome();
  else if (state.step <= total) renderDomain(state.step - 1);
  else renderReview();
  saveDraft();
}

function progress() {
  const total = itemCount();
  const done = answeredCount();
  const domainTotal = domains().length;
  const stepText = state.step >= 1 && state.step <= domainTotal ? `Part ${state.step} of ${domainTotal} · ` : '';
  return element('div', { class: 'progress' },
    element('p', { class: 'small muted', id: 'progress-text', text: `${stepText}${done} of ${total} questions answered` }),
    element('progress', { max: String(total), value: String(done), 'aria-labelledby': 'progress-text' }));
}

function renderWelcome() {
  const k = state.survey.minimumGroupSize;
  const groups = state.instrument.groups;
  const form = element('form', { novalidate: true });
  const fieldset = element('fieldset', {}, element('legend', { text: 'Which group do you belong to?' }));
  for (const group of groups) {
    const input = element('input', { type: 'radio', name: 'group', value: group.id, required: true, checked: state.draft.group === group.id });
    fieldset.append(element('label', { class: 'choice' }, input, element('span', {}, element('span', { class: 'label', text: group.title }))));
  }
  form.append(fieldset);
  form.append(element('div', { class: 'actions' }, element('button', { type: 'submit', text: 'Start' })));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = form.querySelector('input[name="group"]:checked');
    if (!chosen) {
      say('Choose your group to continue.', 'error');
      form.querySelector('input[name="group"]').focus();
      return;
    }
    state.draft.group = chosen.value;
    state.step = 1;
    render();
    focusHeading();
  });

  container.replaceChildren(
    element('h1', { text: state.survey.title }),
    element('div', { class: 'card' },
      element('h2', { text: 'Your answers are anonymous' }),
      element('p', { text: `No name, email, badge number, IP address or device information is stored with your answers. Results are shown only for groups of at least ${k} people, and never in a way that would single out a smaller group.` }),
      state.survey.invitationCodeRequired ? element('p', { text: invitationCodeStatement }) : null,
      element('p', { text: 'Rate how far each practice is in place in your agency. If you do not know, say so: that is useful too. Your answers are saved in this browser as you go, so you can come back to them.' })),
    element('div', { class: 'card' }, form));
  const first = form.querySelector('input');
  if (first && !state.draft.group) first.focus({ preventScroll: true });
}

function answerChoice(item, value, label, description, aside = false) {
  const input = element('input', {
    type: 'radio',
    name: item.id,
    value: String(value),
    checked: String(state.draft.answers[item.id] ?? '') === String(value),
  });
  input.addEventListener('change', () => {
    state.draft.answers[item.id] = typeof value === 'number' ? value : value;
    saveDraft();
    const text = document.getElementById('progress-text');
    if (text) {
      text.textContent = text.textContent.replace(/\d+ of (\d+) questions/, `${answeredCount()} of $1 questions`);
      text.nextElementSibling.value = answeredCount();
    }
  });
  return element('label', { class: aside ? 'choice aside' : 'choice' }, input,
    element('span', {}, element('span', { class: 'label', text: label }), description ? element('span', { class: 'description', text: description }) : null));
}

function renderDomain(index) {
  const domain = domains()[index];
  const form = element('form', { novalidate: true });
  for (const item of domain.items) {
    const fieldset = element('fieldset', { class: 'item' }, element('legend', { text: item.text }));
    for (const level of state.instrument.scale.levels) {
      fieldset.append(answerChoice(item, level.value, `${level.value} · ${level.label}`, level.description));
    }
    fieldset.append(answerChoice(item, 'dont-know', "Don't know", null, true));
    if (item.allowNotApplicable) fieldset.append(answerChoice(item, 'not-applicable', 'Not applicable to our agency', null, true));
    form.append(fieldset);
  }
  const total = domains().length;
  const back = element('button', { type: 'button', class: 'secondary', text: 'Back' });
  back.addEventListener('click', () => { state.step -= 1; render(); focusHeading(); });
  form.append(element('div', { class: 'actions' }, back, element('button', { type: 'submit', text: index + 1 === total ? 'Review answers' : 'Next' })));
  form.addEventListener('submit', event => {
    event.preventDefault();
    state.step += 1;
    render();
    focusHeading();
  });
  container.replaceChildren(...[
    progress(),
    element('p', { class: 'small muted', text: domain.section.title }),
    element('h1', { tabindex: '-1', text: domain.title }),
    domain.summary ? element('p', { class: 'muted', text: domain.summary }) : null,
    element('div', { class: 'card' }, form),
  ].filter(Boolean)); // replaceChildren would write null as the text "null"
}

function renderReview() {
  const unanswered = itemCount() - answeredCount();
  const back = element('button', { type: 'button', class: 'secondary', text: 'Back' });
  back.addEventListener('click', () => { state.step -= 1; render(); focusHeading(); });
  const submit = element('button', { type: 'button', text: 'Submit my answers' });
  submit.addEventListener('click', () => submitAnswers(submit));
  const group = state.instrument.groups.find(g => g.id === state.draft.group);
  container.replaceChildren(
    progress(),
    element('h1', { tabindex: '-1', text: 'Ready to submit' }),
    element('div', { class: 'card' },
      element('p', { text: `Group: ${group?.title ?? state.draft.group}` }),
      element('p', { text: unanswered === 0 ? 'You answered every question.' : `${unanswered} question${unanswered === 1 ? ' is' : 's are'} unanswered. You can submit anyway, or go back.` }),
      element('p', { class: 'muted', text: 'After submitting you can still change your answers until the assessment closes.' }),
      invitationCodeField(),
      element('div', { class: 'actions' }, back, submit)));
}

// Transient failures (no connection, 429, 502–504) are retried automatically with backoff, then by hand; the draft
// stays in localStorage throughout, so nothing the respondent entered is lost whatever happens.
const automaticRetries = 3;
const retryDelaySeconds = attempt => Math.min(2 ** (attempt - 1), 8);
const wait = seconds => new Promise(resolve => setTimeout(resolve, seconds * 1000));

async function submitAnswers(button) {
  if (invitationCodeMissing()) return;
  button.disabled = true;
  saveDraft();
  problem.hidden = true;
  for (let attempt = 1; ; attempt += 1) {
    say(attempt === 1 ? 'Sending your answers…' : `Sending your answers again (attempt ${attempt} of ${automaticRetries + 1})…`);
    try {
      await request('POST', '/api/survey/responses', {
        headers: respondentHeaders(),
        body: { respondentId: state.draft.respondentId, group: state.draft.group, answers: state.draft.answers },
      });
      state.draft.submitted = true;
      saveDraft();
      renderSubmitted(true);
      return;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        renderClosed();
        return;
      }
      if (!(error instanceof ApiError) || !error.isTransient) {
        button.disabled = false;
        say('');
        showError(problem, error);
        return;
      }
      if (attempt > automaticRetries) {
        renderSendFailed(button, error);
        return;
      }
      const seconds = Math.min(error.retryAfterSeconds ?? retryDelaySeconds(attempt), 30);
      say(`Your answers are safe on this device. ${describeTransient(error)} Trying again in ${seconds} second${seconds === 1 ? '' : 's'}…`);
      await wait(seconds);
    }
  }
}

function describeTransient(error) {
  if (error.status === 0) return 'The server could not be reached.';
  if (error.status === 429) return 'Many people are answering right now.';
  return 'The server is busy for a moment.';
}

function renderSendFailed(button, error) {
  say('');
  button.disabled = false;
  const again = element('button', { type: 'button', text: 'Try again' });
  again.addEventListener('click', () => submitAnswers(button));
  problem.replaceChildren(
    element('p', { text: `Your answers are safe: they are saved on this device, and nothing is lost. ${describeTransient(error)} They were not sent yet.` }),
    element('p', { text: 'Try again now, or close this page and come back later with the same link on this device.' }),
    element('div', { class: 'actions' }, again));
  problem.className = 'notice error';
  problem.hidden = false;
  problem.focus();
}

function renderSubmitted(justNow) {
  const edit = element('button', { type: 'button', class: 'secondary', text: 'Change my answers' });
  edit.addEventListener('click', () => {
    state.draft.submitted = false;
    state.step = 1;
    render();
    focusHeading();
  });
  say(justNow ? 'Your answers were received.' : '', 'ok');
  container.replaceChildren(
    element('h1', { tabindex: '-1', text: 'Thank you' }),
    element('div', { class: 'card' },
      element('p', { text: 'Your answers are in. They will be combined with everyone else\'s; no one will see your individual answers.' }),
      element('p', { class: 'muted', text: 'You can change your answers from this browser until the assessment closes.' }),
      element('div', { class: 'actions' }, edit)));
  focusHeading();
}

function renderClosed() {
  say('');
  container.replaceChildren(
    element('h1', { tabindex: '-1', text: 'This assessment has closed' }),
    element('div', { class: 'card' }, element('p', { text: 'Answers can no longer be submitted or changed. Thank you for your interest; your agency\'s command staff now have the results.' })));
  focusHeading();
}

function focusHeading() {
  const heading = container.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

start();
