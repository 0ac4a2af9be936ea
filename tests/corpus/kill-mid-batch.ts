/**
 * Run by sqlite-store.test.ts as its own process: decides corpusArticles() into a SQLite index
 * and kills itself with SIGKILL before article `stopAfter`, with a transaction still open.
 *
 *   node --import tsx tests/corpus/kill-mid-batch.ts <index file> <batch size> <stop after>
 */

import { createCorpusDeduper } from '../../src/corpus/corpus-deduper.js';
import { resolveCorpusDedupOptions } from '../../src/corpus/options.js';
import { openSqliteStore } from '../../src/corpus/sqlite-store.js';
import { corpusArticles } from './articles.js';

const [file = '', batchSize = '', stopAfter = ''] = process.argv.slice(2);
const deduper = createCorpusDeduper({}, openSqliteStore(file, resolveCorpusDedupOptions(), { batchSize: Number(batchSize) }));
corpusArticles().forEach(([id, value], index) => {
  if (index === Number(stopAfter)) process.kill(process.pid, 'SIGKILL');
  deduper.observe(id, value);
});
