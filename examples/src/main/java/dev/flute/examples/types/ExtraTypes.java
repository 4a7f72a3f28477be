package dev.flute.examples.types;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;

/**
 * Seed §2.4.2: a UUID in the path; date-times, a duration and a time of day as singular bodies.
 * Date-times are naive or aware as sent, like Python's; the answer is written as FastAPI writes
 * plain values (isoformat, a duration as seconds).
 */
public final class ExtraTypes {
    private ExtraTypes() {}

    static final Endpoint READ_ITEMS = route(PUT, "/items/<item_id>")
            .name("read_items")
            .param(path("item_id", uuid()))
            .param(body("start_datetime", dateTime()))
            .param(body("end_datetime", dateTime()))
            .param(body("process_after", duration()))
            .param(body("repeat_at", time().nullable()))
            .handle((itemId, startDatetime, endDatetime, processAfter, repeatAt) -> {
                Temporal startProcess = startDatetime.plus(processAfter);
                Duration duration = between(startProcess, endDatetime);
                var out = new LinkedHashMap<String, Object>();
                out.put("item_id", itemId);
                out.put("start_datetime", startDatetime);
                out.put("end_datetime", endDatetime);
                out.put("process_after", processAfter);
                out.put("repeat_at", repeatAt);
                out.put("start_process", startProcess);
                out.put("duration", duration);
                return out;
            });

    /**
     * {@code end - start} as Python computes it: naive with naive, aware with aware. Python refuses
     * to mix them (a TypeError, so a 500); {@code Duration.between} would quietly drop the offset.
     */
    static Duration between(Temporal start, Temporal end) {
        if (start instanceof LocalDateTime != end instanceof LocalDateTime) {
            throw new IllegalArgumentException("can't subtract offset-naive and offset-aware datetimes");
        }
        if (start instanceof OffsetDateTime s && end instanceof OffsetDateTime e) return Duration.between(s, e);
        return Duration.between(start, end);
    }

    public static Api app() {
        return api("FastAPI", "0.1.0").routes(READ_ITEMS);
    }
}
