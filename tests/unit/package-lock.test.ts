// The committed lock file must install on every platform a newsroom developer uses: a lock
// written on one machine once listed only Linux x64's native bindings, so `npm ci` on a Mac
// lacked the canvas and Astro compiler binaries. Every optional dependency a locked package
// declares (the per-platform bindings) must be locked too, at the declared version and with its hash.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  resolved?: string;
  integrity?: string;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockedPackage> };
const locked = (name: string): LockedPackage | undefined =>
  Object.entries(lock.packages).find(([key]) => key === `node_modules/${name}` || key.endsWith(`/node_modules/${name}`))?.[1];

describe('package-lock.json', () => {
  it.each([
    ['@napi-rs/canvas', ['darwin-arm64', 'darwin-x64', 'win32-x64-msvc', 'win32-arm64-msvc', 'linux-x64-gnu', 'linux-arm64-gnu', 'linux-x64-musl']],
    ['@astrojs/compiler-binding', ['darwin-arm64', 'darwin-x64', 'win32-x64-msvc', 'win32-arm64-msvc', 'linux-x64-gnu', 'linux-arm64-gnu', 'wasm32-wasi']],
  ])('locks %s for every platform', (name, platforms) => {
    const parent = locked(name);
    expect(parent, `${name} is not in the lock`).toBeDefined();
    const bindings = Object.keys(parent!.optionalDependencies ?? {});
    for (const platform of platforms) expect(bindings).toContain(`${name}-${platform}`);
    for (const binding of bindings) {
      const entry = locked(binding);
      expect(entry, `${binding} is declared by ${name} but missing from the lock`).toBeDefined();
      expect(entry!.version).toBe(parent!.optionalDependencies![binding]);
      expect(entry!.integrity).toMatch(/^sha512-/);
    }
  });

  it('locks every optional dependency that any locked package declares', () => {
    const missing = Object.entries(lock.packages).flatMap(([key, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => locked(name) === undefined)
        .map((name) => `${key || 'the project'} -> ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
