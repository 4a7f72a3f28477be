package dev.flute.dsl.spi;

import dev.flute.dsl.Api;
import dev.flute.dsl.Attribute;
import dev.flute.dsl.Body;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.FormInput;
import dev.flute.dsl.FormLimits;
import dev.flute.dsl.Group;
import dev.flute.dsl.Middleware;
import dev.flute.dsl.Operation;
import dev.flute.dsl.Output;
import dev.flute.dsl.RouteSpec;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Map;

/**
 * One mounted route, resolved once: what every interpreter reads (the request plan, OpenAPI,
 * AsyncAPI, the test and typed clients), so none of them walks the dependencies on its own and
 * they cannot disagree. Its groups are folded in (path prefixes, tags, documented responses,
 * dependencies, middleware), the API's dependency overrides applied, the security requirements
 * collected with their scopes, and the checks that can be made before a request made.
 */
public final class ResolvedRoute {
    private final Api.Mounted mounted;
    private final PathTemplate path;
    private final String operationId;
    private final List<String> tags;
    private final Map<Integer, Operation.ResponseDoc> responses;
    private final boolean blocking;
    private final List<Node> nodes;
    private final List<Parameter> parameters;
    private final List<Body<?>> bodies;
    private final List<FormInput<?>> forms;
    private final List<Requirement> security;
    private final List<Middleware> groupMiddleware;
    private final FormLimits formLimits;
    private final java.time.Duration timeout;

    ResolvedRoute(
            Api.Mounted mounted,
            PathTemplate path,
            String operationId,
            List<String> tags,
            Map<Integer, Operation.ResponseDoc> responses,
            boolean blocking,
            List<Node> nodes,
            List<Parameter> parameters,
            List<Body<?>> bodies,
            List<FormInput<?>> forms,
            List<Requirement> security,
            List<Middleware> groupMiddleware,
            FormLimits formLimits,
            java.time.Duration timeout) {
        this.mounted = mounted;
        this.path = path;
        this.operationId = operationId;
        this.tags = List.copyOf(tags);
        this.responses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(responses));
        this.blocking = blocking;
        this.nodes = List.copyOf(nodes);
        this.parameters = List.copyOf(parameters);
        this.bodies = List.copyOf(bodies);
        this.forms = List.copyOf(forms);
        this.security = List.copyOf(security);
        this.groupMiddleware = List.copyOf(groupMiddleware);
        this.formLimits = formLimits;
        this.timeout = timeout;
    }

    /** The endpoint with the groups it sits in, outermost first. */
    public Api.Mounted mounted() {
        return mounted;
    }

    public Endpoint<?> endpoint() {
        return mounted.endpoint();
    }

    /** The route's own declaration. */
    public RouteSpec spec() {
        return mounted.endpoint().spec();
    }

    public HttpMethod method() {
        return spec().method();
    }

    /** The full path: every group prefix, then the route's own template. */
    public PathTemplate path() {
        return path;
    }

    /** The operationId: the route's own, else FastAPI's {@code generate_unique_id} of its name. */
    public String operationId() {
        return operationId;
    }

    /** Group tags first, outermost first, then the route's own; each once. */
    public List<String> tags() {
        return tags;
    }

    /** The documented responses besides success: the groups', then the route's own (typed errors included). */
    public Map<Integer, Operation.ResponseDoc> responses() {
        return responses;
    }

    /** What the handler returns and how it is sent, or null for a route that does not declare it. */
    public Output<?> output() {
        return spec().output();
    }

    /** The success status. */
    public int status() {
        return spec().status();
    }

    /** The handler blocks: the route's own {@code blocking()} or its groups'. */
    public boolean blocking() {
        return blocking;
    }

    /**
     * Every value computed per request, each once, in the order they are computed: the reads and
     * provided values, then the calls, a dependency after what it needs; the handler last.
     */
    public List<Node> nodes() {
        return nodes;
    }

    /** The handler's call, the last node. */
    public Node.Call handler() {
        return (Node.Call) nodes.get(nodes.size() - 1);
    }

    /**
     * Every parameter read, in FastAPI's flat order (the route's own inputs, then its
     * dependencies', depth first), a name repeated where several inputs read it.
     */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The JSON bodies, each name once, in the same order. */
    public List<Body<?>> bodies() {
        return bodies;
    }

    /** The form inputs, each wire name once, in the same order. */
    public List<FormInput<?>> forms() {
        return forms;
    }

    /** The security schemes checked, each once, in order of first use, with their scopes. */
    public List<Requirement> security() {
        return security;
    }

    /** The middleware of the route's groups (not the API's), outermost first. */
    public List<Middleware> groupMiddleware() {
        return groupMiddleware;
    }

    /** The groups the route sits in, the API's root group first. */
    public List<Group> groups() {
        return mounted.groups();
    }

    /** The limits of its form body: the route's own, else the API's. */
    public FormLimits formLimits() {
        return formLimits;
    }

    /** How long the route may take before it is answered 504: its own timeout, else its innermost group's (the API's last); null for none. */
    public java.time.Duration timeout() {
        return timeout;
    }

    /** Extension data stored under {@code key}, or null. */
    public <T> T attribute(Attribute<T> key) {
        return spec().attribute(key);
    }

    /** {@code GET /items/<id>}, for messages. */
    public String describe() {
        return method().name() + " " + path.source();
    }

    @Override
    public String toString() {
        return "ResolvedRoute[" + describe() + "]";
    }
}
