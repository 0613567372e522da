package dev.ucdhcp.doctor;

/**
 * Where in a server's configuration an option value sits, as the reference names the
 * levels: server or global, a scope or subnet, a vendor class, a dnsmasq tag, a pool
 * inside a subnet, a RouterOS matcher.
 */
enum Level {

	GLOBAL, SCOPE, CLASS, TAG, POOL, MATCHER

}
