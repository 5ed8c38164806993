package org.fanloop.evaluation;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs {@code --eval=duplicates <folder>} or {@code --eval=triage <folder>}, prints the
 * figures and ends the process (0 when it ran, 2 for a wrong command or folder). The
 * installation is a temporary one (see {@code FanloopApplication}), never the data folder
 * in use.
 */
@Component
@ConditionalOnProperty("eval")
class EvaluationRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EvaluationRunner.class);

	private final DuplicateEvaluation duplicates;

	private final TriageEvaluation triage;

	private final ConfigurableApplicationContext context;

	EvaluationRunner(DuplicateEvaluation duplicates, TriageEvaluation triage, ConfigurableApplicationContext context) {
		this.duplicates = duplicates;
		this.triage = triage;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> what = args.getOptionValues("eval");
		List<String> folders = args.getNonOptionArgs();
		int code = 0;
		try {
			if (folders.size() != 1) {
				throw new IllegalArgumentException(
						"Name one folder: --eval=duplicates <folder> or --eval=triage <folder>");
			}
			Path folder = Path.of(folders.getFirst());
			switch (what.getFirst()) {
				case "duplicates" -> duplicates.run(folder, System.out);
				case "triage" -> triage.run(folder, System.out);
				default -> throw new IllegalArgumentException("--eval is duplicates or triage, not " + what.getFirst());
			}
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			code = 2;
		}
		catch (Exception ex) {
			log.error("The evaluation failed", ex);
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}

}
