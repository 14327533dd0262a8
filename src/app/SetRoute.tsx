import { findSet } from '../data/load';
import { useCatalog } from '../state/catalog';
import { NotFound } from '../ui/common/NotFound';

/** Route "/sets/:setId": the set viewer. */
export default function SetRoute({ setId }: { setId: string }) {
  const catalog = useCatalog((s) => s.catalog);
  const set = catalog ? findSet(catalog, setId) : undefined;
  if (!set) return <NotFound homeHref="/" setId={setId} />;
  return <main id="main">{set.name.en}</main>;
}
