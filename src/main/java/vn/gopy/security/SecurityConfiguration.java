package vn.gopy.security;

import java.util.List;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

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

    /**
     * The embeddable card is the only page other sites may frame. Its own policy also forbids it any script,
     * font, frame or outside resource: whatever a drafter typed, the card can do nothing but show text.
     */
    static final String EMBED_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors *";

    /** Every other page may be framed by the portal itself only (clickjacking), in old browsers too. */
    static final String PAGE_POLICY = "frame-ancestors 'self'";

    /**
     * {@code /embed/**} in its own chain, consulted first: anonymous reads only, no session, no cookie (a
     * newspaper's readers must not get one from a frame), any site may frame it, and shared caches may keep it.
     */
    @Bean
    @Order(1)
    SecurityFilterChain embedFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/embed/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(EMBED_POLICY)));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // Spring Security writes its headers when the response commits, but Vaadin's pages reach the browser
        // without them (they are forwarded to the Vaadin servlet). The frame rule is therefore written before
        // anything runs; the standard writers then see it is there and add nothing.
        HeaderWriterFilter frameRule = new HeaderWriterFilter(List.of(
                new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN),
                new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)));
        frameRule.setShouldWriteHeadersEagerly(true);
        http.addFilterBefore(frameRule, HeaderWriterFilter.class);
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY)));
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
