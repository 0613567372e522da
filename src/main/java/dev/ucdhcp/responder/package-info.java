/**
 * The {@code responder} command: answers phones' DHCPINFORM with options 120 and 43, the
 * way Lync Server DHCP does in a branch whose DHCP server cannot be changed.
 */
package dev.ucdhcp.responder;
