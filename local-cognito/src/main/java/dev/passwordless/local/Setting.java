package dev.passwordless.local;

/**
 * One setting as given, before it is checked.
 *
 * @param option the option it sets
 * @param value the value as written
 * @param source where it was written, for messages: the flag or the variable's name
 */
record Setting(Option option, String value, String source) {
}
