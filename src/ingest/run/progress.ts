/** Where progress goes: a stream that may be a terminal. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * Prints event lines; on a terminal (and not in CI) also keeps a live `[####....] done/total`
 * line at the bottom, rewritten in place. In CI logs and pipes only the plain lines appear.
 */
export function createProgress(stream: ProgressStream, print: (line: string) => void = console.log, ci = Boolean(process.env['CI'])) {
  const live = Boolean(stream.isTTY) && !ci;
  let shown = false;
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  return {
    /** Prints one event line and updates the progress line. */
    line(text: string, done: number, total: number) {
      clear();
      print(text);
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
