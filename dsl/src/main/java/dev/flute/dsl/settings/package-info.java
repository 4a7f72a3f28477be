/**
 * Typed settings read from environment variables and system properties through Flute's types,
 * pydantic-settings' {@code BaseSettings}: start with {@link dev.flute.dsl.settings.Settings}.
 */
package dev.flute.dsl.settings;
