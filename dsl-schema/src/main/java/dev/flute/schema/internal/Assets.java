package dev.flute.schema.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files of the Swagger UI and ReDoc webjars, read from the classpath once and kept: the docs are
 * served offline, from the jars the application ships with, never from a CDN.
 */
public final class Assets {
    private Assets() {}

    private static final ConcurrentHashMap<String, byte[]> CACHE = new ConcurrentHashMap<>();

    /**
     * A file of an {@code org.webjars} jar. The version is read from the jar's own
     * {@code pom.properties}, so an application that pins another version of the webjar still works.
     *
     * @throws IllegalStateException when the webjar or the file is not on the classpath
     */
    public static byte[] webjar(String artifactId, String file) {
        String version = version(artifactId);
        return read("META-INF/resources/webjars/" + artifactId + "/" + version + "/" + file);
    }

    /** The version of an {@code org.webjars} jar on the classpath. */
    public static String version(String artifactId) {
        String path = "META-INF/maven/org.webjars/" + artifactId + "/pom.properties";
        byte[] bytes = read(path);
        var props = new Properties();
        try {
            props.load(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = props.getProperty("version");
        if (version == null) throw new IllegalStateException(path + " has no version");
        return version;
    }

    private static byte[] read(String path) {
        return CACHE.computeIfAbsent(path, p -> {
            try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(p)) {
                if (in == null) {
                    throw new IllegalStateException("missing on the classpath: " + p
                            + " (the docs need the org.webjars swagger-ui and redoc jars)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
