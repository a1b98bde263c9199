package vn.gopy.feedback.ui.export;

/** Whose comments the page exports: one draft, one agency's drafts, or (both null) every agency. */
record ExportScope(Long draftId, Long agencyId, String description) {
}
