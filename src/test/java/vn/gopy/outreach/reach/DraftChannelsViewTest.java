package vn.gopy.outreach.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gopy.TestDatabase;
import vn.gopy.TestStaff;
import vn.gopy.ViewTest;
import vn.gopy.drafts.DraftFixtures;
import vn.gopy.outreach.reach.internal.ChannelCounts;
import vn.gopy.outreach.reach.ui.ChannelsIndexView;
import vn.gopy.outreach.reach.ui.DraftChannelsView;
import vn.gopy.shell.PageNotFoundView;

/** The agency's channel pages: the empty state, adding with clear errors, the counts and totals, retiring. */
class DraftChannelsViewTest extends ViewTest {

    @Autowired TestDatabase database;
    @Autowired DraftFixtures drafts;
    @Autowired Channels channels;
    @Autowired ChannelCounts counts;

    long justice;
    long draft;

    @BeforeEach
    void aPublicDraft() {
        database.clear();
        justice = drafts.agency("BTP");
        draft = drafts.openDraft(justice, "CV-1", 40);
        signIn(() -> TestStaff.drafterOf(justice));
    }

    private TextField field(String labelKey) {
        return $(TextField.class).all().stream().filter(f -> t(labelKey).equals(f.getLabel())).findFirst().orElseThrow();
    }

    private void add(ChannelKind kind, String name) {
        @SuppressWarnings("unchecked")
        Select<ChannelKind> select = $(Select.class).single();
        test(select).selectItem(t("outreach.reach.kind." + kind));
        test(field("outreach.reach.form.name")).setValue(name);
        test($(Button.class).all().stream().filter(b -> t("outreach.reach.form.add").equals(b.getText()))
                .findFirst().orElseThrow()).click();
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void aDraftWithoutChannelsExplainsWhatAChannelIs() {
        navigate("outreach/channels/" + draft, DraftChannelsView.class);

        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo(t("outreach.reach.draft.empty"));
        assertThat($(Article.class).withClassName("reach-channel").all()).isEmpty();
    }

    @Test
    void anAddedChannelShowsItsShortLinkAndQrCodeAndBlankOrDuplicateNamesAreRefused() {
        navigate("outreach/channels/" + draft, DraftChannelsView.class);
        add(ChannelKind.ASSOCIATION, "Hiệp hội Doanh nghiệp nhỏ và vừa");

        String code = channels.of(draft).channels().getFirst().code();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo(t("outreach.reach.form.added", "Hiệp hội Doanh nghiệp nhỏ và vừa"));
        Article card = $(Article.class).withClassName("reach-channel").single();
        assertThat(card.getElement().getTextRecursively()).contains("Hiệp hội Doanh nghiệp nhỏ và vừa",
                t("outreach.reach.kind.ASSOCIATION"));
        assertThat(test(card).find(TextField.class).single().getValue()).isEqualTo("http://gopy.test/c/" + code);
        assertThat(test(card).find(Image.class).single().getSrc()).isEqualTo("/qr/c/" + code + ".svg");
        assertThat(test(card).find(Anchor.class).all()).extracting(Anchor::getHref)
                .containsExactly("/qr/c/" + code + ".png", "/qr/c/" + code + ".svg",
                        "/posters/drafts/" + draft + "?kenh=" + code);

        add(ChannelKind.OTHER, "  ");
        assertThat(field("outreach.reach.form.name").isInvalid()).isTrue();
        assertThat(field("outreach.reach.form.name").getErrorMessage()).isEqualTo(t("common.error.required"));
        add(ChannelKind.OTHER, "hiệp hội doanh nghiệp nhỏ và vừa");
        assertThat(field("outreach.reach.form.name").getErrorMessage()).isEqualTo(t("outreach.reach.error.duplicate"));
        add(ChannelKind.OTHER, "x".repeat(81));
        assertThat(field("outreach.reach.form.name").getErrorMessage()).isEqualTo(t("common.error.too-long", 80, 81));
        assertThat(channels.of(draft).channels()).hasSize(1);
    }

    @Test
    void theCountsTotalsAndDaysShowAndARetiredChannelKeepsItsCountsAfterConfirmation() {
        ChannelReach paper = channels.add(draft, new NewChannel(ChannelKind.NEWSPAPER, "Báo Nhân Dân", null));
        ChannelReach poster = channels.add(draft, new NewChannel(ChannelKind.POSTER, "Áp phích", null));
        LocalDate day = LocalDate.of(2026, 11, 20);
        for (int i = 0; i < 8; i++) {
            counts.visit(paper.id(), day);
        }
        counts.visit(poster.id(), day.plusDays(1));
        counts.comment(paper.code(), draft, day);
        navigate("outreach/channels/" + draft, DraftChannelsView.class);

        assertThat($(Paragraph.class).withClassName("reach-totals").single().getText())
                .isEqualTo(t("outreach.reach.draft.totals", 9, 1));
        Article first = $(Article.class).withClassName("reach-channel").first();
        assertThat(first.getElement().getTextRecursively()).contains("Báo Nhân Dân", "8", "12,5");
        assertThat(test($(Grid.class).single()).size()).isEqualTo(2);
        assertThat($(Anchor.class).withClassName("reach-csv").single().getHref()).isNotBlank();

        test(test(first).find(Button.class).withText(t("outreach.reach.channel.remove")).single()).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        assertThat(test(dialog).getText()).isEqualTo(t("outreach.reach.remove.retire"));
        test(dialog).cancel();
        assertThat(channels.of(draft).channels()).noneMatch(ChannelReach::retired);
        test(test($(Article.class).withClassName("reach-channel").first()).find(Button.class)
                .withText(t("outreach.reach.channel.remove")).single()).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(channels.of(draft).channels()).filteredOn(ChannelReach::retired).extracting(ChannelReach::name)
                .containsExactly("Báo Nhân Dân");
        assertThat(pageText()).contains(t("outreach.reach.channel.retired"));
        assertThat($(Paragraph.class).withClassName("reach-totals").single().getText())
                .isEqualTo(t("outreach.reach.draft.totals", 9, 1));
    }

    @Test
    void theIndexListsTheAgencysDraftsWithTheirTotalsAndOtherAgenciesFindNothing() {
        ChannelReach paper = channels.add(draft, new NewChannel(ChannelKind.NEWSPAPER, "Báo Nhân Dân", null));
        counts.visit(paper.id(), LocalDate.of(2026, 11, 20));
        navigate("outreach/channels", ChannelsIndexView.class);
        assertThat($(Article.class).withClassName("reach-draft").single().getElement().getTextRecursively())
                .contains("CV-1", t("outreach.reach.index.counts", 1, 1, 0));
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).contains("outreach/channels");

        long finance = drafts.agency("BTC");
        signIn(() -> TestStaff.drafterOf(finance));
        navigate("outreach/channels/" + draft, PageNotFoundView.class);
        navigate("outreach/channels", ChannelsIndexView.class);
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo(t("outreach.reach.index.empty"));
        signIn(TestStaff::moderator);
        navigate("outreach/channels", PageNotFoundView.class);
    }
}
