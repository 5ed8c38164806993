package org.fanloop.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What every request shares.
 *
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies whose
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed; empty (the default)
 * believes nobody, so a client cannot pick its own address for the sign-in limits
 * @param maxBodySize the largest request body read; larger ones are refused with 413
 * before a byte of them is parsed
 * @param imageHosts hosts whose images posts and comments may show (besides this site's
 * own); an image from any other host is shown as a link, so readers' addresses do not
 * leak to it
 * @param maxUploadSize the largest {@code multipart/form-data} body (a screenshot and its
 * form); other bodies keep to {@code maxBodySize}
 * @param defaultLanguage the interface's language for a reader who chose none and whose
 * browser asks for none Fanloop speaks, and for emails to members who never chose one:
 * {@code en} (the default) or {@code zh-CN}
 */
@ConfigurationProperties("fanloop.web")
public record WebSettings(@DefaultValue List<String> trustedProxies, @DefaultValue("1MB") DataSize maxBodySize,
		@DefaultValue List<String> imageHosts, @DefaultValue("6MB") DataSize maxUploadSize,
		@DefaultValue("en") String defaultLanguage) {
}
