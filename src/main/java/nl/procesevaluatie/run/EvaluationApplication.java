package nl.procesevaluatie.run;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The Spring context of one run: Boot's auto-configuration supplies the data source, the JDBC job
 * repository and the job operator; the job itself is {@link EvaluationJobConfiguration}. No component
 * scanning: every bean is named in that class.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(EvaluationJobConfiguration.class)
class EvaluationApplication {}
