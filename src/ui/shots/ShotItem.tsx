import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../lib/shots/describe';
import { VOCAB, anglesText, figuresText, fixed, fovText, lensText, positionText, shotSizeName } from '../../lib/shots/describe';
import type { Shot } from '../../lib/shots/shot';
import { openShot, retakeStill, useShots } from '../../state/shots';
import { Icon } from '../common/Icon';
import { useT } from '../i18n/useT';
import { useStillThumb } from './useStillThumb';

/** Props of one shot in the list. */
export interface ShotItemProps {
  shot: Shot;
  /** Position in the whole list, from 0 (the number of its exported files). */
  index: number;
  /** Whether the shot belongs to the set open now (else "open" navigates to its set). */
  here: boolean;
  canUp: boolean;
  canDown: boolean;
  lang: Lang;
  bodyName: string;
  setName: string;
  /** The absolute link that reopens the shot. */
  link: string;
  formatTime: (iso: string) => string;
  /** Reports a status line (copied, failed …). */
  onStatus: (text: string, tone?: 'info' | 'error') => void;
  /** Called after a delete, to move focus to the undo control. */
  onDeleted: () => void;
}

function isTextField(el: EventTarget): boolean {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

/** One shot: preview, editable name and note, parameters, and its actions. Alt+↑/↓ reorders, Delete deletes. */
export function ShotItem({ shot, index, here, canUp, canDown, lang, bodyName, setName, link, formatTime, onStatus, onDeleted }: ShotItemProps) {
  const t = useT();
  const thumb = useStillThumb(shot.id, shot.still !== null);
  const busy = useShots((s) => s.busy);
  const [name, setName_] = useState(shot.name);
  const [note, setNote] = useState(shot.note);
  const noteTimer = useRef(0);
  useEffect(() => setName_(shot.name), [shot.name]);
  useEffect(() => setNote(shot.note), [shot.note]);
  useEffect(() => () => window.clearTimeout(noteTimer.current), []);

  const commitName = () => {
    const clean = name.trim();
    if (clean && clean !== shot.name) useShots.getState().rename(shot.id, clean);
    else setName_(shot.name);
  };
  const commitNote = (value: string) => {
    window.clearTimeout(noteTimer.current);
    if (value !== useShots.getState().shots.find((s) => s.id === shot.id)?.note) useShots.getState().setNote(shot.id, value);
  };
  const remove = () => {
    useShots.getState().remove(shot.id);
    onStatus(t('shots.deleted', { name: shot.name }));
    onDeleted();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      useShots.getState().move(shot.id, e.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    if ((e.key === 'Delete' || e.key === 'Backspace') && !isTextField(e.target) && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      remove();
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      onStatus(t('shots.linkCopied'));
    } catch {
      onStatus(`${t('shots.linkManual')} ${link}`);
    }
  };

  const title = t('shots.item', { n: index + 1, name: shot.name });
  const c = shot.camera;
  const openLabel = `${t('shots.open')}: ${shot.name}`;
  const preview = thumb ? (
    <img src={thumb} alt={t('shots.stillAlt', { name: shot.name })} width={90} height={160} decoding="async" />
  ) : (
    <span className="shot-nostill">{t('shots.noStill')}</span>
  );

  return (
    <li className="shot-item" data-testid="shot-item" data-shot-id={shot.id} aria-label={title} onKeyDown={onKeyDown}>
      <div className="shot-row">
        {here ? (
          <button type="button" className="shot-thumb" onClick={() => openShot(shot)} title={t('shots.openHint')} aria-label={openLabel} data-testid="shot-open-thumb">
            {preview}
          </button>
        ) : (
          <a className="shot-thumb" href={link} title={t('shots.openOther')} aria-label={`${t('shots.openOther')}: ${shot.name}`}>
            {preview}
          </a>
        )}
        <div className="shot-main">
          <div className="shot-title">
            <span className="shot-num" aria-hidden="true">
              {index + 1}
            </span>
            <input
              className="shot-name"
              value={name}
              maxLength={200}
              aria-label={`${t('shots.name')} (${index + 1})`}
              data-testid="shot-name"
              onChange={(e) => setName_(e.target.value)}
              onBlur={commitName}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  commitName();
                } else if (e.key === 'Escape') {
                  e.stopPropagation();
                  setName_(shot.name);
                }
              }}
            />
          </div>
          <p className="shot-meta" data-testid="shot-meta">
            {shot.shotSize ? <span data-testid="shot-size">{shotSizeName(shot.shotSize, lang)} · </span> : null}
            {lensText(shot.lens)} · {bodyName}
          </p>
          <details className="shot-params">
            <summary>{t('shots.p.position')} · {t('shots.p.fov')} …</summary>
            <dl>
              {!here ? (
                <>
                  <dt>{t('shots.p.set')}</dt>
                  <dd>{setName}</dd>
                </>
              ) : null}
              <dt>{t('shots.p.position')}</dt>
              <dd data-testid="shot-position">{positionText(c.position)}</dd>
              <dt>{t('shots.p.height')}</dt>
              <dd>{fixed(c.position[1], 2)} m</dd>
              <dt>{t('shots.p.angles')}</dt>
              <dd>{anglesText(c, lang)}</dd>
              <dt>{t('shots.p.body')}</dt>
              <dd>{bodyName}</dd>
              <dt>{t('shots.p.lens')}</dt>
              <dd>{lensText(shot.lens)}</dd>
              <dt>{t('shots.p.orient')}</dt>
              <dd>{VOCAB[lang].orient[shot.orient]}</dd>
              <dt>{t('shots.p.fov')}</dt>
              <dd>{fovText(shot)}</dd>
              <dt>{t('shots.p.figures')}</dt>
              <dd>{figuresText(shot.figures, lang)}</dd>
              <dt>{t('shots.p.captured')}</dt>
              <dd>{formatTime(shot.createdAt)}</dd>
            </dl>
          </details>
        </div>
      </div>
      <label className="shot-note">
        <span className="sr-only">
          {t('shots.note')} ({index + 1})
        </span>
        <textarea
          value={note}
          rows={2}
          maxLength={4000}
          placeholder={`${t('shots.note')}: ${t('shots.notePlaceholder')}`}
          data-testid="shot-note"
          onChange={(e) => {
            const v = e.target.value;
            setNote(v);
            window.clearTimeout(noteTimer.current);
            noteTimer.current = window.setTimeout(() => commitNote(v), 600);
          }}
          onBlur={(e) => commitNote(e.target.value)}
        />
      </label>
      <div className="shot-actions">
        {here ? (
          <button type="button" className="btn btn-small" onClick={() => openShot(shot)} title={t('shots.openHint')} aria-label={openLabel} data-testid="shot-open">
            {t('shots.open')}
          </button>
        ) : (
          <a className="btn btn-small" href={link} data-testid="shot-open-other">
            {t('shots.openOther')}
          </a>
        )}
        {here && !shot.still ? (
          <button
            type="button"
            className="btn btn-small"
            disabled={busy}
            data-testid="shot-take-still"
            onClick={() => {
              retakeStill(shot.id).catch((err: unknown) => onStatus(t('shots.captureFailed', { message: err instanceof Error ? err.message : String(err) }), 'error'));
            }}
          >
            <Icon name="camera" size={16} />
            {t('shots.takeStill')}
          </button>
        ) : null}
        <button type="button" className="btn btn-small btn-icon" disabled={!canUp} onClick={() => useShots.getState().move(shot.id, -1)} aria-label={`${t('shots.moveUp')}: ${shot.name}`} title={t('shots.moveUp')} data-testid="shot-up">
          <Icon name="up" size={16} />
        </button>
        <button type="button" className="btn btn-small btn-icon" disabled={!canDown} onClick={() => useShots.getState().move(shot.id, 1)} aria-label={`${t('shots.moveDown')}: ${shot.name}`} title={t('shots.moveDown')} data-testid="shot-down">
          <Icon name="down" size={16} />
        </button>
        <button type="button" className="btn btn-small btn-icon" onClick={() => void copy()} aria-label={`${t('shots.copyLink')}: ${shot.name}`} title={t('shots.copyLink')} data-testid="shot-copy-link">
          <Icon name="link" size={16} />
        </button>
        <a className="shot-link" href={link} data-testid="shot-link" title={t('shots.linkHint')}>
          {t('shots.link')}
        </a>
        <button type="button" className="btn btn-small btn-icon shot-delete" onClick={remove} aria-label={`${t('shots.delete')}: ${shot.name}`} title={t('shots.delete')} data-testid="shot-delete">
          <Icon name="trash" size={16} />
        </button>
      </div>
    </li>
  );
}
