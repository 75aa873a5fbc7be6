package dev.passwordless.webapp.e2e;

import java.util.List;

import dev.passwordless.testing.pages.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administration's list of people ({@code /admin/users}) and its dialogs. */
final class UsersPage extends Page {

	UsersPage(WebDriver driver) {
		super(driver, "users");
	}

	static UsersPage open(WebDriver driver, String base) {
		driver.get(base + "/admin/users");
		return new UsersPage(driver);
	}

	/** Searches and waits until the list shows a row with this text. */
	UsersPage search(String typed, String expectedRow) {
		type("search", typed);
		row(expectedRow);
		return this;
	}

	/** The texts of the list's cells. */
	List<String> cells() {
		return this.driver.findElements(By.cssSelector("#users vaadin-grid-cell-content"))
			.stream()
			.map(WebElement::getText)
			.filter((text) -> !text.isBlank())
			.toList();
	}

	/** Invites a person into one group. */
	UsersPage invite(String name, String phone, String group) {
		click("invite");
		type("invite-name", name);
		type("phone", phone);
		checkbox("invite-groups", group).click();
		click("invite-send");
		return this;
	}

	/** Opens a person from the list by a text of their row. */
	UsersPage openPerson(String rowText) {
		row(rowText).click();
		element("person-outcome");
		return this;
	}

	/** In the person's dialog: an action, and what the dialog says of it. */
	String act(String buttonId) {
		click(buttonId);
		return waitUpTo(15).until((driver) -> {
			String said = driver.findElement(By.id("person-outcome")).getText();
			return said.isBlank() ? null : said;
		});
	}

	/** Whether a group is ticked in the person's dialog. */
	boolean inGroup(String group) {
		return checkbox("person-groups", group).getDomAttribute("checked") != null;
	}

	private WebElement row(String text) {
		return waitUpTo(15).until(ExpectedConditions.elementToBeClickable(
				By.xpath("//*[@id='users']//vaadin-grid-cell-content[normalize-space(.)='" + text + "']")));
	}

	private WebElement checkbox(String groupId, String label) {
		return waitUpTo(15).until(ExpectedConditions.elementToBeClickable(
				By.xpath("//*[@id='" + groupId + "']//vaadin-checkbox[.//label[normalize-space(.)='" + label + "']]")));
	}

}
