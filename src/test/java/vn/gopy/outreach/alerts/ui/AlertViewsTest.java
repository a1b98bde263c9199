package vn.gopy.outreach.alerts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.ViewTest;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.outreach.alerts.AlertFixtures;
import vn.gopy.outreach.alerts.AlertService;
import vn.gopy.outreach.alerts.Frequency;
import vn.gopy.outreach.alerts.Topic;
import vn.gopy.outreach.alerts.TopicKind;

/** The subscription page, its "Follow" links from other pages, and the preferences page, browserless. */
class AlertViewsTest extends ViewTest {

    @Autowired AlertFixtures alerts;
    @Autowired AlertService service;
    @Autowired DraftFixtures drafts;
    @Autowired TestDatabase database;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void empty() {
        database.clear();
        alerts.clear();
        TestStaff.anonymous();
    }

    private SubscribeView page() {
        return $(SubscribeView.class).single();
    }

    @Test
    void aFollowLinkFromASearchArrivesWithTheSearchTickedAndNamed() {
        open("search?q=thu+hồi+đất&sector=F");
        Anchor follow = $(Anchor.class).withClassName("follow-search").single();
        assertThat(follow.getHref()).startsWith("alerts?search=").contains("sector%3DF");

        open(follow.getHref());
        assertThat(page().topics.queries.getSelectedItems()).hasSize(1);
        assertThat(page().topics.queries.getItemLabelGenerator().apply(
                page().topics.queries.getSelectedItems().iterator().next())).isEqualTo("“thu hồi đất” · Xây dựng");
    }

    @Test
    void aDraftPageLinksToFollowItsAgencyAndSectorsWhichArriveTicked() {
        long agency = drafts.agency("BXD");
        long draft = alerts.openDraft(agency, "Luật Nhà ở", "LAW", Set.of("F", "L"), Set.of());
        open("drafts/" + draft);
        Anchor follow = $(Anchor.class).withClassName("follow-link").single();
        assertThat(follow.getHref()).isEqualTo("alerts?draft=" + draft);

        open(follow.getHref());
        assertThat(page().topics.agencies.getSelectedItems()).extracting(a -> a.code()).containsExactly("BXD");
        assertThat(page().topics.sectors.getSelectedItems()).extracting(t -> t.code()).containsExactlyInAnyOrder("F", "L");
    }

    @Test
    void theAffectsMePageLinksToFollowItsProfile() {
        open("affects-me?sector=F&province=hue");
        String href = $(Anchor.class).withClassName("follow-profile").single().getHref();
        assertThat(href).startsWith("alerts?profile=");
        open(href);
        Topic profile = page().topics.queries.getSelectedItems().iterator().next();
        assertThat(profile.kind()).isEqualTo(TopicKind.PROFILE);
        assertThat(page().topics.queries.getItemLabelGenerator().apply(profile)).isEqualTo("Xây dựng · Huế");
    }

    @Test
    void aBadAddressAndNoTopicAreShownAndNothingIsStored() {
        open("alerts");
        test(page().email).setValue("khong-phai-email");
        test(page().submit).click();

        assertThat(page().email.isInvalid()).isTrue();
        assertThat(page().email.getErrorMessage()).isEqualTo(t("outreach.alerts.error.email"));
        assertThat(page().alert.getElement().getTextRecursively()).isEqualTo(t("outreach.alerts.error.no-topic"));
        assertThat(jdbc.sql("SELECT count(*) FROM alert_request").query(Long.class).single()).isZero();
    }

    @Test
    void aValidRequestSaysToLookForTheMail() {
        open("alerts?sector=F&type=DECREE");
        test(page().email).setValue("ban@example.vn");
        test(page().submit).click();
        assertThat(page().done.getText()).isEqualTo(t("outreach.alerts.requested", "ban@example.vn"));
        assertThat(jdbc.sql("SELECT kind || ':' || value FROM alert_request_topic ORDER BY kind").query(String.class)
                .list()).containsExactly("DOCUMENT_TYPE:DECREE", "SECTOR:F");
    }

    @Test
    void thePreferencesPageRemovesATopicWithUndoAndUnsubscribesWithUndo() {
        String token = alerts.subscribe("tuy.chon@example.vn", Frequency.DAILY, new Topic(TopicKind.SECTOR, "F"),
                new Topic(TopicKind.PROVINCE, "hue"));
        open("alerts/manage/" + token);
        assertThat($(ListItem.class).all()).hasSize(2);

        test($(Button.class).withText(t("outreach.alerts.manage.remove")).first()).click();
        assertThat($(ListItem.class).all()).hasSize(1);
        test($(Notification.class).single()).find(Button.class).single().click();
        assertThat($(ListItem.class).all()).hasSize(2);

        service.unsubscribe(token);
        open("alerts/manage/" + token);
        assertThat($(H1.class).single().getText()).isEqualTo(t("outreach.alerts.manage.heading"));
        test($(Button.class).withClassName("alert-resubscribe").single()).click();
        assertThat(service.preferences(token, java.util.Locale.of("vi")).orElseThrow().unsubscribed()).isFalse();
    }

    @Test
    void aWrongPreferencesLinkSaysSo() {
        open("alerts/manage/" + "z".repeat(43));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo(t("outreach.alerts.manage.unknown"));
    }
}
