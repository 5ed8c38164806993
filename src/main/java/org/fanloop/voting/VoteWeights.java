package org.fanloop.voting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.fanloop.web.ModuleProblem;
import org.fanloop.web.Words;
import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.PostService;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Weighted votes: a product weighs each vote by an attribute staff set on members (a
 * customer tier, a company size: a weight per value, 1 for members without one). The
 * weighted score is read beside the plain count and never replaces it; it is computed
 * from the ballots when asked (staff only), so the vote path stays as it is.
 */
@Service
public class VoteWeights {

	private final JdbcClient jdbc;

	private final ProductService products;

	private final MemberService members;

	private final PostService posts;

	VoteWeights(JdbcClient jdbc, ProductService products, MemberService members, PostService posts) {
		this.jdbc = jdbc;
		this.products = products;
		this.members = members;
		this.posts = posts;
	}

	/** The attribute a product weighs votes by and the weight of each of its values. */
	public record Weights(@NotBlank @Size(max = 40) String attribute,
			@NotEmpty @Size(max = 50) Map<String, Integer> weights) {
	}

	/** A post's plain vote count and its weighted score. */
	public record WeightedPost(long postId, String title, long voteCount, long weightedScore) {
	}

	public Optional<Weights> weights(long productId) {
		return jdbc.sql("select attribute from vote_weight_settings where product_id = :product")
			.param("product", productId)
			.query(String.class)
			.optional()
			.map(attribute -> {
				Map<String, Integer> weights = new LinkedHashMap<>();
				jdbc.sql(
						"select attribute_value, weight from vote_weights where product_id = :product order by weight, attribute_value")
					.param("product", productId)
					.query(rs -> {
						weights.put(rs.getString("attribute_value"), rs.getInt("weight"));
					});
				return new Weights(attribute, weights);
			});
	}

	/** Staff set what votes are weighed by. */
	@Transactional
	public Weights saveWeights(String productSlug, Weights weights, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "weigh its votes");
		weights.weights().forEach((value, weight) -> {
			if (value.isBlank() || value.length() > 40) {
				throw invalid("weights", Words.of("weight-values"));
			}
			if (weight == null || weight < 0 || weight > 1000) {
				throw invalid("weights." + value, Words.of("weight-range"));
			}
		});
		jdbc.sql("delete from vote_weights where product_id = :product").param("product", product.id()).update();
		jdbc.sql("delete from vote_weight_settings where product_id = :product")
			.param("product", product.id())
			.update();
		jdbc.sql("insert into vote_weight_settings (product_id, attribute) values (:product, :attribute)")
			.param("product", product.id())
			.param("attribute", weights.attribute().strip())
			.update();
		weights.weights()
			.forEach((value, weight) -> jdbc.sql(
					"insert into vote_weights (product_id, attribute_value, weight) values (:product, :value, :weight)")
				.param("product", product.id())
				.param("value", value.strip())
				.param("weight", weight)
				.update());
		return weights(product.id()).orElseThrow();
	}

	/** Staff set (or clear, with null) a member's value of the product's attribute. */
	@Transactional
	public @Nullable String setAttribute(String productSlug, String username, @Nullable String value,
			SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "set its members' attributes");
		Member member = members.get(username);
		jdbc.sql("delete from member_attributes where product_id = :product and member_id = :member")
			.param("product", product.id())
			.param("member", member.id())
			.update();
		if (value == null || value.isBlank()) {
			return null;
		}
		Weights weights = weights(product.id()).orElseThrow(() -> invalid("value", Words.of("no-weights")));
		if (!weights.weights().containsKey(value.strip())) {
			throw invalid("value", Words.of("not-one-of", String.join(", ", weights.weights().keySet())));
		}
		jdbc.sql(
				"insert into member_attributes (product_id, member_id, attribute_value) values (:product, :member, :value)")
			.param("product", product.id())
			.param("member", member.id())
			.param("value", value.strip())
			.update();
		return value.strip();
	}

	/** The product's posts by weighted score, with the plain count beside it (staff). */
	public List<WeightedPost> ranking(String productSlug, int limit, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "see weighted scores");
		record Row(long postId, long plain, long weighted) {
		}
		List<Row> rows = jdbc.sql("""
				select v.post_id, count(*) plain, sum(coalesce(w.weight, 1)) weighted
				from votes v
				join posts p on p.id = v.post_id
				left join member_attributes a on a.product_id = p.product_id and a.member_id = v.member_id
				left join vote_weights w on w.product_id = p.product_id and w.attribute_value = a.attribute_value
				where p.product_id = :product and p.status <> 'merged'
				group by v.post_id
				order by weighted desc, v.post_id desc
				limit :limit""")
			.param("product", product.id())
			.param("limit", Math.max(1, Math.min(limit, 200)))
			.query((rs, n) -> new Row(rs.getLong("post_id"), rs.getLong("plain"), rs.getLong("weighted")))
			.list();
		Map<Long, String> titles = new LinkedHashMap<>();
		posts.cards(rows.stream().map(Row::postId).toList(), null).forEach(card -> titles.put(card.id(), card.title()));
		return rows.stream()
			.filter(row -> titles.containsKey(row.postId()))
			.map(row -> new WeightedPost(row.postId(), titles.get(row.postId()), row.plain(), row.weighted()))
			.toList();
	}

	private static ErrorResponseException invalid(String field, Words message) {
		return new InvalidWeights(field, message);
	}

	/** A weighting request with a field at fault: a 400 naming it. */
	static class InvalidWeights extends ModuleProblem {

		InvalidWeights(String field, Words message) {
			super(HttpStatus.BAD_REQUEST, "Invalid request", field, message);
		}

	}

}
