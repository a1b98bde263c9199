/**
 * Drafts under consultation: writing and publishing them, their structured text and its versions, the
 * impact summary, attachments, and the clock that opens and closes consultations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drafts")
package vn.gopy.drafts;
