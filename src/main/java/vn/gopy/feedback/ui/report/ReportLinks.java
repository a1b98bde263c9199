package vn.gopy.feedback.ui.report;

import vn.gopy.common.FileKind;

/** Addresses of the reception report: its files for the public, its page for the agency. */
final class ReportLinks {

    /** The anchor of the report's panel on the draft's page (the authors' mail links to it). */
    static final String SECTION_ID = "reception-report";

    private ReportLinks() {
    }

    static String file(long draftId, FileKind format) {
        return "/files/reports/" + draftId + "." + format.extension();
    }

    static String draftPage(long draftId) {
        return "/drafts/" + draftId + "#" + SECTION_ID;
    }
}
