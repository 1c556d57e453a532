// "Remember on this computer": a person's passphrase kept in the data folder, encrypted by the
// operating system's keychain (Electron's safeStorage, in the desktop app only), so their key
// unlocks at the next start without typing it. The cipher is injected by electron/main through the
// backend's port; the browser host and the CLI have none, and then nothing is remembered. One file
// per identity (remembered/<fingerprint>.bin, mode 0600), removed when the person forgets it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The OS keychain's cipher (safeStorage.encryptString / decryptString), reached from the backend. */
export interface PassphraseCipher {
  encrypt(plain: string): Promise<Buffer>;
  decrypt(sealed: Buffer): Promise<string>;
}

/** The same file-name form as identities/ (a fingerprint's base64 made safe for a file name). */
const fileName = (fingerprint: string) =>
  `${fingerprint
    .replace(/^SHA256:/, '')
    .replace(/\//g, '_')
    .replace(/\+/g, '-')}.bin`;

export class RememberedPassphrases {
  constructor(
    private readonly root: string,
    private readonly cipher: PassphraseCipher,
  ) {}

  private path(fingerprint: string): string {
    return join(this.root, 'remembered', fileName(fingerprint));
  }

  async remember(fingerprint: string, passphrase: string): Promise<void> {
    const sealed = await this.cipher.encrypt(passphrase);
    mkdirSync(join(this.root, 'remembered'), { recursive: true, mode: 0o700 });
    writeFileSync(this.path(fingerprint), sealed, { mode: 0o600 });
  }

  has(fingerprint: string): boolean {
    return existsSync(this.path(fingerprint));
  }

  /** The remembered passphrase, or null when none is kept (or the keychain no longer opens it). */
  async recall(fingerprint: string): Promise<string | null> {
    if (!this.has(fingerprint)) return null;
    try {
      return await this.cipher.decrypt(readFileSync(this.path(fingerprint)));
    } catch {
      return null;
    }
  }

  forget(fingerprint: string): void {
    rmSync(this.path(fingerprint), { force: true });
  }
}
