package vn.gopy.agencies;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gopy.agencies.internal.AgencyRepository;
import vn.gopy.common.InputCheck;
import vn.gopy.common.NotFoundException;
import vn.gopy.common.PlainText;
import vn.gopy.security.Role;

/** Drafting agencies: anyone may list them (to filter drafts); only administrators change them. */
@Service
@Transactional(readOnly = true)
public class AgencyService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s<>\"]+");

    private final AgencyRepository agencies;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AgencyService(AgencyRepository agencies, Clock clock, ApplicationEventPublisher events) {
        this.agencies = agencies;
        this.clock = clock;
        this.events = events;
    }

    public List<AgencySummary> all() {
        return agencies.findAllByName().stream().map(Agency::summary).toList();
    }

    public List<AgencySummary> active() {
        return all().stream().filter(AgencySummary::active).toList();
    }

    public Optional<AgencySummary> find(long id) {
        return agencies.findById(id).map(Agency::summary);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public AgencySummary create(AgencyForm form) {
        check(form, null);
        AgencySummary created = agencies.save(new Agency(form, clock.instant())).summary();
        events.publishEvent(new AgencyChanged(created.id()));
        return created;
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public AgencySummary update(long id, AgencyForm form) {
        Agency agency = agencies.findById(id).orElseThrow(() -> new NotFoundException("Agency " + id));
        check(form, id);
        agency.update(form);
        events.publishEvent(new AgencyChanged(id));
        return agency.summary();
    }

    private void check(AgencyForm form, Long id) {
        String code = PlainText.singleLine(form.code());
        String nameVi = PlainText.singleLine(form.nameVi());
        InputCheck check = new InputCheck()
                .requiredText("code", code, 20)
                .requiredText("nameVi", nameVi, 200)
                .requiredText("nameEn", PlainText.singleLine(form.nameEn()), 200)
                .optionalText("website", form.website(), 300);
        if (!check.hasProblemWith("code")) {
            check.require(CODE.matcher(code.toUpperCase(Locale.ROOT)).matches(),
                    "code", "agencies.error.code-format");
            check.require(agencies.findByCode(code).map(a -> a.getId().equals(id)).orElse(true),
                    "code", "agencies.error.code-taken", code);
        }
        if (!check.hasProblemWith("nameVi")) {
            check.require(agencies.findByNameVi(nameVi).map(a -> a.getId().equals(id)).orElse(true),
                    "nameVi", "agencies.error.name-taken");
        }
        if (form.website() != null && !form.website().isBlank() && !check.hasProblemWith("website")) {
            check.require(WEBSITE.matcher(form.website().strip()).matches(), "website", "agencies.error.website");
        }
        check.throwIfInvalid();
    }
}
