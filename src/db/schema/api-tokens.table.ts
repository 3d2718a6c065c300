export interface ApiTokensTable {
  id: string;
  userId: string;
  name: string;
  /** SHA-256 of the bearer token; the token is shown once at creation. */
  tokenHash: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}
