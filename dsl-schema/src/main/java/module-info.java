/** JSON Schema 2020-12 and OpenAPI 3.1 from Flute's values; the docs pages; Everit validation. */
module dev.flute.schema {
    requires transitive dev.flute.dsl;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires everit.json.schema;
    requires org.json;
    requires static com.google.errorprone.annotations;

    exports dev.flute.schema;
}
