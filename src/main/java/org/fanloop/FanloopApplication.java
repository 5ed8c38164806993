package org.fanloop;

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

	public static void main(String[] args) {
		SpringApplication.run(FanloopApplication.class, args);
	}

}
