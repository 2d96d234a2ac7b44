// Invitation codes in the console: issue single-use codes for an open cycle, then download the printable slips and the
// CSV for a mail merge. The codes are shown once (the server keeps only their hashes), so they live in this card only.
import { element, showError } from './api.js';

/** The card of an open cycle. `api` calls the agency's routes; `say` and `problem` are the console's status and error regions. */
export function invitationCard(cycleId, { api, say, problem }) {
  const base = `/assessments/${encodeURIComponent(cycleId)}/invitations`;
  const status = element('p', { id: 'invitation-status', class: 'muted', text: 'Loading…' });
  const count = element('input', { id: 'invitation-count', type: 'number', min: '1', max: '2000', step: '1', value: '20', inputmode: 'numeric' });
  const issue = element('button', { type: 'button', class: 'secondary', text: 'Issue codes' });
  const downloads = element('div', { id: 'invitation-downloads' });

  const refresh = async () => {
    try {
      const { issued, used } = await api('GET', base);
      status.textContent = issued === 0
        ? 'No codes issued: anyone with the link can answer.'
        : `${issued} code${issued === 1 ? '' : 's'} issued, ${used} used. Every answer now needs a code.`;
    } catch (error) { status.textContent = ''; showError(problem, error); }
  };

  issue.addEventListener('click', async () => {
    const wanted = Number.parseInt(count.value, 10);
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > 2000) { say('Ask for 1 to 2000 codes.', 'error'); count.focus(); return; }
    issue.disabled = true;
    try {
      const { codes } = await api('POST', base, { body: { count: wanted } });
      say(`${codes.length} codes issued. Download them now: they cannot be shown again.`, 'ok');
      showDownloads(downloads, codes, base, { api, problem });
      await refresh();
    } catch (error) { showError(problem, error); } finally { issue.disabled = false; }
  });

  refresh();
  return element('div', { class: 'card' },
    element('h2', { text: 'Invitation codes (optional)' }),
    element('p', { text: 'For one response per person: issue single-use codes, print the slips and hand them out at random (at roll call, for example), or mail-merge them. A code is not linked to any name. Once codes are issued, every answer needs one; each code lets one person answer and change their answers until the cycle closes.' }),
    status,
    element('label', { for: 'invitation-count', text: 'How many new codes' }),
    count,
    element('div', { class: 'actions' }, issue),
    downloads);
}

function showDownloads(container, codes, base, { api, problem }) {
  const file = (kind, label, accept) => {
    const button = element('button', { type: 'button', text: label });
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const blob = await api('POST', `${base}/sheet.${kind}`, { body: { codes }, accept });
        const url = URL.createObjectURL(blob);
        const a = element('a', { href: url, download: `invitation-codes.${kind}` });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
      } catch (error) { showError(problem, error); } finally { button.disabled = false; }
    });
    return button;
  };
  container.replaceChildren(
    element('p', { class: 'notice warn', text: `${codes.length} new codes are ready. Download the slips or the CSV now: the codes cannot be shown again once you leave this page.` }),
    element('div', { class: 'actions' }, file('pdf', 'Download printable slips (PDF)', 'application/pdf'), file('csv', 'Download CSV for mail merge', 'text/csv')));
}
