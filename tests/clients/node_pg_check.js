#!/usr/bin/env node
// Client-compatibility check for askpg: node-postgres (`pg`).
//
// Uses PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE and PGSSLMODE (require:
// TLS with { rejectUnauthorized: false }; disable: plain TCP) against a server
// loaded with tests/fixtures/fixture.sql, and only reads. Prints
// `node-pg: N checks passed` as its last stdout line and exits 0, or prints
// each failure (expected vs actual) to stderr and exits 1. With
// ASKPG_EXPECT_ROLE and ASKPG_EXPECT_SESSION_USER set, it also checks
// current_user and session_user.
//
//   (cd tests/clients && npm ci)   # once
//   node tests/clients/node_pg_check.js
'use strict';

const util = require('util');
const { Client } = require('pg');

const CLIENT = 'node-pg';
let passed = 0;
const failures = [];

function show(v) {
  return util.inspect(v, { depth: 6, breakLength: Infinity });
}

function check(what, actual, expected) {
  if (util.isDeepStrictEqual(actual, expected)) {
    passed += 1;
  } else {
    failures.push(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

function checkTrue(what, cond, detail) {
  if (cond) passed += 1;
  else failures.push(`${what}: ${detail || 'condition was false'}`);
}

// ---------------------------------------------------------------- fixture maths
const COUNTRIES = ['Brazil', 'Germany', 'Japan', 'France', 'Kenya'];
const ORDERS = 20000;
// amounts are (g % 977) * 1.25: sum them exactly in hundredths
let ORDERS_SUM_CENTS = 0;
for (let g = 1; g <= ORDERS; g++) ORDERS_SUM_CENTS += (g % 977) * 125;

function cents(numericText) {
  // exact for the fixture's two-decimal amounts, e.g. '1220.00', '1.25', '0'
  const [whole, frac = ''] = numericText.split('.');
  return Number(whole) * 100 + Number((frac + '00').slice(0, 2));
}

function localYmd(d) {
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
}

const sslmode = process.env.PGSSLMODE || 'prefer';
// The role the session's statements run as (current_user) and its login role upstream
// (session_user), when the caller knows them.
const expectRole = process.env.ASKPG_EXPECT_ROLE;
const expectSessionUser = process.env.ASKPG_EXPECT_SESSION_USER;

function newClient() {
  // The other settings come from PGHOST, PGPORT, PGUSER, PGPASSWORD and
  // PGDATABASE, which pg reads itself. An explicit ssl setting wins over
  // PGSSLMODE (pg would otherwise verify the self-signed certificate).
  return new Client({
    ssl: sslmode === 'disable' ? false : { rejectUnauthorized: false },
    application_name: 'askpg-node-pg-check',
    connectionTimeoutMillis: 20000,
    query_timeout: 60000,
  });
}

const sections = [];
function section(name, fn) {
  sections.push([name, fn]);
}

section('connection basics', async (c) => {
  checkTrue('TLS in use', c.connection.stream.encrypted === (sslmode === 'disable' ? undefined : true),
    `stream encrypted=${c.connection.stream.encrypted} with PGSSLMODE=${sslmode}`);
  // no parameters: simple query protocol
  const r = await c.query("SELECT 1 AS one, 'two' AS two, NULL::int AS three");
  check('simple query rows', r.rows, [{ one: 1, two: 'two', three: null }]);
  check('simple query command', [r.command, r.rowCount], ['SELECT', 1]);
  check('simple query fields', r.fields.map((f) => [f.name, f.dataTypeID]), [['one', 23], ['two', 25], ['three', 23]]);
  const v = await c.query('SHOW server_version');
  checkTrue('SHOW server_version', typeof v.rows[0].server_version === 'string' && v.rows[0].server_version.length > 0,
    show(v.rows));
  // several statements in one simple query: pg returns one result per statement
  const multi = await c.query('SELECT 1 AS a; SELECT 2 AS b, 3 AS c');
  check('multi-statement results', multi.map((x) => x.rows), [[{ a: 1 }], [{ b: 2, c: 3 }]]);
  if (expectRole) {
    check('current_user', (await c.query('SELECT current_user AS u')).rows, [{ u: expectRole }]);
  }
  if (expectSessionUser) {
    check('session_user', (await c.query('SELECT session_user AS u')).rows, [{ u: expectSessionUser }]);
  }
});

section('parameterized queries', async (c) => {
  const q = 'SELECT count(*)::int AS n FROM customers WHERE country = $1 AND id < $2';
  for (const [country, limit] of [['Japan', 500], ['Brazil', 1001], ['Kenya', 10], ['Atlantis', 1000]]) {
    let want = 0;
    for (let g = 1; g <= 1000; g++) if (COUNTRIES[g % 5] === country && g < limit) want++;
    const r = await c.query(q, [country, limit]);
    check(`count(${country}, id<${limit})`, r.rows[0].n, want);
  }
  // a named prepared statement, executed several times
  for (const g of [1, 2, 500, 999, 1000]) {
    const r = await c.query({ name: 'askpg_cust_by_id', text: 'SELECT id, name, country FROM customers WHERE id = $1', values: [g] });
    check(`named statement customer ${g}`, r.rows, [{ id: g, name: `customer ${g}`, country: COUNTRIES[g % 5] }]);
  }
  const r = await c.query('SELECT $1::int + 1 AS a, $2::text AS b, $3::numeric * 2 AS n, $4::int[] AS arr',
    [41, 'x y', '1.25', [1, null, 3]]);
  check('typed params', r.rows[0], { a: 42, b: 'x y', n: '2.50', arr: [1, null, 3] });
  const arr = await c.query({ text: 'SELECT id, name FROM customers WHERE id = ANY($1) ORDER BY id', values: [[5, 3]], rowMode: 'array' });
  check('rowMode array', arr.rows, [[3, 'customer 3'], [5, 'customer 5']]);
  const none = await c.query('SELECT 1 WHERE $1::bool', [false]);
  check('no rows', [none.rows, none.rowCount], [[], 0]);
});

section('all_types parsing', async (c) => {
  const r = await c.query('SELECT * FROM all_types ORDER BY id');
  check('all_types row count', r.rowCount, 4);
  const mood = (await c.query("SELECT 'mood'::regtype::oid::int AS oid")).rows[0].oid;
  check('field type ids', r.fields.map((f) => f.dataTypeID),
    [23, 21, 23, 20, 1700, 1700, 700, 701, 25, 1043, 1042, 17, 16, 1082, 1083, 1114, 1184, 1186,
      2950, 114, 3802, 1007, 1009, mood, 23, 869]);
  const [r1, r2, r3, r4] = r.rows;
  // row 1
  check('int2/int4', [r1.i2, r1.i4], [1, 100]);
  check('int8 as string', r1.i8, '10000000000');
  check('numeric as string', [r1.n, r1.n_typed], ['3.14159265358979323846', '12.345']);
  check('float4/float8', [r1.f4, r1.f8], [1.1, 2.718281828459045]);
  check('text/varchar/char', [r1.t, r1.vc, r1.ch], ['hello', 'varchar', 'ab   ']);
  check('bytea', r1.by, Buffer.from([0x00, 0xff, 0x10]));
  check('bool', [r1.b, r2.b, r3.b], [true, false, null]);
  checkTrue('date is Date', r1.d instanceof Date, show(r1.d));
  check('date (local)', localYmd(r1.d), [2024, 2, 29]);
  check('time as string', r1.tm, '13:45:01.5');
  checkTrue('timestamp is Date', r1.ts instanceof Date, show(r1.ts));
  check('timestamp (local)', [...localYmd(r1.ts), r1.ts.getHours(), r1.ts.getMinutes(), r1.ts.getSeconds(), r1.ts.getMilliseconds()],
    [2024, 2, 29, 13, 45, 1, 123]);
  check('timestamptz', r1.tstz.toISOString(), '2024-02-29T12:45:01.123Z');
  check('interval', [r1.iv.years, r1.iv.months, r1.iv.days, r1.iv.hours, r1.iv.minutes, r1.iv.seconds, r1.iv.milliseconds],
    [1, 2, 3, 4, 5, 6, 700]);
  check('uuid', r1.u, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
  check('json', r1.j, { a: [1, 2, { b: null }] });
  check('jsonb', r1.jb, { a: 'x', z: 1 });
  check('int[]', r1.arr_i, [1, 2, null, 4]);
  check('text[]', r1.arr_t, ['x', 'y z', null]);
  check('enum', [r1.m, r2.m, r3.m], ['happy', 'sad', 'ok']);
  check('domain', [r1.p, r2.p, r3.p], [42, 1, 2147483647]);
  check('inet', [r1.ip, r2.ip, r3.ip], ['192.168.1.0/24', '::1', '10.0.0.1']);
  // rows 2 and 3: extremes
  check('int extremes', [r2.i2, r2.i4, r2.i8, r3.i2, r3.i4, r3.i8],
    [-32768, -2147483648, '-9223372036854775808', 32767, 2147483647, '9223372036854775807']);
  check('empty strings', [r2.t, r2.vc, r2.ch, r2.by.length], ['', '', '     ', 0]);
  check('unicode text', r3.t, 'ünïcødé ✓ 日本');
  check('numeric NaN', r3.n, 'NaN');
  check('float infinities', [r3.f4, r3.f8], [Infinity, -Infinity]);
  check('date/timestamp infinities', [r3.d, r3.ts, r3.tstz], [Infinity, -Infinity, Infinity]);
  check('epoch timestamptz', r2.tstz.getTime(), 0);
  check('2-d array', r3.arr_i, [[1, 2], [3, 4]]);
  check('escaped text[]', r3.arr_t, ['quote"d', 'back\\slash']);
  check('json null / jsonb number', [r3.j, r3.jb], [null, { n: 1.5 }]);
  check('empty json and arrays', [r2.j, r2.jb, r2.arr_i, r2.arr_t], [[], [], [], []]);
  // row 4: all NULL but id
  check('row 4 nulls', Object.entries(r4).filter(([k, v]) => k !== 'id' && v !== null), []);
});

section('errors', async (c) => {
  for (const [label, run] of [
    ['simple', () => c.query('SELECT 1/0')],
    ['extended', () => c.query('SELECT 1/$1::int', [0])],
  ]) {
    try {
      await run();
      failures.push(`${label} SELECT 1/0: no error raised`);
    } catch (e) {
      check(`${label} 1/0 code`, e.code, '22012');
      check(`${label} 1/0 message`, e.message, 'division by zero');
      check(`${label} 1/0 severity`, e.severity, 'ERROR');
    }
    check(`usable after ${label} error`, (await c.query('SELECT 1 AS x')).rows, [{ x: 1 }]);
  }
  await c.query('BEGIN READ ONLY');
  try {
    await c.query('SELECT 1/0');
    failures.push('1/0 in transaction: no error raised');
  } catch (e) {
    check('in-transaction code', e.code, '22012');
  }
  try {
    await c.query('SELECT 1');
    failures.push('query in aborted transaction: no error raised');
  } catch (e) {
    check('aborted transaction code', e.code, '25P02');
  }
  await c.query('ROLLBACK');
  check('usable after rollback', (await c.query('SELECT 2 AS x')).rows, [{ x: 2 }]);
});

section('notices', async (c) => {
  const got = [];
  const onNotice = (msg) => got.push([msg.severity, msg.message]);
  c.on('notice', onNotice);
  const r = await c.query('SELECT noisy(7) AS n');
  check('noisy(7)', r.rows, [{ n: 7 }]);
  const r2 = await c.query('SELECT noisy($1) AS n', [8]);
  check('noisy($1)', r2.rows, [{ n: 8 }]);
  check('notices', got, [['NOTICE', 'noisy 7'], ['NOTICE', 'noisy 8']]);
  c.removeListener('notice', onNotice);
});

section('20000 rows', async (c) => {
  const r = await c.query('SELECT id, customer_id, placed_at, amount, status FROM orders ORDER BY id');
  check('orders rowCount', [r.rowCount, r.rows.length], [ORDERS, ORDERS]);
  let sum = 0;
  let ok = true;
  const base = Date.UTC(2021, 0, 1);
  for (let i = 0; i < r.rows.length; i++) {
    const row = r.rows[i];
    const g = i + 1;
    sum += cents(row.amount);
    if (ok && (Number(row.id) !== g || row.customer_id !== 1 + (g % 1000)
      || row.placed_at.getTime() !== base + g * 3600000 || row.status !== ['sad', 'ok', 'happy'][g % 3])) {
      ok = false;
      failures.push(`order ${g}: unexpected row ${show(row)}`);
    }
  }
  checkTrue('orders rows match the fixture', ok);
  check('orders sum(amount) in cents', sum, ORDERS_SUM_CENTS);
  const s = await c.query('SELECT sum(amount)::text AS s, count(*)::int AS n FROM orders');
  check('server-side sum', [cents(s.rows[0].s), s.rows[0].n], [ORDERS_SUM_CENTS, ORDERS]);
});

let current = 'connect';
const TIMEOUT = Number(process.env.ASKPG_CLIENT_TIMEOUT || 120);
// a stuck relay shows up as a named failure instead of a hang
setTimeout(() => {
  console.error(`${CLIENT}: FAIL timed out after ${TIMEOUT}s in ${current}`);
  process.exit(1);
}, TIMEOUT * 1000).unref();

async function main() {
  const c = newClient();
  c.on('error', (e) => failures.push(`client error event: ${e.message}`));
  try {
    await c.connect();
  } catch (e) {
    console.error(`${CLIENT}: FAIL connect (PGSSLMODE=${sslmode}): ${e.message}`);
    return 1;
  }
  for (const [name, fn] of sections) {
    current = name;
    try {
      await fn(c);
    } catch (e) {
      failures.push(`${name} threw: ${e && e.stack ? e.stack : e}`);
    }
  }
  await c.end();
  if (failures.length) {
    for (const f of failures) console.error(`${CLIENT}: FAIL ${f}`);
    console.error(`${CLIENT}: ${failures.length} checks failed, ${passed} passed`);
    return 1;
  }
  console.log(`${CLIENT}: ${passed} checks passed`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (e) => {
  console.error(`${CLIENT}: FAIL ${e && e.stack ? e.stack : e}`);
  process.exitCode = 1;
});
