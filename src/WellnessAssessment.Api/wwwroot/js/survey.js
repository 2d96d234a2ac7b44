// The respondent survey: choose a group, answer part by part, submit. The scale is explained once (on the welcome page
// and in a legend on every part); each question is its statement and one compact radio group. Drafts live in this
// browser, and on the server under a resume code when the respondent asks for one.
import { request, element, ApiError } from './api.js';
import { pageText, pageLanguages, pickLanguage } from './survey-text.js';
import { findToken } from './survey-token.js';

const container = document.getElementById('survey');
const status = document.getElementById('status');
const problem = document.getElementById('problem');
const languageNav = document.getElementById('languages');

const token = findToken();
const draftKey = `wellness-draft:${token}`;
const languageKey = 'wellness-language';
const state = { survey: null, instrument: null, step: 0, draft: loadDraft(), lang: 'en', view: null };

/** The headers that carry the respondent's token (and, in cycles with invitation codes, the code) to the survey API. */
const respondentHeaders = () => ({
  'X-Respondent-Token': token,
  ...(state.survey?.invitationCodeRequired && state.draft.code ? { 'X-Invitation-Code': state.draft.code } : {}),
});

// Invitation codes: in cycles that issued them, the code from the respondent's slip is asked for before submitting.

function invitationCodeField() {
  if (!state.survey?.invitationCodeRequired) return null;
  const input = element('input', {
    id: 'invitation-code', type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false',
    maxlength: '20', value: state.draft.code ?? '', 'aria-describedby': 'invitation-code-help',
  });
  input.addEventListener('input', () => { state.draft.code = input.value.trim(); saveDraft(); });
  return element('div', { class: 'invitation-code' },
    element('label', { for: 'invitation-code', text: t('invitationLabel') }),
    input,
    element('p', { id: 'invitation-code-help', class: 'small muted', text: t('invitationStatement') }));
}

function invitationCodeMissing() {
  if (!state.survey?.invitationCodeRequired || state.draft.code) return false;
  say(t('invitationMissing'), 'error');
  document.getElementById('invitation-code')?.focus();
  return true;
}

function loadDraft() {
  try {
    const saved = JSON.parse(localStorage.getItem(draftKey) ?? 'null');
    if (saved && typeof saved === 'object') return { answers: {}, ...saved };
  } catch { /* a broken draft is ignored */ }
  return newDraft();
}

// The respondent id is the server's to issue (random); the page never chooses one, so no link holder can name anyone
// else's answers. Answers change only with the resume code the server returns.
function newDraft() {
  return { group: '', answers: {}, step: 0, submitted: false, resumeCode: null };
}

/** A random key for one submission, so that sending it again after a lost answer stores it once. */
function newSubmissionKey() {
  return crypto.randomUUID ? crypto.randomUUID() : Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
}

function saveDraft() {
  state.draft.step = state.step;
  localStorage.setItem(draftKey, JSON.stringify(state.draft));
}

// ---- language ----

/** The page's own words in the current language (English where a string is missing). */
function t(key, ...args) {
  const value = pageText[state.lang]?.[key] ?? pageText.en[key];
  return typeof value === 'function' ? value(...args) : value;
}

/** A text field of the instrument in the current language: its translation when there is one, else the original. */
function tr(source, field) {
  return source?.translations?.[state.lang]?.[field] ?? source?.[field];
}

function offeredLanguages() {
  const own = state.instrument?.language ?? 'en';
  const offered = [own, ...(state.instrument?.languages ?? [])];
  return offered.filter(language => pageLanguages.includes(language));
}

function storedLanguage() {
  try { return localStorage.getItem(languageKey); } catch { return null; }
}

function setLanguage(language, remember) {
  state.lang = language;
  document.documentElement.lang = language;
  document.title = state.instrument ? t('surveyTitle', state.survey.title) : t('pageTitle');
  const brand = document.querySelector('header.site .brand');
  if (brand) brand.textContent = t('pageTitle');
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = t('skipLink');
  if (remember) {
    try { localStorage.setItem(languageKey, language); } catch { /* private mode: the choice lasts this visit */ }
  }
  renderLanguageSwitch();
}

