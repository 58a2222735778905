import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 hashes with Argon2id by default (its `Algorithm` is a const enum, which
// isolated modules cannot import); the hash string records the algorithm, so verify checks it.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never lets anyone in
  }
}

// Checked against when the email is unknown, so a wrong email costs as long as a wrong password.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword("no account has this password");
  return decoy;
}
