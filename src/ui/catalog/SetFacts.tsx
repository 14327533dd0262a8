import type { FactRow } from './factRows';
import { Representative } from '../common/Representative';

/** A set's facts as a definition list; representative figures are marked. */
export function SetFacts({ rows }: { rows: readonly FactRow[] }) {
  return (
    <dl className="facts" data-testid="set-facts">
      {rows.map((row) => (
        <div className="fact" key={row.key} data-fact={row.key}>
          <dt>
            {row.label}
            <Representative show={row.representative} />
          </dt>
          {row.lines.map((line, i) => (
            <dd key={i}>{line}</dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
