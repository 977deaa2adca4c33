#!/usr/bin/env python3
"""Client-compatibility check for askpg: psycopg 3.

Connects with the libpq environment (PGHOST, PGPORT, PGUSER, PGPASSWORD,
PGDATABASE, PGSSLMODE) to a server loaded with tests/fixtures/fixture.sql and
only reads. Prints `psycopg: N checks passed` as its last stdout line and exits
0, or prints each failure (expected vs actual) to stderr and exits 1. With
ASKPG_EXPECT_ROLE and ASKPG_EXPECT_SESSION_USER set, it also checks current_user
and session_user.

    python3 tests/clients/psycopg_check.py
"""

import datetime as dt
import ipaddress
import logging
import os
import struct
import sys
import threading
import time
import traceback
import uuid
from decimal import Decimal

import psycopg
from psycopg import errors
from psycopg.pq import TransactionStatus
from psycopg.types.datetime import (
    DateBinaryLoader,
    DateLoader,
    TimestampBinaryLoader,
    TimestampLoader,
    TimestamptzBinaryLoader,
    TimestamptzLoader,
)

CLIENT = "psycopg"
passed = 0
failures = []


def check(what, actual, expected):
    global passed
    if actual == expected and type(actual) is type(expected):
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


current = "connect"


def watchdog():
    # a stuck relay shows up as a named failure instead of a hang
    print(f"{CLIENT}: FAIL timed out after {TIMEOUT}s in {current}", file=sys.stderr)
    sys.stderr.flush()
    os._exit(1)


TIMEOUT = float(os.environ.get("ASKPG_CLIENT_TIMEOUT", "120"))
_timer = threading.Timer(TIMEOUT, watchdog)
_timer.daemon = True
_timer.start()


def section(fn):
    """Run one group of checks; an unexpected exception is a failure of it."""
    global current
    current = fn.__name__
    try:
        fn()
    except Exception:  # noqa: BLE001 - report and go on with the next group
        failures.append(f"{fn.__name__} raised:\n{traceback.format_exc()}")
    return fn


# ---------------------------------------------------------------- fixture maths
COUNTRIES = ["Brazil", "Germany", "Japan", "France", "Kenya"]


def customer_country(g):
    return COUNTRIES[g % 5]


ORDERS = 20000
ORDERS_SUM = sum(Decimal(g % 977) * Decimal("1.25") for g in range(1, ORDERS + 1))

UTC = dt.timezone.utc
f32 = lambda x: struct.unpack("f", struct.pack("f", x))[0]  # noqa: E731

# all_types rows 1-4 as psycopg returns them with the default loaders (plus
# loaders mapping PostgreSQL's +-infinity to date/datetime max/min, which
# psycopg documents as the way to read them).
ALL_TYPES_COLS = ["id", "i2", "i4", "i8", "n", "n_typed", "f4", "f8", "t", "vc", "ch", "by",
                  "b", "d", "tm", "ts", "tstz", "iv", "u", "j", "jb", "arr_i", "arr_t", "m",
                  "p", "ip"]
