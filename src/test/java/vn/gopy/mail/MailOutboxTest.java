package vn.gopy.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gopy.IntegrationTest;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.mail.internal.OutboxRepository;

/** Queueing, without a mail server (the test profile names none): mail waits in the outbox. */
@IntegrationTest
class MailOutboxTest {

    @Autowired MailOutbox outbox;
    @Autowired OutboxRepository messages;
    @Autowired OutboxAdministration administration;
    @Autowired TestDatabase database;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void emptyOutbox() {
        database.clear();
    }

    @AfterEach
    void noOneActsAnyMore() {
        SecurityContextHolder.clearContext();
    }

    static Mail greeting(String to, Locale locale, String name) {
        return new Mail(to, locale, "test-greeting", Map.of("name", name, "link", "https://gopy.test/confirm/abc?x=1&y=2"));
    }

    @Test
    void aStreamOfMailsIsQueuedOnlyInATransactionAndEveryOneIsRenderedAndDueNow() {
        assertThatThrownBy(() -> outbox.queueAll(java.util.stream.Stream.of(greeting("a@example.vn", Locale.of("vi"), "A"))))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(messages.count()).isZero();

        long queued = inTransaction(() -> outbox.queueAll(java.util.stream.IntStream.range(0, 1_001)
                .mapToObj(i -> greeting("r" + i + "@example.vn", Locale.of("vi"), "<b>" + i + "</b>"))));

        assertThat(queued).isEqualTo(1_001);
        assertThat(messages.count()).isEqualTo(1_001);
        assertThat(messages.findAll()).allSatisfy(message -> {
            assertThat(message.getSubject()).startsWith("Xác nhận góp ý của <b>");
            assertThat(message.getHtmlBody()).contains("&lt;b&gt;").doesNotContain("<b>");
            assertThat(message.getNextAttemptAt()).isEqualTo(message.getCreatedAt());
            assertThat(message.getUnsubscribeAddress()).isNull();
        });
        assertThat(inTransaction(() -> outbox.queueAll(java.util.stream.Stream.empty()))).isZero();
    }

    @Test
    void anUnsubscribeAddressMustBeAWebAddress() {
        assertThatThrownBy(() -> greeting("a@example.vn", Locale.of("vi"), "A").withUnsubscribe("mailto:x@y.vn"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.queue(greeting("an@example.vn", Locale.of("vi"), "An")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(messages.count()).isZero();
    }

    @Test
    void aQueuedMailIsRenderedInTheReadersLanguageWithBothPartsAndValuesEscapedInTheHtml() {
        long vi = inTransaction(() -> outbox.queue(greeting("an@example.vn", Locale.of("vi"), "<script>alert(1)</script>")));
        long en = inTransaction(() -> outbox.queue(greeting("bob@example.com", Locale.ENGLISH, "Bob & Co")));

        var vietnamese = messages.findById(vi).orElseThrow();
        assertThat(vietnamese.getLanguage()).isEqualTo("vi");
        assertThat(vietnamese.getSubject()).isEqualTo("Xác nhận góp ý của <script>alert(1)</script>");
        assertThat(vietnamese.getTextBody()).contains("Chào <script>alert(1)</script>,")
                .contains("https://gopy.test/confirm/abc?x=1&y=2");
        assertThat(vietnamese.getHtmlBody()).doesNotContain("<script>")
                .contains("Chào &lt;script&gt;alert(1)&lt;/script&gt;,")
                .contains("<a href=\"https://gopy.test/confirm/abc?x=1&amp;y=2\">");
        assertThat(vietnamese.getNextAttemptAt()).isEqualTo(vietnamese.getCreatedAt());
        assertThat(vietnamese.getSentAt()).isNull();

        var english = messages.findById(en).orElseThrow();
        assertThat(english.getSubject()).isEqualTo("Confirm the comment of Bob & Co");
        assertThat(english.getTextBody()).startsWith("Hello Bob & Co,");
        assertThat(english.getHtmlBody()).contains("Hello Bob &amp; Co,");
    }

    @Test
    void aRolledBackTransactionLeavesNoMail() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.queue(greeting("an@example.vn", Locale.of("vi"), "An"));
            status.setRollbackOnly();
        });
        assertThat(messages.count()).isZero();
    }

    @Test
    void withoutAMailServerMailStaysWaitingInTheOutbox() {
        inTransaction(() -> outbox.queue(greeting("an@example.vn", Locale.of("vi"), "An")));

        TestStaff.admin();
        assertThat(administration.mailServerConfigured()).isFalse();
        assertThatThrownBy(() -> administration.sendDueNow()).isInstanceOf(IllegalStateException.class);
        assertThat(administration.page("", 0, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.state()).isEqualTo(OutboxEntry.State.WAITING));
    }

    @Test
    void theOutboxListsNewestFirstAndFiltersByRecipientTakingWildcardsLiterally() {
        for (String to : new String[] {"an_1@example.vn", "anh1@example.vn", "Bob@Example.com"}) {
            inTransaction(() -> outbox.queue(greeting(to, Locale.of("vi"), "X")));
        }

        TestStaff.admin();
        assertThat(administration.count("")).isEqualTo(3);
        assertThat(administration.page(" ", 0, 2)).extracting(OutboxEntry::recipient)
                .containsExactly("Bob@Example.com", "anh1@example.vn");
        assertThat(administration.page("", 2, 2)).extracting(OutboxEntry::recipient).containsExactly("an_1@example.vn");
        assertThat(administration.count("AN_")).as("_ is no wildcard").isEqualTo(1);
        assertThat(administration.page("example.COM", 0, 10)).extracting(OutboxEntry::recipient)
                .containsExactly("Bob@Example.com");
        assertThat(administration.count("%")).isZero();
    }

    private long inTransaction(LongSupplier work) {
        return new TransactionTemplate(transactions).execute(status -> work.getAsLong());
    }
}
