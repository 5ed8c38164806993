package org.fanloop.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.validation.Validator;
import org.fanloop.accounts.MemberProfile;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignUp;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.NewPost;
import org.fanloop.posts.PostService;
import org.fanloop.posts.TitleLength;
import org.fanloop.products.NewProduct;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The temporary installation a data set is loaded into: one admin, one member who writes
 * every post, a product per product (or repository) named in the data. Posts go in as a
 * member would have had to write them: a title longer than allowed is cut at a word and
 * its rest opens the body, a title too short to pass takes words from the body, a body
 * longer than allowed is cut; {@link #adjusted()} counts the rows so changed.
 */
@Component
class EvaluationCommunity {

	private static final String PASSWORD = "evaluation-only-password";

	private final MemberService members;

	private final ProductService products;

	private final PostService posts;

	private final Validator validator;

	private final TransactionTemplate transactions;

	/** The event publication registry's table, to see when the listeners are done. */
	private final JdbcClient publications;

	private final IncompleteEventPublications incomplete;

	private int retried;

	private final Map<String, Product> byName = new HashMap<>();

	private SignedInMember admin;

	private MemberProfile author;

	private int adjusted;

	EvaluationCommunity(MemberService members, ProductService products, PostService posts, Validator validator,
			PlatformTransactionManager transactions, JdbcClient publications, IncompleteEventPublications incomplete) {
		this.publications = publications;
		this.incomplete = incomplete;
		this.transactions = new TransactionTemplate(transactions);
		this.members = members;
		this.products = products;
		this.posts = posts;
		this.validator = validator;
	}

	/** The product called {@code name}, created on first use. */
	Product product(String name) {
		return byName.computeIfAbsent(name, key -> products.create(
				new NewProduct(slug(key), key.substring(0, Math.min(key.length(), 80)), "Loaded for an evaluation"),
				admin()));
	}

	/** The staff member who creates products and corrects suggestions. */
	SignedInMember admin() {
		if (admin == null) {
			admin = members.signUpAdmin(new SignUp("evaluator", "evaluator@eval.fanloop.test", PASSWORD)).signedIn();
		}
		return admin;
	}

	/** Posts a row as a member would have had to post it; returns the new post's id. */
	long post(String productName, String kind, String title, String body) {
		Product product = product(productName);
		NewPost post = fit(kind, title, body);
		return posts.importPost(product.id(), post, author(), Instant.now());
	}

	/**
	 * Loads rows a hundred to a transaction: one commit (and one flush to disk) per batch
	 * instead of per post, and waits for the batch's listeners before the next. Batches
	 * of 500 without the wait started some 3,000 listeners at once, which waited for the
	 * pool's 20 connections until thousands of deliveries failed.
	 */
	<T> void inBatches(List<T> rows, Consumer<T> load) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<T> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			transactions.executeWithoutResult(status -> batch.forEach(load));
			settle();
		}
	}

	private static final int BATCH = 100;

	/** How long loading waits for a listener before it delivers its event again. */
	private static final Duration RETRY_AFTER = Duration.ofSeconds(60);

	/** How many deliveries were started again because they stayed open a minute. */
	int retried() {
		return retried;
	}

	/** The listeners that failed on the loaded posts' events, with how often. */
	Map<String, Long> failedListeners() {
		Map<String, Long> failed = new TreeMap<>();
		publications
			.sql("select listener_id, count(*) from event_publication where status = 'FAILED' group by listener_id")
			.query((rs, row) -> failed.put(rs.getString(1), rs.getLong(2)))
			.list();
		return failed;
	}

	/**
	 * Waits until every listener has handled the events of what was loaded (the search
	 * index among them), so the figures do not depend on how far they got.
	 */
	void settle() {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		long retryAt = System.nanoTime() + RETRY_AFTER.toNanos();
		long open;
		while ((open = publications
			.sql("select count(*) from event_publication where completion_date is null"
					+ " and (status is null or status <> 'FAILED')")
			.query(Long.class)
			.single()) > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The listeners did not catch up with the loaded posts in 10 minutes");
			}
			if (System.nanoTime() > retryAt) {
				// A delivery that failed before its listener ran (no connection within
				// three seconds on a busy machine) stays open, otherwise retried only at
				// the next start; this instance is the evaluation's own, so nothing else
				// is delivering it.
				retried += (int) open;
				incomplete.resubmitIncompletePublicationsOlderThan(RETRY_AFTER);
				retryAt = System.nanoTime() + RETRY_AFTER.toNanos();
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** How many products were created. */
	int products() {
		return byName.size();
	}

	/** How many rows had to be changed to pass the product's limits. */
	int adjusted() {
		return adjusted;
	}

	NewPost fit(String kind, String title, String body) {
		String fittedTitle = title.strip().replaceAll("\\s+", " ");
		String fittedBody = body.strip();
		boolean changed = false;
		if (fittedTitle.length() > TitleLength.MAX_CHARACTERS) {
			int cut = fittedTitle.lastIndexOf(' ', TitleLength.MAX_CHARACTERS);
			cut = (cut < TitleLength.MAX_CHARACTERS / 2) ? TitleLength.MAX_CHARACTERS : cut;
			fittedBody = (fittedTitle.substring(cut).strip() + "\n\n" + fittedBody).strip();
			fittedTitle = fittedTitle.substring(0, cut).strip();
			changed = true;
		}
		String[] words = fittedBody.split("\\s+");
		for (int taken = 0; !valid(kind, fittedTitle) && taken < words.length
				&& fittedTitle.length() + words[taken].length() < TitleLength.MAX_CHARACTERS; taken++) {
			fittedTitle = (fittedTitle + " " + words[taken]).strip();
			changed = true;
		}
		if (!valid(kind, fittedTitle)) {
			fittedTitle = (fittedTitle + " (no title)").strip();
			changed = true;
		}
		if (fittedBody.length() > MAX_BODY) {
			fittedBody = fittedBody.substring(0, MAX_BODY);
			changed = true;
		}
		if (changed) {
			adjusted++;
		}
		return new NewPost(kind, fittedTitle, fittedBody);
	}

	/** A post body's limit, as in {@link NewPost}. */
	static final int MAX_BODY = 20_000;

	private boolean valid(String kind, String title) {
		return validator.validate(new NewPost(kind, title, "")).isEmpty();
	}

	private MemberProfile author() {
		if (author == null) {
			author = members.importMember(new SignUp("poster", "poster@eval.fanloop.test", PASSWORD), Instant.now())
				.profile();
		}
		return author;
	}

	/**
	 * A product's slug from a site or repository name: "askubuntu.com" → askubuntu-com.
	 */
	static String slug(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		slug = slug.substring(0, Math.min(slug.length(), 40)).replaceAll("-+$", "");
		return (slug.length() < 2) ? "product-" + Integer.toHexString(name.hashCode()) : slug;
	}

}
