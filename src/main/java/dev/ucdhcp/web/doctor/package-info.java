/**
 * The config doctor's surfaces: the page {@code /doctor}, the API
 * {@code POST /api/v1/doctor} and the {@code doctor} command. The diagnosis is
 * {@link dev.ucdhcp.doctor.ConfigDoctor}'s; this package reads the paste within its
 * limit, renders the corrected config with the builder's own renderer, and never lets the
 * paste reach a URL, a log line or the render cache.
 */
package dev.ucdhcp.web.doctor;
