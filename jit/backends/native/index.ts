// The native backend (host C compiled by cc, loaded through koffi): not built yet.

import type { Backend } from '../backend.js';

export const native: Backend = {
  name: 'native',
  title: 'the native tier',
  rank: 2,
  slowCompile: true,
  tags: ['native'],
  availability: () => ({ available: false, reason: 'the native (cc + koffi) tier is not built yet' }),
};
