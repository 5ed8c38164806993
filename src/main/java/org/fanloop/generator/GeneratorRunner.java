package org.fanloop.generator;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs the generator when {@code fanloop.generator.posts} is set, prints what it wrote
 * and how fast, and ends the process. It fills only an installation without posts: the
 * generated members share one known password and their tokens follow from their names, so
 * a generated database is for benchmarks, never for a community in use.
 */
@Component
@ConditionalOnExpression("${fanloop.generator.posts:0} > 0")
class GeneratorRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GeneratorRunner.class);

	private final Generator generator;

	private final GeneratorSettings settings;

	private final ConfigurableApplicationContext context;

	GeneratorRunner(Generator generator, GeneratorSettings settings, ConfigurableApplicationContext context) {
		this.generator = generator;
		this.settings = settings;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		long existing = generator.existingPosts();
		if (existing > 0) {
			log.error("The generator fills an installation without posts; this one has {}. Nothing was written.",
					existing);
			System.exit(SpringApplication.exit(context, () -> 1));
			return;
		}
		Generator.Report report = generator.generate(settings, "");
		StringBuilder summary = new StringBuilder(
				String.format(Locale.ROOT, "%nGenerated a community from seed %d in %.1f s (%,d rows, %,.0f rows/s):%n",
						settings.seed(), report.took().toMillis() / 1000.0, report.total(),
						report.total() / (report.took().toMillis() / 1000.0)));
		report.rows()
			.forEach((table, rows) -> summary.append(String.format(Locale.ROOT, "  %-20s %,14d%n", table, rows)));
		report.phases()
			.forEach((phase, took) -> summary
				.append(String.format(Locale.ROOT, "  %-20s %,11d ms%n", "time: " + phase, took.toMillis())));
		summary.append("  members sign in with the password '")
			.append(settings.password())
			.append("'; fan N's API token is flp_gen_N");
		System.out.println(summary);
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}
