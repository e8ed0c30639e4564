/** The six building blocks of Huset, in the booklet's order. */
import { z } from './zod.ts';

export const BLOCK_IDS = [
  'trivsel',
  'statistik',
  'samtaler',
  'tidlige-indsatser',
  'faelles-ejerskab',
  'tydelig-ledelse',
] as const;
export type BlockId = (typeof BLOCK_IDS)[number];

export const BlockIdSchema = z.enum(BLOCK_IDS);