function renderLanguageSwitch() {
  const offered = offeredLanguages();
  if (!languageNav) return;
  if (offered.length < 2) {
    languageNav.replaceChildren();
    languageNav.hidden = true;
    return;
  }
  languageNav.hidden = false;
  languageNav.setAttribute('aria-label', t('languageNav'));
  const buttons = offered.map(language => {
    const button = element('button', {
      type: 'button',
      class: 'language',
      lang: language,
      'aria-pressed': language === state.lang ? 'true' : 'false',
      'data-language': language,
      text: pageText[language].languageName,
    });
    button.addEventListener('click', () => {
      if (language === state.lang) return;
      setLanguage(language, true);
      state.view?.();
      languageNav.querySelector(`[data-language="${language}"]`)?.focus();
    });
    return button;
  });
  languageNav.replaceChildren(...buttons);
}

// ---- helpers ----

function say(text, kind = '') {
  status.className = `notice ${kind}`.trim();
  status.textContent = text;
  status.hidden = !text;
}

function showProblem(error) {
  problem.replaceChildren();
  problem.className = 'notice error';
  problem.hidden = false;
  problem.append(element('p', { text: error instanceof ApiError ? error.message : t('error') }));
  if (error instanceof ApiError && error.fieldErrors.length) {
    problem.append(element('ul', {}, ...error.fieldErrors.map(line => element('li', { text: line }))));
  }
  problem.focus();
}

// Outcome items (when the instrument has them) are one last part, answered on their own scale.
const outcomePart = () => (state.instrument.outcomes?.length
  ? [{ id: 'outcomes', title: t('outcomesTitle'), summary: t('outcomesSummary'), items: state.instrument.outcomes, section: { title: t('outcomesSection') } }]
  : []);
const domains = () => [...state.instrument.sections.flatMap(section => section.domains.map(domain => ({ ...domain, section }))), ...outcomePart()];
const items = () => domains().flatMap(domain => domain.items);
const questionCount = () => items().length + 1; // the group, then every item
const answeredCount = () => (state.draft.group ? 1 : 0) + items().filter(item => item.id in state.draft.answers).length;
const levels = () => state.instrument.scale.levels;
const itemLevels = item => item.scale?.levels ?? levels();

function show(view) {
  state.view = view;
  view();
}

// ---- start ----

async function start() {
  setLanguage(pickLanguage(pageLanguages, storedLanguage(), navigator.languages), false);
  if (!token) {
    container.replaceChildren(element('p', { class: 'notice error', text: t('noToken') }));
    return;
  }
  try {
    const survey = await request('GET', '/api/survey', { headers: respondentHeaders() });
    state.survey = survey;
    state.instrument = survey.instrument;
    setLanguage(pickLanguage(offeredLanguages(), storedLanguage(), navigator.languages), false);
    if (survey.status !== 'open') {
      show(renderClosed);
      return;
    }
    state.step = Math.min(state.draft.step ?? 0, domains().length + 1);
    if (state.draft.submitted) show(() => renderSubmitted(false));
    else render();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      container.replaceChildren(element('p', { class: 'notice error', text: t('badToken') }));
    } else {
      container.replaceChildren();
      showProblem(error);
    }
  }
}

function render() {
  problem.hidden = true;
  const total = domains().length;
  if (state.step === 0) show(renderWelcome);
  else if (state.step <= total) show(() => renderDomain(state.step - 1));
  else show(renderReview);
  saveDraft();
}

function go(step) {
  state.step = step;
  say('');
  render();
  focusHeading();
  syncDraft();
}

// ---- progress ----

