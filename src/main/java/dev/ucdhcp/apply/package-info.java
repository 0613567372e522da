/**
 * The {@code apply} command: puts what the Kea target writes into a running Kea through
 * its Control Agent, and takes it out again.
 */
package dev.ucdhcp.apply;
