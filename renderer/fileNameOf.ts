/** A file's own name from its path, written with either kind of slash (Windows or not). */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
