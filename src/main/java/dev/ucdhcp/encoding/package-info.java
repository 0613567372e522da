/**
 * The option values themselves, in pure Java without Spring or I/O: validated inputs, the
 * bytes of options 120, 43 and 42, hex styles, length budgets and the decoder.
 */
package dev.ucdhcp.encoding;
