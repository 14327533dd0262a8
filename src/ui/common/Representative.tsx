import { useT } from '../i18n/useT';

/** Marks a figure that is a plausible placeholder, not a surveyed value. */
export function Representative({ show = true }: { /** Render nothing when false. Default true. */ show?: boolean | undefined }) {
  const t = useT();
  if (!show) return null;
  return (
    <span className="representative" title={t('common.representativeHint')} data-testid="representative">
      {t('common.representative')}
    </span>
  );
}
