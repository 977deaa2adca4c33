// Client-compatibility check for askpg: pgJDBC (Debian's libpostgresql-jdbc-java).
//
// Uses PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE and PGSSLMODE (require:
// TLS through NonValidatingFactory; disable: plain TCP) against a server loaded
// with tests/fixtures/fixture.sql, and only reads. Prints
// `jdbc: N checks passed` as its last stdout line and exits 0, or prints each
// failure (expected vs actual) to stderr and exits 1. With ASKPG_EXPECT_ROLE
// and ASKPG_EXPECT_SESSION_USER set, it also checks current_user and session_user.
//
//   java -cp /usr/share/java/postgresql.jar tests/clients/JdbcCheck.java
//
// (Java 11+ single-file source launch; needs a JDK's jdk.compiler module.)

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

public class JdbcCheck {
    static final String CLIENT = "jdbc";
    static int passed = 0;
    static final List<String> failures = new ArrayList<>();
    static volatile String current = "connect";

    static void check(String what, Object actual, Object expected) {
        boolean ok;
        if (actual instanceof BigDecimal && expected instanceof BigDecimal) {
            ok = ((BigDecimal) actual).compareTo((BigDecimal) expected) == 0
                    && ((BigDecimal) actual).scale() == ((BigDecimal) expected).scale();
        } else {
            ok = Objects.deepEquals(actual, expected);
        }
        if (ok) {
            passed++;
        } else {
            failures.add(what + ": expected " + show(expected) + ", got " + show(actual));
        }
    }

    static void checkTrue(String what, boolean cond, String detail) {
        if (cond) passed++;
        else failures.add(what + ": " + detail);
    }

    static String show(Object o) {
        if (o == null) return "null";
        if (o instanceof Object[]) return Arrays.deepToString((Object[]) o);
        if (o instanceof byte[]) return Arrays.toString((byte[]) o);
        if (o instanceof int[]) return Arrays.toString((int[]) o);
        return o + " (" + o.getClass().getSimpleName() + ")";
    }

    interface Section {
        void run(Connection c) throws Exception;
    }

    // ------------------------------------------------------------ fixture maths
    static final String[] COUNTRIES = {"Brazil", "Germany", "Japan", "France", "Kenya"};
    static final String[] MOODS = {"sad", "ok", "happy"};
    static final int ORDERS = 20000;

    static BigDecimal amount(long g) {
        return BigDecimal.valueOf(g % 977).multiply(new BigDecimal("1.25"));
    }

    static BigDecimal ordersSum() {
        BigDecimal s = BigDecimal.ZERO;
        for (long g = 1; g <= ORDERS; g++) s = s.add(amount(g));
        return s;
    }

    static LocalDate customerCreated(long c) {
        return LocalDate.of(2020, 1, 1).plusDays((c * 7) % 1500);
    }

    static BigDecimal customerBalance(long c) {
        return BigDecimal.valueOf(c).multiply(new BigDecimal("37.5"))
                .remainder(BigDecimal.valueOf(10000)).setScale(2);
    }

