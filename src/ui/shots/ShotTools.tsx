import { useRef, useState } from 'react';
import type { CatalogProblem } from '../../data/validate';
import type { CsvContext } from '../../lib/shots/csv';
import { parseShotFile } from '../../data/shotFile';
import type { Shot } from '../../lib/shots/shot';
import { importShots, useShots } from '../../state/shots';
import { Dialog } from '../common/Dialog';
import { Icon } from '../common/Icon';
import { ProblemList } from '../common/ProblemList';
import { useT } from '../i18n/useT';
import { saveBlob } from '../common/saveBlob';
import type { ExportFile } from './exporters';
import { exportCsv, exportJson, exportPdf, exportZip } from './exporters';
import type { StoryboardContext } from './storyboardPdf';

/** Imported files above this size are refused before reading (a list with stills is ~2 MB a shot). */
const MAX_IMPORT_BYTES = 400 * 1024 * 1024;

/** Props of the export, import and clear tools. */
export interface ShotToolsProps {
  shots: readonly Shot[];
  csv: CsvContext;
  storyboard: () => StoryboardContext;
  onStatus: (text: string, tone?: 'info' | 'error') => void;
}

type Kind = 'zip' | 'pdf' | 'csv' | 'json';

/** Export (zip, PDF, CSV, JSON), import (JSON) and clearing of the whole list. */
export function ShotTools({ shots, csv, storyboard, onStatus }: ShotToolsProps) {
  const t = useT();
  const [withStills, setWithStills] = useState(false);
  const [working, setWorking] = useState<Kind | 'import' | null>(null);
  const [problems, setProblems] = useState<{ file: string; list: CatalogProblem[] } | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const empty = shots.length === 0;

  const run = async (kind: Kind) => {
    const label = { zip: t('shots.exportZip'), pdf: t('shots.exportPdf'), csv: t('shots.exportCsv'), json: t('shots.exportJson') }[kind];
    setWorking(kind);
    onStatus(t('shots.exporting', { what: label }));
    const now = new Date();
    try {
      let file: ExportFile | null;
      if (kind === 'zip') file = await exportZip(shots, csv, now);
      else if (kind === 'csv') file = exportCsv(shots, csv, now);
      else if (kind === 'json') file = await exportJson(shots, withStills, now);
      else file = await exportPdf(shots, { ...storyboard(), fontProgress: (f) => onStatus(t('shots.pdfFont', { percent: Math.round(f * 100) })) }, now);
      if (!file) {
        onStatus(t('shots.exportNoStills'), 'error');
        return;
      }
      saveBlob(file.blob, file.name);
      onStatus(t('shots.exportDone', { file: file.name }));
    } catch (err) {
      onStatus(t('shots.exportFailed', { message: err instanceof Error ? err.message : String(err) }), 'error');
    } finally {
      setWorking(null);
    }
  };

  const onFile = async (file: File) => {
    setProblems(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setProblems({ file: file.name, list: [{ file: file.name, path: '$', expected: t('shots.importTooBig', { size: `${Math.round(file.size / 1048576)} MB`, max: `${MAX_IMPORT_BYTES / 1048576} MB` }), found: `${file.size} bytes` }] });
      return;
    }
    setWorking('import');
    try {
      const parsed = parseShotFile(await file.text(), file.name);
      if (!parsed.ok) {
        setProblems({ file: file.name, list: parsed.problems });
        onStatus(t('shots.importFailed', { file: file.name }), 'error');
        return;
      }
      const r = await importShots(parsed.shots, parsed.images);
      onStatus(t('shots.importDone', { added: r.added, replaced: r.replaced }));
    } catch (err) {
      setProblems({ file: file.name, list: [{ file: file.name, path: '$', expected: 'a readable file', found: err instanceof Error ? err.message : String(err) }] });
    } finally {
      setWorking(null);
    }
  };

  const button = (kind: Kind, label: string, icon: 'download' = 'download') => (
    <button type="button" className="btn btn-small" disabled={empty || working !== null} onClick={() => void run(kind)} data-testid={`shots-export-${kind}`} aria-busy={working === kind}>
      <Icon name={icon} size={16} />
      {label}
    </button>
  );

  return (
    <div className="shots-tools" data-testid="shot-tools">
      <h3 className="shots-tools-title">{t('shots.export')}</h3>
      <div className="shot-actions">
        {button('pdf', t('shots.exportPdf'))}
        {button('zip', t('shots.exportZip'))}
        {button('csv', t('shots.exportCsv'))}
        {button('json', t('shots.exportJson'))}
      </div>
      <label className="shots-check">
        <input type="checkbox" checked={withStills} onChange={(e) => setWithStills(e.target.checked)} data-testid="shots-json-stills" />
        <span>{t('shots.includeStills')}</span>
      </label>
      <div className="shot-actions">
        <button type="button" className="btn btn-small" disabled={working !== null} onClick={() => fileInput.current?.click()} data-testid="shots-import">
          <Icon name="upload" size={16} />
          {t('shots.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="shots-import-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void onFile(f);
          }}
        />
        <button type="button" className="btn btn-small btn-ghost" disabled={empty || working !== null} onClick={() => setConfirmClear(true)} data-testid="shots-clear">
          <Icon name="trash" size={16} />
          {t('shots.clear')}
        </button>
      </div>
      <p className="hint">{t('shots.importHint')}</p>
      {problems ? (
        <div className="notice notice-error shots-problems" role="alert" data-testid="shots-import-problems">
          <p>{t('shots.importFailed', { file: problems.file })}</p>
          <ProblemList problems={problems.list} limit={12} />
          <button type="button" className="btn btn-small" onClick={() => setProblems(null)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ) : null}
      <Dialog open={confirmClear} onClose={() => setConfirmClear(false)} title={t('shots.clearTitle')} testId="shots-clear-dialog">
        <p>{t('shots.clearBody', { count: shots.length })}</p>
        <div className="shot-actions">
          <button
            type="button"
            className="btn btn-primary"
            data-testid="shots-clear-confirm"
            onClick={() => {
              setConfirmClear(false);
              void useShots.getState().clear();
            }}
          >
            {t('shots.clearYes')}
          </button>
          <button type="button" className="btn" onClick={() => setConfirmClear(false)}>
            {t('shots.cancel')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
