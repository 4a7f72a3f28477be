package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.http.ServerSentEvent;
import dev.flute.dsl.http.Streams;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamsTest {
    // README: streams
    public record Tick(int n) {}

    static final ModelType<Tick> TICK = model(Tick.class);

    static final Endpoint<ReadStream<Tick>> TICKS = route(GET, "/ticks")
            .returns(sse(TICK)) // text/event-stream, a ping while idle
            .handle(() -> Streams.of(List.of(new Tick(1), new Tick(2))));

    static final Endpoint<ReadStream<ServerSentEvent<Tick>>> EVENTS = route(GET, "/events")
            .returns(sseEvents(TICK)) // each with its event name, id, retry
            .handle(() -> Streams.of(
                    List.of(ServerSentEvent.of(new Tick(1)).event("tick").id("1"))));

    static final Endpoint<ReadStream<Tick>> LINES =
            route(GET, "/ticks.jsonl").returns(jsonLines(TICK)).handle(() -> Streams.of(List.of(new Tick(1))));

    static final Endpoint<ReadStream<Buffer>> CSV = route(GET, "/report.csv")
            .returns(stream("text/csv")) // chunked, with back-pressure: any ReadStream<Buffer>, a file's too
            .handle(() -> Streams.of(List.of(Buffer.buffer("a,b\n"), Buffer.buffer("1,2\n"))));
    // README: end

    @Test
    void should_stream_each_kind() {
        try (var client = TestClient.of(api("Streams", "1").routes(TICKS, EVENTS, LINES, CSV))) {
            client.get("/ticks")
                    .send()
                    .assertStatus(200)
                    .assertHeader("content-type", "text/event-stream; charset=utf-8")
                    .assertText("data: {\"n\":1}\n\ndata: {\"n\":2}\n\n");
            client.get("/events").send().assertStatus(200).assertText("event: tick\ndata: {\"n\":1}\nid: 1\n\n");
            client.get("/ticks.jsonl").send().assertStatus(200).assertText("{\"n\":1}\n");
            client.get("/report.csv").send().assertStatus(200).assertText("a,b\n1,2\n");
        }
    }
}
