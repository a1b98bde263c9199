/**
 * Comments on drafts: submission on the whole draft or on one article, confirmation by e-mail, tracking
 * numbers, the rules against abuse (rate limits, honeypot, duplicates), and the public display of published
 * comments. Moderation decides what is published (the moderation module).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments")
package vn.gopy.comments;
