// ASK through pgJDBC (extended protocol, Describe before Execute), the way BI tools such
// as Metabase send a native query: each statement's rows are printed tab-separated after
// a "== <statement>" header, with the column labels and types PostgreSQL described.
//
//   java -cp /usr/share/java/postgresql.jar tests/clients/AskJdbc.java STATEMENT...

import java.sql.*;
import java.util.Properties;

public class AskJdbc {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://" + System.getenv("PGHOST") + ":" + System.getenv("PGPORT")
                + "/" + System.getenv("PGDATABASE") + "?sslmode=require";
        Properties props = new Properties();
        props.setProperty("user", System.getenv("PGUSER"));
        props.setProperty("password", System.getenv("PGPASSWORD"));
        try (Connection conn = DriverManager.getConnection(url, props)) {
            for (String statement : args) {
                try (PreparedStatement ps = conn.prepareStatement(statement)) {
                    ResultSetMetaData described = ps.getMetaData();
                    StringBuilder columns = new StringBuilder("columns:");
                    for (int i = 1; described != null && i <= described.getColumnCount(); i++) {
                        columns.append(i == 1 ? " " : ",").append(described.getColumnLabel(i))
                                .append(":").append(described.getColumnTypeName(i));
                    }
                    System.out.println("== " + statement.replace("\n", "\\n"));
                    System.out.println(columns);
                    try (ResultSet rs = ps.executeQuery()) {
                        int n = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder line = new StringBuilder();
                            for (int i = 1; i <= n; i++) {
                                if (i > 1) line.append('\t');
                                String v = rs.getString(i);
                                line.append(v == null ? "" : v);
                            }
                            System.out.println(line);
                        }
                    }
                }
            }
        }
    }
}
