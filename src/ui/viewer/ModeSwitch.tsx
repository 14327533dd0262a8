import type { ViewMode } from '../../state/viewer';
import { useT } from '../i18n/useT';

const LABEL = {
  orbit: 'viewer.mode.orbit',
  walk: 'viewer.mode.walk',
  frame: 'viewer.mode.frame',
  tour: 'viewer.mode.tour',
} as const;

/** Props of the mode switch. */
export interface ModeSwitchProps {
  mode: ViewMode;
  modes: readonly ViewMode[];
  onChange: (mode: ViewMode) => void;
}

/** Overview / walk / 9:16 frame / tour. */
export function ModeSwitch({ mode, modes, onChange }: ModeSwitchProps) {
  const t = useT();
  return (
    <div className="segmented mode-switch" role="group" aria-label={t('viewer.mode')} data-testid="mode-switch">
      {modes.map((m) => (
        <button key={m} type="button" aria-pressed={mode === m} onClick={() => onChange(m)} data-testid={`mode-${m}`}>
          {t(LABEL[m])}
        </button>
      ))}
    </div>
  );
}
