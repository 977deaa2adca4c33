#!/usr/bin/env python3
"""Client-compatibility check for askpg: asyncpg.

Uses PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE and PGSSLMODE (require:
TLS without certificate verification; disable: plain TCP) against a server
loaded with tests/fixtures/fixture.sql, and only reads. Prints
`asyncpg: N checks passed` as its last stdout line and exits 0, or prints each
failure (expected vs actual) to stderr and exits 1. With ASKPG_EXPECT_ROLE and
ASKPG_EXPECT_SESSION_USER set, it also checks current_user and session_user.

    python3 tests/clients/asyncpg_check.py
"""

import asyncio
import datetime as dt
import ipaddress
import json
import os
import ssl
import sys
import threading
import traceback
import uuid
from decimal import Decimal

import asyncpg

CLIENT = "asyncpg"
passed = 0
failures = []


def same_type(actual, expected):
    if isinstance(actual, bool) or isinstance(expected, bool):
        return type(actual) is type(expected)
    # asyncpg returns its own UUID subclass, Record for rows, etc.
    return isinstance(actual, type(expected))


def check(what, actual, expected):
    global passed
    if actual == expected and same_type(actual, expected):
        passed += 1
    else:
        failures.append(f"{what}: expected {expected!r} ({type(expected).__name__}), "
                        f"got {actual!r} ({type(actual).__name__})")


def check_true(what, cond, detail=""):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(f"{what}: {detail or 'condition was false'}")


SECTIONS = []
current = "connect"
TIMEOUT = float(os.environ.get("ASKPG_CLIENT_TIMEOUT", "120"))


def watchdog():
    # a stuck relay shows up as a named failure instead of a hang
    print(f"{CLIENT}: FAIL timed out after {TIMEOUT}s in {current}", file=sys.stderr)
    sys.stderr.flush()
    os._exit(1)


def section(fn):
    SECTIONS.append(fn)
    return fn


# ---------------------------------------------------------------- fixture maths
COUNTRIES = ["Brazil", "Germany", "Japan", "France", "Kenya"]
ORDERS = 20000
ORDERS_SUM = sum(Decimal(g % 977) * Decimal("1.25") for g in range(1, ORDERS + 1))
UTC = dt.timezone.utc


def customer_country(g):
    return COUNTRIES[g % 5]


ALL_TYPES_COLS = ["id", "i2", "i4", "i8", "n", "n_typed", "f4", "f8", "t", "vc", "ch", "by",
                  "b", "d", "tm", "ts", "tstz", "iv", "u", "j", "jb", "arr_i", "arr_t", "m",
                  "p", "ip"]
