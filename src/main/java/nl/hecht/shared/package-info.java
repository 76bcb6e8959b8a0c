/**
 * Small value types used everywhere, the web layout, error pages, time, the demo-data mechanism and the
 * bookkeeping of background jobs with a progress page ({@code jobs}).
 * An open module: every module may use all of it; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.hecht.shared;
