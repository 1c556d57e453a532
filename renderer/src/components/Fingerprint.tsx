// A key fingerprint ("SHA256:…", 50 characters) shown short, with the whole one on hover and a copy
// button: people compare the start and the end, tools want all of it.
import { useState } from 'react';

/** "SHA256:AbCdEfGh…WxYz": enough to tell keys apart at a glance. */
export function shortFingerprint(fp: string): string {
  const body = fp.replace(/^SHA256:/, '');
  return body.length <= 16 ? fp : `SHA256:${body.slice(0, 8)}…${body.slice(-4)}`;
}

export function Fingerprint({ value, copy = false }: { value: string; copy?: boolean }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="fingerprint">
      <span className="mono" title={value} data-fingerprint={value}>
        {shortFingerprint(value)}
      </span>
      {copy && (
        <button
          type="button"
          className="link small"
          aria-label={`Copy the fingerprint ${value}`}
          onClick={() =>
            void navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'copied' : 'copy'}
        </button>
      )}
    </span>
  );
}

/** A person's name with their key's fingerprint on hover (who signed, not merely who was named). */
export function Signer({ name, fingerprint }: { name: string; fingerprint: string }) {
  return (
    <span className="signer" title={fingerprint} data-fingerprint={fingerprint}>
      {name}
    </span>
  );
}
