/**
 * The web app's HTTP plumbing, below its controllers: the servlet filters in one order
 * ({@link dev.ucdhcp.web.http.FilterOrder}: request log, security headers, path
 * parameters, static caching, render cache, concurrency limit), the one list of routes
 * they choose by ({@link dev.ucdhcp.web.http.Routes}), the htmx decision, content-hashed
 * asset links, the graceful shutdown drain, the base-URL check and the image's training
 * run. Nothing here refers to the controllers and views of {@code dev.ucdhcp.web}
 * ({@code ArchitectureTest}).
 */
package dev.ucdhcp.web.http;
