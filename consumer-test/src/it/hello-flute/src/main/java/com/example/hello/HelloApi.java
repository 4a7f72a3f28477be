package com.example.hello;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Api;
import dev.flute.dsl.Endpoint;
import dev.flute.dsl.settings.Settings;
import dev.flute.dsl.types.ModelType;
import java.util.Map;

/** A small API as a user writes it, with its settings. */
public final class HelloApi {
    private HelloApi() {}

    public record HelloSettings(String greeting, int maxTimes) {}

    public record Greeting(String message, int times) {}

    static final ModelType<HelloSettings> SETTINGS = model(HelloSettings.class)
            .field("greeting", str().minLength(1).withDefault("Hello"))
            .field("maxTimes", int_().ge(1).withDefault(3));

    public static HelloSettings settings(Map<String, String> environment) {
        return Settings.from(SETTINGS).prefix("HELLO_").read(environment);
    }

    public static Api create(HelloSettings settings) {
        Endpoint hello = route(GET, "/hello/<name>")
                .param(path("name", str().minLength(1)))
                .param(query("times", int_().ge(1).le(settings.maxTimes()).withDefault(1)))
                .handle((name, times) -> new Greeting(settings.greeting() + ", " + name + "!", times));
        return api("Hello", "1.0").routes(hello);
    }
}