# What asyncpg's binary codecs give for all_types rows 1-4. json/jsonb come
# back as str by default: they are compared after json.loads. float4 is the
# float32 value widened to a double. asyncpg maps +-infinity to the Python
# min/max values (for timestamptz infinity: a naive datetime.max).
EXPECTED_ROWS = {
    1: dict(id=1, i2=1, i4=100, i8=10000000000, n=Decimal("3.14159265358979323846"),
            n_typed=Decimal("12.345"), f4=1.100000023841858, f8=2.718281828459045, t="hello",
            vc="varchar", ch="ab   ", by=b"\x00\xff\x10", b=True, d=dt.date(2024, 2, 29),
            tm=dt.time(13, 45, 1, 500000), ts=dt.datetime(2024, 2, 29, 13, 45, 1, 123456),
            tstz=dt.datetime(2024, 2, 29, 12, 45, 1, 123456, tzinfo=UTC),
            iv=dt.timedelta(days=365 + 2 * 30 + 3, hours=4, minutes=5, seconds=6.7),
            u=uuid.UUID("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
            j={"a": [1, 2, {"b": None}]}, jb={"z": 1, "a": "x"}, arr_i=[1, 2, None, 4],
            arr_t=["x", "y z", None], m="happy", p=42,
            ip=ipaddress.IPv4Interface("192.168.1.0/24")),
    2: dict(id=2, i2=-32768, i4=-2147483648, i8=-9223372036854775808, n=Decimal("-0.000001"),
            n_typed=Decimal("-99999.999"), f4=-3.3999999521443642e+38,
            f8=-1.7976931348623157e308, t="", vc="", ch="     ", by=b"", b=False,
            d=dt.date(1, 1, 1), tm=dt.time(0, 0), ts=dt.datetime(1999, 12, 31, 23, 59, 59),
            tstz=dt.datetime(1970, 1, 1, tzinfo=UTC), iv=dt.timedelta(days=-1),
            u=uuid.UUID(int=0), j=[], jb=[], arr_i=[], arr_t=[], m="sad", p=1,
            ip=ipaddress.IPv6Address("::1")),
    3: dict(id=3, i2=32767, i4=2147483647, i8=9223372036854775807, n=Decimal("NaN"),
            n_typed=Decimal("0.000"), f4=float("inf"), f8=float("-inf"),
            t="ünïcødé ✓ 日本", vc="x", ch="abcde", by=b"\xde\xad\xbe\xef", b=None,
            d=dt.date.max, tm=dt.time(23, 59, 59, 999999), ts=dt.datetime.min,
            tstz=dt.datetime.max, iv=dt.timedelta(0),
            u=uuid.UUID("ffffffff-ffff-ffff-ffff-ffffffffffff"), j=None, jb={"n": 1.5},
            arr_i=[[1, 2], [3, 4]], arr_t=['quote"d', "back\\slash"], m="ok", p=2147483647,
            ip=ipaddress.IPv4Address("10.0.0.1")),
    4: dict({c: None for c in ALL_TYPES_COLS}, id=4),
}
TYPE_NAMES = dict(id="int4", i2="int2", i4="int4", i8="int8", n="numeric", n_typed="numeric",
                  f4="float4", f8="float8", t="text", vc="varchar", ch="bpchar", by="bytea",
                  b="bool", d="date", tm="time", ts="timestamp", tstz="timestamptz",
                  iv="interval", u="uuid", j="json", jb="jsonb", arr_i="int4[]",
                  arr_t="text[]", m="mood", p="int4", ip="inet")


def compare_all_types(label, rows, json_decoded):
    check(f"{label} row count", len(rows), 4)
    for row in rows:
        want = EXPECTED_ROWS.get(row["id"])
        if want is None:
            failures.append(f"{label}: unexpected all_types row {row!r}")
            continue
        check(f"{label} column names", list(row.keys()), ALL_TYPES_COLS)
        for col in ALL_TYPES_COLS:
            what = f"{label} all_types[{row['id']}].{col}"
            actual, expected = row[col], want[col]
            if col in ("j", "jb") and not json_decoded and actual is not None:
                check(what + " is str", type(actual), str)
                # json 'null' decodes to None, same as SQL NULL in row 4
                actual = json.loads(actual)
            if col == "n" and isinstance(expected, Decimal) and expected.is_nan():
                check_true(what, isinstance(actual, Decimal) and actual.is_nan(),
                           f"expected NaN, got {actual!r}")
            else:
                check(what, actual, expected)


# ---------------------------------------------------------------- the checks
sslmode = os.environ.get("PGSSLMODE", "prefer")
# The role the session's statements run as (current_user) and its login role upstream
# (session_user), when the caller knows them.
expect_role = os.environ.get("ASKPG_EXPECT_ROLE")
expect_session_user = os.environ.get("ASKPG_EXPECT_SESSION_USER")


def ssl_arg():
    if sslmode == "disable":
        return False
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def connect(**kw):
    return await asyncpg.connect(
        host=os.environ.get("PGHOST", "127.0.0.1"),
        port=int(os.environ.get("PGPORT", "5432")),
        user=os.environ.get("PGUSER"),
        password=os.environ.get("PGPASSWORD"),
        database=os.environ.get("PGDATABASE", "askpg_test"),
        ssl=ssl_arg(),
        timeout=20,
        command_timeout=60,
        **kw,
    )


@section
async def connection_basics(conn):
    v = conn.get_server_version()
    check_true("get_server_version()", isinstance(v, tuple) and v.major >= 10, repr(v))
    settings = conn.get_settings()
    check_true("server_version setting", bool(settings.server_version), repr(settings.server_version))
    check("client_encoding setting", settings.client_encoding, "UTF8")
    check("not in transaction", conn.is_in_transaction(), False)
    check("fetchval simple", await conn.fetchval("SELECT 1"), 1)
    check("SHOW server_version", bool(await conn.fetchval("SHOW server_version")), True)
    # execute() without arguments uses the simple query protocol, several
    # statements in one string included; it returns the last command tag.
    check("execute multi-statement", await conn.execute("SELECT 1; SELECT 2, 3"), "SELECT 1")
    if expect_role:
        check("current_user", await conn.fetchval("SELECT current_user"), expect_role)
    if expect_session_user:
        check("session_user", await conn.fetchval("SELECT session_user"), expect_session_user)


@section
async def fetch_with_params(conn):
    q = "SELECT count(*) FROM customers WHERE country = $1 AND id < $2"
    for country, limit in (("Japan", 500), ("Brazil", 1001), ("Kenya", 10), ("Atlantis", 1000)):
        want = sum(1 for g in range(1, 1001) if customer_country(g) == country and g < limit)
        check(f"count({country}, id<{limit})", await conn.fetchval(q, country, limit), want)
    rows = await conn.fetch(
        "SELECT id, name, created, balance FROM customers WHERE id = ANY($1::int[]) ORDER BY id",
        [3, 1, 999])
    check("ANY($1) ids", [r["id"] for r in rows], [1, 3, 999])
    for r in rows:
        g = r["id"]
        check(f"customer {g}", tuple(r), (g, f"customer {g}",
              dt.date(2020, 1, 1) + dt.timedelta(days=(g * 7) % 1500),
              (Decimal(g) * Decimal("37.5") % 10000).quantize(Decimal("0.01"))))
    row = await conn.fetchrow("SELECT $1::numeric * 2 AS n, $2::timestamptz AS t, $3::text[] AS a",
                              Decimal("1.25"), dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
                              ["a", None])
    check("typed params", tuple(row), (Decimal("2.50"), dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
                                       ["a", None]))
    check("fetchrow no row", await conn.fetchrow("SELECT 1 WHERE false"), None)


@section
async def all_types_binary(conn):
    st = await conn.prepare("SELECT " + ", ".join(ALL_TYPES_COLS) + " FROM all_types ORDER BY id")
    attrs = st.get_attributes()
    check("attribute names", [a.name for a in attrs], ALL_TYPES_COLS)
    check("attribute type names", [a.type.name for a in attrs], [TYPE_NAMES[c] for c in ALL_TYPES_COLS])
    rows = await st.fetch()
    compare_all_types("binary", rows, json_decoded=False)


@section
async def json_codec(conn):
    c2 = await connect()
    try:
        for t in ("json", "jsonb"):
            await c2.set_type_codec(t, encoder=json.dumps, decoder=json.loads, schema="pg_catalog")
        rows = await c2.fetch("SELECT " + ", ".join(ALL_TYPES_COLS) + " FROM all_types ORDER BY id")
        compare_all_types("json codec", rows, json_decoded=True)
        check("json param round trip", await c2.fetchval("SELECT $1::jsonb -> 'k'", {"k": [1, "x"]}),
              [1, "x"])
    finally:
        await c2.close()


@section
async def enum_and_domain(conn):
    # asyncpg looks up unknown type OIDs in pg_type (an introspection query)
    happy = sum(1 for g in range(1, ORDERS + 1) if g % 3 == 2)
    check("enum param", await conn.fetchval("SELECT count(*) FROM orders WHERE status = $1", "happy"), happy)
    st = await conn.prepare("SELECT status FROM orders WHERE status = $1 LIMIT 1")
    (param,) = st.get_parameters()
    check("enum param type", (param.name, param.kind, param.schema), ("mood", "scalar", "public"))
    check("enum value", await st.fetchval("ok"), "ok")
    labels = await conn.fetchval("SELECT enum_range(NULL::mood)")
    check("enum array", labels, ["sad", "ok", "happy"])
    check("enum array param", await conn.fetchval("SELECT $1::mood[]", ["ok", "sad"]), ["ok", "sad"])
    try:
        await conn.fetchval("SELECT $1::mood", "angry")
        failures.append("invalid enum label: no error")
    except asyncpg.PostgresError as e:
        check("invalid enum sqlstate", e.sqlstate, "22P02")
    # domain: a parameter typed positive_int is introspected down to int4
    st = await conn.prepare("SELECT $1::positive_int + 1")
    (param,) = st.get_parameters()
    check("domain param type", param.name, "int4")
    check("domain value", await st.fetchval(41), 42)
    try:
        await conn.fetchval("SELECT $1::positive_int", 0)
        failures.append("domain check: no error")
    except asyncpg.CheckViolationError as e:
        check("domain check sqlstate", e.sqlstate, "23514")
    check("domain column", await conn.fetchval("SELECT p FROM all_types WHERE id = 1"), 42)


@section
async def prepared_reuse(conn):
    st = await conn.prepare("SELECT id, customer_id, placed_at, amount, status FROM orders WHERE id = $1")
    check("prepared params", [p.name for p in st.get_parameters()], ["int8"])
    check("prepared attributes", [a.name for a in st.get_attributes()],
          ["id", "customer_id", "placed_at", "amount", "status"])
    base = dt.datetime(2021, 1, 1, tzinfo=UTC)
    for g in (1, 2, 3, 976, 977, 978, 5000, 12345, 19999, 20000):
        row = await st.fetchrow(g)
        check(f"prepared order {g}", tuple(row),
              (g, 1 + g % 1000, base + dt.timedelta(hours=g), Decimal(g % 977) * Decimal("1.25"),
               ["sad", "ok", "happy"][g % 3]))
    check("prepared fetch many", len(await st.fetch(1)), 1)
    check("prepared missing row", await st.fetchrow(0), None)
    # connection-level statement cache: the same text again reuses the statement
    for g in range(1, 8):
        check(f"cached statement {g}", await conn.fetchval("SELECT name FROM customers WHERE id = $1", g),
              f"customer {g}")


@section
async def cursor_in_transaction(conn):
    n = 0
    total = Decimal(0)
    in_order = True
    async with conn.transaction(readonly=True):
        check("in transaction", conn.is_in_transaction(), True)
        async for r in conn.cursor("SELECT id, amount FROM orders ORDER BY id", prefetch=1000):
            n += 1
            in_order = in_order and r["id"] == n
            total += r["amount"]
        check("cursor rows", n, ORDERS)
        check_true("cursor ids in order", in_order)
        check("cursor sum(amount)", total, ORDERS_SUM)
        cur = await conn.cursor("SELECT id FROM customers WHERE id > $1 ORDER BY id", 10)
        check("cursor fetch(3)", [r["id"] for r in await cur.fetch(3)], [11, 12, 13])
        check("cursor forward(87)", await cur.forward(87), 87)
        check("cursor fetchrow", (await cur.fetchrow())["id"], 101)
    check("transaction closed", conn.is_in_transaction(), False)


@section
async def errors_and_notices(conn):
    try:
        await conn.fetchval("SELECT 1/0")
        failures.append("SELECT 1/0: no error raised")
    except asyncpg.DivisionByZeroError as e:
        check("1/0 sqlstate", e.sqlstate, "22012")
        check("1/0 message", str(e), "division by zero")
    check("usable after error", await conn.fetchval("SELECT 'ok'"), "ok")
    try:
        await conn.execute("SELECT 1/0")  # simple query protocol
        failures.append("simple SELECT 1/0: no error raised")
    except asyncpg.PostgresError as e:
        check("simple 1/0 sqlstate", e.sqlstate, "22012")
    try:
        async with conn.transaction():
            await conn.fetchval("SELECT 1")
            await conn.fetchval("SELECT 1/0")
        failures.append("1/0 in transaction: no error raised")
    except asyncpg.PostgresError as e:
        check("in-transaction sqlstate", e.sqlstate, "22012")
    check("rolled back", conn.is_in_transaction(), False)
    check("usable after rollback", await conn.fetchval("SELECT 3"), 3)

    got = []
    done = asyncio.Event()

    def listener(_conn, msg):
        got.append((msg.severity, msg.message))
        done.set()

    conn.add_log_listener(listener)
    check("noisy(7)", await conn.fetchval("SELECT noisy(7)"), 7)
    try:
        await asyncio.wait_for(done.wait(), 5)
    except asyncio.TimeoutError:
        pass
    check("notice", got, [("NOTICE", "noisy 7")])
    conn.remove_log_listener(listener)


@section
async def pool(conn):
    # Concurrent sessions through a pool; releasing a connection runs asyncpg's
    # reset (pg_advisory_unlock_all, CLOSE ALL, UNLISTEN *, RESET ALL).
    p = await asyncpg.create_pool(
        host=os.environ.get("PGHOST", "127.0.0.1"), port=int(os.environ.get("PGPORT", "5432")),
        user=os.environ.get("PGUSER"), password=os.environ.get("PGPASSWORD"),
        database=os.environ.get("PGDATABASE", "askpg_test"), ssl=ssl_arg(),
        min_size=2, max_size=2, timeout=20)
    try:
        results = await asyncio.gather(*(
            p.fetchval("SELECT count(*) FROM orders WHERE customer_id = $1", c) for c in range(1, 9)))
        check("pool concurrent counts", results,
              [sum(1 for g in range(1, ORDERS + 1) if 1 + g % 1000 == c) for c in range(1, 9)])
        if expect_role:
            # the pooled connections have been reset (RESET ALL) on each release
            check("pool current_user after reset", await p.fetchval("SELECT current_user"),
                  expect_role)
    finally:
        await asyncio.wait_for(p.close(), 20)


async def main():
    global current
    timer = threading.Timer(TIMEOUT, watchdog)
    timer.daemon = True
    timer.start()
    try:
        conn = await connect()
    except Exception as e:  # noqa: BLE001
        print(f"{CLIENT}: FAIL connect (PGSSLMODE={sslmode}): {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    try:
        for fn in SECTIONS:
            current = fn.__name__
            try:
                await fn(conn)
            except Exception:  # noqa: BLE001 - report and go on
                failures.append(f"{fn.__name__} raised:\n{traceback.format_exc()}")
                if conn.is_closed():
                    conn = await connect()
    finally:
        await conn.close()
    if failures:
        for f in failures:
            print(f"{CLIENT}: FAIL {f}", file=sys.stderr)
        print(f"{CLIENT}: {len(failures)} checks failed, {passed} passed", file=sys.stderr)
        return 1
    print(f"{CLIENT}: {passed} checks passed")
    return 0


sys.exit(asyncio.run(main()))
