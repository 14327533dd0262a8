import type { GuideId } from '../../state/frame';
import { useFrameStore } from '../../state/frame';
import type { MessageKey } from '../../lib/i18n';
import { useLocal, useT } from '../i18n/useT';
import { PLATFORM_GUIDES } from './guideIds';
import type { SafeZonesState } from './useSafeZones';

const BASIC: readonly { id: GuideId; key: MessageKey }[] = [
  { id: 'thirds', key: 'frame.g.thirds' },
  { id: 'center', key: 'frame.g.center' },
  { id: 'safe', key: 'frame.g.safe' },
  { id: 'protect169', key: 'frame.g.protect169' },
];

/** One switch per guide; platform zones as the safe-zone file lists them, estimates marked. */
export function GuideControls({ zones }: { zones: SafeZonesState }) {
  const t = useT();
  const local = useLocal();
  const guides = useFrameStore((s) => s.guides);
  const toggle = useFrameStore((s) => s.toggleGuide);
  const showHotspots = useFrameStore((s) => s.showHotspots);
  const toggleHotspots = useFrameStore((s) => s.toggleHotspots);
  return (
    <div className="frame-guide-controls">
      <ul className="guide-list">
        {BASIC.map((g) => (
          <li key={g.id}>
            <label className="check">
              <input type="checkbox" checked={guides[g.id]} onChange={() => toggle(g.id)} data-testid={`guide-${g.id}`} />
              <span>{t(g.key)}</span>
            </label>
            {g.id === 'protect169' && guides.protect169 ? <p className="frame-note">{t('frame.g.protectHelp')}</p> : null}
          </li>
        ))}
      </ul>
      <h4 className="frame-subhead">{t('frame.g.platforms')}</h4>
      {zones.status === 'loading' ? <p className="frame-note">{t('frame.g.loading')}</p> : null}
      {zones.status === 'error' ? (
        <p className="frame-error" role="alert" data-testid="safe-zones-error">
          {t('frame.g.loadError', { detail: zones.detail })}
        </p>
      ) : null}
      {zones.status === 'ok' ? (
        <ul className="guide-list">
          {PLATFORM_GUIDES.map(({ guide, platform, color }) => {
            const z = zones.zones.platforms.find((p) => p.id === platform);
            if (!z) return null;
            return (
              <li key={guide}>
                <label className="check" title={local(z.note)}>
                  <input type="checkbox" checked={guides[guide]} onChange={() => toggle(guide)} data-testid={`guide-${guide}`} />
                  <span className="guide-swatch" style={{ background: color }} aria-hidden="true" />
                  <span>{local(z.name)}</span>
                  <span className={z.estimate ? 'representative' : 'guide-published'}>{t(z.estimate ? 'frame.g.estimate' : 'frame.g.published')}</span>
                </label>
                {guides[guide] ? <p className="frame-note">{local(z.note)}</p> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <label className="check">
        <input type="checkbox" checked={showHotspots} onChange={toggleHotspots} />
        <span>{t('frame.g.hotspots')}</span>
      </label>
    </div>
  );
}
