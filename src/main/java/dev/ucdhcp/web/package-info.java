/**
 * The web app: the form and its permalink, downloads, the JSON API with its OpenAPI
 * document, problem details and the HTTP filters.
 */
package dev.ucdhcp.web;
