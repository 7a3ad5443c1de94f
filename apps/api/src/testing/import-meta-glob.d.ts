// Vitest (through Vite) provides import.meta.glob in tests; this is the one form the tests use.
interface ImportMeta {
  glob<T>(pattern: string, options: { eager: true }): Record<string, T>;
}
