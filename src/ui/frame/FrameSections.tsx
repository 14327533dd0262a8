import type { CameraCatalog } from '../../data/schema';
import type { Optics } from '../../lib/framing/frameOptics';
import { useT } from '../i18n/useT';
import { CameraControls } from './CameraControls';
import { FeasibilityPanel } from './FeasibilityPanel';
import { GuideControls } from './GuideControls';
import { LevelIndicator } from './LevelIndicator';
import { MoveControls } from './MoveControls';
import { StandInControls } from './StandInControls';
import type { SafeZonesState } from './useSafeZones';

/** Props of the frame control sections. */
export interface FrameSectionsProps {
  cameras: CameraCatalog | null;
  optics: Optics;
  zones: SafeZonesState;
  /** Phone sheet: the level sits with the camera moves (the side column shows it by the readouts). Default false. */
  compact?: boolean;
}

/** The frame controls as collapsible sections (the side column on a wide screen, the sheet on a phone). */
export function FrameSections({ cameras, optics, zones, compact = false }: FrameSectionsProps) {
  const t = useT();
  return (
    <>
      {!cameras ? (
        <p className="frame-error" role="alert">
          {t('frame.noCameras')}
        </p>
      ) : null}
      <details className="frame-section" open>
        <summary>{t('frame.camera')}</summary>
        <CameraControls cameras={cameras} optics={optics} />
      </details>
      <details className="frame-section" open>
        <summary>{t('frame.move')}</summary>
        {compact ? <LevelIndicator /> : null}
        <MoveControls />
      </details>
      <details className="frame-section" open>
        <summary>{t('frame.standIns')}</summary>
        <StandInControls />
      </details>
      <details className="frame-section" open>
        <summary>{t('frame.feasibility')}</summary>
        <FeasibilityPanel cameras={cameras} optics={optics} />
      </details>
      <details className="frame-section">
        <summary>{t('frame.guides')}</summary>
        <GuideControls zones={zones} />
      </details>
    </>
  );
}
