// Preloaded into the build's child processes (`node --import`): when the build script that
// started them is killed, they stop too, instead of writing on into a folder that the next build
// (which takes over the dead build's lock) is about to use.
const parentPid = process.ppid;
const POLL_MS = 500;
setInterval(() => {
  // Orphans are adopted by another process: the parent id changes.
  if (process.ppid !== parentPid) process.kill(process.pid, 'SIGKILL');
}, POLL_MS).unref();

export {};
