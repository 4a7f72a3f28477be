package dev.flute.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each library is a real module: its jar carries a descriptor that exports its public packages and
 * never an {@code internal} one; what another Flute module needs of another's insides is a
 * qualified export to Flute's modules only.
 */
class ModulesTest {
    private static final Path ROOT = Path.of("..");

    @ParameterizedTest
    @CsvSource({
        "dsl, dev.flute.dsl",
        "dsl-schema, dev.flute.schema",
        "dsl-auth, dev.flute.auth",
        "dsl-websocket, dev.flute.websocket",
        "dsl-client, dev.flute.client"
    })
    void should_export_its_api_and_keep_internal_packages_to_itself(String module, String name) throws IOException {
        ModuleDescriptor descriptor = descriptor(module);
        assertEquals(name, descriptor.name());
        var exported = new TreeSet<String>();
        var qualified = new TreeMap<String, java.util.Set<String>>();
        for (ModuleDescriptor.Exports e : descriptor.exports()) {
            if (e.isQualified()) qualified.put(e.source(), e.targets());
            else exported.add(e.source());
        }
        for (String pkg : descriptor.packages()) {
            boolean inside = pkg.endsWith(".internal") || pkg.contains(".internal.");
            if (inside) {
                assertTrue(!exported.contains(pkg) && !qualified.containsKey(pkg), pkg + " is exported");
            } else {
                assertTrue(
                        exported.contains(pkg) || qualified.containsKey(pkg),
                        pkg + " is part of " + name + "'s API but not exported");
            }
        }
        for (Map.Entry<String, java.util.Set<String>> e : qualified.entrySet()) {
            assertTrue(
                    e.getValue().stream().allMatch(target -> target.startsWith("dev.flute.")),
                    e.getKey() + " is shared beyond Flute's modules: " + e.getValue());
        }
    }

    /** The descriptor in the module's jar, as a user's module path sees it. */
    private static ModuleDescriptor descriptor(String module) throws IOException {
        Path target = ROOT.resolve(module).resolve("target");
        Path jar;
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".jar") && !n.endsWith("-sources.jar") && !n.endsWith("-javadoc.jar");
                    })
                    .collect(Collectors.toList())
                    .get(0);
        }
        try (var file = new JarFile(jar.toFile());
                InputStream in = file.getInputStream(file.getEntry("module-info.class"))) {
            var packages = new TreeSet<String>();
            file.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && n.contains("/") && !n.equals("module-info.class"))
                    .forEach(
                            n -> packages.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.')));
            return ModuleDescriptor.read(in, () -> packages);
        }
    }
}
