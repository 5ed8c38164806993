package org.fanloop.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Errors that Tomcat answers itself, before any filter or handler runs (a {@code %00} or
 * other undecodable path, a malformed request line): a problem+json for API clients and a
 * plain page for browsers, instead of Tomcat's own HTML page with its version.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return factory -> factory.addContextCustomizers(context -> {
			Host host = (Host) context.getParent();
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		});
	}

	/** Tomcat makes it by its class name, so it is public with a public constructor. */
	public static class ProblemReportValve extends ErrorReportValve {

		public ProblemReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			HttpStatus known = HttpStatus.resolve(status);
			String title = (known != null) ? known.getReasonPhrase() : "Error";
			String accept = request.getHeader("Accept");
			boolean page = accept != null && accept.contains("text/html");
			try {
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer out = response.getReporter();
				if (out == null) {
					return;
				}
				if (page) {
					response.setContentType("text/html");
					out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
							+ "</title></head><body><main><h1>" + title
							+ "</h1><p>The address or the request could not be read. <a href=\"/\">Go to the start page</a>."
							+ "</p></main></body></html>");
				}
				else {
					response.setContentType("application/problem+json");
					out.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
							+ ",\"detail\":\"The request could not be read: its address or its headers are malformed.\"}");
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client went away; nothing more to say.
			}
		}

	}

}
