// The archive step of `npm run build` (src/build/write-archive-files.ts), run by the build script
// as a process beside Astro's; not a command of its own. Prints one line and exits 1 on failure.
import { cacheCompiledCode } from '../src/util/cache-compiled-code.ts';

cacheCompiledCode();
const { writeArchiveFiles } = await import('../src/build/write-archive-files.ts');
try {
  console.log(`[build] ${await writeArchiveFiles()}`);
} catch (error) {
  console.error(`[build] the archive files could not be written: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
