/**
 * One renderer per DHCP server, each a class and a template, that writes the option
 * values the way that server reads them; no Spring.
 */
package dev.ucdhcp.vendors;
