/**
 * DHCPv4 messages on the wire (RFC 2131), shared by the probe that asks and the responder
 * that answers.
 */
package dev.ucdhcp.dhcp;
