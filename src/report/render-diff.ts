/**
 * `bersih diff`: what cleaning would do to an article, line by line, for a person to read. Every raw
 * line is shown with a marker: ` ` kept, `-` dropped, `~` cut (the removed end struck), `+` joined
 * to the line above, `!` flagged (kept, for a human to judge); each change names its rule. The text
 * is plain (markers and `[-struck-]`) unless the CLI passes a style that colours it.
 */

import type { FileResult } from '../io/clean-files.js';
import { normalizeLineText } from '../passes/normalize-lines.js';
import { splitRawLines } from '../text/lines.js';
import type { Edit } from '../types.js';

export interface DiffStyle {
  /** A dropped line. */
  readonly removed: (text: string) => string;
  /** The removed end of a cut line. */
  readonly struck: (text: string) => string;
  /** A line joined to the one above. */
  readonly joined: (text: string) => string;
  /** A flagged line. */
  readonly flagged: (text: string) => string;
  /** Rule ids and line numbers. */
  readonly dim: (text: string) => string;
  /** The article's header. */
  readonly header: (text: string) => string;
}

const same = (text: string): string => text;

/** Plain text: the struck end of a cut line is `[-like this-]`. */
export const plainDiffStyle: DiffStyle = {
  removed: same,
  struck: (text) => `[-${text}-]`,
  joined: same,
  flagged: same,
  dim: same,
  header: same,
};

/** One article's preview, each line ending in `\n`, a blank line after it. */
export function renderDiff(rawText: string, result: FileResult, style: DiffStyle = plainDiffStyle): string {
  const out: string[] = [style.header(`── ${result.id}${headerDetail(result)}`)];
  if (result.status === 'failed') return `${out.join('\n')}\n\n`;
  const raw = splitRawLines(rawText);
  const width = String(raw.length).length;
  const marks = markLines(result.edits);
  for (const line of raw) {
    const number = line.from[0] ?? 0;
    const label = style.dim(String(number).padStart(width));
    const mark = marks.get(number);
    const text = line.text.trimEnd();
    if (mark?.drop !== undefined) {
      // A blank line is layout: shown as a gap, not as a change.
      if (mark.drop.rule === 'normalize/blank-line') out.push(`  ${label}`);
      else out.push(`- ${label}  ${style.removed(text)}  ${style.dim(`[${mark.drop.rule}]`)}`);
      continue;
    }
    const rules: string[] = [];
    let shown = text;
    let marker = ' ';
    let extra: string | undefined;
    if (mark?.merge !== undefined) {
      marker = '+';
      shown = style.joined(text);
      rules.push(mark.merge.rule);
    }
    for (const cut of mark?.cuts ?? []) {
      marker = '~';
      rules.push(cut.rule);
      const normal = normalizeLineText(text);
      if (cut.text !== '' && normal.endsWith(cut.text)) {
        const kept = normal.slice(0, normal.length - cut.text.length);
        shown = `${mark?.merge === undefined ? kept : style.joined(kept)}${style.struck(cut.text)}`;
      } else {
        // Cut across a merge: the removed text is shown on its own.
        extra = `~ ${' '.repeat(width)}  ${style.struck(cut.text)}`;
      }
    }
    if (mark?.flag !== undefined) {
      if (marker === ' ') marker = '!';
      shown = marker === '!' ? style.flagged(shown) : shown;
      rules.push(`${mark.flag.rule}: flagged`);
    }
    const note = rules.length === 0 ? '' : `  ${style.dim(`[${rules.join(', ')}]`)}`;
    out.push(`${marker} ${label}  ${shown}${note}`);
    if (extra !== undefined) out.push(extra);
  }
  return `${out.join('\n')}\n\n`;
}

/** `diff: 3 articles; lines: 12 dropped, 1 cut, 5 merged, 1 flagged; nothing written` */
export function renderDiffTotals(articles: number, failed: number, edits: { drop: number; cut: number; merge: number; flag: number }): string {
  const failures = failed > 0 ? `, ${failed} failed` : '';
  return `diff: ${articles} article${articles === 1 ? '' : 's'}${failures}; lines: ${edits.drop} dropped, ${edits.cut} cut, ${edits.merge} merged, ${edits.flag} flagged; nothing written\n`;
}

interface LineMarks {
  drop?: Edit;
  merge?: Edit;
  flag?: Edit;
  cuts: Edit[];
}

/**
 * What happened to each raw line: a drop names every line it removed; a merge or a flag its first
 * line; a cut the last line of what it cut from (the removed text is that line's end).
 */
function markLines(edits: readonly Edit[]): Map<number, LineMarks> {
  const marks = new Map<number, LineMarks>();
  const at = (line: number): LineMarks => {
    let mark = marks.get(line);
    if (mark === undefined) marks.set(line, (mark = { cuts: [] }));
    return mark;
  };
  for (const edit of edits) {
    if (edit.action === 'drop') {
      for (const line of edit.from) at(line).drop ??= edit;
    } else if (edit.action === 'cut') {
      const last = edit.from[edit.from.length - 1];
      if (last !== undefined) at(last).cuts.push(edit);
    } else if (edit.action === 'merge') {
      const first = edit.from[0];
      if (first !== undefined) at(first).merge ??= edit;
    } else {
      const first = edit.from[0];
      if (first !== undefined) at(first).flag = edit;
    }
  }
  return marks;
}

function headerDetail(result: FileResult): string {
  if (result.error !== undefined && result.status === 'failed') return ` · failed: ${result.error.message}`;
  const counts = { drop: 0, cut: 0, merge: 0, flag: 0 };
  for (const edit of result.edits) counts[edit.action] += 1;
  const site = result.site === undefined ? 'site unknown' : `site ${result.site}`;
  const changes = `${result.linesIn} lines → ${result.linesOut}: ${counts.drop} dropped, ${counts.cut} cut, ${counts.merge} merged, ${counts.flag} flagged`;
  const empty = result.status === 'empty' ? ` · ${result.error?.message ?? 'no text left'}` : '';
  return ` · ${site} · ${changes}${empty}`;
}
