import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs one SQL statement over JDBC and prints its rows as psql -At does (columns joined by
 * '|'): the suite's window into the embedded H2 database, which psql cannot open.
 * java -cp h2.jar benchmarks/Sql.java <url> <user> <sql>
 */
public class Sql {

	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0], args[1], "");
				Statement statement = connection.createStatement()) {
			if (!statement.execute(args[2])) {
				return;
			}
			try (ResultSet rows = statement.getResultSet()) {
				int columns = rows.getMetaData().getColumnCount();
				while (rows.next()) {
					StringBuilder line = new StringBuilder();
					for (int i = 1; i <= columns; i++) {
						line.append(i > 1 ? "|" : "").append(rows.getString(i));
					}
					System.out.println(line);
				}
			}
		}
	}

}
