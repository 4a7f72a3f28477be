package dev.flute.dsl;

/** Naming helpers for models. */
final class ModelTypes {
    private ModelTypes() {}

    /** {@code UserIn} → {@code user_in}: how FastAPI users name a body parameter of that model. */
    static String snakeName(String className) {
        var out = new StringBuilder(className.length() + 4);
        for (int i = 0; i < className.length(); i++) {
            char c = className.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && !Character.isUpperCase(className.charAt(i - 1))) out.append('_');
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
