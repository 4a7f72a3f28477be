/** A typed client derived from Flute's route values, over Vert.x's HTTP client. */
module dev.flute.client {
    requires transitive dev.flute.dsl;
    requires static com.google.errorprone.annotations;

    exports dev.flute.client;
}
