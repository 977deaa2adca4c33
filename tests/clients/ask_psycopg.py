#!/usr/bin/env python3
"""ASK through psycopg 3 (extended protocol): prints each statement's rows as
tab-separated lines after a `== <statement>` header, and the column names.

Reads the libpq environment (PGHOST, PGPORT, …) and the statements from argv.
"""

import sys

import psycopg

with psycopg.connect(autocommit=True) as conn:
    notices = []
    conn.add_notice_handler(lambda d: notices.append(d.message_primary))
    for statement in sys.argv[1:]:
        cur = conn.execute(statement)
        print("== " + statement.replace("\n", "\\n"))
        print("columns:", ",".join(c.name for c in cur.description))
        for row in cur.fetchall():
            print("\t".join("" if v is None else str(v) for v in row))
    # Prepared on the server, executed twice: Parse once, Bind/Execute twice.
    with conn.cursor() as cur:
        for _ in range(2):
            cur.execute(sys.argv[1], prepare=True)
            print("prepared rows:", len(cur.fetchall()))
    print("notices:", len(notices), "askpg SQL" in (notices[0] if notices else ""))
