package org.fanloop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Fanloop: feedback boards, votes, answers and a release train, built together with the
 * people who use the product.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FanloopApplication {

	public static void main(String[] args) throws IOException {
		SpringApplication application = new SpringApplication(FanloopApplication.class);
		if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--eval="))) {
			// An evaluation loads its data into a fresh installation of its own (the
			// embedded database in a temporary folder, no port taken), deleted at exit.
			Path data = Files.createTempDirectory("fanloop-eval-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(data)));
			// System properties: above application.properties, below the command line.
			Map.of("fanloop.data-dir", data.toString(), "server.port", "0", "logging.level.root", "WARN",
					"logging.level.org.fanloop", "WARN", "spring.main.banner-mode", "off")
				.forEach(System::setProperty);
		}
		application.run(args);
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("Could not delete the evaluation's temporary folder " + folder + ": " + ex);
		}
	}

}
