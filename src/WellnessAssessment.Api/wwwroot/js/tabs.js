// WAI-ARIA tabs (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): one tab in the tab order (roving tabindex), arrow
// keys move between tabs and activate them, Home and End go to the first and last. Each tab has its own URL: choosing a
// tab pushes its address onto the history, so back and forward move between views.
import { element } from './api.js';

/**
 * The tab list and its panels. `views` is [{ id, label, panel }]; `href(id)` gives a view's address.
 * Returns { tablist, panels, select(id, { focus }) }; `select` shows a view without touching the history.
 */
export function tabs(views, href, label) {
  const buttons = new Map();
  const panels = new Map();
  for (const view of views) {
    const button = element('button', {
      type: 'button', role: 'tab', id: `tab-${view.id}`, 'aria-controls': `view-${view.id}`, 'aria-selected': 'false', tabindex: '-1', text: view.label,
    });
    buttons.set(view.id, button);
    panels.set(view.id, element('div', { role: 'tabpanel', id: `view-${view.id}`, 'aria-labelledby': `tab-${view.id}`, tabindex: '0', hidden: true }, ...view.panel));
  }
  const order = views.map(view => view.id);
  let current = null;

  const select = (id, { focus = false } = {}) => {
    if (!buttons.has(id)) id = order[0];
    current = id;
    for (const [viewId, button] of buttons) {
      const on = viewId === id;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      panels.get(viewId).hidden = !on;
    }
    if (focus) buttons.get(id).focus();
  };
  const choose = (id, focus) => {
    if (id !== current) history.pushState(null, '', href(id));
    select(id, { focus });
  };

  const tablist = element('div', { role: 'tablist', class: 'tabs', 'aria-label': label }, ...buttons.values());
  tablist.addEventListener('click', event => {
    const button = event.target.closest('[role="tab"]');
    if (button) choose(button.id.slice('tab-'.length), true);
  });
  tablist.addEventListener('keydown', event => {
    const index = order.indexOf(current);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: order.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    choose(order[(next + order.length) % order.length], true);
  });
  return { tablist, panels: [...panels.values()], select, has: id => buttons.has(id), get current() { return current; } };
}
