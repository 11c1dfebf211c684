// Shard 1 of 5 of the nothing-lost property test (see nothing-lost.ts).
import { nothingLost } from './nothing-lost';

await nothingLost(0, 5);
