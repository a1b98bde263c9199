package vn.gopy.mail.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when a mail server is named ({@code spring.mail.host} has text). Spring Boot's own condition takes an
 * empty {@code spring.mail.host=} (what {@code ${GOPY_SMTP_HOST:}} gives when the variable is unset) for a
 * host and builds a sender that cannot connect; an empty host here means "no mail server: mail stays in the
 * outbox".
 */
public class MailServerConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
    }
}
