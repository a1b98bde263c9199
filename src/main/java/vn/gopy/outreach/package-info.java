/**
 * Outreach: taking drafts to the public instead of waiting for visitors. Subscriptions and alerts by e-mail
 * ({@code alerts}), Atom feeds, the sitemap and link previews ({@code feeds}), share buttons, the embeddable
 * card and the printable poster ({@code sharing}), and the reach of each channel that spreads a draft
 * ({@code reach}). It reads drafts, comments and search and reacts to their events; only the demo data
 * depends on it (to register demo channels).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package vn.gopy.outreach;
