package org.fanloop.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.fanloop.reputation.ReputationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes a synthetic community: staff and fans with API tokens, products with release
 * trains and beta programmes, posts whose votes follow a long tail (the most voted post
 * of a million has about a quarter of a million votes, most posts a handful), comments
 * (one post per product has 500), status changes, weekly betas and a stable build every
 * four weeks delivering the shipped posts, testers with experience reports, and the inbox
 * entries the shipped posts made.
 *
 * <p>
 * Everything follows from the seed and the sizes: each post draws from its own random
 * stream, so the tables can be written one after another (a PostgreSQL connection copies
 * into one table at a time) and every pass sees the same post. Ids continue after the
 * largest in each table, and the identity columns are moved past the new rows at the end.
 */
@Component
class Generator {

	private static final Logger log = LoggerFactory.getLogger(Generator.class);

	/**
	 * Vote counts fall with rank as rank^-0.8: a long tail, with a few posts far ahead.
	 */
	private static final double TAIL = 0.8;

	private static final int STAFF_PER_PRODUCT = 3;

	private static final int WEEKS = 104;

	private static final int STABLE_EVERY_WEEKS = 4;

	private static final int REPORTS_PER_BETA = 20;

	private static final int NOTIFIED_PER_SHIPPED_POST = 20;

	private static final int BIG_THREAD = 500;

	private static final String[] PRODUCT_NAMES = { "Aurora OS", "Comet Phone", "Nimbus Cloud", "Pulse Watch",
			"Orbit Router", "Lumen TV", "Zephyr Buds", "Atlas Tablet" };

	private final DataSource dataSource;

	private final ReputationService reputation;

	Generator(DataSource dataSource, ReputationService reputation) {
		this.dataSource = dataSource;
		this.reputation = reputation;
	}

	/** What was written and how long it took. */
	record Report(Map<String, Long> rows, Duration took, Map<String, Duration> phases) {

		long total() {
			return rows.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * Writes the community {@code settings} describe; usernames, emails, tokens and
	 * product slugs start with {@code namespace} (empty for a benchmark database).
	 */
	Report generate(GeneratorSettings settings, String namespace) {
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			String product = connection.getMetaData().getDatabaseProductName();
			Run run = new Run(connection, product.toLowerCase().contains("postgres"), settings, namespace);
			run.all();
			// The reputation the generated facts earn, as the listeners would have
			// written it.
			long filling = System.nanoTime();
			run.rows.put("reputation_points", (long) reputation.fillFromFacts());
			run.phases.put("reputation", Duration.ofNanos(System.nanoTime() - filling));
			return new Report(run.rows, Duration.ofNanos(System.nanoTime() - started), run.phases);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Generating the community failed", ex);
		}
	}

