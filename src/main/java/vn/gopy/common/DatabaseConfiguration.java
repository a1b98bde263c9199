package vn.gopy.common;


import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data source, created only after the database exists: a newcomer with a local PostgreSQL runs the
 * portal without a manual {@code createdb}. Flyway then creates the schema.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties,
            @Value("${gopy.database.create-if-missing:true}") boolean createIfMissing) {
        if (createIfMissing) {
            DatabaseCreator.ensureExists(properties.determineUrl(), properties.determineUsername(),
                    properties.determinePassword());
        }
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
