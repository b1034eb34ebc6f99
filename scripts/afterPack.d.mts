import type { FuseConfig } from '@electron/fuses';

export function fusesFor(platform: string): FuseConfig;
export default function afterPack(context: unknown): Promise<void>;
