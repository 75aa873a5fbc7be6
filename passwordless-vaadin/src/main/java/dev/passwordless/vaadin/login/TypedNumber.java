package dev.passwordless.vaadin.login;

import java.io.Serializable;

/**
 * A phone number as the sign-in form shows it: the country chosen and the number in the
 * field.
 *
 * @param region the country (ISO 3166 code)
 * @param number the number, national or international
 */
public record TypedNumber(String region, String number) implements Serializable {
}
