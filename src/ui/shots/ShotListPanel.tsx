import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CatalogSet } from '../../data/load';
import { findSet } from '../../data/load';
import type { CsvContext } from '../../lib/shots/csv';
import { groupBySet } from '../../lib/shots/list';
import { shotLink } from '../../lib/shots/links';
import { captureShot, stillStore, useShots } from '../../state/shots';
import { useCatalog } from '../../state/catalog';
import { usePrefs } from '../../state/prefs';
import { useViewer } from '../../state/viewer';
import { Icon } from '../common/Icon';
import { langTag, registerStrings, translate } from '../../lib/i18n';
import shotsStrings from '../../lib/i18n/strings/shots';
import { useT } from '../i18n/useT';
import { planOf } from './planCache';
import { PresetSuggestions } from './PresetSuggestions';
import { ShotItem } from './ShotItem';
import { ShotTools } from './ShotTools';
import type { StoryboardContext } from './storyboardPdf';
import './shots.css';

registerStrings(shotsStrings);

/** Props of the shot list panel. */
export interface ShotListPanelProps {
  /** The open set; default: the set the viewer has open, looked up in the catalog. */
  set?: CatalogSet | undefined;
}

/** How long a deleted shot can be brought back, ms. */
const UNDO_MS = 12_000;

/**
 * The shot list (frame mode's side panel): capture the framed shot as a 1080 × 1920 still with
 * every parameter, the catalog's preset shots for this set, the list grouped by set (this
 * set's group open, other sets' groups folded), and export / import.
 */