function progressText() {
  const parts = domains().length;
  const left = t('left', questionCount() - answeredCount());
  return state.step >= 1 && state.step <= parts ? `${t('partOf', state.step, parts)} · ${left}` : left;
}

function progress() {
  return element('div', { class: 'progress' },
    element('p', { class: 'small muted', id: 'progress-text', text: progressText() }),
    element('progress', { max: String(questionCount()), value: String(answeredCount()), 'aria-labelledby': 'progress-text' }));
}

function updateProgress() {
  const text = document.getElementById('progress-text');
  if (text) {
    text.textContent = progressText();
    text.nextElementSibling.value = answeredCount();
  }
}

// ---- the scale, explained once ----

function scaleExplanation(scaleLevels = levels()) {
  const list = element('dl', { class: 'levels' });
  for (const level of scaleLevels) {
    list.append(element('dt', {}, element('span', { class: 'level-value', text: String(level.value) }), ` ${tr(level, 'label')}`));
    const description = tr(level, 'description');
    if (description) list.append(element('dd', { text: description }));
  }
  list.append(element('dt', { text: t('dontKnow') }), element('dd', { text: t('dontKnowMeaning') }));
  if (items().some(item => item.allowNotApplicable)) {
    list.append(element('dt', { text: t('notApplicable') }), element('dd', { text: t('notApplicableMeaning') }));
  }
  return list;
}

// ---- welcome ----

function renderWelcome() {
  const k = state.survey.minimumGroupSize;
  const form = element('form', { novalidate: true });
  const fieldset = element('fieldset', {}, element('legend', { text: t('groupQuestion') }));
  for (const group of state.instrument.groups) {
    const input = element('input', { type: 'radio', name: 'group', value: group.id, required: true, checked: state.draft.group === group.id });
    fieldset.append(element('label', { class: 'choice' }, input, element('span', {}, element('span', { class: 'label', text: tr(group, 'title') }))));
  }
  form.append(fieldset);
  const resumeAt = Math.max(1, Math.min(state.draft.step ?? 1, domains().length + 1));
  form.append(element('div', { class: 'actions' }, element('button', { type: 'submit', text: state.draft.group && answeredCount() > 1 ? t('continueAt', Math.min(resumeAt, domains().length)) : t('start') })));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = form.querySelector('input[name="group"]:checked');
    if (!chosen) {
      say(t('chooseGroup'), 'error');
      form.querySelector('input[name="group"]').focus();
      return;
    }
    state.draft.group = chosen.value;
    go(answeredCount() > 1 ? resumeAt : 1);
  });

  const estimate = state.survey.estimates[state.lang];
  container.replaceChildren(...[
    element('h1', { text: state.survey.title }),
    estimate ? element('p', { class: 'lead', id: 'survey-size', text: t('size', estimate.questions, estimate.minutes) }) : null,
    estimate ? element('p', { class: 'small muted', text: t('sizeNote') }) : null,
    state.survey.purpose === 'leadership-self-assessment'
      ? element('div', { class: 'card notice warn', id: 'not-anonymous' },
        element('h2', { text: t('selfAssessmentHeading') }),
        element('p', { text: t('selfAssessment') }))
      : element('div', { class: 'card', id: 'respondent-statement' },
        element('h2', { text: t('anonymousHeading') }),
        element('p', { text: t('anonymous', k) }),
        element('p', { text: t('notProtected') }),
        state.survey.invitationCodeRequired ? element('p', { text: t('invitationStatement') }) : null),
    element('div', { class: 'card' },
      element('h2', { text: t('howHeading') }),
      element('p', { text: t('how') }),
      scaleExplanation()),
    element('div', { class: 'card' }, form),
    resumeCard(),
  ].filter(Boolean));
}

// ---- one part (domain) ----

