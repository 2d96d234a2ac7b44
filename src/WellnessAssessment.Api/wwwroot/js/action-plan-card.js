// The dashboard card of the action register: "12 of 20 actions done, 3 overdue", linking to the action register page.
import { request, element } from './api.js';

export function summaryLine(summary) {
  const done = `${summary.done} of ${summary.total} action${summary.total === 1 ? '' : 's'} done`;
  return summary.overdue ? `${done}, ${summary.overdue} overdue` : done;
}

/** The card for the agency's register, or a card inviting to adopt when it is empty. Never throws: the dashboard stays usable. */
export async function registerCard(agencyId, key) {
  let text;
  try {
    const register = await request('GET', `/api/agencies/${encodeURIComponent(agencyId)}/register`, { key });
    text = register.summary.total ? summaryLine(register.summary) : 'No action adopted yet.';
  } catch {
    text = 'The action register could not be loaded just now.';
  }

  return element('section', { class: 'card', 'aria-labelledby': 'register-card-heading' },
    element('h2', { id: 'register-card-heading', text: 'Action register' }),
    element('p', { class: 'summary-line', id: 'register-summary', text }),
    element('a', { href: '/console/actions.html', text: 'Open the action register' }));
}
