// Where the survey page finds the respondent token of its link. The token travels in the link's fragment
// (/survey/#token), which browsers never send to a server, and reaches the API in a header. A link in an older form
// (?token=, /survey/token) is rewritten to the fragment form in place.
export function findToken() {
  const fromFragment = location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : '';
  if (fromFragment) return fromFragment;
  const segments = location.pathname.split('/').filter(Boolean);
  const older = new URLSearchParams(location.search).get('token')
    || (segments.length >= 2 && segments[0] === 'survey' ? decodeURIComponent(segments[1]) : '');
  if (older) history.replaceState(null, '', `/survey/#${encodeURIComponent(older)}`);
  return older;
}
