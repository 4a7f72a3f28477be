package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Endpoint;
import dev.flute.dsl.testing.TestClient;
import dev.flute.dsl.types.ModelType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExtraTypesTest {
    // README: extra-types
    public record Booking(
            UUID id, OffsetDateTime startAt, Duration length, LocalTime checkIn, BigDecimal price, String contact) {}

    static final ModelType<Booking> BOOKING = model(Booking.class)
            .snakeCase()
            .field("price", decimal().maxDigits(10).decimalPlaces(2))
            .field("contact", email()); // Pydantic's EmailStr

    static final Endpoint<Booking> BOOK =
            route(POST, "/bookings/").param(body(BOOKING)).returns(BOOKING).handle(booking -> booking);
    // README: end

    @Test
    void should_read_and_write_as_pydantic_does() {
        try (var client = TestClient.of(api("Types", "1").routes(BOOK))) {
            client.post("/bookings/")
                    .json(
                            """
                            {"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","start_at":"2024-05-01T10:00:00+02:00","length":5400,"check_in":"14:00","price":"99.50","contact":"Info@Example.COM"}""")
                    .send()
                    .assertStatus(200)
                    .assertText(
                            """
                            {"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","start_at":"2024-05-01T10:00:00+02:00","length":"PT1H30M","check_in":"14:00:00","price":"99.50","contact":"info@example.com"}""");
            client.post("/bookings/")
                    .json(
                            """
                            {"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","start_at":"2024-05-01T10:00:00Z","length":"PT1H","check_in":"14:00","price":"9.95","contact":"me@localhost"}""")
                    .send()
                    .assertStatus(422)
                    .assertText(
                            """
                            {"detail":[{"type":"value_error","loc":["body","contact"],"msg":"value is not a valid email address: The part after the @-sign is not valid. It should have a period.","input":"me@localhost","ctx":{"reason":"The part after the @-sign is not valid. It should have a period."}}]}""");
        }
    }
}