	/** How many posts the installation holds (the generator fills only an empty one). */
	long existingPosts() {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select count(*) from posts")) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Counting posts failed", ex);
		}
	}

	static String token(String namespace, long fan) {
		return "flp_gen_" + namespace + fan;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One generation: the plan of every post, then one pass per table. */
	private static final class Run {

		private final Connection connection;

		private final boolean postgresql;

		private final GeneratorSettings settings;

		private final String namespace;

		private final Map<String, Long> rows = new LinkedHashMap<>();

		private final Map<String, Duration> phases = new LinkedHashMap<>();

		private final int posts;

		private final int fans;

		private final int productCount;

		private final Instant end;

		private final Instant start;

		private long memberBase;

		private long productBase;

		private long postBase;

		private long buildBase;

		private long fanBase;

		// The plan of every post, by index.
		private int[] productOf;

		private long[] createdAt;

		private int[] votes;

		private byte[] status;

		private int[] authorOf;

		private int[] comments;

		private int[] deliveredBy;

		Run(Connection connection, boolean postgresql, GeneratorSettings settings, String namespace) {
			this.connection = connection;
			this.postgresql = postgresql;
			this.settings = settings;
			this.namespace = namespace;
			this.posts = settings.posts();
			this.fans = settings.memberTotal();
			this.productCount = Math.max(1, Math.min(settings.products(), PRODUCT_NAMES.length));
			// Nothing happens in the future: without a day, the history ends now.
			this.end = (settings.until() != null)
					? settings.until().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1)
					: Instant.now().truncatedTo(ChronoUnit.SECONDS);
			this.start = end.minus(Duration.ofDays(7L * WEEKS));
		}

		void all() throws SQLException {
			memberBase = maxId("members");
			productBase = maxId("products");
			postBase = maxId("posts");
			buildBase = maxId("builds");
			fanBase = memberBase + (long) STAFF_PER_PRODUCT * productCount;
			phase("plan", this::plan);
			phase("members", this::members);
			phase("products", this::products);
			phase("posts", this::posts);
			phase("votes", this::votes);
			phase("comments", this::comments);
			phase("builds", this::builds);
			phase("testers", this::testers);
			phase("notifications", this::notifications);
			phase("identities", this::identities);
		}

		private interface Step {

			void run() throws SQLException;

		}

		private void phase(String name, Step step) throws SQLException {
			long started = System.nanoTime();
			step.run();
			connection.commit();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			phases.put(name, took);
			log.info("Generator: {} done in {} ms", name, took.toMillis());
		}

		private long maxId(String table) throws SQLException {
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
				rs.next();
				return rs.getLong(1);
			}
		}

		private SplittableRandom random(long stream, long index) {
			return new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index);
		}

		/** Products, dates, vote counts, statuses and comment counts of every post. */
		private void plan() {
			SplittableRandom random = random(1, 0);
			productOf = new int[posts];
			createdAt = new long[posts];
			votes = new int[posts];
			status = new byte[posts];
			authorOf = new int[posts];
			comments = new int[posts];
			deliveredBy = new int[posts];
			int[] rank = new int[posts];
			for (int i = 0; i < posts; i++) {
				rank[i] = i + 1;
			}
			for (int i = posts - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int swap = rank[i];
				rank[i] = rank[j];
				rank[j] = swap;
			}
			double weights = 0;
			for (int r = 1; r <= posts; r++) {
				weights += Math.pow(r, -TAIL);
			}
			double[] share = new double[productCount];
			double shares = 0;
			for (int p = 0; p < productCount; p++) {
				share[p] = 1.0 / (p + 1);
				shares += share[p];
			}
			long span = end.getEpochSecond() - start.getEpochSecond();
			boolean[] bigThread = new boolean[productCount];
			for (int i = 0; i < posts; i++) {
				double pick = random.nextDouble() * shares;
				int p = 0;
				while (p < productCount - 1 && pick >= share[p]) {
					pick -= share[p];
					p++;
				}
				productOf[i] = p;
				createdAt[i] = start.getEpochSecond() + span * i / posts;
				votes[i] = (int) Math.min(fans,
						Math.max(1, Math.round(settings.voteTotal() * Math.pow(rank[i], -TAIL) / weights)));
				authorOf[i] = random.nextInt(fans);
				int s = random.nextInt(100);
				status[i] = (byte) ((s < 60) ? Status.OPEN.ordinal()
						: (s < 70) ? Status.UNDER_REVIEW.ordinal() : (s < 80) ? Status.PLANNED.ordinal()
								: (s < 95) ? Status.SHIPPED.ordinal() : Status.DECLINED.ordinal());
				comments[i] = geometric(random, settings.commentsPerPost());
				if (!bigThread[p]) {
					bigThread[p] = true;
					comments[i] = BIG_THREAD;
				}
				deliveredBy[i] = -1;
				if (status[i] == Status.SHIPPED.ordinal()) {
					// Shipped in the first stable build at least a week after it was
					// asked
					// for; the newest posts are in this week's beta instead.
					int week = (int) ((createdAt[i] - start.getEpochSecond()) / (7 * 86400L)) + 1;
					int stableWeek = ((week + STABLE_EVERY_WEEKS - 1) / STABLE_EVERY_WEEKS) * STABLE_EVERY_WEEKS;
					if (stableWeek < WEEKS) {
						deliveredBy[i] = stableWeek;
					}
					else if (createdAt[i] < buildAt(WEEKS - 1).getEpochSecond()) {
						status[i] = (byte) Status.IN_BETA.ordinal();
						deliveredBy[i] = WEEKS - 1;
					}
					else {
						status[i] = (byte) Status.PLANNED.ordinal();
					}
				}
			}
		}

		private static int geometric(SplittableRandom random, int mean) {
			if (mean <= 0) {
				return 0;
			}
			double p = 1.0 / (mean + 1);
			return (int) Math.min(200, Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p)));
		}

		private void count(String table, TableWriter writer) {
			rows.merge(table, writer.rows(), Long::sum);
		}

		private void members() throws SQLException {
			String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(settings.password());
			Instant joined = start.minus(Duration.ofDays(30));
			try (TableWriter members = TableWriter.open(connection, postgresql, "members", "id", "username", "email",
					"password_hash", "admin", "created_at")) {
				for (int s = 1; s <= STAFF_PER_PRODUCT * productCount; s++) {
					members.row(memberBase + s, namespace + "staff" + s, namespace + "staff" + s + "@example.test",
							hash, false, joined);
				}
				long span = end.getEpochSecond() - joined.getEpochSecond();
				for (int f = 0; f < fans; f++) {
					members.row(fanBase + f + 1, fanName(f), fanName(f) + "@example.test", hash, false,
							joined.plusSeconds(span * f / fans / 2));
				}
				count("members", members);
			}
			try (TableWriter tokens = TableWriter.open(connection, postgresql, "access_tokens", "member_id",
					"token_hash", "name", "created_at")) {
				for (int f = 0; f < fans; f++) {
					tokens.row(fanBase + f + 1, sha256(token(namespace, f + 1)), "generated", end);
				}
				count("access_tokens", tokens);
			}
		}

		private String fanName(int fan) {
			return namespace + "fan" + (fan + 1);
		}

		private long staffOf(int product, int which) {
			return memberBase + (long) product * STAFF_PER_PRODUCT + which + 1;
		}

		private String staffName(int product, int which) {
			return namespace + "staff" + (product * STAFF_PER_PRODUCT + which + 1);
		}

		private String slug(int product) {
			String slug = PRODUCT_NAMES[product].toLowerCase().replace(' ', '-');
			return namespace.isEmpty() ? slug : namespace + "-" + slug;
		}

		private void products() throws SQLException {
			try (TableWriter products = TableWriter.open(connection, postgresql, "products", "id", "slug", "name",
					"description", "created_at")) {
				for (int p = 0; p < productCount; p++) {
					products.row(productBase + p + 1, slug(p), PRODUCT_NAMES[p],
							"Ideas and bugs for " + PRODUCT_NAMES[p] + " (a generated community)",
							start.minus(Duration.ofDays(30)));
				}
				count("products", products);
			}
			try (TableWriter staff = TableWriter.open(connection, postgresql, "product_staff", "product_id",
					"member_id", "added_at")) {
				for (int p = 0; p < productCount; p++) {
					for (int s = 0; s < STAFF_PER_PRODUCT; s++) {
						staff.row(productBase + p + 1, staffOf(p, s), start.minus(Duration.ofDays(30)));
					}
				}
				count("product_staff", staff);
			}
			try (TableWriter trains = TableWriter.open(connection, postgresql, "release_trains", "product_id",
					"beta_weekday", "stable_every_weeks", "started_on")) {
				for (int p = 0; p < productCount; p++) {
					trains.row(productBase + p + 1, DayOfWeek.FRIDAY.name(), STABLE_EVERY_WEEKS,
							LocalDate.ofInstant(start, ZoneOffset.UTC));
				}
				count("release_trains", trains);
			}
			try (TableWriter programmes = TableWriter.open(connection, postgresql, "beta_programmes", "product_id",
					"tester_cap", "open")) {
				for (int p = 0; p < productCount; p++) {
					programmes.row(productBase + p + 1, null, true);
				}
				count("beta_programmes", programmes);
			}
		}

		private Texts.Text text(int post) {
			SplittableRandom random = random(2, post);
			return Texts.post(random, kind(post) == 1);
		}

		/** 0 idea, 1 bug, 2 question. */
		private int kind(int post) {
			int k = random(3, post).nextInt(100);
			return (k < 75) ? 0 : (k < 90) ? 1 : 2;
		}

		private Instant statusChangedAt(int post) {
			if (status[post] == Status.OPEN.ordinal()) {
				return Instant.ofEpochSecond(createdAt[post]);
			}
			if (deliveredBy[post] >= 0) {
				return buildAt(deliveredBy[post]);
			}
			long waited = Math.min(30 * 86400L, (end.getEpochSecond() - createdAt[post]) / 2);
			return Instant.ofEpochSecond(createdAt[post] + waited);
		}

		private Instant buildAt(int week) {
			return start.plus(Duration.ofDays(7L * week + 1));
		}

		private void posts() throws SQLException {
			String[] kinds = { "idea", "bug", "question" };
			try (TableWriter writer = TableWriter.open(connection, postgresql, "posts", "id", "product_id", "kind",
					"title", "body", "body_html", "excerpt", "status", "author_id", "author_name", "vote_count",
					"comment_count", "trending", "created_at", "status_changed_at")) {
				for (int i = 0; i < posts; i++) {
					Texts.Text text = text(i);
					double trending = Math.log(1 + votes[i]) / Math.log(2) + createdAt[i] / 604800.0;
					writer.row(postBase + i + 1, productBase + productOf[i] + 1, kinds[kind(i)], text.title(),
							text.body(), Texts.html(text.body()), text.body(), Status.values()[status[i]].value,
							fanBase + authorOf[i] + 1, fanName(authorOf[i]), votes[i], comments[i], trending,
							Instant.ofEpochSecond(createdAt[i]), statusChangedAt(i));
				}
				count("posts", writer);
			}
			connection.commit();
			try (TableWriter changes = TableWriter.open(connection, postgresql, "post_status_changes", "post_id",
					"from_status", "to_status", "note", "note_html", "changed_by", "changed_by_name", "changed_at",
					"build_id")) {
				for (int i = 0; i < posts; i++) {
					if (status[i] != Status.OPEN.ordinal()) {
						int staff = (int) (i % STAFF_PER_PRODUCT);
						Long build = (deliveredBy[i] >= 0) ? buildId(productOf[i], deliveredBy[i], true) : null;
						changes.row(postBase + i + 1, "open", Status.values()[status[i]].value, "", "",
								staffOf(productOf[i], staff), staffName(productOf[i], staff), statusChangedAt(i),
								build);
					}
				}
				count("post_status_changes", changes);
			}
		}

		/** The fan who cast a post's {@code nth} vote (the author casts the first). */
		private int voter(int post, int nth, long stride) {
			return (int) ((authorOf[post] + nth * stride) % fans);
		}

		/** A step through the fans that visits each once: coprime with their number. */
		private long stride(int post) {
			SplittableRandom random = random(4, post);
			long stride;
			do {
				stride = 1 + random.nextInt(Math.max(1, fans - 1));
			}
			while (gcd(stride, fans) != 1);
			return stride;
		}

		private static long gcd(long a, long b) {
			return (b == 0) ? a : gcd(b, a % b);
		}

		private void votes() throws SQLException {
			try (TableWriter writer = TableWriter.open(connection, postgresql, "votes", "post_id", "member_id",
					"created_at")) {
				for (int i = 0; i < posts; i++) {
					long stride = stride(i);
					long created = createdAt[i];
					long span = end.getEpochSecond() - created;
					for (int n = 0; n < votes[i]; n++) {
						writer.row(postBase + i + 1, fanBase + voter(i, n, stride) + 1,
								Instant.ofEpochSecond(created + span * n / votes[i]));
					}
				}
				count("votes", writer);
			}
		}

		private void comments() throws SQLException {
			try (TableWriter writer = TableWriter.open(connection, postgresql, "comments", "post_id", "author_id",
					"author_name", "body", "body_html", "official", "created_at")) {
				for (int i = 0; i < posts; i++) {
					SplittableRandom random = random(5, i);
					long span = end.getEpochSecond() - createdAt[i];
					for (int c = 0; c < comments[i]; c++) {
						String body = Texts.comment(random);
						Instant at = Instant.ofEpochSecond(createdAt[i] + span * (c + 1) / (comments[i] + 1));
						if (random.nextInt(10) == 0) {
							int staff = random.nextInt(STAFF_PER_PRODUCT);
							writer.row(postBase + i + 1, staffOf(productOf[i], staff), staffName(productOf[i], staff),
									body, Texts.html(body), true, at);
						}
						else {
							int fan = random.nextInt(fans);
							writer.row(postBase + i + 1, fanBase + fan + 1, fanName(fan), body, Texts.html(body), false,
									at);
						}
					}
				}
				count("comments", writer);
			}
		}

		/** Each product has a beta every week and a stable build every fourth week. */
		private long buildId(int product, int week, boolean stable) {
			return buildBase + ((long) product * WEEKS + week) * 2 + (stable ? 2 : 1);
		}

		private static boolean stableWeek(int week) {
			return week > 0 && week % STABLE_EVERY_WEEKS == 0;
		}

		private String version(int week, boolean stable) {
			return "5." + week + ".0" + (stable ? "" : "-beta.1");
		}

		private void builds() throws SQLException {
			try (TableWriter writer = TableWriter.open(connection, postgresql, "builds", "id", "product_id", "version",
					"channel", "state", "notes", "notes_html", "created_by", "created_by_name", "created_at",
					"published_at", "promoted_from", "promoted_to")) {
				for (int p = 0; p < productCount; p++) {
					for (int w = 0; w < WEEKS; w++) {
						boolean promoted = stableWeek(w);
						Instant at = buildAt(w);
						String notes = "Weekly beta " + version(w, false);
						writer.row(buildId(p, w, false), productBase + p + 1, version(w, false), "beta",
								promoted ? "promoted" : "published", notes, Texts.html(notes), staffOf(p, 0),
								staffName(p, 0), at, at, null, null);
						if (promoted) {
							String stableNotes = "Stable release " + version(w, true);
							writer.row(buildId(p, w, true), productBase + p + 1, version(w, true), "stable",
									"published", stableNotes, Texts.html(stableNotes), staffOf(p, 0), staffName(p, 0),
									at, at.plus(Duration.ofHours(1)), buildId(p, w, false), null);
						}
					}
				}
				count("builds", writer);
			}
			// A promoted beta points at its stable build, which points back: the link is
			// set once both rows exist.
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate(
						"update builds set promoted_to = id + 1 where id > " + buildBase + " and state = 'promoted'");
			}
			connection.commit();
			try (TableWriter writer = TableWriter.open(connection, postgresql, "build_posts", "build_id", "post_id",
					"title", "asked_at", "status_before", "moved", "askers_count", "askers_names")) {
				for (int i = 0; i < posts; i++) {
					if (deliveredBy[i] < 0) {
						continue;
					}
					long stride = stride(i);
					List<String> askers = new ArrayList<>();
					for (int n = 0; n < Math.min(3, votes[i]); n++) {
						askers.add(fanName(voter(i, n, stride)));
					}
					boolean stable = status[i] == Status.SHIPPED.ordinal();
					String title = text(i).title();
					writer.row(buildId(productOf[i], deliveredBy[i], false), postBase + i + 1, title,
							Instant.ofEpochSecond(createdAt[i]), "planned", true, (long) votes[i],
							String.join(", ", askers));
					if (stable) {
						writer.row(buildId(productOf[i], deliveredBy[i], true), postBase + i + 1, title,
								Instant.ofEpochSecond(createdAt[i]), "in_beta", true, (long) votes[i],
								String.join(", ", askers));
					}
				}
				count("build_posts", writer);
			}
		}

		private int testersPerProduct() {
			return Math.min(fans, Math.max(10, fans / 100));
		}

		private int tester(int product, int nth) {
			return (int) ((product * 7919L + nth * 104_729L) % fans);
		}

		private void testers() throws SQLException {
			int testers = testersPerProduct();
			try (TableWriter writer = TableWriter.open(connection, postgresql, "testers", "product_id", "member_id",
					"username", "state", "applied_at", "decided_at")) {
				Set<Integer> seen = new HashSet<>();
				for (int p = 0; p < productCount; p++) {
					seen.clear();
					for (int t = 0; t < testers; t++) {
						int fan = tester(p, t);
						if (seen.add(fan)) {
							writer.row(productBase + p + 1, fanBase + fan + 1, fanName(fan), "accepted", start,
									start.plus(Duration.ofDays(1)));
						}
					}
				}
				count("testers", writer);
			}
			connection.commit();
			try (TableWriter writer = TableWriter.open(connection, postgresql, "experience_reports", "build_id",
					"product_id", "tester_id", "tester_name", "score", "comment", "comment_html", "submitted_at",
					"updated_at")) {
				Set<Integer> seen = new HashSet<>();
				for (int p = 0; p < productCount; p++) {
					for (int w = 0; w < WEEKS; w++) {
						SplittableRandom random = random(6, (long) p * WEEKS + w);
						seen.clear();
						Instant at = buildAt(w).plus(Duration.ofDays(2));
						for (int r = 0; r < Math.min(REPORTS_PER_BETA, testers); r++) {
							int fan = tester(p, (w * 7 + r) % testers);
							if (seen.add(fan)) {
								int score = Math.min(5, 2 + random.nextInt(3) + random.nextInt(2));
								writer.row(buildId(p, w, false), productBase + p + 1, fanBase + fan + 1, fanName(fan),
										score, "", "", at, at);
							}
						}
					}
				}
				count("experience_reports", writer);
			}
		}

		private void notifications() throws SQLException {
			try (TableWriter writer = TableWriter.open(connection, postgresql, "notifications", "member_id",
					"dedupe_key", "kind", "title", "link", "post_id", "build_id", "created_at", "read_at",
					"email_state", "email_attempts")) {
				Map<Long, Set<Integer>> told = new LinkedHashMap<>();
				for (int i = 0; i < posts; i++) {
					if (status[i] != Status.SHIPPED.ordinal()) {
						continue;
					}
					long build = buildId(productOf[i], deliveredBy[i], true);
					Set<Integer> members = told.computeIfAbsent(build, b -> new HashSet<>());
					long stride = stride(i);
					Instant at = buildAt(deliveredBy[i]).plus(Duration.ofHours(1));
					String title = "“" + text(i).title() + "” shipped in " + PRODUCT_NAMES[productOf[i]] + " "
							+ version(deliveredBy[i], true);
					for (int n = 0; n < Math.min(NOTIFIED_PER_SHIPPED_POST, votes[i]); n++) {
						int fan = voter(i, n, stride);
						if (members.add(fan)) {
							writer.row(fanBase + fan + 1, "build:" + build, "stable", title,
									"/posts/" + (postBase + i + 1), postBase + i + 1, build, at,
									(n % 2 == 0) ? at.plus(Duration.ofDays(1)) : null, "none", 0);
						}
					}
				}
				count("notifications", writer);
			}
		}

		/** Moves each identity column past the ids written here. */
		private void identities() throws SQLException {
			for (String table : List.of("members", "access_tokens", "products", "posts", "post_status_changes",
					"comments", "builds", "experience_reports", "notifications")) {
				long next = maxId(table) + 1;
				try (Statement statement = connection.createStatement()) {
					if (postgresql) {
						statement.execute(
								"select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)");
					}
					else {
						statement.execute("alter table " + table + " alter column id restart with " + next);
					}
				}
			}
			if (postgresql) {
				try (Statement statement = connection.createStatement()) {
					// Fresh statistics, so the planner knows the tables' new sizes at
					// once.
					connection.commit();
					connection.setAutoCommit(true);
					statement.execute("analyze");
					connection.setAutoCommit(false);
				}
			}
		}

	}

	/**
	 * The statuses the generator gives posts (its own names, the posts module's values).
	 */
	private enum Status {

		OPEN("open"), UNDER_REVIEW("under_review"), PLANNED("planned"), IN_BETA("in_beta"), SHIPPED("shipped"),
		DECLINED("declined");

		final String value;

		Status(String value) {
			this.value = value;
		}

	}

}
