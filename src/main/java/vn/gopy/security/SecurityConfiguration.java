package vn.gopy.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff log in with a form; everything public is readable anonymously. Views declare who may open them
 * ({@code @AnonymousAllowed}, {@code @RolesAllowed}) and services check again with method security.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** Outreach pages served without Vaadin: feeds, sitemap, previews, embeds, posters, short links, unsubscribe. */
    private static final String[] OUTREACH = {"/feed.atom", "/feeds/**", "/sitemap.xml", "/robots.txt",
        "/previews/**", "/embed/**", "/posters/**", "/qr/**", "/c/**", "/unsubscribe/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/files/**", "/actuator/health", "/styles/**", "/images/**", "/error").permitAll()
                .requestMatchers(OUTREACH).permitAll());
        // A mail client's one-click unsubscribe (RFC 8058) is a POST that carries no session and no CSRF token;
        // the address itself holds the secret.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/unsubscribe/**"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** BCrypt today, and old hashes keep working if the default changes later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
