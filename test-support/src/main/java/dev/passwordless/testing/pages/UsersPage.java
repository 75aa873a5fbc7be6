package dev.passwordless.testing.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administration's list of people ({@code /admin/users}) and its dialogs. */
public final class UsersPage extends Page {

	private static final int COLUMNS = 4;

	public UsersPage(WebDriver driver) {
		super(driver, "users");
	}

	public static UsersPage open(WebDriver driver, String base) {
		driver.get(base + "/admin/users");
		return new UsersPage(driver);
	}

	/**
	 * Searches for one person's number and waits until the list shows that person alone.
	 */
	public UsersPage searchOne(String number, String name) {
		type("search", number);
		try {
			waitUpTo(15).until((driver) -> cells().size() == COLUMNS && cells().contains(name));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("The list shows " + cells(), ex);
		}
		return this;
	}

	/**
	 * The texts of the list's body cells (not its header), row by row: the visible ones
	 * only, for the grid keeps rows it no longer shows.
	 */
	@SuppressWarnings("unchecked")
	public List<String> cells() {
		return (List<String>) ((JavascriptExecutor) this.driver)
			.executeScript("return [...document.querySelectorAll('#users vaadin-grid-cell-content')]"
					+ ".filter((content) => content.assignedSlot"
					+ " && (content.assignedSlot.parentElement.getAttribute('part') || '').includes('body-cell')"
					+ " && content.checkVisibility())"
					+ ".map((content) => content.textContent.trim()).filter((text) => text.length > 0)");
	}

	/**
	 * Invites a person into one group; the list then searches for their number by itself.
	 */
	public UsersPage invite(String name, String phone, String group) {
		click("invite");
		type("invite-name", name);
		type("phone", phone);
		checkbox("invite-groups", group).click();
		click("invite-send");
		waitUpTo(15).until(ExpectedConditions.invisibilityOfElementLocated(By.id("invite-send")));
		return this;
	}

	/** Waits until the list shows a row with this text. */
	public UsersPage showing(String rowText) {
		row(rowText);
		return this;
	}

	/** Opens a person from the list by a text of their row. */
	public UsersPage openPerson(String rowText) {
		row(rowText).click();
		element("person-number");
		return this;
	}

	/** In the person's dialog: an action, and what the dialog says of it. */
	public String act(String buttonId) {
		click(buttonId);
		return waitUpTo(15).until((driver) -> {
			String said = driver.findElement(By.id("person-outcome")).getText();
			return said.isBlank() ? null : said;
		});
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