export function ShotListPanel({ set: setProp }: ShotListPanelProps) {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const catalog = useCatalog((s) => s.catalog);
  const viewerSetId = useViewer((s) => s.setId);
  const ready = useViewer((s) => s.ready);
  const set = setProp ?? (catalog && viewerSetId ? findSet(catalog, viewerSetId) : undefined);
  const setId = set?.id ?? viewerSetId;
  const shots = useShots((s) => s.shots);
  const busy = useShots((s) => s.busy);
  const pending = useShots((s) => s.pendingDelete);
  const loaded = useShots((s) => s.loaded);
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const captureRef = useRef<HTMLButtonElement>(null);

  useEffect(() => useShots.getState().load(), []);

  // A delete can be undone for a while; then its still is let go.
  useEffect(() => {
    if (!pending) return;
    const id = window.setTimeout(() => useShots.getState().finishDelete(), UNDO_MS);
    return () => window.clearTimeout(id);
  }, [pending]);
  useEffect(() => () => useShots.getState().finishDelete(), []);

  const onStatus = useCallback((text: string, tone: 'info' | 'error' = 'info') => setStatus({ text, tone }), []);

  const bodyName = useCallback((id: string) => catalog?.cameras?.bodies.find((b) => b.id === id)?.name ?? id, [catalog]);
  const setName = useCallback((id: string) => (catalog ? findSet(catalog, id)?.name[lang] : undefined) ?? id, [catalog, lang]);
  const linkOf = useCallback((s: (typeof shots)[number]) => shotLink(document.baseURI, s, lang), [lang]);
  const formatTime = useMemo(() => {
    const f = new Intl.DateTimeFormat(langTag(lang), { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => f.format(new Date(iso));
  }, [lang]);

  const csv: CsvContext = useMemo(() => ({ lang, setName, bodyName, link: linkOf, stillFile: () => '' }), [lang, setName, bodyName, linkOf]);
  const storyboard = useCallback((): StoryboardContext => {
    const tr = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate(lang, k, v);
    return {
      lang,
      label: {
        title: tr('shots.pdf.title'),
        generated: tr('shots.pdf.generated', { date: new Intl.DateTimeFormat(langTag(lang), { dateStyle: 'long', timeStyle: 'short' }).format(new Date()) }),
        page: (page, pages) => tr('shots.pdf.page', { page, pages }),
        planMissing: tr('shots.pdf.planMissing'),
        stillMissing: tr('shots.pdf.stillMissing'),
        set: tr('shots.p.set'),
        position: tr('shots.p.position'),
        height: tr('shots.p.height'),
        angles: tr('shots.p.angles'),
        body: tr('shots.p.body'),
        lens: tr('shots.p.lens'),
        fov: tr('shots.p.fov'),
        shotSize: tr('shots.p.shotSize'),
        figures: tr('shots.p.figures'),
        note: tr('shots.note'),
        moveStart: tr('shots.pdf.moveStart'),
        moveEnd: tr('shots.pdf.moveEnd'),
      },
      setName,
      bodyName,
      plan: planOf,
      still: async (s) => (await stillStore().get(s.id))?.still,
    };
  }, [lang, setName, bodyName]);

  const capture = async () => {
    setStatus({ text: t('shots.capturing'), tone: 'info' });
    try {
      const shot = await captureShot();
      setStatus({ text: t('shots.captured', { name: shot.name }), tone: 'info' });
    } catch (err) {
      setStatus({ text: t('shots.captureFailed', { message: err instanceof Error ? err.message : String(err) }), tone: 'error' });
    }
  };

  const groups = groupBySet(shots);
  let offset = 0;
  const numbered = groups.map((g) => {
    const start = offset;
    offset += g.shots.length;
    return { ...g, start };
  });

  const renderGroup = (g: (typeof numbered)[number]) => {
    const here = g.setId === setId;
    return (
      <ol className="shots-list" start={g.start + 1}>
        {g.shots.map((s, i) => (
          <ShotItem
            key={s.id}
            shot={s}
            index={g.start + i}
            here={here}
            canUp={i > 0}
            canDown={i < g.shots.length - 1}
            lang={lang}
            bodyName={bodyName(s.body)}
            setName={setName(s.setId)}
            link={linkOf(s)}
            formatTime={formatTime}
            onStatus={onStatus}
            onDeleted={() => requestAnimationFrame(() => (undoRef.current ?? captureRef.current)?.focus())}
          />
        ))}
      </ol>
    );
  };

  return (
    <section className="panel-section shots" aria-labelledby="shots-title" data-testid="shot-list">
      <h2 id="shots-title">
        {t('shots.title')} <span className="count" data-testid="shot-count">{shots.length}</span>
      </h2>
      <button ref={captureRef} type="button" className="btn btn-primary shots-capture" onClick={() => void capture()} disabled={busy || !ready} aria-busy={busy} data-testid="shot-capture">
        <Icon name="camera" />
        {busy ? t('shots.capturing') : t('shots.capture')}
      </button>
      <p className="hint">{t('shots.captureHint')}</p>
      <p className={`shots-status${status?.tone === 'error' ? ' is-error' : ''}`} role="status" aria-live="polite" data-testid="shot-status">
        {status?.text ?? ''}
      </p>
      {pending ? (
        <div className="notice shots-undo" data-testid="shot-undo-bar">
          <span>{t('shots.deleted', { name: pending.shot.name })}</span>
          <button ref={undoRef} type="button" className="btn btn-small" onClick={() => useShots.getState().undoDelete()} data-testid="shot-undo">
            {t('shots.undo')}
          </button>
        </div>
      ) : null}

      {/* Keyed by `loaded`: unfolded on first show only when the stored list turned out empty. */}
      {set ? <PresetSuggestions key={loaded ? 'loaded' : 'loading'} set={set} lang={lang} bodyName={bodyName} onStatus={onStatus} initiallyOpen={shots.length === 0} /> : null}

      {shots.length === 0 ? <p className="shots-empty" data-testid="shot-empty">{t('shots.empty')}</p> : <p className="hint">{t('shots.keyboardHint')}</p>}
      {numbered.map((g) =>
        g.setId === setId ? (
          <div key={g.setId} className="shots-group is-here" data-testid="shot-group" data-set-id={g.setId}>
            <h3 className="shots-group-title">
              {setName(g.setId)} <span className="shots-here">{t('shots.thisSet')}</span>
            </h3>
            {renderGroup(g)}
          </div>
        ) : (
          <details key={g.setId} className="shots-group" data-testid="shot-group" data-set-id={g.setId}>
            <summary className="shots-group-title">{t('shots.groupLabel', { set: setName(g.setId), count: g.shots.length })}</summary>
            {renderGroup(g)}
          </details>
        ),
      )}

      <ShotTools shots={shots} csv={csv} storyboard={storyboard} onStatus={onStatus} />
      <p className="hint">{t('shots.storedHere')}</p>
    </section>
  );
}
