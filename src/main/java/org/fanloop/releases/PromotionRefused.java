package org.fanloop.releases;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The gate is closed: the problem lists its rules, and which of them fail.
 */
public class PromotionRefused extends ErrorResponseException {

	private final Gate gate;

	PromotionRefused(Build build, Gate gate) {
		super(HttpStatus.CONFLICT, problem(build, gate), null);
		this.gate = gate;
	}

	public Gate gate() {
		return gate;
	}

	private static ProblemDetail problem(Build build, Gate gate) {
		List<String> failing = gate.rules().stream().filter(rule -> !rule.passed()).map(GateRule::detail).toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Build " + build.version() + " cannot be promoted: " + String.join(" ", failing));
		problem.setTitle("Promotion refused");
		problem.setProperty("gate", gate);
		return problem;
	}

}
