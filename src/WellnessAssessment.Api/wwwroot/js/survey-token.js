// Where the survey page finds the respondent token of its link: the query (?token=), the fragment, or the path.
export function findToken() {
  const query = new URLSearchParams(location.search).get('token');
  if (query) return query;
  if (location.hash.length > 1) return decodeURIComponent(location.hash.slice(1));
  const segments = location.pathname.split('/').filter(Boolean);
  return segments.length >= 2 && segments[0] === 'survey' ? decodeURIComponent(segments[1]) : '';
}
