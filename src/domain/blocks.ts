/** The six building blocks of Huset, in the booklet's order. */
export const BLOCK_IDS = [
  'trivsel',
  'statistik',
  'samtaler',
  'tidlige-indsatser',
  'faelles-ejerskab',
  'tydelig-ledelse',
] as const;
export type BlockId = (typeof BLOCK_IDS)[number];
