// Types of pipeline.mjs for the TypeScript tests that drive it.
export declare const MAX_BATCH_BYTES: number;
export declare const MAX_BATCH_RECORDS: number;
type Counts = { campaigns: number; donations: number; comments: number; subscriptions: number };
export type Report = {
  site: string;
  threads: number;
  comments: number;
  replies: number;
  byStatus: Record<string, number>;
  votes: { up: number; down: number };
  campaigns: number;
  donations: number;
  subscriptions: number;
  orphans: { id: string; parentId: string; thread: string; reason: string; action: string }[];
  skipped: { type: string; id: string; reason: string }[];
  warnings: string[];
  batches: number;
  created: Counts;
  existing: Counts;
};
export type Item = {
  record?: any;
  post?: string;
  skip?: { type: string; id: string; reason: string };
  warning?: string;
  site?: string;
};
export declare function emptyReport(): Report;
export declare function createPipeline(options?: {
  send?: ((records: any[], index: number) => Promise<any>) | null;
  orphans?: "top-level" | "skip";
  maxRecords?: number;
  maxBytes?: number;
}): { report: Report; add(item: Item): Promise<void>; finish(): Promise<Report> };
