import type { BaseEntry } from '../../data/schema';
import type { Units } from '../../state/prefs';
import { usePrefs } from '../../state/prefs';
import { formatFact } from '../catalog/BasePanel';
import { Representative } from '../common/Representative';
import { useLocal, useT } from '../i18n/useT';

/** Slide 1: the base's name and its key facts in large type, in the chosen units. */
export function TitleSlide({ base, units }: { base: BaseEntry; units: Units }) {
  const t = useT();
  const local = useLocal();
  const lang = usePrefs((s) => s.lang);
  return (
    <div className="present-title">
      <p className="present-kicker">{local(base.city)}</p>
      <h1 className="present-h1" data-testid="present-heading">
        {local(base.name)}
      </h1>
      <p className="present-lead">{local(base.summary)}</p>
      <h2 className="sr-only">{t('present.keyFacts')}</h2>
      <ul className="present-facts" data-testid="present-facts">
        {base.facts.map((f) => (
          <li key={f.id} title={f.note ? local(f.note) : undefined}>
            <strong>{f.unit === 'days' ? t('present.days', { value: formatFact(f, lang, units) }) : formatFact(f, lang, units)}</strong>
            <span>{local(f.label)}</span>
            <Representative show={Boolean(f.representative)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
