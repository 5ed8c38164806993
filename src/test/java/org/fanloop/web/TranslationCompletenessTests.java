package org.fanloop.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Chinese interface is complete: every message has a Simplified Chinese translation
 * with the same arguments, and no template writes words of its own (every text and every
 * human-readable attribute comes from a message, except names of languages written in
 * their own language, marked with {@code lang}).
 */
class TranslationCompletenessTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");

	private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");

	private static final Pattern WORDS_KEY = Pattern.compile("Words\\.of\\(\\s*\"([a-z0-9.-]*[a-z0-9])\"\\s*[,)]");

	/** A message by its full code: a notice on a page, a notification's sentence. */
	private static final Pattern MESSAGE_CODE = Pattern
		.compile("Words\\.(?:message|page)\\(\\s*\"([a-z0-9.-]*[a-z0-9])\"\\s*[,)]");

	/** A module's conflict: its title, then its detail's key. */
	private static final Pattern CONFLICT = Pattern
		.compile("(?:Conflict|conflict)\\((?:\\s*HttpStatus\\.\\w+,)?\\s*\"([^\"]+)\",\\s*\"([a-z0-9.-]+)\"");

	private static final Pattern TITLE = Pattern.compile("super\\(HttpStatus\\.\\w+,\\s*\"([^\"]+)\"\\s*,");

	/**
	 * What staff or admins only may do:
	 * {@code requireStaff(id, actor, "merge its posts")}.
	 */
	private static final Pattern ACTION = Pattern
		.compile("(?:requireStaff|requireAdmin|staffSession)\\([^;{]*?\"([a-z][^\"]*)\"\\)");

	/** Attributes people read, which need a th: counterpart when they hold words. */
	private static final Set<String> READ_ATTRIBUTES = Set.of("placeholder", "alt", "title", "aria-label", "value",
			"label", "content");

	/** Words that are the same in every language: names, formats, programs. */
	private static final Set<String> SAME_EVERYWHERE = Set.of("Fanloop", "API", "Markdown", "Atom", "RSS");

	@Test
	void everyMessageHasASimplifiedChineseTranslationWithTheSameArguments() throws IOException {
		Properties english = load("/messages.properties");
		Properties chinese = load("/messages_zh_CN.properties");
		assertThat(chinese.stringPropertyNames()).as("keys without a translation, or translations of no key")
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		List<String> mismatched = new ArrayList<>();
		for (String key : english.stringPropertyNames()) {
			String translated = chinese.getProperty(key);
			if (translated.isBlank() || !arguments(english.getProperty(key)).equals(arguments(translated))) {
				mismatched.add(key);
			}
		}
		assertThat(mismatched).as("translations that are empty or use other arguments").isEmpty();
	}

	/**
	 * Every sentence the code words an error with has its message: a {@link Words} key, a
	 * problem's title, a refused action. Without one a problem would fall back to its
	 * English title, or fail to be worded at all.
	 */
	@Test
	void everyProblemTheCodeWordsHasItsMessages() throws IOException {
		Properties english = load("/messages.properties");
		Set<String> missing = new TreeSet<>();
		List<Path> sources;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			sources = files.filter(file -> file.toString().endsWith(".java")).toList();
		}
		for (Path file : sources) {
			String code = Files.readString(file);
			for (Matcher found = WORDS_KEY.matcher(code); found.find();) {
				missing.add("problem.detail." + found.group(1));
			}
			for (Matcher found = MESSAGE_CODE.matcher(code); found.find();) {
				missing.add(found.group(1));
			}
			for (Matcher found = CONFLICT.matcher(code); found.find();) {
				missing.add(ModuleProblem.titleKey(found.group(1)));
				missing.add("problem.detail." + found.group(2));
			}
			for (Matcher found = TITLE.matcher(code); found.find();) {
				missing.add(ModuleProblem.titleKey(found.group(1)));
			}
			for (Matcher found = ACTION.matcher(code); found.find();) {
				missing.add("problem.detail.action." + Words.keyOf(found.group(1)));
			}
		}
		assertThat(missing).as("the code's problem sentences").isNotEmpty();
		missing.removeAll(english.stringPropertyNames());
		assertThat(missing).as("problem sentences without a message").isEmpty();
	}

	/**
	 * A message with arguments goes through {@link MessageFormat}, where a single quote
	 * starts quoted text: it must be doubled, else the quote and the argument after it
	 * are lost ("There is no product '{0}'" would print "{0}").
	 */
	@Test
	void everyMessageWithArgumentsKeepsItsQuotesAndFillsEveryArgument() throws IOException {
		List<String> broken = new ArrayList<>();
		for (String resource : List.of("/messages.properties", "/messages_zh_CN.properties")) {
			Properties messages = load(resource);
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				if (arguments(message).isEmpty()) {
					continue;
				}
				String formatted = new MessageFormat(message, Locale.ROOT)
					.format(new Object[] { 10, 11, 12, 13, 14, 15 });
				long quotes = formatted.chars().filter(c -> c == '\'').count();
				if (ARGUMENT.matcher(formatted).find() || quotes != message.split("''", -1).length - 1) {
					broken.add(resource + " " + key);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void noTemplateWritesWordsOfItsOwn() throws IOException {
		List<String> untranslated = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
				untranslated.addAll(untranslated(file));
			}
		}
		assertThat(untranslated).as("words written in templates instead of messages").isEmpty();
	}

	private static List<String> untranslated(Path file) throws IOException {
		List<String> found = new ArrayList<>();
		Deque<Boolean> covered = new ArrayDeque<>();
		Deque<String> names = new ArrayDeque<>();
		String template = Path.of("src/main/resources/templates").relativize(file).toString();
		AbstractMarkupHandler handler = new AbstractMarkupHandler() {

			private final List<String[]> attributes = new ArrayList<>();

			private String element = "";

			@Override
			public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
				element = new String(buffer, offset, len).toLowerCase();
				attributes.clear();
			}

			@Override
			public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized, int line,
					int col) {
				handleOpenElementStart(buffer, offset, len, line, col);
			}

			@Override
			public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
					int operatorOffset, int operatorLen, int operatorLine, int operatorCol, int valueContentOffset,
					int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
				attributes.add(new String[] { new String(buffer, nameOffset, nameLen).toLowerCase(),
						new String(buffer, valueContentOffset, valueContentLen), String.valueOf(valueLine) });
			}

			@Override
			public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
				boolean inherited = !covered.isEmpty() && covered.peek();
				covered.push(inherited || replacesBody() || "script".equals(element) || "style".equals(element));
				names.push(element);
				checkAttributes();
			}

			@Override
			public void handleStandaloneElementEnd(char[] buffer, int offset, int len, boolean minimized, int line,
					int col) {
				checkAttributes();
			}

			@Override
			public void handleCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
				String name = new String(buffer, offset, len).toLowerCase();
				while (!names.isEmpty()) {
					covered.pop();
					if (names.pop().equals(name)) {
						break;
					}
				}
			}

			@Override
			public void handleText(char[] buffer, int offset, int len, int line, int col) {
				String text = new String(buffer, offset, len).strip();
				boolean isCovered = !covered.isEmpty() && covered.peek();
				if (!isCovered && hasWords(text) && !text.contains("[[") && !text.contains("[(")) {
					found.add(template + ":" + line + ": " + text);
				}
			}

			/**
			 * Whether the element's words come from elsewhere. A page's root replaces
			 * itself with the layout, which takes the page's own parts back: it covers
			 * nothing.
			 */
			private boolean replacesBody() {
				return attributes.stream()
					.map(attribute -> attribute[0])
					.anyMatch(name -> name.equals("th:text") || name.equals("th:utext") || name.equals("lang")
							|| (!"html".equals(element) && (name.equals("th:replace") || name.equals("th:insert"))));
			}

			private void checkAttributes() {
				boolean isCovered = (!covered.isEmpty() && covered.peek()) || replacesBody();
				for (String[] attribute : attributes) {
					// A value is read only on a button-like input; elsewhere it is what
					// is sent.
					boolean hidden = "value".equals(attribute[0]) && !("input".equals(element) && attributes.stream()
						.anyMatch(a -> a[0].equals("type") && a[1].matches("submit|button|reset")));
					if (!READ_ATTRIBUTES.contains(attribute[0]) || !hasWords(attribute[1]) || hidden) {
						continue;
					}
					boolean translated = attributes.stream()
						.anyMatch(a -> a[0].equals("th:" + attribute[0])
								|| (a[0].equals("th:attr") && a[1].contains(attribute[0] + "=")));
					if (!translated && !(isCovered && "value".equals(attribute[0]))
							&& !("content".equals(attribute[0]) && !"meta".equals(element))
							&& !attributes.stream().anyMatch(a -> a[0].equals("name") && a[1].equals("viewport"))
							&& !attributes.stream().anyMatch(a -> a[0].equals("name") && a[1].equals("htmx-config"))) {
						found.add(template + ":" + attribute[2] + ": " + attribute[0] + "=\"" + attribute[1] + "\"");
					}
				}
			}

		};
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(reader, handler);
		}
		catch (ParseException ex) {
			found.add(template + ": not parsable: " + ex.getMessage());
		}
		return found;
	}

	private static boolean hasWords(String text) {
		Matcher words = WORDS.matcher(text);
		while (words.find()) {
			if (!SAME_EVERYWHERE.contains(words.group())) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> arguments(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TranslationCompletenessTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
