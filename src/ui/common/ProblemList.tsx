import type { CatalogProblem } from '../../data/validate';
import { useT } from '../i18n/useT';

/** Catalog problems as plain text (never markup): file, JSON path, expected, found. */
export function ProblemList({ problems, limit = 50 }: { problems: readonly CatalogProblem[]; /** Default 50. */ limit?: number }) {
  const t = useT();
  return (
    <ul className="problem-list" data-testid="catalog-problems">
      {problems.slice(0, limit).map((p, i) => (
        <li key={`${p.file}${p.path}${i}`}>
          <code>{p.file}</code> <code>{p.path}</code>{' '}
          <span>{t('error.problem', { expected: p.expected, found: p.found })}</span>
        </li>
      ))}
      {problems.length > limit ? <li>… (+{problems.length - limit})</li> : null}
    </ul>
  );
}
