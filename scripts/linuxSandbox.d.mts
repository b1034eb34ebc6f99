import type fs from 'node:fs';

export function linuxSandboxProblem(
  binary: string,
  platform?: NodeJS.Platform,
  fsApi?: Pick<typeof fs, 'readFileSync' | 'statSync'>,
): { why: string; remedy: string } | null;
export function sandboxRemedy(binary: string): string;
