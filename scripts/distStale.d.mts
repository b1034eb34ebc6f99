export const BUILD_OUTPUTS: readonly string[];
export const BUILD_INPUTS: readonly string[];
export function distIsStale(root: string): boolean;
