import type { CandidateRecord, IdentityKeyRecord } from '../../lib/db/records';
import { caseHash } from '../../lib/review/hash-route';
import { describeIdentityKey } from '../../lib/review/identity-key-text';
import { siteName } from '../../lib/review/source-labels';
import { formatDate, isoOrUndefined, safeHttpUrl } from '../panel-format';

export interface IdentitySectionProps {
  candidate: CandidateRecord;
  keyRows: readonly IdentityKeyRecord[];
  /** Names of other candidates by id, for "also held by". */
  otherNames: ReadonlyMap<string, string>;
}

/** Every name, and every identity key with where this applicant was seen holding it and who else holds it. */
export function IdentitySection({ candidate, keyRows, otherNames }: IdentitySectionProps) {
  const rows = new Map(keyRows.map((r) => [r.key, r]));
  return (
    <>
      <h3>Names</h3>
      <ul className="hp-names">
        {candidate.names.map((name) => (
          <li key={name}>
            {name}
            {name === candidate.displayName ? <span className="hp-muted"> (shown name)</span> : null}
          </li>
        ))}
      </ul>
      <h3>Identity keys</h3>
      {candidate.identityKeys.length === 0 ? (
        <p className="hp-muted">No e-mail, phone or profile link seen yet.</p>
      ) : (
        <div className="hp-table-scroll" tabIndex={0} role="region" aria-label="Identity keys">
          <table className="hp-table hp-identity-keys">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Value</th>
                <th scope="col">Seen on</th>
                <th scope="col">Also held by</th>
              </tr>
            </thead>
            <tbody>
              {candidate.identityKeys.map((key) => {
                const { label, value } = describeIdentityKey(key);
                const holders = rows.get(key)?.holders ?? [];
                const own = holders.filter((h) => h.candidateId === candidate.id);
                const others = [...new Set(holders.filter((h) => h.candidateId !== candidate.id).map((h) => h.candidateId))];
                return (
                  <tr key={key} data-key={key}>
                    <td>{label}</td>
                    <td className="hp-url">{value}</td>
                    <td>
                      {own.length === 0 ? (
                        '—'
                      ) : (
                        <ul className="hp-plain-list">
                          {own.map((h, i) => (
                            <li key={`${h.pageUrl}-${i}`}>
                              <SeenLink source={h.source} pageUrl={h.pageUrl} />,{' '}
                              <time dateTime={isoOrUndefined(h.seenAt)}>{formatDate(h.seenAt)}</time>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {others.length === 0 ? (
                        'Nobody else'
                      ) : (
                        <ul className="hp-plain-list">
                          {others.map((otherId) => (
                            <li key={otherId}>
                              <a href={caseHash(otherId)}>{otherNames.get(otherId) ?? 'Another applicant'}</a>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function SeenLink({ source, pageUrl }: { source: string; pageUrl: string }) {
  const href = safeHttpUrl(pageUrl);
  // Page URLs are hostile: only http(s) becomes a link, anything else is shown as text.
  return href === undefined ? (
    <span>
      {siteName(source)} <span className="hp-url">{pageUrl}</span>
    </span>
  ) : (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {siteName(source)}
    </a>
  );
}
