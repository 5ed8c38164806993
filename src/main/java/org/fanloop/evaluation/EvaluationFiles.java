package org.fanloop.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an evaluation folder's CSV files (UTF-8, RFC 4180, a header row, fields that may
 * hold line breaks), checking that the columns the evaluation needs are there.
 */
final class EvaluationFiles {

	private EvaluationFiles() {
	}

	static List<Map<String, String>> rows(Path file, String... required) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("No file " + file);
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			for (String column : required) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new IllegalArgumentException(
							file + " has no column " + column + "; it has " + parser.getHeaderNames());
				}
			}
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> row = new HashMap<>();
				parser.getHeaderNames()
					.forEach(column -> row.put(column, record.isSet(column) ? record.get(column) : ""));
				rows.add(row);
			}
			return rows;
		}
	}

}
