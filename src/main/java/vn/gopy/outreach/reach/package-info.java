/**
 * The reach of each channel that spreads a draft: channels with short links and QR codes, and the visits and
 * confirmed comments each brought, counted per day without cookies. Named so that the demo data can register
 * its channels through the same service as a drafter.
 */
@org.springframework.modulith.NamedInterface("reach")
package vn.gopy.outreach.reach;
