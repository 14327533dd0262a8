import { useId, useRef, useState } from 'react';
import type { CameraCatalog } from '../../data/schema';
import { LAYOUT_INSETS } from '../../lib/framing/frameBox';
import type { Optics } from '../../lib/framing/frameOptics';
import { formatFixed } from '../../lib/url/query';
import { useFrameStore } from '../../state/frame';
import { registerStrings } from '../../lib/i18n';
import frameStrings from '../../lib/i18n/strings/frame';
import { useT } from '../i18n/useT';
import { Icon } from '../common/Icon';
import { FrameGuides } from './FrameGuides';
import { FramePlan } from './FramePlan';
import { FrameSections } from './FrameSections';
import { LevelIndicator } from './LevelIndicator';
import { MoveIcon } from './MoveIcon';
import type { ReadoutName } from './Readouts';
import { ALL_READOUTS, OSD_READOUTS, Readouts } from './Readouts';
import { ShotFrame } from './ShotFrame';
import { useFrameKeys } from './useFrameKeys';
import { useFrameLayout } from './useFrameLayout';
import { useSafeZones } from './useSafeZones';
import movesStrings from '../../lib/i18n/strings/moves';
import { MovePanel } from './moves/MovePanel';
import { MoveTimeline } from './moves/MoveTimeline';
import { ProtectControls, ProtectGuides } from './moves/ProtectGuides';
import './frame.css';
import './moves/moves.css';

registerStrings(frameStrings);
registerStrings(movesStrings);

const SHEET_READOUTS: readonly ReadoutName[] = ALL_READOUTS.filter((r) => !OSD_READOUTS.includes(r));
/** Gap between the side columns and the stage edge / the frame, px. */
const EDGE = 10;
const GAP = 8;

/** Props of frame mode's overlay. */
export interface FrameOverlayProps {
  /** scenes/cameras.json, or null when it could not be read. */
  cameras: CameraCatalog | null;
  optics: Optics;
}

/**
 * Frame mode over the stage: the 9:16 frame with its guides and dimmed surround, the
 * readouts, level and plan, and the controls: in columns beside the frame on a wide stage,
 * in a collapsible sheet (with a readout strip on the frame) on a phone.
 */
export function FrameOverlay({ cameras, optics }: FrameOverlayProps) {
  const t = useT();
  const sheetId = useId();
  const root = useRef<HTMLDivElement>(null);
  useFrameLayout(root);
  useFrameKeys(optics);
  const layout = useFrameStore((s) => s.layout);
  const guides = useFrameStore((s) => s.guides);
  const showHotspots = useFrameStore((s) => s.showHotspots);
  const zones = useSafeZones();
  const [sheetOpen, setSheetOpen] = useState(false);
  const compact = layout?.kind === 'compact';
  const orientWord = t(optics.orient === 'portrait' ? 'frame.orient.portrait' : 'frame.orient.crop');
  const label = t('frame.frameLabel', { body: optics.body.name, focal: formatFixed(optics.focalMm, 1), orient: orientWord });
  const insets = LAYOUT_INSETS.wide;

  return (
    <div ref={root} className={`frame-overlay ${compact ? 'is-compact' : 'is-wide'}`} data-testid="frame-overlay" data-hotspots={showHotspots ? 'on' : 'off'}>
      {layout && layout.box.width > 0 ? (
        <ShotFrame box={layout.box} label={label}>
          <FrameGuides guides={guides} zones={zones.status === 'ok' ? zones.zones : null} />
          <ProtectGuides />
          {compact ? <Readouts optics={optics} items={OSD_READOUTS} variant="osd" /> : null}
        </ShotFrame>
      ) : null}

      {layout && !compact ? (
        <>
          <div className="frame-col frame-col-left" style={{ top: insets.top, bottom: EDGE, left: EDGE, width: insets.left - EDGE - GAP }} aria-label={t('frame.controls')} role="region">
            <FrameSections cameras={cameras} optics={optics} zones={zones} />
            <details className="frame-section" open>
              <summary>{t('moves.section')}</summary>
              <MovePanel optics={optics} />
              <ProtectControls label={t('moves.protect')} positions={{ title: t('moves.protectOffset'), up: t('moves.protectUp'), centre: t('moves.protectCentre'), down: t('moves.protectDown') }} />
            </details>
          </div>
          <div className="frame-timeline-bar" style={{ left: insets.left, right: insets.right, bottom: EDGE }}>
            <MoveTimeline />
          </div>
          <div className="frame-col frame-col-right" style={{ top: insets.top, bottom: EDGE, right: EDGE, width: insets.right - EDGE - GAP }}>
            <section className="frame-panel" aria-labelledby={`${sheetId}-r`}>
              <h3 id={`${sheetId}-r`} className="frame-panel-title">
                {t('frame.readouts')}
              </h3>
              <Readouts optics={optics} items={ALL_READOUTS} />
            </section>
            <LevelIndicator />
            <FramePlan hfovDeg={optics.fov.hfovDeg} width={insets.right - EDGE - GAP - 14} />
          </div>
        </>
      ) : null}

      {layout && compact ? (
        <>
          <button
            type="button"
            className={`btn frame-sheet-toggle${sheetOpen ? ' is-on' : ''}`}
            aria-expanded={sheetOpen}
            aria-controls={sheetId}
            aria-label={sheetOpen ? t('frame.hideControls') : t('frame.showControls')}
            title={sheetOpen ? t('frame.hideControls') : t('frame.showControls')}
            onClick={() => setSheetOpen(!sheetOpen)}
            data-testid="frame-sheet-toggle"
          >
            {sheetOpen ? <Icon name="close" /> : <MoveIcon name="sliders" />}
          </button>
          <div id={sheetId} className="frame-sheet" hidden={!sheetOpen} role="region" aria-label={t('frame.controls')} data-testid="frame-sheet">
            <FrameSections cameras={cameras} optics={optics} zones={zones} compact />
            <details className="frame-section">
              <summary>{t('moves.timeline')}</summary>
              <MoveTimeline />
            </details>
            <details className="frame-section">
              <summary>{t('moves.section')}</summary>
              <MovePanel optics={optics} />
              <ProtectControls label={t('moves.protect')} positions={{ title: t('moves.protectOffset'), up: t('moves.protectUp'), centre: t('moves.protectCentre'), down: t('moves.protectDown') }} />
            </details>

            <details className="frame-section">
              <summary>{t('frame.moreReadouts')}</summary>
              <Readouts optics={optics} items={SHEET_READOUTS} />
            </details>
            <details className="frame-section">
              <summary>{t('frame.plan')}</summary>
              <FramePlan hfovDeg={optics.fov.hfovDeg} width={Math.min(320, (layout.stageWidth || 320) - 48)} />
            </details>
          </div>
        </>
      ) : null}
    </div>
  );
}
