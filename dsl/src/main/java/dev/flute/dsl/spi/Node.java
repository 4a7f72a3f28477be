package dev.flute.dsl.spi;

import dev.flute.dsl.AsyncRelease;
import dev.flute.dsl.Builtin;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Input;
import dev.flute.dsl.Invoker;
import java.util.List;

/**
 * One value a route computes per request, in its resolved graph ({@link ResolvedRoute#nodes()}):
 * read from the request, provided by Flute, or returned by a call (a dependency or the handler).
 * A node used in several places is one node, so it is computed once per request.
 */
public sealed interface Node permits Node.Read, Node.Provided, Node.Call {

    /** A value read from the request: a {@code Param}, {@code ParamModel}, {@code Body} or {@code FormInput}. */
    record Read(Input<?> input) implements Node {}

    /**
     * A value Flute provides: the request, its background tasks, or the scopes required on the way to
     * the dependency that reads them.
     *
     * @param scopes for {@link Builtin.Kind#SECURITY_SCOPES}, the scopes it sees; empty otherwise
     */
    record Provided(Builtin.Kind kind, List<String> scopes) implements Node {}

    /**
     * A dependency (after the API's overrides) or the handler, called with its arguments' values.
     *
     * @param label a name for errors and logs
     * @param args the nodes its arguments come from, in order
     * @param blocking it runs off the event loop
     * @param async it returns a {@code Future} or {@code CompletionStage} of its value (a
     *     dependency made by {@code depAsync}, a handler of {@code handleAsync}, one whose route
     *     declares no output): only then is its value awaited
     * @param release how a resource is released, or null
     * @param functionScope a resource released as soon as the handler returns
     * @param dep the dependency as used (after overrides), or null for the handler
     */
    record Call(
            String label,
            Invoker fn,
            List<Node> args,
            boolean blocking,
            boolean async,
            AsyncRelease<Object> release,
            boolean functionScope,
            Dep<?> dep)
            implements Node {

        /** True for the handler, the last call. */
        public boolean isHandler() {
            return dep == null;
        }
    }
}
