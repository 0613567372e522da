package dev.ucdhcp.doctor;

import java.util.Optional;

/**
 * An option 120 or 43 value found in a paste, as the reference's "Conventions for
 * extracted values" say: canonical upper-case hex of what that server would put on the
 * wire for what is written (no code, no length byte), where it sits (global, a scope's
 * CIDR, a class, tag, pool or matcher), the line it came from, for 43 the vendor class it
 * is meant for, and what a phone sending option 60 {@code MS-UC-Client} receives where
 * the server changes it ({@code same}, {@code none}, {@code EMPTY}, or the hex).
 */
public record ExtractedValue(String hex, String where, int line, Optional<String> vendorClass, Optional<String> wire) {

}