    // ------------------------------------------------------------ the checks
    static void metadata(Connection c) throws Exception {
        // The role the session's statements run as (current_user) and its login role
        // upstream (session_user), when the caller knows them.
        String[][] identity = {
            {"current_user", System.getenv("ASKPG_EXPECT_ROLE")},
            {"session_user", System.getenv("ASKPG_EXPECT_SESSION_USER")},
        };
        for (String[] expected : identity) {
            if (expected[1] == null) continue;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + expected[0])) {
                rs.next();
                check(expected[0], rs.getString(1), expected[1]);
            }
        }
        DatabaseMetaData md = c.getMetaData();
        checkTrue("database product", "PostgreSQL".equals(md.getDatabaseProductName()),
                md.getDatabaseProductName());
        checkTrue("database version", md.getDatabaseMajorVersion() >= 10,
                md.getDatabaseProductVersion());
        TreeMap<String, String> tables = new TreeMap<>();
        try (ResultSet rs = md.getTables(null, "public", "%", new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) tables.put(rs.getString("TABLE_NAME"), rs.getString("TABLE_TYPE"));
        }
        TreeMap<String, String> want = new TreeMap<>();
        want.put("all_types", "TABLE");
        want.put("customer_totals", "VIEW");
        want.put("customers", "TABLE");
        want.put("orders", "TABLE");
        check("getTables(public, TABLE/VIEW)", tables, want);
        try (ResultSet rs = md.getTables(null, "public", "customers", null)) {
            checkTrue("getTables(customers)", rs.next(), "no row");
            check("customers REMARKS", rs.getString("REMARKS"), "People and companies that buy from us");
        }
        List<String> cols = new ArrayList<>();
        try (ResultSet rs = md.getColumns(null, "public", "customers", "%")) {
            while (rs.next()) {
                cols.add(rs.getInt("ORDINAL_POSITION") + ":" + rs.getString("COLUMN_NAME") + ":"
                        + rs.getInt("DATA_TYPE") + ":" + rs.getString("TYPE_NAME") + ":"
                        + rs.getString("IS_NULLABLE"));
                if (rs.getString("COLUMN_NAME").equals("balance")) {
                    check("balance COLUMN_SIZE", rs.getInt("COLUMN_SIZE"), 12);
                    check("balance DECIMAL_DIGITS", rs.getInt("DECIMAL_DIGITS"), 2);
                }
                if (rs.getString("COLUMN_NAME").equals("country")) {
                    check("country REMARKS", rs.getString("REMARKS"), "Billing country");
                }
            }
        }
        check("getColumns(customers)", cols, List.of(
                "1:id:" + Types.INTEGER + ":int4:NO",
                "2:name:" + Types.VARCHAR + ":text:NO",
                "3:country:" + Types.VARCHAR + ":text:NO",
                "4:created:" + Types.DATE + ":date:NO",
                "5:balance:" + Types.NUMERIC + ":numeric:NO"));
        List<String> pk = new ArrayList<>();
        try (ResultSet rs = md.getPrimaryKeys(null, "public", "orders")) {
            while (rs.next()) pk.add(rs.getString("COLUMN_NAME"));
        }
        check("getPrimaryKeys(orders)", pk, List.of("id"));
    }

    static void preparedStatement(Connection c) throws Exception {
        String sql = "SELECT o.id, o.customer_id, o.placed_at, o.amount, o.status, c.created, c.balance, c.name "
                + "FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?";
        long[] ids = {1, 2, 976, 977, 978, 1000, 5000, 12345, 19999, 20000};
        OffsetDateTime base = OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            org.postgresql.PGStatement pg = ps.unwrap(org.postgresql.PGStatement.class);
            check("prepareThreshold", pg.getPrepareThreshold(), 5);
            for (int i = 0; i < ids.length; i++) {
                long g = ids[i];
                String label = "execution " + (i + 1) + " (order " + g + ")";
                ps.setLong(1, g);
                try (ResultSet rs = ps.executeQuery()) {
                    checkTrue(label + " has a row", rs.next(), "no row");
                    long cust = 1 + g % 1000;
                    check(label + " id", rs.getLong(1), g);
                    check(label + " customer_id", rs.getInt(2), (int) cust);
                    check(label + " placed_at", rs.getObject(3, OffsetDateTime.class)
                            .withOffsetSameInstant(ZoneOffset.UTC), base.plusHours(g));
                    check(label + " placed_at instant", rs.getTimestamp(3).toInstant(),
                            base.plusHours(g).toInstant());
                    check(label + " amount", rs.getBigDecimal(4), amount(g));
                    check(label + " status", rs.getString(5), MOODS[(int) (g % 3)]);
                    check(label + " created", rs.getObject(6, LocalDate.class), customerCreated(cust));
                    check(label + " created (java.sql.Date)", rs.getDate(6).toLocalDate(), customerCreated(cust));
                    check(label + " balance", rs.getBigDecimal(7), customerBalance(cust));
                    check(label + " name", rs.getString(8), "customer " + cust);
                    checkTrue(label + " single row", !rs.next(), "more than one row");
                }
                if (i + 1 >= 5) {
                    // from the threshold on, pgJDBC uses a named server statement
                    // (and binary transfer for the types it supports)
                    checkTrue(label + " uses server prepare", pg.isUseServerPrepare(),
                            "isUseServerPrepare() is false");
                }
            }
        }
        // a second statement with more types, also past the threshold
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, i8, n_typed, f8, d, ts, tstz, u FROM all_types WHERE id = ?")) {
            for (int i = 0; i < 7; i++) {
                ps.setInt(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    String label = "all_types[1] execution " + (i + 1);
                    check(label + " i8", rs.getLong(2), 10000000000L);
                    check(label + " n_typed", rs.getBigDecimal(3), new BigDecimal("12.345"));
                    check(label + " f8", rs.getDouble(4), 2.718281828459045);
                    check(label + " d", rs.getObject(5, LocalDate.class), LocalDate.of(2024, 2, 29));
                    check(label + " ts", rs.getObject(6, LocalDateTime.class),
                            LocalDateTime.of(2024, 2, 29, 13, 45, 1, 123456000));
                    check(label + " tstz", rs.getObject(7, OffsetDateTime.class).toInstant(),
                            OffsetDateTime.of(2024, 2, 29, 13, 45, 1, 123456000, ZoneOffset.ofHours(1)).toInstant());
                    check(label + " uuid", rs.getObject(8), UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"));
                }
            }
        }
        // parameters of several types
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM customers WHERE country = ? AND id < ? AND created >= ?")) {
            ps.setString(1, "Japan");
            ps.setInt(2, 500);
            ps.setObject(3, LocalDate.of(2020, 1, 1));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long want = 0;
                for (int g = 1; g < 500; g++) if (COUNTRIES[g % 5].equals("Japan")) want++;
                check("count(Japan, id<500)", rs.getLong(1), want);
            }
        }
    }

    static void fetchSizeCursor(Connection c) throws Exception {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.setFetchSize(500);
            long n = 0;
            BigDecimal sum = BigDecimal.ZERO;
            boolean inOrder = true;
            try (ResultSet rs = st.executeQuery("SELECT id, amount FROM orders ORDER BY id")) {
                while (rs.next()) {
                    n++;
                    inOrder &= rs.getLong(1) == n;
                    sum = sum.add(rs.getBigDecimal(2));
                }
            }
            check("fetchSize cursor rows", n, (long) ORDERS);
            checkTrue("fetchSize cursor ids in order", inOrder, "ids out of order");
            check("fetchSize cursor sum(amount)", sum, ordersSum());
        }
        c.commit();
        c.setAutoCommit(true);
    }

    static void readOnly(Connection c) throws Exception {
        c.setReadOnly(true);
        check("isReadOnly", c.isReadOnly(), true);
        c.setAutoCommit(false); // read-only and not autocommit: pgJDBC opens transactions with BEGIN READ ONLY
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), current_setting('transaction_read_only') FROM customer_totals")) {
            rs.next();
            check("read-only query", rs.getLong(1), 1000L);
            check("transaction_read_only", rs.getString(2), "on");
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT orders, total FROM customer_totals WHERE id = 7")) {
            rs.next();
            long cnt = 0;
            BigDecimal tot = BigDecimal.ZERO;
            for (long g = 1; g <= ORDERS; g++) {
                if (1 + g % 1000 == 7) {
                    cnt++;
                    tot = tot.add(amount(g));
                }
            }
            check("view row orders", rs.getLong(1), cnt);
            check("view row total", rs.getBigDecimal(2), tot);
        }
        c.setReadOnly(false);
    }

    static void resultSetMetaData(Connection c) throws Exception {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM all_types ORDER BY id")) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> got = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                got.add(md.getColumnName(i) + ":" + md.getColumnType(i) + ":" + md.getColumnTypeName(i));
            }
            check("all_types column types", got, List.of(
                    "id:" + Types.INTEGER + ":int4", "i2:" + Types.SMALLINT + ":int2",
                    "i4:" + Types.INTEGER + ":int4", "i8:" + Types.BIGINT + ":int8",
                    "n:" + Types.NUMERIC + ":numeric", "n_typed:" + Types.NUMERIC + ":numeric",
                    "f4:" + Types.REAL + ":float4", "f8:" + Types.DOUBLE + ":float8",
                    "t:" + Types.VARCHAR + ":text", "vc:" + Types.VARCHAR + ":varchar",
                    "ch:" + Types.CHAR + ":bpchar", "by:" + Types.BINARY + ":bytea",
                    "b:" + Types.BIT + ":bool", "d:" + Types.DATE + ":date",
                    "tm:" + Types.TIME + ":time", "ts:" + Types.TIMESTAMP + ":timestamp",
                    "tstz:" + Types.TIMESTAMP + ":timestamptz", "iv:" + Types.OTHER + ":interval",
                    "u:" + Types.OTHER + ":uuid", "j:" + Types.OTHER + ":json",
                    "jb:" + Types.OTHER + ":jsonb", "arr_i:" + Types.ARRAY + ":_int4",
                    "arr_t:" + Types.ARRAY + ":_text", "m:" + Types.VARCHAR + ":mood",
                    "p:" + Types.INTEGER + ":int4", "ip:" + Types.OTHER + ":inet"));
            check("n_typed precision/scale", md.getPrecision(6) + "/" + md.getScale(6), "10/3");
            check("vc precision", md.getPrecision(10), 20);
            // needs the table OID and column number from RowDescription
            check("id isNullable", md.isNullable(1), ResultSetMetaData.columnNoNulls);
            check("i2 isNullable", md.isNullable(2), ResultSetMetaData.columnNullable);
            check("base table name", md.unwrap(org.postgresql.PGResultSetMetaData.class).getBaseTableName(1), "all_types");

            checkTrue("row 1", rs.next(), "no row 1");
            check("row1 i2", rs.getObject("i2"), 1);
            check("row1 i8", rs.getObject("i8"), 10000000000L);
            check("row1 n", rs.getBigDecimal("n"), new BigDecimal("3.14159265358979323846"));
            check("row1 f4", rs.getFloat("f4"), 1.1f);
            check("row1 ch", rs.getString("ch"), "ab   ");
            check("row1 by", rs.getBytes("by"), new byte[] {0, (byte) 0xff, 0x10});
            check("row1 b", rs.getObject("b"), Boolean.TRUE);
            check("row1 tm", rs.getObject("tm", java.time.LocalTime.class), java.time.LocalTime.of(13, 45, 1, 500000000));
            check("row1 arr_i", rs.getArray("arr_i").getArray(), new Integer[] {1, 2, null, 4});
            check("row1 arr_t", rs.getArray("arr_t").getArray(), new String[] {"x", "y z", null});
            check("row1 m", rs.getString("m"), "happy");
            check("row1 p", rs.getInt("p"), 42);
            check("row1 ip", rs.getString("ip"), "192.168.1.0/24");
            check("row1 jb", rs.getString("jb"), "{\"a\": \"x\", \"z\": 1}");
            org.postgresql.util.PGInterval iv = (org.postgresql.util.PGInterval) rs.getObject("iv");
            check("row1 iv", iv.getYears() + "y" + iv.getMonths() + "m" + iv.getDays() + "d" + iv.getHours()
                    + "h" + iv.getMinutes() + "m" + iv.getSeconds() + "s", "1y2m3d4h5m6.7s");
            checkTrue("row 2", rs.next(), "no row 2");
            check("row2 i8", rs.getLong("i8"), Long.MIN_VALUE);
            check("row2 d", rs.getObject("d", LocalDate.class), LocalDate.of(1, 1, 1));
            check("row2 tstz", rs.getObject("tstz", OffsetDateTime.class).toInstant(), java.time.Instant.EPOCH);
            checkTrue("row 3", rs.next(), "no row 3");
            check("row3 t", rs.getString("t"), "ünïcødé ✓ 日本");
            check("row3 n", rs.getString("n"), "NaN");
            check("row3 f4", rs.getFloat("f4"), Float.POSITIVE_INFINITY);
            check("row3 d", rs.getObject("d", LocalDate.class), LocalDate.MAX);
            check("row3 tstz", rs.getObject("tstz", OffsetDateTime.class), OffsetDateTime.MAX);
            check("row3 b", rs.getObject("b"), null);
            checkTrue("row 4", rs.next(), "no row 4");
            rs.getInt("i4");
            check("row4 i4 wasNull", rs.wasNull(), true);
            checkTrue("no row 5", !rs.next(), "more than 4 rows");
        }
    }

    static void errors(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT 1/0");
            failures.add("SELECT 1/0: no SQLException");
        } catch (SQLException e) {
            check("1/0 SQLState", e.getSQLState(), "22012");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1/?")) {
            ps.setInt(1, 0);
            ps.executeQuery();
            failures.add("SELECT 1/? with 0: no SQLException");
        } catch (SQLException e) {
            check("prepared 1/0 SQLState", e.getSQLState(), "22012");
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 'ok'")) {
            rs.next();
            check("usable after error", rs.getString(1), "ok");
        }
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT 1").close();
            try {
                st.executeQuery("SELECT 1/0");
                failures.add("1/0 in transaction: no SQLException");
            } catch (SQLException e) {
                check("in-transaction SQLState", e.getSQLState(), "22012");
            }
            try {
                st.executeQuery("SELECT 1");
                failures.add("query in aborted transaction: no SQLException");
            } catch (SQLException e) {
                check("aborted transaction SQLState", e.getSQLState(), "25P02");
            }
        }
        c.rollback();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT noisy(7)")) {
            rs.next();
            check("noisy(7)", rs.getInt(1), 7);
            java.sql.SQLWarning w = st.getWarnings();
            checkTrue("notice as SQLWarning", w != null, "no warning");
            if (w != null) {
                check("notice message", w.getMessage(), "noisy 7");
                check("notice SQLState", w.getSQLState(), "00000");
            }
        }
    }

    public static void main(String[] args) {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("PGPORT", "5432");
        String db = System.getenv().getOrDefault("PGDATABASE", "askpg_test");
        String sslmode = System.getenv().getOrDefault("PGSSLMODE", "prefer");
        if (host.contains(":")) host = "[" + host + "]";
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + db + "?"
                + ("disable".equals(sslmode) ? "sslmode=disable"
                        : "ssl=true&sslmode=require&sslfactory=org.postgresql.ssl.NonValidatingFactory")
                + "&connectTimeout=20&socketTimeout=60&ApplicationName=askpg-jdbc-check";
        Properties props = new Properties();
        props.setProperty("user", System.getenv().getOrDefault("PGUSER", "postgres"));
        if (System.getenv("PGPASSWORD") != null) props.setProperty("password", System.getenv("PGPASSWORD"));

        long timeout = Long.parseLong(System.getenv().getOrDefault("ASKPG_CLIENT_TIMEOUT", "120"));
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(timeout * 1000);
            } catch (InterruptedException e) {
                return;
            }
            // a stuck relay shows up as a named failure instead of a hang
            System.err.println(CLIENT + ": FAIL timed out after " + timeout + "s in " + current);
            System.exit(1);
        });
        watchdog.setDaemon(true);
        watchdog.start();

        Connection c;
        try {
            c = DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            System.err.println(CLIENT + ": FAIL connect to " + url + ": " + e);
            System.exit(1);
            return;
        }
        Object[][] sections = {
            {"metadata", (Section) JdbcCheck::metadata},
            {"preparedStatement", (Section) JdbcCheck::preparedStatement},
            {"fetchSizeCursor", (Section) JdbcCheck::fetchSizeCursor},
            {"readOnly", (Section) JdbcCheck::readOnly},
            {"resultSetMetaData", (Section) JdbcCheck::resultSetMetaData},
            {"errors", (Section) JdbcCheck::errors},
        };
        for (Object[] s : sections) {
            current = (String) s[0];
            try {
                ((Section) s[1]).run(c);
            } catch (Exception e) {
                java.io.StringWriter sw = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(sw));
                failures.add(s[0] + " threw: " + sw);
                try {
                    if (!c.getAutoCommit()) c.rollback();
                    c.setAutoCommit(true);
                    c.setReadOnly(false);
                } catch (SQLException ignored) {
                    // the next section reports whatever is still wrong
                }
            }
        }
        try {
            c.close();
        } catch (SQLException e) {
            failures.add("close: " + e);
        }
        if (!failures.isEmpty()) {
            for (String f : failures) System.err.println(CLIENT + ": FAIL " + f);
            System.err.println(CLIENT + ": " + failures.size() + " checks failed, " + passed + " passed");
            System.exit(1);
        }
        System.out.println(CLIENT + ": " + passed + " checks passed");
    }
}
