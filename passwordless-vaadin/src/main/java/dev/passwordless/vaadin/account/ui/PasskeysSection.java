package dev.passwordless.vaadin.account.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.passwordless.vaadin.account.AccountPasskeys;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.login.ui.Words;
import dev.passwordless.vaadin.security.CognitoUser;

/**
 * "Passkeys" in "Your account": each passkey with its name, when it was added and when it
 * last signed the person in; add one, remove one. Whether a fresh sign-in is needed first
 * is {@link AccountView}'s to ask, before it calls {@link #add()} or
 * {@link #confirmRemove(String)}.
 */
class PasskeysSection extends VerticalLayout {

	private final AccountPasskeys passkeys;

	private final CognitoUser user;

	private final DateTimeFormatter time;

	private final Consumer<String> toRemove;

	private final BooleanSupplier fresh;

	private final Div list = new Div();

	private final Paragraph outcome = new Paragraph();

	/**
	 * @param toRemove asked to remove a passkey (by id): the view checks the sign-in is
	 * fresh, then calls {@link #confirmRemove(String)}
	 * @param toAdd asked to add one: likewise, then {@link #add()}
	 */
	PasskeysSection(AccountPasskeys passkeys, CognitoUser user, DateTimeFormatter time, Consumer<String> toRemove,
			Runnable toAdd, BooleanSupplier fresh) {
		this.passkeys = passkeys;
		this.fresh = fresh;
		this.user = user;
		this.time = time;
		this.toRemove = toRemove;
		setPadding(false);
		this.list.setId("passkeys");
		this.outcome.setId("passkeys-outcome");
		this.outcome.getElement().setAttribute("role", "status");
		Button add = new Button(getTranslation("passwordless.account.add-passkey"), (click) -> toAdd.run());
		add.setId("add-passkey");
		add(new H2(getTranslation("passwordless.account.passkeys")), this.list, add, this.outcome);
		show();
	}

	/** Lists the passkeys again. */
	void show() {
		this.list.removeAll();
		List<AccountPasskeys.Listed> listed;
		try {
			listed = this.passkeys.of(this.user, AccountView.tokens());
		}
		catch (SignInProblem problem) {
			this.list.add(new Paragraph(getTranslation("passwordless.account.unavailable")));
			return;
		}
		if (listed.isEmpty()) {
			this.list.add(new Paragraph(getTranslation("passwordless.account.no-passkeys")));
			return;
		}
		UnorderedList items = new UnorderedList();
		for (AccountPasskeys.Listed passkey : listed) {
			Button remove = new Button(getTranslation("passwordless.account.remove-passkey"),
					(click) -> this.toRemove.accept(passkey.id()));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
			remove.getElement()
				.setAttribute("aria-label",
						getTranslation("passwordless.account.remove-passkey") + " " + name(passkey));
			remove.addClassName("remove-passkey");
			ListItem item = new ListItem(new Span(name(passkey)),
					new Paragraph(getTranslation("passwordless.account.passkey-times",
							(passkey.createdAt() != null) ? this.time.format(passkey.createdAt()) : "",
							passkey.lastUsed()
								.map(this.time::format)
								.orElseGet(() -> getTranslation("passwordless.account.passkey-never-used")))),
					remove);
			item.addClassName("passkey");
			items.add(item);
		}
		this.list.add(items);
	}

	/** The browser makes a passkey, and Cognito keeps it. */
	void add() {
		PasskeyMaking.make(this, this.passkeys, this.user, AccountView.tokens(), this.outcome,
				() -> this.outcome.setText(getTranslation("passwordless.account.unavailable")), () -> {
					this.outcome.setText(getTranslation("passwordless.passkey.added"));
					show();
				});
	}

	/**
	 * After a step-up for adding one: the browser's ceremony waits for the person's click
	 * on "Add a passkey" (browsers ask for a gesture, and a link alone makes nothing).
	 */
	void readyToAdd() {
		this.outcome.setText(getTranslation("passwordless.account.add-passkey-now"));
	}

	/** Asks whether to remove a passkey, and removes it. */
	void confirmRemove(String id) {
		Dialog confirm = new Dialog();
		confirm.setHeaderTitle(getTranslation("passwordless.account.remove-passkey-title"));
		String name = name(id);
		confirm.add(new Paragraph(getTranslation("passwordless.account.remove-passkey-question", name)));
		Button yes = new Button(getTranslation("passwordless.account.remove-passkey"), (click) -> {
			confirm.close();
			if (!this.fresh.getAsBoolean()) {
				// the dialog stayed open past the fresh sign-in: ask for a code again
				this.toRemove.accept(id);
				return;
			}
			try {
				this.passkeys.remove(this.user, AccountView.tokens(), id);
				this.outcome.setText(getTranslation("passwordless.account.passkey-removed"));
			}
			catch (SignInProblem problem) {
				this.outcome.setText(Words.of(this, problem));
			}
			show();
		});
		yes.setId("confirm-remove-passkey");
		yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		Button no = new Button(getTranslation("passwordless.admin.cancel"), (click) -> confirm.close());
		confirm.getFooter().add(no, yes);
		confirm.open();
	}

	private String name(String id) {
		try {
			return this.passkeys.of(this.user, AccountView.tokens())
				.stream()
				.filter((passkey) -> passkey.id().equals(id))
				.findFirst()
				.map(this::name)
				.orElseGet(() -> getTranslation("passwordless.account.passkey-unnamed"));
		}
		catch (SignInProblem problem) {
			return getTranslation("passwordless.account.passkey-unnamed");
		}
	}

	private String name(AccountPasskeys.Listed passkey) {
		return (passkey.name() != null && !passkey.name().isBlank()) ? passkey.name()
				: getTranslation("passwordless.account.passkey-unnamed");
	}

}
