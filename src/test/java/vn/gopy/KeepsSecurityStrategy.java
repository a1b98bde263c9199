package vn.gopy;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class with a Spring context of its own: puts back the security context strategy that was in use
 * before it. Each context's Vaadin security installs its own strategy (with its own thread-local) in the
 * static {@link SecurityContextHolder}; left in place, tests of the shared context that run afterwards would
 * sign in through this one while their services check the other, and find nobody signed in. Declare it
 * before {@code @IntegrationTest}, so it saves before the context starts and restores after it closes.
 */
public class KeepsSecurityStrategy implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeepsSecurityStrategy.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(
                context.getStore(NAMESPACE).get("strategy", SecurityContextHolderStrategy.class));
    }
}
