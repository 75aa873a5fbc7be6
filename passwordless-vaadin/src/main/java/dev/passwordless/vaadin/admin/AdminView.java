package dev.passwordless.vaadin.admin;

/**
 * A page of the administration: only members of {@code passwordless.admin.group} reach
 * it, and only with a code sign-in from the last {@code passwordless.admin.fresh-sign-in}
 * ({@link AdminAccess}). A portal's own administration pages may implement it too.
 */
public interface AdminView {

}
