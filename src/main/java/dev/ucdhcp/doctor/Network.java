package dev.ucdhcp.doctor;

/**
 * A scope, subnet, pool or range with its network, and whether a relay serves it (Kea
 * {@code relay}, a dnsmasq range for a remote subnet).
 */
record Network(String where, String cidr, int line, boolean relayed) {

}
