package org.fanloop.webhooks;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SSRF guard on webhook URLs, with the addresses an attacker tries first.
 */
class WebhookTargetsTests {

	private final WebhookTargets guard = new WebhookTargets(List.of());

	@Test
	void refusesEveryAddressThatIsNotOnThePublicInternet() {
		for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://127.1/",
				"http://0177.0.0.1/", "http://[::1]:22/", "http://metadata.google.internal/computeMetadata/v1/",
				"http://localhost:8080/", "http://127.0.0.1/", "http://0.0.0.0/", "http://192.168.1.1/",
				"http://172.16.5.4/", "http://100.64.0.1/", "http://[fd00:ec2::254]/", "http://[fe80::1]/",
				"http://[::ffff:127.0.0.1]/", "http://224.0.0.1/", "http://0x7f000001/", "http://2130706433/",
				"http://anything.localhost/", "ftp://8.8.8.8/", "http://user:pw@8.8.8.8/", "http:///path")) {
			assertThatThrownBy(() -> guard.check(url)).as(url).isInstanceOf(WebhookRefused.class);
		}
	}

	@Test
	void acceptsPublicAddresses() {
		assertThatCode(() -> guard.check("https://8.8.8.8/hook")).doesNotThrowAnyException();
		assertThatCode(() -> guard.check("http://[2001:4860:4860::8888]:8443/hook")).doesNotThrowAnyException();
	}

	@Test
	void anOperatorAllowsNamedHostsAndRanges() {
		WebhookTargets onPremises = new WebhookTargets(List.of("10.20.0.0/16", "hooks.corp.example", "::1"));
		assertThatCode(() -> onPremises.check("http://10.20.3.4/hook")).doesNotThrowAnyException();
		assertThatCode(() -> onPremises.check("https://HOOKS.corp.example/hook")).doesNotThrowAnyException();
		assertThatCode(() -> onPremises.check("http://[::1]:9000/hook")).doesNotThrowAnyException();
		assertThatThrownBy(() -> onPremises.check("http://10.21.0.1/")).isInstanceOf(WebhookRefused.class);
		assertThatThrownBy(() -> onPremises.check("http://169.254.169.254/")).isInstanceOf(WebhookRefused.class);
	}

	@Test
	void theDeliveryLogNamesTheKindOfFailureNotItsInternals() {
		assertThat(WebhookSender.describe(new ConnectException("Connection refused: 10.0.0.7:6379")))
			.isEqualTo("Could not connect");
		assertThat(WebhookSender.describe(new HttpTimeoutException("request timed out"))).isEqualTo("Timed out");
		assertThat(WebhookSender.backoff(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(WebhookSender.backoff(3)).isEqualTo(Duration.ofSeconds(90));
	}

}
