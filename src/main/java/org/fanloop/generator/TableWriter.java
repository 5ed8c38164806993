package org.fanloop.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into one table: on PostgreSQL through {@code COPY ... FROM STDIN} in CSV (the bulk
 * path: about ten times the rows per second of batched inserts), elsewhere as batched
 * inserts committed every {@value #BATCHES_PER_COMMIT} batches.
 */
abstract class TableWriter implements AutoCloseable {

	private static final int BATCHES_PER_COMMIT = 50;

	private long rows;

	static TableWriter open(Connection connection, boolean postgresql, String table, String... columns)
			throws SQLException {
		return postgresql ? new Copy(connection, table, columns) : new Batch(connection, table, columns);
	}

	final void row(Object... values) {
		try {
			write(values);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Writing a row failed", ex);
		}
		rows++;
	}

	long rows() {
		return rows;
	}

	abstract void write(Object[] values) throws SQLException;

	@Override
	public abstract void close() throws SQLException;

	private static final class Copy extends TableWriter {

		private final CopyIn copy;

		private final StringBuilder buffer = new StringBuilder(1 << 20);

		Copy(Connection connection, String table, String[] columns) throws SQLException {
			this.copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)");
		}

		@Override
		void write(Object[] values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					buffer.append(',');
				}
				csv(values[i]);
			}
			buffer.append('\n');
			if (buffer.length() > (1 << 20) - 4096) {
				flush();
			}
		}

		private void csv(Object value) {
			switch (value) {
				case null -> {
					// An unquoted empty field is NULL in CSV format.
				}
				case String text -> {
					buffer.append('"');
					for (int i = 0; i < text.length(); i++) {
						char c = text.charAt(i);
						if (c == '"') {
							buffer.append('"');
						}
						buffer.append(c);
					}
					buffer.append('"');
				}
				case Instant instant -> buffer.append(instant);
				default -> buffer.append(value);
			}
		}

		private void flush() throws SQLException {
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}

		@Override
		public void close() throws SQLException {
			flush();
			copy.endCopy();
		}

	}

	private static final class Batch extends TableWriter {

		private static final int BATCH = 1_000;

		private final Connection connection;

		private final PreparedStatement insert;

		private int batched;

		private int batches;

		Batch(Connection connection, String table, String[] columns) throws SQLException {
			this.connection = connection;
			this.insert = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
					+ ") values (" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
		}

		@Override
		void write(Object[] values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				insert.setObject(i + 1,
						(value instanceof Instant instant) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
			}
			insert.addBatch();
			if (++batched == BATCH) {
				executeBatch();
			}
		}

		private void executeBatch() throws SQLException {
			insert.executeBatch();
			batched = 0;
			if (++batches % BATCHES_PER_COMMIT == 0) {
				connection.commit();
			}
		}

		@Override
		public void close() throws SQLException {
			if (batched > 0) {
				executeBatch();
			}
			insert.close();
			connection.commit();
		}

	}

}
