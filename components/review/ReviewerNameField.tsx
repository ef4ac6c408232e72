import { useId } from 'react';
import { MAX_REVIEWER_NAME } from '../../lib/review/use-reviewer-name';

/** "Your name on exports": shown on case reports and kept in the exports' audit entries. */
export function ReviewerNameField({ name, onChange }: { name: string; onChange: (name: string) => void }) {
  const id = useId();
  return (
    <p className="hp-reviewer-name">
      <label htmlFor={id}>Your name on exports</label>{' '}
      <input id={id} type="text" autoComplete="name" maxLength={MAX_REVIEWER_NAME} value={name} onChange={(e) => onChange(e.target.value)} />
    </p>
  );
}
