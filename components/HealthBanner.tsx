import { useId } from 'react';
import type { AdapterHealth } from '../lib/candidate/observation';
import { FIELD_LABELS, plural } from './panel-format';

export interface HealthBannerProps {
  health: AdapterHealth;
  /** How many checks skipped in the assessment (results with status `skip`). */
  skippedCount: number;
}

/** Fields the adapter expected on this page type but did not find. */
export function missingFields(health: AdapterHealth): AdapterHealth['expected'] {
  const found = new Set(health.found);
  return health.expected.filter((field) => !found.has(field));
}

/**
 * Problems with a field the page offers only sometimes (not expected, so never "missing") that was
 * not read: a calendar event showing only the organiser's time zone, say. Worded with the field's
 * label ("Time zone: only the organiser's time zone is shown"), since adapters name fields by id.
 */
export function readingNotes(health: AdapterHealth): string[] {
  const found = new Set<string>(health.found);
  return health.problems.flatMap((problem) => {
    const [, field, rest] = /^(\w+): (.+)$/.exec(problem) ?? [];
    if (field === undefined || rest === undefined || !(field in FIELD_LABELS) || found.has(field)) return [];
    const label = FIELD_LABELS[field as keyof typeof FIELD_LABELS];
    // "time zone not recognised" already names the field; "event date not found" does not.
    return [capitalise(rest.toLowerCase().startsWith(label) ? rest : `${label}: ${rest}`)];
  });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Says plainly that the page could not be fully read, so a low score from a changed layout is not
 * mistaken for a clean candidate. When every expected field was found, only notes on optional
 * fields that could not be used (readingNotes) are shown, quietly; else nothing.
 */
export function HealthBanner({ health, skippedCount }: HealthBannerProps) {
  const headingId = useId();
  const missing = missingFields(health);
  if (missing.length === 0) return <ReadingNotes health={health} />;
  // "headline not found" only repeats the list above; keep the adapter's more specific problems.
  const repeats = new Set(missing.flatMap((field) => [`${field} not found`, `${FIELD_LABELS[field]} not found`]));
  const problems = health.problems.filter((problem) => !repeats.has(problem.toLowerCase()));

  const heading =
    skippedCount > 0
      ? `${health.adapterLabel} layout changed: ${plural(skippedCount, 'check', 'checks')} skipped`
      : `${health.adapterLabel} layout changed: some expected fields were not found`;

  return (
    <section className="hp-health" aria-labelledby={headingId}>
      <h3 className="hp-health__title" id={headingId}>
        <span aria-hidden="true">⚠ </span>
        {heading}
      </h3>
      <p>
        The page may have changed, or the profile may be sparse. Missing fields are not evidence either
        way; checks that need them are shown as skipped.
      </p>
      <p className="hp-health__fields-label">Not found on this page:</p>
      <ul className="hp-health__fields">
        {missing.map((field) => (
          <li key={field}>{FIELD_LABELS[field]}</li>
        ))}
      </ul>
      {problems.length > 0 ? (
        <ul className="hp-health__problems" aria-label="Details">
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ReadingNotes({ health }: { health: AdapterHealth }) {
  const headingId = useId();
  const notes = readingNotes(health);
  if (notes.length === 0) return null;
  return (
    <section className="hp-reading-notes" aria-labelledby={headingId}>
      <h3 className="hp-reading-notes__title" id={headingId}>
        Not read from this {health.adapterLabel} page
      </h3>
      <ul>
        {notes.map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
      <p className="hp-muted">Checks that need it use what other pages showed, or are skipped.</p>
    </section>
  );
}
