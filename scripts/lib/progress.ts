import type { WriteStream } from 'node:tty';

/** Prints event lines; on a terminal also keeps a live `[done/total]` line at the bottom. */
export function createProgress(stream: NodeJS.WriteStream | WriteStream) {
  const live = Boolean(stream.isTTY) && !process.env['CI'];
  let shown = false;
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  return {
    /** Prints one event line (to stdout) and updates the progress line. */
    line(text: string, done: number, total: number) {
      clear();
      console.log(text);
      if (live && total > 1) {
        const width = 24;
        const filled = Math.round((done / total) * width);
        stream.write(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
        shown = true;
      }
    },
    /** Removes the progress line. */
    done: clear,
  };
}
