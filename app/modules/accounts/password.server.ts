import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (19 MiB, 2 passes), OWASP's recommended minimum. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(hashed: string | null, password: string): Promise<boolean> {
  if (!hashed) {
    // Spend the same time as a real check, so a missing account is not told apart by timing.
    await hash(password);
    return false;
  }
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}
