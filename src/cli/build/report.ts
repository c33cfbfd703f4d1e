/**
 * What `ru-tj-news build` tells on stderr about each raw file: the record it
 * built or the problems that stopped it, the mentions found per entity, and
 * the date read with its evidence.
 */
import type { z } from 'zod';

import type { Article, DateInfo } from '../../index.js';

/** A date as the report shows it. */
export interface ReportedDate {
  readonly publishedAt: string;
  readonly date: DateInfo;
  readonly modifiedAt?: string | undefined;
  /** Whether the date is the one `--meta` gave, used as it is, rather than one read from the text. */
  readonly given: boolean;
}

/** What the report says of one raw file. */
export interface FileReport {
  /** The raw file, as given on the command line. */
  readonly file: string;
  /** Whether a `--meta` entry names the file. */
  readonly hasMeta: boolean;
  /** The line taken as the title: the first that is neither blank nor furniture. */
  readonly title: string;
  /** The entities found, in order of first mention, with their number of mentions. */
  readonly mentions: readonly { readonly id: string; readonly count: number }[];
  /** The publication date read (or given), if any. */
  readonly date: ReportedDate | undefined;
  /** The record built, or the problems that stopped it. */
  readonly outcome:
    { readonly built: Article } | { readonly issues: readonly Pick<z.core.$ZodIssue, 'path' | 'message'>[] };
}

/** The mentions of a record, per entity: `nahran ×3, moscow ×1`. */
export const mentionsOf = (article: Article): FileReport['mentions'] =>
  article.entities.map(({ id, mentions }) => ({ id, count: mentions.length }));

/** How many of each id `ids` holds, in order of first occurrence. */
export function countIds(ids: readonly string[]): FileReport['mentions'] {
  const counts = new Map<string, number>();
  for (const id of ids) {
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count }));
}

/** `"text"`, as the report quotes the words of the text. */
const quoted = (text: string): string => JSON.stringify(text);

/** A problem's place in the record: `topicEvidence.water[0]`, or `record` for the record as a whole. */
function placeOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) {
    return 'record';
  }
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** The report's lines for one raw file, each ending with a newline. */
export function formatReport(report: FileReport): string {
  const lines: string[] = [];
  const { outcome } = report;
  const noMeta = report.hasMeta ? '' : ' (no --meta entry names it)';
  if ('built' in outcome) {
    lines.push(`${report.file}: built ${outcome.built.id}${noMeta}`);
  } else {
    const count = outcome.issues.length === 1 ? 'one problem' : `${outcome.issues.length} problems`;
    lines.push(`${report.file}: not built, ${count}${noMeta}`);
  }
  lines.push(
    `  title: ${report.title === '' ? 'none, the file has no line that is not furniture' : quoted(report.title)}`,
  );
  lines.push(
    `  mentions: ${report.mentions.length === 0 ? 'none' : report.mentions.map(({ id, count }) => `${id} ×${count}`).join(', ')}`,
  );
  const { date } = report;
  if (date === undefined) {
    lines.push('  date: none read from the text');
  } else {
    const info = date.date;
    const from = date.given ? ', as --meta gives it' : '';
    lines.push(`  date: ${date.publishedAt} (${info.precision}, ${info.basis}${from}): ${quoted(info.evidence)}`);
    if (info.corroboration !== undefined && info.corroboration.length > 0) {
      lines.push(`    agreeing: ${info.corroboration.map(quoted).join(', ')}`);
    }
    if (info.inference !== undefined) {
      lines.push(`    inference: ${info.inference}`);
    }
    if (date.modifiedAt !== undefined) {
      const evidence = info.modifiedEvidence === undefined ? '' : `: ${quoted(info.modifiedEvidence)}`;
      lines.push(`  modifiedAt: ${date.modifiedAt}${evidence}`);
    }
  }
  if ('issues' in outcome) {
    lines.push('  to supply or fix:');
    for (const issue of outcome.issues) {
      lines.push(`    ${placeOf(issue.path)}: ${issue.message.split('\n').join('\n      ')}`);
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}
