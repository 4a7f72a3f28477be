package dev.flute.dsl;

/**
 * Something a handler receives: a value read from the request ({@link Param}, {@link Body}) or computed from
 * other inputs ({@link Dep}). Inputs are descriptions; the Vert.x interpreter, the OpenAPI
 * interpreter and the test client read them.
 *
 * @param <T> the value the handler receives
 */
public sealed interface Input<T> permits Param, ParamModel, Body, Dep, Builtin, FormInput {}
