import { useId, useState, type FormEvent } from 'react';
import { checkTrustedKey } from '@/lib/options/trusted-key-input';
import { useAsyncAction } from '@/lib/options/use-async-action';
import type { TrustedKeySetting } from '@/lib/settings/settings-schema';
import { ConfirmButton } from './ConfirmButton';
import { SettingGroup } from './SettingGroup';

export interface TrustedKeysSettingProps {
  keys: readonly TrustedKeySetting[];
  locked: boolean;
  onSave: (keys: TrustedKeySetting[]) => Promise<void>;
}

/** The public keys whose signatures make a list "verified": list, add, remove. */
export function TrustedKeysSetting({ keys, locked, onSave }: TrustedKeysSettingProps) {
  const base = useId();
  const [id, setId] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [errors, setErrors] = useState<{ id?: string; publicKey?: string }>({});
  const action = useAsyncAction();

  async function add(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const checked = checkTrustedKey({ id, publicKey }, keys);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    // The typed values stay in the form until the save succeeded.
    if (await action.run(() => onSave([...keys, checked.key]))) {
      setId('');
      setPublicKey('');
    }
  }

  const field = (name: 'id' | 'publicKey', label: string, value: string, set: (v: string) => void, hint: string) => (
    <div className="hp-field">
      <label htmlFor={`${base}-${name}`}>{label}</label>
      <input
        id={`${base}-${name}`}
        type="text"
        spellCheck={false}
        value={value}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`${base}-${name}-note`}
        onChange={(event) => set(event.target.value)}
      />
      <span id={`${base}-${name}-note`} className={errors[name] ? 'hp-field-error' : 'hp-hint'}>
        {errors[name] ?? hint}
      </span>
    </div>
  );

  return (
    <SettingGroup
      id="setting-trusted-keys"
      title="Trusted keys"
      locked={locked}
      description="A list signed with one of these Ed25519 keys shows as verified. Subscriptions accept only lists signed with one of them."
      error={action.error}
    >
      {keys.length === 0 ? (
        <p>No key is trusted yet.</p>
      ) : (
        <ul className="hp-plain-list">
          {keys.map((key) => (
            <li key={key.id} className="hp-item-row">
              <span>
                <strong>{key.id}</strong> <code className="hp-key">{key.publicKey}</code>
              </span>
              {locked ? null : (
                <ConfirmButton
                  label="Remove"
                  accessibleLabel={`Remove the key “${key.id}”`}
                  question={`Stop trusting “${key.id}”? Lists it signed show as unverified when imported again.`}
                  confirmLabel="Remove key"
                  disabled={action.pending}
                  onConfirm={() => void action.run(() => onSave(keys.filter((k) => k.id !== key.id)))}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {locked ? null : (
        <form className="hp-inline-form" onSubmit={(event) => void add(event)} aria-label="Add a trusted key" noValidate>
          {field('id', 'Key name', id, setId, 'How lists and people refer to it, such as “secops-2026”.')}
          {field('publicKey', 'Public key (base64)', publicKey, setPublicKey, '44 characters, as printed by the list signing tool.')}
          <button type="submit" className="hp-button" disabled={action.pending}>
            Add key
          </button>
        </form>
      )}
    </SettingGroup>
  );
}
