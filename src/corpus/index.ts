/**
 * Cross-article deduplication, the library side: signatures (pure, for workers), the keep-first
 * deduper over a store, keep-longest clustering, and the two stores. src/corpus/README.md is the contract.
 */

export { articleSignature } from './signature.js';
export type { ArticleSignature } from './signature.js';
export { CORPUS_DEDUP_DEFAULTS, resolveCorpusDedupOptions } from './options.js';
export type { CorpusDedupOptions, ResolvedCorpusDedupOptions } from './options.js';
export { createCorpusDeduper } from './corpus-deduper.js';
export type { CorpusDedupStats, CorpusDeduper, Decision } from './corpus-deduper.js';
export { clusterArticles, createArticleClusterer } from './cluster-articles.js';
export type { ArticleClusterer, Cluster, ClusterItem, ClusterMember } from './cluster-articles.js';
export { createMemoryStore } from './memory-store.js';
export type { MemoryStore } from './memory-store.js';
export { openSqliteStore } from './sqlite-store.js';
export type { SqliteStoreOptions } from './sqlite-store.js';
export type { Candidate, DedupStore, KeptArticle, NewArticle, StoreBytes, StoreLayout } from './dedup-store.js';
