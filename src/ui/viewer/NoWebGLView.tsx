import type { CatalogSet } from '../../data/load';
import { useViewer } from '../../state/viewer';
import { SetIllustration } from '../catalog/SetIllustration';
import { categoryAccent } from '../catalog/taxonomy';
import { useLocal, useT } from '../i18n/useT';
import { Minimap } from './Minimap';

/**
 * The set without 3D: a clear message, the rendered still, and the floor plan drawn
 * from the model (when the set has one). Facts and hotspots are in the side panel.
 */
export function NoWebGLView({ set, reason }: { set: CatalogSet; reason: 'no-model' | 'no-webgl' }) {
  const t = useT();
  const local = useLocal();
  const plan = useViewer((s) => s.plan);
  const status = useViewer((s) => s.status);
  const lost = useViewer((s) => s.context === 'failed');
  const name = local(set.name);
  return (
    <div className="no-canvas" data-testid="no-canvas" data-reason={lost ? 'context-lost' : reason}>
      {reason === 'no-webgl' && lost ? (
        <div className="no-webgl-message" role="alert" data-testid="no-webgl">
          <p>{t('viewer.context.failed')}</p>
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            {t('viewer.reload')}
          </button>
        </div>
      ) : reason === 'no-webgl' ? (
        <div className="no-webgl-message" role="status" data-testid="no-webgl">
          <h2>{t('viewer.noWebgl.title')}</h2>
          <p>{t('viewer.noWebgl.body')}</p>
        </div>
      ) : (
        <p role="status">{t('viewer.noModel')}</p>
      )}
      <div className="no-canvas-media">
        {set.still ? (
          <img src={set.still} alt={t('catalog.stillAlt', { name })} className="no-canvas-still" data-testid="set-still" />
        ) : (
          <SetIllustration
            width={set.dimensions.width}
            depth={set.dimensions.depth}
            height={set.dimensions.height}
            accent={categoryAccent(set.category)}
            label={name}
            alt={t('catalog.planAlt', { name, w: set.dimensions.width, d: set.dimensions.depth })}
          />
        )}
        {set.model ? (
          plan ? (
            <Minimap hotspots={set.hotspots} showCamera={false} />
          ) : (
            <p className="hint">{status === 'error' ? t('viewer.planFailed') : t('viewer.planLoading')}</p>
          )
        ) : null}
      </div>
    </div>
  );
}
