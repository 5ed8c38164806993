package org.fanloop.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.validation.FieldError;
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
						: Words.of("sign-in-first").text());
		problem.setTitle("Unauthorized");
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.UNAUTHORIZED, request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> forbidden(AccessDeniedException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, (ex instanceof Refused refused)
				? refused.reason() : (ex.getMessage() != null) ? ex.getMessage() : Words.of("forbidden").text());
		problem.setTitle("Forbidden");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ResponseEntity<Object> databaseDown(Exception ex, WebRequest request) {
		log.warn("The database did not answer on {}: {}", request.getDescription(false), ex.toString());
		DatabaseUnavailable unavailable = new DatabaseUnavailable();
		return handleExceptionInternal(ex, unavailable.getBody(), unavailable.getHeaders(), unavailable.getStatusCode(),
				request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		if (!isApi(request)) {
			throw rethrow(ex);
		}
		if (RequestGuards.isDatabaseDown(ex)) {
			return databaseDown(ex, request);
		}
		log.error("Unexpected error on {}", request.getDescription(false), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				Words.of("internal-error").text());
		problem.setTitle("Internal Server Error");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setTitle("Invalid request");
		problem.setDetail(Words.of("invalid-fields").text());
		// One sentence per field (the messages say the same for each rule of a field).
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			byField.putIfAbsent(error.getField(), message(error));
		}
		problem.setProperty("errors",
				byField.entrySet().stream().map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * A body that is not JSON, or a value of the wrong JSON type ({@code "body": 12345})
	 * or with a NUL character: a 400 naming the field, in words a client can act on. A
	 * body that grew past the limit while it was read is a 413.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestGuards.BodyOverLimit over) {
				BodyTooLarge tooLarge = new BodyTooLarge(over.limit);
				return handleExceptionInternal(ex, tooLarge.getBody(), headers, tooLarge.getStatusCode(), request);
			}
		}
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Invalid request");
		if (ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			problem.setDetail(Words.of("invalid-fields").text());
			problem.setProperty("errors",
					List.of(Map.of("field", field(json.getPath()), "message", expected(json).text())));
		}
		else if (ex.getCause() instanceof JacksonException json && json.getCause() == null
				&& !(json instanceof MismatchedInputException)) {
			problem.setDetail(Words.of("json-invalid", json.getOriginalMessage()).text());
			problem.setProperty("errors", List.of());
		}
		else {
			problem.setDetail(Words.of("json-missing").text());
			problem.setProperty("errors", List.of());
		}
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** "ratings.12", "posts[3]". */
	private static String field(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	private static Words expected(JacksonException ex) {
		if (ex instanceof InvalidFormatException format && format.getValue() instanceof String text
				&& text.indexOf('\0') >= 0) {
			return InvalidText.NUL;
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return Words.of("json.unknown-field");
		}
		if (!(ex instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
			return Words.of("not-valid");
		}
		Class<?> type = mismatch.getTargetType();
		if (type == String.class) {
			return Words.of("json.string");
		}
		if (type == Boolean.class || type == boolean.class) {
			return Words.of("json.boolean");
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return Words.of("json.integer");
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return Words.of("json.number");
		}
		if (type.isEnum()) {
			return Words.of("one-of",
					Arrays.stream(type.getEnumConstants())
						.map(constant -> constant.toString().toLowerCase(Locale.ROOT))
						.collect(Collectors.joining(", ")));
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return Words.of("json.array");
		}
		if (Map.class.isAssignableFrom(type)) {
			return Words.of("json.object");
		}
		return Words.of("not-valid");
	}

	/** The field's sentence from messages.properties, else the constraint's own text. */
	private String message(FieldError error) {
		MessageSource messages = getMessageSource();
		String fallback = (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is not valid";
		if (messages == null) {
			return fallback;
		}
		try {
			return messages.getMessage(error, LocaleContextHolder.getLocale());
		}
		catch (NoSuchMessageException ex) {
			return fallback;
		}
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
		if (body instanceof ProblemDetail problem) {
			translate(problem);
		}
		else if (body == null && ex instanceof ErrorResponse response) {
			// Spring takes a module exception's body from it next.
			translate(response.getBody());
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/**
	 * The title in the caller's language ({@code Accept-Language}), where a message has
	 * it; details are worded where they are made ({@link Words}), a module's problem by
	 * {@link ModuleProblem#updateAndGetBody} next.
	 */
	private void translate(ProblemDetail problem) {
		String title = problem.getTitle();
		if (title != null) {
			problem.setTitle(ModuleProblem.title(title, LocaleContextHolder.getLocale()));
		}
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
