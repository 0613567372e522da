package dev.ucdhcp.doctor;

import java.util.OptionalInt;

/**
 * One problem found in a paste: its stable code (reference table), how bad, the 1-based
 * line it concerns if any, a message in the administrator's words and the fix.
 */
public record Problem(ProblemCode code, Severity severity, OptionalInt line, String message, String fix) {

}
