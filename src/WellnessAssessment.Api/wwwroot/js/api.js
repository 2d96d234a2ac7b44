// A thin client for the WellnessAssessment HTTP API. Every error becomes an ApiError carrying the RFC 9457 problem.
export class ApiError extends Error {
  constructor(status, problem, retryAfterSeconds = null) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem ?? {};
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whether trying the same request again later may succeed: no connection, rate limited, or the server briefly unable. */
  get isTransient() {
    return this.status === 0 || this.status === 429 || this.status === 502 || this.status === 503 || this.status === 504;
  }

  /** Field errors of a validation problem as "path: message" lines. */
  get fieldErrors() {
    const errors = this.problem.errors ?? {};
    return Object.entries(errors).flatMap(([path, messages]) =>
      (Array.isArray(messages) ? messages : [messages]).map(message => (path ? `${path}: ${message}` : message)));
  }
}

export async function request(method, url, { body, key, accept = 'application/json', headers: extra = {} } = {}) {
  const headers = { ...extra, Accept: accept };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (key) headers.Authorization = `Bearer ${key}`;
  let response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, { title: 'No connection', detail: 'The server could not be reached. Check your connection and try again; nothing you entered is lost.' });
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    throw new ApiError(response.status, problem, Number.isFinite(retryAfter) ? retryAfter : null);
  }
  if (accept !== 'application/json') return response.blob();
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** Shows an error in a live region, with field errors as a list. */
export function showError(region, error) {
  region.replaceChildren();
  region.className = 'notice error';
  region.hidden = false;
  const message = document.createElement('p');
  message.textContent = error instanceof ApiError ? error.message : 'Something went wrong. Please try again.';
  region.append(message);
  if (error instanceof ApiError && error.fieldErrors.length) {
    const list = document.createElement('ul');
    for (const line of error.fieldErrors) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    region.append(list);
  }
  region.focus();
}

export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.filter(child => child !== null && child !== undefined));
  return node;
}

export const formatScore = score => (score === null || score === undefined ? '—' : score.toFixed(1));
export const bandLabel = band => (band ? band[0].toUpperCase() + band.slice(1) : 'Insufficient data');
