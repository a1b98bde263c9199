/**
 * Small building blocks every module may use: plain-text rules, the portal's time zone, validation errors.
 * It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.gopy.common;
