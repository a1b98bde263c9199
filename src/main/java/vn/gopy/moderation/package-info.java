/**
 * Moderation: the queue of confirmed comments, decisions with reasons and their audit trail, automatic
 * screening and form-letter grouping.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
package vn.gopy.moderation;