function answerChoice(item, value, text, accessibleExtra, className) {
  const input = element('input', {
    type: 'radio',
    name: item.id,
    value: String(value),
    checked: String(state.draft.answers[item.id] ?? '') === String(value),
  });
  input.addEventListener('change', () => {
    state.draft.answers[item.id] = value;
    saveDraft();
    updateProgress();
    showChosen(item);
  });
  return element('label', { class: `choice ${className}` }, input,
    element('span', { class: 'value', text }),
    accessibleExtra ? ' ' : null, // so that the radio's name reads "2 Developing", not "2Developing"
    accessibleExtra ? element('span', { class: 'meaning', text: accessibleExtra }) : null);
}

function chosenText(item) {
  const answer = state.draft.answers[item.id];
  if (answer === undefined) return '';
  if (answer === 'dont-know') return t('dontKnow');
  if (answer === 'not-applicable') return t('notApplicableLong');
  const level = itemLevels(item).find(l => l.value === answer);
  if (!level) return '';
  const description = tr(level, 'description');
  return `${t('chosen', level.value, tr(level, 'label'))}${description ? ` — ${description}` : ''}`;
}

function showChosen(item) {
  const line = document.getElementById(`chosen-${cssId(item.id)}`);
  if (line) line.textContent = chosenText(item);
}

const cssId = id => id.replace(/[^A-Za-z0-9_-]/g, '_');

function question(item, number) {
  const legendId = `q-${cssId(item.id)}`;
  const fieldset = element('fieldset', { class: 'item' },
    element('legend', { id: legendId }, element('span', { class: 'number', text: `${number}. ` }), tr(item, 'text')));
  const scale = element('div', { class: 'scale' });
  for (const level of itemLevels(item)) {
    scale.append(answerChoice(item, level.value, String(level.value), tr(level, 'label'), 'level'));
  }
  const others = element('div', { class: 'others' }, answerChoice(item, 'dont-know', t('dontKnow'), null, 'aside'));
  if (item.allowNotApplicable) others.append(answerChoice(item, 'not-applicable', t('notApplicable'), null, 'aside'));
  fieldset.append(scale, others, element('p', { class: 'chosen small muted', id: `chosen-${cssId(item.id)}`, 'aria-hidden': 'true', text: chosenText(item) }));
  return fieldset;
}

function renderDomain(index) {
  const domain = domains()[index];
  const total = domains().length;
  const before = domains().slice(0, index).reduce((count, d) => count + d.items.length, 0);
  const form = element('form', { novalidate: true });
  domain.items.forEach((item, i) => form.append(question(item, before + i + 1)));
  const back = element('button', { type: 'button', class: 'secondary', text: t('back') });
  back.addEventListener('click', () => go(state.step - 1));
  form.append(element('div', { class: 'actions' }, back, element('button', { type: 'submit', text: index + 1 === total ? t('review') : t('next') })));
  form.addEventListener('submit', event => {
    event.preventDefault();
    go(state.step + 1);
  });
  const partLevels = itemLevels(domain.items[0] ?? {});
  const low = partLevels[0];
  const high = partLevels[partLevels.length - 1];
  container.replaceChildren(...[
    progress(),
    element('p', { class: 'small muted section-title', text: tr(domain.section, 'title') }),
    element('h1', { tabindex: '-1', text: tr(domain, 'title') }),
    tr(domain, 'summary') ? element('p', { class: 'muted summary', text: tr(domain, 'summary') }) : null,
    element('details', { class: 'legend card' },
      element('summary', { text: t('legendSummary') }),
      scaleExplanation(partLevels)),
    element('p', { class: 'small muted scale-ends', 'aria-hidden': 'true', text: t('scaleEnds', tr(low, 'label'), tr(high, 'label')) }),
    element('div', { class: 'card questions' }, form),
    saveCard(),
  ].filter(Boolean)); // replaceChildren would write null as the text "null"
}

// ---- resume codes: the draft on the server, for another device ----

// The token goes in a header, as for the survey itself; the resume code names only a draft.
const draftsUrl = () => '/api/survey/drafts';
const draftBody = () => ({
  response: { respondentId: '', group: state.draft.group, answers: state.draft.answers },
  part: state.step,
});

