package org.fanloop.releases;

/**
 * One rule of a promotion gate, as checked for a build.
 */
public record GateRule(String name, boolean passed, String detail) {
}
