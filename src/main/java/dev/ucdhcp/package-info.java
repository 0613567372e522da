/**
 * ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones, as a web app
 * and a command-line probe.
 */
package dev.ucdhcp;