/** Keeps the server's copy current (when the respondent has a code); the local draft stays the one that counts. */
async function storeDraft() {
  const code = state.draft.resumeCode;
  if (code) {
    try {
      await request('PUT', `${draftsUrl()}/${encodeURIComponent(code)}`, { body: draftBody(), headers: respondentHeaders() });
      return code;
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404) throw error;
    }
  }
  const receipt = await request('POST', draftsUrl(), { body: draftBody(), headers: respondentHeaders() });
  state.draft.resumeCode = receipt.code;
  saveDraft();
  return receipt.code;
}

function syncDraft() {
  if (state.draft.resumeCode && state.draft.group) storeDraft().catch(() => { /* kept in this browser; the next save tries again */ });
}

function resumeCard() {
  const input = element('input', { type: 'text', id: 'resume-code', name: 'resume-code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', 'aria-describedby': 'resume-help' });
  const form = element('form', { novalidate: true, class: 'resume' },
    element('label', { for: 'resume-code', text: t('resumeLabel') }),
    input,
    element('div', { class: 'actions' }, element('button', { type: 'submit', class: 'secondary', text: t('resumeButton') })));
  form.addEventListener('submit', event => {
    event.preventDefault();
    resume(input);
  });
  return element('div', { class: 'card' },
    element('h2', { text: t('resumeHeading') }),
    element('p', { id: 'resume-help', text: t('resumeHelp') }),
    form);
}

async function resume(input) {
  const code = input.value.trim();
  if (!code) {
    say(t('resumeEmpty'), 'error');
    input.focus();
    return;
  }
  try {
    const draft = await request('GET', `${draftsUrl()}/${encodeURIComponent(code)}`, { headers: respondentHeaders() });
    state.draft = {
      group: draft.response.group,
      answers: { ...draft.response.answers },
      step: draft.part,
      submitted: false,
      resumeCode: code.toUpperCase(),
    };
    go(Math.max(1, Math.min(draft.part, domains().length + 1)));
    say(t('resumed'), 'ok');
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      show(renderClosed);
      return;
    }
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) say(t('resumeUnknown'), 'error');
    else if (error instanceof ApiError && error.status === 429) say(t('resumeTooMany'), 'error');
    else showProblem(error);
    input.focus();
  }
}

function saveCard() {
  const code = state.draft.resumeCode;
  const shown = element('p', { class: 'resume-code', id: 'resume-code-shown', hidden: !code },
    code ? element('span', { text: t('savedCode', code) }) : null);
  const button = element('button', { type: 'button', class: 'secondary', text: code ? t('saveAgain') : t('saveButton') });
  button.addEventListener('click', async () => {
    button.disabled = true;
    say(t('saving'));
    try {
      const saved = await storeDraft();
      shown.replaceChildren(element('span', { text: t('savedCode', saved) }));
      shown.hidden = false;
      button.textContent = t('saveAgain');
      say(t('savedCode', saved), 'ok');
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        show(renderClosed);
        return;
      }
      say(t('saveFailed'), 'error');
    } finally {
      button.disabled = false;
    }
  });
  return element('div', { class: 'card save' },
    element('h2', { text: t('saveHeading') }),
    element('p', { class: 'small', text: t('saveHelp') }),
    shown,
    element('div', { class: 'actions' }, button));
}

// ---- review and submit ----

