import { useModelNotes } from '../../state/modelNotes';
import { useViewer } from '../../state/viewer';
import { registerStrings } from '../../lib/i18n';
import modelStrings from '../../lib/i18n/strings/modelNotes';
import { useT } from '../i18n/useT';

registerStrings(modelStrings);

/**
 * What the page says about a loaded model: that a valid file has nothing to show, and,
 * where walking matters (walk and frame modes), how collision was made (§2).
 */
export function ModelNotes() {
  const t = useT();
  const status = useViewer((s) => s.status);
  const mode = useViewer((s) => s.mode);
  const nothingToShow = useModelNotes((s) => s.nothingToShow);
  const collision = useModelNotes((s) => s.collision);
  const percent = useModelNotes((s) => s.collisionPercent);
  if (status !== 'ready') return null;
  const walking = mode === 'walk' || mode === 'frame';
  const showCollision = !nothingToShow && (collision === 'building' || (collision === 'approximate' && walking));
  if (!nothingToShow && !showCollision) return null;
  return (
    <div className="model-notes" role="status" aria-live="polite" data-testid="model-notes">
      {nothingToShow ? <p data-testid="model-empty">{t('model.nothingToShow')}</p> : null}
      {showCollision ? (
        <p className="hint" data-testid="collision-note" data-collision={collision}>
          {collision === 'building' ? t('model.collision.building', { percent }) : t('model.collision.approximate')}
        </p>
      ) : null}
    </div>
  );
}
