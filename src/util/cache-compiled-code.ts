// Startup of a command is mostly compiling: Node strips the types of ~100 TypeScript modules and
// V8 compiles them and the libraries (the lemmatizer's word lists alone are megabytes of
// JavaScript). Node's on-disk compile cache keeps both between runs, so a second `npm run ingest`
// starts in about half the CPU time. It only helps modules loaded after it is on, so a command
// turns it on first and imports the rest dynamically.
import { enableCompileCache } from 'node:module';

/**
 * Turns on Node's module compile cache (in `NODE_COMPILE_CACHE`, else the system's temporary
 * folder) for this process and the worker threads it starts. Never throws: without a cache the
 * command only starts slower.
 */
export function cacheCompiledCode(): void {
  const { directory } = enableCompileCache();
  // Worker threads take the environment, not the setting: this is how they share the cache.
  if (directory !== undefined) process.env['NODE_COMPILE_CACHE'] ??= directory;
}
