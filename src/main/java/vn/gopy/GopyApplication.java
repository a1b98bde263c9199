package vn.gopy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gopy: a public consultation portal for draft laws and policies. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GopyApplication {

    public static void main(String[] args) {
        SpringApplication.run(GopyApplication.class, args);
    }
}
