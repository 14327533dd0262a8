import { NotFound } from '../ui/common/NotFound';

/** Route "/present": the sales pitch (built by the presentation work; until then, not found). */
export default function PresentRoute() {
  return <NotFound homeHref="/" path="/present" />;
}
