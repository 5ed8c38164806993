package org.fanloop.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place API errors become RFC 9457 problem details
 * ({@code application/problem+json}). Modules throw {@link ErrorResponseException}s that
 * carry their status and text; validation failures list the fields at fault under
 * {@code errors}; anything unexpected is a 500 with no stack trace. Page requests are
 * handed back to Spring MVC, so they reach the error pages under
 * {@code templates/error/}.
 */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<Object> unauthorized(AuthenticationException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				(ex.getMessage() != null && ex.getMessage().contains("bearer token")) ? ex.getMessage()
						: "Sign in first: send Authorization: Bearer <token> (POST /api/v1/tokens gives one).");
		problem.setTitle("Unauthorized");
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.UNAUTHORIZED, request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> forbidden(AccessDeniedException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				(ex.getMessage() != null) ? ex.getMessage() : "You may not do this.");
		problem.setTitle("Forbidden");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		if (!isApi(request)) {
			throw rethrow(ex);
		}
		log.error("Unexpected error on {}", request.getDescription(false), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; it has been logged.");
		problem.setTitle("Internal Server Error");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setTitle("Invalid request");
		problem.setDetail("Some fields are not valid; see errors.");
		problem.setProperty("errors",
				ex.getBindingResult()
					.getFieldErrors()
					.stream()
					.map(error -> Map.of("field", error.getField(), "message",
							(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is not valid"))
					.toList());
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of());
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * Every response goes through here. A page request is given back to Spring MVC by
	 * rethrowing the very exception (the resolver then carries on with its default
	 * handling: the status and the error page).
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (!isApi(request)) {
			throw rethrow(ex);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@SuppressWarnings("unchecked")
	private static <E extends Exception> RuntimeException rethrow(Exception ex) throws E {
		throw (E) ex;
	}

	private static boolean isApi(WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		if (servletRequest == null) {
			return false;
		}
		String path = servletRequest.getRequestURI();
		return path.startsWith("/api/") || path.startsWith("/actuator/");
	}

}
