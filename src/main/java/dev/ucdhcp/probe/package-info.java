/**
 * A DHCP client that asks a server what a Lync / Skype for Business phone would get, run
 * as the {@code probe} command.
 */
package dev.ucdhcp.probe;
