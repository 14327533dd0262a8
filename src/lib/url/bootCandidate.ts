/**
 * Whether a set page's query could be a view the start-up first frame draws (docs/ARCHITECTURE.md
 * §2 "The set first"): only `lang`, `cam` and `mode=orbit`. A cheap first look for the entry
 * (src/app/start.ts), which must stay small on every page; the start-up code then checks the
 * values themselves with `bootView` (./bootView.ts).
 */
export function bootCandidate(search: string): boolean {
  for (const [key, value] of new URLSearchParams(search)) {
    if (key === 'mode' ? value !== 'orbit' : key !== 'lang' && key !== 'cam') return false;
  }
  return true;
}
