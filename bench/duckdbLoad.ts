/**
 * DuckDB's load of bench/duckdb.ts, run in a fresh process so that the
 * bench's own heap (the generated corpus) does not weigh on its RSS: one
 * in-memory database, one `CREATE TABLE … AS SELECT` from the file, timed,
 * and the row count and peak RSS, printed as JSON.
 *
 *   node --import tsx bench/duckdbLoad.ts ndjson  records.ndjson
 *   node --import tsx bench/duckdbLoad.ts parquet records.parquet
 *
 * From NDJSON, every field is read (`read_json` infers the nested types) and
 * `entities` becomes the list of its ids, as the Parquet export writes it.
 */
import { DuckDBInstance } from '@duckdb/node-api';

import { loadSql } from './duckdbSql.ts';

const [kind, file = ''] = process.argv.slice(2);
if (kind !== 'ndjson' && kind !== 'parquet') {
  throw new Error(`Unknown kind ${String(kind)}: expected ndjson or parquet`);
}
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
// Timed from an open database, as our load is timed from a started process.
const start = performance.now();
await connection.run(loadSql(kind, file));
const ms = performance.now() - start;
const rows = Number((await connection.runAndReadAll('SELECT count(*) FROM articles')).getRows()[0]?.[0]);
connection.closeSync();
instance.closeSync();
console.log(JSON.stringify({ kind, ms, rows, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
