package org.fanloop.testers;

import java.util.List;

/**
 * Who of a product's testers is active on its last {@code betas} published betas
 * ({@code considered} of them exist so far).
 */
public record ProgrammeActivity(int betas, int considered, long active, long inactive, List<TesterActivity> testers) {

	static ProgrammeActivity of(int betas, int considered, List<TesterActivity> testers) {
		long active = testers.stream().filter(TesterActivity::active).count();
		return new ProgrammeActivity(betas, considered, active, testers.size() - active, testers);
	}

	/** The share of testers who are active, 0 to 1 (1 for no testers). */
	public double activeShare() {
		return testers.isEmpty() ? 1 : (double) active / testers.size();
	}

	public List<TesterActivity> inactiveTesters() {
		return testers.stream().filter(t -> !t.active()).toList();
	}

}
