/**
 * The one command-line layer of the jar's tools ({@code probe}, {@code responder},
 * {@code apply}, and the coming {@code doctor}), on picocli: how a command runs
 * ({@link dev.ucdhcp.cli.Cli}), the options every command shares
 * ({@link dev.ucdhcp.cli.SharedOptions}), the web's inputs as flags or a permalink
 * ({@link dev.ucdhcp.cli.InputOptions}), one error shape
 * ({@link dev.ucdhcp.cli.UsageErrors}) and the shell completion. No Spring.
 */
package dev.ucdhcp.cli;
