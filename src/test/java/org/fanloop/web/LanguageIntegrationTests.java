package org.fanloop.web;

import jakarta.servlet.http.Cookie;
import org.fanloop.Community;
import org.fanloop.FanloopIntegrationTest;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The interface speaks Simplified Chinese to a browser that asks for it, or to a member
 * who chose it (their choice follows them to another browser when they sign in); English
 * otherwise. Posts stay in the language they were written in.
 */
@FanloopIntegrationTest
class LanguageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Community community;

	@Test
	void aBrowserAskingForChineseGetsTheInterfaceInChineseAndPostsAsWritten() {
		Product product = community.product();
		SignedInMember fan = community.fan();
		community.post(product, fan, "idea", "Dark mode for the lock screen");
		assertThat(mvc.get().uri("/products/" + product.slug()).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
			.hasStatusOk()
			.bodyText()
			.contains("lang=\"zh-CN\"", "发帖", "最多票", "待处理", "Dark mode for the lock screen", "刚刚")
			.doesNotContain(">New post<", ">Open<");
		assertThat(mvc.get().uri("/login").header("Accept-Language", "zh-TW")).bodyText().contains("忘记密码？");
		assertThat(mvc.get().uri("/login").header("Accept-Language", "fr-FR, de;q=0.5")).bodyText()
			.contains("lang=\"en\"", "Forgot your password?");
		assertThat(mvc.get().uri("/login")).bodyText().contains("Forgot your password?");
	}

	@Test
	void aMembersChoiceIsKeptAndFollowsThemToAnotherBrowser() {
		SignedInMember fan = community.fan();
		MvcTestResult chosen = mvc.get()
			.uri("/language?set=zh-CN")
			.header("Referer", "http://localhost/login")
			.with(authentication(Community.session(fan)))
			.exchange();
		assertThat(chosen).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login");
		Cookie language = chosen.getResponse().getCookie("fanloop-language");
		assertThat(language).isNotNull();
		assertThat(mvc.get().uri("/login").cookie(language).header("Accept-Language", "en")).bodyText()
			.contains("忘记密码？");

		// Another browser, in English, signs in: the member's choice comes with them.
		MvcTestResult signedIn = mvc.post()
			.uri("/login")
			.param("username", fan.username())
			.param("password", Community.PASSWORD)
			.header("Accept-Language", "en")
			.with(csrf())
			.exchange();
		assertThat(signedIn).hasStatus3xxRedirection();
		assertThat(signedIn.getResponse().getCookie("fanloop-language")).isNotNull()
			.extracting(Cookie::getValue)
			.asString()
			.startsWith("zh");

		assertThat(mvc.get().uri("/language?set=klingon").cookie(language)).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/");
	}

	@Test
	void apiProblemsCarryTitlesDetailsAndFieldMessagesInTheCallersLanguage() {
		SignedInMember fan = community.fan();
		assertThat(mvc.get().uri("/api/v1/posts/987654321").header("Accept-Language", "zh-CN")).hasStatus(404)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.title").isEqualTo("找不到帖子");
				assertThat(json).extractingPath("$.detail").isEqualTo("没有帖子 987654321。");
			});
		assertThat(mvc.get().uri("/api/v1/posts/987654321")).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.title").isEqualTo("Post not found");
			assertThat(json).extractingPath("$.detail").isEqualTo("There is no post 987654321.");
		});
		// A module's field problem, a refusal and a body that is not JSON.
		assertThat(mvc.get().uri("/api/v1/search?q=x&limit=500").header("Accept-Language", "zh-CN")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("取值 1 到 100");
		assertThat(mvc.post()
			.uri("/api/v1/admin/search/rebuild")
			.headers(community.bearer(fan))
			.header("Accept-Language", "zh-CN")).hasStatus(403)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("只有管理员可以重建搜索索引。");
		assertThat(mvc.post()
			.uri("/api/v1/products/" + community.product().slug() + "/posts")
			.headers(community.bearer(fan))
			.header("Accept-Language", "zh-CN")
			.contentType("application/json")
			.content("nonsense")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("正文不是有效的 JSON");
		// Spring's own problems too: a method a path does not take, a value of the wrong
		// type.
		assertThat(mvc.delete()
			.uri("/api/v1/search?q=x")
			.headers(community.bearer(fan))
			.header("Accept-Language", "zh-CN")).hasStatus(405).bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.title").isEqualTo("不允许的方法");
				assertThat(json).extractingPath("$.detail").isEqualTo("不支持方法“DELETE”。");
			});
		assertThat(mvc.get().uri("/api/v1/posts/abc").header("Accept-Language", "zh-CN")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("无法转换“id”的值“abc”");
		assertThat(mvc.post()
			.uri("/api/v1/products/" + community.product().slug() + "/posts")
			.headers(community.bearer(fan))
			.header("Accept-Language", "zh-CN")
			.contentType("application/json")
			.content("{\"kind\": \"wish\", \"title\": \"\"}")).hasStatus(400).bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.title").isEqualTo("请求无效");
				assertThat(json).extractingPath("$.detail").isEqualTo("有些字段无效；见 errors。");
				assertThat(json).extractingPath("$.errors[?(@.field == 'kind')].message")
					.asArray()
					.containsExactly("请选择是想法、缺陷还是问题。");
			});
	}

}
