package org.fanloop;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries: each module uses only the modules its package-info allows, and
 * only their public types. The diagrams land in target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(FanloopApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void drawsEveryModule() throws Exception {
		Path folder = Path.of("target", "spring-modulith-docs");
		FileSystemUtils.deleteRecursively(folder);
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
		assertThat(folder.resolve("components.puml")).content().contains("Voting", "Posts", "Accounts");
		modules.forEach(module -> assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).exists());
	}

}
