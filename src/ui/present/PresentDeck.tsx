import type { ReactNode } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Catalog, CatalogSet } from '../../data/load';
import type { BaseEntry, PresetShot } from '../../data/schema';
import type { Units } from '../../state/prefs';
import { Icon } from '../common/Icon';
import { LangSwitch } from '../common/LangSwitch';
import { useLocal, useT } from '../i18n/useT';
import { ClosingSlide } from './ClosingSlide';
import type { Slide } from './deck';
import { applyAction, keyAction } from './deck';
import { SetSlide } from './SetSlide';
import { TitleSlide } from './TitleSlide';
import './present.css';

/** Props of the presentation. */
export interface PresentDeckProps {
  catalog: Catalog;
  base: BaseEntry;
  /** The base's sets. */
  sets: readonly CatalogSet[];
  slides: readonly Slide[];
  /** The slide shown (0-based). */
  index: number;
  onGo: (index: number) => void;
  units: Units;
  onUnits: (units: Units) => void;
  catalogHref: string;
  tourHref: string | null;
  viewerHref: (setId: string, shotId?: string) => string;
  /** Live 3D view of a shot, or null when the device has no WebGL. */
  liveView: ((set: CatalogSet, shot: PresetShot) => ReactNode) | null;
}

const FIELD = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * A full-screen sales pitch, driven by a presentation clicker or the keyboard (→ PageDown
 * Space next, ← PageUp previous, Home End, Esc leaves full screen) or the on-screen buttons.
 * Full screen is asked for with a button; everything works without it.
 */
export function PresentDeck(props: PresentDeckProps) {
  const { catalog, base, sets, slides, index, onGo, units, onUnits, catalogHref, tourHref, viewerHref, liveView } = props;
  const t = useT();
  const local = useLocal();
  const root = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const canFullscreen = typeof document !== 'undefined' && Boolean(document.fullscreenEnabled);
  const slide = slides[index] ?? slides[0];
  const count = slides.length;

  const latest = useRef({ index, count, onGo });
  latest.current = { index, count, onGo };

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void root.current?.requestFullscreen?.().catch(() => {});
  }, []);

  useEffect(() => {
    const onChange = () => setFullscreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target && (FIELD.has(target.tagName) || (target as HTMLElement).isContentEditable)) return;
      if (target?.closest('dialog[open]')) return;
      const action = keyAction(e.key, Boolean(target?.closest('button, a[href], summary, [role="button"]')));
      if (!action) return;
      if (action === 'exitFullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen?.();
        return;
      }
      e.preventDefault();
      const { index: i, count: n, onGo: go } = latest.current;
      const next = applyAction(i, action, n);
      if (next !== i) go(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const setSlides = slides.filter((s) => s.kind === 'set');
  const setIndex = slide?.kind === 'set' ? setSlides.findIndex((s) => s.kind === 'set' && s.setId === slide.setId) : -1;
  const current = slide?.kind === 'set' ? sets.find((s) => s.id === slide.setId) : undefined;
  const pitched = setSlides.map((s) => sets.find((x) => s.kind === 'set' && x.id === s.setId)).filter((s): s is CatalogSet => Boolean(s));
  const title = slide?.kind === 'set' && current ? local(current.name) : local(base.name);

  return (
    <div ref={root} className={`present${fullscreen ? ' is-fullscreen' : ''}`} data-testid="present-deck" data-base-id={base.id}>
      <div className="present-progress" aria-hidden="true">
        <span style={{ width: `${((index + 1) / count) * 100}%` }} />
      </div>
      <main
        id="main"
        className={`present-slide present-slide-${slide?.kind ?? 'title'}`}
        data-testid="present-slide"
        data-slide={index + 1}
        data-kind={slide?.kind}
        data-set-id={slide?.kind === 'set' ? slide.setId : undefined}
        // Focusable so a slide taller than the screen scrolls from the keyboard too.
        tabIndex={0}
        aria-roledescription={t('present.label')}
        aria-label={`${t('present.slideOfLabel', { n: index + 1, of: count })}: ${title}`}
      >
        {slide?.kind === 'set' && current ? (
          <SetSlide catalog={catalog} set={current} n={setIndex + 1} of={setSlides.length} units={units} liveView={liveView} viewerHref={viewerHref} />
        ) : slide?.kind === 'closing' ? (
          <ClosingSlide catalog={catalog} base={base} sets={pitched} catalogHref={catalogHref} tourHref={tourHref} />
        ) : (
          <TitleSlide base={base} units={units} />
        )}
      </main>
      <nav className="present-bar" aria-label={t('present.label')}>
        <Link className="btn btn-ghost btn-icon" href={catalogHref} aria-label={t('present.exit')} title={t('present.exit')} data-testid="present-exit">
          <Icon name="close" />
        </Link>
        <button type="button" className="btn btn-icon" onClick={() => onGo(applyAction(index, 'prev', count))} disabled={index === 0} aria-label={t('present.prev')} title={t('present.prev')} data-testid="present-prev">
          <Icon name="prev" />
        </button>
        <span className="present-counter" role="status" data-testid="present-counter">
          <span aria-hidden="true">{t('present.slideOf', { n: index + 1, of: count })}</span>
          <span className="sr-only">{`${t('present.slideOfLabel', { n: index + 1, of: count })}: ${title}`}</span>
        </span>
        <button type="button" className="btn btn-icon" onClick={() => onGo(applyAction(index, 'next', count))} disabled={index >= count - 1} aria-label={t('present.next')} title={t('present.next')} data-testid="present-next">
          <Icon name="next" />
        </button>
        <p className="present-keys">{t('present.keys')}</p>
        <div className="present-tools">
          <div className="segmented" role="group" aria-label={t('units.label')}>
            {(['metric', 'imperial'] as const).map((u) => (
              <button key={u} type="button" aria-pressed={units === u} onClick={() => onUnits(u)} data-testid={`present-units-${u}`}>
                {t(u === 'metric' ? 'units.metric' : 'units.imperial')}
              </button>
            ))}
          </div>
          <LangSwitch />
          {canFullscreen ? (
            <button type="button" className="btn btn-ghost" onClick={toggleFullscreen} aria-pressed={fullscreen} data-testid="present-fullscreen">
              <Icon name="present" /> {fullscreen ? t('present.exitFullscreen') : t('present.fullscreen')}
            </button>
          ) : null}
        </div>
      </nav>
    </div>
  );
}
