export function freePort(): Promise<number>;
export function freshWorker(options?: {
  sql?: string;
  vars?: Record<string, string>;
}): Promise<{ url: string; stop: () => Promise<void> }>;
export function median(values: number[]): number;
