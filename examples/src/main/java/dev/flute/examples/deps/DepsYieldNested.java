package dev.flute.examples.deps;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Dep;
import dev.flute.dsl.Endpoint;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Seed §2.12.6: nested resources a → b → c next to a plain dependency. Each logs when it enters
 * and exits; {@code /log} shows the events of the last finished {@code /data/} request.
 */
public final class DepsYieldNested {
    private DepsYieldNested() {}

    /** The state of one running app: the request in progress, and the last finished one. */
    static final class Events {
        final List<String> current = new CopyOnWriteArrayList<>();
        volatile List<String> last = List.of();
    }

    /** What {@code /data/} answers, in this field order. */
    record Data(String common, String dynamic) {}

    /** FastAPI's context manager: enter on acquire, exit on release. */
    static Dep<String> managed(Events events, Dep<String> outer, String name) {
        return resource(
                outer,
                ignored -> {
                    events.current.add("enter " + name);
                    return name;
                },
                (value, outcome) -> events.current.add("exit " + name));
    }

    public static Api app() {
        var events = new Events();
        Dep<String> commonDep = dep(() -> "common_resource");
        Dep<String> dependencyA = resource(
                () -> {
                    events.current.clear();
                    events.current.add("enter a");
                    return "a";
                },
                (value, outcome) -> {
                    events.current.add("exit a");
                    events.last = List.copyOf(events.current);
                });
        Dep<String> dependencyB = managed(events, dependencyA, "b");
        Dep<String> dependencyC = managed(events, dependencyB, "c");

        Endpoint getData = route(GET, "/data/")
                .name("get_data")
                .depends(commonDep)
                .depends(dependencyC)
                .handle(Data::new);
        Endpoint readLog = route(GET, "/log").name("read_log").handle(() -> events.last);
        return api("FastAPI", "0.1.0").routes(getData, readLog);
    }
}
