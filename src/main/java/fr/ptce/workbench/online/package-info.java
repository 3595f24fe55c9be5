/**
 * The network: DS's API v2 (GraphQL over HTTPS), read by {@code ds sync} and written by {@code ds push}. The one
 * layer that uses {@code java.net.http}; depends on the domain only; offline use never reaches it.
 */
package fr.ptce.workbench.online;
