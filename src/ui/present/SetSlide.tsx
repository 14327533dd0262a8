import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link } from 'wouter';
import type { Catalog, CatalogSet } from '../../data/load';
import type { PresetShot } from '../../data/schema';
import { factLines } from '../../lib/inquiry/facts';
import type { Units } from '../../state/prefs';
import { usePrefs } from '../../state/prefs';
import { SetIllustration } from '../catalog/SetIllustration';
import { categoryAccent, useTaxonomyNames } from '../catalog/taxonomy';
import { Icon } from '../common/Icon';
import { Representative } from '../common/Representative';
import { useLocal, useT } from '../i18n/useT';

/** The figures a pitch shows for a set. */
const PITCH_FACTS = ['size', 'area', 'grid', 'power', 'sound', 'rate'] as const;

/** Props of a set slide. */
export interface SetSlideProps {
  catalog: Catalog;
  set: CatalogSet;
  /** 1-based position among the set slides, and how many there are. */
  n: number;
  of: number;
  units: Units;
  /** The live 9:16 view of a shot, or null without WebGL (the plan sketch or still is shown). */
  liveView: ((set: CatalogSet, shot: PresetShot) => ReactNode) | null;
  /** Link to the set viewer, at a shot in frame mode when given. */
  viewerHref: (setId: string, shotId?: string) => string;
}

/**
 * A headline set: name, summary, key figures (representative ones marked) and its preset
 * 9:16 shots, seen live in one 3D canvas that stays from set to set (only the model changes),
 * with "Open in 3D" at the chosen shot.
 */
export function SetSlide({ catalog, set, n, of, units, liveView, viewerHref }: SetSlideProps) {
  const t = useT();
  const local = useLocal();
  const lang = usePrefs((s) => s.lang);
  const names = useTaxonomyNames(catalog);
  const [picked, setPicked] = useState({ setId: set.id, index: 0 });
  const index = picked.setId === set.id ? picked.index : 0;
  const shot = set.shots[index] ?? null;
  const facts = factLines(set, lang, units).filter((f) => (PITCH_FACTS as readonly string[]).includes(f.key));
  const category = names.get(set.category);
  const live = liveView && set.model && shot ? liveView(set, shot) : null;

  return (
    <div className="present-set">
      <div className="present-set-text">
        <p className="present-kicker">
          {t('present.setOf', { n, of })}
          {category ? ` · ${local(category)}` : ''}
        </p>
        <h1 className="present-h1 present-h1-set" data-testid="present-heading">
          {local(set.name)}
        </h1>
        <p className="present-lead">{local(set.summary)}</p>
        <h2 className="present-h2">{t('present.figures')}</h2>
        <dl className="present-figures" data-testid="present-figures">
          {facts.map((f) => (
            <div key={f.key} data-fact={f.key}>
              <dt>
                {f.label}
                <Representative show={f.representative} />
              </dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="present-set-visual">
        <div className="present-frame" aria-label={shot ? t('present.live', { name: local(shot.name) }) : undefined} role={live ? 'img' : undefined}>
          {live ?? (set.still ? <img src={set.still} alt={local(set.name)} /> : (
            <SetIllustration
              width={set.dimensions.width}
              depth={set.dimensions.depth}
              height={set.dimensions.height}
              accent={categoryAccent(set.category)}
              label={local(set.name)}
              alt={t('present.plan')}
            />
          ))}
        </div>
        <div className="present-shots">
          {!liveView && set.model ? <p className="hint">{t('present.noWebgl')}</p> : null}
          <h2 className="present-h2">{t('present.shots')}</h2>
          {set.shots.length ? (
            <>
              <div className="present-shot-list" role="group" aria-label={t('present.shots')}>
                {set.shots.map((s, i) => (
                  <button
                    key={s.id}
                    type="button"
                    className="chip present-shot"
                    aria-pressed={i === index}
                    onClick={() => setPicked({ setId: set.id, index: i })}
                    data-testid="present-shot"
                    data-shot-id={s.id}
                  >
                    {local(s.name)}
                  </button>
                ))}
              </div>
              {shot ? <p className="present-shot-text">{local(shot.description)}</p> : null}
            </>
          ) : (
            <p className="hint">{t('present.noShots')}</p>
          )}
          {set.model ? (
            <Link className="btn btn-primary" href={viewerHref(set.id, shot?.id)} data-testid="present-open3d">
              <Icon name="camera" /> {shot ? t('present.open3d') : t('present.openSet')}
            </Link>
          ) : null}
        </div>
      </div>
    </div>
  );
}