EXPECTED_ROWS = {
    1: dict(id=1, i2=1, i4=100, i8=10000000000, n=Decimal("3.14159265358979323846"),
            n_typed=Decimal("12.345"), f4=1.1, f8=2.718281828459045, t="hello",
            vc="varchar", ch="ab   ", by=b"\x00\xff\x10", b=True, d=dt.date(2024, 2, 29),
            tm=dt.time(13, 45, 1, 500000), ts=dt.datetime(2024, 2, 29, 13, 45, 1, 123456),
            tstz=dt.datetime(2024, 2, 29, 12, 45, 1, 123456, tzinfo=UTC),
            # psycopg: 1 year = 365 days, 1 month = 30 days
            iv=dt.timedelta(days=365 + 2 * 30 + 3, hours=4, minutes=5, seconds=6.7),
            u=uuid.UUID("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
            j={"a": [1, 2, {"b": None}]}, jb={"z": 1, "a": "x"}, arr_i=[1, 2, None, 4],
            arr_t=["x", "y z", None], m="happy", p=42,
            ip=ipaddress.IPv4Interface("192.168.1.0/24")),
    2: dict(id=2, i2=-32768, i4=-2147483648, i8=-9223372036854775808, n=Decimal("-0.000001"),
            n_typed=Decimal("-99999.999"), f4=-3.4e38, f8=-1.7976931348623157e308, t="",
            vc="", ch="     ", by=b"", b=False, d=dt.date(1, 1, 1), tm=dt.time(0, 0),
            ts=dt.datetime(1999, 12, 31, 23, 59, 59),
            tstz=dt.datetime(1970, 1, 1, tzinfo=UTC), iv=dt.timedelta(days=-1),
            u=uuid.UUID(int=0), j=[], jb=[], arr_i=[], arr_t=[], m="sad", p=1,
            ip=ipaddress.IPv6Address("::1")),
    3: dict(id=3, i2=32767, i4=2147483647, i8=9223372036854775807, n=Decimal("NaN"),
            n_typed=Decimal("0.000"), f4=float("inf"), f8=float("-inf"),
            t="ünïcødé ✓ 日本", vc="x", ch="abcde", by=b"\xde\xad\xbe\xef", b=None,
            d=dt.date.max, tm=dt.time(23, 59, 59, 999999), ts=dt.datetime.min,
            tstz=dt.datetime.max.replace(tzinfo=UTC), iv=dt.timedelta(0),
            u=uuid.UUID("ffffffff-ffff-ffff-ffff-ffffffffffff"), j=None, jb={"n": 1.5},
            arr_i=[[1, 2], [3, 4]], arr_t=['quote"d', "back\\slash"], m="ok", p=2147483647,
            ip=ipaddress.IPv4Address("10.0.0.1")),
    4: dict({c: None for c in ALL_TYPES_COLS}, id=4),
}
# Type OIDs PostgreSQL reports in RowDescription (a domain is reported as its
# base type; the enum's OID is looked up at run time).
TYPE_OIDS = dict(id=23, i2=21, i4=23, i8=20, n=1700, n_typed=1700, f4=700, f8=701, t=25,
                 vc=1043, ch=1042, by=17, b=16, d=1082, tm=1083, ts=1114, tstz=1184, iv=1186,
                 u=2950, j=114, jb=3802, arr_i=1007, arr_t=1009, m=None, p=23, ip=869)


# Loaders for +-infinity (text and binary), registered on one cursor only.
class InfDateLoader(DateLoader):
    def load(self, data):
        if data == b"infinity":
            return dt.date.max
        if data == b"-infinity":
            return dt.date.min
        return super().load(data)


class InfDateBinaryLoader(DateBinaryLoader):
    def load(self, data):
        (v,) = struct.unpack("!i", data)
        if v == 2**31 - 1:
            return dt.date.max
        if v == -(2**31):
            return dt.date.min
        return super().load(data)


class InfTimestampLoader(TimestampLoader):
    def load(self, data):
        if data == b"infinity":
            return dt.datetime.max
        if data == b"-infinity":
            return dt.datetime.min
        return super().load(data)


class InfTimestampBinaryLoader(TimestampBinaryLoader):
    def load(self, data):
        (v,) = struct.unpack("!q", data)
        if v == 2**63 - 1:
            return dt.datetime.max
        if v == -(2**63):
            return dt.datetime.min
        return super().load(data)


class InfTimestamptzLoader(TimestamptzLoader):
    def load(self, data):
        if data == b"infinity":
            return dt.datetime.max.replace(tzinfo=UTC)
        if data == b"-infinity":
            return dt.datetime.min.replace(tzinfo=UTC)
        return super().load(data)


class InfTimestamptzBinaryLoader(TimestamptzBinaryLoader):
    def load(self, data):
        (v,) = struct.unpack("!q", data)
        if v == 2**63 - 1:
            return dt.datetime.max.replace(tzinfo=UTC)
        if v == -(2**63):
            return dt.datetime.min.replace(tzinfo=UTC)
        return super().load(data)


def register_infinity_loaders(ctx):
    for name, text, binary in (("date", InfDateLoader, InfDateBinaryLoader),
                               ("timestamp", InfTimestampLoader, InfTimestampBinaryLoader),
                               ("timestamptz", InfTimestamptzLoader, InfTimestamptzBinaryLoader)):
        ctx.adapters.register_loader(name, text)
        ctx.adapters.register_loader(name, binary)


def compare_value(what, col, actual, expected, binary):
    if col == "f4" and isinstance(expected, float) and isinstance(actual, float):
        # text gives the shortest decimal (1.1), binary the float32 widened to a double
        check(what, f32(actual), f32(expected))
    elif col == "n" and isinstance(expected, Decimal) and expected.is_nan():
        check_true(what, isinstance(actual, Decimal) and actual.is_nan(), f"expected NaN, got {actual!r}")
    elif col == "m" and binary and expected is not None:
        # an enum psycopg doesn't know arrives in binary as raw bytes
        check(what, actual, expected.encode())
    elif col == "tstz" and isinstance(expected, dt.datetime) and isinstance(actual, dt.datetime):
        check(what, actual, expected)
        check_true(what + " is tz-aware", actual.tzinfo is not None, repr(actual))
    else:
        check(what, actual, expected)


# ---------------------------------------------------------------- the checks
sslmode = os.environ.get("PGSSLMODE", "prefer")
# The role the session's statements run as (current_user) and its login role upstream
# (session_user), when the caller knows them. With a role taken by SET ROLE they differ,
# and pg_stat_activity hides the login role's queries from current_user.
expect_role = os.environ.get("ASKPG_EXPECT_ROLE")
expect_session_user = os.environ.get("ASKPG_EXPECT_SESSION_USER")
queries_visible = not (expect_role and expect_session_user and expect_role != expect_session_user)
try:
    conn = psycopg.connect(application_name="askpg-psycopg-check", autocommit=True, connect_timeout=20)
except psycopg.Error as e:
    print(f"{CLIENT}: FAIL connect (PGSSLMODE={sslmode}): {e}", file=sys.stderr)
    sys.exit(1)
notices = []
conn.add_notice_handler(lambda diag: notices.append((diag.severity, diag.message_primary)))


@section
def connection_basics():
    check("ssl in use", conn.pgconn.ssl_in_use, sslmode != "disable")
    check("transaction status idle", conn.info.transaction_status, TransactionStatus.IDLE)
    ver = conn.execute("SHOW server_version").fetchone()[0]
    check_true("SHOW server_version non-empty", isinstance(ver, str) and ver.strip() != "", repr(ver))
    ps = conn.info.parameter_status("server_version")
    check_true("ParameterStatus server_version", bool(ps), repr(ps))
    check_true("server_version number", conn.info.server_version >= 100000, repr(conn.info.server_version))
    check("ParameterStatus client_encoding", conn.info.parameter_status("client_encoding"), "UTF8")
    check("current_database()", conn.execute("SELECT current_database()").fetchone()[0],
          os.environ.get("PGDATABASE", "askpg_test"))
    check("simple select", conn.execute("SELECT 1, 'two', NULL::int").fetchone(), (1, "two", None))
    if expect_role:
        check("current_user", conn.execute("SELECT current_user").fetchone()[0], expect_role)
    if expect_session_user:
        check("session_user", conn.execute("SELECT session_user").fetchone()[0],
              expect_session_user)


@section
def server_side_binding():
    cur = conn.cursor()
    q = "SELECT count(*) FROM customers WHERE country = %s AND id < %s"
    for country, limit in (("Japan", 500), ("Brazil", 1001), ("Kenya", 10), ("Atlantis", 1000)):
        want = sum(1 for g in range(1, 1001) if customer_country(g) == country and g < limit)
        cur.execute(q, (country, limit))
        check(f"count({country}, id<{limit})", cur.fetchone()[0], want)
    # The same query more than prepare_threshold (5) times: psycopg switches to
    # a named server-side prepared statement.
    for g in range(1, 11):
        cur.execute("SELECT id, name, country, created, balance FROM customers WHERE id = %s", (g,))
        row = cur.fetchone()
        want = (g, f"customer {g}", customer_country(g),
                dt.date(2020, 1, 1) + dt.timedelta(days=(g * 7) % 1500),
                (Decimal(g) * Decimal("37.5") % 10000).quantize(Decimal("0.01")))
        check(f"customer {g} (execution {g} of a repeated statement)", row, want)
    cur.execute("SELECT %s::int + 1, %s::text || 'x', %s::numeric * 2", (41, "ab", Decimal("1.25")))
    check("typed params", cur.fetchone(), (42, "abx", Decimal("2.50")))
    cur.execute("SELECT %s, %s", (None, dt.date(2024, 2, 29)))
    check("null and date params", cur.fetchone(), (None, dt.date(2024, 2, 29)))
    cur.execute("SELECT id FROM orders WHERE status = %s::mood AND id <= %s ORDER BY id", ("ok", 10))
    check("enum param", [r[0] for r in cur.fetchall()], [g for g in range(1, 11) if g % 3 == 1])
    # explicit prepare=True: Parse once, Bind/Execute twice
    for g in (7, 8):
        cur.execute("SELECT name FROM customers WHERE id = %s", (g,), prepare=True)
        check(f"prepare=True id {g}", cur.fetchone()[0], f"customer {g}")


def mood_oid():
    return conn.execute("SELECT 'mood'::regtype::oid").fetchone()[0]


def all_types_pass(binary):
    label = "binary" if binary else "text"
    oid_mood = mood_oid()
    cur = conn.cursor(binary=binary)
    register_infinity_loaders(cur)
    cur.execute("SELECT " + ", ".join(ALL_TYPES_COLS) + " FROM all_types ORDER BY id")
    # description is there before any fetch
    desc = cur.description
    check(f"{label} description names", [d.name for d in desc], ALL_TYPES_COLS)
    want_oids = [oid_mood if c == "m" else TYPE_OIDS[c] for c in ALL_TYPES_COLS]
    check(f"{label} description type codes", [d.type_code for d in desc], want_oids)
    by_name = {d.name: d for d in desc}
    check(f"{label} numeric(10,3) precision/scale",
          (by_name["n_typed"].precision, by_name["n_typed"].scale), (10, 3))
    check(f"{label} varchar(20) display_size", by_name["vc"].display_size, 20)
    check(f"{label} char(5) display_size", by_name["ch"].display_size, 5)
    check(f"{label} rowcount", cur.rowcount, 4)
    rows = cur.fetchall()
    check(f"{label} row count", len(rows), 4)
    for row in rows:
        want = EXPECTED_ROWS.get(row[0])
        if want is None:
            failures.append(f"{label}: unexpected all_types row {row!r}")
            continue
        for col, val in zip(ALL_TYPES_COLS, row):
            compare_value(f"{label} all_types[{row[0]}].{col}", col, val, want[col], binary)
    return cur


@section
def all_types_text():
    all_types_pass(False)
    # psycopg's default date loader refuses 'infinity' with a client-side
    # DataError; the connection stays usable.
    try:
        conn.execute("SELECT d FROM all_types WHERE id = 3").fetchone()
        failures.append("default loader: expected DataError for date 'infinity'")
    except psycopg.DataError:
        check_true("default loader refuses infinity date", True)
    check("usable after DataError", conn.execute("SELECT 2").fetchone()[0], 2)


@section
def all_types_binary():
    all_types_pass(True)
    # with the enum registered, binary mood values load as a Python Enum
    from psycopg.types.enum import EnumInfo, register_enum

    info = EnumInfo.fetch(conn, "mood")
    check_true("EnumInfo.fetch(mood)", info is not None, "no type info for mood")
    check("enum labels", list(info.labels), ["sad", "ok", "happy"])
    cur = conn.cursor(binary=True)
    register_enum(info, cur)
    cur.execute("SELECT m FROM all_types ORDER BY id")
    check("registered enum values", [r[0].name if r[0] is not None else None for r in cur],
          ["happy", "sad", "ok", None])
    # a domain is reported as its base type: plain ints
    cur.execute("SELECT p, p + 1 FROM all_types WHERE id = 1")
    check("domain value", cur.fetchone(), (42, 43))


@section
def named_cursor():
    with psycopg.connect(application_name="askpg-psycopg-cursor") as c2:  # autocommit off
        with c2.transaction():
            cur = c2.cursor(name="askpg_orders_cur")
            cur.itersize = 500
            cur.execute("SELECT id, amount, status FROM orders ORDER BY id")
            check("named cursor description", [d.name for d in cur.description],
                  ["id", "amount", "status"])
            n = 0
            total = Decimal(0)
            ids_ok = True
            for n, (oid, amount, _status) in enumerate(cur, start=1):
                ids_ok = ids_ok and oid == n
                total += amount
            check("named cursor rows", n, ORDERS)
            check_true("named cursor ids in order", ids_ok)
            check("named cursor sum(amount)", total, ORDERS_SUM)
            cur.close()
            # fetchmany / scroll on a second named cursor
            cur = c2.cursor(name="askpg_cust_cur", scrollable=True)
            cur.execute("SELECT id FROM customers ORDER BY id")
            check("fetchmany(3)", [r[0] for r in cur.fetchmany(3)], [1, 2, 3])
            cur.scroll(100, mode="absolute")
            check("scroll absolute 100 then fetchone", cur.fetchone()[0], 101)
            cur.close()
        check("after transaction idle", c2.info.transaction_status, TransactionStatus.IDLE)


@section
def named_cursor_with_hold():
    # cursor(name, withhold=True) sends DECLARE ... CURSOR WITH HOLD: the cursor outlives
    # the transaction that declared it
    with psycopg.connect(application_name="askpg-psycopg-withhold") as c2:  # autocommit off
        with c2.transaction():
            cur = c2.cursor(name="askpg_held_cur", withhold=True)
            cur.execute("SELECT id FROM customers WHERE id > %s ORDER BY id", (10,))
            check("held cursor rows in its transaction", [r[0] for r in cur.fetchmany(3)], [11, 12, 13])
        check("held cursor rows after commit", [r[0] for r in cur.fetchmany(2)], [14, 15])
        check("held cursor rest", len(cur.fetchall()), 1000 - 15)
        cur.close()
        c2.commit()
        check("after held cursor idle", c2.info.transaction_status, TransactionStatus.IDLE)


@section
def division_by_zero():
    try:
        conn.execute("SELECT 1/0")
        failures.append("SELECT 1/0: no error raised")
    except errors.DivisionByZero as e:
        check("1/0 sqlstate", e.sqlstate, "22012")
        check("1/0 message", e.diag.message_primary, "division by zero")
        check("1/0 severity", e.diag.severity_nonlocalized, "ERROR")
    check("autocommit conn usable after error", conn.execute("SELECT 'ok'").fetchone()[0], "ok")
    # the same inside a transaction: the transaction is aborted until rollback
    with psycopg.connect() as c2:
        c2.execute("SELECT 1")
        try:
            c2.execute("SELECT 1/0")
            failures.append("SELECT 1/0 in transaction: no error raised")
        except psycopg.Error as e:
            check("in-transaction sqlstate", e.sqlstate, "22012")
        check("transaction status after error", c2.info.transaction_status, TransactionStatus.INERROR)
        try:
            c2.execute("SELECT 1")
            failures.append("query in aborted transaction: no error raised")
        except errors.InFailedSqlTransaction as e:
            check("aborted transaction sqlstate", e.sqlstate, "25P02")
        c2.rollback()
        check("usable after rollback", c2.execute("SELECT 3").fetchone()[0], 3)
    # undefined table and a syntax error keep their SQLSTATEs too
    for q, state in (("SELECT * FROM no_such_table", "42P01"), ("SELEC 1", "42601")):
        try:
            conn.execute(q)
            failures.append(f"{q}: no error raised")
        except psycopg.Error as e:
            check(f"{q!r} sqlstate", e.sqlstate, state)
    check("usable after more errors", conn.execute("SELECT 4").fetchone()[0], 4)


@section
def notices_relayed():
    notices.clear()
    check("SELECT noisy(7)", conn.execute("SELECT noisy(7)").fetchone()[0], 7)
    check("notice received", notices, [("NOTICE", "noisy 7")])
    notices.clear()
    cur = conn.execute("SELECT noisy(g) FROM generate_series(1, 3) g")
    check("noisy over 3 rows", [r[0] for r in cur], [1, 2, 3])
    check("three notices", notices, [("NOTICE", f"noisy {i}") for i in (1, 2, 3)])


@section
def pipeline_mode():
    if not psycopg.Pipeline.is_supported():
        print(f"{CLIENT}: pipeline mode not supported by this libpq; skipped", file=sys.stderr)
        return
    with conn.pipeline() as p:
        c1 = conn.execute("SELECT count(*) FROM orders WHERE customer_id = %s", (5,))
        c2 = conn.execute("SELECT name FROM customers WHERE id = %s", (42,))
        c3 = conn.execute("SELECT sum(amount) FROM orders")
        p.sync()
        check("pipeline count", c1.fetchone()[0], sum(1 for g in range(1, ORDERS + 1) if 1 + g % 1000 == 5))
        check("pipeline name", c2.fetchone()[0], "customer 42")
        check("pipeline sum", c3.fetchone()[0], ORDERS_SUM)
    # an error inside a pipeline aborts the rest of it up to the sync
    # (psycopg logs a warning about the aborted pipeline while unwinding: mute it)
    log = logging.getLogger("psycopg")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        with conn.pipeline():
            conn.execute("SELECT 1")
            conn.execute("SELECT 1/0")
            conn.execute("SELECT 2")
        failures.append("pipeline with 1/0: no error raised")
    except psycopg.Error as e:
        check("pipeline error sqlstate", e.sqlstate, "22012")
    finally:
        log.setLevel(level)
    check("usable after pipeline error", conn.execute("SELECT 5").fetchone()[0], 5)


# Named for this process, so that the same check run at the same time by another test
# against the same cluster (another role, another client) is not counted as this one.
LONG_QUERY = (
    f"SELECT count(*) AS n{os.getpid()} FROM orders a, orders b, generate_series(1, 12) g"
)


@section
def cancel_safe():
    # cancel_safe() (psycopg's Ctrl-C path) sends the CancelRequest on a connection of its
    # own, encrypted like the session (libpq 17+): it must end with close_notify, or libpq
    # reports "SSL error: unexpected eof while reading".
    with psycopg.connect(application_name="askpg-psycopg-cancel", autocommit=True) as c2:
        outcome = {}

        def run():
            try:
                c2.execute(LONG_QUERY)
                outcome["error"] = None
            except psycopg.Error as e:
                outcome["error"] = e

        if queries_visible:
            running = ("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query = %s",
                       (LONG_QUERY,))
        else:
            # c2's row shows no query to current_user; its running statement shows as the
            # virtualxid lock its transaction holds
            hidden = conn.execute("SELECT state, query FROM pg_stat_activity "
                                  "WHERE application_name = 'askpg-psycopg-cancel'").fetchall()
            check("query hidden from current_user", hidden, [(None, "<insufficient privilege>")])
            running = ("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
                       "WHERE a.application_name = 'askpg-psycopg-cancel' "
                       "AND l.locktype = 'virtualxid' AND l.granted", ())
        worker = threading.Thread(target=run)
        worker.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            active = conn.execute(*running).fetchone()[0]
            if active:
                break
            time.sleep(0.02)
        check_true("long query running before the cancel", active == 1, f"{active} active")
        try:
            c2.cancel_safe(timeout=10)
            check_true("cancel_safe raised nothing", True)
        except psycopg.Error as e:
            failures.append(f"cancel_safe raised {type(e).__name__}: {e}")
        worker.join(30)
        check_true("cancelled query ended", not worker.is_alive())
        error = outcome.get("error")
        check("cancelled query error", type(error), errors.QueryCanceled)
        check("usable after cancel", c2.execute("SELECT 6").fetchone()[0], 6)


conn.close()

if failures:
    for f in failures:
        print(f"{CLIENT}: FAIL {f}", file=sys.stderr)
    print(f"{CLIENT}: {len(failures)} checks failed, {passed} passed", file=sys.stderr)
    sys.exit(1)
print(f"{CLIENT}: {passed} checks passed")
