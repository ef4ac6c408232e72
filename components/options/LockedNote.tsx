/** Shown next to a setting the organisation's policy fixes: it can be read here, not changed. */
export function LockedNote() {
  return <span className="hp-locked">Set by your organisation</span>;
}
