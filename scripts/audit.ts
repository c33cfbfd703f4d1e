/**
 * `npm run audit`: `npm audit --omit=dev` over the runtime dependencies. Exits 0 when the audit
 * is clean or every finding is explained under "## Audit findings" in SECURITY.md, 1 when a
 * finding is not, and 2 when the registry's advisory service cannot be reached (offline, or a
 * mirror that refuses the bulk advisory request), saying why. It needs the network, so it is not
 * part of `npm test`; run it before a release.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { ROOT } from './lib/json.ts';

interface AuditReport {
  readonly metadata?: { readonly vulnerabilities?: Readonly<Record<string, number>> };
  readonly vulnerabilities?: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
let report: AuditReport;
try {
  report = JSON.parse(result.stdout || '{}') as AuditReport;
} catch {
  report = {};
}
if (report.metadata?.vulnerabilities === undefined) {
  const reason = report.message ?? (result.stderr.trim().split('\n').at(-1) || 'no answer');
  console.error(`audit: npm audit could not reach the advisory service, so nothing was checked: ${reason}`);
  process.exit(2);
}
const explained = readFileSync(`${ROOT}SECURITY.md`, 'utf8').split('## Audit findings')[1] ?? '';
const found = Object.keys(report.vulnerabilities ?? {});
const unexplained = found.filter((name) => !explained.includes(`\`${name}\``));
for (const name of unexplained) {
  console.error(`audit: ${name} has an advisory that SECURITY.md does not explain under "## Audit findings"`);
}
console.log(
  unexplained.length === 0
    ? `audit: ${found.length} finding(s), all explained in SECURITY.md`
    : `audit: ${unexplained.length} unexplained finding(s)`,
);
process.exit(unexplained.length === 0 ? 0 : 1);
