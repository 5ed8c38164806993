package org.fanloop;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignUp;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.posts.NewPost;
import org.fanloop.posts.Post;
import org.fanloop.posts.PostService;
import org.fanloop.products.NewProduct;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;
import org.fanloop.releases.Build;
import org.fanloop.releases.BuildService;
import org.fanloop.releases.NewBuild;
import org.fanloop.testers.TesterService;
import org.fanloop.testers.TesterState;
import org.fanloop.web.Secrets;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The small cast of the tests, made through the real services: the admin from the test
 * settings, fans, staff of a product, their products and posts. Every name is new, so
 * tests never see each other's data.
 */
@TestComponent
public class Community {

	public static final String PASSWORD = "correct-horse";

	/** The admin's, from application-test.properties. */
	public static final String ADMIN_PASSWORD = "admin-of-the-tests";

	private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 100_000);

	private final MemberService members;

	private final ProductService products;

	private final PostService posts;

	private final TesterService testers;

	private final BuildService builds;

	Community(MemberService members, ProductService products, PostService posts, TesterService testers,
			BuildService builds) {
		this.builds = builds;
		this.members = members;
		this.products = products;
		this.posts = posts;
		this.testers = testers;
	}

	/**
	 * What the access_tokens table keeps of a token (its SHA-256, in hex), for tests that
	 * load members and tokens straight into the database.
	 */
	public static String tokenHash(String token) {
		return Secrets.sha256Hex(token);
	}

	public static String unique(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet();
	}

	public SignedInMember admin() {
		return signedIn(members.get("root"));
	}

	public SignedInMember fan() {
		String username = unique("fan");
		return signedIn(members.signUp(new SignUp(username, username + "@example.test", PASSWORD)));
	}

	public SignedInMember staffOf(Product product) {
		SignedInMember staff = fan();
		products.addStaff(product.slug(), staff.username(), admin());
		return staff;
	}

	/** A member whom the product's staff accepted into its beta programme. */
	public SignedInMember testerOf(Product product) {
		SignedInMember tester = fan();
		testers.apply(product.slug(), tester);
		testers.decide(product.slug(), tester.username(), TesterState.ACCEPTED, admin());
		return tester;
	}

	public Product product() {
		return product(unique("product"));
	}

	public Product product(String slug) {
		return products.create(new NewProduct(slug, "Product " + slug, "A product of the tests."), admin());
	}

	public Post post(Product product, SignedInMember author) {
		return posts.create(product.slug(), new NewPost("idea", "An idea called " + unique("idea"), "Details."),
				author);
	}

	public Post post(Product product, SignedInMember author, String kind, String title) {
		return posts.create(product.slug(), new NewPost(kind, title, ""), author);
	}

	public Post post(Product product, SignedInMember author, String kind, String title, String body) {
		return posts.create(product.slug(), new NewPost(kind, title, body), author);
	}

	/**
	 * A beta build of the product, published by this staff member, delivering these
	 * posts.
	 */
	public Build liveBeta(Product product, SignedInMember staff, String version, Long... postIds) {
		Build beta = builds.draft(product.slug(), new NewBuild(version, "beta", "", List.of(postIds)), staff);
		return builds.publish(beta.id(), staff);
	}

	/** A fresh personal access token of this member. */
	public String token(SignedInMember member) {
		String password = member.username().equals("root") ? ADMIN_PASSWORD : PASSWORD;
		return members.issueToken(member.username(), password, null);
	}

	public HttpHeaders bearer(SignedInMember member) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token(member));
		return headers;
	}

	/** An API POST of this JSON, signed in as the member with a fresh token. */
	public MvcTestResult postJson(MockMvcTester mvc, String uri, SignedInMember member, String json) {
		return sendJson(mvc, HttpMethod.POST, uri, member, json);
	}

	/** An API PUT of this JSON, signed in as the member with a fresh token. */
	public MvcTestResult putJson(MockMvcTester mvc, String uri, SignedInMember member, String json) {
		return sendJson(mvc, HttpMethod.PUT, uri, member, json);
	}

	/** An API PATCH of this JSON, signed in as the member with a fresh token. */
	public MvcTestResult patchJson(MockMvcTester mvc, String uri, SignedInMember member, String json) {
		return sendJson(mvc, HttpMethod.PATCH, uri, member, json);
	}

	private MvcTestResult sendJson(MockMvcTester mvc, HttpMethod method, String uri, SignedInMember member,
			String json) {
		return mvc.method(method)
			.uri(uri)
			.headers(bearer(member))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	/**
	 * An API upload of one file as {@code multipart/form-data} part {@code file}, signed
	 * in as the member.
	 */
	public MvcTestResult upload(MockMvcTester mvc, String uri, SignedInMember member, byte[] bytes, String name,
			String contentType) {
		return mvc.post()
			.uri(uri)
			.multipart()
			.file(new org.springframework.mock.web.MockMultipartFile("file", name, contentType, bytes))
			.headers(bearer(member))
			.exchange();
	}

	/** An API GET, signed in as the member (or anonymous when {@code null}). */
	public MvcTestResult get(MockMvcTester mvc, String uri, SignedInMember member) {
		return (member != null) ? mvc.get().uri(uri).headers(bearer(member)).exchange() : mvc.get().uri(uri).exchange();
	}

	/**
	 * For MockMvc page requests:
	 * {@code .with(authentication(community.session(member)))}.
	 */
	public static Authentication session(SignedInMember member) {
		List<String> roles = member.admin() ? List.of("ROLE_MEMBER", "ROLE_ADMIN") : List.of("ROLE_MEMBER");
		return UsernamePasswordAuthenticationToken.authenticated(member, null,
				AuthorityUtils.createAuthorityList(roles));
	}

	private static SignedInMember signedIn(Member member) {
		return new SignedInMember(member.id(), member.username(), member.admin());
	}

}
