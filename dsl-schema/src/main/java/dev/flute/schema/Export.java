package dev.flute.schema;

import dev.flute.dsl.Api;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Writes an API's OpenAPI document from the command line, for builds, client generators and
 * gateways:
 *
 * <pre>
 * mvn -q exec:java -Dexec.mainClass=dev.flute.schema.Export \
 *     -Dexec.args="--api com.shop.ShopApi --format yaml --out target/openapi.yaml"
 * </pre>
 *
 * {@code --api} names a class with a public static {@code api()} method returning the {@link Api},
 * or a class implementing {@code Supplier<Api>} with a public no-argument constructor. {@code --format}
 * is {@code json} (indented, the default) or {@code yaml}; without {@code --out} the document goes to
 * standard output.
 */
public final class Export {
    private Export() {}

    static final String USAGE = "usage: Export --api CLASS [--format json|yaml] [--out FILE]\n"
            + "  CLASS has a public static api() method returning dev.flute.dsl.Api,\n"
            + "  or implements java.util.function.Supplier<Api>";

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) System.exit(code);
    }

    /** The command without the exit: 0 when written, 2 for bad arguments, 1 when the API cannot be read. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String apiClass = null;
        String format = "json";
        String file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE);
                return 0;
            }
            if (i + 1 >= args.length) return usage(err, "missing value after " + arg);
            switch (arg) {
                case "--api" -> apiClass = args[++i];
                case "--format" -> format = args[++i];
                case "--out" -> file = args[++i];
                default -> {
                    return usage(err, "unknown argument " + arg);
                }
            }
        }
        if (apiClass == null) return usage(err, "--api is required");
        if (!format.equals("json") && !format.equals("yaml")) return usage(err, "--format is json or yaml");
        try {
            OpenApi doc = OpenApi.of(load(apiClass));
            String text = format.equals("yaml") ? doc.yaml() : doc.prettyJson();
            if (file == null) {
                out.print(text);
                out.flush();
            } else {
                Path path = Path.of(file);
                if (path.toAbsolutePath().getParent() != null)
                    Files.createDirectories(path.toAbsolutePath().getParent());
                Files.writeString(path, text, StandardCharsets.UTF_8);
                err.println("wrote " + path);
            }
            return 0;
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            err.println("Export: " + e.getMessage());
            return 1;
        }
    }

    /** Loads the API from a class, as {@code --api} describes. */
    static Api load(String className) {
        Class<?> type;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            type = Class.forName(className, true, loader != null ? loader : Export.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no class " + className + " on the classpath");
        }
        try {
            if (Supplier.class.isAssignableFrom(type)) {
                Object api = ((Supplier<?>) type.getConstructor().newInstance()).get();
                return checked(api, className + ".get()");
            }
            Method method = type.getMethod("api");
            if (!Modifier.isStatic(method.getModifiers())) {
                throw new IllegalArgumentException(className + ".api() must be static");
            }
            return checked(method.invoke(null), className + ".api()");
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(className + " has neither a public static api() method nor is a "
                    + "Supplier<Api> with a public no-argument constructor");
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(className + " failed to build the API: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot use " + className + ": " + e);
        }
    }

    private static Api checked(Object value, String source) {
        if (value instanceof Api api) return api;
        throw new IllegalArgumentException(source + " returned "
                + (value == null ? "null" : value.getClass().getName()) + ", not an Api");
    }

    private static int usage(PrintStream err, String problem) {
        err.println("Export: " + problem);
        err.println(USAGE);
        return 2;
    }
}
