import { useMemo, useState } from 'react';
import type { CatalogSet } from '../../data/load';
import type { Lang } from '../../lib/shots/describe';
import { VOCAB, lensText, shotSizeName } from '../../lib/shots/describe';
import { presetLink } from '../../lib/shots/links';
import { useSight } from '../../state/sight';
import { addPreset, openShot, presetAsShotFields } from '../../state/shots';
import { useT } from '../i18n/useT';

/** Props of the preset suggestions. */
export interface PresetSuggestionsProps {
  set: CatalogSet;
  lang: Lang;
  bodyName: (id: string) => string;
  onStatus: (text: string) => void;
  /** Unfolded when first shown (default: folded); afterwards the person decides. */
  initiallyOpen?: boolean;
}

/** The catalog's preset 9:16 shots for the open set: open one here, follow its link, or add it to the list. */
export function PresetSuggestions({ set, lang, bodyName, onStatus, initiallyOpen = false }: PresetSuggestionsProps) {
  const t = useT();
  const [open] = useState(initiallyOpen);
  // Judged again once the set's geometry is there: what the set hides counts (src/state/sight.ts).
  const world = useSight((s) => s.world);
  const presets = useMemo(() => set.shots.map((p) => ({ preset: p, fields: presetAsShotFields(p, world) })), [set, world]);
  if (presets.length === 0) return null;
  return (
    <details className="shots-presets" open={open} data-testid="shot-presets">
      <summary>
        <span className="shots-presets-title">{t('shots.presets')}</span> <span className="count">{presets.length}</span>
      </summary>
      <p className="hint">{t('shots.presetsHint')}</p>
      <ul className="shots-preset-list">
        {presets.map(({ preset, fields }) => (
          <li key={preset.id} className="shots-preset" data-testid="shot-preset" data-preset-id={preset.id}>
            <div className="shots-preset-head">
              <strong>{preset.name[lang]}</strong>
              <span className="shot-meta">
                {shotSizeName(fields.shotSize, lang)} · {lensText(preset.lens)} · {bodyName(preset.body)} · {VOCAB[lang].orient[preset.orient]}
              </span>
            </div>
            <p className="shots-preset-desc">{preset.description[lang]}</p>
            <div className="shot-actions">
              <button type="button" className="btn btn-small" data-testid="shot-preset-apply" onClick={() => openShot(fields)} aria-label={`${t('shots.presetApply')}: ${preset.name[lang]}`}>
                {t('shots.presetApply')}
              </button>
              <button
                type="button"
                className="btn btn-small"
                data-testid="shot-preset-add"
                aria-label={`${t('shots.presetAdd')}: ${preset.name[lang]}`}
                onClick={() => {
                  const shot = addPreset(set, preset);
                  onStatus(t('shots.presetAdded', { name: shot.name }));
                }}
              >
                {t('shots.presetAdd')}
              </button>
              <a className="shot-link" href={presetLink(document.baseURI, set.id, preset.id, lang)} data-testid="shot-preset-link">
                {t('shots.presetLink')}
              </a>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
