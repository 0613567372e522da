/**
 * The config doctor (CONTRACT.md "Config doctor", shared/reference/config-doctor.md): a
 * configuration pasted from a DHCP server, in one of eight formats, parsed into one model
 * of scopes, vendor classes, option definitions and option values, checked by one rule
 * per problem code, and turned back into the builder's inputs. Pure Java like
 * {@code encoding}: no Spring, no I/O; it uses {@code encoding} for the bytes and
 * {@code vendors} for nothing but the recovered inputs' vendor id.
 */
package dev.ucdhcp.doctor;
