import type { ReactNode } from 'react';
import { Suspense, lazy, useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { Catalog, CatalogSet } from '../../data/load';
import { useViewer } from '../../state/viewer';
import type { ViewMode } from '../../state/viewer';
import { AppHeader } from '../common/AppHeader';
import { UnitsSwitch } from '../common/UnitsSwitch';
import { SetFacts } from '../catalog/SetFacts';
import { useFactRows } from '../catalog/useFactRows';
import { registerStrings } from '../../lib/i18n';
import viewerStrings from '../../lib/i18n/strings/viewer';
import { useLocal, useT } from '../i18n/useT';
import { ContextNotice } from './ContextNotice';
import { HotspotCard } from './HotspotCard';
import { HotspotMarkers } from './HotspotMarkers';
import { MeasureLabels } from './MeasureLabels';
import { NoWebGLView } from './NoWebGLView';
import { HotspotList } from './HotspotList';
import { LoadProgress } from './LoadProgress';
import { StagePoster } from './StagePoster';
import { Minimap } from './Minimap';
import { ModeSwitch } from './ModeSwitch';
import { ModelErrorPanel } from './ModelErrorPanel';
import { SetSwitcher } from './SetSwitcher';
import { ShareButton } from './ShareButton';
import { Toolbar } from './Toolbar';
import { Icon } from '../common/Icon';

registerStrings(viewerStrings);

// Notes about an unusual model (nothing to show, approximate collision): loaded on first use.
const ModelNotes = lazy(() => import('./ModelNotes').then((m) => ({ default: m.ModelNotes })));

/** Props of the set viewer page. */
export interface ViewerPageProps {
  catalog: Catalog;
  set: CatalogSet;
  homeHref: string;
  modes: readonly ViewMode[];
  onModeChange: (mode: ViewMode) => void;
  /** The 3D view, or null when the set has no model or the device has no WebGL. */
  canvas: ReactNode;
  /** Why there is no canvas, when there is none. */
  noCanvasReason: 'no-model' | 'no-webgl' | null;
  makeShareUrl: () => string;
  /** Extra overlay for the current mode (frame guides, tour card). */
  modeOverlay?: ReactNode;
  /** Extra panel sections for the current mode (shot list, tour stops). */
  modePanel?: ReactNode;
  /** Touch joystick, shown in walk mode on touch screens. */
  joystick?: ReactNode;
  onPointerLock?: (() => void) | undefined;
  /** Other sets of the same base, for the switcher. */
  siblings: readonly CatalogSet[];
  onSwitchSet: (setId: string) => void;
}

export function ViewerPage(props: ViewerPageProps) {
  const { catalog, set, homeHref, modes, onModeChange, canvas, noCanvasReason, makeShareUrl, modeOverlay, modePanel, joystick, onPointerLock, siblings, onSwitchSet } =
    props;
  const t = useT();
  const local = useLocal();
  // The long lists (hotspots, facts) render a moment after the stage, so the WebGL canvas is
  // created, and the model starts decoding, before they are laid out.
  const [panelReady, setPanelReady] = useState(false);
  useEffect(() => {
    const id = window.setTimeout(() => setPanelReady(true), 0);
    return () => window.clearTimeout(id);
  }, []);
  const rows = useFactRows(catalog, set);
  const mode = useViewer((s) => s.mode);
  const showPlan = useViewer((s) => s.showPlan);
  const status = useViewer((s) => s.status);
  const [panelOpen, setPanelOpen] = useState(false);
  const hint = mode === 'orbit' ? t('viewer.mode.orbitHint') : mode === 'walk' ? t('viewer.mode.walkHint') : null;

  return (
    <div className={`page viewer-page mode-${mode}`} data-testid="viewer-page" data-set-id={set.id}>
      <AppHeader
        homeHref={homeHref}
        title={<span data-testid="viewer-title">{local(set.name)}</span>}
        actions={
          <>
            {/* "Save for offline" is rendered here by src/ui/offline once the set has rendered. */}
            {set.model ? <span className="offline-slot" data-offline-slot={set.id} /> : null}
            <ShareButton makeUrl={makeShareUrl} />
            <button
              type="button"
              className="btn panel-toggle"
              aria-expanded={panelOpen}
              aria-controls="viewer-panel"
              onClick={() => setPanelOpen(!panelOpen)}
              data-testid="panel-toggle"
            >
              <Icon name="info" /> <span className="btn-label">{panelOpen ? t('viewer.hideInfo') : t('viewer.info')}</span>
            </button>
          </>
        }
      />
      <div className="viewer-body">
        <section className="viewer-stage" aria-label={t('viewer.canvasLabel', { name: local(set.name) })} data-testid="viewer-stage">
          {canvas ? <StagePoster still={set.still} /> : null}
          {canvas ?? <NoWebGLView set={set} reason={noCanvasReason ?? 'no-model'} />}
          {canvas ? (
            <>
              <div className="stage-top">
                <ModeSwitch mode={mode} modes={modes} onChange={onModeChange} />
                <SetSwitcher sets={siblings} current={set.id} onChange={onSwitchSet} />
              </div>
              {status === 'ready' ? (
                <>
                  <HotspotMarkers hotspots={set.hotspots} />
                  <MeasureLabels />
                </>
              ) : null}
              {modeOverlay}
              <LoadProgress />
              <ModelErrorPanel file={set.model?.file ?? ''} />
              <Suspense fallback={null}>
                <ModelNotes />
              </Suspense>
              <ContextNotice />
              <HotspotCard hotspots={set.hotspots} />
              {showPlan && mode !== 'frame' ? (
                <div className="stage-minimap">
                  <Minimap hotspots={set.hotspots} />
                </div>
              ) : null}
              <div className="stage-bottom">
                {mode !== 'tour' && mode !== 'frame' ? <Toolbar onPointerLock={onPointerLock} /> : null}
                {hint ? <p className="stage-hint">{hint}</p> : null}
              </div>
              {mode === 'walk' ? joystick : null}
            </>
          ) : null}
        </section>
        <aside id="viewer-panel" className={`viewer-panel${panelOpen ? ' is-open' : ''}`} aria-label={t('viewer.facts')} data-testid="viewer-panel">
          <p className="panel-back">
            <Link href={homeHref} className="link">
              ← {t('viewer.back')}
            </Link>
          </p>
          {canvas ? null : <SetSwitcher sets={siblings} current={set.id} onChange={onSwitchSet} />}
          <h1 className="panel-title">{local(set.name)}</h1>
          <p className="panel-summary">{local(set.summary)}</p>
          <div className="panel-units">
            <UnitsSwitch />
          </div>
          {modePanel}
          {panelReady ? (
            <>
              <HotspotList hotspots={set.hotspots} interactive={Boolean(canvas)} />
              <section aria-labelledby="facts-title" className="panel-section">
                <h2 id="facts-title">{t('viewer.facts')}</h2>
                <SetFacts rows={rows} />
                <p className="detail-description">{local(set.description)}</p>
              </section>
            </>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
