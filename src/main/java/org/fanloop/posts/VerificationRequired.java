package org.fanloop.posts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The product lets members whose email is not verified only read and vote (or comment):
 * the member has to verify their address first.
 */
public class VerificationRequired extends ErrorResponseException {

	VerificationRequired(String action) {
		super(HttpStatus.FORBIDDEN, problem(action), null);
	}

	private static ProblemDetail problem(String action) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"This board asks members to verify their email address before they " + action
						+ ": open the link we mailed you, or ask for a new one on your profile "
						+ "(POST /api/v1/me/email-verifications).");
		problem.setTitle("Email not verified");
		return problem;
	}

}
