package dev.flute.client;

import io.vertx.core.MultiMap;

/**
 * A successful answer with what came around its value: the status (201, 202...) and the headers
 * ({@code Location}, {@code Set-Cookie}, a rate limit).
 *
 * <pre>{@code
 * client.request(CREATE_ITEM, item).reply().onSuccess(r -> log(r.status(), r.headers().get("location"), r.value()));
 * }</pre>
 *
 * @param value the body read by the route's output
 */
public record Reply<O>(int status, MultiMap headers, O value) {}