function renderReview() {
  const unanswered = questionCount() - answeredCount();
  const back = element('button', { type: 'button', class: 'secondary', text: t('back') });
  back.addEventListener('click', () => go(state.step - 1));
  const submit = element('button', { type: 'button', text: t('submit') });
  submit.addEventListener('click', () => submitAnswers(submit));
  const group = state.instrument.groups.find(g => g.id === state.draft.group);
  container.replaceChildren(...[
    progress(),
    element('h1', { tabindex: '-1', text: t('readyHeading') }),
    element('div', { class: 'card' },
      element('p', { text: t('group', group ? tr(group, 'title') : state.draft.group) }),
      element('p', { text: unanswered === 0 ? t('allAnswered') : t('unanswered', unanswered) }),
      element('p', { class: 'muted', text: t('canChange') }),
      invitationCodeField(),
      element('div', { class: 'actions' }, back, submit)),
    saveCard(),
  ].filter(Boolean));
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
  state.submitKey ??= newSubmissionKey();
  for (let attempt = 1; ; attempt += 1) {
    say(attempt === 1 ? t('sending') : t('sendingAgain', attempt, automaticRetries + 1));
    try {
      // The response is the respondent's group and answers: nothing about the language or the device. With a resume
      // code (a saved draft, or answers being changed) the server replaces the answers stored under it.
      const receipt = await request('POST', '/api/survey/responses', {
        headers: {
          ...respondentHeaders(),
          'Idempotency-Key': state.submitKey,
          ...(state.draft.resumeCode ? { 'X-Resume-Code': state.draft.resumeCode } : {}),
        },
        body: { respondentId: '', group: state.draft.group, answers: state.draft.answers },
      });
      // A shared device keeps only that answers were sent: no answers, no code. The code is shown once, to write down.
      state.submitKey = null;
      state.draft = { ...newDraft(), submitted: true };
      state.step = 0;
      saveDraft();
      show(() => renderSubmitted(true, receipt?.resumeCode));
      return;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404 && state.draft.resumeCode) {
        // The saved draft is gone (its code no longer works): send the answers as a new response.
        state.draft.resumeCode = null;
        continue;
      }
      if (error instanceof ApiError && error.status === 409) {
        show(renderClosed);
        return;
      }
      if (!(error instanceof ApiError) || !error.isTransient) {
        button.disabled = false;
        say('');
        showProblem(error);
        return;
      }
      if (attempt > automaticRetries) {
        renderSendFailed(button, error);
        return;
      }
      const seconds = Math.min(error.retryAfterSeconds ?? retryDelaySeconds(attempt), 30);
      say(t('safeRetrying', describeTransient(error), seconds));
      await wait(seconds);
    }
  }
}

function describeTransient(error) {
  if (error.status === 0) return t('unreachable');
  if (error.status === 429) return t('busyMany');
  return t('busy');
}

function renderSendFailed(button, error) {
  say('');
  button.disabled = false;
  const again = element('button', { type: 'button', text: t('tryAgain') });
  again.addEventListener('click', () => submitAnswers(button));
  problem.replaceChildren(
    element('p', { text: t('sendFailed', describeTransient(error)) }),
    element('p', { text: t('sendFailedHelp') }),
    element('div', { class: 'actions' }, again));
  problem.className = 'notice error';
  problem.hidden = false;
  problem.focus();
}

function renderSubmitted(justNow, code) {
  const done = element('button', { type: 'button', class: 'secondary', text: t('finished') });
  done.addEventListener('click', () => show(() => renderSubmitted(false)));
  say(justNow ? t('received') : '', 'ok');
  container.replaceChildren(...[
    element('h1', { tabindex: '-1', text: t('thanks') }),
    element('div', { class: 'card' },
      element('p', { text: state.survey?.purpose === 'leadership-self-assessment' ? t('thanksTextNamed') : t('thanksText') }),
      code ? element('p', { class: 'resume-code', id: 'receipt-code' }, element('span', { text: t('thanksChange', code) })) : null,
      element('p', { class: 'muted', text: code ? t('thanksDevice') : t('thanksChangeLater') }),
      code ? element('div', { class: 'actions' }, done) : null),
    resumeCard(),
  ].filter(Boolean));
  focusHeading();
}

function renderClosed() {
  say('');
  container.replaceChildren(
    element('h1', { tabindex: '-1', text: t('closedHeading') }),
    element('div', { class: 'card' }, element('p', { text: t('closedText') })));
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
