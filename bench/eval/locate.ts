import { existsSync } from 'node:fs';
import path from 'node:path';

/** A locator for a file or folder directly inside the eval folder (null when it is absent). */
export function inside(name: string): (dir: string) => string | null {
  return (dir) => (existsSync(path.join(dir, name)) ? path.join(dir, name) : null);
}
