/**
 * Demo data for a newcomer's first run: agencies, demo staff accounts and about thirty drafts in every
 * state, loaded through the same services staff use. Switched off with {@code GOPY_DEMO_DATA=false}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.gopy.demo;
