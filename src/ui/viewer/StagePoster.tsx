import { useState } from 'react';
import { useViewer } from '../../state/viewer';

/**
 * The set's still under the canvas until the model's first frame (docs/ARCHITECTURE.md §2
 * "The set first"): the page shows the set at once, also when the app draws the first frame
 * itself (a frame-mode or tour link). It is drawn under the transparent canvas, so the first
 * frame simply covers it.
 */
export function StagePoster({ still }: { still: string | undefined }) {
  const ready = useViewer((s) => s.ready);
  const [failed, setFailed] = useState(false);
  const [shown, setShown] = useState(true);
  if (ready && shown) setShown(false);
  if (!still || failed || !shown) return null;
  return <img className="stage-poster" src={still} alt="" aria-hidden="true" onError={() => setFailed(true)} data-testid="stage-poster" />;
}
