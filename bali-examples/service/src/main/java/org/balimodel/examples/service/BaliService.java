package org.balimodel.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The bali service: a Spring Boot (Web MVC) application that validates Bali Process statement
 * documents ({@code POST /statements/validate}) and serves the register of the Bali Process as a
 * read-only API ({@code GET /register}), with health and metrics through Actuator.
 *
 * <p>Start it with {@code java -jar bali-service.jar} (port 8080; {@code --server.port=9090} to
 * change it). {@code docs/service.md} lists the endpoints and settings.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServiceProperties.class)
public class BaliService {

  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(BaliService.class, args);
  }
}
