/**
 * Feedback to the drafting agency: statistics of a draft's comments, an answer (disposition) to every
 * published comment, the reception report ("báo cáo tổng hợp, tiếp thu, giải trình") in PDF and DOCX and its
 * publication, exports of comments (CSV, XLSX, attachments as ZIP), and the agency's digest mails.
 * Drafters see their own agency's drafts only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package vn.gopy.feedback;
