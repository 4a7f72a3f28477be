package com.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.settings.InvalidSettings;
import dev.flute.dsl.testing.TestClient;
import dev.flute.schema.OpenApi;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

class HelloApiTest {
    static final Api API = HelloApi.create(HelloApi.settings(Map.of("HELLO_GREETING", "Hi", "HELLO_MAX_TIMES", "2")));

    @Test
    void answers_through_the_test_client() {
        try (var client = TestClient.of(API)) {
            client.get("/hello/Ada?times=2").send().assertStatus(200).assertJson("{\"message\":\"Hi, Ada!\",\"times\":2}");
            client.get("/hello/Ada?times=3").send().assertStatus(422);
        }
    }

    @Test
    void documents_itself() {
        assertTrue(OpenApi.of(API).json().contains("\"/hello/{name}\""));
    }

    @Test
    void refuses_bad_settings() {
        var e = assertThrows(InvalidSettings.class, () -> HelloApi.settings(Map.of("HELLO_MAX_TIMES", "0")));
        assertEquals(
                "1 validation error for HelloSettings\nHELLO_MAX_TIMES\n"
                        + "  Input should be greater than or equal to 1 [type=greater_than_equal, input_value='0']",
                e.getMessage());
    }

    @Test
    void gets_flute_from_its_published_jars() throws Exception {
        assertEquals("dev.flute.dsl", moduleName(Api.class));
        assertEquals("dev.flute.schema", moduleName(OpenApi.class));
    }

    private static String moduleName(Class<?> type) throws Exception {
        var jar = type.getProtectionDomain().getCodeSource().getLocation();
        assertTrue(jar.getPath().endsWith(".jar"), "not from a jar: " + jar);
        try (var file = new JarFile(jar.getPath());
                var descriptor = file.getInputStream(file.getEntry("module-info.class"))) {
            return java.lang.module.ModuleDescriptor.read(descriptor).name();
        }
    }
}
