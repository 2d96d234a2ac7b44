// Installed before the pages' own scripts: every JSON body the API returns is wrapped in a Proxy that records each
// property the page reads, as "METHOD /path" and a JSON path ($[].groups[].count). The test then checks every recorded
// read against the OpenAPI document's response schema, so a page cannot depend on an undocumented field.
(() => {
  const reads = [];
  Object.defineProperty(window, '__apiReads', { value: reads });
  const wrap = (value, operation, path) => {
    if (value === null || typeof value !== 'object') return value;
    return new Proxy(value, {
      get(target, property, receiver) {
        const result = Reflect.get(target, property, receiver);
        if (typeof property === 'symbol') return result;
        if (Array.isArray(target)) {
          return /^\d+$/.test(property) ? wrap(result, operation, `${path}[]`) : result;
        }
        if (typeof result === 'function' && !Object.hasOwn(target, property)) return result;
        // Promise resolution and JSON.stringify probe these on any object; the page itself does not read them.
        if ((property === 'then' || property === 'toJSON') && !Object.hasOwn(target, property)) return result;
        reads.push({ operation, path: `${path}.${property}` });
        return wrap(result, operation, `${path}.${property}`);
      },
    });
  };
  const bodies = new Map();
  const parse = JSON.parse;
  JSON.parse = function (text, reviver) {
    const value = parse.call(this, text, reviver);
    const operation = bodies.get(text);
    if (operation === undefined) return value;
    bodies.delete(text);
    return wrap(value, operation, '$');
  };
  const fetchFromTheNetwork = window.fetch;
  window.fetch = async (input, init) => {
    const response = await fetchFromTheNetwork(input, init);
    const url = new URL(typeof input === 'string' ? input : input.url, location.href);
    if (!url.pathname.startsWith('/api/') || !response.ok) return response;
    const operation = `${(init?.method ?? 'GET').toUpperCase()} ${url.pathname}`;
    const text = response.text.bind(response);
    const json = response.json.bind(response);
    response.text = async () => { const body = await text(); bodies.set(body, operation); return body; };
    response.json = async () => wrap(await json(), operation, '$');
    return response;
  };
})();
