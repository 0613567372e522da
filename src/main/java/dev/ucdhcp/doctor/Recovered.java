package dev.ucdhcp.doctor;

import java.util.List;
import java.util.Map;

/**
 * The builder's inputs recovered from a paste (names as in
 * {@link dev.ucdhcp.encoding.ProvisioningInputs#NAMES}, raw values as a form would send
 * them), the vendor to render them for, and the inputs that could not be recovered and
 * are left for the user, each named.
 */
public record Recovered(Map<String, String> inputs, String vendor, List<String> notRecovered) {

}
