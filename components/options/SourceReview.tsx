import { useState } from 'react';
import { formatBytes } from '@/lib/options/format-bytes';
import type { CsvMetadata, ImportSource } from '@/lib/options/import-source';
import { CsvMetadataForm } from './CsvMetadataForm';
import { SignatureField } from './SignatureField';

export interface SourceReviewProps {
  sources: ImportSource[];
  /** Inputs that were left out while reading (too large, a stray .sig). */
  problems: string[];
  onChange: (sources: ImportSource[]) => void;
  onCheck: () => void;
  onStartOver: () => void;
}

const complete = (metadata: CsvMetadata | undefined) => metadata === undefined || Object.values(metadata).every((v) => v.trim() !== '');

/** What was chosen, before it is checked: signatures to add, and the details a CSV file cannot carry. */
export function SourceReview({ sources, problems, onChange, onCheck, onStartOver }: SourceReviewProps) {
  const [invalidSignatures, setInvalidSignatures] = useState<ReadonlySet<string>>(new Set());
  const update = (key: string, change: Partial<ImportSource>) =>
    onChange(sources.map((s) => (s.key === key ? ({ ...s, ...change } as ImportSource) : s)));
  const setValidity = (key: string, valid: boolean) =>
    setInvalidSignatures((current) => {
      const next = new Set(current);
      if (valid) next.delete(key);
      else next.add(key);
      return next;
    });
  const ready = sources.length > 0 && invalidSignatures.size === 0 && sources.every((s) => complete(s.metadata));

  return (
    <div className="hp-review">
      {problems.length > 0 ? (
        <div role="alert" className="hp-error">
          <p>{sources.length > 0 ? 'These inputs are left out:' : 'Nothing can be imported:'}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {sources.map((source) => (
        <div key={source.key} className="hp-card">
          <h4 className="hp-card__title">{source.name}</h4>
          <p className="hp-muted">
            {formatBytes(source.size)} · {source.looksLike === 'csv' ? 'CSV' : 'JSON (HireProof list, MISP event or STIX bundle)'}
          </p>
          {source.metadata ? (
            <CsvMetadataForm fileName={source.name} value={source.metadata} onChange={(metadata) => update(source.key, { metadata })} />
          ) : null}
          <SignatureField
            fileName={source.name}
            {...(source.signatureFrom ? { from: source.signatureFrom } : {})}
            onChange={(signature, from) => update(source.key, { signature, signatureFrom: from })}
            onValidity={(valid) => setValidity(source.key, valid)}
          />
        </div>
      ))}
      <div className="hp-actions">
        <button type="button" className="hp-button" disabled={!ready} onClick={onCheck}>
          Check {sources.length === 1 ? 'the list' : `${sources.length} lists`}
        </button>
        <button type="button" className="hp-button hp-button--secondary" onClick={onStartOver}>
          Start over
        </button>
      </div>
    </div>
  );
}
