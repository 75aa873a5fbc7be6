package dev.passwordless.local.http;

import java.util.Map;

/**
 * A request to a plain route.
 *
 * @param query the decoded query parameters
 * @param contentType the {@code Content-Type} header; null when absent
 * @param body the body, empty when none; null when it is over 1 MiB
 * @param fromLoopback whether it came from this machine's loopback address
 */
public record RouteRequest(Map<String, String> query, String contentType, byte[] body, boolean fromLoopback) {
}
