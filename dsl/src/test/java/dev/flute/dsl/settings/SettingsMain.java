package dev.flute.dsl.settings;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.types.ModelType;

/** A program that reads its settings first thing, as an application's {@code main} does. */
public final class SettingsMain {
    record ServerSettings(String jdbcUrl, int port) {}

    static final ModelType<ServerSettings> SETTINGS =
            model(ServerSettings.class).field("port", int_().ge(1).le(65535).withDefault(8000));

    public static void main(String[] args) {
        ServerSettings settings = Settings.from(SETTINGS).prefix("APP_").read();
        System.out.println("serving " + settings.jdbcUrl() + " on " + settings.port());
    }
}
