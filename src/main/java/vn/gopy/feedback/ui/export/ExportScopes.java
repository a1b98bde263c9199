package vn.gopy.feedback.ui.export;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.gopy.agencies.AgencyService;
import vn.gopy.agencies.AgencySummary;
import vn.gopy.common.NotFoundException;
import vn.gopy.drafts.DraftCard;
import vn.gopy.drafts.DraftService;
import vn.gopy.security.CurrentStaff;
import vn.gopy.security.Role;
import vn.gopy.security.StaffUser;

/**
 * Reads the page's address ({@code ?draft=<id>} or {@code ?agency=<id>}) into a scope the person may export,
 * refusing one they may not: the services check again on every call.
 */
@Component
class ExportScopes {

    private final DraftService drafts;
    private final AgencyService agencies;
    private final CurrentStaff currentStaff;
    private final I18NProvider translations;

    ExportScopes(DraftService drafts, AgencyService agencies, CurrentStaff currentStaff, I18NProvider translations) {
        this.drafts = drafts;
        this.agencies = agencies;
        this.currentStaff = currentStaff;
        this.translations = translations;
    }

    ExportScope of(QueryParameters query, Locale locale) {
        var draft = query.getSingleParameter("draft");
        if (draft.isPresent()) {
            DraftCard card = drafts.cardForStaff(Long.parseLong(draft.get()));
            return new ExportScope(card.id(), null,
                    text("feedback.export.scope.draft", locale, card.referenceNumber(), card.title()));
        }
        StaffUser user = currentStaff.require();
        var agency = query.getSingleParameter("agency").map(Long::parseLong).or(user::agency);
        if (agency.isEmpty()) {
            if (!user.has(Role.ADMIN)) {
                throw new AccessDeniedException("Only administrators export the comments of every agency");
            }
            return new ExportScope(null, null, text("feedback.export.scope.all", locale));
        }
        AgencySummary summary = agencies.find(agency.get())
                .orElseThrow(() -> new NotFoundException("Agency " + agency.get()));
        if (!user.mayActForAgency(summary.id())) {
            throw new AccessDeniedException("The comments of agency " + summary.id() + " are not yours to export");
        }
        return new ExportScope(null, summary.id(), text("feedback.export.scope.agency", locale, summary.name(locale)));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
