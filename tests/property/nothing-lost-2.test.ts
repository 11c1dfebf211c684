// Shard 2 of 5 of the nothing-lost property test (see nothing-lost.ts).
import { nothingLost } from './nothing-lost';

await nothingLost(1, 5);
