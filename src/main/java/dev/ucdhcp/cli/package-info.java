/**
 * What the command-line tools that take the web's inputs ({@code responder},
 * {@code apply}) share: reading those inputs from a permalink copied from the page.
 */
package dev.ucdhcp.cli;
