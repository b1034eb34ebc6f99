import type { FuseConfig } from '@electron/fuses';

export function fusesFor(platform: string): FuseConfig;
export function checkPackagedBinding(
  root: string,
  resources: string,
  target: { electron: string; platform: string; arch: string },
): void;
export default function afterPack(context: unknown): Promise<void>;
