package org.fanloop.journeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.NewComment;
import org.fanloop.posts.NewPost;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostService;
import org.fanloop.products.NewProduct;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.releases.Build;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Every page a browser asking for Chinese opens speaks Chinese: signed out, as a member
 * and as an admin (who sees every staff page), with a product whose own words are
 * Chinese, no page shows three English words in a row. Catches what the template test
 * cannot see: words a controller writes (a notice after a form, a gate rule, an error).
 */
@FanloopIntegrationTest
class ChinesePagesIntegrationTests {

	/** Three or more words of Latin letters in a row: a sentence or phrase in English. */
	private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z]{2,}(?:[ ,;:'’-]+[A-Za-z]{2,}){2,}\\b");

	/** Names that are the same in every language. */
	private static final Set<String> NAMES = Set.of("Fanloop", "Markdown", "Atom", "API", "RSS", "Bearer", "OpenID");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Autowired
	ProductService products;

	@Autowired
	PostService posts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noPageWritesEnglishToAChineseReader() throws Exception {
		SignedInMember admin = community.admin();
		Product product = products.create(new NewProduct(Community.unique("xiangji"), "新星相机", "拍照更好的手机相机。"), admin);
		SignedInMember fan = community.fan();
		Post idea = posts.create(product.slug(), new NewPost("idea", "夜景模式更亮一些", "晚上拍照太暗了。"), fan);
		posts.comment(idea.id(), new NewComment("同意，夜里拍照很重要。"), fan);
		Post bug = posts.create(product.slug(), new NewPost("bug", "对焦偶尔失败", "近距离时对焦不准。"), fan);
		Build beta = community.liveBeta(product, admin, "2.0-beta", idea.id());
		String slug = product.slug();

		List<String> signedOut = List.of("/", "/products/" + slug, "/posts/" + idea.id(), "/login", "/signup",
				"/forgot-password", "/products/" + slug + "/roadmap", "/products/" + slug + "/changelog",
				"/search?q=" + "夜景", "/members/" + fan.username());
		List<String> asMember = List.of("/me/notifications", "/me/preferences", "/me/tokens",
				"/products/" + slug + "/posts/new", "/posts/" + idea.id() + "/edit", "/members/" + fan.username(),
				"/products/" + slug + "/beta");
		List<String> asAdmin = List.of("/admin", "/admin/products/" + slug, "/admin/sso", "/admin/webhooks",
				"/products/" + slug + "/team", "/products/" + slug + "/queue", "/products/" + slug + "/feedback",
				"/products/" + slug + "/moderation", "/products/" + slug + "/train",
				"/products/" + slug + "/builds/new", "/products/" + slug + "/gate", "/products/" + slug + "/sessions",
				"/builds/" + beta.id(), "/posts/" + bug.id(), "/posts/" + idea.id());

		List<String> english = new ArrayList<>();
		english.addAll(english(signedOut, null));
		english.addAll(english(asMember, fan));
		english.addAll(english(asAdmin, admin));
		assertThat(english).isEmpty();
	}

	/**
	 * The English phrases of these pages, opened in Chinese by this member (or a guest).
	 */
	private List<String> english(List<String> paths, @Nullable SignedInMember member) throws Exception {
		List<String> english = new ArrayList<>();
		for (String path : paths) {
			MockMvcTester.MockMvcRequestBuilder request = mvc.get().uri(path).header("Accept-Language", "zh-CN");
			english.addAll(english(path, (member != null)
					? request.with(authentication(Community.session(member))).exchange() : request.exchange()));
		}
		return english;
	}

	/**
	 * The English phrases of a page's visible text that are not content: other tests of
	 * this context write English posts, products and builds, which stay as written.
	 */
	private List<String> english(String path, MvcTestResult result) throws Exception {
		if (result.getResponse().getStatus() != 200) {
			return List.of(path + ": status " + result.getResponse().getStatus());
		}
		String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).as(path).contains("lang=\"zh-CN\"");
		String text = html.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<style.*?</style>", " ")
			.replaceAll("(?s)<code.*?</code>", " ")
			.replaceAll("(?s)<[^>]+>", "\n")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
		List<String> found = new ArrayList<>();
		for (Matcher phrase = ENGLISH.matcher(text); phrase.find();) {
			String words = phrase.group();
			if (NAMES.stream().noneMatch(words::contains) && !content(words)) {
				found.add(path + ": " + words);
			}
		}
		return found;
	}

	private boolean content(String words) {
		String like = "%" + words + "%";
		return jdbc.sql("""
				select (select count(*) from posts where title like :like or body like :like)
				     + (select count(*) from comments where body like :like)
				     + (select count(*) from products where name like :like or description like :like)
				     + (select count(*) from builds where notes like :like or what_to_test like :like)
				     + (select count(*) from review_sessions where topic like :like or place like :like)""")
			.param("like", like)
			.query(Long.class)
			.single() > 0;
	}

}
