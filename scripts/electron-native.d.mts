export interface ElectronNativePaths {
  cache: string;
  copy: string;
  stamp: string;
  binding: string;
}
export function electronNativePaths(root: string): ElectronNativePaths;
export function ensureElectronNative(
  root: string,
  options?: { log?: (line: string) => void },
): string;
export function buildTools(root: string): { prebuildInstall: string; nodeGyp: string };
