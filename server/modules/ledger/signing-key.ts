import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { checkpointStatement, type CheckpointClaims } from '../../../domain/ledger/checkpoint.ts';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';

/** The key that signs checkpoints: its private half never enters the database. */
export type LedgerSigningKey = { privateKey: KeyObject; publicKeyPem: string; keyId: string };

/**
 * Reads the configured Ed25519 key (PEM, PKCS#8). The embedded default is created on first use, in a
 * folder beside DATA_DIR (not inside it: a copy of the database is not a copy of the key), mode 0600.
 * A configured file that is missing is an error, not a new key: instances sharing a database must sign
 * with the same key, and a silently new one would make every earlier checkpoint look forged.
 */
export function loadLedgerSigningKey(setting: Config['ledgerSigningKey']): LedgerSigningKey {
  if (!setting)
    throw new AppError(
      'unavailable',
      'Ledger checkpoints need a signing key: set LEDGER_SIGNING_KEY_FILE to an Ed25519 private key (PEM)',
    );
  let pem: string;
  try {
    pem = fs.readFileSync(setting.file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !setting.createIfMissing)
      throw new AppError(
        'unavailable',
        `The ledger signing key ${setting.file} cannot be read: ${(error as Error).message}`,
      );
    pem = createKeyFile(setting.file);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new AppError(
      'unavailable',
      `The ledger signing key ${setting.file} is not a PEM private key`,
    );
  }
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new AppError(
      'unavailable',
      `The ledger signing key ${setting.file} is ${privateKey.asymmetricKeyType ?? 'not asymmetric'}, not Ed25519`,
    );
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

function createKeyFile(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const pem = generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  try {
    // 'wx': if another process created it first, theirs is the key.
    fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    return pem;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8');
    throw error;
  }
}

/** SHA-256 of the public key's DER encoding, hex. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function signCheckpoint(key: LedgerSigningKey, claims: CheckpointClaims): string {
  return sign(null, Buffer.from(checkpointStatement(claims), 'utf8'), key.privateKey).toString(
    'base64',
  );
}

/** Whether `signature` is `publicKeyPem`'s Ed25519 signature of the claims; false for anything malformed. */
export function checkpointSignatureValid(
  publicKeyPem: string,
  claims: CheckpointClaims,
  signature: string,
): boolean {
  try {
    const publicKey = createPublicKey(publicKeyPem);
    if (publicKey.asymmetricKeyType !== 'ed25519') return false;
    return verify(
      null,
      Buffer.from(checkpointStatement(claims), 'utf8'),
      publicKey,
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}

/** The public key of a PEM file holding either half of a key pair (an auditor may pin the public one). */
export function publicKeyFromFile(file: string): { publicKeyPem: string; keyId: string } {
  const pem = fs.readFileSync(file, 'utf8');
  const publicKey = pem.includes('PRIVATE KEY')
    ? createPublicKey(createPrivateKey(pem))
    : createPublicKey(pem);
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}
