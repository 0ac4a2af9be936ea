/**
 * The audit trail (`--audit FILE.jsonl[.gz]`): one JSON line per edit, in run order, naming the
 * article, the raw line numbers, the pass, the rule, the action and the text. With the output it
 * accounts for every input line: a line is in the clean text (kept, cut or merged) or dropped here.
 * Streamed to a temporary file and renamed into place at the end, like every output.
 */

import type { FileResult } from './clean-files.js';
import { fileLineWriter, type LineWriter } from './line-writer.js';

/** One line of the audit, keys in this order. */
export interface AuditRecord {
  /** The article's id: its relative path, or `<relative path>:<line>` for a JSONL record. */
  readonly article: string;
  /** Raw line numbers (1-based) in the article as read; several after a merge. */
  readonly from: readonly number[];
  readonly pass: string;
  readonly rule: string;
  readonly action: string;
  readonly text: string;
  readonly reason: string;
}

export interface AuditWriter {
  /** Appends the edits of one article (nothing for an article without edits). */
  add(result: FileResult): void;
  close(): Promise<void>;
  discard(): void;
}

/** An audit file at `target`, gzip-compressed when its name ends in `.gz`. */
export function createAuditFile(target: string): AuditWriter {
  const writer: LineWriter = fileLineWriter(target, /\.gz$/i.test(target));
  return {
    add(result) {
      for (const edit of result.edits) {
        const record: AuditRecord = {
          article: result.id,
          from: edit.from,
          pass: edit.pass,
          rule: edit.rule,
          action: edit.action,
          text: edit.text,
          reason: edit.reason,
        };
        writer.line(JSON.stringify(record));
      }
    },
    close: () => writer.close(),
    discard: () => writer.discard(),
  };
}
