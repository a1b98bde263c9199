/**
 * Outgoing mail: messages are written to an outbox table in the caller's transaction and delivered by a
 * sender with retries and back-off, so an SMTP outage delays mail and loses none. Templates in Vietnamese
 * and English, each with a plain-text and an HTML part. Depends on no feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package vn.gopy.mail;
