// Password hashing with argon2id (OWASP's first choice), via a binary shipped in the npm package.
import { hash, verify } from '@node-rs/argon2';

// OWASP's recommended minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const passwordHasher = {
  hash: (password: string) => hash(password, OPTIONS),
  verify: async (stored: string, password: string) => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  },
};

// Verifying against this when the account does not exist keeps the response time the same, so timing
// does not reveal which email addresses have accounts.
let decoy: Promise<string> | null = null;
export const decoyHash = () => (decoy ??= passwordHasher.hash('schoolgate-decoy-password'));
