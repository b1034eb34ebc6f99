export function electronBinary(root: string): string | null;
export function electronVersion(root: string): string;
export function installElectron(root: string): string | null;
